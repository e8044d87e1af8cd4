"""Who did it to whom: actors and recipients around a trigger, over Arabic word order.

Works on the ``entities`` layer. An entity becomes a :class:`Participant`; a role phrase next to a name
("وزير الدفاع الأوكراني أولكسي ريزنيكوف", "لويد أوستن ، ... ،") is one participant, the name preferred.
Verb triggers read VSO (subject right after the verb) or SVO (a bare subject just before it); nouns take
their arguments from what follows them ("مكالمة بين X وY", "الهجمات الروسية على X").
"""
from __future__ import annotations

from dataclasses import dataclass

from ..clean.lexicon import key
from ..clean.lexicon import lexicon as name_lexicon
from ..doc import Document, Span
from ..lang.ar.normalise import norm
from ..lang.ar.tokens import Token
from .aux import imperfect
from .lexicon import words
from .model import Participant
from .triggers import candidates

PREPOSITIONS = words("prepositions")
CLITIC_PREPS = tuple(words("clitic_prepositions"))
RELATIVES = words("relatives")
SOURCE_MARKERS = words("source_markers")
STATE_HEADS = words("state_heads")
DIRECTIONS = words("directions")
PLACE_HEADS = words("place_heads") | DIRECTIONS
OWNED_BY = words("owned_by")
NAMED_AFTER_HEADS = words("named_after_heads")
NAME_TITLES = words("name_titles")
FACILITY_HEADS = NAMED_AFTER_HEADS - words("place_heads")   # "جامعة ليدز", but "مدينة تعز" is the town
GUARDED_BY = words("guarded_by")
GUARD_GAP = words("guard_gap")
ORDERED_BY = words("ordered_by")
PRESS_HEADS = words("press_words")
REPORT_VERBS = words("report_verbs") | {"اورد", "اوردت"}
AS_REPORTED = words("as_reported")
SUB_BODIES = words("sub_bodies")
QUOTES = frozenset('«»"“”\'')
PRONOUN_LIKE = words("pronoun_like")
ORDER_GAP = words("order_gap")
HONORIFICS = words("honorifics")
TITLE_HEADS = words("title_heads")
SEAT_HEADS = words("seat_heads")
DIVINE_NAMES = words("divine_names")
LOYAL_TO = words("loyal_to")


@dataclass
class Mention:
    """An entity (or an apposition group) found near a trigger."""

    part: Participant
    first_tok: int
    last_tok: int
    prep: str            # the preposition governing it ("" for none; "ب"/"ل" for clitics)
    coord: bool          # preceded by و (coordinated with the previous mention)


def participant(doc: Document, span: Span) -> Participant:
    actor = span.attrs.get("actor") or {}
    name = actor.get("name") or (doc.text[span.start:span.end] if span.label == "PER" else None)
    return Participant(span.start, span.end, name=name, code=actor.get("code"), country=actor.get("country"),
                       sector=actor.get("sector"), label=span.label, cluster=span.attrs.get("cluster"),
                       place_country=(span.attrs.get("place") or {}).get("country"),
                       counterpart_of=tuple(span.attrs["antecedent"]) if span.attrs.get("antecedent") else None,
                       role=actor.get("role"),
                       role_start=int(span.attrs["role_span"][0]) if span.label == "PER" and span.attrs.get("role_span") else None)


def _divine(doc: Document, span: Span) -> bool:
    """A name of God the recogniser took for a person ("والله الهادي إلى سواء السبيل", "حفظه الله"): no side of an
    act (unless the actor layer coded it: "الله" cut from "أنصار الله" is the Houthis)."""
    if (span.attrs.get("actor") or {}).get("code"):
        return False
    first = doc.text[span.start:span.end].split()[:1]
    return bool(first) and bool(set(candidates(norm(first[0]))) & DIVINE_NAMES)


def usable(span: Span) -> bool:
    """Entities that can act: people, organisations, places (as states), roles and coded actors."""
    return span.label in ("PER", "ORG", "LOC", "ROLE", "GPE", "NORP", "GROUP") or bool(span.attrs.get("actor"))


def tok_index(toks: list[Token], offset: int) -> int:
    for i, t in enumerate(toks):
        if t.end > offset:
            return i
    return len(toks) - 1


