"""Language identification on real news sentences; "und" when there is too little to tell."""
from __future__ import annotations

import pytest

from marsad.doc import Document
from marsad.lang.identify import component, identify


@pytest.mark.parametrize("text,want", [
    ("أجرى وزيرا الدفاع الأميركي لويد أوستن والروسي سيرغي شويغو اتصالا الجمعة أول مرة منذ اشهر", "ar"),
    ("The US and Russian defence ministers spoke by phone on Friday for the first time in months.", "en"),
    ("Les ministres américain et russe de la Défense se sont entretenus vendredi pour la première fois.", "fr"),
    ("Los ministros de Defensa de Estados Unidos y Rusia hablaron por teléfono el viernes.", "es"),
    ("Die Verteidigungsminister der USA und Russlands haben am Freitag miteinander telefoniert.", "de"),
    ("وزیران دفاع آمریکا و روسیه روز جمعه برای نخستین بار پس از ماه‌ها تلفنی گفتگو کردند.", "fa"),
    ("امریکی اور روسی وزرائے دفاع نے جمعہ کو مہینوں میں پہلی بار فون پر بات کی۔", "ur"),
    ("ABD ve Rusya savunma bakanları cuma günü aylar sonra ilk kez telefonda görüştü.", "tr"),
    ("Министры обороны США и России в пятницу впервые за несколько месяцев поговорили по телефону.", "ru"),
    ("שרי ההגנה של ארה\"ב ורוסיה שוחחו ביום שישי בטלפון לראשונה מזה חודשים.", "he"),
])
def test_identify_news_sentences(text, want):
    assert identify(text) == want


# short headlines: Arabic script without a Persian or Urdu letter is Arabic (trigrams alone took most of these
# for Persian); other short texts need a confident guess
@pytest.mark.parametrize("text,want", [
    ("موجز اعلامي", "ar"), ("إيران بين وهمين", "ar"), ("من هو الملا محمد عمر؟", "ar"),
    ("دي ماريا بات قريبا من سان جرمان", "ar"), ("این کتاب خوب است", "fa"),
    ("Oil prices fall again", "en"), ("Nouvelle attaque au Yémen", "fr"), ("Rusya ile görüşme", "tr"),
])
def test_identify_short_headlines(text, want):
    assert identify(text) == want


@pytest.mark.parametrize("text", ["", "   ", "2022-05-13", "١٢٣ / ٤٥٦", "ok", "Hello"])
def test_identify_too_short_is_und(text):
    assert identify(text) == "und"


def test_identify_seed_with_latin_chrome(seed_000):
    assert identify(seed_000) == "ar"          # "Logo" and other page chrome do not sway it


def test_identify_long_text_samples_cheaply(seed_002):
    text = (" ".join(seed_002.split()) + " ") * 700          # > 2 MB on one line
    assert identify(text) == "ar"


def test_component_sets_language_and_resource(seed_002):
    doc = component(Document(text=seed_002))
    assert doc.language == "ar" and doc.resources["language"].startswith("lingua")
