"""Actor coding on SaudiNewsNet political articles: how many person mentions get a country, how many stay unknown.

Picks ``--n`` articles (default 200) whose text mentions political keywords, runs the pipeline up to ``actors``
(without the NER model if it is not trained), and prints counts by source plus ``--show`` sampled person mentions
with their context for checking by hand. Never fails a build: prints figures only.

    .venv/bin/python bench/bench_actors.py [--n 200] [--show 50] [--seed 1]
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import random
import sys
import time
import zipfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("MARSAD_SHARED", ROOT.parent / "shared"))
KEYWORDS = ("وزير الخارجية", "وزير الدفاع", "الرئيس", "رئيس الوزراء", "مجلس الأمن", "الأمم المتحدة")


def articles(n: int, seed: int) -> list[dict]:
    pool = []
    for path in sorted(glob.glob(str(SHARED / "corpora" / "saudinewsnet" / "*.zip"))):
        with zipfile.ZipFile(path) as z:
            for name in z.namelist():
                if name.endswith(".json"):
                    for a in json.loads(z.read(name).decode("utf-8")):
                        text = a.get("content") or ""
                        if 300 < len(text) < 8000 and sum(k in text for k in KEYWORDS) >= 2:
                            pool.append(a)
    random.Random(seed).shuffle(pool)
    return pool[:n]


def gsr_agreement() -> None:
    """Country of annotated GSR actor spans (source/target "main") vs the country our entities give them."""
    from marsad.doc import Document
    from marsad.entities import actors
    from marsad.lang.ar.normalise import norm
    gold = coded = right = 0
    for name in ("assault_spans.json", "protest_spans.json"):
        path = SHARED / "data" / "arabic_event_gsr" / name
        if not path.exists():
            return
        for rec in json.loads(path.read_text(encoding="utf-8")):
            doc = actors.component(Document(rec["text"]))
            ents = [(norm(doc.text[s.start:s.end]), (s.attrs.get("actor") or {}).get("country"))
                    for s in doc.layers["entities"]]
            for sp in rec["spans"]:
                for side in ("source", "target"):
                    role, words = sp.get(side + "_role"), sp.get(side + "_actor") or []
                    if not isinstance(role, dict) or not words or role.get("main") in (None, "None"):
                        continue
                    gold += 1
                    ws = [norm(w) for w in words if len(w) > 2]
                    hit = [c for t, c in ents if c and any(w in t or t in w for w in ws)]
                    if hit:
                        coded += 1
                        right += role["main"] in hit
    if gold:
        print(f"GSR actor spans with a gold country: {gold}; given a country: {coded} ({coded / gold:.0%}); "
              f"same country as gold: {right}/{coded} = {right / max(1, coded):.1%}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--show", type=int, default=50)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    if not (SHARED / "corpora" / "saudinewsnet").exists():
        print(f"needs {SHARED}/corpora/saudinewsnet", file=sys.stderr)
        return 0
    from marsad.doc import Document
    from marsad.pipeline import DEFAULT_ORDER, Pipeline
    names = [c for c in DEFAULT_ORDER if c not in ("events",)]
    try:
        from marsad.entities import ner
        ner.model()
    except Exception as err:        # the NER model may not be trained in this checkout
        print(f"(running without the NER model: {err})")
        names.remove("entities")
    pipe = Pipeline(tuple(names))
    docs = articles(args.n, args.seed)
    t0 = time.time()
    stats: Counter = Counter()
    mentions = []
    for a in docs:
        date = (a.get("date_extracted") or "")[:10] or None
        doc = pipe(Document(a["content"], title=a.get("title"), published=date))
        for sp in doc.layers.get("entities", []):
            actor = sp.attrs.get("actor") or {}
            stats[f"{sp.label}"] += 1
            if sp.label != "PER":
                if actor.get("country") or actor.get("code"):
                    stats[f"{sp.label} coded"] += 1
                continue
            src = sp.attrs.get("source")
            coded = bool(actor.get("country") or actor.get("code"))
            stats[f"PER {src} {'coded' if coded else 'unknown'}"] += 1
            stats["PER coded" if coded else "PER unknown"] += 1
            mentions.append((doc, sp))
    dt = time.time() - t0
    print(f"{len(docs)} articles in {dt:.1f} s ({dt / max(1, len(docs)) * 1000:.0f} ms/article)")
    for k in sorted(stats):
        print(f"  {k:28} {stats[k]}")
    per = stats["PER coded"] + stats["PER unknown"]
    if per:
        print(f"person mentions with a country or code: {stats['PER coded']}/{per} = {stats['PER coded'] / per:.1%}")
    gsr_agreement()
    sample = random.Random(args.seed).sample(mentions, min(args.show, len(mentions)))
    for doc, sp in sample:
        a = sp.attrs.get("actor") or {}
        ctx = doc.text[max(0, sp.start - 60):sp.end + 30].replace("\n", " ")
        print(f"- {doc.text[sp.start:sp.end]} | {a.get('name')} | {a.get('code')} | {a.get('role')} | {sp.attrs.get('source')}\n    …{ctx}…")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
