"""Data files shipped with marsad (lexicons, dictionaries, models) and users' additions to them.

A resource is named by its path below this folder, e.g. ``"actors/people.tsv"``. Users extend
resources without touching code: every folder in the ``MARSAD_DATA_PATH`` environment variable
(``os.pathsep``-separated) may hold a file with the same relative path, whose rows are added after
the shipped ones. TSV files have a header row; lines starting with ``#`` are comments.
"""
from __future__ import annotations

import csv
import hashlib
import os
from pathlib import Path
from typing import Iterator

from ..errors import ResourceError

HERE = Path(__file__).resolve().parent


def shipped(name: str) -> Path:
    """Path of the shipped file ``name`` (it may not exist)."""
    return HERE / name


def search_path() -> list[Path]:
    extra = [Path(p) for p in os.environ.get("MARSAD_DATA_PATH", "").split(os.pathsep) if p]
    return [HERE, *extra]


def paths(name: str) -> list[Path]:
    """Every existing file for resource ``name``: the shipped one first, then users' additions."""
    return [d / name for d in search_path() if (d / name).is_file()]


def read_tsv(name: str, required: tuple[str, ...] = ()) -> Iterator[tuple[str, int, dict[str, str]]]:
    """Yield ``(file, line_number, row)`` for each row of every file of resource ``name``.

    A row missing a required column raises :class:`ResourceError` naming the file and line.
    """
    for path in paths(name):
        with open(path, encoding="utf-8", newline="") as fh:
            lines = (ln for ln in fh)
            header: list[str] | None = None
            for lineno, raw in enumerate(lines, 1):
                line = raw.rstrip("\n").rstrip("\r")
                if not line.strip() or line.lstrip().startswith("#"):
                    continue
                cells = next(csv.reader([line], delimiter="\t", quoting=csv.QUOTE_NONE))
                if header is None:
                    header = [c.strip() for c in cells]
                    missing = [c for c in required if c not in header]
                    if missing:
                        raise ResourceError(f"header lacks column(s) {', '.join(missing)}", input=f"{path}:{lineno}")
                    continue
                if len(cells) > len(header):
                    raise ResourceError(f"{len(cells)} cells but the header has {len(header)}", input=f"{path}:{lineno}")
                row = {h: (cells[i].strip() if i < len(cells) else "") for i, h in enumerate(header)}
                empty = [c for c in required if not row.get(c)]
                if empty:
                    raise ResourceError(f"empty required column(s) {', '.join(empty)}", input=f"{path}:{lineno}")
                yield str(path), lineno, row


def read_lines(name: str) -> list[str]:
    """Non-empty, non-comment lines of every file of resource ``name``."""
    out: list[str] = []
    for path in paths(name):
        for raw in path.read_text(encoding="utf-8").splitlines():
            if raw.strip() and not raw.lstrip().startswith("#"):
                out.append(raw.strip())
    return out


def version(name: str) -> str:
    """Short content hash of the resource's files, recorded on each Document it annotates."""
    h = hashlib.sha256()
    for p in paths(name):
        h.update(p.read_bytes())
    return h.hexdigest()[:12]
