"""``marsad ingest --workers N`` stores the same documents, events and links as the single-process run."""
from __future__ import annotations

from pathlib import Path

import pytest

from marsad.cli import main
from marsad.store import Store

ROOT = Path(__file__).resolve().parents[2]
SEEDS = [str(ROOT / "examples" / "000_741ecda8f4a08f1a.txt"), str(ROOT / "examples" / "002_91d4b520dce09521.txt")]


def _content(db: str) -> tuple:
    with Store.open(db, create=False) as st:
        docs = [{k: v for k, v in d.items() if k != "ingested_at"} for d in st.documents()]
        return docs, [d.to_dict() for d in st.load_documents()], st.events(extensions=None), st.links(), st.stories()


@pytest.mark.slow
def test_workers_store_what_one_process_stores(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("MARSAD_STORY_LINK_MAX", "0")
    one, two = str(tmp_path / "one.db"), str(tmp_path / "two.db")
    assert main(["ingest", "--db", one, "--published", "2022-10-21", *SEEDS]) == 0
    out_one = capsys.readouterr().out
    assert main(["ingest", "--db", two, "--published", "2022-10-21", "--workers", "2", *SEEDS]) == 0
    out_two = capsys.readouterr().out
    assert out_one == out_two and out_one.startswith("2 documents added")
    assert _content(one) == _content(two)
    assert main(["ingest", "--db", two, "--workers", "2", *SEEDS]) == 0            # nothing analysed again
    assert capsys.readouterr().out.startswith("0 documents added, 2 already present")


@pytest.mark.parametrize("bad", ["0", "-1"])
def test_workers_must_be_positive(bad, tmp_path, capsys):
    with pytest.raises(SystemExit):
        main(["ingest", "--db", str(tmp_path / "s.db"), "--workers", bad, *SEEDS])
    assert "--workers" in capsys.readouterr().err
