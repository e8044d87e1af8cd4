"""The PROTEST classifier's report-shape features: an own reported demonstration against a passing mention."""
from __future__ import annotations

import pytest

from marsad.events.classifier import CUED, feature_names, features


def shape(text: str) -> dict[str, float]:
    return {k: v for k, v in zip(feature_names("PROTEST"), features(text, "PROTEST")) if k in CUED["PROTEST"]}


@pytest.mark.parametrize("text, on", [
    ("تظاهر آلاف الطلاب أمس أمام البرلمان احتجاجا على رفع الرسوم.",
     {"act_verb", "act_initial", "count_near", "now", "place_near"}),
    ("واعتصم عشرات المواطنين مساء أمس في ساحة الشهداء.", {"act_verb", "act_initial", "count_near", "now", "place_near"}),
    ("ورفع المتظاهرون لافتات تندد بالحكومة.", {"act_initial"}),   # the trigger is its second word
    ("وقال المتحدث إن الشرطة فرقت المتظاهرين وأصيب عشرة منهم بجروح.", {"speech", "security", "harm"}),
])
def test_report_shape(text, on):
    f = shape(text)
    assert {k for k, v in f.items() if v == 1.0} == on


def test_cues_only_for_protest():
    assert not set(CUED["PROTEST"]) & set(feature_names("ASSAULT"))
    assert len(features("قتل ثلاثة جنود في هجوم أمس.", "ASSAULT")) == len(feature_names("ASSAULT"))
    assert len(features("تظاهر مئات أمس.", "PROTEST")) == len(feature_names("PROTEST"))
