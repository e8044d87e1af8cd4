"""Turning text and offsets into pieces a template prints escaped, and laying out the small SVG pictures.

Article text is never marked up as HTML here: it is cut at annotation offsets into plain strings, each
with the classes and data attributes that say which annotations cover it; the template escapes each piece.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Iterable

FIELDS = ("actor", "recipient", "date", "trigger")


@dataclass
class Piece:
    text: str
    start: int
    classes: list[str] = field(default_factory=list)
    events: list[str] = field(default_factory=list)     # ids of events whose evidence covers the piece
    fields: list[str] = field(default_factory=list)     # "e3:actor" ...
    entity: str | None = None                           # entity label
    title: str | None = None


@dataclass
class Line:
    kind: str
    start: int
    pieces: list[Piece]


def _event_marks(ev: dict[str, Any]) -> list[tuple[int, int, str]]:
    """(start, end, field) of an event's evidence and of each field's evidence span."""
    marks = []
    ti = ev.get("text_info") or {}
    if isinstance(ti.get("start"), int) and isinstance(ti.get("end"), int):
        marks.append((ti["start"], ti["end"], "evidence"))
    spans = dict(ev.get("fields") or {})
    trig = ev.get("trigger")
    if isinstance(trig, dict):
        spans.setdefault("trigger", trig)
    for name in FIELDS:
        sp = spans.get(name)
        if isinstance(sp, dict) and isinstance(sp.get("start"), int) and isinstance(sp.get("end"), int):
            marks.append((sp["start"], sp["end"], name))
    return marks


def document_lines(text: str, analysis: dict[str, Any], selected: str | None = None) -> list[Line]:
    """The text as lines (one per segment, kind kept) of pieces marked by entity, event evidence and field."""
    n = len(text)
    cuts = {0, n}
    ents = []
    for e in analysis.get("entities") or ():
        s, t = int(e["start"]), int(e["end"])
        if 0 <= s < t <= n:
            ents.append((s, t, e))
            cuts |= {s, t}
    marks: list[tuple[int, int, str, str]] = []
    for ev in analysis.get("events") or ():
        eid = str(ev.get("id") or "")
        for s, t, name in _event_marks(ev):
            if 0 <= s < t <= n:
                marks.append((s, t, eid, name))
                cuts |= {s, t}
    flags = []
    for fl in analysis.get("flags") or ():
        s, t = fl.get("start"), fl.get("end")
        if isinstance(s, int) and isinstance(t, int) and 0 <= s < t <= n:
            flags.append((s, t, f"{fl.get('kind') or ''}: {fl.get('message') or ''}"))
            cuts |= {s, t}
    segs = sorted(((int(s["start"]), int(s["end"]), s.get("kind") or "body") for s in analysis.get("segments") or ()
                   if 0 <= int(s["start"]) < int(s["end"]) <= n))
    if not segs:  # no line roles: every non-empty line is body
        pos = 0
        for line in text.split("\n"):
            if line.strip():
                segs.append((pos, pos + len(line), "body"))
            pos += len(line) + 1
    for s, t, _ in segs:
        cuts |= {s, t}
    points = sorted(cuts)
    lines = []
    for s0, t0, kind in segs:
        pieces = []
        for a, b in zip(points, points[1:]):
            if a < s0 or b > t0 or a >= b:
                continue
            p = Piece(text[a:b], a)
            for s, t, e in ents:
                if s <= a and b <= t:
                    p.entity = e.get("label") or ""
                    actor = e.get("actor") if isinstance(e.get("actor"), dict) else None
                    p.title = " · ".join(str(x) for x in (
                        e.get("label"), actor and actor.get("name"), actor and actor.get("code")) if x)
                    break
            for s, t, eid, name in marks:
                if s <= a and b <= t:
                    if name == "evidence":
                        p.events.append(eid)
                    else:
                        p.fields.append(f"{eid}:{name}")
            for s, t, message in flags:
                if s <= a and b <= t:
                    p.classes.append("flagged")
                    p.title = message
            if p.entity is not None:
                p.classes.append(f"ent ent-{p.entity.lower()}")
            if p.events:
                p.classes.append("ev")
            if selected and selected in p.events:
                p.classes.append("ev-selected")
            if selected and any(f.startswith(selected + ":") for f in p.fields):
                p.classes.append("field-selected")
            pieces.append(p)
        lines.append(Line(kind, s0, pieces))
    return lines


def snippet_pieces(text: str, start: int, matches: Iterable[tuple[int, int]]) -> list[tuple[str, bool]]:
    """A snippet cut into (text, is_match) pieces; ``matches`` are offsets in the whole document."""
    out: list[tuple[str, bool]] = []
    pos, end = start, start + len(text)
    for s, e in sorted(matches):
        if s < pos or e > end:
            continue
        if s > pos:
            out.append((text[pos - start:s - start], False))
        out.append((text[s - start:e - start], True))
        pos = e
    if pos < end:
        out.append((text[pos - start:], False))
    return out


def evidence_pieces(text: str, ev_start: int | None, ev: dict[str, Any]) -> list[tuple[str, str | None]]:
    """The evidence sentence cut at the event's field spans: (text, field name or None)."""
    if not text or ev_start is None:
        return [(text or "", None)]
    spans = []
    for s, t, name in _event_marks(ev):
        if name != "evidence" and ev_start <= s < t <= ev_start + len(text):
            spans.append((s - ev_start, t - ev_start, name))
    spans.sort()
    out, pos = [], 0
    for s, t, name in spans:
        if s < pos:
            continue
        if s > pos:
            out.append((text[pos:s], None))
        out.append((text[s:t], name))
        pos = t
    if pos < len(text):
        out.append((text[pos:], None))
    return out


