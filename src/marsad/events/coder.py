"""The ``events`` pipeline component: PLOVER events from the body, title and heading sentences.

For each sentence: find triggers (``triggers``), read actor and recipient (``arguments``), set modes,
auxiliary modes, attribution and date (``aux``), let the sentence classifier confirm ASSAULT and PROTEST
(``classifier``), then merge reports of the same act (headline and body, restatements). Negated and
hypothetical events, and those that are no interaction between political actors (``non_events``), are not
reported as events; they are kept in ``doc.meta["events_not_reported"]``.
"""
from __future__ import annotations

import copy
import datetime
import re
from dataclasses import dataclass, field
from typing import Any, Sequence

from ..doc import Document, Span
from ..entities.roles import serves_another
from ..lang.ar.normalise import norm
from ..lang.ar.tokens import Token, tokens_in
from . import arguments as A
from . import aux as X
from .attacks import (after_target, attacker, counted_people, harm_noun, harm_only_sentences, harm_word, nisba_country,
                      victim_subject, victims)
from .lexicon import words
from .model import Event, Participant
from .non_events import bracketed_alias, not_reported, one_group, one_person
from .speech import speech_sides
from .triggers import ARTICLE, Trigger, candidates, find, masdar, needs_recipient

CODED_KINDS = {"body", "title", "heading", "caption"}
BARRIER_WORDS = words("barriers")
PROMPTED = words("prompted")
TIME_CLAUSE_OPENERS = words("time_clause_openers")
DEMONSTRATIVES = words("demonstratives")
ANAPHORIC_GROUPS = words("anaphoric_groups")
RESTATED_TYPES = {"CONSULT", "REQUEST", "AGREE", "COOPERATE", "SUPPORT"}
VERBAL = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"}  # someone says it
CLASSIFIED = {"ASSAULT", "PROTEST"}   # confirmed by the sentence classifier, may lack named participants
REMAINS = words("remains")
ACT_SUBJECTS = words("act_subjects")
UNNAMED_SUBJECTS = words("unnamed_subjects")
COUNT_SUBJECTS = words("count_subjects")
SUPPORT_HEADS = words("support_heads")
ATTACK_LINKS = words("attack_links")
SAYING = words("saying_adverbs")
SENT_RE = re.compile(r"[^.!?؟\n]+(?:[.!?؟]+|$)")


@dataclass
class Unit:
    start: int
    end: int
    kind: str
    line: int


@dataclass
class Ctx:
    doc: Document
    lead_value: str | None = None
    lead_span: Span | None = None
    events: list[Event] = field(default_factory=list)
    dropped: list[dict] = field(default_factory=list)
    speakers: dict[int, Participant] = field(default_factory=dict)   # the last speaker of each paragraph


# -- what to code ------------------------------------------------------------------------------

def units(doc: Document) -> list[Unit]:
    """Sentences to code, with the kind of segment they lie in."""
    text = doc.text
    segs = sorted(doc.layers.get("segments", ()), key=lambda s: s.start)
    sents = sorted(doc.layers.get("sentences", ()), key=lambda s: s.start)
    out: list[Unit] = []
    if sents:
        for s in sents:
            seg = doc.segment_at(s.start) if segs else None
            kind = s.attrs.get("segment") or (seg.label if seg else "body")
            out.append(Unit(s.start, s.end, kind, text.count("\n", 0, s.start) + 1))
    else:
        regions = [(s.start, s.end, s.label) for s in segs] or _lines(text)
        for lo, hi, kind in regions:
            for m in SENT_RE.finditer(text[lo:hi]):
                a, b = lo + m.start(), lo + m.end()
                while a < b and text[a].isspace():
                    a += 1
                if b > a:
                    out.append(Unit(a, b, kind, text.count("\n", 0, a) + 1))
    for lo, hi in _datelines(doc):     # "بندر الدوشي –سبق-متابعة: تعتبر زيارة ...": the credit is not the story
        for u in out:
            if lo <= u.start < hi < u.end:
                u.start = hi
    coded = [u for u in out if u.kind in CODED_KINDS]
    # a bare one-sentence record (no body found) is coded as body, not dropped as a title
    if coded and not any(u.kind == "body" for u in coded) and len({u.line for u in coded}) == 1:
        for u in coded:
            u.kind = "body"
    return coded


def _inside_quotes(text: str, start: int, at: int) -> bool:
    """Whether offset ``at`` lies inside a «...» quotation opened after ``start``."""
    stretch = text[start:at]
    return stretch.count("«") > stretch.count("»")


def _datelines(doc: Document) -> list[tuple[int, int]]:
    """Offsets of the datelines and credits opening a paragraph (set by the line-role reader)."""
    out = []
    for seg in doc.layers.get("segments", ()):
        dl = seg.attrs.get("dateline")
        if isinstance(dl, dict) and isinstance(dl.get("start"), int) and isinstance(dl.get("end"), int):
            out.append((dl["start"], dl["end"]))
    return out


def _lines(text: str) -> list[tuple[int, int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, pos + len(line), "body"))
        pos += len(line) + 1
    return out


# -- per sentence ------------------------------------------------------------------------------

def barriers(toks: list[Token], trigs: list[Trigger]) -> set[int]:
    """Tokens that end an event's argument window: clause openers, "بعد أن" / "قبل أن", and verb triggers."""
    out = {i for i, t in enumerate(toks) if t.norm in BARRIER_WORDS
           and not (t.norm == "غير" and i + 1 < len(toks) and toks[i + 1].norm in UNSCHEDULED)}   # not "غير المقرر"
    out |= {i for i, t in enumerate(toks[:-1]) if t.norm in TIME_CLAUSE_OPENERS and toks[i + 1].norm == "ان"}
    # "قتلت خمس نساء ...، ما دفع الشرطة إلى القبض على 27": what the act prompted is another clause, its subject no side
    out |= {i for i, t in enumerate(toks[:-1]) if t.norm in ("ما", "مما") and toks[i + 1].norm in PROMPTED}
    for tr in trigs:
        if tr.rule.kind == "verb":
            out.add(tr.tokens[0])
    return out


def window(i: int, bars: set[int], n: int) -> tuple[int, int]:
    lo = max([b for b in bars if b < i] + [-1]) + 1
    hi = min([b for b in bars if b > i] + [n])
    return lo, hi


def code_sentence(ctx: Ctx, u: Unit, prev_actor: Participant | None) -> list[Event]:
    doc = ctx.doc
    toks = tokens_in(doc.text, u.start, u.end)
    if not toks:
        return []
    skip = [c for c in X.cues() if c.aux == "skip"]
    if any(X._any(c.specs, toks, 0, min(len(toks), c.window)) for c in skip):
        return []
    trigs = find(toks)
    if not trigs:
        return []
    ents = list(doc.spans_in("entities", u.start, u.end))
    ms = A.mentions(doc, toks, ents, frozenset(tr.tokens[0] for tr in trigs))
    bars = barriers(toks, trigs)
    speaker = _speaker(toks, trigs, ms, bars) or ctx.speakers.get(u.line)
    if speaker is not None:
        ctx.speakers[u.line] = speaker
    amounts = list(doc.spans_in("quantities", u.start, u.end))
    people = [q for q in amounts if q.attrs.get("measures") == "people"]
    out: list[Event] = []
    read: list[tuple[Event, Trigger, int]] = []
    for tr in trigs:
        i = tr.tokens[0]
        if _set_phrase(toks, tr):
            continue
        lo, hi = window(i, bars, len(toks))
        last = tr.tokens[-1]
        hi = max(hi, min(len(toks), last + 1))
        ev = Event(tr.event, Span(tr.start, tr.end), Span(u.start, u.end), mode=tr.rule.mode,
                   extension=tr.rule.extension, segment=u.kind, from_caption=u.kind == "caption")
        ev.noun, ev.line = tr.is_noun, u.line
        _arguments(ev, tr, toks, ms, lo, hi, out, prev_actor, speaker, people)
        if tr.rule.extension and not tr.is_noun:
            speech_sides(ev, tr, toks, ms, hi, doc.text)
        _rejected_act(ev, tr, toks, ms, read)
        ev.aux = X.aux_modes(toks, i, lo, 0, len(toks), hi, verb=not tr.is_noun,
                             conditional_speech=tr.rule.extension or tr.event in ("THREATEN", "REQUEST", "ACCUSE"),
                             saying=tr.rule.extension and not tr.is_noun)
        if ev.event == "ASSAULT" and "historical" not in ev.aux and _crime_punished(toks, i):
            ev.aux.append("historical")
        if tr.is_noun and ev.event != "ASSAULT" and "future" not in ev.aux and _purpose(toks, tr):
            ev.aux.append("future")
        if ev.event == "ASSAULT" and "future" not in ev.aux and _purpose(toks, tr) and \
                (any(t.norm.lstrip("و") in PREPARED for t in toks[max(0, i - 3):i]) or _came_for(toks, i)):
            ev.aux.append("future")      # "47 عبوة ناسفة كانت معدة ومجهزة لاستهداف قوات الجيش": a plan
        if "future" not in ev.aux and _called_for(toks, tr, read):
            ev.aux.append("future")
        if "future" not in ev.aux and tr.is_noun and _during_what_will_be(toks, i):
            ev.aux.append("future")      # "سيجتمع خلال الزيارة مع نظيره": the visit is still to come
        if "future" not in ev.aux and tr.conj and any(
                e.event == ev.event and "future" in e.aux and
                ((e.noun and tr.is_noun) or toks[t.tokens[0]].norm == toks[i].norm[1:]) for e, t, _ in read):
            ev.aux.append("future")      # "طلب استقالة رئيس الحكومة ...، واستقالة رئيس الجمهورية": asked for too
        if "future" in ev.aux and _important_visit(ev, tr, toks, ms):
            ev.aux.remove("future")
        if "hypothetical" not in ev.aux and (_predicted(toks, tr) or _consequence_denied(toks, tr)):
            ev.aux.append("hypothetical")
        if i > 0 and toks[i - 1].norm in HABITUAL_HEADS:
            # "طالما ناشد به المجتمع اليمني الأمم المتحدة": again and again, before; "طالما يرفض": as long as
            mode = "hypothetical" if toks[i].norm.lstrip("وف").startswith(("ي", "ت")) else "historical"
            if mode not in ev.aux:
                ev.aux.append(mode)
        if "negated" not in ev.aux and (_refused(toks, tr) or _failed(toks, tr) or _called_off(toks, tr, hi, _nominal(doc, ev))):
            ev.aux.append("negated")
        if not ev.extension:
            ev.mode = X.event_mode(ev.event, ev.mode, toks, lo, hi)
        _date(ctx, ev, toks, lo, hi, u)
        ev.attribution = _attribution(doc, toks, ms, speaker, i)
        ev.location = next((m.part for m in A.between(ms, last + 1, hi) if m.prep == "في" and m.part.label == "LOC"), None)
        span_lo, span_hi = _comma_clause(toks, i, lo, hi)     # amounts and flags of this clause only
        ev.quantities = [q for q in amounts if span_lo <= q.start < span_hi]
        ev.flags = [f for f in doc.layers.get("flags", ()) if span_lo <= f.start < span_hi]
        ev.confidence = 0.55 + (0.15 if tr.rule.kind == "verb" else 0) + (0.1 if ev.actor else 0) + (0.05 if ev.recipients else 0)
        ev.anaphoric = _anaphoric(toks, tr, ev, lo, hi, out)
        out.append(ev)
        read.append((ev, tr, hi))
    for ev, tr, _ in read:
        _places_are_not_sides(ev)
        _names_not_sides(ev, toks)
        _directed_places(doc, ev, toks, tr)
    found = attacker(toks, trigs, ms)
    # "قصف عشوائي للحوثيين وقوات صالح": those named with the attacker attacked with it
    group = A.right_group(ms, found.first_tok, len(toks), toks) if found is not None else []
    fellows = {m.part.key() for m in group} if group and group[0].first_tok == found.first_tok else set()
    for ev, tr, hi in read if found is not None else ():
        # far from the trigger, the attacker still cannot be its target ("هجوماً وقع مساء السبت في مدينة مديات ...
        # ونسب إلى حزب العمال الكردستاني": the party the attack is put down to did not undergo it)
        if ev.event == "ASSAULT" and not ev.extension and (abs(tr.tokens[0] - found.first_tok) <= AGENT_REACH or any(
                r.key() == found.part.key() for r in ev.recipients)):
            agent = found.part
            ev.actor = ev.actor or agent
            said = {_surface(doc, agent), _surface(doc, ev.actor)}
            had = bool(ev.recipients)
            ev.recipients = [r for r in ev.recipients if r.key() != agent.key() and _surface(doc, r) not in said
                             and r.key() not in fellows
                             and not (r.name and r.name == agent.name) and not (r.code and r.code == agent.code)]
            if had and not ev.recipients:       # "قتل 4 أشخاص بنيران قوات الأمن": the name read as the target fired
                _hit(ev, tr, toks, ms, hi, people)
    return out


def _places_are_not_sides(ev: Event) -> None:
    """A town or region that no actor entry codes ("مأرب", "بوزانتي", "الطائف") is where the act happened, not
    who did it or to whom (capitals that stand for governments, "واشنطن", carry a code). The place of a visit
    stands for its country ("زيارته إلى أديس أبابا": ETH)."""
    def place(p: Participant | None) -> bool:
        return p is not None and p.label in ("LOC", "GPE") and not (p.code or p.country)
    if place(ev.actor):
        ev.location, ev.actor = ev.location or ev.actor, None
    kept: list[Participant] = []
    for r in ev.recipients:
        if not place(r):
            kept.append(r)
        elif ev.event == "CONSULT" and ev.mode == "visit" and r.place_country and not (
                ev.actor is not None and ev.actor.country == r.place_country):
            kept.append(Participant(r.start, r.end, None, r.place_country, r.place_country, None, r.label))
        else:
            ev.location = ev.location or r
    ev.recipients = kept


REFERRING = words("referring")


def _names_not_sides(ev: Event, toks) -> None:
    """Drop the recipients that are names said in passing: a name after "في إشارة إلى" explains a word said before
    it ("هجوم نفذته المنظمة الانفصالية الإرهابية» في إشارة إلى حزب العمال الكردستاني"), whose side the explained
    word holds; the countries of a border named where it happened ("على الحدود مع العراق وسورية") are no target,
    unless forces are massed there; and a tagged phrase praised is a thing, not an actor ("بالتحسن النسبي")."""
    def passing(p: Participant) -> bool:
        k = tr_index(toks, p.start)
        if k >= 2 and toks[k - 1].norm in ("الي", "ل") and toks[k - 2].norm in REFERRING:
            return True
        if ev.event == "SUPPORT" and p.code is None and set(candidates(toks[k].norm)) & PRAISED_THINGS:
            return True     # "أشاد ... بالتحسن النسبي في عمليات الإغاثة": a tagged phrase naming what is praised
        # "في مقاطعة سيرناك على الحدود مع العراق وسورية": the countries a border is shared with, the second too; but
        # forces massed on a border face the country across it ("وحشدت روسيا قوات كبيرة على الحدود مع أوكرانيا")
        return ev.event != "MOBILIZE" and any(toks[j].norm == "مع" and set(candidates(toks[j - 1].norm)) & BORDER_WORDS
                                              for j in range(max(1, k - 4), k))
    ev.recipients = [r for r in ev.recipients if not passing(r)]


DIRECTIONS = words("directions")


def _directed_places(doc: Document, ev: Event, toks, tr: Trigger) -> None:
    """A country or city named after a point of the compass ("قتلوا ... بمحافظة الضالع جنوبي اليمن", "في محافظة
    ديالى شمال شرق بغداد، قتل") says where the deaths or injuries happened, not who suffered or caused them; a place
    shelled ("قصف ... جنوب لبنان") stays the target. Who the dead or hurt fought ("قتلوا باشتباكات مع قوات الأمن")
    is not who was hit either."""
    i = tr.tokens[0]
    if ev.event == "ASSAULT":
        # "هجوم على تجمع للميليشيا في غرب اليمن": a place "في" a point of the compass is where, whatever the trigger;
        # so is a city or region after the target's own words ("استهداف دورية أمنية غرب الرياض"; not "قصف جنوب
        # لبنان", and a country keeps its place as the target of fire across a border: "على قطاع باجوات ... شرق باكستان")
        inside = [r for r in ev.recipients if _after_direction(toks, r) and (
            _word_before(toks, r, 2) == "في"
            or _object_before_direction(toks, tr, r) and _place_kind(doc, r) != "country")]
        if ev.actor is not None and _after_direction(toks, ev.actor) and _object_before_direction(toks, tr, ev.actor):
            ev.location, ev.actor = ev.location or ev.actor, None
        if inside:
            ev.location = ev.location or inside[0]
            ev.recipients = [r for r in ev.recipients if r not in inside]
    if ev.event != "ASSAULT" or not harm_word(toks[i].norm):
        return
    ev.recipients = [r for r in ev.recipients if _word_before(toks, r) != "مع"]
    if tr.is_noun or (i > 0 and toks[i - 1].norm in A.PREPOSITIONS):
        return      # "مسؤوليته عن قتل ضابطي شرطة في جنوب شرق تركيا": a killing named by its noun keeps its places
    kept: list[Participant] = []
    for r in ev.recipients:
        if _after_direction(toks, r):
            ev.location = ev.location or r
        else:
            kept.append(r)
    ev.recipients = kept
    if ev.actor is not None and _after_direction(toks, ev.actor):
        ev.location, ev.actor = ev.location or ev.actor, None   # "في محافظة ديالى شمال شرق بغداد، قتل أربعة أشخاص"


def _object_before_direction(toks, tr: Trigger, p: Participant) -> bool:
    """Words other than prepositions between the trigger and the point of the compass before ``p``: the
    compass point places the act's object ("استهداف دورية أمنية غرب الرياض"), it is not the object itself."""
    k = tr_index(toks, p.start) - 1
    between = toks[tr.tokens[-1] + 1:k]
    return k > tr.tokens[-1] and any(t.norm not in A.PREPOSITIONS for t in between)


def _word_before(toks, p: Participant, back: int = 1) -> str:
    k = tr_index(toks, p.start)
    return toks[k - back].norm if k >= back else ""


def _after_direction(toks, p: Participant) -> bool:
    """A place right after a point of the compass ("شمال شرق بغداد")."""
    return p.label in ("LOC", "GPE") and bool(set(candidates(_word_before(toks, p))) & DIRECTIONS)


IN_RETURN_FOR = words("in_return_for")
COURTESY_REQUESTS = words("courtesy_requests")
ANONYMITY = words("anonymity")
RELEASED_PAPERS = words("released_papers")
TANWEEN = frozenset("\u064b\u064c\u064d")     # fathatan, dammatan, kasratan: case endings of nouns, never of verbs
CONCEALMENT = words("concealment")
OWN_NAME = words("own_name")
NO_COMMENT = words("no_comment")
LAM_GOVERNORS = words("lam_governors")
ACHIEVEMENTS = words("achievements")
MEETING_MEMBERS = words("meeting_members")
CALLS = words("calls")
REACH_VERBS = words("reach_verbs")
RECEIVE_VERBS = words("receive_verbs")
SHAREHOLDERS = words("shareholders")
COURTS = words("courts")
AGAINST = words("against")
PREPARED = words("prepared")
CAME_FOR = words("came_for")
RESUMPTIVE_IN = words("resumptive_in")
INTO_THE_AIR = words("into_the_air")
ARTICLE_NOUNS = words("article_nouns")
NON_GOVERNMENT_POSTS = words("non_government_posts")
ALIF_LAM_VERBS = words("alif_lam_verbs")
HELD_IT = words("held_it")
GROUP_HEADS = words("group_heads")
EXPECTED_MARKS = words("expected_marks")
UNSCHEDULED = words("unscheduled")     # after غير: "من غير المقرر أن يزور" (a negation)
YIELDING_ACTS = frozenset({"RETREAT", "CONCEDE"})   # acts of giving way: refusing "الإفراج" is not doing it
NOMINAL_FORMS = words("nominal_forms")
SEASONS = words("seasons")
NOT_MASSED = words("not_massed")
SPEAKER_PRONOUNS = words("speaker_pronouns")
ARRIVAL_VERBS = words("arrival_verbs")
ENDANGERED = words("endangered")
SELF_HARM = words("self_harm")
MASCULINE_TITLES = words("masculine_titles")
POSING_VERBS = words("posing_verbs")
LOOMING_DANGERS = words("looming_dangers")
HELD_GOODS = words("held_goods")
SPOKEN_ATTACKS = words("spoken_attacks")
BARE_HANDS = words("bare_hands")
HELD_COUNTS = words("held_counts")
CALLED_OFF = words("called_off")
BORNE_GAP = words("borne_gap")
RECEIVED_CROWDS = words("received_crowds")
RECEIVES = ("استقبل", "يستقبل", "تستقبل")
HABITUAL_HEADS = words("habitual_heads")
BODILY_GIFTS = words("bodily_gifts")
PEJORATIVES = words("pejoratives")
TIME_ADVERBS = words("time_adverbs")
PUBLISHED = words("published")
PASSIVE_AUXILIARIES = words("passive_auxiliaries")
UNNAMED_GROUPS = words("unnamed_groups")
QUANTIFIERS = words("quantifiers")
PATIENT_MASDARS = words("patient_masdars")
REQUEST_NOUNS = words("request_nouns")
GUEST_WORDS = words("guest_words")
BURST_PARTS = words("burst_parts")
PERSONAL_APPLICATIONS = words("personal_applications")
DEFUSING = words("defusing")
SEARCHING = words("searching")
INCIDENT_WORDS = words("incident_words")
SOVEREIGNTY_CLAIMS = words("sovereignty_claims")
DANGER_HEADS = words("danger_heads")
FIGURES = words("figures")
STUDY_WORDS = words("study_words")
CASUALTY_NOUNS = words("casualty_nouns")
MANY_TIMES = words("many_times")
BASIS_HEADS = words("basis_heads")
LAUNCHING = words("launching")
RESPONSIBLE_FOR = words("responsible_for")
PRAISED_THINGS = words("praised_things")
VIEW_HEADS = words("view_heads")
ABOUT_WORDS = words("about_words")
VENUES = words("venues")
USING_VERBS = words("using_verbs")
INTERVIEW_NOUNS = words("interview_nouns")
TREATMENT_WORDS = words("treatment_words")
VISITING_FORCES = words("visiting_forces")
CONVERGING_THINGS = words("converging_things")
VISITED_SITES = words("visited_sites")
CIVILIAN_TRAINEES = words("civilian_trainees")
SIDE_ASIDES = words("side_asides")
CARRY_OUT = words("carry_out")
DOCUMENTS = words("documents")
CHARGES = words("charges")
DEFUSING_REACH = 6      # tokens between a seizing or defusing word and the explosive it acts on


_WELCOME = ("رحب", "يرحب", "ترحب", "ترحيب", "الترحيب", "بالترحيب")


def _rejected_act(ev: Event, tr: Trigger, toks, ms, read: list) -> None:
    """A said act named by a noun with its author after it, right after a rejection: "ورفضت إيران اتهامات
    واشنطن", "رفضت واشنطن طلب تركيا". The author made the accusation or request, to the one who rejects it
    (not the other way round), and the rejection answers the author, so it is coded with its recipient."""
    if ev.event not in ("ACCUSE", "REQUEST", "THREATEN") or not read:
        return
    rej, rtr, _ = read[-1]
    i = tr.tokens[0]
    if rej.event != "REJECT" or rej.extension or not 0 < i - rtr.tokens[-1] <= 3 or rej.actor is None:
        return
    if not (tr.is_noun or masdar_or_plural(toks[i].norm) or toks[i].norm in REQUEST_NOUNS):
        return
    author = next((m for m in ms if m.first_tok == tr.tokens[-1] + 1 and not m.prep), None)
    if author is None or author.part.key() == rej.actor.key():
        return
    ev.actor, ev.recipients = author.part, [rej.actor]
    rej.recipients = [author.part]


