"""Sides and modes read from Arabic wording, sentences of 2015 news read by hand.

Whoever "تلقى اتصالاً هاتفياً من" someone received the call: the caller, after من, is the actor. A name right
after a place's word ("مطبعة الملك فهد", "مستشفى الملك فهد") names the place, not a participant. Who guarded an
act ("بحماية الشرطة", "وسط حراسة مشددة من قبل شرطة الاحتلال") is neither its doer nor its target. One name after
"اتهم" with the charge right after it ("واتهم حماس بالإقدام على") is the one accused. A meeting ruled out
("استبعد لقاء") did not happen; a clash denied ("نفت الوزارة وقوع اشتباكات") either. An attack "بعد أقل من شهر
على" something is recalled, not reported. A company's general assembly is no contact between actors. A name
after a comma and a verb joined by و is not that verb's subject. An honorific between an office and a name
("محافظ مؤسسة النقد العربي السعودي الدكتور فهد المبارك") leaves the name restating the office. A day and month
without a year told shortly after an old year ("يوم السادس من أغسطس 1945 ... في التاسع من أغسطس") keeps its year
unknown, and a recalled attack is not dated by the article's lead through a clause that restates it. Deaths in the
blast of war remnants ("انفجار صاروخ من مخلفات الاحتلال") are an accident, not an attack. A court that "أدانت"
someone convicted them; it condemned no one. A march ("مسيرة") is no drone ("طائرة مسيرة", "من دون طيار");
"باليمن والخير" wishes good fortune, it names no Yemen. A person's full name and surname, or an unnamed group in two
cases ("المتمردون" / "المتمردين"), is one side, never both. A place after a point of the compass is governed by
the preposition before it ("في شمال العراق"). A university, district or house named after a place or person
("جامعة ليدز", "بحي سلطان بيلي", "دار سعد") is no side, and the subject of a relative clause on such a place is
not what an attack hit. Fighters named in quotes after the verb ("هاجم مقاتلو «داعش»") attacked; a shelling "للحوثيين
وقوات صالح" is theirs, and Saleh's forces are no target; members of a force killed ("اثنين من أفراد قوات الأمن قتلا")
are victims. The person named right after a visit made it, whoever spoke of it. "تقي" is a given name, not "التقى";
an aside between commas does not join the next name to the accused. A fight "ضد الارهاب" charges no one. Bombs
found and destroyed, "معدة لاستهداف" the army, are no attack; nor are deaths "في حادثين منفصلين ... بطريق". On a verbal noun the pronoun is whose act it is ("المالكي ... تأييده
الفج لنظام بشار الأسد": Maliki supports Assad).
"""
from __future__ import annotations

from _docs import sides

from marsad.api import analyze


def test_the_caller_of_a_received_call_is_the_actor():
    got = sides("كما تلقى الأمير محمد بن نايف اتصالاً هاتفياً اليوم من الأمير سلمان بن حمد آل خليفة ولي العهد البحريني.")
    assert [e for e in got if e[0] == "CONSULT"] == [("CONSULT", "سلمان بن حمد آل خليفة", "محمد بن نايف", ())], got
    got = sides("وتلقى وزير الخارجية سامح شكري اتصالا هاتفيا من نظيره الأمريكي جون كيري.")
    assert ("CONSULT", "جون كيري", "سامح شكري", ()) in got, got


def test_a_dictionary_name_is_not_run_on_into_ordinary_words():
    doc = analyze("كما تلقى الأمير محمد بن نايف اتصالاً هاتفياً اليوم من الأمير سلمان بن حمد آل خليفة.")
    names = [doc.text[e.start:e.end] for e in doc.layers["entities"] if e.label == "PER"]
    assert "محمد بن نايف" in names, names


def test_a_place_named_after_a_person_is_no_host():
    got = sides("وزار الوفد متحف المدينة المنورة ومطبعة الملك فهد لطباعة المصحف الشريف بالمدينة.")
    assert not [e for e in got if e[0] == "CONSULT"], got
    got = sides("واستقبل الأمير في مطار الملك خالد الدولي الرئيس الفرنسي.")
    assert not [e for e in got if e[1] == "خالد" or e[2] == "خالد"], got


