"""``marsad compare --json --pairs``: whole articles with title and text, Arabic and English, bad lines named."""
from __future__ import annotations

import json

import pytest

from marsad.cli import main

from corpus_reports import ADEN_1, ADEN_2, APPLE

# PLOVER gold sentences (CC BY-SA 4.0) and the same events retold in other words
AZ = ("The Azerbaijani parliament threatened on Monday to break relations with Russia unless the Kremlin closed its "
      "radar base in the republic.")
AZ_RETOLD = ("Azerbaijan's parliament warned on Monday that it would sever ties with Russia if Moscow did not shut its "
             "radar station in the country.")
BENIN = ("Benin opened its borders today to most West Africans ordered out of Nigeria as illegal aliens, but was still "
         "refusing admittance to Ghanaians, by far the biggest group involved, Benin police said.")


def ar(pair: tuple[str, str]) -> dict:
    return {"title": pair[0], "text": pair[1]}


@pytest.fixture(scope="module")
def result(tmp_path_factory):
    lines = [
        {"id": "en-same", "a": {"text": AZ, "title": "Azerbaijan threatens Russia over radar"},
         "b": {"text": AZ_RETOLD}},
        {"id": "en-other", "a": {"text": AZ}, "b": {"text": BENIN}},
        {"id": "ar-same", "a": ar(ADEN_1), "b": ar(ADEN_2)},
        {"id": "ar-other", "a": ar(ADEN_1), "b": ar(APPLE)},
        {"id": "headline-only", "a": {"title": ADEN_1[0], "text": ""}, "b": ar(ADEN_2)},
        {"id": "no-text", "a": {"title": "", "text": ""}, "b": ar(ADEN_2)},
    ]
    path = tmp_path_factory.mktemp("pairs") / "pairs.jsonl"
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n{broken\n", encoding="utf-8")
    return path


_runs: dict[str, tuple[int, dict[str, dict], str]] = {}


def run(path, capsys) -> tuple[int, dict[str, dict], str]:
    """The command's exit status, output lines by id, and stderr (run once per file)."""
    if str(path) not in _runs:
        status = main(["compare", "--json", "--pairs", str(path)])
        out, err = capsys.readouterr()
        rows = [json.loads(x) for x in out.splitlines()]
        _runs[str(path)] = (status, {r["id"]: r for r in rows}, err)
    return _runs[str(path)]


def test_pairs_are_scored_in_both_languages(result, capsys):
    status, rows, err = run(result, capsys)
    assert status == 1                                       # two bad lines, named, the others printed
    assert sorted(rows) == ["ar-other", "ar-same", "en-other", "en-same", "headline-only"]
    assert err.count("marsad: rejected") == 2 and "Traceback" not in err and ":7:" in err and ":6:" in err
    for r in rows.values():
        assert 0.0 <= r["similarity"] <= 1.0 and isinstance(r["same_story"], bool)
    assert rows["en-same"]["similarity"] > rows["en-other"]["similarity"] + 0.2
    assert rows["ar-same"]["similarity"] > rows["ar-other"]["similarity"] + 0.2
    assert rows["ar-same"]["same_story"] and not rows["ar-other"]["same_story"]
    assert rows["en-same"]["same_story"] and not rows["en-other"]["same_story"]


def test_title_is_read_and_english_names_are_shared(result, capsys):
    _, rows, _ = run(result, capsys)
    assert rows["en-same"]["a"]["title"] == "Azerbaijan threatens Russia over radar"
    assert {"Monday", "Russia"} <= set(rows["en-same"]["shared_entities"])
    assert rows["en-same"]["parts"]["lexical_cosine"] > rows["en-other"]["parts"]["lexical_cosine"]
    assert rows["headline-only"]["a"]["title"] == ADEN_1[0] and rows["headline-only"]["similarity"] > 0.5
