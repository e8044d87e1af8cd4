"""``marsad ingest``: incremental by content hash, rejected inputs named, summary line, no re-analysis."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from marsad.cli import main
from marsad.store import Store

# real sentences (SaudiNewsNet, 2015-07-23)
ARTICLES = {
    "iraq.txt": "وأعلنت القوات العراقية في 13 يوليو (تموز)، تكثيف عملياتها في الانبار بهدف «تحرير» المحافظة "
                "الحدودية مع سوريا والاردن والسعودية.",
    "euro.txt": "ونزل اليورو عن 1.10 دولار بعد انخفاض طلبات إعانة البطالة الأمريكية لأدنى مستوى منذ 1973 لكنه "
                "ظل مرتفعا أمام الدولار مقارنة مع مستواه عند الفتح.",
    "iran.txt": "من المبكر بعدُ تقويم تأثير مناخ الانفتاح الأميركي - الغربي على «دبلوماسية» إيران الشرق أوسطية.",
}


@pytest.fixture()
def folder(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    for name, text in ARTICLES.items():
        (d / name).write_text(text, encoding="utf-8")
    return d


@pytest.fixture(autouse=True)
def no_pipeline(monkeypatch):
    monkeypatch.setenv("MARSAD_PIPELINE", "none")
    monkeypatch.setenv("MARSAD_STORY_LINK_MAX", "0")


def test_second_run_adds_nothing(folder, tmp_path, capsys):
    db = tmp_path / "s.db"
    assert main(["ingest", "--db", str(db), str(folder)]) == 0
    out, err = capsys.readouterr()
    assert out.strip() == "3 documents added, 0 already present, 0 rejected, 0 events"
    assert err == ""                      # no progress bar when stderr is not a terminal
    assert main(["ingest", "--db", str(db), str(folder)]) == 0
    assert capsys.readouterr().out.strip() == "0 documents added, 3 already present, 0 rejected, 0 events"
    with Store.open(db) as st:
        assert st.count() == 3
        assert [h.id for h in st.search("الأمريكي البطالة")] == ["euro.txt"]


def test_a_copy_under_another_name_is_not_added(folder, tmp_path, capsys):
    db = tmp_path / "s.db"
    main(["ingest", "--db", str(db), str(folder)])
    copy = tmp_path / "copy.jsonl"
    copy.write_text(json.dumps({"id": "other", "text": ARTICLES["iran.txt"]}, ensure_ascii=False) + "\n"
                    + json.dumps({"id": "new", "text": "ارتفع سعر النفط."}, ensure_ascii=False) + "\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["ingest", "--db", str(db), str(copy)]) == 0
    assert capsys.readouterr().out.strip() == "1 documents added, 1 already present, 0 rejected, 0 events"


def test_rejected_inputs_are_named_and_exit_1(folder, tmp_path, capsys):
    (folder / "empty.txt").write_text("   \n", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    assert main(["ingest", "--db", str(tmp_path / "s.db"), str(folder), str(missing)]) == 1
    out, err = capsys.readouterr()
    assert out.strip() == "3 documents added, 0 already present, 2 rejected, 0 events"
    lines = err.strip().splitlines()
    assert len(lines) == 2 and any("empty.txt" in l for l in lines) and any("missing.txt" in l for l in lines)
    assert "Traceback" not in err


def test_present_texts_are_not_analysed_again(folder, tmp_path, capsys, monkeypatch):
    import marsad.cli.ingest as ingest_cli

    calls = []

    class Counting:
        def __call__(self, doc):
            calls.append(doc.id)
            return doc

    monkeypatch.setattr(ingest_cli, "choose_pipeline", lambda spec: Counting())
    db = tmp_path / "s.db"
    main(["ingest", "--db", str(db), str(folder)])
    assert sorted(calls) == sorted(ARTICLES)
    calls.clear()
    main(["ingest", "--db", str(db), str(folder)])
    assert calls == []


def test_events_of_analysed_documents_are_stored(folder, tmp_path, capsys, monkeypatch):
    import marsad.cli.ingest as ingest_cli

    class Ev:
        def to_dict(self, doc):
            i = doc.text.find("تكثيف")
            return {"id": "e1", "event": "MOBILIZE", "actor": {"entity_text": "القوات العراقية", "code": "IRQ"},
                    "text_info": {"start": i, "end": i + 5}, "aux": [], "confidence": 0.7}

    def fake(doc):
        if "تكثيف" in doc.text:
            doc.events.append(Ev())
        return doc

    monkeypatch.setattr(ingest_cli, "choose_pipeline", lambda spec: fake)
    db = tmp_path / "s.db"
    main(["ingest", "--db", str(db), str(folder)])
    assert capsys.readouterr().out.strip().endswith("1 events")
    main(["events", "--db", str(db)])
    rec = json.loads(capsys.readouterr().out)
    assert rec["id"] == "iraq.txt#e1" and rec["event"] == "MOBILIZE"


def test_unknown_pipeline_component_is_a_usage_error(folder, tmp_path, capsys):
    assert main(["ingest", "--db", str(tmp_path / "s.db"), "--pipeline", "nonsense", str(folder)]) == 2
    err = capsys.readouterr().err
    assert "nonsense" in err and len(err.strip().splitlines()) == 1


def test_store_in_a_missing_folder_is_a_one_line_error(folder, tmp_path, capsys):
    assert main(["ingest", "--db", str(tmp_path / "no" / "s.db"), str(folder)]) == 1
    err = capsys.readouterr().err
    assert "does not exist" in err and "Traceback" not in err


def test_progress_bar_only_on_a_terminal(folder, tmp_path):
    import os
    import pty
    import subprocess
    import sys

    ROOT = Path(__file__).resolve().parent.parent

    env = {**os.environ, "MARSAD_PIPELINE": "none", "PYTHONPATH": str(ROOT / "src")}
    env.pop("MARSAD_NO_PROGRESS", None)
    import fcntl
    import struct
    import termios

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    proc = subprocess.run([sys.executable, "-c", "from marsad.cli import run; run()", "ingest", "--db",
                           str(tmp_path / "s.db"), str(folder)], env=env, stdout=subprocess.PIPE, stderr=slave,
                          timeout=60)
    os.close(slave)
    err = b""
    try:
        while chunk := os.read(master, 4096):
            err += chunk
    except OSError:
        pass
    os.close(master)
    assert proc.stdout.decode().strip() == "3 documents added, 0 already present, 0 rejected, 0 events"
    assert b"ingest" in err and b"doc" in err
