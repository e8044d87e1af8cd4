"""Words of acts used for something else, from 2015 news read by hand.

A standing claim to sovereignty ("كما تطالب كل من الفلبين وفيتنام وماليزيا وتايوان وبروناي بالسيادة على مناطق في
البحر") is no request; "أكبر تهديد لمصداقية نجيب" is a danger, not a threat made; estimates that match the market's
("ووافقت التقديرات الأولية توقعات السوق") agree with no one; a draft made "بالتوافق مع الفلسطينيين" names a manner,
not an agreement. A collision ("إثر ارتطام مركبتهم بعامود كهرباء") is an accident, and a coach's demand about
goalkeepers and clubs ("السماح للأندية السعودية بالتعاقد مع محترفين أجانب في مركز حراسة المرمى") is sport.
A name "في إشارة إلى" explains the word before it ("هجوم نفذته المنظمة الانفصالية الإرهابية» في إشارة إلى حزب
العمال الكردستاني"): the party is not the attack's victim.
"إيد رويس" is Ed Royce (the verb أيّد takes hamza above); a king who welcomes "بقادة دول مجلس التعاون" greets
guests; interests that "تلتقي" meet no one; and protesters who "سيحتشد" have not yet gathered.
"""
from __future__ import annotations

from marsad.api import analyze


def _kinds(text: str) -> list[str]:
    return [e.event for e in analyze(text).events if not e.extension]


def test_a_sovereignty_claim_is_no_request():
    text = ("الجدير ذكره أنّ الصين تطالب بالسيادة على معظم مناطق بحر الصين الجنوبي، الذي تمر منه تجارة حجمها خمسة "
            "تريليونات دولار سنويا. كما تطالب كل من الفلبين وفيتنام وماليزيا وتايوان وبروناي بالسيادة على مناطق في البحر.")
    assert "REQUEST" not in _kinds(text)
    assert "REQUEST" in _kinds("وطالب الاتحاد الأوروبي اليوم إسرائيل بمراجعة القرارات الأخيرة بشأن بناء الوحدات "
                               "الاستيطانية.")


def test_a_danger_is_no_threat():
    for text in ("وقال زعيم المعارضة الماليزية أنور إبراهيم إن المزاعم هي أكبر تهديد لمصداقية رئيس الوزراء نجيب.",
                 "واعتبر وزير الخارجية الأمريكي جون كيري أن البرنامج النووي الإيراني يمثل أكبر تهديد لإسرائيل."):
        doc = analyze(text)
        assert not [e for e in doc.events if e.event == "THREATEN"]
        # not even a candidate left without its actor: the words name a danger
        assert not [d for d in doc.meta.get("events_not_reported", []) if d["event"] == "THREATEN"], text
    assert "THREATEN" in _kinds("وهدد الرئيس التركي رجب طيب أردوغان حزب العمال الكردستاني برد قاس.")


def test_figures_that_match_and_a_manner_are_no_agreement():
    text = ("قال وزير المالية الألماني فولفغانغ شويبله إن التقديرات الأولية وافقت توقعات السوق رغم تقارير عن تضخم "
            "نسبته 0.1 بالمئة فقط.")
    assert "AGREE" not in _kinds(text)
    text = ("وجاءت دعوة وزير الخارجية الفلسطيني رياض المالكي فيما يسعى الفلسطينيون إلى العودة إلى مجلس الأمن عبر "
            "مشروع فرنسي تحاول باريس صياغته بالتوافق مع الفلسطينيين والعرب وإسرائيل والولايات المتحدة.")
    assert "AGREE" not in _kinds(text)


def test_a_collision_and_a_coachs_demand():
    assert "ASSAULT" not in _kinds("من جانب آخر، أصيب خمسيني وزوجته بإصابات متفاوتة إثر ارتطام مركبتهم بعامود "
                                   "كهرباء على طريق مطار عرعر.")
    assert "REQUEST" not in _kinds(
        "وكان المدرب كريستيان جروس تطرق إلى العديد من الجوانب المختصة بالكرة السعودية في حديثه مع قناة بليك، إذ طالب "
        "بضرورة السماح للأندية السعودية بالتعاقد مع محترفين أجانب في مركز حراسة المرمى.")


def test_a_name_after_fi_ishara_ila_is_no_victim():
    doc = analyze("وجاء في بيان الجيش «قتل ثلاثة من عسكريينا الشجعان نتيجة هجوم نفذته المنظمة الانفصالية الإرهابية» في "
                  "إشارة إلى حزب العمال الكردستاني، في تلك المنطقة القريبة من الحدود السورية.")
    hits = [e for e in doc.events if e.event == "ASSAULT"]
    assert hits and not [r for e in hits for r in e.recipients if r.code == "TURREB"], \
        [(e.event, e.recipients) for e in doc.events]


def test_ed_royce_leaders_welcomed_converging_interests_and_a_coming_rally():
    assert "SUPPORT" not in _kinds("إيد رويس، رئيس لجنة الشؤون الخارجية من الحزب الجمهوري في مجلس النواب، يقول إن "
                                   "الصفقة تسمح لإيران بكثير من الوقت.")
    assert "SUPPORT" in _kinds("وأيد الرئيس الأمريكي باراك أوباما الاتفاق مع إيران.")
    assert "SUPPORT" not in _kinds("كما رحب خادم الحرمين الشريفين بقادة دول مجلس التعاون لدول الخليج العربية بمناسبة "
                                   "اللقاء التشاوري السنوي الخامس عشر.")
    assert "CONSULT" not in _kinds("ويرى الكاتب أنه هنا تلتقي مصالح إسرائيل وأميركا مع إيران.")
    assert "CONSULT" in _kinds("والتقى الرئيس الأمريكي باراك أوباما مع الرئيس الإيراني حسن روحاني.")
    doc = analyze("وسيحتشد محتجون مساء اليوم الاثنين بوسط أثينا للاعتراض على الاتفاق.")
    assert all("future" in e.aux for e in doc.events if e.event == "PROTEST")
