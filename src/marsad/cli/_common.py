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


def add_inputs(p: argparse.ArgumentParser, *, required: bool = True) -> None:
    p.add_argument("inputs", nargs="*" if not required else "+", metavar="INPUT", help="files, folders, or '-' for stdin")
    p.add_argument("--url", action="append", default=[], metavar="URL", help="fetch an article or RSS/Atom feed (needs network)")


def gather_inputs(args: argparse.Namespace) -> tuple[list[str], int]:
    """The inputs named on the command line; URLs are passed through for the readers."""
    inputs = list(getattr(args, "inputs", []) or []) + list(getattr(args, "url", []) or [])
    return inputs, 0


def progress_enabled() -> bool:
    return sys.stderr.isatty() and not os.environ.get("MARSAD_NO_PROGRESS")
