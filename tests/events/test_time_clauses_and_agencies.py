"""Sides and dates that belong to another clause, from 2015 news read by hand.

"بعد أن" / "قبل أن" open a clause of their own: in "وأصيب سبعة رجال شرطة بعد أن فجر مسلحون قنبلة" the
policemen were hurt and the gunmen, the subject of the later clause, are no victims. A clause told in the
pluperfect ("معتقل سعودي كانت أوقفته قبل ثلاث سنوات") holds its own date, as a relative clause does: the detainee
was freed yesterday, not three years ago. The agency after "حسبما أوردت وكالة «دوغان»" is the source of the report
(quotation marks around its name or not), and an unnamed armed group right after the verb ("وداهمت جماعة متمردة
أخرى") is the subject, so the verb does not take the previous sentence's agency as its actor. What a scene "brought back to memory"
("أعاد ذلك إلى الذاكرة مشهد المفاوضات ... أثناء عهد الرئيس بيل كلينتون") is recalled; what "claims" say ("نفى
الجيش التركي مزاعم بأنه قصف مدنيين") is not shown to have happened; what a plan or a text provides for ("وفقا لخطة
تتضمن انسحاب الحوثيين", "اتفاقا ينص على انسحاب القوات") is still to come. An office inside the subject's appositive ("رفض السفير حسين هريدي، مساعد وزير الخارجية المصري
الأسبق، تصريحات نوري المالكي") describes the subject; it is not whom he rejected. "وألقت القبض" and "التقى" are verbs in the perfect though they
open with ال once normalised, so a date still to come in their sentence ("وسوف تستأنف المحاكمة في 18 أكتوبر") is not
theirs. What authorities refuse to give up ("ترفض السلطات الأمريكية الإفراج عن بولارد") is not given up, and what
is "من غير المقرر" is not planned. Cooperation to be deepened or intensified ("مؤكدين تكثيف الدعم والتعاون مع الحكومة
العراقية", "ناقشا تعميق التعاون") is an aim, not an act of cooperation. A body with no coding of its own right before ل + a coded organisation is
part of it ("واستنكرت الأمانة العامة لمنظمة التعاون الإسلامي التصريحات ...": the OIC condemns, it is not condemned).
"رائد الفضاء" is an astronaut, not a man named Raed; "وسيلي" is "and will follow". A visit being arranged ("العمل على
ترتيب هذه الزيارة") is still to come. A chamber receiving job seekers ("الراغبين في التوظيف") addresses the public.
Who is the first of his kind to visit "منذ الثورة الكوبية عام 1959" did not visit in 1959. After a comma, a
coordinated verb with a coded actor named right after it ("، وطالب الاتحاد الاوروبي بعدم التهاون") has that actor as
its subject, not the subject of the verb before ("ونددت واشنطن"); an uncoded group there may be its object
("، وهاجمت المرابطين"). The importance of a visit whose visitor is named right after it ("على أهمية زيارة صاحب
السمو الملكي الأمير محمد بن سلمان للقاهرة") is said of a visit made; a visit "المرتقبة" is still awaited, with or
without its importance stated. "قتل مسلحون من جماعة «بوكو حرام» المتطرفة عشرات الاشخاص": the gunmen killed (the
count comes after their group), and their group is no victim. "فجراً" is at dawn, no bombing; what a country is "عازمة على" is still to come; a
welcome to a delegation after the host's titles ("رحب المدير الإقليمي للحملة الدكتور بدر السمحان بالوفد") is a courtesy. An armoured personnel carrier ("ناقلة جنود مدرعة") carries no side: its soldiers are no actor. "يقتل انتحاري ثلاثة جنود ليبيين": the unnamed attacker right after the verb is its
subject, the soldiers its victims. "حينها" / "وقتها" near the act ("واتهمت الصحيفة حينها") recall it; at the far end of
a sentence they belong to something else. Who fired, planted or threw the weapon ("بقذيفة هاون أطلقتها ميليشيات
الحوثي", "ألغام زرعها الحوثيون", "قنبلة يدوية ألقاها مسلحون") attacked; they are not the ones hit. Talks or a call someone held ("خلال مباحثات أجراها وزير الخارجية السعودي عادل الجبير مع
نظيره الروسي", "خلال اتصال أجراه أمس بالرئيس المصري") are between the one named after the verb, or else the clause's
subject, and the one after مع / ب; a call a paper held with someone ("في اتصال هاتفي أجرته معه قناة") is no contact.
"""
from __future__ import annotations

from _docs import sides

from marsad.api import analyze


