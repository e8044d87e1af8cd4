"""Metadata read from the page: datelines, bylines, publisher and credited agency, page date."""
from __future__ import annotations

import pytest

from marsad.clean.lines import component
from marsad.doc import Document

BODY = ("وقالت وكالة الأنباء العمانية الرسمية إن الوزيرين بحثا أوجه التعاون الثنائي وتبادلا وجهات النظر "
        "حول عدد من القضايا الإقليمية والدولية ذات الاهتمام المشترك.")


@pytest.mark.parametrize("first, place, agency, outlet, person", [
    ("باريس - أ.ف.ب: توصل الرئيس الفرنسي فرنسوا هولاند، ونظيره الروسي فلاديمير بوتين، إلى اتفاق في قضية "
     "عدم تسليم سفينتي «ميسترال»، بحسب ما أعلنت الرئاسة الفرنسية في بيان مساء أمس.", "باريس", "أ.ف.ب", None, None),  # aawsat
    ("عبدالله السالم- سبق- الدمام: أصيب موظفين بمطار الملك فهد الدولي بالدمام أمس الجمعة بإصابات بسيطه "
     "نتيجة شجار وقع بينهما في مواقف السيارات.", "الدمام", None, "سبق", "عبدالله السالم"),                         # sabq
    ("الرياض - واس: أعلن وزير الصحة اليوم عن افتتاح ثلاثة مستشفيات جديدة في المنطقة الشرقية.", "الرياض", "واس", None, None),
    ("القاهرة (رويترز) - قال مسؤول بوزارة الخارجية المصرية اليوم إن الوزير سيزور الرياض الأسبوع المقبل.",
     "القاهرة", "رويترز", None, None),
])
def test_lines_dateline_opening_the_first_paragraph(first, place, agency, outlet, person):
    doc = component(Document(text=f"{first}\n{BODY}", title="عنوان"))
    seg = doc.layers["segments"][0]
    assert seg.label == "body"                     # the dateline stays part of its paragraph
    dl = doc.meta["dateline"]
    assert (dl.get("place"), dl.get("agency"), dl.get("outlet"), dl.get("person")) == (place, agency, outlet, person)
    assert doc.text[dl["start"]:dl["end"]].rstrip(" :-").startswith(first.split()[0])
    if person:
        assert doc.byline == person
    if agency:
        assert doc.credited == agency
    assert doc.published is None


@pytest.mark.parametrize("first, place, outlet, person", [
    ("عوض الفهمي- سبق- أضم: أعلنت جمعية البر الخيرية بمركز ربوع العين بمحافظة أضم عن توزيع السلال الغذائية على "
     "الأسر المحتاجة.", "أضم", "سبق", "عوض الفهمي"),            # a place the gazetteer lacks, after the outlet
    ("بندر الدوشي –سبق-متابعة: تعتبر زيارة ولي ولي العهد الأمير محمد بن سلمان للأردن، قبل يومين، من الزيارات "
     "الهامة والإستراتيجية على مستوى المنطقة.", None, "سبق", "بندر الدوشي"),   # a wire credit ("متابعة") last
])
def test_lines_reporter_outlet_and_place_or_credit(first, place, outlet, person):
    doc = component(Document(text=f"{first}\n{BODY}", title="عنوان"))
    dl = doc.meta["dateline"]
    assert (dl.get("place"), dl.get("outlet"), dl.get("person")) == (place, outlet, person)


def test_lines_dateline_after_a_title_line_opening_the_text():
    """A text that opens with its title line (no title given apart): the dateline opens the second paragraph."""
    text = ("\"الأردن الحليف\".. ولي ولي العهد ينسف مغريات الملالي\nبندر الدوشي –سبق-متابعة: تعتبر زيارة ولي ولي "
            "العهد الأمير محمد بن سلمان للأردن، قبل يومين، من الزيارات الهامة.\n" + BODY)
    doc = component(Document(text=text))
    dl = doc.meta["dateline"]
    assert dl.get("person") == "بندر الدوشي"
    assert doc.text[dl["start"]:dl["end"]].startswith("بندر الدوشي")


def test_lines_was_dateline_date_is_not_publication():
    text = "الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس\n" + BODY + "\n// انتهى //\n14:05 ت م"
    doc = component(Document(text=text, title="عام / عنوان"))
    dl = doc.meta["dateline"]
    assert {k: dl[k] for k in ("place", "agency", "date")} == {"place": "الرياض", "agency": "واس", "date": "2015-08-11"}
    assert doc.text[dl["start"]:dl["end"]] == text.split("\n")[0]
    assert doc.published is None and doc.credited == "واس"
    assert [s.label for s in doc.layers["segments"]] == ["dateline", "body", "boilerplate", "boilerplate"]


@pytest.mark.parametrize("line, iso", [
    ("الأربعاء ٢٥ / ديسمبر / ٢٠٢٤", "2024-12-25"),
    ("الخميس 23 تموز 2015", "2015-07-23"),
    ("25/12/2024", "2024-12-25"),
])
def test_lines_header_clock_is_page_date(line, iso):
    doc = component(Document(text=f"{line}\nعنوان الخبر في سطر قصير\n{BODY}"))
    assert doc.page_date == iso and doc.published is None
    assert doc.layers["segments"][0].label == "boilerplate"


def test_lines_closing_credit_gives_publisher_and_wire():
    doc = component(Document(text=f"عنوان الخبر في سطر قصير\n{BODY}\nالوطن - رويترز\nالنشرة الإخبارية"))
    assert (doc.publisher, doc.credited) == ("الوطن", "رويترز")
    assert [s.label for s in doc.layers["segments"]] == ["title", "body", "attribution", "boilerplate"]


def test_lines_reader_metadata_is_not_overwritten():
    doc = component(Document(text=f"عمر إبراهيم – عين اليوم\n{BODY}", title="ع", byline="كاتب", publisher="ناشر"))
    assert (doc.byline, doc.publisher) == ("كاتب", "ناشر")
    assert doc.layers["segments"][0].label == "byline"


def test_lines_place_and_agency_line_does_not_end_the_story():
    text = f"{BODY}\nالرياض - واس\n{BODY}\n{BODY}"
    doc = component(Document(text=text, title="ع"))
    assert [s.label for s in doc.layers["segments"]] == ["body", "dateline", "body", "body"]
    assert doc.publisher is None and doc.credited == "واس"


@pytest.mark.parametrize("meta_title", [
    "أوستن وشويغو يتحادثان دون أمل بانفراج لوقف الحرب | ليفانت نيوز",      # <title> with the site name
    "أوستن وشويغو يتحادثان.. دون أمل بانفراج لوقف الحرب",                  # punctuation differs
])
def test_lines_metadata_title_found_in_the_page(seed_000, meta_title):
    doc = component(Document(text=seed_000, title=meta_title))
    assert doc.title == meta_title
    assert [s.label for s in doc.layers["segments"]][3] == "title"
