#!/usr/bin/env bash
# Sets up what deskapp needs on Debian 12 / Ubuntu, idempotently: the system libraries Qt
# needs, a virtual environment in .venv, and deskapp with its test tools installed into it.
# The printed-page check (tests/paper) converts the Excel registers to PDF with LibreOffice
# Calc, headless and without recommends (about 60 packages, 35 s from a Debian mirror); it lays
# Chinese out in WenQuanYi Micro Hei, the font the program's own PDFs embed, and needs Carlito
# (Calibri's metrics): without it every column is wider than in Excel and the page shrinks.
# PostgreSQL (issue 18): only its binaries are used — the suite starts a throwaway cluster of its
# own (tests/pg_cluster.py) — so the package is installed without a cluster or a running service.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
[ "$(id -u)" = 0 ] || SUDO=sudo
pkgs=(python3-venv libglib2.0-0 libegl1 libgl1 libfontconfig1 libxkbcommon0 libdbus-1-3
      libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0 libxcb-render-util0
      libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libx11-xcb1
      libreoffice-calc-nogui fonts-wqy-microhei fonts-crosextra-carlito postgresql)
missing=()
for p in "${pkgs[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing system libraries: ${missing[*]}"
  if [[ " ${missing[*]} " == *" postgresql "* ]]; then
    # no "main" cluster, hence no service to start: the suite makes its own (tests/pg_cluster.py)
    $SUDO mkdir -p /etc/postgresql-common
    echo "create_main_cluster = false" | $SUDO tee /etc/postgresql-common/createcluster.conf >/dev/null
  fi
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  echo "Creating .venv"
  "$PY" -m venv .venv
fi
if [ ! -f .venv/.installed ] || [ pyproject.toml -nt .venv/.installed ]; then
  echo "Installing deskapp and its dependencies into .venv"
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e '.[test,postgresql]'
  touch .venv/.installed
fi
