"""Normalisation folds what matching should ignore and maps every normalised stretch back into the original."""
from __future__ import annotations

import random

import pytest

from marsad.lang.ar.normalise import norm, normalise


@pytest.mark.parametrize("raw,expected", [
    ("مُحَمَّدٌ", "محمد"),                       # diacritics
    ("الحـــرب", "الحرب"),                        # tatweel
    ("أحمد إبراهيم آمنة ٱلله", "احمد ابراهيم امنه الله"),   # alef/hamza variants, taa marbuta
    ("مستشفى", "مستشفي"),                          # alef maqsura
    ("مسؤول رئيس", "مسوول رييس"),                   # hamza on waw / ya
    ("الأميركي", "الامريكي"),                       # spelling variant
    ("الأمريكية", "الامريكيه"),
    ("٣٬٨٠٠ و٣٫٥ و۱۲", "3,800 و3.5 و12"),           # Arabic-Indic and Persian digits, separators
    ("قال، ثم؛ لماذا؟", "قال, ثم; لماذا?"),         # Arabic punctuation
    ("«نعم»", '"نعم"'),
    ("كی یک", "كي يك"),                            # Persian kaf and ya
    ("U.S. Army", "u.s. army"),
    ("ﻻ", "لا"),                                   # presentation form (NFKC)
    ("بو\u200fتين\u200b", "بوتين"),                # bidi and zero-width controls
    ("a\u00a0b", "a b"),
])
def test_normalise_folds(raw, expected):
    assert norm(raw) == expected
    assert normalise(raw).text == expected


def test_normalise_keeps_taa_marbuta_on_request():
    assert norm("مدرسة", taa_marbuta=False) == "مدرسة"
    assert normalise("مدرسة", taa_marbuta=False).text == "مدرسة"


def test_normalise_span_maps_match_back():
    text = "قال وزيرُ الدفاعِ الأميركيُّ إن ٣٬٨٠٠ جندي وصلوا"
    n = normalise(text)
    i = n.text.index("الامريكي")
    s, e = n.span(i, i + len("الامريكي"))
    assert text[s:e] == "الأميركيُّ"            # trailing diacritics belong to the word
    j = n.text.index("3,800")
    assert text[slice(*n.span(j, j + 5))] == "٣٬٨٠٠"
    assert n.to_norm(text.index("إن")) == n.text.index("ان")


_ALPHABET = (list("ابتثجحخدذرسشصضطظعغفقكلمنهوي ءآأإؤئىة،؛؟.«»\n ") + [chr(c) for c in range(0x064B, 0x0653)]
             + ["\u0640", "\u200f", "\u200b", "\u202b", "\ufeff", "ﻻ", "ﷲ", "٣", "۴", "7", "A", "z", "\u00a0", "﷽"])


@pytest.mark.parametrize("seed", range(40))
def test_normalise_offsets_property(seed):
    rng = random.Random(seed)
    text = "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 600)))
    n = normalise(text)
    offs = list(n.offsets)
    assert len(offs) == len(n.text) + 1 and offs[-1] == len(text)
    assert all(a <= b for a, b in zip(offs, offs[1:])), "offsets must be monotonic"
    assert all(0 <= o < len(text) for o in offs[:-1])
    for _ in range(30):
        i = rng.randint(0, len(n.text))
        j = rng.randint(i, len(n.text))
        s, e = n.span(i, j)
        assert 0 <= s <= e <= len(text)
        if j > i:
            # each normalised character comes from inside the original stretch
            assert all(s <= offs[k] < e for k in range(i, j))
            whole = (i == 0 or offs[i - 1] != offs[i]) and offs[j] != offs[j - 1]
            if whole:   # a stretch that does not cut an expanded character normalises to itself
                assert norm(text[s:e]) == n.text[i:j]