def mentions(doc: Document, toks: list[Token], ents: list[Span], acts: frozenset[int] = frozenset()) -> list[Mention]:
    """Entity mentions over ``toks`` with their governing preposition, apposition groups merged. ``acts``: the
    positions of trigger words, whose genitive is their subject ("بزيارة ولي ولي العهد")."""
    out: list[Mention] = []
    ents = sorted((e for e in ents if usable(e) and not _divine(doc, e)), key=lambda e: (e.start, -(e.end - e.start)))
    kept: list[Span] = []
    for e in ents:                       # drop entities nested in a longer one already kept
        if kept and kept[-1].start <= e.start and e.end <= kept[-1].end:
            if e.label == "PER" and kept[-1].label != "PER":
                kept[-1] = e   # a name inside a role phrase: the name speaks for it
            continue
        kept.append(e)
    named = {k for e in ents for k in range(tok_index(toks, e.start), tok_index(toks, e.end - 1) + 1)}
    for n, e in enumerate(kept):
        i, j = tok_index(toks, e.start), tok_index(toks, e.end - 1)
        full = e.attrs.get("full_span")
        if e.label == "ORG" and full and full[0] <= e.start and e.end <= full[1] and \
                (n + 1 == len(kept) or kept[n + 1].start >= full[1]):
            # "محافظ مؤسسة النقد العربي السعودي": the listed organisation's whole name, of which the recogniser
            # tagged a part, is the mention
            i, j = tok_index(toks, full[0]), tok_index(toks, full[1] - 1)
        uncoded_place = e.label == "LOC" or (e.label == "ORG" and not (e.attrs.get("actor") or {}).get("code"))
        if (e.label == "PER" and _named_after(toks, i)) or (uncoded_place and _named_after(toks, i, FACILITY_HEADS)) \
                or _guards(toks, i) or _ordered(toks, i, named):
            continue
        prep, coord = "", False
        head = toks[i]
        lead = e.attrs.get("clitic") or doc.text[head.start:e.start]
        if not lead and e.label == "PER":
            lead = _name_proclitic(head.text)         # "انتقادها لمحسن مرزوق": ل + محسن
        if lead:
            core = lead.lstrip("وف")
            coord = lead.startswith("و")
            if core[:1] in CLITIC_PREPS:
                prep = core[:1]
        k = i - 1
        if not prep and k >= 0 and e.label in ("LOC", "GPE") and toks[k].norm[:1] in ("ب", "ل") and \
                toks[k].norm[1:] in PLACE_HEADS:
            prep = toks[k].norm[0]         # "بمدينة الرياض", "بشرق العراق": the ب of the town's word governs its name
        if not prep and k >= 0 and k not in acts and _governed_construct(toks[k].norm):
            prep = toks[k].norm[0]         # "والاساءة لعلاقة البحرين", "بحافلة جنود": a name after ب / ل + a noun is
            #                                that noun's genitive, inside the preposition's phrase, no subject
        if not prep and k >= 1 and toks[k].norm in SEAT_HEADS and _preposition(toks[k - 1].norm):
            prep = _preposition(toks[k - 1].norm)   # "أمام مبنى البرلمان الإيراني", "على مقر الحكومة": the
            #                                          preposition before the building governs its owner's name
        direction = False
        while k >= 0 and (toks[k].norm in ("ال",) or toks[k].norm in STATE_HEADS
                          or (e.label in ("LOC", "GPE") and not prep and toks[k].norm in PLACE_HEADS)):
            direction = direction or toks[k].norm in DIRECTIONS
            k -= 1                         # "لدى دولة الكويت", "في شمال العراق": the preposition before the state's
            #                                or the place's word
        if direction and not prep and not (k >= 0 and _preposition(toks[k].norm)):
            prep = "في"                    # "في ساحة الشهداء وسط بيروت", "مدينة مروة أقصى شمال الكاميرون": a
            #                                part of a place named, so the place is where, never who
        if k >= 0 and not prep:
            w = toks[k].norm
            if _preposition(w):
                prep = _preposition(w)
                coord = coord or w.startswith("و")
            elif w == "و":
                coord = True
            elif w in ("لـ", "ل", "ب", "بـ"):
                prep = w[0]
            elif w in HANDS:
                prep = "يد"     # "سقوط سنجار بيد داعش", "على يد القوات": by whose hand, not a subject or object
        rs = e.attrs.get("role_span")
        h = tok_index(toks, rs[0]) if e.label == "PER" and rs and rs[0] < e.start else i
        if not prep and h < i and not (out and _inside_role_phrase(e, out[-1]) is not None):
            # "في محادثات مع نظيره الروسي سيرغي لافروف": what governs the name's role phrase governs the name
            prep = _governing(doc, toks, h, rs[0])
            coord = coord or conjunction(toks[h])
        if doc.text[head.start:head.start + 1] == "و" and head.start == e.start and not e.label == "PER":
            coord = coord  # a name starting with و is not a conjunction
        if not coord and head.start == e.start and conjunction(head):
            coord = True                   # the entity span took the conjunction in ("وروسيا")
        q = _before_quotes(toks, k)
        if k >= 0 and prep in ("ل", "") and (_source_marker(toks[q].norm) or _as_reported(toks, q) or (
                q >= 1 and (toks[q].norm[:1] == "ل" or toks[q].norm.lstrip("ل") in PRESS_HEADS)
                and _source_marker(toks[q - 1].norm))):
            # "بحسب أنقرة", "وفقا لوكالة الأناضول", "بحسب وكالة الأناضول الإخبارية": the source, not a participant
            prep = "حسب"
        m = Mention(participant(doc, e), i, j, prep, coord)
        if out and coord and not prep and m.first_tok - out[-1].last_tok <= 2 and not _opens_clause(toks, out[-1], m):
            m.prep = out[-1].prep          # "في الولايات المتحدة وروسيا": both governed by في
        if out and (_owner(out[-1], m, toks) or _loyal_to(out[-1], m, toks) or _title_genitive(out[-1], m, toks)):
            # the body that owns the name before, that it is loyal to or that its title ends with ("ميليشيات تابعة
            # للحوثيين", "القوات الموالية لحكومة هادي", "خالد مشعل رئيس المكتب السياسي لحماس") describes it: no
            # participant of its own
            a = out[-1]
            if _coded_by(a, m, toks):
                for f in ("code", "country", "sector"):
                    setattr(a.part, f, getattr(m.part, f))
            out[-1] = Mention(a.part, a.first_tok, m.last_tok, a.prep, a.coord)
            continue
        if out and not e.attrs.get("counterpart") and _apposition(out[-1], m, toks):   # "لافروف نظيره السعودي"
            inner = _inside_role_phrase(e, out[-1])
            out[-1] = _merge(out[-1], m)
            if inner is not None:
                # "وأشاد الأمين العام للأمم المتحدة بان كي مون": the لـ of "للأمم" is inside the name's role
                # phrase; what governs the whole is what governs the phrase
                h = tok_index(toks, inner)
                out[-1].prep = _governing(doc, toks, h, inner)
                out[-1].coord = out[-1].coord or conjunction(toks[h])    # "، ورئيس فنلندا ، سولي نينيستو"
            continue
        out.append(m)
    return out


