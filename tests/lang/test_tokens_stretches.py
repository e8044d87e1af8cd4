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
