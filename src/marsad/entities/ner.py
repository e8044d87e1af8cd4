"""The Arabic NER model: token features, gazetteer matching and the CRF tagger.

The same feature code serves training (``training/train_ner.py``) and tagging, so the two never
drift apart. The model folder (``resources/models/ner/``) holds the CRF (``model.crfsuite``), the word
clusters (``clusters.tsv.gz``), the gazetteer (``gazetteer.tsv.gz``) and the trigger words
(``triggers.tsv``); ``MANIFEST.sha256`` pins them. A folder may also hold optional feature files its CRFs were
trained with (``vectors.npz``, ``morph.tsv.gz``, ``namelike.tsv.gz``). Everything loads once per process, on first use.
"""
from __future__ import annotations

import gzip
import hashlib
import re
import struct
import threading
from itertools import islice
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable, Collection, Iterable, Sequence

from ..errors import ResourceError
from ..lang.ar.normalise import norm
from ..resources import read_lines, shipped
from .namelike import NameLikeness, load as load_namelike

MODEL_DIR = shipped("models/ner")
TYPES = ("PERS", "ORG", "LOC", "MISC")
MAX_GAZ = 6          # longest gazetteer entry matched, in tokens
# The second pass reads how a word's other mentions nearby were tagged; in a document of a few sentences there
# are hardly any, and it does worse than the first pass alone (one sentence at a time, validation split: micro F1
# 0.717 against 0.743; last 5% of train.txt, model trained without it, 0.764 against 0.783). From about ten
# sentences the two are even.
SECOND_PASS_MIN_SENTENCES = 10
_ARABIC = re.compile(r"[\u0621-\u064A]")
_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=30_000)
def word_norm(token: str) -> str:
    """Normalised form of a token for features and lookups (diacritics, alef/yaa/taa folded)."""
    return norm(token).strip("\u200f\u200e") or token


# light clitic stripping frozen with the model (features must not drift when other matching changes)
PROCLITICS = ("وبال", "وكال", "فبال", "فكال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال", "و", "ف", "ب", "ل", "ك")
ENCLITICS = ("كما", "هما", "كم", "هم", "هن", "نا", "ها", "ه")


@lru_cache(maxsize=20_000)
def stems(word: str) -> tuple[str, ...]:
    """The word, then without its proclitics, then without an enclitic pronoun (at least 2-3 letters left)."""
    out = [word]
    for p in PROCLITICS:
        if word.startswith(p) and len(word) - len(p) >= 2:
            out.append(word[len(p):])
            break
    for e in ENCLITICS:
        base = out[-1]
        if base.endswith(e) and len(base) - len(e) >= 3:
            out.append(base[: -len(e)])
            break
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=4096)
def canon(word: str) -> str:
    """A word without its article, so "الأردن" and "بالأردن" and "أردن" meet."""
    return word[2:] if word.startswith("ال") and len(word) >= 4 else word


@lru_cache(maxsize=30_000)
def variants(word: str) -> tuple[str, ...]:
    """The canonical forms of a normalised word and of its clitic-stripped stems."""
    out: dict[str, None] = {}
    for s in stems(word):
        out.setdefault(canon(s), None)
    return tuple(out)


@lru_cache(maxsize=4096)
def shape(word: str) -> str:
    if _ARABIC.search(word):
        return "A" if not any(c.isdigit() or c.isascii() for c in word) else "AM"
    if word.isdigit():
        return "D" + str(min(len(word), 5))
    if any(c.isdigit() for c in word):
        return "DM"
    if word.isalpha():
        return "L"
    return "P"


# -- resources -------------------------------------------------------------------------------

