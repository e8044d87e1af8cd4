"""Decoding: every text encoding news files come in is read; only true garbage is refused."""
from __future__ import annotations

import codecs
import random
import time

import pytest

from marsad.ingest.decode import DecodeError, decode

FRENCH = "Le ministre français a rencontré son homologue à Genève ; « une réunion très constructive », a-t-il déclaré."
GERMAN = "Der Außenminister traf am Freitag in München seinen Amtskollegen - ein Gespräch über Sicherheit und Frieden."


@pytest.mark.parametrize("codec,bom", [
    ("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE),
    ("utf-16-be", codecs.BOM_UTF16_BE), ("utf-32-le", codecs.BOM_UTF32_LE),
])
def test_decode_unicode_with_and_without_bom(seed_002, codec, bom):
    assert decode(bom + seed_002.encode(codec)) == seed_002


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_decode_utf16_without_bom(seed_002, codec):
    assert decode(seed_002.encode(codec)) == seed_002


@pytest.mark.parametrize("cp", ["cp1256", "windows-1256"])
def test_decode_windows_1256_arabic(seed_000, cp):
    # the seed holds Eastern Arabic digits that windows-1256 cannot encode; news in cp1256 uses 0-9
    text = seed_000.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789"))
    data = text.encode(cp)
    assert decode(data) == text
    assert "أوستن وشويغو يتحادثان" in decode(data)


def test_decode_windows_1256_short_headline():
    line = "أوستن وشويغو يتحادثان دون أمل بانفراج لوقف الحرب"
    assert decode(line.encode("cp1256")) == line


@pytest.mark.parametrize("text,codec", [(FRENCH, "latin-1"), (GERMAN, "latin-1"), (FRENCH, "cp1252"),
                                        ("He said “no” – twice…", "cp1252")])
def test_decode_western_single_byte(text, codec):
    assert decode(text.encode(codec)) == text


def test_decode_declared_charset_is_used_when_not_utf8():
    text = "<html><head><meta charset='iso-8859-6'></head><body>" + "مرحبا بالعالم" + "</body></html>"
    assert decode(text.encode("iso-8859-6"), "iso8859_6") == text


def test_decode_utf8_cut_inside_last_character(seed_000):
    data = seed_000.encode("utf-8")[:-1]  # the seed ends with an Arabic letter (two bytes)
    assert seed_000.startswith(decode(data))


def test_decode_crlf_becomes_lf(seed_002):
    assert decode(seed_002.replace("\n", "\r\n").encode("utf-8")) == seed_002


@pytest.mark.parametrize("seed", range(5))
@pytest.mark.parametrize("size", [64, 3000, 100_000])
def test_decode_random_bytes_rejected(seed, size):
    data = random.Random(seed).randbytes(size)
    with pytest.raises(DecodeError, match="binary|cannot be decoded"):
        decode(data)


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",         # an image header
    b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\x00\x01\x02\x03" * 20,    # a PDF
    bytes(range(32)) * 50,                                          # control-character garbage
])
def test_decode_binary_rejected(data):
    with pytest.raises(DecodeError, match="binary"):
        decode(data)


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  ", codecs.BOM_UTF8 + b"\n \n"])
def test_decode_empty_rejected(data):
    with pytest.raises(DecodeError, match="empty"):
        decode(data)


@pytest.mark.parametrize("codec", ["utf-8", "cp1256"])
def test_decode_two_megabytes_on_one_line_is_linear(seed_002, codec):
    line = " ".join(seed_002.split())                       # the article on one line
    text = (line + " ") * (2_000_000 // len(line) + 1)
    data = text.encode(codec, "replace")
    start = time.perf_counter()
    out = decode(data)
    assert len(out) == len(text) and "\n" not in out
    assert time.perf_counter() - start < 5.0


def test_decode_windows_1256_arabic_words_in_latin_text():
    text = "The minister arrived in الرياض on Sunday and met officials of وزارة الخارجية before leaving.\n" * 5
    assert decode(text.encode("cp1256")) == text


def test_decode_utf8_with_a_few_damaged_bytes(seed_002):
    data = bytearray(seed_002.encode("utf-8"))
    data[500] = data[1500] = 0xFF
    out = decode(bytes(data))
    assert len(out) >= len(seed_002) and 1 <= out.count("\ufffd") <= 4
    assert out.split("\n")[0] == seed_002.split("\n")[0]


def test_decode_windows_1256_saudinewsnet_fields(saudinewsnet_day):
    """Every content, title and author field of a day of Arabic news, saved in windows-1256, reads back."""
    wrong = []
    for art in saudinewsnet_day("2015-07-22"):
        for key in ("content", "title", "author"):
            if not art[key].strip():
                continue
            data = art[key].encode("cp1256", "replace")
            want = data.decode("cp1256").replace("\r\n", "\n").replace("\r", "\n")
            try:
                if decode(data) != want:
                    wrong.append((key, art[key][:60]))
            except DecodeError as exc:
                wrong.append((key, art[key][:60], str(exc)))
    assert wrong == []