def test_guards_are_neither_doer_nor_target():
    for text in ("واقتحم عشرات المستوطنين المسجد الأقصى بحماية الشرطة الإسرائيلية.",
                 "واقتحم عشرات المستوطنين المتطرفين صباح امس المسجد الأقصى المبارك من جهة باب المغاربة وسط حراسة "
                 "مشددة من قبل شرطة الاحتلال الخاصة."):
        got = sides(text)
        assert got and all(e[2] is None or "شرطة" not in e[2] and "الشرطة" not in e[2] for e in got), got


def test_one_name_before_the_charge_is_the_accused():
    got = sides("وتعرض أبو مازن لقضية المصالحة واتهم حماس بالإقدام علي اختطاف ثلاثة من المستوطنين.")
    assert ("ACCUSE", "أبو مازن", "حماس", ()) in got, got
    # two names: subject, then the accused
    got = sides("واتهم أبو مازن وزير الخارجية الأمريكي جون كيري بالتقصير فيما تعهد به.")
    assert ("ACCUSE", "أبو مازن", "جون كيري", ()) in got, got
    # a name before a comma belongs to the clause before it: no accuser is named
    got = sides("وأفاد التقرير بأن إيران أصبحت نقطة انطلاق ومعبرا ومقصد شبكات الاتجار بالبشر، ويتهم التقرير "
                "المسؤولين الإيرانيين بالتورط في اتجار البشر.")
    assert not [e for e in got if e[0] == "ACCUSE" and e[1] == "إيران"], got
    # a pronoun on the verb is the one accused; the name after it accuses
    got = sides("باكستان التي يتهمها تنظيم داعش بالردة.")
    assert ("ACCUSE", "تنظيم داعش", "باكستان", ()) in got, got


def test_a_meeting_ruled_out_is_not_coded():
    text = "حقيقت بور استبعد لقاء روحاني وأوباما على هامش اجتماعات الجمعية العامة للأمم المتحدة في نيويورك."
    assert not [e for e in sides(text) if e[0] == "CONSULT"]
    doc = analyze(text)
    why = [x["why"] for x in doc.meta.get("events_not_reported", []) if x["event"] == "CONSULT"]
    assert "hypothetical" in why, why


def test_an_act_denied_is_negated():
    doc = analyze("ونفت وزارة الداخلية حدوث اشتباكات بين الجيش والحوثيين في المدينة.")
    assert not [e for e in doc.events if e.event == "ASSAULT"]
    assert any(x["why"] == "negated" for x in doc.meta.get("events_not_reported", []))


def test_an_attack_a_month_before_is_historical():
    from marsad.events import aux as X
    from marsad.events.coder import tokens_in

    text = "ويأتي هذا الحادث بعد أقل من شهر على الهجوم المسلح الذي نفذه محمد يوسف."
    toks = tokens_in(text, 0, len(text))
    i = next(k for k, t in enumerate(toks) if t.norm == "الهجوم")
    assert "historical" in X.aux_modes(toks, i, 0, 0, len(toks), len(toks), verb=False)
    # a time before a later act, not right before it, does not make it historical
    text = "وبعد يومين من المفاوضات قتل 5 جنود في هجوم على حاجز."
    toks = tokens_in(text, 0, len(text))
    i = next(k for k, t in enumerate(toks) if t.norm == "قتل")
    assert "historical" not in X.aux_modes(toks, i, 0, 0, len(toks), len(toks), verb=True)


def test_a_shareholders_meeting_is_no_contact():
    text = ("دعا مجلس إدارة شركة وقاية للتأمين المساهمين الذين يملكون 20 سهم فأكثر لحضور اجتماع الجمعية العامة "
            "العادية المقرر عقده في مقر الشركة بالرياض، مساء 30 أغسطس الجاري.")
    assert not [e for e in sides(text) if e[0] == "CONSULT"]
    got = sides("والتقى الرئيس الأمريكي باراك أوباما نظيره الإيراني حسن روحاني على هامش اجتماع الجمعية العامة للأمم المتحدة.")
    assert ("CONSULT", "باراك أوباما", "حسن روحاني", ()) in got, got


def test_a_name_before_a_comma_and_a_joined_verb_is_not_its_subject():
    text = ("والتي اصيب فيها ثلاثة من مقاتلي الجيش الاسرائيلي، ورحبت حركتي حماس والجهاد الإسلامي بالعملية، والتخوف "
            "هو أن تعصف الخواطر.")
    assert not [e for e in sides(text) if e[1] and "الجيش" in e[1]]


