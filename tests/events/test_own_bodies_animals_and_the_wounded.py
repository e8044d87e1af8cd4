"""Sides and non-acts read from a 2015 news sample by hand.

The body named in the subject's own title ("الزياني الأمين العام لمجلس التعاون لدول الخليج العربية، بشدة،
تصريحات نوري المالكي") is his, not whom he condemned; a rejection owned by a pronoun ("التأكيد على رفضهم لدعم
إيران للإرهاب") is not Iran's; piranhas attacking bathers are animals; the wounded being treated or moved
("كما نقل ثمانية جرحى إلى مستشفى") report no attack; a welcome of a visit ("رحب ... بزيارة الرئيس هادي لمصر") is
a courtesy; naval forces asked to call at a port ("زيارة القوات البحرية المصرية إلى عدن") make no visit between
leaders; and an appeal to one's own people after "من جهته" is addressed to the public.
"""
from __future__ import annotations

from marsad.api import analyze


def _events(text: str):
    doc = analyze(text)
    return [e for e in doc.events if not e.extension]


def test_the_subjects_own_body_is_not_the_recipient():
    evs = _events("استنكر الدكتور عبد اللطيف الزياني الأمين العام لمجلس التعاون لدول الخليج العربية، بشدة، تصريحات نوري "
                  "المالكي نائب رئيس العراق تجاه السعودية.")
    assert [(e.event, e.actor.code, [r.code for r in e.recipients]) for e in evs] == [("ACCUSE", "GCC", ["IRQGOV"])]
    evs = _events("وطلب رئيس الوزراء العراقي حيدر العبادي من وزارة العدل العراقية دراسة الأمر.")
    assert [(e.event, [r.code for r in e.recipients]) for e in evs] == [("REQUEST", ["IRQGOV"])]


def test_a_rejection_owned_by_a_pronoun_is_not_the_named_ones():
    evs = _events("وعبر وزراء خارجية دول مجلس التعاون عن قلقهم من التصريحات الصادرة أخيرا من بعض المسؤولين الإيرانيين، "
                  "وأعادوا التأكيد على رفضهم لدعم إيران للإرهاب وأنشطتها المزعزعة للاستقرار في المنطقة.")
    assert not [e for e in evs if e.actor is not None and e.actor.code == "IRN"], \
        [(e.event, e.actor, e.recipients) for e in evs]
    evs = _events("وأكد وزير الخارجية السعودي عادل الجبير رفضه لتدخل إيران في شؤون المنطقة.")
    assert [(e.event, e.actor.code, [r.code for r in e.recipients]) for e in evs if e.event == "REJECT"] == \
        [("REJECT", "SAUGOV", ["IRN"])]


def test_fish_and_the_wounded_being_treated_are_no_attack():
    assert not _events("هاجمت مجموعة من أسماك البيرانا المتوحشة مجموعة من المصطافين على شاطئ بحر مدينة قليبية الجنوبية "
                       "في تونس حيث تسببت بإصابات بالغة للعديد منهم.")
    assert not _events("وأفادت مصادر طبية أردنية أن الجرحى اليمنيين سيتلقون العلاج في 3 مستشفيات خاصة بالعاصمة عمان.")
    assert not _events("كما نقل ثمانية جرحى إلى مستشفى متخصص في مايدوغوري.")
    assert [e for e in _events("قتل ثلاثة أشخاص وأصيب خمسة نقلوا إلى المستشفى في هجوم مسلح على حاجز للشرطة أمس.")
            if e.event == "ASSAULT"]


def test_welcoming_a_visit_and_forces_calling_at_a_port():
    evs = _events("من جهته رحب الرئيس المصري، عبد الفتاح السيسي، بزيارة الرئيس عبد ربه منصور هادي لمصر، مؤكدًا أن حماية "
                  "الأمن القومي العربي من أولويات القيادة المصرية.")
    assert [e.event for e in evs] == ["CONSULT"], [(e.event, e.actor, e.recipients) for e in evs]
    evs = _events("وقال وزير الخارجية اليمني رياض ياسين: إن هادي طلب خلال اللقاء زيارة القوات البحرية المصرية إلى عدن "
                  "والمشاركة في حماية موانئها.")
    assert not [e for e in evs if e.event == "CONSULT"]


def test_an_appeal_after_an_aside_is_public():
    doc = analyze("وطالب وزير الخارجية اليمني رياض ياسين من جهته اليمنيين في جميع المحافظات بالانضمام إلى الموالين "
                  "للشرعية.")
    assert not [e for e in doc.events if e.event == "REQUEST"]
    assert any(d["why"] == "addressed to the general public" for d in doc.meta["events_not_reported"])
