"""Language identification: ``doc.language`` as an ISO 639-1 code ("ar", "en", "fr"...), or "und".

Uses lingua (n-gram models shipped in the wheel, no download) restricted to the languages news in
and around the Arabic-speaking world is written in; the detector is built once, on first use.
A sample from the start, middle and end of the text is enough and keeps a 2 MB text cheap.

Only lingua's fast (trigram) models are used: its full models load per language on first use and take ~110 MB for
Arabic, ~190 MB more for English, in every process that meets a short text. A short text in Arabic script without
any letter that only Persian or Urdu use is Arabic; other short texts need a confident trigram guess.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..doc import Document

__all__ = ["LANGUAGES", "UNDETERMINED", "component", "identify"]

UNDETERMINED = "und"
# lingua names of the languages considered (ISO 639-1 codes come from lingua itself)
LANGUAGES = (
    "ARABIC", "ENGLISH", "FRENCH", "SPANISH", "GERMAN", "PERSIAN", "URDU", "TURKISH", "RUSSIAN", "HEBREW",
    "ITALIAN", "PORTUGUESE", "DUTCH", "INDONESIAN", "MALAY", "SOMALI", "SWAHILI", "HINDI", "CHINESE", "UKRAINIAN",
)
SAMPLE = 3000          # characters looked at
MIN_LETTERS = 3        # fewer letters than this: undetermined
LONG = 50              # below this many letters: the script rule, else a confident guess
MIN_CONFIDENCE = 0.5

_LETTER = re.compile(r"[^\W\d_]")
_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
_PERSIAN_URDU = re.compile(r"[\u067E\u0686\u0698\u06A9\u06AF\u06CC\u06C0\u06D2\u0679\u0688\u0691\u06BA\u06BE\u06C3]")
ARABIC_SHARE = 0.9     # share of a short text's letters in Arabic script for the script rule


@lru_cache(maxsize=1)
def _detector():
    """Low-accuracy mode (trigrams only): loads ~8x faster, a fraction of the memory, and is as good on a
    paragraph or more."""
    from lingua import Language, LanguageDetectorBuilder

    langs = [getattr(Language, name) for name in LANGUAGES if hasattr(Language, name)]
    return LanguageDetectorBuilder.from_languages(*langs).with_low_accuracy_mode().build()


def _sample(text: str) -> str:
    if len(text) <= SAMPLE:
        return text
    third = SAMPLE // 3
    mid = len(text) // 2
    return "\n".join((text[:third], text[mid - third // 2: mid + third // 2], text[-third:]))


def identify(text: str) -> str:
    """ISO 639-1 code of the main language of ``text``; "und" when it is too short or unclear to tell."""
    sample = _sample(text or "")
    letters = len(_LETTER.findall(sample))
    if letters < MIN_LETTERS:
        return UNDETERMINED
    det = _detector()
    if letters < LONG:
        if len(_ARABIC_SCRIPT.findall(sample)) >= ARABIC_SHARE * letters and not _PERSIAN_URDU.search(sample):
            return "ar"
        values = det.compute_language_confidence_values(sample)
        if not values or values[0].value < MIN_CONFIDENCE:
            return UNDETERMINED
        lang = values[0].language
    else:
        lang = det.detect_language_of(sample)
    if lang is None:
        return UNDETERMINED
    return lang.iso_code_639_1.name.lower()


def component(doc: Document) -> Document:
    """Pipeline component: set ``doc.language`` (and record the identifier's version)."""
    doc.language = identify(doc.text)
    doc.resources.setdefault("language", f"lingua {_version()}")
    return doc


@lru_cache(maxsize=1)
def _version() -> str:
    try:
        from importlib.metadata import version

        return version("lingua-language-detector")
    except Exception:  # metadata missing in an odd install: the name alone still says what ran
        return "unknown"
