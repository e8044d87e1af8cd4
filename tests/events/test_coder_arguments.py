"""Actor and recipient reading over Arabic word order, on sentences from the seeds and real news."""
from __future__ import annotations

import pytest

from _docs import make, summary

AUSTIN = ("لويد أوستن", "PER", "USA", "Lloyd Austin")
SHOIGU = ("سيرغي شويغو", "PER", "RUS", "Sergei Shoigu")


def test_dual_subject_is_one_symmetric_consultation():
    text = "أجرى وزيرا الدفاع الأميركي لويد أوستن والروسي سيرغي شويغو اتصالا الجمعة أول مرة منذ اشهر."
    got = summary(make(text, entities=[AUSTIN, SHOIGU]))
    assert got == [("CONSULT", "Lloyd Austin", "Sergei Shoigu")]


def test_vso_subject_and_coordinated_recipients_give_one_event_each():
    text = "اتصل جو بايدن أمس برئيسة وزراء السويد ، ماجدالينا أندرسون ، ورئيس فنلندا ، سولي نينيستو ، لإظهار دعمه."
    doc = make(text, entities=[("جو بايدن", "PER", "USA", "Joe Biden"), ("السويد", "LOC", "SWE", "Sweden"),
                               ("ماجدالينا أندرسون", "PER", "SWE", "Magdalena Andersson"),
                               ("فنلندا", "LOC", "FIN", "Finland"), ("سولي نينيستو", "PER", "FIN", "Sauli Niinisto")])
    got = [g for g in summary(doc) if g[0] == "CONSULT"]
    assert got == [("CONSULT", "Joe Biden", "Magdalena Andersson"), ("CONSULT", "Joe Biden", "Sauli Niinisto")]


def test_preposition_marks_the_recipient():
    text = "وتحدث أوستن إلى وزير الدفاع الأوكراني أولكسي ريزنيكوف وأكد له \"التزام الولايات المتحدة الثابت بدعم قدرة أوكرانيا\"."
    doc = make(text, entities=[("أوستن", "PER", "USA", "Lloyd Austin"),
                               ("أولكسي ريزنيكوف", "PER", "UKR", "Oleksii Reznikov"),
                               ("الولايات المتحدة", "LOC", "USA", "United States"), ("أوكرانيا", "LOC", "UKR", "Ukraine")])
    got = summary(doc)
    assert ("CONSULT", "Lloyd Austin", "Oleksii Reznikov") in got
    # the coordinated verb keeps the subject; its recipient is not the subject's own country
    assert ("SUPPORT", "Lloyd Austin", "Ukraine") in got


def test_relative_clause_antecedent_is_the_actor():
    text = "وجاءت هذه الدعوة بطلب من وزير الدفاع الأمريكي ، لويد أوستن ، الذي طالب بمقابلة نظيره الروسي ، وزير الدفاع سيرغي شويغو ، لـ \"وقف فوري لإطلاق النار\"."
    got = summary(make(text, entities=[AUSTIN, SHOIGU]))
    assert got == [("REQUEST", "Lloyd Austin", "Sergei Shoigu")]


def test_pronoun_subject_takes_previous_sentence_actor():
    text = ("وتحدث لويد أوستن إلى وزير الدفاع الأوكراني.\n"
            "وشدد كذلك على \"دعم الأسرة الدولية\" لأوكرانيا ولا سيما لـ\"قدرتها على الدفاع عن نفسها مستقبلا\".")
    got = summary(make(text, entities=[AUSTIN, ("أوكرانيا", "LOC", "UKR", "Ukraine")]))
    assert ("SUPPORT", "Lloyd Austin", "Ukraine") in got


def test_generic_officials_resolve_to_the_named_people_of_the_paragraph():
    text = ("لأول مرة منذ بدء الحرب في أوكرانيا ، أجرى كبار المسؤولين العسكريين في الولايات المتحدة وروسيا محادثة هاتفية يوم الجمعة. "
            "وجاءت هذه الدعوة بطلب من وزير الدفاع الأمريكي ، لويد أوستن ، الذي طالب بمقابلة نظيره الروسي ، وزير الدفاع سيرغي شويغو.")
    doc = make(text, entities=[("أوكرانيا", "LOC", "UKR", "Ukraine"), ("الولايات المتحدة", "LOC", "USA", "United States"),
                               ("روسيا", "LOC", "RUS", "Russia"), AUSTIN, SHOIGU])
    assert ("CONSULT", "Lloyd Austin", "Sergei Shoigu") in summary(doc)


@pytest.mark.parametrize("text, ents, want", [
    # SVO with a pluperfect: the subject before the verb
    ("وكان بلينكن التقى نظيره الروسي سيرغي لافروف في كانون الثاني/يناير",
     [("بلينكن", "PER", "USA", "Antony Blinken"), ("سيرغي لافروف", "PER", "RUS", "Sergei Lavrov")],
     ("CONSULT", "Antony Blinken", "Sergei Lavrov")),
    # a noun with بين: both sides after it
    ("وتعود آخر مكالمة بين أوستن وشويغو إلى 13 أيار/مايو",
     [("أوستن", "PER", "USA", "Lloyd Austin"), ("شويغو", "PER", "RUS", "Sergei Shoigu")],
     ("CONSULT", "Lloyd Austin", "Sergei Shoigu")),
    # GSR-style report: VSO with a group subject
    ("واعتقلت الشرطة المصرية أمس ثلاثة ناشطين في القاهرة",
     [("الشرطة المصرية", "ORG", "EGY", None), ("القاهرة", "LOC", "EGY", "Cairo")],
     ("COERCE", "EGY", None)),
])
def test_word_orders(text, ents, want):
    assert want in summary(make(text, entities=ents))