def test_the_subject_after_baad_an_is_no_victim():
    got = sides("وأصيب سبعة رجال شرطة بعد أن فجر مسلحون يشتبه في أنهم تابعون لـ«الكردستاني» قنبلة في مركز "
                "شرطة في بلدة بيسميل.")
    hurt = [e for e in got if e[0] == "ASSAULT"]
    assert hurt and all(e[2] != "مسلحون" for e in hurt), got
    assert any(e[2] == "سبعة رجال شرطة" for e in hurt), got
    got = sides("قُتل 18 متمردا على الأقل في إقليم فارياب بعد أن شنت قوات الأمن الأفغانية عملية عسكرية أمس.")
    assert all(e[2] != "قوات الأمن الأفغانية" for e in got if e[0] == "ASSAULT"), got


def test_a_pluperfect_clause_keeps_its_date():
    doc = analyze("أسدل الستار أمس عن واحدة من أكثر قصص السعوديين في العراق مأساوية، وذلك بعد إفراج سلطات بغداد عن "
                  "معتقل سعودي ستيني كانت أوقفته قبل ثلاث سنوات بتهمة الإرهاب.", published="2015-07-25")
    freed = [e for e in doc.events if e.event == "RETREAT"]
    assert freed and all(e.date == "2015-07-24" and "historical" not in e.aux for e in freed), \
        [(e.event, e.date, e.aux) for e in doc.events]


def test_the_agency_after_hasbama_is_the_source():
    text = ("وقالت وكالة «الأناضول» للأنباء الرسمية إن المتمردين الأكراد قاموا أيضا بخطف ضابط شرطة في ليس. وداهمت "
            "جماعة متمردة أخرى محطة للطاقة الحرارية قرب الحدود العراقية، ودمرت سيارات وخطفت 15 عاملا، حسبما "
            "أوردت وكالة «دوغان» للأنباء.")
    got = sides(text)
    acts = [e for e in got if e[0] in ("ASSAULT", "COERCE")]
    assert acts, got
    assert all("دوغان" not in (e[2] or "") and "الأناضول" not in (e[1] or "") for e in acts), got
    got = sides("وأصيب شرطيان بجروح في هجوم بقنابل يدوية على دورية، حسبما أفادت وكالة الأناضول.")
    assert all("الأناضول" not in (e[2] or "") for e in got), got


def test_recalled_claimed_and_planned_acts():
    got = sides("وقد أعاد ذلك إلى الذاكرة مشهد المفاوضات بين أميركا وكوريا الشمالية أثناء عهد الرئيس بيل كلينتون.")
    talks = [e for e in got if e[0] == "CONSULT"]
    assert talks and all("historical" in e[3] for e in talks), got
    got = sides("الى ذلك نفى الجيش التركي امس مزاعم بأنه قصف مدنيين في قرية زركله بشمالي العراق.")
    assert not [e for e in got if e[0] == "ASSAULT"], got
    got = sides("وجدد مبعوث الأمم المتحدة إلى اليمن دعوته لوقف إطلاق النار وفقا لخطة تتضمن انسحاب الحوثيين من "
                "المدن الرئيسية.")
    assert all("future" in e[3] for e in got if e[0] == "RETREAT"), got
    got = sides("وانسحبت القوات الحوثية من المدينة أمس.")
    assert [e for e in got if e[0] == "RETREAT" and not e[3]], got


def test_an_office_in_the_subjects_appositive_is_no_side():
    got = sides("قال نوري المالكي إن السعودية تدعم الإرهاب. من جانبه رفض السفير حسين هريدي، مساعد وزير الخارجية "
                "المصري الأسبق، تصريحات المالكي، السلبية التي وجهها للمملكة.")
    rejected = [e for e in got if e[0] == "REJECT"]
    assert rejected and all(e[2] == "المالكي" for e in rejected), got


def test_a_perfect_verb_opening_with_alif_lam_takes_no_date_to_come():
    doc = analyze("وقتلت قوات الأمن المئات من أنصار الجماعة في الشوارع وألقت القبض على آلاف آخرين، وسوف تستأنف "
                  "المحاكمة في 18 أكتوبر .", published="2015-07-26")
    arrests = [e for e in doc.events if e.event == "COERCE"]
    assert arrests and all(not (e.date or "").startswith("2015-10") for e in arrests), \
        [(e.event, e.date) for e in doc.events]


def test_refused_and_unscheduled_acts_are_not_coded():
    got = sides("ورغم كل الضغوط التي مارسها المسؤولون الإسرائيليون، ترفض السلطات الأمريكية الإفراج عن بولارد.")
    assert not [e for e in got if e[0] == "RETREAT"], got
    got = sides("وأفرجت السلطات الأمريكية عن الجاسوس جوناثان بولارد أمس.")
    assert [e for e in got if e[0] == "RETREAT"], got
    got = sides("ومن غير المقرر أن يزور الرئيس الأمريكي باراك أوباما قبر والده في قرية كوجيلو غرب كينيا.")
    assert not [e for e in got if e[0] == "CONSULT"], got
    got = sides("ومن المقرر أن يزور الرئيس الأمريكي باراك أوباما كينيا الأسبوع المقبل.")
    assert [e for e in got if e[0] == "CONSULT" and "future" in e[3]], got


