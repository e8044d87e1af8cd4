"""Event exports: PLOVER JSONL, flat CSV/TSV, POLECAT-style TSV and Parquet."""
from __future__ import annotations

import csv
import io
import json
from typing import IO, Any, Callable, Iterable

from .. import __version__
from .rows import QUAD

FORMATS = ("jsonl", "csv", "tsv", "polecat", "parquet")

# flat columns of csv / tsv / parquet
FLAT_COLUMNS = (
    "id", "doc_id", "event_id", "event_type", "extension", "mode", "context", "date",
    "actor_text", "actor_name", "actor_code", "actor_country", "actor_sector",
    "recipient_text", "recipient_name", "recipient_code", "recipient_country", "recipient_sector",
    "placename", "ev_start", "ev_end", "evidence", "from_caption", "aux", "confidence",
    "published", "publisher", "source", "url", "title", "language", "story_ids", "reported_by",
)

# POLECAT-style columns (PLOVER-coded event data as distributed in POLECAT weekly files)
POLECAT_COLUMNS = (
    "Event ID", "Event Date", "Event Type", "Event Mode", "Quad Code", "Contexts",
    "Actor Name", "Actor Country", "Actor COW", "Primary Actor Sector", "Actor Name Raw",
    "Recipient Name", "Recipient Country", "Recipient COW", "Primary Recipient Sector", "Recipient Name Raw",
    "Placename", "City", "State", "Country", "Latitude", "Longitude",
    "Story IDs", "Publication Date", "Source", "Language", "Event Text", "Document ID",
)


def plover_record(row: dict[str, Any]) -> dict[str, Any]:
    """One PLOVER JSON record: the event's own record plus document and citation fields."""
    rec = dict(row["record"])
    rec["event_id"] = row["event_id"]
    rec["id"] = row["uid"]
    rec.setdefault("event", row["event_type"])
    rec["event_type"] = row["event_type"]
    if row["event_type"] in QUAD:
        rec.setdefault("quad_code", QUAD[row["event_type"]])
    rec["has_event"] = True
    rec["doc_id"] = row["doc_id"]
    rec["source"] = row["doc_source"]
    rec["publisher"] = row["publisher"]
    rec["url"] = row["url"]
    rec["publication_date"] = row["published"]
    if row.get("evidence") is not None:
        rec.setdefault("event_text", [row["evidence"]])
    rec["cite_info"] = {k: v for k, v in {
        "url": row["url"], "title": row["title"], "language": row["language"], "publication": row["publisher"],
        "citation": row["doc_source"], "coder": f"marsad {__version__}", "codebook": "plover",
    }.items() if v is not None}
    rec["story_ids"] = row["story_ids"]
    rec["reported_by"] = row["reported_by"]
    if row["extension"]:
        rec["extension"] = True
    return rec


def flat_row(row: dict[str, Any]) -> dict[str, Any]:
    out = {
        **{k: row.get(k) for k in FLAT_COLUMNS},
        "id": row["uid"], "source": row["doc_source"], "extension": bool(row["extension"]),
        "from_caption": bool(row["from_caption"]),
        "aux": ";".join(row["aux"]), "story_ids": ";".join(row["story_ids"]),
        "reported_by": ";".join(row["reported_by"]),
    }
    return out


def polecat_row(row: dict[str, Any]) -> dict[str, Any]:
    rec = row["record"]
    loc = rec.get("event_loc") or rec.get("location") or {}
    if isinstance(loc, list):
        loc = loc[0] if loc else {}
    loc = loc if isinstance(loc, dict) else {}
    return {
        "Event ID": row["uid"], "Event Date": row["date"] or "", "Event Type": row["event_type"],
        "Event Mode": row["mode"] or "", "Quad Code": QUAD.get(row["event_type"], ""), "Contexts": row["context"] or "",
        "Actor Name": row["actor_name"] or "", "Actor Country": row["actor_country"] or row["actor_code"] or "",
        "Actor COW": "", "Primary Actor Sector": row["actor_sector"] or "", "Actor Name Raw": row["actor_text"] or "",
        "Recipient Name": row["recipient_name"] or "",
        "Recipient Country": row["recipient_country"] or row["recipient_code"] or "",
        "Recipient COW": "", "Primary Recipient Sector": row["recipient_sector"] or "",
        "Recipient Name Raw": row["recipient_text"] or "",
        "Placename": row["placename"] or "", "City": loc.get("city") or "", "State": loc.get("state") or "",
        "Country": loc.get("country") or "", "Latitude": _s(loc.get("lat", loc.get("latitude"))),
        "Longitude": _s(loc.get("lon", loc.get("longitude"))),
        "Story IDs": ";".join(row["story_ids"]), "Publication Date": row["published"] or "",
        "Source": row["publisher"] or row["doc_source"] or "", "Language": row["language"] or "",
        "Event Text": row.get("evidence") or "", "Document ID": row["doc_id"],
    }


def _s(v: Any) -> str:
    return "" if v is None else str(v)


def _clean(v: Any) -> Any:
    """A value safe for one TSV cell: no tabs or line breaks."""
    if isinstance(v, str):
        return " ".join(v.split())
    return "" if v is None else v


def write_jsonl(rows: Iterable[dict[str, Any]], out: IO[str]) -> int:
    n = 0
    for r in rows:
        out.write(json.dumps(plover_record(r), ensure_ascii=False) + "\n")
        n += 1
    return n


def _write_table(rows: Iterable[dict[str, Any]], out: IO[str], columns: tuple[str, ...],
                 conv: Callable[[dict[str, Any]], dict[str, Any]], delimiter: str) -> int:
    if delimiter == "\t":
        w = csv.DictWriter(out, fieldnames=columns, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\",
                           lineterminator="\n")
    else:
        w = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    w.writeheader()
    n = 0
    for r in rows:
        d = conv(r)
        w.writerow({k: _clean(d.get(k)) for k in columns} if delimiter == "\t" else d)
        n += 1
    return n


def write_csv(rows: Iterable[dict[str, Any]], out: IO[str]) -> int:
    return _write_table(rows, out, FLAT_COLUMNS, flat_row, ",")


def write_tsv(rows: Iterable[dict[str, Any]], out: IO[str]) -> int:
    return _write_table(rows, out, FLAT_COLUMNS, flat_row, "\t")


def write_polecat(rows: Iterable[dict[str, Any]], out: IO[str]) -> int:
    return _write_table(rows, out, POLECAT_COLUMNS, polecat_row, "\t")


def parquet_bytes(rows: Iterable[dict[str, Any]]) -> tuple[bytes, int]:
    """The events as a Parquet file (flat columns plus the PLOVER record as JSON in ``record``)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    flat = []
    for r in rows:
        d = flat_row(r)
        d["record"] = json.dumps(plover_record(r), ensure_ascii=False)
        flat.append(d)
    schema = pa.schema([
        *[(c, pa.int64()) if c in ("ev_start", "ev_end") else (c, pa.float64()) if c == "confidence"
          else (c, pa.bool_()) if c in ("extension", "from_caption") else (c, pa.string()) for c in FLAT_COLUMNS],
        ("record", pa.string()),
    ])
    cols = {name: [d.get(name) for d in flat] for name in schema.names}
    table = pa.table(cols, schema=schema)
    buf = io.BytesIO()
    pq.write_table(table, buf)
    return buf.getvalue(), len(flat)


TEXT_WRITERS: dict[str, Callable[[Iterable[dict[str, Any]], IO[str]], int]] = {
    "jsonl": write_jsonl, "csv": write_csv, "tsv": write_tsv, "polecat": write_polecat,
}
