"""Running the per-document pipeline on several cores or a Dask cluster, with results identical to one process.

Per-document analysis is independent and deterministic, so it can run anywhere; results come back in
input order, and linking across documents (``marsad.corpus``) runs afterwards in the calling process.
Input is streamed in bounded windows so memory stays flat in corpus size.
"""
from __future__ import annotations

from .parallel import analyze_records

__all__ = ["analyze_records"]