def _set_phrase(toks, tr: Trigger) -> bool:
    """A trigger word inside a set phrase that reports no act: "لقاء حصولها" (in return for her getting),
    "واستقبل جثمان الشهيد" (a body received: a funeral, not a visit), "طلب عدم الكشف عن هويته" (asked not to be
    named), "طلب ... نقل تحياته" (asked him to pass on greetings), "وإلى لقاء قريب" (a farewell), "اتفق مع
    فلان قائلا" (agreed with a view), "رفض التعليق" / "رفض الكشف عن اسمه" (declined to comment or to be named), "تبحث عن" (seeks), "الذي يؤيد" (a
    standing described), "حققت إنجازا" (achieved, not investigated), "رحب بضيف مصر" (a guest welcomed), "تدين له
    بالولاء" (owes loyalty), "الحشد الشعبي" (a name), "أطلقوا الرصاص في الهواء" (shots in the air), "الطالب" (a noun),
    "استقال من رئاسة الفيفا" (PLOVER codes the resignations of government officials only), "بتهمة إثارة الشغب" (a
    charge), "إزالة 450 عبوة ناسفة" (bombs removed)."""
    i, nxt = tr.tokens[0], tr.tokens[-1] + 1
    if len(tr.tokens) > 1 and toks[nxt - 1].norm == "مع" and nxt >= 2 and \
            set(candidates(toks[nxt - 2].norm)) & BORDER_WORDS:
        return True                 # "تبحث ... إجراءات لتعزيز أمنها على الحدود مع سوريا": a border, not a partner
    if toks[i].norm in ARTICLE_NOUNS:
        return True                 # "اللواء بدر الطالب": a noun or a surname, not "طالب" (demanded)
    if tr.event == "COOPERATE" and nxt < len(toks) and toks[nxt].norm in COOPERATION_NAMES:
        return True                 # "اجتماع وزراء خارجية التعاون الخليجي": the Gulf Cooperation Council
    if tr.event == "RETREAT" and not tr.is_noun and nxt + 1 < len(toks) and toks[nxt].norm in DEMONSTRATIVES and \
            any(t.norm == "علي" for t in toks[nxt + 1:nxt + 4]):
        return True                 # "وانسحب هذا المشهد على ريف إدلب": the scene carried over, no one withdrew
    if i > 0 and toks[i - 1].norm in A.RELATIVES and X.imperfect(toks[i].norm) and (
            tr.event == "SUPPORT" or (tr.event == "ACCUSE" and _describing(toks[i].norm))):
        # "حزب المؤتمر الذي يؤيد صالح", "حزب العمال الكردستاني الذي تصفه بأنه جماعة إرهابية": a standing, described
        return True
    if tr.event == "AGREE" and i > 1 and toks[i - 1].norm in ("علي", "الي") and \
            toks[i - 2].norm.lstrip("و") in BASIS_HEADS:
        return True                 # "تأتي بناءً على موافقة المقام السامي": the basis of something else
    if tr.event in VERBAL and not tr.is_noun and X.imperfect(toks[i].norm.lstrip("و")) and _document_subject(toks, i):
        return True                 # "يذكر أن الملحق يؤيد وجهة نظر الرئيس": a text's content, not an act
    if tr.event == "ASSAULT" and i > 1 and toks[i - 1].norm == "في" and \
            toks[i - 2].norm.lstrip("و").startswith(tuple(USING_VERBS)):
        return True                 # "كان المتمردون يستغلونه في قصف المدينة": what the camp served for
    if tr.event == "ASSAULT" and i > 0 and toks[i - 1].norm in LAUNCHING:
        return True                 # "محاولة المتمردين تشكيل مراكز متعددة لشن هجمات": a purpose, not carried out
    if tr.event == "AGREE" and any(toks[k].norm == "علي" and toks[k + 1].norm in VIEW_HEADS
                                   for k in range(nxt, min(nxt + 2, len(toks) - 1))):
        return True                 # "مصر والولايات المتحدة توافق على أهمية إيجاد حل": a shared view
    if tr.event == "CONSULT" and tr.rule.mode != "visit" and i > 0 and toks[i - 1].norm.lstrip("و") in ABOUT_WORDS \
            and not toks[i].norm.startswith("ال") and nxt < len(toks) and toks[nxt].norm.isalpha() \
            and not toks[nxt].norm.startswith("ال"):
        # "الحركة منقسمة بشأن محادثات سلام مع الحكومة الأفغانية": talks of a kind, a topic; not "وحول زيارة وزير
        # الدفاع الأميركي" (that visit, named)
        return True
    if tr.event != "ASSAULT" and i > 1 and toks[i - 1].norm == "عن" and toks[i - 2].norm.lstrip("و") in RESPONSIBLE_FOR:
        return True                 # "قيادات الحوثيين المسؤولين عن الحشد وتنظيم الصفوف": a role, not an act
    if tr.event == "CONSULT" and toks[i].norm.lstrip("و").startswith(RECEIVES) and i > 0 and \
            toks[i - 1].norm in ("الذي", "التي") and any(t.norm in VENUES for t in toks[max(0, i - 8):i - 1]):
        return True                 # "الفندق صاحب الموقع المتميز ... الذي استقبل عددا من كبار الضيوف": a venue
    if tr.event == "SUPPORT" and (toks[i].text.lstrip("وف").startswith("إيد") or toks[i].norm.lstrip("وف") == "ايد" and (
            any(c in TANWEEN for c in toks[i].text) or (i > 0 and toks[i - 1].norm.lstrip("و") in ("في", "بين")))):
        # "إيد رويس" (Ed Royce: the verb أيّد is written with hamza above); "في أيدٍ أمينة" (in safe hands: the
        # plural of يد)
        return True
    if tr.event == "REQUEST" and toks[i].norm.lstrip("و") == "طالب" and nxt < len(toks) and \
            set(candidates(toks[nxt].norm)) & STUDY_WORDS:
        return True                 # "العسيري طالب الدكتوراة في تخصص الاتصال": a student, not a demand
    if tr.event == "AID" and tr.rule.mode == "military" and any(
            set(candidates(t.norm)) & CIVILIAN_TRAINEES for t in toks):
        return True                 # "التعامل مع الموظفين السعوديين ... أكاديمية تؤهل السعوديين وتدربهم": staff training
    if tr.event == "REQUEST" and _claims_sovereignty(toks, nxt):
        return True                 # "تطالب كل من الفلبين وفيتنام بالسيادة على مناطق في البحر": a standing claim
    if tr.event == "THREATEN" and i > 0 and toks[i - 1].norm.lstrip("و") in DANGER_HEADS:
        return True                 # "أكبر تهديد لمصداقية نجيب", "يشكل تهديدا": a danger, not a threat made
    if tr.event == "AGREE" and any(set(candidates(t.norm)) & FIGURES for t in toks[nxt:nxt + 2]):
        return True                 # "ووافقت التقديرات الأولية توقعات السوق": figures that match
    if tr.event == "AGREE" and toks[i].norm.startswith("بالتوافق") and nxt < len(toks) and toks[nxt].norm == "مع":
        return True                 # "مشروع تحاول باريس صياغته بالتوافق مع الفلسطينيين": a manner, not an agreement
    if tr.event == "ASSAULT" and any(t.norm == "علي" and k + 1 < len(toks) and set(candidates(toks[k + 1].norm)) & ANIMALS
                                     for k, t in enumerate(toks[nxt:nxt + 4], nxt)):
        return True                 # "إطلاق النار على الحيوان": shots at an animal, no attack
    if tr.event == "ASSAULT" and not tr.is_noun and (_animal_subject(toks, nxt) or any(
            set(candidates(t.norm)) & ANIMALS and t.norm.lstrip("و") not in ASSAD for t in toks[max(0, i - 5):i])):
        # "اقتحم نمر مدرسة خاصة", "هاجمت مجموعة من أسماك البيرانا", "إن دبا أشيب واحدا على الأقل هاجم": an animal
        return True
    if tr.event == "ASSAULT" and harm_word(toks[i].norm) and any(
            set(candidates(t.norm)) & HURT_ANIMALS for t in toks[max(0, i - 8):i]):
        return True                 # "ضرب بقرة أخرى بهراوة، ما أسفر عن إصابتها": a hurt animal, no attack
    if tr.event == "ASSAULT" and _animal_attack(toks, max(0, i - 8), min(len(toks), nxt + 8)):
        return True                 # "أصيب مواطن ومقيم بعدما تعرضا لهجوم من قرد": an animal's attack
    if tr.event == "ASSAULT" and any(t.norm == "في" and k + 1 < len(toks) and toks[k + 1].norm in INTO_THE_AIR
                                     for k, t in enumerate(toks[nxt:nxt + 5], nxt)):
        return True                 # "وأطلقوا زخات الرصاص في الهواء": shots in the air
    if tr.event == "RETREAT" and tr.rule.mode == "resign" and any(
            t.norm in NON_GOVERNMENT_POSTS or set(candidates(t.norm)) & NON_GOVERNMENT_POSTS for t in toks[nxt:nxt + 11]):
        return True                 # "استقالته من رئاسة الفيفا", "من رئاسة التحرير": not a government office
    if tr.event == "RETREAT" and any(toks[k].norm == "من" and set(candidates(toks[k + 1].norm)) & MARKETS_AND_CONTESTS
                                     for k in range(nxt, min(nxt + 7, len(toks) - 1))):
        return True                 # "انسحبت ميتسوبيشي من إنتاج سياراتها", "انسحب من السباق": no yielding to a side
    if tr.event == "MOBILIZE" and nxt < len(toks) and toks[nxt].norm in ("الشعبي", "الوطني"):
        return True                 # "فصائل الحشد الشعبي": the Popular Mobilization Forces' name
    if tr.event == "ACCUSE" and tr.rule.mode == "disapprove" and _describing(toks[i].norm):
        # "ووصفها بأنها امتداد لموقف السعودية المشرف", "حرب وصفها ... بأنها «حرب وجودية»": a description is an
        # accusation only with a charge in it ("وصفت الولايات المتحدة إيران بأنها جزء من «محور الشر»")
        # "بأنه «مهم في منع تمويل الإرهاب»": a charge fought, also past the noun it governs
        return not any(set(candidates(t.norm)) & PEJORATIVES and toks[k - 1].norm.lstrip("و") not in AGAINST
                       and toks[k - 2].norm.lstrip("و") not in AGAINST
                       for k, t in enumerate(toks[nxt:nxt + 14], nxt))
    if tr.event == "AID" and toks[i].norm.lstrip("وف").startswith(("تبرع", "يتبرع", "تتبرع")) and any(
            set(candidates(t.norm)) & BODILY_GIFTS for t in toks[nxt:nxt + 8]):
        return True                 # "ويتبرع أقل من اثنين في المائة من الرومانيين بالدم": blood, not aid
    if tr.event == "THREATEN" and not tr.is_noun and i + 1 < len(toks) and \
            set(candidates(toks[i + 1].norm)) & (ENDANGERED | LOOMING_DANGERS):
        # "أجندة خارجية تهدد الأمن القومي": endangers; "برنامج ... الذي يهدده الفشل": a danger looms; no threat made
        return True
    if tr.event == "ASSAULT" and nxt < len(toks) and toks[nxt].norm in BARE_HANDS:
        return True                 # "لفض اشتباكات بالأيدي بين أحد الأطباء ...": a fistfight, no armed attack
    if tr.event == "ASSAULT" and not tr.is_noun and any(
            t.norm.lstrip("وفب") in SPOKEN_ATTACKS for t in toks[nxt:nxt + 5]):
        return True                 # "لأنه هاجم التنظيم خلال خطبه": an attack in words
    if tr.event == "COERCE" and tr.rule.mode == "arrest" and nxt < len(toks):
        k = nxt + 1 if toks[nxt].norm in HELD_COUNTS and nxt + 1 < len(toks) else nxt
        if set(candidates(toks[k].norm)) & HELD_GOODS:
            return True             # "أرامكو التي تحتجز ملايين الأمتار من الأراضي البيضاء": land held, no one detained
    if tr.event == "THREATEN" and not tr.is_noun and any(t.norm in SELF_HARM for t in toks[i + 1:i + 13]):
        return True                 # "هدد المواطن ... بوضع حد لحياته ... بالانتحار": himself, no one else
    if tr.event == "ACCUSE" and toks[tr.tokens[-1]].norm.lstrip("وبل").endswith("مسووليه") and len(tr.tokens) > 1 and \
            all(t.norm in BORNE_GAP for t in toks[i + 1:tr.tokens[-1]]):
        return True                 # "تحمل فيها مسؤولية الدبلوماسية": bore it himself, no one held responsible
    if tr.event == "CONSULT" and toks[i].norm.lstrip("وف").startswith(RECEIVES) and \
            any(set(candidates(t.norm)) & RECEIVED_CROWDS for t in toks[i + 1:i + 4]):
        return True                 # "تستقبل المرضى السعوديين", "يستقبل الزوار": patients or visitors, no talks
    if tr.event == "THREATEN" and tr.is_noun and any(t.norm in POSING_VERBS for t in toks[i + 1:i + 4]):
        return True                 # "والتهديد الذي يشكله على بريطانيا": a danger posed, no threat made
    if tr.event == "MOBILIZE" and tr.rule.mode == "troops" and i + 1 < len(toks):
        after = set(candidates(toks[i + 1].norm))
        if toks[i].norm.lstrip("و").startswith(("نشر", "ينشر", "تنشر")):
            return bool(after & PUBLISHED)      # "ونشر المرسوم الخاص بتشكيل القوة": published, not deployed
        if toks[i + 1].norm in ("فيه", "فيها", "له", "لها", "كل", "جميع") and i + 2 < len(toks):
            after |= set(candidates(toks[i + 2].norm))        # "حشد فيه كل أساليبه"
            if i + 3 < len(toks) and toks[i + 2].norm in ("كل", "جميع"):
                after |= set(candidates(toks[i + 3].norm))
        return bool(after & NOT_MASSED)         # "وحشد الرأي العام", "حشد الطاقات": no forces massed
    if tr.event == "ACCUSE" and tr.rule.mode == "disapprove" and toks[i].norm.lstrip("و").startswith(("ادان", "يدين", "تدين")):
        if toks[i].norm.lstrip("و")[:1] != "ا" and any(
                t.norm.startswith(("بالولاء", "بولاء", "بالفضل", "بدين")) for t in toks[nxt:nxt + 4]):
            return True             # "الذي تدين له بالولاء وحدات بالجيش": owes loyalty, no condemnation
        k = nxt + 1 if nxt < len(toks) and toks[nxt].norm in ("علنا", "صراحه", "ايضا", "كذلك") else nxt
        if toks[i].norm.lstrip("و")[:1] != "ا" and k < len(toks) and toks[k].norm.startswith("ل") and \
                not toks[k].norm.startswith("لل") and len(toks[k].norm) > 3:
            return True             # "حزب الله الذي يدين علنا لطهران": owes allegiance (a condemnation takes no ل)
        if any(t.norm in COURTS for t in toks[nxt:nxt + 3]):
            return True             # "وأدانت المحكمة صحافيي الجزيرة بنشر": a court's conviction, no condemnation
    if tr.event == "ACCUSE" and tr.rule.mode == "disapprove" and \
            toks[i].norm.lstrip("وفلب").startswith(("ادانته", "ادانتها", "ادانتهم", "ادانتهما")) and \
            nxt < len(toks) and toks[nxt].norm[:1] in ("ب", "ف") and any(t.norm.lstrip("وفلب") in COURTS for t in toks[:i]):
        return True                 # "قضت محكمة مصرية ... بإعدام القرضاوي لإدانته في قضية": convicted, no condemnation
    if tr.event == "RETREAT" and tr.rule.mode == "release" and \
            any(set(candidates(t.norm)) & RELEASED_PAPERS for t in toks[nxt:nxt + 5]):
        return True                 # "مشكلة الإفراج عن مثل هذه الأرقام": figures made public, no one freed
    if tr.event == "ACCUSE" and tr.rule.mode == "investigate" and i + 1 < len(toks):
        return bool(set(candidates(toks[i + 1].norm)) & ACHIEVEMENTS)  # "حققت إنجازا تاريخيا في": achieved
    if tr.event == "SUPPORT" and toks[i].norm.lstrip("و").startswith(_WELCOME):
        # "ورحب السيسي ... بضيف مصر", "الترحيب لسمو ولي العهد": a guest welcomed, a courtesy, not support
        to = next((t for t in toks[nxt:nxt + 12] if t.norm[:1] in ("ب", "ل") and not t.norm.startswith("بين")
                   and t.norm not in ("بن", "بنت")), None)     # "ورحب ... فهد بن معمر بكافة المشاركين"
        if any(a.norm == "طيب" and b.norm in ("الاقامه", "اقامه") for a, b in zip(toks[nxt:nxt + 20], toks[nxt + 1:nxt + 21])):
            return True             # "ورحب سمو أمير منطقة عسير بالجريسي، متمنياً له طيب الإقامة": a host's courtesy
        by = next((t for t in toks[nxt:nxt + 16] if t.norm.startswith("بال")), None)
        # "رحب المدير الإقليمي للحملة الدكتور بدر السمحان بالوفد": the ل of the subject's title comes first
        return any(t is not None and bool(({t.norm} | set(candidates(t.norm))) & GUEST_WORDS) for t in (to, by))
    if tr.event == "REJECT":        # "ورفض ممثلو الأمن العام التعليق": declined to comment
        if any(t.norm.lstrip("و") in ANONYMITY for t in toks[nxt:nxt + 2]) and \
                any(t.norm in OWN_NAME for t in toks[nxt + 1:nxt + 5]):
            return True             # "مسؤول تركي رفض الكشف عن اسمه": declined to be named
        if nxt < len(toks) and toks[nxt].norm in ("تاكيد", "نفي"):
            return True             # "ورفض تأكيد أو نفي إلقاء القبض على": declined to confirm or deny
        if any(a.norm == "الحديث" and b.norm in ("عن", "عما", "في", "فيما")
               for a, b in zip(toks[nxt:nxt + 5], toks[nxt + 1:nxt + 6])):
            return True             # "رفض كيربي الحديث عما سماها «تفاصيل عسكرية»": declined to talk about it
        return any(t.norm.lstrip("و") in NO_COMMENT for t in toks[nxt:nxt + 12])
    if tr.event == "AGREE":         # "اتفق مع الفزيع قائلا": he shared a view, saying ...; no commitment
        if not toks[i].norm.lstrip("وف").startswith("اتفق"):
            return False
        if any(t.norm in SAYING for t in toks[nxt:nxt + 5]):
            return True
        # "واتفق الوزراء على أن خطة العمل ...": agreed that something is so (a view), not to do something
        k = next((k for k in range(nxt, min(nxt + 5, len(toks) - 2))
                  if toks[k].norm == "علي" and toks[k + 1].norm == "ان"), None)
        return k is not None and not X.imperfect(toks[k + 2].norm)
    if tr.event == "CONSULT":
        if toks[i].norm.lstrip("و").startswith(("بحث", "يبحث", "تبحث")) and i + 1 < len(toks) and \
                toks[i + 1].norm == "عن":
            return True             # "إيران تبحث عن تطبيع العلاقات": seeks, not discusses
        if tr.rule.mode == "visit" and (any(t.norm in REMAINS for t in toks[nxt:nxt + 2])
                                         or (nxt < len(toks) and toks[nxt].norm in SEASONS)):
            return True             # "تستقبل رمضان بأزمة مياه": a season or a feast received, not a visitor
        if nxt < len(toks) and set(candidates(toks[nxt].norm)) & CONVERGING_THINGS:
            return True             # "هنا تلتقي مصالح إسرائيل وأميركا مع إيران": interests converge, no one meets
        visit = "زياره" in candidates(toks[i].norm)
        if nxt < len(toks) and (visit or _meeting_verb(toks[i].norm)) and \
                set(candidates(toks[nxt].norm)) & (VISITING_FORCES | (VISITED_SITES if visit else frozenset())):
            # "وزيارة المدن الساحلية في اليمن": places toured; "زيارة القوات البحرية المصرية إلى عدن": forces calling
            # at a port; "أن تلتقي القوة ... مع المحور الثاني": forces joining up; no meeting between actors
            return True
        if _shareholders_meeting(toks, nxt):
            return True             # "لحضور اجتماع الجمعية العامة العادية ... المساهمين": a company's meeting
        if toks[i].norm.lstrip("و") != "لقاء":
            return False
        if i > 0 and toks[i - 1].norm.lstrip("و") == "الي":      # "وإلى لقاء قريب": a farewell, or a call to meet
            return True
        return nxt < len(toks) and bool(set(candidates(toks[nxt].norm)) & IN_RETURN_FOR)
    if tr.is_noun and nxt < len(toks) and toks[nxt].norm in MANY_TIMES:
        return True                 # "الاحتجاجات الكثيرة التي ينظمها سائقو السيارات": many over time, no one act
    if tr.event == "ASSAULT" and any(set(candidates(t.norm)) & BURST_PARTS for t in toks[nxt:nxt + 3]):
        return True                 # "إثر انفجار إحدى الإطارات للمركبة": a tyre burst, an accident
    if tr.event == "ASSAULT" and any(set(candidates(t.norm)) & DEFUSING for t in toks[max(0, i - DEFUSING_REACH):i]):
        return True                 # "كما تم تفكيك 21 عبوة ناسفة": bombs defused, removed or found, no attack
    if tr.event == "ASSAULT" and any(toks[k].norm in SEARCHING and toks[k + 1].norm == "عن"
                                     for k in range(max(0, i - DEFUSING_REACH), i - 1)):
        return True                 # "بحثاً عن عبوات ناسفة أخرى": searched for, no attack
    if any(set(candidates(t.norm)) & CHARGES for t in toks[max(0, i - 3):i]):
        return True                 # "حكم عليهما ... بتهمة «إثارة الشغب»": the charge, not a report of the act
    if tr.event != "REQUEST":
        return False
    if i > 1 and toks[i - 1].norm in A.RELATIVES and _document_antecedent(toks, i - 1):
        return True                 # "ميثاق منظمة التعاون الإسلامي الذي يدعو إلى": a text's provision, not an act
    if nxt < len(toks) and set(candidates(toks[nxt].norm)) & PERSONAL_APPLICATIONS:
        return True                 # "بطلب اللجوء إلى فرنسا": a person's application, not a request between actors
    following = [set(candidates(t.norm)) for t in toks[nxt:nxt + 12]]
    if any(f & COURTESY_REQUESTS for f in following):
        return True
    if any(f & CONCEALMENT and any(g & OWN_NAME for g in following[k + 1:k + 4]) for k, f in enumerate(following[:3])):
        return True                 # "مسؤول تركي طلب التكتم على هويته": asked not to be named
    return any("عدم" in f and any(g & ANONYMITY for g in following[k + 1:k + 3]) for k, f in enumerate(following[:3]))


PUNISHMENTS = words("punishments")
SENTENCE_HEADS = words("sentence_heads")


