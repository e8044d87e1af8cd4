"""``marsad serve``: the web UI at ``/`` and the JSON API under ``/api/`` over a store."""
from __future__ import annotations

import argparse
import os
import sys


def _port(value: str) -> int:
    try:
        p = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: {value!r}") from None
    if not 0 <= p <= 65535:
        raise argparse.ArgumentTypeError(f"port out of range 0..65535: {value!r}")
    return p


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "serve", help="web UI and JSON API over a store",
        description="Serve the store at --db: an Arabic (right-to-left) web UI at / (English with ?lang=en), a JSON "
                    "API under /api/ documented at /openapi.json and /docs. Listens on the loopback interface "
                    "unless --host says otherwise. The store is opened read-only: ingest may run at the same time.",
    )
    p.add_argument("--db", required=True, metavar="PATH", help="store file (made by marsad ingest), or a postgresql:// URL")
    p.add_argument("--host", default="127.0.0.1", help="interface to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=_port, default=8000, help="port (default 8000; 0 picks a free one)")
    p.add_argument("--log-level", default="warning", choices=("critical", "error", "warning", "info", "debug"),
                   help="server log level (default warning)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if not args.db.lower().startswith(("postgresql://", "postgres://")) and not os.path.isfile(args.db):
        print(f"marsad: {args.db}: no such store [E004]", file=sys.stderr)
        return 1
    from ..errors import MarsadError
    from ..web import create_app

    try:
        app = create_app(args.db)
    except MarsadError as exc:
        print(f"marsad: {exc.line()}", file=sys.stderr)
        return 1
    problem = _cannot_listen(args.host, args.port)
    if problem:
        print(f"marsad: cannot listen on {args.host}:{args.port}: {problem}", file=sys.stderr)
        return 1
    import uvicorn

    from ..store.postgres import redact

    print(f"marsad: serving {redact(args.db)} at http://{args.host}:{args.port}/", file=sys.stderr, flush=True)
    try:
        uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level, access_log=False)
    except SystemExit as exc:   # the server gave up (it said why on stderr)
        return 1 if exc.code else 0
    return 0


def _cannot_listen(host: str, port: int) -> str | None:
    """Why ``host:port`` cannot be listened on (address in use, unknown host...), or None."""
    import socket

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError as exc:
        return str(exc.strerror or exc)
    family, _, _, _, addr = infos[0]
    with socket.socket(family, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(addr)
        except OSError as exc:
            return str(exc.strerror or exc)
    return None
