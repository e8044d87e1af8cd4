"""``marsad compare``: how two reports relate (similarity, same story, shared facts, disagreements)."""
from __future__ import annotations

import argparse
import json
import sys
from typing import Any


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "compare", help="compare two articles, or many pairs from a JSONL file",
        description="Compare two documents side by side: story similarity (0..1), same_story, shared entities, "
                    "events both report, what only one reports, and where they disagree. With --pairs, read JSONL "
                    'lines {"id", "a": {"text", ...}, "b": {"text", ...}} and print one JSON line per pair.',
    )
    p.add_argument("docs", nargs="*", metavar="DOC", help="two files (any input kind; the first article of each)")
    p.add_argument("--pairs", metavar="FILE.jsonl", help="batch mode: one pair per line")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--published", metavar="DATE", help="publication date for inputs that carry none")
    p.set_defaults(run=run)


def _record_doc(side: dict[str, Any], rid: str):
    from ..api import default_pipeline
    from ..ingest import to_document
    from ..ingest.record import Record

    if not isinstance(side, dict):
        raise ValueError(f"side {rid!r} is not an object")
    text = side.get("text") if isinstance(side.get("text"), str) and side["text"].strip() else None
    title = side.get("title") if isinstance(side.get("title"), str) and side["title"].strip() else None
    if not (text or side.get("html")):
        if not title:
            raise ValueError(f"side {rid!r} has no text")
        text = title                       # a record with a headline only is compared on its headline
    rec = Record(id=str(side.get("id") or rid), source=rid, text=text, html=side.get("html"),
                 url=side.get("url"), title=title, published=side.get("published"),
                 publisher=side.get("source"))
    return default_pipeline()(to_document(rec))


def _run_pairs(args: argparse.Namespace) -> int:
    from ..corpus.compare import compare_profiles
    from ..corpus.similarity import embed_profiles, profile_of, story_embedder_name

    status = 0
    pairs = []
    try:
        fh = sys.stdin if args.pairs == "-" else open(args.pairs, encoding="utf-8")
    except OSError as exc:
        print(f"marsad: rejected {args.pairs}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    with fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
                pid = rec.get("id", lineno)
                a = profile_of(_record_doc(rec["a"], f"{pid}/a"))
                b = profile_of(_record_doc(rec["b"], f"{pid}/b"))
                pairs.append((pid, a, b))
            except Exception as exc:  # one broken pair never stops the others
                print(f"marsad: rejected {args.pairs}:{lineno}: {type(exc).__name__}: {exc}", file=sys.stderr)
                status = 1
    embed_profiles([p for _, a, b in pairs for p in (a, b)], story_embedder_name("pairs"))
    for pid, a, b in pairs:
        res = compare_profiles(a, b)
        out = {"id": pid, "similarity": res["similarity"], "same_story": res["same_story"]}
        if args.json:
            out.update({k: v for k, v in res.items() if k not in ("similarity", "same_story")})
        sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
    return status


def run(args: argparse.Namespace) -> int:
    if args.pairs:
        return _run_pairs(args)
    if len(args.docs) != 2:
        print("marsad: usage error: compare needs two documents (or --pairs FILE.jsonl)", file=sys.stderr)
        return 2
    from ..api import analyze_many
    from ..corpus.compare import compare_documents
    from ..doc import Document

    docs, status = [], 0
    for path in args.docs:
        got = [d for d in analyze_many([path], published=args.published)]
        good = [d for d in got if isinstance(d, Document)]
        for bad in got:
            if not isinstance(bad, Document):
                print(f"marsad: rejected {bad.line()}", file=sys.stderr)
                status = 1
        if not good:
            return 1
        docs.append(good[0])
    res = compare_documents(docs[0], docs[1])
    if args.json:
        print(json.dumps(res, ensure_ascii=False))
    else:
        _print_side_by_side(res)
    return status


def _print_side_by_side(res: dict[str, Any]) -> None:
    print(f"similarity {res['similarity']:.3f}   same story: {'yes' if res['same_story'] else 'no'}")
    print(f"  A: {res['a']['title']}  ({res['a']['published'] or 'date unknown'})")
    print(f"  B: {res['b']['title']}  ({res['b']['published'] or 'date unknown'})")
    print("shared:  " + "، ".join(res["shared_entities"]))
    print("only A:  " + "، ".join(res["only_a_entities"]))
    print("only B:  " + "، ".join(res["only_b_entities"]))
    for pair in res["events_both"]:
        print(f"both report: {pair['a']['event']} {pair['a'].get('date') or ''}")
    for ev in res["events_only_a"]:
        print(f"only A reports: {ev['event']} {ev.get('date') or ''}")
    for ev in res["events_only_b"]:
        print(f"only B reports: {ev['event']} {ev.get('date') or ''}")
    for c in res["disagreements"]:
        print(f"disagree on {c['field']}: " + " / ".join(str(v['value']) for v in c["values"]))
