"""Sentences of 2015 news read by hand. A verb right after an indefinite attack noun describes that attack ("في هجمات
استهدفت معسكرات للجيش"), and deaths "عندما" militants stormed a post came from that storming: one attack each."""
from __future__ import annotations

from coded_events import plover


def _attacks(text: str, published: str):
    _, evs = plover(text, published)
    return [e for e in evs if e.event == "ASSAULT"]


def test_a_verb_after_an_attack_noun_describes_that_attack():
    text = ("أعلنت وحدات حماية شرق كردستان أن مقاتليها قتلوا أكثر من عشرين جنديا من قوات الحرس الثوري الإيراني في "
            "هجمات استهدفت معسكرات للجيش في محافظة مريوان.")
    assert len(_attacks(text, "2015-08-05")) == 1


def test_deaths_when_militants_stormed_are_that_storming():
    text = ("وقتل 7 جنود ليبيين أول من أمس، عندما اقتحم متشددون من تنظيم داعش نقطة تفتيش تحرسها قوات للجيش خارج "
            "مدينة أجدابيا.")
    attacks = _attacks(text, "2015-08-05")
    assert len(attacks) == 1 and attacks[0].date == "2015-08-03", [(e.trigger, e.date) for e in attacks]
