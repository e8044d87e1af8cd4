"""Digits in every script and separator convention, word numbers, scales, currencies, and what is not an amount."""
from __future__ import annotations

import time

import pytest

from marsad.doc import Document, Span
from marsad.lang.ar import numbers
from marsad.lang.ar.numbers import find, parse_digits


@pytest.mark.parametrize("surface,decimal_context,value,alt", [
    ("3,800", False, 3800, None),
    ("3.800", False, 3800, None),
    ("3.800", True, 3.8, 3800),
    ("3.5", False, 3.5, None),
    ("3,5", False, 3.5, None),
    ("٣٬٨٠٠", False, 3800, None),
    ("٣٫٥", False, 3.5, None),
    ("٣٫٥٠٠", False, 3.5, None),
    ("۱۲۳", False, 123, None),
    ("1,234,567", False, 1234567, None),
    ("1.234.567", False, 1234567, None),
    ("1,234.5", False, 1234.5, None),
    ("1.234,5", False, 1234.5, None),
    ("0.125", False, 0.125, None),
    ("1116.43", False, 1116.43, None),
    ("134.230.802.95", False, 134230802.95, None),
])
def test_numbers_parse_digits(surface, decimal_context, value, alt):
    v, a = parse_digits(surface, decimal_context)
    assert v == pytest.approx(value)
    assert (a is None) == (alt is None) and (alt is None or a == pytest.approx(alt))


def _one(text: str) -> tuple[str, dict]:
    spans = find(text)
    assert len(spans) == 1, [(text[s.start:s.end], s.attrs) for s in spans]
    return text[spans[0].start:spans[0].end], spans[0].attrs


@pytest.mark.parametrize("text,surface,value,unit", [
    ("دفعت الحكومة ٣٫٥ مليون ريال قطري للمقاول", "٣٫٥ مليون ريال قطري", 3.5e6, "QAR"),
    ("بلغت الخسائر ٣٬٨٠٠ دينار كويتي", "٣٬٨٠٠ دينار كويتي", 3800, "KWD"),
    ("وبلغ الراتب ۲۵۰۰ ريالا عمانيا", "۲۵۰۰ ريالا عمانيا", 2500, "OMR"),
    ("خسر التاجر مليون ريال إيراني", "مليون ريال إيراني", 1e6, "IRR"),
    ("اشترى المنزل بمبلغ 500 ألف جنيه مصري", "500 ألف جنيه مصري", 5e5, "EGP"),
    ("باع اللوحة بـ 2 مليون جنيه إسترليني", "2 مليون جنيه إسترليني", 2e6, "GBP"),
    ("تبلغ الغرامة 300 درهم مغربي", "300 درهم مغربي", 300, "MAD"),
    ("تبلغ الغرامة 300 درهم", "300 درهم", 300, "AED"),
    ("هبطت الليرة إلى 200 ليرة سورية للدولار", "200 ليرة سورية", 200, "SYP"),
    ("رصدت 40 مليون ليرة تركية", "40 مليون ليرة تركية", 4e7, "TRY"),
    ("خصصت 15 مليار روبل", "15 مليار روبل", 1.5e10, "RUB"),
    ("قيمتها 8 ملايين يوان", "8 ملايين يوان", 8e6, "CNY"),
    ("بلغت 80 تريليون ين", "80 تريليون ين", 8e13, "JPY"),
    ("جمع $3.5 مليار من المستثمرين", "$3.5 مليار", 3.5e9, "USD"),
    ("وبلغ الدين العام ثلاثة آلاف وثمانمائة دينار أردني", "ثلاثة آلاف وثمانمائة دينار أردني", 3800, "JOD"),
])
def test_numbers_currencies(text, surface, value, unit):
    got, q = _one(text)
    assert (got, q["unit"], q["measures"]) == (surface, unit, "money")
    assert q["value"] == pytest.approx(value)