def test_an_honorific_between_office_and_name():
    got = sides("استقبل محافظ مؤسسة النقد العربي السعودي الدكتور فهد بن عبدالله المبارك أمس بمقر المؤسسة وزير "
                "الإسكان ماجد بن عبدالله الحقيل.")
    assert ("CONSULT", "فهد بن عبدالله المبارك", "ماجد بن عبدالله الحقيل", ()) in got, got


def test_a_yearless_day_after_an_old_year_keeps_its_year_unknown():
    text = ("وأسقطت طائرة انولا جاي الأمريكية قنبلة ذرية على وسط هيروشيما الساعة 8.15 صباحًا يوم السادس من أغسطس 1945.\n"
            "وبعد ذلك بثلاثة أيام في التاسع من أغسطس اسقطت قنبلة أطلق عليها «الرجل البدين» من طائرة أمريكية فوق ميناء "
            "نجازاكي، وقتل نحو 40 ألف شخص في اليوم الأول.")
    doc = analyze(text, published="2015-08-07")
    times = {doc.text[t.start:t.end]: t.attrs["value"] for t in doc.layers["times"]}
    assert times["التاسع من أغسطس"] == "XXXX-08-09", times
    assert not [e for e in doc.events if e.date and e.date.startswith("2014")]
    # without the old year before it, the same day is last year's
    doc = analyze(text.split("\n")[1], published="2015-08-07")
    times = {doc.text[t.start:t.end]: t.attrs["value"] for t in doc.layers["times"]}
    assert times["التاسع من أغسطس"] == "2014-08-09", times


def test_a_recalled_attack_is_not_dated_through_its_relative_clause():
    text = ("قتل جندي أمريكي أمس في إطلاق نار على قاعدة عسكرية في ولاية ميسيسيبي.\n"
            "ويأتي هذا الحادث بعد أقل من شهر على الهجوم المسلح الذي نفذه محمد يوسف (24 عاماً) والذي استهدف مركزين "
            "عسكريين في تشاتانوغا (ولاية تينيسي، جنوب) وأسفر عن مقتل أربعة عسكريين قبل أن يقتل المهاجم برصاص الشرطة.")
    doc = analyze(text, published="2015-08-05")
    recalled = [e for e in doc.events if e.event == "ASSAULT" and "historical" in e.aux]
    assert recalled and all(e.date is None for e in recalled), [(e.aux, e.date) for e in doc.events]
    assert any(e.date == "2015-08-04" and not e.aux for e in doc.events if e.event == "ASSAULT")


def test_a_blast_of_war_remnants_is_an_accident():
    text = ("استشهد أربعة مواطنين فلسطينيين، وأصيب نحو 30 آخرين بجراح بينهم إصابات خطيرة في انفجار صاروخ من مخلفات "
            "الاحتلال الإسرائيلي اليوم وسط مدينة رفح جنوب قطاع غزة.")
    doc = analyze(text, published="2015-08-06")
    assert not [e for e in doc.events if e.event == "ASSAULT"]
    assert any("accident" in x["why"] for x in doc.meta.get("events_not_reported", []))


def test_a_court_convicting_is_no_condemnation():
    text = ("وأدانت المحكمة سيدة تدعى فاطمة وثلاثة من أبنائها، قائلة إن فاطمة ساهمت في نشر الفكر المتشدد وتمويل سفر "
            "الشباب إلى سوريا.")
    assert not [e for e in sides(text) if e[0] == "ACCUSE"]
    assert [e for e in sides("وأدانت مصر الهجوم الإرهابي على المسجد في الكويت وحملت تنظيم داعش المسؤولية.")
            if e[0] == "ACCUSE"]


def test_a_march_is_no_drone():
    doc = analyze("أصيب شخصان في إطلاق للنار وقع خلال مسيرة في مدينة فيرجسون بولاية ميزوري الأميركية أمس الأول.",
                  published="2015-08-10")
    assert [e.mode for e in doc.events if e.event == "ASSAULT"] == ["firearms"]
    doc = analyze("وقصفت طائرة أمريكية من دون طيار الاربعاء هدفًا لداعش في سوريا.", published="2015-08-06")
    assert [e.mode for e in doc.events if e.event == "ASSAULT"] == ["drone"]


