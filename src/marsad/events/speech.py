"""The sides of a statement (the statement extension: "قال", "أعلن", "حذر" ...): the speaker and the addressee are
named before what was said, never inside it."""
from __future__ import annotations

from ..entities.roles import serves_another
from ..lang.ar.normalise import norm
from . import arguments as A
from .lexicon import words
from .model import Event, Participant
from .triggers import Trigger

CONTENT_OPENERS = words("content_openers")
IMPERSONAL_SAYING = words("impersonal_saying")
ORG_ANAPHORS = words("org_anaphors")
HONORIFIC_PRONOUNS = words("honorific_pronouns")
PERSONAL_OFFICES = words("personal_offices")
VSO_GAP = words("vso_gap")
QUOTES = {'"', "«", "»", "“", "”"}


def speech_sides(ev: Event, tr: Trigger, toks, ms, hi: int, text: str) -> None:
    """A statement's sides come from before what was said: the speaker is not a name in the report ("وقالت
    هذه المصادر إن مصر تطرح": not Egypt), its addressee is who it was said to ("قال لـ«الشرق الأوسط»"), not a
    name the report mentions ("وقالوا إن «عاصفة الحزم» ..."); a warning's bare object is the one warned ("حذرت
    واشنطن طهران من ..."). A person named after the verb and a long role ("وأوضح رئيس مجلس إدارة غرفة الشرقية
    عبدالرحمن العطيشان، أن", "صرح لـ”عين اليوم” عيضة الهذلي") is the speaker, not the addressee; a subject the
    actor layer did not name ("وقالت مصادر أمنية إن", "وقال التقرير") is not the previous sentence's actor
    unless it names it again ("وقالت الوزارة", "وقال ظريف"); "يذكر أن" (it is worth noting) has no speaker."""
    i = tr.tokens[-1]
    said = _said_from(ev, toks, i, hi)
    if said == i + 1 and toks[i].norm.lstrip("و") in IMPERSONAL_SAYING:
        ev.actor, ev.recipients = None, []
        return
    where = {id(m.part): m for m in ms}
    to = [m for m in ms if m.prep in ("ل", "الي") or _lam_apart(toks, m.first_tok)]
    addressed = {k for m in to for k in range(m.first_tok, m.last_tok + 1)}
    nxt = next((k for k in range(i + 1, said) if toks[k].norm not in QUOTES), said)
    if ev.actor is not None:
        at = where.get(id(ev.actor))
        if at is not None and at.first_tok > said:
            ev.actor = None
        elif at is None and nxt < said and not _names_again(toks[nxt].norm, ev.actor, text) and \
                toks[nxt].norm not in VSO_GAP and toks[nxt].norm not in A.PREPOSITIONS and \
                toks[nxt].norm not in ("ل", "لـ") and nxt not in addressed:
            ev.actor = None           # an inherited actor, though a subject of its own stands after the verb
    # "وحذره": the one warned was named before the verb ("ما أعلنه", "أكدها": the pronoun is what was said)
    pronoun = ev.event == "WARN" and A.has_enclitic(toks[tr.tokens[0]])
    ev.recipients = [r for r in ev.recipients if id(r) in where and where[id(r)].first_tok < said
                     and (where[id(r)] in to or (ev.event == "WARN" and not where[id(r)].prep)
                          or (pronoun and where[id(r)].last_tok < tr.tokens[0]))]
    if ev.actor is None:
        named = next((m for m in A.between(ms, i + 1, said) if not m.prep and m not in to), None)
        if named is None:
            return
        gap = [t for k, t in enumerate(toks[i + 1:named.first_tok], i + 1) if k not in addressed and t.norm not in QUOTES]
        if any(t.norm in A.RELATIVES or t.norm in A.PREPOSITIONS for t in gap):
            return
        if (named.part.label == "PER" and len(gap) <= 8) or len(gap) <= 1:
            ev.actor = named.part
            ev.recipients = [r for r in ev.recipients if r is not named.part]
    at = where.get(id(ev.actor)) if ev.actor is not None else None
    if at is not None and _office_holder(at.part, text) and i < at.first_tok < said and _served(toks, i + 1, at.first_tok):
        # "وقال مستشار الرئيس الأمريكي باراك أوباما": a known head of an office is the one served, not the
        # speaker (an unknown name there is the deputy's own: "مساعد وزير الدفاع اليمني اللواء عبدالقادر العمودي",
        # and so is a known deputy's: "نائب الرئيس الأمريكي جو بايدن"); a name right after him is the speaker's
        # ("المتحدث باسم الرئيس الروسي فلاديمير بوتين ديمتري بيسكوف")
        own = next((m for m in A.between(ms, at.last_tok + 1, said) if not m.prep and m.part.label == "PER"
                    and m.first_tok == at.last_tok + 1), None)
        ev.actor = own.part if own is not None else None


