"""Stories: reports about the same happening, across outlets and languages, clustered incrementally.

Documents are taken one at a time (``cluster_stories`` sorts them by publication). A story keeps the running
mean of its members' embeddings (its centroid), a count of the named entities its members mention, and the
days it spans. A new document is compared, with one matrix product, to the centroids of the open stories
whose first report lies within ``WINDOW_DAYS`` of its publication date; it joins the most similar one when

- the similarity to the centroid and to the story's first report (embedding rescaled, plus entity overlap,
  plus for the first report the lexical cosine of the leads, as in :func:`similarity.combine`) both reach the
  index threshold (:func:`similarity.index_threshold`; the centroid of a large story drifts towards the
  average news item, its first report does not), and the embedding part alone reaches ``MIN_EMBEDDING``
  (shared names never carry a join on their own: the same person in two different affairs is two stories),
- their lead events, when both are dated, are at most ``DATE_GAP_DAYS`` apart, and
- the document shares at least one named entity with the story's core (names mentioned by at least half
  its reports), when both have entities.

Otherwise it starts a new story. Stories whose last report is older than the window (relative to the latest
date seen) are closed: their centroid and entity counts are dropped, only their member ids kept, so memory
stays flat over a long stream. The state of the open stories (centroid, count, entities, member ids) can be
saved with :meth:`StoryIndex.state` and restored with :meth:`StoryIndex.from_state`, so new documents join
stories already in a store without reprocessing old ones. Same input order, same stories.
"""
from __future__ import annotations

import base64
import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Sequence

import numpy as np

from .similarity import (DATE_GAP_DAYS, W_EMB, W_ENT, Profile, combine, days_apart, embed_profiles, index_threshold,
                         lexical_cosine, rescale)

WINDOW_DAYS = 3          # a story accepts reports published within this many days of its span
MIN_EMBEDDING = 0.4      # rescaled embedding similarity a join needs whatever the entities say
_EPOCH = dt.date(1970, 1, 1)


@dataclass
class Story:
    members: list[Profile] = field(default_factory=list)
    id: str = ""

    @property
    def ids(self) -> list[str]:
        return [p.id for p in self.members]


@dataclass
class StoryState:
    """What the index keeps about one story (and what a store persists)."""

    id: str
    member_ids: list[str]
    total: np.ndarray | None            # sum of member vectors (None once closed)
    entities: Counter = field(default_factory=Counter)
    first_day: int = 0
    last_day: int = 0
    lead_date: str | None = None
    seed: np.ndarray | None = None       # the first report's vector: every member must be close to it too
    seed_text: str = ""                  # ... and its lead, for the lexical part of that comparison
    _core: set[str] | None = field(default=None, repr=False, compare=False)

    def core(self) -> set[str]:
        """Names most of the story's reports mention (all, for a story of one or two reports)."""
        if self._core is None:
            half = len(self.member_ids)
            self._core = {e for e, n in self.entities.items() if n * 2 >= half}
        return self._core

    def centroid(self) -> np.ndarray:
        assert self.total is not None
        n = float(np.linalg.norm(self.total))
        return self.total / (n or 1.0)

    def to_dict(self, compact: bool = False) -> dict[str, Any]:
        """JSON-able state; ``compact`` writes vectors as base64 float32 (a quarter of the size of lists)."""
        vec = _b64 if compact else (lambda v: [round(float(x), 6) for x in v])
        return {"id": self.id, "member_ids": list(self.member_ids),
                "centroid": None if self.total is None else vec(self.total / len(self.member_ids)),
                "entities": dict(sorted(self.entities.items())), "first_day": _iso(self.first_day),
                "last_day": _iso(self.last_day), "lead_date": self.lead_date,
                "seed": None if self.seed is None else vec(self.seed),
                "seed_text": self.seed_text}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "StoryState":
        ids = [str(x) for x in d["member_ids"]]
        cen = d.get("centroid")
        total = None if cen is None else _vec(cen) * len(ids)
        return cls(str(d["id"]), ids, total, Counter(d.get("entities") or {}), _day(d.get("first_day")) or 0,
                   _day(d.get("last_day")) or 0, d.get("lead_date"),
                   None if d.get("seed") is None else _vec(d["seed"]), str(d.get("seed_text") or ""))