@dataclass
class Gazetteer:
    """Names (tuples of canonical tokens) -> types, and single name words -> types."""

    spans: dict[tuple[str, ...], set[str]] = field(default_factory=dict)
    words: dict[str, set[str]] = field(default_factory=dict)
    prefixes: set[tuple[str, ...]] = field(default_factory=set)   # proper prefixes of the names

    def add(self, tokens: Sequence[str], typ: str, *, words: bool = False) -> None:
        """A name of type ``typ``; ``words``: its single words are evidence too. A type starting with ``~`` (words
        a model tagged in unlabelled text) gives word evidence only, never a span match."""
        key = tuple(canon(word_norm(t)) for t in tokens if t)
        if not key or len(key) > MAX_GAZ:
            return
        if typ.startswith("~"):
            for w in key:
                if len(w) >= 2:
                    self.words.setdefault(w, set()).add(typ)
            return
        self.spans.setdefault(key, set()).add(typ)
        for k in range(1, len(key)):
            self.prefixes.add(key[:k])
        if words:
            for w in key:
                if len(w) >= 2:
                    self.words.setdefault(w, set()).add(typ)

    def match(self, norms: Sequence[str]) -> list[list[str]]:
        """Per token, the features ``B-TYPE``/``I-TYPE`` of the longest gazetteer names covering it."""
        n = len(norms)
        out: list[list[str]] = [[] for _ in range(n)]
        i = 0
        while i < n:
            best = 0
            types: set[str] = set()
            for first in variants(norms[i]):
                key: tuple[str, ...] = (first,)
                L = 1
                while True:
                    hit = self.spans.get(key)
                    if hit and L > best:
                        best, types = L, hit
                    if key not in self.prefixes or i + L >= n or L >= MAX_GAZ:
                        break
                    key = (*key, canon(norms[i + L]))
                    L += 1
            if best:
                for t in types:
                    out[i].append("B-" + t)
                    for j in range(i + 1, i + best):
                        out[j].append("I-" + t)
                i += best
            else:
                i += 1
        return out

    def word_types(self, word: str) -> set[str]:
        found: set[str] = set()
        for v in variants(word):
            found |= self.words.get(v, set())
        return found


class Vectors:
    """Word vectors (``vectors.npz`` from ``training/ner_vectors.py``): words joined by newlines, and either or
    both of int8 vectors (``vectors``, with ``scale`` and the feature weight ``factor``) and k-means cluster ids
    over them (``clusters``, one column per granularity). A word not listed is looked up by its stems."""

    def __init__(self, arrays) -> None:
        import numpy as np

        words = bytes(arrays["words"]).decode("utf-8").split("\n")
        self.index = {w: i for i, w in enumerate(words)}
        self.dense = None
        if "vectors" in arrays:
            v = arrays["vectors"].astype(np.float32)
            v /= np.linalg.norm(v, axis=1, keepdims=True) + 1e-9
            factor = float(arrays["factor"][0]) if "factor" in arrays else 1.0
            self.dense = (v * factor).round(4)
        self.clusters = arrays["clusters"] if "clusters" in arrays else None
        self.window = bool(arrays["window"][0]) if "window" in arrays else False    # neighbours' vectors too
        self.cache: dict[str, dict[str, float]] = {}

    def find(self, w: str) -> int | None:
        i = self.index.get(w)
        if i is None:
            for v in (*stems(w)[1:], *variants(w)):
                i = self.index.get(v)
                if i is None:
                    i = self.index.get("ال" + v)
                if i is not None:
                    break
        return i

    def cluster_attrs(self, w: str) -> list[str]:
        if self.clusters is None:
            return []
        i = self.find(w)
        return [f"k{j}=" + ("oov" if i is None else str(int(x))) for j, x in
                enumerate(self.clusters[i] if i is not None else range(self.clusters.shape[1]))]

    def dense_attrs(self, w: str) -> dict[str, float]:
        """Real-valued attributes ``e0``, ``e1``... of a word (empty for a word without a vector)."""
        out = self.cache.get(w)
        if out is None:
            if len(self.cache) > 100_000:
                self.cache.clear()
            i = self.find(w) if self.dense is not None else None
            out = self.cache[w] = {} if i is None else {f"e{k}": float(x) for k, x in enumerate(self.dense[i]) if x}
        return out


def load_vectors(path: Path) -> Vectors | None:
    """The vectors file of a model folder, or None when it has none (the features are then as before)."""
    if not path.is_file():
        return None
    import numpy as np

    try:
        with np.load(path, allow_pickle=False) as z:
            return Vectors({k: z[k] for k in z.files})
    except (OSError, ValueError, KeyError) as e:
        raise ResourceError(f"unreadable word vectors ({e})", input=str(path)) from None


@dataclass
class Resources:
    clusters: dict[str, tuple[str, ...]]
    gazetteer: Gazetteer
    triggers: dict[str, str]          # word -> trigger class
    cache: dict = field(default_factory=dict)   # word -> its position-free attributes
    vectors: Vectors | None = None
    morph: dict[str, tuple[str, ...]] | None = None     # base form -> corpus behaviour bins (``morph.tsv.gz``)
    namelike: NameLikeness | None = None    # letters-only name score (``namelike.tsv.gz``)


