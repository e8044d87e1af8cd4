"""Sides and modes read from Arabic wording, sentences of 2015 news read by hand.

A verb right before "فيه / فيها" tells what a statement said: its author, named before the statement, is the
subject and the one name after "فيه" the object ("أصدرت الخارجية الروسية بيانا طالبت فيه الولايات المتحدة");
two names after it read subject then object. Who goes "بمعية / برفقة" someone is in company, neither host nor
partner. An act right after "منذ" ("منذ مداهمتها للعاصمة صنعاء") is the start of a period told as background;
what "ينبغي على" asks is not done. "الناطق بالتركية" is Turkish-speaking, no spokesman. A force "التابعة ل" a
side is that side's ("ميليشيات تابعة للحوثيين"), and the owner of who carried out an attack ("نفذته مروحيات
«أباتشي» التابعة للجيش") is its attacker. A person right after a masculine arrest verb, with nothing but a
preposition or a time after him ("واعتقل أودبريشت في حزيران"), is the one held: the verb is a passive. The
owner of a named organisation is no recipient. A relative time of a year's grain in the lead ("منذ أكثر من عام")
does not date the article. In a sports article every sentence is read as sports. A town after ب ("بمدينة
الرياض") is where, not who; an attack told "في الأيام الأخيرة للحرب العالمية الثانية" is historical. A singular
death verb with no subject ("وقتل ما لا يقل عن 260 مقاتلا") is a passive and inherits no actor. A country "في"
a point of the compass ("في غرب اليمن") is where an attack was, whatever its trigger. A clause whose own time
names no day ("الأسبوع الماضي") is not dated by a day named for the report ("قالت مصادر أمنية أمس"). An injury
in a sports article ("هزازي بعد تعرضه للإصابة أمس") is no attack even where its own sentence names no sport.
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


def test_an_organisations_owner_is_no_recipient():
    got = sides("وطلبت الوكالة الدولية للطاقة الذرية التابعة للأمم المتحدة دخول موقع بارشين وفقا للاتفاق.")
    assert not [e for e in got if e[2] and "الأمم المتحدة" in e[2]], got


def test_a_period_of_a_year_in_the_lead_does_not_date_the_article():
    from marsad.api import analyze

    text = ("كشف مجلس محافظة الأنبار عن قيام «داعش» بسحب جميع المستمسكات الثبوتية من سكان مدينة الفلوجة، كإجراء "
            "لمنعهم من مغادرة المدينة الخاضعة منذ أكثر من عام لسيطرته.\n"
            "وأفاد قائد صحوة المنطقة الغربية بأن طيران التحالف الدولي قصف رتلاً لمسلحي تنظيم داعش قرب مدينة حديثة.")
    doc = analyze(text, published="2015-08-09")
    strikes = [e.to_dict(doc) for e in doc.events if e.event == "ASSAULT"]
    assert strikes and all(e["date"] != "2014" for e in strikes), strikes


def test_a_sports_article_codes_no_plover_act_even_where_a_sentence_names_no_sport():
    from marsad.api import analyze

    text = ("انتقد البرتغالي جوزيه مورينيو المدير الفني لنادي تشيلسي الجهاز الطبي للفريق.\n"
            "وخسر تشيلسي نقطتين في المباراة الأولى من الدوري الإنجليزي أمام سوانزي.\n"
            "وسجل المهاجم هدفين في المباراة.\n"
            "ورفض مورينيو قرار الحكم بطرد الحارس كورتوا بعد إعاقة مهاجم سوانزي سيتي.")
    doc = analyze(text, published="2015-08-09")
    assert not [e for e in doc.events if not e.extension and e.event not in ("ASSAULT", "PROTEST")]
    lines = text.split("\n")
    short = analyze(lines[0] + "\n" + lines[-1], published="2015-08-09")    # one sports sentence of two: no such article
    assert [e.event for e in short.events if not e.extension] == ["REJECT"]


def test_a_town_after_bi_is_where_a_reception_was_held():
    text = ("استقبل وزير العمل د. مفرج بن سعد الحقباني في مقر وزارة العمل بمدينة الرياض وزير الإسكان الأستاذ ماجد بن "
            "عبدالله الحقيل.")
    assert not [e for e in sides(text) if e[2] == "الرياض"]


def test_an_attack_in_the_world_war_is_historical():
    text = ("وأسفر الهجوم النووي الذي كان الثاني من نوعه في الأيام الأخيرة للحرب العالمية الثانية عن مقتل 74 ألف شخص "
            "بمدينة نجازاكي.")
    hit = [e for e in sides(text, published="2015-08-09") if e[0] == "ASSAULT"]
    assert hit and all("historical" in e[3] for e in hit), hit


def test_a_passive_death_verb_inherits_no_subject_from_the_sentence_before():
    from marsad.api import analyze

    text = ("وطالب رئيس حزب الشعوب الديمقراطي صلاح الدين ديمرتاش الأحد، حزب العمال الكردستاني بوقف هجماته.\n"
            "وقتل ما لا يقل عن 260 مقاتلا كرديا وأصيب نحو 400 في الغارات الأخيرة بحسب أنقرة.")
    doc = analyze(text, published="2015-08-02")
    hit = [e for e in doc.events if e.event == "ASSAULT"]
    assert hit and all(e.actor is None or "ديمرتاش" not in doc.text[e.actor.start:e.actor.end] for e in hit)


def test_a_country_in_a_point_of_the_compass_is_where_an_attack_was():
    text = ("من جهة أخرى قتل مسلحان من مليشيات الحوثي وأصيب أربعة آخرون، في هجوم شنته اليوم المقاومة الشعبية على تجمع "
            "للميليشيا بمدينة الحديدة الواقعة في غرب اليمن .")
    hit = [e for e in sides(text) if e[0] == "ASSAULT"]
    assert hit and not [e for e in hit if e[2] in ("اليمن", "الحديدة")], hit


def test_a_clause_of_last_week_is_not_dated_by_a_day_named_for_the_report():
    from marsad.api import analyze

    text = ("قالت مصادر أمنية أمس إن مسؤولين في الكاميرون ألقوا القبض على ثلاثة مشتبه بهم في مدينة ماروا، حيث قتل 40 "
            "شخصا على الأقل في تفجيرات نفذها انتحاريون يشتبه بأنهم من بوكو حرام الأسبوع الماضي.")
    doc = analyze(text, published="2015-07-25")
    hit = [e.to_dict(doc) for e in doc.events if e.event == "ASSAULT"]
    assert hit and all(e["date"] is None for e in hit), hit
    doc = analyze("وقتل خمسة أشخاص أمس في هجوم على المدينة التي تشهد هجمات منذ الشهر الماضي.", published="2015-07-25")
    assert [e.to_dict(doc)["date"] for e in doc.events if e.event == "ASSAULT"] == ["2015-07-24"]


def test_an_injury_in_a_sports_article_is_no_attack_even_where_its_sentence_names_no_sport():
    from marsad.api import analyze

    text = ("أكدت الفحوص الطبية التي خضع لها نايف هزازي مهاجم فريق النصر لكرة القدم، وجود تمزق في أربطة المفصل، لن "
            "تمنعه من المشاركة في كأس السوبر السعودي أمام الغريم التقليدي الهلال.\n"
            "وبدأ هزازي برنامجه التأهيلي من خلال جلسة علاجية، فيما واصل إبراهيم غالب برنامجه التأهيلي بتمارين خاصة في "
            "الملعب.\n"
            "هزازي بعد تعرضه للإصابة أمس.\n"
            "وكان النصر قد أجرى تدريباته أمس على فترتين ثم قسم دا سيلفا اللاعبين ثلاث مجموعات.")
    doc = analyze(text, published="2015-08-01")
    assert not [e for e in doc.events if e.event == "ASSAULT"]
