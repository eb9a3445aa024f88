// How a fuzz target reports a broken promise (shared by every target, the C ABI's too).
#pragma once

#include <cstdio>

namespace wkr::fuzz {

/// A broken promise: say which, then trap, so libFuzzer keeps the input as a crash.
inline void check(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "broken promise: %s\n", what);
    __builtin_trap();
  }
}

}  // namespace wkr::fuzz
