"""Sentences of 2015 news read by hand. A visit "المرتقبة" stays awaited when the sentence recalls another visit
("خلال زيارته الأخيرة"); declining to talk about something ("رفض كيربي الحديث عما سماها") rejects no one; a
player's withdrawal from a tennis tournament is sport; "غارة من طائرات حربية" names who struck, not who was struck;
the subject of what an act prompted ("، ما دفع الشرطة إلى القبض على") is no side of the act; and the actor of an act
told inside a quotation is not the subject of the next sentence's pronoun ("كما اتهموا")."""
from __future__ import annotations

from _docs import sides


def test_an_awaited_visit_stays_awaited_beside_a_past_one():
    got = sides("أكد مصدر دبلوماسي سعودي أن زيارة عادل الجبير وزير الخارجية السعودي المرتقبة إلى موسكو بعد غد سوف "
                "تستكمل المباحثات التي أجراها الأمير محمد بن سلمان مع المسؤولين الروس خلال زيارته الأخيرة إلى العاصمة "
                "الروسية.", "2015-08-09")
    visits = [e for e in got if e[0] == "CONSULT"]
    assert visits and all("future" in e[3] for e in visits), got


def test_declining_to_talk_about_something_rejects_no_one():
    got = sides("وخلال نقاش صاخب استمر لأكثر نصف ساعة، رفض كيربي الحديث عما سماها «تفاصيل عسكرية تخص البنتاغون».")
    assert not [e for e in got if e[0] == "REJECT"], got
    got = sides("ورفض وزير الخارجية الروسي سيرغي لافروف المقترح الأميركي بشأن سوريا.")
    assert [e[0] for e in got if e[0] == "REJECT"] == ["REJECT"], got


def test_a_withdrawal_from_a_tennis_tournament_is_sport():
    got = sides("أعلنت المصنفة الثانية عالميا في كرة المضرب، الروسية ماريا شارابوفا انسحابها من دورة تورونتو الدولية "
                "بعد إصابتها بإجهاد في عضلات ساقها اليمنى.", "2015-08-09")
    assert not [e for e in got if e[0] == "RETREAT"], got


def test_warplanes_after_min_struck_rather_than_were_struck():
    got = sides("وقتل طفلان شقيقان في غارة من طائرات حربية على مدينة معرة النعمان، وامرأة وطفلها في قصف جوي على قرية "
                "جوزف في منطقة جبل الزاوية.", "2015-07-30")
    hits = [e for e in got if e[0] == "ASSAULT"]
    assert hits and all(e[2] != "طائرات حربية" for e in hits), got
    assert any(e[1] == "طائرات حربية" for e in hits), got


def test_who_an_act_prompted_is_no_side_of_it():
    got = sides("قتلت خمس نساء متهمات بممارسة السحر في قرية قبلية بمنطقة رانشي، ما دفع الشرطة إلى القبض على 27 من "
                "القرويين على علاقة بالجريمة المروعة.", "2015-07-30")
    hits = [e for e in got if e[0] == "ASSAULT"]
    assert hits and all(e[2] != "الشرطة" and e[1] != "الشرطة" for e in hits), got


def test_the_actor_of_a_quoted_act_is_not_the_next_subject():
    text = ("ونقلت خدمة «دي إيه إن» الإخبارية التابعة للانفصاليين عن مسؤولين في الحركة الانفصالية أمس قولهم إن «22 من "
            "المدنيين والمقاتلين لقوا مصرعهم وأصيب 29 خلال الشهر الماضي في هجمات من الجانب الأوكراني». كما اتهموا "
            "القوات الأوكرانية بإطلاق نيران الأسلحة الثقيلة.")
    got = sides(text, "2015-08-03")
    assert not [e for e in got if e[0] == "ACCUSE" and e[1] == "الجانب الأوكراني"], got
