"""JSON and JSONL inputs: one record per line or per array item, SaudiNewsNet objects included.

A record is an object ``{"id"?, "text"? | "html"?, "url"?, "title"?, "published"?, "source"?}``;
SaudiNewsNet objects (``content``, ``title``, ``url``, ``date_extracted``, ``source``, ``author``)
are read the same way. A broken line or item is one :class:`Rejected`; the others go on.
"""
from __future__ import annotations

import json
from typing import Any, Iterable, Iterator

from .record import Record, Rejected

# field -> the keys that may carry it, in order of preference
TEXT_KEYS = ("text", "content", "body")
HTML_KEYS = ("html", "raw_html")
DATE_KEYS = ("published", "date_published", "publish_date", "pubDate", "date", "date_extracted")
PUBLISHER_KEYS = ("source", "publisher", "sitename", "outlet")
AUTHOR_KEYS = ("author", "byline")
_USED = {"id", "url", "title", *TEXT_KEYS, *HTML_KEYS, *DATE_KEYS, *PUBLISHER_KEYS, *AUTHOR_KEYS}


def _first(obj: dict[str, Any], keys: tuple[str, ...]) -> Any:
    for k in keys:
        v = obj.get(k)
        if v not in (None, ""):
            return v
    return None


def _opt_str(v: Any) -> str | None:
    if v is None:
        return None
    if isinstance(v, list):  # e.g. several authors
        v = ", ".join(str(x) for x in v if x not in (None, ""))
    s = str(v).strip()
    return s or None


def from_mapping(obj: Any, *, default_id: str, source: str, where: str) -> Record | Rejected:
    """One record from a decoded JSON value; ``where`` names it in a rejection ("file.jsonl:3")."""
    if not isinstance(obj, dict):
        return Rejected(where, f"not a JSON object (a {type(obj).__name__})")
    text = _first(obj, TEXT_KEYS)
    html = _first(obj, HTML_KEYS)
    if text is None and html is None:
        return Rejected(where, "no text: needs a 'text', 'content' or 'html' field", skipped=True)
    for name, value in (("text", text), ("html", html)):
        if value is not None and not isinstance(value, str):
            return Rejected(where, f"field '{name}' is not a string")
    if not ((text or "").strip() or (html or "").strip()):
        return Rejected(where, "empty record (no text)", skipped=True)
    rid = _opt_str(obj.get("id")) or default_id
    meta = {k: v for k, v in obj.items() if k not in _USED and isinstance(v, (str, int, float, bool, list, dict))}
    if "date_extracted" in obj and "published" not in obj:
        meta["date_field"] = "date_extracted"
    return Record(
        id=rid, source=source, text=text if (text or "").strip() else None, html=html,
        url=_opt_str(obj.get("url")), title=_opt_str(obj.get("title")),
        published=_opt_str(_first(obj, DATE_KEYS)), publisher=_opt_str(_first(obj, PUBLISHER_KEYS)),
        author=_opt_str(_first(obj, AUTHOR_KEYS)), meta=meta,
    )


def read_jsonl(text: str, *, name: str, source: str) -> Iterator[Record | Rejected]:
    """One record per non-empty line; ids default to ``name:LINE``."""
    yield from _jsonl_lines(enumerate(text.split("\n"), 1), name=name, source=source)


def read_jsonl_stream(lines: Iterable[bytes], *, name: str, source: str) -> Iterator[Record | Rejected]:
    """JSONL read line by line from a binary stream (large files are never held whole in memory)."""
    from .decode import DecodeError, decode

    def decoded() -> Iterator[tuple[int, str]]:
        for lineno, raw in enumerate(lines, 1):
            if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            try:
                yield lineno, raw.decode("utf-8")
            except UnicodeDecodeError:
                try:
                    yield lineno, decode(raw) if raw.strip() else ""
                except DecodeError as exc:
                    yield lineno, _Undecodable(str(exc))

    yield from _jsonl_lines(decoded(), name=name, source=source)


class _Undecodable(str):
    """A line whose bytes could not be decoded (the str value is the reason)."""


def _jsonl_lines(lines: Iterable[tuple[int, str]], *, name: str, source: str) -> Iterator[Record | Rejected]:
    found = False
    for lineno, line in lines:
        if isinstance(line, _Undecodable):
            found = True
            yield Rejected(f"{source}:{lineno}", str(line))
            continue
        if not line.strip():
            continue
        found = True
        where = f"{source}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Rejected(where, f"broken JSON line ({exc.msg} at column {exc.colno})")
            continue
        except RecursionError:
            yield Rejected(where, "broken JSON line (nested too deeply)")
            continue
        yield from_mapping(obj, default_id=f"{name}:{lineno}", source=source, where=where)
    if not found:
        yield Rejected(source, "empty")


def read_json(text: str, *, name: str, source: str) -> Iterator[Record | Rejected]:
    """An array of records (ids default to ``name:N``, 1-based) or a single record (id ``name``)."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        # a .json file that is really JSON Lines
        if exc.msg == "Extra data" and text.lstrip().startswith("{"):
            yield from read_jsonl(text, name=name, source=source)
            return
        yield Rejected(source, f"broken JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})")
        return
    except RecursionError:
        yield Rejected(source, "broken JSON (nested too deeply)")
        return
    if isinstance(value, dict):
        for key in ("articles", "documents", "records", "items", "data"):  # common wrappers
            if isinstance(value.get(key), list) and not _first(value, TEXT_KEYS + HTML_KEYS):
                value = value[key]
                break
    if isinstance(value, dict):
        yield from_mapping(value, default_id=name, source=source, where=source)
        return
    if not isinstance(value, list):
        yield Rejected(source, f"not a JSON array or object of records (a {type(value).__name__})")
        return
    if not value:
        yield Rejected(source, "empty (an empty JSON array)")
        return
    for i, obj in enumerate(value, 1):
        yield from_mapping(obj, default_id=f"{name}:{i}", source=source, where=f"{source}[{i}]")


def is_jsonl(text: str) -> bool:
    """True when every non-empty line is a JSON object (how standard input is told apart from text)."""
    seen = False
    for line in text.split("\n"):
        s = line.strip()
        if not s:
            continue
        if not (s.startswith("{") and s.endswith("}")):
            return False
        try:
            if not isinstance(json.loads(s), dict):
                return False
        except (json.JSONDecodeError, RecursionError):
            return False
        seen = True
    return seen
