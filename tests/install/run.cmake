# What the install tests share: run(what command…) runs a command and fails the test with its
# output; CLEAN is the prefix that runs a program with none of the variables that could point it
# at libwkr or at the package, so a passing test shows the installed package finds its own way.
function(run what)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  message(STATUS "${what}:\n${out}${err}")
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${what} failed (${rc})")
  endif()
endfunction()

set(CLEAN "${CMAKE_COMMAND}" -E env --unset=LD_LIBRARY_PATH --unset=WKR_LIBRARY --unset=PYTHONPATH
    --unset=PYTHONHOME --unset=PKG_CONFIG_PATH --unset=CMAKE_PREFIX_PATH --unset=MONO_PATH)
