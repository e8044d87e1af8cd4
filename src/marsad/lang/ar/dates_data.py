"""The date lexicons (months, weekdays, units, modifiers, number words, day parts, relative phrases)
read once from ``resources/lang/ar`` and compiled into the patterns :mod:`marsad.lang.ar.dates` runs.

Every pattern works on the normalised text (see :mod:`marsad.lang.ar.normalise`): hamza and alef
variants, alef maqsura, taa marbuta, diacritics, tatweel and Arabic-Indic digits are folded, so the
tables list one spelling and match all of them. Each pattern exposes the expression as group ``m``
(clitics such as و ف ب ل before it stay outside the span).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ...errors import ResourceError
from ...resources import read_tsv, version
from .normalise import norm

FILES = ("lang/ar/months.tsv", "lang/ar/weekdays.tsv", "lang/ar/relative.tsv", "lang/ar/date_units.tsv",
         "lang/ar/date_modifiers.tsv", "lang/ar/date_numbers.tsv", "lang/ar/dayparts.tsv", "lang/ar/future_cues.tsv",
         "lang/ar/holidays.tsv", "lang/ar/date_name_heads.tsv")

CLITIC = r"(?<!\w)(?:[وف]?(?:[بلك](?!تاريخ|مده))?)"
DAY = r"(?<![\d.,/:])(?P<d>3[01]|[12]\d|0?[1-9])(?![\d.,:])"
ERA_WORDS = r"ميلاديه|ميلاديا|ميلادي|للميلاد|هجريه|هجريا|هجري|للهجره|م|ه"
ERA = r"(?P<era>" + ERA_WORDS + r")(?!\w)"
PREFIX = r"(?:(?P<pfx>بتاريخ|تاريخ|يوم)\s*:?\s*)?"
QUAL = r"(?:(?P<qual>مطلع|اوايل|اواسط|منتصف|اواخر|نهايه|بدايه|مستهل|اخر|اول)\s+)?"
# words after which a month that also has another meaning (مارس "practised") is read as the month
MONTH_PREPS = ("في", "منذ", "حتي", "خلال", "قبل", "بعد", "مطلع", "اوايل", "اواسط", "منتصف", "اواخر", "نهايه",
               "بدايه", "مستهل", "شهر", "من", "الي", "و", "او", "شهري", "حلول", "بحلول", "طوال", "طيله")
YEAR_PREPS = r"(?:في|منذ|حتي|قبل|بعد|خلال|مطلع|اوايل|اواسط|منتصف|اواخر|نهايه|بدايه|مستهل|بحلول|حلول|طوال|طيله|الي|من|لغايه)"


@dataclass(frozen=True)
class Lexicon:
    """The tables, keyed by normalised form, and the compiled patterns."""

    months: dict[str, tuple[int, str]]           # form -> (month, bare) gregorian
    hmonths: dict[str, tuple[int, str]]          # form -> (month, bare) hijri
    weekdays: dict[str, tuple[int, bool]]        # form -> (iso weekday, ambiguous)
    relative: dict[str, tuple[int, str, str, str]]   # form -> (offset, unit, granularity, part)
    units: dict[str, tuple[str, int, bool]]      # form -> (unit, count, takes article)
    modifiers: dict[str, tuple[str, int]]        # form -> (direction, offset)
    numbers: dict[str, str]                      # cardinal form -> value ("X" for unspecified)
    hours: dict[str, int]                        # ordinal hour form -> hour
    days: dict[str, int]                         # ordinal day-of-month form -> day
    decades: dict[str, int]                      # decade name -> tens digit
    dayparts: dict[str, tuple[str, str, bool, bool]]  # form -> (part, clock, prefix, suffix)
    patterns: dict[str, re.Pattern[str]] = field(default_factory=dict)
    # name -> (words, digits, left, right): a pattern runs only on windows of ``left``/``right`` characters
    # around a token in ``words`` (or holding a digit); scanning a whole text with a pattern that
    # begins with optional words is slow
    triggers: dict[str, tuple[frozenset[str], bool, int, int]] = field(default_factory=dict)
    hit_cache: dict[str, tuple[str, ...]] = field(default_factory=dict)   # token -> patterns it triggers
    trigger_words: dict[str, set[str]] = field(default_factory=dict)       # trigger word -> its patterns
    holidays: dict[str, tuple[str, int, int]] = field(default_factory=dict)   # form -> (calendar, month, day)
    version: str = ""


def _alt(forms: list[str], definite: bool = False) -> str:
    """Regex alternation of normalised forms, longest first; spaces match any run of spaces.
    With ``definite``, a leading article also matches its form after the preposition ل (للعام)."""
    out = []
    for f in sorted(set(forms), key=len, reverse=True):
        p = r"\s+".join(re.escape(w) for w in f.split())
        if definite and f.startswith("ال"):
            p = "(?:ال|لل)" + p[2:]
        out.append(p)
    return "(?:" + "|".join(out) + ")"


def _key(form: str) -> str:
    return " ".join(norm(form).split())


def _int(row: dict[str, str], col: str, where: str) -> int:
    try:
        return int(row[col])
    except ValueError:
        raise ResourceError(f"column {col!r} must be an integer, not {row[col]!r}", input=where) from None


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Load the tables and compile the patterns (once per process)."""
    months: dict[str, tuple[int, str]] = {}
    hmonths: dict[str, tuple[int, str]] = {}
    for path, line, row in read_tsv(FILES[0], required=("form", "month", "calendar")):
        where = f"{path}:{line}"
        m = _int(row, "month", where)
        if not 1 <= m <= 12:
            raise ResourceError(f"month {m} out of 1-12", input=where)
        target = hmonths if row["calendar"] == "hijri" else months
        target[_key(row["form"])] = (m, row.get("bare") or "yes")
    weekdays = {}
    for path, line, row in read_tsv(FILES[1], required=("form", "weekday")):
        weekdays[_key(row["form"])] = (_int(row, "weekday", f"{path}:{line}"), row.get("ambiguous") == "yes")
    relative = {}
    for path, line, row in read_tsv(FILES[2], required=("form", "offset", "unit")):
        relative[_key(row["form"])] = (_int(row, "offset", f"{path}:{line}"), row["unit"],
                                       row.get("granularity") or row["unit"], row.get("part", ""))
    units = {}
    for path, line, row in read_tsv(FILES[3], required=("form", "unit", "count")):
        units[_key(row["form"])] = (row["unit"], _int(row, "count", f"{path}:{line}"), row.get("def") == "yes")
    modifiers = {}
    for path, line, row in read_tsv(FILES[4], required=("form", "direction", "offset")):
        modifiers[_key(row["form"])] = (row["direction"], _int(row, "offset", f"{path}:{line}"))
    numbers, hours, days, decades = {}, {}, {}, {}
    for _, _, row in read_tsv(FILES[5], required=("form", "value")):
        if row.get("ordinal") == "yes":
            hours[_key(row["form"])] = int(row["value"])
        elif row.get("ordinal") == "day":
            days[_key(row["form"])] = int(row["value"])
        elif row.get("ordinal") == "decade":
            decades[_key(row["form"])] = int(row["value"])
        else:
            numbers[_key(row["form"])] = row["value"]
    dayparts = {}
    for _, _, row in read_tsv(FILES[6], required=("form", "part", "clock")):
        k = _key(row["form"])
        old = dayparts.get(k, ("", "", False, False))
        dayparts[k] = (row["part"], row["clock"], old[2] or row.get("prefix") == "yes", old[3] or row.get("suffix") == "yes")
    future = [_key(row["form"]) for _, _, row in read_tsv(FILES[7], required=("form",))]
    holidays = {}
    for path, line, row in read_tsv(FILES[8], required=("form", "calendar", "month", "day")):
        where = f"{path}:{line}"
        holidays[_key(row["form"])] = (row["calendar"], _int(row, "month", where), _int(row, "day", where))
    lex = Lexicon(months, hmonths, weekdays, relative, units, modifiers, numbers, hours, days, decades, dayparts,
                  version="".join(version(f)[:4] for f in FILES))
    lex.patterns.update(_compile(lex))
    lex.holidays.update(holidays)
    lex.patterns["holiday"] = re.compile(CLITIC + r"(?P<m>(?P<hol>" + _alt(list(holidays), definite=True) + r")"
                                         r"(?:\s+(?:المبارك|السعيد|المجيد))?(?:\s+(?P<mod>" + _alt(list(lex.modifiers)) + r"))?)(?!\w)")
    lex.patterns["future_cue"] = re.compile(r"(?<!\w)[وف]?" + _alt(future) + r"(?!\w)")
    heads = [_key(row["form"]) for _, _, row in read_tsv(FILES[9], required=("form",))]
    # a date right after one of these is part of a name ("شارع 26 سبتمبر", "قوى 14 آذار"): searched at the end of
    # the text before the date
    lex.patterns["name_head"] = re.compile(r"(?<!\w)[وف]?[بلك]?(?:ال)?" + _alt(heads) + r"\s*$")
    lex.triggers.update(_triggers(lex))
    return lex


