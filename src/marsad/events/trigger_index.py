"""An index from token forms to the patterns (trigger rules, aux and mode cues) whose first word they can be, so
that finding them costs a few dictionary look-ups per token instead of trying every pattern at every token."""
from __future__ import annotations

from collections import defaultdict
from functools import lru_cache
from typing import Any, Sequence

MEMO_SIZE = 50_000      # token forms remembered per index (cleared when full: a long ingest meets ~10^6 forms)


class FirstWordIndex:
    """pattern number -> first spec, indexed by exact forms and by prefixes."""

    def __init__(self, firsts: Sequence[Any]) -> None:
        """``firsts``: the first spec of each pattern, in pattern order."""
        self.exact: dict[str, list[int]] = defaultdict(list)
        self.prefix: dict[str, list[int]] = defaultdict(list)
        self.max_prefix = 0
        self.memo: dict[str, tuple[int, ...]] = {}
        for n, first in enumerate(firsts):
            for form in first.exact:
                self.exact[form].append(n)
            for p in first.prefixes:
                self.prefix[p].append(n)
                self.max_prefix = max(self.max_prefix, len(p))

    def rules_for(self, forms: tuple[str, ...]) -> set[int]:
        """Pattern numbers whose first spec accepts one of ``forms`` (the token's candidate forms)."""
        out: set[int] = set()
        for c in forms:
            hit = self.exact.get(c)
            if hit:
                out.update(hit)
            for k in range(0, min(len(c), self.max_prefix) + 1):
                hit = self.prefix.get(c[:k])
                if hit:
                    out.update(hit)
        return out

    def at(self, tok_norm: str) -> tuple[int, ...]:
        """Numbers of the patterns whose first word can be the token ``tok_norm``, in pattern order."""
        hit = self.memo.get(tok_norm)
        if hit is None:
            from .triggers import candidates

            if len(self.memo) >= MEMO_SIZE:
                self.memo.clear()
            hit = self.memo[tok_norm] = tuple(sorted(self.rules_for(candidates(tok_norm))))
        return hit

    def positions(self, toks: Sequence[Any], lo: int, hi: int) -> dict[int, list[int]]:
        """Pattern number -> token positions in ``toks[lo:hi]`` where its first word matches."""
        out: dict[int, list[int]] = {}
        at = self.at
        for i in range(max(lo, 0), hi):
            for k in at(toks[i].norm):
                out.setdefault(k, []).append(i)
        return out


@lru_cache(maxsize=1)
def first_word_index() -> FirstWordIndex:
    from .triggers import rules

    return FirstWordIndex([r.specs[0] for r in rules()])
