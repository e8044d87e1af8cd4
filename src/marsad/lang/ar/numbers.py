"""Quantities in Arabic news text: numbers in digits of any script or in words, with scale, unit and what they measure.

"3,800 مليار دولار" -> value 3.8e12, unit "USD", measures "money", scale_word "مليار"; "عشرة أشخاص" -> 10 people;
"15 في المئة" -> 15 percent; "عشرات الآلاف" -> vague, value None. Words and units live in
``resources/lang/{number_words,units,currency_adjectives,quantity_words}.tsv``. Numbers that are not amounts are
skipped: years ("عام 2014", a bare 1800-2100, "1436 هـ"), identifiers ("القرار 2254"), ordinals ("الـ15"),
parts of dates and times ("12/5", "10:30", or inside a ``times`` span that is not a duration), codes ("F-16").
Each number is read on its original surface so that "٫" is always a decimal point and "٬" a thousands separator;
"3.800" is 3800 unless a scale word or percent follows ("3.800 مليار" reads 3.8 and records 3800 as ``alt_value``).
"""
from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from ...doc import Document, Span
from ...resources import read_tsv
from ..versions import cached_version
from .normalise import Normalised, norm, normalise

RESOURCES = ("lang/number_words.tsv", "lang/units.tsv", "lang/currency_adjectives.tsv", "lang/quantity_words.tsv")
_TOK = re.compile(r"\d+(?:[.,]\d+)*|[\u0621-\u064A]+|[a-z]+|\S")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_FIRST_PREFIXES = ("وب", "ول", "فب", "فل", "و", "ف", "ب", "ل")   # not ك: "كميات" is not ك + مئات
_NO_PREFIX = {"ست"}                        # "لست" is "I am not", not "for six"
_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP"}
_TEEN = {"عشر", "عشره"}
# what may precede a scale word ("خمسة آلاف"), and what may precede "و" + a number ("ألف وخمسمائة")
_BEFORE_SCALE = {"unit", "ten", "hundred", "hundred_base", "teen", "times_hundred", "fraction", "and_fraction", "vague",
                 "scale_plural"}
_BEFORE_AND = {"unit", "hundred", "hundred_base", "times_hundred", "scale", "scale_dual", "scale_plural"}
_SWAPPED = re.compile(r"^(\d+)([.,\u066B])\u200f(\d+)$")
_LATIN = set("abcdefghijklmnopqrstuvwxyz")
_BEFORE_CODE = _LATIN | set("-/#@_.\\")


@dataclass(frozen=True)
class Lexicon:
    words: dict[str, tuple[float, str]]                  # normalised word -> (value, kind)
    units: dict[tuple[str, ...], tuple[str, str]]        # normalised phrase -> (unit, measures)
    unit_max: int
    adjectives: dict[tuple[str, str], str]               # (head unit, adjective) -> unit
    phrases: dict[tuple[str, ...], str]                  # normalised phrase -> kind (approx, identifier, ...)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    words = {norm(r["word"]): (float(r["value"]), r["kind"])
             for _, _, r in read_tsv("lang/number_words.tsv", required=("word", "value", "kind"))}
    units: dict[tuple[str, ...], tuple[str, str]] = {}
    for _, _, r in read_tsv("lang/units.tsv", required=("form", "unit", "measures")):
        units[tuple(_TOK.findall(norm(r["form"])))] = (r["unit"], r["measures"])
    adjectives = {(r["head"], norm(r["adjective"])): r["unit"]
                  for _, _, r in read_tsv("lang/currency_adjectives.tsv", required=("head", "adjective", "unit"))}
    phrases = {tuple(_TOK.findall(norm(r["phrase"]))): r["kind"]
               for _, _, r in read_tsv("lang/quantity_words.tsv", required=("phrase", "kind"))}
    return Lexicon(words, units, max(len(k) for k in units), adjectives, phrases)


