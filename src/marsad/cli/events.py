"""``marsad events``: export the events of a store (PLOVER JSONL, CSV, TSV, POLECAT TSV, Parquet)."""
from __future__ import annotations

import argparse
import sys

from ._common import valid_date

FORMATS = ("jsonl", "csv", "tsv", "polecat", "parquet")


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "events", help="export a store's events: PLOVER JSONL, CSV, TSV, POLECAT TSV or Parquet",
        description="Print or write the events stored at --db. jsonl: one PLOVER JSON record per line; csv/tsv: "
                    "flat columns; polecat: POLECAT-style TSV; parquet: flat columns plus the JSON record "
                    "(needs --output or a redirected stdout). Oldest first. Events of kinds outside PLOVER (statement "
                    "extensions) are left out unless --include-extensions or --only-extensions.",
    )
    p.add_argument("--db", required=True, metavar="PATH", help="store: a SQLite file or a postgresql:// URL")
    p.add_argument("--format", choices=FORMATS, default=None, help="output format (default: from --output's "
                   "extension, else jsonl)")
    p.add_argument("--type", metavar="T", help="PLOVER category, e.g. CONSULT (comma-separated for several)")
    p.add_argument("--since", type=valid_date, metavar="DATE", help="events on or after DATE (YYYY-MM-DD)")
    p.add_argument("--until", type=valid_date, metavar="DATE", help="events on or before DATE (YYYY-MM-DD)")
    p.add_argument("--actor", metavar="X", help="actor or recipient: a name (any spelling) or a code such as SAU")
    p.add_argument("--doc", metavar="ID", help="events of one document")
    p.add_argument("--story", metavar="ID", help="events of one story")
    p.add_argument("--limit", type=int, metavar="N", help="at most N events")
    p.add_argument("--offset", type=int, default=0, metavar="N", help="skip the first N events")
    ext = p.add_mutually_exclusive_group()
    ext.add_argument("--include-extensions", action="store_true",
                     help="also export statement-extension events (marked \"extension\": true), after the PLOVER ones")
    ext.add_argument("--only-extensions", action="store_true", help="export only statement-extension events")
    p.add_argument("--output", "-o", metavar="FILE", help="write to FILE instead of standard output")
    p.set_defaults(run=run)


def _format(args: argparse.Namespace) -> str:
    if args.format:
        return args.format
    if args.output:
        ext = args.output.rsplit(".", 1)[-1].lower()
        if ext in FORMATS:
            return ext
    return "jsonl"


def run(args: argparse.Namespace) -> int:
    from ..errors import UsageError
    from ..store import Store
    from ..store import export

    fmt = _format(args)
    if fmt == "parquet" and not args.output and sys.stdout.isatty():
        raise UsageError("parquet is binary: give --output FILE or redirect standard output", input="--format")
    with Store.open(args.db, create=False) as store:
        q = dict(type=args.type, since=args.since, until=args.until, actor=args.actor, doc=args.doc, story=args.story,
                 order="asc")
        if args.only_extensions:
            rows = store.events(**q, extensions=True, limit=args.limit, offset=args.offset)
        else:
            rows = store.events(**q, extensions=False, limit=args.limit, offset=args.offset)
            if args.include_extensions:
                rows += store.events(**q, extensions=True)
        if fmt == "parquet":
            data, _ = export.parquet_bytes(rows)
            if args.output:
                with open(args.output, "wb") as f:
                    f.write(data)
            else:
                sys.stdout.buffer.write(data)
                sys.stdout.flush()
            return 0
        writer = export.TEXT_WRITERS[fmt]
        if args.output:
            with open(args.output, "w", encoding="utf-8", newline="") as f:
                writer(rows, f)
        else:
            writer(rows, sys.stdout)
    return 0
