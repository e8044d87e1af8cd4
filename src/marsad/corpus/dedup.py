"""Near-duplicate detection at corpus scale: MinHash signatures over normalised word shingles, banded LSH.

Wire copies and republications (a Saudi Press Agency story printed by several papers) fall into one
group; the earliest report (by publication date, then by the order seen) is the group's origin.
Hashing is deterministic (crc32 + fixed permutations), so every process and every worker agrees.
"""
from __future__ import annotations

import zlib
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterable

import numpy as np

from ..lang.ar.normalise import norm
from ..lang.ar.tokens import TOKEN_RE

PRIME = np.uint64((1 << 61) - 1)
NUM_PERM = 120
BANDS, ROWS = 20, 6            # LSH: candidates above Jaccard ~0.6
SHINGLE = 4                    # words per shingle
MIN_JACCARD = 0.5              # estimated Jaccard to call a pair near-duplicate
MIN_SHINGLES = 12              # shorter texts (empty pages, cartoon captions) are never grouped

_rng = np.random.RandomState(20150721)
_A = _rng.randint(1, (1 << 61) - 1, size=NUM_PERM, dtype=np.int64).astype(np.uint64)
_B = _rng.randint(0, (1 << 61) - 1, size=NUM_PERM, dtype=np.int64).astype(np.uint64)
MAX_HASH = np.uint64(0xFFFFFFFF)


def shingles(text: str, k: int = SHINGLE) -> np.ndarray:
    """crc32 hashes of the word k-grams of the normalised text (letters and digits only)."""
    words = [m.group() for m in TOKEN_RE.finditer(norm(text)) if m.group()[0].isalnum()]
    if len(words) < k:
        grams = [" ".join(words)] if words else []
    else:
        grams = [" ".join(words[i:i + k]) for i in range(len(words) - k + 1)]
    return np.unique(np.fromiter((zlib.crc32(g.encode("utf-8")) for g in grams), dtype=np.uint64, count=len(grams)))


def signature(text: str | np.ndarray) -> np.ndarray:
    """MinHash signature (NUM_PERM uint64) of a text (or of its shingles); all-max for an empty text."""
    sh = shingles(text) if isinstance(text, str) else text
    if sh.size == 0:
        return np.full(NUM_PERM, np.iinfo(np.uint64).max, dtype=np.uint64)
    # (a * x + b) mod p (wrapping 64-bit, as in datasketch), low 32 bits, minimum per permutation
    with np.errstate(over="ignore"):
        vals = ((np.outer(_A, sh) + _B[:, None]) % PRIME) & MAX_HASH
    return vals.min(axis=1)


def jaccard_estimate(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.mean(a == b))


@dataclass
class DuplicateGroup:
    members: list[str] = field(default_factory=list)   # document ids, origin first
    origin: str = ""


class NearDuplicateIndex:
    """Incremental LSH index: add documents one by one; query candidates; group at the end."""

    def __init__(self) -> None:
        self.buckets: dict[tuple[int, bytes], list[str]] = defaultdict(list)
        self.sigs: dict[str, np.ndarray] = {}
        self.order: dict[str, tuple[str, int]] = {}

    def add(self, doc_id: str, text: str, published: str | None = None, sig: np.ndarray | None = None) -> list[str]:
        """Index a document; return the ids of earlier documents it nearly duplicates."""
        if sig is None:
            sh = shingles(text)
            if sh.size < MIN_SHINGLES:
                return []
            sig = signature(sh)
        cands: set[str] = set()
        keys = []
        for band in range(BANDS):
            key = (band, sig[band * ROWS:(band + 1) * ROWS].tobytes())
            keys.append(key)
            cands.update(self.buckets.get(key, ()))
        dups = [c for c in cands if jaccard_estimate(sig, self.sigs[c]) >= MIN_JACCARD]
        for key in keys:
            self.buckets[key].append(doc_id)
        self.sigs[doc_id] = sig
        self.order[doc_id] = (published or "9999", len(self.order))
        return sorted(dups)

    def groups(self, pairs: Iterable[tuple[str, str]]) -> list[DuplicateGroup]:
        """Groups from duplicate pairs, each with its earliest member as origin.

        A document joins a group only when it is also a near-duplicate of the group's origin, so that a
        chain of slightly different texts (financial-results templates) does not become one group.
        """
        parent: dict[str, str] = {}

        def find(x: str) -> str:
            parent.setdefault(x, x)
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        for a, b in sorted(pairs, key=lambda p: -jaccard_estimate(self.sigs[p[0]], self.sigs[p[1]])):
            ra, rb = find(a), find(b)
            if ra != rb and jaccard_estimate(self.sigs[ra], self.sigs[rb]) >= MIN_JACCARD * 0.8:
                # the root is the earliest member: keep the earlier one as root
                if self.order[ra] < self.order[rb]:
                    ra, rb = rb, ra
                parent[ra] = rb
        members: dict[str, list[str]] = defaultdict(list)
        for x in parent:
            members[find(x)].append(x)
        out = []
        for ms in members.values():
            ms.sort(key=lambda d: self.order.get(d, ("9999", 1 << 60)))
            out.append(DuplicateGroup(ms, ms[0]))
        out.sort(key=lambda g: (-len(g.members), g.origin))
        return out


def find_duplicates(docs: Iterable[tuple[str, str, str | None]]) -> list[DuplicateGroup]:
    """Near-duplicate groups among ``(id, text, published)`` triples (fed in the order they were seen)."""
    index = NearDuplicateIndex()
    pairs: list[tuple[str, str]] = []
    for doc_id, text, published in docs:
        pairs += [(doc_id, d) for d in index.add(doc_id, text, published)]
    return index.groups(pairs)
