#!/usr/bin/env bash
# Installs what Confident needs to build on Debian or Ubuntu: libedit-dev, libsqlite3-dev (for
# GRDB), libqrencode-dev (the room's QR code), pkg-config and make (`make install`, `make dist`).
# Swift 6 itself must already be on the PATH.
set -euo pipefail

missing=()
dpkg -s libedit-dev >/dev/null 2>&1 || missing+=(libedit-dev)
dpkg -s libsqlite3-dev >/dev/null 2>&1 || missing+=(libsqlite3-dev)
dpkg -s libqrencode-dev >/dev/null 2>&1 || missing+=(libqrencode-dev)
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
command -v make >/dev/null 2>&1 || missing+=(make)

if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "Installing ${missing[*]}…" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if ! command -v swift >/dev/null 2>&1; then
  echo "Swift 6 is required (https://www.swift.org/install/linux/)." >&2
  exit 1
fi
