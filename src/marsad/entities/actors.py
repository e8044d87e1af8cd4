"""The ``actors`` component: dictionary entities, actor coding from role phrases, places and coreference.

Runs after the recogniser (``entities`` spans with source "ner", possibly none) and:

1. matches the actor dictionary, organisations, seats of power, countries and the gazetteer on normalised text;
2. reads role chains next to names ("وزير الدفاع الأوكراني أولكسي ريزنيكوف" -> UKR MIL defense minister) and
   codes each person PLOVER/CAMEO style {name, code, country, sector, role}, known persons by the office they
   held on the document's date;
3. turns unnamed role phrases and collectives into ROLE/ORG actors (رئيس البنتاغون، القوات الروسية);
4. links mentions of one person (coreference) and drops entities in boilerplate lines ("اقرأ المزيد: ...").
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import Any

from ..blocks import blockwise
from ..doc import Document, Span
from ..lang.ar.normalise import norm
from ..lang.ar.tokens import Token, tokens_in
from ..resources import read_tsv
from . import coref
from .countries import CountryName, Nisba, all_nisbas, countries, name_of
from .dictionary import Lexicon, Match, Org, Person, Seat, key_of, organisations, people, seats, versions
from .places import Place, places
from .reconcile import reconcile
from .roles import (Chain, RolePhrase, deputy_heads, function_words, genitive_heads, institution_heads, parse_chains,
                    role_phrases, stopwords)

NAME_WORD = re.compile(r"^[\u0621-\u064A]{2,}$")
COMPOUND = {"عبد", "ابو", "بن", "بنت", "ولد", "ال", "اب", "ام", "دي", "دو", "فون", "لو", "دا", "فان", "الله", "الرحمن"}
TANWIN = re.compile("[\u064B-\u064D]")
BOILERPLATE_LINE = re.compile(r"^\s*(?:اقرا|إقرأ|اقرأ|إقرا)\s+(?:المزيد|ايضا|أيضا|أيضاً|ايضاً)|^\s*(?:شاهد|طالع)\s+(?:ايضا|أيضا|أيضاً)")


class NotName:
    """A phrase in which a name is part of something else (صلاة المغرب)."""


NOT_NAME = NotName()


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    lex = Lexicon()
    for p in people().values():
        for n in p.names_ar:
            lex.add(n, p)
    for names, org in organisations():
        for n in names:
            lex.add(n, org)
    for names, seat in seats():
        for n in names:
            lex.add(n, seat)
    for c in countries().values():
        if c.match_name:
            for n in c.names_ar:
                lex.add(n, CountryName(c.iso3))
                lex.add(n, Place(c.name_en, c.iso3, None, None, "country"))
    for form, nisba in all_nisbas():
        lex.add(form, nisba)
    for names, place in places():
        for n in names:
            key_existing = lex.table.get(tuple(n.split()))
            if key_existing and any(isinstance(x, Place) for x in key_existing):
                continue        # the most populous place of that name wins
            lex.add(n, place)
    for phrase, rp in role_phrases():
        lex.add(phrase, rp)
    for _, _, row in read_tsv("actors/not_names.tsv", required=("phrase_ar",)):
        lex.add(row["phrase_ar"], NOT_NAME)
    return lex


def reload() -> None:
    """Forget loaded dictionaries so that edited data files (or a new MARSAD_DATA_PATH) are read again."""
    from . import countries as c, dictionary as d, places as pl, reconcile as rc, roles as r
    for fn in (lexicon, d.people, d.organisations, d.seats, d.known_countries, d._versions, c.countries, c.broken_plurals, pl.places,
               r.role_phrases, r.stopwords, unnamed_sides, given_names, r.genitive_heads, r.function_words, r.role_modifiers, r.institution_heads, r.deputy_heads, rc._titles,
               acting_verbs):
        fn.cache_clear()


# -- helpers ----------------------------------------------------------------------------------------------------------
def _sentence_of(bounds: list[tuple[int, int]], pos: int) -> int:
    for k, (s, e) in enumerate(bounds):
        if s <= pos < e:
            return k
    return -1


def _sentences(doc: Document) -> list[tuple[int, int]]:
    sents = doc.layers.get("sentences")
    if sents:
        return sorted((s.start, s.end) for s in sents)
    out, pos = [], 0
    for m in re.finditer(r"[.!?؟\n]+", doc.text):
        out.append((pos, m.end()))
        pos = m.end()
    out.append((pos, len(doc.text)))
    return out


def _boilerplate(doc: Document) -> list[tuple[int, int]]:
    segs = doc.layers.get("segments")
    if segs:
        return [(s.start, s.end) for s in segs if s.label == "boilerplate"]
    out, pos = [], 0
    for line in doc.text.split("\n"):
        if BOILERPLATE_LINE.match(line):
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _segment_kind(doc: Document, pos: int) -> str | None:
    seg = doc.segment_at(pos)
    return seg.label if seg else None


def _code(country: str | None, sector: str | None, org: str | None = None) -> str | None:
    if org:
        return org
    if country:
        return country + (sector or "")
    return None


def _actor(name: str, country: str | None, sector: str | None, role: str | None, org: str | None = None) -> dict:
    return {"name": name, "code": _code(country, sector, org), "country": country, "sector": sector, "role": role}


def _person_actor(p: Person, day: str | None, role: str | None, sector: str | None) -> dict:
    """A known person's actor; when the date is known but no listed office covers it, only the country is told."""
    o = p.office(day, role, sector)
    if day and not o.valid_on(day):
        return _actor(p.name, o.country, None, None, None if o.country else o.org)
    sector = o.sector or ("IGO" if o.org else None)
    return _actor(p.name, o.country, sector, o.role, o.org)


