"""The lexical cues of page chrome, loaded once from ``resources/clean/*.tsv``.

Every pattern is compared in normalised form (:func:`marsad.lang.ar.normalise.norm`), so
"اقرأ أيضاً" and "اقرا ايضا" are one cue. Users add rows through ``MARSAD_DATA_PATH``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .. import resources
from ..errors import ResourceError
from ..lang.ar.normalise import norm

CUES = "clean/cues.tsv"
AGENCIES = "clean/agencies.tsv"
PLACES = "clean/places.tsv"
MONTHS = "clean/months.tsv"
WORDS = "clean/words.tsv"
NAMES = "clean/given_names.tsv"
FILES = (CUES, AGENCIES, PLACES, MONTHS, WORDS, NAMES)
ROLES = {"boilerplate", "readmore", "end", "stamp", "caption", "credit", "attribution", "byline_prefix", "strip"}
MATCHES = {"line", "prefix", "suffix", "contains", "regex"}
CONTAINS_MAX_WORDS = 40
_PUNCT_TAIL = " .:!?,;-_|/\"'()[]{}*…"


def key(text: str) -> str:
    """Normalised, space-collapsed form used for every comparison (memoised: many short strings recur across
    documents; the long lines of the document at hand are looked at several times)."""
    return _key_cached(text) if len(text) <= 120 else _key_long(text)


def _key(text: str) -> str:
    k = re.sub(r"\s+", " ", norm(text)).strip()
    return re.sub(r" ([:,.!?;])", r"\1", k)


_key_cached = lru_cache(maxsize=32768)(_key)
_key_long = lru_cache(maxsize=512)(_key)


@dataclass(frozen=True)
class Cue:
    role: str
    match: str
    pattern: str
    note: str
    regex: "re.Pattern[str] | None" = None

    def test(self, k: str, nwords: int) -> bool:
        if self.match == "line":
            return k.strip(_PUNCT_TAIL) == self.pattern.strip(_PUNCT_TAIL)
        if self.match == "prefix":
            return k.startswith(self.pattern) and (len(k) == len(self.pattern) or not k[len(self.pattern)].isalnum()
                                                   or not self.pattern[-1].isalnum())
        if self.match == "suffix":
            return k.endswith(self.pattern)
        if self.match == "contains":
            return nwords <= CONTAINS_MAX_WORDS and self.pattern in k
        return bool(self.regex and self.regex.search(k))


@dataclass
class Lexicon:
    cues: list[Cue] = field(default_factory=list)
    agencies: dict[str, tuple[str, str]] = field(default_factory=dict)   # key -> (kind, code)
    places: set[str] = field(default_factory=set)
    months: dict[str, tuple[int, str]] = field(default_factory=dict)     # key -> (month, calendar)
    words: dict[str, str] = field(default_factory=dict)                  # key -> class
    function_words: set[str] = field(default_factory=set)                # as written (no folding)
    not_names: set[str] = field(default_factory=set)                     # keys
    waw_names: set[str] = field(default_factory=set)                     # keys
    given_names: set[str] = field(default_factory=set)                   # keys (and name particles)
    versions: dict[str, str] = field(default_factory=dict)               # resource name -> content hash

    _by_line: dict[str, list[int]] = field(default_factory=dict)
    _by_start: dict[str, list[int]] = field(default_factory=dict)
    _scan: list[int] = field(default_factory=list)

    def index(self) -> None:
        """Group cues so that a line is tested only against those that can match it."""
        self._by_line, self._by_start, self._scan = {}, {}, []
        for n, cue in enumerate(self.cues):
            if cue.match == "line":
                self._by_line.setdefault(cue.pattern.strip(_PUNCT_TAIL), []).append(n)
            elif cue.match == "prefix":
                self._by_start.setdefault(cue.pattern[:2], []).append(n)
            else:
                self._scan.append(n)

    def first_cue(self, k: str, nwords: int, roles: set[str] | None = None) -> Cue | None:
        """The first cue (in file order) of one of ``roles`` that matches the key ``k``."""
        order = self._by_line.get(k.strip(_PUNCT_TAIL), []) + self._by_start.get(k[:2], []) + self._scan
        for n in sorted(order):
            cue = self.cues[n]
            if (roles is None or cue.role in roles) and cue.test(k, nwords):
                return cue
        return None

    def agency(self, text: str) -> tuple[str, str] | None:
        """(kind, code) when ``text`` names an agency, wire or outlet."""
        return self.agencies.get(key(text).strip(_PUNCT_TAIL))

    def is_place(self, text: str) -> bool:
        k = key(text).strip(_PUNCT_TAIL)
        k = re.sub(r"\s*\(.*\)$", "", k)   # "بيني (الكونغو)"
        return k in self.places


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    lex = Lexicon()
    for path, line, row in resources.read_tsv(CUES, required=("role", "match", "pattern")):
        role, match, pattern = row["role"], row["match"], row["pattern"]
        where = f"{path}:{line}"
        if role not in ROLES:
            raise ResourceError(f"unknown role {role!r} (one of {', '.join(sorted(ROLES))})", input=where)
        if match not in MATCHES:
            raise ResourceError(f"unknown match {match!r} (one of {', '.join(sorted(MATCHES))})", input=where)
        rx = None
        if match == "regex":
            try:
                rx = re.compile(pattern)
            except re.error as exc:
                raise ResourceError(f"bad regular expression: {exc}", input=where) from None
        else:
            pattern = key(pattern)
        lex.cues.append(Cue(role, match, pattern, row.get("note", ""), rx))
    for _path, _line, row in resources.read_tsv(AGENCIES, required=("name", "kind")):
        k = key(row["name"])
        lex.agencies[k] = (row["kind"], row.get("code", ""))
    for _path, _line, row in resources.read_tsv(PLACES, required=("name",)):
        lex.places.add(key(row["name"]))
    for path, line, row in resources.read_tsv(MONTHS, required=("name", "month", "calendar")):
        try:
            lex.months[key(row["name"])] = (int(row["month"]), row["calendar"])
        except ValueError:
            raise ResourceError(f"month {row['month']!r} is not a number", input=f"{path}:{line}") from None
    for _path, _line, row in resources.read_tsv(WORDS, required=("word", "class")):
        if row["class"] in ("function", "notname", "wname"):
            getattr(lex, {"function": "function_words", "notname": "not_names", "wname": "waw_names"}[row["class"]]).add(
                key(row["word"]) if row["class"] != "function" else row["word"])
        else:
            lex.words[key(row["word"])] = row["class"]
    for _path, _line, row in resources.read_tsv(NAMES, required=("name",)):
        lex.given_names.add(key(row["name"]))
    lex.index()
    lex.versions = {name: resources.version(name) for name in FILES}
    return lex


def versions() -> dict[str, str]:
    """name -> content hash of each cue file, as loaded by :func:`lexicon`."""
    return dict(lexicon().versions)
