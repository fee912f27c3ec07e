#!/usr/bin/env bash
# Builds and runs the benchmarks; each prints medians and ratios against its target.
set -euo pipefail
cd "$(dirname "$0")"
scripts/install-deps.sh
scripts/build.sh build
for bench in build/tests/bench/bench_*; do
  [[ -x "$bench" ]] || continue
  echo "== $(basename "$bench")"
  "$bench" "$@"
done
