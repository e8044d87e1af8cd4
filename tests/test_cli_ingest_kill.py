"""Killing ``marsad ingest`` midway leaves a consistent store, and the next run completes it exactly."""
from __future__ import annotations

import json
from pathlib import Path
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = [pytest.mark.slow, pytest.mark.shared]

# components that are cheap but take long enough per document to stop the run midway
PIPELINE = "line_roles,sentences,times"
N_RECORDS = 300


def _ingest(db, src, **kw):
    env = {**os.environ, "MARSAD_PIPELINE": PIPELINE, "MARSAD_STORY_LINK_MAX": "0", "PYTHONPATH": str(ROOT / "src")}
    return subprocess.Popen([sys.executable, "-c", "from marsad.cli import run; run()", "ingest", "--db", str(db), str(src)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)


def _count(db) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def _snapshot(db) -> tuple:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        docs = sorted(r[0] for r in conn.execute("SELECT hash FROM documents"))
        # every document has its index row and its annotations, and nothing is left without a document
        assert conn.execute("SELECT count(*) FROM doc_fts").fetchone()[0] == len(docs)
        assert conn.execute("SELECT count(*) FROM documents d WHERE NOT EXISTS "
                            "(SELECT 1 FROM segments s WHERE s.doc_pk = d.pk)").fetchone()[0] == 0
        times = conn.execute("SELECT count(*) FROM times").fetchone()[0]
        return docs, times
    finally:
        conn.close()


def test_kill_midway_then_resume_equals_a_clean_run(tmp_path, saudinewsnet_day):
    records = saudinewsnet_day("2015-07-23")[:N_RECORDS]
    src = tmp_path / "day.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")

    clean = tmp_path / "clean.db"
    proc = _ingest(clean, src)
    out, err = proc.communicate(timeout=170)
    assert proc.returncode in (0, 1) and "documents added" in out, err
    clean_docs, clean_times = _snapshot(clean)
    assert len(clean_docs) > 200

    db = tmp_path / "killed.db"
    proc = _ingest(db, src)
    deadline = time.monotonic() + 120
    while _count(db) < 20 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.communicate()
    partial, _ = _snapshot(db)
    assert 0 < len(partial) < len(clean_docs), "the run was not stopped midway"

    proc = _ingest(db, src)
    out, err = proc.communicate(timeout=170)
    assert proc.returncode in (0, 1) and "documents added" in out, err
    added = int(out.split()[0])
    assert added == len(clean_docs) - len(partial)
    assert _snapshot(db) == (clean_docs, clean_times)
