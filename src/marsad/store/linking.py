"""Links and stories in the store: writing the output of cross-document linking, and relinking after an ingest.

Linking itself lives in :mod:`marsad.corpus.links`; this module decides which documents are linked
together after an ingest (:meth:`LinkingMixin.relink`) and how new groups meet stored ones
(:meth:`LinkingMixin.set_links`).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sqlite3
from typing import Any, Iterable

# key of the links object -> kind stored in the links table ("stories" have their own tables)
LINK_KINDS = {"same_event": "same_event", "duplicates": "duplicate", "contradictions": "contradiction"}
STORY_CHUNK = 500          # documents loaded and embedded at a time when putting them into stories
BOOTSTRAP_MAX = 5000       # stored documents read at most to rebuild a missing index


class LinkingMixin:
    """Link and story methods of :class:`marsad.store.Store` (which provides ``conn`` and ``load_documents``)."""

    conn: sqlite3.Connection

    # -- links ----------------------------------------------------------------------------------
    def set_links(self, links: dict[str, Any], scope: Iterable[str] | None = None) -> None:
        """Store the ``links`` object of :func:`marsad.api.link` (same_event, duplicates, contradictions, stories).

        Only the kinds present in ``links`` are touched. Without ``scope`` they are replaced entirely. With
        ``scope`` (the ids of the documents that were linked together), stored groups lying wholly inside the
        scope are replaced by the new ones, and a new group that shares a member with a stored group reaching
        outside the scope is merged into it (incremental clustering).
        """
        c = self.conn
        kinds = [LINK_KINDS[k] for k in LINK_KINDS if k in links]
        c.execute("BEGIN IMMEDIATE")
        try:
            pks = self._doc_pks()
            if scope is None:
                for kind in kinds:
                    c.execute("DELETE FROM links WHERE kind = ?", (kind,))
                if "stories" in links:
                    c.execute("DELETE FROM stories")
            else:
                self._clear_scope([pks[d] for d in scope if d in pks], kinds, "stories" in links)
            for key in ("same_event", "duplicates"):
                for group in links.get(key) or ():
                    if isinstance(group, dict):
                        members = [str(m) for m in group.get("members") or []]
                        self._merge_group(LINK_KINDS[key], members, group, pks)
                    else:
                        members = [str(m) for m in group]
                        self._merge_group(LINK_KINDS[key], members, members, pks)
            for con in links.get("contradictions") or ():
                members = [str(m) for m in (con.get("events") or [])] if isinstance(con, dict) else []
                self._insert_link("contradiction", members, con, pks)
            for story in links.get("stories") or ():
                self._merge_story(story, pks)
            if "same_event" in links:
                self._refresh_sources()
            c.execute("COMMIT")
        except BaseException:
            if c.in_transaction:
                c.execute("ROLLBACK")
            raise

    def _clear_scope(self, doc_pks: list[int], kinds: list[str], stories: bool) -> None:
        """Drop the stored groups of ``kinds`` (and stories) whose documents all lie in ``doc_pks``."""
        c = self.conn
        c.execute("CREATE TEMP TABLE IF NOT EXISTS scope_docs (pk INTEGER PRIMARY KEY)")
        c.execute("DELETE FROM scope_docs")
        c.executemany("INSERT OR IGNORE INTO scope_docs(pk) VALUES (?)", [(p,) for p in doc_pks])
        if kinds:
            q = ",".join("?" * len(kinds))
            c.execute(f"DELETE FROM links WHERE kind IN ({q}) AND pk IN (SELECT link_pk FROM link_members "
                      "WHERE doc_pk IN (SELECT pk FROM scope_docs)) AND NOT EXISTS (SELECT 1 FROM link_members m "
                      "WHERE m.link_pk = links.pk AND (m.doc_pk IS NULL OR m.doc_pk NOT IN (SELECT pk FROM scope_docs)))",
                      kinds)
        if stories:
            c.execute("DELETE FROM stories WHERE id IN (SELECT story_id FROM story_members WHERE doc_pk IN "
                      "(SELECT pk FROM scope_docs)) AND NOT EXISTS (SELECT 1 FROM story_members m WHERE "
                      "m.story_id = stories.id AND m.doc_pk NOT IN (SELECT pk FROM scope_docs))")
        c.execute("DELETE FROM scope_docs")

    def _merge_group(self, kind: str, members: list[str], payload: Any, pks: dict[str, int]) -> None:
        """Insert a group of ``kind``, merged with the stored groups of that kind sharing a member."""
        c = self.conn
        if not members:
            return
        q = ",".join("?" * len(members))
        old = [r[0] for r in c.execute(f"SELECT DISTINCT m.link_pk FROM link_members m JOIN links l ON l.pk = m.link_pk"
                                       f" WHERE l.kind = ? AND m.member IN ({q}) ORDER BY m.link_pk", [kind, *members])]
        if not old:
            self._insert_link(kind, members, payload, pks)
            return
        merged: list[str] = []
        origin = None
        for lpk in old:
            merged += [r[0] for r in c.execute("SELECT member FROM link_members WHERE link_pk = ? ORDER BY rowid", (lpk,))]
            if origin is None:
                prev = json.loads(c.execute("SELECT payload FROM links WHERE pk = ?", (lpk,)).fetchone()[0])
                origin = prev.get("origin") if isinstance(prev, dict) else None
        merged = list(dict.fromkeys(merged + members))
        c.executemany("DELETE FROM links WHERE pk = ?", [(lpk,) for lpk in old])
        if isinstance(payload, dict):
            new: Any = {**payload, "members": merged}
            if origin:
                new["origin"] = origin
        else:
            new = merged
        self._insert_link(kind, merged, new, pks)

    def _merge_story(self, story: Any, pks: dict[str, int]) -> None:
        c = self.conn
        members = [str(m) for m in (story.get("documents") or story.get("members") or [])] \
            if isinstance(story, dict) else [str(m) for m in story]
        members = [m for m in dict.fromkeys(members) if m in pks]
        if not members:
            return
        q = ",".join("?" * len(members))
        old = [r[0] for r in c.execute(f"SELECT DISTINCT story_id FROM story_members WHERE doc_pk IN ({q})",
                                       [pks[m] for m in members])]
        label = story.get("label") if isinstance(story, dict) else None
        if old:
            sid = old[0]
            for other in old[1:]:
                c.execute("UPDATE OR IGNORE story_members SET story_id = ? WHERE story_id = ?", (sid, other))
                c.execute("DELETE FROM stories WHERE id = ?", (other,))
        else:
            sid = story.get("id") if isinstance(story, dict) and story.get("id") else \
                "s" + hashlib.sha256("\n".join(sorted(members)).encode()).hexdigest()[:12]
            if not label:
                row = c.execute("SELECT title FROM documents WHERE id = ?", (members[0],)).fetchone()
                label = row[0] if row else None
            c.execute("INSERT OR REPLACE INTO stories(id, label, size) VALUES (?, ?, 0)", (sid, label))
        c.executemany("INSERT OR IGNORE INTO story_members(story_id, doc_pk) VALUES (?, ?)",
                      [(sid, pks[m]) for m in members])
        c.execute("UPDATE stories SET (size, first_date, last_date) = (SELECT count(*), min(d.published), "
                  "max(d.published) FROM story_members m JOIN documents d ON d.pk = m.doc_pk WHERE m.story_id = ?) "
                  "WHERE id = ?", (sid, sid))

    def _refresh_sources(self) -> None:
        """Rebuild the "reported by" rows of events from the same_event groups."""
        c = self.conn
        c.execute("DELETE FROM event_sources WHERE relation = 'same_event'")
        c.execute("INSERT OR IGNORE INTO event_sources(event_pk, doc_pk, relation) "
                  "SELECT a.event_pk, b.doc_pk, 'same_event' FROM link_members a "
                  "JOIN link_members b ON b.link_pk = a.link_pk JOIN links l ON l.pk = a.link_pk "
                  "WHERE l.kind = 'same_event' AND a.event_pk IS NOT NULL AND b.doc_pk IS NOT NULL")

    def _insert_link(self, kind: str, members: list[str], payload: Any, pks: dict[str, int]) -> int:
        c = self.conn
        lpk = int(c.execute("INSERT INTO links(kind, payload) VALUES (?, ?)",
                            (kind, json.dumps(payload, ensure_ascii=False))).lastrowid)
        for m in members:
            c.execute("INSERT INTO link_members(link_pk, member, doc_pk, event_pk) VALUES (?,?,?,?)",
                      (lpk, m, pks.get(m.split("#", 1)[0]), self._event_pk(m)))
        return lpk

    def _event_pk(self, uid: str) -> int | None:
        row = self.conn.execute("SELECT pk FROM events WHERE uid = ?", (uid,)).fetchone()
        return int(row[0]) if row else None

    def _doc_pks(self) -> dict[str, int]:
        return {r[0]: int(r[1]) for r in self.conn.execute("SELECT id, pk FROM documents")}

    def relink(self, doc_ids: Iterable[str], *, window_days: int = 3, max_docs: int = 1500,
               story_max: int | None = None, vectors: "LeadVectors | None" = None) -> dict[str, Any] | None:
        """Link the documents ``doc_ids`` with the stored documents published near them, and store the links.

        New documents are taken in publication order, in batches of at most ``max_docs // 2``; each batch is
        linked (same event, near-duplicates, contradictions) together with the stored documents published
        closest to it (within ``window_days``), up to ``max_docs`` documents; see :meth:`set_links`.

        Stories come from the store's incremental story index (:meth:`link_stories`): each new document is
        embedded once and joins a stored story or starts one; old documents are not read again. With
        ``story_max`` (or MARSAD_STORY_LINK_MAX) set and more new documents than that, no document is
        embedded and the stories are those the event and near-duplicate links alone imply (see
        :func:`linked_groups`); ``story_max=0`` always does so. ``vectors`` holds story vectors already made
        for some of the documents (see :class:`LeadVectors`). Returns the links of the last batch, or None
        when there was nothing to link.
        """
        from ..corpus.links import DocLinks, Linker, doc_links

        ids = list(dict.fromkeys(doc_ids))
        if not ids:
            return None
        if story_max is None:
            env = os.environ.get("MARSAD_STORY_LINK_MAX")
            story_max = int(env) if env else None
        with_stories = story_max is None or len(ids) <= story_max
        dated = self._published_of(ids)
        ids.sort(key=lambda i: (dated.get(i) or "9999", i))
        step = max(1, max_docs // 2)
        links: dict[str, Any] | None = None
        known: dict[str, DocLinks] = {}     # what the last neighbourhood needed: most of the next one
        for i in range(0, len(ids), step):
            batch = ids[i:i + step]
            scope = self._neighbourhood(batch, dated, window_days, max_docs)
            fresh = {d.id: doc_links(d) for d in self.load_documents([j for j in scope if j not in known])}
            known = {j: known.get(j) or fresh[j] for j in scope if j in known or j in fresh}
            linker = Linker(stories=False)
            for x in known.values():
                linker.add_links(x)
            links = linker.links()
            if with_stories:
                links.pop("stories", None)         # the story index writes them, below
            else:
                links["stories"] = linked_groups(links)
            self.set_links(links, scope=list(known))
        if with_stories:
            assigned = self.link_stories(ids, vectors=vectors)
            if links is not None:
                links["stories"] = _groups(assigned)
        return links

    # -- stories: the incremental index ------------------------------------------------------------
    def link_stories(self, doc_ids: Iterable[str], *, vectors: "LeadVectors | None" = None) -> dict[str, str]:
        """Put stored documents ``doc_ids`` into stories with the store's story index; returns doc id -> story id.

        The index state (open stories: centroid, first report's vector and lead, core names, days) lives in
        the ``story_index`` table, one row per story, so a later ingest loads only the stories whose first
        report lies within the window of its documents' dates. Documents already in a story are left alone.
        A store whose index was built with another embedder (or has none yet) first rebuilds it from the
        stored documents of those days, keeping their stories: a new document joining one of them joins the
        stored story its first report belongs to. Documents whose lead has a vector in ``vectors`` (made by
        the same embedder from the same lead) are not embedded again.
        """
        from ..corpus.similarity import embed_profiles, profile_of, story_embedder_name
        from ..corpus.stories import WINDOW_DAYS, StoryIndex, StoryState

        ids = list(dict.fromkeys(doc_ids))
        if not ids:
            return {}
        c = self.conn
        placed = self._in_stories(ids)
        dated = self._published_of(ids)
        todo = sorted((i for i in ids if i not in placed), key=lambda i: (dated.get(i) or "9999", i))
        if not todo:
            return {}
        embedder = story_embedder_name()
        days = [d for d in (_ordinal(dated.get(i)) for i in todo) if d is not None]
        lo, hi = (min(days), max(days)) if days else (None, None)
        index = StoryIndex()
        saved: dict[str, StoryState] = {}
        index.on_close = lambda st: saved.__setitem__(st.id, _copy_state(st))
        row = c.execute("SELECT value FROM story_index_meta WHERE key = 'embedder'").fetchone()
        if row is not None and row[0] == embedder:
            index.open = self._load_story_states(lo, hi, WINDOW_DAYS)
            # an undated report is taken as of the latest day seen
            index.latest = max((st.last_day for st in index.open), default=None)
        else:   # no index yet, or vectors of another model: rebuild it from the stored documents of these days
            c.execute("DELETE FROM story_index")
            old_ids = self._stored_near(lo, hi, WINDOW_DAYS, set(ids))[-BOOTSTRAP_MAX:]
            for i in range(0, len(old_ids), STORY_CHUNK):
                old = [profile_of(d) for d in self.load_documents(old_ids[i:i + STORY_CHUNK])]
                embed_profiles(old)
                index.add_many(old)
            for st in index.open:
                saved[st.id] = _copy_state(st)
        assigned: dict[str, str] = {}
        for i in range(0, len(todo), STORY_CHUNK):    # a chunk of documents in memory at a time, stored as it goes
            profiles = [profile_of(d) for d in self.load_documents(todo[i:i + STORY_CHUNK])]
            if vectors is not None:
                vectors.fill(profiles, embedder)
            embed_profiles(profiles)
            chunk = {p.id: index.add(p) for p in profiles}
            touched = set(chunk.values())
            for st in index.open:
                if st.id in touched:
                    saved[st.id] = st
            self._write_stories(profiles, chunk, {st.id: st for st in index.stories()}, saved, embedder)
            saved.clear()
            assigned.update(chunk)
        return assigned

    def _in_stories(self, ids: list[str]) -> set[str]:
        out: set[str] = set()
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            out.update(r[0] for r in self.conn.execute(
                f"SELECT d.id FROM documents d JOIN story_members m ON m.doc_pk = d.pk WHERE d.id IN "
                f"({','.join('?' * len(chunk))})", chunk))
        return out

    def _load_story_states(self, lo: int | None, hi: int | None, window: int) -> list[Any]:
        """Stored open stories whose first report lies within ``window`` days of ``lo``..``hi``."""
        from ..corpus.stories import StoryState

        if lo is None:
            rows = self.conn.execute("SELECT state FROM story_index WHERE first_day >= (SELECT max(first_day) "
                                     "FROM story_index) - ? ORDER BY first_day, story_id", (window,))
        else:
            rows = self.conn.execute("SELECT state FROM story_index WHERE first_day BETWEEN ? AND ? "
                                     "ORDER BY first_day, story_id", (lo - window, hi + window))
        return [StoryState.from_dict(json.loads(r[0])) for r in rows]

    def _stored_near(self, lo: int | None, hi: int | None, window: int, exclude: set[str]) -> list[str]:
        """Ids of stored documents in stories, published within ``window`` days before ``lo`` up to ``hi``."""
        if lo is None:
            return []
        a = dt.date.fromordinal(lo - window).isoformat()
        b = dt.date.fromordinal(hi).isoformat()
        return [r[0] for r in self.conn.execute(
            "SELECT d.id FROM documents d WHERE d.published BETWEEN ? AND ? AND EXISTS "
            "(SELECT 1 FROM story_members m WHERE m.doc_pk = d.pk) ORDER BY d.published, d.pk", (a, b + "~"))
            if r[0] not in exclude]

    def _write_stories(self, profiles: list[Any], assigned: dict[str, str], states: dict[str, Any],
                       saved: dict[str, Any], embedder: str) -> None:
        """Store the new members of each story and the changed index rows, in one transaction."""
        c = self.conn
        ids = [p.id for p in profiles]
        titles = {p.id: p.title for p in profiles}
        c.execute("BEGIN IMMEDIATE")
        try:
            pks: dict[str, int] = {}
            for i in range(0, len(ids), 500):
                chunk = ids[i:i + 500]
                pks.update({r[0]: int(r[1]) for r in c.execute(
                    f"SELECT id, pk FROM documents WHERE id IN ({','.join('?' * len(chunk))})", chunk)})
            targets: dict[str, str] = {}          # index story id -> stored story id
            changed: set[str] = set()
            for doc_id in ids:
                sid = assigned[doc_id]
                if sid not in targets:
                    first = states[sid].member_ids[0]
                    row = None if first == doc_id else c.execute(
                        "SELECT m.story_id FROM story_members m JOIN documents d ON d.pk = m.doc_pk WHERE d.id = ?",
                        (first,)).fetchone()
                    targets[sid] = row[0] if row else sid
                    if not row:
                        c.execute("INSERT OR IGNORE INTO stories(id, label, size) VALUES (?, ?, 0)",
                                  (sid, titles.get(first) or None))
                target = targets[sid]
                if doc_id in pks:
                    c.execute("INSERT OR IGNORE INTO story_members(story_id, doc_pk) VALUES (?, ?)", (target, pks[doc_id]))
                    changed.add(target)
            for sid in sorted(changed):
                c.execute("UPDATE stories SET (size, first_date, last_date) = (SELECT count(*), min(d.published), "
                          "max(d.published) FROM story_members m JOIN documents d ON d.pk = m.doc_pk "
                          "WHERE m.story_id = ?) WHERE id = ?", (sid, sid))
            for st in saved.values():
                if st.total is None:
                    continue
                c.execute("INSERT INTO story_index(story_id, first_day, last_day, state) VALUES (?, ?, ?, ?) "
                          "ON CONFLICT (story_id) DO UPDATE SET first_day = excluded.first_day, "
                          "last_day = excluded.last_day, state = excluded.state",
                          (st.id, _ordinal_of_day(st.first_day), _ordinal_of_day(st.last_day),
                           json.dumps(st.to_dict(compact=True), ensure_ascii=False)))
            c.execute("INSERT INTO story_index_meta(key, value) VALUES ('embedder', ?) "
                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (embedder,))
            c.execute("COMMIT")
        except BaseException:
            if c.in_transaction:
                c.execute("ROLLBACK")
            raise

    def _published_of(self, ids: list[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            out.update({r[0]: r[1] for r in self.conn.execute(
                f"SELECT id, published FROM documents WHERE id IN ({','.join('?' * len(chunk))})"
                " AND published IS NOT NULL", chunk)})
        return out

    def _neighbourhood(self, batch: list[str], dated: dict[str, str], window_days: int, max_docs: int) -> list[str]:
        """``batch`` then the stored documents published closest to its dates (within ``window_days``)."""
        days = set()
        for i in batch:
            try:
                days.add(dt.date.fromisoformat((dated.get(i) or "")[:10]))
            except ValueError:
                continue
        out: dict[str, None] = dict.fromkeys(batch)
        if not days:
            return list(out)
        lo = (min(days) - dt.timedelta(days=window_days)).isoformat()
        hi = (max(days) + dt.timedelta(days=window_days)).isoformat()
        near: list[tuple[int, int, str]] = []
        for doc_id, pub, pk in self.conn.execute(
                "SELECT id, published, pk FROM documents WHERE published BETWEEN ? AND ?", (lo, hi + "~")):
            if doc_id in out:
                continue
            try:
                day = dt.date.fromisoformat(pub[:10])
            except ValueError:
                continue
            gap = min(abs((day - d).days) for d in days)
            if gap <= window_days:
                near.append((gap, -pk, doc_id))
        for _, _, doc_id in sorted(near)[: max(0, max_docs - len(out))]:
            out[doc_id] = None
        return list(out)


class LeadVectors:
    """Story vectors of documents' leads, made while they are being stored (the linking that follows then
    embeds nothing it has here).

    Leads are embedded :data:`LEAD_BATCH` at a time, the embedder's own batch. A vector is used for a
    document only when its lead and the embedder are the same at linking time.
    """

    def __init__(self, embedder: str | None = None) -> None:
        from ..corpus.similarity import story_embedder_name

        self.embedder = embedder or story_embedder_name()
        self.vecs: dict[str, tuple[str, Any]] = {}
        self._todo: list[tuple[str, str]] = []

    def add(self, doc_id: str, doc: Any) -> None:
        """Take the lead of ``doc`` (stored as ``doc_id``)."""
        from ..corpus.similarity import embed_chars, profile_of

        self._todo.append((doc_id, profile_of(doc).lead[:embed_chars(self.embedder)]))
        if len(self._todo) >= LEAD_BATCH:
            self.flush()

    def flush(self) -> None:
        if not self._todo:
            return
        from ..embeddings import get_embedder

        vecs = get_embedder(self.embedder).encode([lead for _, lead in self._todo])
        for (doc_id, lead), v in zip(self._todo, vecs):
            self.vecs[doc_id] = (lead, v)
        self._todo.clear()

    def fill(self, profiles: list[Any], embedder: str) -> None:
        """Give the profiles without a vector the one made for their lead, when there is one."""
        from ..corpus.similarity import embed_chars

        if embedder != self.embedder:
            return
        self.flush()
        n = embed_chars(embedder)
        for p in profiles:
            got = self.vecs.get(p.id)
            if p.vec is None and got is not None and got[0] == p.lead[:n]:
                p.vec, p.embedder = got[1], embedder


LEAD_BATCH = 64     # leads embedded at a time by LeadVectors


def linked_groups(links: dict[str, Any]) -> list[list[str]]:
    """Stories implied by links alone: documents joined by a same_event group or a near-duplicate group.

    A cheap, conservative stand-in for story clustering (no embeddings): only groups of two or more.
    """
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    groups: list[list[str]] = [[str(m).split("#", 1)[0] for m in g] for g in links.get("same_event") or ()]
    for dup in links.get("duplicates") or ():
        groups.append([str(m) for m in (dup.get("members") if isinstance(dup, dict) else dup) or ()])
    for g in groups:
        for m in g[1:]:
            parent[find(m)] = find(g[0])
        if g:
            find(g[0])
    out: dict[str, list[str]] = {}
    for x in parent:
        out.setdefault(find(x), []).append(x)
    return [sorted(m) for m in out.values() if len(m) > 1]


def _groups(assigned: dict[str, str]) -> list[list[str]]:
    out: dict[str, list[str]] = {}
    for doc_id, sid in assigned.items():
        out.setdefault(sid, []).append(doc_id)
    return list(out.values())


def _ordinal(date: str | None) -> int | None:
    try:
        return dt.date.fromisoformat(str(date)[:10]).toordinal() if date else None
    except ValueError:
        return None


def _ordinal_of_day(day: int) -> int:
    """A story index day (days since 1970-01-01) as a proleptic ordinal."""
    return day + dt.date(1970, 1, 1).toordinal()


def _copy_state(st: Any) -> Any:
    from dataclasses import replace

    return replace(st, member_ids=list(st.member_ids), entities=st.entities.copy(),
                   total=None if st.total is None else st.total.copy())