def _triggers(lex: Lexicon) -> dict[str, tuple[frozenset[str], bool, int, int]]:
    def first(forms) -> frozenset[str]:
        return frozenset(f.split()[0] for f in forms)

    rel_words = {w for f in lex.relative for w in f.split() if len(w) > 1} - {
        "وقت", "سابق", "لاحق", "مبكر", "متاخر", "الاول", "يوم", "هذا", "هذه", "بعد", "اول", "نهايه", "مطلع", "ليله", "ليل", "من", "في"}
    none: frozenset[str] = frozenset()
    dp = {f for f, v in lex.dayparts.items() if v[3] and len(f) > 1}
    return {
        "gdate": (first(lex.months), False, 70, 45),
        "hdate": (first(lex.hmonths), False, 70, 45),
        "numdate": (none, True, 20, 40), "numdm": (none, True, 25, 15), "year_kw": (none, True, 40, 30),
        "year_prep": (none, True, 20, 30), "year_era": (none, True, 5, 30), "year_bare": (none, True, 5, 15),
        "year_range": (none, True, 5, 15),
        "decade": (frozenset(lex.decades), False, 20, 40),
        "quarter": (frozenset({"الربع", "للربع", "النصف", "للنصف"}), False, 5, 60),
        "century": (frozenset({"القرن", "للقرن"}), False, 20, 40),
        "holiday": (frozenset({"عيد", "يوم", "وقفه", "المولد", "ذكري", "راس", "عاشوراء", "عاشورا", "ليله"}), False, 5, 40),
        "count": (first(lex.units), False, 50, 10),
        "rel_unit": (first(list(lex.modifiers) + ["هذا", "هذه"]), False, 50, 30),
        "time": (frozenset(dp | {"ساعه", "الساعه"}), True, 40, 60),
        "weekday": (frozenset(lex.weekdays), False, 12, 30),
        "relative": (frozenset(rel_words), False, 30, 30),
    }


