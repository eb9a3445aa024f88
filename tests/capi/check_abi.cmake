# The ABI of the built libwkr against the committed baseline: abidw writes the current ABI with the
# same options as the baseline (only what wkr.h declares), and abidiff must find no difference at
# all — not a removed or changed function, not a changed struct, not even an added function.
# Inputs: ABIDW, ABIDIFF, ABIDW_OPTIONS (a list), LIBRARY, BASELINE, CURRENT.
if(NOT EXISTS "${BASELINE}")
  message(FATAL_ERROR "no ABI baseline at ${BASELINE}; create it with: cmake --build <build dir> --target wkr_abi_baseline")
endif()
execute_process(COMMAND "${ABIDW}" ${ABIDW_OPTIONS} --out-file "${CURRENT}" "${LIBRARY}"
                RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "abidw failed (${rc}) on ${LIBRARY}:\n${err}")
endif()
execute_process(COMMAND "${ABIDIFF}" "${BASELINE}" "${CURRENT}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE report ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  set(kind "a difference")
  if(rc GREATER_EQUAL 8)
    set(kind "an INCOMPATIBLE change (exit ${rc})")
  elseif(rc EQUAL 4)
    set(kind "a change (exit 4: added or changed interfaces)")
  endif()
  message(FATAL_ERROR
    "abidiff found ${kind} between the committed abi/libwkr.abi and this build:\n${report}${err}\n"
    "If the change is intended (an ADDED function or an appended struct field in 1.x — never a removal or "
    "a changed layout within ABI version 1), regenerate the baseline with\n"
    "  cmake --build <build dir> --target wkr_abi_baseline\n"
    "review `git diff abi/` and commit it with the change (docs/c-api.md, \"The ABI promise\").")
endif()
message(STATUS "the ABI of ${LIBRARY} equals abi/libwkr.abi")
