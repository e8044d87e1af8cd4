"""A count of a thousand or more dead or hurt with no attack named is a toll over months or a war ("قتل 1592 شخصًا"
in a half-year report, "3225 شخصا مجهولا قتلوا في الصراع"), not one attack; a smaller count stays an attack report.
The hurt of a fire and blast in a building are an accident's, unless gunmen set the fire; figures "released" are
no one freed. A cow beaten is no attack (and "قوات الأسد قصفت" names no lion); a foiled attempt ("إحباط محاولة ...
كانت تستهدف") is not one either."""
from __future__ import annotations

from coded_events import plover


def test_a_half_year_toll_is_no_attack():
    _, evs = plover("وقالت البعثة في تقرير نصف سنوي انه بين الاول من كانون الثاني/يناير و30 حزيران/يونيو قتل 1592 شخصًا "
                    "وأصيب 3329 في اعمال العنف في هذا البلد.", "2015-08-06")
    assert not [e for e in evs if e.event == "ASSAULT"]


def test_a_war_toll_is_no_attack():
    _, evs = plover("وأضاف أن هناك نحو 3225 شخصا مجهولا قتلوا في الصراع.", "2015-08-06")
    assert not [e for e in evs if e.event == "ASSAULT"]


def test_a_day_of_deaths_is_still_reported():
    _, evs = plover("وقتل 20 شخصا وأصيب 97 بجروح بحسب حصيلة أعلنتها هيئة الإذاعة الرسمية الكاميرونية أمس.", "2015-07-26")
    assert [e for e in evs if e.event == "ASSAULT"]


def test_a_large_toll_of_a_named_attack_is_still_an_attack():
    _, evs = plover("وشنت طائرات التحالف غارات على مواقع المسلحين أمس أسفرت عن مقتل 1200 مسلح.", "2015-07-26")
    assert [e for e in evs if e.event == "ASSAULT"]


def test_the_hurt_of_a_fire_and_blast_in_a_building_are_no_attack():
    _, evs = plover("أصيب 27 شخصًا اليوم في حادث اندلاع حريق وانفجار في مبنى بمدينة هامبورج الألمانية.", "2015-08-04")
    assert not [e for e in evs if e.event == "ASSAULT"]


def test_a_fire_gunmen_set_is_still_an_attack():
    _, evs = plover("مناطق أخرى وفي تعز، أحرق مسلحو جماعة الحوثي منشأة سد الجبلين التي تضم المخزون الاحتياطي للنفط "
                    "والغاز بمحافظة تعز، ودوت انفجارات ضخمة في منطقة الحريق سمعها المواطنون في الجهة الغربية والجنوبية "
                    "من تعز.", "2015-08-06")
    assert [e for e in evs if e.event == "ASSAULT"]


def test_figures_made_public_are_no_release():
    _, evs = plover("لكن كوك قال إن مبيعات الساعات وصلت إلى أكثر من توقعات الشركة.\n"
                    "إن مشكلة الإفراج عن مثل هذه الأرقام ليست في أنها قد تفيد الشركات المنافسة.", "2015-08-08")
    assert not [e for e in evs if e.event == "RETREAT"]


def test_a_cow_beaten_and_hurt_is_no_attack():
    _, evs = plover("وذكرت وزارة الصناعات الأولية أن وايتلوك ضرب بقرة أخرى بهراوة، ما أسفر عن إصابتها بجرح خطير في "
                    "العين.", "2015-08-03")
    assert not [e for e in evs if e.event == "ASSAULT"]


def test_assads_forces_shelling_is_no_animal():
    _, evs = plover("وقال ناشطون إن قوات الأسد قصفت مدينة دوما بالبراميل المتفجرة أمس.", "2015-08-03")
    assert [e for e in evs if e.event == "ASSAULT"]


def test_a_foiled_attempt_is_no_attack():
    _, evs = plover("وفي السياق ذاته أعلنت قيادة عمليات الأنبار إحباط محاولة للدواعش كانت تستهدف مبنى الجامعة جنوبي "
                    "الرمادي، بسيارتين مفخختين يقودهما انتحاريان.", "2015-08-03")
    assert not [e for e in evs if e.event == "ASSAULT"]


def test_a_car_that_fell_off_a_bridge_hurts_no_one_by_attack():
    _, evs = plover("كانت أنجيلا شيمانسكي تقود سيارتها عائدة بأطفالها إلى منزلهم في منطقة \"برنس جورج\" في مقاطعة "
                    "بريتيش كولومبيا الكندية، عندما أغمي عليها فجأة، وهوت بهم السيارة إلى أسفل الجسر وارتطمت بشجرة، "
                    "ما أدى إلى إصابة الأم بكسر في ظهرها بينما أصيب الطفل بيتر بنزيف في الدماغ.", "2015-08-03")
    assert not [e for e in evs if e.event == "ASSAULT"]
