"""End to end: bad inputs beside a good one. The good article is analysed and printed, each bad
input is named on stderr in one line, no traceback, exit status 1. And ``--url`` on a local feed."""
from __future__ import annotations

import http.server
import io
import json
import random
import subprocess
import sys
import threading
import zipfile
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
SEED_000 = "000_741ecda8f4a08f1a.txt"
SEED_002 = "002_91d4b520dce09521.txt"

pytestmark = pytest.mark.slow

LATIN1 = ("Le ministre français de la Défense a téléphoné vendredi à son homologue russe, "
          "une première depuis des mois, a indiqué le ministère à Paris.")


def _marsad(*args: str, stdin: bytes | None = None, timeout: float = 170) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "marsad", *args], input=stdin, capture_output=True, timeout=timeout)


@pytest.fixture(scope="module")
def bad_folder(tmp_path_factory) -> Path:
    seed_000 = (EXAMPLES / SEED_000).read_text(encoding="utf-8")
    seed_002 = (EXAMPLES / SEED_002).read_text(encoding="utf-8")
    d = tmp_path_factory.mktemp("inputs")
    (d / SEED_000).write_text(seed_000, encoding="utf-8")
    (d / "empty.txt").write_bytes(b"")
    (d / "noise.bin").write_bytes(random.Random(7).randbytes(4096))
    (d / "latin1.txt").write_bytes(LATIN1.encode("latin-1"))
    good = [json.dumps({"id": f"j{i}", "text": p}, ensure_ascii=False)
            for i, p in enumerate(seed_002.split("\n\n")[2:4])]
    (d / "batch.jsonl").write_text("\n".join([good[0], '{"id": "broken", "text": "نص', good[1]]) + "\n",
                                   encoding="utf-8")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("a.txt", seed_000)
        z.writestr("b.txt", seed_002)
    (d / "cut.zip").write_bytes(buf.getvalue()[: len(buf.getvalue()) // 2])
    return d


@pytest.fixture(scope="module")
def bad_run(bad_folder):
    return _marsad("analyze", "--json", str(bad_folder))


def test_bad_inputs_exit_1_without_traceback(bad_run):
    err = bad_run.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err, err[-2000:]
    assert bad_run.returncode == 1, err[-2000:]


def test_good_inputs_still_analysed(bad_run):
    out = json.loads(bad_run.stdout)
    docs = {d["id"]: d for d in out["documents"]}
    seed = docs[SEED_000]
    assert seed["language"] == "ar" and seed["segments"] and seed["source"].endswith(SEED_000)
    assert docs["latin1.txt"]["language"] == "fr"
    assert {"j0", "j1"} <= set(docs) and "broken" not in docs


@pytest.mark.parametrize("name,reason", [
    ("empty.txt", "empty"), ("noise.bin", "binary"), ("batch.jsonl:2", "broken JSON"), ("cut.zip", "truncated"),
])
def test_each_bad_input_named_on_one_line(bad_run, bad_folder, name, reason):
    lines = bad_run.stderr.decode("utf-8", "replace").splitlines()
    hits = [ln for ln in lines if f"{bad_folder / name}:" in ln and reason in ln]
    assert len(hits) == 1, lines


def test_two_megabytes_on_one_line_beside_bad_inputs(bad_folder, tmp_path):
    """The whole bar at once: the same folder plus a > 2 MB text on one line, which is analysed, not rejected."""
    import shutil

    d = tmp_path / "all"
    shutil.copytree(bad_folder, d)
    seed_002 = (EXAMPLES / SEED_002).read_text(encoding="utf-8")
    (d / "long.txt").write_text((" ".join(seed_002.split()) + " ") * 700, encoding="utf-8")
    run = _marsad("analyze", "--json", str(d))
    err = run.stderr.decode("utf-8", "replace")
    assert run.returncode == 1 and "Traceback" not in err, err[-2000:]
    docs = {doc["id"]: doc for doc in json.loads(run.stdout)["documents"]}
    assert docs["long.txt"]["language"] == "ar" and SEED_000 in docs
    assert not any("long.txt" in line for line in err.splitlines())


def test_missing_path_is_one_line(tmp_path):
    run = _marsad("analyze", "--json", str(tmp_path / "nope.txt"))
    err = run.stderr.decode()
    assert run.returncode == 1 and "Traceback" not in err
    assert f"{tmp_path / 'nope.txt'}: no such file or directory" in err
    assert json.loads(run.stdout)["documents"] == []


def test_no_input_is_usage_error():
    run = _marsad("analyze", "--json")
    assert run.returncode == 2 and b"Traceback" not in run.stderr


def test_stdin_jsonl(bad_folder):
    seed_002 = (EXAMPLES / SEED_002).read_text(encoding="utf-8")
    line = json.dumps({"id": "s1", "text": seed_002, "published": "2022-05-13"}, ensure_ascii=False) + "\n"
    run = _marsad("analyze", "--json", "-", stdin=line.encode("utf-8"))
    assert run.returncode == 0, run.stderr.decode()[-2000:]
    (doc,) = json.loads(run.stdout)["documents"]
    assert (doc["id"], doc["published"], doc["language"]) == ("s1", "2022-05-13", "ar")


@pytest.fixture(scope="module")
def feed_site():
    seed_002 = (EXAMPLES / SEED_002).read_text(encoding="utf-8")
    seed_000 = (EXAMPLES / SEED_000).read_text(encoding="utf-8")
    p2 = [ln for ln in seed_002.split("\n") if ln.strip()]
    p0 = [ln for ln in seed_000.split("\n") if ln.strip()]

    def page(title: str, body: list[str]) -> bytes:
        paras = "".join(f"<p>{p}</p>" for p in body)
        return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body><article><h1>{title}</h1>"
                f"{paras}</article></body></html>").encode("utf-8")

    pages: dict[str, tuple[str, bytes]] = {}

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            ctype, body = pages.get(self.path, ("text/html", b""))
            self.send_response(200 if body else 404)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    pages["/a.html"] = ("text/html; charset=utf-8", page(p2[0], p2[2:]))
    pages["/b.html"] = ("text/html; charset=utf-8", page(p0[3], p0[5:]))
    items = "".join(f"<item><title>{t}</title><link>{base}{u}</link><pubDate>{d}</pubDate></item>" for t, u, d in (
        (p2[0], "/a.html", "Fri, 13 May 2022 18:20:00 +0300"), (p0[3], "/b.html", "Fri, 13 May 2022 20:00:00 GMT")))
    pages["/rss"] = ("application/rss+xml", f"<?xml version='1.0'?><rss version='2.0'><channel><title>مثال</title>"
                                            f"{items}</channel></rss>".encode("utf-8"))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield base
    server.shutdown()
    server.server_close()


def test_url_feed_end_to_end(feed_site):
    run = _marsad("analyze", "--json", "--url", f"{feed_site}/rss")
    assert run.returncode == 0, run.stderr.decode()[-2000:]
    docs = json.loads(run.stdout)["documents"]
    assert [d["id"] for d in docs] == [f"{feed_site}/a.html", f"{feed_site}/b.html"]
    assert [d["published"] for d in docs] == ["2022-05-13", "2022-05-13"]
    assert all(d["language"] == "ar" and d["url"] == d["id"] for d in docs)
