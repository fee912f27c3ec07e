#!/usr/bin/env bash
# Installs what is missing, builds, and starts the sample host with the Kisi plugin, demo data
# and the embedded Kisi sandbox. It prints the admin URL and credentials. Ctrl-C stops it.
set -euo pipefail
cd "$(dirname "$0")"
scripts/install-deps.sh
scripts/build.sh build
exec build/sample-host/app/sample-host --demo --data-dir "${DEMO_DATA_DIR:-demo-data}" \
  --plugins-dir build/plugins --listen "${DEMO_LISTEN:-127.0.0.1:8080}" "$@"
