"""The actor dictionary: known persons with dated offices, organisations, seats of power, and a phrase matcher.

Data lives in ``resources/actors/*.tsv`` (users add rows through ``MARSAD_DATA_PATH``). Every phrase is matched
on normalised tokens, allowing the proclitics و ف ب ل ك (and لل for ل + ال) on the first word. A malformed row
raises :class:`~marsad.errors.ResourceError` naming the file and line.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..errors import ResourceError
from ..lang.ar.tokens import Token, tokenize
from ..resources import read_tsv, version

SECTORS = {"GOV", "MIL", "REB", "OPP", "CVL", "MED", "BUS", "IGO", "NGO", "JUD", "LEG", "POL", "COP", "SPY", "PTY",
           "EDU", "REL", "HLH", "LAB", "AGR", "ENV", "REF", "CRM", "UAF", "MNC", ""}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
PREFIXES = ("و", "ف")
PREPS = ("ب", "ل", "ك")


@dataclass(frozen=True)
class Office:
    """One office a person held, between ``start`` and ``end`` (ISO dates, possibly partial; end "" = still)."""

    country: str | None
    org: str | None
    sector: str | None
    role: str
    start: str
    end: str

    def valid_on(self, day: str) -> bool:
        return _lo(self.start) <= day <= _hi(self.end)


@dataclass
class Person:
    name: str
    names_ar: list[str]
    offices: list[Office] = field(default_factory=list)
    office_names: list[frozenset[str]] = field(default_factory=list)   # normalised names listed on each office row

    def holds_on(self, day: str, name: str | None = None) -> bool:
        """Whether the person held, on ``day``, an office whose row lists ``name``."""
        return any(o.valid_on(day) and (name is None or name in ns) for o, ns in zip(self.offices, self.office_names))

    def office(self, day: str | None = None, role: str | None = None, sector: str | None = None) -> Office:
        """The office on ``day`` (if known); among candidates the one fitting ``role``/``sector``; else the latest."""
        cands = [o for o in self.offices if day and o.valid_on(day)] or list(self.offices)
        if role:
            fit = [o for o in cands if o.role == role] or [o for o in cands if sector and o.sector == sector]
            cands = fit or cands
        return max(cands, key=lambda o: (o.end == "", _hi(o.end), o.start))


@dataclass(frozen=True)
class Org:
    name: str
    code: str
    country: str | None
    sector: str | None
    label: str


@dataclass(frozen=True)
class Seat:
    """A capital or seat of power standing for a government or army (واشنطن, الكرملين, البنتاغون)."""

    name: str
    country: str
    sector: str | None
    head: str | None = None


def _lo(d: str) -> str:
    return d + "-01-01"[len(d) - 4:] if d else "0000-01-01"


def _hi(d: str) -> str:
    return d + "-12-31"[len(d) - 4:] if d else "9999-12-31"


def _check_date(value: str, where: str) -> None:
    if value and not DATE_RE.match(value):
        raise ResourceError(f"bad date {value!r} (want YYYY, YYYY-MM or YYYY-MM-DD)", input=where)
    if value:
        parts = [int(p) for p in value.split("-")]
        if len(parts) > 1 and not 1 <= parts[1] <= 12 or len(parts) > 2 and not 1 <= parts[2] <= 31:
            raise ResourceError(f"bad date {value!r}", input=where)


def _variants(cell: str) -> list[str]:
    return [v.strip() for v in cell.split("|") if v.strip()]


@lru_cache(maxsize=1)
def known_countries() -> frozenset[str]:
    from .countries import countries
    return frozenset(countries())


def _check_country(code: str, where: str) -> None:
    if code and code not in known_countries():
        raise ResourceError(f"unknown country code {code!r} (want ISO-3166 alpha-3, e.g. USA)", input=where)


def _check_sector(sector: str, where: str) -> None:
    if sector not in SECTORS:
        raise ResourceError(f"unknown sector {sector!r} (one of {', '.join(sorted(s for s in SECTORS if s))})", input=where)


@lru_cache(maxsize=1)
def people() -> dict[str, Person]:
    """Known persons by English name, from ``actors/people.tsv``."""
    out: dict[str, Person] = {}
    cols = ("name_en", "names_ar", "role", "start")
    for path, line, row in read_tsv("actors/people.tsv", required=cols):
        where = f"{path}:{line}"
        country, org, sector = row.get("country", ""), row.get("org", ""), row.get("sector", "")
        if not country and not org:
            raise ResourceError("a person needs a country or an org", input=where)
        _check_country(country, where)
        _check_sector(sector, where)
        _check_date(row["start"], where)
        _check_date(row.get("end", ""), where)
        if row.get("end") and _hi(row["end"]) < _lo(row["start"]):
            raise ResourceError(f"end {row['end']} is before start {row['start']}", input=where)
        p = out.setdefault(row["name_en"], Person(row["name_en"], []))
        for v in _variants(row["names_ar"]):
            if v not in p.names_ar:
                p.names_ar.append(v)
        p.offices.append(Office(country or None, org or None, sector or None, row["role"], row["start"], row.get("end", "")))
        p.office_names.append(frozenset(" ".join(key_of(v)) for v in _variants(row["names_ar"])))
    return out


@lru_cache(maxsize=1)
def organisations() -> list[tuple[list[str], Org]]:
    out = []
    for path, line, row in read_tsv("actors/organisations.tsv", required=("name_en", "names_ar", "code", "label")):
        where = f"{path}:{line}"
        _check_country(row.get("country", ""), where)
        _check_sector(row.get("sector", ""), where)
        if row["label"] not in ("ORG", "LOC", "MISC", "PER"):
            raise ResourceError(f"bad label {row['label']!r}", input=where)
        out.append((_variants(row["names_ar"]), Org(row["name_en"], row["code"], row.get("country") or None,
                                                    row.get("sector") or None, row["label"])))
    return out


@lru_cache(maxsize=1)
def seats() -> list[tuple[list[str], Seat]]:
    out = []
    for path, line, row in read_tsv("actors/seats.tsv", required=("names_ar", "country", "name_en")):
        where = f"{path}:{line}"
        _check_country(row["country"], where)
        _check_sector(row.get("sector", ""), where)
        out.append((_variants(row["names_ar"]), Seat(row["name_en"], row["country"], row.get("sector") or None,
                                                         row.get("head") or None)))
    return out


def versions() -> dict[str, str]:
    """name -> content hash of each actor data file (read once; :func:`marsad.entities.actors.reload` forgets it)."""
    return dict(_versions())


@lru_cache(maxsize=1)
def _versions() -> tuple[tuple[str, str], ...]:
    names = ["actors/people.tsv", "actors/organisations.tsv", "actors/seats.tsv", "actors/countries.tsv",
             "actors/nisba_plurals.tsv", "actors/roles.tsv", "places/places.tsv", "places/regions.tsv"]
    return tuple((n, version(n)) for n in names)


# -- phrase matching ------------------------------------------------------------------------------------------------
def key_of(phrase: str) -> tuple[str, ...]:
    """Normalised token key of a dictionary phrase."""
    return tuple(t.norm for t in tokenize(phrase) if t.norm not in ("-", "."))


@dataclass
class Match:
    """A lexicon hit: token range ``[i, j)``, original offsets, the payloads and the proclitic that was stripped."""

    i: int
    j: int
    start: int
    end: int
    payloads: list[Any]
    clitic: str = ""

    @property
    def conj(self) -> bool:
        return self.clitic[:1] in PREFIXES


class Lexicon:
    """Normalised token sequences -> payloads, matched longest-first with proclitics allowed on the first word."""

    def __init__(self) -> None:
        self.table: dict[tuple[str, ...], list[Any]] = {}
        self.maxlen = 1
        self._lengths: dict[str, set[int]] = {}     # first word of a key -> lengths of the keys it starts
        self._firsts: dict[str, tuple[tuple[str, str, set[int]], ...]] = {}    # word -> its readings that start keys

    def add(self, phrase: str | tuple[str, ...], payload: Any) -> None:
        key = phrase if isinstance(phrase, tuple) else key_of(phrase)
        if not key:
            return
        bucket = self.table.setdefault(key, [])
        if payload not in bucket:
            bucket.append(payload)
        self.maxlen = max(self.maxlen, len(key))
        self._lengths.setdefault(key[0], set()).add(len(key))
        self._firsts.clear()

    @staticmethod
    def heads(word: str) -> list[tuple[str, str]]:
        """(stripped clitic, remainder) readings of a first word, the bare word first."""
        return list(_heads(word))

    def _readings(self, word: str) -> tuple[tuple[str, str, set[int]], ...]:
        """(clitic, head, key lengths) for the readings of ``word`` that start a key, in :meth:`heads` order."""
        got = self._firsts.get(word)
        if got is None:
            lengths = self._lengths
            got = self._firsts[word] = tuple((c, h, lengths[h]) for c, h in _heads(word) if h in lengths)
        return got

    def match_at(self, toks: list[Token], i: int) -> Match | None:
        cands = self._readings(toks[i].norm)
        return self._match(toks, i, cands) if cands else None

    def _match(self, toks: list[Token], i: int, cands: tuple[tuple[str, str, set[int]], ...]) -> Match | None:
        for n in range(min(self.maxlen, len(toks) - i), 0, -1):
            rest: tuple[str, ...] | None = None
            for clitic, head, lens in cands:
                if n not in lens:
                    continue
                if rest is None:
                    rest = tuple(t.norm for t in toks[i + 1:i + n])
                hit = self.table.get((head, *rest))
                if hit:
                    start = toks[i].start + _orig_len(toks[i].text, len(clitic))
                    return Match(i, i + n, start, toks[i + n - 1].end, hit, clitic)
        return None

    def scan(self, toks: list[Token]) -> list[Match]:
        out, i, end = [], 0, len(toks)
        firsts = self._firsts
        while i < end:
            word = toks[i].norm
            cands = firsts.get(word)
            if cands is None:
                cands = self._readings(word)
            m = self._match(toks, i, cands) if cands else None
            if m:
                out.append(m)
                i = m.j
            else:
                i += 1
        return out


@lru_cache(maxsize=8192)
def _heads(word: str) -> tuple[tuple[str, str], ...]:
    """The readings of :meth:`Lexicon.heads`, computed once per word."""
    out = [("", word)]
    for p in PREFIXES:
        if word.startswith(p) and len(word) > 3:
            out.append((p, word[1:]))
    for c, w in list(out):
        if w.startswith("لل") and len(w) > 3:
            out.append((c + "ل", "ا" + w[1:]))
        for q in PREPS:
            if w.startswith(q) and len(w) > (4 if c else 3):     # two clitics leave at least four letters
                out.append((c + q, w[1:]))
    return tuple(out)


def _orig_len(text: str, n: int) -> int:
    """Number of original characters that make up the first ``n`` normalised characters of ``text``."""
    if n == 0:
        return 0
    from ..lang.ar.normalise import normalise
    nm = normalise(text)
    return nm.offsets[n] if n < len(nm.offsets) else len(text)