def test_cooperation_to_be_intensified_is_an_aim():
    got = sides("وعبّر الوزراء عن التضامن مع الشعب العراقي في تصديه لمنظمة داعش الإرهابية، مؤكدين تكثيف الدعم "
                "والتعاون مع الحكومة العراقية.")
    assert not [e for e in got if e[0] == "COOPERATE"], got
    got = sides("وأصدر البيت الأبيض بيانا قال فيه إن الرئيسين ناقشا «تعميق التعاون المستمر في الحرب ضد داعش».")
    assert not [e for e in got if e[0] == "COOPERATE"], got


def test_a_body_before_its_organisation_is_the_organisation():
    doc = analyze("واستنكرت الأمانة العامة لمنظمة التعاون الإسلامي التصريحات التي أدلى بها نائب رئيس الجمهورية "
                  "العراقية نوري المالكي.", published="2015-07-30")
    acc = [e.to_dict(doc) for e in doc.events if e.event == "ACCUSE"]
    assert acc and all(e["actor"]["code"] == "OIC" and (e["recipient"] or {}).get("code") != "OIC" for e in acc), acc


def test_astronauts_job_seekers_and_arranged_visits():
    got = sides("أشاد رائد الفضاء الأمريكي الدكتور باز ألدرين بجهود المملكة العربية السعودية في مجال أبحاث الفضاء.")
    assert [e for e in got if e[0] == "SUPPORT" and e[1] == "باز ألدرين"], got
    got = sides("ويستقبل المقر الرئيسي لغرفة الرياض صباح يوم الثلاثاء الراغبين في التوظيف لدى شركة مصنع رامة.")
    assert not [e for e in got if e[0] == "CONSULT"], got
    doc = analyze("وسيلي هذه المناسبة اجتماع في وزارة الخارجية الأمريكية بين وزير الخارجية جون كيري ورودريجيز وهو أول "
                  "وزير خارجية كوبي يقوم بزيارة رسمية لواشنطن منذ الثورة الكوبية عام 1959.", published="2015-07-24")
    visits = [e.to_dict(doc) for e in doc.events if e.event == "CONSULT"]
    assert visits and all(e["actor"]["entity_text"] != "وسيلي" for e in visits), visits
    assert all(e["date"] != "1959" for e in visits), visits


def test_a_coordinated_verb_with_its_own_named_subject():
    got = sides("ونددت واشنطن بأشد العبارات بالهجوم الارهابي الوحشي على منزل عائلة دوابشة، وطالب الاتحاد الاوروبي "
                "إسرائيل بعدم التهاون مع اعمال العنف التي يرتكبها المستوطنون.")
    asks = [e for e in got if e[0] == "REQUEST"]
    assert all(e[1] != "واشنطن" and e[2] != "الاتحاد الاوروبي" for e in asks), got
    got = sides("كانت الولايات المتحدة الداعم الرئيسي لأوكرانيا في الحرب: فقد سمحت بشحن الأسلحة منذ بداية الصراع ، "
                "ودربت الجيش الأوكراني على استخدام أكثر الأسلحة المعززة.")
    assert all(e[1] != "الجيش الأوكراني" for e in got), got      # a feminine verb: the masculine army is its object
    got = sides("اقتحمت قوات من جيش الاحتلال الإسرائيلي، أمس، المسجد الأقصى المبارك، وهاجمت المرابطين بالقنابل "
                "الصوتية والأعيرة المطاطية.")
    assert all(e[1] != "المرابطين" for e in got if e[0] == "ASSAULT"), got


def test_an_important_visit_was_made_an_awaited_one_is_to_come():
    got = sides("أجمع خبراء سياسيون وعسكريون مصريون على أهمية زيارة صاحب السمو الملكى الأمير محمد بن سلمان ولي ولي "
                "العهد للقاهرة، التي تعكس عمق العلاقات الاستراتيجية بين البلدين.")
    visits = [e for e in got if e[0] == "CONSULT"]
    assert visits and all("future" not in e[3] for e in visits), got
    for text in ("وأكد الوزير أهمية زيارة الرئيس الروسي فلاديمير بوتين المرتقبة إلى القاهرة.",
                 "وتأتي زيارة الرئيس الروسي فلاديمير بوتين المرتقبة لمصر في إطار تعزيز العلاقات."):
        got = sides(text)
        visits = [e for e in got if e[0] == "CONSULT"]
        assert visits and all("future" in e[3] for e in visits), got


