"""Acts wanted or expected ("من المتوقع أن يزور", "على أن يجري") are future; idioms and set phrases that contain
a trigger word report no act ("وهذا ينسحب على", "وإلى لقاء قريب", "اتفق مع فلان قائلا"); recruiting allies is
no mobilisation; an attack that is its verb's own subject has no actor to inherit. Sentences from SaudiNewsNet."""
from __future__ import annotations

import pytest

from marsad.api import analyze


def _coded(text: str) -> list[tuple[str, str, list[str]]]:
    doc = analyze(text, published="2015-07-25")
    return [(e.event, doc.text[e.trigger.start:e.trigger.end], e.aux) for e in doc.events if not e.extension]


@pytest.mark.parametrize("text, trigger", [
    ("وصرح كارتر للصحافيين بعد لقائه بخادم الحرمين الشريفين بأنه من المتوقع أن يزور الملك سلمان الولايات "
     "المتحدة في الخريف.", "يزور"),
    ("ووصل بيتر ماور إلى صنعاء التي يفرض عليها الحوثيون حصارا، على أن يجري ماور محادثات مع قادة الحوثيين من أجل "
     "السماح لعبور المواد الإغاثية إلى المناطق المحاصرة.", "يجري"),
])
def test_an_act_after_an_is_wanted_not_done(text, trigger):
    got = [aux for ev, trig, aux in _coded(text) if trig == trigger]
    assert got and all("future" in aux for aux in got)


def test_the_one_who_wants_the_act_is_its_actor():
    doc = analyze("وقرر وزير الخارجية الأمريكي جون كيري أن يلتقي بالعاهل الأردني الملك عبدالله الثاني في عمان.",
                  published="2015-07-25")
    got = [(e.actor and e.actor.code, [r.code for r in e.recipients], e.aux) for e in doc.events
           if e.event == "CONSULT"]
    assert got == [("USAGOV", ["JORGOV"], ["future"])]


@pytest.mark.parametrize("text, future", [
    ("وغادر وزير الخارجية الأمريكي جون كيري القاهرة قبل أن يلتقي الرئيس المصري في الرياض.", False),
    ("وغادر وزير الخارجية الأمريكي جون كيري القاهرة على أن يلتقي الرئيس المصري في الرياض.", True),
    ("وقال الوزير إن الرئيس يلتقي نظيره المصري في الرياض.", False),
])
def test_only_an_before_an_imperfect_verb_marks_it_wanted(text, future):
    from marsad.events.aux import aux_modes
    from marsad.lang.ar.tokens import tokenize
    toks = tokenize(text)
    i = next(k for k, t in enumerate(toks) if t.norm == "يلتقي")
    assert ("future" in aux_modes(toks, i, 0, 0, len(toks), len(toks), verb=True)) is future
    assert "future" not in aux_modes(toks, i, 0, 0, len(toks), len(toks), verb=False)


def test_expected_is_future_only_before_an():
    # "لم تكن متوقعة" (was not expected) says nothing of the refusal that follows
    text = ("وقال مصدر إن وفاة كولشيك لم تكن متوقعة، ورفضت مارتا فيسوكا المتحدثة باسم كولشيك هولدينج الخوض في "
            "مزيد من التفاصيل.")
    assert not any("future" in aux for ev, trig, aux in _coded(text) if ev == "REJECT")


def test_talks_possible_in_future_are_not_held():
    text = ("وأضاف نائب وزير الخارجية الإيراني أنه برغم ذلك يمكن لإيران في المستقبل الدخول في مفاوضات مع الولايات "
            "المتحدة حول موضوعات معينة.")
    assert not [c for c in _coded(text) if c[0] == "CONSULT" and "future" not in c[2]]


@pytest.mark.parametrize("text, event", [
    ("وقال المسؤول الكردي إن قوات النظام السوري انسحبت من الحسكة. وهذا ينسحب على عناصر وحدات حماية الشعب حتى "
     "اللحظة.", "RETREAT"),
    ("القاص ناصر الجاسم اتفق مع الكاتب محمد الفزيع قائلا: بعد الانفجار المعرفي والتقني تغيرت ثقافة الصورة.",
     "AGREE"),
    ("نجح رئيس الوزراء الإسرائيلي، بنيامين نتنياهو، في تجنيد أربع شخصيات مهمة في الحزب الديمقراطي الأميركي ضد "
     "الاتفاق النووي مع إيران.", "MOBILIZE"),
])
def test_idioms_and_set_phrases_report_no_act(text, event):
    doc = analyze(text, published="2015-07-25")
    spans = [doc.text[e.trigger.start:e.trigger.end] for e in doc.events if e.event == event]
    if event == "RETREAT":
        assert spans == ["انسحبت"]          # the withdrawal told first stays
    else:
        assert spans == []


