"""Sentence classifier that confirms or vetoes ASSAULT and PROTEST triggers.

One logistic model per type over [sentence embedding | trigger and argument features], trained by
``training/train_event_classifier.py`` on the Arabic event GSR (openeventdata/arabic_event_gsr, MIT) and
shipped as ``resources/models/events/<type>.npz`` (weights, bias, threshold, feature names; ``meta.embedder``
names the sentence embedder the model was trained on). A model may also carry an n-gram stage (hashed TF-IDF
logistic model, ``marsad.events.ngrams``): a sentence it scores below ``meta.veto_below`` is vetoed and one
it scores at or above ``meta.accept_above`` is accepted (confidence: the n-gram probability), both without
being embedded; only the band between the two levels reaches the embedder. Only sentences that carry a trigger of the type
are scored. PROTEST also has report-shape features and rule vetoes (word sets in
``resources/models/events/protest_cues.tsv``). Without the model files the triggers stand unconfirmed.
"""
from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

import numpy as np

from ..doc import Document
from ..errors import ResourceError
from ..lang.ar.normalise import norm
from ..lang.ar.tokens import tokenize
from ..resources import read_tsv, shipped
from .lexicon import words
from .ngrams import TfidfScorer
from .triggers import PLOVER_TYPES, Trigger, candidates, find

TYPES = ("ASSAULT", "PROTEST")
EXTRA = ("STATEMENT", "WARN")
# report-shape features (word sets in models/events/<type>_cues.tsv), for the types whose model uses them
CUED = {"PROTEST": ("act_verb", "act_initial", "count_near", "now", "place_near", "harm", "security", "speech")}


def feature_names(target: str) -> list[str]:
    names = [f"has_{t}" for t in PLOVER_TYPES + EXTRA]
    names += [f"{target}_count", f"{target}_verb", f"{target}_noun", f"{target}_first_third", "negated_near",
              "future_near", "hypothetical_near", "has_number", "has_quote", "len_tokens", "other_plover"]
    return names + list(CUED.get(target, ()))


@lru_cache(maxsize=4)
def cues(target: str) -> dict[str, frozenset[str]]:
    """The word sets of ``models/events/<target>_cues.tsv`` (normalised forms)."""
    out: dict[str, set[str]] = {}
    for path, line, row in read_tsv(f"models/events/{target.lower()}_cues.tsv", required=("set", "words")):
        ws = [norm(w.strip()) for w in row["words"].split("|") if w.strip()]
        if not row["set"].strip() or not ws:
            raise ResourceError("empty set name or word list", input=f"{path}:{line}")
        out.setdefault(row["set"].strip(), set()).update(ws)
    return {k: frozenset(v) for k, v in out.items()}


def report_shape(toks: list, mine: list[Trigger], target: str) -> list[float]:
    """Is the event the sentence's own reported act? A gathering verb (anywhere, or among the first two words,
    or a trigger there), a crowd size just before or after a trigger, a time word, a place just after a
    trigger; and signs of another main act: harm, security forces, reporting verbs."""
    c = cues(target)
    forms = [set(candidates(t.norm)) for t in toks]

    def has(i: int, name: str) -> bool:
        return bool(forms[i] & c.get(name, frozenset())) or (name == "counts" and any(ch.isdigit() for ch in toks[i].text))

    def near(i: int, before: int, after: int, name: str) -> bool:
        return any(has(j, name) for j in range(max(0, i - before), min(len(toks), i + after + 1)))

    def every(name: str) -> float:
        return float(any(has(i, name) for i in range(len(toks))))

    starts = [t.tokens[0] for t in mine]
    return [every("act_verbs"), float(any(has(i, "act_verbs") for i in range(min(2, len(toks)))) or
                                      any(i < 2 for i in starts)),
            float(any(near(i, 3, 2, "counts") for i in starts)), every("now"),
            float(any(near(i, 0, 6, "places") for i in starts)), every("harm"), every("security"), every("speech")]


def features(text: str, target: str, trigs: list[Trigger] | None = None) -> np.ndarray:
    """Trigger and context features of one sentence for the classifier of ``target``."""
    toks = tokenize(text)
    trigs = find(toks) if trigs is None else trigs
    kinds = {t.event for t in trigs}
    f = [1.0 if t in kinds else 0.0 for t in PLOVER_TYPES + EXTRA]
    mine = [t for t in trigs if t.event == target]
    n = max(len(toks), 1)
    aux_words = {k: words(f"{k}_near") for k in ("negation", "future", "hypothetical")}
    near = {k: 0.0 for k in aux_words}
    for t in mine:
        i = t.tokens[0]
        for k, ws in aux_words.items():
            if any(x.norm in ws for x in toks[max(0, i - 3):i]):
                near[k] = 1.0
    f += [min(len(mine), 4) / 4.0, float(any(not t.is_noun for t in mine)), float(any(t.is_noun for t in mine)),
          float(any(t.tokens[0] < n / 3 for t in mine)), near["negation"], near["future"], near["hypothetical"],
          float(any(c.isdigit() for c in text)), float('"' in text or "«" in text), min(n, 80) / 80.0,
          float(len(kinds & set(PLOVER_TYPES) - {target}) > 0)]
    if target in CUED:
        f += report_shape(toks, mine, target)
    return np.asarray(f, dtype=np.float32)


