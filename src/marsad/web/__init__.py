"""``marsad serve``: a JSON API (``/api/``, OpenAPI at ``/openapi.json``) and an Arabic web UI over a store."""
from __future__ import annotations


def create_app(db_path: str):  # type: ignore[no-untyped-def]
    """The FastAPI application serving the store at ``db_path``."""
    from .app import create_app as _create

    return _create(db_path)