def test_gunmen_of_a_group_who_killed_a_count():
    got = sides('قتل مسلحون من جماعة "بوكو حرام" المتطرفة عشرات الاشخاص في أربع قرى في شمال شرقي نيجيريا.')
    hits = [e for e in got if e[0] == "ASSAULT"]
    assert hits and all(e[1] == "مسلحون" and e[2] in (None, "عشرات الاشخاص") for e in hits), got
    got = sides("قتل مسلحون في اشتباكات مع الجيش النيجيري أمس.")
    assert all(e[1] != "مسلحون" for e in got if e[0] == "ASSAULT"), got


def test_dawn_resolve_and_a_delegation_welcomed():
    got = sides("هذا، واعتقلت قوات الاحتلال فجراً شاباً من بلدة قباطية جنوب مدينة جنين.")
    assert [e for e in got if e[0] == "COERCE"] and not [e for e in got if e[0] == "ASSAULT"], got
    got = sides("أعلن وزير الخارجية الفرنسي لوران فابيوس أن بلاده «عازمة على التعاون مع إيران في كل المجالات».")
    assert not [e for e in got if e[0] == "COOPERATE"], got
    got = sides("من جهته رحب المدير الإقليمي للحملة الدكتور بدر عبدالرحمن السمحان بالوفد، مشيرا إلى أهمية الخدمات "
                "الاغاثية للسوريين.")
    assert not [e for e in got if e[0] == "SUPPORT"], got
    got = sides("ورحب الرئيس الأمريكي باراك أوباما بالخطوة التي اتخذتها كوبا.")
    assert [e for e in got if e[0] == "SUPPORT"], got


def test_a_troop_carrier_is_no_side():
    doc = analyze("وقال بيان إن خمس غارات قرب الرمادي قصفت وحدات تكتيكية ودبابات وناقلة جنود مدرعة تابعة للتنظيم.")
    assert not [e for e in doc.to_dict()["entities"] if e["text"] == "جنود"], doc.to_dict()["entities"]
    doc = analyze("وقتل ثلاثة جنود في هجوم على نقطة تفتيش.")
    assert [e for e in doc.to_dict()["entities"] if e["text"] == "جنود" and e["label"] == "GROUP"]


def test_an_unnamed_attacker_and_then():
    got = sides("يقتل انتحاري ثلاثة جنود ليبيين عند نقطة تفتيش في مدينة بنغازي بشرق البلاد.")
    hits = [e for e in got if e[0] == "ASSAULT"]
    assert hits and all(e[1] is None and e[2] == "جنود ليبيين" for e in hits), got
    got = sides("واتهمت البحرين حينها إيران بدعم المعارضة.")
    assert [e for e in got if e[0] == "ACCUSE" and "historical" in e[3]], got
    got = sides("أولم يلاحظ الحوثي أن وزير خارجية إيران محمد جواد ظريف زار الكويت وقطر بعد الاتفاق النووي، بينما لم يزر "
                "عمان رغم الاجتماعات الخمسة السرية فيها تمهيدًا للمفاوضات النووية حينها؟")
    visits = [e for e in got if e[0] == "CONSULT"]
    assert visits and all("historical" not in e[3] for e in visits), got


def test_who_fired_planted_or_threw_the_weapon_attacked():
    got = sides("قتل أحد مسلحي المقاومة الشعبية وأصيب خمسة آخرون بقذيفة هاون أطلقتها ميليشيات الحوثي في جبهة الكود.")
    hits = [e for e in got if e[0] == "ASSAULT"]
    assert hits and all(e[1] == "ميليشيات الحوثي" and e[2] != "ميليشيات الحوثي" for e in hits), got
    got = sides("إلى ذلك، قالت مصادر عسكرية يمنية، إن سبعة عشر مدنيا قتلوا وأصيب العشرات جراء انفجار ألغام زرعها "
                "الحوثيون، أثناء انسحابهم من محافظة لحج.")
    assert [e for e in got if e[0] == "ASSAULT" and e[1] == "الحوثيون"], got


def test_talks_and_calls_someone_held():
    got = sides("وجاء ذلك خلال مباحثات أجراها وزير الخارجية السعودي عادل الجبير مع نظيره الروسي سيرغي لافروف.")
    assert [e for e in got if e[0] == "CONSULT" and e[1] == "عادل الجبير" and e[2] == "سيرغي لافروف"], got
    got = sides("واستعرض خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز خلال اتصال أجراه أمس بالرئيس المصري عبدالفتاح "
                "السيسي العلاقات بين البلدين.")
    assert [e for e in got if e[0] == "CONSULT"], got
    got = sides("وقال القرني في اتصال هاتفي أجرته معه قناة ام بي سي أمس الخميس، إن فكر داعش خارجي.")
    assert not [e for e in got if e[0] == "CONSULT"], got
