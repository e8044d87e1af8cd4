"""Acts that are not reported as happening, and partners that are not partners, from 2015 news read by hand.

An animal's attack ("تعرضا لهجوم من قرد") is no attack between actors. A sentence that opens with a question word
("كيف يعتذر ...", "هل يلتقي") asks; what it asks about is hypothetical, as is what "يجب أن" someone do. A press
outlet's call to get a view ("واتصلت «الشرق الأوسط» بالوزير ... لأخذ وجهة نظره") is how a paper gathers comment. A
topic is what one discusses ("يناقش البرلمان الياباني قانونا ... يسمح الجيش"): the partner of ناقش / بحث comes
after مع or with the subject. Visits made "مرتين" are recalled, not reported. A deputy's office further along a
host's titles ("ولي عهد أبوظبي نائب القائد الأعلى") is the host's, so the guest named after it is whom he received. A
party "الذي تصفه بأنه جماعة إرهابية" is the one described when the charge names no one. Ambassadors who meet "بناء
على طلب تركيا" were asked by Turkey. What someone was urged to do ("حضه فيه على رفض الاتفاق") was not done, nor what a call asks of those it names
("دعا ... السلطات الفرنسية والرئيس فرنسوا هولاند التعاون مع مصر"). Who ordered or sponsored an act ("تنفيذًا
لتوجيهات ... الأمير محمد بن نايف", "برعاية") is no side of it. "مسقط رأس" is a birthplace, not Muscat. A plane off the
runway is an accident, and so are deaths in heavy rain or a fall into a well. A firm leaving a market ("انسحبت
ميتسوبيشي من إنتاج سياراتها") yields to no one. A toll "منذ بدء المواجهات" sums up, it reports no one attack. Units "من"
a named force right after the verb ("قتلت قوات من جيش الاحتلال") are the attackers. A listed person keeps the
dictionary's coding when a later "الرئيس هادي" names only the office, so "رئيس اليمن" stays his own title. A count after "خلال" is a span of time, so "قتل أربعة جنود أوكرانيين خلال 24
ساعة" is passive: the soldiers were killed. "فائدة" (interest, benefit) folds to ف + أيد but endorses nothing. "سعود
الفيصل" and "الأمير سعود" are one person, never both sides. "فاتهم" is ف + "اتهم" (he accused), not a verb with
the pronoun هم, so the one named before it accused. The agency named after "بحسب وكالة" is the source, no target. "على زيارته لمصر" after a named person (not one after a preposition,
unless thanked: "الشكر لسمو ولي ولي العهد على زيارته"): he made the visit, to the place after ل; "زيارتهم" is a
group's. A region visited ("منطقة عسير") stands for no one of its country: the prince who ordered
the visit is not whom it visited. "في عملية قامت بها وحدة من القوات الاميركية": the unit's force did it.
"""
from __future__ import annotations

from _docs import sides

from marsad.api import analyze
from marsad.doc import Document
from marsad.events.model import Participant
from marsad.events.non_events import one_person


def test_an_animals_attack_is_no_assault():
    got = sides("أصيب مواطن ومقيم بعدما تعرضا لهجوم من قرد بمنتزه البعيجان بمدينة عرعر اثناء محاولتهما السيطرة عليه.")
    assert not [e for e in got if e[0] == "ASSAULT"], got
    got = sides("أصيب مواطن ومقيم بعدما تعرضا لهجوم من مسلحين في مدينة عرعر.")
    assert [e for e in got if e[0] == "ASSAULT"], got


def test_a_question_or_an_obligation_is_no_act():
    got = sides("كيف يعتذر من كان وراء كل صفقات الجرائم ضد الشعب الفلسطيني والمدعم للمستوطنات والمستوطنين.")
    assert not [e for e in got if e[0] == "CONCEDE"], got
    got = sides("وقال يحيى سعود، النائب الأردني، إن الدول المانحة يجب أن تظهر تضامنها مع الفلسطينيين.")
    assert not [e for e in got if e[0] == "SUPPORT"], got
    got = sides("وأعلن وزير الخارجية الأمريكي جون كيري تضامن بلاده مع فرنسا.")
    assert [e for e in got if e[0] == "SUPPORT"], got


def test_a_papers_call_for_comment_is_no_contact():
    doc = analyze("واتصلت «الشرق الأوسط» بوزير النفط الكويتي علي العمير لأخذ وجهة نظره حيال ما ورد في الخطاب، "
                  "إلا أنه لم يرد على أي اتصال للصحيفة.", published="2015-08-01")
    assert not [e for e in doc.events if e.event == "CONSULT"], [e.event for e in doc.events]
    got = sides("واتصل وزير الخارجية السعودي بنظيره الكويتي لبحث الأوضاع في المنطقة.")
    assert [e for e in got if e[0] == "CONSULT"], got