def _opens_clause(toks: list[Token], prev: Mention, m: Mention) -> bool:
    """``m`` follows a comma and و and comes before a verb in the imperfect ("في اليمن، وواشنطن تدين ممارسة"): the
    subject of a new clause, not one more name governed by the preposition before."""
    if not any(t.norm in (",", "،") for t in toks[prev.last_tok + 1:m.first_tok]) or m.last_tok + 1 >= len(toks):
        return False
    nxt = toks[m.last_tok + 1].norm
    return imperfect(nxt) and nxt not in NOT_VERBS_LIKE_IMPERFECTS


def _named_after(toks: list[Token], i: int, heads: frozenset[str] = NAMED_AFTER_HEADS) -> bool:
    """The name starting at token ``i`` names a place or body ("مطبعة الملك فهد", "مستشفى الملك خالد", with
    ``FACILITY_HEADS`` "جامعة ليدز"): the word before the name, or before a person's title, is such a place's word
    (with or without و, ب, ل)."""
    k = i - 1
    if k >= 0 and toks[k].norm in NAME_TITLES:
        k -= 1
    if k < 0:
        return False
    w = toks[k].norm
    return w in heads or (w[:1] in ("و", "ب", "ل", "ف") and w[1:] in heads) or \
        (w[:2] in ("وب", "ول", "فب", "فل") and w[2:] in heads)


def _guards(toks: list[Token], i: int) -> bool:
    """The name starting at token ``i`` guarded the act: "بحماية الشرطة", "تحت حماية قوات الاحتلال", "وسط حراسة
    مشددة من قبل شرطة الاحتلال" (at most three words of ``guard_gap`` between)."""
    k = i - 1
    while k >= 0 and i - k <= 3 and toks[k].norm in GUARD_GAP:
        k -= 1
    if k < 0 or toks[k].norm not in GUARDED_BY:
        return False
    return toks[k].norm[:1] in ("ب", "و") or (k > 0 and toks[k - 1].norm in ("تحت", "وتحت", "وسط", "ووسط"))


