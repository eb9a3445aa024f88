# The installed package: find_package(wkr) (wkrConfig.cmake and its version file), pkg-config's
# wkr.pc, and the tables of data/updates. The targets it exports are installed where they are
# made: wkr::wkr (libwkr.so.1, wkr.h) in capi/, wkr::core (the C++ library) in src/, the Python
# package in bindings/python and Wkr.dll in bindings/csharp. What is installed where:
# docs/c-api.md, "Installing and linking".
#
# wkr::core is installed as static archives, not as a second shared library: its headers are the
# library (header-first: the rules compile into the program that includes them), and a C++ shared
# object would be a second ABI — std::string, Boost and nlohmann layouts — with no promise behind
# it. An archive is linked into the program built from the headers of the same release, so nothing
# can drift at run time; the stable binary interface stays the C one. The price: the archives'
# private dependencies must still be linked, so wkrConfig.cmake finds them too (fmt, yaml-cpp,
# libmd, libcsv), besides the two the headers use (Boost 1.81 exactly, whose
# multiprecision types the archives were compiled with, and nlohmann_json).
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(WKR_INSTALL_CMAKEDIR "${CMAKE_INSTALL_LIBDIR}/cmake/wkr" CACHE STRING
    "Where wkrConfig.cmake is installed, relative to the prefix")
mark_as_advanced(WKR_INSTALL_CMAKEDIR)

install(EXPORT wkrTargets NAMESPACE wkr:: DESTINATION "${WKR_INSTALL_CMAKEDIR}" COMPONENT Development)
install(EXPORT wkrCoreTargets NAMESPACE wkr:: DESTINATION "${WKR_INSTALL_CMAKEDIR}" COMPONENT Development)

# The versions wkr::core was built with, for wkrConfig.cmake's find_dependency calls.
set(WKR_BOOST_VERSION "${Boost_VERSION}")
set(WKR_NLOHMANN_JSON_VERSION "${nlohmann_json_VERSION}")
configure_package_config_file("${CMAKE_CURRENT_LIST_DIR}/wkrConfig.cmake.in"
  "${PROJECT_BINARY_DIR}/package/wkrConfig.cmake" INSTALL_DESTINATION "${WKR_INSTALL_CMAKEDIR}")
# SameMajorVersion: find_package(wkr 1.2) accepts any 1.x ≥ 1.2. The major version is the ABI
# version (capi/CMakeLists.txt refuses to configure otherwise), so "same major" means "the same
# libwkr.so.N" — docs/c-api.md, "The ABI promise".
write_basic_package_version_file("${PROJECT_BINARY_DIR}/package/wkrConfigVersion.cmake"
  VERSION "${PROJECT_VERSION}" COMPATIBILITY SameMajorVersion)
install(FILES "${PROJECT_BINARY_DIR}/package/wkrConfig.cmake" "${PROJECT_BINARY_DIR}/package/wkrConfigVersion.cmake"
  DESTINATION "${WKR_INSTALL_CMAKEDIR}" COMPONENT Development)

# wkr.pc (the C interface) is relocatable: its prefix is found from its own place (${pcfiledir}),
# so a staged or moved installation works without editing it.
if(IS_ABSOLUTE "${CMAKE_INSTALL_LIBDIR}" OR IS_ABSOLUTE "${CMAKE_INSTALL_INCLUDEDIR}")
  set(WKR_PC_PREFIX "${CMAKE_INSTALL_PREFIX}")
  set(WKR_PC_LIBDIR "${CMAKE_INSTALL_FULL_LIBDIR}")
  set(WKR_PC_INCLUDEDIR "${CMAKE_INSTALL_FULL_INCLUDEDIR}")
else()
  file(RELATIVE_PATH pc_to_prefix "/prefix/${CMAKE_INSTALL_LIBDIR}/pkgconfig" "/prefix")
  string(REGEX REPLACE "/$" "" pc_to_prefix "${pc_to_prefix}")
  set(WKR_PC_PREFIX "\${pcfiledir}/${pc_to_prefix}")
  set(WKR_PC_LIBDIR "\${prefix}/${CMAKE_INSTALL_LIBDIR}")
  set(WKR_PC_INCLUDEDIR "\${prefix}/${CMAKE_INSTALL_INCLUDEDIR}")
endif()
configure_file("${CMAKE_CURRENT_LIST_DIR}/wkr.pc.in" "${PROJECT_BINARY_DIR}/package/wkr.pc" @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/package/wkr.pc" DESTINATION "${CMAKE_INSTALL_LIBDIR}/pkgconfig"
  COMPONENT Development)

# Newer tables to load at run time (wkr_context_new_from_directory, --data): share/wkr/updates/<year>.
install(DIRECTORY "${PROJECT_SOURCE_DIR}/data/updates/" DESTINATION "${CMAKE_INSTALL_DATADIR}/wkr/updates"
  COMPONENT Runtime FILES_MATCHING PATTERN "*.yaml")
