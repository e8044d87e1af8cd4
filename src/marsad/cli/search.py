"""``marsad search``: full-text search of a store (Arabic spelling and clitics folded), with snippets."""
from __future__ import annotations

import argparse
import json
import sys


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "search", help="find stored documents containing every word of a query, with snippets",
        description="Search the documents stored at --db. Spelling variants (hamza, alef maqsura, taa marbuta, "
                    "diacritics, الأمريكي/الأميركي) and attached particles (و ف ب ل ك ال, pronoun suffixes) are "
                    "folded, so الدفاع finds والدفاع. Snippets are cut from the original text, matches in [brackets].",
    )
    p.add_argument("--db", required=True, metavar="PATH", help="store: a SQLite file or a postgresql:// URL")
    p.add_argument("query", nargs="+", metavar="QUERY", help="words to look for (all must occur)")
    p.add_argument("--limit", type=int, default=20, metavar="N", help="at most N documents (default 20)")
    p.add_argument("--offset", type=int, default=0, metavar="N", help="skip the first N documents")
    p.add_argument("--json", action="store_true", help="print one JSON object per matching document")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from ..store import Store

    query = " ".join(args.query)
    with Store.open(args.db, create=False) as store:
        hits = store.search(query, limit=args.limit, offset=args.offset)
    if args.json:
        for h in hits:
            sys.stdout.write(json.dumps(h.to_dict(), ensure_ascii=False) + "\n")
        return 0
    if not hits:
        print(f"no document matches {query!r}")
        return 0
    for h in hits:
        head = " · ".join(x for x in (h.published, h.publisher, h.id) if x)
        print(f"{h.title or '(untitled)'}\n  {head}\n  {h.snippet}\n")
    return 0