def _b64(v: np.ndarray) -> str:
    return base64.b64encode(np.asarray(v, dtype="<f4").tobytes()).decode("ascii")


def _vec(v: Any) -> np.ndarray:
    """A vector stored as a list of numbers or as base64 float32."""
    if isinstance(v, str):
        return np.frombuffer(base64.b64decode(v), dtype="<f4").astype(np.float32)
    return np.asarray(v, dtype=np.float32)


def _day(date: str | None) -> int | None:
    if not date:
        return None
    try:
        return (dt.date.fromisoformat(str(date)[:10]) - _EPOCH).days
    except ValueError:
        return None


def _iso(day: int) -> str:
    return (_EPOCH + dt.timedelta(days=day)).isoformat()


class StoryIndex:
    """Incremental story clustering: ``add(profile) -> story id``."""

    def __init__(self, threshold: float | None = None, window: int = WINDOW_DAYS) -> None:
        self.threshold = index_threshold() if threshold is None else threshold
        self.window = window
        self.open: list[StoryState] = []
        self.closed: list[StoryState] = []
        self.latest: int | None = None
        self._matrix: np.ndarray | None = None      # rows: normalised centroids of self.open (a view of _buf)
        self._buf: np.ndarray | None = None         # room for more rows, so a new story costs no full copy
        self._first: np.ndarray | None = None       # first day of each story of self.open
        # called with each story about to be closed, while it still has its vectors (a store saves it then)
        self.on_close: Callable[[StoryState], None] | None = None

    # ------------------------------------------------------------------ persistence
    def state(self) -> dict[str, Any]:
        """The open stories (closed ones keep only their members) and the latest date seen, as JSON-able data."""
        return {"latest": None if self.latest is None else _iso(self.latest), "threshold": self.threshold,
                "window": self.window, "open": [s.to_dict() for s in self.open],
                "closed": [{"id": s.id, "member_ids": s.member_ids} for s in self.closed]}

    @classmethod
    def from_state(cls, state: dict[str, Any], threshold: float | None = None) -> "StoryIndex":
        idx = cls(threshold if threshold is not None else state.get("threshold"), int(state.get("window", WINDOW_DAYS)))
        idx.latest = _day(state.get("latest"))
        idx.open = [StoryState.from_dict(d) for d in state.get("open") or () if d.get("centroid") is not None]
        idx.closed = [StoryState(str(d["id"]), [str(x) for x in d["member_ids"]], None) for d in state.get("closed") or ()]
        return idx

    # ------------------------------------------------------------------ clustering
    def stories(self) -> list[StoryState]:
        """All stories: the closed ones (members only), then the open ones."""
        return self.closed + self.open

    def add_many(self, profiles: Iterable[Profile]) -> list[str]:
        """Add profiles in the given order (embedding those without a vector in one batch); their story ids."""
        profiles = list(profiles)
        embed_profiles(profiles)
        return [self.add(p) for p in profiles]

    def add(self, p: Profile) -> str:
        """Put ``p`` into the best open story within the window, or start a new one; return the story id."""
        if p.vec is None:
            embed_profiles([p])
        vec = np.asarray(p.vec, dtype=np.float32)
        day = _day(p.published)
        if day is None:
            day = self.latest if self.latest is not None else 0
        if self.latest is None or day > self.latest:
            self.latest = day
            self._expire()
        best = self._best(p, vec, day)
        if best is None:
            st = StoryState(f"story:{p.id}", [p.id], vec.astype(np.float32).copy(), Counter(p.entities), day, day,
                            p.lead_date, vec.copy(), p.lead)
            self.open.append(st)
            if self._matrix is not None:
                self._append_row(st.centroid())
            self._first = None if self._first is None else np.append(self._first, day)
            return st.id
        st = self.open[best]
        st.member_ids.append(p.id)
        assert st.total is not None
        st.total = st.total + vec
        st.entities.update(p.entities)
        st._core = None
        st.first_day, st.last_day = min(st.first_day, day), max(st.last_day, day)
        if self._first is not None:
            self._first[best] = st.first_day
        st.lead_date = st.lead_date or p.lead_date
        if self._matrix is not None:
            self._matrix[best] = st.centroid()
        return st.id

    def _append_row(self, row: np.ndarray) -> None:
        """Add a centroid row for the story just opened, doubling the buffer when it is full."""
        assert self._matrix is not None
        n = self._matrix.shape[0]
        if self._buf is None or self._matrix.base is not self._buf or self._buf.shape[0] <= n:
            buf = np.empty((max(64, 2 * (n + 1)), self._matrix.shape[1]), dtype=np.float32)
            buf[:n] = self._matrix
            self._buf = buf
        self._buf[n] = row
        self._matrix = self._buf[:n + 1]

    def _expire(self) -> None:
        assert self.latest is not None
        keep = [s.last_day >= self.latest - self.window for s in self.open]
        if all(keep):
            return
        for s, k in zip(self.open, keep):
            if not k:
                if self.on_close is not None:
                    self.on_close(s)
                s.total, s.entities, s.seed, s.seed_text = None, Counter(), None, ""
                self.closed.append(s)
        self.open = [s for s, k in zip(self.open, keep) if k]
        if self._matrix is not None:
            self._matrix = self._matrix[np.asarray(keep)]
        if self._first is not None:
            self._first = self._first[np.asarray(keep)]

    def _best(self, p: Profile, vec: np.ndarray, day: int) -> int | None:
        if not self.open:
            return None
        if self._matrix is None or self._matrix.shape[0] != len(self.open):
            self._matrix = np.vstack([s.centroid() for s in self.open]).astype(np.float32)
        if self._first is None or self._first.shape[0] != len(self.open):
            self._first = np.fromiter((s.first_day for s in self.open), dtype=np.int64, count=len(self.open))
        first = self._first
        # the window runs from the story's first report: a story cannot creep forward one report at a time
        in_window = (day >= first - self.window) & (day <= first + self.window)
        cos = self._matrix @ vec
        emb = rescale(cos, p.embedder)
        # the best score the names could still give (overlap 1): below the threshold, no need to look closer
        upper = (W_EMB * emb + W_ENT) / (W_EMB + W_ENT) if p.entities else emb
        ok = in_window & (emb >= MIN_EMBEDDING) & (upper >= self.threshold)
        best, best_score = None, -1.0
        for i in np.flatnonzero(ok):   # few candidates pass the cheap filters
            st = self.open[int(i)]
            core = st.core()
            shared = sum(1 for e in p.entities if e in core)
            if p.entities and st.entities and not shared:
                continue
            gap = days_apart(p.lead_date, st.lead_date)
            if gap is not None and gap > DATE_GAP_DAYS:
                continue
            overlap = shared / min(len(p.entities), len(core)) if p.entities and core else None
            score = combine(float(cos[i]), overlap, embedder=p.embedder)
            if score < self.threshold:   # the first-report comparison can only lower it
                continue
            if st.seed is not None:   # no drift: the report must also be close to the story's first report
                lex = lexical_cosine(st.seed_text, p.lead) if st.seed_text and p.lead else None
                score = min(score, combine(float(st.seed @ vec), overlap, lex, p.embedder))
            if score >= self.threshold and score > best_score:
                best, best_score = int(i), score
        return best


def cluster_stories(profiles: Sequence[Profile], threshold: float | None = None) -> list[Story]:
    """Stories among ``profiles``, taken in publication order (then id); each story lists its members in that order."""
    embed_profiles(profiles)
    index = StoryIndex(threshold)
    by_story: dict[str, list[Profile]] = {}
    for p in sorted(profiles, key=lambda p: (p.published or "9999", p.id)):
        by_story.setdefault(index.add(p), []).append(p)
    return [Story(members, sid) for sid, members in by_story.items()]
