"""Near-duplicate detection at corpus scale: MinHash signatures over normalised word shingles, banded LSH.

Wire copies and republications (a Saudi Press Agency story printed by several papers) fall into one
group; the earliest report (by publication date, then by the order seen) is the group's origin.
Hashing is deterministic (crc32 of each word, a fixed polynomial over word hashes for each shingle, fixed
permutations), so every process and every worker agrees. Signatures are computed for many documents at
once with numpy; the index keeps them in one uint32 matrix and its LSH buckets as integer keys, so 31k
articles fit in a few tens of megabytes.
"""
from __future__ import annotations

import re
import zlib
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterable, Sequence

import numpy as np

from ..lang.ar.normalise import norm

NUM_PERM = 120
BANDS, ROWS = 20, 6            # LSH: candidates above Jaccard ~0.6
SHINGLE = 4                    # words per shingle
MIN_JACCARD = 0.5              # estimated Jaccard to call a pair near-duplicate
MIN_SHINGLES = 12              # shorter texts (empty pages, cartoon captions) are never grouped
BATCH_SHINGLES = 25_000        # shingles hashed per numpy batch (bounds temporary memory to ~25 MB)

_rng = np.random.RandomState(20150721)
_A = _rng.randint(1, 1 << 62, size=NUM_PERM, dtype=np.int64).astype(np.uint64) | np.uint64(1)
_B = _rng.randint(0, 1 << 62, size=NUM_PERM, dtype=np.int64).astype(np.uint64)
_BAND_MIX = _rng.randint(1, (1 << 61) - 1, size=ROWS, dtype=np.int64).astype(np.uint64) | np.uint64(1)
MAX_HASH = np.uint64(0xFFFFFFFF)
EMPTY = np.full(NUM_PERM, 0xFFFFFFFF, dtype=np.uint32)
_POLY = np.uint64(0x9E3779B97F4A7C15)   # odd multiplier combining the word hashes of a shingle

_word_hash: dict[str, int] = {}
_WORD = re.compile(r"[^\W_]+")    # runs of letters and digits of the normalised text


def _words(text: str) -> list[str]:
    return _WORD.findall(norm(text))


def _hash_words(words: list[str]) -> np.ndarray:
    if len(_word_hash) > 400_000:
        _word_hash.clear()
    for w in set(words).difference(_word_hash):
        _word_hash[w] = zlib.crc32(w.encode("utf-8"))
    return np.array([_word_hash[w] for w in words], dtype=np.uint64)