@pytest.mark.parametrize("text,surface,value,measures,vague", [
    ("ارتفع المؤشر 15%", "15%", 15, "percent", False),
    ("ارتفع المؤشر ١٥٪", "١٥٪", 15, "percent", False),
    ("تراجع بنسبة 2.5 بالمئة", "2.5 بالمئة", 2.5, "percent", False),
    ("قتل خمسة عشر جنديا", "خمسة عشر جنديا", 15, "people", False),
    ("أصيب أحد عشر مدنيا", "أحد عشر مدنيا", 11, "people", False),
    ("شارك مئتان وخمسون متظاهرا", "مئتان وخمسون متظاهرا", 250, "people", False),
    ("وصل خمسة وعشرون ألف حاج", "خمسة وعشرون ألف حاج", 25000, "people", False),
    ("فر مليونا لاجئ", "مليونا لاجئ", 2e6, "people", False),
    ("وصل 15 مليونا من الزوار", "15 مليونا من الزوار", 1.5e7, "people", False),
    ("نزح نصف مليون شخص", "نصف مليون شخص", 5e5, "people", False),
    ("تظاهر آلاف الأشخاص", "آلاف الأشخاص", None, "people", True),
    ("خرج عشرات الآلاف إلى الشوارع", "عشرات الآلاف", None, "count", True),
    ("ونقل بضعة جرحى", "بضعة جرحى", None, "people", True),
    ("سقط ثلاث مئة قتيل", "ثلاث مئة قتيل", 300, "people", False),
])
def test_numbers_words_and_units(text, surface, value, measures, vague):
    got, q = _one(text)
    assert (got, q["measures"], q["vague"]) == (surface, measures, vague)
    assert q["value"] == (None if value is None else pytest.approx(value))


@pytest.mark.parametrize("text", [
    "وقعت الحرب في عام 2014",
    "صدر القرار 2254 عن مجلس الأمن",
    "في الساعة 10:30 من يوم 12/5/2015",
    "الدورة الـ15 للمهرجان",
    "في القرن التاسع عشر",
    "ولد سنة 1436 هـ في مكة",
    "تحلق طائرات F-16 فوق المدينة",
    "يوم الاثنين المقبل",
    "لست متأكدا من ذلك",
    "نقلت كميات من الوقود",
    "اتصل على الرقم 0555123456",
])
def test_numbers_not_amounts(text):
    assert find(text) == [], [(text[s.start:s.end], s.attrs) for s in find(text)]


def test_numbers_approximate_and_scale_word():
    text = "قتل نحو 3 ملايين شخص"
    got, q = _one(text)
    assert got == "3 ملايين شخص" and q["approx"] and q["scale_word"] == "ملايين" and q["value"] == 3e6


def test_numbers_component_skips_dates_and_boilerplate():
    text = "وصل 15 شخصا في 18 فبراير\nاشترك الآن بـ 99 ريالا"
    doc = Document(text)
    cut = text.index("\n")
    doc.add("segments", Span(0, cut, "body"))
    doc.add("segments", Span(cut + 1, len(text), "boilerplate"))
    doc.add("times", Span(text.index("18"), text.index("فبراير") + 6, "", {"kind": "date"}))
    numbers.component(doc)
    assert [doc.text[s.start:s.end] for s in doc.layers["quantities"]] == ["15 شخصا"]
    assert "lang/units.tsv" in doc.resources


def test_numbers_two_megabytes_in_seconds():
    text = "قتل 15 شخصا وأصيب ثلاثة آلاف وثمانمائة مدني وبلغت الكلفة 3,800 مليار دولار. " * 28000
    t0 = time.perf_counter()
    spans = find(text)
    assert len(spans) == 3 * 28000
    assert time.perf_counter() - t0 < 60


@pytest.mark.parametrize("text", [
    "ولم أجد نفسي إلا وأنا ألف وأدور في المنزل",
    "أكبر أسطول من طائرات «إيه 380» وطائرات بوينج",
    "سجل الهدف الثاني في الدقيقة 53 ثم رد",
    "نصائح:\n9 - عدم تحديث صورك",
])
def test_numbers_not_amounts_in_news(text):
    assert find(text) == [], [(text[s.start:s.end], s.attrs) for s in find(text)]


@pytest.mark.parametrize("text,surface,value,unit", [
    ("مركز الصورة الذي يبعد عن مدينة تبوك 170 كيلو مترًا تقريبًا", "170 كيلو مترًا", 170, "كيلومتر"),
    ("و 268.4 مليون ريال إعانة الأعلاف", "268.4 مليون ريال", 268.4e6, "SAR"),
    ("احتمالا بنسبة 4.\u200f95 في المائة", "4.\u200f95 في المائة", 95.4, "%"),
    ("وصل عدد المشتركين أكثر من ألف", "ألف", 1000, None),
])
def test_numbers_news_details(text, surface, value, unit):
    got, q = _one(text)
    assert (got, q["unit"]) == (surface, unit) and q["value"] == value


