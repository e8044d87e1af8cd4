"""``marsad analyze --workers N`` prints exactly what one process prints, documents in input order, with the
exit status and error lines of one process."""
from __future__ import annotations

import itertools
import json
import zipfile

import pytest

from marsad.cli import main
from marsad.scale import parallel

from testkit import need_shared


def saudinewsnet(n: int) -> list[dict]:
    """The first ``n`` SaudiNewsNet objects, day after day."""
    folder = need_shared("corpora", "saudinewsnet")
    out: list[dict] = []
    for day in sorted(folder.glob("*.zip")):
        with zipfile.ZipFile(day) as zf:
            for name in sorted(zf.namelist()):
                if name.endswith(".json"):
                    out.extend(json.loads(zf.read(name)))
        if len(out) >= n:
            break
    return out[:n]


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    got = capsys.readouterr()
    return status, got.out, got.err


def test_rejected_record_keeps_its_place_and_exit_status(tmp_path, capsys):
    arts = saudinewsnet(10)
    path = tmp_path / "day.jsonl"
    lines = [json.dumps({"id": a["url"], "text": a["content"][:400], "title": a["title"],        # leads: quick
                         "published": a["date_extracted"][:10]}, ensure_ascii=False) for a in arts]
    lines.insert(4, "[1, 2]")                   # a record that is not an object
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    one = run(capsys, "analyze", "--json", "--no-links", "--workers", "1", str(path))
    two = run(capsys, "analyze", "--json", "--no-links", "--workers", "2", str(path))
    assert one[0] == two[0] == 1
    assert one[2] == two[2] and one[2].count("marsad: rejected") == 1 and f"{path}:5" in one[2]
    assert one[1] == two[1]
    docs = json.loads(two[1])["documents"]
    assert [d["id"] for d in docs] == [a["url"] for a in arts]
    assert sum(len(d["entities"]) for d in docs) > 0        # the components really ran in the workers


def test_few_documents_are_analysed_in_this_process(monkeypatch, capsys):
    from testkit import EXAMPLES, SEED_000, SEED_002

    def no_pool(*args, **kwargs):
        raise AssertionError("workers started for two documents")

    monkeypatch.setattr(parallel, "_pool", no_pool)
    status, out, _ = run(capsys, "analyze", "--json", "--no-links", "--workers", "2",
                         str(EXAMPLES / SEED_000), str(EXAMPLES / SEED_002))
    assert status == 0 and len(json.loads(out)["documents"]) == 2


@pytest.mark.parametrize("env, expected", [("3", 3), ("", None), ("x", None)])
def test_default_workers(monkeypatch, env, expected):
    monkeypatch.setenv("MARSAD_WORKERS", env)
    n = parallel.default_workers()
    assert n == expected if expected else 1 <= n <= 8


@pytest.mark.slow
def test_thirty_articles_same_json_with_two_workers(tmp_path, capsys):
    path = tmp_path / "articles.json"
    path.write_text(json.dumps(saudinewsnet(30), ensure_ascii=False), encoding="utf-8")
    one = run(capsys, "analyze", "--json", "--workers", "1", str(path))
    two = run(capsys, "analyze", "--json", "--workers", "2", str(path))
    assert one == two
    assert one[0] == 0
    out = json.loads(two[1])
    assert len(out["documents"]) == 30
    assert sum(len(d["events"]) for d in out["documents"]) > 0
    assert list(itertools.chain.from_iterable(out["links"]["stories"]))      # links computed from all of them


@pytest.mark.parametrize("env, expected", [({}, "fork"), ({"MARSAD_START_METHOD": "spawn"}, "spawn"),
                                           ({"MARSAD_EMBED_THREADS": "2"}, "spawn")])
def test_start_method(monkeypatch, env, expected):
    from marsad.config import settings

    for name in ("MARSAD_START_METHOD", "MARSAD_EMBED_THREADS"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    settings.cache_clear()
    try:
        assert parallel.start_method() == expected
    finally:
        monkeypatch.undo()
        settings.cache_clear()
