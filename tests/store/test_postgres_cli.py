"""``marsad ingest/events/search --db postgresql://...`` give what the same commands give on a SQLite file."""
from __future__ import annotations

import pytest

from marsad.cli import main

ROOT = __import__("pathlib").Path(__file__).resolve().parents[2]
SEEDS = [str(ROOT / "examples" / "000_741ecda8f4a08f1a.txt"), str(ROOT / "examples" / "002_91d4b520dce09521.txt")]


@pytest.fixture(autouse=True)
def small_linking(monkeypatch):
    monkeypatch.setenv("MARSAD_STORY_LINK_MAX", "0")


def _run(capsys, *argv: str) -> str:
    assert main(list(argv)) == 0
    return capsys.readouterr().out


def test_postgres_commands_match_sqlite(tmp_path, pg_url, capsys):
    lite = str(tmp_path / "s.db")
    first = {db: _run(capsys, "ingest", "--db", db, "--published", "2022-10-21", *SEEDS) for db in (lite, pg_url)}
    assert first[lite] == first[pg_url] and first[lite].startswith("2 documents added, 0 already present, 0 rejected")
    again = _run(capsys, "ingest", "--db", pg_url, "--published", "2022-10-21", *SEEDS)
    assert again.startswith("0 documents added, 2 already present")
    for fmt in ("jsonl", "csv", "polecat"):
        out = {db: _run(capsys, "events", "--db", db, "--format", fmt, "--include-extensions") for db in (lite, pg_url)}
        assert out[lite] == out[pg_url] and out[lite].count("\n") >= 2, fmt
    hits = {db: _run(capsys, "search", "--db", db, "وزير") for db in (lite, pg_url)}
    assert hits[lite].split("\n")[0] and set(hits[lite].split("\n")) == set(hits[pg_url].split("\n"))


def test_unreachable_database_is_one_line(capsys):
    assert main(["events", "--db", "postgresql://nobody:pw@127.0.0.1:1/none"]) != 0
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and "pw" not in err.replace("postgresql://nobody:***@", "") and "cannot connect" in err
