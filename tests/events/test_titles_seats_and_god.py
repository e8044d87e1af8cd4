"""Sentences of 2015 news read by hand. The organisation that ends a person's title ("خالد مشعل رئيس المكتب السياسي
لحماس") is the body the person serves: it codes the person and is no side of the act; the side is who the person
met. The owner of a building after a preposition ("أمام مبنى البرلمان الإيراني") is where a protest stood, not who
protested. God, named in a closing formula ("والله الهادي إلى سواء السبيل"), is no side of an attack."""
from __future__ import annotations

from coded_events import plover, triggered


def _sides(doc, e):
    return e.actor and doc.text[e.actor.start:e.actor.end], [doc.text[r.start:r.end] for r in e.recipients]


def test_the_body_a_person_heads_is_not_whom_he_met():
    text = "التقى خالد مشعل رئيس المكتب السياسي لحماس أمس الرئيس الإيراني حسن روحاني في طهران."
    doc, evs = plover(text, "2015-08-09")
    talks = [e for e in evs if e.event == "CONSULT"]
    assert [_sides(doc, e) for e in talks] == [("خالد مشعل", ["حسن روحاني"])], [_sides(doc, e) for e in talks]
    assert talks[0].actor.code == "PSEREB"


def test_a_deputy_heads_title_ends_with_the_movement():
    text = "التقى إسماعيل هنية نائب رئيس المكتب السياسي لحركة حماس أمس وزير الخارجية القطري."
    doc, evs = plover(text, "2015-08-09")
    talks = [e for e in evs if e.event == "CONSULT"]
    assert talks and all("حماس" not in r for e in talks for r in _sides(doc, e)[1]), [_sides(doc, e) for e in talks]
    assert [e.recipients[0].code for e in talks] == ["QATGOV"]


def test_a_state_after_a_title_without_its_lam_is_still_a_side():
    doc_evs = triggered("التقى نبيه بري رئيس مجلس النواب اللبناني أمس السفير الأمريكي.", "2015-08-09", "CONSULT",
                        "التقى")
    assert [e.recipients[0].code for e in doc_evs] == ["USAGOV"]


def test_the_building_before_which_teachers_sat_in_is_not_the_protester():
    text = ("اعتصم عدد من المعلمين الإيرانيين أمس أمام مبنى البرلمان الإيراني احتجاجا على اعتقال عدد من "
            "المعلمين.")
    doc, evs = plover(text, "2015-07-23")
    protests = [e for e in evs if e.event == "PROTEST"]
    assert protests and not [e for e in protests if e.actor is not None
                             and "البرلمان" in doc.text[e.actor.start:e.actor.end]]


def test_god_in_a_closing_formula_is_no_target():
    text = ("صرح المتحدث الأمني بوزارة الداخلية بأنه أثناء قيام مجموعة من منسوبي قوات الطوارئ الخاصة بمنطقة عسير بأداء "
            "صلاة الظهر جماعة في مسجد مقر القوات، حدث تفجير في جموع المصلين نتج عنه استشهاد عشرة من منسوبي القوات "
            "إضافة إلى ثلاثة من العاملين في الموقع وإصابة تسعة آخرين، ثلاثة منهم إصاباتهم بالغة، كما عثر في الموقع على "
            "أشلاء يعتقد أنها ناتجة عن تفجير بأحزمة ناسفة، ولا يزال الحادث محل متابعة الجهات الأمنية المختصة، والله "
            "الهادي إلى سواء السبيل.")
    doc, evs = plover(text, "2015-08-07")
    sides = [doc.text[p.start:p.end] for e in evs for p in [e.actor, *e.recipients] if p is not None]
    assert evs and not [s for s in sides if "الله" in s], sides
