#!/usr/bin/env bash
# Sets up .venv with the test extras, Debian's chromium for the browser tests when it can, and runs the tests.
# Extra arguments go to pytest (e.g. bash scripts/test.sh -k dates).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test,scale,postgres
if ! command -v chromium >/dev/null 2>&1 && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing Debian chromium for the browser tests..."
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
    || echo "could not install chromium: the browser tests will say so and skip"
fi
if ! command -v initdb >/dev/null 2>&1 && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 \
   && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing Debian postgresql for the PostgreSQL store tests..."
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null) \
    || echo "could not install postgresql: the PostgreSQL tests will say so and skip"
fi
set +e
.venv/bin/python -m pytest -q -p no:cacheprovider "$@"
status=$?
set -e
if [ "$status" = "5" ]; then echo "no tests were collected"; fi
exit "$status"
