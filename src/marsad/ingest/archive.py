"""Zip archives: members are read like files (``archive.zip!member``); a truncated zip is salvaged.

When the central directory is missing or broken, the local file headers are scanned in order and
every member whose data is complete (and whose CRC matches) is still read; the archive itself is
then reported once as truncated or corrupt.
"""
from __future__ import annotations

import io
import struct
import zipfile
import zlib
from typing import Callable, Iterator

from .record import Record, Rejected

MAX_MEMBER = 512 * 1024 * 1024  # refuse members that inflate beyond this (zip bombs)
_LOCAL = b"PK\x03\x04"

Dispatch = Callable[[str, bytes, str, int], Iterator[Record | Rejected]]


def _hidden(name: str) -> bool:
    parts = [p for p in name.replace("\\", "/").split("/") if p]
    return not parts or any(p.startswith(".") or p == "__MACOSX" for p in parts)


def read_zip(data: bytes, *, source: str, depth: int, dispatch: Dispatch) -> Iterator[Record | Rejected]:
    """Every member of the zip ``data`` through ``dispatch(name, bytes, source, depth)``."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except Exception as exc:  # BadZipFile, NotImplementedError, struct.error...: scan what is there
        yield from _salvage(data, source=source, depth=depth, dispatch=dispatch, why=str(exc))
        return
    members = sorted((i for i in infos if not i.is_dir() and not _hidden(i.filename)), key=lambda i: i.filename)
    if not members:
        yield Rejected(source, "empty (no files in the zip archive)")
        return
    for info in members:
        where = f"{source}!{info.filename}"
        if info.file_size > MAX_MEMBER:
            yield Rejected(where, f"too large to read ({info.file_size} bytes uncompressed)")
            continue
        try:
            body = zf.read(info)
        except RuntimeError as exc:  # encrypted member
            yield Rejected(where, f"cannot be read from the archive: {exc}")
            continue
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, ValueError) as exc:
            yield Rejected(where, f"corrupt in the archive: {exc}")
            continue
        yield from dispatch(info.filename.rsplit("/", 1)[-1], body, where, depth + 1)


def _salvage(data: bytes, *, source: str, depth: int, dispatch: Dispatch, why: str) -> Iterator[Record | Rejected]:
    recovered, lost = 0, 0
    for name, body in _scan_local_headers(data):
        if _hidden(name) or name.endswith("/"):
            continue
        where = f"{source}!{name}"
        if body is None:
            lost += 1
            yield Rejected(where, "truncated in the archive")
            continue
        recovered += 1
        yield from dispatch(name.rsplit("/", 1)[-1], body, where, depth + 1)
    if data[:4] != _LOCAL and not recovered:
        yield Rejected(source, f"not a zip archive or corrupt ({why})")
    else:
        yield Rejected(source, f"truncated or corrupt zip archive ({recovered} member(s) recovered, {lost} lost)")


def _scan_local_headers(data: bytes) -> Iterator[tuple[str, bytes | None]]:
    """(name, data or None if incomplete) for each local file header found in order."""
    pos = 0
    while True:
        i = data.find(_LOCAL, pos)
        if i < 0 or i + 30 > len(data):
            return
        _, _, flag, method, _, _, crc, csize, usize, nlen, xlen = struct.unpack("<IHHHHHIIIHH", data[i:i + 30])
        raw_name = data[i + 30:i + 30 + nlen]
        name = raw_name.decode("utf-8" if flag & 0x800 else "cp437", "replace")
        start = i + 30 + nlen + xlen
        sized = not (flag & 0x08) and csize != 0xFFFFFFFF
        body: bytes | None = None
        end = start
        if flag & 0x01:  # encrypted
            body = None
        elif method == 0 and sized:
            end = start + csize
            if end <= len(data):
                body = data[start:end]
        elif method == 8:
            d = zlib.decompressobj(-15)
            chunk = data[start:start + csize] if sized else data[start:]
            try:
                out = d.decompress(chunk, MAX_MEMBER)
                if d.eof:
                    body = out
                    end = start + len(chunk) - len(d.unused_data)
            except zlib.error:
                body = None
        if body is not None and sized and zlib.crc32(body) != crc:
            body = None
        yield name, body
        pos = max(end, i + 4)
