"""Plain-text summaries for people (``marsad analyze`` without ``--json``)."""
from __future__ import annotations

from typing import Any, TextIO

from .doc import Document


def _who(arg: dict[str, Any] | None) -> str:
    if not arg:
        return "-"
    name = arg.get("name") or arg.get("entity_text") or "?"
    code = arg.get("code") or arg.get("country") or ""
    return f"{name} [{code}]" if code else str(name)


def _line_of(doc: Document, offset: int) -> int:
    return doc.text.count("\n", 0, offset) + 1


def print_summary(docs: list[Document], links: dict[str, Any], out: TextIO) -> None:
    """One block per document: metadata, events with their evidence line, flags; then the links."""
    for doc in docs:
        d = doc.to_dict()
        out.write(f"# {doc.id}  ({doc.language or 'und'})\n")
        for key in ("title", "byline", "publisher", "credited", "published", "page_date"):
            if d.get(key):
                out.write(f"  {key:<9} {d[key]}\n")
        out.write(f"  entities  {len(d['entities'])}   times {len(d['times'])}   quantities {len(d['quantities'])}\n")
        plover = [e for e in d["events"] if not e.get("extension")]
        statements = [e for e in d["events"] if e.get("extension")]
        for ev in plover:
            aux = f" ({', '.join(ev.get('aux') or [])})" if ev.get("aux") else ""
            mode = f"/{ev['mode']}" if ev.get("mode") else ""
            where = ev.get("text_info") or {}
            line = _line_of(doc, where.get("start", 0))
            out.write(f"  event     {ev['event']}{mode}{aux}  {_who(ev.get('actor'))} -> {_who(ev.get('recipient'))}"
                      f"  date={ev.get('date') or 'unknown'}  line {line}\n")
        if statements:
            kinds = sorted({e["event"] for e in statements})
            out.write(f"  + {len(statements)} statement(s) outside PLOVER ({', '.join(kinds)})\n")
        for fl in d.get("flags", []):
            out.write(f"  flag      {fl.get('kind')}: {fl.get('text')!r} — {fl.get('message')}\n")
        out.write("\n")
    groups = links.get("same_event") or []
    if groups:
        out.write("same event reported by several sources:\n")
        for g in groups:
            out.write("  " + "  =  ".join(map(str, g)) + "\n")
    for c in links.get("contradictions") or []:
        out.write(f"contradiction on {c.get('field')}: {c.get('message')}\n")
