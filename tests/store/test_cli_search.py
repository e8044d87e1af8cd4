"""``marsad search`` prints matching documents with original-text snippets."""
from __future__ import annotations

import json

from marsad.cli import main
from marsad.store import Store

from store_helpers import make_doc

TEXT = ("لقد عرف الشعب السعودي الكريم مخاطر ومآسي الأعمال الإرهابية في السابق والحاضر، وعرف أيضاً أن "
        "المستهدف الأول من هذه الأعمال وطن كل السعوديين والدفاع عنه مسئولية كل فرد من أفراده.")


def test_search_prints_title_and_snippet(tmp_path, capsys):
    db = tmp_path / "s.db"
    with Store.open(db) as st:
        st.add_document(make_doc(TEXT, id="aljazirah-1", title="الوطن مسؤولية الجميع", publisher="aljazirah"))
    assert main(["search", "--db", str(db), "الدفاع"]) == 0
    out = capsys.readouterr().out
    assert "الوطن مسؤولية الجميع" in out and "[والدفاع]" in out and "aljazirah-1" in out
    assert main(["search", "--db", str(db), "--json", "الدفاع", "الوطن"]) == 0
    hit = json.loads(capsys.readouterr().out)
    assert hit["id"] == "aljazirah-1" and TEXT[hit["matches"][0][0]:hit["matches"][0][1]] in ("وطن", "والدفاع")
    assert main(["search", "--db", str(db), "الحوثيين"]) == 0
    assert "no document matches" in capsys.readouterr().out
