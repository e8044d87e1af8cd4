"""Arabic normalisation for matching and indexing, with a map back to original offsets.

What users see is always the original text; the normalised copy is only for matching. Every
normalised character remembers which original character it came from, so a match at
``[i, j)`` in the normalised text maps back with :meth:`Normalised.span`.

Folded: diacritics, dagger alef and tatweel (removed); alef/hamza variants to ا; hamza on waw/ya
to و/ي; alef maqsura and Persian ya to ي; Persian kaf/heh; taa marbuta to ه (optional);
Arabic-Indic and Persian digits to ASCII; Arabic punctuation (، ؛ ؟ ٪ ٬ ٫) and curly quotes to
ASCII; zero-width and bidi controls (removed); odd spaces to a space; Latin lower-cased;
presentation forms and full-width characters by NFKC. Spelling variants of the same length
("أميركي"/"أمريكي") are folded in the normalised text, keeping offsets one-to-one.
"""
from __future__ import annotations

import re
import unicodedata
from array import array
from dataclasses import dataclass
from typing import Sequence

HARAKAT = set(chr(c) for c in range(0x064B, 0x0660)) | {"\u0670", "\u0640", "\u06E1", "\u06ED", "\u06D6", "\u06D7",
                                                        "\u06D8", "\u06D9", "\u06DA", "\u06DB", "\u06DC", "\u06DF",
                                                        "\u06E0", "\u06E2", "\u06E3", "\u06E4", "\u06E7", "\u06E8",
                                                        "\u06EA", "\u06EB", "\u06EC"}
INVISIBLE = {"\u200B", "\u200C", "\u200D", "\u200E", "\u200F", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E",
             "\u2066", "\u2067", "\u2068", "\u2069", "\uFEFF", "\u061C", "\u00AD", "\u2060", "\u180E"}
FOLD = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا", "ٵ": "ا",
    "ى": "ي", "ی": "ي", "ې": "ي", "ۍ": "ي", "ێ": "ي",
    "ؤ": "و", "ئ": "ي", "ٶ": "و", "ٸ": "ي",
    "ک": "ك", "ڪ": "ك", "گ": "ك",
    "ۀ": "ه", "ە": "ه", "ھ": "ه", "ہ": "ه", "ۃ": "ة",
    "،": ",", "؛": ";", "؟": "?", "٪": "%", "٬": ",", "٫": ".", "۔": ".", "«": '"', "»": '"', "“": '"', "”": '"',
    "„": '"', "‘": "'", "’": "'", "‚": "'", "–": "-", "—": "-", "‐": "-", "‑": "-", "−": "-",
    "\u00A0": " ", "\u2009": " ", "\u202F": " ", "\u2002": " ", "\u2003": " ", "\u2007": " ", "\u3000": " ", "\t": " ",
}
for _i in range(10):
    FOLD[chr(0x0660 + _i)] = str(_i)   # Arabic-Indic digits
    FOLD[chr(0x06F0 + _i)] = str(_i)   # Persian digits
TAA_MARBUTA = {"ة": "ه"}
# spelling variants folded to one form (same length on both sides, so offsets stay one-to-one)
VARIANTS = [(re.compile("اميرك"), "امريك")]

_REMOVED = HARAKAT | INVISIBLE
_EXPANDING = re.compile("[\uFB50-\uFDFF\uFE70-\uFEFE\uFF00-\uFFEF\uFE10-\uFE6F]")   # presentation / full-width forms


def _table(taa_marbuta: bool, lower: bool) -> dict[int, str | None]:
    tab: dict[int, str | None] = {ord(c): None for c in _REMOVED}
    for k, v in FOLD.items():
        tab[ord(k)] = v or None
    if taa_marbuta:
        for k, v in TAA_MARBUTA.items():
            tab[ord(k)] = v
    if lower:
        for c in range(ord("A"), ord("Z") + 1):
            tab[c] = chr(c + 32)
    return tab


_TABLES = {(t, lw): _table(t, lw) for t in (True, False) for lw in (True, False)}


@dataclass(frozen=True)
class Normalised:
    """A normalised copy of ``original`` with ``offsets[i]`` = original index of character ``i``."""

    original: str
    text: str
    offsets: Sequence[int]   # len(text) + 1 entries, non-decreasing; the last is len(original)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` of the normalised stretch ``[start, end)``.

        Diacritics and tatweel that follow the last character belong to it and are included.
        """
        if end <= start:
            o = self.offsets[start]
            return o, o
        e = self.offsets[end - 1] + 1
        orig, n = self.original, len(self.original)
        while e < n and orig[e] in HARAKAT:
            e += 1
        return self.offsets[start], e

    def find_all(self, pattern: "re.Pattern[str]") -> list[tuple[int, int, "re.Match[str]"]]:
        """Original spans of every match of ``pattern`` in the normalised text."""
        return [(*self.span(m.start(), m.end()), m) for m in pattern.finditer(self.text)]

    def to_norm(self, offset: int) -> int:
        """First normalised index whose original offset is >= ``offset`` (inverse of the map)."""
        lo, hi = 0, len(self.offsets) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if self.offsets[mid] < offset:
                lo = mid + 1
            else:
                hi = mid
        return lo


def _slow(text: str, tab: dict[int, str | None]) -> tuple[str, array]:
    out: list[str] = []
    offs = array("l")
    for i, ch in enumerate(text):
        if ch in _REMOVED:
            continue
        if _EXPANDING.match(ch):
            rep = unicodedata.normalize("NFKC", ch).translate(tab)
        else:
            rep = ch.translate(tab)
        for c in rep:
            out.append(c)
            offs.append(i)
    return "".join(out), offs


def normalise(text: str, *, taa_marbuta: bool = True, lower: bool = True) -> Normalised:
    """Fold diacritics, tatweel, hamza/alef variants, alef maqsura, digits, punctuation, invisible marks.

    ``taa_marbuta`` folds ة to ه (for matching); ``lower`` lower-cases Latin letters. Linear time;
    every fold is one character to at most one, except presentation forms (NFKC, e.g. ﻻ -> لا).
    """
    tab = _TABLES[(taa_marbuta, lower)]
    if _EXPANDING.search(text):
        s, offs = _slow(text, tab)
    else:
        s = text.translate(tab)
        if len(s) == len(text):
            offs = None
        else:
            offs = array("l", (i for i, ch in enumerate(text) if ch not in _REMOVED))
    for pat, repl in VARIANTS:
        s = pat.sub(repl, s)
    if offs is None:
        return Normalised(text, s, range(len(text) + 1))
    offs.append(len(text))
    return Normalised(text, s, offs)


def norm(text: str, *, taa_marbuta: bool = True) -> str:
    """The normalised string alone (for keys, lookups and indexing)."""
    tab = _TABLES[(taa_marbuta, True)]
    if _EXPANDING.search(text):
        s = _slow(text, tab)[0]
    else:
        s = text.translate(tab)
    for pat, repl in VARIANTS:
        s = pat.sub(repl, s)
    return s
