"""Sides and modes read from Arabic wording, sentences of 2015 news read by hand.

A verb right before "فيه / فيها" tells what a statement said: its author, named before the statement, is the
subject and the one name after "فيه" the object ("أصدرت الخارجية الروسية بيانا طالبت فيه الولايات المتحدة");
two names after it read subject then object. Who goes "بمعية / برفقة" someone is in company, neither host nor
partner. An act right after "منذ" ("منذ مداهمتها للعاصمة صنعاء") is the start of a period told as background;
what "ينبغي على" asks is not done. "الناطق بالتركية" is Turkish-speaking, no spokesman. A force "التابعة ل" a
side is that side's ("ميليشيات تابعة للحوثيين"), and the owner of who carried out an attack ("نفذته مروحيات
«أباتشي» التابعة للجيش") is its attacker. A person right after a masculine arrest verb, with nothing but a
preposition or a time after him ("واعتقل أودبريشت في حزيران"), is the one held: the verb is a passive.
"""
from __future__ import annotations

from _docs import sides


def test_the_author_of_a_statement_asks_the_one_named_after_fihi():
    got = sides("وأصدرت الخارجية الروسية بيانا طالبت فيه الولايات المتحدة بوقف الغارات.")
    assert ("REQUEST", "الخارجية الروسية", "الولايات المتحدة", ()) in got
    got = sides("وبعث الرئيس المصري رسالة دعا فيها إيران إلى احترام سيادة الدول.")
    assert ("REQUEST", "الرئيس المصري", "إيران", ()) in got


def test_two_names_after_fihi_are_subject_and_object():
    got = sides("وأرسلت فرنسا رسالة طالب فيها الرئيس الفرنسي إيران بوقف التخصيب.")
    assert ("REQUEST", "الرئيس الفرنسي", "إيران", ()) in got, got


def test_a_companion_is_no_host():
    text = ("ولفتت المواقع إلى أن خبراء إيرانيين زاروا في وقت سابق بمعية السفير الإيراني في صنعاء جبال مران وتعرفوا "
            "على طبيعة التضاريس.")
    assert not [e for e in sides(text) if e[0] == "CONSULT"]


def test_an_act_right_after_since_is_background():
    text = ("الجدير بالذكر أن مليشيات الحوثي منذ مداهمتها للعاصمة صنعاء والسيطرة على المؤسسات الحكومية تقوم بأعمال "
            "نهب لممتلكات عدد من السياسيين.")
    seized = [e for e in sides(text) if e[0] == "COERCE"]
    assert seized and all("historical" in e[3] for e in seized), seized


def test_what_should_be_done_is_no_visit():
    text = ("للحيلولة دون « داعش» وتحويل تونس إلى رأس حربة لشن هجماتهم على أوروبا، ينبغي على كاميرون، والرئيس "
            "الفرنسي فرنسوا هولاند، والمستشارة الألمانية أنجيلا ميركل، القيام بزيارة مشتركة إلى تونس.")
    assert not [e for e in sides(text) if e[0] == "CONSULT" and "hypothetical" not in e[3]]


def test_turkish_speaking_is_no_spokesman():
    text = ("وقالت صحيفة «صول» التركية إن إدارة موقع «darulhilafe.com» الناطق بالتركية نشرت بيانا هددت فيه تركيا، "
            "بسبب العمليات التي تنظمها السلطات التركية.")
    assert not [e for e in sides(text) if e[1] and "الناطق" in e[1]]


def test_the_owner_of_who_carried_out_an_attack_is_its_side():
    text = ("أمنيًا، قتل 6 من عناصر جماعة «أنصار بيت المقدس» وأصيب 4 آخرون في قصف جوي نفذته مروحيات «أباتشي» التابعة "
            "للجيش جنوب الشيخ زويد.")
    hit = [e for e in sides(text) if e[0] == "ASSAULT"]
    assert hit and all(e[1] and "جيش" in e[1] and e[2] != e[1] for e in hit), hit


def test_militias_of_a_side_take_its_code():
    from marsad.api import analyze

    doc = analyze("وقتل خمسة مدنيين في هجوم شنته ميليشيات تابعة للحوثيين على حي سكني في تعز.", published="2015-07-20")
    hit = [e.to_dict(doc) for e in doc.events if e.event == "ASSAULT"]
    assert [(e["actor"]["code"], e["recipient"]["entity_text"]) for e in hit] == [("YEMREB", "خمسة مدنيين")], hit


def test_a_person_right_after_a_masculine_arrest_verb_is_the_one_held():
    got = sides("واعتقل أودبريشت في حزيران الماضي علاوة على عدد من كبار المسؤولين في شركته.")
    assert not [e for e in got if e[0] == "COERCE" and e[1] == "أودبريشت"], got
    assert ("COERCE", "الأمن المصري", "محمد مرسي", ()) in sides("واعتقل الأمن المصري محمد مرسي في يوليو.")
