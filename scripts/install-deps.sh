#!/usr/bin/env bash
# Installs the Debian 12 packages the build, the tests and the demo need, when missing.
# Works as root, or as a normal user with sudo.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config ca-certificates tzdata
  libboost-dev libpoco-dev libssl-dev libsqlite3-dev libhowardhinnant-date-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  clang libclang-rt-14-dev
)
if [[ "${1:-}" == "--with-browser" ]]; then
  packages+=(chromium)
fi
command -v node >/dev/null 2>&1 || packages+=(nodejs)
command -v npm >/dev/null 2>&1 || packages+=(npm)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

if [[ $(id -u) -eq 0 ]]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1; then
  as_root=(sudo)
else
  echo "Missing packages: ${missing[*]}; run this script as root or install sudo." >&2
  exit 1
fi
echo "Installing missing Debian packages: ${missing[*]}"
"${as_root[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
