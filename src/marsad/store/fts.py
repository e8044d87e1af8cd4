"""Full-text index over a normalised copy of the text, with clitic folding, and snippets in the original.

Each word is indexed as its normalised form (``marsad.lang.ar.normalise.norm``) together with the
forms left when proclitics (و ف ب ل ك ال ...) and enclitic pronouns are stripped, so that a query
for "الدفاع" finds "والدفاع" and "دفاع", and "الأمريكي" finds "الأميركي" (spellings folded by
``norm``). Snippets are cut from the original text: matches are found again on the document's
tokens, whose offsets are original offsets.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..lang.ar.normalise import norm
from ..lang.ar.tokens import ENCLITICS, PROCLITICS, TOKEN_RE, stems

_WORD = re.compile(r"\w", re.UNICODE)
_CONJ = ("و", "ف")


@lru_cache(maxsize=200_000)
def expansions(word: str) -> tuple[str, ...]:
    """Index forms of one normalised word: itself, every proclitic strip, and their enclitic strips."""
    out: dict[str, None] = {word: None}
    for s in stems(word):
        out.setdefault(s, None)
    bases = [word]
    for p in PROCLITICS:
        if word.startswith(p) and len(word) - len(p) >= 2:
            bases.append(word[len(p):])
    for b in bases:
        out.setdefault(b, None)
        for e in ENCLITICS:
            if b.endswith(e) and len(b) - len(e) >= 3:
                stem = b[: -len(e)]
                out.setdefault(stem, None)
                if stem.endswith("ت"):          # وزارتها -> وزاره (taa marbuta is folded to ه by norm)
                    out.setdefault(stem[:-1] + "ه", None)
                break
    return tuple(w for w in out if _WORD.search(w))


def _words(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in TOKEN_RE.finditer(text):
        w = norm(m.group())
        if w and _WORD.search(w):
            out.append((m.start(), m.end(), w))
    return out


def index_text(text: str) -> str:
    """The string stored in the FTS table for ``text``: every word with its expansions."""
    return " ".join(" ".join(expansions(w)) for _, _, w in _words(text))


def query_terms(query: str) -> list[tuple[str, ...]]:
    """The query as a list of alternatives per word (a word matches any of its alternatives)."""
    terms: list[tuple[str, ...]] = []
    for _, _, w in _words(query):
        alts = [w]
        # "والدفاع" also looks for "الدفاع": a leading conjunction is not part of what is sought
        for c in _CONJ:
            rest = w[len(c):]
            if w.startswith(c) and (rest.startswith("ال") or len(rest) >= 4) and rest not in alts:
                alts.append(rest)
        terms.append(tuple(alts))
    return terms


def match_expression(terms: list[tuple[str, ...]]) -> str:
    """An FTS5 MATCH expression: all words, each as an OR of its alternatives."""
    parts = []
    for alts in terms:
        quoted = [f'"{a.replace(chr(34), "")}"' for a in alts]
        parts.append(quoted[0] if len(quoted) == 1 else "(" + " OR ".join(quoted) + ")")
    return " AND ".join(parts)


def tsquery(terms: list[tuple[str, ...]]) -> str:
    """The same query as a PostgreSQL ``tsquery`` text: every word, each an OR of its quoted alternatives."""
    def q(w: str) -> str:
        return "'" + w.replace("\\", "\\\\").replace("'", "''") + "'"

    return " & ".join("(" + " | ".join(q(a) for a in alts) + ")" for alts in terms)


def matching_docs(conn: Any, terms: list[tuple[str, ...]]) -> tuple[str, str]:
    """A subquery giving the ``documents.pk`` of every document matching all ``terms``, and its one parameter,
    in the SQL of ``conn`` (a SQLite connection, or the PostgreSQL store's, whose ``dialect`` says so)."""
    if getattr(conn, "dialect", "sqlite") == "postgresql":
        return "SELECT doc_pk FROM doc_fts WHERE tsv @@ to_tsquery('simple', ?)", tsquery(terms)
    return "SELECT rowid FROM doc_fts WHERE doc_fts MATCH ?", match_expression(terms)


@dataclass
class Snippet:
    text: str                          # original text around the first matches
    start: int                         # original offset where the snippet begins
    matches: list[tuple[int, int]]     # original offsets of matched words (in the whole document)


def snippet(text: str, terms: list[tuple[str, ...]], width: int = 160) -> Snippet:
    """A stretch of the original ``text`` around the densest cluster of query words."""
    wanted = [set(alts) for alts in terms]
    hits: list[tuple[int, int]] = []
    for s, e, w in _words(text):
        ex = set(expansions(w))
        if any(ex & alts for alts in wanted):
            hits.append((s, e))
    if not hits:
        end = min(len(text), width)
        return Snippet(text[:end], 0, [])
    best, best_n = hits[0][0], 0
    for i, (s, _) in enumerate(hits):
        n = sum(1 for (s2, _) in hits[i:] if s2 - s <= width * 0.6)
        if n > best_n:
            best, best_n = s, n
    start = max(0, best - width // 3)
    # do not cut a word in two
    while start > 0 and not text[start - 1].isspace() and best - start < width // 2:
        start -= 1
    end = min(len(text), start + width)
    while end < len(text) and not text[end].isspace() and end - start < width + 20:
        end += 1
    return Snippet(text[start:end], start, hits)


def highlight(snip: Snippet, before: str = "[", after: str = "]") -> str:
    """The snippet text with matched words wrapped in ``before``/``after``, on one line."""
    out, pos = [], snip.start
    end = snip.start + len(snip.text)
    for s, e in snip.matches:
        if s < pos or e > end:
            continue
        out.append(snip.text[pos - snip.start:s - snip.start])
        out.append(before + snip.text[s - snip.start:e - snip.start] + after)
        pos = e
    out.append(snip.text[pos - snip.start:])
    return " ".join("".join(out).split())
