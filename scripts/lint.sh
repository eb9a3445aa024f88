#!/usr/bin/env bash
# The style and static checks of wkr's own code (not of generated or third-party code):
#   format  clang-format (.clang-format) on the lines a change touches: git clang-format --diff
#           against BASE (default: the merge base with main). The code base was not reformatted in
#           one go, so whole files are not held to it; new and edited lines are.
#   tidy    clang-tidy (.clang-tidy, warnings are errors) on every translation unit of the library
#           (src/), the C layer (capi/) and the command (examples/cli/), and through them on the
#           headers of include/wkr. It uses the compile database of its own build directory
#           (build/lint: configured here, never built, precompiled headers off — clang cannot read
#           GCC's), so it needs no build. A file is checked when it, a header of this repository it
#           includes, its flags, the checks or clang-tidy changed since it was last found clean: the
#           list of what was found clean is .ci/tidy-clean, by content (scripts/tidy_cache.py says
#           what goes into a file's key); commit it with the code. WKR_TIDY_ALL=1 checks every file.
#   cppcheck  cppcheck (warning, performance and portability checks; any finding fails) on the same
#           translation units and through them on include/wkr. It reads the project's headers, not
#           the system's (Boost, the standard library: not our code, and parsing them takes minutes).
#           A finding that is not a defect is suppressed where it is, with the reason:
#           // cppcheck-suppress <id> — why.
#
# Usage: scripts/lint.sh [format|tidy|cppcheck|all] [BASE]      (default: all)
# Needs clang-format-14, clang-tidy-14 and cppcheck (scripts/install-deps.sh). Exit status 0 when clean.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
what="${1:-all}"
base="${2:-}"
jobs="$(nproc 2>/dev/null || echo 2)"
clang_format="$(command -v clang-format-14 || command -v clang-format || true)"
clang_tidy="$(command -v clang-tidy-14 || command -v clang-tidy || true)"
status=0

run_format() {
  if [ -z "$clang_format" ]; then
    echo "lint: clang-format not found (Debian: clang-format-14)" >&2
    return 1
  fi
  if [ -z "$base" ]; then
    base="$(git -C "$root" merge-base HEAD main 2>/dev/null || git -C "$root" rev-parse HEAD)"
  fi
  local diff
  # Only C, C++ and C# sources under version control, not the files capi/generate_abi.py writes (its
  # test compares them byte for byte); --diff prints what clang-format would change.
  diff="$(cd "$root" && git clang-format --binary "$clang_format" --diff --extensions c,h,cpp,hpp,cs "$base" -- \
          include src capi examples bindings tests bench \
          ':(exclude)bindings/csharp/Abi.cs' ':(exclude)tests/capi/layout_table.h' 2>&1 || true)"
  if [ -n "$diff" ] && ! grep -qE '^(no modified files to format|clang-format did not modify any files)$' <<<"$diff"; then
    echo "$diff"
    echo "lint: format: the lines above differ from .clang-format (fix: git clang-format $base)" >&2
    return 1
  fi
  echo "lint: format: the lines changed since ${base:0:12} follow .clang-format"
}

