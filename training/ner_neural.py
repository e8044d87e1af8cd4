"""A small neural Arabic NER tagger measured against the first-pass CRF on the validation split (training only).

The network (torch, CPU, one thread): each token is its FastText word vector (``ner_vectors.py``, fine-tuned; a
word not listed takes its stems' vector), a character CNN over its letters (clitics such as و ب ل ك ال are read
from the characters), and the CRF's gazetteer and trigger evidence (``g=``, ``gw=``, ``tr=`` attributes, with
training names cross-fitted as ``train_ner.featurise`` does) plus its 250-way word-cluster id; a BiLSTM over the
sentence and a softmax over the nine BIO labels. Variants measured on the validation split (last 15% of ANERcorp's
``train.txt``, everything trained on the first 85%), first pass alone:

* ``nn``: the network alone (best BIO-valid sequence under its per-token label probabilities);
* ``avg:W``: the CRF's per-token label marginals times W plus the network's times 1 - W, decoded the same way;
* ``stack``: the network's label probabilities as real-valued attributes of the first-pass CRF, cross-fitted
  (probabilities for training sentences from ``--folds`` networks that did not see them).

    .venv/bin/python training/ner_neural.py --shared /work/shared --vectors /tmp/vectors.npz [--epochs 15]
        [--freeze] [--hidden 100] [--word-dropout 0.15] [--stack] [--folds 3] [--crf FIRST.crfsuite]

It prints the baseline CRF's figures (trained in the same run, or ``--crf`` from an earlier run's work folder),
the network's validation figure after every epoch (for reading only: the reported figure is the last epoch's),
then each variant's. Nothing here is shipped: see the NER model README for the figures and why.

Needs torch (training only; ``pip install torch``) and a vectors file from ``ner_vectors.py``.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))

from marsad.entities import ner  # noqa: E402
from ner_data import format_scores, read_conll, score, sentences, to_words  # noqa: E402
import ner_gazetteer as gzr  # noqa: E402
import train_ner as tn  # noqa: E402

TYPES = ("PERS", "ORG", "LOC", "MISC")
LABELS = ["O"] + [f"{b}-{t}" for t in TYPES for b in ("B", "I")]
AUX = [f"g={b}-{t}" for t in TYPES for b in ("B", "I")] + [f"gw={t}" for t in TYPES] + [f"tr={t}" for t in ("PER", "ORG", "LOC", "MISC")]
MAX_CHARS = 20


def cpu() -> float:
    return time.process_time()


class Encoder:
    """Tokens -> integer arrays the network reads: word id, character ids, auxiliary multi-hot, cluster id."""

    def __init__(self, vectors: Path, train_norms: list[list[str]]) -> None:
        with np.load(vectors, allow_pickle=False) as z:
            words = bytes(z["words"]).decode("utf-8").split("\n")
            self.emb = z["vectors"].astype(np.float32) * float(z["scale"][0])
        self.emb /= np.linalg.norm(self.emb, axis=1, keepdims=True) + 1e-9
        self.index = {w: i + 2 for i, w in enumerate(words)}      # 0 pad, 1 unknown
        chars = sorted({c for s in train_norms for w in s for c in w})
        self.chars = {c: i + 2 for i, c in enumerate(chars)}
        self.aux = {a: i for i, a in enumerate(AUX)}

    def word(self, w: str) -> int:
        i = self.index.get(w)
        if i is None:
            for v in ner.stems(w)[1:]:
                i = self.index.get(v) or self.index.get("ال" + v)
                if i:
                    break
        return i or 1

    def sentence(self, norms: list[str], attrs: list[list[str]]) -> tuple:
        n = len(norms)
        W = np.array([self.word(w) for w in norms], dtype=np.int64)
        C = np.zeros((n, MAX_CHARS), dtype=np.int64)
        for i, w in enumerate(norms):
            cs = [self.chars.get(c, 1) for c in w[:MAX_CHARS]]
            C[i, : len(cs)] = cs
        A = np.zeros((n, len(AUX)), dtype=np.float32)
        K = np.zeros(n, dtype=np.int64)
        for i, x in enumerate(attrs):
            for a in x:
                j = self.aux.get(a)
                if j is not None:
                    A[i, j] = 1.0
                elif a.startswith("c1="):
                    K[i] = int(a[3:]) + 1
        return W, C, A, K


def build_net(enc: Encoder, hidden: int = 100, char_dim: int = 25, char_filters: int = 50, dropout: float = 0.5,
              freeze: bool = False):
    import torch
    from torch import nn

    class Net(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            V, D = enc.emb.shape
            w = np.zeros((V + 2, D), dtype=np.float32)
            w[2:] = enc.emb
            self.word = nn.Embedding(V + 2, D, padding_idx=0)
            self.word.weight.data.copy_(torch.from_numpy(w))
            self.word.weight.requires_grad = not freeze
            self.char = nn.Embedding(len(enc.chars) + 2, char_dim, padding_idx=0)
            self.conv = nn.Conv1d(char_dim, char_filters, 3, padding=1)
            self.clus = nn.Embedding(252, 10, padding_idx=0)
            self.drop = nn.Dropout(dropout)
            self.lstm = nn.LSTM(D + char_filters + len(AUX) + 10, hidden, batch_first=True, bidirectional=True)
            self.out = nn.Linear(2 * hidden, len(LABELS))

        def forward(self, W, C, A, K, lengths):
            B, T, L = C.shape
            c = self.char(C.view(B * T, L)).transpose(1, 2)             # (BT, cd, L)
            c = torch.relu(self.conv(c))
            mask = (C.view(B * T, L) > 0).unsqueeze(1)
            c = c.masked_fill(~mask, -1e4).max(dim=2).values.clamp_min(0).view(B, T, -1)
            x = torch.cat([self.word(W), c, A, self.clus(K)], dim=2)
            x = self.drop(x)
            packed = nn.utils.rnn.pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
            h, _ = self.lstm(packed)
            h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=T)
            return self.out(self.drop(h))

    return Net()


def batch(items: list[tuple], ys: list[np.ndarray] | None = None):
    import torch

    T = max(len(it[0]) for it in items)
    B = len(items)
    W = np.zeros((B, T), dtype=np.int64)
    C = np.zeros((B, T, MAX_CHARS), dtype=np.int64)
    A = np.zeros((B, T, len(AUX)), dtype=np.float32)
    K = np.zeros((B, T), dtype=np.int64)
    Y = np.full((B, T), -100, dtype=np.int64)
    for b, (w, c, a, k) in enumerate(items):
        n = len(w)
        W[b, :n], C[b, :n], A[b, :n], K[b, :n] = w, c, a, k
        if ys is not None:
            Y[b, :n] = ys[b]
    lengths = torch.tensor([len(it[0]) for it in items])
    return torch.from_numpy(W), torch.from_numpy(C), torch.from_numpy(A), torch.from_numpy(K), lengths, torch.from_numpy(Y)


def train_net(enc: Encoder, items: list[tuple], ys: list[np.ndarray], epochs: int, seed: int = 0, log=print,
              eval_fn=None, word_dropout: float = 0.0, **net_args):
    import torch

    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    net = build_net(enc, **net_args)
    opt = torch.optim.Adam([p for p in net.parameters() if p.requires_grad], lr=2e-3)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda e: 1.0 / (1.0 + 0.1 * e))
    lossf = torch.nn.CrossEntropyLoss(ignore_index=-100)
    t0 = cpu()
    for ep in range(epochs):
        net.train()
        order = rng.permutation(len(items))
        total = 0.0
        for s in range(0, len(order), 16):
            idx = order[s: s + 16]
            W, C, A, K, L, Y = batch([items[i] for i in idx], [ys[i] for i in idx])
            if word_dropout:        # some known words read as unknown, as unseen names will be
                W = W.masked_fill((torch.rand(W.shape) < word_dropout) & (W > 1), 1)
            opt.zero_grad()
            logits = net(W, C, A, K, L)
            loss = lossf(logits.reshape(-1, len(LABELS)), Y.reshape(-1))
            loss.backward()
            torch.nn.utils.clip_grad_norm_(net.parameters(), 5.0)
            opt.step()
            total += loss.item() * len(idx)
        sched.step()
        extra = f", {eval_fn(net)}" if eval_fn else ""
        log(f"  epoch {ep + 1}: loss {total / len(items):.4f}, {cpu() - t0:.0f}s CPU{extra}", flush=True)
    return net


def probs(net, items: list[tuple]) -> list[np.ndarray]:
    import torch

    net.eval()
    out = []
    with torch.no_grad():
        for s in range(0, len(items), 64):
            chunk = items[s: s + 64]
            W, C, A, K, L, _ = batch(chunk)
            p = torch.softmax(net(W, C, A, K, L), dim=2).numpy()
            out += [p[b, : len(it[0])] for b, it in enumerate(chunk)]
    return out


def crf_marginals(model: Path, X) -> list[np.ndarray]:
    import pycrfsuite

    tg = pycrfsuite.Tagger()
    tg.open(str(model))
    known = set(tg.labels())
    out = []
    for x in X:
        tg.set(x)
        m = np.zeros((len(x), len(LABELS)), dtype=np.float32)
        for j, y in enumerate(LABELS):
            if y in known:
                m[:, j] = [tg.marginal(y, i) for i in range(len(x))]
        out.append(m)
    return out


def decode(P: np.ndarray) -> list[str]:
    """Best label sequence under the BIO constraint (no I-T after anything but B-T / I-T)."""
    n = len(P)
    lp = np.log(P + 1e-9)
    allowed = np.ones((len(LABELS), len(LABELS)), dtype=bool)
    for j, y in enumerate(LABELS):
        if y.startswith("I-"):
            allowed[:, j] = False
            allowed[LABELS.index("B-" + y[2:]), j] = allowed[j, j] = True
    trans = np.where(allowed, 0.0, -1e9)
    start = np.array([-1e9 if y.startswith("I-") else 0.0 for y in LABELS])
    score_ = lp[0] + start
    back = np.zeros((n, len(LABELS)), dtype=np.int64)
    for i in range(1, n):
        cand = score_[:, None] + trans
        back[i] = cand.argmax(0)
        score_ = cand.max(0) + lp[i]
    path = [int(score_.argmax())]
    for i in range(n - 1, 0, -1):
        path.append(int(back[i, path[-1]]))
    return [LABELS[j] for j in reversed(path)]


def f1_of(sents, P: list[np.ndarray]) -> dict:
    pred = [to_words(s, decode(p)) if len(p) else [] for s, p in zip(sents, P)]
    return score([s.tags for s in sents], pred, TYPES)


def short(r: dict) -> str:
    m = r["micro"]
    return f"micro {m['f1']:.3f} (P {m['p']:.3f}, R {m['r']:.3f})"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=HERE.parent.parent / "shared")
    ap.add_argument("--vectors", type=Path, required=True)
    ap.add_argument("--clusters", type=Path, default=tn.OUT / "clusters.tsv.gz")
    ap.add_argument("--epochs", type=int, default=15)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--freeze", action="store_true", help="keep the FastText word vectors fixed")
    ap.add_argument("--hidden", type=int, default=100)
    ap.add_argument("--dropout", type=float, default=0.5)
    ap.add_argument("--word-dropout", type=float, default=0.0)
    ap.add_argument("--stack", action="store_true", help="also the cross-fitted stacking variant")
    ap.add_argument("--folds", type=int, default=3)
    ap.add_argument("--stack-epochs", type=int, help="epochs of the cross-fitting networks (default --epochs)")
    ap.add_argument("--crf", type=Path, help="a first-pass CRF an earlier run of this script trained (its work folder)")
    ap.add_argument("--limit", type=int, help="only the first N sentences (a quick trial run)")
    ap.add_argument("--work", type=Path, default=Path(tempfile.mkdtemp(prefix="marsad-nn-")))
    a = ap.parse_args()
    import torch

    torch.set_num_threads(1)
    t_start = cpu()
    sents = sentences(read_conll(a.shared / "data" / "anercorp" / "train.txt"))[: a.limit]
    n_valid = int(len(sents) * tn.VALID_FRACTION)
    tr_s, va_s = sents[: len(sents) - n_valid], sents[len(sents) - n_valid:]
    clusters = ner.load_clusters(a.clusters)
    data = a.shared / "data" / "anercorp"
    static_rows = gzr.anercorp_lists(data / "gazetteers") + gzr.world_places()
    triggers = ner.load_triggers(tn.OUT / "triggers.tsv")
    Xtr = tn.featurise(tr_s, clusters, static_rows, triggers)
    res_va = tn.make_resources(clusters, static_rows, gzr.from_sentences(tr_s), triggers)
    Xva = [ner.token_features([ner.word_norm(t) for t in s.pieces], res_va) for s in va_s]
    print(f"{len(tr_s)} training / {len(va_s)} validation sentences; features {cpu() - t_start:.0f}s CPU", flush=True)

    # the baseline: first-pass CRF on the same 85%
    a.work.mkdir(parents=True, exist_ok=True)
    crf_path = a.crf or a.work / "first.crfsuite"
    secs = 0.0 if a.crf else tn.train(Xtr, [s.ptags for s in tr_s], crf_path, 0.05, 0.01, 150)
    Mva = crf_marginals(crf_path, Xva)
    base_tags = tn.tag_all(crf_path, Xva)
    r_base = score([s.tags for s in va_s], [to_words(s, p) for s, p in zip(va_s, base_tags)], TYPES)
    print(f"CRF first pass (Viterbi), trained in {secs:.0f}s: {short(r_base)}", flush=True)
    print(f"CRF first pass, marginals decoded: {short(f1_of(va_s, Mva))}", flush=True)

    norms_tr = [[ner.word_norm(t) for t in s.pieces] for s in tr_s]
    norms_va = [[ner.word_norm(t) for t in s.pieces] for s in va_s]
    enc = Encoder(a.vectors, norms_tr)
    I_tr = [enc.sentence(ns, x) for ns, x in zip(norms_tr, Xtr)]
    I_va = [enc.sentence(ns, x) for ns, x in zip(norms_va, Xva)]
    Y_tr = [np.array([LABELS.index(t) for t in s.ptags]) for s in tr_s]
    unk = sum(int((it[0] == 1).sum()) for it in I_va) / sum(len(it[0]) for it in I_va)
    print(f"vocabulary {len(enc.index)} words, {len(enc.chars)} characters; {unk:.1%} of validation tokens unknown", flush=True)

    t0 = cpu()
    net_args = dict(freeze=a.freeze, hidden=a.hidden, dropout=a.dropout, word_dropout=a.word_dropout)
    net = train_net(enc, I_tr, Y_tr, a.epochs, a.seed, eval_fn=lambda m: short(f1_of(va_s, probs(m, I_va))), **net_args)
    print(f"network trained in {cpu() - t0:.0f}s CPU", flush=True)
    torch.save(net.state_dict(), a.work / "net.pt")
    Nva = probs(net, I_va)
    r_nn = f1_of(va_s, Nva)
    print(f"network alone:\n{format_scores(r_nn)}", flush=True)
    for w in (0.3, 0.4, 0.5, 0.6, 0.7):
        r = f1_of(va_s, [w * m + (1 - w) * p for m, p in zip(Mva, Nva)])
        print(f"avg:{w} (CRF weight): {short(r)}", flush=True)
    print(f"avg:0.5 by type:\n{format_scores(f1_of(va_s, [0.5 * m + 0.5 * p for m, p in zip(Mva, Nva)]))}", flush=True)
    np.savez_compressed(a.work / "marginals.npz", crf=np.concatenate(Mva), nn=np.concatenate(Nva))

    if a.stack:
        k = a.folds
        oof: list = [None] * len(tr_s)
        blocks = [i * k // len(tr_s) for i in range(len(tr_s))]
        for f in range(k):
            t0 = cpu()
            idx = [i for i in range(len(tr_s)) if blocks[i] != f]
            m = train_net(enc, [I_tr[i] for i in idx], [Y_tr[i] for i in idx], a.stack_epochs or a.epochs, a.seed + 1 + f, **net_args)
            held = [i for i in range(len(tr_s)) if blocks[i] == f]
            for i, p in zip(held, probs(m, [I_tr[i] for i in held])):
                oof[i] = p
            print(f"fold {f + 1}/{k}: {cpu() - t0:.0f}s CPU", flush=True)

        def with_nn(X, P, factor):
            return [[ner.with_dense(x, {"nn" + y: float(factor * p[j]) for j, y in enumerate(LABELS)})
                     for x, p in zip(xs, ps)] for xs, ps in zip(X, P)]

        for factor in (1.0, 3.0):
            path = a.work / f"stack{factor}.crfsuite"
            secs = tn.train(with_nn(Xtr, oof, factor), [s.ptags for s in tr_s], path, 0.05, 0.01, 150)
            tags = tn.tag_all(path, with_nn(Xva, Nva, factor))
            r = score([s.tags for s in va_s], [to_words(s, p) for s, p in zip(va_s, tags)], TYPES)
            print(f"stack (network probabilities x{factor} as CRF attributes), CRF trained in {secs:.0f}s:\n{format_scores(r)}", flush=True)
    print(f"total {cpu() - t_start:.0f}s CPU; work folder {a.work}")


if __name__ == "__main__":
    main()
