"""Who attacked whom, and when, in sentences from SaudiNewsNet (2015): the victim of a killing is not its actor,
the attacker is read from a claim or from ل after an attack noun, road accidents are not attacks, and old
events (a this-day-in-history list, a clause dated years back) are history with their own year."""
from __future__ import annotations

from marsad.api import analyze
from marsad.lang.ar.dates import find_times

PUBLISHED = "2015-08-02"


def assaults(text: str) -> list[dict]:
    return [e for e in analyze(text, published=PUBLISHED).to_dict()["events"] if e["event"] == "ASSAULT"]


def side(e: dict, role: str) -> str | None:
    return (e.get(role) or {}).get("entity_text")


def test_almanac_entries_take_their_own_year():
    text = ("1948- فيضان نهري يانغتسي وهوانغ هي يؤدي الى تشريد مليون شخص في الصين. 1950- الاتحاد السوفياتي ينضم من "
            "جديد الى هيئات الامم المتحدة التي انسحب منها في فبراير بسبب رفض مجلس الامن الدولي مناقشة قرار لموسكو.")
    values = {x.text: x.value for x in find_times(text, PUBLISHED)}
    assert values == {"1948": "1948", "1950": "1950", "فبراير": "1950-02"}
    evs = analyze(text, published=PUBLISHED).to_dict()["events"]
    assert evs and all(e["date"] == "1950-02" and "historical" in e["aux"] for e in evs)


def test_a_year_range_opening_a_sentence_is_not_an_almanac_entry():
    values = {x.text: x.value for x in find_times("2015 - 2016 في مايو", PUBLISHED)}
    assert values["مايو"] == "2015-05"


def test_an_event_dated_years_back_in_its_clause_is_historical():
    old = analyze("وقتل 20 شخصا في هجوم شنه مسلحون على قرية في نيجيريا عام 2013.", published=PUBLISHED).events
    new = analyze("وقتل 20 شخصا في هجوم شنه مسلحون على قرية في نيجيريا أمس.", published=PUBLISHED).events
    assert [(e.date, "historical" in e.aux) for e in old] == [("2013", True)]
    assert [(e.date, "historical" in e.aux) for e in new] == [("2015-08-01", False)]


def test_road_accident_deaths_are_not_an_attack():
    doc = analyze("لقي شابان مصرعهما، واصيب ثالث بإصابات خطيرة في حادث مروري مروّع ، نتيجة انقلاب السيارة التي تقلهم "
                  "على طريق الجديدة - عرعر.", published=PUBLISHED)
    assert not [e for e in doc.events if e.event == "ASSAULT"]
    assert any("accident" in d["why"] for d in doc.meta["events_not_reported"])


def test_an_attack_beside_accident_words_stays():
    # a roadside bomb is an attack even in a sentence that speaks of a car overturning
    assert assaults("قتل خمسة جنود في انفجار عبوة ناسفة استهدفت دوريتهم بعد انقلاب سيارة على الطريق.")


def test_passive_killing_subject_is_the_victim():
    evs = assaults("قالت مصادر أمنية إنّ جنديين تركيين قتلا وجرح آخران، عندما فجّر مقاتلون لغمًا محلي الصنع اليوم "
                   "(الثلاثاء)، في إقليم شرناق بجنوب شرق البلاد.")
    assert evs and all(side(e, "actor") != "جنديين تركيين" for e in evs)
    assert any(side(e, "recipient") == "جنديين تركيين" for e in evs)


def test_verb_with_object_pronoun_keeps_its_subject_as_attacker():
    evs = assaults("فلسطينيتان تطلان من نافذة منزلهما في «بروقين» قرب جنين بالضفة الغربية، وتنظران لجنازة محمد علاونة "
                   "(19 عاما) الذي قتلته قوات الأمن الإسرائيلية، إثر مداهمة للضفة الغربية.")
    assert [(side(e, "actor"), side(e, "recipient")) for e in evs] == [("قوات الأمن الإسرائيلية", "محمد علاونة")]


