"""Sentence classifier that confirms or vetoes ASSAULT and PROTEST triggers.

One logistic model per type over [sentence embedding | trigger and argument features], trained by
``training/train_event_classifier.py`` on the Arabic event GSR (openeventdata/arabic_event_gsr, MIT) and
shipped as ``resources/models/events/<type>.npz`` (weights, bias, threshold, feature names). Only sentences
that carry a trigger of the type are embedded. Without the model files the triggers stand unconfirmed.
"""
from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

import numpy as np

from ..doc import Document
from ..lang.ar.tokens import tokenize
from ..resources import shipped
from .lexicon import words
from .triggers import PLOVER_TYPES, Trigger, find

TYPES = ("ASSAULT", "PROTEST")
EXTRA = ("STATEMENT", "WARN")


def feature_names(target: str) -> list[str]:
    names = [f"has_{t}" for t in PLOVER_TYPES + EXTRA]
    names += [f"{target}_count", f"{target}_verb", f"{target}_noun", f"{target}_first_third", "negated_near",
              "future_near", "hypothetical_near", "has_number", "has_quote", "len_tokens", "other_plover"]
    return names


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
    return np.asarray(f, dtype=np.float32)


@lru_cache(maxsize=4)
def model(target: str) -> dict[str, Any] | None:
    path = shipped(f"models/events/{target.lower()}.npz")
    if not path.is_file():
        return None
    z = np.load(path, allow_pickle=False)
    return {"w": z["w"], "b": float(z["b"]), "threshold": float(z["threshold"]),
            "mean": z["mean"], "scale": z["scale"], "meta": json.loads(str(z["meta"]))}


def probabilities(texts: list[str], target: str, embeddings: np.ndarray | None = None) -> np.ndarray | None:
    """P(sentence reports a ``target`` event) for each text, or None when no model is shipped."""
    m = model(target)
    if m is None or not texts:
        return None
    if embeddings is None:
        from ..embeddings import get_embedder
        embeddings = get_embedder(m["meta"].get("embedder")).encode(texts)
    x = np.hstack([embeddings, np.vstack([features(t, target) for t in texts])])
    x = (x - m["mean"]) / m["scale"]
    return 1.0 / (1.0 + np.exp(-(x @ m["w"] + m["b"])))


def confirm(doc: Document, evs: list, dropped: list[dict]) -> None:
    """Score the sentences of ASSAULT/PROTEST events; drop those the model rejects, set confidence.

    All sentences of the document that need a score are embedded in one call."""
    targets = [t for t in TYPES if model(t) is not None and any(e.event == t and not e.extension for e in evs)]
    if not targets:
        return
    spans = sorted({(e.evidence.start, e.evidence.end) for e in evs if e.event in targets and not e.extension})
    texts = [doc.text[a:b] for a, b in spans]
    try:
        from ..embeddings import get_embedder
        emb = get_embedder(model(targets[0])["meta"].get("embedder")).encode(texts)
    except Exception:   # an embedder that cannot load leaves the triggers unconfirmed
        return
    for target in targets:
        mine = [e for e in evs if e.event == target and not e.extension]
        rows = [k for k, sp in enumerate(spans) if any((e.evidence.start, e.evidence.end) == sp for e in mine)]
        p = probabilities([texts[k] for k in rows], target, emb[rows])
        if p is None:
            continue
        thr = model(target)["threshold"]
        score = {spans[k]: float(v) for k, v in zip(rows, p.tolist())}
        for e in mine:
            e.confidence = score[(e.evidence.start, e.evidence.end)]
            if e.confidence < thr:
                evs.remove(e)
                dropped.append({"event": e.event, "why": f"classifier {e.confidence:.2f} < {thr:.2f}",
                                "trigger": doc.text[e.trigger.start:e.trigger.end],
                                "start": e.trigger.start, "end": e.trigger.end})