def test_what_is_discussed_is_a_topic_not_a_partner():
    got = sides("وتأتي هذه الذكرى فيما يناقش البرلمان الياباني قانونا مثيرا للجدل من شأنه أن يسمح الجيش بخوض حروب "
                "في الخارج.")
    assert not [e for e in got if e[0] == "CONSULT"], got
    got = sides("وناقش وزير الخارجية السعودي مع نظيره الأمريكي جون كيري الأوضاع في اليمن.")
    assert [e[0] for e in got if e[0] == "CONSULT" and e[2] and "كيري" in e[2]], got
    got = sides("وناقش الملك سلمان والرئيس الفرنسي العلاقات الثنائية.")
    assert [e for e in got if e[0] == "CONSULT"], got


def test_visits_made_twice_are_recalled():
    got = sides("ويشار إلى أن وفودا من حركة «حماس» برئاسة خالد مشعل زارت العاصمة الروسية مرتين بدعوة من الخارجية "
                "الروسية.")
    assert all("historical" in e[3] for e in got if e[0] == "CONSULT"), got


def test_a_deputys_office_among_the_hosts_titles_is_his():
    got = sides("استقبل الشيخ محمد بن زايد آل نهيان ولي عهد أبوظبي نائب القائد الأعلى للقوات المسلحة بدولة الإمارات في "
                "أبوظبي، مساء أمس السبت، وزير الخارجية السعودي عادل بن أحمد الجبير.")
    assert ("CONSULT", "محمد بن زايد آل نهيان", "عادل بن أحمد الجبير", ()) in got, got
    got = sides("واستقبل الرئيس اليمني عبدربه منصور هادي نائب الرئيس الأمريكي جو بايدن.")
    assert [e for e in got if e[0] == "CONSULT" and e[2] == "جو بايدن"], got


def test_the_party_described_is_the_one_accused():
    got = sides("ووصفت الولايات المتحدة حزب العمال الكردستاني بأنه جماعة إرهابية.")
    assert [e for e in got if e[0] == "ACCUSE" and e[2] == "حزب العمال الكردستاني"], got
    # described in a relative clause in the present ("الذي تصفه بأنه"), it is a standing designation, no new act
    got = sides("وقالت الولايات المتحدة إنها تدعم الغارات ضد حزب العمال الكردستاني الذي تصفه بأنه جماعة إرهابية حتى وإن "
                "لجأت إلى قوات كردية في العراق وسوريا لتكون حليفة مقربة لها في الحرب على تنظيم داعش.")
    assert not [e for e in got if e[0] == "ACCUSE"], got


def test_who_acts_on_a_request_was_asked():
    got = sides("يجتمع سفراء دول حلف شمال الاطلسي الثمانية والعشرون الثلاثاء بناء على طلب تركيا للتشاور حول زيادة "
                "التوتر بين انقرة من جهة والمتمردين الاكراد من جهة ثانية.")
    assert [e for e in got if e[0] == "REQUEST"] == [("REQUEST", "تركيا", "حلف شمال الاطلسي", ())], got
    got = sides("فإن إسرائيل وافقت على طلب مصر بالسماح بالمزيد من القوات المصرية في سيناء.")
    assert ("REQUEST", "مصر", "إسرائيل", ()) in got, got


def test_what_one_was_urged_to_do_was_not_done():
    got = sides("وكان نتنياهو القى خطابا امام الكونغرس الامريكي في مارس حضه فيه على رفض الاتفاق مما اغضب الرئيس باراك "
                "اوباما الذي يحاول اقناع الكونغرس بالموافقة عليه.")
    assert not [e for e in got if e[0] == "REJECT"], got


def test_what_a_call_asks_of_those_it_names_is_not_done():
    got = sides("ودعا والد الرهينة الكرواتي ايضا السلطات الفرنسية والرئيس فرنسوا هولاند التعاون مع مصر للمساعدة على "
                "اطلاق سراح ابنه.")
    assert not [e for e in got if e[0] == "COOPERATE"], got


def test_who_ordered_or_sponsored_a_meeting_is_no_side_of_it():
    got = sides("وبتوجيه من خادم الحرمين الشريفين استقبل ولي العهد الأمير محمد بن نايف وزير الخارجية الأمريكي جون كيري.")
    assert ("CONSULT", "محمد بن نايف", "جون كيري", ()) in got, got
    got = sides("والتقى وزير الخارجية الأمريكي جون كيري برعاية الرئيس المصري عبدالفتاح السيسي وزير الخارجية الروسي "
                "سيرغي لافروف.")
    assert ("CONSULT", "جون كيري", "سيرغي لافروف", ()) in got, got