# -- pictures -----------------------------------------------------------------------------------------
def bars(counts: list[tuple[str, int]], width: float = 100.0) -> list[dict[str, Any]]:
    """Bar lengths (0..width) for (label, count) pairs."""
    top = max((c for _, c in counts), default=0) or 1
    return [{"label": k, "count": c, "w": round(width * c / top, 1)} for k, c in counts]


def circle_layout(network: dict[str, Any], size: float = 640.0) -> dict[str, Any]:
    """Nodes on a circle (largest first), edges as lines whose width grows with the count."""
    nodes = network["nodes"]
    cx = cy = size / 2
    r = size / 2 - 110
    pos = {}
    laid = []
    for i, n in enumerate(nodes):
        angle = -math.pi / 2 + 2 * math.pi * i / max(1, len(nodes))
        x, y = cx + r * math.cos(angle), cy + r * math.sin(angle)
        pos[n["id"]] = (x, y)
        lx, ly = cx + (r + 14) * math.cos(angle), cy + (r + 14) * math.sin(angle)
        laid.append({**n, "x": round(x, 1), "y": round(y, 1), "lx": round(lx, 1), "ly": round(ly, 1),
                     "anchor": "start" if math.cos(angle) > 0.1 else "end" if math.cos(angle) < -0.1 else "middle",
                     "r": round(4 + 3 * math.sqrt(n["count"]), 1)})
    top = max((e["count"] for e in network["edges"]), default=1)
    radius = {n["id"]: n["r"] for n in laid}
    edges = []
    for e in network["edges"]:
        (x1, y1), (x2, y2) = pos[e["source"]], pos[e["target"]]
        d = math.hypot(x2 - x1, y2 - y1) or 1.0
        cut = radius[e["target"]] + 3     # stop the arrow at the target's rim
        x2, y2 = x2 - (x2 - x1) * cut / d, y2 - (y2 - y1) * cut / d
        edges.append({**e, "x1": round(x1, 1), "y1": round(y1, 1), "x2": round(x2, 1), "y2": round(y2, 1),
                      "w": round(1 + 7 * e["count"] / top, 1)})
    return {"size": size, "nodes": laid, "edges": edges}


def project(lat: float, lon: float, width: float = 1000.0, height: float = 500.0) -> tuple[float, float]:
    """Equirectangular projection onto a ``width`` x ``height`` picture."""
    return round((lon + 180.0) / 360.0 * width, 1), round((90.0 - lat) / 180.0 * height, 1)


def graticule(step: int = 30, width: float = 1000.0, height: float = 500.0) -> list[dict[str, float]]:
    out = []
    for lon in range(-180, 181, step):
        x, _ = project(0, lon, width, height)
        out.append({"x1": x, "y1": 0, "x2": x, "y2": height})
    for lat in range(-90, 91, step):
        _, y = project(lat, 0, width, height)
        out.append({"x1": 0, "y1": y, "x2": width, "y2": y})
    return out


def place_labels(points: list[dict[str, Any]], max_labels: int = 30, char_w: float = 6.2, h: float = 12.0) -> None:
    """Give the heaviest points a label position (``lx``, ``ly``, ``anchor``) that overlaps no label placed
    before it, trying right, left, above and below the point; points left without room get no label."""
    boxes: list[tuple[float, float, float, float]] = []

    def free(b: tuple[float, float, float, float]) -> bool:
        return all(b[2] <= o[0] or o[2] <= b[0] or b[3] <= o[1] or o[3] <= b[1] for o in boxes)

    for p in points:
        p["lx"] = None
        if len(boxes) >= max_labels:
            continue
        w = char_w * len(str(p.get("label") or "")) + 4
        x, y, r = p["x"], p["y"], p["r"]
        for lx, ly, anchor, box in (
                (x + r + 3, y + 4, "start", (x + r + 2, y - h / 2, x + r + 2 + w, y + h / 2)),
                (x - r - 3, y + 4, "end", (x - r - 2 - w, y - h / 2, x - r - 2, y + h / 2)),
                (x, y - r - 4, "middle", (x - w / 2, y - r - 4 - h, x + w / 2, y - r - 4)),
                (x, y + r + 12, "middle", (x - w / 2, y + r + 2, x + w / 2, y + r + 2 + h))):
            if free(box):
                boxes.append(box)
                p["lx"], p["ly"], p["anchor"] = round(lx, 1), round(ly, 1), anchor
                break
