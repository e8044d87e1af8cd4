"""``marsad analyze``: analyse articles and print the result (``--json``: the contract's JSON object)."""
from __future__ import annotations

import argparse
import json
import sys

from ._common import add_inputs, valid_date


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "analyze", help="analyse articles: layout, entities, dates, numbers, PLOVER events, cross-document links",
        description="Analyse articles and print what was found. INPUT is a file (.txt .html .json .jsonl .zip .warc "
                    ".warc.gz), a folder (walked), or '-' for standard input.",
    )
    add_inputs(p)
    p.add_argument("--json", action="store_true", help="print one JSON object (documents + links) on stdout")
    p.add_argument("--published", type=valid_date, metavar="DATE",
                   help="publication date YYYY-MM-DD for inputs that carry none (anchors 'Friday', 'yesterday')")
    p.add_argument("--no-links", action="store_true", help="skip linking across documents")
    p.add_argument("--tokens", action="store_true", help="include tokens in the JSON")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from ..api import analyze_many, link
    from ..doc import Document
    from ._common import gather_inputs

    inputs, status = gather_inputs(args)
    docs: list[Document] = []
    for item in analyze_many(inputs, published=args.published):
        if isinstance(item, Document):
            docs.append(item)
        elif item.skipped:
            print(f"marsad: skipped {item.line()}", file=sys.stderr)
        else:
            print(f"marsad: rejected {item.line()}", file=sys.stderr)
            status = 1
    links = {"same_event": [], "stories": [], "contradictions": []} if args.no_links else link(docs)
    if args.json:
        out = {"documents": [d.to_dict(tokens=args.tokens) for d in docs], "links": links}
        json.dump(out, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        from ..report import print_summary

        print_summary(docs, links, sys.stdout)
    return status