def _crime_punished(toks, i: int) -> bool:
    """A killing named in a statement on a sentence carried out ("تنفيذ حكم القتل قصاصًا في أحد الجناة ... أقدم
    على قتل آخر"): the crime, recalled; not the punishment itself ("حكمين بالقتل"), which is the day's act."""
    return any(set(candidates(t.norm)) & PUNISHMENTS for t in toks) and not (
        i > 0 and set(candidates(toks[i - 1].norm)) & SENTENCE_HEADS)


def _meeting_verb(word: str) -> bool:
    """A verb of meeting someone ("التقى", "تلتقي", "يلتقيان")."""
    return word.lstrip("وف").startswith(("التق", "تلتق", "يلتق", "نلتق"))


def _claims_sovereignty(toks, nxt: int) -> bool:
    """A demand "بالسيادة" / "بملكية" within the next ten words of the clause ("تطالب كل من الفلبين
    وفيتنام وماليزيا بالسيادة على"): a standing claim to a territory, not a request."""
    for t in toks[nxt:nxt + 10]:
        if t.norm[:1] == "ب" and set(candidates(t.norm)) & SOVEREIGNTY_CLAIMS:
            return True
        if t.norm in (",", "،", ".", ":", "؛"):
            return False
    return False


ANIMAL_ATTACKS = words("animal_attacks")
HURT_ANIMALS = words("hurt_animals")
ASSAD = frozenset({"الاسد", "للاسد", "بالاسد"})    # before a verb, "قوات الأسد قصفت": the Syrian president, no lion
MARKETS_AND_CONTESTS = words("markets_and_contests")
FORCE_UNITS = words("force_units")
THANKS = words("thanks")
ANIMAL_GROUPS = QUANTIFIERS | words("animal_groups")


def _animal_subject(toks, k: int) -> bool:
    """An animal at token ``k``, or after a word of a group and من ("مجموعة من أسماك البيرانا")."""
    if k < len(toks) and set(candidates(toks[k].norm)) & ANIMALS:
        return True
    return k + 2 < len(toks) and toks[k].norm in ANIMAL_GROUPS and toks[k + 1].norm == "من" and \
        bool(set(candidates(toks[k + 2].norm)) & ANIMALS)


def _animal_attack(toks, lo: int, hi: int) -> bool:
    """An attack noun in ``toks[lo:hi]`` whose author, after من, is an animal ("لهجوم من قرد", "عضة من كلب")."""
    return any(set(candidates(toks[k].norm)) & ANIMAL_ATTACKS and toks[k + 1].norm in ("من", "قبل")
               and set(candidates(toks[k + 2].norm)) & ANIMALS for k in range(lo, hi - 2))


def _shareholders_meeting(toks, nxt: int) -> bool:
    """A meeting of a general assembly ("الجمعية العامة" / "العمومية" right after the meeting's word) in a
    sentence that speaks of shareholders or of an "ordinary" assembly: a company's meeting."""
    if not (nxt + 1 < len(toks) and toks[nxt].norm in ("الجمعيه", "للجمعيه") and toks[nxt + 1].norm in ("العامه", "العموميه")):
        return False
    return any(t.norm in SHAREHOLDERS for t in toks)


REFUSALS = words("refusals")
FAILURES = words("failures")
COOPERATION_NAMES = words("cooperation_names")
SAID_ACTS = {"ACCUSE", "REQUEST", "THREATEN", "REJECT", "PROTEST"}


def _document_antecedent(toks, rel: int) -> bool:
    """A text (charter, resolution, initiative) of the relative pronoun's gender stands within ten words before it:
    "بالمبادرة التي أطلقها الرئيس الروسي فلاديمير بوتين التي تدعو" (التي agrees with the initiative, not Putin)."""
    feminine = toks[rel].norm.lstrip("و") in ("التي", "اللتين", "اللاتي")
    for t in toks[max(0, rel - 10):rel]:
        doc = set(candidates(t.norm)) & DOCUMENTS
        if doc and any(d.endswith("ه") == feminine for d in doc):
            return True
    return False


def _document_subject(toks, i: int) -> bool:
    """A text is the subject right before the verb at ``i``, or heads a من phrase ending there ("قرار من المجلس
    المركزي لمنظمة التحرير الفلسطينية يدعو إلى")."""
    if i > 0 and set(candidates(toks[i - 1].norm)) & DOCUMENTS:
        return True
    return any(set(candidates(toks[j].norm)) & DOCUMENTS and toks[j + 1].norm == "من"
               for j in range(max(0, i - 7), i - 2))


def _refused(toks, tr: Trigger) -> bool:
    """An act named by a bare verbal noun right after a refusal ("رفضت الحكومة نشر قوات", "رفض لقاء الوفد") was
    refused, not done. Not a said act: "رفضت إيران اتهامات واشنطن" rejects accusations that were made; and not a
    definite noun ("رفض الهجوم", a condemnation of an attack that happened) unless the act is one of giving way
    ("ترفض السلطات الأمريكية الإفراج عن بولارد": the release is what they refuse)."""
    i = tr.tokens[0]
    if tr.event in SAID_ACTS or tr.rule.extension or (toks[i].norm.startswith(ARTICLE) and tr.event not in YIELDING_ACTS):
        return False
    return _in_clause_before(toks, i - 3, i, REFUSALS)


def _failed(toks, tr: Trigger) -> bool:
    """An act named after a failure and في/عن ("الإخفاق في التوصل لاتفاق", "فشلت الحكومة في عقد اجتماع") was not
    done; a failed attack ("فشلت في اقتحام المدينة") was still attempted, so attacks are left as they are."""
    i = tr.tokens[0]
    if tr.event == "ASSAULT" or i < 2 or toks[i - 1].norm not in ("في", "عن"):
        return False
    return _in_clause_before(toks, i - 5, i - 1, FAILURES)


def _called_off(toks, tr: Trigger, hi: int, noun: bool) -> bool:
    """A visit or meeting named by a noun and then said to be postponed or cancelled ("إن زيارة وزير الخارجية
    الإيراني محمد جواد ظريف لتركيا أُجلت") did not take place; read up to the end of the trigger's window, not
    across a comma. ``noun``: the trigger reads as a noun."""
    if not noun:
        return False
    last = tr.tokens[-1]
    for k in range(last + 1, min(hi, last + 10, len(toks))):
        w = toks[k].norm
        if w in (",", "،", "(", "«", '"'):
            return False
        if w.lstrip("و") in CALLED_OFF and toks[k - 1].norm.lstrip("و") != "من":    # not "من أجل"
            return True
    return False


def _in_clause_before(toks, lo: int, hi: int, wanted) -> bool:
    """One of ``wanted`` (with or without و/ف) among ``toks[lo:hi]``, read back from ``hi`` and not across a comma
    or a bracket (another clause)."""
    for t in reversed(toks[max(0, lo):hi]):
        if not t.norm[:1].isalpha():
            return False
        if t.norm.lstrip("وف") in wanted:
            return True
    return False


AGENT_REACH = 12     # tokens between an attacker's name and the attack it is read for


def _surface(doc: Document, p: Participant) -> str:
    return norm(doc.text[p.start:p.end]).lstrip("وفبل")


def _speaker(toks, trigs, ms, bars) -> Participant | None:
    for tr in trigs:
        if tr.event == "STATEMENT":
            i = tr.tokens[0]
            lo, hi = window(i, bars, len(toks))
            after = [m for m in A.between(ms, i + 1, min(hi, i + 5)) if not m.prep]
            if after:
                return after[0].part
            before = [m for m in A.between(ms, lo, i) if not m.prep]
            if before:
                return before[-1].part
    return None


SYMMETRIC = {"CONSULT", "COOPERATE", "AGREE"}
COPULAS = words("copulas")
VSO_GAP_OK = words("vso_gap")
GROUP_MEMBERS = words("group_members")
NOT_IN_GAP = {'"', "(", ")", ":", "-"} | A.PREPOSITIONS


def _vso_gap(toks, lo: int, hi: int) -> bool:
    """Only adverbs, pronoun objects or a role phrase between a verb and its following subject."""
    gap = toks[lo:hi]
    if 0 < len(gap) <= 2 and gap[-1].norm == '"':
        gap = gap[:-1]      # "هاجم مقاتلو «داعش»": the quote opens the name
    k = 1 if len(gap) > 1 and gap[0].norm in QUANTIFIERS else 0
    head = gap[k] if gap else None
    if head is not None and head.norm.lstrip("و") in UNNAMED_GROUPS and not (k + 1 < len(gap) and gap[k + 1].norm == "نظر"):
        # "وناشدت عائلة الضورة مقام خادم الحرمين الشريفين": the family asks; the King is asked; "استنكرت عدة
        # جهات بشدة تصريحات نوري المالكي": several bodies condemn; Maliki's statements are condemned
        return False
    if len(gap) <= 2 and all(t.norm in VSO_GAP_OK for t in gap):
        return True
    if any(_bound_preposition(t.norm) for t in gap[1:]):
        return False        # "استهدف قرية يسيطر عليها تنظيم داعش": the name is the subject of a relative clause
    return len(gap) <= 4 and all(t.norm not in NOT_IN_GAP and t.norm not in VSO_GAP_OK - {",", "فيها", "فيه"} and t.norm != ","
                                 for t in gap)


def _members_subject(toks, i: int, first: A.Mention) -> bool:
    """A verb (not a verbal noun) then a quantity of a group's members: "تظاهر عشرات من أعضاء منظمة معادية للزنوج"
    (the group named next did it; after "اعتقال 590 من عناصر تنظيم داعش" they are the ones held)."""
    gap = toks[i + 1:first.first_tok]
    return len(gap) == 3 and not masdar_or_plural(toks[i].norm) and \
        (gap[0].norm in QUANTIFIERS or gap[0].norm.isdigit()) and gap[1].norm == "من" and gap[2].norm in GROUP_MEMBERS


def _titled_subject(toks, lo: int, first: A.Mention) -> bool:
    """The gap after the verb is the name's own role phrase and a comma: "والتقى وزير الخارجية السعودي، عادل
    الجبير، نظيره الفرنسي" (the minister, named after his title, is the subject)."""
    gap = toks[lo:first.first_tok]
    return first.part.label == "PER" and first.part.role_start is not None and len(gap) >= 2 and \
        gap[-1].norm in (",", "،") and first.part.role_start == gap[0].start


def _describes(toks, i: int) -> bool:
    """The imperfect verb at ``i`` follows an indefinite accusative noun or adjective ("مؤشرا خطيرا يهدد
    السوريين"): it describes that noun, its subject; the name after it is its object, not its subject."""
    if i == 0 or not X.imperfect(toks[i].norm):
        return False
    w = toks[i - 1].norm
    return len(w) >= 4 and w.endswith("ا") and not w.endswith(("ها", "نا", "ما")) and not w.startswith(("ال", "وال"))


DISCUSSING_VERBS = words("discussing_verbs")


def _discussing(toks, i: int) -> bool:
    """The verb at ``i`` discusses: its object is a topic, its partner comes after مع ("ناقش ... مع نظيره")."""
    return toks[i].norm.lstrip("وف") in DISCUSSING_VERBS


def _own_visit(ev: Event, tr: Trigger, toks, ms, i: int, hi: int) -> bool:
    """"زيارته لمصر" with a person named before it: the pronoun is that person, the visitor, and the place after
    ل or إلى ("لجمهورية مصر العربية") is where he went ("وشكر الرئيس السيسي الأمير محمد بن سلمان على زيارته لمصر").
    Sets the sides and says so."""
    if not toks[i].norm.endswith(("زيارته", "زيارتها")):
        return False        # one visitor ("زيارتهم المرتقبة للكونغرس" is a group's)
    # (not a name after a preposition: "ما سمعه من المسؤولين الإيرانيين خلال زيارته إلى طهران" is the minister's
    # visit, and "الفريق المعاون لأوباما" is Obama's staff; but thanks go to the visitor: "الشكر لسمو ولي ولي العهد")
    before = [m for m in A.between(ms, 0, i) if m.part.label in ("PER", "ROLE") and (
        m.prep in ("", "ب") or (m.prep == "ل" and m.first_tok > 0 and toks[m.first_tok - 1].norm.lstrip("و") in THANKS))]
    after = [m for m in A.between(ms, i + 1, min(hi, i + 3))
             if m.prep in ("ل", "الي") or (m.first_tok > i + 1 and toks[m.first_tok - 1].norm.startswith("ل"))]
    if not before or not after or before[-1].part.key() == after[0].part.key():
        return False
    ev.actor, ev.recipients = before[-1].part, [after[0].part]
    return True


def _on_request_of(toks, i: int) -> bool:
    """The request at ``i`` is what another act answers: "بناء على طلب تركيا", "بطلب من الحكومة اليمنية"."""
    w = toks[i].norm
    return (i >= 2 and toks[i - 1].norm == "علي" and toks[i - 2].norm.lstrip("و") in ("بناء", "بناءا")) or \
        w in ("بطلب", "وبطلب") or (w == "طلب" and i >= 1 and toks[i - 1].norm in ("علي", "تلبيه", "لبت", "لبي"))


def _bound_preposition(word: str) -> bool:
    """A preposition carrying a pronoun: "عليها", "منه", "فيهم"."""
    return any(word.startswith(p) and word[len(p):] in A.ENCLITICS for p in ("علي", "من", "عن", "في", "الي", "مع"))


def _arguments(ev: Event, tr: Trigger, toks, ms, lo, hi, earlier: list[Event], prev_actor, speaker,
               people: list[Span]) -> None:
    i = tr.tokens[0]
    kind = tr.rule.kind
    if kind == "speech":
        ev.actor = speaker
        before = [m for m in A.between(ms, lo, i)]
        if before:
            ev.recipients = [before[-1].part]
        return
    if ev.event == "REQUEST" and _on_request_of(toks, i):
        # "يجتمع سفراء دول حلف شمال الاطلسي ... بناء على طلب تركيا": Turkey asked; those who act on it were asked
        by = [m for m in A.between(ms, i + 1, min(hi, i + 4)) if m.prep in ("", "من")]
        asked = [m for m in A.between(ms, 0, i) if not m.prep]
        ev.actor = by[0].part if by else None
        ev.recipients = [asked[0].part] if asked and by else []
        return
    if ev.event == "CONSULT" and _own_visit(ev, tr, toks, ms, i, hi):
        return
    if ev.event == "CONSULT" and _held_by(ev, toks, ms, i):
        return
    if _owned_masdar(ev, tr, toks, ms, i, hi):
        pass
    elif tr.is_noun:
        _noun_arguments(ev, tr, toks, ms, lo, hi)
    else:
        _verb_arguments(ev, tr, toks, ms, lo, hi)
        _masdar_patient(ev, tr, toks, ms)
    if not tr.is_noun and ev.event != "ASSAULT" and speaker is not None and speaker.start < toks[i].start \
            and i > 0 and toks[i - 1].norm in SPEAKER_PRONOUNS:
        _speaker_acts(ev, toks, ms, i, speaker)
    if ev.event == "CONSULT" and not tr.is_noun and i > 0 and toks[i - 1].norm in ("حيث", "وهناك"):
        _arrived_and_met(ev, toks, ms, i)
    # a death or injury noun ("وأشارت إلى مقتل 11 مدنيا") is no verb: it has no subject to inherit
    nominal = tr.is_noun or harm_noun(toks[i].norm)
    coordinated = tr.conj and not nominal
    same = [e for e in earlier if e.actor is not None and not e.extension]
    if coordinated and same and (ev.actor is None or ev.actor.key() != same[-1].actor.key()) \
            and not _own_named_subject(ev, toks, i):
        if ev.actor is not None and not ev.recipients and not 0 <= ev.actor.start - same[-1].actor.end <= 1:
            # "تحدث أوستن إلى ريزنيكوف وأكد له": the subject goes on (but "شنه متمردون أكراد واستهدف": the
            # word right after the subject describes it)
            ev.recipients = [ev.actor]
        ev.actor = same[-1].actor                     # coordinated verb: "التقى ... وحذره", "سمحت ... ودربت"
    if ev.actor is None and i > 0 and toks[i - 1].norm in A.RELATIVES and A.has_enclitic(toks[i]):
        ev.actor = speaker or (same[0].actor if same else None)   # "... التي وصفها": the sentence's subject
    if ev.actor is None and not nominal and i <= 2 and prev_actor is not None and not _named_subject(toks, i) \
            and not _participle_or_mimi(toks[i].norm) and not _after_passive_auxiliary(toks, i) \
            and not _passive_death(ev, toks, tr) and not _masculine_arrest_verb(toks, tr):
        # pronoun subject: the previous sentence's actor (but "واعتقل الرجل الذي أشعل الحريق", with no subject
        # of its own after the previous sentence's "شينخوا", is a passive: اُعتقل)
        ev.actor = prev_actor
    if ev.actor is None and tr.is_noun and ev.event not in ("ASSAULT", "PROTEST", "ACCUSE"):
        left = [m for m in A.between(ms, 0, i) if not m.prep]
        if left:
            ev.actor = left[0].part                   # a noun governed by the sentence's verb: its subject
    if ev.actor is not None:
        ev.recipients = [r for r in ev.recipients if not _same_state(ev.actor, r)]
        if not ev.recipients and not tr.is_noun:
            # not those named with the actor: "وقدمت فرنسا والنرويج وسويسرا مساعدات" (donors, not recipients)
            own = next((m for m in A.between(ms, i + 1, hi) if m.part.key() == ev.actor.key()), None)
            mates = A.right_group(ms, own.first_tok, hi, toks) if own is not None else []
            after = own.last_tok if own is not None else i     # objects follow a subject named after the verb
            preps = ("مع",) if _discussing(toks, i) else ("", "ب", "ل", "الي", "علي", "مع", "ضد")
            objs = [m for m in A.between(ms, after + 1, hi) if m.prep in preps
                    and not _same_state(ev.actor, m.part) and m not in mates and not _interviewer(toks, m)
                    and not (own is not None and _subjects_group(toks, own, m))]
            world = _world_asked(toks, i, objs[0]) if objs and ev.event == "REQUEST" else None
            if world is not None and ev.actor.end <= world.start:
                ev.recipients = [world]
            elif objs and not (ev.event == "REQUEST" and _unnamed_addressee(toks, i, objs[0], ms)) \
                    and not _not_object(ev, toks, objs[0]):
                ev.recipients = [objs[0].part]
    if not ev.recipients and ev.event == "ASSAULT":
        _hit(ev, tr, toks, ms, hi, people)
    if ev.event == "COERCE" and tr.rule.mode == "arrest":
        held = _detained(toks, tr, hi, people)
        if held is not None and (not ev.recipients or ev.recipients[0].start >= held.end) and \
                (ev.actor is None or not ev.actor.start <= held.start < ev.actor.end):
            ev.recipients = [held]   # "اعتقلت ... 590 شخصا متهمين بالارتباط بتنظيم داعش": the people held (a name
            # within the count, "خمسة فلسطينيين", is kept with its code)
    if not ev.recipients and ev.event in ("AID", "SUPPORT"):
        # "قدمت دعما للجيش": a لـ after the act, or before it after a word of support ("الداعم الرئيسي
        # لأوكرانيا ... فقد سمحت بشحن"); another لـ before it governs another noun ("التصريحات الأخيرة للمرشد")
        to = [m for m in ms if m.prep == "ل" and (ev.actor is None or m.part.key() != ev.actor.key())
              and (m.first_tok > i or any(t.norm.lstrip("و") in SUPPORT_HEADS
                                          for t in toks[max(0, m.first_tok - 3):m.first_tok]))]
        if to:
            ev.recipients = [to[0].part]
    r = _relative_before(toks, i)
    if not tr.is_noun and r is not None and A.has_enclitic(toks[i]):
        head = r
        if toks[r - 1].norm == ")":         # "محمد علاونة (19 عاما) الذي قتلته": the name before the aside
            head = next((j for j in range(r - 2, max(-1, r - 8), -1) if toks[j].norm == "("), r)
        ante = [m for m in A.between(ms, 0, head) if head - 2 <= m.last_tok <= head - 1]
        if _describing(toks[i].norm) and (not ante or ante[-1].part.label in ("LOC", "GPE")
                                          or A.between(ms, i + 1, min(hi, i + 9))):
            pass    # what is described is a thing, "حملة التجنيد في روسيا التي وصفها بأنها محاولة من بوتين": its
            # charge names the one accused (but "حزب العمال الكردستاني الذي تصفه بأنه جماعة إرهابية": the party)
        elif ante and (ev.actor is None or ante[-1].part.key() != ev.actor.key()):
            ev.recipients = [ante[-1].part]           # "باكستان التي يتهمها تنظيم داعش": Pakistan is accused
        elif not ante:
            # "المجموعة التي دربتها الولايات المتحدة", "المقاتلين ... الذين سلحتهم ودربتهم": the pronoun is a
            # group the text does not name; no later name is its object
            ev.recipients = []
    if not ev.recipients and A.has_enclitic(toks[i]) and ev.actor is not None and not tr.is_noun and r is None:
        objs = [m.part for m in A.between(ms, 0, i) if m.part.key() != ev.actor.key()]
        if objs and masdar_or_plural(A.strip_enclitic(toks[i].norm)):
            # "المالكي ... تأييده الفج لنظام بشار الأسد": on a verbal noun the pronoun is whose act it is, and the
            # name after it the one it is for
            ev.actor, ev.recipients = objs[-1], [ev.actor]
        elif objs:
            ev.recipients = [objs[-1]]


def _speaker_acts(ev: Event, toks, ms, i: int, speaker: Participant) -> None:
    """"قالت مصر اليوم إنها ترفض تدخل قطر": the pronoun after إن is the speaker, the verb's subject, and the name
    read as a subject after the verb is its object. The pronoun agrees with the speaker: "إنها" with a state or an
    organisation, "إنهما" / "إنهم" with speakers named together ("وقال الجبير ولافروف إنهما ناقشا": the two
    talked), "إننا" / "إنني" with anyone; not "إنه", which may open a passive report ("أنه قتل"). A person takes
    "إنها" only after a feminine saying verb ("وقالت قوة السند ... إنها داهمت", a force the recogniser took for a
    person)."""
    word = toks[i - 1].norm
    own = next((m for m in ms if m.part.start == speaker.start), None)
    group = A.right_group(ms, own.first_tok, i, toks) if own is not None else []
    group = [m for m in group if not m.prep and m.last_tok < i]
    if word.endswith(("هما", "هم")):
        if len(group) < 2:
            return                  # "وقال باراس ... إنهم رفضوا": they are others named in between
    elif word.endswith("ها") and speaker.label == "PER" and not (
            own is not None and own.first_tok > 0 and toks[own.first_tok - 1].norm.endswith("ت")):
        return                      # a person is "إنها" only after a feminine saying verb ("وقالت ...")
    if ev.actor is not None and ev.actor.key() != speaker.key() and ev.actor.start > toks[i].start:
        ev.recipients = [ev.actor]
    ev.actor = speaker
    if len(group) > 1 and ev.event in SYMMETRIC:
        ev.recipients = [m.part for m in group[1:]]
    ev.recipients = [r for r in ev.recipients if r.key() != speaker.key()]


def _arrived_and_met(ev: Event, toks, ms, i: int) -> None:
    """"وصل دي ميستورا أمس إلى دمشق حيث التقى وزير الخارجية وليد المعلم": the one who arrived is the one who met;
    the name after the meeting verb is whom he met."""
    verb = next((k for k in range(i - 2, -1, -1) if toks[k].norm in ARRIVAL_VERBS or toks[k].norm[1:] in ARRIVAL_VERBS), None)
    if verb is None:
        return
    who = next((m for m in A.between(ms, verb + 1, i - 1) if not m.prep), None)
    if who is None or (ev.actor is not None and ev.actor.key() == who.part.key()):
        return
    if ev.actor is not None and ev.actor.start > toks[i].start:
        ev.recipients = [ev.actor]
    ev.actor = who.part
    ev.recipients = [r for r in ev.recipients if r.key() != who.part.key()]


