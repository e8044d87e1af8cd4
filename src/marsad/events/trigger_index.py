"""An index from token forms to the trigger rules whose first word they can be, so that finding triggers
costs a few dictionary look-ups per token instead of trying every rule at every token."""
from __future__ import annotations

from collections import defaultdict
from functools import lru_cache


class FirstWordIndex:
    """rule number -> first spec, indexed by exact forms and by prefixes."""

    def __init__(self, rules) -> None:
        self.exact: dict[str, list[int]] = defaultdict(list)
        self.prefix: dict[str, list[int]] = defaultdict(list)
        self.max_prefix = 0
        for n, rule in enumerate(rules):
            first = rule.specs[0]
            for form in first.exact:
                self.exact[form].append(n)
            for p in first.prefixes:
                self.prefix[p].append(n)
                self.max_prefix = max(self.max_prefix, len(p))

    def rules_for(self, forms: tuple[str, ...]) -> set[int]:
        """Rule numbers whose first spec accepts one of ``forms`` (the token's candidate forms)."""
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


@lru_cache(maxsize=1)
def first_word_index() -> FirstWordIndex:
    from .triggers import rules

    return FirstWordIndex(rules())
