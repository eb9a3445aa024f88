#!/usr/bin/env bash
# Installs what wkr needs to build and test, from Debian 12 packages only. Idempotent: a package
# that is already installed is skipped, so a second run does nothing and needs no network.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git
  libboost1.81-dev      # Boost.Multiprecision: checked_int128_t (pinned 1.81, see DESIGN.md)
  libfmt-dev            # formatting
  libyaml-cpp-dev       # parameter tables and golden cases (YAML)
  nlohmann-json3-dev    # JSON output and the JSON request entry point
  libcli11-dev          # the wkr command line
  libcsv-dev            # CSV input (RFC 4180)
  libmd-dev             # SHA-256 digests of the receipts (tables, report inputs)
  libgtest-dev libgmock-dev libbenchmark-dev
  clang-14 libclang-rt-14-dev   # sanitizer and fuzzing builds
  clang-format-14 clang-tidy-14  # scripts/lint.sh
  abigail-tools         # abidw/abidiff: the C ABI check
  mono-mcs mono-runtime libmono-system-numerics4.0-cil  # the C# binding and its tests
  python3 python3-venv python3-pip  # the binding's tests; the install test's virtual environments and pip
  groff-base            # the man page test reads wkr.1 with groff
  chromium fonts-dejavu-core  # the HTML report test renders the report in a headless browser
  valgrind              # memcheck over the C tests (tests/capi, label valgrind)
  cppcheck              # scripts/lint.sh cppcheck
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$' || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