def _held_by(ev: Event, toks, ms, i: int) -> bool:
    """"خلال مباحثات أجراها وزير الخارجية السعودي عادل الجبير مع نظيره الروسي سيرغي لافروف", "في الاتصال الهاتفي الذي
    أجراه الرئيس أوباما مع الرئيس بوتين": the name right after the verb held the talks, the name after مع / ب took
    part. Without a name after the verb, the clause's subject before the noun held it ("واستعرض خادم الحرمين خلال اتصال
    أجراه أمس بالرئيس المصري")."""
    k = next((k for k in range(i + 1, min(len(toks), i + 4)) if toks[k].norm in HELD_IT), None)
    if k is None:
        return False
    after = [m for m in A.between(ms, k + 1, len(toks))]
    holder = next((m for m in after if not m.prep and m.first_tok <= k + 4), None)
    if holder is None:
        # "واستعرض خادم الحرمين خلال اتصال أجراه أمس بالرئيس المصري": the pronoun is the clause's subject
        holder = next((m for m in A.between(ms, 0, i) if not m.prep), None)
        start = k
    else:
        start = holder.last_tok
    if holder is None:
        return False
    partner = next((m for m in after if m.first_tok > start and m.prep in ("مع", "ب") and m.first_tok <= start + 12),
                   None)
    if partner is None:
        return False
    grp = A.right_group(ms, partner.first_tok, len(toks), toks)
    ev.actor, ev.recipients = holder.part, [m.part for m in grp if m.prep in ("", partner.prep)] or [partner.part]
    return True


def _awaited(doc: Document, ev: Event) -> bool:
    """A word right after the trigger (titles and names allowed) says the act is still awaited ("زيارة عادل الجبير
    وزير الخارجية السعودي المرتقبة")."""
    toks = tokens_in(doc.text, ev.trigger.end, min(len(doc.text), ev.evidence.end))
    return any(t.norm in EXPECTED_MARKS for t in toks[:8])


def _during_what_will_be(toks, i: int) -> bool:
    """The noun at ``i`` follows "خلال" after a verb in the future ("سيجتمع خلال الزيارة", "سوف يبحث خلال
    زيارته"), within the same clause."""
    if i < 2 or toks[i - 1].norm != "خلال":
        return False
    for k in range(i - 2, max(-1, i - 10), -1):
        w = toks[k].norm.lstrip("و")
        if w in (",", "،", ".") or w in BARRIER_WORDS:
            return False
        if w == "سوف" or (w[:1] == "س" and X.imperfect(w[1:])):
            return True
    return False


def _important_visit(ev: Event, tr: Trigger, toks, ms) -> bool:
    """"على أهمية زيارة صاحب السمو الملكي الأمير محمد بن سلمان للقاهرة": the importance of a visit whose visitor is
    named right after it (titles allowed) is said of a visit made, not wished for (unlike "أهمية التعاون")."""
    i = tr.tokens[0]
    if ev.event != "CONSULT" or ev.mode != "visit" or i == 0 or \
            toks[i - 1].norm.lstrip("وبل") != "اهميه":
        return False
    if any(t.norm in EXPECTED_MARKS for t in toks[i + 1:i + 9]):
        return False                # "أهمية زيارة بوتين المرتقبة": still awaited
    return any(not m.prep and m.part.label in ("PER", "ROLE") and m.first_tok <= i + 6
               for m in A.between(ms, i + 1, len(toks)))


def _own_named_subject(ev: Event, toks, i: int) -> bool:
    """A coordinated verb with its own subject named right after it and after a comma ("، وطالب الاتحاد الأوروبي
    بعدم التهاون"): a new clause with a new actor, not the earlier verb's subject going on. Only a coded actor: an
    uncoded group right after the verb is as often its object ("، وهاجمت المرابطين")."""
    if not (ev.vso and ev.actor is not None and ev.actor.code is not None and i > 0 and toks[i - 1].norm in (",", "،")
            and ev.actor.start <= toks[min(i + 2, len(toks) - 1)].end):
        return False
    # the verb agrees with its subject: "، ودربت الجيش الأوكراني" (a feminine verb, a masculine army) is the object
    head = toks[tr_index(toks, ev.actor.start)].norm.lstrip("وفبل")
    feminine_head = head.endswith("ه") or ev.actor.label in ("LOC", "GPE") and not set(candidates(head)) & MASCULINE_PLACES
    verb = toks[i].norm.lstrip("وف")
    return ev.actor.label == "PER" or verb.endswith("ت") == feminine_head


def _own_title(toks, subject: A.Mention, m: A.Mention) -> bool:
    """An office after a named subject and more of its titles, with no country of its own: the subject's own
    title ("التقى الأمير محمد بن سلمان ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع ... فخامة
    الرئيس فرانسوا هولاند": the defence minister is the prince, not whom he met)."""
    if m.part.label != "ROLE" or subject.part.label != "PER" or m.prep:
        return False
    if any(nisba_country(t.norm) not in (None, subject.part.country) for t in toks[m.first_tok:m.last_tok + 1]):
        return False                # "وزير الدفاع الأمريكي": another country's office (a country read by
        # coreference only, as from a later "وزير الدفاع جان إيف لودريان", does not count); the subject's own
        # country's office after more of his titles is his ("ولي ولي العهد وزير الدفاع السعودي")
    if m.part.code and not m.part.country:
        return False                # "مبعوث الأمين العام للأمم المتحدة": an organisation's office
    gap = toks[subject.last_tok + 1:m.first_tok]
    # "مبعوث الأمين العام": an office right after an envoy's or a deputy's word is the one they serve; a deputy's
    # office further along the subject's titles is still his ("محمد بن زايد ولي عهد أبوظبي نائب القائد الأعلى")
    serving = serves_another(gap[-1].norm) and not (len(gap) >= 2 and gap[-1].norm == "نايب") if gap else False
    return 0 < len(gap) <= 10 and not serving and not any(
        t.norm in A.PREPOSITIONS or not t.norm[:1].isalpha() or t.norm[:1] == "ب" or t.norm in TIME_ADVERBS for t in gap)


def _describes_subject(toks, subject: A.Mention, m: A.Mention) -> bool:
    """Adjectives right after a named body, a country's first ("طالب حزب اليسار الألماني المعارض"): they say
    whose and what the body is; they name no one else."""
    return m.part.label == "ROLE" and not m.prep and subject.part.label == "ORG" and \
        m.first_tok == subject.last_tok + 1 and nisba_country(toks[m.first_tok].norm) is not None and \
        bool(m.part.code)


def _own_organisation(toks, subject: A.Mention, m: A.Mention) -> bool:
    """The body the subject's own title names, with the subject's own code, before any comma after the name
    ("استنكر الدكتور عبد اللطيف الزياني الأمين العام لمجلس التعاون لدول الخليج العربية، بشدة، تصريحات نوري المالكي":
    the Gulf is his council, not whom he condemned)."""
    if not subject.part.code or m.part.code != subject.part.code or m.first_tok <= subject.last_tok or \
            m.part.label in ("PER", "ROLE") or m.prep not in ("", "ل"):
        return False                # a person of the same government is another side ("ولي العهد الأمير محمد بن نايف"),
        # and so is a body governed by the verb ("وطلب العبادي من وزارة العدل العراقية")
    gap = toks[subject.last_tok + 1:m.first_tok]
    return len(gap) <= 8 and all(t.norm[:1].isalpha() for t in gap)


def _unnamed_attacker_first(ev: Event, toks, i: int, first: A.Mention) -> bool:
    """"يقتل انتحاري ثلاثة جنود ليبيين": an unnamed attacker right after the verb is its subject, so the name after it
    is the victim."""
    gap = toks[i + 1:first.first_tok]
    return ev.event == "ASSAULT" and len(gap) >= 2 and (gap[0].norm in ACT_SUBJECTS or gap[0].norm in UNNAMED_SUBJECTS) \
        and (gap[1].norm in COUNT_SUBJECTS or any(ch.isdigit() for ch in gap[1].text))


def _subjects_group(toks, subject: A.Mention, m: A.Mention) -> bool:
    """``m`` names the group the subject belongs to, right after it ("مسلحون من جماعة «بوكو حرام»"): no other side."""
    gap = [t.norm for t in toks[subject.last_tok + 1:m.first_tok]]
    return bool(gap) and gap[0] == "من" and all(w in GROUP_HEADS or not w[:1].isalpha() for w in gap[1:]) \
        and subject.part.code is None


def _appositive_office(toks, subject: A.Mention, m: A.Mention) -> bool:
    """An office inside the named subject's appositive, between commas right after the name ("حسين هريدي، مساعد
    وزير الخارجية المصري الأسبق،"): a description of the subject, not another side."""
    if m.part.label != "ROLE" or subject.part.label != "PER" or m.prep:
        return False
    gap = [t.norm for t in toks[subject.last_tok + 1:m.first_tok]]
    after = [t.norm for t in toks[m.last_tok + 1:m.last_tok + 4]]
    closing = next((k for k, w in enumerate(after) if w in (",", "،")), None)
    return 2 <= len(gap) <= 3 and gap[0] in (",", "،") and all(w.isalpha() and w not in A.PREPOSITIONS for w in gap[1:]) \
        and closing is not None and all(w.isalpha() for w in after[:closing])


def _restated_subject(toks, subject: A.Mention, m: A.Mention) -> bool:
    """``m`` stands between commas right after the subject, at most two titles before it: the subject again
    ("مفتي مصر، الدكتور شوقي علام،"), not another side."""
    gap = [t.norm for t in toks[subject.last_tok + 1:m.first_tok]]
    closing = toks[m.last_tok + 1].norm if m.last_tok + 1 < len(toks) else ""
    return not m.prep and bool(gap) and gap[0] in (",", "،") and len(gap) <= 3 and \
        all(w.startswith("ال") for w in gap[1:]) and closing in (",", "،")


def _describing(word: str) -> bool:
    """A form of وصف (described), with or without a leading و/ف: "ووصفها", "وصفت", "يصف"."""
    return any(w.startswith(("وصف", "يصف", "تصف")) for w in (word, word[1:]))


def _participle_or_mimi(word: str) -> bool:
    """A word of a verb row that opens with م is a noun, no verb: "مظاهرة مناوئة" (a subheading), "متظاهرون";
    it has no pronoun subject to inherit."""
    w = word[1:] if word[:1] in ("و", "ف") and len(word) > 3 else word
    return w.startswith("م")


def _named_subject(toks: list[Token], i: int) -> bool:
    """The verb at ``i`` is followed by an indefinite noun in the nominative dual or plural, or by an
    indefinite weapon or attack (set ``act_subjects``) or an unnamed person (``unnamed_subjects``), its own
    subject though no actor: "واستهدف تفجيران انتحاريان نقطة تفتيش", "كما اعتقل شخصان مشتبه بهما", "واستهدف
    تفجير انتحاري مسجدا", "وقتل شرطي في هجوم شنه إرهابيون", "وقال مصدر أمني"."""
    if i + 1 >= len(toks):
        return False
    w = toks[i + 1].norm
    if w.isdigit() or w in COUNT_SUBJECTS:
        return True                          # "وقتل 39 متمردا على الأقل"
    if w.startswith(("ال", "وال")):
        return w in UNNAMED_SUBJECTS         # "كما ألقى الثوار القبض"
    return (len(w) >= 5 and w.endswith(("ان", "ون"))) or w in ACT_SUBJECTS or w.lstrip("و") in UNNAMED_SUBJECTS \
        or w in UNNAMED_GROUPS                # "وناشدت عائلة الضورة"


def _hit(ev: Event, tr: Trigger, toks, ms, hi: int, people: list[Span]) -> None:
    """Who an attack with no named target hit: the people it counts ("قتل 15 شخصا", "مقتل ثلاثة جنود أتراك"),
    else the country it took place in ("في بغداد": IRQ, the country, not its government)."""
    hit = victims(toks, tr, people)
    if hit is not None and (ev.actor is None or ev.actor.start >= hit.end or hit.start >= ev.actor.end):
        ev.recipients = [hit]
        return
    loc = next((m.part for m in A.between(ms, tr.tokens[0] + 1, hi) if m.prep == "في" and m.part.country), None)
    if loc is not None and (ev.actor is None or loc.country != ev.actor.country):
        ev.recipients = [Participant(loc.start, loc.end, None, loc.country, loc.country, None, loc.label)]


DETAINED_REACH = 10      # tokens between an arrest verb and the count of those it held


def _detained(toks, tr: Trigger, hi: int, people: list[Span]) -> Participant | None:
    """The people an arrest counts after its verb ("اعتقلت منذ الجمعة في جميع انحاء تركيا 590 شخصا", "ألقت القبض،
    في يونيو الماضي، على 18 طالبا سودانيا"), with the sector their noun tells and a nationality right after them; None
    when no count of people follows within the verb's window."""
    last = tr.tokens[-1]
    q = next((p for p in people if toks[last].end <= p.start), None)
    if q is None:
        return None
    k = next((j for j, t in enumerate(toks) if t.start >= q.start), len(toks))
    return None if k >= hi or k - last > DETAINED_REACH else counted_people(toks, q)


VISIT_WORDS = words("visit_words")
LEADING_VERBS = words("leading_verbs")
PROXY_GROUPS = words("proxy_groups")
TIME_HEADS = words("time_heads")
AFFILIATION_NOUNS = words("affiliation_nouns")
ANIMALS = words("animals")
STRIKE_SUBJECTS = words("strike_nouns")
VICTIM_HEADS = words("victim_heads")


def _same_state(a: Participant, r: Participant) -> bool:
    """``r`` is only the state ``a`` belongs to (not a person or group of it)."""
    if a.key() == r.key():
        return True
    return r.label in ("LOC", "GPE") and bool(r.country) and r.country == a.country


def _where_it_happened(m: A.Mention) -> bool:
    """A place after ب ("الشرعية باليمن", "في قصر السلام بجدة") is where an act happened, not a side of it."""
    return m.prep == "ب" and m.part.label in ("LOC", "GPE")


OWNED_AFTER = words("owned_after")     # no verb follows a preposition: "على رفضهم" is a noun


def _owned_masdar(ev: Event, tr: Trigger, toks, ms, i: int, hi: int) -> bool:
    """A verbal noun with a pronoun of its own and ل after it ("وأعادوا التأكيد على رفضهم لدعم إيران للإرهاب"):
    the pronoun is who rejects, so no actor is read from the words after it, and the name right after the ل-noun
    is the recipient. False (nothing set) when the trigger is not such a noun."""
    if ev.event not in VERBAL or not A.has_enclitic(toks[i]) or i + 1 >= hi or toks[i + 1].norm[:1] != "ل":
        return False
    if not (tr.is_noun or (i > 0 and toks[i - 1].norm in OWNED_AFTER)):
        return False
    ev.actor = None
    ev.recipients = [m.part for m in A.between(ms, i + 1, hi) if m.prep in ("", "ل") and m.first_tok <= i + 3][:1]
    return True


def _noun_arguments(ev: Event, tr: Trigger, toks, ms, lo, hi) -> None:
    i = tr.tokens[0]
    k = i + 1
    while k < min(hi, i + 3) and toks[k].norm != "بين":
        k += 1
    if k < hi and toks[k].norm == "بين":
        grp = A.right_group(ms, k + 1, hi, toks)
        if grp:
            ev.actor = grp[0].part
            ev.recipients = [m.part for m in grp[1:]]
            return
    right = A.between(ms, i + 1, hi)
    if ev.event == "ASSAULT" and harm_noun(toks[i].norm):
        # "فإن القتلى من داعش", "مقتل سبعة من عناصر بوكو حرام": the dead belong to the name; they did not kill
        victim = [m for m in right if m.prep in ("", "من") and m.first_tok <= i + 4]
        ev.recipients = [victim[0].part] if victim else []
        return
    if i + 1 < hi and toks[i + 1].norm.lstrip("و") in REACH_VERBS and right and right[0].first_tok <= i + 3:
        ev.recipients = [right[0].part]                    # "حملة اعتقالات شملت تنظيم داعش": Daesh was its target
        return
    if ev.event == "CONSULT" and _received_call(ev, toks, ms, i, lo, right):
        return
    by = i + 1 < hi and toks[i + 1].norm == "من"           # "بطلب من وزير الدفاع الأمريكي ، لويد أوستن"
    subj = [m for m in right if (m.prep in ("", "من") and m.first_tok <= i + 3 and not _preposition_between(toks, i, m))
            or (by and m.prep in ("", "من") and m.first_tok <= i + 8)]
    if not subj and ev.event == "CONSULT" and ev.mode == "visit":
        # "الزيارة التاريخية للأمير محمد بن سلمان إلى فرنسا": the person after the lam of the visit is the visitor
        subj = [m for m in right if m.prep == "ل" and m.part.label == "PER" and m.first_tok <= i + 3]
    if subj:
        ev.actor = subj[0].part
    cut = _other_nouns_relative(toks, tr, hi)
    ev.recipients = [m.part for m in right if m.prep in ("ب", "ل", "الي", "علي", "مع", "ضد")
                     and m.part is not ev.actor and not _where_it_happened(m) and m.first_tok < cut
                     and not _border_with(toks, m)][:1]
    if ev.actor is not None and not by and (_patient_genitive(ev, subj[0], i, toks) or _passive_patient(toks, i, subj[0])):
        ev.recipients, ev.actor = [ev.actor], None     # "زيارة مصر", "احتجاز 5 نيباليين": what undergoes it
    if ev.actor is None and ev.event in ("MOBILIZE", "COERCE", "SANCTION"):
        loc = next((m.part for m in right if m.prep == "في" and m.part.country), None)
        if loc:
            ev.actor = Participant(loc.start, loc.end, None, loc.country, loc.country, None, loc.label)


def _other_nouns_relative(toks, tr: Trigger, hi: int) -> int:
    """Index of the first relative pronoun after a noun trigger whose gender does not fit the trigger: it opens
    a clause about another noun ("أن اللقاء وقع صباحا قبل خطبة ساركوزي التي تطرقت للجزائر"), whose names are
    not the meeting's sides; ``hi`` when there is none."""
    word = toks[tr.tokens[0]].norm
    feminine = word.endswith(("ه", "ات"))
    for k in range(tr.tokens[-1] + 1, hi):
        w = toks[k].norm
        if w in A.RELATIVES:
            return k if (w == "التي") != feminine and w in ("الذي", "التي") else hi
    return hi


def _received_call(ev: Event, toks, ms, i: int, lo: int, right) -> bool:
    """"تلقى الأمير محمد بن نايف اتصالاً هاتفياً اليوم من الأمير سلمان بن حمد": the one after من made the call (the
    actor) and the subject of the receiving verb took it (the recipient). False when no receiving verb governs the
    call noun or no caller is named."""
    rv = next((k for k in range(i - 1, max(lo, i - 20) - 1, -1) if toks[k].norm.lstrip("وف") in RECEIVE_VERBS), None)
    caller = [m for m in right if m.prep == "من" and m.first_tok <= i + 12]
    if rv is None or not caller:
        return False
    taker = [m for m in A.between(ms, rv + 1, i) if not m.prep]
    ev.actor = caller[0].part
    ev.recipients = [taker[0].part] if taker else []
    return True


def masdar_or_plural(word: str) -> bool:
    """A verb-rule trigger word that is a verbal noun or a plural ("اعتقالات", "اعتقال"), not a finite verb."""
    return any(masdar(c) or c.endswith("ات") for c in candidates(word))


WANTED_JOINTLY = frozenset({"COOPERATE", "CONSULT", "AGREE", "AID", "SUPPORT"})


def _called_for(toks, tr: Trigger, read: list) -> bool:
    """The act is what a request just before it asks for: "دعت أنصارها إلى التظاهر", "طالب بالإفراج عن":
    wanted, not done."""
    i = tr.tokens[0]
    after_to = i > 0 and toks[i - 1].norm == "الي"
    if after_to or (tr.is_noun and toks[i].norm.startswith("ب")):
        # "ودعت نقابة الموظفين ونقابة «بامي» القريبة من الحزب الشيوعي إلى تجمع احتجاجي"; "ووجه العامري نداء عبر
        # «الرياض» إلى الانقلابيين بالانسحاب"
        for t in reversed(toks[max(0, i - (13 if after_to else 8)):i - after_to]):
            if t.norm in (",", "،", ".", ":") or t.norm in A.RELATIVES:
                break
            if t.norm.lstrip("وف") in CALLS:
                return True
    if tr.event in WANTED_JOINTLY and toks[i].norm.startswith(("ال", "وال")) and \
            (tr.is_noun or masdar_or_plural(toks[i].norm)):
        # "ودعا والد الرهينة السلطات الفرنسية والرئيس فرنسوا هولاند التعاون مع مصر": the call's object, no إلى
        for t in reversed(toks[max(0, i - 13):i]):
            if t.norm in (",", "،", ".", ":") or t.norm in A.RELATIVES:
                break
            if t.norm.lstrip("وف") in CALLS:
                return True
    if not read:
        return False
    before = read[-1][1]
    if before.event == "REQUEST" and 0 < i - before.tokens[-1] <= 3 and (
            toks[i - 1].norm == "الي" or (toks[i].norm.startswith("ب") and i - before.tokens[-1] == 1)):
        return True
    # "إن هادي طلب خلال اللقاء زيارة القوات البحرية المصرية إلى عدن": an indefinite noun a request verb takes for
    # its object is what is asked for
    asked = [r[1] for r in read if r[1].event == "REQUEST" and not r[1].is_noun and 0 < i - r[1].tokens[-1] <= 4]
    if asked and toks[asked[-1].tokens[-1] + 1].norm == "من" and not any(
            t.norm in (",", "،", ".", ":", "و") or t.norm in A.RELATIVES for t in toks[asked[-1].tokens[-1] + 1:i]):
        return True     # "ويطلب من الحكومة سحب القوات": after "طلب من" and the one asked comes what is asked
    noun = tr.is_noun or toks[i].text.endswith("ة") or masdar_or_plural(toks[i].norm)
    return bool(asked) and noun and not toks[i].norm.startswith(("ال", "وال", "بال", "لل")) and not any(
        t.norm in (",", "،", ".", ":") for t in toks[asked[-1].tokens[-1] + 1:i])


PREDICTING_VERBS = words("predicting_verbs")
_THAT = ("ان", "بان", "لان", "وان", "فان")


def _predicted(toks, tr: Trigger) -> bool:
    """A verbal noun after "أن" that is the subject of a prediction: "حذر أوباما من أن رفض الكونجرس للاتفاق ...
    سيؤدي إلى حرب" (the rejection is what would lead to war, not an act that happened). Right after أنّ no verb
    in the perfect stands, so "رفض" there is the noun."""
    i = tr.tokens[0]
    if X.imperfect(toks[i].norm):
        return False
    # right after أن, or after one noun that governs it ("إن محور زيارة لافروف سيكون ...")
    if not ((i > 0 and toks[i - 1].norm in _THAT) or (i > 1 and toks[i - 2].norm in _THAT and
                                                      toks[i - 1].norm not in A.PREPOSITIONS and toks[i - 1].norm.isalpha())):
        return False
    return any(t.norm.lstrip("و") in PREDICTING_VERBS for t in toks[tr.tokens[-1] + 1:tr.tokens[-1] + 11])