def test_a_birthplace_a_runway_and_a_market_are_no_sides_or_acts():
    got = sides("وهذه الزيارة هي الأولى للرئيس الأمريكي باراك أوباما إلى مسقط رأس والده منذ توليه مهامه الرئاسية.")
    assert not [e for e in got if e[2] and "مسقط" in e[2]], got
    got = sides("خرجت طائرة تابعة لشركة الطيران البورمية عن المدرج عند هبوطها في مطار رانغون الدولي بسبب الامطار "
                "الغزيرة مما تسبب في اصابة شخص بجروح طفيفة.")
    assert not [e for e in got if e[0] == "ASSAULT"], got
    got = sides("وانسحبت شركة ميتسوبيشي اليابانية من إنتاج سياراتها في قارة أوروبا.")
    assert not [e for e in got if e[0] == "RETREAT"], got
    got = sides("وانسحبت القوات الروسية من الحدود الأوكرانية.")
    assert [e for e in got if e[0] == "RETREAT"], got


def test_rain_a_fall_and_a_toll_are_no_attacks():
    got = sides("لقي 15 شخصا مصرعهم وأصيب 12 آخرون اليوم جراء حوادث ناجمة عن الأمطار الغزيرة في باكستان.")
    assert not [e for e in got if e[0] == "ASSAULT"], got
    got = sides("لقي مواطن يبلغ من العمر 19 عاما مصرعه جراء سقوطه ببئر في مركز الهميج.")
    assert not [e for e in got if e[0] == "ASSAULT"], got
    got = sides("وأوضح مسؤول يمني أن حصيلة القتلى منذ بدء المواجهات بين مسلحي الحوثي والمقاومة الشعبية بلغت ألف قتيل.")
    assert all("historical" in e[3] for e in got if e[0] == "ASSAULT"), got
    got = sides("قتل خمسة جنود اليوم في أعنف هجوم منذ بدء الحرب.")
    assert [e for e in got if e[0] == "ASSAULT" and not e[3]], got


def test_units_of_a_named_force_are_the_attackers():
    got = sides("قتلت قوات من جيش الاحتلال الصهيوني بدم بارد الأسير الفلسطيني المحرر فلاح حمد زامل أبو ماريا فجر أمس.")
    assert [e for e in got if e[0] == "ASSAULT"] == [("ASSAULT", "جيش الاحتلال", "فلاح حمد زامل أبو ماريا", ())], got


def test_a_listed_person_keeps_his_coding_when_a_later_mention_names_only_his_office():
    text = ("التقى عبد ربه منصور هادي رئيس اليمن، أمس في الرياض، تيان تشي السفير الصيني لدى اليمن. وثمن هادي خلال "
            "اللقاء وفقاً لوكالة الأنباء اليمنية مواقف الصين الداعمة لبلاده في مختلف المجالات ووقوفها إلى جانب إرادة "
            "الشعب اليمني ودعمها لتنفيذ قرار مجلس الأمن الدولي رقم 2216. ودعا الرئيس هادي الصين إلى دور فاعل في إعادة "
            "البناء والإعمار وتقديم المساعدات الاقتصادية والفنية. من جهته أكد السفير الصيني تواصل دعم بلاده لليمن في "
            "مختلف المجالات، ووقوفها إلى جانب وحدة وأمن واستقرار اليمن.")
    doc = analyze(text, published="2015-07-24")
    hadi = [e for e in doc.layers["entities"] if doc.text[e.start:e.end].endswith("هادي")]
    assert hadi and all((e.attrs.get("actor") or {}).get("code") == "YEMGOV" for e in hadi), [e.attrs for e in hadi]
    first = next(e for e in doc.events if e.event == "CONSULT")
    assert doc.text[first.recipients[0].start:first.recipients[0].end] == "تيان تشي"


def test_soldiers_killed_within_a_span_of_hours_are_victims():
    got = sides("قتل أربعة جنود أوكرانيين خلال 24 ساعة من المعارك في شرق البلاد كما أعلنت كييف.")
    assert [e for e in got if e[0] == "ASSAULT"] == [("ASSAULT", None, "جنود أوكرانيين", ())], got
    got = sides("وقتل الجيش خلال 24 ساعة 20 مسلحا.")
    assert [e for e in got if e[0] == "ASSAULT" and e[1] == "الجيش"], got


def test_an_interest_rate_endorses_nothing():
    text = ("وانحسر الجدل الدائر بخصوص توقيت رفع أسعار فائدة الدولار الأميركي بعدما أبدى بنك إنجلترا المركزي قلقه "
            "قبل أيام من قوة الجنيه الإسترليني، وزاد الفرنك السويسري بعد بيانات أظهرت وصول احتياطي سويسرا من النقد "
            "الأجنبي إلى مستوى قياسي.")
    assert not [e for e in sides(text) if e[0] == "SUPPORT"]
    assert [e for e in sides("وأيد الرئيس الأمريكي قرار مجلس الأمن.") if e[0] == "SUPPORT"]