def _ordered(toks: list[Token], i: int, named: set[int]) -> bool:
    """The name starting at token ``i`` ordered or sponsored the act: "تنفيذًا لتوجيهات صاحب السمو الملكي الأمير
    محمد بن نايف", "برعاية الرئيس المصري عبدالفتاح السيسي" (at most five words between: of ``order_gap``, inside
    other names (``named``: token indices inside entities) or nationality adjectives)."""
    from .attacks import nisba_country     # (attacks reads this module)

    k = i - 1
    while k >= 0 and i - k <= 6 and (toks[k].norm in ORDER_GAP or k in named or nisba_country(toks[k].norm)):
        k -= 1
    return k >= 0 and toks[k].norm in ORDERED_BY


def _owner(a: Mention, b: Mention, toks: list[Token]) -> bool:
    """``b`` owns ``a``: "التابعة / تابعة" and ل + ``b`` right after ``a``, or ل + ``b`` right after an uncoded body
    (``sub_bodies``: "الأمانة العامة لمنظمة التعاون الإسلامي"). A group or force without a code takes the
    owner's; a named organisation keeps its own coding ("المنظمة العربية للتنمية الإدارية التابعة لجامعة الدول
    العربية" is no Arab League act)."""
    if b.prep != "ل" or b.part.code is None:
        return False
    if b.first_tok - a.last_tok == 1 and a.part.code is None and toks[a.first_tok].norm.lstrip("و") in SUB_BODIES:
        return True                 # "الأمانة العامة لمنظمة التعاون الإسلامي": the body is the organisation's
    return b.first_tok - a.last_tok == 2 and toks[a.last_tok + 1].norm in OWNED_BY


def _coded_by(a: Mention, b: Mention, toks: list[Token]) -> bool:
    """``a``, described by the body ``b`` after it, takes ``b``'s coding: an uncoded group, role or sub-body its owner's
    ("الأمانة العامة لمنظمة التعاون الإسلامي"), a person of no known sector the body his title ends with (Mashal,
    PSEREB). A named organisation keeps its own ("المنظمة العربية للتنمية الإدارية التابعة لجامعة الدول العربية"), and
    so does a group loyal to another ("الانفصاليين الموالين لموسكو" are no Russian government)."""
    if _owner(a, b, toks):
        return a.part.code is None and (a.part.label in ("GROUP", "ROLE") or toks[a.first_tok].norm.lstrip("و") in SUB_BODIES)
    return _title_genitive(a, b, toks) and a.part.sector is None and a.part.country in (None, b.part.country)


def _loyal_to(a: Mention, b: Mention, toks: list[Token]) -> bool:
    """``b`` (ل + a name) follows ``a`` and a word of loyalty ("القوات الموالية لحكومة هادي", "الانفصاليين الموالين
    لموسكو")."""
    gap = b.first_tok - a.last_tok
    if b.coord or a.part.label == "PER" or toks[a.last_tok + 1].norm not in LOYAL_TO:
        return False
    return (gap == 2 and b.prep == "ل") or \
        (gap == 3 and not b.prep and toks[a.last_tok + 2].norm.startswith("ل"))    # "الموالية لحكومة هادي"


def _title_genitive(a: Mention, b: Mention, toks: list[Token]) -> bool:
    """``b`` (ل + an organisation) ends the title of the person ``a`` named just before it ("خالد مشعل رئيس المكتب
    السياسي لحماس", "إسماعيل هنية نائب رئيس المكتب السياسي لحركة حماس"): the body the person serves, no side of
    the act."""
    if a.part.label != "PER" or b.part.label not in ("ORG", "GROUP") or b.prep != "ل" or b.coord:
        return False
    gap = toks[a.last_tok + 1:b.first_tok]
    return 1 <= len(gap) <= 5 and gap[0].norm in TITLE_HEADS and all(t.norm.isalpha() for t in gap)


def _before_quotes(toks, k: int) -> int:
    """The last token at or before ``k`` that is no quotation mark ("وكالة «دوغان»": the وكالة)."""
    while k > 0 and toks[k].norm in QUOTES:
        k -= 1
    return k


