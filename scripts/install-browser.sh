#!/usr/bin/env bash
# Installs what the browser tests need from Debian: Chromium and ChromeDriver (same version, one repository)
# and a Japanese font so screenshots show text, not boxes. Idempotent; uses sudo only when not root.
set -euo pipefail
packages=(chromium chromium-driver fonts-ipafont-gothic)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
/usr/bin/chromium --version 2>/dev/null
/usr/bin/chromedriver --version