def _day(published: str | None) -> str | None:
    """The document date as YYYY-MM-DD for choosing offices; a partial date stands for its middle."""
    if not published or not re.match(r"^\d{4}(-\d{2}){0,2}", published):
        return None
    d = published[:10]
    return d if len(d) == 10 else d + ("-15" if len(d) == 7 else "-07-01")


def _pick(ps: list[Person], day: str | None, said: str) -> Person:
    """Of persons sharing a name (خادم الحرمين الشريفين), the one holding on ``day`` an office listed with that
    name, else any office; without a date the one with the latest office."""
    if len(ps) == 1:
        return ps[0]
    if day:
        on = [p for p in ps if p.holds_on(day, said)] or [p for p in ps if p.holds_on(day)]
        if on:
            return on[0]
    return max(ps, key=lambda p: max(o.start for o in p.offices))


def _inside(toks: list[Token], starts: list[int], start: int, end: int) -> list[int]:
    """Indices of the tokens lying within ``[start, end)`` (``starts``: the tokens' start offsets, ascending)."""
    out = []
    for k in range(bisect_left(starts, start), len(toks)):
        t = toks[k]
        if t.start >= end:
            break
        if t.end <= end:
            out.append(k)
    return out


def _next_after(toks: list[Token], k: int) -> int:
    """First token at or after ``k`` that is not a comma or dash."""
    while k < len(toks) and toks[k].norm in (",", "-"):
        k += 1
    return k


def _adjective_like(w: str) -> bool:
    """Nisba-like adjective endings that surnames rarely have: الانفصاليون، إنسانية، الإضافيين."""
    if w.startswith("ال"):
        return w.endswith(("يين", "يون", "ات"))
    return w.endswith("يه") or len(w) >= 7 and w.endswith(("يين", "يون"))


def _after_head(toks: list[Token], i: int, heads: frozenset[str]) -> bool:
    """Whether the token before ``i`` is one of ``heads`` (with or without a proclitic): "مركز" before "الملك سلمان"."""
    return i > 0 and any(w in heads for _, w in Lexicon.heads(toks[i - 1].norm))


def _serves(toks: list[Token], i: int) -> bool:
    """Whether the words before token ``i`` name someone serving the office at ``i``: "مساعد وزير الدفاع",
    "مدير مكتب رئيس الجمهورية"."""
    deputies = deputy_heads()
    if _after_head(toks, i, deputies):
        return True
    return i > 1 and any(w in ("مكتب", "ديوان") for _, w in Lexicon.heads(toks[i - 1].norm)) and _after_head(toks, i - 1, deputies)


