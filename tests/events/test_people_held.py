"""The people an arrest counts are who was held ("اعتقلت منذ الجمعة ... 590 شخصا متهمين بالارتباط بتنظيم داعش"), not
the group they are charged with joining; a coded name inside the count ("خمسة فلسطينيين") keeps its code. A masculine
arrest verb with a name after it and then its age, a time or why he was held ("واعتقل راندولف بروس أداير (70 عامًا)
الأسبوع الماضي لصلته بحوادث سطو") is a passive, and one with no subject of its own ("واعتقل الرجل الذي أشعل الحريق")
takes none from the sentence before: the agency that reported it arrested no one. Nor did a person named before
"كان" and such a verb ("ونواز كان اعتقل أربع سنوات في سجن طرة"): he was held. Lawyers named right after a verb
("اتهم محامو الضحايا") are its subject: the verb inherits no actor from the sentence before."""
from __future__ import annotations

from coded_events import plover


def test_the_count_held_is_the_recipient():
    doc, evs = plover("واعلن رئيس الوزراء التركي ايضا ان الشرطة التركية اعتقلت منذ الجمعة في جميع انحاء تركيا 590 شخصا "
                    "متهمين بالارتباط بتنظيم داعش الارهابي او حزب العمال الكردستاني.", "2015-07-26")
    arrests = [e for e in evs if e.event == "COERCE"]
    assert arrests and all(r.code not in ("IMGSUNISI", "TURREB") for e in arrests for r in e.recipients)
    assert any(e.recipients and doc.text[e.recipients[0].start:e.recipients[0].end].startswith("590") for e in arrests)


def test_students_held_on_their_way_to_a_group():
    _, evs = plover("وألقت السلطات التركية القبض، في يونيو الماضي، على 18 طالبا سودانيا كانوا في طريقهم للانضمام إلى "
                    "تنظيم الدولة الإسلامية.", "2015-08-10")
    arrests = [e for e in evs if e.event == "COERCE"]
    assert arrests and [r.country for r in arrests[0].recipients] == ["SDN"]


def test_a_name_and_his_age_after_a_masculine_arrest_verb_is_the_one_held():
    doc, evs = plover("واعتقل راندولف بروس أداير (70 عامًا) الأسبوع الماضي لصلته بحوادث سطو على خمسة بنوك في مقاطعة "
                      "أورانج بين مارس (آذار) ويوليو (تموز).", "2015-07-26")
    held_by = [doc.text[e.actor.start:e.actor.end] for e in evs if e.event == "COERCE" and e.actor is not None]
    assert not [a for a in held_by if "راندولف" in a], held_by
    doc, evs = plover("واعتقل الأمن المصري محمد مرسي بتهمة التخابر مع جهات أجنبية.", "2015-07-26")
    assert [(doc.text[e.actor.start:e.actor.end], doc.text[e.recipients[0].start:e.recipients[0].end])
            for e in evs if e.event == "COERCE" and e.recipients] == [("الأمن المصري", "محمد مرسي")]


def test_a_masculine_arrest_verb_with_no_subject_takes_none_from_the_sentence_before():
    text = ("وذكرت وكالة أنباء الصين الجديدة «شينخوا» أن المطار قام بفرض إجراءات طوارئ وخرج 95 راكبا من الطائرة. "
            "واعتقل الرجل الذي أشعل الحريق لقيامه «بإثارة الفوضى».")
    doc, evs = plover(text, "2015-07-26")
    assert not [e for e in evs if e.event == "COERCE" and e.actor is not None], \
        [(e.event, doc.text[e.actor.start:e.actor.end]) for e in evs if e.actor is not None]
    doc, evs = plover("وداهمت الشرطة منزلا في حي الشعلة. واعتقلت ثلاثة مشتبه بهم.", "2015-07-26")
    assert [doc.text[e.actor.start:e.actor.end] for e in evs if e.event == "COERCE"] == ["الشرطة"]


def test_a_person_before_kana_and_a_masculine_arrest_verb_was_the_one_held():
    text = ("قال ماجد نواز مؤسس مؤسسة كويليام إن التطرف يهدد أوروبا.\n"
            "ونواز كان اعتقل أربع سنوات في سجن طرة بمصر بتهمة الترويج للفكر المتطرف، والتحق لاحقا ببرنامج إعادة تأهيل "
            "لمنظمة العفو الدولية في بريطانيا.")
    doc, evs = plover(text, "2015-07-27")
    assert not [e for e in evs if e.event == "COERCE" and e.actor is not None
                and "نواز" in doc.text[e.actor.start:e.actor.end]]


def test_lawyers_right_after_a_verb_are_its_own_subject():
    text = ("وقال رئيس حكومة إقليم البنجاب شهباز شريف إن المتهمين سيحاكمون.\n"
            "ولكن اتهم محامو الضحايا أمس، الشرطة المحلية بالتواطؤ مع المتهمين بالاعتداءات عبر فرض منع للتجول في القرية "
            "واعتقال الضحايا.")
    doc, evs = plover(text, "2015-08-10")
    assert not [e for e in evs if e.actor is not None and "شهباز" in doc.text[e.actor.start:e.actor.end]]
