"""Why an event the coder read is not reported: the two sides are one name, or the act is no interaction between
political actors (firms, a local office, a topic named "التعاون"), or a "call" or "meeting" is how the press got
its quotes. Each check returns the reason written to ``doc.meta["events_not_reported"]``, or None."""
from __future__ import annotations

import re

from ..doc import Document
from ..lang.ar.normalise import norm
from ..lang.ar.tokens import tokens_in
from .lexicon import words
from .model import Event, Participant
from .triggers import candidates


def not_reported(doc: Document, ev: Event) -> str | None:
    """The first reason why ``ev`` is no political event between its sides, or None."""
    return _unpolitical_cooperation(doc, ev) or _uncoded_pair(ev) or _local_visit(ev) or _courtesy_call(doc, ev) \
        or _press_interview(doc, ev)


def bracketed_alias(doc: Document, a: Participant, b: Participant) -> bool:
    """One side is the other's name in brackets right after it: "وزارة الدفاع الأمريكية (البنتاجون)", "حلف شمال
    الأطلسي (ناتو)"."""
    first, second = sorted((a, b), key=lambda p: p.start)
    return 0 <= second.start - first.end <= 3 and doc.text[first.end:second.start].strip() in ("(", "«", "[")


def one_person(doc: Document, a: Participant, b: Participant) -> bool:
    """Both sides name one person, the shorter name the end of the longer ("ومحسن الفضلي" ... "الفضلي") or, one
    word, its first ("سعود الفيصل" ... "الأمير سعود")."""
    if a.label != "PER" or b.label != "PER" or (a.code and b.code and a.code != b.code):
        return False
    x, y = (_name_words(doc, a), _name_words(doc, b))
    short, long_ = sorted((x, y), key=len)
    return bool(short) and (long_[-len(short):] == short or (len(short) == 1 < len(long_) and long_[0] == short[0]))


def one_group(doc: Document, a: Participant, b: Participant) -> bool:
    """Both sides are one unnamed group written in two cases: "المتمردون" ... "المتمردين"."""
    if "PER" in (a.label, b.label) or (a.code or None) != (b.code or None):
        return False
    return [_case_free(w) for w in _name_words(doc, a)] == [_case_free(w) for w in _name_words(doc, b)]


def _case_free(word: str) -> str:
    """A plural or dual without its case ending: "المتمردون", "المتمردين" -> "المتمرد"."""
    return word[:-2] if len(word) > 4 and word.endswith(("ون", "ين", "ان")) else word


def _name_words(doc: Document, p: Participant) -> list[str]:
    ws = norm(doc.text[p.start:p.end]).split()
    if ws and ws[0][:1] in ("و", "ف", "ب", "ل") and len(ws[0]) > 3:
        ws[0] = ws[0][1:]          # "ومحسن": the conjunction or preposition written on the name
    return ws


COOPERATION_FRAMES = words("cooperation_frames")
_LAST_WORD = re.compile(r"(\w+)\W*$")


def _unpolitical_cooperation(doc: Document, ev: Event) -> str | None:
    """Why a COOPERATE or AGREE event is not an act between political actors, or None: a side without a country
    or organisation code (a researcher and a journalist, two firms), or the noun framed as a topic ("مدى التعاون",
    "سبل تعزيز التعاون", "في إطار التعاون")."""
    if ev.event not in ("COOPERATE", "AGREE") or ev.extension:
        return None
    if any(p is None or not (p.country or p.code) for p in (ev.actor, ev.recipient)):
        # "وافقت مجموعة سان إديسون على شراء ...": two firms, a deal between no political actors
        return ("cooperation" if ev.event == "COOPERATE" else "agreement") + " without two coded actors"
    if ev.event != "COOPERATE":
        return None
    m = _LAST_WORD.search(doc.text, max(0, ev.trigger.start - 40), ev.trigger.start)
    if ev.noun and m and set(candidates(norm(m.group(1)))) & COOPERATION_FRAMES:
        return "cooperation named as a topic, not an act"
    return None


UNCODED_DROPPED = {"CONSULT", "SUPPORT", "REQUEST", "REJECT", "AID"}


def _uncoded_pair(ev: Event) -> str | None:
    """Why an interaction between two sides is no political event, or None: neither side has a country or
    organisation code ("التقى مدير تعليم ينبع ... بمدير الهيئة العامة للسياحة بمحافظة ينبع", "وأشاد سالم
    بمصممة الأزياء"): officials of a local office, firms, artists. Only for meetings, support, requests,
    rejections and aid, where such pairs were mostly local, commercial or cultural in the news read by hand; force,
    accusations and concessions between uncoded sides (the police arresting an activist, rebels accusing "the
    forces") stay."""
    if ev.extension or ev.event not in UNCODED_DROPPED or ev.actor is None or not ev.recipients:
        return None
    if any(p.country or p.code for p in (ev.actor, *ev.recipients)):
        return None
    return "neither side coded as a political actor"