def _consequence_denied(toks, tr: Trigger) -> bool:
    """A verb in the imperfect with ف after a denial ("لم يكن حرق الطفل ... جريمة إسرائيل الأولى، فيدينها مجلس
    الأمن"): what would follow, had the denied been so; nothing done."""
    i = tr.tokens[0]
    if not tr.conj or not toks[i].norm.startswith("ف") or not X.imperfect(toks[i].norm[1:]):
        return False
    return any(t.norm.lstrip("و") in ("لم", "لن", "ليس", "ليست") for t in toks[max(0, i - 15):i])


def _came_for(toks, i: int) -> bool:
    """A verb of coming up to ten words before ("قدموا إلى قرية الجنادية في أرحب لاختطاف"), no comma between."""
    for t in reversed(toks[max(0, i - 10):i]):
        if t.norm in (",", "،", ".", ":"):
            return False
        if t.norm.lstrip("و") in CAME_FOR:
            return True
    return False


def _purpose(toks, tr: Trigger) -> bool:
    """A verbal noun with the lam of purpose ("لإجراء محادثات", "لزيارة مدينة جازان", "للتعاون"): what an actor
    set out to do, not what was done; not a لـ governed by the word before ("استجابة لطلب", "تعرض لإطلاق نار")."""
    i = tr.tokens[0]
    if i > 1 and toks[i - 1].norm == "في" and _lam_masdar(toks[i - 2].norm) and not (
            i > 2 and toks[i - 3].norm.lstrip("و") in LAM_GOVERNORS):
        return True     # "للانخراط في محادثات السلام", "للمشاركة في المظاهرة": joining it is the purpose
    if i > 0 and toks[i - 1].norm.lstrip("و") in LAM_GOVERNORS:
        return False
    if toks[i].norm.startswith("ب") and any(t.norm in CARRY_OUT for t in toks[max(0, i - 3):i]):
        return True     # "لجنة أممية للقيام فوراً بزيارة الأراضي الفلسطينية": to carry out a visit
    word = toks[i].norm
    form = tr.rule.specs[0].form(word)
    rest = _after_lam(word)
    if not form or rest is None or form.startswith("ل"):
        return False
    return rest.startswith(form) or ("ال" + rest).startswith(form)


def _after_lam(word: str) -> str | None:
    """The word after its lam (and a leading و/ف): "للتعاون" -> "تعاون", "لزيارة" -> "زياره"; None without one."""
    bare = word[1:] if word[:1] in "وف" and len(word) > 3 else word
    if not bare.startswith("ل"):
        return None
    return bare[2:] if bare.startswith("لل") else bare[1:]


def _lam_masdar(word: str) -> bool:
    """"للانخراط", "للمشاركة", "لاستئناف": the lam of purpose on a verbal noun of a derived form (``masdar``) or
    of the form مفاعلة."""
    rest = _after_lam(word)
    if rest is None or len(word.lstrip("وف")) < 5:
        return False
    return masdar(rest) or (len(rest) == 6 and rest[0] == "م" and rest[2] == "ا" and rest[-1] == "ه")


def _masdar_patient(ev: Event, tr: Trigger, toks, ms) -> None:
    """A verbal noun listed among a row's verbs ("اعتقال عبدالخالق", "احتجاز 5 نيباليين") read as a verb took
    the name after it for its subject; that name is who underwent it."""
    i = tr.tokens[0]
    if ev.actor is None or not (masdar(tr.rule.specs[0].form(toks[i].norm) or "") or _after_passive_auxiliary(toks, i)):
        return                  # (after "تمت" any verbal noun: "وتمت إدانة توم هايز")
    m = next((m for m in A.between(ms, i + 1, len(toks)) if m.part.key() == ev.actor.key()), None)
    if m is not None and (_patient_genitive(ev, m, i, toks) or _passive_patient(toks, i, m)):
        ev.recipients, ev.actor = [ev.actor], None


def _after_passive_auxiliary(toks, i: int) -> bool:
    """The trigger at ``i`` follows "تم" / "جرى" / "يتم" ...: the act is told in the passive ("وجرى الإفراج عن")."""
    return i > 0 and toks[i - 1].norm.lstrip("وف") in PASSIVE_AUXILIARIES


def _passive_patient(toks, i: int, m: A.Mention) -> bool:
    """After "تم" / "يجري" the verbal noun is a passive: a name after it underwent the act ("تم اعتقال قاري ذبيح الله
    قائد طالبان"), unless "من قبل" / "على يد" names it as the doer."""
    if not _after_passive_auxiliary(toks, i) or m.first_tok <= i:
        return False
    gap = [t.norm for t in toks[i + 1:m.first_tok]]
    return not any(g.lstrip("و") in ("قبل", *A.HANDS) and k > 0 and gap[k - 1] in ("من", "علي")
                   for k, g in enumerate(gap)) and not (gap[-1:] and gap[-1] in ("بيد", "بايدي"))


def _preposition_between(toks, i: int, m: A.Mention) -> bool:
    """A preposition stands between token ``i`` and ``m``: "غاراتها على مواقع المتمردين" (the name is another
    noun's genitive, not the subject of the trigger noun)."""
    return any(t.norm in A.PREPOSITIONS for t in toks[i + 1:m.first_tok])


def _patient_genitive(ev: Event, m, i: int, toks) -> bool:
    """The name right after a visit, detention, death or injury noun is the place visited, the people held or
    the victims ("مقتل جنديين تركيين"), not the doer."""
    if m.prep or m.first_tok > i + 2:
        return False
    if ev.event == "CONSULT" and ev.mode == "visit":
        return m.part.label in ("LOC", "GPE")
    if ev.event == "ASSAULT":
        return harm_word(toks[i].norm) or bool(set(candidates(toks[i].norm)) & PATIENT_MASDARS)
    return ev.event == "COERCE" and m.part.label in ("NORP", "GROUP", "PER", "ROLE")


def _passive_death(ev: Event, toks, tr: Trigger) -> bool:
    """"وقتل ما لا يقل عن 260 مقاتلا": a singular death or injury verb with no subject named is a passive, with no
    pronoun subject to inherit."""
    i = tr.tokens[0]
    return ev.event == "ASSAULT" and harm_word(toks[i].norm) and not _plural_verb(toks, tr) and not A.has_enclitic(toks[i])


def _said_in_statement(ev: Event, toks, ms, i: int, lo: int, hi: int, right) -> bool:
    """"أصدرت شركة نايت تقريرا اتهمت فيه كليات الصحافة ...": a verb right before فيه tells what the statement
    said; its author, named before the statement with nothing but the statement between, is the subject, and one
    name alone after فيه is the object (two names, "بيان دعت فيه أوبك المنتجين", read subject then object)."""
    if i + 1 >= hi or toks[i + 1].norm not in RESUMPTIVE_IN:
        return False
    bare = [m for m in right if not m.prep and m.first_tok <= i + 6]
    if len(bare) != 1 or bare[0].first_tok != i + 2 or (len(right) > 1 and right[1].first_tok == bare[0].last_tok + 1):
        return False
    holder = [m for m in A.between(ms, max(lo, i - 12), i) if not m.prep]
    if not holder or holder[-1].last_tok >= i - 1 or any(t.norm in (",", "،", "ان") or t.norm in A.RELATIVES
                                                         for t in toks[holder[-1].last_tok + 1:i]):
        return False
    ev.actor, ev.recipients = holder[-1].part, [bare[0].part]
    return True


def _after_target_noun(toks, i: int, k: int) -> bool:
    """Whether the name at ``k`` owns a target the verb at ``i`` struck: right after a target noun ("مواقع تنظيم
    داعش"), or after one and a word with ل ("موقعا للانقلابيين الحوثيين")."""
    return after_target(toks, k) or (k - 2 > i and toks[k - 1].norm.startswith("ل") and after_target(toks, k - 1))


def _plural_before_feminine_verb(toks, m: A.Mention, i: int, ms) -> bool:
    """A masculine plural right before a feminine singular verb that has a subject of its own right after it
    ("ثلاثة أشقاء سعوديون ألقت السلطات السعودية القبض عليهم"): the verb does not agree with it, so it is not the
    subject (it would read "ألقوا")."""
    verb = toks[i].norm.lstrip("وف")
    return m.last_tok == i - 1 and toks[m.last_tok].norm.endswith("ون") and verb.endswith("ت") and \
        any(not r.prep and r.first_tok == i + 1 for r in ms)


def _verb_arguments(ev: Event, tr: Trigger, toks, ms, lo, hi) -> None:
    i = tr.tokens[0]
    left = [m for m in A.between(ms, lo, i) if not m.prep]
    subj_left = None
    near = A.between(ms, lo, i)
    if near:
        m = near[-1]
        gap = [t.norm for t in toks[m.last_tok + 1:i]]
        # "لويد أوستن ، الذي طالب": the antecedent acts; "روسيا التي وصفها": the antecedent is the object
        relative = any(g in A.RELATIVES for g in gap) and not A.has_enclitic(toks[i])
        # "قرر كيري أن يلتقي": the subject of a verb wanted after أن is the one who wants it
        wanted = gap[-1:] == ["ان"] and X.imperfect(toks[i].norm)
        # "... مقاتلي الجيش الاسرائيلي، ورحبت حركتي حماس": a comma, then a verb joined by و with a subject of its
        # own, opens another clause ("الرائد عبدالعزيز الحربي، وقال:" goes on)
        new_clause = not relative and "," in gap and A.conjunction(toks[i]) and \
            any(not r.prep and i < r.first_tok <= i + 3 for r in ms)
        if len(gap) <= 3 and (not m.prep or relative) and not (any(g in A.RELATIVES for g in gap) and not relative) and \
                not new_clause and not _plural_before_feminine_verb(toks, m, i, ms) and \
                all(g in A.RELATIVES or g == "," or g in COPULAS or (wanted and g == "ان") for g in gap):
            subj_left = m
            if m not in left:
                left.append(m)
    right = A.between(ms, i + 1, hi)
    if ev.event == "CONSULT" and right and (
            masdar_or_plural(toks[i].norm) or toks[i].text.endswith("ة")) and \
            not right[0].prep and right[0].first_tok <= i + 2 and right[0].part.label in ("PER", "ROLE"):
        # "وصف المومني، زيارة الأمير محمد بن سلمان، لبلاده": the one named after the visit made it, and where it went
        # follows him closely ("إلى القاهرة")
        ev.actor = right[0].part
        ev.recipients = [m.part for m in right[1:2] if m.prep in ("الي", "ل", "مع") and m.first_tok <= right[0].last_tok + 3]
        return
    recips: list[A.Mention] = []
    if i + 1 < hi and toks[i + 1].norm.lstrip("و") in REACH_VERBS and right and right[0].first_tok <= i + 3 \
            and masdar_or_plural(toks[i].norm):
        ev.recipients = [right[0].part]                    # "بحملة اعتقالات شملت تنظيم داعش": its target
        holder = [m for m in A.between(ms, max(lo, i - 12), i) if not m.prep]
        if holder and not any(t.norm in (",", "،", "ان") or t.norm in A.RELATIVES
                              for t in toks[holder[-1].last_tok + 1:i]):
            ev.actor = holder[-1].part                     # "قامت الشرطة التركية ... بحملة اعتقالات"
        return
    if ev.event == "CONSULT" and i + 1 < hi and toks[i + 1].norm.lstrip("و") in MEETING_MEMBERS and right:
        # "عقد الرئيس هادي اليوم اجتماعا ضم مستشاريه X، وY": the one who held it meets those it brought together
        holder = [m for m in A.between(ms, max(lo, i - 8), i) if not m.prep]
        if holder and not any(t.norm in (",", "،", "ان") or t.norm in A.RELATIVES for t in toks[holder[-1].last_tok + 1:i]):
            ev.actor = holder[-1].part
            members = [m.part for m in A.right_group(ms, right[0].first_tok, hi, toks)]
            ev.recipients = [p for p in members if p.key() != ev.actor.key()]
            return
    if subj_left is None and _said_in_statement(ev, toks, ms, i, lo, hi, right):
        return
    if ev.event == "ASSAULT" and harm_noun(toks[i].norm):
        # "أعلن الجيش مقتل سبعة من عناصر بوكو حرام": a death noun has no subject; what follows it is the victim
        victim = [m for m in right if m.prep in ("", "من") and m.first_tok <= i + 4]
        ev.recipients = [victim[0].part] if victim else []
        return
    if subj_left is not None and victim_subject(toks, tr, subj_left):
        ev.recipients = [subj_left.part]
        return
    if subj_left is not None and subj_left.last_tok == i - 1 and A.has_enclitic(toks[i]) and right and \
            right[0].first_tok == i + 1 and not right[0].prep:
        # "مقاتلين سوريين دربتهم الولايات المتحدة": the name after the verb is its subject, the one before it
        # (the pronoun's referent) its object
        ev.actor, ev.recipients = right[0].part, [subj_left.part]
        return
    if subj_left is not None and subj_left.last_tok == i - 1 and A.has_enclitic(toks[i]) and i + 1 < hi and \
            not masdar_or_plural(toks[i].norm) and _definite_noun(toks[i + 1]) and not (right and right[0].first_tok == i + 1):
        # "جنود عراقيون دربهم الائتلاف الدولي": the same with a subject that names no actor
        ev.actor, ev.recipients = None, [subj_left.part]
        return
    if subj_left is not None and _accusing_verb(toks, tr) and _charge_at(toks, i + 1):
        # "ومحسن الفضلي الذي اتهم بقضايا إرهابية": the charge right after the verb, no one named between: a
        # passive, and the one before it is the accused
        ev.actor, ev.recipients = None, [subj_left.part]
        return
    if subj_left is not None and _held_in_passive(toks, tr, subj_left, hi):
        ev.actor, ev.recipients = None, [subj_left.part]
        return
    if subj_left is not None and _pronoun_object_clause(toks, i, subj_left):
        ev.recipients = [subj_left.part]    # "بلاغا ... ضد أبو الفتوح، يتهمه": the name is the one accused
        holder = [m for m in A.between(ms, lo, subj_left.first_tok) if not m.prep]
        ev.actor = holder[0].part if holder and holder[0].first_tok <= lo + 3 else None
        return
    if subj_left is not None:
        ev.actor = subj_left.part
        recips = right
        k = left.index(subj_left)
        if ev.event in SYMMETRIC and k > 0 and A.coordinated(left[k - 1], subj_left, toks):
            ev.actor, ev.recipients = left[k - 1].part, [subj_left.part]   # "أوستن وشويغو يتحادثان"
    else:
        first = right[0] if right else None
        gap = toks[i + 1:first.first_tok] if first is not None else []
        if ev.event in ("ASSAULT", "COERCE") and first is not None and first.prep == "من" and \
                first.first_tok == i + 3 and toks[i + 1].norm in FORCE_UNITS:
            # "قتلت قوات من جيش الاحتلال ... الأسير": units of a named force did it; the victim comes after
            ev.actor = first.part
            ev.recipients = [m.part for m in right[1:2] if m.prep in ("", "ب", "علي")]
            return
        if ev.event == "ASSAULT" and first is not None and not first.prep and i > 0 and \
                set(candidates(toks[i - 1].norm)) & STRIKE_SUBJECTS:
            ev.recipients = [first.part]      # "أن الغارة استهدفت أبا خليل السوداني": the strike is the subject
            return
        if ev.event == "ASSAULT" and first is not None and not first.prep and first.first_tok > i + 1 and \
                _after_target_noun(toks, i, first.first_tok):
            ev.recipients = [first.part]      # "ويقصف بالمدفعية مواقع تنظيم داعش": Daesh's positions were shelled
            return
        if first is not None and not first.prep and (_vso_gap(toks, i + 1, first.first_tok) or _titled_subject(toks, i + 1, first)
                                                     or _members_subject(toks, i, first)) \
                and not _describes(toks, i) \
                and not _plural_verb(toks, tr) and not _masculine_verb_feminine_place(toks, tr, first) \
                and not _feminine_verb_masculine_title(toks, tr, first):
            grp = A.right_group(ms, first.first_tok, hi, toks)
            grp = [g for g in grp if not g.prep]
            ev.vso = True
            described = next((m for m in right if _describes_subject(toks, grp[-1], m)), None)
            rest = [m for m in right if m not in grp and m is not described and not _own_title(toks, grp[-1], m)
                    and not _appositive_office(toks, grp[-1], m) and not _subjects_group(toks, grp[-1], m)
                    and not _own_organisation(toks, grp[-1], m)]
            named = next((m for m in rest if _restated_subject(toks, grp[-1], m)), None)
            if named is not None:
                rest.remove(named)
                if len(grp) == 1 and grp[0].part.label == "LOC" and named.part.label == "PER":
                    grp = [named]       # "أدان مفتي مصر، الدكتور شوقي علام، العملية": the mufti, named, condemned
            if len(grp) == 1 and ev.event in SYMMETRIC and first.part.label == "ROLE":
                among = [m for m in rest if m.prep == "في"]
                among = A.right_group(ms, among[0].first_tok, hi, toks) if among else []
                if len(among) > 1:    # "كبار المسؤولين في الولايات المتحدة وروسيا"
                    grp, rest = among, [m for m in rest if m not in among]
            if ev.event == "CONSULT" and tr.rule.mode == "visit" and grp[0].part.label in ("LOC", "GPE") and \
                    first.first_tok == i + 1 and (toks[i].text.endswith("ة") or set(candidates(toks[i].norm)) & VISIT_WORDS):
                # "بعد زيارة مصر", "أثناء زيارتهما روسيا", "زارت سوريا": the place right after the visit is where it
                # went; the visitor is the clause's subject
                ev.recipients = [grp[0].part]
                holder = [m for m in A.between(ms, lo, i) if not m.prep]
                ev.actor = holder[0].part if holder else None
                return
            if victim_subject(toks, tr, grp[0]) or _freed(toks, tr, first) or _held_after_passive(toks, tr, grp, hi) \
                    or _vowelled_passive(toks[i].text) \
                    or _unnamed_attacker_first(ev, toks, i, first):
                ev.recipients = [grp[0].part]
                return
            accused = _accused_of(toks, tr, grp, right)
            if accused:
                # "وتعرض أبو مازن لقضية المصالحة واتهم حماس بالإقدام على ...": the one name before the charge is the
                # one accused; the accuser is the clause's subject before the verb, if it names one
                ev.recipients = [m.part for m in accused]
                holder = [m for m in A.between(ms, lo, i) if not m.prep
                          and not any(t.norm in (",", "،") for t in toks[m.last_tok + 1:i])]
                ev.actor = holder[0].part if holder else None
                return
            after = (described or grp[-1]).last_tok + 1
            if ev.event == "REQUEST" and after < hi and toks[after].norm.startswith("ب") and \
                    not any(m.first_tok == after for m in right):
                rest = []     # "طالب حزب اليسار بعقد جلسة ... على مواقع حزب العمال": what is asked, of no one named
            if ev.event == "REQUEST" and after < hi and toks[after].norm == "الي" and \
                    not any(m.first_tok in (after, after + 1) for m in right):
                rest = []     # "دعا ... ديفيد ديفيز إلى إرسال قوات من الجيش البريطاني": the act called for, no one asked
            ev.actor = grp[0].part
            if described is not None and len(grp) == 1 and not ev.actor.code:
                ev.actor = copy.copy(ev.actor)        # "حزب اليسار الألماني المعارض": DEUOPP
                ev.actor.code, ev.actor.country, ev.actor.sector = \
                    described.part.code, described.part.country, described.part.sector
            if len(grp) > 1 and ev.event in SYMMETRIC:
                ev.recipients = [m.part for m in grp[1:]]
                rest = [m for m in rest if m.prep in ("مع", "ب", "الي")]
            recips = rest
        else:
            recips = right
    if ev.actor is None and ev.event in SYMMETRIC:
        among = [m for m in right if m.prep == "في" and m.first_tok <= i + 8]
        among = A.right_group(ms, among[0].first_tok, hi, toks) if among else []
        if len(among) > 1:            # "أجرى كبار المسؤولين في الولايات المتحدة وروسيا محادثة"
            ev.actor, ev.recipients = among[0].part, [m.part for m in among[1:]]
            return
    if not ev.recipients:
        # "من" names the one asked or left only near the verb and its subject ("طلب من", "انسحب من"); far from
        # it, it belongs to another verb ("... وكانت السفيرة قد عادت من دولة الإمارات"); the dead "من الجيش" stay
        good = [m for m in recips if m.prep in ("", "ب", "ل", "الي", "علي", "مع", "ضد", "من")
                and (m.prep != "من" or ev.event == "ASSAULT" or m.first_tok <= _subject_end(ev, ms, i) + 6)
                and (ev.actor is None or not _same_state(ev.actor, m.part)) and not _where_it_happened(m)
                and not _border_with(toks, m)
                # "قتلوا في قصف ... في منطقة دار سعد التي ارتكب فيها الحوثيون", "دعا ... إلى الاستفادة ... للشعب
                # اليمني الذي يعاني ويلات الحرب التي تشنها ميليشيات الحوثي": a relative clause's own subject
                and not (ev.event in ("ASSAULT", "REQUEST") and toks[m.first_tok - 1].norm not in A.RELATIVES
                         and any(t.norm in A.RELATIVES for t in toks[_subject_end(ev, ms, i) + 1:m.first_tok])
                         and (m.prep == "" or ev.event == "REQUEST"))
                # "قُتل 21 متمردا خلال القتال مع قوات الأمن": who they fought, not who was killed
                and not (m.prep == "مع" and ev.event == "ASSAULT" and harm_word(toks[i].norm.lstrip("وف")))]
        if ev.event == "CONSULT":
            good = [m for m in good if m.prep != "من"] or good
            if _discussing(toks, i):
                good = [m for m in good if m.prep == "مع"]    # "يناقش البرلمان قانونا ...": a topic, no partner
            if good and good[0].prep == "" and any(t.norm == "في" for t in toks[_subject_end(ev, ms, i) + 1:good[0].first_tok]):
                # "اجتمع أمس في فرع وزارة الخارجية بجدة مع وزير خارجية جمهورية مصر العربية سامح شكري": where, then
                # with whom (the person named after مع, not the country of his title)
                k = next((k for k in range(good[0].last_tok + 1, hi) if toks[k].norm == "مع"), None)
                partner = [m for m in good if k is not None and k < m.first_tok <= k + 8]
                if partner:
                    good = [next((m for m in partner if m.part.label == "PER"), partner[0])]
        if ev.event != "CONSULT":
            # "وطالب النجيفي في حوار مع «الشرق الأوسط» رئيس الوزراء": the outlet, not who is asked
            good = [m for m in good if not _interviewer(toks, m)]
        world = _world_asked(toks, i, good[0]) if good and ev.event == "REQUEST" else None
        if world is not None:
            ev.recipients, good = [world], []
        if good and ev.event == "REQUEST" and _unnamed_addressee(toks, i, good[0], ms):
            good = []
        if good and _not_object(ev, toks, good[0]):
            good = []      # the first name after the act is not its object, and a later one is further still
        if good:
            grp = A.right_group(ms, good[0].first_tok, hi, toks)
            grp = [g for g in grp if g.prep in ("", good[0].prep)] or [good[0]]
            ev.recipients = [m.part for m in grp]


def _accusing_verb(toks, tr: Trigger) -> bool:
    """The trigger is a form of "اتهم" / "يتهم" with no object pronoun ("يتهمها" names its object itself)."""
    if tr.event != "ACCUSE" or tr.is_noun or tr.rule.mode != "allege":
        return False
    verb = toks[tr.tokens[0]].norm
    stem = verb[1:] if verb[:1] in ("و", "ف") and verb[1:].startswith(("اتهم", "يتهم", "تتهم")) else verb
    return stem.startswith(("اتهم", "يتهم", "تتهم")) and stem[4:] in ("", "ت", "وا", "ا", "تا")


