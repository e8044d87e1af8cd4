"""The index of cue first words gives, for every token, exactly the cues whose first word matches it."""
from __future__ import annotations

import pytest

from marsad.events import aux as X
from marsad.events.trigger_index import FirstWordIndex
from marsad.lang.ar.tokens import tokenize

SENTENCES = [
    "ولم يتم الإعلان عن موعد الاجتماع المقبل بين الجانبين",
    "وكان الرئيس قد أعلن في حال فشل المفاوضات أنه سيقوم بزيارة القاهرة",
    "فاز المنتخب السعودي بهدفين مقابل هدف في مباراة ودية على ملعب الملك فهد",
    "دعت وزارة الصحة المواطنين والمقيمين إلى الالتزام بالتعليمات، اقرأ المزيد",
    "تاريخيا، سبق أن اتهمت الحكومة المعارضة بتنظيم الاحتجاجات آخر مرة",
]


@pytest.mark.parametrize("sentence", SENTENCES)
@pytest.mark.parametrize("which", ["cues", "modes"])
def test_index_equals_trying_every_cue(sentence: str, which: str) -> None:
    pats = [c.specs for c in X.cues()] if which == "cues" else [m[2] for m in X.mode_cues()]
    starts = FirstWordIndex([p[0] for p in pats])
    for t in tokenize(sentence):
        assert starts.at(t.norm) == tuple(k for k, p in enumerate(pats) if p[0].matches(t.norm)), t.text


@pytest.mark.parametrize("sentence", SENTENCES)
def test_aux_modes_equal_scanning_every_position(sentence: str) -> None:
    toks = tokenize(sentence)
    n = len(toks)
    for trig in range(n):
        found: list[str] = []
        for c in X.cues():
            if c.aux in found or c.scope in ("start", "particle"):     # particle cues need a verb trigger
                continue
            lo, hi = {"before": (max(0, trig - c.window), trig), "clause": (max(0, trig - c.window), trig),
                      "after": (trig + 1, min(n, trig + 1 + c.window))}.get(c.scope, (0, n))
            if any(X.match_at(c.specs, toks, i, hi) for i in range(lo, hi)):
                found.append(c.aux)
        assert X.aux_modes(toks, trig, 0, 0, n) == found, toks[trig].text
