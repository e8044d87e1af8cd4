"""``tokens_in``: the tokens of a stretch of a text, remembered for the last text, equal to tokenising the slice."""
from __future__ import annotations

import pytest

from marsad.lang.ar.tokens import tokenize, tokens_in

TEXT = ("أعلنت وزارة الداخلية السعودية، اليوم (الاثنين)، القبض على 3,800 شخص. "
        "وقال المتحدث الأمني اللواء منصور التركي إن ق.م القوات ستواصل عملها.\n"
        "U.S. officials said 3.5 million.")


def _stretches(text: str) -> list[tuple[int, int]]:
    first = text.index(".") + 1
    return [(0, len(text)), (0, first), (first, len(text)), (first + 1, text.index("\n")), (5, 9), (0, 0)]


@pytest.mark.parametrize("start,end", _stretches(TEXT))
def test_stretch_equals_sliced_tokenize(start: int, end: int) -> None:
    expected = tokenize(TEXT[start:end], offset=start)
    assert tokens_in(TEXT, start, end) == expected
    assert tokens_in(TEXT, start, end) == expected          # from the memo, unchanged


def test_new_list_each_time_and_other_texts_apart() -> None:
    a = tokens_in(TEXT, 0, 20)
    a.clear()
    assert tokens_in(TEXT, 0, 20) == tokenize(TEXT[:20])
    other = "قالت الحكومة إن " + TEXT[16:]
    assert tokens_in(other, 0, 20) == tokenize(other[:20])
    assert tokens_in(TEXT, 0, 20) == tokenize(TEXT[:20])


def _cuts(text: str) -> list[tuple[int, int]]:
    """Stretches between punctuation and line ends, starting on it, after it and two characters after it."""
    marks = [i for i, c in enumerate(text) if c in ".\n،؟!:"]
    return [(a + d, b) for a, b in zip(marks, marks[1:]) for d in (0, 1, 2) if a + d <= b] + [(0, 5), (3, len(text))]


@pytest.mark.parametrize("seed", ["seed_000", "seed_002"])
def test_stretches_cut_from_the_whole_text(seed: str, request: pytest.FixtureRequest) -> None:
    text = request.getfixturevalue(seed)
    assert tokens_in(text) == tokenize(text)                 # the whole text first: stretches are cut from it
    for start, end in _cuts(text):
        assert tokens_in(text, start, end) == tokenize(text[start:end], offset=start), (start, end)
