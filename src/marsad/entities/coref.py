"""Within-document coreference of actor mentions.

Mentions of one person share a cluster: the same dictionary person ("لويد أوستن" ... "أوستن"), or a later
surname equal to the last word of an earlier full name ("كاترين كولونا" ... "كولونا"). Bare surnames the
recogniser missed are found in the text and added, and so are the head words of listed organisations ("المرصد
السوري لحقوق الإنسان" ... "وقال المرصد"). A role mention with no name (رئيس البنتاغون، الوزيرين)
joins the cluster of the one person in the document holding that office, or lists the persons it refers to.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any

from ..doc import Document, Span
from ..lang.ar.tokens import Token
from .dictionary import Lexicon

ARABIC_WORD = re.compile(r"^[\u0621-\u064A]{2,}$")
REACH = 2000        # a bare surname refers back at most this many characters to a mention of the person


def _key(span: Span) -> str | None:
    actor = span.attrs.get("actor") or {}
    return span.attrs.get("person_key") or (actor.get("name") if span.label == "PER" else None)


def surname_mentions(doc: Document, toks: list[Token], persons: list[Span], taken: list[tuple[int, int]]) -> list[Span]:
    """New PER spans for bare surnames of multi-word person mentions found elsewhere in the text."""
    from .roles import stopwords
    stop = stopwords()
    lex = Lexicon()
    for sp in persons:
        words = sp.attrs.get("_words") or []
        if sp.attrs.get("person_key"):
            continue        # known persons: their one-word names are listed in the dictionary
        if len(words) >= 2 and len(words[-1]) >= 3 and words[-2] not in ("بن", "عبد", "ابو", "ولد") \
                and words[-1] not in stop:
            lex.add((words[-1],), sp)
    out = []
    last: dict[int, int] = {}       # id of a full mention -> end of its latest mention
    for m in lex.scan(toks):
        before = [p for p in m.payloads if p.start < m.start]
        if not before:
            continue        # before the full name
        src0: Span = max(before, key=lambda p: last.get(id(p), p.end))
        seen = last.get(id(src0), src0.end)
        if any(m.start < e and s < m.end for s, e in taken):
            if m.start - seen <= REACH:
                last[id(src0)] = m.end      # a mention the recogniser or the dictionary found
            continue
        if m.clitic and toks[m.i].norm in stop:
            continue        # "لصالح": the whole word is an ordinary one
        if m.start - seen > REACH:
            continue        # so far after the full name that the word is another one ("دين")
        prev = toks[m.i - 1].norm if m.i > 0 else ""
        bare = prev[1:] if prev[:1] in ("و", "ف") and len(prev) > 3 else prev
        if not m.clitic and ARABIC_WORD.match(prev) and prev not in stop and bare not in stop and \
                doc.text[toks[m.i - 1].end:toks[m.i].start] == " ":
            continue        # "عبود الزمر" after "طارق الزمر": another person of the same family
        src: Span = src0
        last[id(src)] = m.end
        attrs = {"actor": dict(src.attrs["actor"]) if src.attrs.get("actor") else None, "source": "coref",
                 "person_key": _key(src), "_words": [toks[m.i].norm]}
        out.append(Span(m.start, m.end, "PER", attrs))
    return out


HEAD_FOLLOWERS = {"الذي", "التي", "الذين", "ان", "انه", "انها", "الي", "علي", "في", "من", "عن"}


def org_head_mentions(toks: list[Token], orgs: list[Span], taken: list[tuple[int, int]]) -> list[Span]:
    """New ORG spans for the definite head word of a listed organisation of two or more words when it recurs on
    its own after the full name ("المرصد السوري لحقوق الإنسان" ... "وقال المرصد"): the same organisation, with
    its actor. The latest full name before it wins; a head followed by another definite word is another name
    ("المرصد الأورومتوسطي")."""
    from .roles import stopwords
    stop = stopwords()
    heads: dict[str, list[Span]] = {}
    starts = [t.start for t in toks]
    for sp in orgs:
        if sp.label != "ORG" or not (sp.attrs.get("actor") or {}).get("code"):
            continue
        k = bisect_left(starts, sp.start)
        first = toks[k] if k < len(toks) else None
        if first is None or k + 1 >= len(toks) or toks[k + 1].end > sp.end:
            continue        # a one-word name has no head word of its own
        if first.norm.startswith("ال") and len(first.norm) >= 5 and first.norm not in stop:
            heads.setdefault(first.norm, []).append(sp)
    out: list[Span] = []
    if not heads:
        return out
    for k, t in enumerate(toks):
        w = t.norm[1:] if t.norm[:1] in ("و", "ف") and t.norm[1:] in heads else t.norm
        if w not in heads or any(t.start < e and s < t.end for s, e in taken):
            continue
        before = [sp for sp in heads[w] if sp.end <= t.start and t.start - sp.end <= REACH]
        if not before:
            continue
        nxt = toks[k + 1].norm if k + 1 < len(toks) else ""
        if nxt.startswith(("ال", "لل")) and nxt not in HEAD_FOLLOWERS:
            continue        # "المرصد الأورومتوسطي": another organisation's name
        src = max(before, key=lambda sp: sp.end)
        out.append(Span(t.start, t.end, "ORG", {"actor": dict(src.attrs["actor"]), "source": "coref"}))
    return out


def assign_clusters(doc: Document, spans: list[Span]) -> None:
    """Set attrs cluster (int) and canonical (the fullest mention's text) on every PER and ROLE span."""
    spans = sorted(spans, key=lambda s: s.start)
    clusters: dict[str, int] = {}
    canon: dict[int, Span] = {}
    n = 0
    by_last: dict[str, str] = {}
    by_lineage: list[tuple[tuple[str, ...], str]] = []
    for sp in spans:
        if sp.label != "PER":
            continue
        key = _key(sp) or doc.text[sp.start:sp.end]
        words = sp.attrs.get("_words") or []
        if len(words) == 1 and not sp.attrs.get("person_key") and words[0] in by_last:
            key = by_last[words[0]]
        elif not sp.attrs.get("person_key") and len(words) >= 3 and "بن" in words:
            # "فيصل بن سلمان" and "فيصل بن سلمان بن عبد العزيز": a lineage name and its shorter or longer form
            w = tuple(words)
            key = next((k for ws, k in by_lineage if ws[:len(w)] == w or w[:len(ws)] == ws), key)
            by_lineage.append((w, key))
        if key not in clusters:
            n += 1
            clusters[key] = n
        cid = clusters[key]
        sp.attrs["cluster"] = cid
        if len(words) >= 2:
            by_last.setdefault(words[-1], key)
        best = canon.get(cid)
        if best is None or _evidence(best) < _evidence(sp):
            canon[cid] = sp
    # unnamed persons and surnames take the actor of the fullest mention in their cluster
    for sp in spans:
        cid = sp.attrs.get("cluster")
        if cid is None:
            continue
        best = canon[cid]
        sp.attrs["canonical"] = doc.text[best.start:best.end]
        if best.attrs.get("actor") and (sp.attrs.get("person_key") or not (sp.attrs.get("actor") or {}).get("country")):
            sp.attrs["actor"] = dict(best.attrs["actor"])
    _roles(doc, spans, canon, n)


def _evidence(sp: Span) -> tuple[int, int, int, int]:
    """How well a mention tells who it is: listed in the actor dictionary, a country, a role phrase beside it,
    then its length ("عبد ربه منصور هادي", listed, tells more than a later "الرئيس هادي" with a role but no
    country)."""
    actor = sp.attrs.get("actor") or {}
    return (1 if sp.attrs.get("person_key") else 0, 1 if actor.get("country") else 0,
            1 if sp.attrs.get("role_span") else 0, sp.end - sp.start)


def _roles(doc: Document, spans: list[Span], canon: dict[int, Span], n: int) -> None:
    persons = [s for s in spans if s.label == "PER" and s.attrs.get("actor")]
    for sp in spans:
        if sp.label != "ROLE":
            continue
        actor: dict[str, Any] = sp.attrs.get("actor") or {}
        if sp.attrs.get("plural"):
            prior = []
            for p in persons:
                if p.start < sp.start and p.attrs["cluster"] not in prior and _fits(actor, p.attrs["actor"], loose=True):
                    prior.append(p.attrs["cluster"])
            if len(prior) >= 2:
                sp.attrs["refers_to"] = prior[-2:]
            continue
        fits = {p.attrs["cluster"] for p in persons if _fits(actor, p.attrs["actor"])}
        if len(fits) == 1:
            cid = fits.pop()
            best = canon[cid]
            sp.attrs["cluster"] = cid
            sp.attrs["canonical"] = doc.text[best.start:best.end]
            sp.attrs["actor"] = dict(best.attrs["actor"])


def _fits(role: dict[str, Any], person: dict[str, Any], loose: bool = False) -> bool:
    if not role or not person:
        return False
    if role.get("country") and role["country"] != person.get("country"):
        return False
    r, pr = role.get("role") or "", person.get("role") or ""
    if loose:
        return bool(pr) and (r in pr or r == "minister" and "minister" in pr)
    if not role.get("country") and not role.get("code") and r in ("", "president", "minister", "official", "commander"):
        return False        # too general to tell who without a country
    if r.startswith("head of "):
        return bool(role.get("sector")) and role.get("sector") == person.get("sector")
    return bool(r) and r == pr and (not role.get("sector") or role.get("sector") == person.get("sector"))
