#!/usr/bin/env bash
# Quick start, command 2: set up, then run the whole test suite (slow tests included), on every
# core: pytest-xdist, a test file per worker at a time (--dist loadfile keeps a module's
# fixtures — the frozen bundle, the paper check's demo centre — built once). DESKAPP_TEST_WORKERS=0
# runs it in one process.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/python -m pytest -n "${DESKAPP_TEST_WORKERS:-auto}" --dist loadfile "$@"
