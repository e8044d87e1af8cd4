"""ANERcorp reading, sentence splitting, re-tokenisation and span-level scoring for the NER model.

ANERcorp comes as ``token TAG`` lines with no sentence breaks; sentences end at ``.``, ``؟`` and ``!``.
Each corpus token is re-tokenised with the runtime tokeniser (``marsad.lang.ar.tokens.TOKEN_RE``)
so training sees tokens exactly as tagging will; a corpus token split in several pieces gives its
tag to the first piece and ``I-`` to the rest.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

from marsad.lang.ar.tokens import TOKEN_RE

ENDS = {".", "؟", "!", "?"}


@dataclass
class Sentence:
    words: list[str]        # corpus tokens
    tags: list[str]         # corpus tags (B-PERS ...)
    pieces: list[str]       # runtime tokens
    ptags: list[str]        # their tags
    owner: list[int]        # piece -> index of its corpus token


def read_conll(path: Path) -> list[tuple[str, str]]:
    out = []
    for line in path.read_text(encoding="utf-8").split("\n"):
        line = line.strip(" ")
        if not line:
            continue
        tok, _, tag = line.rpartition(" ")
        tok = tok.strip()
        if not tok:
            continue
        out.append((tok, tag.strip() or "O"))
    return out


def split_pieces(word: str, tag: str) -> tuple[list[str], list[str]]:
    pieces = TOKEN_RE.findall(word) or [word]
    if tag == "O":
        return pieces, ["O"] * len(pieces)
    typ = tag[2:]
    return pieces, [tag] + ["I-" + typ] * (len(pieces) - 1)


def sentence_of(pairs: Sequence[tuple[str, str]]) -> Sentence:
    """One sentence from (word, tag) pairs, with each word's pieces (clitics split off) and their tags."""
    s = Sentence([w for w, _ in pairs], [t for _, t in pairs], [], [], [])
    for k, (w, t) in enumerate(pairs):
        ps, ts = split_pieces(w, t)
        s.pieces += ps
        s.ptags += ts
        s.owner += [k] * len(ps)
    return s


def sentences(pairs: Sequence[tuple[str, str]], max_len: int = 120) -> list[Sentence]:
    out: list[Sentence] = []
    cur: list[tuple[str, str]] = []

    def flush() -> None:
        if not cur:
            return
        out.append(sentence_of(cur))
        cur.clear()

    for w, t in pairs:
        cur.append((w, t))
        if (w in ENDS or w.strip("\u200f") in ENDS) and t == "O" or (len(cur) >= max_len and t == "O"):
            flush()
    flush()
    return out


def spans(tags: Sequence[str]) -> set[tuple[int, int, str]]:
    """CoNLL spans ``(start, end, type)``; an ``I-`` after another type starts a new span."""
    out = set()
    start, typ = None, None
    for i, t in enumerate([*tags, "O"]):
        if t == "O" or t.startswith("B-") or (t.startswith("I-") and t[2:] != typ):
            if typ is not None:
                out.add((start, i, typ))
            start, typ = (i, t[2:]) if t != "O" else (None, None)
    return out


def score(gold: Iterable[Sequence[str]], pred: Iterable[Sequence[str]], types: Sequence[str]) -> dict[str, dict[str, float]]:
    """Span-level precision, recall and F1 per type and micro-averaged."""
    tp = {t: 0 for t in types}
    fp = dict(tp)
    fn = dict(tp)
    for g, p in zip(gold, pred):
        G, P = spans(g), spans(p)
        for s in P:
            if s[2] in tp:
                (tp if s in G else fp)[s[2]] += 1
        for s in G - P:
            if s[2] in fn:
                fn[s[2]] += 1

    def prf(a: int, b: int, c: int) -> dict[str, float]:
        p = a / (a + b) if a + b else 0.0
        r = a / (a + c) if a + c else 0.0
        return {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "n": a + c}

    res = {t: prf(tp[t], fp[t], fn[t]) for t in types}
    res["micro"] = prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    return res


def format_scores(res: dict[str, dict[str, float]]) -> str:
    return "\n".join(f"  {k:6s} P={v['p']:.3f} R={v['r']:.3f} F1={v['f1']:.3f} (n={int(v['n'])})" for k, v in res.items())


def to_words(s: Sentence, ptags: Sequence[str]) -> list[str]:
    """Piece tags back on corpus tokens: a token takes the tag of its first piece (I- kept for I-)."""
    out: list[str] = ["O"] * len(s.words)
    seen = set()
    for k, (o, t) in enumerate(zip(s.owner, ptags)):
        if o in seen:
            continue
        seen.add(o)
        out[o] = t
    return out
