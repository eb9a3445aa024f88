# Installs the build into PREFIX (a fresh staging directory) and checks what a vendor receives: the
# C header and the C++ headers (exactly those of include/wkr, and version.hpp), the shared library
# with its SONAME and symlinks, the archives of wkr::core, the CMake package with its version file,
# the pkg-config file, the tables of data/updates, the Python package with the path to the library
# recorded, Wkr.dll with its config (when mcs built it), and the wkr command with its manual page
# (when it is built).
# Inputs: BUILD_DIR, PREFIX, LIBDIR, INCLUDEDIR, DATADIR, PYTHONDIR (empty: not installed),
# CSHARPDIR (empty: no C#), VERSION, SOVERSION, SOURCE_DIR, CLI (the wkr command is built).
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cmake --install failed:\n${out}${err}")
endif()

set(expected
  "${INCLUDEDIR}/wkr/wkr.h"
  "${LIBDIR}/libwkr.so.${VERSION}"
  "${LIBDIR}/libwkr.so.${SOVERSION}"
  "${LIBDIR}/libwkr.so"
  "${LIBDIR}/libwkr_core.a"
  "${LIBDIR}/libwkr_tables.a"
  "${LIBDIR}/cmake/wkr/wkrConfig.cmake"
  "${LIBDIR}/cmake/wkr/wkrConfigVersion.cmake"
  "${LIBDIR}/cmake/wkr/wkrTargets.cmake"
  "${LIBDIR}/cmake/wkr/wkrCoreTargets.cmake"
  "${LIBDIR}/pkgconfig/wkr.pc"
  "${DATADIR}/wkr/updates/2027/wkr-2027.yaml")
if(PYTHONDIR)
  list(APPEND expected "${PYTHONDIR}/wkr/__init__.py" "${PYTHONDIR}/wkr/_native.py" "${PYTHONDIR}/wkr/_abi.py"
                       "${PYTHONDIR}/wkr/_installed.py")
endif()
if(CSHARPDIR)
  list(APPEND expected "${CSHARPDIR}/Wkr.dll" "${CSHARPDIR}/Wkr.dll.config")
endif()
if(CLI)
  list(APPEND expected "bin/wkr" "share/man/man1/wkr.1")
endif()
foreach(file IN LISTS expected)
  if(NOT EXISTS "${PREFIX}/${file}")
    message(FATAL_ERROR "cmake --install did not install ${file}")
  endif()
endforeach()

# libwkr.so.1.0.0 with the links libwkr.so.1 (the SONAME) and libwkr.so (for the linker).
foreach(link IN ITEMS "libwkr.so.${SOVERSION}" "libwkr.so")
  if(NOT IS_SYMLINK "${PREFIX}/${LIBDIR}/${link}")
    message(FATAL_ERROR "${LIBDIR}/${link} is not a symbolic link")
  endif()
endforeach()
file(READ_SYMLINK "${PREFIX}/${LIBDIR}/libwkr.so" dev_link)
if(NOT dev_link STREQUAL "libwkr.so.${SOVERSION}")
  message(FATAL_ERROR "libwkr.so points to ${dev_link}, not to the SONAME libwkr.so.${SOVERSION}")
endif()

# The headers: wkr.h, every header of include/wkr and the generated version.hpp — nothing else.
file(GLOB_RECURSE headers RELATIVE "${PREFIX}/${INCLUDEDIR}" "${PREFIX}/${INCLUDEDIR}/*")
file(GLOB_RECURSE source_headers RELATIVE "${SOURCE_DIR}/include" "${SOURCE_DIR}/include/wkr/*.hpp")
set(expected_headers ${source_headers} "wkr/wkr.h" "wkr/version.hpp")
list(SORT headers)
list(SORT expected_headers)
if(NOT headers STREQUAL expected_headers)
  message(FATAL_ERROR "installed headers differ from include/wkr + wkr.h + version.hpp:\n"
                      "installed: ${headers}\nexpected: ${expected_headers}")
endif()

# SameMajorVersion, and the major version is the ABI version (SOVERSION).
file(READ "${PREFIX}/${LIBDIR}/cmake/wkr/wkrConfigVersion.cmake" version_file)
if(NOT version_file MATCHES "requested major version is the same as the current one")
  message(FATAL_ERROR "wkrConfigVersion.cmake is not SameMajorVersion")
endif()
string(REGEX MATCH "^[0-9]+" major "${VERSION}")
if(NOT major STREQUAL SOVERSION)
  message(FATAL_ERROR "version ${VERSION}: the major version is not the ABI version ${SOVERSION}")
endif()

# The Python package points at the installed library, by a path relative to itself.
if(NOT PYTHONDIR)
  message(STATUS "installed into ${PREFIX}: ${expected}")
  return()
endif()
file(STRINGS "${PREFIX}/${PYTHONDIR}/wkr/_installed.py" recorded REGEX "^LIBRARY = ")
if(NOT recorded MATCHES "^LIBRARY = '([^']+)'$")
  message(FATAL_ERROR "the installed wkr/_installed.py records no library: ${recorded}")
endif()
get_filename_component(recorded_library "${PREFIX}/${PYTHONDIR}/wkr/${CMAKE_MATCH_1}" REALPATH)
get_filename_component(installed_library "${PREFIX}/${LIBDIR}/libwkr.so.${SOVERSION}" REALPATH)
if(IS_ABSOLUTE "${CMAKE_MATCH_1}" OR NOT recorded_library STREQUAL installed_library)
  message(FATAL_ERROR "wkr/_installed.py records ${CMAKE_MATCH_1}, not the path from the package to "
                      "${LIBDIR}/libwkr.so.${SOVERSION}")
endif()
message(STATUS "installed into ${PREFIX}: ${expected}")
