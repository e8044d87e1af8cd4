"""Role phrases and the chains they form before or after a name.

A *chain* is a run of adjacent lexicon items — role phrases (وزير الدفاع), nationality adjectives (الأوكراني),
country names (السويد), seats (البنتاغون), organisations (الناتو), titles (الجنرال), the counterpart word (نظيره)
— with commas or dashes between them: "نظيره الروسي ، وزير الدفاع" or "رئيسة وزراء السويد ،". A chain tells the
country, sector and office of the name it stands next to, or is itself an actor (القوات الروسية).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from ..errors import ResourceError
from ..lang.ar.tokens import Token
from ..resources import read_lines, read_tsv
from .countries import CountryName, Nisba
from .dictionary import Lexicon, Match, Org, Seat, _check_sector
from .places import Place

PLURAL_SUFFIXES = ("ا", "ان", "ين", "ون", "تان", "تين")     # dual and sound plural of a singular variant
KINDS = ("person", "group", "title", "counterpart", "official")
GLUE = {",", "-", "/"}        # not ":" — "وزير الدفاع: قواتنا ..." is a headline, not an apposition


@dataclass(frozen=True)
class RolePhrase:
    role: str
    sector: str | None
    kind: str
    definite: bool
    plural: bool = False


def _bare(word: str) -> str:
    return word[2:] if word.startswith("ال") else word


@lru_cache(maxsize=1)
def role_phrases() -> list[tuple[str, RolePhrase]]:
    out = []
    for path, line, row in read_tsv("actors/roles.tsv", required=("phrases_ar", "role_en", "kind")):
        where = f"{path}:{line}"
        if row["kind"] not in KINDS:
            raise ResourceError(f"bad kind {row['kind']!r} (one of {', '.join(KINDS)})", input=where)
        _check_sector(row.get("sector", ""), where)
        variants = [p.strip() for p in row["phrases_ar"].split("|") if p.strip()]
        singular = {_bare(v.split()[0]) for v in variants}
        for ph in variants:
            if ph:
                first = _bare(ph.split()[0])
                plural = row["kind"] not in ("title", "counterpart") and any(first == w + suf for w in singular for suf in PLURAL_SUFFIXES)
                words = ph.split()
                definite = words[0].startswith("ال") or len(words) > 1 and words[-1].startswith("ال")   # idafa
                out.append((ph, RolePhrase(row["role_en"], row.get("sector") or None, row["kind"], definite, plural)))
    return out


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """Words that are never part of a name read after a role phrase: the hand list and ordinary words."""
    from ..lang.ar.normalise import norm
    return frozenset(norm(w) for w in read_lines("actors/stopwords.txt") + read_lines("actors/common_words.txt"))


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """The hand-written list alone: function words, frequent verbs, time words."""
    from ..lang.ar.normalise import norm
    return frozenset(norm(w) for w in read_lines("actors/stopwords.txt"))


@lru_cache(maxsize=1)
def genitive_heads() -> frozenset[str]:
    from ..lang.ar.normalise import norm
    return frozenset(norm(w) for w in read_lines("actors/genitive_heads.txt"))


@lru_cache(maxsize=1)
def role_modifiers() -> dict[tuple[str, ...], bool]:
    """Words that may stand between a role phrase and its name ("السابق", "بالوكالة") -> whether they mean the
    office is no longer held."""
    from ..lang.ar.normalise import norm
    out: dict[tuple[str, ...], bool] = {}
    for path, line, row in read_tsv("actors/role_modifiers.tsv", required=("word_ar", "former")):
        if row["former"] not in ("yes", "no"):
            raise ResourceError(f"former must be yes or no, not {row['former']!r}", input=f"{path}:{line}")
        out[tuple(norm(w) for w in row["word_ar"].split())] = row["former"] == "yes"
    return out


@lru_cache(maxsize=1)
def institution_heads() -> frozenset[str]:
    from ..lang.ar.normalise import norm
    return frozenset(norm(w) for w in read_lines("actors/institution_heads.txt"))


@lru_cache(maxsize=1)
def deputy_heads() -> frozenset[str]:
    from ..lang.ar.normalise import norm
    return frozenset(norm(w) for w in read_lines("actors/deputy_heads.txt"))


def serves_another(word: str) -> bool:
    """The normalised word is a deputy's, adviser's or envoy's title (``deputy_heads.txt``), with or without
    و ف ب ل ك or the article ("ومستشار", "المبعوث"): the office named after it is someone else's."""
    heads = deputy_heads()
    return any(h in heads or (h.startswith("ال") and h[2:] in heads) for _, h in Lexicon.heads(word))


BRIDGE_PREPS = frozenset({"في", "لدى", "الى", "إلى", "لدي"})
SERVES_A_COUNTRY = frozenset({"ambassador", "special envoy"})   # offices "ل" + a country names ("المبعوث الخاص لسوريا")