def clear_attack_report(text: str) -> bool:
    """An armed act and what it did (a death, an injury, damage, a target) or the verb that launched it (شن،
    نفذ) named in one sentence that opens with one of them, or with a reporting verb whose report opens with
    one: "وقصفت مقاتلات التحالف بغارتين جويتين معسكر ...", "وشنت طائرات التحالف أمس غارات على مواقع ...",
    "قتل عنصران من الشرطة التركية بالرصاص", "وأفاد المرصد أن القصف استهدف قرية". Such a sentence is judged
    by the main stage even when the n-gram stage would veto it (news wording far from the training sentences);
    an attack named later in the sentence is mostly the background of another act ("ووضعت مدن في حالة تأهب منذ
    هجوم انتحاري أسفر عن مقتل ...") and is left to the n-gram stage."""
    acts, outcomes = words("attack_acts"), words("attack_outcomes") | words("attack_launches")
    toks = tokenize(text)
    forms = [set(candidates(t.norm)) for t in toks]
    if not (any(f & acts for f in forms) and any(f & outcomes for f in forms)):
        return False
    names = acts | outcomes
    if any(forms[i] & names for i in range(min(3, len(toks)))):
        return True
    if not any(forms[i] & words("report_verbs") for i in range(min(2, len(toks)))):
        return False
    links = words("report_links")
    i = next((i for i in range(1, min(12, len(toks))) if toks[i].norm in links or toks[i].norm.lstrip("و") in links), None)
    return i is not None and any(forms[j] & names for j in range(i + 1, min(i + 4, len(toks))))


def rule_veto(text: str, target: str, trigs: list[Trigger] | None = None) -> str | None:
    """Why the sentence's ``target`` triggers are not that event whatever the model scores, or None: every
    trigger is followed by a word of another sense (تظاهرة ثقافية, a festival), or every trigger is a weak
    gathering verb (احتشد) with no protest word in the sentence, or every trigger is followed by a celebration
    ("مسيرة حاشدة احتفالا بافتتاح"). Only types with a cue file have rules."""
    if target not in CUED:
        return None
    c = cues(target)
    toks = tokenize(text)
    trigs = find(toks) if trigs is None else trigs
    mine = [t for t in trigs if t.event == target]
    if not mine:
        return None
    forms = [set(candidates(t.norm)) for t in toks]
    other = c.get("other_sense_after", frozenset())
    if all(t.tokens[-1] + 1 < len(toks) and forms[t.tokens[-1] + 1] & other for t in mine):
        return "another sense of the word"
    festive = c.get("celebration_near", frozenset())
    if all(any(f & festive for f in forms[t.tokens[-1] + 1:t.tokens[-1] + 5]) for t in mine):
        return "a celebration, not a protest"
    weak, context = c.get("weak_triggers", frozenset()), c.get("protest_context", frozenset())
    if all(forms[t.tokens[0]] & weak for t in mine) and not any(f & context for f in forms):
        return "gathering with no protest word"
    return None


def dated_long_before(doc: Document, triggers: list[int], near: int = 60) -> bool:
    """Every trigger (start offsets) has, within ``near`` characters, a date at least two years before the
    article's publication: a recalled event ("في سبتمبر 1895 سارت تظاهرة"), not a current report."""
    if not triggers or not doc.published or not doc.published[:4].isdigit():
        return False
    year = int(doc.published[:4])
    old = [sp for sp in doc.layers.get("times", [])
           if str((sp.attrs or {}).get("value") or "")[:4].isdigit()
           and int(str(sp.attrs["value"])[:4]) <= year - 2]
    return all(any(sp.start - near <= t <= sp.end + near for sp in old) for t in triggers)


def load_embedders() -> None:
    """Load the sentence embedders the shipped models name (before worker processes fork, so that they share the
    weights); one that cannot load is left out, as :func:`confirm` then leaves the triggers unconfirmed."""
    from ..embeddings import get_embedder

    for target in TYPES:
        m = model(target)
        if m is not None and m["meta"].get("embedder"):
            try:
                get_embedder(m["meta"]["embedder"])
            except Exception:
                pass


@lru_cache(maxsize=4)
def model(target: str) -> dict[str, Any] | None:
    path = shipped(f"models/events/{target.lower()}.npz")
    if not path.is_file():
        return None
    z = np.load(path, allow_pickle=False)
    m = {"w": z["w"], "b": float(z["b"]), "threshold": float(z["threshold"]),
         "mean": z["mean"], "scale": z["scale"], "meta": json.loads(str(z["meta"])), "ngrams": None}
    if "ng_w_idx" in z.files:
        m["ngrams"] = (TfidfScorer(z["ng_idf_idx"], z["ng_idf_val"], float(z["ng_idf_default"]), z["ng_w_idx"],
                                   z["ng_w_val"]), float(z["ng_b"]))
    return m