_ARTICLES = ("ولل", "وال", "بال", "فال", "كال", "لل", "ال")


def morph_base(w: str) -> str:
    """A word without its article (and the proclitic before it): the key of the corpus-behaviour table."""
    for a in _ARTICLES:
        if w.startswith(a) and len(w) - len(a) >= 2:
            return w[len(a):]
    return w


def _open(path: Path):
    return gzip.open(path, "rt", encoding="utf-8") if path.suffix == ".gz" else open(path, encoding="utf-8")


def _rows(path: Path) -> Iterable[list[str]]:
    header = False
    with _open(path) as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            if not header:
                header = True
                continue
            yield line.split("\t")


def load_clusters(path: Path) -> dict[str, tuple[str, ...]]:
    return {r[0]: tuple(r[1:]) for r in _rows(path)}


def load_gazetteer(path: Path) -> Gazetteer:
    g = Gazetteer()
    for r in _rows(path):
        if len(r) < 2:
            raise ResourceError("expected name<TAB>type", input=str(path))
        g.add(r[0].split(" "), r[1], words=len(r) > 2 and r[2] == "1")
    return g


def load_morph(path: Path) -> dict[str, tuple[str, ...]]:
    return {r[0]: tuple(r[1].split(" ")) for r in _rows(path) if len(r) >= 2}


def load_triggers(path: Path) -> dict[str, str]:
    return {canon(word_norm(r[0])): r[1] for r in _rows(path) if len(r) >= 2}


# -- features --------------------------------------------------------------------------------

def _word_features(w: str, res: Resources) -> tuple[list[str], list[str], list[str], list[str]]:
    """The parts of a word's attributes that do not depend on its position: its own (head, tail) and
    what a neighbour sees of it (head, tail); gazetteer span matches go between head and tail."""
    wd = _DIGIT.sub("0", w)
    st = stems(w)
    last = st[-1]
    vs = variants(w)
    cl = res.clusters.get(w)
    if cl is None:
        for v in (*st[1:], *vs):
            cl = res.clusters.get(v) or res.clusters.get("ال" + v)
            if cl:
                break
    sh = shape(w)
    f = ["b", "w=" + wd, "sh=" + sh, "s=" + last, "cv=" + vs[-1]]
    L = len(w)
    for k in (1, 2, 3, 4):
        if L > k:
            f.append(f"p{k}=" + w[:k])
            f.append(f"x{k}=" + w[-k:])
    if L > 4:
        f.append("sx3=" + last[-3:])
    if w.startswith("ال") or any(s.startswith("ال") for s in st[1:2]) or w[:3] in ("بال", "وال", "فال", "كال") or w[:2] == "لل":
        f.append("al")
    f.append("len=" + str(min(L, 9)))
    c = [f"c{j}=" + x for j, x in enumerate(cl)] if cl else ["c=oov"]
    f += c
    k = res.vectors.cluster_attrs(w) if res.vectors is not None else []
    f += k
    if res.morph is not None:
        f += res.morph.get(morph_base(w), ("mo=rare",))
    if res.namelike is not None:
        base = morph_base(w)
        bare = stems(base)
        f += res.namelike.attrs(base, bare[1] if len(bare) > 1 else None)
    gw = ["gw=" + t for t in sorted(res.gazetteer.word_types(w))]
    tr = None
    for v in vs:
        tr = res.triggers.get(v)
        if tr:
            break
    tail = gw + (["tr=" + tr] if tr else [])
    ctail = tail + (["x2=" + w[-2:]] if L > 2 else [])
    return f, tail, ["w=" + wd, "s=" + last, "sh=" + sh, *c[1:]], ctail + k     # +-1 neighbours see k-means ids


def dense_features(norms: Sequence[str], res: Resources) -> list[dict[str, float]]:
    """Real-valued word-vector attributes of each token (empty dicts without vectors)."""
    if res.vectors is None or res.vectors.dense is None:
        return [{} for _ in norms]
    own = [res.vectors.dense_attrs(w) for w in norms]
    if not res.vectors.window:
        return own
    out = []
    n = len(norms)
    for i in range(n):       # the +-1 neighbours' vectors too
        d = dict(own[i])
        for j, p in ((i - 1, "-1"), (i + 1, "1")):
            if 0 <= j < n:
                d.update((p + k, x) for k, x in own[j].items())
        out.append(d)
    return out