def _given_first(toks: list[Token], m: Match) -> bool:
    """Whether a dictionary name match is a full name opening with a given name ("علي عبدالله صالح"), not a
    surname or a title ("الأسد", "الملك سلمان")."""
    return m.j - m.i >= 2 and not toks[m.i].norm[len(m.clitic):].startswith("ال")


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Common given names, normalised (``clean/given_names.tsv``): a recogniser name opening with one is a person's
    full name ("نسرين اسبر"), not a verb run into a known surname ("أبلغني بومبيو")."""
    return frozenset(norm(r["name"]) for _, _, r in read_tsv("clean/given_names.tsv", required=("name",)))


def _given_name_fits(p: Person, first: str, matched_words: int) -> bool:
    """Whether a name whose last word is a known person's one-word surname can be that person: its first word is
    the start of one of the person's full names ("عادل" بن أحمد الجبير), or a spelling of it sharing its first three
    letters ("سيرجي" for "سيرغي"); "نسرين اسبر" is not Mark Esper."""
    if matched_words > 1:
        return True
    given = {norm(n).split()[0] for n in p.names_ar if len(n.split()) > 1}
    return not given or any(g[:3] == first[:3] for g in given)


def _full_names(p: Person) -> bool:
    """Whether the dictionary lists the person under a name of several words (so a first name can be checked)."""
    return any(len(n.split()) > 1 for n in p.names_ar)


def _trim(sp: Span, toks: list[Token], ks: list[int], kept: list[int]) -> None:
    """Narrow a recogniser PER span to the tokens ``kept`` of its tokens ``ks`` when only role words were dropped
    at its edges ("محمد بن نايف ولي العهد")."""
    if not kept or kept == ks or ks.index(kept[0]) + len(kept) - 1 != ks.index(kept[-1]):
        return
    sp.start, sp.end = min(sp.start, toks[kept[0]].start) if kept[0] == ks[0] else toks[kept[0]].start, \
        max(sp.end, toks[kept[-1]].end) if kept[-1] == ks[-1] else toks[kept[-1]].end


def _grab_name(toks: list[Token], k: int, lex: Lexicon) -> int:
    """End token of a name starting at ``k``, or ``k`` if none: two name-like words, more only when joined by
    بن / عبد / أبو / ولد; no function word, tanwin, lexicon phrase or adjective-like ending (-ية)."""
    stop = stopwords()
    j = k
    while j < len(toks) and j - k < 6:
        t = toks[j]
        w = t.norm
        bare = w[1:] if w[:1] in ("و", "ف") else w
        if not NAME_WORD.match(w) or w in stop or bare in (stop if j > k else function_words()) or TANWIN.search(t.text):
            break
        if j > k and (toks[j].start - toks[j - 1].end > 1 or lex.match_at(toks, j) is not None):
            break
        if j == k and (w.startswith("ال") or lex.match_at(toks, j) is not None):
            break
        if j > k and _adjective_like(w) and toks[j - 1].norm not in COMPOUND:
            break
        after_marker = j - k >= 2 and toks[j - 2].norm in ("بن", "بنت", "ولد", "عبد", "ابو") and w.startswith("ال")
        if j - k >= 2 and toks[j - 1].norm not in COMPOUND and w not in COMPOUND and not after_marker:
            break
        j += 1
    while j > k and toks[j - 1].norm in COMPOUND:
        j -= 1
    return j if j - k >= 2 else k


# -- the component ------------------------------------------------------------------------------------------------------
@blockwise(assigns=("entities",))
def component(doc: Document) -> Document:
    lex = lexicon()
    toks = tokens_in(doc.text)
    matches = [m for m in lex.scan(toks)]
    blocked = [(m.start, m.end) for m in matches if NOT_NAME in m.payloads]
    matches = [m for m in matches if NOT_NAME not in m.payloads]
    chains = parse_chains(toks, matches)
    in_chain = {k for ch in chains for k in range(ch.i, ch.j)}
    definite_chain = {k for ch in chains if ch.role is not None and ch.role.definite for k in range(ch.i, ch.j)}
    starts = [t.start for t in toks]
    day = _day(doc.published)
    sents = _sentences(doc)

    ner = [s for s in doc.layers.get("entities", []) if s.attrs.get("source") == "ner"]
    others = [s for s in doc.layers.get("entities", []) if s.attrs.get("source") != "ner"]

    # 1. name candidates: dictionary persons, recogniser PER spans (trimmed of role words), names after chains
    cands: dict[int, dict[str, Any]] = {}      # start token -> candidate
    role_only: set[tuple[int, int]] = set()
    inst = institution_heads()
    org_spans = [(m.start, m.end) for m in matches if any(isinstance(p, Org) for p in m.payloads)]
    # whole tokens that are a country's name, with or without a proclitic ("والسويد"): never a person
    country_tokens = {m.i for m in matches if m.j == m.i + 1
                      and any(isinstance(p, CountryName) for p in m.payloads)
                      and not any(isinstance(p, Person) for p in m.payloads)}
    for m in matches:
        ps = [p for p in m.payloads if isinstance(p, Person)]
        if ps and _given_first(toks, m) and m.i > 0 and toks[m.i - 1].norm in ("بن", "بنت") and not m.clitic:
            continue        # "خالد بن سلمان بن عبدالعزيز": the father's name inside the son's
        if ps and not m.clitic and _after_head(toks, m.i, deputy_heads()):
            continue        # "نائب خادم الحرمين الشريفين": the king's deputy, named after it, not the king
        if ps and not _after_head(toks, m.i, inst):     # "مركز الملك سلمان": a centre, not the king
            said = " ".join([Lexicon.heads(toks[m.i].norm)[0][1] if not m.clitic else toks[m.i].norm[len(m.clitic):]]
                            + [t.norm for t in toks[m.i + 1:m.j]])
            person = _pick(ps, day, said)
            if person is not None and m.i > 0 and not m.clitic and m.j == m.i + 1 \
                    and toks[m.i - 1].norm.lstrip("و") in given_names() and toks[m.i - 1].norm not in stopwords() \
                    and not (m.i > 1 and toks[m.i - 2].norm in ("بن", "بنت", "ابن")) \
                    and not _given_name_fits(person, toks[m.i - 1].norm.lstrip("و"), 1):
                continue    # "فريدة السيسي شقيقة الرئيس": a given name before a known surname, another person
            cands[m.i] = {"i": m.i, "j": m.j, "start": m.start, "end": m.end, "person": person,
                          "source": "dictionary", "clitic": m.clitic, "given_first": _given_first(toks, m)}
    for sp in ner:
        if sp.label != "PER":
            continue
        all_ks = _inside(toks, starts, sp.start, sp.end)
        ks = [k for k in all_ks if k not in in_chain and toks[k].norm not in (",", "-", ":")]
        if not ks:
            role_only.add((sp.start, sp.end))      # "وزراء السويد": a role phrase taken for a name
            continue
        if len(all_ks) == 1 and all_ks[0] in country_tokens:
            continue        # "فنلندا والسويد": a country the recogniser took for a person
        if _after_head(toks, all_ks[0], inst) or any(s <= sp.start and sp.end <= e and (s, e) != (sp.start, sp.end)
                                                      for s, e in org_spans):
            continue        # part of the name of an institution: "مركز الملك سلمان للإغاثة"
        _trim(sp, toks, all_ks, [k for k in all_ks if k not in definite_chain])
        over = [c for c in cands.values() if c["i"] <= ks[0] < c["j"] or ks[0] <= c["i"] <= ks[-1]]
        if len(over) == 1 and over[0]["person"] is not None and not over[0].get("clitic") \
                and over[0]["j"] == ks[-1] + 1 and ks[0] < over[0]["i"] \
                and all(toks[k].end + 1 >= toks[k + 1].start and toks[k].norm not in stopwords()
                        for k in range(ks[0], over[0]["i"])):
            known = cands.pop(over[0]["i"])
            first = toks[ks[0]].norm.lstrip("و")
            if _given_name_fits(known["person"], toks[ks[0]].norm, known["j"] - known["i"]) or \
                    (first not in given_names() and (first.startswith("ال") or not _full_names(known["person"]))):
                known.update(i=ks[0], start=toks[ks[0]].start)    # "عادل بن أحمد الجبير": the dictionary's identity
                cands[ks[0]] = known
            else:       # "نسرين اسبر", "جاري ترودو": another person with the surname of a known one
                cands[ks[0]] = {"i": ks[0], "j": known["j"], "start": toks[ks[0]].start, "end": known["end"],
                                "person": None, "source": "ner"}
            continue
        if len(over) == 1 and over[0]["source"] == "dictionary" and not over[0].get("clitic") \
                and ks[0] < over[0]["i"] <= ks[-1] < over[0]["j"] - 1 and over[0].get("given_first"):
            son = cands.pop(over[0]["i"])   # "أحمد علي عبدالله صالح": the son, named with his father's name
            cands[ks[0]] = {"i": ks[0], "j": son["j"], "start": toks[ks[0]].start, "end": son["end"],
                            "person": None, "source": "ner"}
            continue
        if over:
            continue
        cands[ks[0]] = {"i": ks[0], "j": ks[-1] + 1, "start": toks[ks[0]].start, "end": toks[ks[-1]].end,
                        "person": None, "source": "ner"}
    for ch in chains:       # "X، نائب الرئيس السابق": an office after a name describes it, not the next name
        if ch.unbridged is not None and not ch.conj and any(_next_after(toks, c["j"]) == ch.i for c in cands.values()):
            ch.next_tok, ch.unbridged = ch.unbridged, None      # "أحمد نظيف رئيس الوزراء الأسبق": still former
    for ch in chains:
        here = cands.get(ch.next_tok)
        if here is not None and here["source"] != "ner" or not (ch.has_office or (ch.conj and ch.only_nisba)):
            continue
        if ch.role is not None and (ch.role.kind == "official" and not ch.role.definite or ch.role.plural and not ch.country):
            continue
        last = ch.items[-1].payloads
        if any(isinstance(p, RolePhrase) and not p.definite and p.kind != "counterpart" for p in last) and \
                not ch.country and not ch.org and not ch.seat:
            continue        # "رئيس هيئة ...": an indefinite head is followed by its complement, not a name
        if (_after_head(toks, ch.i, genitive_heads()) or _after_head(toks, ch.i, inst)) and not ch.items[0].clitic:
            continue        # "مدير مكتب الملك جعفر حسان": the name is the director's
        if not ch.conj and not ch.counterpart and any(_next_after(toks, c["j"]) == ch.i for c in cands.values()):
            continue        # "الجبير وزير الخارجية، وأحمد قطان": the office describes the name before it
        if ch.next_tok >= len(toks):
            continue
        if ch.next_tok > ch.j and toks[ch.next_tok].norm[:1] == "و":
            continue        # "..., وأحمد": a new conjunct after a comma
        j = _grab_name(toks, ch.next_tok, lex)
        known = cands.get(j)
        if j > ch.next_tok and known is not None and known["person"] is not None and not known.get("clitic") \
                and toks[j].start - toks[j - 1].end <= 1:
            del cands[j]            # "عادل بن أحمد الجبير": first names before a known surname join it
            known.update(i=ch.next_tok, start=toks[ch.next_tok].start)
            cands[ch.next_tok] = known
            continue
        over = [c for c in cands.values() if c["i"] < j and ch.next_tok < c["j"]]
        if j > ch.next_tok and all(c["source"] == "ner" and ch.next_tok <= c["i"] and c["j"] <= j for c in over):
            for c in over:              # a recogniser span cut short ("أولكسي") gives way to the whole name
                del cands[c["i"]]
            cands[ch.next_tok] = {"i": ch.next_tok, "j": j, "start": toks[ch.next_tok].start, "end": toks[j - 1].end,
                                  "person": None, "source": "ner" if over else "rule"}

    # 2. attach chains to names: before the name, else after it ("لافروف، وزير الخارجية الروسي")
    chain_of: dict[int, Chain] = {}
    held_by_head: set[int] = set()     # chains read as the genitive of a noun before them ("مساعد وزير الدفاع")
    for ch in chains:
        c = cands.get(ch.next_tok)
        if c is not None and (ch.has_office or ch.only_nisba and (ch.conj or c["person"] or c["source"] == "ner")):
            if not ch.items[0].clitic and _after_head(toks, ch.i, inst):
                ch.attached = True      # "مكتبة الملك عبدالعزيز": the name belongs to the institution
                continue
            if not ch.items[0].clitic and _serves(toks, ch.i):
                held_by_head.add(id(ch))
            chain_of[c["i"]] = ch
            ch.attached = True
    after_of: dict[int, Chain] = {}
    for c in sorted(cands.values(), key=lambda c: c["i"]):
        before = chain_of.get(c["i"])
        if before is not None and before.country is None and before.role is not None:
            k = _next_after(toks, c["j"])       # "الأمير فيصل بن سلمان أمير منطقة المدينة المنورة": the title
            after = next((ch for ch in chains if ch.i == k and not ch.attached and not ch.conj and ch.country
                          and ch.role and ch.role.kind == "person" and ch.next_tok not in cands
                          and not _foreign_office(c, None, ch)), None)
            if after is not None:               # before the name, the country from the office after it
                before.country = after.country
                after.attached = True
            office = next((ch for ch in chains if ch.region_end == before.i and not ch.attached), None)
            if after is None and office is not None:
                before.country = office.country  # "أمير منطقة القصيم الأمير فيصل بن مشعل": the office before the title
                office.attached = True
        if before is not None and (before.country or before.role is not None):
            continue
        k = _next_after(toks, c["j"])
        for ch in chains:
            if ch.i == k and not ch.attached and not ch.conj and ch.role and ch.role.kind == "person" and ch.next_tok not in cands \
                    and not _foreign_office(c, before, ch):
                if c["person"] is not None:
                    after_of[c["i"]] = ch       # a known person: the office after the name only picks the office
                else:
                    chain_of[c["i"]] = ch
                ch.attached = True

    for c in cands.values():     # an office right after a name describes it: "محمد بن نايف ولي العهد"
        k = c["j"]
        while k < len(toks) and toks[k].norm in (",", "-"):
            k += 1
        for ch in chains:
            if ch.i == k and not ch.conj and ch.role is not None and not ch.counterpart and ch.next_tok not in cands \
                    and not _foreign_office(c, chain_of.get(c["i"]), ch):
                ch.attached = True

    # 3. code each candidate
    persons: list[Span] = []
    prev_attached: dict[int, Chain] = {}
    for c in sorted(cands.values(), key=lambda c: c["i"]):
        ch = chain_of.get(c["i"])
        sent = _sentence_of(sents, c["start"])
        role, sector, country, org = None, None, None, None
        if ch is not None:
            role, sector, country = ch.role_name, ch.sector, ch.country
            if ch.former:       # "وزير الخارجية اليمني السابق": the country, not the office
                role, sector = ("former " + role if role and c["person"] is None else None), None
            if id(ch) in held_by_head:      # "مساعد وزير الدفاع اليمني": the assistant's country, not the office
                role = None
            org = ch.org.code if ch.org and not ch.org.country else None
            if ch.title and not country:        # "القائد الأمريكي ... ، الجنرال تود وولترز"
                for other in reversed(chains):
                    if other.j <= ch.i and not other.attached and other.country and other.role and \
                            other.role.kind == "person" and _sentence_of(sents, other.start) == sent and \
                            ch.i - other.j <= 12 and (not ch.title.sector or other.sector == ch.title.sector):
                        country, role, sector = other.country, other.role_name or role, other.sector or sector
                        other.attached = True
                        break
            if ch.conj and ch.only_nisba and sent in prev_attached:   # "وزيرا الدفاع الأميركي ... والروسي"
                prior = prev_attached[sent]
                role, sector = prior.role_name, prior.sector
            if ch.counterpart:
                c["counterpart"] = not ch.role_name
            if ch.role_name or ch.title:
                prev_attached[sent] = ch if ch.role_name else prev_attached.get(sent, ch)
        words = [toks[k].norm for k in range(c["i"], c["j"])]
        text = doc.text[c["start"]:c["end"]]
        if c["person"] is not None:
            after = after_of.get(c["i"])
            if after is not None and not role:
                role, sector = after.role_name, after.sector
            actor = _person_actor(c["person"], day, role, sector)
            key = c["person"].name
        else:
            actor = _actor(text, country, sector, role, org)
            if org:
                actor["sector"] = "IGO"
            key = None
        attrs: dict[str, Any] = {"actor": actor, "source": c["source"], "_words": words}
        if key:
            attrs["person_key"] = key
        if ch is not None:
            attrs["role_span"] = [ch.start, ch.end]
        if "counterpart" in c:
            attrs["_counterpart"] = c["counterpart"]
        persons.append(Span(c["start"], c["end"], "PER", attrs))

    # 4. organisations, seats, countries, places
    taken = [(p.start, p.end) for p in persons]
    ents: list[Span] = []
    verbs = acting_verbs()
    for m in matches:
        if any(m.start < e and s < m.end for s, e in taken):
            continue
        sp = _entity_for(m)
        if sp is not None:
            actor = sp.attrs.get("actor")
            if actor and not actor.get("sector") and sp.label == "LOC" and actor.get("country") and _after_verb(toks, m.i, verbs):
                actor["sector"], actor["code"] = "GOV", actor["country"] + "GOV"
                sp.attrs["acting"] = True
            ents.append(sp)
    # 4b. a plural nationality on its own names people of that country: "الفلسطينيين", "العراقيون"
    in_chain_start = {m.i for ch in chains for m in ch.items}
    for m in matches:
        nis = next((p for p in m.payloads if isinstance(p, Nisba)), None)
        if nis is None or not nis.plural or m.i in in_chain_start or any(m.start < e and s < m.end for s, e in taken):
            continue
        if not toks[m.j - 1].norm.endswith(("ون", "يين", "ين")) or toks[m.j - 1].norm.endswith("تين"):
            continue
        ents.append(Span(m.start, m.end, "MISC", {"actor": _actor(doc.text[m.start:m.end], nis.country, None, None),
                                                 "source": "rule", "people": True}))

    # 5. unattached chains: collectives and role phrases with no name
    for ch in chains:
        if ch.attached:
            continue
        sp = _chain_entity(ch, toks, doc.text)
        if sp is not None:
            ents = [e for e in ents if not (ch.start <= e.start and e.end <= ch.end)]
            ents.append(sp)

    # 6. surnames, clusters, counterpart links
    taken = [(s.start, s.end) for s in persons + ents]
    persons += coref.surname_mentions(doc, toks, persons, taken)
    ents += coref.org_head_mentions(toks, ents, taken)
    coref.assign_clusters(doc, persons + [e for e in ents if e.label == "ROLE"])
    _counterparts(persons + [e for e in ents if e.label == "ROLE"], sents)
    ents = [e for e in ents if not (e.attrs.get("counterpart") and not e.attrs["actor"].get("role"))]

    ents = [e for e in ents if not (e.attrs.pop("_unresolved", False) and "cluster" not in e.attrs)]

    # 7. merge with recogniser spans, drop boilerplate and blocked phrases
    ours = persons + ents
    merged = reconcile([sp for sp in ner if (sp.start, sp.end) not in role_only], ours, toks, doc.text, _describe(toks))
    bp = _boilerplate(doc)
    out = []
    seen: set[tuple[int, int, str]] = set()
    for sp in merged + others:
        if any(s <= sp.start < e for s, e in bp) or any(s <= sp.start and sp.end <= e for s, e in blocked):
            continue
        if (sp.start, sp.end, sp.label) in seen:
            continue        # two recogniser pieces of one name both widened to it
        seen.add((sp.start, sp.end, sp.label))
        sp.attrs.pop("_words", None)
        sp.attrs.pop("person_key", None)
        kind = _segment_kind(doc, sp.start)
        if kind and kind not in ("body", "title", "heading"):
            sp.attrs["segment"] = kind
        out.append(sp)
    out.sort(key=lambda s: (s.start, -s.end))
    doc.layers["entities"] = out
    doc.resources.update(versions())
    return doc


def _foreign_office(cand: dict, before: Chain | None, after: Chain) -> bool:
    """Whether the office right after a name is of another country than the name's own (its listed offices, or
    the office before it): "والتقى خالد العطية السفير الفرنسي" is two people, the Qatari minister and the
    French ambassador."""
    if not after.country:
        return False
    if cand["person"] is not None:
        own = {o.country for o in cand["person"].offices if o.country}
    else:
        own = {before.country} if before is not None and before.country else set()
    return bool(own) and after.country not in own


def _counterparts(persons: list[Span], sents: list[tuple[int, int]]) -> None:
    """"نظيره الأميركي مارك ميلي", "نظيره الروسي": link to the person or office mentioned just before (same
    sentence first) and, when the phrase gives no office, take that one's office and sector."""
    persons = sorted(persons, key=lambda s: s.start)
    for n, p in enumerate(persons):
        need_role = p.attrs.pop("_counterpart", None)
        if need_role is None:
            continue
        sent = _sentence_of(sents, p.start)
        prior = [q for q in persons[:n] if (q.attrs.get("cluster") is None or q.attrs.get("cluster") != p.attrs.get("cluster"))
                 and (q.attrs.get("actor") or {}).get("role")]
        same = [q for q in prior if _sentence_of(sents, q.start) == sent]
        ante = (same or (prior if p.label == "PER" else []) or [None])[-1]    # a nameless one: same sentence
        if ante is None:
            continue
        p.attrs["counterpart_of"] = ante.attrs.get("cluster")
        if p.label == "ROLE":     # a nameless counterpart is another side only of what its antecedent does
            p.attrs["antecedent"] = [ante.start, ante.end, ante.attrs.get("cluster")]
        actor = p.attrs.get("actor") or {}
        if need_role and p.attrs.get("source") != "dictionary" and not actor.get("role"):
            a = ante.attrs["actor"]
            actor["role"], actor["sector"] = a["role"], actor.get("sector") or a.get("sector")
            actor["code"] = _code(actor.get("country"), actor["sector"])
            for q in persons:
                if p.attrs.get("cluster") is not None and q.attrs.get("cluster") == p.attrs.get("cluster") and q is not p:
                    q.attrs["actor"] = dict(actor)


