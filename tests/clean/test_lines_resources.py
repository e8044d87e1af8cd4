"""Cue files: users add rows through MARSAD_DATA_PATH; a malformed row is a one-line error naming file and line."""
from __future__ import annotations

import pytest

from marsad.clean import lexicon as lexmod
from marsad.clean.lines import component
from marsad.doc import Document
from marsad.errors import ResourceError

BODY = "بعدها سلم الرئيس التنفيذي للهيئة الملكية بينبع الدروع والشهادات للجهات المشاركة والرعاة ."


@pytest.fixture
def user_data(tmp_path, monkeypatch):
    (tmp_path / "clean").mkdir()
    monkeypatch.setenv("MARSAD_DATA_PATH", str(tmp_path))
    lexmod.lexicon.cache_clear()
    yield tmp_path / "clean"
    lexmod.lexicon.cache_clear()


def test_lines_user_cue_is_used(user_data):
    (user_data / "cues.tsv").write_text("role\tmatch\tpattern\tnote\nboilerplate\tline\tحمّل تطبيقنا المجاني\tapp link\n",
                                        encoding="utf-8")
    doc = component(Document(text=f"{BODY}\nحمّل تطبيقنا المجاني\n{BODY}", title="ع"))
    assert [s.label for s in doc.layers["segments"]] == ["body", "boilerplate", "body"]
    assert doc.resources["clean/cues.tsv"]


@pytest.mark.parametrize("row, message", [
    ("sidebar\tline\tx\tnote", "unknown role"),
    ("boilerplate\tfuzzy\tx\tnote", "unknown match"),
    ("boilerplate\tregex\t(unclosed\tnote", "bad regular expression"),
])
def test_lines_malformed_cue_names_file_and_line(user_data, row, message):
    (user_data / "cues.tsv").write_text(f"role\tmatch\tpattern\tnote\n{row}\n", encoding="utf-8")
    with pytest.raises(ResourceError) as err:
        lexmod.lexicon()
    assert message in str(err.value) and "cues.tsv:2" in str(err.value) and "\n" not in str(err.value)
