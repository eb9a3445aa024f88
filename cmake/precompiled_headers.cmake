# Precompiled headers: the third-party headers nearly every translation unit of wkr includes are
# parsed once per target instead of once per file. Boost.Multiprecision's cpp_int alone is about
# 180,000 preprocessed lines. Off with -DWKR_PRECOMPILED_HEADERS=OFF (e.g. to check that every
# file includes what it uses).
option(WKR_PRECOMPILED_HEADERS "Precompile the heavy third-party headers" ON)

# wkr_precompile_headers(target [header ...]): the common set plus the target's own heavy headers
# (CLI11 for the command, GoogleTest for the tests). Only for C++ sources.
function(wkr_precompile_headers target)
  if(NOT WKR_PRECOMPILED_HEADERS)
    return()
  endif()
  set(headers <boost/multiprecision/cpp_int.hpp> <nlohmann/json.hpp> <fmt/format.h> <algorithm> <chrono>
              <map> <optional> <string> <string_view> <variant> <vector> ${ARGN})
  list(TRANSFORM headers PREPEND "$<$<COMPILE_LANGUAGE:CXX>:")
  list(TRANSFORM headers APPEND ">")
  target_precompile_headers(${target} PRIVATE ${headers})
endfunction()