def _charge_at(toks, k: int) -> bool:
    """A charge opens at token ``k``: a word with ب ("بالإقدام", "بقضايا")."""
    return k < len(toks) and toks[k].norm.startswith("ب") and len(toks[k].norm) >= 4


def _accused_of(toks, tr: Trigger, grp: list, right: list) -> list:
    """The accused named after an accusing verb ("اتهم", "يتهم" ...) when the charge follows them with no other
    name first: one name ("اتهم حماس بالإقدام"; the accuser is a pronoun or named before) or names joined by و,
    asides between commas allowed ("واتهم شوداري، البالغ 48 عاما، ومحمد رحمان، البالغ 32، بالدعاية": a passive).
    Empty when the verb or the order does not fit."""
    if not grp or not _accusing_verb(toks, tr):
        return []
    members = [grp[0]]
    for m in right[right.index(grp[0]) + 1:] if grp[0] in right else []:
        if not m.coord or m.prep or m.first_tok != _past_aside(toks, members[-1].last_tok + 1):
            break               # joined to the name before, nothing but an aside between
        members.append(m)
    if len(members) == 1 and len(grp) != 1:
        return []
    k = _past_aside(toks, members[-1].last_tok + 1)
    if not _charge_at(toks, k) or any(m.first_tok == k for m in right):
        return []
    return members


def _past_aside(toks, k: int, hi: int | None = None) -> int:
    """The token after an aside that opens at ``k``, between commas ("، البالغ 32،") or in brackets ("(70 عامًا)"),
    or ``k`` itself. ``hi`` bounds the search (the end of the clause)."""
    hi = len(toks) if hi is None else hi
    if k < hi and toks[k].norm in (",", "،", "("):
        closing = (")",) if toks[k].norm == "(" else (",", "،")
        end = next((j for j in range(k + 1, min(hi, k + 8)) if toks[j].norm in closing), None)
        if end is not None:
            return end + 1
    return k


def _relative_clause_subject(toks, m: A.Mention) -> bool:
    """``m`` is the subject of a relative clause on a group the act is aimed at ("اتهمت الحكومة المعارضة التي تدعمها
    تركيا": the opposition is accused, not Turkey), unless the clause says it leads the group ("التحالف الذي تقوده
    واشنطن")."""
    k = m.first_tok
    if not _relative_subject(toks, m) or toks[k - 1].norm in LEADING_VERBS:
        return False
    # the antecedent is a group ("القوات المعارضة التي دربتها"), not an act ("ضبط النفس الذي مارسته السعودية",
    # where the one who acted is who the welcome is for)
    return any(t.norm.lstrip("و") in PROXY_GROUPS for t in toks[max(0, k - 5):k - 2])


def _relative_subject(toks, m: A.Mention) -> bool:
    """``m`` right after a relative pronoun and a verb with an object pronoun: the subject of a relative clause on
    the noun before it ("المعارضة التي تدعمها تركيا")."""
    k = m.first_tok
    return k >= 3 and toks[k - 2].norm in A.RELATIVES and A.has_enclitic(toks[k - 1])


def _border_with(toks, m: A.Mention) -> bool:
    """"على الحدود مع سوريا": the country a border is shared with, not a side of the act."""
    k = m.first_tok
    return m.prep == "مع" and k >= 2 and toks[k - 1].norm == "مع" and \
        bool(set(candidates(toks[k - 2].norm)) & BORDER_WORDS)


def _not_object(ev: Event, toks, m: A.Mention) -> bool:
    """The first name after the act is no object of it: the subject of a relative clause on a group or on the actor,
    a body an aside ties a side to, or the victim of a condemned crime ("أدانت ... الجريمة التي أدت الى استشهاد الرضيع علي
    دوابشة")."""
    if _relative_clause_subject(toks, m) or _affiliation(toks, m):
        return True
    if ev.actor is not None and _relative_subject(toks, m) and toks[m.first_tok - 3].end == ev.actor.end:
        return True      # "يقدم التحالف الدولي الذي تقوده واشنطن مساعدات": the clause describes the actor
    if ev.event == "REQUEST" and _relative_subject(toks, m):
        return True      # "دعا ... للشعب اليمني الذي يعاني ويلات الحرب التي تشنها ميليشيات الحوثي": not who is asked
    return ev.event == "ACCUSE" and any(set(candidates(t.norm)) & VICTIM_HEADS
                                        for t in toks[max(0, m.first_tok - 4):m.first_tok])


def _interviewer(toks, m: A.Mention) -> bool:
    """The name is who interviews the speaker: "في حوار مع «الشرق الأوسط»", "في مقابلة مع"."""
    k = m.first_tok - 1
    while k >= 0 and not any(ch.isalnum() for ch in toks[k].text):
        k -= 1                      # the quotes around an outlet's name
    return k >= 1 and toks[k].norm == "مع" and toks[k - 1].norm.lstrip("و") in INTERVIEW_NOUNS


def _affiliation(toks, m: A.Mention) -> bool:
    """``m`` is named in an aside that ties a side to it ("جبهة النصرة، ذراع تنظيم القاعدة في سوريا،"), not a side."""
    k = m.first_tok
    return k >= 2 and toks[k - 1].norm.lstrip("و") in AFFILIATION_NOUNS and toks[k - 2].norm in (",", "،", "(", "-")


def _held_in_passive(toks, tr: Trigger, subject: A.Mention, hi: int) -> bool:
    """A person named right before an arrest verb in the masculine perfect that takes no object ("إن المشتبه به
    خليل حزران اعتقل في 12 يوليو"): the verb is a passive (اُعتقل), the person the one held."""
    i = tr.tokens[0]
    gap = [t.norm for t in toks[subject.last_tok + 1:i]]
    if not _masculine_arrest_verb(toks, tr) or subject.part.label != "PER" or i + 1 >= hi or \
            gap not in ([], ["كان"], ["كان", "قد"], ["قد"]):
        return False        # (also "ونواز كان اعتقل أربع سنوات في سجن طرة": a pluperfect passive)
    return _no_object_at(toks, i + 1) or toks[i + 1].norm.isdigit() or toks[i + 1].norm in HELD_SPANS


def _held_after_passive(toks, tr: Trigger, grp: list, hi: int) -> bool:
    """A person named right after an arrest verb in the masculine perfect, with a preposition, a time word or the
    end of the clause after the name ("واعتقل أودبريشت في حزيران الماضي"): the verb is a passive, the person
    the one held (the active takes its object after the subject: "اعتقل الأمن فلانا")."""
    i = tr.tokens[0]
    if not _masculine_arrest_verb(toks, tr) or len(grp) != 1 or grp[0].part.label != "PER" or grp[0].first_tok != i + 1:
        return False
    k = grp[0].last_tok + 1
    if k < hi and toks[k].norm not in ("(", ",", "،", ".") and not _definite_noun(toks[k]) and k + 1 < hi \
            and toks[k + 1].norm == "(":
        k += 1        # the rest of a name the recogniser cut short: "راندولف بروس أداير (70 عامًا)"
    if k < hi and toks[k].norm == "(":
        k = _past_aside(toks, k, hi)     # an aside in brackets after the name: its age
    return k >= hi or _no_object_at(toks, k) or _reason_for_arrest(toks, k)


def _reason_for_arrest(toks, k: int) -> bool:
    """What stands at token ``k`` tells why or when someone was held ("بتهمة", "للاشتباه", "لصلته بحوادث سطو",
    "لقيامه بإثارة الفوضى", "الأسبوع الماضي"), so no object of the arrest stands there."""
    w = toks[k].norm
    return w in HELD_FOR or (w.startswith("ل") and w.endswith(("ه", "ها", "هم")) and len(w) >= 5
                             and not w.startswith("لل") and any(t.norm.startswith("ب") for t in toks[k + 1:k + 3]
                                                                  if t.norm != '"'))


HELD_FOR = words("held_for")
HELD_SPANS = words("held_spans")


def _vowelled_passive(word: str) -> bool:
    """A verb written with the damma of the passive on its first letters ("واتُهم نظيف", "اُعتقل"): the name after it
    underwent the act."""
    core = word.lstrip("وف")
    return "\u064f" in core[:3] and not core.startswith(("ي", "ت", "ن"))   # not an imperfect: "يُتهم" reads either way


def _masculine_arrest_verb(toks, tr: Trigger) -> bool:
    """An arrest verb in the masculine singular perfect ("اعتقل"), which news uses as a passive."""
    w = toks[tr.tokens[0]].norm.lstrip("وف")
    return tr.event == "COERCE" and not tr.is_noun and not (
        w.endswith(("ت", "ا", "وا")) or X.imperfect(w) or masdar_or_plural(w))


def _no_object_at(toks, k: int) -> bool:
    """What stands at token ``k`` is no object: a preposition, a time word or punctuation."""
    nxt = toks[k].norm
    return nxt in A.PREPOSITIONS or nxt in (",", "،", ".") or nxt in TIME_ADVERBS


def _freed(toks, tr: Trigger, m: A.Mention) -> bool:
    """A name after "سراح" ("أطلقت سراح الصيادين المصريين", "أطلق سراح الصحفي محمد فهمي") is the one freed, not the
    one freeing."""
    return tr.event == "RETREAT" and any(t.norm == "سراح" for t in toks[tr.tokens[0] + 1:m.first_tok])


def _definite_noun(tok) -> bool:
    """A word with the article, not one of the function words that begin with the same letters (الى, الذي, الآن)."""
    w = tok.norm
    return w.startswith("ال") and len(w) > 4 and w not in A.PREPOSITIONS and w not in A.RELATIVES and \
        w not in ("الان", "الا", "الي", "اللذين", "اللتين")


def _relative_before(toks, i: int) -> int | None:
    """The relative pronoun the verb at ``i`` opens a clause after: right before it, or before a verb with an object
    pronoun it is joined to ("الذين سلحتهم ودربتهم")."""
    if i > 1 and toks[i - 1].norm in A.RELATIVES:
        return i - 1
    if i > 2 and toks[i].norm.startswith("و") and toks[i - 2].norm in A.RELATIVES and A.has_enclitic(toks[i - 1]):
        return i - 2
    return None


MASCULINE_PLACES = words("masculine_places")
VERB_OPENERS = words("verb_openers")


def _masculine_verb_feminine_place(toks, tr: Trigger, m: A.Mention) -> bool:
    """A verb in the masculine singular before a country or city, which Arabic makes feminine ("اتهمت أنقرة"): the
    place is the object, not the subject ("جو بايدن ... عندما اتهم أنقرة علنًا بأنها أسهمت"). Countries of masculine
    gender ("العراق", "لبنان", "اليمن": set masculine_places) and verbs ending in ت, which may be either, are left."""
    if tr.is_noun or m.part.label != "LOC" or m.first_tok != tr.tokens[0] + 1:
        return False
    if set(candidates(toks[m.first_tok].norm)) & MASCULINE_PLACES:
        return False
    w = toks[tr.tokens[0]].norm.lstrip("وف")
    if A.has_enclitic(toks[tr.tokens[0]]):
        w = A.strip_enclitic(w)
    if masdar_or_plural(w) or w.endswith(("ت", "ا", "وا", "ون", "ان")):
        return False
    if w.startswith("ي") and X.imperfect(w):
        return True
    # "رفض", "طلب" are verbs and verbal nouns alike ("أن رفض تركيا السماح", "على طلب مصر"): only a verb for sure,
    # joined to و / ف or after a word that opens a verbal clause, counts
    k = tr.tokens[0]
    joined = toks[k].norm[:1] in ("و", "ف") and toks[k].norm[1:].startswith(w[:2])
    return not w.startswith(("ت", "ن")) and (joined or (k > 0 and toks[k - 1].norm in VERB_OPENERS))


def _feminine_verb_masculine_title(toks, tr: Trigger, m: A.Mention) -> bool:
    """A verb in the feminine perfect ("اعتقلت") before a person whose masculine title comes first ("القائد العسكري
    عبدالخالق الحوثي"): the person is the object; the subject ("القوى الجنوبية") came before the verb."""
    if tr.is_noun or m.part.label != "PER":
        return False
    w = toks[tr.tokens[0]].norm.lstrip("وف")
    gap = toks[tr.tokens[-1] + 1:m.first_tok]
    if not w.endswith("ت") or X.imperfect(w) or masdar_or_plural(w) or not gap or len(gap) > 4:
        return False
    return any(set(candidates(t.norm)) & MASCULINE_TITLES for t in gap) and \
        not any(t.norm.endswith("ه") or t.norm in (",", "،") for t in gap)


def _plural_verb(toks, tr: Trigger) -> bool:
    """The verb carries a plural subject ("انتقدوا", "يطالبون"): a verb before its named subject stays singular, so
    the name after it is its object ("تصريحات لمسؤولين إسرائيليين انتقدوا رايس")."""
    w = toks[tr.tokens[0]].norm.lstrip("وف")
    if tr.is_noun or masdar_or_plural(w) or len(w) < 5:
        return False
    return w.endswith("وا") or (w.endswith("ون") and X.imperfect(w))


def _subject_end(ev: Event, ms, i: int) -> int:
    """The last token of the actor's mention when it follows the verb at ``i``, else ``i``."""
    if ev.actor is None:
        return i
    own = [m.last_tok for m in ms if m.first_tok > i and m.part.key() == ev.actor.key()]
    return min(own) if own else i


def _pronoun_object_clause(toks, i: int, m: A.Mention) -> bool:
    """The verb at ``i`` opens a clause after a comma, in the imperfect and with an object pronoun, right after
    the name ``m``: the pronoun is that name ("ضد القيادي ... أبو الفتوح، يتهمه بنشر"), not its subject."""
    gap = [t.norm for t in toks[m.last_tok + 1:i]]
    return gap in ([","], ["،"]) and A.has_enclitic(toks[i]) and X.imperfect(toks[i].norm) and not A.conjunction(toks[i])


UNNAMED_ADDRESSEES = words("unnamed_addressees")


def _world_asked(toks, i: int, first: A.Mention) -> Participant | None:
    """The international community asked, named after the verb before any preposition and before the first name
    read ("طالب البيان المجتمع الدولي بتحمل مسئولياته بدلا من منح إيران", "ودعا وزير الخارجية السعودي عادل الجبير
    المجتمع الدولي إلى الضغط على إيران"): it is the recipient, with no code; the name after it belongs to what
    was asked. Right after the verb ("ودعت المجتمع الدولي ...") the asker is unnamed and is not guessed."""
    j = next((j for j in range(i + 2, min(first.first_tok, i + 9)) if toks[j].norm in UNNAMED_ADDRESSEES), None)
    if j is None or any(t.norm in A.PREPOSITIONS for t in toks[i + 1:j]) or j + 1 >= len(toks) or \
            toks[j + 1].norm not in ("الدولي", "الدوليه"):
        return None
    return Participant(toks[j].start, toks[j + 1].end, None, None, None, None, "GROUP")


def _unnamed_addressee(toks, i: int, first: A.Mention, ms) -> bool:
    """"طلب من وزارة العدل دراسة اللجوء إلى مجلس الأمن": the one asked ("من" right after the verb or its
    subject) is no entity, so a name later in the sentence belongs to what was asked for."""
    if first.prep == "من":
        return False
    k = i + 1
    subj = next((m for m in ms if m.first_tok == k), None)
    if subj is not None:
        k = subj.last_tok + 1
    if (k + 1 < first.first_tok and toks[k].norm == "من"
            and not toks[k + 1].norm.startswith(("جه", "جان", "ناحي"))):    # "وطالب من جهته اليمنيين"
        return True
    # "ودعت المجتمع الدولي إلى أن ينظر ...، فما تقوم به قوات الاحتلال": a definite noun no name covers, asked
    # "إلى" something, is the one asked
    return k < first.first_tok and toks[k].norm.startswith(("ال", "وال")) and \
        not any(m.first_tok <= k <= m.last_tok for m in ms) and any(t.norm == "الي" for t in toks[k + 1:first.first_tok])


def _anaphoric(toks, tr: Trigger, ev: Event, lo: int, hi: int, earlier: Sequence[Event] = ()) -> bool:
    """A mention of an act already reported: 'هذه المكالمة', 'المكالمة', 'ناقش الوزيران'."""
    i = tr.tokens[0]
    t = toks[i]
    definite = t.norm.startswith(("ال", "وال", "بال", "فال"))
    if tr.rule.kind == "noun":
        if (i > 0 and toks[i - 1].norm in DEMONSTRATIVES) or (i + 1 < len(toks) and toks[i + 1].norm in DEMONSTRATIVES):
            return True
        if ev.event in RESTATED_TYPES and (definite or A.has_enclitic(t)):
            return True
    elif tr.is_noun and definite and ev.event in RESTATED_TYPES and ev.actor is not None and any(
            e.event == ev.event and e.actor is not None and same_side(e.actor, ev.actor) for e in earlier):
        return True     # a verb rule's noun with the article after the same act of the same side in the sentence:
        # "زيارة ... كارتر ... إلى أربيل ...: «الزيارة في حد ذاتها مهمة»" is the one visit
    if ev.actor is None and ev.event in RESTATED_TYPES:
        return True
    if any(x.norm in ANAPHORIC_GROUPS for x in toks[lo:hi]):
        return True
    return False


SIGNED_PARTICIPLES = words("signed_participles")
OCCURRED_VERBS = words("occurred_verbs")


def _in_relative_clause(toks, k: int, start: int, noun: bool = False) -> bool:
    """A date after the trigger at ``k`` that a relative clause opened between them holds ("اعتقلت حماس التي قمعت
    بقسوة في 2009 الحركات السلفية": 2009 is when Hamas cracked down, not when it made these arrests); so does a
    participle of signing ("الموافقة على اتفاقية ... الموقع عليها في مدينة الرياض بتاريخ 17/5/1436": signed then,
    approved today)."""
    between = [t for t in toks[k + 1:] if t.end <= start]
    rel = [j for j, t in enumerate(between) if t.norm in A.RELATIVES or t.norm in SIGNED_PARTICIPLES
           or _pluperfect(between, j)]
    if noun and rel and between[rel[-1]].norm in A.RELATIVES and rel[-1] + 1 < len(between) and \
            between[rel[-1] + 1].norm in OCCURRED_VERBS:
        return False    # "محادثات سلام ... التي جرت الشهر الماضي في باكستان": the clause tells when the act itself was
    return bool(rel) and not any(t.norm in (",", "،", ".") for t in between[rel[-1]:])


NOT_VERBS_AFTER_KANA = words("not_verbs_after_kana")


def _pluperfect(toks, j: int) -> bool:
    """"كانت أوقفته", "كان قد اعتقل": a clause told as having happened before (a relative clause after an indefinite
    noun needs no relative word: "معتقل سعودي كانت أوقفته قبل ثلاث سنوات")."""
    if toks[j].norm.lstrip("و") not in ("كان", "كانت", "كانوا") or j + 1 >= len(toks):
        return False
    nxt = toks[j + 1].norm
    return nxt == "قد" or (nxt.isalpha() and not X.imperfect(nxt) and not nxt.startswith("ال")
                           and nxt.lstrip("و") not in NOT_VERBS_AFTER_KANA)


SINCE_PERIODS = words("since_periods")


def _since_an_event(nxt: str) -> bool:
    """The word after "منذ" opens an event ("منذ أصبح وزيرا", "منذ اندلاع جولة العنف"), not a number or a stretch of
    time ("منذ 12 عاما", "منذ يومين")."""
    return not any(ch.isdigit() for ch in nxt) and nxt not in SINCE_PERIODS


def _after_since_clause(toks, k: int, start: int) -> bool:
    """A date after the trigger at ``k`` that a "منذ" clause holds ("أول زيارة يقوم بها كارتر للعراق منذ أصبح وزيرا
    للدفاع في فبراير": February is when he took office); "منذ يومين" is a span of time and keeps its date."""
    between = [t for t in toks[k + 1:] if t.end <= start]
    for j, t in enumerate(between[:-1]):
        if t.norm.lstrip("و") == "منذ":
            if _since_an_event(between[j + 1].norm):
                return True
    return False


def _in_since_clause(toks, t: Span, k: int) -> bool:
    """The time ``t`` closes a "منذ" clause that opened on an event, not on a number or a stretch of time ("ومنذ
    اندلاع جولة العنف الجديدة في 20 يوليو، قتل 13 جنديا": the toll counts from that day, it did not fall on it),
    and the trigger at ``k`` is not that event ("منذ زيارة ريتشارد نيكسون للصين عام 1972": the visit's own year)."""
    j = tr_index(toks, t.start)
    for m in range(j - 1, max(-1, j - 9), -1):
        if m == k:
            return False
        w = toks[m].norm
        if not w[:1].isalpha():
            return False
        if w.lstrip("و") == "منذ":
            return m + 1 < j and _since_an_event(toks[m + 1].norm)
    return False


def _first_since(toks, k: int, t: Span) -> bool:
    """"في أول زيارة يقوم بها وزير خارجية فرنسي ... منذ 12 عاما", "أول وزير خارجية كوبي يقوم بزيارة رسمية لواشنطن منذ
    الثورة الكوبية عام 1959": the time after "منذ" dates the last such act, not this one."""
    since = toks[tr_index(toks, t.start)].norm.lstrip("و") == "منذ" or _after_since(toks, t)
    return since and any(tok.norm.lstrip("وفبل") in ("اول", "الاول", "الاولي") for tok in toks[max(0, k - 6):k])


def _since_date(toks, t: Span) -> bool:
    """A calendar date right after "منذ" ("تسيطر عليها فصائل المعارضة منذ 28 مايو") starts a period; it does not date
    the act ("منذ يومين", a relative time that includes "منذ", still does)."""
    return _after_since(toks, t) and t.attrs.get("kind") != "relative"


def _some_time_ago(t: Span) -> bool:
    """"قبل أيام", "منذ أسابيع": a stretch of days or weeks back with no number, which names no day."""
    return t.attrs.get("kind") == "duration" and t.attrs.get("direction") == "past" and \
        str(t.attrs.get("value") or "").startswith("PX")


def _before_that(toks, j: int, k: int) -> bool:
    """A complementiser "أن" stands between token ``j`` and the trigger at ``k`` (``j`` before ``k``)."""
    return j < k and any(t.norm in _THAT for t in toks[j + 1:k])


def _after_since(toks, t: Span) -> bool:
    k = tr_index(toks, t.start)
    return k > 0 and toks[k - 1].norm.lstrip("و") == "منذ"


RECENTLY = words("recently")
NOUN_DATE_REACH = 8   # words between a verbal noun and a date still to come that is its own ("قبل اجتماع ... الشهر المقبل")


