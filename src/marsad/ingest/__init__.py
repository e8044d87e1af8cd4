"""Readers: every input marsad accepts becomes :class:`Record` objects (or one-line :class:`Rejected`).

Inputs: ``.txt``, ``.html``/``.htm``, ``.jsonl``, ``.json`` (records or SaudiNewsNet objects),
``.zip`` of any of these, ``.warc``/``.warc.gz``, folders (walked), ``-`` for standard input, and
``http(s)://`` URLs (an article page or an RSS/Atom feed). :func:`to_document` turns a record
into a :class:`~marsad.doc.Document` (HTML extracted with trafilatura, metadata dates normalised).
"""
from __future__ import annotations

from typing import Iterable, Iterator

from .decode import DecodeError, decode
from .document import normalise_date, to_document
from .files import guarded, read_bytes, read_path, read_stdin
from .record import Record, Rejected

__all__ = ["DecodeError", "Record", "Rejected", "decode", "normalise_date", "read_inputs", "to_document"]


def read_inputs(inputs: Iterable[str]) -> Iterator[Record | Rejected]:
    """Records for every input in order; each unreadable input (or record inside one) is one Rejected."""
    for item in inputs:
        item = str(item)
        if item == "-":
            yield from guarded(read_stdin(), "<stdin>")
        elif item.lower().startswith(("http://", "https://")):
            from .web import read_url

            yield from guarded(read_url(item), item)
        else:
            yield from read_path(item)


__all__ += ["read_bytes"]
