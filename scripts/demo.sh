#!/usr/bin/env bash
# Sets everything up and runs marsad's main job on a real example: the two Arabic articles in examples/
# are analysed into an embedded store (marsad-demo.db), then their events and links are printed.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
db="${MARSAD_DEMO_DB:-marsad-demo.db}"
rm -f "$db" "$db-wal" "$db-shm"
echo "== marsad ingest --db $db examples/seeds.jsonl"
.venv/bin/marsad ingest --db "$db" examples/seeds.jsonl
echo
echo "== marsad analyze examples/seeds.jsonl (the two articles with their publication dates)"
.venv/bin/marsad analyze examples/seeds.jsonl
echo
echo "== marsad events --db $db --format csv"
.venv/bin/marsad events --db "$db" --format csv
