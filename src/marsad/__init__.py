"""marsad (مرصد): an Arabic-first news event-intelligence engine.

Public API::

    import marsad
    doc = marsad.analyze("path/to/article.txt", published="2022-10-21")
    doc.to_dict()["events"]
"""
from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

from .doc import Document, Span  # noqa: E402

__all__ = ["Document", "Span", "analyze", "analyze_many", "link", "__version__"]


def __getattr__(name: str) -> Any:  # the analysis API is imported on first use (it loads models)
    if name in ("analyze", "analyze_many", "link"):
        from . import api

        return getattr(api, name)
    raise AttributeError(name)
