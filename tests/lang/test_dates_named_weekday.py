"""A weekday named beside a relative day ("أمس الأربعاء") is the day, even when the anchor (for SaudiNewsNet the
date the page was collected, often a day or more after publication) puts "yesterday" on another weekday; and a
Hijri date with no year after "تستمر حتى" lies ahead. Phrases as they occur in SaudiNewsNet (2015)."""
from __future__ import annotations

import pytest

from marsad.lang.ar.dates import find_times


@pytest.mark.parametrize("text,anchor,value", [
    ("قتل جنديان أمس الاربعاء في كمين", "2015-07-31", "2015-07-29"),      # collected on a Friday
    ("وقال اليوم (الاربعاء) إن", "2015-07-31", "2015-07-29"),
    ("مساء أول من أمس الثلاثاء", "2015-07-31", "2015-07-28"),
    ("وأعلنت اليوم الأحد", "2015-07-24", "2015-07-19"),                    # not after the anchor
    ("أمس الخميس", "2015-07-31", "2015-07-30"),                            # agreeing weekday: unchanged
    ("يعقد غدا الاثنين", "2015-07-24", "2015-07-27"),                      # a coming day stays ahead
])
def test_named_weekday_decides_the_day(text, anchor, value):
    [x] = find_times(text, anchor)
    assert x.value == value


def test_hijri_date_after_continues_until_lies_ahead():
    [x] = find_times("الدورة التدريبية الصيفية التي تستمر حتى 20 من ذي القعدة", "2015-07-31")
    assert x.value == "2015-09-04"