def test_active_killing_with_a_count_keeps_its_subject():
    evs = assaults("قتل الجيش العراقي 20 مسلحا من داعش في الرمادي.")
    assert [side(e, "actor") for e in evs] == ["الجيش العراقي"]


def test_lam_after_an_attack_noun_names_the_attacker():
    evs = assaults("الى ذلك أفاد شهود عيان امس بمقتل ثمانية مدنيين واصابة سبعة آخرين في قصف للطائرات الحربية التركية "
                   "على مناطق جبل قنديل بشمال العراق .")
    assert len(evs) == 1
    assert evs[0]["actor"]["code"] == "TURMIL"
    r = evs[0]["recipient"]     # the people it counts, not the country of the place
    assert (r["entity_text"], r["code"], r["sector"]) == ("ثمانية مدنيين", None, "CVL")


def test_attributed_attack_is_one_event_with_its_attacker():
    evs = assaults("وفي حادثة منفصلة نسبت ايضا الى حزب العمال الكردستاني، قتل جندي تركي وجرح اربعة آخرون في ساعة "
                   "مبكرة الاحد عندما انفجر لغم ارضي.")
    assert [(side(e, "actor"), side(e, "recipient")) for e in evs] == [("حزب العمال الكردستاني", "جندي تركي")]


def test_aircraft_crash_and_collision_are_not_attacks():
    for text in ("قال مسؤولون إنّ طائرة هليكوبتر تابعة للجيش الافغاني تحطمت اليوم (الخميس)، ما أسفر عن مقتل 17 شخصا "
                 "كانوا على متنها.",
                 "توفي 7 معتمرين عمانيين، وأصيب 47 آخرون في حادث اصطدام فجر اليوم الخميس على طريق الأحساء."):
        assert not assaults(text)


def test_the_source_of_a_report_is_not_a_participant():
    evs = assaults("وقتل ما لا يقل عن 260 مقاتلا كرديا وأصيب حوالى 400 في هذه الغارات بحسب أنقرة.")
    assert evs and all(side(e, "actor") != "أنقرة" and side(e, "recipient") != "أنقرة" for e in evs)


def plover(text: str) -> list[dict]:
    return [e for e in analyze(text, published=PUBLISHED).to_dict()["events"] if not e.get("extension")]


def test_cooperation_as_a_topic_or_between_private_people_is_not_an_event():
    for text in ("وقال اللواء مسلم لـ«الشرق الأوسط»، إن «حضور الأمير محمد بن سلمان يعكس مدى التعاون الكبير بين مصر "
                 "والسعودية»."
                 , "وقال بروسات الذي تعاون مع عالم الأحياء العتيقة الصيني جون تشانغ لو: «هذا الديناصور يشبه الطيور»."):
        assert not [e for e in plover(text) if e["event"] == "COOPERATE"]


def test_an_event_whose_two_sides_are_one_name_is_not_reported():
    doc = analyze("بدوره أشاد مدير أمن الطرق في منطقة تبوك العقيد زيد الشمري بما تحقق من إنجاز أمني وقدرة في القبض "
                  "على كل من له علاقة بالأعمال والمنظمات الإرهابية.", published=PUBLISHED)
    assert not [e for e in doc.to_dict()["events"] if not e.get("extension")
                and (e.get("actor") or {}).get("entity_text") == (e.get("recipient") or {}).get("entity_text")]


def test_a_town_is_where_an_attack_happened_not_its_target():
    doc = analyze("وقالت مصادر محلية إن اشتباكات استخدمت فيها الأسلحة الثقيلة في منطقة الجفينة غربي مأرب أسفرت عن "
                  "مقتل سبعة مسلحين حوثيين.", published=PUBLISHED).to_dict()
    evs = [e for e in doc["events"] if e["event"] == "ASSAULT"]
    assert evs and all(side(e, "recipient") != "مأرب" and side(e, "actor") != "مأرب" for e in evs)