@pytest.mark.parametrize("seed", range(25))
def test_numbers_and_flags_never_fail_on_garbage(seed):
    import math
    import random

    from marsad.lang import plausibility
    from marsad.lang.ar import sentences

    rng = random.Random(seed)
    pieces = ["3", ",", ".", "٫", "٬", "٣", "۴", "000", " ", "\n", "مليار", "ألف", "آلاف", "عشرات", "و", "دولار",
              "ريال", "قطري", "%", "في المئة", "$", "\u200f", "هـ", "الـ", "-", "/", "شخصا", "قتيلا", "ونصف", "نصف",
              "تريليون", "عشر", "أحد", "ق.م.", "«", "»", '"', "؟", "ـ", "ً", "ﻻ"]
    text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 400)))
    doc = Document(text)
    for comp in (sentences, numbers, plausibility):
        doc = comp.component(doc)
    for q in doc.layers["quantities"]:
        assert 0 <= q.start < q.end <= len(text)
        assert q.attrs["value"] is None or math.isfinite(q.attrs["value"])


@pytest.mark.parametrize("text", [
    "في الجولة الـ 17 من الدوري الأرجنتيني",
    "جاءت السودان في المرتبة 166 وتراجعت اليمن",
    "في دورة الفرد الأساسي رقم ( 15 ), وذلك يوم الثلاثاء",
    "الضباط الجامعيين للدورة (45 ) للعام",
])
def test_numbers_ranks_and_editions_are_not_amounts(text):
    assert find(text) == [], [(text[s.start:s.end], s.attrs) for s in find(text)]


def test_numbers_parenthesised_number_before_scale():
    got, q = _one("كان إجمالي مبالغها (44894.20) مليون ريال خصصت لتمويل")
    assert got == "(44894.20) مليون ريال" and q["value"] == pytest.approx(44894.2e6) and q["unit"] == "SAR"


@pytest.mark.parametrize("text,surface,value", [
    ("احتفلوا في اثنتي عشرة مدينة", "اثنتي عشرة", 12),
    ("السريع الجري يبلغ طوله نحو 8.\u200f1 متر ويغطي", "8.\u200f1 متر", 1.8),
    ("بمسافة تزيد 3 بوصات عن الجسم", "3 بوصات", 3),
])
def test_numbers_more_news_values(text, surface, value):
    got, q = _one(text)
    assert got == surface and q["value"] == pytest.approx(value)


@pytest.mark.parametrize("text", ["فإن دول الـ«5+ 1» سوف يتوجب عليها", "إيران ودول 5+1 يتقاسمون"])
def test_numbers_group_names_are_not_amounts(text):
    assert find(text) == []


@pytest.mark.parametrize("text", [
    "بعد تعادلها مع السعودية 1 - 1 والكويت صفر - صفر",
    "مباراة الأسبوع السابق امام ليفانتي (2 ـ 1)، سيصبح",
    "ريا وقطر على التوالي بنتيجة واحدة صفر - 1.",
    "مع الكيان الصهيوني, 2- التأكيد على حقوق الشعب",
])
def test_numbers_scores_and_items_are_not_amounts(text):
    assert find(text) == [], [(text[s.start:s.end], s.attrs) for s in find(text)]


@pytest.mark.parametrize("text,surface,value,unit", [
    ("إن عدد المتظاهرين يقارب الثمانية آلاف شخص", "ثمانية آلاف شخص", 8000, "شخص"),
    ("وقدرت خسائرها بما يفوق الثلاثة مليارات جنيه وتسببت", "ثلاثة مليارات جنيه", 3e9, "EGP"),
    ("وتراوح العدد بين 10 - 15 شخصا", "15 شخصا", 15, "شخص"),
])
def test_numbers_article_before_scale_and_ranges(text, surface, value, unit):
    spans = {text[s.start:s.end]: s.attrs for s in find(text)}
    assert surface in spans and spans[surface]["value"] == value and spans[surface]["unit"] == unit
