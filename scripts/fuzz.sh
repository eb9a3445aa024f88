#!/usr/bin/env bash
# Fuzzes the library with libFuzzer (docs/fuzzing.md): builds the fuzz preset (clang-14, ASan +
# UBSan) and runs each target — or the ones named — for SECONDS (default 60), one at a time in one
# process, from its corpus in tests/fuzz/corpus/<target>/ with its dictionary tests/fuzz/<target>.dict.
# The inputs that reach new code are merged into the repository's corpus (-merge=1, so only those
# that add coverage); a crash leaves its input in build/fuzz/artifacts/<target>/ and fails the script.
# Prints executions, executions a second and corpus size per target. Not part of CI (it takes time).
#
#   scripts/fuzz.sh 600            every target for 10 minutes
#   scripts/fuzz.sh 60 csv tables  two targets for a minute each
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
shift || true
all_targets=(decimal tables csv policy request capi)
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=("${all_targets[@]}")
for t in "${targets[@]}"; do
  [[ " ${all_targets[*]} " == *" $t "* ]] || { echo "fuzz.sh: no target '$t' (targets: ${all_targets[*]})" >&2; exit 2; }
done

if command -v ccache >/dev/null; then export CMAKE_CXX_COMPILER_LAUNCHER=${CMAKE_CXX_COMPILER_LAUNCHER:-ccache}; fi
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target "${targets[@]/#/wkr_fuzz_}"

failed=0
summary=()
for t in "${targets[@]}"; do
  corpus=tests/fuzz/corpus/$t
  work=build/fuzz/work/$t            # what this run finds, before it is merged into $corpus
  artifacts=build/fuzz/artifacts/$t/
  log=build/fuzz/work/$t.log
  rm -rf "$work"
  mkdir -p "$work" "$artifacts" "$corpus"
  echo "== fuzz_$t for ${seconds}s (log: $log)"
  status=0
  build/fuzz/tests/fuzz/wkr_fuzz_"$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -dict=tests/fuzz/"$t".dict -artifact_prefix="$artifacts" -print_final_stats=1 \
    "$work" "$corpus" >"$log" 2>&1 || status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  if [[ $status -ne 0 ]]; then
    failed=1
    echo "fuzz_$t FAILED (exit $status); the input is in $artifacts; the end of the log:"
    tail -40 "$log"
  fi
  build/fuzz/tests/fuzz/wkr_fuzz_"$t" -merge=1 -timeout=10 -rss_limit_mb=2048 "$corpus" "$work" >>"$log" 2>&1
  files=$(find "$corpus" -type f | wc -l)
  bytes=$(find "$corpus" -type f -printf '%s\n' | awk '{ n += $1 } END { print n + 0 }')
  line=$(printf '%-8s %6ss %12s execs %8s exec/s %5s files %9s bytes%s' "$t" "$seconds" "${runs:-?}" "${speed:-?}" \
    "$files" "$bytes" "$([[ $status -ne 0 ]] && echo '  FAILED' || true)")
  echo "$line"
  summary+=("$line")
done

echo "== summary (target, time, executions, executions a second, corpus files and size)"
printf '%s\n' "${summary[@]}"
exit $failed
