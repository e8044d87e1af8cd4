"""Files, folders and standard input: each input is read on its own, by extension (or by sniffing).

Folders are walked in sorted order, hidden files and folders skipped. Whatever goes wrong with
one file becomes one :class:`Rejected` line; the files beside it are still read.
"""
from __future__ import annotations

import gzip
import io
import os
import sys
import zlib
from pathlib import Path
from typing import Iterator

from .archive import read_zip
from .decode import DecodeError, declared_charset, decode
from .record import Record, Rejected
from .records import is_jsonl, read_json, read_jsonl, read_jsonl_stream
from .warc import read_warc

MAX_DEPTH = 3          # archives inside archives
STREAM_BYTES = 32 * 1024 * 1024   # JSONL files larger than this are read line by line
TEXT_EXT = (".txt", ".text", ".md")
HTML_EXT = (".html", ".htm", ".xhtml", ".shtml")
FEED_EXT = (".rss", ".atom", ".xml")

Item = Record | Rejected


def _ext(name: str) -> str:
    low = name.lower()
    for double in (".warc.gz", ".jsonl.gz", ".json.gz"):
        if low.endswith(double):
            return double
    return os.path.splitext(low)[1]


def _looks_html(text: str) -> bool:
    head = text[:1024].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) and "<html" in text[:4096].lower()


def read_bytes(name: str, data: bytes, source: str, depth: int = 0) -> Iterator[Item]:
    """Records in ``data``, read as the kind of file ``name`` says (archive members come here too)."""
    ext = _ext(name)
    if ext in (".warc", ".warc.gz") or data[:8] == b"WARC/1.0" or data[:8] == b"WARC/1.1":
        yield from read_warc(io.BytesIO(data), source=source)
        return
    if ext == ".zip" or (data[:4] == b"PK\x03\x04" and ext not in TEXT_EXT + HTML_EXT + (".json", ".jsonl")):
        if depth >= MAX_DEPTH:
            yield Rejected(source, "archives nested too deeply")
            return
        yield from read_zip(data, source=source, depth=depth, dispatch=_member)
        return
    if ext.endswith(".gz") or data[:2] == b"\x1f\x8b":
        yield from _read_gzip(name, data, source, depth)
        return
    if ext in FEED_EXT or (ext not in TEXT_EXT + HTML_EXT and data.lstrip()[:5] == b"<?xml"):
        from .web import Fetched, looks_like_feed, read_feed

        if looks_like_feed(data.lstrip()):
            yield from read_feed(Fetched("", data, "application/xml"), source, fetch_pages=False)
            return
    try:
        text = decode(data, declared_charset(data) if ext in HTML_EXT else None)
    except DecodeError as exc:
        yield Rejected(source, str(exc))
        return
    base = name.rsplit("/", 1)[-1]
    if ext in (".jsonl", ".ndjson"):
        yield from read_jsonl(text, name=base, source=source)
    elif ext == ".json":
        yield from read_json(text, name=base, source=source)
    elif ext in HTML_EXT + FEED_EXT or (ext not in TEXT_EXT and (_looks_html(text) or text.startswith("<?xml"))):
        yield Record(id=base, source=source, html=text)
    else:
        yield Record(id=base, source=source, text=text)


def _member(name: str, data: bytes, source: str, depth: int) -> Iterator[Item]:
    """An archive member, guarded on its own so one bad member does not end the archive."""
    yield from guarded(read_bytes(name, data, source, depth), source)


def _read_gzip(name: str, data: bytes, source: str, depth: int) -> Iterator[Item]:
    inner = name[:-3] if name.lower().endswith(".gz") else name
    try:
        body = gzip.decompress(data)
    except (OSError, EOFError, zlib.error) as exc:
        yield Rejected(source, f"truncated or corrupt gzip file ({exc})")
        return
    if depth >= MAX_DEPTH:
        yield Rejected(source, "archives nested too deeply")
        return
    yield from read_bytes(inner, body, source, depth + 1)


def read_file(path: Path, source: str) -> Iterator[Item]:
    """One file on disk."""
    try:
        if _ext(path.name) in (".warc", ".warc.gz"):
            with open(path, "rb") as fh:
                yield from read_warc(fh, source=source)
            return
        if _ext(path.name) in (".jsonl", ".ndjson") and path.stat().st_size > STREAM_BYTES:
            with open(path, "rb") as fh:
                yield from read_jsonl_stream(fh, name=path.name, source=source)
            return
        data = path.read_bytes()
    except PermissionError:
        yield Rejected(source, "permission denied")
        return
    except OSError as exc:
        yield Rejected(source, f"cannot be read ({exc.strerror or exc})")
        return
    yield from read_bytes(path.name, data, source)


def _hidden(name: str) -> bool:
    return name.startswith(".")


def walk(folder: Path, source: str) -> Iterator[Item]:
    """Every non-hidden file below ``folder``, sorted; an empty folder is one rejection."""
    found = False
    for root, dirs, files in os.walk(folder, onerror=None):
        dirs[:] = sorted(d for d in dirs if not _hidden(d))
        for f in sorted(files):
            if _hidden(f):
                continue
            found = True
            p = Path(root, f)
            yield from guarded(read_file(p, os.path.join(source, os.path.relpath(p, folder))),
                               os.path.join(source, os.path.relpath(p, folder)))
    if not found:
        yield Rejected(source, "empty folder (no readable files)")


def read_stdin(stream: io.BufferedIOBase | None = None) -> Iterator[Item]:
    """Standard input: JSONL when every non-empty line is a JSON object, else one article (text or HTML)."""
    source = "<stdin>"
    stream = stream or sys.stdin.buffer
    try:
        data = stream.read()
    except OSError as exc:
        yield Rejected(source, f"cannot be read ({exc})")
        return
    if data[:4] == b"PK\x03\x04" or data[:2] == b"\x1f\x8b" or data[:5] == b"WARC/":
        yield from read_bytes("stdin", data, source)
        return
    try:
        text = decode(data)
    except DecodeError as exc:
        yield Rejected(source, str(exc))
        return
    if is_jsonl(text):
        yield from read_jsonl(text, name="stdin", source=source)
    elif text.lstrip().startswith("[") and text.rstrip().endswith("]"):
        yield from read_json(text, name="stdin", source=source)
    elif _looks_html(text):
        yield Record(id="stdin", source=source, html=text)
    else:
        yield Record(id="stdin", source=source, text=text)


def guarded(items: Iterator[Item], source: str) -> Iterator[Item]:
    """Pass ``items`` through; an unexpected failure ends that input with one rejection, not a traceback."""
    try:
        yield from items
    except MemoryError:
        yield Rejected(source, "too large to read in memory")
    except RecursionError:
        yield Rejected(source, "nested too deeply to read")
    except Exception as exc:  # a reader bug on one input must not stop the others
        yield Rejected(source, f"cannot be read ({type(exc).__name__}: {exc})")


def read_path(item: str) -> Iterator[Item]:
    """A file or folder named on the command line."""
    path = Path(item)
    try:
        exists = path.exists()
    except OSError as exc:  # e.g. a name too long
        yield Rejected(item, f"cannot be read ({exc.strerror or exc})")
        return
    if not exists:
        yield Rejected(item, "no such file or directory")
    elif path.is_dir():
        yield from walk(path, item)
    elif path.is_file():
        yield from guarded(read_file(path, item), item)
    else:
        yield Rejected(item, "not a regular file or folder")