def shingles(text: str, k: int = SHINGLE) -> np.ndarray:
    """Sorted unique 32-bit hashes of the word k-grams of the normalised text (letters and digits only)."""
    wh = _hash_words(_words(text))
    if wh.size == 0:
        return wh
    n = max(1, wh.size - k + 1)
    h = np.zeros(n, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for j in range(min(k, wh.size)):
            h = h * _POLY + wh[j:j + n]
        h ^= h >> np.uint64(29)
    return np.unique(h & MAX_HASH)


def _minhash(sh_list: Sequence[np.ndarray]) -> np.ndarray:
    """MinHash rows (len(sh_list) x NUM_PERM, uint32) for non-empty shingle arrays, in one numpy pass."""
    flat = np.concatenate(sh_list)
    starts = np.cumsum([0] + [s.size for s in sh_list[:-1]])
    with np.errstate(over="ignore"):
        # multiply-shift hashing: high 32 bits of (a * x + b) mod 2^64, minimum per permutation
        vals = np.outer(_A, flat)
        vals += _B[:, None]
        vals >>= np.uint64(32)
    return np.minimum.reduceat(vals, starts, axis=1).T.astype(np.uint32)


def signatures(shingle_sets: Sequence[np.ndarray]) -> np.ndarray:
    """MinHash signatures (n x NUM_PERM, uint32) of many shingle arrays; an empty one gets all-max."""
    out = np.tile(EMPTY, (len(shingle_sets), 1))
    batch: list[int] = []
    size = 0
    for i, sh in enumerate(list(shingle_sets) + [None]):
        if sh is not None and sh.size == 0:
            continue
        if batch and (sh is None or size + sh.size > BATCH_SHINGLES):
            out[batch] = _minhash([shingle_sets[j] for j in batch])
            batch, size = [], 0
        if sh is not None:
            batch.append(i)
            size += sh.size
    return out


def signature(text: str | np.ndarray) -> np.ndarray:
    """MinHash signature (NUM_PERM uint32) of a text (or of its shingles); all-max for an empty text."""
    sh = shingles(text) if isinstance(text, str) else np.asarray(text, dtype=np.uint64)
    return signatures([sh])[0]


def jaccard_estimate(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.mean(a == b))


def _band_keys(sig: np.ndarray) -> list[int]:
    with np.errstate(over="ignore"):
        keys = (sig.astype(np.uint64).reshape(BANDS, ROWS) * _BAND_MIX).sum(axis=1)
    return keys.tolist()


@dataclass
class DuplicateGroup:
    members: list[str] = field(default_factory=list)   # document ids, origin first
    origin: str = ""


class NearDuplicateIndex:
    """Incremental LSH index: add documents one by one (or in batches); group the pairs found at the end."""

    def __init__(self) -> None:
        self.buckets: list[dict[int, int | list[int]]] = [{} for _ in range(BANDS)]
        self.ids: list[str] = []
        self.pos: dict[str, int] = {}
        self._sigs = np.zeros((1024, NUM_PERM), dtype=np.uint32)
        self.order: dict[str, tuple[str, int]] = {}

    def __len__(self) -> int:
        return len(self.ids)

    def sig(self, doc_id: str) -> np.ndarray:
        return self._sigs[self.pos[doc_id]]

    @property
    def sigs(self) -> dict[str, np.ndarray]:
        """Signatures by document id (a view for callers that iterate over them)."""
        return {d: self._sigs[i] for d, i in self.pos.items()}

    def add(self, doc_id: str, text: str, published: str | None = None, sig: np.ndarray | None = None) -> list[str]:
        """Index a document; return the ids of earlier documents it nearly duplicates."""
        if sig is None:
            sh = shingles(text)
            if sh.size < MIN_SHINGLES:
                return []
            sig = signatures([sh])[0]
        return self._add_sig(doc_id, sig, published)

    def add_many(self, docs: Iterable[tuple[str, str, str | None]], batch: int = 256) -> list[tuple[str, str]]:
        """Index ``(id, text, published)`` triples in order; return the duplicate pairs (new, earlier)."""
        pairs: list[tuple[str, str]] = []
        pending: list[tuple[str, np.ndarray, str | None]] = []

        def flush() -> None:
            sigs = signatures([sh for _, sh, _ in pending])
            for (doc_id, _, pub), sig in zip(pending, sigs):
                pairs.extend((doc_id, d) for d in self._add_sig(doc_id, sig, pub))
            pending.clear()

        for doc_id, text, published in docs:
            sh = shingles(text or "")
            if sh.size < MIN_SHINGLES:
                continue
            pending.append((doc_id, sh, published))
            if len(pending) >= batch:
                flush()
        if pending:
            flush()
        return pairs

    def _add_sig(self, doc_id: str, sig: np.ndarray, published: str | None) -> list[str]:
        if doc_id in self.pos:
            return []
        n = len(self.ids)
        cands: set[int] = set()
        keys = _band_keys(sig)
        for band, key in enumerate(keys):
            got = self.buckets[band].get(key)
            if got is None:
                self.buckets[band][key] = n
                continue
            if isinstance(got, int):
                cands.add(got)
                self.buckets[band][key] = [got, n]
            else:
                cands.update(got)
                got.append(n)
        if n == self._sigs.shape[0]:
            self._sigs = np.vstack([self._sigs, np.zeros_like(self._sigs)])
        self._sigs[n] = sig
        self.ids.append(doc_id)
        self.pos[doc_id] = n
        self.order[doc_id] = (published or "9999", n)
        if not cands:
            return []
        idx = np.fromiter(sorted(cands), dtype=np.int64, count=len(cands))
        est = (self._sigs[idx] == sig).mean(axis=1)
        return sorted(self.ids[i] for i in idx[est >= MIN_JACCARD])

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

        def est(a: str, b: str) -> float:
            return jaccard_estimate(self.sig(a), self.sig(b))

        scored = sorted(((-est(a, b), self.order[a], self.order[b], a, b) for a, b in pairs))
        for _, _, _, a, b in scored:
            ra, rb = find(a), find(b)
            if ra != rb and est(ra, rb) >= MIN_JACCARD * 0.8:
                # the root is the earliest member: keep the earlier one as root
                if self.order[ra] < self.order[rb]:
                    ra, rb = rb, ra
                parent[ra] = rb
        members: dict[str, list[str]] = defaultdict(list)
        for x in parent:
            members[find(x)].append(x)
        out = []
        for ms in members.values():
            if len(ms) < 2:
                continue
            ms.sort(key=lambda d: self.order[d])
            out.append(DuplicateGroup(ms, ms[0]))
        out.sort(key=lambda g: (-len(g.members), self.order[g.origin]))
        return out


def find_duplicates(docs: Iterable[tuple[str, str, str | None]]) -> list[DuplicateGroup]:
    """Near-duplicate groups among ``(id, text, published)`` triples (fed in the order they were seen)."""
    index = NearDuplicateIndex()
    return index.groups(index.add_many(docs))
