"""``marsad timeline A B``: the dated contacts and other events between two actors, with their sources."""
from __future__ import annotations

import argparse
import json
import sys


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "timeline", help="the channel between two actors over time",
        description="List the dated events between two actors (names in any language, surnames, or codes such as "
                    "USA, RUSMIL), reports of one event merged with all their sources. Reads INPUTs or a store (--db).",
    )
    p.add_argument("a", metavar="A", help="first actor: a name ('Lloyd Austin', 'أوستن') or a code ('USA')")
    p.add_argument("b", metavar="B", help="second actor")
    p.add_argument("inputs", nargs="*", metavar="INPUT", help="files or folders to analyse")
    p.add_argument("--db", metavar="PATH", help="read events from a store instead of INPUTs")
    p.add_argument("--published", metavar="DATE", help="publication date for inputs that carry none")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from ..corpus.event_coref import Report
    from ..corpus.timeline import timeline

    status = 0
    reports: list[Report] = []
    if args.db:
        from ..store import open_store

        with open_store(args.db, create=False) as store:
            reports = store.reports()
    elif args.inputs:
        from ..api import analyze_many
        from ..doc import Document

        for item in analyze_many(args.inputs, published=args.published):
            if isinstance(item, Document):
                reports += [Report(item.id, ev, item.published, item.source) for ev in item.to_dict()["events"]]
            else:
                print(f"marsad: rejected {item.line()}", file=sys.stderr)
                status = 1
    else:
        print("marsad: usage error: timeline needs INPUTs or --db", file=sys.stderr)
        return 2
    entries = timeline(reports, args.a, args.b)
    if args.json:
        print(json.dumps({"a": args.a, "b": args.b, "entries": [e.to_dict() for e in entries]}, ensure_ascii=False))
        return status
    if not entries:
        print(f"no events between {args.a} and {args.b}")
    for e in entries:
        aux = f" ({', '.join(e.aux)})" if e.aux else ""
        print(f"{e.date:<10}  {e.event}{'/' + e.mode if e.mode else ''}{aux}  — {len(e.sources)} source(s)")
        for s in e.sources:
            print(f"            {s['ref']}: {(s.get('evidence') or '')[:120]}")
    return status
