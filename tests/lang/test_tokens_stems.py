"""Tokens keep numbers and abbreviations whole; stems strip clitics but keep the word itself first."""
from __future__ import annotations

import pytest

from marsad.lang.ar.normalise import norm
from marsad.lang.ar.tokens import stems, tokenize


@pytest.mark.parametrize("text,expected", [
    ("سمحت بشحن 3,800 مليار دولار", ["سمحت", "بشحن", "3,800", "مليار", "دولار"]),
    ("بلغ ٣٬٨٠٠ و٣٫٥", ["بلغ", "٣٬٨٠٠", "و", "٣٫٥"]),
    ("نمو 3.5% في U.S. اليوم", ["نمو", "3.5", "%", "في", "U.S.", "اليوم"]),
    ("لـ \"وقف فوري\"", ["لـ", '"', "وقف", "فوري", '"']),
    ("مُحَمَّدٌ، قال", ["مُحَمَّدٌ", "،", "قال"]),
    ("بـ15 ألفا", ["بـ", "15", "ألفا"]),
    ("في القرن الثالث ق.م. في مصر", ["في", "القرن", "الثالث", "ق.م", ".", "في", "مصر"]),
    ("ص.ب 1234 الرياض", ["ص.ب", "1234", "الرياض"]),
    ("ذهب.وقال", ["ذهب", ".", "وقال"]),
    ("قال د. أحمد", ["قال", "د", ".", "أحمد"]),
])
def test_tokens_surface(text, expected):
    toks = tokenize(text)
    assert [t.text for t in toks] == expected
    assert all(text[t.start:t.end] == t.text for t in toks)


def test_tokens_offset_and_norm():
    toks = tokenize("الأميركي", offset=10)
    assert (toks[0].start, toks[0].end, toks[0].norm) == (10, 18, "الامريكي")


@pytest.mark.parametrize("word,wanted", [
    ("والدفاع", "دفاع"),
    ("والدفاع", "الدفاع"),
    ("لوزير", "وزير"),
    ("للوزير", "وزير"),
    ("بالأسلحة", "اسلحه"),
    ("وبالتالي", "تالي"),
    ("حكومته", "حكومه"),
    ("وحكومتهم", "حكومه"),
    ("فسيارتها", "سياره"),
    ("كالعادة", "عاده"),
    ("واشنطن", "واشنطن"),
])
def test_stems_candidates(word, wanted):
    assert wanted in stems(norm(word))


@pytest.mark.parametrize("word", ["بوتين", "لبنان", "بريطانيا", "فرنسا", "كركوك", "والد"])
def test_stems_word_itself_first(word):
    got = stems(norm(word))
    assert got[0] == norm(word)


@pytest.mark.parametrize("word,forbidden", [
    ("بوتين", "تين"),      # never strips two letters off a name that is no clitic chain
    ("بها", "ها"),          # too short
    ("لها", "ا"),
    ("الامريكي", "الامريك"),   # a nisba ي is not a pronoun
    ("ملك", "مل"),
])
def test_stems_never_too_short_or_wrong(word, forbidden):
    assert forbidden not in stems(norm(word))


def test_stems_empty():
    assert stems("") == ()