def _date(ctx: Ctx, ev: Event, toks, lo, hi, u: Unit) -> None:
    doc = ctx.doc
    a, b = toks[lo].start, toks[hi - 1].end
    times = [t for t in doc.layers.get("times", ()) if u.start <= t.start < u.end]
    word = norm(doc.text[ev.trigger.start:ev.trigger.end]).split()[0]
    noun = _nominal(doc, ev)
    if "future" not in ev.aux and not noun and not X.imperfect(word.lstrip("وف")):
        # a verb in the perfect reports what has happened: a date still to come belongs to something else
        # ("دعت الولايات المتحدة فنزويلا ... الانتخابات المقرر اجراؤها في السادس من ديسمبر")
        times = [t for t in times if not after_publication(X.time_value(t), doc.published)]
    k = tr_index(toks, ev.trigger.start)
    if "future" not in ev.aux and noun:
        # "مباحثات القاهرة ... من شأنه أن ينعكس إيجابيا على الاجتماع المقبل لوزراء الدفاع في 27 أغسطس المقبل": a
        # noun's own coming date follows it closely (as when it is marked future below); a later one is another act's
        last = tr_index(toks, ev.trigger.end - 1)
        times = [t for t in times if not after_publication(X.time_value(t), doc.published)
                 or 0 <= tr_index(toks, t.start) - last - 1 <= NOUN_DATE_REACH]
    if "historical" in ev.aux:
        # "أعلن عريقات الجمعة أن المستوطنين نفذوا أحد عشر ألف اعتداء ... منذ العام 2004": the day before أن is
        # the announcement's; a recalled act after it is not of that day
        times = [t for t in times if not _before_that(toks, tr_index(toks, t.start), k)]
    if "historical" in ev.aux or (k > 0 and toks[k - 1].norm == "عن"):
        # a day named relative to today before a recalled act, or before "عن" and the act announced, is the
        # report's day, not the act's ("أصدرت وزارة الداخلية اليوم بيانا بشأن تنفيذ حكم القتل قصاصا في أحد الجناة
        # أقدم على قتل آخر", "أعلنت وزارة الدفاع الأمريكية أمس عن مقتل محسن الفضلي ... في غارة أمريكية مطلع يوليو")
        times = [t for t in times if t.start > ev.trigger.start or t.attrs.get("kind") not in ("relative", "weekday")]
    since = next((t for t in times if t.end <= ev.trigger.start and _in_since_clause(toks, t, k)
                  and len(tokens_in(doc.text, t.end, ev.trigger.start)) <= 3), None)
    if since is not None:
        # "ومنذ اندلاع جولة العنف الجديدة في 20 يوليو، قتل 13 جنديا": a toll counted from that day, on no one day
        ev.date, ev.date_span = None, Span(since.start, since.end, COARSE)
        return
    times = [t for t in times if not _in_relative_clause(toks, k, t.start, noun) and not _names_borders(doc, t)
             and not _numbered_paper(toks, t)
             and not _after_since_clause(toks, k, t.start) and not _since_date(toks, t)
             and not _first_since(toks, k, t) and not X.since_record(doc.text, t) and not _in_since_clause(toks, t, k)]
    ca, cb = _comma_clause(toks, k, lo, hi)
    near = [t for t in times if ca <= t.start < cb and X.is_date(t)]
    wa, wb = _comma_clause(toks, k, 0, len(toks))      # the whole comma clause, past the trigger's window
    coarse = [t for t in times if wa <= t.start < wb and not X.is_date(t) and (
        t.attrs.get("kind") == "relative" or _some_time_ago(t))]
    if not coarse and toks[0].norm in ("كان", "وكان", "كانت", "وكانت"):
        # "وكان مستوطنون اضرموا النار الاسبوع الفائت في منزل ...، فيما اصيب والداه": a pluperfect opening the
        # sentence frames its later clauses in its own time
        coarse = [t for t in times if t.start < ev.trigger.start and not X.is_date(t) and (
            t.attrs.get("kind") == "relative" or _some_time_ago(t))]
    if coarse and near and min(abs(t.start - ev.trigger.start) for t in coarse) < \
            min(abs(t.start - ev.trigger.start) for t in near) and all(len(X.time_value(t) or "") < 10 for t in near):
        # "واعتقل راندولف بروس أداير الأسبوع الماضي لصلته بحوادث سطو ... بين مارس ويوليو": the time next to the act
        # is its own; a month named further on belongs to what it is charged with
        near = []
    recent = next((x for x in toks if wa <= x.start < wb and x.norm.lstrip("و") in RECENTLY), None)
    if not near and recent is not None:
        # "ومؤخرا اعتقلت حماس ... عشرات من الاوساط السلفية": recently, on no day the text names
        ev.date, ev.date_span = None, Span(recent.start, recent.end, COARSE)
        return
    if not near and coarse:
        # the clause's own time names no day ("حيث قتل 40 شخصا ... الأسبوع الماضي"): no day named elsewhere in the
        # sentence ("قالت مصادر أمنية أمس") dates the act
        ev.date, ev.date_span = None, Span(coarse[0].start, coarse[0].end, COARSE)
        if noun and "future" not in ev.aux and coarse[0].attrs.get("direction") == "future":
            ev.aux.append("future")     # "وسيزور فابيوس إيران الأسبوع المقبل في أول زيارة": a noun has no tense;
            #                             its coming week does
        return
    if not near:
        near = [t for t in times if a <= t.start < b and X.is_date(t)]
    background = (_background_relative(toks, k, word) or _some_time_after(toks, k)
                  or ev.event == "ASSAULT" and noun and _condemned_act(toks, k)) and not ev.extension and \
        ev.event not in SPOKEN_ACTS
    if background:
        # "القوات التي دربتها الولايات المتحدة ونشرتها ... للنيران يوم الجمعة": a weekday or "أمس" near a
        # background clause dates the report's news; only a calendar date, or a day named right after the verb
        # and its subject ("الملا عمر الذي أعلنت أجهزة الاستخبارات الأفغانية الأربعاء وفاته"), is the clause's own
        near = [t for t in near if t.attrs.get("kind") not in ("weekday", "relative")
                or (t.start >= ev.trigger.end and len(tokens_in(doc.text, ev.trigger.end, t.start)) <= 4)]
    own = bool(near)            # a date in the trigger's own clause or window, not just somewhere in the sentence
    if not near and not background and "historical" not in ev.aux:
        # a recalled act is not dated by a day named for another clause
        # a day named elsewhere in the sentence ("ليل الاثنين"), unless it is an old one after the act: that belongs
        # to a recalled clause ("حيث كانت جريمة القتل السابقة في عام 1993، عندما قتل شخصان ... في الرابع من يوليو");
        # an old one before it opens the story the sentence tells ("وكان جيمس هولمس قد دخل بسلاحه في 20 يوليو 2012")
        near = [t for t in times if X.is_date(t) and t.attrs.get("kind", "date") in ("date", "hijri", "weekday", "relative")
                and len(X.time_value(t) or "") == 10
                and (t.start < ev.trigger.start or not long_before(X.time_value(t), doc.published))]
        own = bool(near) and all(t.start < ev.trigger.start and long_before(X.time_value(t), doc.published)
                                 for t in near)
    if not near:
        rel = [t for t in times if a <= t.start < b and t.attrs.get("kind") in ("weekday", "relative")]
        if rel:
            ev.date, ev.date_span = None, Span(rel[0].start, rel[0].end)
            return
    if near:
        best = min(near, key=lambda t: abs(t.start - ev.trigger.start))
        ev.date, ev.date_span = X.time_value(best), Span(best.start, best.end)
        if own and "historical" not in ev.aux and long_before(ev.date, doc.published):
            ev.aux.append("historical")
        if "historical" in ev.aux and best.attrs.get("kind") in ("relative", "weekday") and \
                best.start >= ev.trigger.end and len(tokens_in(doc.text, ev.trigger.end, best.start)) <= 1 and \
                not long_before(ev.date, doc.published):
            ev.aux.remove("historical")    # "وكان متطرفون فتحوا أمس النار": a pluperfect of yesterday's news
        ahead = after_publication(ev.date, doc.published) or (
            best.attrs.get("direction") == "future" and best.attrs.get("kind") in ("relative", "weekday"))  # "غدًا"
        if own and "future" not in ev.aux and ev.trigger.end <= best.start and \
                len(tokens_in(doc.text, ev.trigger.end, best.start)) <= NOUN_DATE_REACH and noun and ahead:
            ev.aux.append("future")     # "قبل اجتماع الجمعية العامة الشهر المقبل": a noun has no tense; its date does
        if "future" not in ev.aux and not noun and X.imperfect(word.lstrip("وف")) and ahead and \
                not ev.extension and after_publication(ev.date, doc.published):
            # "المحادثات المرتقبة في 30 تموز ... حيث يبحث نوفاك مع البدري": an imperfect with a day still to come
            ev.aux.append("future")
        return
    framed = _paragraph_date(doc, u) or _opening_year(doc, u, ev)
    if framed is not None and ev.segment == "body" and not background:
        # "> في 20 مايو (أيار) 1990، نفذ المجرم عامي بوبر جريمة ... . قتل بوبر 7 عمال فلسطينيين": an old date
        # opening the paragraph frames the acts its later sentences tell without a date of their own
        ev.date, ev.date_span = X.time_value(framed), Span(framed.start, framed.end)
        if "historical" not in ev.aux:
            ev.aux.append("historical")
        return
    if "historical" not in ev.aux and ev.segment in ("body", "title", "heading") and not background \
            and not long_before(ctx.lead_value, doc.published) \
            and not after_publication(ctx.lead_value, doc.published):   # an old lead date is background, a later one a plan
        ev.date = ctx.lead_value
        ev.date_span = Span(ctx.lead_span.start, ctx.lead_span.end) if ctx.lead_span else None


BORDER_WORDS = words("border_words")


def _paragraph_date(doc: Document, u: Unit) -> Span | None:
    """The calendar date with its year that opens the paragraph of ``u`` in an earlier sentence ("> في 20 مايو
    (أيار) 1990، نفذ ..."), when it lies more than a year before publication; None otherwise."""
    para = doc.text.rfind("\n", 0, u.start) + 1
    if para == u.start or not doc.published:
        return None
    first = min((t for t in doc.layers.get("times", ()) if para <= t.start < u.start), key=lambda t: t.start,
                default=None)
    if first is None or not X.is_date(first) or first.attrs.get("kind", "date") != "date" or \
            len(tokens_in(doc.text, para, first.start)) > 3:
        return None
    value = X.time_value(first) or ""
    return first if len(value) >= 7 and long_before(value, doc.published) else None


def _opening_year(doc: Document, u: Unit, ev: Event) -> Span | None:
    """A year or month more than a year before publication that opens the sentence of ``ev`` before its trigger
    ("ففي عام 2009 عندما عيّن مجلس حقوق الإنسان ... ، واتهمته وسائل الإعلام الإسرائيلية بالخيانة"): it frames the
    acts the sentence tells without a date of their own; None otherwise."""
    if not doc.published:
        return None
    first = min((t for t in doc.layers.get("times", ()) if u.start <= t.start < ev.trigger.start),
                key=lambda t: t.start, default=None)
    if first is None or not X.is_date(first) or first.attrs.get("kind", "date") not in ("date", "month", "year") or \
            len(tokens_in(doc.text, u.start, first.start)) > 2:
        return None
    value = X.time_value(first) or ""
    return first if len(value) >= 4 and long_before(value, doc.published) else None


COARSE = "coarse"            # label of a date span that names no day ("الأسبوع الماضي")


SPOKEN_ACTS = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT"})   # acts done by saying


def _background_relative(toks, k: int, word: str) -> bool:
    """A verb in the perfect right after a relative pronoun tells what the noun before it once underwent ("القوات
    المعارضة التي دربتها الولايات المتحدة"): background to the report, so not dated by the article's lead. Acts done
    by saying ("حملة التجنيد التي وصفها بأنها محاولة من بوتين") are left out by the caller: they are mostly the
    report's own news."""
    return k >= 1 and toks[k - 1].norm in A.RELATIVES and not X.imperfect(word.lstrip("وف")) and \
        not (k >= 2 and toks[k - 2].norm.lstrip("وفب") in TIME_HEADS)   # "في الوقت الذي أعلنت": a time clause


def _condemned_act(toks, k: int) -> bool:
    """The attack noun at ``k`` is what a condemnation just before it names ("واستنكر نقيب الأشراف، في تصريح له أمس،
    الهجوم الإرهابي الذي استهدف مسجد قوات الطوارئ"): an act the news reacts to, which the day of the reaction does
    not date."""
    before = [t for t in find(toks, max(0, k - 15), k) if not t.rule.extension]
    if not before or before[-1].event != "ACCUSE" or before[-1].rule.mode != "disapprove":
        return False
    return not any(t.norm in BARRIER_WORDS for t in toks[before[-1].tokens[-1] + 1:k])


TIME_AFTER_STRETCHES = words("time_after_stretches")


def _some_time_after(toks, k: int) -> bool:
    """The trigger at ``k`` follows "بعد / عقب" + a stretch of time + على / من ("بعد وقت قصير على مقتل 32 شخصا في
    سروج", "بعد أشهر قليلة من الهجوم على متحف باردو"): an earlier act the news is measured from, not dated by the
    article's lead."""
    if k < 3 or toks[k - 1].norm not in ("علي", "من"):
        return False
    gap = [t.norm for t in toks[max(0, k - 4):k - 1]]
    for j, w in enumerate(gap):
        if w.lstrip("و") in ("بعد", "عقب", "خلال", "طوال", "طيله", "مدي", "مدار") and gap[j + 1:] \
                and all(x in TIME_AFTER_STRETCHES for x in gap[j + 1:]):
            return True     # also "خلال عامين من المفاوضات": an act over a stretch of time, on no one day
    return False


def _numbered_paper(toks, t: Span) -> bool:
    """The date of a numbered paper ("قرار مجلس الشورى رقم (84 / 44) وتاريخ 15 / 8 / 1436هـ"): when it was issued,
    not when the act was done."""
    k = tr_index(toks, t.start)
    return any(x.norm.lstrip("وب") == "رقم" for x in toks[max(0, k - 8):k])


def _names_borders(doc: Document, t: Span) -> bool:
    """The year names a line, not a time: "الانسحاب إلى حدود عام 1967"."""
    before = [x.norm for x in tokens_in(doc.text, max(0, t.start - 30), t.start)][-2:]
    before = [w for w in before if w not in ("عام", "العام")][-1:]
    return bool(before) and bool(set(candidates(before[0])) & BORDER_WORDS)


def long_before(value: str | None, published: str | None, months: int = 13) -> bool:
    """The date ``value`` (YYYY, YYYY-MM, YYYY-MM-DD) ends at least ``months`` calendar months before the month of
    ``published``: the text recalls an old event ("عام 2010", "1950- ... في فبراير"), it does not report it."""
    if not value or not published or not value[:4].isdigit() or not published[:7].replace("-", "").isdigit():
        return False
    m = int(value[5:7]) if value[4:5] == "-" and value[5:7].isdigit() else 12
    return (int(published[:4]) * 12 + int(published[5:7])) - (int(value[:4]) * 12 + m) >= months


def _nominal(doc: Document, ev: Event) -> bool:
    """The trigger is a noun ("اجتماع", "المفاوضات", "زيارة"): read as one, or shaped like a verbal noun."""
    if ev.noun:
        return True
    word = norm(doc.text[ev.trigger.start:ev.trigger.end]).split()[0]
    if word.lstrip("وف") in ALIF_LAM_VERBS:
        return False                      # "وألقت القبض", "التقى": a verb, though it opens with ال
    return any(masdar(c) or c.endswith(("ات", "ه")) for c in candidates(word)) or word.startswith(("ال", "وال")) \
        or word in NOMINAL_FORMS          # "لقاء الجبير مع لافروف غدًا": a noun of a verb row, no masdar shape


def after_publication(value: str | None, published: str | None) -> bool:
    """The date ``value`` (YYYY, YYYY-MM, YYYY-MM-DD) begins after the day after ``published``: still to come."""
    if not value or not published or not value[:4].isdigit() or len(published) < 10:
        return False
    if len(value) >= 10:
        return value[:10] > _next_day(published[:10])
    return value > published[:len(value)]


def _next_day(day: str) -> str:
    try:
        return (datetime.date.fromisoformat(day) + datetime.timedelta(days=1)).isoformat()
    except ValueError:
        return day


def tr_index(toks, offset: int) -> int:
    return next((k for k, t in enumerate(toks) if t.start >= offset), 0)


def _comma_clause(toks, i: int, lo: int, hi: int) -> tuple[int, int]:
    """Character span of the comma- or colon-delimited stretch around token ``i``."""
    a, b = i, i
    while a > lo and toks[a - 1].norm not in (",", ":", ";"):
        a -= 1
    while b < hi - 1 and toks[b + 1].norm not in (",", ":", ";"):
        b += 1
    return toks[a].start, toks[b].end


def _attribution(doc, toks, ms, speaker, i) -> Participant | None:
    j = X.attribution_at(toks, 0, len(toks))
    if j is not None:
        after = A.between(ms, j, min(len(toks), j + 5))
        if after:
            return after[0].part
    return speaker


# -- the document ------------------------------------------------------------------------------

def same_side(a: Participant | None, b: Participant | None) -> bool:
    if a is None or b is None or a.key() == b.key():
        return True              # the same mention (a name-less organisation keys by its offset)
    if "VICTIMS" in (a.label, b.label):      # "مقتل 3 جنود وإصابة 5 مدنيين": the people one attack hit
        return not (a.country and b.country and a.country != b.country)
    if a.name and b.name and a.name == b.name:
        return True
    if a.name and b.name and a.label == b.label == "PER":
        return False
    # a state and one of its people or organs, or two unnamed sides: compare what they stand for
    return bool((a.country and a.country == b.country) or (a.code and a.code == b.code))


def pair(e: Event) -> tuple[Participant | None, Participant | None]:
    return e.actor, e.recipient


def same_act(a: Event, b: Event) -> bool:
    if a.event != b.event:
        return False
    (x1, y1), (x2, y2) = pair(a), pair(b)
    direct = same_side(x1, x2) and same_side(y1, y2)
    swapped = a.event == "CONSULT" and same_side(x1, y2) and same_side(y1, x2)
    return direct or swapped


def _place_kind(doc: Document, p: Participant) -> str | None:
    """The gazetteer's kind (country, capital, region, city ...) of the place entity ``p`` was read from."""
    ent = next((e for e in doc.spans_in("entities", p.start, p.end) if (e.start, e.end) == (p.start, p.end)), None)
    return (ent.attrs.get("place") or {}).get("kind") if ent is not None else None


NON_STATE_SECTORS = frozenset({"REB", "OPP", "PTY", "CVL", "MED", "BUS", "NGO", "IGO", "REL", "EDU", "LAB"})


def refine(doc: Document, ev: Event) -> None:
    """Replace a generic actor ('كبار المسؤولين في الولايات المتحدة', 'رئيس البنتاغون') by the named person of the
    same country in the same paragraph, or by the person of its coreference cluster."""
    pers = [e for e in doc.layers.get("entities", ()) if e.label == "PER" and (e.attrs.get("actor") or {}).get("country")]
    line = ev.line

    def better(p: Participant | None, avoid: Participant | None) -> Participant | None:
        if p is None or p.label == "PER":
            return p
        if p.cluster is not None:
            for e in pers:
                if e.attrs.get("cluster") == p.cluster:
                    return A.participant(doc, e)
        if p.label == "LOC" and _place_kind(doc, p) not in (None, "country", "capital"):
            return p        # a town or region ("منطقة عسير") stands for no one of its country
        if p.sector in NON_STATE_SECTORS:
            # rebels, a party, a company stand for none of the state's people ("الحوثيين طلبوا من حزب صالح"), only for
            # the one named right after them as their head ("رئيس حزب القوات اللبنانية سمير جعجع")
            head = next((e for e in pers if 0 <= e.start - p.end and len(tokens_in(doc.text, p.end, e.start)) <= 2), None)
            return A.participant(doc, head) if head is not None else p
        same_line = [e for e in pers if doc.text.count("\n", 0, e.start) + 1 == line
                     and (e.attrs.get("actor") or {}).get("country") == p.country]
        same_line = [e for e in same_line if not avoid or A.participant(doc, e).key() != avoid.key()]
        return A.participant(doc, same_line[0]) if same_line and p.country else p

    if ev.event in ("CONSULT", "REQUEST"):
        ev.actor = better(ev.actor, None)
        if ev.recipients:
            ev.recipients = [better(r, ev.actor) or r for r in ev.recipients]


SAID_THINGS = words("said_things")


def _dates_a_saying(toks, t: Span) -> bool:
    """The time ``t`` of the lead sentence (tokens ``toks``) lies in a relative clause of something said ("استنكرت
    الأمانة العامة التصريحات التي أدلى بها نوري المالكي ... بتاريخ 17 يوليو"): the day of the words reacted to, not of
    the news."""
    before = [j for j, x in enumerate(toks) if x.end <= t.start]
    rel = [j for j in before if toks[j].norm in A.RELATIVES]
    if not rel or rel[-1] == 0:
        return False
    j = rel[-1]
    return toks[j - 1].norm in SAID_THINGS and not any(toks[m].norm in (",", "،", ".") for m in before if m > j)


DATED_OCCASIONS = words("dated_occasions")


def _names_an_occasion(doc: Document, t: Span) -> bool:
    """The time ``t`` names an occasion it follows ("بعد خسارة الحزب الحاكم اغلبيته في انتخابات 7 يونيو", "اتفاق
    14 يوليو"): the day of that occasion, not of the news."""
    if t.attrs.get("kind") in ("relative", "weekday"):
        return False        # "التوصل لاتفاق أمس الجمعة": the day the act was done
    before = tokens_in(doc.text, max(0, t.start - 40), t.start)
    return bool(before) and before[-1].norm.lstrip("وبل") in DATED_OCCASIONS


