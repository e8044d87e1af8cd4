"""Readers for files and folders: one Record per article, one Rejected per bad input, the rest goes on."""
from __future__ import annotations

import gzip
import io
import json
import zipfile

import pytest

from marsad.ingest import read_inputs, to_document
from marsad.ingest.files import read_stdin

from .conftest import article_page, split


def test_read_txt_id_is_file_name(tmp_path, seed_000):
    p = tmp_path / "000_741ecda8f4a08f1a.txt"
    p.write_text(seed_000, encoding="utf-8")
    recs, rej = split(read_inputs([str(p)]))
    assert not rej and len(recs) == 1
    assert recs[0].id == "000_741ecda8f4a08f1a.txt" and recs[0].source == str(p)
    doc = to_document(recs[0])
    assert doc.text == seed_000 and doc.published is None


def test_read_txt_windows_1256(tmp_path, seed_002):
    p = tmp_path / "a.txt"
    p.write_bytes(seed_002.encode("cp1256"))
    (rec,) = read_inputs([str(p)])
    assert to_document(rec).text == seed_002


def test_read_html_with_metadata(tmp_path, seed_002_parts):
    title, body = seed_002_parts
    page = article_page(title, body, author="خافيير أنسورينا", published="2022-05-13T18:20:00+03:00",
                        site="الشرق الأوسط", chrome_date="الأربعاء ٢٥ / ديسمبر / ٢٠٢٤")
    p = tmp_path / "page.html"
    p.write_text(page, encoding="utf-8")
    (rec,) = read_inputs([str(p)])
    assert rec.html and rec.id == "page.html"
    doc = to_document(rec)
    assert doc.title == title and doc.text.startswith(title + "\n")
    assert body[0] in doc.text and "var x" not in doc.text and "جميع الحقوق" not in doc.text
    assert (doc.byline, doc.publisher, doc.published) == ("خافيير أنسورينا", "الشرق الأوسط", "2022-05-13")


def test_read_html_windows_1256_declared(tmp_path, seed_002_parts):
    title, body = seed_002_parts
    page = article_page(title, body, charset="windows-1256")
    p = tmp_path / "page.htm"
    p.write_bytes(page.encode("cp1256"))
    (rec,) = read_inputs([str(p)])
    assert body[1] in to_document(rec).text


def test_read_jsonl_broken_line_rejected_others_kept(tmp_path, seed_000, seed_002):
    lines = [json.dumps({"id": "a", "text": seed_000, "published": "2022-05-13"}, ensure_ascii=False),
             '{"id": "b", "text": "نص مقطوع',
             json.dumps({"text": seed_002, "url": "https://example.com/x", "source": "aawsat"}, ensure_ascii=False),
             "", "[1, 2]"]
    p = tmp_path / "batch.jsonl"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    recs, rej = split(read_inputs([str(p)]))
    assert [r.id for r in recs] == ["a", "batch.jsonl:3"]
    assert [r.input for r in rej] == [f"{p}:2", f"{p}:5"]
    assert "broken JSON" in rej[0].reason and "not a JSON object" in rej[1].reason
    doc = to_document(recs[1])
    assert doc.publisher == "aawsat" and doc.url == "https://example.com/x" and doc.text == seed_002
    assert to_document(recs[0]).published == "2022-05-13"


def test_read_jsonl_record_without_text_rejected(tmp_path):
    p = tmp_path / "x.jsonl"
    p.write_text('{"id": "a", "title": "عنوان فقط"}\n{"id": "b", "text": 5}\n', encoding="utf-8")
    recs, rej = split(read_inputs([str(p)]))
    assert not recs and [r.input for r in rej] == [f"{p}:1", f"{p}:2"]


