# Installs the build into PREFIX (a fresh staging directory) and checks what a vendor receives:
# the C header, the shared library with its SONAME and symlinks, the CMake package with its version
# file, the pkg-config file — and no C++ core header, which is not promised as ABI.
# Inputs: BUILD_DIR, PREFIX, LIBDIR, INCLUDEDIR, VERSION, SOVERSION, CLI (the wkr command is built).
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
  "${LIBDIR}/cmake/wkr/wkrConfig.cmake"
  "${LIBDIR}/cmake/wkr/wkrConfigVersion.cmake"
  "${LIBDIR}/cmake/wkr/wkrTargets.cmake"
  "${LIBDIR}/pkgconfig/wkr.pc")
if(CLI)  # the wkr command and its manual page, when the command is built
  list(APPEND expected "bin/wkr" "share/man/man1/wkr.1")
endif()
foreach(file IN LISTS expected)
  if(NOT EXISTS "${PREFIX}/${file}")
    message(FATAL_ERROR "cmake --install did not install ${file}")
  endif()
endforeach()
foreach(link IN ITEMS "libwkr.so.${SOVERSION}" "libwkr.so")
  if(NOT IS_SYMLINK "${PREFIX}/${LIBDIR}/${link}")
    message(FATAL_ERROR "${LIBDIR}/${link} is not a symbolic link")
  endif()
endforeach()
file(READ_SYMLINK "${PREFIX}/${LIBDIR}/libwkr.so" dev_link)
if(NOT dev_link STREQUAL "libwkr.so.${SOVERSION}")
  message(FATAL_ERROR "libwkr.so points to ${dev_link}, not to the SONAME libwkr.so.${SOVERSION}")
endif()

file(GLOB_RECURSE headers RELATIVE "${PREFIX}/${INCLUDEDIR}" "${PREFIX}/${INCLUDEDIR}/*")
if(NOT headers STREQUAL "wkr/wkr.h")
  message(FATAL_ERROR "only wkr/wkr.h may be installed (the C++ headers are not ABI); found: ${headers}")
endif()

file(READ "${PREFIX}/${LIBDIR}/cmake/wkr/wkrConfigVersion.cmake" version_file)
if(NOT version_file MATCHES "requested major version is the same as the current one")
  message(FATAL_ERROR "wkrConfigVersion.cmake is not SameMajorVersion")
endif()
message(STATUS "installed into ${PREFIX}: ${expected}")