def code(doc: Document) -> Document:
    ctx = Ctx(doc)
    us = units(doc)
    body = [(u.start, u.end) for u in us if u.kind == "body"]
    lead = tokens_in(doc.text, *body[0]) if body else []
    ctx.lead_value, ctx.lead_span = X.lead_date(
        doc, body, lambda t: _dates_a_saying(lead, t) or _names_an_occasion(doc, t))
    prev_actor: Participant | None = None
    raw: list[Event] = []
    for u in us:
        if u.kind == "heading":
            prev_actor = None     # a subheading opens another story: "الإفراج بكفالة عن رئيس تحرير ... في زامبيا"
        evs = code_sentence(ctx, u, prev_actor if u.kind == "body" else None)
        # not an actor of acts told inside a quotation ("قولهم إن «22 ... لقوا مصرعهم ... في هجمات من الجانب
        # الأوكراني». كما اتهموا": those quoted, not the Ukrainian side, accused)
        actors = [e.actor for e in evs if e.actor is not None and not _inside_quotes(doc.text, u.start, e.trigger.start)]
        if actors and u.kind == "body":
            prev_actor = actors[0]
        elif u.kind == "body" and any(not e.noun and e.actor is None for e in evs):
            prev_actor = None     # "وذكر مدير المرصد ...": a subject left unread; the next "وقال" is not the one before
        raw.extend(evs)
    raw = [x for ev in raw for x in _split(ev)]
    for ev in raw:
        refine(doc, ev)
    live = []
    for ev in raw:
        if "negated" in ev.aux or "hypothetical" in ev.aux:
            ctx.dropped.append(_brief(doc, ev, "negated" if "negated" in ev.aux else "hypothetical"))
        else:
            live.append(ev)
    raw = []
    # accident cues are sentence-wide, so every event of such a sentence carries the mark
    # and so are sports and culture marks: an injury in a match is no attack either
    recalled = _accident_recalled(doc, live, us)
    treated = _wounded_treated(doc, live)
    # only an act the sentence's own words did not mark needs the whole article read for sports (an injury too:
    # "هزازي بعد تعرضه للإصابة أمس" in a report on a footballer's treatment)
    sports = any("offtopic" not in ev.aux and not ev.extension and (ev.event not in CLASSIFIED or ev.event == "ASSAULT")
                 for ev in live) and _sports_article(doc, us)
    harm_only = harm_only_sentences(doc, [ev for ev in live if "accident" in ev.aux or "offtopic" in ev.aux
                                          or id(ev) in recalled or (sports and ev.event == "ASSAULT")])
    toll_starts = {ev.evidence.start for ev in live if ev.event == "ASSAULT" and _toll(ev)}
    tolls = harm_only_sentences(doc, [ev for ev in live if ev.evidence.start in toll_starts])
    for ev in live:
        off, public = "offtopic" in ev.aux or sports, "public" in ev.aux or _own_people(doc, ev)
        accident = "accident" in ev.aux or id(ev) in recalled
        ev.aux = [a for a in ev.aux if a not in ("offtopic", "public", "accident")]
        if off and not ev.extension and ev.event not in CLASSIFIED:
            ctx.dropped.append(_brief(doc, ev, "sports or culture text"))
        elif ev.event == "ASSAULT" and ev.evidence.start in treated:
            ctx.dropped.append(_brief(doc, ev, "the wounded treated or moved, no attack reported"))
        elif accident and ev.event == "ASSAULT" and ev.evidence.start in harm_only:
            ctx.dropped.append(_brief(doc, ev, "deaths or injuries in an accident, not an attack"))
        elif off and ev.event == "ASSAULT" and ev.evidence.start in harm_only:
            ctx.dropped.append(_brief(doc, ev, "an injury in sport, not an attack"))
        elif ev.event == "ASSAULT" and ev.evidence.start in tolls:
            ctx.dropped.append(_brief(doc, ev, "a toll of a thousand or more dead or hurt, counted over time"))
        elif ev.event == "CONSULT" and ev.mode == "visit" and _visits_a_site(doc, ev):
            ctx.dropped.append(_brief(doc, ev, "a visit to a site, not to an actor"))
        elif public and not ev.extension and ev.event in VERBAL:
            ctx.dropped.append(_brief(doc, ev, "addressed to the general public"))
        else:
            raw.append(ev)
    _classify(doc, raw, ctx)
    kept: list[Event] = []
    for ev in raw:
        if "future" in ev.aux and ev.noun and not ev.extension:
            ctx.dropped.append(_brief(doc, ev, "future (a plan, not an act)"))
            continue
        if ev.extension:
            kept.append(ev)
            continue
        dup = next((k for k in kept if not k.extension and k.evidence == ev.evidence and same_act(k, ev)
                    and (k.actor is not None or ev.actor is None or ev.event == "ASSAULT")), None)
        if dup is None and ev.event == "ASSAULT":
            dup = next((k for k in kept if k.event == "ASSAULT" and not k.extension and k.evidence == ev.evidence
                        and (_one_attack(doc, k, ev) or _restates(doc, k, ev))), None)
        if dup is not None:
            # two triggers of one sentence across a clause word ("قصفت طائرات التحالف ...، بينما قتل 9 ... في هجوم
            # للمقاومة"): one report kept, but the doer of the other clause is not this one's
            _absorb(dup, ev, sides=not (ev.event == "ASSAULT" and _clause_between(doc, dup, ev)),
                    announced=_announcement_day(doc, dup, ev))
            if dup.aux == ["future"] and not ev.aux and A.has_enclitic(_token_at(doc, ev.trigger)) \
                    and not _awaited(doc, dup):
                # "أكد أهمية زيارة ولي ولي العهد لمصر ... الشكر لسمو ولي ولي العهد على زيارته": his visit, told
                # plainly, has happened; the importance stated of it makes it no plan (but "زيارة عادل الجبير ...
                # المرتقبة إلى موسكو بعد غد ... خلال زيارته الأخيرة" is still awaited)
                dup.aux = []
            continue
        if ev.anaphoric:
            prior = next((k for k in reversed(kept) if k.event == ev.event and not k.extension and same_act(k, ev)), None)
            if prior is None:
                prior = next((k for k in reversed(kept) if k.event == ev.event and not k.extension), None)
            if prior is not None:
                _absorb(prior, ev)
                continue
            if ev.actor is None and ev.event in RESTATED_TYPES:
                ctx.dropped.append(_brief(doc, ev, "no actor"))
                continue
        ev.recipients = [r for r in ev.recipients if r.counterpart_of is None or _is_antecedent(ev.actor, r.counterpart_of)]
        if ev.actor is None and (ev.event in VERBAL or (not ev.recipients and ev.event not in CLASSIFIED)):
            ctx.dropped.append(_brief(doc, ev, "no actor" if ev.event in VERBAL else "no participant"))
            continue
        if ev.event not in CLASSIFIED and (ev.actor is None or (not ev.recipients and (ev.noun or ev.event in VERBAL))):
            # precision: a said or noun-reported interaction needs both sides named in its clause
            ctx.dropped.append(_brief(doc, ev, "no actor" if ev.actor is None else "no recipient"))
            continue
        if not ev.recipients and ev.event in needs_recipient():
            ctx.dropped.append(_brief(doc, ev, "no recipient (required for this type)"))
            continue
        if ev.actor is not None and ev.recipient is not None and not ev.extension and \
                _one_participant(doc, ev.actor, ev.recipient):
            ctx.dropped.append(_brief(doc, ev, "actor and recipient are the same"))
            continue
        why = not_reported(doc, ev)
        if why:
            ctx.dropped.append(_brief(doc, ev, why))
            continue
        kept.append(ev)
    kept = _merge_titles(kept)
    for ev in kept:      # a report merged in may have brought the actor back as its recipient
        if ev.actor is not None and not ev.extension:
            ev.recipients = [r for r in ev.recipients if not _one_participant(doc, ev.actor, r)]
    kept.sort(key=lambda e: (e.evidence.start, e.trigger.start))
    for n, ev in enumerate(kept, 1):
        ev.id = f"e{n}"
    doc.events.extend(kept)
    if ctx.dropped:
        doc.meta["events_not_reported"] = ctx.dropped
    return doc


def _one_participant(doc: Document, a: Participant, b: Participant) -> bool:
    """``a`` and ``b`` name one side: one span, one surface, a name and its bracketed alias, a person's full name
    and surname, a group in two cases."""
    return a.key() == b.key() or _surface(doc, a) == _surface(doc, b) or bracketed_alias(doc, a, b) \
        or one_person(doc, a, b) or one_group(doc, a, b)


def _one_attack(doc: Document, a: Event, b: Event) -> bool:
    """Two ASSAULT triggers of one sentence that report one attack: a death or injury and the attack it came
    from, joined by a word of cause within a few words ("قتل 3 جنود في هجوم انتحاري نفذه ...", "هجوم ... أسفر
    عن مقتل", "بتفجير"), or its dead and its wounded ("قتل ... وأصيب"), with sides that may be the same."""
    first, second = sorted((a, b), key=lambda e: e.trigger.start)
    t1, t2 = doc.text[first.trigger.start:first.trigger.end], doc.text[second.trigger.start:second.trigger.end]
    if not same_side(a.actor, b.actor):
        return False
    between = tokens_in(doc.text, first.trigger.end, second.trigger.start)
    h1, h2 = harm_word(norm(t1)), harm_word(norm(t2))
    if not between and not h1 and not h2:
        return True         # "شنوا هجوما انتحاريا": a noun and its adjective name one attack
    if h2 and not h1 and _outcome_link(between):
        return True         # "شنوا هجوما ... في قضاء دوجو بيازيد بولاية أجري شرقي تركيا مما أسفر عن مقتل اثنين"
    if len(between) > 8:
        return False
    if h1 and h2:
        # "قتل 17 مدنيا وجرح 121 آخرون": the dead and the wounded of one attack, the second verb joined by و
        return norm(t2).startswith("و") and not (between and between[-1].norm in (",", "،"))
    if h1 == h2:
        return False
    return norm(t2).startswith("ب") or any(t.norm.lstrip("و") in ATTACK_LINKS for t in between)


def _restates(doc: Document, k: Event, ev: Event) -> bool:
    """``ev``'s attack verb comes right after an attack noun ``k`` reports ("قتلوا أكثر من عشرين جنديا ... في هجمات
    استهدفت معسكرات للجيش"): a clause describing that attack, not another one."""
    if _nominal(doc, ev) or harm_word(norm(doc.text[ev.trigger.start:ev.trigger.end])):
        return False
    # an indefinite noun only: after a definite one the verb is the sentence's own ("أن الغارة استهدفت أبا خليل")
    return any(s.end <= ev.trigger.start and not tokens_in(doc.text, s.end, ev.trigger.start)
               and not norm(doc.text[s.start:s.end]).lstrip("وف").startswith("ال") for s in [k.trigger, *k.mentions])


OUTCOME_LINKS = words("outcome_links")


def _outcome_link(between: list[Token]) -> bool:
    """The words between an attack and a death end with a verb of outcome ("مما أسفر عن", "ما أدى إلى"), within one
    clause of at most 25 words and with no other attack between: the death is that attack's outcome, however far its
    target and place spread."""
    words_ = [t.norm for t in between]
    if not 2 <= len(words_) <= 25 or any(w in BARRIER_WORDS for w in words_):
        return False
    if any(t.event == "ASSAULT" and not t.rule.extension and t.tokens[0] > 0 for t in find(between)):
        return False        # "قصفت دبابات تركية ... بعد إطلاق نيران منها ... أدى إلى مقتل جندي تركي": the nearer act's
                            # outcome (an adjective right after the first, "هجوما انتحاريا", is the first's own)
    j = len(words_) - (2 if words_[-1] in ("عن", "الي") else 1)
    # the verb tells the whole clause's outcome ("مما أسفر عن") or is joined to it ("الهجوم الذي شنه ... وأسفر عن"); a
    # bare one may be another act's ("بعد إطلاق نيران منها في وقت سابق أدى إلى مقتل جندي تركي")
    return words_[j].lstrip("و") in OUTCOME_LINKS and (words_[j].startswith("و") or j >= 1 and words_[j - 1] in ("ما", "مما"))


def _clause_between(doc: Document, a: Event, b: Event) -> bool:
    """A word opening a new clause stands between the two triggers ("قصفت طائرات التحالف مواقع الحوثيين ...، بينما
    قتل 9 ... في هجوم للمقاومة"), or the second is a verb right after an unnamed person, whom it describes."""
    first, second = sorted((a, b), key=lambda e: e.trigger.start)
    between = tokens_in(doc.text, first.trigger.end, second.trigger.start)
    if between and not second.noun and between[-1].norm in UNNAMED_SUBJECTS and not between[-1].norm.startswith("ال"):
        return True     # "فتحت الشرطة النار ... على رجل اقتحم بسيارته طوقًا": what the man did is a clause of its own
    return any(t.norm in BARRIER_WORDS for t in between)


def _token_at(doc: Document, span: Span):
    """The first token of ``span`` (a trigger)."""
    return tokens_in(doc.text, span.start, span.end)[0]


def _announcement_day(doc: Document, keep: Event, other: Event) -> bool:
    """``other``'s date is named before an "أن" that opens ``keep``'s clause ("أعلن عريقات الجمعة أن المستوطنين
    نفذوا أحد عشر ألف اعتداء ... منذ العام 2004"): the day of the announcement, not of a recalled act."""
    if other.date_span is None or other.date_span.start >= keep.trigger.start:
        return False
    return any(t.norm in _THAT for t in tokens_in(doc.text, other.date_span.end, keep.trigger.start))


def _absorb(keep: Event, other: Event, sides: bool = True, announced: bool = False) -> None:
    """``other`` reports the act ``keep`` reports: remember where, and fill what ``keep`` lacks (its actor and its
    target only with ``sides``; a recalled act takes no date ``announced`` before its clause)."""
    keep.mentions.append(Span(other.trigger.start, other.trigger.end))
    # never one participant on both sides ("ما أسفر عن مقتل سبعة مسلحين": the dead are not who attacked)
    if keep.actor is None and other.actor is not None and sides and \
            not any(r.key() == other.actor.key() for r in keep.recipients):
        keep.actor = other.actor
    if not keep.recipients and other.recipients and sides:
        keep.recipients = [r for r in other.recipients if keep.actor is None or r.key() != keep.actor.key()]
    if not keep.mode and other.mode:
        keep.mode = other.mode
    # a recalled act is not dated by the article's lead through a clause that restates it ("بعد أقل من شهر على
    # الهجوم ... والذي استهدف مركزين"): only a time written in its own sentence dates it
    said_here = other.date_span is not None and keep.evidence.start <= other.date_span.start < keep.evidence.end
    # a coarse time of its own ("الأسبوع الماضي", no day named) is kept: another clause's day does not replace it
    coarse = keep.date_span is not None and keep.date_span.label == COARSE
    # a date taken from the article's lead gives way to one written in the act's own sentence ("قتل 29 جنديا
    # أوكرانيا وأصيب 175 ... في يوليو": the month named after the wounded dates the dead too)
    from_lead = keep.date is not None and keep.date_span is not None and \
        not keep.evidence.start <= keep.date_span.start < keep.evidence.end
    # in one sentence, a date the other took from the lead is one ``keep`` was refused ("بعد وقت قصير على مقتل 32 شخصا
    # في سروج في تفجير انتحاري": both are background to the news)
    lent = other.evidence == keep.evidence and (
        other.date_span is None or not other.evidence.start <= other.date_span.start < other.evidence.end)
    # a day ``keep`` was refused is not lent back by the other ("استنكر ... في تصريح له أمس، الهجوم ...، وأسفر عن
    # سقوط ضحايا ... وإصابة آخرين": yesterday is the condemnation's, not the attack's)
    refused = keep.date is None and keep.date_span is not None and other.date_span is not None and \
        (keep.date_span.start, keep.date_span.end) == (other.date_span.start, other.date_span.end)
    if (keep.date is None or from_lead and said_here and "historical" not in keep.aux + other.aux) and not coarse and \
            other.date is not None and not lent and not refused and ("historical" not in keep.aux or said_here and not announced):
        if keep.date is None and said_here and "historical" in keep.aux and "historical" not in other.aux and \
                len(other.date or "") == 10:
            # "وكان تفجير انتحاري استهدف مساء اليوم الخميس مسجدا": the verb that restates the noun dates it today, so
            # the كان before the noun tells the day's news, not a recalled act
            keep.aux.remove("historical")
        keep.date, keep.date_span = other.date, other.date_span
        keep.aux += [a for a in other.aux if a == "historical" and a not in keep.aux]
    if other.mode == "yield" and keep.event in ("REQUEST", "REJECT"):
        keep.mode = "yield"


def _split(ev: Event) -> list[Event]:
    """One event per recipient ("اتصل بايدن برئيسة وزراء السويد ... ورئيس فنلندا ...")."""
    if len(ev.recipients) <= 1:
        return [ev]
    out = []
    for r in ev.recipients:
        e = copy.copy(ev)
        e.recipients = [r]
        e.mentions = []
        out.append(e)
    return out


def _merge_titles(evs: list[Event]) -> list[Event]:
    """A headline event and the body event reporting the same act are one event (kept at the body)."""
    out = [e for e in evs if e.segment not in ("title", "heading")]
    heads = sorted(e.evidence.start for e in evs if e.segment == "heading")
    for t in (e for e in evs if e.segment in ("title", "heading")):
        if t.extension:
            continue
        # a subheading ("* تفجير انتحاري يهز جامعة جنوب شرقي باكستان") heads the story after it, up to the next one
        lo = t.evidence.start if t.segment == "heading" else -1
        hi = min((h for h in heads if h > lo), default=10**12) if t.segment == "heading" else 10**12
        story = [b for b in out if not b.extension and b.event == t.event and lo < b.trigger.start < hi]
        match = next((b for b in story if same_act(b, t)), None)
        if match is None:
            match = next((b for b in story if same_side(b.recipient, t.recipient)), None)
        if match is not None:
            _absorb(match, t)
            match.confidence = min(0.99, match.confidence + 0.1)
        else:
            out.append(t)
    return out


def _classify(doc: Document, evs: list[Event], ctx: Ctx) -> None:
    from .classifier import confirm

    confirm(doc, evs, ctx.dropped)


def _is_antecedent(actor: Participant | None, antecedent: tuple[int, int, Any]) -> bool:
    """Whether ``actor`` is the one a nameless counterpart ("نظيره الروسي") was said of: the same mention or
    another mention of the same person."""
    if actor is None:
        return False
    start, end, cluster = antecedent
    return actor.start < end and start < actor.end or (cluster is not None and actor.cluster == cluster)


SPORTS_SHARE = 0.3      # share of an article's body sentences with sports or culture wording that makes it such an article


def _own_people(doc: Document, ev: Event) -> bool:
    """A demand made of a whole people, the speaker's own or a speaker of no known country ("وطالب الغنوشي
    التونسيين بالتمسك بمبدأ التضامن"): an appeal to the public, not a request of a political actor."""
    if ev.event != "REQUEST" or len(ev.recipients) != 1:
        return False
    r = ev.recipients[0]
    word = norm(doc.text[r.start:r.end]).strip()
    plural_nisba = " " not in word and word.startswith("ال") and word.endswith(("يين", "يون"))
    if not (plural_nisba and r.country is not None and r.sector is None and r.label != "PER" and (
            ev.actor is None or ev.actor.country in (None, r.country))):
        return False
    # the people named right after the verb or its subject, not a nisba describing a noun ("من هيئة المهندسين
    # السعوديين": the council was asked)
    before = doc.text[:r.start].rstrip()
    tail = norm(before[-20:])
    aside = next((a for a in SIDE_ASIDES if tail.endswith(" " + a)), None)
    if aside is not None:           # "وطالب من جهته اليمنيين": an aside of the speaker's side between
        before = before[:len(before) - len(aside)].rstrip()
    return before.endswith(doc.text[ev.trigger.start:ev.trigger.end]) or (
        ev.actor is not None and before.endswith(doc.text[ev.actor.start:ev.actor.end]))


def _wounded_treated(doc: Document, live: list[Event]) -> set[int]:
    """Start offsets of the sentences whose every ASSAULT trigger is a noun of the wounded and which speak of
    treating or moving them ("كما نقل ثمانية جرحى إلى مستشفى", "الجرحى اليمنيين سيتلقون العلاج"): no attack is
    reported there (the attack, if any, is told in a sentence of its own)."""
    by: dict[int, bool] = {}
    ends: dict[int, int] = {}
    for ev in live:
        if ev.event != "ASSAULT" or ev.extension:
            continue
        trig = norm(doc.text[ev.trigger.start:ev.trigger.end]).split()[0].lstrip("و")
        before = norm(doc.text[ev.evidence.start:ev.trigger.start]).split()
        # "من مصابي تفجير مسجد إدارة الطوارئ": the attack names whom the wounded are, it is not reported again
        wounded = trig in CASUALTY_NOUNS or bool(before and before[-1].lstrip("و") in CASUALTY_NOUNS)
        by[ev.evidence.start] = by.get(ev.evidence.start, True) and wounded
        ends[ev.evidence.start] = ev.evidence.end
    return {start for start, only_wounded in by.items() if only_wounded and any(
        set(candidates(w)) & TREATMENT_WORDS for w in norm(doc.text[start:ends[start]]).split())}


TOLL_AT_LEAST = 1000     # dead or hurt: a count this large, with no attack named, is a war's or a year's toll


def _toll(ev: Event) -> bool:
    """The act counts a thousand or more people ("قتل 1592 شخصًا" in six months, "3225 شخصا مجهولا قتلوا في
    الصراع"): with only deaths or injuries named, that is a toll over time, not one attack."""
    return any(q.attrs.get("measures") in ("count", "people") and (q.attrs.get("value") or 0) >= TOLL_AT_LEAST
               for q in ev.quantities)


def _accident_recalled(doc: Document, live: list[Event], us: list[Unit]) -> set[int]:
    """ids of the ASSAULT events after an accident in the article whose sentence names "the incident" again
    ("وأضاف: أنه نتج عن الحادث وفاة تسعة أشخاص" after "إثر حادث سير حافلة"), or that follow it with no one
    named who did harm ("وأصيب عدة أشخاص بجروح خطيرة" after "بعدما تحطمت حافلة سياحية"), until an attack told
    with a doer: their deaths and injuries are the accident's. The accident is told by a coded event's sentence or
    by the title or the lead sentence when it has an accident cue ("وقع صباح اليوم حادث تصادم بين ثلاث مركبات" and
    then "أصيبت امرأة في الحادث"); elsewhere such a word mostly tells of something else ("بانهيار دفاعات داعش")."""
    lead = [u for u in us if u.kind == "title"] + [u for u in us if u.kind == "body"][:1]
    starts = [ev.evidence.start for ev in live if "accident" in ev.aux]
    starts += [u.start for u in lead if X.sentence_marked(tokens_in(doc.text, u.start, u.end), "accident")]
    if doc.title and X.sentence_marked(tokens_in(doc.title, 0, len(doc.title)), "accident"):
        starts.append(-1)         # a title kept apart from the text ("حادث سير يودي بحياة 16 شخصا"): before it all
    first = min(starts, default=None)
    if first is None:
        return set()
    out = set()
    told = False            # an attack with its doer told since the accident: the accident's story has ended
    for ev in sorted(live, key=lambda e: e.evidence.start):
        if ev.event != "ASSAULT" or ev.evidence.start <= first or "accident" in ev.aux or ev.extension:
            continue
        words_ = norm(doc.text[ev.evidence.start:ev.evidence.end]).split()
        if any(w.strip(".,،:؛\"«»()") in INCIDENT_WORDS for w in words_) or (ev.actor is None and not told):
            out.add(id(ev))
        else:
            told = True
    return out


def _sports_article(doc: Document, us: list[Unit]) -> bool:
    """Whether the body is a sports or culture article: at least three of its sentences, and SPORTS_SHARE of them,
    carry sports or culture wording; then a sentence without such words ("ورفض مورينيو الحديث عن قرار الحكم بطرد
    الحارس كورتوا") is read as one of them too."""
    body = [u for u in us if u.kind == "body"]
    n = sum(1 for u in body if X.offtopic(tokens_in(doc.text, u.start, u.end)))
    return n >= 3 and n >= SPORTS_SHARE * len(body)


VISIT_ADJECTIVES = words("visit_adjectives")


def _visits_a_site(doc: Document, ev: Event) -> bool:
    """What the visit is to is a site (``VISITED_SITES``, as in the non-event test of a visit noun followed by one),
    read past an adjective, "لبعض" or the visitor ("زيارة مفاجئة لمركز تصحيح أوضاع اليمنيين", "زيارة لبعض الوحدات
    العسكرية", "زار العبادي قاعدة عسكرية"): an inspection, no meeting between sides. (A headquarters is left out: "زار
    مقر الأمم المتحدة" visits the organisation.)"""
    start = ev.trigger.end
    if ev.actor is not None and start <= ev.actor.start and not tokens_in(doc.text, start, ev.actor.start):
        start = ev.actor.end          # "زار العبادي قاعدة عسكرية": the visitor named between
    after = tokens_in(doc.text, start, min(len(doc.text), start + 80))[:6]
    words_ = [t.norm for t in after if t.norm not in VISIT_ADJECTIVES]
    while words_ and words_[0] in ("الي", "لبعض", "بعض"):
        words_ = words_[1:]
    if not words_:
        return False
    return bool(set(candidates(words_[0])) & VISITED_SITES)


def _brief(doc: Document, ev: Event, why: str) -> dict:
    return {"event": ev.event, "why": why, "trigger": doc.text[ev.trigger.start:ev.trigger.end],
            "start": ev.trigger.start, "end": ev.trigger.end}


def component(doc: Document) -> Document:
    """Pipeline entry point: code the document's events."""
    if doc.events and any(isinstance(e, Event) for e in doc.events):
        return doc
    return code(doc)