def parse_digits(surface: str, decimal_context: bool = False) -> tuple[float, float | None]:
    """Value of a number written in digits with separators, and the other reading if it is ambiguous.

    "٫" is a decimal point and "٬" a thousands separator; two different separators mean thousands then
    decimal ("1,234.5", "1.234,5"); one repeated separator is thousands ("1.234.567"); a single "," or "."
    followed by exactly three digits is thousands ("3,800") except "." in a decimal context ("3.800 مليار").
    """
    s = surface.translate(_DIGITS)
    groups = re.split(r"[.,\u066B\u066C]", s)
    seps = re.findall(r"[.,\u066B\u066C]", s)
    if not seps:
        return float(s), None
    if "\u066B" in seps:
        dec = "\u066B"
    elif len(set(seps)) > 1:
        dec = seps[-1]
    elif len(seps) > 1 and len(groups[-1]) != 3:
        dec = seps[-1]                       # "134.230.802.95": the last group is decimals
    elif len(seps) > 1 or seps[0] == "\u066C":
        dec = None
    elif len(groups[1]) == 3 and groups[0] != "0" and len(groups[0]) <= 3:
        if seps[0] == "." and decimal_context:
            return float(f"{groups[0]}.{groups[1]}"), float(groups[0] + groups[1])
        dec = None
    else:
        dec = seps[0]
    if dec is None:
        return float("".join(groups)), None
    k = len(seps) - 1 - seps[::-1].index(dec)
    return float("".join(groups[: k + 1]) + "." + "".join(groups[k + 1:])), None


@lru_cache(maxsize=20_000)
def _clitic_forms(w: str) -> tuple[str, ...]:
    """``w`` and its forms without a leading conjunction/preposition; "للدورة" is also "الدورة"."""
    forms = [w]
    if w[:1] in "وبلف" and len(w) > 3:
        forms.append(w[1:])
    for f in list(forms):
        if f.startswith("لل") and len(f) > 3:
            forms.append("ال" + f[2:])
    return tuple(forms)


class _Tok(NamedTuple):
    start: int      # normalised offsets
    end: int
    text: str


@lru_cache(maxsize=50_000)
def _lookup(t: str, prefixes: tuple[str, ...], article: bool) -> tuple[int, float, str] | None:
    """(prefix length, value, kind) of ``t`` as a number word, possibly after a proclitic."""
    words = lexicon().words
    info = words.get(t)
    if info:
        return 0, *info
    for p in prefixes + (("ال", "وال", "بال") if article else ()):
        if t.startswith(p) and len(t) - len(p) >= 2:
            rest = t[len(p):]
            info = words.get(rest)
            if info and not (rest in _NO_PREFIX and p != "و"):
                if p.endswith("ال") and info[1] not in ("scale_plural", "vague"):
                    continue
                return len(p), *info
    return None


def _article_number(t: str) -> tuple[int, float, str] | None:
    info = lexicon().words.get(t[2:])
    return (2, *info) if info and info[1] in ("unit", "ten", "hundred") else None


