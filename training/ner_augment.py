"""Mention replacement: copies of training sentences with each name swapped for another name of the same type.

A CRF trained on ANERcorp leans on the identity of the names it has seen; copies of a sentence in which
"بوتين" is replaced by another person of the corpus teach it the context of a name rather than the name. The
replacement comes from the same cross-validation fold as the sentence, so the jackknifed training-name
gazetteer (built from the other folds) does not hold it either: the copy looks like a sentence with an
unseen name, which is what tagging meets.
"""
from __future__ import annotations

import random
from typing import Sequence

from ner_data import Sentence, sentence_of, spans


def name_pool(sents: Sequence[Sentence]) -> dict[str, list[tuple[str, ...]]]:
    """The names of some sentences by type, as tuples of corpus tokens (with repeats: frequent names stay frequent)."""
    pool: dict[str, list[tuple[str, ...]]] = {}
    for s in sents:
        for a, b, t in spans(s.tags):
            pool.setdefault(t, []).append(tuple(s.words[a:b]))
    return pool


def replaced(s: Sentence, pool: dict[str, list[tuple[str, ...]]], rng: random.Random,
             types: Sequence[str] = ("PERS", "ORG", "LOC", "MISC")) -> Sentence | None:
    """A copy of the sentence with every name of ``types`` replaced, or None when it has none."""
    sp = sorted((a, b, t) for a, b, t in spans(s.tags) if t in types and pool.get(t))
    if not sp:
        return None
    pairs: list[tuple[str, str]] = []
    k = 0
    for a, b, t in sp:
        pairs += list(zip(s.words[k:a], s.tags[k:a]))
        name = rng.choice(pool[t])
        pairs += [(w, ("B-" if j == 0 else "I-") + t) for j, w in enumerate(name)]
        k = b
    pairs += list(zip(s.words[k:], s.tags[k:]))
    return sentence_of(pairs)
