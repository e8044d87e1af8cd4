"""Arabic normalisation for matching and indexing, with a map back to original offsets.

What users see is always the original text; the normalised copy is only for matching. Every
normalised character remembers which original character it came from, so a match at
``[i, j)`` in the normalised text maps back with :meth:`Normalised.span`.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

HARAKAT = set(chr(c) for c in range(0x064B, 0x0660)) | {"\u0670", "\u0640", "\u06E1", "\u06ED"}  # diacritics, dagger alef, tatweel
INVISIBLE = {"\u200B", "\u200C", "\u200D", "\u200E", "\u200F", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E",
             "\u2066", "\u2067", "\u2068", "\u2069", "\uFEFF", "\u061C", "\u00AD"}
FOLD = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ې": "ي",
    "ؤ": "و", "ئ": "ي",
    "ک": "ك", "ڪ": "ك", "گ": "ك",
    "ه": "ه", "ۀ": "ه", "ە": "ه",
    "،": ",", "؛": ";", "؟": "?", "٪": "%", "٬": ",", "٫": ".", "«": '"', "»": '"', "“": '"', "”": '"', "„": '"',
    "‘": "'", "’": "'", "–": "-", "—": "-", "ـ": "",
    "\u00A0": " ", "\u2009": " ", "\u202F": " ", "\t": " ",
}
for _i in range(10):
    FOLD[chr(0x0660 + _i)] = str(_i)   # Arabic-Indic digits
    FOLD[chr(0x06F0 + _i)] = str(_i)   # Persian digits
TAA_MARBUTA = {"ة": "ه"}
# spelling variants folded to one form (same length on both sides, so offsets stay one-to-one)
VARIANTS = [(re.compile("اميرك"), "امريك")]


@dataclass(frozen=True)
class Normalised:
    """A normalised copy of ``original`` with ``offsets[i]`` = original index of character ``i``."""

    original: str
    text: str
    offsets: tuple[int, ...]   # len(text) + 1 entries; the last is len(original)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` of the normalised stretch ``[start, end)``."""
        if end <= start:
            o = self.offsets[start]
            return o, o
        return self.offsets[start], self.offsets[end - 1] + 1

    def find_all(self, pattern: "re.Pattern[str]") -> list[tuple[int, int, "re.Match[str]"]]:
        """Original spans of every match of ``pattern`` in the normalised text."""
        return [(*self.span(m.start(), m.end()), m) for m in pattern.finditer(self.text)]


def normalise(text: str, *, taa_marbuta: bool = True, lower: bool = True) -> Normalised:
    """Fold diacritics, tatweel, hamza/alef variants, alef maqsura, digits, punctuation, invisible marks.

    ``taa_marbuta`` folds ة to ه (for matching); ``lower`` lower-cases Latin letters.
    """
    out: list[str] = []
    offs: list[int] = []
    fold = FOLD if not taa_marbuta else {**FOLD, **TAA_MARBUTA}
    for i, ch in enumerate(text):
        if ch in HARAKAT or ch in INVISIBLE:
            continue
        rep = fold.get(ch)
        if rep is None:
            if "\uFB50" <= ch <= "\uFEFF" or "\uFF00" <= ch <= "\uFFEF":   # presentation forms, full-width
                rep = unicodedata.normalize("NFKC", ch)
                rep = "".join(fold.get(c, c) for c in rep if c not in HARAKAT)
            else:
                rep = ch.lower() if lower and ch.isascii() else ch
        for c in rep:
            out.append(c)
            offs.append(i)
    s = "".join(out)
    for pat, repl in VARIANTS:
        s = pat.sub(repl, s)
    offs.append(len(text))
    return Normalised(text, s, tuple(offs))


def norm(text: str) -> str:
    """The normalised string alone (for keys, lookups and indexing)."""
    return normalise(text).text