@lru_cache(maxsize=1)
def acting_verbs() -> frozenset[str]:
    from ..lang.ar.normalise import norm
    from ..resources import read_lines
    return frozenset(norm(w) for w in read_lines("actors/acting_verbs.txt"))


def _after_verb(toks: list[Token], i: int, verbs: frozenset[str]) -> bool:
    """Whether token ``i`` is the subject of a verb of ``verbs`` ("أعلنت روسيا", "تسعى فيه روسيا")."""
    k = i - 1
    if k >= 0 and toks[k].norm in ("فيه", "فيها", "امس", "اليوم", "ايضا", "بدورها"):
        k -= 1
    if k < 0:
        return False
    w = toks[k].norm
    return w in verbs or (w[:1] in ("و", "ف") and w[1:] in verbs)


def _entity_for(m: Match) -> Span | None:
    pls = m.payloads
    org = next((p for p in pls if isinstance(p, Org)), None)
    seat = next((p for p in pls if isinstance(p, Seat)), None)
    place = next((p for p in pls if isinstance(p, Place)), None)
    cname = next((p for p in pls if isinstance(p, CountryName)), None)
    if org is not None:
        actor = _actor(org.name, org.country, org.sector, None, None if org.country else org.code)
        actor["code"] = org.code
        return Span(m.start, m.end, org.label, {"actor": actor, "source": "dictionary"})
    attrs: dict[str, Any] = {"source": "dictionary"}
    if place is not None:
        attrs["place"] = place.to_dict()
    if seat is not None:
        attrs["actor"] = _actor(seat.name, seat.country, seat.sector, None)
        attrs["metonymy"] = True
        return Span(m.start, m.end, "LOC" if place is not None else "ORG", attrs)
    if cname is not None:
        attrs["actor"] = _actor(name_of(cname.country) or cname.country, cname.country, None, None)
        return Span(m.start, m.end, "LOC", attrs)
    if place is not None:
        attrs["actor"] = None
        return Span(m.start, m.end, "LOC", attrs)
    return None


