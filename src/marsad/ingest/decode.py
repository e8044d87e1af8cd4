"""Bytes to text: UTF-8/16/32 (with or without BOM), windows-1256 Arabic, Western windows-1252/latin-1.

:func:`decode` returns the text or raises :class:`DecodeError` with a one-line reason ("empty",
"binary", "cannot be decoded"). Every check is a single pass over the bytes, so a 2 MB file on one
line costs no more than a 2 MB file on many lines.
"""
from __future__ import annotations

import codecs
import re

__all__ = ["DecodeError", "decode", "looks_binary", "normalise_newlines"]


class DecodeError(ValueError):
    """The bytes are not text marsad can read; ``str(err)`` is the reason."""


_HIGH = bytes(range(0x80, 0x100))
_ASCII_LETTERS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
# C0 controls other than tab, newline, vertical tab, form feed, carriage return; DEL.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20), 0x7F])
_BAD_CHARS = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f-\x9f\ufffd]")
_ARABIC_CHARS = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
# bytes that windows-1256 maps to Arabic letters, marks and punctuation, the «» quotes Arabic uses, NBSP
_CP1256_ARABIC = bytes(b for b in range(0x80, 0x100) if _ARABIC_CHARS.match(bytes([b]).decode("cp1256"))) + b"\xab\xbb\xa0"
# Western punctuation windows-1252 text carries besides letters
_WESTERN_MARKS = re.compile(r"[^\W\d_]|[\u2018-\u201e\u2013\u2014\u2026\u2022\u00ab\u00bb\u00b7\u00b0"
                            r"\u20ac\u00a3\u00a9\u00ae\u2122\u00a7\u00a0\u00d7]")
_CP1256_COMMON = "الينوم".encode("cp1256")
_HIGH_RUNS = re.compile(rb"[\x80-\xff]{3,}")   # Arabic words in a code page: runs of high bytes
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.I)
_CRLF = re.compile(r"\r\n?")

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _count(data: bytes, members: bytes) -> int:
    """How many bytes of ``data`` are in ``members`` (one pass, no Python loop)."""
    return len(data) - len(data.translate(None, members))


def _max_controls(n: int) -> int:
    """Stray control characters tolerated in ``n`` characters (text has a few; random bytes have ~11%)."""
    return max(8, n // 100)


def _too_many_bad(text: str) -> bool:
    """Control characters beyond a stray few per hundred, or replacement marks beyond a few: not text."""
    bad = len(_BAD_CHARS.findall(text))
    if bad <= _max_controls(len(text)):
        return False
    marks = text.count("\ufffd")
    return bad - marks > _max_controls(len(text)) or marks > _max_marks(text)


def _max_marks(text: str) -> int:
    return max(8, len(text) // 500)


def looks_binary(data: bytes) -> bool:
    """NUL bytes or control-byte garbage (no BOM-marked UTF-16/32 here: call :func:`decode`)."""
    sample = data[:65536]
    return b"\x00" in sample or _count(sample, _CONTROL_BYTES) > _max_controls(len(sample))


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF; a leading BOM is dropped."""
    if text.startswith("\ufeff"):
        text = text[1:]
    return _CRLF.sub("\n", text) if "\r" in text else text


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML/XML head declares (``<meta charset>`` or ``encoding=``), if a known codec."""
    head = data[:4096]
    m = _META_CHARSET.search(head) or re.search(rb"""<\?xml[^>]*encoding=["']([A-Za-z0-9_.:-]+)""", head)
    if not m:
        return None
    name = m.group(1).decode("ascii", "ignore")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _utf8(data: bytes) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        # a file cut inside its last character is still UTF-8
        if exc.reason == "unexpected end of data" and exc.start >= len(data) - 3:
            return data[:exc.start].decode("utf-8", "replace")
        return None


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few damaged bytes (a corrupted download): many valid multi-byte characters, few bad."""
    text = data.decode("utf-8", "replace")
    bad = text.count("\ufffd")
    good = len(text) - (len(data) - _count(data, _HIGH)) - bad   # ASCII bytes stay one character each
    if bad <= _max_marks(text) and good >= 20 * bad:
        return text
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text saved without a BOM: every other byte is 0x00 (Latin) or 0x06 (Arabic)."""
    if len(data) < 4 or len(data) % 2:
        return None
    for codec, high in (("utf-16-le", data[1::2]), ("utf-16-be", data[0::2])):
        if _count(high, b"\x00\x06\x20") > 0.6 * len(high):
            text = _strict(data, codec)
            if text is not None and not _too_many_bad(text):
                return text
    return None


def _single_byte(data: bytes) -> str | None:
    """Arabic windows-1256 or Western windows-1252/latin-1, told apart by how high bytes sit in words."""
    high = _count(data, _HIGH)
    letters = _count(data, _ASCII_LETTERS)
    if high == 0:
        return None
    if high > letters or sum(map(len, _HIGH_RUNS.findall(data))) > 0.5 * high:  # words of high bytes: Arabic?
        # Arabic letters, and among them the commonest (ا ل ي و ن م) as often as Arabic-script text has them:
        # this tells Arabic from Cyrillic KOI8-R, whose letters windows-1256 also maps to Arabic ones
        if _count(data, _CP1256_ARABIC) >= 0.8 * high and (high < 100 or _count(data, _CP1256_COMMON) >= 0.25 * high):
            return data.decode("cp1256")
        if high > letters:
            return None
    # a few high bytes inside Latin words: Western text
    text = _strict(data, "cp1252") or data.decode("latin-1")
    extra = "".join(_NON_ASCII.findall(text))
    if len(_WESTERN_MARKS.findall(extra)) < 0.8 * len(extra):
        return None
    return text


def _charset_normalizer(data: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    if len(data) < 200:  # too little to tell code pages apart
        return None
    best = from_bytes(data[:200_000]).best()
    if best is None or best.chaos > 0.1:
        return None
    return _strict(data, best.encoding)


def decode(data: bytes, declared: str | None = None) -> str:
    """Decode ``data`` (a file, archive member or HTTP body) to text, or raise :class:`DecodeError`.

    Order: BOM; UTF-16 without BOM; refuse NUL/control bytes; strict UTF-8; the ``declared``
    charset (HTTP header or ``<meta charset>``); windows-1256 Arabic vs Western windows-1252;
    UTF-8 with a few damaged bytes (each becomes U+FFFD); charset-normalizer for other code pages.
    Newlines are normalised to LF.
    """
    if not data.strip():
        raise DecodeError("empty")
    text: str | None = None
    for bom, codec in _BOMS:
        if data.startswith(bom):
            text = _strict(data[len(bom):], codec)
            if text is None:
                raise DecodeError(f"cannot be decoded as {codec} (despite its byte-order mark)")
            break
    if text is None and b"\x00" in data[:65536]:
        text = _utf16_without_bom(data)
        if text is None:
            raise DecodeError("not a supported input (binary)")
    if text is None:
        if _count(data[:65536], _CONTROL_BYTES) > _max_controls(min(len(data), 65536)):
            raise DecodeError("not a supported input (binary)")
        text = _utf8(data)
    if text is None and declared:
        text = _strict(data, declared)
    if text is None:
        text = _single_byte(data) or _mostly_utf8(data) or _charset_normalizer(data)
    if text is None:
        raise DecodeError("cannot be decoded (unknown text encoding or binary)")
    if _too_many_bad(text):
        raise DecodeError("not a supported input (binary)")
    text = normalise_newlines(text)
    if not text.strip():
        raise DecodeError("empty")
    return text