def test_recruiting_fighters_is_mobilisation():
    doc = analyze("وأعلن الجيش الإسرائيلي أمس تجنيد آلاف من جنود الاحتياط للمشاركة في العملية العسكرية.",
                  published="2015-07-25")
    from marsad.events.triggers import find
    from marsad.lang.ar.tokens import tokenize
    assert any(t.event == "MOBILIZE" for t in find(tokenize(doc.text)))


def test_an_attack_that_is_its_verbs_subject_has_no_inherited_actor():
    text = ("وأدان المجلس هجمات داعش على السنة في العراق. واستهدف تفجير انتحاري مسجدا تابعا لمقر قوات الطوارئ "
            "الخاصة في أبها عاصمة محافظة عسير.")
    doc = analyze(text, published="2015-08-06")
    hits = [e for e in doc.events if e.event == "ASSAULT" and doc.text[e.trigger.start:e.trigger.end] == "واستهدف"]
    assert hits and all(e.actor is None for e in hits)


@pytest.mark.parametrize("text, event, set_phrase", [
    ("وإلى لقاء قريب مع الشيخ محمد العريفي إن شاء الله تعالى.", "CONSULT", True),
    ("وتوجه الوزير إلى الرياض للقاء ولي العهد.", "CONSULT", False),
    ("واتفق الجانبان على تشكيل لجنة مشتركة، مؤكدين أهمية التنسيق.", "AGREE", False),
    ("واتفق الوزراء على أن خطة العمل المشترك الشاملة عندما يتم تنفيذها ستسهم في أمن المنطقة.", "AGREE", True),
    ("واتفق الجانبان السعودي والروسي على أن يتم تبادل الزيارات بين البلدين.", "AGREE", False),
    ("ورفض ممثلو الأمن العام التعليق اليوم الاثنين قائلين لرويترز إنه ليس لديهم المزيد من المعلومات.", "REJECT", True),
    ("ورفضت مارتا فيسوكا المتحدثة باسم كولشيك هولدينج الخوض في مزيد من التفاصيل.", "REJECT", True),
    ("ورفضت الحكومة تعليق المفاوضات مع المعارضة.", "REJECT", False),      # refused to suspend the talks
    ("ورفضت إيران الكشف عن موقع المنشأة للمفتشين الدوليين.", "REJECT", False),
    ("واكد مسؤول تركي رفض الكشف عن اسمه لفرانس برس ان حزب العمال هاجم مركزا للشرطة.", "REJECT", True),  # unnamed
])
def test_set_phrases_are_read_on_the_trigger(text, event, set_phrase):
    from marsad.events.coder import _set_phrase
    from marsad.events.triggers import find
    from marsad.lang.ar.tokens import tokenize
    toks = tokenize(text)
    trigs = [t for t in find(toks) if t.event == event]
    assert trigs and _set_phrase(toks, trigs[0]) is set_phrase


@pytest.mark.parametrize("text, event", [
    # a call, an invitation, a hope or an interest names an act not (yet) done
    ("وأكد كيري أن أميركا مهتمة بالتعاون والاستثمار مع مصر.", "COOPERATE"),
    ("وصرح عضو الهيئة السياسية للائتلاف السوري المعارض بدر جاموس أن الائتلاف تلقى دعوة من الخارجية الروسية لزيارة "
     "موسكو في 12 - 13 أغسطس الحالي.", "CONSULT"),
])
def test_called_for_or_hoped_is_not_done(text, event):
    doc = analyze(text, published="2015-08-02")
    assert not [e for e in doc.events if e.event == event and "future" not in e.aux]


@pytest.mark.parametrize("text", [
    "قال المرصد السوري لحقوق الانسان إن 12 شخصا على الأقل قتلوا حينما سقطت مقاتلة سورية على سوق مزدحم في بلدة أريحا.",
    "تألمنا للحادث المأساوي الذي تعرضت له الحافلة العمانية بالقرب من الأحساء قبل أيام والذي نتج عنه وفاة تسعة أشخاص "
    "وإصابة 50 آخرين.",
])
def test_deaths_in_a_crash_are_no_attack(text):
    doc = analyze(text, published="2015-08-03")
    assert not [e for e in doc.events if e.event == "ASSAULT"]


def _why_not(doc, event: str) -> list[str]:
    return [d["why"] for d in doc.meta.get("events_not_reported", []) if d["event"] == event]


