"""Turning partial and relative date values into full ones against an anchor (the publication date).

Values are ISO-8601 strings, partial ones keeping unknown parts as ``X``:

- ``XXXX-05-13`` a day and month with no year, ``XXXX-01`` a month with no year,
- ``XXXX-WXX-5`` a weekday (ISO numbering, 5 = Friday) with no week,
- ``REF-1D`` / ``REF+2W`` / ``REF-3M`` / ``REF-1Y`` an offset from the anchor (the *template* of a
  relative expression), read at a granularity: ``D`` a date, ``W`` an ISO week, ``M`` a month, ``Y`` a year.

Nothing is invented: with no anchor a partial value stays partial and a relative one has no value.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

PAST, FUTURE = "past", "future"
_PARTIAL = re.compile(r"^XXXX-(?:(?P<mo>\d\d)(?:-(?P<d>\d\d))?|W(?:XX)?-(?P<wd>[1-7]))$")
_REF = re.compile(r"^REF(?P<n>[+-]\d+)(?P<u>[DWMY])$")


def parse_anchor(value: object) -> date | None:
    """A :class:`date` from ``date``/``datetime``/"YYYY-MM-DD..." or None when it is not a date."""
    if value is None:
        return None
    if isinstance(value, date):
        return value if type(value) is date else value.date()  # type: ignore[attr-defined]
    m = re.match(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})", str(value))
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def shift_months(d: date, months: int) -> tuple[int, int]:
    """(year, month) ``months`` after the month of ``d``."""
    total = d.year * 12 + (d.month - 1) + months
    return total // 12, total % 12 + 1


def add(anchor: date, offset: int, unit: str) -> date:
    """``anchor`` moved by ``offset`` units (months and years keep the day where possible)."""
    if unit == "D":
        return anchor + timedelta(days=offset)
    if unit == "W":
        return anchor + timedelta(weeks=offset)
    months = offset * (12 if unit == "Y" else 1)
    y, m = shift_months(anchor, months)
    for day in (anchor.day, 30, 29, 28):
        try:
            return date(y, m, day)
        except ValueError:
            continue
    return date(y, m, 28)


def at_granularity(d: date, granularity: str) -> str:
    """``d`` written at a granularity: D ``2022-10-21``, W ``2022-W42``, M ``2022-10``, Y ``2022``."""
    if granularity == "W":
        y, w, _ = d.isocalendar()
        return f"{y:04d}-W{w:02d}"
    if granularity == "M":
        return f"{d.year:04d}-{d.month:02d}"
    if granularity == "Y":
        return f"{d.year:04d}"
    if granularity == "C":
        return f"{d.year // 100:02d}XX"
    return d.isoformat()


def resolve_offset(template: str, anchor: date | None, granularity: str = "D") -> str | None:
    """Value of a relative template (``REF-1D``...) against ``anchor``; None without an anchor or when
    the offset leaves the calendar (years before 1 or after 9999)."""
    m = _REF.match(template or "")
    if not m or anchor is None:
        return None
    try:
        return at_granularity(add(anchor, int(m.group("n")), m.group("u")), granularity)
    except (ValueError, OverflowError):
        return None


def resolve_partial(value: str | None, anchor: date | str | None, direction: str | None = None,
                    strict: bool = False) -> str | None:
    """Fill the unknown year (or week) of a partial ``value`` from ``anchor``.

    The chosen date is the most recent one not after the anchor, or with ``direction="future"`` the next
    one not before it (``strict`` excludes the anchor day itself: "الخميس الماضي"/"المقبل"). Values that
    are already complete are returned as they are; with no anchor the partial value is returned unchanged.
    ``REF...`` templates are resolved with :func:`resolve_offset`.
    """
    a = parse_anchor(anchor)
    if value is None:
        return None
    if value.startswith("REF"):
        return resolve_offset(value, a)
    m = _PARTIAL.match(value)
    if not m or a is None:
        return value
    future = direction == FUTURE
    if m.group("wd"):
        wd = int(m.group("wd"))
        if future:
            delta = (wd - a.isoweekday()) % 7
            if delta == 0 and strict:
                delta = 7
        else:
            delta = -((a.isoweekday() - wd) % 7)
            if delta == 0 and strict:
                delta = -7
        return (a + timedelta(days=delta)).isoformat()
    mo = int(m.group("mo"))
    if m.group("d") is None:
        y = a.year
        if future:
            if mo < a.month or (strict and mo == a.month):
                y += 1
        elif mo > a.month or (strict and mo == a.month):
            y -= 1
        return f"{y:04d}-{mo:02d}"
    day = int(m.group("d"))
    step = 1 if future else -1
    y = a.year
    for _ in range(9):   # a 29 February may need up to 8 years
        try:
            d = date(y, mo, day)
        except ValueError:
            y += step
            continue
        if (future and (d > a or (d == a and not strict))) or (not future and (d < a or (d == a and not strict))):
            return d.isoformat()
        y += step
    return value


def hijri_to_gregorian(y: int, m: int, d: int) -> date | None:
    """The Gregorian date of a Hijri (Umm al-Qura) date, or None outside the supported range."""
    try:
        from hijridate import Hijri
        return Hijri(y, m, d).to_gregorian()
    except (ImportError, ValueError, OverflowError):
        return None


def hijri_month_span(y: int, m: int) -> str | None:
    """ISO interval of the Gregorian days of a Hijri month (``2015-06-18/2015-07-16``)."""
    first = hijri_to_gregorian(y, m, 1)
    nxt = hijri_to_gregorian(y + (m == 12), m % 12 + 1, 1)
    if first is None or nxt is None:
        return None
    return f"{first.isoformat()}/{(nxt - timedelta(days=1)).isoformat()}"


def hijri_year_span(y: int) -> str | None:
    """ISO interval of the Gregorian days of a Hijri year."""
    first, nxt = hijri_to_gregorian(y, 1, 1), hijri_to_gregorian(y + 1, 1, 1)
    if first is None or nxt is None:
        return None
    return f"{first.isoformat()}/{(nxt - timedelta(days=1)).isoformat()}"


def hijri_of(d: date) -> tuple[int, int, int] | None:
    try:
        from hijridate import Gregorian
        h = Gregorian(d.year, d.month, d.day).to_hijri()
        return h.year, h.month, h.day
    except (ImportError, ValueError, OverflowError):
        return None


def resolve_hijri(month: int, day: int | None, anchor: date | None, direction: str | None = None) -> tuple[str | None, str]:
    """A Hijri day/month with no year, against ``anchor``: (gregorian value or None, hijri partial)."""
    hpart = f"XXXX-{month:02d}" + (f"-{day:02d}" if day else "")
    if anchor is None:
        return None, hpart
    h = hijri_of(anchor)
    if h is None:
        return None, hpart
    ay = h[0]
    for y in ((ay, ay + 1) if direction == FUTURE else (ay, ay - 1)):
        if day:
            g = hijri_to_gregorian(y, month, day)
            if g and ((g >= anchor) if direction == FUTURE else (g <= anchor)):
                return g.isoformat(), f"{y:04d}-{month:02d}-{day:02d}"
        else:
            span = hijri_month_span(y, month)
            if span:
                start, end = span.split("/")
                if (end >= anchor.isoformat()) if direction == FUTURE else (start <= anchor.isoformat()):
                    return span, f"{y:04d}-{month:02d}"
    return None, hpart
