"""The ``times`` component on whole documents (the seeds), the month and weekday tables against CLDR,
words that look like dates but are not, users' additions to the tables, and bad input."""
from __future__ import annotations

import pytest

from marsad.doc import Document, Span
from marsad.errors import ResourceError
from marsad.lang.ar import dates, dates_data
from marsad.lang.ar.normalise import norm


def _times(doc: Document) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for s in doc.layers.get("times", ()):
        out.setdefault(s.text_in(doc), []).append(s.attrs)
    return out


def test_dates_seed_000_with_publication_date(seed_000):
    t = _times(dates.component(Document(seed_000, published="2022-10-21")))
    assert t["الجمعة"][0]["value"] == "2022-10-21"
    assert t["13 أيار/مايو"][0]["value"] == "2022-05-13"
    assert t["19 أيار/مايو"][0]["value"] == "2022-05-19"
    assert t["كانون الثاني/يناير"][0]["value"] == "2022-01"
    assert t["الخميس 23 ديسمبر 2021"][0]["value"] == "2021-12-23"
    assert t["الأربعاء ٢٥ / ديسمبر / ٢٠٢٤"][0]["value"] == "2024-12-25"
    assert t["الجمعة"][0]["anchor"] == "2022-10-21"


def test_dates_seed_000_without_publication_date(seed_000):
    doc = Document(seed_000, page_date="2024-12-25")   # the page clock is never the anchor
    t = _times(dates.component(doc))
    friday = t["الجمعة"][0]
    assert friday["resolved"] is False and friday["anchor"] is None
    assert not (friday["value"] or "").startswith("20")
    assert t["13 أيار/مايو"][0]["value"] == "XXXX-05-13"
    assert t["كانون الثاني/يناير"][0]["value"] == "XXXX-01"
    assert t["الخميس 23 ديسمبر 2021"][0]["value"] == "2021-12-23"
    assert t["في وقت سابق من اليوم"][0]["value"] is None


def test_dates_seed_002(seed_002):
    t = _times(dates.component(Document(seed_002, published="2022-05-14")))
    assert t["يوم الجمعة"][0]["value"] == "2022-05-13"
    assert t["18 فبراير"][0]["value"] == "2022-02-18"
    assert [a["value"] for a in t["أمس"]] == ["2022-05-13", "2022-05-13"]
    assert t["عام 2014"][0]["value"] == "2014"
    assert "الاثنين" not in t   # "بين الاثنين": between the two


def test_dates_component_marks_segments_and_resources():
    text = "صورة أرشيفية الخميس 23 ديسمبر 2021\nوقال الوزير أمس إن المحادثات مستمرة"
    doc = Document(text, published="2021-12-25")
    doc.add("segments", Span(0, 35, "caption"))
    doc.add("segments", Span(36, len(text), "body"))
    dates.component(doc)
    segs = {s.text_in(doc): s.attrs["segment"] for s in doc.layers["times"]}
    assert segs == {"الخميس 23 ديسمبر 2021": "caption", "أمس": "body"}
    assert doc.resources["dates"] == dates_data.lexicon().version
    out = doc.to_dict()["times"]
    assert [t["value"] for t in out] == ["2021-12-23", "2021-12-24"]


def test_dates_component_runs_twice_without_duplicates():
    doc = Document("وصل الوفد أمس إلى الرياض", published="2022-10-21")
    dates.component(dates.component(doc))
    assert len(doc.layers["times"]) == 1


def _cldr_months() -> set[tuple[str, int]]:
    babel = pytest.importorskip("babel")
    from babel import Locale, localedata
    out = set()
    for loc in localedata.locale_identifiers():
        if not (loc == "ar" or loc.startswith("ar_")):
            continue
        for m, name in Locale.parse(loc).months["format"]["wide"].items():
            if not name.startswith("M"):
                out.add((name, m))
    return out


def test_dates_month_table_covers_cldr_arabic_locales():
    lex = dates_data.lexicon()
    cldr = _cldr_months()
    assert len(cldr) >= 40
    missing = [(n, m) for n, m in cldr if lex.months.get(" ".join(norm(n).split()), (None,))[0] != m]
    assert not missing, missing


def test_dates_weekday_table_covers_cldr():
    pytest.importorskip("babel")
    from babel import Locale
    lex = dates_data.lexicon()
    for i, name in Locale.parse("ar").days["format"]["wide"].items():
        assert lex.weekdays[norm(name)][0] == i + 1


