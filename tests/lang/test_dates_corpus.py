"""The date recogniser on whole corpora: the Wojood DATE/TIME spans (a pinned minimum, so accuracy cannot
silently regress) and a day of SaudiNewsNet (every value well formed, every span on original offsets)."""
from __future__ import annotations

import re

import pytest

from testkit import need_shared
from marsad.lang.ar.dates import find_times

VALUE = re.compile(
    r"^(?:[0-9X]{4}(?:-(?:[0-9X]{2}(?:-[0-9X]{2})?|W[0-9X]{2}(?:-[1-7])?|Q[1-4]|H[12]))?(?:T\d\d:\d\d)?"
    r"|\d{3}X|XXXX-WXX-[1-7]|T\d\d:\d\d|PT?(?:[\dX.]+[YMWDHS])+"
    r"|\d{4}-\d\d-\d\d/\d{4}-\d\d-\d\d|\d{4}/\d{4})$")
# Pinned minimums of the overlap measure on the Wojood sample (measured: P 0.985, R 0.910).
MIN_PRECISION, MIN_RECALL = 0.96, 0.88


def _wojood_sentences():
    folder = need_shared("data", "wojood_sample")
    for f in sorted(folder.glob("*.txt")):
        toks: list[tuple[str, list[str]]] = []
        for line in f.read_text(encoding="utf-8").splitlines() + [""]:
            if not line.strip():
                if toks:
                    yield toks
                toks = []
            else:
                parts = line.split(" ")
                toks.append((parts[0], parts[1:]))


def _gold(toks):
    spans, pos, cur = [], 0, None
    for tok, tags in toks:
        b = any(t in ("B-DATE", "B-TIME") for t in tags)
        i = any(t in ("I-DATE", "I-TIME") for t in tags)
        if b or (i and cur is None):
            if cur:
                spans.append(tuple(cur))
            cur = [pos, pos + len(tok)]
        elif i:
            cur[1] = pos + len(tok)
        elif cur:
            spans.append(tuple(cur))
            cur = None
        pos += len(tok) + 1
    if cur:
        spans.append(tuple(cur))
    return " ".join(t for t, _ in toks), spans


@pytest.mark.shared
def test_dates_wojood_precision_recall_minimum():
    pred_n = gold_n = pred_ok = gold_ok = 0
    for toks in _wojood_sentences():
        text, gold = _gold(toks)
        pred = [(x.start, x.end) for x in find_times(text, None)]
        pred_n += len(pred)
        gold_n += len(gold)
        pred_ok += sum(any(p[0] < g[1] and g[0] < p[1] for g in gold) for p in pred)
        gold_ok += sum(any(p[0] < g[1] and g[0] < p[1] for p in pred) for g in gold)
    assert gold_n > 500
    assert pred_ok / pred_n >= MIN_PRECISION
    assert gold_ok / gold_n >= MIN_RECALL


@pytest.mark.shared
def test_dates_saudinewsnet_day_well_formed(saudinewsnet_day):
    articles = saudinewsnet_day("2015-07-23")
    found = 0
    for a in articles[:300]:
        text = a["content"]
        for x in find_times(text, a["date_extracted"][:10]):
            found += 1
            assert text[x.start:x.end] == x.text and x.text.strip() == x.text
            assert x.value is None or VALUE.match(x.value), (x.text, x.value)
            assert x.kind in ("date", "weekday", "relative", "time", "duration", "hijri", "year", "month")
            if x.value is None:
                assert x.resolved is False
    assert found > 1000
