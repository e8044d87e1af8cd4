"""Wojood (SinaLab/ArabicNER, MIT licence) sentences mapped to ANERcorp's four types, as extra NER training data.

Wojood annotates nested entities of 21 types: each line is ``token TAG [TAG ...]``, outermost first, and
sentences end at a blank line. A token takes the outermost of its tags whose type has an ANERcorp
counterpart: PERS and ORG as they are, GPE/LOC/FAC as LOC, CURR (currency units) as MISC. Nationalities (NORP),
occupations, dates, numbers and the rest stay O, as ANERcorp leaves them ("الإسرائيلي", "وزير", "2006").
The ``$#$`` paragraph markers are dropped.

Where the two conventions differ the Wojood side gives way: a place word heading a LOC span ("مدينة جنين",
"قرية اليامون": a LOC trigger word of ``triggers.tsv``) is left outside the name as ANERcorp does, and
sentences holding an EVENT (long spans such as "الانتفاضة الأولى 1987" that ANERcorp would not tag whole)
are left out.
"""
from __future__ import annotations

from pathlib import Path

from marsad.entities import ner
from ner_data import Sentence, sentence_of

MAP = {"PERS": "PERS", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
       "EVENT": "EVENT", "CURR": "MISC"}
FILES = ("train.txt", "val.txt", "test.txt")


def _tag(tags: list[str], prev: str) -> str:
    for t in tags:
        typ = MAP.get(t[2:])
        if typ:
            # an I- whose outer span was not mapped (or changed type) starts a new span
            if t.startswith("I-") and prev[2:] != typ:
                return "B-" + typ
            return t[:2] + typ
    return "O"


def _trim(pairs: list[tuple[str, str]], heads: set[str]) -> list[tuple[str, str]]:
    """Place words at the start of LOC spans become O (the next word opens the span)."""
    out = list(pairs)
    for k, (w, t) in enumerate(out):
        if t == "B-LOC" and ner.canon(ner.word_norm(w)) in heads and k + 1 < len(out) and out[k + 1][1] == "I-LOC":
            out[k] = (w, "O")
            out[k + 1] = (out[k + 1][0], "B-LOC")
    return out


def read(folder: Path, triggers: dict[str, str]) -> list[Sentence]:
    """Every Wojood sentence of ``folder`` with ANERcorp tags, re-tokenised like ``ner_data.sentences``;
    ``triggers`` are the model's trigger words (``ner.load_triggers``)."""
    heads = {w for w, c in triggers.items() if c == "LOC"}
    out: list[Sentence] = []
    for name in FILES:
        path = folder / name
        if not path.is_file():
            continue
        cur: list[tuple[str, str]] = []
        for line in [*path.read_text(encoding="utf-8").split("\n"), ""]:
            parts = line.split()
            if parts and parts[0] != "$#$" and len(parts) >= 2:
                cur.append((parts[0], _tag(parts[1:], cur[-1][1] if cur else "O")))
                continue
            if parts:
                continue
            if cur and not any(t.endswith("EVENT") for _, t in cur):
                cur = _trim(_trim(cur, heads), heads)
                out.append(sentence_of(cur))
            cur = []
    return out
