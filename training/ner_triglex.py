"""Names learnt from SaudiNewsNet by the words that announce them: what follows "شركة", "نادي", "حزب" ... (an
organisation) or "مدينة", "محافظة", "إقليم" ... (a place), kept when it follows such a word often enough and in
a good share of all its occurrences ("مايكروسوفت": 23 of 187 after "شركة"; "العربية" rarely). The NER model
reads them as gazetteer entries of their own types (``cORG``, ``cLOC``), so that a name met with its announcing
word in the corpus is known where the text gives none ("أصدرت مايكروسوفت ملفا").

    .venv/bin/python training/ner_triglex.py --shared ../shared --out /tmp/triglex.tsv
"""
from __future__ import annotations

import argparse
import collections
import os
import re
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))

import ner_gazetteer as gzr  # noqa: E402
from ner_clusters import corpus_tokens  # noqa: E402
from marsad.entities.countries import countries  # noqa: E402
from marsad.entities.ner import word_norm  # noqa: E402

ANNOUNCERS = {
    "ORG": "شركه مجموعه نادي فريق حزب منظمه حركه تيار جماعه وكاله صحيفه مجله قناه بنك مصرف جامعه هيئه مؤسسه "
           "موسسه ائتلاف جبهه تحالف",
    "LOC": "مدينه بلده قريه محافظه ولايه اقليم جزيره عاصمه مقاطعه بلدات مدن",
}
CLITICS = ("وب", "ول", "فب", "فل", "و", "ف", "ب", "ل", "ك")
STOP = set("في من الي علي عن مع ضد بين حول لدي عند نحو منذ خلال امام حسب التي الذي الذين اللتين هذه هذا ذلك تلك "
           "و او ثم ان انه انها قد لم لن كان كانت هو هي هم".split())
_ARABIC = re.compile(r"^[\u0621-\u064A]+$")
TYPES = {typ: set(w.split()) for typ, w in ANNOUNCERS.items()}


def announcer(tok: str) -> str | None:
    for t in (tok, *(tok[len(c):] for c in CLITICS if tok.startswith(c) and len(tok) - len(c) >= 3)):
        for typ, words in TYPES.items():
            if t in words:
                return typ
    return None


def build(shared: Path, max_len: int = 3, min_count: int = 3, min_share: float = 0.15,
          nisba: set[str] | None = None) -> list[tuple[str, str, int, int]]:
    """(name, type, times after an announcing word, occurrences) of the kept names."""
    nisba = nisba or set()
    after: collections.Counter = collections.Counter()
    docs = corpus_tokens(shared, titles=False)
    for toks in docs:
        for k, tok in enumerate(toks):
            typ = announcer(tok)
            if typ is None:
                continue
            name: list[str] = []
            for w in toks[k + 1:k + 1 + max_len]:
                if not _ARABIC.match(w) or w in STOP or announcer(w) or (name and (w in nisba or w.startswith("ال") and w[2:] in nisba)):
                    break
                name.append(w)
                after[(tuple(name), typ)] += 1
    cands = {k: v for k, v in after.items() if v >= min_count}
    wanted = {n for n, _ in cands}
    total: collections.Counter = collections.Counter()
    for toks in docs:
        for k in range(len(toks)):
            for L in range(1, max_len + 1):
                g = tuple(toks[k:k + L])
                if g in wanted:
                    total[g] += 1
    out = []
    for (n, typ), v in cands.items():
        if v / max(total[n], 1) >= min_share and not (len(n) == 1 and len(n[0]) < 3):
            out.append((" ".join(n), typ, v, total[n]))
    return sorted(out, key=lambda r: (-r[2], r[0]))


def nisba_words() -> set[str]:
    """Nisba adjectives of the countries (both genders), which end a name ("شركة مايكروسوفت الأمريكية")."""
    return {word_norm(n) + end for c in countries().values() for n in c.nisba for end in ("", "ه")}


def read(path: Path) -> list[gzr.Row]:
    """The file's names as gazetteer rows of their own types (``cORG``, ``cLOC``)."""
    return gzr.read_lexicon(path, "c", False)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=Path(os.environ.get("MARSAD_SHARED", HERE.parent.parent / "shared")))
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--min-share", type=float, default=0.15)
    a = ap.parse_args()
    t0 = time.time()
    rows = build(a.shared, min_count=a.min_count, min_share=a.min_share, nisba=nisba_words())
    with open(a.out, "w", encoding="utf-8") as fh:
        fh.write(f"# names that follow an announcing word in SaudiNewsNet (min count {a.min_count}, min share "
                 f"{a.min_share}); name, type, times after the word, occurrences\n")
        for r in rows:
            fh.write("\t".join(map(str, r)) + "\n")
    print(f"{len(rows)} names ({collections.Counter(r[1] for r in rows)}) in {time.time() - t0:.0f}s")


if __name__ == "__main__":
    main()
