#!/usr/bin/env bash
# Quick start, command 1: set up, build the demo community once, open the desk program on it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
DB=${DESKAPP_DEMO_DB:-$HOME/deskapp-demo.sqlite}
if [ ! -f "$DB" ]; then
  echo "Building the demo community in $DB (about a minute)…"
  .venv/bin/deskapp --db "$DB" demo
fi
exec .venv/bin/deskapp --db "$DB" "$@"
