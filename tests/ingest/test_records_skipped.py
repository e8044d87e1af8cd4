"""Records with nothing to analyse (SaudiNewsNet has a few hundred with empty content) are skipped, not errors."""
from __future__ import annotations

import json
import subprocess
import sys

from marsad.ingest import read_inputs
from marsad.ingest.record import Record, Rejected


def _write(tmp_path, rows):
    p = tmp_path / "day.json"
    p.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    return p


ROWS = [
    {"source": "was", "url": "u1", "date_extracted": "2015-07-23 17:00:00", "title": "t1", "author": "",
     "content": "أعلن وزير الخارجية أن بلاده تدعم الحل السياسي في اليمن."},
    {"source": "okaz", "url": "u2", "date_extracted": "2015-07-23 17:01:00", "title": "t2", "author": "", "content": ""},
    {"source": "okaz", "url": "u3", "date_extracted": "2015-07-23 17:02:00", "title": "t3", "author": ""},
]


def test_empty_and_missing_content_are_skipped(tmp_path):
    items = list(read_inputs([str(_write(tmp_path, ROWS))]))
    assert [type(i).__name__ for i in items] == ["Record", "Rejected", "Rejected"]
    assert all(i.skipped for i in items if isinstance(i, Rejected))
    assert isinstance(items[0], Record) and items[0].text.startswith("أعلن")


def test_analyze_exits_0_and_names_the_skipped_records(tmp_path):
    path = _write(tmp_path, ROWS)
    run = subprocess.run([sys.executable, "-m", "marsad", "analyze", "--json", "--no-links", str(path)],
                         capture_output=True, timeout=300)
    err = run.stderr.decode()
    assert run.returncode == 0, err[-1500:]
    assert len(json.loads(run.stdout)["documents"]) == 1
    assert len([ln for ln in err.splitlines() if "skipped" in ln]) == 2 and "Traceback" not in err


def test_a_broken_record_is_still_an_error(tmp_path):
    p = tmp_path / "bad.jsonl"
    p.write_text('{"id": "a", "text": "نص"}\n{"id": ', encoding="utf-8")
    items = list(read_inputs([str(p)]))
    bad = [i for i in items if isinstance(i, Rejected)]
    assert len(bad) == 1 and not bad[0].skipped
