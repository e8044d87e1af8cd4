"""Who attacked and who was hit: the attack-specific readings of the ASSAULT coder.

A death or injury word ("قتل", "مصرع", "اصيب") names what an attack did, not the attack: its subject is the victim
(passive in news), and in a sentence about a road accident, a fire or a poisoning it is no attack at all. The
attacker is read from a claim or an attribution ("تبناه تنظيم داعش", "نسبت إلى", "على يد", "تسبب به"), from a
nationality after a strike noun ("ضربة اسرائيلية") or from ل after an attack noun ("قصف مدفعي للحوثيين").
Word sets live in ``resources/events/words.tsv``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..doc import Document, Span
from ..errors import ResourceError
from ..lang.ar.normalise import norm
from ..resources import read_tsv
from . import arguments as A
from .lexicon import words
from .model import Event, Participant
from .triggers import Trigger, candidates

STRIKE_NOUNS = words("strike_nouns")
STRIKE_ADJECTIVES = words("strike_adjectives")
MILITARY_STRIKES = words("military_strikes")
AGENTIVE_ATTACKS = words("agentive_attacks")
NOMINAL_OPENERS = words("nominal_openers")
FORCE_MEMBERS = words("force_members")
ATTACK_CLAIMS = words("attack_claims")
HARM_OBJECTS = words("harm_objects")
COUNTS = words("count_subjects")
PLACE_OR_CAUSE = words("place_or_cause")
HARM_NOUNS = words("harm_nouns")
HARM_TRIGGERS = words("harm_triggers")
ATTACK_CONTEXT = words("attack_context")
BLAST_WORDS = words("blast_words")
HARMLESS_BLASTS = words("harmless_blasts")
FORCES = words("force_institutions")
ARREST_VERBS = words("arrest_verbs")
TARGET_NOUNS = words("target_nouns")
SUSPECTED = tuple(words("suspected_members"))
_WORD = re.compile(r"\w+")


@lru_cache(maxsize=1)
def _nisbas() -> dict[str, str]:
    """Normalised one-word nationality adjectives in every gender and number -> ISO-3166 alpha-3."""
    from ..entities.countries import all_nisbas
    out: dict[str, str] = {}
    for form, nisba in all_nisbas():
        if " " not in form:
            out.setdefault(norm(form), nisba.country)
    return out


def nisba_country(word: str) -> str | None:
    """The country of a nationality adjective ("الاسرائيليه" -> ISR), or None."""
    return _nisbas().get(word) or _nisbas().get(word.lstrip("و"))


def attacker(toks, trigs: list[Trigger], ms: list[A.Mention]) -> A.Mention | None:
    """The attacker of the sentence's ASSAULT: who claimed it, caused it or had it attributed to them ("تبناه تنظيم
    داعش", "نسبت الى حزب العمال", "على يد مسلحين", "تسبب به مستوطنون"), or the name after ل right after an attack noun ("في قصف مدفعي
    للحوثيين على", "غارات لطيران التحالف": at most two words, adjectives, between) or after من right after it ("في غارة من
    طائرات حربية"); never a place."""
    if not any(tr.event == "ASSAULT" for tr in trigs):
        return None
    for m in ms:                 # "تبناه تنظيم داعش", "نسبت الى حزب العمال", "على يد مسلحين"
        k = m.first_tok - 1
        # (skipping "الى", "يد", "به", a quantity or a unit: "هجوم شنه عدد من المستوطنين", "عملية قامت بها وحدة من
        # القوات الاميركية")
        while k >= 0 and m.first_tok - k <= 7 and toks[k].norm in ("الي", "ايضا", "يد", "به", "بها", "من", "عدد",
                                                                    "مجموعه", "عشرات", "ميات", "بعض", "وحده",
                                                                    "وحدات", "فرقه", "كتيبه", "دوريه") + SUSPECTED:
            k -= 1      # also "شنه من يشتبه بأنهم عناصر من حزب العمال الكردستاني": suspected members of a side
        if k >= 0 and m.first_tok - k <= (7 if any(t.norm in SUSPECTED for t in toks[k + 1:m.first_tok]) else 4) \
                and m.part.label not in ("LOC", "GPE") and (
                set(candidates(toks[k].norm)) & ATTACK_CLAIMS or (toks[k].norm == "علي" and toks[k + 1].norm == "يد")
                or (toks[k].norm in ("قام", "قامت", "قاموا") and toks[k + 1].norm in ("به", "بها", "بهما"))):
            return m
        if m.prep == "ل" and m.first_tok > 0 and toks[m.first_tok - 1].norm in A.OWNED_BY and \
                m.part.label not in ("LOC", "GPE") and _carried_out_by(toks, m.first_tok - 1):
            return m             # "قصف جوي نفذته مروحيات «أباتشي» التابعة للجيش": the owner of who carried it out
    for i, tok in enumerate(toks):    # "ضربة اسرائيلية", "الغارات الروسية", "قصف جوي سوري": the attacking state
        forms = set(candidates(tok.norm))
        if not forms & STRIKE_NOUNS:
            continue
        military = bool(forms & MILITARY_STRIKES)     # an air strike or shelling: the armed forces
        for k in range(i + 1, min(len(toks), i + 3)):
            iso3 = nisba_country(toks[k].norm)
            if iso3:
                return A.Mention(Participant(toks[k].start, toks[k].end, None, iso3 + ("MIL" if military else ""), iso3,
                                             "MIL" if military else None, "NORP"), k, k, "", False)
            if toks[k].norm not in STRIKE_ADJECTIVES:
                break
    for tr in trigs:
        i, last = tr.tokens[0], tr.tokens[-1]
        if tr.event != "ASSAULT" or not set(candidates(toks[i].norm)) & AGENTIVE_ATTACKS:
            continue
        if not (tr.is_noun or (i > 0 and toks[i - 1].norm in NOMINAL_OPENERS)):
            continue
        for m in ms:
            gap = toks[last + 1:m.first_tok]
            if m.prep == "ل" and 0 < m.first_tok - last <= 3 and m.part.label not in ("LOC", "GPE") and \
                    all(t.norm not in A.PREPOSITIONS and t.norm not in (",", "،", "و") for t in gap) and \
                    not (gap and after_target(toks, m.first_tok)):
                return m    # (not "غارات جوية استهدفت مواقع للحوثيين": the positions' owner was struck)
            if m.prep == "من" and m.first_tok == last + 2 and toks[last + 1].norm == "من" and \
                    m.part.label not in ("LOC", "GPE"):
                return m    # "في غارة من طائرات حربية على مدينة معرة النعمان": by whom, not who was struck
    return None


