#!/usr/bin/env bash
# Quick start, command 1: set up, build the demo community once, open the desk program on it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# In the program's data folder, not a folder users browse (issue 22: a dialog over the database's
# own folder once cost saved work; see docs/areas/startup.md).
DATA=${XDG_DATA_HOME:-$HOME/.local/share}/deskapp/deskapp
mkdir -p "$DATA"
DB=${DESKAPP_DEMO_DB:-$DATA/demo.sqlite}
if [ ! -f "$DB" ]; then
  echo "Building the demo community in $DB (about a minute)…"
  .venv/bin/deskapp --db "$DB" demo
fi
exec .venv/bin/deskapp --db "$DB" "$@"