def test_a_withdrawal_called_for_is_a_plan():
    doc = analyze('ووجه العامري نداء عبر "الرياض" إلى الانقلابيين بالانسحاب من قاعدة العند.', published="2015-07-26")
    assert _why_not(doc, "RETREAT") == ["future (a plan, not an act)"]


def test_a_club_regulation_is_no_sanction():
    doc = analyze("3- فرض عقوبات متدرجة على أي نادٍ يثبت عليه تلاعب أو إخفاء على المعلومات المالية المقدمة.",
                  published="2015-08-02")
    assert _why_not(doc, "SANCTION") == ["sports or culture text"]


@pytest.mark.parametrize("text, trigger", [
    ("وفي الدوحة من المقرر أن يجتمع لافروف مع نظيره الأمريكي جون كيري الذي يزور قطر لإجراء محادثات مع الدول الست "
     "أعضاء مجلس التعاون.", "لإجراء"),
    ("وجه رئيس الهيئة الملكية للجبيل وينبع الأمير سعود بن ثنيان بتشكيل فرق عمل لزيارة مدينة جازان الاقتصادية.",
     "لزيارة"),
])
def test_a_verbal_noun_of_purpose_is_a_plan(text, trigger):
    doc = analyze(text, published="2015-08-03")
    assert not [e for e in doc.events if doc.text[e.trigger.start:e.trigger.end] == trigger]
    assert any(d["trigger"] == trigger and d["why"].startswith("future") for d in doc.meta["events_not_reported"])


@pytest.mark.parametrize("text", [
    "تعرض مواطن سعودي أمس في ساعة متأخرة لإطلاق نار من أشخاص مجهولين ملثمين، تسببت في إصابته بجروح.",
    "وقتل جنديان تركيان أمس في هجوم شنه مسلحون على دورية في ديار بكر.",
])
def test_a_governed_lam_is_no_purpose(text):
    doc = analyze(text, published="2015-07-30")
    assert [e for e in doc.events if e.event == "ASSAULT" and "future" not in e.aux]


@pytest.mark.parametrize("text, event", [
    ("بايرن ميونيخ يتوصل لاتفاق لضم فيدال من يوفنتوس", "AGREE"),
    ("اتحاد القدم يقبل استقالة الربيش وهاوورد رئيساً لدائرة التحكيم", "RETREAT"),
])
def test_sports_news_is_offtopic(text, event):
    doc = analyze(text, published="2015-08-02")
    assert not [e for e in doc.events if e.event == event]
    assert "sports or culture text" in _why_not(doc, event)


@pytest.mark.parametrize("text, event", [
    ("علقت الهند محادثات التجارة الحرة مع الاتحاد الأوروبي بسبب قرار الاتحاد حظر بيع نحو 700 منتج صيدلي هندي.",
     "CONSULT"),
    ("وحالت هذه التهمة فترة طويلة دون قيام الرئيس الأميركي بزيارة كينيا، حتى إسقاطها في أواخر ديسمبر الماضي.",
     "CONSULT"),
    ("وأسفرت مفاوضات جرت في جنيف عن اتفاق من حيث المبدأ على وقف إطلاق النار وسحب القوات المسلحة.", "RETREAT"),
    ("إيران تبحث عن تطبيع العلاقات مع السعودية ودول الجوار", "CONSULT"),
    ("وقال المتحدث إن المبعوث الأممي التقى بالأمين العام لحزب المؤتمر الشعبي العام الذي يؤيد صالح.", "SUPPORT"),
])
def test_suspended_prevented_sought_or_described_acts_are_not_reported(text, event):
    doc = analyze(text, published="2015-08-04")
    assert event in _triggers(text)
    assert not [e for e in doc.events if e.event == event]


def _triggers(text: str) -> list[str]:
    from marsad.events.triggers import find
    from marsad.lang.ar.tokens import tokenize
    return [t.event for t in find(tokenize(text))]


@pytest.mark.parametrize("text, event, coded", [
    ("ورفضت الحكومة التركية نشر قوات على الحدود.", "MOBILIZE", False),       # refused: not done
    ("ورفض الرئيس لقاء الوفد الأمريكي في القاهرة.", "CONSULT", False),
    ("ورفضت تركيا تأييد الولايات المتحدة في الأمم المتحدة.", "SUPPORT", False),   # refused support, none given
    ("نشرت الحكومة التركية قوات على الحدود.", "MOBILIZE", True),
    ("ورفضت إيران اتهامات واشنطن لها بدعم الحوثيين.", "ACCUSE", True),     # the accusation was made
])
def test_an_act_right_after_a_refusal_was_not_done(text, event, coded):
    assert (event in [ev for ev, _, _ in _coded(text)]) is coded
