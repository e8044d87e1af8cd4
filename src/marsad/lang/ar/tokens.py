"""Arabic tokens on original offsets, and light stemming of clitics for matching.

A token is an Arabic word with its marks, a chain of single letters ("ق.م", "ص.ب"), a Latin word
(with inner apostrophes or dotted abbreviations such as "U.S."), a number with its separators ("3,800", "3.5", "٣٬٨٠٠", "٣٫٥" are
one token each), or a single symbol. ``stems`` gives candidate stems of a normalised word for
dictionary matching, most conservative first; it never replaces the word itself.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import NamedTuple

from .normalise import norm

_AR = r"\u0621-\u063A\u0641-\u064A\u066E-\u066F\u0671-\u06D3\u06D5\u06FA-\u06FF"
_MARKS = r"\u0640\u064B-\u065F\u0670\u06D6-\u06ED\u200C\u200D"
# a word: Arabic letters with their marks, or Latin letters; a number with separators; or one symbol
TOKEN_RE = re.compile(
    rf"[{_AR}](?:\.[{_AR}](?:\.[{_AR}])*(?![{_AR}{_MARKS}])|[{_AR}{_MARKS}]*)"   # a word, or ق.م ص.ب أ.د
    r"|\d+(?:[.,\u066B\u066C]\d+)*|[\u0660-\u0669]+(?:[\u066B\u066C.,][\u0660-\u0669]+)*"
    r"|[\u06F0-\u06F9]+(?:[\u066B\u066C.,][\u06F0-\u06F9]+)*"
    r"|(?:[A-Za-z]\.){2,}|[A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z]+)*|\S",
)

# proclitic chains: conjunction (و ف), then preposition (ب ل ك), then the article (ال); "لل" is ل + ال
PROCLITICS = ("وبال", "وكال", "فبال", "فكال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال",
              "وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك")
ENCLITICS = ("كما", "هما", "كم", "كن", "هم", "هن", "نا", "ها", "ه")   # ي and ك (my, your) are rare in news and end many nouns
_ARTICLE_ENDINGS = ("ال", "لل")
MIN_STEM = 3          # letters left after stripping a proclitic without the article
MIN_STEM_ARTICLE = 2  # ... or with it ("الم" is not a word but "اليد" -> "يد" is)


class Token(NamedTuple):
    """A token: original offsets, surface text and normalised form (an immutable, hashable tuple)."""

    start: int
    end: int
    text: str
    norm: str


@lru_cache(maxsize=30_000)
def _norm_word(w: str) -> str:
    return norm(w)


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Tokens of ``text``; offsets are shifted by ``offset`` (for tokenising a slice of a document)."""
    out: list[Token] = []
    add, new, norm_word = out.append, tuple.__new__, _norm_word
    for m in TOKEN_RE.finditer(text):
        w = m.group()
        s, e = m.span()
        add(new(Token, (s + offset, e + offset, w, norm_word(w))))      # Token(...) without its keyword handling
    return out


# the last text tokenised by stretches, held (so that its identity stays its own) with its stretches' tokens and,
# once the whole text is tokenised, the start and end offsets of its tokens
_LAST: tuple[str | None, dict[tuple[int, int], list[Token]], list] = (None, {}, [])
_SPACE = frozenset(" \t\n\r")


def _from_whole(text: str, whole: list[Token], bounds: list, start: int, end: int) -> list[Token] | None:
    """The tokens of ``text[start:end]`` taken from those of the whole text, when that gives what tokenising the
    slice gives: no token crosses either end and the stretch is followed by a space or the end of the text
    (no token pattern reads past a space, so nothing after the stretch can change how it is read)."""
    if not 0 <= start <= end or (end < len(text) and text[end] not in _SPACE):
        return None
    starts, ends = bounds
    i = bisect_left(starts, start)
    j = bisect_left(starts, end, i)
    if i > 0 and ends[i - 1] > start or j > i and ends[j - 1] > end:
        return None
    return whole[i:j]


def tokens_in(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """``tokenize(text[start:end], offset=start)``, remembered for the last text asked about only, so that the
    components reading one document tokenise it once (a stretch is cut from the whole text's tokens when those
    are known). Returns a new list each time."""
    global _LAST
    end = len(text) if end is None else end
    last = _LAST
    if last[0] is not text:
        last = _LAST = (text, {}, [])
    memo, bounds = last[1], last[2]
    got = memo.get((start, end))
    if got is None:
        whole = memo.get((0, len(text)))
        if whole is not None and bounds:
            got = _from_whole(text, whole, bounds, start, end)
        if got is None:
            got = tokenize(text[start:end], offset=start)
            if (start, end) == (0, len(text)) and not bounds:
                bounds[:] = [[t.start for t in got], [t.end for t in got]]
        memo[(start, end)] = got
    return list(got)


def _proclitic_strips(word: str) -> list[str]:
    """Remainders of ``word`` after each plausible proclitic chain, shortest chain first."""
    out = []
    for p in sorted(PROCLITICS, key=len):
        if not word.startswith(p):
            continue
        rest = word[len(p):]
        has_article = p.endswith(_ARTICLE_ENDINGS)
        if len(rest) < (MIN_STEM_ARTICLE if has_article else MIN_STEM):
            continue
        out.append(rest)
    return out


def _enclitic_strips(base: str) -> list[str]:
    for e in ENCLITICS:
        if base.endswith(e) and len(base) - len(e) >= 3:
            stem = base[: -len(e)]
            # "حكومته" -> "حكومت" is the construct form of "حكومه" (taa marbuta folded to ه)
            return [stem[:-1] + "ه", stem] if stem.endswith("ت") else [stem]
    return []


@lru_cache(maxsize=30_000)
def stems(word: str) -> tuple[str, ...]:
    """Candidate stems of a normalised word, most conservative first.

    The word itself always comes first; then what is left when proclitic chains (و ف ب ل ك ال,
    "لل" = ل + ال) are stripped, the longest strip last, and then the same with an enclitic
    pronoun (ه ها هم هما كم نا ي ...) removed. A strip must leave at least 3 letters (2 after the
    article), so "بوتين" keeps itself as its first candidate and "وتين" only as a later one;
    callers match candidates in order and stop at the first known one.
    """
    if not word:
        return ()
    bases = [word, *_proclitic_strips(word)]
    seen: dict[str, None] = {}
    for b in bases:
        seen.setdefault(b, None)
    for b in bases:
        for s in _enclitic_strips(b):
            seen.setdefault(s, None)
    return tuple(seen)
