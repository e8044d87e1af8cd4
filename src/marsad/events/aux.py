"""Auxiliary modes (historical, hypothetical, negated, future), PLOVER modes, attribution and dates.

Cue words live in ``resources/events/cues.tsv``, ``modes.tsv`` and ``attribution.tsv``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from ..doc import Document, Span
from ..lang.ar.tokens import Token, tokens_in
from ..resources import read_tsv
from .lexicon import words
from .trigger_index import FirstWordIndex
from .triggers import Spec, match_at, parse_pattern, parse_spec

ISO_PARTIAL = re.compile(r"^(\d{4}|XXXX)(-(\d{2}|XX)(-(\d{2}|XX))?)?$")
FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class Cue:
    aux: str
    scope: str
    window: int
    specs: tuple[Spec, ...]


@lru_cache(maxsize=1)
def cues() -> tuple[Cue, ...]:
    out = []
    for path, line, row in read_tsv("events/cues.tsv", required=("aux", "scope", "cue")):
        out.append(Cue(row["aux"].strip(), row["scope"].strip(), int(row.get("window") or 3),
                       parse_pattern(row["cue"], f"{path}:{line}")))
    return tuple(out)


@lru_cache(maxsize=1)
def mode_cues() -> tuple[tuple[str, str, tuple[Spec, ...]], ...]:
    return tuple((r["event"].strip(), r["mode"].strip(), parse_pattern(r["cue"], f"{p}:{n}"))
                 for p, n, r in read_tsv("events/modes.tsv", required=("event", "mode", "cue")))


@lru_cache(maxsize=1)
def attribution_cues() -> Spec:
    words = "|".join(r["cue"].strip() for _, _, r in read_tsv("events/attribution.tsv", required=("cue",)))
    return parse_spec(words, 0, "events/attribution.tsv")


def _any(specs: tuple[Spec, ...], toks: list[Token], lo: int, hi: int) -> bool:
    for i in range(max(lo, 0), hi):
        if match_at(specs, toks, i, hi):
            return True
    return False


# "cues"/"modes" -> (the patterns' source tuple, the index of their first words), rebuilt when they are reloaded
_STARTS: dict[str, tuple[tuple, FirstWordIndex]] = {}


def _starts(name: str, source: tuple, patterns) -> FirstWordIndex:
    got = _STARTS.get(name)
    if got is None or got[0] is not source:
        got = _STARTS[name] = (source, FirstWordIndex([p[0] for p in patterns(source)]))
    return got[1]


FOR_THE_SAKE = words("for_the_sake")


def _purpose_phrase(toks: list[Token], i: int) -> bool:
    """The cue word at ``i`` is "أجل" of "من أجل" (in order to), not the verb "أجّل" (postponed)."""
    return toks[i].norm in FOR_THE_SAKE and i > 0 and toks[i - 1].norm.lstrip("وف") == "من"


def _hit(specs: tuple[Spec, ...], toks: list[Token], where: list[int], lo: int, hi: int) -> bool:
    """``_any`` over the positions ``where`` known to match the first spec (sorted)."""
    lo = max(lo, 0)
    for i in where:
        if i >= hi:
            return False
        if i >= lo and not _purpose_phrase(toks, i) and match_at(specs, toks, i, hi):
            return True
    return False


def sentence_marked(toks: list[Token], aux: str) -> bool:
    """Whether a sentence carries one of the sentence-wide cues of ``aux`` ("offtopic", "accident")."""
    cs = cues()
    pos = _cue_positions(cs, toks, 0, len(toks))
    return any(cs[k].aux == aux and cs[k].scope == "sentence" and _hit(cs[k].specs, toks, where, 0, len(toks))
               for k, where in pos.items())


def offtopic(toks: list[Token]) -> bool:
    """Whether a sentence has sports or culture wording (the ``offtopic`` cues)."""
    return sentence_marked(toks, "offtopic")


def _cue_positions(cs: tuple[Cue, ...], toks: list[Token], lo: int, hi: int) -> dict[int, list[int]]:
    """Cue number -> positions in ``toks[lo:hi]`` where its first word matches."""
    return _starts("cues", cs, lambda src: (c.specs for c in src)).positions(toks, lo, hi)


PAST_PARTICLE_HEADS = words("past_particle_heads")


def imperfect(norm: str) -> bool:
    """The trigger token reads as a verb in the imperfect: يـ or نـ, or تـ in a form no verbal noun has
    ("تلتقي", "تجري", "توقع", "تبحثان"; not "توقيع", "تعاون", "تظاهرة")."""
    if norm.startswith(("ي", "ن")):
        return True
    return norm.startswith("ت") and (len(norm) == 4 or norm.endswith(("ي", "ان")))


def _before_imperfect(c: Cue, toks: list[Token], trig: int, clause_lo: int) -> bool:
    """A ``particle`` cue: the word right before a verb trigger in the imperfect ("أن يزور"), not itself after a
    word that makes the verb part of a told sequence ("قبل أن يلتقي")."""
    at = trig - 1
    # "حتى تنسحب الولايات المتحدة": after حتى / كي a تن- or تست- word is the imperfect of a form VII or X verb (its
    # perfect starts with ا), where a تـ word of another shape may be a perfect ("حتى تراجع المسلحون")
    verb = imperfect(toks[trig].norm) or (at >= 0 and toks[at].norm.lstrip("و") in ("حتي", "كي", "لكي")
                                          and toks[trig].norm.startswith(("تن", "تست")))
    if at < max(clause_lo, 0) or not verb or toks[at].norm.lstrip("وف").startswith("ال"):
        return False    # "الآن تحشد": a word with the article is no particle, though it folds to one
    if at > 0 and toks[at - 1].norm in PAST_PARTICLE_HEADS:
        return False
    return match_at(c.specs, toks, at, trig) is not None


def aux_modes(toks: list[Token], trig: int, clause_lo: int, sent_lo: int, sent_hi: int,
              clause_hi: int | None = None, verb: bool = False, conditional_speech: bool = False,
              saying: bool = False) -> list[str]:
    """Auxiliary modes for the trigger at token ``trig`` (``verb``: the trigger is a verb, which ``particle``
    cues need; ``conditional_speech``: a threat, warning or demand, whose condition after it ("هدد بالرد إذا
    هاجمت") is part of what was said, so no ``after`` cue makes it hypothetical; ``saying``: a verb of saying,
    whose future or past after it is what was said ("وقال الوزير إن الجولة المقبلة ..."), so no ``after`` cue
    makes the saying future or historical either, and a sentence-wide cue counts only before the verb)."""
    cs = cues()
    pos = _cue_positions(cs, toks, min(sent_lo, clause_lo, trig + 1),
                         min(len(toks), max(sent_hi, clause_hi or sent_hi, trig + 1)))
    found: list[str] = []
    for k, c in enumerate(cs):
        if c.aux in found:
            continue
        if c.scope == "before":
            lo, hi = max(clause_lo, trig - c.window), trig
        elif c.scope == "after":
            if (conditional_speech and c.aux == "hypothetical") or (saying and c.aux in ("future", "historical")):
                continue
            lo, hi = trig + 1, min(clause_hi or sent_hi, trig + 1 + c.window)
        elif c.scope == "start":
            if c.aux == "skip":
                continue
            lo, hi = sent_lo, min(sent_lo + c.window, trig)    # the sentence opens with the cue: "كيف يعتذر"
        elif c.scope == "particle":
            if verb and _before_imperfect(c, toks, trig, clause_lo):
                found.append(c.aux)
            continue
        elif c.scope == "clause":
            lo, hi = max(clause_lo, trig - c.window), trig
        else:
            lo, hi = sent_lo, (trig if saying else sent_hi)    # what was said is not the saying's time or mode
        if k in pos and _hit(c.specs, toks, pos[k], lo, hi):
            found.append(c.aux)
    return found


def event_mode(event: str, default: str, toks: list[Token], lo: int, hi: int) -> str:
    ms = mode_cues()
    pos = _starts("modes", ms, lambda src: (specs for _, _, specs in src)).positions(toks, lo, min(hi, len(toks)))
    for k, (ev, mode, specs) in enumerate(ms):
        if ev == event and k in pos and _hit(specs, toks, pos[k], lo, hi):
            return mode
    return default


def attribution_at(toks: list[Token], lo: int, hi: int) -> int | None:
    """Token index right after an attribution marker in ``toks[lo:hi]``, or None."""
    spec = attribution_cues()
    for i in range(lo, hi):
        if spec.matches(toks[i].norm):
            return i + 1
    return None


def time_value(span: Span) -> str | None:
    """The ISO value of a time span if it is a calendar date (partial allowed), else None."""
    v = span.attrs.get("value")
    if not isinstance(v, str):
        return None
    v = v.strip()
    if "T" in v[4:]:
        v = v.split("T")[0]          # "الساعة الحادية عشرة ... من مساء أول من أمس": the day, without the clock
    return v if ISO_PARTIAL.match(v) else None


def is_date(span: Span) -> bool:
    return span.attrs.get("kind") not in ("duration", "time", "set") and time_value(span) is not None


RECORD_WORDS = words("record_words")


def since_record(text: str, t: Span) -> bool:
    """The time ``t`` follows "منذ" after a record or a first ("بأعنف قصف مدفعي منذ ستة أشهر"): it tells when the
    last such act happened, so it dates neither this one nor the article."""
    before = [x.norm for x in tokens_in(text, max(0, t.start - 80), t.start)][-7:]
    own = [x.norm for x in tokens_in(text, t.start, t.end)][:1]
    if own and own[0].lstrip("و") == "منذ":
        before.append(own[0])
    if not before or before[-1].lstrip("و") != "منذ":
        return False
    return any(w.lstrip("وفبل") in RECORD_WORDS or w in RECORD_WORDS for w in before[:-1][-6:])


def lead_date(doc: Document, body_spans: list[tuple[int, int]],
              skip: Callable[[Span], bool] | None = None) -> tuple[str | None, Span | None]:
    """The article's own event date: the first dated time of the lead paragraph, else the publication
    date when the lead speaks of today/yesterday only through relative words the dater resolved, else None.
    A relative time of a year's grain ("منذ أكثر من عام", "العام الماضي") is the background of the news, not
    its day; neither is a time ``skip`` rejects."""
    times = sorted(doc.layers.get("times", ()), key=lambda s: s.start)
    for lo, hi in body_spans[:1]:
        for t in times:
            if t.attrs.get("kind") == "relative" and t.attrs.get("granularity") == "Y":
                continue
            if lo <= t.start < hi and t.attrs.get("kind") != "duration" and not since_record(doc.text, t) \
                    and not (skip is not None and skip(t)):
                v = time_value(t)
                if v or t.attrs.get("kind") in ("weekday", "relative"):
                    return v, t
    return None, None
