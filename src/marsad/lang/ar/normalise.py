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


def _pairs(taa_marbuta: bool, lower: bool) -> tuple[tuple[str, str], ...]:
    fold = dict(FOLD)
    if taa_marbuta:
        fold.update(TAA_MARBUTA)
    if lower:
        fold.update({chr(c): chr(c + 32) for c in range(ord("A"), ord("Z") + 1)})
    return tuple((k, v) for k, v in fold.items() if k not in _REMOVED)


_PAIRS = {(t, lw): _pairs(t, lw) for t in (True, False) for lw in (True, False)}
_DELETE = re.compile("[" + "".join(sorted(_REMOVED)) + "]")


_TABLES = {key: str.maketrans(dict(pairs)) for key, pairs in _PAIRS.items()}
_FOLDABLE = {key: re.compile("[" + re.escape("".join(k for k, _ in pairs)) + "]") for key, pairs in _PAIRS.items()}
_SHORT = 4000


def _fold(s: str, key: tuple[bool, bool]) -> str:
    """Apply the one-to-one folds: ``str.translate`` on short strings; on long ones ``str.replace`` for each
    foldable character present, which is several times faster there."""
    if len(s) < _SHORT:
        s = s.translate(_TABLES[key])
    else:
        table = _TABLES[key]
        for k in set(_FOLDABLE[key].findall(s)):
            s = s.replace(k, table[ord(k)])
    for pat, repl in VARIANTS:
        if pat.pattern[0] in s:
            s = pat.sub(repl, s)
    return s


def _expand(text: str) -> tuple[str, array | None]:
    """NFKC of presentation and full-width forms, with the original index of each resulting character."""
    if not _EXPANDING.search(text):
        return text, None
    pieces: list[str] = []
    offs = array("q")
    last = 0
    for m in _EXPANDING.finditer(text):
        i = m.start()
        pieces.append(text[last:i])
        offs.extend(range(last, i))
        rep = unicodedata.normalize("NFKC", m.group())
        pieces.append(rep)
        offs.extend([i] * len(rep))
        last = i + 1
    pieces.append(text[last:])
    offs.extend(range(last, len(text)))
    return "".join(pieces), offs


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


def _without(offs: array | None, n: int, dels: list[int]) -> array:
    """The offsets of the ``n`` characters (``offs``, or 0..n-1) without positions ``dels``."""
    if len(dels) < 64:
        kept = array("q")
        prev = 0
        for d in dels + [n]:
            kept.extend(range(prev, d) if offs is None else offs[prev:d])
            prev = d + 1
        return kept
    import numpy as np   # many deletions (a vocalised text): vectorised

    idx = np.arange(n, dtype=np.int64) if offs is None else np.frombuffer(offs, dtype=np.int64)
    kept = array("q")
    kept.frombytes(np.delete(idx, dels).tobytes())
    return kept


def normalise(text: str, *, taa_marbuta: bool = True, lower: bool = True) -> Normalised:
    """Fold diacritics, tatweel, hamza/alef variants, alef maqsura, digits, punctuation, invisible marks.

    ``taa_marbuta`` folds ة to ه (for matching); ``lower`` lower-cases Latin letters. Linear time;
    every fold is one character to at most one, except presentation forms (NFKC, e.g. ﻻ -> لا).
    """
    s, offs = _expand(text)
    dels = [m.start() for m in _DELETE.finditer(s)]
    if dels:
        offs = _without(offs, len(s), dels)
        s = _DELETE.sub("", s)
    s = _fold(s, (taa_marbuta, lower))
    if offs is None:
        return Normalised(text, s, range(len(text) + 1))
    offs.append(len(text))
    return Normalised(text, s, offs)


def norm(text: str, *, taa_marbuta: bool = True) -> str:
    """The normalised string alone (for keys, lookups and indexing)."""
    if _EXPANDING.search(text):
        text = _EXPANDING.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    if _DELETE.search(text):
        text = _DELETE.sub("", text)
    return _fold(text, (taa_marbuta, True))
