"""Event exports (jsonl, csv, tsv, polecat, parquet) parse back; filters; statement extensions apart."""
from __future__ import annotations

import csv
import io
import json

import pytest

from marsad.cli import main
from marsad.store import Store

from store_helpers import make_doc

# real sentences (SaudiNewsNet, 2015-07-23), events coded by hand
IRAQ = ("وأعلنت القوات العراقية في 13 يوليو (تموز)، تكثيف عملياتها في الانبار بهدف «تحرير» المحافظة "
        "الحدودية مع سوريا والاردن والسعودية.")
GREECE = ("إلا انه شدد على تصميمه بذل كل الجهود لتحسين شروط الاتفاق، واستبعد \"التخلي طوعا\" عن الحكومة حيث "
          "يشكل وجود اليسار فيها \"معقلا للدفاع عن مصالح الشعب\".")


@pytest.fixture()
def db(tmp_path):
    path = tmp_path / "events.db"
    with Store.open(path) as st:
        st.add_document(make_doc(IRAQ, id="iraq", published="2015-07-23", events=[
            {"event": "MOBILIZE", "date": "2015-07-13", "actor": {"entity_text": "القوات العراقية", "name": "Iraqi forces",
                                                                  "code": "IRQ", "country": "IRQ", "sector": "MIL"},
             "evidence": "تكثيف عملياتها في الانبار", "confidence": 0.9},
        ]))
        st.add_document(make_doc(GREECE, id="greece", published="2015-07-21", publisher="aawsat", events=[
            {"event": "REJECT", "mode": "policy", "actor": {"entity_text": "انه", "country": "GRC", "sector": "GOV"},
             "evidence": "واستبعد \"التخلي طوعا\" عن الحكومة", "aux": ["negated"]},
            {"event": "STATEMENT", "extension": True, "actor": {"entity_text": "انه"},
             "evidence": "شدد على تصميمه بذل كل الجهود"},
        ]))
        st.set_links({"same_event": [], "stories": [["iraq"], ["greece"]], "contradictions": []})
    return path


def _run(capsys, *argv) -> str:
    assert main(list(argv)) == 0
    return capsys.readouterr().out


def test_jsonl_is_one_plover_record_per_line(db, capsys):
    lines = _run(capsys, "events", "--db", str(db), "--format", "jsonl").splitlines()
    recs = [json.loads(l) for l in lines]
    assert [r["event"] for r in recs] == ["MOBILIZE", "REJECT"]     # newest first, no extension
    iraq = recs[0]
    assert iraq["id"] == "iraq#e1" and iraq["event_id"] == "e1" and iraq["doc_id"] == "iraq"
    assert iraq["date"] == "2015-07-13" and iraq["actor"]["code"] == "IRQ" and iraq["quad_code"] == 4
    assert IRAQ[iraq["text_info"]["start"]:iraq["text_info"]["end"]] == iraq["event_text"][0]
    assert iraq["cite_info"]["publication"] == "aawsat" and iraq["publication_date"] == "2015-07-23"
    assert len(iraq["story_ids"]) == 1
    assert recs[1]["aux"] == ["negated"] and recs[1]["mode"] == "policy"


def test_extensions_are_exported_apart(db, capsys):
    both = [json.loads(l) for l in _run(capsys, "events", "--db", str(db), "--include-extensions").splitlines()]
    assert [r["event"] for r in both] == ["MOBILIZE", "REJECT", "STATEMENT"] and both[-1]["extension"] is True
    only = [json.loads(l) for l in _run(capsys, "events", "--db", str(db), "--only-extensions").splitlines()]
    assert [r["id"] for r in only] == ["greece#e2"]


