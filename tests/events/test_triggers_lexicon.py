"""Trigger lexicon: morphological variants, compounds with gaps, cancelling words, resource errors."""
from __future__ import annotations

import pytest

from marsad.errors import ResourceError
from marsad.events import triggers
from marsad.events.triggers import find_in_text


def kinds(text: str) -> list[tuple[str, str]]:
    return [(t.event, text[t.start:t.end]) for t in find_in_text(text) if not t.rule.extension]


@pytest.mark.parametrize("text, event, word", [
    ("أوستن وشويغو يتحادثان دون أمل بانفراج لوقف الحرب", "CONSULT", "يتحادثان"),
    ("أجرى وزيرا الدفاع الأميركي لويد أوستن والروسي سيرغي شويغو اتصالا الجمعة", "CONSULT", "أجرى"),
    ("وتحدث أوستن إلى وزير الدفاع الأوكراني أولكسي ريزنيكوف", "CONSULT", "وتحدث"),
    ("اتصل جو بايدن أمس برئيسة وزراء السويد", "CONSULT", "اتصل"),
    ("رئيس البنتاغون يطالب روسيا بوقف فوري لإطلاق النار دون جدوى", "REQUEST", "يطالب"),
    ("وحذره خلال محادثاتهما من العواقب الوخيمة", "THREATEN", "وحذره"),
    ("وأوضحت المصادر أن «مسلحين مجهولين اغتالوا العميد جبار مساعد»", "ASSAULT", "اغتالوا"),
    ("افادت مصادر متطابقة ان مجهولين خطفوا مصورا فرنسيا في بوساسو", "ASSAULT", "خطفوا"),
    ("وقال ان «سيارة مفخخة انفجرت قرب مقر مجلس للصحوة»", "ASSAULT", "مفخخة"),
    ("تظاهر آلاف الطلاب أمام مبنى البرلمان", "PROTEST", "تظاهر"),
    ("ورفعت المتظاهرات لافتات مثل «لن يكون العراق مستعمرة اميركية»", "PROTEST", "المتظاهرات"),
    ("وكان متظاهرو «المليون نسمة» الذين ساروا في اسطنبول الأحد الماضي رددوا", "PROTEST", "متظاهرو"),
    ("تدرس إمكان إقامة تجمع مركزي احتجاجي في طرابلس", "PROTEST", "تجمع"),
    ("وحددت أماكن الوقفة الصامتة، تضامناً مع ضحايا حادثة الكنيستين", "PROTEST", "الوقفة"),
    ("وأعلنت النقابات العصيان المدني في العاصمة", "PROTEST", "العصيان"),
    ("خرج الآلاف في مسيرة بوسط العاصمة التايلاندية بانكوك", "PROTEST", "خرج"),
    ("واعتقلت الشرطة ثلاثة أشخاص", "COERCE", "واعتقلت"),
    ("فقد سمحت بشحن 3,800 مليار دولار من الأسلحة", "AID", "بشحن"),
    ("وفي سياق ذلك قررت الحكومة الانسحاب من المفاوضات", "RETREAT", "الانسحاب"),
])
def test_trigger_found(text, event, word):
    assert (event, word) in kinds(text)


@pytest.mark.parametrize("text, event", [
    ("لكن وزارة الدفاع الروسية أوضحت في وقت سابق", "CONSULT"),        # وزارة is not زار (visited)
    ("رئيس البنتاغون يطالب روسيا بوقف فوري لإطلاق النار", "ASSAULT"),   # a ceasefire is not gunfire
    ("وقت الفجر في المدينة", "ASSAULT"),                                # فجر (dawn) is not an explosion
    ("وتواصل الحكومة مسيرة التنمية في المناطق", "PROTEST"),              # a course of development is no march
    ("أقام النادي حفلا لتكريم الطلبة المتفوقين بعد وقفة قصيرة", "PROTEST"),   # a pause is no protest stand
    ("وكان يوجهها الى السيارات العابرة متظاهرا بأنه يريد تفجيرها", "PROTEST"),  # متظاهرا: pretending
])
def test_trigger_not_found(text, event):
    assert event not in [e for e, _ in kinds(text)]


def test_nouns_and_conjunction_are_told_apart():
    found = {t.event: t for t in find_in_text("ذكر بلينكن الهجمات الروسية وهدده")}
    assert found["ASSAULT"].is_noun and not found["THREATEN"].is_noun
    assert found["THREATEN"].conj
    assert not [t for t in find_in_text("التي وصفها بأنها محاولة") if t.event == "ACCUSE"][0].conj


def test_user_rows_extend_the_lexicon(tmp_path, monkeypatch):
    (tmp_path / "events").mkdir()
    (tmp_path / "events" / "triggers.tsv").write_text(
        "pattern\tevent\tmode\tkind\textension\tunless\tnotes\nاستعرض|استعرضت\tCONSULT\t\tverb\t\t\treviewed\n", encoding="utf-8")
    monkeypatch.setenv("MARSAD_DATA_PATH", str(tmp_path))
    triggers.rules.cache_clear()
    try:
        assert ("CONSULT", "استعرضت") in kinds("استعرضت الوزيرة مع نظيرها العلاقات")
    finally:
        monkeypatch.delenv("MARSAD_DATA_PATH")
        triggers.rules.cache_clear()


def test_bad_row_names_file_and_line(tmp_path, monkeypatch):
    (tmp_path / "events").mkdir()
    bad = tmp_path / "events" / "triggers.tsv"
    bad.write_text("pattern\tevent\nضرب\tHIT\n", encoding="utf-8")
    monkeypatch.setenv("MARSAD_DATA_PATH", str(tmp_path))
    triggers.rules.cache_clear()
    try:
        with pytest.raises(ResourceError) as err:
            triggers.rules()
        assert f"{bad}:2" in str(err.value) and "HIT" in str(err.value)
    finally:
        monkeypatch.delenv("MARSAD_DATA_PATH")
        triggers.rules.cache_clear()