def with_dense(x: list, dense: dict) -> list | dict:
    """An item's attributes with real-valued ones added (a dict, as crfsuite takes them); unchanged without."""
    if not dense:
        return x
    out = dict.fromkeys(x, 1.0)
    out.update(dense)
    return out


def token_features(norms: Sequence[str], res: Resources) -> list[list[str]]:
    """CRF attributes for each token of a sentence given its normalised tokens."""
    n = len(norms)
    gz = res.gazetteer.match(norms)
    own: list[list[str]] = []
    ctx: list[list[str]] = []       # what a neighbour sees of this token
    cache = res.cache
    for i, w in enumerate(norms):
        parts = cache.get(w)
        if parts is None:
            if len(cache) > 200_000:
                cache.clear()
            parts = cache[w] = _word_features(w, res)
        g = ["g=" + t for t in gz[i]]
        own.append(parts[0] + g + parts[1])
        ctx.append(parts[2] + g + parts[3])
    out = []
    for i in range(n):
        f = list(own[i])
        if i == 0:
            f.append("BOS")
        if i == n - 1:
            f.append("EOS")
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < n:
                p = f"{d}"
                f += [p + x for x in (ctx[j] if abs(d) == 1 else ctx[j][:5])]
                if abs(d) == 2:
                    f += [p + x for x in ctx[j][5:] if x[0] in "gt"]
            else:
                f.append(f"{d}<S>")
        w = norms[i]
        if i > 0:
            f.append("bg-=" + norms[i - 1] + "|" + w)
        if i < n - 1:
            f.append("bg+=" + w + "|" + norms[i + 1])
        out.append(f)
    return out


def model_attributes(path: Path) -> frozenset[str]:
    """The attribute names a crfsuite CRF1d model knows (its attribute dictionary); the tagger ignores others."""
    b = path.read_bytes()
    if b[:4] != b"lCRF" or len(b) < 48:
        raise ResourceError("not a crfsuite model", input=str(path))
    off = struct.unpack_from("<I", b, 36)[0]
    if b[off:off + 4] != b"CQDB":
        raise ResourceError("no attribute dictionary in the model", input=str(path))
    n, bwd = struct.unpack_from("<II", b, off + 16)
    out = set()
    for i in range(n):
        rec = struct.unpack_from("<I", b, off + bwd + 4 * i)[0]
        if rec:
            size = struct.unpack_from("<I", b, off + rec + 4)[0]
            out.add(b[off + rec + 8:off + rec + 7 + size].decode("utf-8"))
    return frozenset(out)


_NEIGHBOURS = (-2, -1, 1, 2)