@dataclass
class Chain:
    i: int                      # first token
    j: int                      # token after the last item (trailing glue excluded)
    start: int
    end: int
    items: list[Match] = field(default_factory=list)
    role: RolePhrase | None = None       # person / official / counterpart office
    title: RolePhrase | None = None
    group: RolePhrase | None = None
    country: str | None = None
    org: Org | None = None
    seat: Seat | None = None
    conj: bool = False
    next_tok: int = 0           # first token after trailing glue (and after a bridge: "السابق في سورية")
    attached: bool = False
    former: bool = False        # "السابق": the name no longer holds the office
    unbridged: int | None = None    # next_tok before the bridge, if there was one
    region_end: int | None = None   # token after the region of an office ("أمير منطقة عسير"), when one is named
    after_visit: bool = False   # a visit or arrival is told just before: "ل" + a country then names where it went

    @property
    def counterpart(self) -> bool:
        return self.role is not None and self.role.kind == "counterpart"

    @property
    def has_office(self) -> bool:
        return self.role is not None or self.title is not None

    @property
    def only_nisba(self) -> bool:
        return self.role is None and self.title is None and self.group is None and self.country is not None

    @property
    def sector(self) -> str | None:
        if self.role and self.role.sector and self.role.kind == "person" and self.role.role != "president":
            return self.role.sector
        for s in (self.group.sector if self.group else None, self.seat.sector if self.seat else None,
                  self.org.sector if self.org else None, self.role.sector if self.role else None,
                  self.title.sector if self.title else None):
            if s:
                return s
        return None

    @property
    def role_name(self) -> str | None:
        if self.role and self.role.kind in ("person", "official"):
            if self.role.role == "president" and (self.seat or self.org):
                if self.seat and self.seat.head:
                    return self.seat.head
                return "head of " + (self.seat.name if self.seat else self.org.name)
            return self.role.role
        if self.title and self.title.sector:
            return self.title.role
        return None


CHAIN_TYPES = (RolePhrase, Nisba, CountryName, Seat, Org, Place)


def chain_payload(m: Match) -> list:
    if m.clitic.endswith("ك"):      # "كلاوس" is a name, not "like Laos"
        return [p for p in m.payloads if isinstance(p, RolePhrase)]
    return [p for p in m.payloads if isinstance(p, CHAIN_TYPES)]


def parse_chains(toks: list[Token], matches: list[Match]) -> list[Chain]:
    """Group adjacent chain items into chains; a nisba needs a head before it unless it follows و."""
    by_start = {m.i: m for m in matches if chain_payload(m)}
    chains: list[Chain] = []
    k = 0
    while k < len(toks):
        m = by_start.get(k)
        if m is None:
            k += 1
            continue
        ch = Chain(m.i, m.j, m.start, m.end, conj=m.conj, after_visit=_after_visit(toks, m.i))
        pos = k
        while True:
            m = by_start.get(pos)
            if m is None or not _accept(ch, m):
                break
            ch.items.append(m)
            ch.j, ch.end = m.j, m.end
            pos = m.j
            while pos < len(toks) and toks[pos].norm in GLUE:
                pos += 1
            if pos < len(toks) and by_start.get(pos) is not None and by_start[pos].conj and ch.items:
                break       # "..., ورئيس فنلندا": a new conjunct starts a new chain
        ch.next_tok = ch.j
        while ch.next_tok < len(toks) and toks[ch.next_tok].norm in GLUE:
            ch.next_tok += 1
        if ch.items:
            _region_of_office(ch, toks, by_start)
            _bridge(ch, toks, by_start)
            chains.append(ch)
            k = ch.j
        else:
            k += 1
    return chains


REGION_WORDS = frozenset({"منطقه", "محافظه", "مدينه", "اماره", "ولايه", "بلديه", "اقليم"})


VISIT_REACH = 25        # tokens before a role phrase within which a visit makes "ل" + a country its destination
TRAVEL_WORDS = frozenset({"زار", "يزور", "تزور", "زارت", "وصل", "وصلت", "وصول", "توجه", "يتوجه", "جوله"})


def _after_visit(toks: list[Token], i: int) -> bool:
    """A word of visiting or arriving ("زيارة", "بزيارته", "وصل", "جولة") before token ``i`` in the same stretch
    of the sentence (no comma or stop between, at most ``VISIT_REACH`` tokens)."""
    for t in reversed(toks[max(0, i - VISIT_REACH):i]):
        if t.norm in (",", "،", ".", ":", ";", "؛"):
            return False
        if "زيار" in t.norm or t.norm.lstrip("وفب") in TRAVEL_WORDS:
            return True
    return False


def _region_of_office(ch: Chain, toks: list[Token], by_start: dict[int, Match]) -> None:
    """An office of a region gives the region's country: "أمير منطقة المدينة المنورة", "حاكم ولاية تكساس"."""
    if ch.country or ch.role is None or ch.role.kind != "person" or ch.j >= len(toks) - 1:
        return
    if toks[ch.j].norm not in REGION_WORDS:
        return
    m = by_start.get(ch.j) or by_start.get(ch.j + 1)     # "منطقة القصيم" listed whole, or "منطقة" + "مكة المكرمة"
    place = next((p for p in (m.payloads if m is not None and not m.clitic else ())
                  if isinstance(p, Place) and p.country and p.kind in ("city", "region", "capital")), None)
    if place is not None:
        ch.country, ch.region_end = place.country, m.j


