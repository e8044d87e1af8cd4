"""Reconcile the actor layer's spans with the recogniser's so the ``entities`` layer keeps the recogniser's
accuracy and gains what the dictionaries know.

Conventions of the final layer (those of ANERcorp for PER/ORG/LOC/MISC):

- a name the recogniser found keeps its boundaries and label; the actor layer's knowledge goes into its
  attributes (``actor``, ``place``, ``cluster`` ...), the actor layer's own span as ``full_span`` when it differs
  ("حزب الله" with full_span over "حزب الله اللبناني");
- a name read after a proclitic ("للأمم المتحدة", "وفرنسا") records ``{"clitic": "لل", "token_span": [s, e]}``
  (the whole whitespace tokens, as ANERcorp tags them); the span itself starts at the token start when
  ``WHOLE_TOKENS`` is set, else after the proclitic;
- spans ANERcorp does not tag keep their actor under labels of their own: ``NORP`` for a nationality naming
  people ("الفلسطينيين"), ``GROUP`` for an unnamed collective ("القوات الروسية"), ``ROLE`` for an office.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import Any, Callable, Sequence

from ..doc import Span
from ..lang.ar.normalise import norm
from ..lang.ar.tokens import Token
from .roles import stopwords as common_words

NAMES = ("PER", "ORG", "LOC", "MISC")
PROCLITICS = frozenset("وفبلك")
KEEP_ATTRS = ("source", "confidence", "segment")
# Whether a name after a proclitic is widened to its token's start (ANERcorp's convention). Either way the
# span's ``clitic`` attribute names the proclitic (a governing ب/ل or a conjunction و for readers of the
# span) and ``token_span`` gives the whole token(s).
WHOLE_TOKENS = True


def relabel(sp: Span) -> Span:
    """The label a rule span takes when ANERcorp would not tag it as a name."""
    if sp.label == "MISC" and sp.attrs.get("people"):
        sp.label = "NORP"
    elif sp.label == "ORG" and sp.attrs.get("source") == "rule":
        sp.label = "GROUP"
    return sp


def whole_tokens(sp: Span, toks: list[Token], text: str, starts: Sequence[int] | None = None) -> Span:
    """Extend a name span that starts after a proclitic to its token's start (``clitic`` attribute) and one that
    ends inside a token to the token's end. ``starts`` are the tokens' starts (in order), if already at hand."""
    if sp.label not in NAMES:
        return sp
    if starts is None:
        starts = [t.start for t in toks]
    k = bisect_left(starts, sp.start) - 1      # the last token starting before the span
    if k >= 0 and sp.start < toks[k].end:
        t = toks[k]
        lead = text[t.start:sp.start]
        if len(lead) <= 3 and all(ch in PROCLITICS for ch in lead):
            sp.attrs["clitic"] = lead
            sp.attrs["token_span"] = [t.start, sp.end]
            if WHOLE_TOKENS:
                sp.start = t.start
    k = bisect_left(starts, sp.end) - 1
    if k >= 0 and sp.end < toks[k].end:
        t = toks[k]
        if t.end - sp.end <= 3:
            sp.attrs["token_span"] = [sp.attrs.get("token_span", [sp.start])[0], t.end]
            sp.end = t.end
    return sp


def _doubtful_place(sp: Span, text: str, ends: set[int], common: frozenset[str]) -> bool:
    """A gazetteer place the recogniser did not see, read after a proclitic, whose token is an ordinary word
    ("بنوك") or, after و/ف, does not continue a list of names ("وجده يلقي" but "صنعاء وتعز")."""
    place = sp.attrs.get("place") or {}
    clitic = sp.attrs.get("clitic")
    if sp.label == "LOC" and clitic == "ك" and place:
        return True     # "كلاوس" is a name, not ك + لاوس: "like Laos" hardly ever comes up
    if sp.label != "LOC" or not clitic or place.get("kind") in (None, "country"):
        return False
    a, b = sp.attrs["token_span"]
    if norm(text[a:b]) in common:
        return True
    if clitic[0] not in "وف":
        return False
    before = text[:a].rstrip(" ،,")
    return len(before) not in ends


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    """One-word titles and offices ("الملك", "الأمير", "الرئيس"), normalised."""
    from .roles import role_phrases
    return frozenset(norm(ph) for ph, rp in role_phrases() if " " not in ph.strip() and rp.kind in ("person", "title"))


def _after_titles(toks: list[Token], starts: Sequence[int], a: int, b: int) -> int:
    """Offset of the first token at or after ``a`` (and before ``b``) that is not a one-word title or office."""
    titles = _titles()
    k = bisect_left(starts, a)
    while k < len(toks) and toks[k].start < b and toks[k].norm in titles:
        k += 1
    return toks[k].start if k < len(toks) else b


def _word_at(toks: list[Token], starts: Sequence[int], a: int) -> str:
    k = bisect_left(starts, a)
    return toks[k].norm if k < len(toks) else ""


def _starts_name(toks: list[Token], starts: Sequence[int], a: int) -> bool:
    """Whether the token at ``a`` looks like the start of a name rather than a verb or function word: it is not a
    known common word (with or without و/ف)."""
    k = bisect_left(starts, a)
    if k >= len(toks):
        return False
    w = toks[k].norm
    common = common_words()
    return not (w in common or w[:1] in "وف" and w[1:] in common)



def _follows(text: str, start: int, name_ends: set[int]) -> bool:
    """Whether a recogniser name (not a place) ends right before ``start``, a space between: the place is the end
    of that name ("أولمبيك" آسفي، "ريال" مدريد)."""
    k = start
    while k > 0 and text[k - 1] == " ":
        k -= 1
    return k < start and k in name_ends


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def reconcile(ner: list[Span], ours: list[Span], toks: list[Token], text: str,
              describe: Callable[[Span], dict[str, Any]]) -> list[Span]:
    """One list of spans: every recogniser span (with the attributes of the best overlapping span of ours), our
    name spans that overlap none of them, and our spans of other labels. ``describe`` gives a recogniser span
    with no match of ours its attributes (a place looked up for LOC)."""
    starts = [t.start for t in toks]
    ours = [whole_tokens(relabel(o), toks, text, starts) for o in ours]
    names = [o for o in ours if o.label in NAMES]
    out = [o for o in ours if o.label not in NAMES]
    used: set[int] = set()
    # names by start, to find those overlapping a span without comparing it with all of them
    order = sorted(range(len(names)), key=lambda i: names[i].start)
    by_start = [names[i].start for i in order]
    longest = max((o.end - o.start for o in names), default=0)
    for sp in ner:
        near = order[bisect_right(by_start, sp.start - longest):bisect_left(by_start, sp.end)]
        over = [names[i] for i in sorted(near) if _overlap(names[i], sp)]
        attrs = dict(sp.attrs)
        start, end = sp.start, sp.end
        if over:
            best = max(over, key=lambda o: (o.label == sp.label, _overlap(o, sp), o.label == "PER"))
            inner = best.attrs.get("token_span", [best.start])[0] > start
            for k, v in best.attrs.items():
                # a proclitic of a name inside the span is not the span's own ("حماس" + "والجهاد الإسلامي")
                if k not in KEEP_ATTRS and not (inner and k in ("clitic", "token_span")):
                    attrs[k] = v
            attrs["matched"] = best.attrs.get("source")
            label = sp.label
            if sp.label == "PER" and best.label == "LOC" and (best.attrs.get("place") or {}).get("kind") == "country" \
                    and best.attrs.get("token_span", [best.start])[0] <= start and end <= best.end:
                label = "LOC"       # "فنلندا والسويد": a country's name the recogniser took for a person
            if best.label == "PER" and (sp.label == "PER" or best.attrs.get("source") == "dictionary") \
                    and best.attrs.get("token_span", [best.start])[0] <= start and end <= best.end:
                # a name the recogniser cut short ("أولكسي" ريزنيكوف) or took for something else ("زين العابدين" بن
                # علي); a title the dictionary's name opens with stays out, as in ANERcorp ("الملك" عبدالله)
                start, end = max(best.start, min(start, _after_titles(toks, starts, best.start, start))), best.end
                label = "PER"
            elif best.label == "PER" and sp.label == "PER" and best.attrs.get("source") == "dictionary" \
                    and start < best.start < end <= best.end \
                    and (not _starts_name(toks, starts, start)
                         or end < best.end and not _word_at(toks, starts, best.start).startswith("ال")):
                # "ودافعت هيلاري" + "كلينتون", "مصر العربية" + "سامح شكري": the dictionary's name
                start, end = best.start, best.end
            elif best.label == "PER" and sp.label == "PER" and best.attrs.get("source") == "dictionary" \
                    and best.start <= start < best.end < end and not _starts_name(toks, starts, best.end):
                # "محمد بن نايف" + "اتصالاً هاتفياً": the recogniser ran on into ordinary words
                end = best.end
            elif best.attrs.get("clitic") and not WHOLE_TOKENS and best.attrs["token_span"][0] == start < best.start < end:
                attrs["token_span"] = [start, end]
                start = best.start                    # "وشويغو": the name after the conjunction
                if (best.start, best.end) != (start, end):
                    attrs["full_span"] = [best.start, best.end]
            elif (best.start, best.end) != (start, end):
                attrs["full_span"] = [best.start, best.end]
            used.update(id(o) for o in over)
        else:
            attrs.update(describe(sp))
        attrs.setdefault("actor", None)
        out.append(Span(start, end, label if over else sp.label, attrs))
    ends = {sp.end for sp in ner} | {o.end for o in names}
    common = common_words()
    name_ends = {sp.end for sp in ner if sp.label in ("ORG", "PER", "MISC")}
    out += [o for o in names if id(o) not in used and not _doubtful_place(o, text, ends, common)
            and not (o.label == "LOC" and _follows(text, o.start, name_ends))]
    return out