@pytest.mark.parametrize("sentence", [
    "ويبحثون عن مخرج بين الاثنين، وهو العزلة.",
    "فهناك فرق كبير بين الاثنين.",
    "تحدث إمام وخطيب المسجد النبوي في خطبة الجمعة عن متاع الدنيا.",
    "وقد صلي على الفقيد بعد صلاة الجمعة في جامع الهويدي.",
    "هذه القصيدة ذات الأبيات الأحد عشر لكفاه أن يوصم شاعراً عظيماً.",
    "سوق الجمعة في مدينة القدس.",
    "تبدو يوما بعد يوم أنها تفتقر إلى المنطق.",
    "قطعة أرض مساحتها 1000 م مربع.",
    "اشتباكات عنيفة في إب وسط اليمن.",
    "مارس الضغط على الحكومة لتغيير موقفها.",
    "يتناولون الأرز ثلاث مرات في اليوم.",
    "وقال رئيس تحرير صحيفة اليوم إن العدد سيصدر.",
    "احتفلت المملكة باليوم الوطني.",
    "بعد عقد اتفاقية أوسلو تغير الوضع.",
    "تستطيع الانتقال إلى 100 كلم/ الساعة في ثوان.",
    "وقال الشيخ محمد جمعة إن الأمر محسوم.",
    "وغدا الوضع أسوأ مما كان عليه قبل الحرب.",
    "أطلق هذه الموضة الخيرية وسنّ هذه السنّة الحسنة.",
    "وصوتت الجمعية العامة للأمم المتحدة على القرار.",
    "ولم يتم تسجيل أي إصابة صفر حتى الآن في المنطقة".replace(" حتى الآن", ""),
])
def test_dates_not_dates(sentence):
    assert dates.find_times(sentence, "2015-07-21") == []


@pytest.mark.parametrize("text", ["", " ", "\n\n", "٠٠٠٠", "99/99/9999", "32 مايو", "31 فبراير 2020", "الساعة 99:99",
                                  "ـــ" * 1000, "1" * 5000, "عام", "(((((", "\u200f\u200e"])
def test_dates_bad_input_never_raises(text):
    out = dates.find_times(text, "2022-10-21")
    for x in out:
        assert x.value is None or isinstance(x.value, str)


def test_dates_impossible_day_has_no_value():
    out = dates.find_times("وقع ذلك في 31 فبراير 2020", None)
    assert all(x.value != "2020-02-31" for x in out)


def test_dates_user_rows_extend_the_tables(tmp_path, monkeypatch):
    folder = tmp_path / "lang" / "ar"
    folder.mkdir(parents=True)
    (folder / "months.tsv").write_text("form\tmonth\tcalendar\tbare\nينّاير\t1\tgregorian\tyes\n", encoding="utf-8")
    monkeypatch.setenv("MARSAD_DATA_PATH", str(tmp_path))
    dates_data.lexicon.cache_clear()
    try:
        out = dates.find_times("وصل الوفد في 3 ينّاير 2020", None)
        assert [x.value for x in out] == ["2020-01-03"]
    finally:
        monkeypatch.delenv("MARSAD_DATA_PATH")
        dates_data.lexicon.cache_clear()


def test_dates_malformed_user_row_is_one_line_error(tmp_path, monkeypatch):
    folder = tmp_path / "lang" / "ar"
    folder.mkdir(parents=True)
    (folder / "months.tsv").write_text("form\tmonth\tcalendar\nينار\tثلاثة\tgregorian\n", encoding="utf-8")
    monkeypatch.setenv("MARSAD_DATA_PATH", str(tmp_path))
    dates_data.lexicon.cache_clear()
    try:
        with pytest.raises(ResourceError) as err:
            dates_data.lexicon()
        assert "months.tsv:2" in str(err.value) and "\n" not in str(err.value)
    finally:
        monkeypatch.delenv("MARSAD_DATA_PATH")
        dates_data.lexicon.cache_clear()


def test_dates_resolve_span_with_a_future_verb():
    doc = dates.component(Document("ويزور الرئيس باريس في 13 مايو لبحث الأزمة.", published="2022-10-21"))
    span = doc.layers["times"][0]
    assert span.attrs["value"] == "2022-05-13"
    assert dates.resolve_span(doc, span, "future") == "2023-05-13"
    assert dates.resolve_span(doc, span) == "2022-05-13"
    doc.published = None
    assert dates.resolve_span(doc, span, "future") == "2022-05-13"   # no anchor: the value stays as it was