def test_those_named_with_the_actor_are_not_its_recipients():
    # SaudiNewsNet: France, Norway, Switzerland and the EU gave aid to a project (no named recipient): no event
    from marsad.api import analyze
    doc = analyze("وقدمت فرنسا والنرويج وسويسرا والاتحاد الأوروبي مساعدات تقنية ومالية للمشروع.")
    assert not [e for e in doc.events if e.event == "AID"]
    doc = analyze("وقدمت السعودية مساعدات إنسانية لليمن.")
    assert [(e.actor.code, [r.code for r in e.recipients]) for e in doc.events if e.event == "AID"] == [("SAU", ["YEM"])]


def test_a_place_after_bi_is_no_side_of_a_meeting():
    # SaudiNewsNet: "the Red Crescent hosts the consultative meeting ... in Beirut" has no second side
    from marsad.api import analyze
    doc = analyze("يستضيف الهلال الأحمر المصري غداً السبت الاجتماع التشاوري الذي ينظمه الاتحاد الدولي لجمعيات الهلال "
                  "والصليب الأحمر لمنطقة الشرق الأوسط وشمال أفريقيا، بعد أن كان مقررا عقده ببيروت.",
                  published="2015-07-31")
    assert not [r for e in doc.events if e.event == "CONSULT" for r in e.recipients
                if doc.text[r.start:r.end] == "ببيروت"]


def test_by_the_hand_of_is_no_subject_of_the_next_verb():
    # SaudiNewsNet: "on the anniversary of Sinjar's fall into Daesh's hands, President Fuad Masum called ..."
    from marsad.api import analyze
    doc = analyze("وبمناسبة مرور عام كامل على سقوط قضاء سنجار بيد داعش طالب رئيس الجمهورية فؤاد معصوم، جميع الجهات "
                  "المسؤولة بتعزيز الإمكانات القتالية للقوات الأمنية.", published="2015-08-03")
    assert [e.actor.code for e in doc.events if e.event == "REQUEST"] == ["IRQGOV"]


def test_a_verb_describing_an_indefinite_noun_takes_no_subject_after_it():
    # "a dangerous sign that threatens all Syrians": the Syrians are threatened, not threatening
    from marsad.api import analyze
    doc = analyze("وحذّر المستشار القانوني لـ«الجيش السوري الحر» أسامة أبو زيد أمس، من «خطورة» ما أعلنه الأسد، معتبرًا "
                  "أن إعلانه أن «الوطن لمن يدافع عنه»، يعد «مؤشرًا خطيرًا يهدد السوريين بأكملهم، بأن الأرض اليوم ستكون "
                  "للإيرانيين والأفغان وحزب الله اللبناني والميليشيات العراقية».", published="2015-07-28")
    assert not [e for e in doc.events if e.event == "THREATEN" and e.actor is not None
                and doc.text[e.actor.start:e.actor.end] == "السوريين"]


@pytest.mark.parametrize("text, trigger", [
    # a death noun has no subject: the previous sentence's actor (Carter) is not the killer
    ("ويأتي التقدم بعد يومين من زيارة وزير الدفاع الاميركي آشتون كارتر الذي اكد خلال زيارته الخميس لبغداد استعداد "
     "بلاده للقيام بالمزيد.\nوأشارت إلى مقتل 11 مدنيا وإصابة 13 آخرين في انفجار مزدوج بعبوة ناسفة داخل مقهى شعبي.",
     "مقتل"),
    # an unnamed subject right after the verb: "a policeman was killed", "a woman detonated"
    ("وأعلن الجيش التشادي مقتل عشرة مسلحين.\nوالأحد فجرت امرأة حزامها الناسف في سوق مكتظة في داماتورو.", "فجرت"),
])
def test_no_actor_is_inherited_by_a_noun_or_a_verb_with_its_own_subject(text, trigger):
    from marsad.api import analyze
    doc = analyze(text, published="2015-07-27")
    got = [e for e in doc.events if e.event == "ASSAULT" and doc.text[e.trigger.start:e.trigger.end] == trigger]
    assert got and all(e.actor is None for e in got)


@pytest.mark.parametrize("text", [
    "وشكل اعتقال عبدالخالق مصيرا مختلفا عما أصاب إخوته القياديين في الحركة.",
    "سجل تأكيد المقاومة الشعبية في اليمن اعتقال المتمرد عبدالخالق بدرالدين الحوثي ضربة موجعة للعائلة الحوثية.",
])
def test_the_name_after_an_arrest_noun_is_who_was_held(text):
    from marsad.api import analyze
    doc = analyze(text, published="2015-07-27")
    held = [doc.text[e.actor.start:e.actor.end] for e in doc.events if e.event == "COERCE" and e.actor is not None]
    assert not [h for h in held if "عبدالخالق" in h]


def test_masdar_shapes():
    from marsad.events.triggers import masdar
    assert all(masdar(w) for w in ("اعتقال", "اعتقالات", "اجتماع", "انسحاب", "استهداف", "توقيع", "تهديد"))
    assert not any(masdar(w) for w in ("استقال", "اغتال", "اعتقل", "انسحب", "التقي", "اتصال"))


def test_a_definite_unnamed_subject_keeps_the_previous_actor_out():
    from marsad.api import analyze
    doc = analyze("وأعلنت المقاومة الشعبية اعتقال عبدالخالق الحوثي في عدن.\nكما ألقى الثوار القبض على 72 حوثيا، "
                  "منهم قيادات بارزة.", published="2015-07-27")
    got = [e for e in doc.events if e.event == "COERCE" and doc.text[e.trigger.start:e.trigger.end] == "ألقى"]
    assert not [e for e in got if e.actor is not None and "عبدالخالق" in doc.text[e.actor.start:e.actor.end]]