def test_a_full_name_and_its_first_word_are_one_person():
    doc = Document("التقى سعود الفيصل بالأمير سعود ثم بالأمير خالد الفيصل.")

    def person(words: str, n: int = 0) -> Participant:
        start = doc.text.index(words)
        return Participant(start=start, end=start + (n or len(words)), country="SAU", sector="GOV", label="PER")

    assert one_person(doc, person("سعود الفيصل"), person("سعود ثم", 4))
    assert not one_person(doc, person("سعود الفيصل"), person("خالد الفيصل"))
    assert not one_person(doc, person("خالد الفيصل"), person("سعود ثم", 4))


def test_he_accused_is_no_verb_with_a_pronoun():
    got = sides("أما وزير الخارجية الأوكراني باولو كليمكين فاتهم روسيا مباشرة في الضلوع في الحادث.")
    assert ("ACCUSE", "باولو كليمكين", "روسيا", ()) in got, got


def test_the_agency_a_report_cites_is_no_target():
    got = sides("وهاجم مقاتلو حزب العمال الكردستاني مفوضية مدينة بوزانتي، فعمد عناصر الشرطة إلى الرد عليهم، وقتل اثنان "
                "منهم خلال تبادل إطلاق النار، بحسب وكالة الأناضول الإخبارية.")
    assert [e for e in got if e[0] == "ASSAULT"], got
    assert not [e for e in got if e[2] and "الأناضول" in e[2]], got


def test_his_visit_is_the_named_persons():
    got = sides("وشكر الرئيس السيسي الأمير محمد بن سلمان على زيارته لجمهورية مصر العربية.")
    assert [e for e in got if e[0] == "CONSULT" and e[1] == "محمد بن سلمان"], got
    got = sides("وطلب الفريق المعاون لأوباما استقبال المجموعة داخل البيت الأبيض لعقد اجتماع معها، لكن المجموعة طلبت "
                "منهم بدلا من ذلك إرسال ممثل عن البيت الأبيض لمكان تجمعهم في فندق بقلب واشنطن قبل زيارتهم المرتقبة "
                "للكونغرس.")
    assert not [e for e in got if e[0] == "CONSULT" and e[1] and "أوباما" in e[1]], got


def test_a_region_visited_stands_for_no_one():
    text = ("من جهته، نقل الفريق الركن عثمان المحرج مدير الأمن العام بالسعودية، تحيات نائب خادم الحرمين الشريفين الأمير "
            "محمد بن نايف بن عبد العزيز، إلى المصابين المنومين في مستشفى عسير المركزي.\n"
            "وقال الفريق المحرج في تصريح صحافي عقب الزيارة: «لقد وصلت إلى منطقة عسير تنفيذًا لتوجيهات الأمير محمد بن "
            "نايف بن عبد العزيز للاطمئنان على المصابين»، مبينًا أن الوضع الصحي للمصابين مطمئن.")
    got = sides(text, published="2015-08-06")
    assert not [e for e in got if e[0] == "CONSULT" and e[2] and "نايف" in e[2]], got


def test_who_carried_out_the_operation_attacked():
    got = sides("وكان ابو سياف الذي يعتقد بانه كان يشرف على عمليات تهريب النفط قتل في 15 مايو في عملية نادرة قامت بها "
                "وحدة من القوات الاميركية الخاصة في الاراضي السورية.")
    assert [e for e in got if e[0] == "ASSAULT" and e[1] == "القوات الاميركية"], got
    assert not [e for e in got if e[2] == "القوات الاميركية"], got
    got = sides("وهاجم مسلحون نقطة تفتيش وقامت قوات الأمن بالرد عليهم وقتلت اثنين منهم.")
    assert not [e for e in got if e[0] == "ASSAULT" and e[1] and "قوات الأمن" in e[1] and e[2] is None], got


def test_a_visit_thanked_for_is_no_plan():
    text = ("بحضور الرئيس عبدالفتاح السيسي، شهد الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد صباح أمس حفل تخريج "
            "الكليات العسكرية في القاهرة.\nوأكد الرئيس المصري أهمية زيارة سمو ولي ولي العهد لمصر مشيرا إلى أنها رسالة "
            "مهمة للشعبين الشقيقين، مجددا الشكر والترحيب لسمو ولي ولي العهد على زيارته لجمهورية مصر العربية.")
    got = sides(text, published="2015-07-30")
    visits = [e for e in got if e[0] == "CONSULT" and e[1] and "محمد بن سلمان" in e[1]]
    assert visits and all("future" not in e[3] for e in visits), got

