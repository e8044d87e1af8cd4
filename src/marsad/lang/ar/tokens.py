"""Arabic tokens on original offsets, and light stemming of clitics for matching."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .normalise import norm

# a word: Arabic letters with their marks, or Latin letters; a number with separators; or one symbol
TOKEN_RE = re.compile(
    r"[\u0621-\u064A\u066E-\u06D3\u06FA-\u06FF\u0640\u064B-\u065F\u0670\u06D5\u200C\u200D]+"
    r"|\d+(?:[.,\u066B\u066C]\d+)*|[\u0660-\u0669]+(?:[\u066B\u066C.,][\u0660-\u0669]+)*|[\u06F0-\u06F9]+"
    r"|[A-Za-z\u00C0-\u024F]+(?:['’.][A-Za-z]+)*|\S",
)

PROCLITICS = ("وبال", "وكال", "فبال", "وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك", "س")
ENCLITICS = ("كما", "هما", "كم", "كن", "هم", "هن", "نا", "ها", "ه", "ك", "ي")


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str
    norm: str


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Tokens of ``text``; offsets are shifted by ``offset`` (for tokenising a slice of a document)."""
    return [Token(m.start() + offset, m.end() + offset, m.group(), norm(m.group())) for m in TOKEN_RE.finditer(text)]


@lru_cache(maxsize=200_000)
def stems(word: str) -> tuple[str, ...]:
    """Candidate stems of a normalised word, most conservative first: the word itself, then with
    proclitics (و ف ب ل ك ال ...) and/or enclitic pronouns removed, keeping at least 2 letters."""
    out = [word]
    for p in PROCLITICS:
        if word.startswith(p) and len(word) - len(p) >= 2:
            out.append(word[len(p):])
            break
    for base in list(out):
        for e in ENCLITICS:
            if base.endswith(e) and len(base) - len(e) >= 3:
                out.append(base[: -len(e)])
                break
    seen: dict[str, None] = {}
    for w in out:
        seen.setdefault(w, None)
    return tuple(seen)
