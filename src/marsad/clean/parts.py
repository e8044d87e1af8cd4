"""Readers for the small structured lines of a page: dates, datelines, credits and names.

Each function looks at one line (original text) and returns what it found or ``None``; none of
them decides a line's role (that is :mod:`marsad.clean.lines`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .lexicon import Lexicon, key

# " - ", "-", " ـ " (a tatweel between spaces; glued to a word it only stretches it: "هـ")
SEPARATORS = re.compile(r"\s+[-–—_ـ|]+\s+|(?<=\w)[-–—_](?=\w)|\s+[-–—_](?=\w)|(?<=\w)[-–—_]\s+")
_ARABIC = re.compile(r"[\u0621-\u064A]")
_TOKEN = re.compile(r"[^\W\d_]+|\d+(?::\d+)?", re.UNICODE)


def has_arabic(text: str) -> bool:
    return bool(_ARABIC.search(text))


def _bare(token: str) -> str:
    """Token without diacritics or tatweel (but with its hamza and alef maqsura: "على" is not "علي")."""
    return re.sub(r"[\u064B-\u0652\u0640]", "", token)


# -- dates ------------------------------------------------------------------------------------

def date_only(text: str, lex: Lexicon) -> str | None:
    """ISO date when ``text`` is nothing but a date ("الأربعاء ٢٥ / ديسمبر / ٢٠٢٤", "25/12/2024")."""
    k = key(text)
    tokens = _TOKEN.findall(k)
    if not tokens or len(tokens) > 14:
        return None
    rest = _TOKEN.sub(" ", k)
    if re.search(r"[^\s/\-.,،:|]", rest):
        return None
    return _date_in_tokens(tokens, lex, strict=True, names=False)


def _date_in_tokens(tokens: list[str], lex: Lexicon, *, strict: bool, names: bool = True) -> str | None:
    """Read day / month / year out of ``tokens``; with ``strict`` every token must be date vocabulary
    (or, with ``names``, an agency or place name as in a dateline)."""
    greg: list[tuple[int, int, int]] = []
    hijri: list[tuple[int, int, int]] = []
    nums: list[int] = []
    pending: list[int] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        two = f"{tok} {tokens[i + 1]}" if i + 1 < len(tokens) else ""
        month = lex.months.get(two) if two else None
        step = 2 if month else 1
        month = month or lex.months.get(tok)
        if month:
            day = pending[-1] if pending else None
            j = i + step
            # a second month name (Levantine + Egyptian: "أيار/مايو", "يوليو تموز") is skipped
            while j < len(tokens) and (lex.months.get(tokens[j]) or lex.words.get(tokens[j]) == "datefiller"):
                j += 1
            year = int(tokens[j]) if j < len(tokens) and tokens[j].isdigit() and len(tokens[j]) == 4 else None
            if day and year and 1 <= day <= 31:
                (hijri if month[1] == "hijri" else greg).append((year, month[0], day))
                i = j + 1
                pending = []
                continue
            i += step
            continue
        if tok.isdigit():
            pending.append(int(tok))
            nums.append(int(tok))
        elif ":" in tok:
            pass
        elif strict and lex.words.get(tok) not in ("weekday", "datefiller") and not (
                names and (lex.agency(tok) or lex.is_place(tok))):
            return None
        i += 1
    if greg:
        y, m, d = greg[0]
        return f"{y:04d}-{m:02d}-{d:02d}"
    if hijri:
        return _hijri_to_iso(*hijri[0])
    if len(nums) == 3 and not greg:
        a, b, c = nums
        if c > 1900 and 1 <= b <= 12 and 1 <= a <= 31:
            return f"{c:04d}-{b:02d}-{a:02d}"
        if a > 1900 and 1 <= b <= 12 and 1 <= c <= 31:
            return f"{a:04d}-{b:02d}-{c:02d}"
    return None


def _hijri_to_iso(y: int, m: int, d: int) -> str | None:
    try:
        from hijridate import Hijri
        return Hijri(y, m, d).to_gregorian().isoformat()
    except Exception:   # out of range or not installed: no date rather than a wrong one
        return None


# -- datelines, credits, bylines --------------------------------------------------------------

@dataclass
class Dateline:
    """What a dateline or credit prefix names, and where it ends in the line."""

    end: int                       # offset in the line just after the prefix (and its ':' / '-')
    place: str | None = None
    agency: str | None = None
    outlet: str | None = None
    person: str | None = None
    date: str | None = None
    parts: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, str]:
        return {k: v for k, v in (("place", self.place), ("agency", self.agency), ("outlet", self.outlet),
                                  ("person", self.person), ("date", self.date)) if v}


def _parts(prefix: str, lex: Lexicon) -> list[str]:
    # a bracketed agency is a part ("القاهرة (رويترز)"); another bracket qualifies a place ("بيني (الكونغو)")
    prefix = re.sub(r"\s*\(([^()]*)\)", lambda m: f" - {m.group(1)} - " if lex.agency(m.group(1)) else " ", prefix)
    prefix = re.sub(r"\s*[:：]\s+", " - ", prefix)          # "كييف: «الشرق الأوسط»"
    out = [q.strip(" :،,()[]«»\"'-–—") for q in SEPARATORS.split(prefix.strip(" -–—"))]
    return [p for p in out if p]


def read_prefix(prefix: str, end: int, lex: Lexicon, *, whole_line: bool) -> Dateline | None:
    """Name the parts of a dateline/credit ``prefix`` (place, agency, outlet, person, date)."""
    parts = _parts(prefix, lex)
    if not parts or len(parts) > 4:
        return None
    dl = Dateline(end=end, parts=parts)
    unknown: list[str] = []
    for part in parts:
        kind = lex.agency(part)
        if kind:
            name = part
            if kind[0] == "outlet" and lex.is_place(part) and dl.place is None and (
                    dl.outlet is not None or (len(parts) > 1 and part == parts[0])):
                dl.place = name               # "الرياض - واس", "سبق- الرياض": a city that is also a paper
            elif kind[0] == "outlet":
                dl.outlet = dl.outlet or name
            else:
                dl.agency = dl.agency or name
            continue
        if lex.is_place(part):
            dl.place = dl.place or part
            continue
        d = _place_and_date(part, lex)
        if d:
            dl.place, dl.date = dl.place or d[0], d[1]
            dl.agency = dl.agency or d[2]
            continue
        unknown.append(part)
    known = [x for x in (dl.place, dl.agency, dl.outlet) if x]
    if not known:
        return None
    if len(unknown) == 2 and _reporter_source_place(parts, unknown, lex):
        # "عوض الفهمي- سبق- أضم": the reporter before the outlet, a place the gazetteer lacks after it
        dl.person, dl.place = unknown[0], dl.place or unknown[1]
        unknown = []
    if unknown:
        if len(unknown) > 1 or not name_like(unknown[0], lex, min_words=1):
            return None
        # a lone unknown part is the reporter ("عمر إبراهيم – عين اليوم", "محمد البلوي – تبوك") unless it
        # follows the outlet or agency, where datelines put the place ("عين اليوم – بوينوس ايرس")
        after_source = any(lex.agency(p) and not lex.is_place(p) for p in parts[:parts.index(unknown[0])])
        if len(unknown[0].split()) >= 2 and not (after_source and dl.place is None and dl.person is None
                                                 and not (dl.agency and dl.outlet)):
            dl.person = unknown[0]
        else:
            dl.place = dl.place or unknown[0]
    if len(parts) == 1 and not (dl.agency or dl.outlet or dl.date):
        return None
    return dl


def _reporter_source_place(parts: list[str], unknown: list[str], lex: Lexicon) -> bool:
    """True for [reporter, outlet or agency, place]: a name of two to four words first, a source in the
    middle, one or two words last."""
    return (len(parts) == 3 and parts[0] == unknown[0] and parts[2] == unknown[1]
            and lex.agency(parts[1]) is not None and 2 <= len(unknown[0].split()) <= 4
            and name_like(unknown[0], lex, min_words=2) and len(unknown[1].split()) <= 2
            and name_like(unknown[1], lex, min_words=1))


def _place_and_date(part: str, lex: Lexicon) -> tuple[str, str | None, str | None] | None:
    """"الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس" -> (place, date, agency)."""
    k = key(part)
    m = re.match(r"^(\D{2,30}?)\s*(\d.*?)(?:\s+([^\d\s]+))?$", k)   # also glued: "ينبع26 شوال ..."
    if not m or len(m.group(1).split()) > 3:
        return None
    agency = m.group(3) if m.group(3) and lex.agency(m.group(3)) else None
    tokens = _TOKEN.findall(m.group(2))
    if m.group(3) and not agency:
        if m.group(3) not in lex.months and lex.words.get(m.group(3)) != "datefiller":
            return None
        tokens.append(m.group(3))
    if not (lex.is_place(m.group(1)) or agency):
        return None
    iso = _date_in_tokens(tokens, lex, strict=True, names=False)
    if not iso and not (lex.is_place(m.group(1)) and all(
            t.isdigit() or t in lex.months or lex.words.get(t) in ("weekday", "datefiller") for t in tokens)):
        return None
    place = re.split(r"\s*[\d٠-٩]", part.strip(), maxsplit=1)[0].strip()
    return place, iso, (part.split()[-1] if agency else None)


_INLINE_END = re.compile(r"\)\s*[-–—:]\s*|\s*[:：]\s+|\s+[-–—]\s+")


def inline_dateline(line: str, lex: Lexicon, *, max_chars: int = 80) -> Dateline | None:
    """A dateline opening a paragraph: "الرياض - واس: أعلن ...", "القاهرة (رويترز) - قال ..."."""
    head = line[:max_chars]
    lead = len(line) - len(line.lstrip())
    found: list[Dateline] = []
    for m in _INLINE_END.finditer(head):
        prefix = line[lead:m.start() + (1 if m.group().startswith(")") else 0)]
        if not prefix.strip() or len(prefix.split()) > 10:
            break
        dl = read_prefix(prefix, m.end(), lex, whole_line=False)
        if dl and (dl.agency or dl.outlet or ":" in m.group() or ")" in m.group()):
            if dl.person and not (dl.agency or dl.outlet):
                continue
            found.append(dl)
    # "عين اليوم – متابعات طالب ...": outlet and wire/place with no closing mark
    m = re.match(r"^\s*(\S+(?:\s\S+){0,2})\s*[-–—]\s*(\S+(?:\s\S+)?)\s", line)
    if m:
        for n in (2, 1):
            tail = " ".join(m.group(2).split()[:n])
            a, b = lex.agency(m.group(1)), lex.agency(tail) or (("place", "") if lex.is_place(tail) else None)
            if a and b and len(m.group(2).split()) >= n:
                end = m.start(2) + len(tail)
                dl = read_prefix(line[:end], end, lex, whole_line=False)
                if dl:
                    found.append(dl)
                break
    return max(found, key=lambda d: d.end) if found else None


def whole_dateline(line: str, lex: Lexicon) -> Dateline | None:
    """A line that is only a dateline, credit or "name - outlet" signature ("عين اليوم – الرياض")."""
    text = line.strip().rstrip(":").strip()
    if not text or len(text.split()) > 16:
        return None
    return read_prefix(text, len(line), lex, whole_line=True)


def attribution(line: str, lex: Lexicon) -> tuple[str, str] | None:
    """(publisher, credited) of a closing credit "ليفانت نيوز _ وكالات" / "الرياض - واس"."""
    text = line.strip()
    m = re.match(r"^(المصدر|مصدر الخبر|Source)\s*[:：]\s*(.+)$", text)
    if m:                                   # "المصدر: وكالات", "المصدر: الجزيرة + وكالات"
        pieces = [p.strip() for p in re.split(r"\s*[+،,و]\s+|\s+[-–—_]\s+", m.group(2)) if p.strip()]
        wires = [p for p in pieces if (lex.agency(p) or ("", ""))[0] in ("wire", "agency")]
        others = [p for p in pieces if p not in wires]
        if wires or len(pieces) == 1:
            return (others[0] if others else ""), (wires[0] if wires else pieces[0])
        return None
    parts = [p.strip() for p in SEPARATORS.split(text) if p.strip()]
    if len(parts) != 2 or any(len(p.split()) > 4 for p in parts):
        return None
    a, b = parts
    ka, kb = lex.agency(a), lex.agency(b)
    if kb and kb[0] in ("wire", "agency") and not (ka and ka[0] in ("wire", "agency")):
        if ka or "_" in text or name_like(a, lex, min_words=1, allow_latin=True):
            return a, b
    return None


def name_like(text: str, lex: Lexicon, *, min_words: int = 2, max_words: int = 5, allow_latin: bool = True,
              given: bool = False) -> bool:
    """A short run of name-like words: no digits, no function words, no date words, no sentence punctuation.

    With ``given`` the first word must also be a known given name ("محمد", "سارة") or a name particle
    ("أبو", "آل"): used where position alone is weak evidence (a signature, a line with no title above)."""
    text = text.strip().lstrip("-–—*•ـ ").strip()
    text = re.sub(r"^(د|م|أ|ا|الدكتور|المهندس|الشيخ)\.?\s+", "", text) if len(text.split()) > 1 else text
    if re.search(r"[\d.!?؟،,;؛:«»\"()\[\]]", text):
        return False
    toks = text.split()
    if not (min_words <= len(toks) <= max_words):
        return False
    if len(toks) >= 2 and all(key(t).startswith("ال") for t in toks):
        return False              # "التبول الليلي": a noun phrase, not a name
    if any(re.search(r"[\u064B-\u0650\u0652]", t) for t in toks):
        return False              # vowel marks: verse or a quotation, names are written bare
    first = key(toks[0])
    if given and first not in lex.given_names:
        return False
    if first in lex.not_names or (first.startswith("ال") and first[2:] in lex.not_names):
        return False              # "وزير العدل", "جانب من", "السلام عليكم"
    if first.startswith("و") and len(first) >= 4 and first not in lex.waw_names:
        return False              # "وأكد فخامة": a conjunction, not a name
    for t in toks:
        k = key(t)
        if lex.function_words.__contains__(_bare(t)) or lex.words.get(k) == "weekday" or k in lex.months:
            return False
        if not (has_arabic(t) or (allow_latin and t.isalpha())):
            return False
    return True
