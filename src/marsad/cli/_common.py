"""Argument helpers shared by the sub-commands."""
from __future__ import annotations

import argparse
import datetime as dt
import os
import sys


def valid_date(value: str) -> str:
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def valid_url(value: str) -> str:
    if not value.lower().startswith(("http://", "https://")) or len(value) < 10:
        raise argparse.ArgumentTypeError(f"not an http(s) URL: {value!r}")
    return value


def add_inputs(p: argparse.ArgumentParser, *, required: bool = True) -> None:
    """INPUT... positionals and ``--url``; when ``required``, at least one of them must be given."""
    p.add_argument("inputs", nargs="*", metavar="INPUT",
                   help="files (.txt .html .json .jsonl .zip .warc .warc.gz), folders (walked), or '-' for stdin")
    p.add_argument("--url", action="append", default=[], metavar="URL", type=valid_url,
                   help="fetch an article page or an RSS/Atom feed (one record per entry); repeatable")
    p.set_defaults(_inputs_parser=p, _inputs_required=required)


def gather_inputs(args: argparse.Namespace) -> tuple[list[str], int]:
    """The inputs named on the command line, then the URLs; a usage error (exit 2) when none is given
    to a command that needs some, or when '-' is named twice."""
    inputs = list(getattr(args, "inputs", []) or []) + list(getattr(args, "url", []) or [])
    parser = getattr(args, "_inputs_parser", None)
    if not inputs and getattr(args, "_inputs_required", False):
        _usage_error(parser, "give at least one INPUT or --url")
    if inputs.count("-") > 1:
        _usage_error(parser, "standard input ('-') can be read only once")
    return inputs, 0


def _usage_error(parser: argparse.ArgumentParser | None, message: str) -> None:
    if parser is not None:
        parser.error(message)  # prints usage and exits 2
    print(f"marsad: usage error: {message}", file=sys.stderr)
    raise SystemExit(2)


def progress_enabled() -> bool:
    return sys.stderr.isatty() and not os.environ.get("MARSAD_NO_PROGRESS")
