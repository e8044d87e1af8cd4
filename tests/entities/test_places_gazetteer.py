"""Places: countries, capitals, cities and regions from the offline gazetteer, with coordinates."""
from __future__ import annotations

import pytest

from marsad.doc import Document
from marsad.entities import actors
from marsad.entities.countries import countries, nisba_forms
from marsad.entities.places import places


def locs(text: str) -> dict[str, dict]:
    doc = actors.component(Document(text))
    return {doc.text[s.start:s.end][len(s.attrs.get("clitic", "")):]: s.attrs
            for s in doc.layers["entities"] if s.label == "LOC"}


@pytest.mark.parametrize("text,surface,name,country,kind", [
    ("خلال مناورات عسكرية في منطقة دونيتسك بأوكرانيا ، الخميس", "منطقة دونيتسك", "Donetsk Oblast", "UKR", "region"),
    ("خلال مناورات عسكرية في منطقة دونيتسك بأوكرانيا ، الخميس", "أوكرانيا", "Ukraine", "UKR", "country"),
    ("جاءت هذه الدعوة في الوقت الذي تسعى فيه روسيا إلى تعزيز سيطرتها في دونباس", "دونباس", "Donbas", "UKR", "region"),
    ("وصل الوزير إلى القاهرة قادما من عمان", "القاهرة", "Cairo", "EGY", "capital"),
    ("وانفجرت سيارة مفخخة في مدينة الموصل شمال العراق", "الموصل", "Mosul", "IRQ", "city"),
    ("وتقدمت القوات نحو مدينة الرمادي في محافظة الأنبار", "محافظة الأنبار", "Anbar", "IRQ", "region"),
    ("وقصفت طائرات التحالف مواقع في صنعاء وتعز", "تعز", "Taiz", "YEM", "city"),
    ("الخدمة الصحفية في كييف", "كييف", "Kyiv", "UKR", "capital"),
])
def test_place_attrs(text, surface, name, country, kind):
    found = locs(text)
    assert surface in found, list(found)
    place = found[surface]["place"]
    assert (place["name"], place["country"], place["kind"]) == (name, country, kind)
    if kind != "country":
        assert isinstance(place["lat"], float) and isinstance(place["lon"], float)


def test_capital_coordinates_are_right():
    cairo = locs("في القاهرة")["القاهرة"]["place"]
    assert abs(cairo["lat"] - 30.06) < 0.2 and abs(cairo["lon"] - 31.25) < 0.2


@pytest.mark.parametrize("text,word", [
    ("بعد صلاة المغرب مباشرة تجمع المصلون", "المغرب"),
    ("وقال المسؤول في الجمعية الخيرية إن الخبر صحيح", "الخبر"),
    ("وصلت السيول إلى المدينة القديمة", "المدينة"),
    ("لقوا مصرعهم اليوم في اشتباكات مع فرقة للقوات شبه العسكرية", "رقة"),
    ("تونس خسائر فادحة إثر اعتداءي سوسة وباردو وضاعفت الحكومة", "اردو"),
    ("وبدأت بورصة طوكيو بمسيرة صاعدة", "بورصة"),
])
def test_common_words_are_not_places(text, word):
    assert word not in locs(text)


def test_every_country_has_an_arabic_name_and_most_a_nisba():
    cs = countries()
    assert len(cs) >= 240
    assert all(c.names_ar for c in cs.values())
    assert sum(1 for c in cs.values() if c.nisba) >= 150
    assert {"RUS", "UKR", "USA", "SAU", "EGY", "FIN", "SWE", "FRA"} <= set(cs)


@pytest.mark.parametrize("phrase,code", [
    ("الرئيس الروسي", "RUSGOV"), ("الرئيسة الروسية", "RUSGOV"), ("الرئيس الأميركي", "USAGOV"),
    ("الرئيس الأمريكي", "USAGOV"), ("الرئيس المصري", "EGYGOV"), ("وزير الدفاع السعودي", "SAUMIL"),
    ("وزيرة الخارجية الأميركية", "USAGOV"), ("مسؤول أمريكي", "USAGOV"), ("مسؤولون أوكرانيون", "UKRGOV"),
    ("الرئيس الفنلندي", "FINGOV"), ("رئيس الوزراء الياباني", "JPNGOV"), ("الجيش الباكستاني", "PAKMIL"),
])
def test_nisba_in_both_genders_and_numbers(phrase, code):
    doc = actors.component(Document("وقال " + phrase + " للصحفيين"))
    coded = [(s.attrs.get("actor") or {}).get("code") for s in doc.layers["entities"] if s.label in ("ROLE", "ORG", "GROUP")]
    assert code in coded, coded


def test_nisba_forms():
    forms = {f for f, _, _ in nisba_forms("روسي")}
    assert {"الروسي", "الروسية", "الروسيون", "الروسيين", "روسية"} <= forms


def test_gazetteer_size():
    assert len(places()) > 800


@pytest.mark.parametrize("text,surface,code", [
    ("جاءت هذه الدعوة في الوقت الذي تسعى فيه روسيا إلى تعزيز سيطرتها", "روسيا", "RUSGOV"),
    ("وأعلنت مصر أمس رفضها للقرار", "مصر", "EGYGOV"),
    ("لأول مرة منذ بدء الحرب في أوكرانيا ، أجرى كبار المسؤولين", "أوكرانيا", "UKR"),
])
def test_country_acting_is_government(text, surface, code):
    found = locs(text)
    assert found[surface]["actor"]["code"] == code