@pytest.mark.parametrize("fmt, delimiter", [("csv", ","), ("tsv", "\t")])
def test_flat_tables_parse_back(db, capsys, fmt, delimiter):
    out = _run(capsys, "events", "--db", str(db), "--format", fmt)
    rows = list(csv.DictReader(io.StringIO(out), delimiter=delimiter,
                               **({"quoting": csv.QUOTE_NONE, "escapechar": "\\"} if fmt == "tsv" else {})))
    assert [r["id"] for r in rows] == ["iraq#e1", "greece#e1"]
    assert rows[0]["actor_code"] == "IRQ" and rows[0]["evidence"] == "تكثيف عملياتها في الانبار"
    assert rows[1]["evidence"] == "واستبعد \"التخلي طوعا\" عن الحكومة"
    assert rows[1]["aux"] == "negated" and rows[1]["date"] == ""


def test_polecat_tsv_has_polecat_columns(db, capsys):
    out = _run(capsys, "events", "--db", str(db), "--format", "polecat")
    lines = out.splitlines()
    assert all(l.count("\t") == lines[0].count("\t") for l in lines)
    rows = list(csv.DictReader(io.StringIO(out), delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\"))
    assert rows[0]["Event ID"] == "iraq#e1" and rows[0]["Event Type"] == "MOBILIZE"
    assert rows[0]["Actor Country"] == "IRQ" and rows[0]["Primary Actor Sector"] == "MIL"
    assert rows[0]["Publication Date"] == "2015-07-23" and rows[0]["Source"] == "aawsat"
    assert rows[1]["Event Mode"] == "policy" and rows[1]["Actor Name Raw"] == "انه"
    assert rows[0]["Actor COW"] == ""      # no code is made up


def test_parquet_parses_back(db, tmp_path, capsys):
    import pyarrow.parquet as pq

    out = tmp_path / "ev.parquet"
    _run(capsys, "events", "--db", str(db), "--output", str(out))   # format from the extension
    table = pq.read_table(out).to_pylist()
    assert [r["id"] for r in table] == ["iraq#e1", "greece#e1"]
    assert table[0]["ev_start"] == IRAQ.index("تكثيف") and table[0]["confidence"] == pytest.approx(0.9)
    assert json.loads(table[1]["record"])["actor"]["country"] == "GRC"


@pytest.mark.parametrize("argv, expected", [
    (["--type", "REJECT"], ["greece#e1"]),
    (["--type", "reject,mobilize"], ["iraq#e1", "greece#e1"]),
    (["--since", "2015-07-14"], ["greece#e1"]),       # iraq's event is dated 13 July
    (["--until", "2015-07-13"], ["iraq#e1"]),
    (["--actor", "IRQ"], ["iraq#e1"]),
    (["--actor", "القوات العراقيه"], ["iraq#e1"]),     # name matched normalised
    (["--actor", "grc"], ["greece#e1"]),
    (["--doc", "greece"], ["greece#e1"]),
    (["--limit", "1", "--offset", "1"], ["greece#e1"]),
])
def test_filters(db, capsys, argv, expected):
    recs = [json.loads(l) for l in _run(capsys, "events", "--db", str(db), *argv).splitlines()]
    assert [r["id"] for r in recs] == expected


def test_output_file_and_missing_store(db, tmp_path, capsys):
    out = tmp_path / "ev.jsonl"
    _run(capsys, "events", "--db", str(db), "--output", str(out))
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2
    assert main(["events", "--db", str(tmp_path / "none.db")]) == 1
    err = capsys.readouterr().err
    assert "no such store" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_empty_store_exports_empty(tmp_path, capsys):
    Store.open(tmp_path / "e.db").close()
    assert _run(capsys, "events", "--db", str(tmp_path / "e.db")) == ""
    head = _run(capsys, "events", "--db", str(tmp_path / "e.db"), "--format", "polecat")
    assert head.startswith("Event ID\tEvent Date\tEvent Type")


def test_stats_count_plover_and_extension_events_apart(db):
    with Store.open(db) as st:
        stats = st.stats()
    assert stats["documents"] == 2 and stats["events"] == 2 and stats["extension_events"] == 1
    assert stats["event_types"] == {"MOBILIZE": 1, "REJECT": 1}
    assert (stats["first_published"], stats["last_published"]) == ("2015-07-21", "2015-07-23")
