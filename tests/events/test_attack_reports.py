"""Clear attack reports in news wording reach the sentence classifier's main stage even when its n-gram stage
would veto them; attacks named as the background of another act do not."""
from __future__ import annotations

import pytest

from marsad.api import analyze
from marsad.events.classifier import clear_attack_report

STRIKES = ("وقصفت مقاتلات التحالف بغارتين جويتين معسكر المنار في مديرية الحيمة الخارجية غرب العاصمة، التابعة "
           "لمحافظة صنعاء، كما استهدف أيضا آليات عسكرية في صحراء وادي الحسيني في محافظة لحج.")
SHELLING = ("وأفاد المرصد في بيان أن القصف استهدف قرية يسيطر عليها تنظيم داعش الإرهابي، ما أدى أيضا إلى سقوط "
            "عشرات الجرحى.")
BACKGROUND = ("ووضعت مدن في باكستان في حالة تأهب قصوى منذ هجوم انتحاري أسفر عن مقتل منفذ الهجوم و28 شخصاً في "
              "مسيرة سياسية ببلدة شارسادا.")


@pytest.mark.parametrize("text, clear", [
    (STRIKES, True),
    (SHELLING, True),
    ("قتل عنصران من الشرطة التركية بالرصاص صباح اليوم في منطقة أضنة في هجوم جديد.", True),
    (BACKGROUND, False),
    ("وأجرت الميليشيا تدريبات دفاعية ميدانية أمس تحسبا لأي ضربة جوية.", False),   # no outcome
    ("وتشن تركيا في الأسابيع الأخيرة غارات جوية ضد مواقع لحزب العمال الكردستاني في جبال قنديل.", True),
    ("ونفذت الهجمات قوات حكومية وميليشيا متحالفة معها من قبيلة بول نوير.", True),
    ("وشنت الصحيفة حملة واسعة على الوزير بعد تصريحاته الأخيرة.", False),       # a launch verb, no armed act
    ("وقال الوزير إن الحكومة ستبني مدارس جديدة بعد الهجوم الذي أسفر عن مقتل عشرة أشخاص.", False),
])
def test_clear_attack_report(text, clear):
    assert clear_attack_report(text) is clear


TURKISH_STRIKES = ("وذكر مكتب رئيس الوزراء أحمد داود أوغلو اليوم الأربعاء أن الطائرات التركية شنت غارات خلال "
                   "الليل ضربت خلالها ستة أهداف لحزب العمال الكردستاني.")


@pytest.mark.parametrize("text", [STRIKES, SHELLING, TURKISH_STRIKES])
def test_news_strike_reports_are_coded(text):
    doc = analyze(text, published="2015-07-22")
    assert any(e.event == "ASSAULT" for e in doc.events)
