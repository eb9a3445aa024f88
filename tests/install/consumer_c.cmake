# Builds and runs the C consumers of the staged package: the C golden program and the C example of
# docs/c-api.md (extracted from the document), with find_package(wkr) and with pkg-config, run with
# no environment variable. Inputs: PREFIX, LIBDIR, CONSUMER_SOURCE, WORK, GOLDEN_TSV, GOLDEN_C,
# GENERATOR, C_COMPILER, PKG_CONFIG, SOURCE_DIR.
include("${CMAKE_CURRENT_LIST_DIR}/run.cmake")

file(REMOVE_RECURSE "${WORK}")
set(library_dir "${PREFIX}/${LIBDIR}")
set(example "${WORK}/example.c")
run("extract the C example of docs/c-api.md"
    "${CMAKE_COMMAND}" -DDOC=${SOURCE_DIR}/docs/c-api.md "-DHEADING=### C" -DLANG=c -DOUT=${example}
    -P "${SOURCE_DIR}/tests/capi/extract_doc_example.cmake")

# 1. find_package(wkr): a separate CMake project, strict C99. Boost is made unfindable, as on a
#    machine with no C++ development packages: a C consumer needs none (wkr::core is left out).
#    CMake links the programs with the library's directory as their RUNPATH.
run("configure the consumer with find_package(wkr)"
    ${CLEAN} "${CMAKE_COMMAND}" -S "${CONSUMER_SOURCE}" -B "${WORK}/cmake" -G "${GENERATOR}"
    "-DCMAKE_C_COMPILER=${C_COMPILER}" "-DCMAKE_PREFIX_PATH=${PREFIX}" "-DGOLDEN_C=${GOLDEN_C}"
    "-DEXAMPLE_C=${example}" -DCMAKE_DISABLE_FIND_PACKAGE_Boost=ON)
run("build the consumer" "${CMAKE_COMMAND}" --build "${WORK}/cmake")
run("the golden cases through the installed libwkr (find_package)"
    ${CLEAN} "${WORK}/cmake/wkr_golden_consumer" "${GOLDEN_TSV}")
run("the example of docs/c-api.md (find_package)" ${CLEAN} "${WORK}/cmake/wkr_example")

# 2. pkg-config: the plain compiler line a Makefile would use, with the library's directory as the
#    RUNPATH (-Wl,-rpath,$(pkg-config --variable=libdir wkr)).
if(NOT PKG_CONFIG)
  message(FATAL_ERROR "pkg-config not found")
endif()
set(pkg_config "${CMAKE_COMMAND}" -E env "PKG_CONFIG_PATH=${library_dir}/pkgconfig" "${PKG_CONFIG}")
execute_process(COMMAND ${pkg_config} --cflags --libs wkr
                OUTPUT_VARIABLE flags RESULT_VARIABLE rc OUTPUT_STRIP_TRAILING_WHITESPACE)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "pkg-config --cflags --libs wkr failed")
endif()
# wkr.pc is relocatable (prefix=${pcfiledir}/…), so compare the resolved paths.
if(NOT flags MATCHES "-I([^ ]+)" OR NOT flags MATCHES "-L([^ ]+)")
  message(FATAL_ERROR "pkg-config gives no -I or -L: ${flags}")
endif()
string(REGEX MATCH "-I([^ ]+)" _ "${flags}")
get_filename_component(include_dir "${CMAKE_MATCH_1}" REALPATH)
string(REGEX MATCH "-L([^ ]+)" _ "${flags}")
get_filename_component(link_dir "${CMAKE_MATCH_1}" REALPATH)
get_filename_component(expected_include "${PREFIX}/include" REALPATH)
get_filename_component(expected_link "${library_dir}" REALPATH)
if(NOT include_dir STREQUAL expected_include OR NOT link_dir STREQUAL expected_link)
  message(FATAL_ERROR "wkr.pc does not point into the staging prefix: ${flags}")
endif()
execute_process(COMMAND ${pkg_config} --modversion wkr OUTPUT_VARIABLE modversion OUTPUT_STRIP_TRAILING_WHITESPACE)
execute_process(COMMAND ${pkg_config} --variable=libdir wkr OUTPUT_VARIABLE libdir OUTPUT_STRIP_TRAILING_WHITESPACE)
message(STATUS "pkg-config: wkr ${modversion}: ${flags}")
separate_arguments(flag_list UNIX_COMMAND "${flags}")
list(APPEND flag_list "-Wl,-rpath,${libdir}")
file(MAKE_DIRECTORY "${WORK}/pkg-config")
set(strict -std=c99 -pedantic -Wall -Wextra -Werror -D_POSIX_C_SOURCE=200809L)
run("compile the golden program with pkg-config"
    "${C_COMPILER}" ${strict} "${GOLDEN_C}" -o "${WORK}/pkg-config/wkr_golden_consumer" ${flag_list})
run("compile the example with pkg-config"
    "${C_COMPILER}" ${strict} "${example}" -o "${WORK}/pkg-config/wkr_example" ${flag_list})
run("the golden cases through the installed libwkr (pkg-config)"
    ${CLEAN} "${WORK}/pkg-config/wkr_golden_consumer" "${GOLDEN_TSV}")
run("the example of docs/c-api.md (pkg-config)" ${CLEAN} "${WORK}/pkg-config/wkr_example")