def _as_reported(toks, k: int) -> bool:
    """The words before a name, ending at ``k``, say whose report it is: "حسبما أوردت [وكالة]", "وفق ما ذكرت"."""
    j = k - 1 if toks[k].norm in PRESS_HEADS else k
    if j < 1 or toks[j].norm not in REPORT_VERBS:
        return False
    before = toks[j - 1].norm.lstrip("و")
    return before in AS_REPORTED or (j >= 2 and f"{toks[j - 2].norm.lstrip('و')} {before}" in AS_REPORTED)


def _source_marker(word: str) -> bool:
    """A word saying whose report it is ("بحسب", "وفقا", also "ووفقا"); "وفقا" keeps its own و."""
    return word in SOURCE_MARKERS or (word[:1] in ("و", "ف") and word[1:] in SOURCE_MARKERS)


def _name_proclitic(word: str) -> str:
    """The ب or ل (after و/ف) written on a person's given name that the recogniser tagged with its whole token
    ("لمحسن", "وبمحمد"), or "" when the word is itself a given name ("لطفي", "بشير")."""
    given = name_lexicon().given_names
    k = key(word)
    if k in given:
        return ""
    for n in (1, 2):
        lead = k[:n]
        if lead[-1:] in ("ب", "ل") and all(ch in "وف" for ch in lead[:-1]) and k[n:] in given:
            return word[:n]
    return ""


def _governing(doc: Document, toks: list[Token], h: int, start: int) -> str:
    """The preposition governing a phrase that starts at offset ``start`` in token ``h``: a proclitic ب/ل on
    its first word ("بنظيره") or a preposition before it ("مع نظيره"); "" for none."""
    lead = doc.text[toks[h].start:start].lstrip("وف")
    if lead[:1] in CLITIC_PREPS:
        return lead[:1]
    if h > 1 and toks[h - 1].norm in STATE_HEADS:
        return _preposition(toks[h - 2].norm)   # "لدى دولة الكويت", "مع مملكة البحرين": the state's own word between
    return _preposition(toks[h - 1].norm) if h > 0 else ""


AGENT_HEADS = words("agent_heads")
NOT_VERBS_LIKE_IMPERFECTS = words("not_verbs_like_imperfects")
GROUP_HEADS = words("group_heads") | words("named_after_heads") | words("government_heads")


def _governed_construct(word: str) -> bool:
    """``word`` is ب or ل on a feminine noun without the article ("لعلاقه", "بحافله"): a preposition whose noun
    governs the next word (not a verb with an object pronoun, "بلغه", nor a head naming a side: "بقياده", the
    head of a group's own name, "لجبهة النصرة", or a government named by whom it serves, "لحكومة المالكي")."""
    core = word[1:]
    return word[:1] in ("ب", "ل") and len(core) >= 4 and core.endswith("ه") and not word.startswith(("بال", "لل")) \
        and core not in AGENT_HEADS and core not in GROUP_HEADS


def _preposition(word: str) -> str:
    """The separate preposition a token is ("مع", also "ومع", "فعلى"), or ""."""
    base = word[1:] if word.startswith(("و", "ف")) and word[1:] in PREPOSITIONS else word
    return base if base in PREPOSITIONS else ""


def _inside_role_phrase(e: Span, prev: Mention) -> int | None:
    """Start of the role phrase of the name ``e`` when the mention before it lies inside that phrase."""
    rs = e.attrs.get("role_span")
    if e.label != "PER" or not rs or prev.part.label == "PER" or not rs[0] < prev.part.start < e.start:
        return None
    return int(rs[0])


