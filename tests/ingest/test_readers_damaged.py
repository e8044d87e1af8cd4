"""Damaged inputs: cut, overwritten, inserted or deleted bytes in every kind of file never raise from a
reader; each yields Records and/or one-line Rejections, and a Record either becomes a Document or fails
with a ValueError that the caller reports in one line."""
from __future__ import annotations

import gzip
import io
import json
import random
import zipfile

import pytest

from marsad.ingest import Record, Rejected, read_bytes, to_document

from .conftest import article_page
from .test_warc_reader import _warc


@pytest.fixture(scope="module")
def samples(seed_000: str) -> dict[str, bytes]:
    paras = [ln for ln in seed_000.split("\n") if ln.strip()]
    html = article_page(paras[3], paras[5:], published="2022-05-13").encode("utf-8")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("a.txt", seed_000)
        z.writestr("b.json", json.dumps([{"text": seed_000}], ensure_ascii=False))
    line = json.dumps({"text": seed_000, "published": "2022-05-13"}, ensure_ascii=False) + "\n"
    return {
        "x.txt": seed_000.encode("utf-8"), "y.txt": seed_000.encode("cp1256", "replace"), "x.html": html,
        "x.zip": buf.getvalue(), "x.jsonl": line.encode("utf-8") * 3,
        "x.json": json.dumps([{"content": seed_000, "date_extracted": "2015-07-21 10:00:00"}]).encode("utf-8"),
        "x.warc.gz": _warc([("http://e.test/1", "200 OK", html, "text/html")], gz=True),
        "x.warc": _warc([("http://e.test/1", "200 OK", html, "text/html")], gz=False),
        "x.jsonl.gz": gzip.compress(line.encode("utf-8")),
    }


def _damage(data: bytes, rng: random.Random) -> bytes:
    d = bytearray(data)
    op = rng.randrange(4)
    if op == 0:
        return bytes(d[: rng.randrange(len(d))])
    if op == 1:
        for _ in range(rng.randrange(1, 20)):
            d[rng.randrange(len(d))] = rng.randrange(256)
    elif op == 2:
        i = rng.randrange(len(d))
        d[i:i] = rng.randbytes(rng.randrange(1, 50))
    else:
        i = rng.randrange(len(d))
        del d[i:i + rng.randrange(1, 200)]
    return bytes(d)


@pytest.mark.parametrize("seed", range(4))
def test_damaged_inputs_never_raise(samples, seed, capfd):
    rng = random.Random(seed)
    for _ in range(120):
        name, data = rng.choice(sorted(samples.items()))
        for item in read_bytes(name, _damage(data, rng), name):
            assert isinstance(item, (Record, Rejected))
            if isinstance(item, Rejected):
                assert "\n" not in item.line() and item.input.startswith(name)
            else:
                try:
                    to_document(item)
                except ValueError:
                    pass
    assert capfd.readouterr().err == ""      # no library warnings on stderr either