def _compile(lex: Lexicon) -> dict[str, re.Pattern[str]]:
    mon = _alt(list(lex.months))
    hmon = _alt(list(lex.hmonths))
    mods = _alt(list(lex.modifiers))
    wd = _alt(list(lex.weekdays))
    # a year: four digits, or three when an era follows ("309هـ", "921م")
    year = (r"(?<![\d.,])\(?\s*(?P<y>\d{4}|\d{3}(?=\s*\)?\s*(?:" + ERA_WORDS + r")(?!\w)))(?!\d)\s*\)?"
            r"(?:\s*" + ERA + ")?")
    sg_def = [f for f, (u, c, d) in lex.units.items() if d and c == 1 and u not in ("D", "H")]
    pl_def = [f for f, (u, c, d) in lex.units.items() if d and c == 0]
    all_units = _alt(list(lex.units))
    duals = _alt([f for f, (u, c, d) in lex.units.items() if c == 2])
    singles = _alt([f for f, (u, c, d) in lex.units.items() if c == 1])
    plurals = _alt([f for f, (u, c, d) in lex.units.items() if c == 0])
    nums = _alt(list(lex.numbers))
    hours = _alt(list(lex.hours))
    dp_suffix = _alt([f for f, v in lex.dayparts.items() if v[3]])
    dp_prefix = _alt([f for f, v in lex.dayparts.items() if v[2]])
    rel = _alt(list(lex.relative), definite=True)
    day = r"(?:" + DAY + r"\s*(?:[/\-]\s*|من\s+(?:شهر\s+)?)?|(?P<ghurra>غره|فاتح)\s+(?:شهر\s+)?|(?P<dw>" + _alt(list(lex.days), definite=True) + r")\s+من\s+(?:شهر\s+)?)?"
    sep = r"(?:\s*(?:[/\-]|\()\s*|\s+)"
    f = re.UNICODE
    return {
        "gdate": re.compile(
            CLITIC + r"(?P<m>" + PREFIX + QUAL + r"(?:(?P<shahr>شهر)\s+)?"
            + day +
            r"(?P<mon1>" + mon + r")(?!\w)(?:" + sep + r"(?P<mon2>" + mon + r")(?!\w)\s*\)?)?"
            r"(?:\s*[,/\-:]?\s*(?:من\s+)?(?:(?:ال)?عام\s+)?" + year + r")?(?:\s*(?<=[\s)])(?P<mod>" + mods + r")(?!\w))?)", f),
        "hdate": re.compile(
            CLITIC + r"(?P<m>" + PREFIX + QUAL + r"(?:(?P<shahr>شهر)\s+)?"
            + day +
            r"(?P<hmon>" + hmon + r")(?!\w)(?:\s+(?:المبارك|الكريم|الفضيل|المعظم|الحرام)(?!\w))?"
            r"(?:\s*[,/\-]?\s*(?:من\s+)?(?:(?:ال)?عام\s+)?" + year + r")?(?:\s*(?<=[\s)])(?P<mod>" + mods + r")(?!\w))?)", f),
        "numdate": re.compile(
            r"(?:(?<![\w./\-])|(?<=(?<!\w)[وفبل]))(?P<m>" + PREFIX + r"(?:\(\s*)?"
            r"(?:(?P<d>\d{1,2})\s*(?P<s>[/\-.])\s*(?P<mo>\d{1,2})\s*(?P=s)\s*(?P<y>\d{4})"
            r"|(?P<y2>\d{4})\s*(?P<s2>[/\-.])\s*(?P<mo2>\d{1,2})\s*(?P=s2)\s*(?P<d2>\d{1,2}))(?!\d|[./]\d)"
            r"(?:\s*\))?(?:\s*" + ERA + r")?)", f),
        "year_kw": re.compile(
            CLITIC + r"(?P<m>(?:(?P<qual>مطلع|اوايل|اواسط|منتصف|اواخر|نهايه|بدايه|مستهل)\s+)?"
            r"(?P<kw>بتاريخ|(?:ال|لل)?عامي|(?:ال|لل)?عام|(?:ال|لل)?سنه|(?:ال|لل)?سنتي|ربيع|صيف|خريف|شتاء)\s*:?\s*" + year +
            r"(?:\s*(?:-|/|الي|حتي)\s*(?P<y2>\d{4})(?!\d)(?:\s*(?P<era2>م|ه|هجري|ميلادي)(?!\w))?)?)", f),
        "year_prep": re.compile(
            r"(?<!\w)[وف]?" + r"(?P<prep>" + YEAR_PREPS + r")\s+(?:\(\s*)?(?P<m>(?P<y>\d{4})(?![\d.,])(?:\s*" + ERA + r")?"
            r"(?:\s*(?:-|/|الي|حتي)\s*(?P<y2>\d{4})(?!\d))?)", f),
        "year_era": re.compile(
            r"(?<![\w.,])(?P<m>(?P<y>\d{3,4})(?:\s*(?:-|/|الي)\s*(?P<y2>\d{3,4}))?\s*\)?\s*" + ERA + r")", f),
        "year_bare": re.compile(r"(?:(?<![\w.,/\-:])|(?<=(?<!\w)و))(?P<m>\(?\s*(?P<y>(?:19|20)\d\d)\s*\)?)(?![\w.,/\-%])", f),
        # "في 29 الحالي", "يوم 5 من الشهر المقبل": a day of the month named by a masculine modifier only
        "day_of_month": re.compile(
            r"(?:(?<!\w)|(?<=(?<!\w)[وفبل]))(?P<m>(?P<d>\d{1,2})\s+(?:من\s+)?(?:(?:ال)?شهر\s+)?(?P<mod>"
            + _alt([m for m in lex.modifiers if not m.endswith(("ه", "ة")) and " " not in m]) + r"))(?!\w)", f),
        "numdm": re.compile(
            r"(?<!\w)(?P<m>(?P<pfx>بتاريخ|تاريخ|يوم|الموافق)\s*:?\s*\(?\s*(?P<d>\d{1,2})\s*/\s*(?P<mo>\d{1,2}))"
            r"(?!\s*[/\-.]?\s*\d)", f),
        "decade": re.compile(
            CLITIC + r"(?P<m>(?:(?P<qual>مطلع|اوايل|اواسط|منتصف|اواخر|نهايه|بدايه)\s+)?(?P<dec>" + _alt(list(lex.decades), definite=True) + r")"
            r"(?:\s+من\s+(?:ال|لل)قرن\s+(?P<cent>الماضي|المنصرم|العشرين|الحالي|الحادي\s+والعشرين|التاسع\s+عشر))?)(?!\w)", f),
        "quarter": re.compile(
            CLITIC + r"(?P<m>(?:ال|لل)(?P<q>ربع|نصف)\s+(?P<ord>الاول|الثاني|الثالث|الرابع|الاخير)\s+(?:من\s+)?"
            r"(?:(?:ال|لل)?(?:عام|سنه)(?:\s+(?P<mod>" + mods + r")(?!\w))?(?:\s*(?P<y>\d{4})(?!\d))?|(?P<y2>\d{4})(?!\d)))", f),
        "century": re.compile(
            CLITIC + r"(?P<m>(?:(?P<qual>مطلع|اوايل|اواسط|منتصف|اواخر|نهايه|بدايه)\s+)?(?:ال|لل)قرن\s+"
            r"(?:(?P<cmod>" + mods + r")|(?P<cord>" + _alt(list(lex.days), definite=True) + r"))"
            r"(?:\s+(?:للميلاد|الميلادي|الهجري))?)(?!\w)", f),
        "year_range": re.compile(r"(?<![\w.,/\-])(?P<m>(?P<y>(?:19|20)\d\d)\s*-\s*(?P<y2>(?:19|20)\d\d))(?![\w.,/\-])", f),
        "weekday": re.compile(
            CLITIC + r"(?P<m>(?:(?P<yawm>يوم|نهار)\s+)?(?P<wd>" + wd + r")(?!\w)(?:\s*(?<=[\s)])(?P<mod>" + mods + r")(?!\w))?)", f),
        "relative": re.compile(CLITIC + r"(?P<m>(?P<rel>" + rel + r"))(?!\w)", f),
        "rel_unit": re.compile(
            CLITIC + r"(?P<m>(?:(?P<qual>مطلع|اوايل|اواسط|منتصف|اواخر|نهايه|بدايه|مستهل)\s+)?(?:(?P<this>هذا|هذه)\s+(?:ال)?(?P<u0>" + _alt(sg_def) + r")"
            r"|(?:ال|لل)(?P<u1>" + _alt(sg_def) + r")\s+(?P<mod>" + mods + r")"
            r"|(?:ال|لل)(?P<u2>" + _alt(pl_def) + r")(?:\s+(?P<n2>(?:ال\s*)?(?:" + nums + r"|\d+)))?(?:\s+القليله)?\s+(?P<mod2>" + mods + r")))(?!\w)", f),
        "count": re.compile(
            CLITIC + r"(?P<m>(?:(?P<pre>منذ|قبل|بعد|خلال|لمده|مده|طوال|طيله|علي\s+مدي|علي\s+مدار|زهاء|نحو|حوالي|قرابه)\s+"
            r"(?:(?P<approx>نحو|حوالي|زهاء|قرابه|اكثر\s+من|اقل\s+من|ما\s+يقارب|ما\s+يزيد\s+عن|ما\s+يزيد\s+علي)\s+)?)?"
            r"(?:(?P<n>\d+(?:[.,]\d+)*|(?:ال)?" + nums + r"(?:\s+و\s*" + nums + r")?)\s+(?P<u>" + all_units + r")"
            r"|(?P<frac>نصف|ربع)\s+(?P<fu>" + singles + r")"
            r"|(?P<ou>" + singles + r")\s+(?:واحده|واحد)"
            r"|(?P<du>" + duals + r")|(?P<su>" + singles + r")(?!\s*\(?\s*\d)|(?P<pu>" + plurals + r"))"
            r"(?:\s+و\s*(?P<plus>النصف|نصف|الربع|ربع)(?!\w))?)(?!\w)", f),
        "time": re.compile(
            CLITIC + r"(?P<m>(?:(?:تمام\s+)?(?P<sa>(?:ال)?ساعه)\s+(?:ال\s*(?=\d))?)?"
            r"(?:(?P<mid>منتصف\s+(?:الليل|النهار))(?!\s+\w*(?:سبت|احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه))|(?<![\d.,:])(?P<h>\d{1,2})(?:\s*(?P<sep>[:.])\s*(?P<mi>\d{2}))?(?![\d.,:]\d)|(?P<hw>" + hours + r")|(?P<hc>" + nums + r"))(?!\w)"
            r"(?:\s+(?:و\s*)?(?P<frac>النصف|نصف|الربع|ربع|الثلث|ثلث)(?!\w)|\s+الا\s+(?P<neg>ربعا|ربع|ثلثا|ثلث)(?!\w))?"
            r"(?:\s*(?:من\s+|بعد\s+)?(?P<dp>" + dp_suffix + r")(?!\w))?"
            r"(?:\s+(?P<tz>بالتوقيت\s+المحلي|بتوقيت\s+\w+(?:\s+المكرمه)?|ت\s*غ|ت\s*م|gmt|utc)(?!\w))?)", f),
        "dp_before": re.compile(r"(?:(?<=\W)|^)[وف]?(?P<dp>" + dp_prefix + r")\s+(?:من\s+)?(?:يوم\s+)?\Z", f),
    }