DEPUTY_ROLES = ("vice", "deputy", "assistant", "advis", "spokes", "envoy", "ambassador", "representative")


def _office_holder(p, text: str) -> bool:
    """A person the actor dictionary knows (its canonical name is not the words of the text) as the head of an
    office at the time (president, minister, king ...), not as someone's deputy, adviser, spokesperson or envoy."""
    known = bool(p.name) and p.name != text[p.start:p.end]
    return known and bool(p.role) and not any(w in p.role for w in DEPUTY_ROLES)


def _served(toks, lo: int, k: int) -> bool:
    """The words from ``lo`` up to the name at ``k`` are a deputy's title over a personal office ("مستشار الرئيس
    الأمريكي", "المتحدث باسم الرئيس الروسي", "مساعد وزير الدفاع"), the office's adjectives only after it: the
    name is the office holder's, served by the unnamed deputy. A portfolio between them ("مستشار الرئيس لشؤون
    الأمن القومي سوزان رايس") makes the name the deputy's own."""
    gap = [t.norm for t in toks[lo:k] if t.norm not in QUOTES]
    if len(gap) < 2 or not serves_another(gap[0]):
        return False
    rest = gap[2:] if len(gap) > 2 and gap[1] == "باسم" else gap[1:]
    if not rest or rest[0] not in PERSONAL_OFFICES:
        return False
    return len(rest) <= 4 and all(w not in A.PREPOSITIONS and not w.startswith(("ل", "ب")) and w not in ("،", ",")
                                  for w in rest[1:])


def _lam_apart(toks, k: int) -> bool:
    """A lam written apart, quotes allowed between, stands before the name at ``k``: "ل»الرياض»"."""
    k -= 1
    while k >= 0 and toks[k].norm in QUOTES:
        k -= 1
    return k >= 0 and toks[k].norm in ("ل", "لـ")


def _said_from(ev: Event, toks, i: int, hi: int) -> int:
    """Where what was said begins after the verb at ``i``: أن / إن / a colon / an opening quote (a short quoted
    name, «جديدي», “فوربيس”, is skipped); for a warning also من ("حذر من ...")."""
    k = i + 1
    while k < hi:
        w = toks[k].norm
        if w in QUOTES:
            close = next((j for j in range(k + 2, min(hi, k + 6)) if toks[j].norm in QUOTES), None)
            if close is not None:
                k = close + 1
                continue
            if w in CONTENT_OPENERS:
                return k
        elif w in CONTENT_OPENERS or (ev.event == "WARN" and w == "من"):
            return k
        k += 1
    return hi


def _names_again(word: str, actor: Participant, text: str) -> bool:
    """The subject word names the inherited actor again: its own name ("ظريف" for محمد جواد ظريف) or, for an
    organisation, a definite head noun that stands for one ("الوزارة", "الشركة", "المنظمة"); or an honorific
    pronoun ("سموه", "معاليه")."""
    w = word.lstrip("و")
    if w in HONORIFIC_PRONOUNS:
        return True                 # "وشدد سموه": his highness, the one just named
    if actor.label in ("ORG", "GROUP") and w in ORG_ANAPHORS:
        return True
    return w in norm(text[actor.start:actor.end]).split() or (bool(actor.name) and w in norm(actor.name).split())
