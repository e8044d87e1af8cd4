"""How a word behaves in SaudiNewsNet, as NER features: does it take the article, pronoun suffixes, plural endings?

A common noun or adjective takes the article ("الرئيس"), pronoun suffixes ("رئيسه") and plural endings
("رؤساء" aside, "مسؤولون"); a name mostly does not ("بوتين", never "البوتين" or "بوتينه"). For every word form of
the corpus seen at least ``MIN_COUNT`` times, the share of its occurrences with the article, with a pronoun suffix
and with a plural ending, and its frequency, each put in a few bins, become attributes of the CRF (``mo...=``).
Only the small map ``base form -> bins`` is kept.

    .venv/bin/python training/ner_morph.py --shared ../shared --out /tmp/morph.tsv
"""
from __future__ import annotations

import argparse
import gzip
import math
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from marsad.entities.ner import morph_base  # noqa: E402

MIN_COUNT = 3
ARTICLES = ("ال", "وال", "بال", "فال", "كال", "لل", "ولل")
SUFFIXES = ("ه", "ها", "هم", "هما", "هن", "كم", "نا")
PLURALS = ("ات", "ون", "ين")


def share_bin(x: float) -> str:
    return "0" if x == 0 else "1" if x < 0.02 else "2" if x < 0.1 else "3" if x < 0.3 else "4" if x < 0.6 else "5"


def attributes(b: str, counts: Counter) -> tuple[str, ...] | None:
    """The bins of a base form (no article, no proclitic و), or None when the corpus has too few of its forms."""
    stem = b[:-1] + "ت" if b.endswith("ه") and len(b) > 2 else b      # normalised ة is ه: "حكومه" -> "حكومتها"
    plain = counts.get(b, 0) + counts.get("و" + b, 0)
    art = sum(counts.get(a + b, 0) for a in ARTICLES)
    suf = sum(counts.get(stem + s, 0) for s in SUFFIXES)
    pl = sum(counts.get((b[:-1] if b.endswith("ه") else b) + p, 0) for p in PLURALS)
    total = plain + art + suf + pl
    if total < MIN_COUNT:
        return None
    return (f"mal={share_bin(art / total)}", f"msf={share_bin(suf / total)}", f"mpl={share_bin(pl / total)}",
            f"mfq={min(int(math.log2(total)), 14)}")


def build(counts: Counter, log=print) -> dict[str, tuple[str, ...]]:
    t0 = time.time()
    bases = {morph_base(w) for w, c in counts.items() if c >= 2}
    out = {}
    for b in bases:
        a = attributes(b, counts)
        if a is not None:
            out[b] = a
    log(f"morphology: {len(out)} base forms ({time.time() - t0:.0f}s)")
    return out


def write(path: Path, table: dict[str, tuple[str, ...]]) -> None:
    """The table as TSV; gzipped without a timestamp when the path ends in .gz (a rebuild gives the same bytes)."""
    text = "base\tattributes\n" + "".join(b + "\t" + " ".join(table[b]) + "\n" for b in sorted(table))
    if path.suffix == ".gz":
        with gzip.GzipFile(path, "wb", compresslevel=9, mtime=0) as raw:
            raw.write(text.encode("utf-8"))
    else:
        path.write_text(text, encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, required=True)
    ap.add_argument("--out", type=Path, required=True)
    a = ap.parse_args()
    import ner_clusters

    docs = ner_clusters.corpus_tokens(a.shared)
    write(a.out, build(Counter(w for d in docs for w in d)))


if __name__ == "__main__":
    main()
