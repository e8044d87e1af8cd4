"""Readings fixed from a 2015 news sample read by hand.

A call "إلى" after a long subject ("ودعا رئيس الوزراء الإسرائيلي بنيامين نتنياهو الفلسطينيين إلى العودة") is a
request; a bullet that ricochets ("بطلق ناري ارتد من المدرع") and shots at an animal ("إطلاق النار على الحيوان")
are no attack; a killing named in accusations someone denies ("نفت البعثة الاتهامات الموجهة لها بقتل 20 مدنيا") is
not reported as done; consultations someone "does not rule out" ("لا نستبعد أن تكون مشاورات (موسكو3)") are
hypothetical; a visit a committee is to make ("لجنة أممية للقيام فوراً بزيارة الأراضي الفلسطينية") is still to come;
a soldier hurt "خلال عملية إنقاذ أطفال" was not attacked; and the country across a border ("قرب مدينة كوباني على
الحدود مع تركيا") is not the target of strikes. Men swept away "بسيل" died in a flood, and "زيارة المدن الساحلية"
tours places, it visits no one; a company that trains its staff ("الموظفين ... وتدربهم") gives no military aid.
"""
from __future__ import annotations

from marsad.api import analyze


def _kinds(text: str) -> list[str]:
    return [e.event for e in analyze(text).events if not e.extension]


def test_a_call_after_a_long_subject():
    doc = analyze("ودعا رئيس الوزراء الإسرائيلي بنيامين نتنياهو الفلسطينيين إلى العودة إلى المفاوضات.")
    got = [(e.event, e.actor.code if e.actor else None, [r.code for r in e.recipients]) for e in doc.events
           if not e.extension]
    assert ("REQUEST", "ISRGOV", ["PSE"]) in got, got


def test_ricochets_and_shots_at_an_animal_are_no_attack():
    assert "ASSAULT" not in _kinds("ففي أبريل (نيسان) الماضي، أصاب رجل بولاية جورجيا حماته بطلق ناري ارتد من المدرع، "
                                   "بعدما أراد قتله، لكن رصاصة البندقية عادت إلى باب منزله الخلفي لتصيب حماته.")
    assert "ASSAULT" not in _kinds("وقرر الرجل إطلاق النار على الحيوان بعدما رآه في ملكيته الخاصة بمدينة ماريتا، وأطلق "
                                   "ثلاث طلقات لكن واحدة منها على الأقل ارتدت وأصابته في الرأس.")


def test_denied_accusations_and_possible_talks_are_not_acts():
    assert "ASSAULT" not in _kinds("نفت بعثة الاتحاد الإفريقي في الصومال الاتهامات الموجهة لها بقتل 20 مدنيا جنوبي "
                                   "البلاد.")
    assert "CONSULT" not in _kinds("وقال وزير الخارجية الروسي سيرغي لافروف: «نحن لا نستبعد أيضًا أن تكون مشاورات "
                                   "(موسكو3) جزءًا من عملية أوسع نطاقًا، وربما بمشاركة روسيا والولايات المتحدة».")


def test_a_visit_a_committee_is_to_make_is_still_to_come():
    doc = analyze("من جانبها طالبت جامعة الدول العربية بتشكيل لجنة أممية في إطار الأمم المتحدة للقيام فوراً بزيارة "
                  "الأراضي الفلسطينية المحتلة.")
    assert [e.event for e in doc.events if not e.extension] == ["REQUEST"]


def test_a_rescue_is_no_attack_and_a_border_country_no_target():
    assert "ASSAULT" not in _kinds("وجه نائب خادم الحرمين الشريفين الأمير محمد بن نايف بن عبدالعزيز بنقل الجندي عبد "
                                   "المحسن عاضة الحارثي، الذي أصيب خلال عملية إنقاذ أطفال في محافظة الطائف، من مستشفى "
                                   "الملك عبدالعزيز في المحافظة.")
    doc = analyze("وأضاف البيان ان ست غارات شنت في سورية بينها أربع قرب مدينة كوباني على الحدود مع تركيا.")
    assert not [r for e in doc.events for r in e.recipients if r.code == "TUR"], \
        [(e.event, e.recipients) for e in doc.events]


def test_a_flood_and_places_toured():
    assert "ASSAULT" not in _kinds("كما لقي 24 مسلحا حوثيا مصرعهم إثر جرفهم بسيل في أحد وديان محافظة الجوف الحدودية مع "
                                   "السعودية، الأربعاء.")
    assert "CONSULT" not in _kinds("يعتبرون الفنان أكثر ثقافة ووعيا بين اقرانه نظراً لترحاله وزيارة المدن الساحلية في "
                                   "اليمن والكويت والبحرين والهند.")
    assert "CONSULT" in _kinds("وبدأ وزير الخارجية الأمريكي جون كيري زيارة إلى القاهرة أمس.")


def test_staff_training_is_no_military_aid():
    assert "AID" not in _kinds("وأشار القفاري إلى أن التعامل مع الموظفين السعوديين يحتاج إلى مراعاة الظروف، مؤكداً أن "
                               "شركة العثيم بادرت إلى إنشاء أكاديمية متخصصة تؤهل السعوديين وتدربهم.")
    assert "AID" in _kinds("وقال مسؤولون أميركيون إن الولايات المتحدة قررت الدفاع عن مقاتلي المعارضة السورية الذين "
                           "دربهم الجيش الأميركي.")