def _sigmoid(v: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-v))


def ngram_probabilities(texts: list[str], target: str) -> np.ndarray | None:
    """P(``target``) from the model's n-gram stage alone, or None when it has none."""
    m = model(target)
    if m is None or m["ngrams"] is None or not texts:
        return None
    scorer, b = m["ngrams"]
    return _sigmoid(scorer.score(texts) + b)


def probabilities(texts: list[str], target: str, embeddings: np.ndarray | None = None) -> np.ndarray | None:
    """P(sentence reports a ``target`` event) for each text, or None when no model is shipped."""
    m = model(target)
    if m is None or not texts:
        return None
    parts = []
    if m["meta"].get("embedder"):
        if embeddings is None:
            from ..embeddings import get_embedder
            embeddings = get_embedder(m["meta"]["embedder"]).encode(texts)
        parts.append(embeddings)
    parts.append(np.vstack([features(t, target) for t in texts]))
    x = (np.hstack(parts) - m["mean"]) / m["scale"]
    return _sigmoid(x @ m["w"] + m["b"])


def confirm(doc: Document, evs: list, dropped: list[dict]) -> None:
    """Score the sentences of ASSAULT/PROTEST events; drop those the model rejects, set confidence.

    Sentences the n-gram stage vetoes or accepts are not embedded; the others are embedded in one call per
    embedder."""
    targets = [t for t in TYPES if model(t) is not None and any(e.event == t and not e.extension for e in evs)]
    if not targets:
        return
    plan: dict[str, tuple[list[tuple[int, int]], dict, set, set]] = {}
    rules: dict[str, dict[tuple[int, int], str]] = {}
    for target in targets:
        m = model(target)
        starts: dict[tuple[int, int], list[int]] = {}      # evidence span -> its trigger offsets
        for e in evs:
            if e.event == target and not e.extension:
                starts.setdefault((e.evidence.start, e.evidence.end), []).append(e.trigger.start)
        spans = sorted(starts)
        texts = [doc.text[a:b] for a, b in spans]
        ng = ngram_probabilities(texts, target)
        ng_of = dict(zip(spans, ng.tolist())) if ng is not None else {}
        veto, accept = m["meta"].get("veto_below"), m["meta"].get("accept_above")
        vetoed = {sp for sp, v in ng_of.items() if veto is not None and v < veto
                  and not (target == "ASSAULT" and clear_attack_report(doc.text[sp[0]:sp[1]]))}
        ruled = {sp: why for sp in spans if (why := rule_veto(doc.text[sp[0]:sp[1]], target)
                                             or ("dated long before publication" if target in CUED and
                                                 dated_long_before(doc, starts[sp]) else None))}
        ng_of.update({sp: 0.0 for sp in ruled if sp not in ng_of})
        vetoed |= set(ruled)
        accepted = {sp for sp, v in ng_of.items() if accept is not None and v >= accept and sp not in vetoed}
        plan[target] = (spans, ng_of, vetoed, accepted)
        rules[target] = ruled
    need: dict[str | None, list[tuple[int, int]]] = {}
    for target, (spans, _, vetoed, accepted) in plan.items():
        name = model(target)["meta"].get("embedder")
        need.setdefault(name, [])
        need[name] += [sp for sp in spans if sp not in vetoed and sp not in accepted and sp not in need[name]]
    emb: dict[tuple[str | None, tuple[int, int]], np.ndarray] = {}
    for name, spans in need.items():
        if not name or not spans:
            continue
        try:
            from ..embeddings import get_embedder
            rows = get_embedder(name).encode([doc.text[a:b] for a, b in spans])
        except Exception:   # an embedder that cannot load leaves the triggers unconfirmed
            return
        emb.update({(name, sp): r for sp, r in zip(spans, rows)})
    for target, (spans, ng_of, vetoed, accepted) in plan.items():
        m = model(target)
        name, thr = m["meta"].get("embedder"), m["threshold"]
        score = {sp: ng_of[sp] for sp in vetoed | accepted}
        live = [sp for sp in spans if sp not in vetoed and sp not in accepted]
        if live:
            e_rows = np.vstack([emb[(name, sp)] for sp in live]) if name else None
            p = probabilities([doc.text[a:b] for a, b in live], target, e_rows)
            score.update({sp: float(v) for sp, v in zip(live, p.tolist())})
        for e in [e for e in evs if e.event == target and not e.extension]:
            sp = (e.evidence.start, e.evidence.end)
            e.confidence = score[sp]
            if sp in accepted:
                continue
            if sp in vetoed or e.confidence < thr:
                evs.remove(e)
                why = (f"classifier rule: {rules[target][sp]}" if sp in rules[target]
                       else f"classifier (n-grams) {e.confidence:.2f} < {m['meta']['veto_below']:.2f}" if sp in vetoed
                       else f"classifier {e.confidence:.2f} < {thr:.2f}")
                dropped.append({"event": e.event, "why": why, "trigger": doc.text[e.trigger.start:e.trigger.end],
                                "start": e.trigger.start, "end": e.trigger.end})