run_tidy() {
  if [ -z "$clang_tidy" ]; then
    echo "lint: clang-tidy not found (Debian: clang-tidy-14)" >&2
    return 1
  fi
  local build="$root/build/lint"
  mkdir -p "$root/build"
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_EXPORT_COMPILE_COMMANDS=ON -DWKR_PRECOMPILED_HEADERS=OFF \
        -DWKR_BUILD_TESTS=OFF -DWKR_BUILD_BENCH=OFF >"$build.configure.log" 2>&1 ||
    { cat "$build.configure.log" >&2; return 1; }
  local files pending cache="$root/.ci/tidy-clean"
  files="$(cd "$root" && git ls-files 'src/*.cpp' 'capi/*.cpp' 'examples/cli/*.cpp')"
  # The keys are taken before the check (tidy_cache.py keeps them), so a file edited meanwhile is
  # recorded as it was checked.
  pending="$(python3 "$root/scripts/tidy_cache.py" pending "$build" "$cache" $files)"
  if [ "${WKR_TIDY_ALL:-0}" = 1 ]; then pending="$files"; fi
  # One process per translation unit, $jobs at a time, each with its own log; every finding is
  # printed and any fails the run; the files found clean are recorded in .ci/tidy-clean either way.
  local logs="$build.tidy.d" file log clean="" failed=""
  rm -rf "$logs" && mkdir -p "$logs" && : >"$build.tidy.log"
  if [ -n "$pending" ]; then
    printf '%s\n' $pending | (cd "$root" && xargs -P "$jobs" -I{} sh -c \
      '"$0" --quiet -p "$1" --extra-arg=-Wno-unknown-warning-option "$2" >"$3/$(echo "$2" | tr / _).log" 2>&1' \
      "$clang_tidy" "$build" {} "$logs")
  fi
  for file in $pending; do
    log="$logs/$(echo "$file" | tr / _).log"
    grep -v -E '^[0-9]+ warnings? (and [0-9]+ errors? )?generated\.$|^Suppressed [0-9]+ warnings|^Use -header-filter|^Use -system-headers' \
      "$log" | tee -a "$build.tidy.log"
    if grep -qE ': (warning|error): ' "$log"; then failed="$failed $file"; else clean="$clean $file"; fi
  done
  if [ -n "$clean" ]; then python3 "$root/scripts/tidy_cache.py" record "$build" "$cache" $clean; fi
  if [ -n "$failed" ]; then
    echo "lint: tidy: findings above, from$failed (.clang-tidy says which checks and why)" >&2
    return 1
  fi
  echo "lint: tidy: $(wc -w <<<"$pending") of $(wc -w <<<"$files") translation units checked (the others" \
       "unchanged since found clean: .ci/tidy-clean), all clean"
}

run_cppcheck() {
  if ! command -v cppcheck >/dev/null; then
    echo "lint: cppcheck not found (Debian: cppcheck)" >&2
    return 1
  fi
  local files log="$root/build/lint.cppcheck.log"
  mkdir -p "$root/build"
  files="$(cd "$root" && git ls-files 'src/*.cpp' 'capi/*.cpp' 'examples/cli/*.cpp')"
  # -D__extension__=: GCC's keyword before the 128-bit typedef of decimal.hpp, unknown to cppcheck.
  # capi/wkr_abi.inc's X-macro passes the WKR_*_INIT macros of wkr.h as arguments; cppcheck's
  # preprocessor expands them before substituting (GCC does not) and miscounts the arguments: that
  # one directive is skipped, the rest of capi/wkr.cpp is checked.
  (cd "$root" && cppcheck --enable=warning,performance,portability --inline-suppr --error-exitcode=1 \
     --std=c++20 --language=c++ -D__extension__= -I include -I src -I capi -I "$root/build/lint/generated" \
     --suppress=missingIncludeSystem --suppress=missingInclude \
     --suppress=preprocessorErrorDirective:capi/wkr_abi.inc \
     --quiet -j "$jobs" --template='{file}:{line}: {severity}: {message} [{id}]' $files) 2>&1 | tee "$log"
  if [ -s "$log" ]; then
    echo "lint: cppcheck: findings above (fix, or suppress where found with the reason)" >&2
    return 1
  fi
  echo "lint: cppcheck: $(wc -w <<<"$files") translation units clean"
}

case "$what" in
  format) run_format || status=1 ;;
  tidy) run_tidy || status=1 ;;
  cppcheck) run_cppcheck || status=1 ;;
  all) run_format || status=1; run_tidy || status=1; run_cppcheck || status=1 ;;
  *) echo "usage: scripts/lint.sh [format|tidy|cppcheck|all] [BASE]" >&2; exit 2 ;;
esac
exit "$status"
