#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Qt needs, when they are missing.
# As root it runs apt-get; otherwise it prints the exact command to run and fails.
# Usage: scripts/system-deps.sh [--gui] [--deb]
#   --gui adds the X11/xcb/Wayland libraries a real window needs (and a .deb's Depends is computed from)
#   --deb adds lintian (checks the .deb that `make deb` builds) and help2man (its manual page)
set -euo pipefail

packages=(
  libpulse0            # QtMultimedia does not import without it
  fonts-wqy-microhei   # hanzi render as empty boxes without a CJK font
  libgl1 libegl1 libxkbcommon0 libglib2.0-0 libfreetype6 libfontconfig1 libdbus-1-3
  binutils             # PyInstaller strips and inspects binaries with it (make package)
  desktop-file-utils appstream   # validate the desktop entry and AppStream metainfo (tests/packaging)
  flatpak-builder      # --show-manifest checks the Flathub manifest (tests/packaging)
)
for option in "$@"; do
  case "$option" in
    --gui) packages+=(libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
                      libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libx11-xcb1
                      libwayland-client0 libwayland-cursor0 libwayland-egl1) ;;
    --deb) packages+=(lintian help2man) ;;
    *) echo "system-deps: unknown option $option" >&2; exit 2 ;;
  esac
done
# A fresh Debian may lack Python's venv module (split into python3-venv).
if ! command -v python3 >/dev/null 2>&1; then
  packages+=(python3 python3-venv)
elif ! python3 -c 'import ensurepip, venv' >/dev/null 2>&1; then
  packages+=(python3-venv)
fi
# PyInstaller (make package) bundles the interpreter's shared library, which Debian ships apart from python3.
if [[ "$(command -v python3 || true)" == /usr/bin/python3 ]]; then
  packages+=("libpython$(python3 -c 'import sys; print("%d.%d" % sys.version_info[:2])')")
fi

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "system-deps: not a Debian-like system; make sure Qt's runtime libraries and a CJK font are installed." >&2
  exit 0
fi

missing=()
for package in "${packages[@]}"; do
  if [[ "$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null)" != "install ok installed" ]]; then
    missing+=("$package")
  fi
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

if [[ "$(id -u)" -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
  echo "system-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "system-deps: missing system packages. Install them with:" >&2
  echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
