"""``marsad.lang.ar.normalise.norm`` as a PostgreSQL expression, for columns that have no stored normalised copy.

``norm`` works one character at a time (presentation forms expanded by NFKC, marks deleted, letters
folded) and then folds a few spelling variants, so it is rebuilt from the normaliser itself: one
``translate()`` for every character that becomes one character or none, a ``replace()`` for each of
the rarer characters that become several (run only on values holding one), then the variants.
"""
from __future__ import annotations

from functools import lru_cache

from ..lang.ar.normalise import VARIANTS, norm


def _literal(s: str) -> str:
    return "'" + s.replace("'", "''") + "'"


@lru_cache(maxsize=1)
def folds() -> tuple[str, str, str, tuple[tuple[str, str], ...]]:
    """(from, to, deleted, multi): the single-character folds, the deleted characters, the expansions."""
    src, dst, deleted, multi = [], [], [], []
    for cp in range(0x10000):
        if 0xD800 <= cp < 0xE000:
            continue
        c = chr(cp)
        n = norm(c)
        if n == c:
            continue
        if len(n) == 1:
            src.append(c)
            dst.append(n)
        elif not n:
            deleted.append(c)
        else:
            multi.append((c, n))
    return "".join(src), "".join(dst), "".join(deleted), tuple(multi)


@lru_cache(maxsize=64)
def sql_norm(expr: str) -> str:
    """A PostgreSQL expression giving ``norm(expr)`` (NULL for NULL)."""
    src, dst, deleted, multi = folds()
    out = f"translate({expr}, {_literal(src + deleted)}, {_literal(dst)})"
    if multi:
        chain = out
        for c, n in multi:
            chain = f"replace({chain}, {_literal(c)}, {_literal(n)})"
        out = f"(CASE WHEN {expr} ~ {_literal('[' + ''.join(c for c, _ in multi) + ']')} THEN {chain} ELSE {out} END)"
    for pat, repl in VARIANTS:
        out = f"replace({out}, {_literal(pat.pattern)}, {_literal(repl)})"
    return out
