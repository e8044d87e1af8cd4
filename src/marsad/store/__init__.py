"""The embedded SQLite store of analysed documents, events and links (see ``Store``)."""
from __future__ import annotations

from .store import SearchHit, Store, open_store

__all__ = ["Store", "SearchHit", "open_store"]
