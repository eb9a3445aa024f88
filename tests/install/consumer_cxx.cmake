# Builds and runs the C++ consumer of the staged package (consumer_cxx/: find_package(wkr 1.0
# REQUIRED) and wkr::core), with no environment variable; and checks that asking for the core
# without its dependencies fails with a message that names them. Inputs: PREFIX, DATADIR,
# CONSUMER_SOURCE, WORK, GENERATOR, CXX_COMPILER.
include("${CMAKE_CURRENT_LIST_DIR}/run.cmake")

file(REMOVE_RECURSE "${WORK}")
run("configure the C++ consumer with find_package(wkr)"
    ${CLEAN} "${CMAKE_COMMAND}" -S "${CONSUMER_SOURCE}" -B "${WORK}/cmake" -G "${GENERATOR}"
    "-DCMAKE_CXX_COMPILER=${CXX_COMPILER}" "-DCMAKE_PREFIX_PATH=${PREFIX}")
run("build the C++ consumer" "${CMAKE_COMMAND}" --build "${WORK}/cmake")
run("the C++ consumer: a settlement, its explanation and the installed 2027 tables"
    ${CLEAN} "${WORK}/cmake/wkr_settle" "${PREFIX}/${DATADIR}/wkr/updates/2027")

# COMPONENTS core on a machine without Boost: configuring fails, and says why.
file(WRITE "${WORK}/no-boost/CMakeLists.txt"
     "cmake_minimum_required(VERSION 3.16)\nproject(no_boost LANGUAGES CXX)\n"
     "find_package(wkr 1.0 REQUIRED COMPONENTS core)\n")
execute_process(
  COMMAND ${CLEAN} "${CMAKE_COMMAND}" -S "${WORK}/no-boost" -B "${WORK}/no-boost/build" -G "${GENERATOR}"
          "-DCMAKE_CXX_COMPILER=${CXX_COMPILER}" "-DCMAKE_PREFIX_PATH=${PREFIX}" -DCMAKE_DISABLE_FIND_PACKAGE_Boost=ON
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(rc EQUAL 0 OR NOT "${out}${err}" MATCHES "Boost")
  message(FATAL_ERROR "find_package(wkr COMPONENTS core) without Boost should fail naming Boost:\n${out}${err}")
endif()
message(STATUS "without Boost, COMPONENTS core fails as it should")