def _apposition(a: Mention, b: Mention, toks: list[Token]) -> bool:
    """``b`` restates ``a``: a role then a name (or a name then a role) with only commas between, or a
    nationality/role word right before a name ("الروسية فاليري غيراسيموف")."""
    if b.coord or (b.prep and b.prep != a.prep):
        return False
    gap = [t.norm for t in toks[a.last_tok + 1:b.first_tok]]
    if a.part.label == "PER" and b.part.label == "ROLE" and a.part.country and a.part.country == b.part.country \
            and 3 < len(gap) <= 10 and not any(g in (",", "،", "و") or g in PREPOSITIONS for g in gap):
        return True      # the end of a title chain: "محمد بن سلمان ولي ولي العهد النائب الثاني ... وزير الدفاع السعودي"
    if gap and b.part.label == "PER" and a.part.label in ("ORG", "ROLE") and not a.prep and all(g in HONORIFICS for g in gap):
        gap = []                     # "محافظ مؤسسة النقد العربي السعودي الدكتور فهد المبارك"
    if len(gap) > 3 or any(g not in (",", "-", "(", ")") for g in gap):
        return False
    labels = {a.part.label, b.part.label}
    if "ROLE" in labels:
        other = b if a.part.label == "ROLE" else a
        if other.part.label in ("PER", "ROLE"):
            # "والتقى ولي العهد السعودي وزير الدفاع الأمريكي": two countries, two sides
            return not (a.part.country and b.part.country and a.part.country != b.part.country)
        # "وطالب الرئيس الأمريكي روسيا": an office then a state is two sides, unless they are one country; "انتقد
        # زعيم المعارضة التركية الحكومة التركية": of one country, but the opposition and the government
        return a.part.country is not None and a.part.country == b.part.country and \
            not (a.part.sector and b.part.sector and a.part.sector != b.part.sector)
    if gap and b.part.label == "PER" and a.part.label in ("LOC", "ORG", "GROUP") and a.part.country \
            and a.part.country == b.part.country:
        return True                  # "رئيسة وزراء السويد ، ماجدالينا أندرسون"
    if not gap and a.part.label == "GROUP" and a.part.sector in ("COP", "MIL") and \
            toks[a.first_tok].norm.lstrip("و").startswith("ال"):
        return False     # a force is no title: "اعتقلت الشرطة البريطانية شوداري ورحمان" (but "رئيس شرطة لوس أنجلوس X")
    # "سفير ... لدى لبنان علي بن سعيد عسيري": the country an office is posted to ends the office, it is not the name
    return not gap and b.part.label == "PER" and a.part.label != "PER" and a.prep != "لدي"


def _merge(a: Mention, b: Mention) -> Mention:
    keep, other = (b, a) if b.part.label == "PER" and a.part.label != "PER" else (a, b)
    p = keep.part
    for f in ("code", "country", "sector"):
        if getattr(p, f) is None:
            setattr(p, f, getattr(other.part, f))
    return Mention(p, a.first_tok, b.last_tok, a.prep, a.coord)


def between(ms: list[Mention], lo: int, hi: int) -> list[Mention]:
    return [m for m in ms if m.first_tok >= lo and m.last_tok < hi]


def right_group(ms: list[Mention], start_tok: int, stop_tok: int, toks: list[Token]) -> list[Mention]:
    """The first mention after ``start_tok`` and the ones coordinated with it (X ، Y و Z)."""
    cand = between(ms, start_tok, stop_tok)
    if not cand:
        return []
    group = [cand[0]]
    for m in cand[1:]:
        if coordinated(group[-1], m, toks) and (m.prep == group[0].prep or not m.prep):
            group.append(m)
        else:
            break
    return group


def coordinated(a: Mention, b: Mention, toks: list[Token]) -> bool:
    """``b`` is joined to ``a`` by و within a short stretch ("X ونظيره الأميركي Y", "X ، وY")."""
    if b.coord:
        return b.first_tok - a.last_tok <= 4
    gap = toks[a.last_tok + 1:b.first_tok]
    return 0 < len(gap) <= 3 and any(conjunction(t) for t in gap)


ROOT_WAW = tuple(words("root_waw"))
ROOT_WAW_WORDS = words("root_waw_words")
HANDS = words("by_the_hand_of")


def conjunction(t: Token) -> bool:
    """The token is و or starts with the conjunction و (not a root و as in وزير, وكالة)."""
    return t.norm == "و" or (t.norm.startswith("و") and len(t.norm) > 2 and not t.norm.startswith(ROOT_WAW)
                             and t.norm not in ROOT_WAW_WORDS)


ENCLITICS = tuple(sorted(words("enclitics"), key=len, reverse=True))


def strip_enclitic(word: str) -> str:
    """``word`` without the longest attached pronoun that leaves three letters ("اتهمها" -> "اتهم")."""
    return next((word[:-len(e)] for e in ENCLITICS if word.endswith(e) and len(word) - len(e) >= 3), word)


def has_enclitic(tok: Token) -> bool:
    """The word carries an attached pronoun (محادثاتهما, حذره, وصفها); ة is not a pronoun, nor the هم of a word
    that ends so (``pronoun_like``: "فاتهم" is "فـ" + "اتهم", he accused)."""
    raw = tok.text.rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652")
    if raw.endswith("ة") or len(tok.norm) < 4:
        return False
    if tok.norm in PRONOUN_LIKE or (tok.norm[:1] in ("و", "ف") and tok.norm[1:] in PRONOUN_LIKE):
        return False
    return strip_enclitic(tok.norm) != tok.norm