class Featuriser:
    """``token_features`` for tagging, keeping only the attributes the models know (the tagger drops the
    others, so its output is the same), with each word's position-free part cached. Attributes come UTF-8
    encoded, as the tagger takes them without converting them again."""

    def __init__(self, res: Resources, known: Collection[str], size: int = 50_000) -> None:
        self.res, self.known, self.size = res, known, size
        self.cache: dict[str, tuple] = {}
        self.tagged: dict[tuple[str, ...], dict[int, list[bytes]]] = {}     # (word, *gazetteer tags) -> near
        # per neighbour: its prefix and the known attributes with it, the prefix taken off
        self.prefixed = [(d, f"{d}", frozenset(x[len(f"{d}"):] for x in known if x.startswith(f"{d}")))
                         for d in _NEIGHBOURS]
        self.edges = {k: ([k.encode()] if k in known else []) for k in ("BOS", "EOS", *(f"{d}<S>" for d in _NEIGHBOURS))}

    def _word(self, w: str) -> tuple:
        parts = self.res.cache.get(w)
        if parts is None:
            parts = _word_features(w, self.res)
        head, tail, chead, ctail = parts
        k = self.known
        return [x.encode() for x in head if x in k], [x.encode() for x in tail if x in k], self._near(chead + ctail), \
            (chead, ctail)

    def _near(self, ctx: list[str]) -> dict[int, list[bytes]]:
        """What each neighbour at distance -2..2 sees of a word with attributes ``ctx``."""
        out = {}
        for d, p, known in self.prefixed:
            if abs(d) == 1:
                out[d] = [(p + y).encode() for y in ctx if y in known]
            else:
                out[d] = [(p + y).encode() for y in ctx[:5] if y in known] + \
                         [(p + y).encode() for y in ctx[5:] if y[0] in "gt" and y in known]
        return out

    def _tagged(self, ctx: tuple[list[str], list[str]], tags: list[str]) -> dict[int, list[bytes]]:
        return self._near(ctx[0] + ["g=" + t for t in tags] + ctx[1])

    def __call__(self, norms: Sequence[str]) -> list[list[bytes]]:
        n = len(norms)
        gz = self.res.gazetteer.match(norms)
        k, cache, tagged, edges = self.known, self.cache, self.tagged, self.edges
        words = []
        for w in norms:
            entry = cache.get(w)
            if entry is None:
                if len(cache) > self.size:
                    cache.clear()
                entry = cache[w] = self._word(w)
            words.append(entry)
        near = []
        for i in range(n):
            if gz[i]:       # a gazetteer tag changes what the neighbours see
                key = (norms[i], *gz[i])
                entry = tagged.get(key)
                if entry is None:
                    if len(tagged) > self.size // 2:
                        tagged.clear()
                    entry = tagged[key] = self._tagged(words[i][3], gz[i])
                near.append(entry)
            else:
                near.append(words[i][2])
        out = []
        for i in range(n):
            head, tail = words[i][0], words[i][1]
            f = head + [x.encode() for x in ("g=" + t for t in gz[i]) if x in k] + tail if gz[i] else head + tail
            if i == 0:
                f += edges["BOS"]
            if i == n - 1:
                f += edges["EOS"]
            for d in _NEIGHBOURS:
                j = i + d
                f += near[j][d] if 0 <= j < n else edges[f"{d}<S>"]
            w = norms[i]
            if i > 0:
                x = "bg-=" + norms[i - 1] + "|" + w
                if x in k:
                    f.append(x.encode())
            if i < n - 1:
                x = "bg+=" + w + "|" + norms[i + 1]
                if x in k:
                    f.append(x.encode())
            out.append(f)
        return out


# -- document context (second pass) ----------------------------------------------------------

DOC_WINDOW = 15      # sentences on each side whose first-pass labels a token's other mentions are read from


@lru_cache(maxsize=30_000)
def _key(word: str) -> str | None:
    if len(word) < 3 or not _ARABIC.search(word):
        return None
    return variants(word)[-1]


def _type(label: str) -> str:
    return "O" if label == "O" else label[2:]


def doc_features(norms: Sequence[Sequence[str]], first: Sequence[Sequence[str]], base: Sequence[list[list[str]]],
                 window: int = DOC_WINDOW) -> list[list[list[str]]]:
    """Second-pass attributes: the first pass's own labels around each token, and how the first pass
    labelled the other mentions of the same word in nearby sentences (names recur within an article)."""
    from collections import Counter

    keys = [[_key(w) for w in sent] for sent in norms]
    per_sent = [Counter((k, _type(lab)) for k, lab in zip(ks, labs) if k) for ks, labs in zip(keys, first)]
    per_key = [Counter(k for k in ks if k) for ks in keys]
    kinds = ("O", *TYPES)
    out = []
    n_s = len(norms)
    around: Counter = Counter()     # (key, type) -> mentions in the window
    mentions: Counter = Counter()   # key -> mentions in the window, whatever their type
    for si in range(n_s):
        if si == 0:
            for sj in range(0, min(n_s, window + 1)):
                around.update(per_sent[sj])
                mentions.update(per_key[sj])
        else:
            if si + window < n_s:
                around.update(per_sent[si + window])
                mentions.update(per_key[si + window])
            if si - window - 1 >= 0:
                around.subtract(per_sent[si - window - 1])
                mentions.subtract(per_key[si - window - 1])
        get = around.get
        labs = first[si]
        ks = keys[si]
        bs = base[si]
        n = len(labs)
        feats = []
        for i in range(n):
            lab = labs[i]
            f = bs[i] + ["p1=" + lab, "-1p1=" + (labs[i - 1] if i > 0 else "<S>"),
                         "+1p1=" + (labs[i + 1] if i < n - 1 else "<S>")]
            k = ks[i]
            if k and mentions[k] > 1:      # the word is mentioned again nearby (its own mention is not counted)
                own = _type(lab)
                counts = [get((k, t), 0) - (t == own) for t in kinds]
                total = sum(counts)
                if total > 0:
                    named = total - counts[0]           # mentions read as a name of some type
                    if named > 0:
                        top = TYPES[counts.index(max(counts[1:]), 1) - 1]     # the first type most read
                        share = named / total
                        f.append("dk=" + top)
                        f.append("dk=" + top + ("|all" if share == 1 else "|most" if share >= 0.5 else "|some"))
                    else:
                        f.append("dk=O")
            feats.append(f)
        out.append(feats)
    return out


