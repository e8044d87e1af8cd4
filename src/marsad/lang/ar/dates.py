"""Arabic temporal expressions, resolved against the publication date.

:func:`find_times` finds dates (every month-name tradition: يناير / كانون الثاني / جانفي, paired forms
"13 أيار/مايو"), numeric and Hijri dates, weekdays, relative expressions (أمس، الأسبوع الماضي، منذ 3 أيام),
durations and clock times in a text, and resolves them against an anchor date when one is given.
The pipeline component adds one ``times`` span per expression, anchored on ``doc.published`` (never
the page-chrome date). Values are ISO-8601, partial ones keep unknown parts as ``X`` ("XXXX-05-13");
without an anchor nothing relative is resolved. :func:`resolve` re-resolves an expression with
another direction (the event coder uses it when a verb speaks of the future).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from ...doc import Document, Span
from .dates_data import lexicon
from .dates_match import Cand, candidates
from .dates_resolve import (at_granularity, hijri_month_span, hijri_of, hijri_to_gregorian, hijri_year_span,
                            parse_anchor, resolve_hijri, resolve_offset, resolve_partial)
from .normalise import HARAKAT, normalise

__all__ = ["TimeExpr", "find_times", "resolve", "resolve_span", "resolve_partial", "component"]

KINDS = ("date", "weekday", "relative", "time", "duration", "hijri", "year", "month")
GAP_WEEKDAY_DATE = re.compile(r"^\s*(?:[,\-(]|الموافق(?:\s+ل)?|الموافق\s*:)?\s*$")
GAP_DATE_TIME = re.compile(r"^\s*(?:[,\-]|في|عند|علي|حوالي|نحو|قرابه|تمام|و)?\s*$")
GAP_TIME_DATE = re.compile(r"^\s*(?:[,\-]|من|في)?\s*$")
GAP_MONTH_NUM = re.compile(r"^\s*$")


@dataclass
class TimeExpr:
    """A temporal expression at original offsets ``[start, end)`` with its ISO-8601 ``value``."""

    start: int
    end: int
    text: str
    value: str | None
    kind: str
    anchor: str | None = None
    resolved: bool = False
    direction: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def attrs(self) -> dict[str, Any]:
        return {"value": self.value, "anchor": self.anchor, "kind": self.kind, "resolved": self.resolved,
                "direction": self.direction, **self.extra}


def _select(cands: list[Cand], n: int) -> list[Cand]:
    """Longest non-overlapping candidates (ties: lower ``prio`` first), in text order."""
    chosen: list[Cand] = []
    taken = bytearray(n + 1)   # 1 where a chosen candidate lies
    for c in sorted(cands, key=lambda c: (-(c.ne - c.ns), c.prio, c.ns)):
        if taken.find(1, c.ns, c.ne) != -1:
            continue
        chosen.append(c)
        taken[c.ns:c.ne] = b"\x01" * (c.ne - c.ns)
    return sorted(chosen, key=lambda c: c.ns)


def _dayish(c: Cand) -> bool:
    return c.kind in ("date", "weekday") or (c.kind == "relative" and c.gran == "D") or (
        c.kind == "hijri" and c.hijri is not None and c.hijri[2] is not None)


def _merge(cs: list[Cand], t: str) -> list[Cand]:
    """Join neighbours that form one expression: weekday + date, month + "(dd/mm/yyyy)", day + time."""
    out: list[Cand] = []
    for c in cs:
        p = out[-1] if out else None
        gap = t[p.ne:c.ns] if p else ""
        if (p and (p.kind == "weekday" or (p.kind == "relative" and p.gran == "D")) and c.kind in ("date", "hijri")
                and (c.d is not None or bool(c.hijri and c.hijri[2])) and c.time is None
                and GAP_WEEKDAY_DATE.match(gap)):
            # "الخميس 23 ديسمبر 2021", "اليوم السبت 22 أكتوبر", "الجمعة (21 أكتوبر)": the date says which day
            ne = c.ne + 1 if "(" in gap and t[c.ne:c.ne + 1] == ")" else c.ne
            wd = p.wd if p.kind == "weekday" else p.extra.get("weekday")
            extra = {**c.extra, **({"weekday": wd} if wd else {})}
            out[-1] = replace(c, ns=p.ns, ne=ne, extra=extra, part=c.part or p.part,
                              direction=c.direction or (p.direction if p.kind == "weekday" else None),
                              strict=c.strict or (p.strict if p.kind == "weekday" else False), time=p.time)
        elif (p and p.kind == "relative" and p.gran == "D" and c.kind == "weekday" and not c.strict
              and p.time is None and re.fullmatch(r"\s*\(?\s*", gap)):
            ne = c.ne + 1 if "(" in gap and t[c.ne:c.ne + 1] == ")" else c.ne
            out[-1] = replace(p, ne=ne, extra={**p.extra, "weekday": c.wd})
        elif p and p.kind == "month" and p.y is None and c.kind == "date" and c.mo == p.mo and GAP_MONTH_NUM.match(gap.replace("(", "")):
            out[-1] = replace(c, ns=p.ns)
        elif p and _dayish(p) and p.time is None and c.kind == "time" and GAP_DATE_TIME.match(gap):
            out[-1] = replace(p, ne=c.ne, time=c.time, part=c.part or p.part, extra={**p.extra, **c.extra})
        elif p and p.kind == "time" and _dayish(c) and c.time is None and GAP_TIME_DATE.match(gap):
            out[-1] = replace(c, ns=p.ns, time=p.time, part=p.part or c.part, extra={**c.extra, **p.extra})
        else:
            out.append(c)
    return out


_SENTENCE_END = re.compile(r"[.!?\n]")


def _future_cues(cs: list[Cand], t: str) -> None:
    """A date with no year or a bare weekday after an explicit future marker in the same sentence
    ("من المقرر أن ... في 13 مايو", "سيعقد المجلس جلسته الخميس") is read forwards."""
    cue = lexicon().patterns["future_cue"]
    for c in cs:
        open_ended = (c.kind in ("date", "month") and c.y is None) or c.kind == "weekday" or (
            c.kind == "hijri" and c.hijri is not None and c.hijri[0] is None)
        if not open_ended or c.direction is not None:
            continue
        start = max(0, c.ns - 60)
        ends = [m.end() for m in _SENTENCE_END.finditer(t, start, c.ns)]
        if cue.search(t, ends[-1] if ends else start, c.ns):
            c.direction = "future"


def _dayparts(cs: list[Cand], t: str) -> None:
    """Extend a day to a part of the day said before it ("مساء أمس", "صباح الجمعة")."""
    lex = lexicon()
    prev_end = 0
    for c in cs:
        if _dayish(c) and c.time is None:
            window_start = max(prev_end, c.ns - 30)
            m = lex.patterns["dp_before"].search(t, window_start, c.ns)
            if m:
                c.part = lex.dayparts[" ".join(m.group("dp").split())][0]
                c.ns = m.start("dp")
        prev_end = c.ne


def _value(c: Cand, a: date | None) -> tuple[str | None, bool, bool, dict[str, Any]]:
    """(value, resolved, anchor used, extra attributes) of a candidate against anchor ``a``."""
    extra: dict[str, Any] = dict(c.extra)
    if c.kind == "date" and c.mo is None and "month_offset" in extra:
        offset = extra.pop("month_offset")
        if a is None:
            return f"XXXX-XX-{c.d:02d}", False, False, extra
        y, mo = divmod(a.year * 12 + a.month - 1 + offset, 12)
        mo += 1
        return (f"{y:04d}-{mo:02d}-{c.d:02d}" if _valid(y, mo, c.d) else None), True, True, extra
    if c.kind in ("date", "month"):
        partial = f"{c.y:04d}" if c.y else "XXXX"
        partial += f"-{c.mo:02d}" + (f"-{c.d:02d}" if c.d else "")
        if c.y:
            if c.d and not _valid(c.y, c.mo, c.d):
                return None, False, False, extra
            return partial, True, False, extra
        if a is None:
            return partial, False, False, extra
        if c.current:
            partial = f"{a.year:04d}" + partial[4:]
            return (partial if not c.d or _valid(a.year, c.mo, c.d) else None), True, True, extra
        v = resolve_partial(partial, a, c.direction, c.strict)
        wd = c.extra.get("weekday")
        if wd and c.d and v and date.fromisoformat(v).isoweekday() != wd:
            # the weekday said beside the date picks the year, when a neighbouring one fits; the next year only for a
            # date marked as still to come ("خلال زيارته إلى تونس الاثنين 20 يونيو" read in July is not next June)
            for y in (a.year, a.year - 1) + ((a.year + 1,) if c.direction == "future" else ()):
                if _valid(y, c.mo, c.d) and date(y, c.mo, c.d).isoweekday() == wd:
                    return date(y, c.mo, c.d).isoformat(), True, True, extra
        return v, True, True, extra
    if c.kind == "weekday":
        partial = f"XXXX-WXX-{c.wd}"
        extra["weekday"] = c.wd
        if a is None:
            return partial, False, False, extra
        return resolve_partial(partial, a, c.direction, c.strict), True, True, extra
    if c.kind == "hijri":
        hy, hm, hd = c.hijri or (None, None, None)
        if hy and hm and hd:
            extra["hijri"] = f"{hy:04d}-{hm:02d}-{hd:02d}"
            g = hijri_to_gregorian(hy, hm, hd)
            return (g.isoformat() if g else None), g is not None, False, extra
        if hy and hm:
            extra["hijri"] = f"{hy:04d}-{hm:02d}"
            v = hijri_month_span(hy, hm)
            return v, v is not None, False, extra
        if hy:
            extra["hijri"] = f"{hy:04d}" + (f"/{c.y2:04d}" if c.y2 else "")
            v = hijri_year_span(hy)
            if v and c.y2:
                end = hijri_year_span(c.y2)
                v = f"{v.split('/')[0]}/{end.split('/')[1]}" if end else None
            return v, v is not None, False, extra
        if c.current and hm and a is not None and hijri_of(a) is not None:
            # "حتى 30 من شهر شوال الحالي": the anchor's own Hijri year, even when the day is still to come
            hy = hijri_of(a)[0]
            extra["hijri"] = f"{hy:04d}-{hm:02d}" + (f"-{hd:02d}" if hd else "")
            g = hijri_to_gregorian(hy, hm, hd) if hd else None
            v = g.isoformat() if g else (None if hd else hijri_month_span(hy, hm))
            return v, v is not None, True, extra
        v, h = resolve_hijri(hm or 1, hd, a, c.direction)
        extra["hijri"] = h
        return v, v is not None, v is not None, extra
    if c.kind == "year" and "decade" in c.extra:
        return extra.pop("decade"), True, False, extra
    if c.kind == "year" and "period" in extra:
        return f"{c.y:04d}-{extra.pop('period')}", True, False, extra
    if c.kind == "year":
        return (f"{c.y:04d}" + (f"/{c.y2:04d}" if c.y2 else "")), True, False, extra
    if c.kind == "relative":
        extra["template"] = c.template
        extra["granularity"] = c.gran
        if c.duration:
            extra["duration"] = c.duration
        v = resolve_offset(c.template or "", a, c.gran)
        wd = extra.get("weekday")
        if v and wd and c.gran == "D" and len(v) == 10 and date.fromisoformat(v).isoweekday() != wd:
            # "أمس الأربعاء" read on a Friday: the weekday named is the day. The anchor is often the date a page was
            # collected, after its publication, so a past or present day is the latest such weekday not after the
            # anchor; a coming one ("غدا الثلاثاء") the first not before it
            d = date.fromisoformat(v)
            ahead = d + timedelta(days=(wd - d.isoweekday()) % 7)
            behind = ahead - timedelta(days=7)
            if re.match(r"REF\+0*[1-9]", c.template or ""):
                v = (behind if a is not None and behind >= a else ahead).isoformat()
            else:
                v = (ahead if a is not None and ahead <= a else behind).isoformat()
            extra["weekday_corrected"] = True
        if v and "period" in extra:
            v = f"{v}-{extra.pop('period')}"
        return v, v is not None, v is not None, extra
    if c.kind == "duration":
        return c.duration, "X" not in (c.duration or "X"), False, extra
    return None, False, False, extra


def _valid(y: int, mo: int, d: int) -> bool:
    try:
        date(y, mo, d)
    except ValueError:
        return False
    return True


def _finish(c: Cand, a: date | None) -> tuple[str | None, str, bool, bool, dict[str, Any]]:
    """Value with the clock time attached, final kind, resolved, anchor used, extras."""
    kind = c.kind
    if c.kind == "time":
        h, mi = c.time or (0, 0)
        v, res, used, extra = f"T{h:02d}:{mi:02d}", True, False, dict(c.extra)
    else:
        v, res, used, extra = _value(c, a)
        if c.time is not None:
            h, mi = c.time
            if v and re.fullmatch(r"\d{4}-\d\d-\d\d", v):
                v = f"{v}T{h:02d}:{mi:02d}"
            else:
                extra["time"] = f"T{h:02d}:{mi:02d}"
    if c.part:
        extra["part"] = c.part
    return v, kind, res, used, extra


def _tidy(c: Cand, t: str) -> None:
    """Trim spaces, and brackets that do not pair inside the span: "( 1948 )" -> "1948",
    "1948 ) م" -> "( 1948 ) م"."""
    def trim() -> None:
        while c.ne > c.ns and t[c.ne - 1].isspace():
            c.ne -= 1
        while c.ns < c.ne and t[c.ns].isspace():
            c.ns += 1

    trim()
    span = t[c.ns:c.ne]
    opened, closed = span.count("("), span.count(")")
    if closed > opened:
        before = t[max(0, c.ns - 3):c.ns].rstrip()
        if before.endswith("("):
            c.ns = c.ns - (len(t[:c.ns]) - len(t[:c.ns].rstrip())) - 1
        elif span.endswith(")"):
            c.ne -= 1
    elif opened > closed:
        after = t[c.ne:c.ne + 3].lstrip()
        if after.startswith(")"):
            c.ne = c.ne + (len(t[c.ne:]) - len(t[c.ne:].lstrip())) + 1
        elif span.startswith("("):
            c.ns += 1
    trim()
    span = t[c.ns:c.ne]
    if span.startswith("(") and span.endswith(")") and span.count("(") == 1 and span.count(")") == 1:
        c.ns, c.ne = c.ns + 1, c.ne - 1
        trim()


def find_times(text: str, anchor: date | str | None = None) -> list[TimeExpr]:
    """Temporal expressions in ``text``, resolved against ``anchor`` (a date or "YYYY-MM-DD") when given."""
    lex = lexicon()
    a = parse_anchor(anchor)
    nt = normalise(text)
    t = nt.text
    cs = _select(list(candidates(t, lex)), len(t))
    _dayparts(cs, t)
    cs = _merge(cs, t)
    _future_cues(cs, t)
    out: list[TimeExpr] = []
    name_head = lex.patterns["name_head"]
    for c in cs:
        if c.kind in ("date", "month") and c.y is None and name_head.search(t[max(0, c.ns - 20):c.ns]):
            continue   # "شارع 26 سبتمبر", "قوى 14 آذار": a date in a name (with its year, "ثورة 23 يوليو 1952", a time)
        _tidy(c, t)
        s, e = nt.span(c.ns, c.ne)
        if sum(ch in HARAKAT for ch in text[s:e]) >= 3 or "سن\u0651" in text[s:e]:
            continue   # fully vocalised scripture or verse ("بُشْرَاكُمُ الْيَوْمَ"), or "السنّة" (the Sunna)
        v, kind, res, used, extra = _finish(c, a)
        out.append(TimeExpr(s, e, text[s:e], v, kind, a.isoformat() if (used and a) else None, res,
                            c.direction, extra))
    return _narrative_years(text, _range_years(text, _almanac_years(text, out)), a)


# an entry of a "this day in history" list: a year and a dash or colon opening a line or following a full stop
# ("1948- فيضان ... في الصين. 1950- الاتحاد السوفياتي ...")
_ALMANAC_ENTRY = re.compile(r"(?:^|(?<=[.!?؟]))[ \t\u200f\u200e]*(1[0-9]{3}|20[0-9]{2})[ \t]*[-–—:][ \t]*(?=[^\d\s])",
                            re.M)
_SENTENCE_STOP = re.compile(r"[.!?؟]\s|\n")


NARRATIVE_REACH = 600   # characters before a yearless date within which an old year sets the story's time
SAME_CLAUSE_REACH = 150  # characters within which an old year told earlier in the same sentence is the date's year


def _narrative_years(text: str, out: list[TimeExpr], a: date | None) -> list[TimeExpr]:
    """A day and month without a year that the anchor would put in an earlier year ("في التاسع من أغسطس" in a piece
    dated 7 August 2015), told shortly after a date or year at least two years older than the anchor ("يوم السادس
    من أغسطس 1945"), belongs to that older story, not to last year: its year stays unknown. Told in the same sentence
    shortly after the old year ("في عام 1993، عندما قتل شخصان ... في الرابع من يوليو"), it takes that year."""
    if a is None:
        return out
    old_end: int | None = None          # where the last old year told so far ends
    old_year = ""
    for k in sorted(range(len(out)), key=lambda n: out[n].start):
        x = out[k]
        year = int(x.value[:4]) if x.value and x.value[:4].isdigit() else None
        if year is None:
            continue
        if x.anchor is None and year <= a.year - 2:
            old_end, old_year = max(old_end or 0, x.end), x.value[:4]
        elif x.anchor and x.kind == "date" and old_end is not None and 0 <= x.start - old_end <= SAME_CLAUSE_REACH \
                and not _SENTENCE_STOP.search(text, old_end, x.start):
            # "في عام 1993، عندما قتل شخصان ... في الرابع من يوليو": the year told just before, in the same sentence
            out[k] = replace(x, value=old_year + x.value[4:], anchor=None, resolved=True, direction=None)
        elif x.anchor and x.kind == "date" and year < a.year and old_end is not None \
                and x.start - old_end <= NARRATIVE_REACH:
            out[k] = replace(x, value="XXXX" + x.value[4:], anchor=None, resolved=False, direction=None)
    return out


# between the two ends of a range of dates: "من مارس وحتى ديسمبر 2014", "بين 3 و5 يوليو 2014", "من يناير إلى مارس 2013"
_RANGE_LINK = re.compile(r"\s*(?:و\s*)?(?:حتى|حتي|إلى|الى|إلي|لغاية|ولغاية|-|–)\s*$")


def _range_years(text: str, out: list[TimeExpr]) -> list[TimeExpr]:
    """The start of a range that names no year takes the year of its end ("من مارس وحتى ديسمبر 2014" is March
    2014, not March of the publication year), or the year before when its month comes later than the end's."""
    spans = sorted(range(len(out)), key=lambda n: out[n].start)
    for k, n in zip(spans, spans[1:]):
        x, y = out[k], out[n]
        if not (x.anchor and x.kind in ("date", "month") and y.anchor is None and y.kind in ("date", "month")):
            continue
        if not (x.value and y.value and x.value[4:5] == "-" and y.value[:4].isdigit() and x.value[5:7].isdigit()
                and y.value[5:7].isdigit()) or not _RANGE_LINK.fullmatch(text[x.end:y.start]):
            continue
        year = int(y.value[:4]) - (1 if x.value[5:7] > y.value[5:7] else 0)
        out[k] = replace(x, value=f"{year:04d}" + x.value[4:], anchor=None, resolved=True, direction=None)
    return out


def _almanac_years(text: str, out: list[TimeExpr]) -> list[TimeExpr]:
    """In an entry opened by a year ("1950- ... في فبراير"), that year is a time of its own and the year of the
    entry's dates that name none (they are not read against the publication date). An entry runs to the end of
    its sentence."""
    found = list(_ALMANAC_ENTRY.finditer(text))
    for n, m in enumerate(found):
        year, lo = m.group(1), m.start(1)
        stop = _SENTENCE_STOP.search(text, lo)
        hi = min(stop.end() if stop else len(text), found[n + 1].start(1) if n + 1 < len(found) else len(text))
        for k, x in enumerate(out):
            if lo <= x.start < hi and x.anchor and x.kind in ("date", "month") and x.value and x.value[4:5] == "-":
                out[k] = replace(x, value=year + x.value[4:], anchor=None, resolved=True, direction=None)
            elif lo <= x.start < hi and x.anchor and x.kind in ("weekday", "relative"):
                out[k] = replace(x, value=None, anchor=None, resolved=False)
        if not any(x.start <= lo < x.end for x in out):
            out.append(TimeExpr(lo, m.end(1), year, year, "year", None, True, None, {"almanac": True}))
    if found:
        out.sort(key=lambda x: x.start)
    return out


def resolve(expr: TimeExpr, anchor: date | str | None, direction: str | None = None) -> TimeExpr:
    """``expr`` resolved again against ``anchor``, e.g. with ``direction="future"`` when the verb is future.

    Only what the text left open changes: explicit years stay, relative offsets keep their sign.
    """
    a = parse_anchor(anchor)
    hits = find_times(expr.text, None)
    if len(hits) != 1:
        return expr
    h = hits[0]
    partial = h.value
    if h.kind in ("date", "month", "weekday") and partial and partial.startswith("XXXX") and a is not None:
        d = h.direction or direction   # a modifier in the text ("الماضي") wins over the caller's reading
        v = resolve_partial(partial.split("T")[0], a, d, strict=h.direction is not None)
        if "T" in partial:
            v = f"{v}T{partial.split('T')[1]}"
        return replace(expr, value=v, anchor=a.isoformat(), resolved=True, direction=d)
    hp = h.extra.get("hijri", "")
    if h.kind == "hijri" and hp.startswith("XXXX") and a is not None:
        parts = hp.split("-")
        d = h.direction or direction
        v, _ = resolve_hijri(int(parts[1]), int(parts[2]) if len(parts) > 2 else None, a, d)
        return replace(expr, value=v, anchor=a.isoformat(), resolved=v is not None, direction=d)
    if h.kind == "relative" and a is not None:
        v = resolve_offset(h.extra.get("template", ""), a, h.extra.get("granularity", "D"))
        return replace(expr, value=v, anchor=a.isoformat(), resolved=v is not None)
    return expr


def resolve_span(doc: Document, span: Span, direction: str | None = None) -> str | None:
    """The value of a ``times`` span of ``doc`` read again against ``doc.published`` with ``direction``
    ("future" when the event coder finds a future verb). Returns the span's own value when nothing changes."""
    a = span.attrs
    expr = TimeExpr(span.start, span.end, span.text_in(doc), a.get("value"), a.get("kind", span.label),
                    a.get("anchor"), bool(a.get("resolved")), a.get("direction"))
    return resolve(expr, doc.published, direction).value


def _segments(doc: Document) -> list[Span]:
    return sorted(doc.layers.get("segments", ()), key=lambda s: s.start)


def component(doc: Document) -> Document:
    """Add a ``times`` span for every temporal expression, resolved against ``doc.published``."""
    anchor = parse_anchor(doc.published)
    segs = _segments(doc)
    doc.layers["times"] = []
    for x in find_times(doc.text, anchor):
        attrs = x.attrs()
        seg = next((s for s in segs if s.start <= x.start < s.end), None)
        if seg is not None:
            attrs["segment"] = seg.label
        doc.add("times", Span(x.start, x.end, x.kind, attrs))
    doc.resources["dates"] = lexicon().version
    return doc


def granularity_of(value: str) -> str:
    """D, W, M or Y for a full value (helper for callers comparing dates)."""
    return "W" if "-W" in value else "D" if len(value) >= 10 else "M" if len(value) == 7 else "Y"


__all__ += ["granularity_of", "at_granularity", "KINDS"]