def test_good_fortune_is_not_yemen():
    text = ("استقبل الأمير فيصل بن بندر أمير منطقة الرياض بقصر الحكم صباح أمس وكلاء إمارة المنطقة الذين قدموا للسلام "
            "على سموه وتهنئته بعيد الفطر المبارك، سائلين الله أن يعيده على الجميع باليمن والخير والبركات.")
    doc = analyze(text)
    assert not [e for e in doc.layers["entities"] if (e.attrs.get("actor") or {}).get("country") == "YEM"]


def test_one_person_or_group_is_never_both_sides():
    text = ("قائمة الـ 36 ومحسن الفضلي الذي اتهم بقضايا إرهابية عدة في الكويت وخارجها كان يرتبط ومجموعة إسلامية "
            "كويتية لها ميول متطرفة، وتم إدراج اسم الفضلي على قائمة المطلوبين الـ 36 بالسعودية في يونيو من العام 2005.")
    assert not [e for e in sides(text) if e[0] == "ACCUSE" and e[1] and "الفضلي" in e[1]]
    text = ("وأوضح أن ميليشيات التمرد الحوثي بدأت في حشد مئات المرتزقة الأفارقة، وأشاروا إلى أن معظم العناصر التي "
            "حشدها المتمردون ينتمون إلى إثيوبيا والصومال، مشيرة إلى أنهم عناصر جرى حشدهم بعد إغرائهم بالقتال في صفوف "
            "المتمردين مقابل المال.")
    assert not [e for e in sides(text) if e[2] == "المتمردين"]
    text = ("وأوضح المتحدث العسكري المصري العميد محمد سمير في بيان اليوم أن الحملة استهدفت عددا من البؤر، ما أسفر عن "
            "مقتل سبعة مسلحين، وتدمير مخزنين للمواد المتفجرة بالإضافة إلى مقتل خمسة آخرين.")
    assert not [e for e in sides(text) if e[1] and e[1] == e[2]]


def test_a_place_after_a_direction_is_governed_by_the_preposition_before_it():
    text = ("وتركيا العضو في حلف شمال الأطلسي في حالة تأهب قصوى منذ أن بدأت حربا على الإرهاب الشهر الماضي تشمل توجيه "
            "ضربات ضد داعش في سوريا والمقاتلين الأكراد في شمال العراق واعتقال مئات من المشتبه بهم في الداخل.")
    assert not [e for e in sides(text) if e[1] == "العراق"]


def test_a_university_or_a_district_named_after_a_place_or_person_is_no_side():
    got = sides("ومع هذا فإن الدكتور بارنت مار أستاذ الاقتصاد الدولي في جامعة ليدز يدعو إلى التفرقة بين ثلاثة جوانب "
                "في العلاقات التجارية العربية مع تركيا.")
    assert not [e for e in got if e[1] == "ليدز"], got
    got = sides("وبعيد منتصف الليل استهدف هجوم انتحاري بسيارة مفخخة مركز شرطة بحي سلطان بيلي على الضفة الاسيوية "
                "للبوسفور في اسطنبول.")
    assert not [e for e in got if e[1] == "سلطان بيلي"], got


def test_the_subject_of_a_relative_clause_on_a_place_is_not_the_target():
    got = sides("من ناحية ثانية، قالت مصادر طبية بعدن أن ثمانية أشخاص من أسرة واحدة قتلوا في قصف تعرض له منزلهم في "
                "منطقة دار سعد التي ارتكب فيها الحوثيون قبل يومين مجزرة مروعة.")
    assert [e for e in got if e[0] == "ASSAULT"] and not [e for e in got if e[2] == "الحوثيون"], got


def test_fighters_named_in_quotes_after_the_verb_attack():
    got = sides("وقال مسؤول عسكري إن خمسة جنود قتلوا، وفقد 15 آخرون عندما هاجم مقاتلو «داعش» نقطة التفتيش خارج مدينة "
                "أجدابيا شرق البلاد قرب ميناء البريقة.")
    assert ("ASSAULT", "داعش", "جنود", ()) in got and not [e for e in got if e[2] == "داعش"], got