def after_target(toks, k: int) -> bool:
    """The word before token ``k`` is a target noun ("مواقع تنظيم داعش", "مواقع للحوثيين"): the name at ``k`` owns
    what was struck."""
    return k > 0 and bool(set(candidates(toks[k - 1].norm)) & TARGET_NOUNS)


def _carried_out_by(toks, owned: int) -> bool:
    """Whether a claim word ("نفذته", "شنه") opens the phrase of one to four words before the owner word at
    ``owned``, with no comma, conjunction or preposition in it."""
    for k in range(owned - 1, max(-1, owned - 6), -1):
        if set(candidates(toks[k].norm)) & ATTACK_CLAIMS:
            return k < owned - 1
        if toks[k].norm in (",", "،", "و", ".") or toks[k].norm in A.PREPOSITIONS:
            return False
    return False


def harm_noun(word: str) -> bool:
    """A death or injury noun ("مقتل", "إصابة"): never a verb, so it has no subject."""
    return bool(set(candidates(word)) & HARM_NOUNS)


def harm_word(word: str) -> bool:
    """A death or injury word ("قتل", "بمقتل", "اصيب"), not an attack word."""
    return word in HARM_TRIGGERS or any(c in HARM_TRIGGERS for c in candidates(word))


DATE_HEADS = words("date_heads")
ABDUCTED = words("abducted")


def _count(t) -> bool:
    """A number that counts (not a date like "22-2-1436هـ"; an age in brackets, "(22 عاما)", is skipped by the
    caller)."""
    return any(ch.isdigit() for ch in t.text) and not any(ch in t.text for ch in "-/")


