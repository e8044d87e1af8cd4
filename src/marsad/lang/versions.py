"""Content hashes of data files, computed once per file and data path (not once per document)."""
from __future__ import annotations

import os
from functools import lru_cache

from ..resources import version


@lru_cache(maxsize=256)
def _version(name: str, data_path: str) -> str:
    return version(name)


def cached_version(name: str) -> str:
    """:func:`marsad.resources.version` of ``name``, remembered for the current MARSAD_DATA_PATH."""
    return _version(name, os.environ.get("MARSAD_DATA_PATH", ""))
