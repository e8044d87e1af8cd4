"""Schema creation, versioned migrations (from an older file), rollback of a failing step, WAL mode."""
from __future__ import annotations

import sqlite3

import pytest

from marsad.errors import StoreError
from marsad.store import Store
from marsad.store import migrations

from store_helpers import make_doc

TABLES = ("documents", "segments", "entities", "actors", "events", "event_sources", "stories", "story_members",
          "links", "link_members", "flags", "doc_fts", "times", "quantities", "schema_migrations")


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


def test_failing_migration_is_rolled_back(tmp_path, monkeypatch):
    path = tmp_path / "s.db"
    conn = sqlite3.connect(path, isolation_level=None)
    migrations.migrate(conn, target=1)
    broken = migrations.MIGRATIONS + [(99, "broken", "CREATE TABLE half_done (x INTEGER);\nCREATE TABLE oops (;")]
    monkeypatch.setattr(migrations, "MIGRATIONS", broken)
    monkeypatch.setattr(migrations, "LATEST", 99)
    with pytest.raises(sqlite3.OperationalError):
        migrations.migrate(conn)
    # step 2 went through in its own transaction; the broken step left nothing behind
    assert migrations.version(conn) == 2
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