def victim_subject(toks, tr: Trigger, subject: A.Mention) -> bool:
    """The subject of a death or injury verb is its victim ("قتل 260 مقاتلا كرديا", "جنديين تركيين قتلا":
    passive in news) unless the verb carries an object pronoun, a relative pronoun joins a subject before it
    ("داعش التي قتلت"), a count or a victim noun follows a subject after it ("قتل الجيش 20 مسلحا"), or the subject
    is a state's force ("قتلت قوات الاحتلال بدم بارد فلاح")."""
    i = tr.tokens[0]
    before = toks[subject.first_tok - 1] if subject.first_tok > 0 else None
    # "أربعة مواطنين إيطاليين خطفوا في ليبيا": a counted subject before a verb of abduction underwent it
    abducted = toks[i].norm.lstrip("و") in ABDUCTED and subject.last_tok < i and before is not None and \
        (_count(before) or before.norm in COUNTS)
    if tr.event != "ASSAULT" or not (harm_word(toks[i].norm) or abducted) or A.has_enclitic(toks[i]):
        return False            # "قتلته قوات الأمن": a verb with an object pronoun is active
    members = before is not None and before.norm in FORCE_MEMBERS
    if toks[subject.first_tok].norm.lstrip("و") in FORCES and subject.part.sector in ("MIL", "COP") and not members:
        return False            # "قتلت قوات الاحتلال بدم بارد فلاح": a force is who kills (but "اثنين من أفراد
        #                         قوات الأمن قتلا": some of its members were killed)
    if subject.last_tok < i:    # a subject before the verb: "جنديين تركيين قتلا", not "داعش التي قتلت"
        nxt = toks[tr.tokens[-1] + 1] if tr.tokens[-1] + 1 < len(toks) else None
        if nxt is not None and not toks[i].norm.startswith(("و", "ف")) and \
                (any(ch.isdigit() for ch in nxt.text) or nxt.norm in COUNTS or nxt.norm in HARM_OBJECTS):
            return False        # "وكانت القوات الإسرائيلية قد قتلت ثلاثة فلسطينيين": the count is its object
        return not any(t.norm in A.RELATIVES for t in toks[subject.last_tok + 1:i])
    start = max(subject.last_tok, tr.tokens[-1]) + 1
    # "قتل مسلحون من جماعة بوكو حرام المتطرفة عشرات الاشخاص": the subject's group after من comes before the count
    reach = 9 if start < len(toks) and toks[start].norm == "من" else 3
    for k, t in enumerate(toks[start:start + reach], start):
        if t.norm == "," or A.conjunction(t):
            return True         # "قتل جندي تركي وجرح اربعة": the count belongs to the next verb
        if t.norm in PLACE_OR_CAUSE:
            return True         # "قتل مسلحون من داعش في غارة على 3 مواقع": the count is inside a phrase of place or cause
        if (_count(t) and not (k > 0 and (toks[k - 1].norm in DATE_HEADS or toks[k - 1].norm == "("))) \
                or t.norm in HARM_OBJECTS:
            return False
    return True


@lru_cache(maxsize=1)
def victim_kinds() -> dict[str, tuple[str | None, str | None]]:
    """Unit noun of a people count -> (country, sector) it tells (``resources/events/victims.tsv``)."""
    out: dict[str, tuple[str | None, str | None]] = {}
    for path, line, row in read_tsv("events/victims.tsv", required=("unit",)):
        country, sector = row.get("country") or None, row.get("sector") or None
        if country and not (len(country) == 3 and country.isupper()):
            raise ResourceError(f"bad ISO-3166 alpha-3 code {country!r}", input=f"{path}:{line}")
        out[row["unit"]] = (country, sector)
    return out


VICTIM_REACH = 4        # tokens between a death or injury word and the count of its victims


