#!/usr/bin/env bash
# Quick start, command 2: set up, then run the whole test suite (slow tests included), on every
# core: pytest-xdist, a test file per worker at a time (--dist loadfile keeps a module's
# fixtures — the frozen bundle, the paper check's demo centre — built once). DESKAPP_TEST_WORKERS=0
# runs it in one process.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# --max-worker-restart=0: a worker that dies (a crash, or a test stopped by pytest-timeout) ends the run
# with that test named; replaced workers under --dist loadfile can wait forever for work (pytest-xdist
# issues 1378, 784), so a crash would otherwise show as a run that never finishes
exec .venv/bin/python -m pytest -n "${DESKAPP_TEST_WORKERS:-auto}" --dist loadfile --max-worker-restart=0 "$@"