@lru_cache(maxsize=1)
def unnamed_sides() -> frozenset[tuple[str, ...]]:
    """Normalised token keys of the collectives that stand for an actor with no country (``unnamed_sides.txt``)."""
    from ..resources import read_lines
    return frozenset(key_of(p) for p in read_lines("actors/unnamed_sides.txt"))


def _unnamed_side(ch: Chain, toks: list[Token]) -> bool:
    """A collective with no country that still acts or is hit: the army, the police, gunmen ("الجيش", "قوات
    الأمن", "مسلحون"), as listed in ``unnamed_sides.txt``; the chain is that phrase alone (a proclitic allowed)."""
    if ch.country or ch.org or ch.seat or ch.role or ch.title:
        return False
    rest = tuple(t.norm for t in toks[ch.i + 1:ch.j])
    return any((head,) + rest in unnamed_sides() for _, head in Lexicon.heads(toks[ch.i].norm))


def _chain_entity(ch: Chain, toks: list[Token], doc_text: str) -> Span | None:
    """An ORG for a collective with a country (القوات الروسية), a ROLE for an office with no name."""
    org_code = ch.org.code if ch.org and not ch.org.country else None
    if ch.group is not None and ch.role is None and (ch.country or org_code):
        name = (name_of(ch.country) or ch.country or ch.org.name) + " " + ch.group.role
        actor = _actor(name, ch.country, ch.sector, None, org_code)
        if org_code:
            actor["code"], actor["sector"] = org_code, ch.group.sector or "IGO"
        return Span(ch.start, ch.end, "ORG", {"actor": actor, "source": "rule"})
    if ch.group is not None and _unnamed_side(ch, toks):
        text = doc_text[ch.start:ch.end]
        actor = {"name": text, "code": None, "country": None, "sector": ch.group.sector, "role": None}
        return Span(ch.start, ch.end, "ORG", {"actor": actor, "source": "rule"})
    if ch.role is None or ch.role.kind not in ("person", "official", "counterpart"):
        return None
    if ch.role.kind == "counterpart":
        if not ch.country or ch.title or ch.group or ch.org or ch.seat:
            return None
        # "مع نظيره الروسي" with no name: a counterpart of that country; the office comes from the person
        # or office it is the counterpart of (``_counterparts``)
        actor = _actor(doc_text[ch.start:ch.end], ch.country, None, None)
        return Span(ch.start, ch.end, "ROLE", {"actor": actor, "source": "rule", "counterpart": True,
                                               "_counterpart": True})
    single = len(ch.items) == 1
    if single and ch.role.kind == "person" and (len(toks[ch.i:ch.j]) < 2 and not ch.role.plural):
        return None     # a bare "الرئيس"/"وزير" says nothing
    if single and ch.role.kind == "person" and ch.role.plural and ch.role.role not in ("minister",) and len(toks[ch.i:ch.j]) < 2:
        return None
    if ch.role.kind == "official" and single and ch.i + 1 == ch.j:
        return None
    known = ch.country or org_code
    if not known and not (ch.role.definite and (len(toks[ch.i:ch.j]) >= 2 or ch.role.plural) and not ch.group):
        return None     # "الوزراء", "حكومة رئيس الوزراء": nothing to tell
    text = doc_text[ch.start:ch.end]
    actor = _actor(ch.role_name or ch.role.role, ch.country, ch.sector, ch.role_name, org_code) if known else \
        {"name": text, "code": None, "country": None, "sector": ch.sector, "role": ch.role_name}
    attrs: dict[str, Any] = {"actor": actor, "source": "rule"}
    if ch.role.plural:
        if not known and not toks[ch.i].norm.endswith(("ين", "ان")):
            return None     # "الوزراء": a broken plural with no country tells nothing
        attrs["plural"] = True
    if not known and ch.role.kind != "official" and not ch.role.plural:
        attrs["_unresolved"] = True     # kept only if coreference finds who holds the office
    return Span(ch.start, ch.end, "ROLE", attrs)


def _describe(toks: list[Token]) -> Any:
    """Attributes of a recogniser span the actor layer did not match: the place of a LOC span."""
    lex = lexicon()
    starts = [t.start for t in toks]

    def describe(sp: Span) -> dict[str, Any]:
        inner = [toks[k] for k in _inside(toks, starts, sp.start, sp.end)]
        if sp.label != "LOC" or not inner:
            return {}
        m = lex.match_at(inner, 0)
        place = next((p for p in m.payloads if isinstance(p, Place)), None) if m is not None and m.j == len(inner) else None
        if place is None:
            return {}
        out = {"place": place.to_dict(),
               "actor": _actor(place.name, place.country, None, None) if place.kind == "country" else None}
        if m.clitic:
            out["clitic"] = m.clitic
        return out
    return describe
