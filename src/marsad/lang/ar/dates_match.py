"""Finding temporal expressions in normalised Arabic text: each pattern match becomes a :class:`Cand`
(what was said, not yet resolved against any anchor), after the checks that keep ambiguous words
(مارس "practised", الاثنين "the two", صلاة الجمعة "the Friday prayer", صحيفة اليوم) out."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Iterator

from .dates_data import MONTH_PREPS, Lexicon

UNIT_ISO = {"D": ("", 1, "D"), "W": ("", 1, "W"), "M": ("", 1, "M"), "Y": ("", 1, "Y"), "H": ("T", 1, "H"),
            "MIN": ("T", 1, "M"), "S": ("T", 1, "S"), "DEC": ("", 10, "Y"), "CEN": ("", 100, "Y")}
AGO = {"منذ", "قبل"}
LATER = {"بعد"}
FRIDAY_PRAYER = {"صلاه", "خطبه", "خطيب", "امام", "ايمه", "جامع", "مسجد", "خطب", "صلوات", "بصلاه", "لصلاه", "وصلاه",
                 "خطبتي", "خطبتا", "منبر", "جمعه"}
PAIR_WORDS = {"بين", "كلا", "كلتا", "هذين", "هذان", "هاذين", "كل", "لكلا", "الواحد", "لا", "الله"}
PAIR_AFTER = {"معا", "منهما", "منهم", "عشر", "الاخرين", "الصمد", "الاخر"}
NEWSPAPER = {"صحيفه", "جريده", "لصحيفه", "لجريده", "بصحيفه", "موقع", "قناه", "برنامج"}
QUAL_MOD = {"مطلع": "START", "اوايل": "START", "بدايه": "START", "مستهل": "START", "اواسط": "MID", "منتصف": "MID",
            "اواخر": "END", "نهايه": "END", "اخر": "END"}
NOT_TODAY = {"ذلك", "ذات", "نفس", "ذاك", "طيله", "طوال", "طول", "مدار"}
RATE = {"مرات", "مره", "مرتين", "ساعات", "ساعه", "ساعتين", "كم", "كيلومتر", "كيلومترا", "وجبات", "وجبه", "رحلات", "رحله"}


@dataclass
class Cand:
    """One expression found at normalised offsets ``[ns, ne)``."""

    ns: int
    ne: int
    kind: str
    prio: int = 5
    y: int | None = None
    mo: int | None = None
    d: int | None = None
    y2: int | None = None
    wd: int | None = None
    hijri: tuple[int | None, int | None, int | None] | None = None   # (year, month, day)
    template: str | None = None
    gran: str = "D"
    duration: str | None = None
    time: tuple[int, int] | None = None
    part: str | None = None
    direction: str | None = None
    strict: bool = False
    current: bool = False      # "الحالي"/"الجاري": the anchor's own year
    extra: dict = field(default_factory=dict)


_WORD = re.compile(r"\w+")


def _prev_word(t: str, s: int) -> str:
    words = _WORD.findall(t, max(0, s - 24), s)
    return words[-1] if words else ""


def _month_prep_before(t: str, s: int, lex: Lexicon) -> bool:
    """The word before a month of two meanings at ``s`` lets it be read as the month: a preposition ("في مارس"),
    or و joined to it after another month or a number ("يناير ومارس"); a و that opens a clause ("ومارس المحتجون
    الضغط": and they exercised) does not."""
    prev = _prev_word(t, s)
    if s > 0 and t[s - 1].isalpha():          # the clitic و / ف joined to the month word
        before = _prev_word(t, s - len(prev))
        return prev in ("و", "ف") and (before in MONTH_PREPS or before in lex.months or before.isdigit())
    return prev in MONTH_PREPS


def _next_word(t: str, e: int) -> str:
    m = _WORD.search(t, e, e + 24)
    return m.group() if m and not t[e:m.start()].strip(" ") else ""


def _day(m: re.Match[str], lex: Lexicon) -> int | None:
    if m.group("d"):
        return int(m.group("d"))
    if m.group("ghurra"):
        return 1
    if m.group("dw"):
        form = " ".join(m.group("dw").split())
        return lex.days.get("ال" + form[2:] if form.startswith("لل") else form)
    return None


def _mod(lex: Lexicon, m: re.Match[str], group: str = "mod") -> tuple[str | None, bool]:
    """(direction, strict) of a modifier group ("المقبل" -> future, strict)."""
    w = m.group(group) if group in m.re.groupindex else None
    if not w:
        return None, False
    direction, _ = lex.modifiers.get(" ".join(w.split()), (None, 0))
    return (direction if direction in ("past", "future") else None), direction in ("past", "future")


def _current(lex: Lexicon, m: re.Match[str]) -> bool:
    w = m.group("mod")
    return bool(w) and lex.modifiers.get(" ".join(w.split()), ("", 1))[0] == "current"


def _year(m: re.Match[str], lo: int = 1000, hi: int = 2100) -> int | None:
    y = m.group("y")
    return int(y) if y and lo <= int(y) <= hi else None


def _hijri_era(m: re.Match[str]) -> bool:
    era = m.group("era") if "era" in m.re.groupindex else None
    return bool(era) and (era.startswith("ه") or era == "للهجره")


def gdate(m: re.Match[str], t: str, lex: Lexicon) -> Cand | None:
    mo, bare = lex.months[" ".join(m.group("mon1").split())]
    if m.group("mon2") and lex.months[" ".join(m.group("mon2").split())][0] != mo:
        # two different months side by side ("تشرين الثاني / كانون الأول"): a range, kept as its first month
        if bare == "no" and not m.group("d"):
            return None
        return Cand(m.start("m"), m.end("mon1"), "date" if m.group("d") else "month", prio=2, mo=mo,
                    d=_day(m, lex))
    d = _day(m, lex)
    qual = m.group("qual")
    y = _year(m, 100)
    if y is None and m.group("y") and not d:
        return None
    firm = d or y or m.group("mon2") or m.group("shahr") or qual
    if not firm:
        if bare == "no" or (bare == "prep" and not _month_prep_before(t, m.start("m"), lex)):
            return None
    if qual == "اول" and d is None:
        d = 1
    direction, strict = _mod(lex, m)
    c = Cand(m.start("m"), m.end("m"), "date" if d else "month", prio=2, y=y, mo=mo, d=d,
             direction=direction, strict=strict, current=_current(lex, m))
    if qual and qual != "اول":
        c.extra["mod"] = QUAL_MOD.get(qual, qual)
    return c


def hdate(m: re.Match[str], t: str, lex: Lexicon) -> Cand | None:
    mo, bare = lex.hmonths[" ".join(m.group("hmon").split())]
    d = _day(m, lex)
    y = _year(m, 1, 1600)
    if not (y or m.group("shahr") or m.group("dw") or m.group("ghurra") or m.group("qual") not in (None, "اول", "اخر")):
        if bare == "no" or (not d and bare == "prep" and not _month_prep_before(t, m.start("m"), lex)):
            return None
    direction, strict = _mod(lex, m)
    c = Cand(m.start("m"), m.end("m"), "hijri", prio=2, hijri=(y, mo, d), direction=direction, strict=strict,
             current=_current(lex, m))
    if m.group("qual") and m.group("qual") != "اول":
        c.extra["mod"] = QUAL_MOD.get(m.group("qual"), m.group("qual"))
    return c


def numdate(m: re.Match[str], t: str, lex: Lexicon) -> Cand | None:
    if m.group("y"):
        d, mo, y = int(m.group("d")), int(m.group("mo")), int(m.group("y"))
    else:
        d, mo, y = int(m.group("d2")), int(m.group("mo2")), int(m.group("y2"))
    if mo > 12 and d <= 12:
        d, mo = mo, d
    if not (1 <= d <= 31 and 1 <= mo <= 12):
        return None
    if _hijri_era(m) or 1300 <= y <= 1600:
        return Cand(m.start("m"), m.end("m"), "hijri", prio=1, hijri=(y, mo, d))
    if not 1000 <= y <= 2100:
        return None
    return Cand(m.start("m"), m.end("m"), "date", prio=1, y=y, mo=mo, d=d)


def numdm(m: re.Match[str], t: str, lex: Lexicon) -> Cand | None:
    d, mo = int(m.group("d")), int(m.group("mo"))
    if not (1 <= d <= 31 and 1 <= mo <= 12):
        return None
    return Cand(m.start("m"), m.end("m"), "date", prio=2, mo=mo, d=d)


def day_of_month(m: re.Match[str], t: str, lex: Lexicon) -> Cand | None:
    """"في 29 الحالي" (this month's 29th), "5 من الشهر المقبل", "20 الماضي": a day of the anchor's month or of the
    one before or after it (``extra["month_offset"]``)."""
    d = int(m.group("d"))
    offset = lex.modifiers.get(" ".join(m.group("mod").split()), ("", None))[1]
    if not 1 <= d <= 31 or offset not in (-1, 0, 1):
        return None
    return Cand(m.start("m"), m.end("m"), "date", prio=2, d=d, extra={"month_offset": offset})


WEAK_PREPS = {"من", "الي", "حتي", "قبل", "بعد", "لغايه"}
YEAR_NEXT_OK = {"و", "في", "من", "الي", "حتي", "حين", "عندما", "ثم", "بعد", "قبل", "حيث", "م", "ميلادي"}


def year(m: re.Match[str], t: str, lex: Lexicon) -> Cand | None:
    hij = _hijri_era(m)
    nxt = _next_word(t, m.end("m"))
    if m.re is lex.patterns["year_bare"]:
        # a bare 19xx/20xx is a year only where no counted noun follows ("1948 ." yes, "2000 شخص" no)
        if nxt and nxt not in YEAR_NEXT_OK and not nxt.isdigit():
            return None
        prev = _prev_word(t, m.start("m"))
        if prev.isdigit() or prev in ("رقم", "رقمه", "الرقم", "العدد", "بلغ", "نحو", "حوالي", "قرابه"):
            return None
    if m.re is lex.patterns["year_prep"] and m.group("prep") in WEAK_PREPS and not m.group("era") and not m.group("y2"):
        if nxt and nxt not in YEAR_NEXT_OK:
            return None   # "أكثر من 2000 تعليق" counts comments
    if "era" in m.re.groupindex and m.group("era") == "م" and (nxt in ("مربع", "مكعب", "طولي") or len(m.group("y")) < 4):
        return None   # "500م" / "1000 م مربع" are lengths
    loose = m.re in (lex.patterns["year_prep"], lex.patterns["year_range"], lex.patterns["year_bare"])
    lo, hi = (1, 1600) if hij else (100, 2100) if (m.re is lex.patterns["year_era"] or ("era" in m.re.groupindex and m.group("era"))) else ((1900, 2099) if loose else (1000, 2100))
    y = _year(m, lo, hi)
    if y is None:
        return None
    y2 = m.group("y2") if "y2" in m.re.groupindex else None
    y2i = int(y2) if y2 and y < int(y2) <= y + 100 else None
    if y2 and y2i is None and m.re is lex.patterns["year_era"]:
        return None
    if hij:
        return Cand(m.start("m"), m.end("m"), "hijri", prio=3, hijri=(y, None, None), y2=y2i)
    c = Cand(m.start("m"), m.end("m"), "year", prio=3, y=y, y2=y2i)
    if "qual" in m.re.groupindex and m.group("qual"):
        c.extra["mod"] = QUAL_MOD.get(m.group("qual"), m.group("qual"))
    return c


def weekday(m: re.Match[str], t: str, lex: Lexicon) -> Cand | None:
    wd, ambiguous = lex.weekdays[m.group("wd")]
    direction, strict = _mod(lex, m)
    if not m.group("yawm") and _prev_word(t, m.start("m")) in ("سوق", "لسوق", "بسوق", "وسوق"):
        return None   # a market named after its day
    if ambiguous and not m.group("yawm") and not m.group("mod"):
        prev, nxt = _prev_word(t, m.start("m")), _next_word(t, m.end("m"))
        if wd == 5 and (prev in FRIDAY_PRAYER or prev.startswith(("صلا", "خطب"))):
            return None
        if wd in (1, 7):
            if prev in PAIR_WORDS or nxt in PAIR_AFTER or (prev.startswith("ال") and prev.endswith("ين")):
                return None
    return Cand(m.start("m"), m.end("m"), "weekday", prio=2, wd=wd, direction=direction, strict=strict)


def relative(m: re.Match[str], t: str, lex: Lexicon) -> Cand | None:
    form = " ".join(m.group("rel").split())
    if form.startswith("لل"):
        form = "ال" + form[2:]
    if form not in lex.relative:
        return None
    offset, unit, gran, part = lex.relative[form]
    s, e = m.start("m"), m.end("m")
    prev, nxt = _prev_word(t, s), _next_word(t, e)
    if form in ("الغد", "غد") and nxt in ("من", "الي"):
        return None   # "في الغد من ..." is the day after something else
    if form == "غدا" and s > 0 and t[s - 1] in "وف" and nxt.startswith("ال") and nxt not in lex.weekdays:
        return None   # "وغدا الوضع أسوأ": the verb "became"
    if form in ("اليوم", "الليله"):
        if prev in NEWSPAPER or prev in NOT_TODAY or t[max(0, s - 2):s].rstrip().endswith('"'):
            return None
        if nxt in ("نفسه", "ذاته") or (nxt.startswith("ال") and nxt not in lex.weekdays):
            return None
        before = _WORD.findall(t, max(0, s - 40), s)[-4:]
        if before and before[-1] == "في" and any(w in RATE or w.isdigit() for w in before[:-1]):
            return None   # a rate: "ثلاث مرات في اليوم"
    c = Cand(s, e, "relative", prio=2, template=f"REF{offset:+d}{unit}", gran=gran, part=part or None)
    c.direction = "past" if offset < 0 else "future" if offset > 0 else None
    return c


def rel_unit(m: re.Match[str], t: str, lex: Lexicon) -> Cand | None:
    s, e = m.start("m"), m.end("m")
    if m.group("u0") or m.group("u1"):
        unit = lex.units[" ".join((m.group("u0") or m.group("u1")).split())][0]
        if unit not in ("W", "M", "Y"):
            return None
        offset = 0
        if m.group("u1"):
            offset = lex.modifiers[" ".join(m.group("mod").split())][1]
        c = Cand(s, e, "relative", prio=2, template=f"REF{offset:+d}{unit}", gran=unit)
        c.direction = "past" if offset < 0 else "future" if offset > 0 else None
        if m.group("qual"):
            c.extra["mod"] = QUAL_MOD.get(m.group("qual"), m.group("qual"))
        return c
    unit = lex.units[" ".join(m.group("u2").split())][0]
    n = _number(m.group("n2"), lex) if m.group("n2") else "X"
    direction = lex.modifiers[" ".join(m.group("mod2").split())][0]
    c = Cand(s, e, "duration", prio=3, duration=_iso_duration(n, unit))
    c.direction = direction if direction in ("past", "future") else None
    return c


def _number(text: str, lex: Lexicon) -> str:
    """Value of digits or number words, compounds joined by و ("خمسة وعشرين" -> 25); "X" if unspecified."""
    if text.startswith("ال"):
        text = text[2:].strip()
    if text[0].isdigit():
        if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", text):
            return re.sub(r"[.,]", "", text)   # "2.500" is two thousand five hundred
        return text
    total = 0
    for part in re.split(r"\s+و\s*", " ".join(text.split())):
        v = lex.numbers.get(part)
        if v is None or v == "X":
            return "X"
        total += int(v)
    return str(total)


def decade(m: re.Match[str], t: str, lex: Lexicon) -> Cand | None:
    form = " ".join(m.group("dec").split())
    if form.startswith("لل"):
        form = "ال" + form[2:]
    tens = lex.decades.get(form)
    if tens is None:
        return None
    cent = m.group("cent") or ""
    century = "20" if cent.startswith(("الحالي", "الحادي")) else "18" if cent.startswith("التاسع") else "19"
    c = Cand(m.start("m"), m.end("m"), "year", prio=3)
    c.extra["decade"] = f"{century}{tens}X"
    if m.group("qual"):
        c.extra["mod"] = QUAL_MOD.get(m.group("qual"), m.group("qual"))
    return c


ORDINALS = {"الاول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الاخير": 0}


def quarter(m: re.Match[str], t: str, lex: Lexicon) -> Cand | None:
    """"الربع الأول من العام الحالي" -> 2015-Q1, "النصف الثاني من 2014" -> 2014-H2."""
    q = m.group("q")
    n = ORDINALS[m.group("ord")] or (4 if q == "ربع" else 2)
    if q == "نصف" and n > 2:
        return None
    code = f"{'Q' if q == 'ربع' else 'H'}{n}"
    y = m.group("y") or m.group("y2")
    s, e = m.start("m"), m.end("m")
    if y:
        c = Cand(s, e, "year", prio=2, y=int(y))
        c.extra["period"] = code
        return c
    offset = lex.modifiers[" ".join(m.group("mod").split())][1] if m.group("mod") else 0
    c = Cand(s, e, "relative", prio=2, template=f"REF{offset:+d}Y", gran="Y")
    c.direction = "past" if offset < 0 else "future" if offset > 0 else None
    c.extra["period"] = code
    return c


def century(m: re.Match[str], t: str, lex: Lexicon) -> Cand | None:
    """"القرن العشرين" -> 19XX; "القرن الماضي" is the century before publication's (REF-100Y)."""
    s, e = m.start("m"), m.end("m")
    if m.group("cord"):
        form = " ".join(m.group("cord").split())
        n = lex.days.get("ال" + form[2:] if form.startswith("لل") else form)
        if not n:
            return None
        c = Cand(s, e, "year", prio=3)
        c.extra["decade"] = f"{n - 1:02d}XX"
    else:
        direction, offset = lex.modifiers[" ".join(m.group("cmod").split())]
        c = Cand(s, e, "relative", prio=3, template=f"REF{offset * 100:+d}Y", gran="C")
        c.direction = direction if direction in ("past", "future") else None
    if m.group("qual"):
        c.extra["mod"] = QUAL_MOD.get(m.group("qual"), m.group("qual"))
    return c


def holiday(m: re.Match[str], t: str, lex: Lexicon) -> Cand | None:
    form = " ".join(m.group("hol").split())
    if form.startswith("لل"):
        form = "ال" + form[2:]
    cal, mo, d = lex.holidays[form]
    direction, strict = _mod(lex, m)
    kind = "hijri" if cal == "hijri" else "date"
    c = Cand(m.start("m"), m.end("m"), kind, prio=3, mo=mo, d=d, direction=direction, strict=strict,
             hijri=(None, mo, d) if cal == "hijri" else None)
    c.extra["holiday"] = True
    return c


def _iso_duration(n: str, unit: str) -> str:
    t, mult, code = UNIT_ISO[unit]
    if n != "X":
        try:
            v = float(n.replace(",", "."))
        except ValueError:
            n = "X"
        else:
            v *= mult
            whole, part = int(v), v - int(v)
            if part and code in ("Y", "H") and unit not in ("MIN", "S"):
                # "عام ونصف" -> P1Y6M, "ساعة ونصف" -> PT1H30M
                sub = round(part * (12 if code == "Y" else 60))
                return f"P{t}{whole}{code}{sub}M" if whole else f"P{t}{sub}M"
            n = str(whole) if not part else str(v)
    return f"P{t}{n}{code}"


def count(m: re.Match[str], t: str, lex: Lexicon) -> Cand | None:
    pre = " ".join(m.group("pre").split()) if m.group("pre") else None
    word = m.group("u") or m.group("du") or m.group("su") or m.group("pu") or m.group("fu") or m.group("ou")
    unit, cnt, _ = lex.units[" ".join(word.split())]
    s, e = m.start("m"), m.end("m")
    if m.group("n"):
        n = _number(m.group("n"), lex)
    elif m.group("du"):
        n = "2"
    elif m.group("ou"):
        n = "1"   # "ساعة واحدة"
    elif m.group("fu"):
        n = "0.5" if m.group("frac") == "نصف" else "0.25"
    elif m.group("su") and m.group("plus"):
        n = "1"
    elif m.group("su"):
        if pre not in AGO | LATER or unit in ("S", "MIN") or _prev_word(t, s).rstrip("ا") == word.rstrip("ا"):
            return None
        if _next_word(t, e).startswith("ال") or (unit in ("DEC", "CEN") and pre in LATER):
            return None   # "قبل يوم الانتخابات", "بعد عقد اتفاقية": a noun phrase, not a span of time
        n = "1"
    else:
        if pre is None:
            return None
        n = "X"
    if m.group("plus") and n != "X":
        n = str(float(n) + (0.5 if m.group("plus").endswith("نصف") else 0.25))
    dur = _iso_duration(n, unit)
    if m.group("approx") and pre in ("نحو", "حوالي", "زهاء", "قرابه"):
        pre = None
    nxt = _next_word(t, e)
    relative_to_other = nxt in ("من", "على", "علي") or pre is None or pre not in AGO | LATER
    if relative_to_other or n == "X" or unit not in ("D", "W", "M", "Y"):
        c = Cand(s, e, "duration", prio=4, duration=dur)
        if pre in AGO and not relative_to_other:
            c.direction = "past"
        elif pre in LATER and not relative_to_other:
            c.direction = "future"
        return c
    if float(n.replace(",", ".")) != int(float(n.replace(",", "."))):
        return Cand(s, e, "duration", prio=4, duration=dur, direction="past" if pre in AGO else "future")
    k = int(float(n.replace(",", ".")))
    sign = -1 if pre in AGO else 1
    if pre in LATER:
        # "بعد 33 عاما" counts mostly from an earlier event, not from publication: a duration, with the
        # offset from publication kept for a caller that knows better
        c = Cand(s, e, "duration", prio=4, duration=dur, direction="future")
        c.extra["template"] = f"REF+{k}{unit}"
        return c
    tunit, gran = unit, "D"
    if unit == "W":
        k, tunit = k * 7, "D"
    elif unit in ("M", "Y"):
        gran = unit
    if m.group("approx") and gran == "D":
        gran = "W"      # "قبل نحو أسبوعين", "منذ حوالي عشرة أيام": the week, not a day the text does not give
    c = Cand(s, e, "relative", prio=4, template=f"REF{sign * k:+d}{tunit}", gran=gran, duration=dur)
    c.direction = "past" if sign < 0 else "future"
    return c


FRAC = {"النصف": 30, "نصف": 30, "الربع": 15, "ربع": 15, "الثلث": 20, "ثلث": 20}
NEG = {"ربعا": 15, "ربع": 15, "ثلثا": 20, "ثلث": 20}


def clock(h: int, mi: int, rule: str | None) -> tuple[int, int]:
    """24-hour (h, mi) from a clock reading and the day part's rule (am, pm, noon, night)."""
    if rule == "am" and h == 12:
        h = 0
    elif rule == "pm" and h < 12:
        h += 12
    elif rule == "noon" and 1 <= h <= 6:
        h += 12
    elif rule == "night":
        h = h + 12 if 6 <= h <= 11 else (0 if h == 12 else h)
    return h, mi


def time(m: re.Match[str], t: str, lex: Lexicon) -> Cand | None:
    dp = " ".join(m.group("dp").split()) if m.group("dp") else None
    part, rule = (lex.dayparts[dp][:2] if dp else (None, None))
    sa, sep, tz = m.group("sa"), m.group("sep"), m.group("tz")
    if m.group("mid"):
        h, mi = (0 if "ليل" in m.group("mid") else 12), 0
    elif m.group("hw"):
        h, mi = lex.hours[" ".join(m.group("hw").split())], 0
        if not (sa or (dp and len(dp) > 1 and not dp.startswith(("ال", "بال", "بعد"))) or tz):
            return None
    elif m.group("hc"):
        v = lex.numbers.get(" ".join(m.group("hc").split()), "X")
        if not sa or not sa.startswith("ال") or not v.isdigit() or not 1 <= int(v) <= 12:
            return None   # colloquial "الساعة خمسة العصر" only after "الساعة"
        h, mi = int(v), 0
    else:
        h, mi = int(m.group("h")), int(m.group("mi") or 0)
        if dp and (len(dp) == 1 or dp.startswith(("ال", "بال", "بعد"))) and sep != ":" and not sa:
            return None   # "5 م" is five metres, "عاد 2 العصر" is no clock time
        if not (sa or tz or (dp and sep in (None, ":")) or (sep == ":" and not dp and _clockish(t, m))):
            return None
    if h > 24 or mi > 59:
        return None
    if m.group("frac"):
        mi += FRAC[m.group("frac")]
    if m.group("neg"):
        h, mi = h - 1, 60 - NEG[m.group("neg")]
    h, mi = clock(h, mi, rule)
    c = Cand(m.start("m"), m.end("m"), "time", prio=3, time=(h % 24, mi), part=part)
    if tz:
        c.extra["timezone"] = tz
    return c


def _clockish(t: str, m: re.Match[str]) -> bool:
    """A bare ``HH:MM`` (no "الساعة", no day part) counts only when it reads like a clock time."""
    h, mi = int(m.group("h")), int(m.group("mi"))
    return len(m.group("h")) == 2 and h <= 23 and mi <= 59 and not t[m.end("m"):m.end("m") + 2].strip().startswith(("-", ":"))


MATCHERS: tuple[tuple[str, Callable[[re.Match[str], str, Lexicon], Cand | None]], ...] = (
    ("gdate", gdate), ("hdate", hdate), ("numdate", numdate), ("year_kw", year), ("year_prep", year),
    ("year_era", year), ("year_range", year), ("year_bare", year), ("numdm", numdm), ("day_of_month", day_of_month), ("decade", decade), ("quarter", quarter), ("holiday", holiday), ("century", century), ("weekday", weekday), ("relative", relative),
    ("rel_unit", rel_unit), ("count", count), ("time", time),
)


_WORD_END = re.compile(r"\w*")
_CLITICS = ("وب", "ول", "فب", "فل", "وك", "و", "ف", "ب", "ل", "ك")


def _forms(word: str) -> tuple[str, ...]:
    """The word and its forms without a leading conjunction/preposition ("والخميس" -> "الخميس")."""
    out = [word]
    for c in _CLITICS:
        if word.startswith(c) and len(word) > len(c) + 1:
            out.append(word[len(c):])
    if word.startswith("لل"):
        out.append("ال" + word[2:])
    return tuple(out)


def _hits(lex: Lexicon, word: str) -> tuple[str, ...]:
    """Names of the patterns whose trigger ``word`` is (cached per lexicon)."""
    got = lex.hit_cache.get(word)
    if got is None:
        index = lex.trigger_words
        if not index:
            for name, (words, _, _, _) in lex.triggers.items():
                for w in words:
                    index.setdefault(w, set()).add(name)
        found: set[str] = set()
        for f in _forms(word):
            found.update(index.get(f, ()))
        digit = not word.isalpha()
        got = tuple(name for name, (_, digits, _, _) in lex.triggers.items() if (digits and digit) or name in found)
        if len(lex.hit_cache) < 500_000:
            lex.hit_cache[word] = got
    return got


def _windows(lex: Lexicon, t: str) -> dict[str, list[tuple[int, int]]]:
    """Per pattern, the stretches of ``t`` around its trigger tokens, merged, never cutting a word."""
    n = len(t)
    out: dict[str, list[tuple[int, int]]] = {}
    for m in _WORD.finditer(t):
        names = _hits(lex, m.group())
        if not names:
            continue
        s, e = m.start(), m.end()
        for name in names:
            _, _, left, right = lex.triggers[name]
            ws, we = max(0, s - left), min(n, e + right)
            end = _WORD_END.match(t, we)
            we = end.end() if end else we
            wins = out.setdefault(name, [])
            if wins and ws <= wins[-1][1]:
                wins[-1] = (wins[-1][0], max(we, wins[-1][1]))
            else:
                wins.append((ws, we))
    return out


def candidates(t: str, lex: Lexicon) -> Iterator[Cand]:
    """Every candidate expression in the normalised text ``t`` (overlaps included)."""
    wins = _windows(lex, t)
    for name, fn in MATCHERS:
        pattern = lex.patterns[name]
        windows = wins.get(name, []) if name in lex.triggers else [(0, len(t))]
        for ws, we in windows:
            for m in pattern.finditer(t, ws, we):
                c = fn(m, t, lex)
                if c is not None and c.ne > c.ns:
                    yield c