# -- one name, one reading within a document -----------------------------------------------

REPEAT_WORD_MIN = 2   # times a one-word organisation name must be tagged before ``repeated_words`` spreads it
MAX_REPEAT = 4       # longest name, in words, that ``repeated_names`` looks for again
COMMON_WORDS = 5000  # the most frequent words of the cluster vocabulary, never taken for a bare surname
NAME_PARTICLES = frozenset({"بن", "ابن", "بنت", "ابو", "أبو", "عبد", "ال", "دي", "فان", "فون", "ولد"})


def person_parts(norms: Sequence[Sequence[str]], labels: Sequence[Sequence[str]], common: Collection[str] = ()) -> set[str]:
    """Keys of the words that end a person name of two or more words in the document ("أوستن" of "لويد أوستن"),
    but for common words."""
    out: set[str] = set()
    for ns, labs in zip(norms, labels):
        n = len(labs)
        i = 0
        while i < n:
            if labs[i][2:] != "PERS" or labs[i] == "O":
                i += 1
                continue
            j = i + 1
            while j < n and labs[j] == "I-PERS":
                j += 1
            if j - i >= 2:
                w = ns[j - 1]
                k = _key(w)
                if k and w not in NAME_PARTICLES and not any(x in common for x in (w, k, "ال" + k)):
                    out.add(k)
            i = j
    return out


def repeated_names(norms: Sequence[Sequence[str]], labels: list[list[str]]) -> list[list[str]]:
    """A name of two to four words tagged somewhere in the document is tagged where the same words recur
    untagged ("البنك التجاري" of a bank's report, read once as ORG and missed later)."""
    names: dict[tuple[str, ...], str] = {}
    keys = [[_key(w) or w for w in ns] for ns in norms]
    for ks, labs in zip(keys, labels):
        i, n = 0, len(labs)
        while i < n:
            if not labs[i].startswith("B-"):
                i += 1
                continue
            j = i + 1
            while j < n and labs[j] == "I-" + labs[i][2:]:
                j += 1
            if 2 <= j - i <= MAX_REPEAT:
                names.setdefault(tuple(ks[i:j]), labs[i][2:])
            i = j
    if not names:
        return labels
    out = []
    for ks, labs in zip(keys, labels):
        labs = list(labs)
        n = len(labs)
        for L in range(MAX_REPEAT, 1, -1):
            for i in range(n - L + 1):
                typ = names.get(tuple(ks[i:i + L]))
                if typ and all(x == "O" for x in labs[i:i + L]) and (i + L >= n or not labs[i + L].startswith("I-")):
                    labs[i:i + L] = ["B-" + typ] + ["I-" + typ] * (L - 1)
        out.append(labs)
    return out


def repeated_words(norms: Sequence[Sequence[str]], labels: list[list[str]], common: Collection[str]) -> list[list[str]]:
    """A one-word organisation name tagged at least twice in the document, never with another type and no common
    word, is tagged where the same word recurs untagged between untagged words ("مايكروسوفت" of "شركة مايكروسوفت",
    missed in "مع مايكروسوفت"); a word with the article counts neither way ("المترو" is a thing more often than
    a company). Only organisations: for the other types it cost more than it found."""
    seen: dict[str, list[str]] = {}
    for ns, labs in zip(norms, labels):
        n = len(labs)
        for i, lab in enumerate(labs):
            if lab.startswith("B-") and not (i + 1 < n and labs[i + 1].startswith("I-")):
                k = _key(ns[i])
                if k and not _with_article(ns[i]) and not any(x in common for x in (ns[i], k, "ال" + k)):
                    seen.setdefault(k, []).append(lab[2:])
    names = {k for k, ts in seen.items() if set(ts) == {"ORG"} and len(ts) >= REPEAT_WORD_MIN}
    if not names:
        return labels

    def lone_name(ns: Sequence[str], labs: list[str], i: int) -> str | None:
        n = len(labs)
        if labs[i] != "O" or (i > 0 and labs[i - 1] != "O") or (i + 1 < n and labs[i + 1] != "O"):
            return None
        return "B-ORG" if ns[i] not in common and _key(ns[i]) in names and not _with_article(ns[i]) else None
    return _relabel(norms, labels, lone_name)


