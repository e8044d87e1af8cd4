"""The final entity list keeps the recogniser's spans (ANERcorp conventions) and carries the actor layer's
knowledge in attributes; rule spans ANERcorp does not tag get labels of their own."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from testkit import need_shared

from marsad.doc import Document, Span
from marsad.entities import actors, reconcile

ROOT = Path(__file__).resolve().parents[2]


def with_ner(text: str, *names: tuple[str, str]) -> Document:
    """``text`` through the actor layer, as if the recogniser had found ``names`` ((surface, label) pairs)."""
    doc = Document(text)
    for surface, label in names:
        k = text.index(surface)
        doc.add("entities", Span(k, k + len(surface), label, {"source": "ner", "confidence": 0.9}))
    return actors.component(doc)


def found(doc: Document) -> dict[str, Span]:
    return {doc.text[s.start:s.end]: s for s in doc.layers["entities"]}


@pytest.mark.parametrize("text,ner,label,wide,code", [
    ("ردا على استفزازات عشرات من مؤيدي حزب الله اللبناني عند حدودها الشمالية", "حزب الله", "ORG",
     "حزب الله اللبناني", "LBNREB"),
    ("في 30ر9 بتوقيت مكة المكرمة ، وهو من تقديم أميرة كرارة", "مكة", "LOC", "مكة المكرمة", None),
])
def test_recogniser_boundaries_kept_wider_match_in_attrs(text, ner, label, wide, code):
    doc = with_ner(text, (ner, label))
    ents = found(doc)
    assert ner in ents and wide not in ents, list(ents)
    sp = ents[ner]
    assert sp.label == label
    a, b = sp.attrs["full_span"]
    assert doc.text[a:b] == wide
    if code:
        assert sp.attrs["actor"]["code"] == code
    else:
        assert sp.attrs["place"]["country"] == "SAU"


@pytest.mark.parametrize("text,token,name,clitic,country", [
    ("وقال أعضاء في مجلس الأمن إن بريطانيا وفرنسا اعترضتا على التعجل", "وفرنسا", "فرنسا", "و", "FRA"),
    ("وأكد أن الهجمات الصاروخية لن توقف الدعم الأميركي لاسرائيل في حربها", "لاسرائيل", "اسرائيل", "ل", "ISR"),
])
def test_name_after_a_proclitic_keeps_its_token(text, token, name, clitic, country):
    doc = with_ner(text, (token, "LOC"))
    locs = [s for s in doc.layers["entities"] if s.label == "LOC" and name in doc.text[s.start:s.end]]
    assert len(locs) == 1, [(doc.text[s.start:s.end], s.label) for s in doc.layers["entities"]]
    sp = locs[0]
    assert sp.attrs["source"] == "ner" and sp.attrs["matched"] == "dictionary"
    assert sp.attrs["clitic"] == clitic
    a, b = sp.attrs["token_span"]
    assert doc.text[a:b] == token and name in doc.text[sp.start:sp.end]
    assert doc.text[sp.start:sp.end] == (token if reconcile.WHOLE_TOKENS else name)
    assert sp.attrs["actor"]["country"] == country


@pytest.mark.parametrize("text,surface,label,country", [
    ("واضاف ان عشرات الفلسطينيين اصيبوا في المواجهات", "الفلسطينيين", "NORP", "PSE"),
    ("وقال ان العراقيين يريدون الامن", "العراقيين", "NORP", "IRQ"),
    ("رشقوا الجمعة الفائت دوريات القوات الاسرائيلية بالحجارة", "القوات الاسرائيلية", "GROUP", "ISR"),
])
def test_unnamed_collectives_get_their_own_labels(text, surface, label, country):
    doc = with_ner(text)
    ents = found(doc)
    assert surface in ents, list(ents)
    assert ents[surface].label == label and ents[surface].attrs["actor"]["country"] == country


@pytest.mark.parametrize("text,absent", [
    ("وقال الفنان حسين فهمي إنه استقر على برنامج حيث وجده يلقي الضوء على مشاكل البسطاء", "وجده"),
    ("شائعة في المنطقة خاصة بين بنوك دول الخليج كوسيلة فعالة", "بنوك"),
])
def test_clitic_and_short_word_is_not_a_place(text, absent):
    assert absent not in found(with_ner(text))


def test_bare_surname_refers_back_only_so_far():
    name = "ديفد دين"
    near = f"أكد نائب رئيس النادي {name} أن النادي يريد الاحتفاظ بالمدرب. يذكر أن دين تعرف على المدرب في عام 1989."
    filler = " وأشار البنك الى أن نمو الأعمال المتوقع يتطلب استراتيجية تمويل طويلة الأجل." * 40
    far = near + filler + " ومن هذا المنطلق يوصي مجلس الإدارة بتأسيس برنامج أوراق دين أوروبية متوسطة الأجل."
    doc = with_ner(far, (name, "PER"))
    pers = [(s.start, doc.text[s.start:s.end]) for s in doc.layers["entities"] if s.label == "PER"]
    assert [t for _, t in pers] == [name, "دين"], pers
    assert pers[1][0] < len(near)


@pytest.mark.slow
def test_full_pipeline_at_least_as_good_as_the_recogniser():
    """On the Wojood sample (another corpus, never trained on) the whole analysis scores at least the recogniser's
    micro F1, counting a token only when an entity covers all of it (ANERcorp tags whole tokens)."""
    shared = need_shared("data", "wojood_sample").parents[1]
    out = subprocess.run([sys.executable, str(ROOT / "training" / "eval_ner.py"), "--shared", str(shared),
                          "--split", "wojood", "--layout", "lines", "--no-direct", "--pipeline", "both", "--strict"],
                         capture_output=True, text=True, timeout=170, check=True).stdout
    micro = [float(x) for x in re.findall(r"micro\s+P=\S+ R=\S+ F1=(\S+)", out)]
    assert len(micro) == 2, out
    recogniser, full = micro
    assert full >= recogniser, out


def test_surname_glued_to_a_proclitic_is_not_an_ordinary_word():
    text = ("وقال المحلل أحمد صالح إن الحملة بدأت. وشنت كوريا الجنوبية حملة لصالح وزير خارجيتها السابق. "
            "وأضاف صالح أن النتيجة معروفة.")
    doc = with_ner(text, ("أحمد صالح", "PER"))
    pers = [doc.text[s.start:s.end] for s in doc.layers["entities"] if s.label == "PER"]
    assert pers == ["أحمد صالح", "صالح"], pers


def test_known_person_the_recogniser_cut_short_and_mislabelled():
    text = "ليحل محل قانون صادر في 2003 في عهد زين العابدين بن علي يقول المدافعون عن حقوق الانسان"
    doc = with_ner(text, ("زين العابدين", "ORG"))
    ents = [(doc.text[s.start:s.end], s.label, (s.attrs.get("actor") or {}).get("country")) for s in doc.layers["entities"]]
    assert ents == [("زين العابدين بن علي", "PER", "TUN")], ents