def test_shelling_by_a_group_and_its_allies():
    got = sides("من جانب اخر أسفر قصف عشوائي للحوثيين وقوات صالح في محافظة تعز جنوبي اليمن عن سقوط ضحايا واشتعال "
                "النيران في عدد من المنازل بوسط المدينة.")
    assert [e[1] for e in got if e[0] == "ASSAULT"] == ["للحوثيين"] and not [e for e in got if e[2] == "صالح"], got


def test_members_of_a_force_killed_are_victims():
    got = sides("أعلن بيان صدر عن مكتب حاكم إقليم أغري بشرق تركيا أمس الأحد أن اثنين من أفراد قوات الأمن قتلا وأصيب 24 في "
                "تفجير انتحاري نفذه حزب العمال الكردستاني في الإقليم خلال الليل.")
    assert not [e for e in got if e[1] == "قوات الأمن"] and ("ASSAULT", "حزب العمال الكردستاني", "قوات الأمن", ()) in got, got


def test_the_person_named_after_a_visit_made_it():
    got = sides("من جانبه، وصف وزير الإعلام الأردني الدكتور محمد المومني، زيارة الأمير محمد بن سلمان، لبلاده بـ«التاريخية».")
    assert not [e for e in got if e[0] == "CONSULT" and e[2] == "محمد بن سلمان"], got


def test_a_given_name_is_no_meeting_and_asides_do_not_join_the_accused():
    got = sides("من جانبه، اتهم تقي رحماني، زوج المحامية الإيرانية، الجهاز القضائي وقوات الأمن الإيرانية بإهمال حالة "
                "زوجته الصحية.")
    assert [e[0] for e in got] == ["ACCUSE"] and got[0][1:3] == ("رحماني", "قوات الأمن الإيرانية"), got
    got = sides("واتهم شوداري، البالغ من العمر 48 عاما، ومحمد رحمان، البالغ 32، بالدعاية لتنظيم داعش والترويج له.")
    assert not [e for e in got if e[0] == "ACCUSE"], got


def test_a_fight_against_terrorism_is_no_charge():
    text = ("وفيما وصفه رئيس الوزراء التركي أحمد داود أوغلو بأنه «معركة متزامنة ضد الارهاب» سمحت تركيا للتحالف بقيادة "
            "الولايات المتحدة الذي يحارب تنظيم داعش باستخدام قواعدها.")
    assert not [e for e in sides(text) if e[0] == "ACCUSE"]
    assert ("ACCUSE", "الولايات المتحدة", "إيران", ()) in sides("ووصفت الولايات المتحدة إيران بأنها دولة راعية للإرهاب.")


def test_bombs_found_and_destroyed_are_no_attack():
    text = ("وأشار إلى اكتشاف وتدمير مخزنين للمواد المتفجرة خاصة بالعناصر الإرهابية بمنطقة اللفيتات، واكتشاف وتدمير 47 "
            "عبوة ناسفة كانت معدة ومجهزة لاستهداف قوات الجيش.")
    assert not [e for e in sides(text) if e[0] == "ASSAULT"]


def test_deaths_in_road_accidents_are_no_attack():
    text = ("لَقِيَ ثلاثة أشخاص مصرعهم، وأصيب 3 آخرون بإصابات صُنّفت بين خطيرة ومتوسطة، في حادثين منفصلين، مساء أمس، في "
            "محافظة ينبع والعيص؛ أحدهما بطريق ينبع النخل- ينبع البحر، والآخر بطريق المربع التابع إدارياً لمحافظة العيص.")
    assert not [e for e in sides(text) if e[0] == "ASSAULT"]
    assert [e for e in sides("وقتل جنديان في الحادث الإرهابي الذي وقع على طريق المطار أمس.") if e[0] == "ASSAULT"]


def test_the_pronoun_on_a_verbal_noun_is_whose_act_it_is():
    text = ("أكثر من ذلك، لم يخف المالكي طوال سنوات حكمه انحيازه الطائفي، ومن ذلك تأييده الفج لنظام بشار الأسد الدموي "
            "بدعوى أن الأخير يتعرض لمحاولة إسقاط خارجية.")
    assert ("SUPPORT", "المالكي", "بشار الأسد", ()) in sides(text)