def _relabel(norms: Sequence[Sequence[str]], labels: list[list[str]],
             new_label: Callable[[Sequence[str], list[str], int], str | None]) -> list[list[str]]:
    """Each sentence's labels, token by token, with ``new_label(words, labels so far, i)`` where it gives one."""
    out = []
    for ns, labs in zip(norms, labels):
        labs = list(labs)
        for i in range(len(labs)):
            lab = new_label(ns, labs, i)
            if lab is not None:
                labs[i] = lab
        out.append(labs)
    return out


def _with_article(word: str) -> bool:
    """The word bears the definite article, after at most one proclitic ("المترو", "والمترو", "للمترو")."""
    return word.startswith(("ال", "لل")) or (word[:1] in "وفبك" and word[1:3] == "ال")


def family_names(norms: Sequence[Sequence[str]], labels: list[list[str]]) -> list[list[str]]:
    """A person's name goes on through "آل" and the family's name ("سلمان بن عبدالعزيز آل سعود", "حمد بن خليفة آل
    ثاني"), as ANERcorp tags it, rather than stopping before "آل" and leaving "سعود" a second person."""
    out = []
    for ns, labs in zip(norms, labels):
        labs = list(labs)
        for i in range(1, len(labs) - 1):
            if ns[i] == "ال" and labs[i - 1] in ("B-PERS", "I-PERS") and labs[i] == "O" and ns[i + 1].isalpha() \
                    and labs[i + 1] in ("O", "B-PERS"):
                labs[i] = labs[i + 1] = "I-PERS"
        out.append(labs)
    return out


def name_consistency(norms: Sequence[Sequence[str]], labels: list[list[str]],
                     common: Collection[str] | None = None) -> list[list[str]]:
    """A one-word name elsewhere tagged as a place or organisation ("أوستن" read as Austin, Texas) becomes a
    person when the same document names the person in full ("لويد أوستن"). Given ``common`` (frequent words
    of the language), a surname that is no common word ("علي" is: "على" folds to it) also becomes the person
    where the model left it untagged, between untagged words, and a name of several words, or an organisation's
    one-word name, is tagged again where it recurs untagged (``repeated_names``, ``repeated_words``). A name runs
    on through "آل" (``family_names``)."""
    labels = family_names(norms, labels)
    if common is not None:
        labels = repeated_words(norms, repeated_names(norms, labels), common)
    parts = person_parts(norms, labels, common or ())
    if not parts:
        return labels

    def surname(ns: Sequence[str], labs: list[str], i: int) -> str | None:
        lab = labs[i]
        if lab == "B-PERS" or lab.startswith("I-") or (i + 1 < len(labs) and labs[i + 1].startswith("I-")):
            return None           # a person already, or part of a longer name
        if lab == "O" and (common is None or (i > 0 and labs[i - 1] != "O") or ns[i] in common):
            return None
        return "B-PERS" if _key(ns[i]) in parts else None
    return _relabel(norms, labels, surname)


@lru_cache(maxsize=1)
def not_name_edges() -> frozenset[str]:
    """Words, as written, that never open or close a person's name of several words (``actors/not_name_edges.txt``)."""
    return frozenset(read_lines("actors/not_name_edges.txt"))


def trim_name_edges(tokens: Sequence[str], labels: list[str]) -> list[str]:
    """A person's name of several words loses a first or last word that is no name word ("الفهد على" -> "الفهد")."""
    edges = not_name_edges()
    if not edges or not any(t in edges for t in tokens):
        return labels
    labs = list(labels)
    n = len(labs)
    for i, tok in enumerate(tokens):
        if tok not in edges or not labs[i].endswith("PERS"):
            continue
        if labs[i] == "B-PERS" and i + 1 < n and labs[i + 1] == "I-PERS":
            labs[i], labs[i + 1] = "O", "B-PERS"
        elif labs[i] == "I-PERS" and not (i + 1 < n and labs[i + 1] == "I-PERS"):
            labs[i] = "O"
    return labs