def test_read_json_saudinewsnet_objects(tmp_path, saudinewsnet_day):
    articles = saudinewsnet_day("2015-07-21")[:3]
    p = tmp_path / "2015-07-21.json"
    p.write_text(json.dumps(articles, ensure_ascii=False, indent=1), encoding="utf-8")
    recs, rej = split(read_inputs([str(p)]))
    assert not rej and [r.id for r in recs] == ["2015-07-21.json:1", "2015-07-21.json:2", "2015-07-21.json:3"]
    for art, rec in zip(articles, recs):
        doc = to_document(rec)
        assert doc.text == art["content"].replace("\r\n", "\n") and doc.title == art["title"]
        assert doc.publisher == art["source"] and doc.byline == (art["author"].strip() or None)
        assert doc.published == art["date_extracted"][:10] and doc.url == art["url"]


def test_read_json_single_object_and_wrapped_array(tmp_path, seed_000):
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"text": seed_000, "title": "أوستن وشويغو"}, ensure_ascii=False), encoding="utf-8")
    many = tmp_path / "many.json"
    many.write_text(json.dumps({"articles": [{"id": "z", "html": "<p>أجرى وزيرا الدفاع اتصالا</p>"}]}), encoding="utf-8")
    recs, rej = split(read_inputs([str(one), str(many)]))
    assert not rej and [r.id for r in recs] == ["one.json", "z"]
    assert to_document(recs[1]).text.endswith("أجرى وزيرا الدفاع اتصالا")


def test_read_json_broken_rejected(tmp_path):
    p = tmp_path / "bad.json"
    p.write_text('[{"text": "نص"}, {"text": ', encoding="utf-8")
    recs, rej = split(read_inputs([str(p)]))
    assert not recs and rej[0].input == str(p) and "broken JSON" in rej[0].reason


