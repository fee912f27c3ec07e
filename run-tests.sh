#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite through CTest:
# first the normal build, then the tests labelled `asan` again under ASan+UBSan.
set -euo pipefail
cd "$(dirname "$0")"
scripts/install-deps.sh --with-browser
scripts/build.sh build
ctest --test-dir build --output-on-failure -j 2 --timeout 600
scripts/build.sh build-asan -DENABLE_SANITIZERS=ON
ctest --test-dir build-asan --output-on-failure -L asan --timeout 900
