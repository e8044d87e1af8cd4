"""Schema creation, versioned migrations (from an older file), rollback of a failing step, WAL mode."""
from __future__ import annotations

import sqlite3

import pytest

from marsad.errors import StoreError
from marsad.store import Store
from marsad.store import migrations

from store_helpers import make_doc

TABLES = ("documents", "segments", "entities", "actors", "events", "event_sources", "stories", "story_members",
          "links", "link_members", "flags", "doc_fts", "times", "quantities", "story_index", "story_index_meta",
          "schema_migrations")


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table')")}


def test_new_store_has_latest_schema_in_wal_mode(tmp_path):
    with Store.open(tmp_path / "s.db") as st:
        assert st.schema_version == migrations.LATEST
        assert set(TABLES) <= _tables(st.conn)
        assert st.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        applied = [r[0] for r in st.conn.execute("SELECT version FROM schema_migrations ORDER BY version")]
        assert applied == [v for v, _, _ in migrations.MIGRATIONS]


def test_older_store_is_migrated_and_keeps_its_documents(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    assert migrations.migrate(conn, target=1) == [1]
    assert "times" not in _tables(conn)
    conn.execute("INSERT INTO documents(id, hash, text, ingested_at, analysis) VALUES ('d1', 'h1', 'نص', 'now', '{}')")
    conn.close()
    with Store.open(path) as st:
        assert st.schema_version == migrations.LATEST
        assert {"times", "quantities"} <= _tables(st.conn)
        assert st.has_hash("h1")
        assert st.add_document(make_doc("قال المتحدث إن الاجتماع انتهى.", id="d2")) == "d2"


# how stores made before step 3 created the story index, on first use
FIRST_USE_STORY_INDEX = (
    "CREATE TABLE IF NOT EXISTS story_index (story_id TEXT PRIMARY KEY, first_day INTEGER NOT NULL, "
    "last_day INTEGER NOT NULL, state TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS story_index_first ON story_index(first_day)",
    "CREATE TABLE IF NOT EXISTS story_index_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
)


@pytest.mark.parametrize("first_use", [True, False], ids=["index-made-on-first-use", "no-index-yet"])
def test_story_index_is_a_migration_step_that_keeps_existing_rows(tmp_path, first_use):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    assert migrations.migrate(conn, target=2) == [1, 2]
    if first_use:
        for sql in FIRST_USE_STORY_INDEX:
            conn.execute(sql)
        conn.execute("INSERT INTO story_index VALUES ('story:d1', 20000, 20001, '{}')")
        conn.execute("INSERT INTO story_index_meta VALUES ('embedder', 'use')")
    conn.close()
    with Store.open(path) as st:
        assert st.schema_version == migrations.LATEST >= 3
        assert {"story_index", "story_index_meta"} <= _tables(st.conn)
        rows = [tuple(r) for r in st.conn.execute("SELECT story_id, first_day FROM story_index")]
        assert rows == ([("story:d1", 20000)] if first_use else [])
        indexes = {r[0] for r in st.conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert "story_index_first" in indexes


def test_failing_migration_is_rolled_back(tmp_path, monkeypatch):
    path = tmp_path / "s.db"
    conn = sqlite3.connect(path, isolation_level=None)
    migrations.migrate(conn, target=1)
    broken = migrations.MIGRATIONS + [(99, "broken", "CREATE TABLE half_done (x INTEGER);\nCREATE TABLE oops (;")]
    monkeypatch.setattr(migrations, "MIGRATIONS", broken)
    monkeypatch.setattr(migrations, "LATEST", 99)
    with pytest.raises(sqlite3.OperationalError):
        migrations.migrate(conn)
    # the steps before it went through, each in its own transaction; the broken step left nothing behind
    assert migrations.version(conn) == broken[-2][0]
    assert "half_done" not in _tables(conn)


def test_store_from_a_newer_marsad_is_refused(tmp_path):
    path = tmp_path / "new.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {migrations.LATEST + 5}")
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        Store.open(path)


def test_missing_store_is_one_line_error(tmp_path):
    with pytest.raises(StoreError, match="no such store"):
        Store.open(tmp_path / "absent.db", create=False)