def _zip_bytes(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


def test_read_zip_members(tmp_path, seed_000, seed_002):
    inner = _zip_bytes({"nested.txt": seed_002.encode("utf-8")})
    data = _zip_bytes({
        "b/2.jsonl": (json.dumps({"id": "j1", "text": seed_002}, ensure_ascii=False) + "\n").encode("utf-8"),
        "a/1.txt": seed_000.encode("utf-8"),
        ".hidden.txt": b"skip me", "__MACOSX/a/._1.txt": b"\x00\x05\x16\x07",
        "c/inner.zip": inner, "d/pic.bin": bytes(range(256)) * 4,
    })
    p = tmp_path / "archive.zip"
    p.write_bytes(data)
    recs, rej = split(read_inputs([str(p)]))
    assert [(r.id, r.source) for r in recs] == [
        ("1.txt", f"{p}!a/1.txt"), ("j1", f"{p}!b/2.jsonl"), ("nested.txt", f"{p}!c/inner.zip!nested.txt")]
    assert [(r.input, r.reason) for r in rej] == [(f"{p}!d/pic.bin", "not a supported input (binary)")]


def test_read_truncated_zip_keeps_complete_members(tmp_path, seed_000, seed_002):
    data = _zip_bytes({"1.txt": seed_000.encode("utf-8"), "2.txt": seed_002.encode("utf-8")})
    cut = data.find(b"PK\x03\x04", 10) + 200       # inside the second member's data
    p = tmp_path / "cut.zip"
    p.write_bytes(data[:cut])
    recs, rej = split(read_inputs([str(p)]))
    assert [r.id for r in recs] == ["1.txt"] and to_document(recs[0]).text == seed_000
    assert [r.input for r in rej] == [f"{p}!2.txt", str(p)]
    assert "truncated" in rej[-1].reason


def test_read_not_a_zip_rejected(tmp_path):
    p = tmp_path / "fake.zip"
    p.write_bytes(b"this is not an archive at all")
    recs, rej = split(read_inputs([str(p)]))
    assert not recs and rej[0].input == str(p) and "not a zip" in rej[0].reason


def test_read_gzipped_jsonl(tmp_path, seed_000):
    p = tmp_path / "x.jsonl.gz"
    p.write_bytes(gzip.compress((json.dumps({"text": seed_000}, ensure_ascii=False) + "\n").encode("utf-8")))
    recs, rej = split(read_inputs([str(p)]))
    assert not rej and recs[0].id == "x.jsonl:1"


def test_read_folder_sorted_hidden_skipped_each_file_alone(tmp_path, seed_000, seed_002):
    (tmp_path / "sub").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    (tmp_path / "b.txt").write_text(seed_002, encoding="utf-8")
    (tmp_path / "sub" / "a.txt").write_text(seed_000, encoding="utf-8")
    (tmp_path / ".notes.txt").write_text("hidden", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "notes.dat").write_text("ملاحظة قصيرة عن الخبر", encoding="utf-8")   # unknown extension, text
    (tmp_path / "blob.dat").write_bytes(bytes(range(256)))
    recs, rej = split(read_inputs([str(tmp_path)]))
    assert [r.id for r in recs] == ["b.txt", "notes.dat", "a.txt"]
    assert [r.source for r in recs][-1] == str(tmp_path / "sub" / "a.txt")
    assert {(r.input.rsplit("/", 1)[-1], r.reason) for r in rej} == {
        ("blob.dat", "not a supported input (binary)"), ("empty.txt", "empty")}


def test_read_missing_path_and_empty_folder(tmp_path):
    (tmp_path / "void").mkdir()
    items = list(read_inputs([str(tmp_path / "nope.txt"), str(tmp_path / "void")]))
    assert [i.line() for i in items] == [f"{tmp_path / 'nope.txt'}: no such file or directory",
                                         f"{tmp_path / 'void'}: empty folder (no readable files)"]


def test_read_two_megabytes_one_line(tmp_path, seed_002):
    text = (" ".join(seed_002.split()) + " ") * 700
    assert len(text.encode("utf-8")) > 2_000_000 and "\n" not in text
    p = tmp_path / "long.txt"
    p.write_text(text, encoding="utf-8")
    (rec,) = read_inputs([str(p)])
    assert to_document(rec).text == text


@pytest.mark.parametrize("payload,kind", [("text", "text"), ("jsonl", "jsonl"), ("html", "html")])
def test_read_stdin(seed_000, seed_002, payload, kind):
    if payload == "jsonl":
        data = "\n".join(json.dumps({"text": t}, ensure_ascii=False) for t in (seed_000, seed_002)) + "\n"
    elif payload == "html":
        data = article_page("عنوان", [seed_002.split("\n")[4]])
    else:
        data = seed_000
    recs, rej = split(read_stdin(io.BytesIO(data.encode("utf-8"))))
    assert not rej
    if kind == "jsonl":
        assert [r.id for r in recs] == ["stdin:1", "stdin:2"] and recs[1].text == seed_002
    elif kind == "html":
        assert recs[0].html and seed_002.split("\n")[4] in to_document(recs[0]).text
    else:
        assert recs[0].id == "stdin" and recs[0].text == seed_000


def test_read_stdin_empty_rejected():
    (rej,) = read_stdin(io.BytesIO(b"\n\n"))
    assert rej.line() == "<stdin>: empty"


def test_read_large_jsonl_streamed_like_small(tmp_path, seed_000, seed_002, monkeypatch):
    from marsad.ingest import files

    def kinds(path):
        return [(type(i).__name__, getattr(i, "id", getattr(i, "input", None))) for i in read_inputs([str(path)])]

    lines = [json.dumps({"text": seed_000}, ensure_ascii=False), '{"text": "broken',
             json.dumps({"id": "w", "text": seed_002}, ensure_ascii=False), ""]
    p = tmp_path / "big.jsonl"
    p.write_bytes(b"\xef\xbb\xbf" + "\n".join(lines).encode("utf-8") + b"\n")
    whole = kinds(p)
    monkeypatch.setattr(files, "STREAM_BYTES", 0)
    assert kinds(p) == whole == [("Record", "big.jsonl:1"), ("Rejected", f"{p}:2"), ("Record", "w")]
    # streamed, a line of garbage costs that line only
    q = tmp_path / "junk.jsonl"
    q.write_bytes(lines[0].encode("utf-8") + b"\n" + bytes([*range(9), *range(14, 32)]) * 4 + b"\n" + lines[2].encode("utf-8"))
    assert kinds(q) == [("Record", "junk.jsonl:1"), ("Rejected", f"{q}:2"), ("Record", "w")]