def _bridge(ch: Chain, toks: list[Token], by_start: dict[int, Match]) -> None:
    """Move ``ch.next_tok`` past modifiers and a place after an office ("السفير اليمني السابق في سورية"), so the
    office reaches the name after them; ``ch.former`` tells whether a modifier said the office is no longer held."""
    if ch.role is None or ch.role.kind not in ("person", "official") or ch.role.plural:
        return
    if any(w in genitive_heads() for _, w in _readings(toks[ch.i].norm)):
        return      # "نائب الرئيس اليمني المخلوع علي عبدالله صالح": the modifier may be the genitive's
    mods = role_modifiers()
    k, former = ch.next_tok, False
    while k < len(toks):
        for key, was in mods.items():
            if tuple(t.norm for t in toks[k:k + len(key)]) == key:
                k += len(key)
                former = former or was
                break
        else:
            break
    if k < len(toks) and toks[k].norm in BRIDGE_PREPS:
        m = by_start.get(k + 1)
        if m is not None and not m.clitic and _is_place(m):
            k = m.j
    elif k > ch.next_tok or ch.country:
        m = by_start.get(k)
        if m is not None and m.clitic == "ب" and _is_place(m):      # "سفير مصر بواشنطن"
            k = m.j
    while k < len(toks) and toks[k].norm in GLUE:
        k += 1
    if k == ch.next_tok or k >= len(toks):
        return      # nothing skipped, or nothing left for a name ("زوجها الرئيس السابق" at the end)
    ch.unbridged = ch.next_tok
    ch.next_tok, ch.former = k, former


def _readings(word: str) -> list[tuple[str, str]]:
    from .dictionary import Lexicon
    return Lexicon.heads(word)


def _is_place(m: Match) -> bool:
    return any(isinstance(p, (Place, CountryName, Seat, Org)) for p in m.payloads)


def _accept(ch: Chain, m: Match) -> bool:
    """Add ``m`` to ``ch`` if it fits; return whether it did."""
    pls = chain_payload(m)
    first = not ch.items
    for p in pls:
        if isinstance(p, RolePhrase):
            if p.kind == "group":
                if ch.group is None and (ch.role is None or ch.role.role in ("spokesperson", "minister", "commander", "secretary-general")):
                    ch.group = p
                    return True
                continue
            if p.kind == "title":
                if ch.group is not None and ch.role is None and ch.group.sector == "REB":
                    # "اختطف المسلحون الحوثيون الدكتور ...": the gunmen, then the one they took ("مدير شرطة منطقة
                    # الباحة اللواء ..." is one man's office and title)
                    return False
                if ch.title is None or p.sector and not ch.title.sector:
                    ch.title = p
                return True         # "معالي وزير الخارجية الأستاذ ..."
            if ch.role is None or ch.role.kind == "counterpart":
                ch.role = p if ch.role is None or p.kind != "official" else ch.role
                return True
            continue
        if isinstance(p, Nisba):
            head = ch.role or ch.group or ch.title
            if first and not m.conj and (not p.definite or p.plural):
                continue        # a chain may open with "الإيطالي" (before a name) or "والروسي"
            if not p.definite and (head is None or head.definite):
                continue
            if p.definite and ch.group is not None and head is ch.group and not ch.group.definite:
                continue        # "هاجم مسلحون الفلسطينيين": an adjective agrees in definiteness; this is the object
            if ch.country is None:
                ch.country = p.country
                return True
            continue
        if first:
            continue        # a country, seat or organisation alone is not a role chain
        if isinstance(p, CountryName) and ch.country is None and (ch.role or ch.group) and not m.conj:
            if m.clitic == "ل" and ch.after_visit and not (ch.role and ch.role.role in SERVES_A_COUNTRY):
                continue    # "زيارة وزير الخارجية لروسيا": where the office's holder went, not whose office it is
            ch.country = p.country
            return True
        if isinstance(p, Seat) and ch.seat is None and (ch.role or ch.group):
            ch.seat = p
            ch.country = ch.country or p.country
            return True
        if isinstance(p, Place) and p.country and p.kind in ("capital", "city", "region") and ch.group \
                and ch.country is None and ch.role is None:
            ch.country = p.country      # "سكان غزة", "شرطة إسلام آباد"
            return True
        if isinstance(p, Org) and ch.org is None and (ch.role or ch.group) and not (
                ch.country and any(isinstance(x, Nisba) for x in chain_payload(ch.items[-1]))):
            # "الحكومة اليمنية مجلس الأمن": after the adjective the phrase is closed; the body is another noun
            ch.org = p
            ch.country = ch.country or p.country
            return True
    return False
