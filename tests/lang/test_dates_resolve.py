"""Resolving partial and relative values against the publication date, and re-resolving with a direction."""
from __future__ import annotations

from datetime import date

import pytest

from marsad.lang.ar.dates import find_times, resolve
from marsad.lang.ar.dates_resolve import parse_anchor, resolve_offset, resolve_partial

A = date(2022, 10, 21)   # a Friday


@pytest.mark.parametrize("value,anchor,direction,strict,expected", [
    ("XXXX-05-13", A, None, False, "2022-05-13"),
    ("XXXX-11-13", A, None, False, "2021-11-13"),      # not after publication: last year
    ("XXXX-11-13", A, "future", False, "2022-11-13"),
    ("XXXX-05-13", A, "future", False, "2023-05-13"),
    ("XXXX-10-21", A, None, False, "2022-10-21"),      # the day itself
    ("XXXX-10-21", A, "past", True, "2021-10-21"),
    ("XXXX-01", A, None, False, "2022-01"),
    ("XXXX-12", A, None, False, "2021-12"),
    ("XXXX-01", A, "future", False, "2023-01"),
    ("XXXX-10", A, "future", True, "2023-10"),
    ("XXXX-02-29", A, None, False, "2020-02-29"),      # a leap day goes back to a leap year
    ("XXXX-WXX-5", A, None, False, "2022-10-21"),      # Friday published on a Friday: that day
    ("XXXX-WXX-5", A, "past", True, "2022-10-14"),     # "الجمعة الماضي"
    ("XXXX-WXX-5", A, "future", True, "2022-10-28"),   # "الجمعة المقبل"
    ("XXXX-WXX-4", A, None, False, "2022-10-20"),
    ("XXXX-WXX-6", A, "future", False, "2022-10-22"),
    ("XXXX-05-13", None, None, False, "XXXX-05-13"),   # no anchor: nothing invented
    ("XXXX-WXX-5", None, "future", False, "XXXX-WXX-5"),
    ("2021-12-23", A, "future", False, "2021-12-23"),  # complete values stay
    ("REF-1D", A, None, False, "2022-10-20"),
    ("REF-1D", None, None, False, None),
])
def test_dates_resolve_partial(value, anchor, direction, strict, expected):
    assert resolve_partial(value, anchor, direction, strict) == expected


@pytest.mark.parametrize("template,granularity,expected", [
    ("REF-1W", "W", "2022-W41"), ("REF+0W", "W", "2022-W42"), ("REF-1M", "M", "2022-09"),
    ("REF+1M", "M", "2022-11"), ("REF-1Y", "Y", "2021"), ("REF-3M", "M", "2022-07"), ("REF-14D", "D", "2022-10-07"),
])
def test_dates_resolve_offset(template, granularity, expected):
    assert resolve_offset(template, A, granularity) == expected


@pytest.mark.parametrize("value", [None, "", "yesterday", "2022-13-45", "21/10/2022", 12])
def test_dates_parse_anchor_rejects_non_dates(value):
    assert parse_anchor(value) is None


def test_dates_parse_anchor_accepts_strings_and_dates():
    assert parse_anchor("2022-10-21") == A
    assert parse_anchor("2022-10-21T09:00:00Z") == A
    assert parse_anchor(A) == A


@pytest.mark.parametrize("sentence,text,direction,expected", [
    ("وسيزور الرئيس باريس في 13 مايو لبحث الأزمة.", "13 مايو", "future", "2023-05-13"),
    ("ويعقد المجلس جلسته الخميس لمناقشة الميزانية.", "الخميس", "future", "2022-10-27"),
    ("وتنطلق الدورة في كانون الثاني/يناير المقبل.", "كانون الثاني/يناير المقبل", None, "2023-01"),
    ("اجتمع الوزراء في 13 مايو.", "13 مايو", None, "2022-05-13"),
    ("وصل الوفد أمس إلى الرياض.", "أمس", "future", "2022-10-20"),     # a relative offset keeps its sign
    ("وقع الاتفاق في 5 مايو 2021.", "5 مايو 2021", "future", "2021-05-05"),   # an explicit year stays
    ("وكان قد زار باريس في 13 مايو الماضي.", "13 مايو الماضي", "future", "2022-05-13"),   # the text's modifier wins
    ("وتبدأ الإجازة في 5 شوال.", "5 شوال", "future", "2023-04-25"),
    ("وانتهت الإجازة في 5 شوال.", "5 شوال", None, "2022-05-06"),
])
def test_dates_resolve_again_with_direction(sentence, text, direction, expected):
    x = next(x for x in find_times(sentence, None) if x.text == text)
    assert resolve(x, A, direction).value == expected


def test_dates_resolve_again_without_anchor_changes_nothing():
    x = next(x for x in find_times("اجتمع الوزراء في 13 مايو.", None))
    assert resolve(x, None, "future").value == "XXXX-05-13"


@pytest.mark.parametrize("sentence,text,expected,direction", [
    ("وأضاف أن المباراة ستقام في 20 ديسمبر على ملعب الملك فهد.", "20 ديسمبر", "2022-12-20", "future"),
    ("ومن المقرر أن يزور الرئيس باريس في 13 مايو.", "13 مايو", "2023-05-13", "future"),
    ("ومن المتوقع استكمال المحادثات الفنية قبل الثاني عشر من آب(أغسطس).", "الثاني عشر من آب(أغسطس)", "2023-08-12",
     "future"),
    ("سيعقد مجلس الوزراء جلسته الأسبوعية الخميس.", "الخميس", "2022-10-27", "future"),
    ("وتبدأ الدراسة اعتبارا من الأحد.", "الأحد", "2022-10-23", "future"),
    ("وقال إن المجلس عقد جلسته الخميس.", "الخميس", "2022-10-20", None),
    ("سيعقد المجلس جلسته اليوم. وكان قد اجتمع في 13 مايو.", "13 مايو", "2022-05-13", None),   # cue in another sentence
    ("وسيزور الرئيس باريس في 13 مايو الماضي.", "13 مايو الماضي", "2022-05-13", "past"),       # the modifier wins
])
def test_dates_future_cues(sentence, text, expected, direction):
    x = next(x for x in find_times(sentence, A) if x.text == text)
    assert (x.value, x.direction) == (expected, direction)


@pytest.mark.parametrize("sentence,text,expected", [
    ("وفضت الشرطة قبل نحو أسبوعين مظاهرة للطلاب.", "قبل نحو أسبوعين", "2022-W40"),
    ("تحاصرها القوات منذ أكثر من أسبوع.", "منذ أكثر من أسبوع", "2022-W41"),
    ("وفضت الشرطة قبل أسبوعين مظاهرة للطلاب.", "قبل أسبوعين", "2022-10-07"),
    ("وقتل ثلاثة أشخاص قبل حوالي شهر.", "قبل حوالي شهر", "2022-09"),
])
def test_an_approximate_stretch_ago_names_the_week_not_a_day(sentence, text, expected):
    x = next(x for x in find_times(sentence, A) if x.text == text)
    assert x.value == expected
