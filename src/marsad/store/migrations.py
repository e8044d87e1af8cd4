"""Versioned schema of the store: each migration is numbered and applied once, in a transaction.

``PRAGMA user_version`` holds the schema version of a database file and the ``schema_migrations``
table records when each step was applied. To change the schema, append a new ``(version, name, sql)``
step to :data:`MIGRATIONS`; never edit a step that has shipped. The PostgreSQL store runs the same steps,
translated by :mod:`marsad.store.pg_schema`.
"""
from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Any

V1 = """
CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
);
CREATE TABLE documents (
    pk          INTEGER PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,          -- document id used in links ("docid#eventid")
    hash        TEXT NOT NULL UNIQUE,          -- content hash of the text: re-ingesting adds nothing
    source      TEXT,
    url         TEXT,
    title       TEXT,
    byline      TEXT,
    publisher   TEXT,
    credited    TEXT,
    published   TEXT,
    page_date   TEXT,
    language    TEXT,
    text        TEXT NOT NULL,
    ingested_at TEXT NOT NULL,
    analysis    TEXT NOT NULL                  -- JSON of Document.to_dict()
);
CREATE INDEX documents_published ON documents(published);
CREATE TABLE segments (
    doc_pk INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
    start  INTEGER NOT NULL,
    "end"  INTEGER NOT NULL,
    kind   TEXT NOT NULL
);
CREATE INDEX segments_doc ON segments(doc_pk);
CREATE TABLE actors (
    pk      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL DEFAULT '',
    code    TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    sector  TEXT NOT NULL DEFAULT '',
    UNIQUE (name, code, country, sector)
);
CREATE TABLE entities (
    doc_pk        INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
    start         INTEGER NOT NULL,
    "end"         INTEGER NOT NULL,
    label         TEXT NOT NULL,
    text          TEXT NOT NULL,
    actor_pk      INTEGER REFERENCES actors(pk),
    actor_name    TEXT,
    actor_code    TEXT,
    actor_country TEXT,
    actor_sector  TEXT,
    actor_role    TEXT,
    origin        TEXT,                        -- "ner" | "dictionary" | ...
    cluster       TEXT
);
CREATE INDEX entities_doc ON entities(doc_pk);
CREATE INDEX entities_actor ON entities(actor_pk);
CREATE TABLE events (
    pk                INTEGER PRIMARY KEY,
    uid               TEXT NOT NULL UNIQUE,    -- "docid#eventid"
    doc_pk            INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
    event_id          TEXT NOT NULL,
    event_type        TEXT NOT NULL,
    extension         INTEGER NOT NULL DEFAULT 0,   -- 1 for kinds outside PLOVER (statement extensions)
    mode              TEXT,
    context           TEXT,
    date              TEXT,
    actor_text        TEXT,
    actor_name        TEXT,
    actor_code        TEXT,
    actor_country     TEXT,
    actor_sector      TEXT,
    recipient_text    TEXT,
    recipient_name    TEXT,
    recipient_code    TEXT,
    recipient_country TEXT,
    recipient_sector  TEXT,
    placename         TEXT,
    ev_start          INTEGER,
    ev_end            INTEGER,
    from_caption      INTEGER NOT NULL DEFAULT 0,
    aux               TEXT NOT NULL DEFAULT '[]',   -- JSON list
    confidence        REAL,
    record            TEXT NOT NULL              -- JSON of the event's to_dict(doc)
);
CREATE INDEX events_doc ON events(doc_pk);
CREATE INDEX events_type ON events(event_type);
CREATE INDEX events_date ON events(date);
CREATE TABLE event_sources (
    event_pk INTEGER NOT NULL REFERENCES events(pk) ON DELETE CASCADE,
    doc_pk   INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
    relation TEXT NOT NULL DEFAULT 'origin',      -- origin | same_event
    PRIMARY KEY (event_pk, doc_pk)
);
CREATE TABLE stories (
    id         TEXT PRIMARY KEY,
    label      TEXT,
    first_date TEXT,
    last_date  TEXT,
    size       INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE story_members (
    story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    doc_pk   INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
    PRIMARY KEY (story_id, doc_pk)
);
CREATE INDEX story_members_doc ON story_members(doc_pk);
CREATE TABLE links (
    pk      INTEGER PRIMARY KEY,
    kind    TEXT NOT NULL,                     -- same_event | contradiction
    payload TEXT NOT NULL                      -- JSON: the group or the contradiction object
);
CREATE TABLE link_members (
    link_pk  INTEGER NOT NULL REFERENCES links(pk) ON DELETE CASCADE,
    member   TEXT NOT NULL,                    -- "docid#eventid"
    doc_pk   INTEGER REFERENCES documents(pk) ON DELETE CASCADE,
    event_pk INTEGER REFERENCES events(pk) ON DELETE CASCADE
);
CREATE INDEX link_members_doc ON link_members(doc_pk);
CREATE INDEX link_members_event ON link_members(event_pk);
CREATE TABLE flags (
    doc_pk  INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
    kind    TEXT NOT NULL,
    start   INTEGER,
    "end"   INTEGER,
    text    TEXT,
    message TEXT
);
CREATE INDEX flags_doc ON flags(doc_pk);
CREATE VIRTUAL TABLE doc_fts USING fts5(title, body, tokenize = "unicode61 remove_diacritics 0");
"""

