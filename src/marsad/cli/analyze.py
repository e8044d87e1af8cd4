"""``marsad analyze``: analyse articles and print the result (``--json``: the contract's JSON object).

Many inputs are analysed on several local processes (one per core by default, ``--workers``); documents are
printed in input order as they come, so the output is the same whatever the number of workers.
"""
from __future__ import annotations

import argparse
import json
import sys

from ._common import add_inputs, valid_date
from .ingest import MIN_PARALLEL, positive_int


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
    p.add_argument("--workers", type=positive_int, metavar="N",
                   help=f"analyse on N local processes; 1 analyses in this process (default: one per core, "
                        f"or MARSAD_WORKERS, when there are at least {MIN_PARALLEL} documents)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from ..api import analyze_many
    from ..corpus.links import Linker
    from ..doc import Document
    from ..scale.parallel import default_workers, limit_blas_threads
    from ._common import gather_inputs

    limit_blas_threads()

    inputs, status = gather_inputs(args)
    workers = args.workers or default_workers()
    # documents are linked as they come (the work each needs on its own overlaps the analysis of the next
    # ones); the text summary needs every document
    linker = None if args.no_links else Linker()
    docs: list[Document] = []
    out = sys.stdout
    first = True
    if args.json:
        out.write('{"documents": [')
    for item in analyze_many(inputs, published=args.published, workers=workers, min_parallel=MIN_PARALLEL,
                             started=None if linker is None else linker.preload):
        if isinstance(item, Document):
            d = item.to_dict(tokens=args.tokens) if args.json else None
            if linker is not None:
                d = linker.add(item, d)
            if args.json:       # streamed: the same text as one json.dump of the whole object
                out.write(("" if first else ", ") + json.dumps(d, ensure_ascii=False))
                first = False
            else:
                docs.append(item)
        elif item.skipped:
            print(f"marsad: skipped {item.line()}", file=sys.stderr)
        else:
            print(f"marsad: rejected {item.line()}", file=sys.stderr)
            status = 1
    links = {"same_event": [], "stories": [], "contradictions": []} if linker is None else linker.links()
    if args.json:
        out.write('], "links": ' + json.dumps(links, ensure_ascii=False) + "}\n")
    else:
        from ..report import print_summary

        print_summary(docs, links, out)
    return status