def _local_visit(ev: Event) -> str | None:
    """Why a visit is no contact between political actors, or None: someone with no country or organisation code
    visits a town or region, not a state or a named actor ("زار الغفيص ... أسرة أحد متدربي الكلية التقنية بنجران",
    "وقد زار الخيمة العقيد ... المكلف بمنطقة عسير"): a local official's or a private person's round."""
    if ev.event != "CONSULT" or ev.extension or ev.mode != "visit" or ev.actor is None or len(ev.recipients) != 1:
        return None
    r = ev.recipients[0]
    if ev.actor.code or ev.actor.country or r.label != "LOC" or r.name is not None:
        return None
    return "a visit to a town or region by no coded actor"


COURTESY_CALLS = words("courtesy_calls")


def _courtesy_call(doc: Document, ev: Event) -> str | None:
    """Why a meeting is a courtesy call, or None: greetings or a holiday visit ("الذي قدم للسلام على سموه وتهنئته
    بعيد الفطر", "وتبادلا التهنئة بعيد الفطر") with a side that has no country or organisation code (a regional
    governor receiving a judge): a local courtesy, not a contact between political actors."""
    if ev.event != "CONSULT" or ev.extension or ev.actor is None or not ev.recipients:
        return None
    if all(p.country or p.code for p in (ev.actor, *ev.recipients)):
        return None
    words_ = {t.norm for t in tokens_in(doc.text, ev.evidence.start, ev.evidence.end)}
    return "a courtesy call, not a political contact" if words_ & COURTESY_CALLS else None


PRESS_WORDS = words("press_words")
INTERVIEW_VERBS = words("interview_verbs")
BROADCAST_WORDS = words("broadcast_words")
_ON_AIR = ("في", "عبر", "ضمن", "خلال")


def _press_interview(doc: Document, ev: Event) -> str | None:
    """Why a meeting or call is an interview given to the press, or None: "في لقاء مع صحيفة لوفيغارو", "في
    لقاء لقناة ...", "في اتصال هاتفي أجرته معه «الشرق الأوسط»", a host's guest "استقبل في برنامجه". A meeting with
    journalists stays a meeting."""
    if ev.event != "CONSULT" or ev.extension:
        return None
    after = [t.norm for t in tokens_in(doc.text, ev.trigger.end, ev.evidence.end)[:5]]
    if _said_by_phone(doc, ev, after):
        return "a statement given by phone, not a contact"
    if _asked_for_comment(doc, ev):
        return "a call for comment, not a contact"
    for k, w in enumerate(after[:4]):
        if w == "مع" and k + 1 < len(after) and set(candidates(after[k + 1])) & PRESS_WORDS:
            return "an interview with the press, not a contact"
        if w[:1] == "ل" and set(candidates(w)) & PRESS_WORDS:
            return "an interview with the press, not a contact"
        if w in INTERVIEW_VERBS and k + 1 < len(after) and after[k + 1] in ("معه", "معها", "معهم", "معهما"):
            return "an interview with the press, not a contact"
        if w in _ON_AIR and k + 1 < len(after) and after[k + 1] in BROADCAST_WORDS:
            return "a guest on a broadcast, not a contact"
    return None


COMMENT_ASKS = words("comment_asks")
COMMENT_OBJECTS = words("comment_objects")


def _asked_for_comment(doc: Document, ev: Event) -> bool:
    """A call made to get a view ("واتصلت «الشرق الأوسط» بالوزير العمير لأخذ وجهة نظره", "للتعليق"): how the
    press gathers comment, not a contact between sides."""
    after = [t.norm for t in tokens_in(doc.text, ev.trigger.end, ev.evidence.end)[:12]]
    for k, w in enumerate(after):
        if w in ("للتعليق", "للتعقيب"):
            return True
        if w in COMMENT_ASKS and any(set(candidates(x)) & COMMENT_OBJECTS for x in after[k + 1:k + 3]):
            return True
    return False


SAYING_VERBS = words("report_verbs")
CALL_NOUNS = words("call_nouns")
_PARTNER_OPENERS = ("مع", "بين", "من")
_NOT_PARTNER_B = ("بعد", "بشان", "بسبب", "بحسب", "بخصوص", "بمناسبه")


def _said_by_phone(doc: Document, ev: Event, after: list[str]) -> bool:
    """"وقال الدكتور ياسين في اتصال هاتفي بعد وصوله إلى القاهرة، إن ...": the call is how the statement reached the
    reporter, not a contact with anyone; a call with a partner named after it ("في اتصال هاتفي مع نظيره") stays."""
    if not set(candidates(norm(doc.text[ev.trigger.start:ev.trigger.end]))) & CALL_NOUNS:
        return False
    before = [t.norm for t in tokens_in(doc.text, max(0, ev.trigger.start - 80), ev.trigger.start)][-7:]
    if not before or before[-1] not in ("في", "خلال", "عبر"):
        return False
    if not any(w.lstrip("وف") in SAYING_VERBS for w in before[:-1]):
        return False
    rest = [w for w in after if w not in ("هاتفي", "هاتفيا", "هاتفيه")]
    return not rest or not (rest[0] in _PARTNER_OPENERS or (rest[0].startswith("ب") and rest[0] not in _NOT_PARTNER_B)
                            or rest[0] in INTERVIEW_VERBS
                            or rest[0].startswith(("تلقا", "اجرا", "اجرت", "اجري")))
