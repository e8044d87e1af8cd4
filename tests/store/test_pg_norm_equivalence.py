"""``marsad_norm(x.col)`` on a PostgreSQL store gives what the normaliser gives in Python, character for character."""
from __future__ import annotations

import pytest

from marsad.lang.ar.normalise import norm
from marsad.store.pg_conn import translate
from marsad.store.pg_norm import folds
from marsad.store.postgres import PgStore


def _changed() -> list[str]:
    src, _, deleted, multi = folds()
    return list(src) + list(deleted) + [c for c, _ in multi]


def test_stored_copies_are_used_for_party_names_and_sql_for_other_columns():
    sql, _ = translate("SELECT 1 FROM events e WHERE marsad_norm(e.actor_name) LIKE ? OR marsad_norm(e.placename) LIKE ?")
    assert "e.actor_name_norm LIKE %s" in sql and "translate(e.placename, " in sql and "marsad_norm" not in sql
    assert sql.count("%s") == 2           # the folds' own '%' and '?' are not taken for parameters


def test_every_folded_character_is_known():
    changed = _changed()
    assert len(changed) > 1000 and all(norm(c) != c for c in changed)
    assert {"أ", "ة", "ى", "\u064e", "\ufefb", "٣", "A"} <= set(changed)


def test_sql_norm_equals_python_norm(pg_url, seed_000, seed_002):
    changed = _changed()
    values = changed + [f"ب{c}ب" for c in changed] + ["".join(changed)]
    values += [line for line in (seed_000 + "\n" + seed_002).splitlines() if line.strip()]
    values += ["الأميركي", "الولايات المتحدة الأمريكية", "ﻻ إله", "وزيرُ الدفاعِ", "Lloyd AUSTIN 100%?", "اميرك اميرك", ""]
    with PgStore.open(pg_url) as pg:
        rows = pg.conn.execute("SELECT t.s, marsad_norm(t.s) FROM unnest(?::text[]) AS t(s)", (values,)).fetchall()
        assert pg.conn.execute("SELECT marsad_norm(t.s) FROM (SELECT NULL::text AS s) t").fetchone()[0] is None
    assert len(rows) == len(values)
    wrong = [(v, got, norm(v)) for v, got in rows if got != norm(v)]
    assert not wrong, wrong[:5]


@pytest.mark.parametrize("place, found", [("موسكو", True), ("مـوسـكـو", True), ("باريس", False)])
def test_place_filter_matches_any_spelling(pg_url, place, found):
    from store_helpers import make_doc

    text = "أجرى لويد أوستن اتصالا هاتفيا بنظيره الروسي سيرغي شويغو يوم الجمعة 13 مايو 2022 في موسكو."
    with PgStore.open(pg_url) as pg:
        pg.add_document(make_doc(text, id="a", events=[{"event": "CONSULT", "evidence": text,
                                                        "event_loc": {"placename": "مُوسْكُو"}}]))
        n = pg.conn.execute("SELECT count(*) FROM events e WHERE marsad_norm(e.placename) LIKE ?",
                            (f"%{norm(place)}%",)).fetchone()[0]
    assert (n == 1) is found