class _Scanner:
    """One pass over the normalised text, left to right."""

    def __init__(self, n: Normalised, blocked: list[tuple[int, int]]) -> None:
        self.n = n
        self.lex = lexicon()
        new = tuple.__new__
        self.toks = [new(_Tok, (*m.span(), m.group())) for m in _TOK.finditer(n.text)]
        self.blocked = blocked
        self.block_starts = [b[0] for b in blocked]

    # -- lookups ----------------------------------------------------------------------------------------
    def word(self, i: int, prefixes: tuple[str, ...] = (), article: bool = False) -> tuple[int, float, str] | None:
        """(prefix length, value, kind) of token ``i`` as a number word, possibly after a proclitic."""
        if i >= len(self.toks):
            return None
        return _lookup(self.toks[i].text, prefixes, article)

    def phrase_at(self, i: int, table: dict, maxlen: int) -> tuple[int, object] | None:
        for k in range(min(maxlen, len(self.toks) - i), 0, -1):
            key = tuple(t.text for t in self.toks[i:i + k])
            if key in table:
                return k, table[key]
        return None

    def kind_before(self, i: int) -> str | None:
        """Kind of the quantity_words phrase that ends right before token ``i`` (brackets aside), if any."""
        while i > 0 and self.toks[i - 1].text in ("(", "[", "«", '"'):
            i -= 1
        for k in (3, 2, 1):
            if i - k < 0:
                continue
            key = tuple(t.text for t in self.toks[i - k:i])
            kind = None
            for w in _clitic_forms(key[0]):
                kind = self.lex.phrases.get((w,) + key[1:])
                if kind:
                    break
            if kind:
                return kind
        return None

    def is_blocked(self, s: int, e: int) -> bool:
        k = bisect.bisect_right(self.block_starts, e - 1)
        while k > 0:
            k -= 1
            bs, be = self.blocked[k]
            if be > s:
                return True
            if be <= s and bs < s - 2000:
                break
        return False

    # -- the scan -----------------------------------------------------------------------------------------
    def run(self) -> list[Span]:
        out: list[Span] = []
        toks, n = self.toks, len(self.toks)
        i = 0
        while i < n:
            t = toks[i].text
            if not (t[0].isdigit() or t in _SYMBOLS or _lookup(t, _FIRST_PREFIXES, False)
                    or (t.startswith("ال") and _article_number(t) and self._scale_at(i + 1))):
                i += 1                                # most tokens: one cached lookup and on
                continue
            got = self.quantity(i)
            if got is None:
                i += 1
                continue
            span, j = got
            if span is not None:
                out.append(span)
            i = max(j, i + 1)
        return out

    def quantity(self, i: int) -> tuple[Span | None, int] | None:
        t = self.toks[i]
        if t.text[0].isdigit():
            return self.digits(i)
        if t.text in _SYMBOLS and i + 1 < len(self.toks) and self.toks[i + 1].text[0].isdigit() \
                and self.toks[i + 1].start == t.end:
            got = self.digits(i + 1, symbol=t)
            return got
        if "\u0621" <= t.text[0] <= "\u064A":
            return self.words(i)
        return None

    def digits(self, i: int, symbol: _Tok | None = None) -> tuple[Span | None, int]:
        toks, text = self.toks, self.n.text
        t = toks[i]
        s0, e0 = self.n.span(t.start, t.end)
        surface = self.n.original[s0:e0]
        swapped = _SWAPPED.match(surface)
        if swapped:                                  # "4.\u200f95" is 95.4 stored in display order
            surface = swapped.group(3) + swapped.group(2) + swapped.group(1)
        surface = "".join(c for c in surface if c.isdigit() or c in ".,\u060C\u066B\u066C")   # drop bidi marks
        if "\u060C" in surface:                      # an Arabic comma lists numbers, it never groups digits
            surface = surface[: surface.index("\u060C")]
        before = text[t.start - 1] if t.start else " "
        after = text[t.end] if t.end < len(text) else " "
        after2 = text[t.end + 1] if t.end + 1 < len(text) else " "
        before2 = text[t.start - 2] if t.start >= 2 else " "
        if before in _BEFORE_CODE and not (before == "." and not before2.isalnum()) or after in _LATIN:
            return None, i + 1                        # "F-16", "spa.gov.sa/123", "4x4"
        if after == "-" and not text[t.end + 1:t.end + 3].strip(" ")[:1].isdigit():
            return None, i + 1                        # "2- التأكيد على...": an item number
        if self._score(i):
            return None, i + 2 if i + 1 < len(toks) and toks[i + 1].text[0].isdigit() else i + 1
        if (after in "/:-+" and after2.isdigit()) or (before in "/:-+" and before2.isdigit()) or "+" in (after, before):
            j = i + 1                                 # dates, times, ranges, "5+1"
            while j + 1 < len(toks) and toks[j].text in "/:-+" and toks[j + 1].text[0].isdigit():
                j += 2
            return None, j
        if text[max(0, t.start - 2):t.start] == "ال" and (t.start < 3 or not text[t.start - 3].isalpha()) \
                or (i > 0 and toks[i - 1].text in ("ال", "لل", "بال", "وال")):
            return None, i + 1                        # "الـ15", "الـ 17": an ordinal
        if surface.isdigit() and (len(surface) > 12 or (len(surface) > 1 and surface.translate(_DIGITS)[0] == "0")):
            return None, i + 1                        # a phone, an identifier, a code with leading zeros
        if (after == "ر" and after2.isdigit()) or (before == "ر" and before2.isdigit()):
            return None, i + 1                        # "5ر1": a decimal written with ر, order unsure
        if i > 0 and toks[i - 1].text[0] in _LATIN:
            return None, i + 1                        # "Windows 10", "PureImage 2.0": part of a name
        if self.kind_before(i) == "identifier" or (symbol is None and self.is_blocked(s0, e0)):
            return None, i + 1
        j = i + 1
        start = t.start
        if i > 0 and toks[i - 1].text == "(" and j + 1 < len(toks) and toks[j].text == ")" and self._scale_at(j + 1):
            j += 1                                    # "(44894.20) مليون ريال"
            start = toks[i - 1].start
        nxt = self.word(j)
        scale = nxt if nxt and nxt[0] == 0 and nxt[2] in ("scale", "scale_plural") else None
        pct = j < len(toks) and (toks[j].text == "%" or self.phrase_at(j, self.lex.phrases, 3) is not None
                                 and self.phrase_at(j, self.lex.phrases, 3)[1] == "percent")
        value, alt = parse_digits(surface, decimal_context=bool(scale) or bool(pct))
        mantissa, multiplier, scale_idx = value, 1.0, None
        if scale:
            multiplier = scale[1]
            scale_idx = [(j, 0)]
            j += 1
        if symbol is None and scale is None and not pct:
            era = self.phrase_at(j, self.lex.phrases, 1)
            prev = self.kind_before(i)
            year_like = surface.isdigit() and 3 <= len(surface) <= 4
            if year_like and (prev == "year" or (era and era[1] == "era")):
                return None, j + (1 if era and era[1] == "era" else 0)
            if surface.isdigit() and len(surface) == 4 and 1800 <= value <= 2100 and self.unit_at(j, False) is None:
                return None, j
        return self.finish(i, start, j, value * multiplier, False, scale_idx, symbol,
                           mantissa=mantissa, multiplier=multiplier, alt=None if alt is None else alt * multiplier)

    def words(self, i: int) -> tuple[Span | None, int] | None:
        toks = self.toks
        first = self.word(i, _FIRST_PREFIXES)
        if first is None and toks[i].text.startswith("ال") and self._scale_at(i + 1):
            first = _article_number(toks[i].text)      # "الثمانية آلاف", "الثلاثة مليارات"
        if first is None:
            return None
        pre, v, kind = first
        if kind == "scale" and toks[i].text.endswith("ا"):
            first = (pre, 2 * v, "scale_dual")          # "ألفا جندي", "مليونا لاجئ": two thousand, two million
        total, cur, vague, last, frac, last_scale = 0.0, 0.0, False, None, None, 0.0
        scale_idx: list[tuple[int, int]] = []
        j = i
        while j < len(toks):
            if j == i:
                info = first
            else:
                info = self.word(j, ("و",), article=last in ("vague", "scale_plural"))
                if info is None:
                    break
            p, v, kind = info
            conj = j > i and p > 0 and toks[j].text.startswith("و")
            if j > i:
                if kind in ("unit", "teen_only") and toks[j].text[p:] in _TEEN and not conj \
                        and last in ("unit", "teen_only") and 0 < cur < 10:
                    kind = "teen"
                elif kind == "hundred_base" and not conj and last == "unit" and 3 <= cur <= 9:
                    kind = "times_hundred"
                elif kind == "fraction" and conj and last in ("unit", "ten", "teen") and self._scale_at(j + 1):
                    kind = "and_fraction"             # "ثلاثة ونصف تريليون"
                elif kind in ("scale", "scale_plural") and not conj and last in _BEFORE_SCALE:
                    if last == "scale_plural" and not vague:
                        break
                elif kind in ("unit", "ten", "hundred", "hundred_base") and conj and last in _BEFORE_AND \
                        and not (last == "unit" and kind != "ten") and not vague:
                    pass                              # "خمسة وعشرون", "ثلاثة آلاف وثمانمائة"
                elif kind == "vague" and last == "vague" and not conj:
                    pass
                else:
                    break
            elif kind == "teen_only":
                if self.word(j + 1) is None or toks[j + 1].text not in _TEEN:
                    return None
            elif kind == "fraction":
                nx = self.word(j + 1)
                if nx is None or nx[0] != 0 or nx[2] != "scale":
                    return None
            if kind in ("unit", "ten", "hundred", "teen_only"):
                cur += v
            elif kind == "teen":
                cur += 10
            elif kind == "hundred_base":
                cur += 100
            elif kind == "times_hundred":
                cur *= 100
            elif kind == "fraction":
                frac = v
            elif kind == "and_fraction":
                cur += v
            elif kind == "scale":
                total += (frac if frac is not None else (cur or 1)) * v
                cur, frac, last_scale = 0.0, None, v
                scale_idx.append((j, p))
            elif kind == "scale_dual":
                total += v
                last_scale = v / 2
                scale_idx.append((j, p))
            elif kind == "scale_plural":
                if cur and not vague:
                    total += cur * v
                    cur, last_scale = 0.0, v
                else:
                    vague = True
                scale_idx.append((j, p))
            elif kind == "vague":
                vague = True
                scale_idx.append((j, p))
            last = kind
            j += 1
        if first[2] == "unit" and j == i + 1 and toks[i].text[first[0]:] in _TEEN and i > 0 \
                and toks[i - 1].text.startswith(("ال", "لل", "وال", "بال", "ولل")) and self.word(i - 1) is None:
            return None, i + 1                        # "التاسع عشر": an ordinal
        if cur and last_scale >= 1e6 and cur < 1000:
            cur *= last_scale / 1000                  # "مليار وأربعمائة" is 1.4 billion, "مليون ونصف"-style ellipsis
        value = None if vague else total + cur
        start = toks[i].start + pre
        return self.finish(i, start, j, value, vague, scale_idx or None, None, word_number=True)

    def _list_number(self, t: _Tok) -> bool:
        """Whether a number opens its line and is followed by "-", ")" or "." (a list item)."""
        text = self.n.text
        k = t.start
        while k > 0 and text[k - 1] in " \u00a0":
            k -= 1
        if k > 0 and text[k - 1] != "\n":
            return False
        m = t.end
        while m < len(text) and text[m] == " ":
            m += 1
        return m < len(text) and text[m] in "-).:"

    def _score(self, i: int) -> bool:
        """Whether number ``i`` is one side of "1 - 1", "(2 ـ 1)", "صفر - 1" with no unit after: a score or a bare range."""
        toks, orig = self.toks, self.n.original

        def dash_between(a: _Tok, b: _Tok) -> bool:
            gap = orig[self.n.span(a.end, a.end)[0]:self.n.span(b.start, b.start + 1)[0]]
            return bool(gap) and set(gap) <= set(" -–—ـ\u00a0") and bool(set(gap) & set("-–—ـ"))

        def numeric(t: _Tok) -> bool:
            return t.text[0].isdigit() or t.text == "صفر"

        k = i + 1
        while k < len(toks) and toks[k].text in "-":
            k += 1
        if k < len(toks) and numeric(toks[k]) and dash_between(toks[i], toks[k]):
            return self.unit_at(k + 1, False) is None and not self._scale_at(k + 1)
        k = i - 1
        while k >= 0 and toks[k].text in "-":
            k -= 1
        if k >= 0 and numeric(toks[k]) and dash_between(toks[k], toks[i]):
            return self.unit_at(i + 1, False) is None and not self._scale_at(i + 1)
        return False

    def _scale_at(self, j: int) -> bool:
        nx = self.word(j)
        return nx is not None and nx[0] == 0 and nx[2] in ("scale", "scale_plural")

    def unit_at(self, j: int, loose: bool) -> tuple[int, str, str] | None:
        """(tokens used, unit, measures) of a unit phrase at token ``j``; ``loose`` allows "من" and the article."""
        toks = self.toks
        if j >= len(toks):
            return None
        skip = 1 if loose and toks[j].text == "من" else 0
        got = self.phrase_at(j + skip, self.lex.units, self.lex.unit_max)
        if got is None and loose and j + skip < len(toks) and toks[j + skip].text.startswith("ال"):
            key = (toks[j + skip].text[2:],)
            if key in self.lex.units:
                got = (1, self.lex.units[key])
        if got is None:
            return None
        k, (unit, measures) = got
        k += skip
        if measures == "money" and j + k < len(toks):
            adj = toks[j + k].text
            for cand in (adj, adj[:-1] if adj.endswith(("ا", "ه")) else None):
                if cand and (unit, cand) in self.lex.adjectives:
                    unit = self.lex.adjectives[(unit, cand)]
                    k += 1
                    break
        return k, unit, measures

    def finish(self, i: int, start: int, j: int, value: float | None, vague: bool, scale_idx, symbol: _Tok | None,
               word_number: bool = False, mantissa: float | None = None, multiplier: float | None = None,
               alt: float | None = None) -> tuple[Span | None, int]:
        toks, lex = self.toks, self.lex
        unit = measures = None
        end = toks[j - 1].end
        if j < len(toks) and toks[j].text == "%":
            unit, measures, end, j = "%", "percent", toks[j].end, j + 1
        else:
            ph = self.phrase_at(j, lex.phrases, 3)
            if ph and ph[1] == "percent":
                unit, measures, end, j = "%", "percent", toks[j + ph[0] - 1].end, j + ph[0]
            else:
                u = self.unit_at(j, loose=vague or bool(scale_idx))
                if u:
                    k, unit, measures = u
                    end, j = toks[j + k - 1].end, j + k
        if symbol is not None:
            sym_unit = _SYMBOLS[symbol.text]
            if unit is None or measures == "money":
                unit, measures = unit or sym_unit, "money"
            start = symbol.start
        if word_number and unit is None and not vague and value is not None and value <= 2:
            return None, j                            # "واحد", "اثنين" alone are rarely amounts
        if word_number and unit is None and j == i + 1 and value == 1000 and self.kind_before(i) != "approx":
            return None, j                            # a bare "ألف" is as often the verb "ألِف" or a title
        if not word_number and self._list_number(toks[i]):
            return None, j                            # "9 - عدم تحديث...": an item number
        if word_number and self.is_blocked(*self.n.span(start, end)):
            return None, j
        if word_number and self.kind_before(i) == "identifier":
            return None, j
        s, e = self.n.span(start, end)
        scale_word = None
        if scale_idx:
            scale_word = " ".join(self.n.original[slice(*self.n.span(toks[k].start + p, toks[k].end))]
                                  for k, p in scale_idx)
        if value is not None:
            if not math.isfinite(value):
                return None, j                        # "1,000,...,000 تريليون": no amount JSON can carry
            value = float(f"{value:.12g}")            # 268399999.99999997 -> 268400000.0
        attrs = {"value": value, "unit": unit, "measures": measures or "count", "vague": vague,
                 "scale_word": scale_word, "approx": self.kind_before(i) == "approx"}
        if mantissa is not None and multiplier and multiplier != 1:
            attrs["mantissa"], attrs["multiplier"] = mantissa, multiplier
        if alt is not None:
            attrs["alt_value"] = alt
        return Span(s, e, attrs["measures"], attrs), j


def _blocked(doc: Document) -> list[tuple[int, int]]:
    out = [(s.start, s.end) for s in doc.layers.get("times", ()) if s.attrs.get("kind") != "duration"]
    return sorted(out)


def find(text: str, blocked: list[tuple[int, int]] | None = None) -> list[Span]:
    """Quantity spans of ``text`` (original offsets); ``blocked`` stretches (dates) hold no quantity."""
    return _Scanner(normalise(text), sorted(blocked or ())).run()


def component(doc: Document) -> Document:
    """Add a ``quantities`` span for every amount outside boilerplate segments (replacing earlier ones)."""
    spans = find(doc.text, _blocked(doc))
    boiler = sorted((s.start, s.end) for s in doc.layers.get("segments", ()) if s.label == "boilerplate")
    if boiler:
        starts = [b[0] for b in boiler]

        def in_boiler(sp: Span) -> bool:
            k = bisect.bisect_right(starts, sp.start) - 1
            return k >= 0 and boiler[k][0] <= sp.start < boiler[k][1]

        spans = [sp for sp in spans if not in_boiler(sp)]
    doc.layers["quantities"] = spans
    for r in RESOURCES:
        doc.resources[r] = cached_version(r)
    return doc