def test_the_city_of_a_visit_stands_for_its_country():
    evs = [e for e in plover("وبعد توقف في كينيا مسقط رأس والده، واصل أوباما زيارته إلى أديس أبابا حيث التقى رئيس "
                             "الوزراء الإثيوبي.") if e["event"] == "CONSULT"]
    assert [(e["recipient"]["entity_text"], e["recipient"]["country"]) for e in evs] == [("أديس أبابا", "ETH")]


def test_a_day_with_a_clock_time_or_named_elsewhere_in_the_sentence_dates_the_event():
    shot = assaults("وأوضح العقيد زياد الرقيطي الناطق الإعلامي لشرطة المنطقة الشرقية، أنه عند الساعة الحادية عشرة "
                    "والنصف من مساء أول من أمس، تعرضت دورية أمنية لإطلاق نار أثناء أداء مهامها ببلدة «الجش» في "
                    "محافظة القطيف، ما نتج عنه استشهاد الجندي سامي معوض عوض الله الحربي.")
    wedding = assaults("وأعلن المتحدث باسم شرطة المنطقة جواد بشارات لوكالة الصحافة الفرنسية أن «تبادلا لإطلاق النار وقع "
                       "ليل الاثنين بين مسلحين خلال حفل زفاف في منطقة ده صلاح في ولاية بغلان ما أدى إلى مقتل 20 شخصا "
                       "وإصابة 10 آخرين بجروح».")
    assert [e["date"] for e in shot] == ["2015-07-31"]        # two days before 2 August
    assert [e["date"] for e in wedding] == ["2015-07-27"]     # the Monday before


def test_fire_and_poisoning_are_not_attacks_but_arson_by_settlers_is():
    assert not assaults("لقي طفلان مصرعهما وأصيبت امرأة في حريق بمنزل شعبي في حي الجرف ليلة البارحة.")
    assert not assaults("وأصيب 30 عاملا بتسمم غذائي في مطعم بالرياض.")
    evs = assaults("استشهد طفل فلسطيني عمره عام ونصف العام وأصيب والداه وشقيقه بجروح صباح اليوم الجمعة في حريق بمنزلهم "
                   "تسبب به مستوطنون في الضفة الغربية المحتلة، حسبما أفادت أجهزة الأمن الفلسطينية.")
    assert [side(e, "actor") for e in evs] == ["مستوطنون"]


def test_set_phrases_are_not_requests_or_meetings():
    for text, kind in (
            ("وقال مسؤول كبير في إدارة الرئيس باراك أوباما وطلب عدم الكشف عن هويته إن الحكومة ستواصل الضغط.", "REQUEST"),
            ("وفي ختام اللقاء ، طلب السيد الرئيس عبدالفتاح السيسي من سمو ولي ولي العهد نقل تحياته إلى خادم الحرمين "
             "الشريفين.", "REQUEST"),
            ("تعاقدت الوزارة مع الشركة لقاء حصولها على 5 ملايين دولار.", "CONSULT"),
            ("وشارك في المسابقة عدد من الطلبة وطالبة من مدارس الرياض.", "REQUEST")):
        assert kind not in [e["event"] for e in plover(text)], text
    assert [e["event"] for e in plover("وطالبت الحكومة الأمريكية روسيا بالإفراج عن المعتقلين.")] == ["REQUEST"]


def test_a_nationality_after_a_strike_noun_names_the_attacking_forces():
    evs = assaults("قال تلفزيون المنار اليوم ان ضربة اسرائيلية قتلت اثنين من عناصر حزب الله في سوريا.")
    assert [(e["actor"]["code"], e["actor"]["sector"], side(e, "recipient")) for e in evs] == [("ISRMIL", "MIL", "حزب الله")]
