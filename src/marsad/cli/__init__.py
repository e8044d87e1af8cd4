"""The ``marsad`` command. Each sub-command lives in its own module: ``marsad.cli.<name>``.

Exit status: 0 when every input was processed, 1 when some inputs were rejected (each named on
stderr, the others still processed), 2 for a usage error.
"""
from __future__ import annotations

import argparse
import importlib
import sys

from .. import __version__

COMMANDS = ("analyze", "compare", "ingest", "events", "serve", "timeline", "search")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2
        self.print_usage(sys.stderr)
        print(f"marsad: usage error: {message}", file=sys.stderr)
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="marsad",
        description="marsad (مرصد): who did what to whom, when and where, from Arabic news, with the sentence behind every field.",
        epilog="Run 'marsad COMMAND --help' for a command's options. Docs: README.md and docs/.",
    )
    parser.add_argument("--version", action="version", version=f"marsad {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMANDS:
        try:
            mod = importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as exc:
            if exc.name and exc.name.startswith(f"{__name__}.{name}"):
                continue
            raise
        mod.add_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return 2
    try:
        return int(args.run(args) or 0)
    except KeyboardInterrupt:
        print("marsad: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # last resort: one line, no traceback
        from ..errors import MarsadError

        if isinstance(exc, MarsadError):
            print(f"marsad: {exc.line()}", file=sys.stderr)
        else:
            print(f"marsad: {args.command} failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1


def run() -> None:
    sys.exit(main())