# -- the model -------------------------------------------------------------------------------

class Model:
    """The two CRFs with their resources: the first pass tags each sentence alone, the second reads
    the first pass's labels of the whole document. ``tag`` returns labels and their marginals."""

    def __init__(self, folder: Path = MODEL_DIR) -> None:
        import pycrfsuite

        path = folder / "model.crfsuite"
        if not path.is_file():
            raise ResourceError("the NER model is missing; run training/train_ner.py", input=str(path))
        clusters = load_clusters(folder / "clusters.tsv.gz")
        # the cluster file lists words from the most frequent down: its head is the common vocabulary
        self.common = frozenset(islice(clusters, COMMON_WORDS))
        self.resources = Resources(
            clusters=clusters,
            gazetteer=load_gazetteer(folder / "gazetteer.tsv.gz"),
            triggers=load_triggers(folder / "triggers.tsv"),
            vectors=load_vectors(folder / "vectors.npz"),
            morph=load_morph(folder / "morph.tsv.gz") if (folder / "morph.tsv.gz").is_file() else None,
            namelike=load_namelike(folder / "namelike.tsv.gz"),
        )
        self.first = pycrfsuite.Tagger()
        self.first.open(str(path))
        digest = hashlib.sha256(path.read_bytes())
        self.second = None          # without a second-pass model, the first pass alone decides
        if (folder / "model2.crfsuite").is_file():
            self.second = pycrfsuite.Tagger()
            self.second.open(str(folder / "model2.crfsuite"))
            digest.update((folder / "model2.crfsuite").read_bytes())
        self.version = digest.hexdigest()[:12]
        known = model_attributes(path)
        if self.second is not None:
            known |= model_attributes(folder / "model2.crfsuite")
        self.features = Featuriser(self.resources, known)
        self.consistency = True     # one reading per name within a document (``name_consistency``)
        self._lock = threading.Lock()

    def tag_document(self, sentences: Sequence[Sequence[str]]) -> list[tuple[list[str], list[float]]]:
        """Labels and marginals for each sentence (a list of token strings) of one document."""
        norms = [[word_norm(t) for t in s] for s in sentences]
        base = [self.features(ns) if ns else [] for ns in norms]
        with self._lock:
            if self.second is None or sum(1 for ns in norms if ns) < SECOND_PASS_MIN_SENTENCES:
                tagger, feats = self.first, base
            else:
                first = [self.first.tag(self._dense(x, ns)) if x else [] for x, ns in zip(base, norms)]
                tagger, feats = self.second, doc_features(norms, first, base)
            if self.resources.vectors is not None and self.resources.vectors.dense is not None:
                feats = [[with_dense(x, d) for x, d in zip(xs, dense_features(ns, self.resources))]
                         for xs, ns in zip(feats, norms)]
            labels, probs, p_name = [], [], []
            for x in feats:
                if not x:
                    labels.append([])
                    probs.append([])
                    p_name.append([])
                    continue
                tagger.set(x)
                labs = tagger.tag()
                labels.append(labs)
                p_out = [tagger.marginal("O", i) for i in range(len(labs))]
                probs.append([p_out[i] if y == "O" else tagger.marginal(y, i) for i, y in enumerate(labs)])
                p_name.append([1.0 - p for p in p_out])
        fixed = name_consistency(norms, labels, self.common) if self.consistency else labels
        fixed = [trim_name_edges(s, labs) for s, labs in zip(sentences, fixed)]
        out = []
        for old, new, pr, pn in zip(labels, fixed, probs, p_name):
            # a label the document changed keeps the model's own belief that the word is a name
            out.append((new, [p if a == b else q for a, b, p, q in zip(old, new, pr, pn)]))
        return out

    def _dense(self, x: list, ns: Sequence[str]) -> list:
        if self.resources.vectors is None or self.resources.vectors.dense is None:
            return x
        return [with_dense(a, d) for a, d in zip(x, dense_features(ns, self.resources))]

    def tag(self, tokens: Sequence[str]) -> tuple[list[str], list[float]]:
        """One sentence on its own."""
        return self.tag_document([tokens])[0]


_MODEL: Model | None = None
_LOAD = threading.Lock()


def model() -> Model:
    """The shipped model, loaded once per process."""
    global _MODEL
    if _MODEL is None:
        with _LOAD:
            if _MODEL is None:
                _MODEL = Model()
    return _MODEL
