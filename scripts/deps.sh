#!/usr/bin/env bash
# Installs the Debian packages Paydesk needs to build, run and test, when any is missing.
# Sourced by scripts/run and scripts/test; safe to run again (installs nothing when complete).
set -euo pipefail

PAYDESK_PACKAGES=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev
  qt6-declarative-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6sql6-psql libqt6opengl6-dev libgl-dev
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
  qml6-module-qtquick-window qml6-module-qtquick-templates qml6-module-qtquick-dialogs
  qml6-module-qtqml-workerscript qml6-module-qtcharts qml6-module-qttest
  qml6-module-qt-labs-settings qml6-module-qtqml-models qml6-module-qtqml
  libssl-dev libargon2-dev libqrencode-dev
  postgresql postgresql-contrib
  xvfb xauth wrk fonts-dejavu-core
)

paydesk_missing_packages() {
  local missing=()
  for p in "${PAYDESK_PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$'; then
      missing+=("$p")
    fi
  done
  echo "${missing[@]:-}"
}

paydesk_install_deps() {
  local missing
  missing=$(paydesk_missing_packages)
  [ -z "$missing" ] && return 0
  echo "paydesk: installing missing packages: $missing" >&2
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  # shellcheck disable=SC2086
  $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  paydesk_install_deps
fi
