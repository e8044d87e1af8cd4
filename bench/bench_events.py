"""Event coding on SaudiNewsNet articles: events per article, type distribution, speed, a sample to read.

usage: .venv/bin/python bench/bench_events.py [--n 500] [--sample 50] [--sample-out FILE] [--seed 7] [--days 0]
       [--no-classifier]
Prints figures only; never fails a build. Needs ../shared/corpora/saudinewsnet.
"""
from __future__ import annotations

import argparse
import collections
import json
import random
import sys
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "saudinewsnet"


def articles(n: int, seed: int = 7, days: int = 0) -> list[dict]:
    """``n`` articles; with ``days`` > 0, from that many days drawn with ``seed`` (a fresh sample per seed)."""
    out: list[dict] = []
    paths = sorted(CORPUS.glob("*.zip"))
    if days:
        paths = random.Random(seed).sample(paths, min(days, len(paths)))
    for path in paths:
        with zipfile.ZipFile(path) as z:
            for name in z.namelist():
                if name.endswith(".json"):
                    out.extend(json.loads(z.read(name).decode("utf-8")))
        if len(out) >= n * 4 and not days:
            break
    random.Random(seed).shuffle(out)
    return out[:n]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=500)
    ap.add_argument("--sample", type=int, default=50)
    ap.add_argument("--sample-out", type=Path, default=None)
    ap.add_argument("--seed", type=int, default=7, help="shuffle (and day draw) seed")
    ap.add_argument("--days", type=int, default=0, help="draw articles from this many random days")
    ap.add_argument("--no-classifier", action="store_true", help="triggers only (no embedding)")
    ap.add_argument("--types", default="", help="sample only these event types, comma-separated (e.g. ASSAULT,PROTEST)")
    a = ap.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"{CORPUS}: not found; nothing to measure")
        return 0
    from marsad.events import classifier
    from marsad.ingest import to_document
    from marsad.ingest.record import Record
    from marsad.pipeline import DEFAULT_ORDER, Pipeline

    if a.no_classifier:
        classifier.confirm = lambda *args, **kw: None   # type: ignore[assignment]
    from marsad.errors import ResourceError

    steps = [n for n in DEFAULT_ORDER if n != "events"]
    probe = to_document(Record(id="probe", source="", text="قال الوزير إن الاجتماع عقد في الرياض أمس."))
    for name in list(steps):      # a component whose model is not built yet is left out, and said so
        try:
            Pipeline((name,))(probe)
        except ResourceError as exc:
            print(f"left out {name}: {exc}", file=sys.stderr)
            steps.remove(name)
    before = Pipeline(tuple(steps))
    events_step = Pipeline(("events",))
    docs, failed = [], 0
    for i, art in enumerate(articles(a.n, a.seed, a.days)):
        rec = Record(id=f"snn{i}", source=art.get("url", ""), text=art.get("content", ""), title=art.get("title"),
                     published=(art.get("date_extracted") or "")[:10] or None)
        try:
            docs.append(before(to_document(rec)))
        except Exception as exc:   # a failing upstream component is reported, not fatal here
            failed += 1
            if failed <= 3:
                print(f"upstream failed on {rec.id}: {type(exc).__name__}: {str(exc)[:120]}", file=sys.stderr)
    n_sent = sum(len([s for s in d.layers.get("sentences", ())]) for d in docs)
    t0, c0 = time.perf_counter(), time.process_time()
    for d in docs:
        events_step(d)
    dt, cpu = time.perf_counter() - t0, time.process_time() - c0
    plover = [(d, e) for d in docs for e in d.events if not e.extension]
    ext = [(d, e) for d in docs for e in d.events if e.extension]
    types = collections.Counter(e.event for _, e in plover)
    print(f"articles: {len(docs)} (upstream failures {failed}); sentences: {n_sent}")
    print(f"events: {len(plover)} PLOVER ({len(plover) / max(len(docs), 1):.2f} per article), {len(ext)} statements")
    print(f"with actor: {sum(e.actor is not None for _, e in plover) / max(len(plover), 1):.2f}; "
          f"with recipient: {sum(bool(e.recipients) for _, e in plover) / max(len(plover), 1):.2f}; "
          f"with date: {sum(e.date is not None for _, e in plover) / max(len(plover), 1):.2f}")
    print(f"event coding: {dt:.1f}s wall, {cpu:.1f}s CPU ({cpu / max(len(docs), 1):.3f} CPU s/article), "
          f"{n_sent / max(dt, 1e-9):.0f} sentences/s")
    print("types:", ", ".join(f"{k} {v}" for k, v in types.most_common()))
    rng = random.Random(a.seed + 3)
    wanted = {t.strip().upper() for t in a.types.split(",") if t.strip()}
    pool = [(d, e) for d, e in plover if not wanted or e.event in wanted]
    sample = rng.sample(pool, min(a.sample, len(pool)))
    lines = []
    for d, e in sample:
        x = e.to_dict(d)
        r = x["recipient"] or {}
        lines.append(f"{x['event']}\t{(x['actor'] or {}).get('entity_text')}\t{r.get('entity_text')}\t{x['date']}\t"
                     f"{x['trigger']['text']}\t{x['text_info']['text'][:300]}")
    if a.sample_out:
        a.sample_out.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"sample of {len(lines)} events written to {a.sample_out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
