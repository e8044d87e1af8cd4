"""``python -m marsad.clean``: prints roles and reasons of a page, surveys record files."""
from __future__ import annotations

import json

from marsad.clean.__main__ import main


def test_lines_inspect_page(tmp_path, capsys, seed_002):
    page = tmp_path / "page.txt"
    page.write_text(seed_002, encoding="utf-8")
    assert main([str(page)]) == 0
    out = capsys.readouterr().out
    assert "   1 title" in out and "   3 byline" in out and "  21 heading" in out


def test_lines_inspect_records_and_bad_input(tmp_path, capsys):
    recs = [{"source": "was", "title": "عام / خبر", "content": "الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس\n"
             "بعدها سلم الرئيس التنفيذي للهيئة الملكية بينبع الدروع والشهادات للجهات المشاركة والرعاة .\n// انتهى //"}]
    path = tmp_path / "day.json"
    path.write_text(json.dumps(recs, ensure_ascii=False), encoding="utf-8")
    assert main([str(path), "--show", "5"]) == 0
    out = capsys.readouterr().out
    assert "1 articles from 1 sources, 3 non-blank lines" in out and "non-body: 2" in out
    assert main([str(tmp_path / "missing.txt")]) == 1
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    assert main([str(bad)]) == 1
    assert "cannot read" in capsys.readouterr().err
