""""بأعنف قصف مدفعي منذ ستة أشهر" dates neither the act nor the article (the last such shelling was then); "ومارس
المحتجون الضغط" (they exercised pressure) names no month March, while "في يناير ومارس" does; land held back
("تحتجز ملايين الأمتار من الأراضي") is no arrest; a year that opens the sentence ("ففي عام 2009 ...") frames the acts
it tells; after "تمت" a verbal noun is passive ("وتمت إدانة توم هايز"): the name after it underwent the act."""
from __future__ import annotations

from coded_events import plover
from marsad import analyze


def test_a_record_since_some_months_is_no_date():
    doc, evs = plover("اتهمت الحكومة الأوكرانية الانفصاليين الموالين للروس باستهداف مواقعها بأعنف قصف مدفعي منذ ستة "
                      "أشهر وقالت إن مؤشرات تدل على تصعيد الصراع رغم اتفاق وقف لإطلاق النار.", "2015-08-11")
    accusations = [e for e in evs if e.event == "ACCUSE"]
    assert accusations and all(e.date != "2015-02" for e in accusations)
    _, evs = plover("قتل مسلحون ثلاثة جنود منذ يومين في شرق أوكرانيا.", "2015-08-11")
    assert [e.date for e in evs if e.event == "ASSAULT"] == ["2015-08-09"]


def test_a_verb_written_like_a_month_is_no_month():
    doc = analyze("وفي مدينة ليون الفرنسية، قرر المزارعون فتح الطرق أمام حركة المرور، ومارس المحتجون الضغط على "
                  "الحكومة.\nوقال إن المحتجين تجمعوا في يناير ومارس.", published="2015-07-27")
    months = [(doc.text[t.start:t.end], t.attrs.get("value")) for t in doc.layers.get("times", ())]
    assert months == [("يناير", "2015-01"), ("مارس", "2015-03")]


def test_land_held_back_is_no_arrest():
    _, evs = plover("مثل شركة أرامكو التي تحتجز ملايين الأمتار من الأراضي البيضاء لدواع أمنية.", "2015-07-27")
    assert not [e for e in evs if e.event == "COERCE"]
    _, evs = plover("واحتجزت السلطات الإيرانية عشرات الصيادين الإماراتيين أمس.", "2015-07-27")
    assert [e for e in evs if e.event == "COERCE"]


def test_a_year_opening_the_sentence_frames_its_acts():
    _, evs = plover("ففي عام 2009 عندما عيَّن مجلس حقوق الإنسان القاضي اليهودي من جنوب أفريقيا، ريتشارد جولدستون، لإعداد "
                    "تقرير عن جرائم الحرب الإسرائيلية التي استهدفت المدنيين الفلسطينيين، شنَّ الإسرائيليون حملة لا هوادة "
                    "فيها استمرت سنوات طويلة ضد جولدستون، واتهمته وسائل الإعلام الإسرائيلية بالخيانة.", "2015-08-01")
    accusations = [e for e in evs if e.event == "ACCUSE"]
    assert accusations and all(e.date == "2009" and "historical" in e.aux for e in accusations)


def test_the_one_convicted_after_tammat_did_not_convict():
    _, evs = plover("وتمت إدانة توم هايز (35 عاما)، أمام هيئة محلفين في محكمة ساوثوورك جنوب لندن بعد أسبوع من "
                    "المداولات.", "2015-08-03")
    assert all(e.actor is None or "هايز" not in e.actor.text for e in evs)
    _, evs = plover("وأدان وزير الخارجية البريطاني فيليب هاموند إيران بسبب الهجوم على السفارة.", "2015-08-03")
    assert [e for e in evs if e.event == "ACCUSE" and e.actor is not None and e.actor.code == "GBRGOV"]
