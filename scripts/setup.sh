#!/usr/bin/env bash
# Creates .venv beside the project (if missing) and installs marsad with the given extras.
# usage: bash scripts/setup.sh [EXTRAS]     e.g. bash scripts/setup.sh test,scale,postgres
set -euo pipefail
cd "$(dirname "$0")/.."
extras="${1:-}"
py="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$py" -m venv .venv
fi
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade "pip>=24" 2>&1 | grep -v '^WARNING: Location' || true
if [ -n "$extras" ]; then target=".[${extras}]"; else target="."; fi
.venv/bin/python -m pip install -q --disable-pip-version-check -e "$target" 2>&1 | grep -v '^WARNING: Location' || true
.venv/bin/marsad --version >/dev/null
