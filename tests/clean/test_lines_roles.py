"""Line roles on real lines from SaudiNewsNet outlets (short lines copied as fixtures)."""
from __future__ import annotations

import pytest

from marsad.clean.lines import component
from marsad.doc import Document

# real body paragraphs (alwatan, was) used around the line under test
BODY_A = ("وقالت وكالة الأنباء العمانية الرسمية إن الوزيرين بحثا أوجه التعاون الثنائي وتبادلا وجهات النظر "
          "حول عدد من القضايا الإقليمية والدولية ذات الاهتمام المشترك.")
BODY_B = "بعدها سلم الرئيس التنفيذي للهيئة الملكية بينبع الدروع والشهادات للجهات المشاركة والرعاة ."


def role_of(lines: list[str], index: int, title: str | None = "عنوان الخبر") -> str:
    doc = component(Document(text="\n".join(lines), title=title))
    start = sum(len(x) + 1 for x in lines[:index])
    seg = next(s for s in doc.layers["segments"] if s.start >= start and s.end <= start + len(lines[index]))
    return seg.label


@pytest.mark.parametrize("line, kind", [
    ("// انتهى //", "boilerplate"),                         # was
    ("// يتبع //", "boilerplate"),                          # was
    ("لمراسلة الكاتب: turki@alriyadh.net", "boilerplate"),  # alriyadh
    ("للتواصل مع الكاتب ارسل رسالة SMS", "boilerplate"),     # almadina
    ("737221 - Zain", "boilerplate"),                       # almadina
    ("y.aldayni@asharqalawsat.com", "boilerplate"),         # aawsat
    ("لقراءة الحوار كاملا أنقر هنــا", "boilerplate"),       # aawsat
    ("...المزيد", "boilerplate"),                           # aawsat
    ("* * *", "boilerplate"),                               # aljazirah
    ("* خدمة «واشنطن بوست»", "attribution"),                # aawsat
    ("خاص بـ«الشرق الأوسط»", "attribution"),                # aawsat
    ("(أ. ف. ب)", "attribution"),                           # okaz
    ("فهيم الحامد", "byline"),                              # okaz, columnist signature
])
def test_lines_closing_lines(line, kind):
    assert role_of([BODY_A, BODY_B, line], 2) == kind


@pytest.mark.parametrize("line, kind", [
    ("(تصوير: المحرر)", "caption"),                                                            # okaz
    ("الرئيس الأمريكي جو بايدن - أرشيفية", "caption"),                                         # web page caption
    ("الممثلة تارا لين خلال مشاركتها في حفل هولو 2015 الفني في بيفرلي هيلز - كاليفورنيا (أ ف ب)", "caption"),  # alriyadh
    ("الأداء العام للسوق", "heading"),                                                          # aleqtisadiya
    ("حفظ الله خادم الحرمين الشريفين في سفره وإقامته.", "body"),                                # alriyadh
    ("اقرأ أيضاً: جونسون يعود لبريطانيا", "boilerplate"),
    ("رابط الخبر بصحيفة الوئام: أسعار النفط تغلق على تراجع", "boilerplate"),                    # alweeam
])
def test_lines_lines_inside_the_story(line, kind):
    assert role_of([BODY_A, line, BODY_B], 1) == kind


@pytest.mark.parametrize("line, kind", [
    ("عين اليوم – الرياض", "dateline"),                               # 3alyoum
    ("عمر إبراهيم – عين اليوم", "byline"),                            # 3alyoum
    ("أحمد البشيري-الباحة", "byline"),                                # 3alyoum
    ("مكة المكرمة – حامد القرشي", "byline"),                          # 3alyoum
    ("ناصر الجديع", "byline"),                                        # 3alyoum
    ("الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس", "dateline"),  # was
    ("ينبع26 شوال 1436هـ الموافق 011 أغسطس 2015 م واس", "dateline"),    # was, place glued to the day
    ("Next Previous عين اليوم – واس", "dateline"),                     # 3alyoum
])
def test_lines_opening_lines(line, kind):
    assert role_of([line, BODY_A, BODY_B], 0) == kind


def test_lines_verse_is_not_headings():
    verse = ["ليتني ما شفت في عينك دموع", "منظر الدمعة على خدك هلاك", "يامضوي في دجى عمري شموع",
             "الحزن ما خلق لعيون الملاك"]                            # alriyadh, a poem inside an article
    doc = component(Document(text="\n".join([BODY_A, *verse, BODY_B]), title="قصيدة"))
    assert [s.label for s in doc.layers["segments"]] == ["body"] * 6


def test_lines_blank_and_empty_text():
    assert component(Document(text="")).layers.get("segments", []) == []
    doc = component(Document(text="\n \n\u00a0\n"))
    assert doc.layers.get("segments", []) == []


@pytest.mark.parametrize("text", [
    "أجرى أوستن وشويغو اتصالا هاتفيا",                 # a bare sentence, no final stop
    "قتل جنديان.",
    "وزير الدفاع الأمريكي يتصل بنظيره الروسي\nقتل جنديان في هجوم",
])
def test_lines_snippets_without_paragraphs_stay_text(text):
    doc = component(Document(text=text))
    assert {s.label for s in doc.layers["segments"]} <= {"body", "title"}
    assert "body" in {s.label for s in doc.layers["segments"]}


@pytest.mark.parametrize("line", [
    # seed 000 style: a handout picture distributed by an agency, dated another day
    "يستخدم الجنود قاذفة صواريخ خلال مناورات عسكرية في منطقة دونيتسك، الخميس 23 ديسمبر 2021. "
    "(الخدمة الصحفية بوزارة الدفاع الأوكرانية عبر AP).",
    "شلالات نهر «إجوازو» على الحدود بين الأرجنتين والبرازيل التي يبلغ ارتفاعها 82 مترا (رويترز)",   # alriyadh
])
def test_lines_captions_closed_by_a_credit(line):
    assert role_of([BODY_A, line, BODY_B], 1) == "caption"


def test_lines_sentence_closed_by_a_credit_stays_body():
    line = "وتدور أحداث المسلسل حول عميلة مكتب التحقيقات الفيدرالي أليكس باريش الذي تلعب دورها شوبرا (أ ف ب)."  # alriyadh
    assert role_of([BODY_A, line, BODY_B], 1) == "body"
