"""dateparser (search_dates, Arabic) against marsad's own recogniser on the real-sentence date cases.

Usage: python bench/dates_dateparser.py    (prints figures; never fails)
The cases live in tests/lang/test_dates_cases.py; for each, "span" counts a found stretch overlapping the
expected expression and "day" counts a right full-date value among the cases whose value is a full date.
"""
from __future__ import annotations

import sys
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "lang"))

from test_dates_cases import CASES  # noqa: E402

from marsad.lang.ar.dates import find_times  # noqa: E402


def run_dateparser() -> tuple[int, int, float]:
    from dateparser.search import search_dates
    span = day = 0
    t0 = time.process_time()
    for sent, anchor, text, want, _ in CASES:
        settings = {"PREFER_DATES_FROM": "past"}
        if anchor:
            settings["RELATIVE_BASE"] = datetime.fromisoformat(anchor)
        try:
            found = search_dates(sent, languages=["ar"], settings=settings) or []
        except Exception:   # dateparser raises on some inputs; count as nothing found
            found = []
        hits = [(s, d) for s, d in found if s.strip() in text or text in s]
        span += bool(hits)
        day += bool(hits and want and len(want) == 10 and hits[0][1].date().isoformat() == want)
    return span, day, time.process_time() - t0


def run_marsad() -> tuple[int, int, float]:
    span = day = 0
    t0 = time.process_time()
    for sent, anchor, text, want, _ in CASES:
        found = find_times(sent, anchor)
        hits = [x for x in found if x.text in text or text in x.text]
        span += bool(hits)
        day += bool(want and len(want) == 10 and any(x.value == want for x in hits))
    return span, day, time.process_time() - t0


def main() -> None:
    days = sum(1 for c in CASES if c[3] and len(c[3]) == 10)
    for name, fn in (("marsad", run_marsad), ("dateparser", run_dateparser)):
        span, day, cpu = fn()
        print(f"{name:10} span {span}/{len(CASES)}  day value {day}/{days}  {cpu / len(CASES) * 1000:.2f} ms cpu/sentence")


if __name__ == "__main__":
    main()
