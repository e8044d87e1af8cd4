"""Flags for quantities that cannot be right: more money than the world spends, more dead than people alive.

Reads the ``quantities`` layer and adds a ``flags`` span (label ``implausible_quantity``) over each quantity above
a bound of ``resources/lang/plausibility_limits.tsv`` for what it measures and the words of its sentence
(``plausibility_contexts.tsv``): money for arms or aid above world military spending, a single shipment above the
US defence budget, any amount above world GDP; killed or injured above the population of the country named (or of
the world); a share of a whole (of the population, of the votes) above 100% outside growth or ratio contexts. The
message names the likely cause: "3,800 مليار" is the classic translation of Spanish/French "3.800 millones"
(3.8 billion), so a thousand or more "مليار" suggests a thousandth of the value.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import lru_cache

from ..doc import Document, Span
from ..resources import read_tsv
from .ar.normalise import norm
from .ar.sentences import split
from .ar.tokens import stems, tokens_in
from .versions import cached_version

RESOURCES = ("lang/plausibility_limits.tsv", "lang/plausibility_contexts.tsv", "lang/currency_usd.tsv",
             "lang/country_population.tsv")
LABEL = "implausible_quantity"
BILLION, TRILLION = 1e9, 1e12
NEAR = 6          # words on each side of a quantity that say what it is about


@dataclass(frozen=True)
class Limit:
    measures: str
    context: str
    limit: float | None        # None: the population of the country named
    reason: str


@dataclass(frozen=True)
class Tables:
    limits: tuple[Limit, ...]
    contexts: dict[str, frozenset[str]]            # normalised word -> contexts
    usd: dict[str, float]
    countries: dict[tuple[str, ...], tuple[str, float]]   # normalised name words -> (iso3, population)


@lru_cache(maxsize=1)
def tables() -> Tables:
    limits = []
    for path, line, r in read_tsv(RESOURCES[0], required=("measures", "context", "limit", "reason")):
        lim = None if r["limit"] == "country" else float(r["limit"])
        limits.append(Limit(r["measures"], r["context"], lim, r["reason"]))
    contexts: dict[str, set[str]] = {}
    for _, _, r in read_tsv(RESOURCES[1], required=("context", "word")):
        for form in stems(norm(r["word"])):          # "الأسلحة" also keys "اسلحه"
            contexts.setdefault(form, set()).add(r["context"])
    usd = {r["unit"]: float(r["usd"]) for _, _, r in read_tsv(RESOURCES[2], required=("unit", "usd"))}
    countries = {tuple(norm(r["name"]).split()): (r["iso3"], float(r["population"]))
                 for _, _, r in read_tsv(RESOURCES[3], required=("name", "iso3", "population"))}
    return Tables(tuple(limits), {k: frozenset(v) for k, v in contexts.items()}, usd, countries)


def human(x: float) -> str:
    """3.8e12 -> "3.8 trillion", 3.8e9 -> "3.8 billion", 2500 -> "2,500"."""
    for size, name in ((TRILLION, "trillion"), (BILLION, "billion"), (1e6, "million")):
        if abs(x) >= size:
            return f"{x / size:,.3g} {name}" if x / size < 1000 else f"{x / size:,.0f} {name}"
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.2f}"


def _context(words: list[str]) -> tuple[set[str], float | None, str | None]:
    """Contexts named by the words of a sentence, and the largest population of a country it names."""
    t = tables()
    found: set[str] = set()
    for w in words:
        for s in stems(w):
            c = t.contexts.get(s)
            if c:
                found |= c
                break
    pop, name = None, None
    for i in range(len(words)):
        for k in (2, 1):
            key = tuple(words[i:i + k])
            hit = t.countries.get(key)
            if hit is None and k == 1:
                for s in stems(words[i])[1:]:
                    hit = t.countries.get((s,))
                    if hit:
                        break
            if hit and (pop is None or hit[1] > pop):
                pop, name = hit[1], hit[0]
    return found, pop, name


def _cause(q: Span, text: str, usd: float | None) -> tuple[str, float | None]:
    """The likely cause of an out-of-range amount and the value it suggests (in the quantity's unit)."""
    a = q.attrs
    mant, mult = a.get("mantissa"), a.get("multiplier")
    if mant is not None and mult and mult >= 1e6 and mant >= 1e5:
        return (f"the number seems written out in full ({mant:,.2f}".rstrip("0").rstrip(".")
                + f") and the scale word '{a.get('scale_word')}' redundant"), mant
    if mant is not None and mult == BILLION and mant >= 1000:
        sug = a["value"] / 1000
        return (f"probably {mant:,.0f} million ({human(sug)}) mistranslated "
                f"(Spanish/French 'millones/millions' with a thousands point read as 'مليار')"), sug
    if mult == TRILLION:
        sug = a["value"] / 1000
        return f"probably {human(sug)} (billion read as trillion)", sug
    if mant is not None and mult == 1e6 and mant >= 1000:
        sug = a["value"] / 1000
        return f"probably {mant:,.0f} thousand ({human(sug)}) with a misplaced scale word", sug
    return "check the number and its scale word against the source", None


def check(q: Span, text: str, words: list[str], near: list[str] | None = None, *,
          broad: tuple[set[str], float | None, str | None] | None = None) -> tuple[str, float | None] | None:
    """(message, suggested value) if quantity ``q`` breaks a bound, else None.

    ``words`` are the normalised words of its sentence, ``near`` those within a few words of it (default: all).
    What the quantity is about (arms, a shipment, casualties, a share) is read from ``near``; what exempts it
    (growth) and the countries named, from the whole sentence. ``broad`` is ``_context(words)`` when the
    caller already has it (it is only read).
    """
    t = tables()
    a = q.attrs
    value, measures = a.get("value"), a.get("measures")
    if value is None or a.get("vague"):
        return None
    broad, pop, iso = _context(words) if broad is None else broad
    contexts = _context(near)[0] if near is not None else broad
    if "growth" in broad:
        contexts = contexts | {"growth"}
    surface = text[q.start:q.end]
    if measures == "percent":
        if value > 100 and "share" in contexts and "growth" not in contexts:
            lim = next((x for x in t.limits if x.measures == "percent"), None)
            if lim:
                return (f"{surface} = {value:g}%, more than {lim.reason}; a share cannot exceed the whole: "
                        f"probably a growth rate or a misplaced decimal point"), None
        return None
    if measures == "money":
        rate = t.usd.get(a.get("unit") or "")
        if rate is None:
            return None
        usd = value * rate
        broken = [x for x in t.limits if x.measures == "money" and x.limit is not None and usd > x.limit
                  and (x.context == "any" or set(x.context.split("+")) <= contexts)]
        if not broken:
            return None
        worst = max(broken, key=lambda x: x.limit or 0)
        cause, sug = _cause(q, text, usd)
        return f"{surface} = {human(usd)} USD, more than {worst.reason}; {cause}", sug
    if measures == "people":
        unit_ctx = t.contexts.get(norm(a.get("unit") or ""), frozenset())
        casualty = "casualty" in contexts or "casualty" in unit_ctx
        for x in sorted((x for x in t.limits if x.measures == "people"), key=lambda x: (x.limit is None, x.limit or 0)):
            if x.context == "casualty" and not casualty:
                continue
            if x.context not in ("any", "casualty"):
                continue
            bound = pop if x.limit is None else x.limit
            if bound is None or value <= bound:
                continue
            where = f" ({iso}, about {human(bound)})" if x.limit is None else ""
            cause, sug = _cause(q, text, None)
            return f"{surface} = {human(value)} people, more than {x.reason}{where}; {cause}", sug
    return None


def _sentence_bounds(doc: Document) -> list[tuple[int, int]]:
    sents = sorted((s.start, s.end) for s in doc.layers.get("sentences", ()))
    return sents or list(split(doc.text))


def component(doc: Document) -> Document:
    """Add an ``implausible_quantity`` flag over each quantity out of range (earlier such flags are replaced)."""
    quantities = doc.layers.get("quantities", ())
    kept = [f for f in doc.layers.get("flags", ()) if f.label != LABEL]
    new: list[Span] = []
    if quantities:
        sents = _sentence_bounds(doc)
        starts = [s for s, _ in sents]
        seen: dict[tuple[int, int], tuple] = {}     # a sentence's words and contexts, read once for its quantities
        for q in quantities:
            k = bisect.bisect_right(starts, q.start) - 1
            s, e = sents[k] if k >= 0 and sents[k][1] >= q.end else (max(0, q.start - 200), min(len(doc.text), q.end + 200))
            if (s, e) not in seen:
                toks = [(t.start, t.norm) for t in tokens_in(doc.text, s, e)]
                words = [w for _, w in toks]
                seen[(s, e)] = toks, words, _context(words)
            toks, words, broad = seen[(s, e)]
            first = bisect.bisect_left(toks, (q.start, ""))
            last = bisect.bisect_left(toks, (q.end, ""))
            near = words[max(0, first - NEAR):last + NEAR]
            got = check(q, doc.text, words, near, broad=broad)
            if got:
                message, suggested = got
                new.append(Span(q.start, q.end, LABEL, {"message": message, "quantity": q.attrs.get("value"),
                                                        "suggested": suggested, "unit": q.attrs.get("unit")}))
    doc.layers["flags"] = kept + new
    for r in RESOURCES:
        doc.resources[r] = cached_version(r)
    return doc