# Times and quantities as rows, so that the web UI and timelines can query them without parsing JSON.
V2 = """
CREATE TABLE times (
    doc_pk INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
    start  INTEGER NOT NULL,
    "end"  INTEGER NOT NULL,
    text   TEXT NOT NULL,
    value  TEXT,
    kind   TEXT
);
CREATE INDEX times_doc ON times(doc_pk);
CREATE INDEX times_value ON times(value);
CREATE TABLE quantities (
    doc_pk INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
    start  INTEGER NOT NULL,
    "end"  INTEGER NOT NULL,
    text   TEXT NOT NULL,
    value  REAL,
    unit   TEXT
);
CREATE INDEX quantities_doc ON quantities(doc_pk);
"""

# The story index: one row per story still able to take reports (days as proleptic ordinals, the state as JSON)
# and which embedder made its vectors. Stores made before this step created the same tables on first use:
# IF NOT EXISTS keeps their rows.
V3 = """
CREATE TABLE IF NOT EXISTS story_index (
    story_id  TEXT PRIMARY KEY,
    first_day INTEGER NOT NULL,
    last_day  INTEGER NOT NULL,
    state     TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS story_index_first ON story_index(first_day);
CREATE TABLE IF NOT EXISTS story_index_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""

MIGRATIONS: list[tuple[int, str, str]] = [
    (1, "initial schema: documents, annotations, events, links, stories, full-text index", V1),
    (2, "times and quantities tables", V2),
    (3, "story index tables (open stories' state, embedder of their vectors)", V3),
]
LATEST = MIGRATIONS[-1][0]


def version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


# made before a step's statements, so that the step can be recorded in the same transaction
MIGRATIONS_TABLE = ("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                    "name TEXT NOT NULL, applied_at TEXT NOT NULL)")


def pending(steps: list[tuple[int, str, Any]], current: int, target: int | None) -> list[tuple[int, str, Any]]:
    """The steps that bring a database at version ``current`` up to ``target`` (the last step when None).

    Raises RuntimeError when the database is newer than every step."""
    latest = steps[-1][0]
    if current > latest:
        raise RuntimeError(f"database schema version {current} is newer than this marsad (knows up to {latest})")
    target = latest if target is None else target
    return [s for s in steps if current < s[0] <= target]


def applied_at() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def migrate(conn: sqlite3.Connection, target: int | None = None) -> list[int]:
    """Bring ``conn`` up to schema ``target``; each step in its own transaction. Returns the versions applied."""
    done: list[int] = []
    for ver, name, sql in pending(MIGRATIONS, version(conn), target):
        # executescript would commit on its own; run the statements one by one inside BEGIN..COMMIT
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute(MIGRATIONS_TABLE)
            for stmt in statements(sql):
                conn.execute(stmt)
            conn.execute("INSERT INTO schema_migrations(version, name, applied_at) VALUES (?, ?, ?)",
                         (ver, name, applied_at()))
            conn.execute(f"PRAGMA user_version = {int(ver)}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        done.append(ver)
    return done


def statements(sql: str) -> list[str]:
    """Split a migration script into complete statements (the schema has no triggers or string semicolons)."""
    out, buf = [], []
    for line in sql.splitlines():
        line = line.split("--", 1)[0].rstrip()
        if not line:
            continue
        buf.append(line)
        if line.endswith(";") and sqlite3.complete_statement("\n".join(buf)):
            out.append("\n".join(buf))
            buf = []
    if buf:
        out.append("\n".join(buf))
    return out
