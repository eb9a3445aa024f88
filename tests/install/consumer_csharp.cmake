# The C# example of docs/c-api.md built against the installed Wkr.dll (lib/cli/wkr) and run with
# Wkr.dll and Wkr.dll.config next to it, as an application ships them: without LD_LIBRARY_PATH it
# must fail saying what to set (libwkr.so.1 is not where the system loader looks), with it it must
# compute. Inputs: PREFIX, LIBDIR, CSHARPDIR, MCS, MONO, SOURCE_DIR, WORK.
include("${CMAKE_CURRENT_LIST_DIR}/run.cmake")

file(REMOVE_RECURSE "${WORK}")
run("extract the C# example of docs/c-api.md"
    "${CMAKE_COMMAND}" -DDOC=${SOURCE_DIR}/docs/c-api.md "-DHEADING=### C#" -DLANG=csharp -DOUT=${WORK}/Example.cs
    -P "${SOURCE_DIR}/tests/capi/extract_doc_example.cmake")
file(COPY "${PREFIX}/${CSHARPDIR}/Wkr.dll" "${PREFIX}/${CSHARPDIR}/Wkr.dll.config" DESTINATION "${WORK}")
run("compile it against the installed Wkr.dll"
    "${MCS}" -nologo -warnaserror+ "-r:${WORK}/Wkr.dll" "-out:${WORK}/Example.exe" "${WORK}/Example.cs")

# The example reads data/updates/2027 relative to the source directory.
execute_process(COMMAND ${CLEAN} "${MONO}" "${WORK}/Example.exe" WORKING_DIRECTORY "${SOURCE_DIR}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(rc EQUAL 0 OR NOT err MATCHES "DllNotFoundException: libwkr\\.so\\.1 .*LD_LIBRARY_PATH.*WKR_LIBRARY.*Wkr\\.dll\\.config")
  message(FATAL_ERROR "without LD_LIBRARY_PATH the binding should fail saying what to set:\n${out}${err}")
endif()
message(STATUS "without LD_LIBRARY_PATH, as it should:\n${err}")
run("the example with LD_LIBRARY_PATH" ${CLEAN} "LD_LIBRARY_PATH=${PREFIX}/${LIBDIR}"
    "${CMAKE_COMMAND}" -E chdir "${SOURCE_DIR}" "${MONO}" "${WORK}/Example.exe")
