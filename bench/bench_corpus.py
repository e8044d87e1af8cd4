"""Near-duplicates and stories over SaudiNewsNet: groups found, time and peak memory per stage.

    .venv/bin/python bench/bench_corpus.py [--limit N] [--stories-limit M] [--analyse none|entities|full]
                                           [--sample 30] [--out FILE]

Stages (one process, in this order, so the peak resident size after each stage bounds what it added):
baseline (read the zips, normalise title + text), duplicates (MinHash + LSH over every article), profiles
(title + lead, entities from the pipeline when ``--analyse`` asks for them), embeddings (e5 of title + lead,
batched; rate and projected time for the whole corpus are printed), stories (incremental clustering).
``--out`` writes titles and sources of a random sample of duplicate groups and multi-document stories for
reading by hand. Prints figures; never fails a build.
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import random
import resource
import sys
import time
import zipfile
from collections import Counter

CORPUS = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "corpora", "saudinewsnet")


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu_s() -> float:
    ru = resource.getrusage(resource.RUSAGE_SELF)
    return ru.ru_utime + ru.ru_stime


class Stage:
    def __init__(self, name: str) -> None:
        self.name = name

    def __enter__(self) -> "Stage":
        self.t, self.c = time.perf_counter(), cpu_s()
        return self

    def __exit__(self, *exc: object) -> None:
        print(f"[{self.name:<10}] wall {time.perf_counter() - self.t:8.1f} s   cpu {cpu_s() - self.c:8.1f} s   "
              f"peak RSS {peak_mb():7.0f} MB", flush=True)


def load(limit: int | None) -> list[dict]:
    arts: list[dict] = []
    paths = sorted(glob.glob(os.path.join(CORPUS, "*.zip")))
    if not paths:
        sys.exit(f"bench_corpus: no SaudiNewsNet zips in {os.path.abspath(CORPUS)}")
    for path in paths:
        with zipfile.ZipFile(path) as z:
            for name in sorted(n for n in z.namelist() if n.endswith(".json")):
                arts += json.loads(z.read(name).decode("utf-8"))
        if limit and len(arts) >= limit:
            break
    arts = arts[:limit] if limit else arts
    for i, a in enumerate(arts):
        a["id"] = f"snn{i:05d}"
        a["title"], a["content"] = a.get("title") or "", a.get("content") or ""
    return arts


def profiles_of(arts: list[dict], analyse: str):
    from marsad.corpus.similarity import LEAD_CHARS, Profile, profile_of

    if analyse == "none":
        return [Profile(id=a["id"], title=a["title"], lead=(a["title"] + "\n" + a["content"])[:LEAD_CHARS],
                        published=a["date_extracted"]) for a in arts]
    from marsad.ingest.document import to_document
    from marsad.ingest.record import Record
    from marsad.pipeline import Pipeline, default_pipeline

    pipe = default_pipeline() if analyse == "full" else Pipeline(("language", "line_roles", "sentences", "entities"))
    out = []
    for a in arts:
        rec = Record(id=a["id"], source="saudinewsnet", text=a["content"] or a["title"], title=a["title"],
                     published=a["date_extracted"], publisher=a["source"])
        out.append(profile_of(pipe(to_document(rec))))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, help="first N articles (default: all 31,030)")
    ap.add_argument("--stories-limit", type=int, default=1500,
                    help="articles clustered into stories (embedding is the slow part; default 1500, 0 = all)")
    ap.add_argument("--analyse", choices=("none", "entities", "full"), default="entities",
                    help="what runs to get each profile's entities (default: the pipeline up to entities)")
    ap.add_argument("--sample", type=int, default=30, help="groups of each kind written to --out")
    ap.add_argument("--out", help="file for the hand-check sample")
    ap.add_argument("--cache", help="an .npz file keeping lead embeddings between runs (read if present, then written)")
    args = ap.parse_args()

    print(f"start peak RSS {peak_mb():.0f} MB")
    with Stage("baseline"):
        from marsad.lang.ar.normalise import norm

        arts = load(args.limit)
        chars = sum(len(norm(a["title"] + "\n" + a["content"])) for a in arts)
    texts = Counter(a["content"].strip() for a in arts)
    print(f"  {len(arts)} articles, {chars / 1e6:.1f} M normalised chars; empty content: {texts.get('', 0)}; "
          f"records repeating an earlier non-empty content exactly: {sum(n - 1 for t, n in texts.items() if t and n > 1)}")

    with Stage("duplicates"):
        from marsad.corpus.dedup import NearDuplicateIndex

        index = NearDuplicateIndex()
        pairs = index.add_many((a["id"], a["title"] + "\n" + a["content"], a["date_extracted"]) for a in arts)
        groups = index.groups(pairs)
    by_id = {a["id"]: a for a in arts}
    cross = sum(1 for g in groups if len({by_id[m]["source"] for m in g.members}) > 1)
    print(f"  {len(index)} indexed, {len(pairs)} pairs, {len(groups)} groups ({cross} across outlets), "
          f"{sum(len(g.members) for g in groups)} documents in groups, largest {max((len(g.members) for g in groups), default=0)}")

    sub = arts if args.stories_limit == 0 else arts[: args.stories_limit]
    with Stage("profiles"):
        profs = profiles_of(sub, args.analyse)
    print(f"  {len(profs)} profiles ({args.analyse}); with entities: {sum(1 for p in profs if p.entities)}")

    with Stage("embeddings"):
        from marsad.corpus.similarity import embed_profiles

        import numpy as np

        cached = dict(np.load(args.cache)) if args.cache and os.path.exists(args.cache) else {}
        for p in profs:
            if p.id in cached:
                p.vec = cached[p.id]
        todo = [p for p in profs if p.vec is None]
        t = time.perf_counter()
        embed_profiles(todo)
        dt_ = time.perf_counter() - t
        if args.cache:
            cached.update({p.id: p.vec for p in profs})
            np.savez(args.cache, **cached)
    if todo:
        rate = len(todo) / dt_ if dt_ else float("inf")
        print(f"  {len(todo)} embedded at {rate:.2f} leads/s; all {len(arts)} articles would take "
              f"{len(arts) / rate / 3600:.1f} h at this rate")
    else:
        print("  all lead embeddings read from the cache")

    with Stage("stories"):
        from marsad.corpus.stories import cluster_stories

        stories = cluster_stories(profs)
    multi = [s for s in stories if len(s.members) > 1]
    sizes = Counter(min(len(s.members), 5) for s in multi)
    print(f"  {len(stories)} stories from {len(profs)} documents; {len(multi)} with 2+ documents "
          f"(sizes 2/3/4/5+: {sizes[2]}/{sizes[3]}/{sizes[4]}/{sizes[5]}); "
          f"{sum(1 for s in multi if len({by_id[p.id]['source'] for p in s.members}) > 1)} across outlets")

    if args.out:
        rng = random.Random(7)
        with open(args.out, "w", encoding="utf-8") as fh:
            fh.write("# DUPLICATE GROUPS\n")
            for i, g in enumerate(rng.sample(groups, min(args.sample, len(groups)))):
                fh.write(f"\n## D{i}\n")
                for m in g.members:
                    a = by_id[m]
                    fh.write(f"{a['date_extracted'][:10]} {a['source']:<12} {a['title'][:90]} | {a['content'][:100]!r}\n")
            fh.write("\n# STORIES\n")
            for i, s in enumerate(rng.sample(multi, min(args.sample, len(multi)))):
                fh.write(f"\n## S{i}\n")
                for p in s.members:
                    a = by_id[p.id]
                    fh.write(f"{a['date_extracted'][:10]} {a['source']:<12} {a['title'][:90]} | {a['content'][:100]!r}\n")
        print(f"sample written to {args.out}")


if __name__ == "__main__":
    main()