def victims(toks, tr: Trigger, people: list[Span]) -> Participant | None:
    """The people a death or injury word counts, as a recipient ("قتل 15 شخصا", "مقتل 20 مدنيا وإصابة ...",
    "لقي 15 شخصا مصرعهم", "12 سوريا قتلوا"): the count's text, the sector its noun tells (جنود: MIL, مدنيين:
    CVL) and the country of a nationality right after it ("ثلاثة جنود أتراك"). ``people`` are the sentence's
    quantities that measure people. None when no count of people stands next to the word: nothing is guessed."""
    i, last = tr.tokens[0], tr.tokens[-1]
    if tr.event != "ASSAULT" or not people or not harm_word(toks[i].norm):
        return None
    after = [q for q in people if toks[last].end <= q.start]
    q = after[0] if after else None
    if q is not None and (not _near(toks, last + 1, q.start) or _arrest_between(toks, last + 1, q.start)):
        q = None
    if q is None:           # "لقي 15 شخصا مصرعهم", "أن 12 سوريا قتلوا": the count right before the word
        before = [p for p in people if p.end <= toks[i].start]
        k = _tok_after(toks, before[-1].end) if before else i
        q = before[-1] if before and (i - k <= 1 or A.has_enclitic(toks[i]) and _near(toks, k, toks[i].start)) else None
    if q is None:
        return None
    return counted_people(toks, q)


def counted_people(toks, q: Span) -> Participant:
    """The people a count names ("15 شخصا", "ثلاثة جنود أتراك") as a participant: the sector its noun tells (جنود:
    MIL, مدنيين: CVL) and the country of a nationality right after it."""
    country, sector = victim_kinds().get(q.attrs.get("unit") or "", (None, None))
    end, k = q.end, _tok_after(toks, q.end)
    iso3 = nisba_country(toks[k].norm) if k < len(toks) else None
    if iso3:
        country, end = iso3, toks[k].end
    code = country + (sector or "") if country else None
    return Participant(q.start, end, None, code, country, sector, "VICTIMS")


def _arrest_between(toks, k: int, offset: int) -> bool:
    """A coordinated arrest verb from token ``k`` up to ``offset`` ("قتل واعتقل 16 شخصا"): the count is its own."""
    return any(t.norm.startswith("و") and t.norm[1:] in ARREST_VERBS for t in toks[k:] if t.start < offset)


def _tok_after(toks, offset: int) -> int:
    """Index of the first token starting at or after ``offset``."""
    return next((k for k, t in enumerate(toks) if t.start >= offset), len(toks))


def _near(toks, k: int, offset: int) -> bool:
    """At most VICTIM_REACH tokens from token ``k`` up to ``offset``, none of them punctuation."""
    gap = [t for t in toks[k:] if t.start < offset]
    return len(gap) <= VICTIM_REACH and all(any(ch.isalnum() for ch in t.text) for t in gap)


def harm_only_sentences(doc: Document, evs: list[Event]) -> set[int]:
    """Start offsets of the sentences whose ASSAULT triggers all name a death or an injury ("مصرع", "اصابته")
    or an explosion of fireworks or a gas cylinder ("انفجرت" with "الألعاب النارية"), rather than an attack
    ("هجوم", "قصف"), with no word of an attacker or an arson ("مستوطنون", "متعمد")."""
    by: dict[int, bool] = {}
    for ev in evs:
        if ev.event == "ASSAULT" and not ev.extension:
            words_ = _WORD.findall(norm(doc.text[ev.evidence.start:ev.evidence.end]))
            trig = norm(doc.text[ev.trigger.start:ev.trigger.end]).split()[0]
            # "انفجرت إحداها في وجهه" after "الألعاب النارية": the fireworks blew up, no one set them off at him
            harm = harm_word(trig) or ev.mode == "destroy" or (
                trig.lstrip("و") in BLAST_WORDS and any(w in HARMLESS_BLASTS for w in words_))   # "حريق ... دمر 24 منزلا"
            if harm and ev.evidence.start not in by:
                harm = not any(set(candidates(w)) & ATTACK_CONTEXT for w in words_)   # "حريق ... تسبب به مستوطنون"
            by[ev.evidence.start] = by.get(ev.evidence.start, True) and harm
    return {k for k, v in by.items() if v}
