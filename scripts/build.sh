#!/usr/bin/env bash
# Configures (first time) and builds incrementally with the dev preset; sourced by run and test.
set -euo pipefail

paydesk_build() {
  local root="$1"
  cd "$root"
  if [ ! -f build/dev/build.ninja ]; then
    cmake --preset dev >/dev/null
  fi
  cmake --build --preset dev
}
