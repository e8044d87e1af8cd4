"""The actor dictionary as editable data: users add rows through MARSAD_DATA_PATH; bad rows are named."""
from __future__ import annotations

import pytest

from marsad.doc import Document
from marsad.entities import actors
from marsad.entities.dictionary import people
from marsad.errors import ResourceError

HEADER = "name_en\tnames_ar\tcountry\torg\tsector\trole\tstart\tend\n"


@pytest.fixture()
def user_data(tmp_path, monkeypatch):
    (tmp_path / "actors").mkdir()
    monkeypatch.setenv("MARSAD_DATA_PATH", str(tmp_path))
    actors.reload()
    yield tmp_path / "actors" / "people.tsv"
    monkeypatch.delenv("MARSAD_DATA_PATH")
    actors.reload()


def test_user_row_is_matched(user_data):
    user_data.write_text("# my additions\n" + HEADER +
                         "Luigi Di Maio\tلويجي دي مايو|دي مايو\tITA\t\tGOV\tforeign minister\t2019-09-05\t2022-10-22\n",
                         encoding="utf-8")
    actors.reload()
    doc = actors.component(Document("وقال دي مايو إن بلاده تدعم الحل", published="2020-03-01"))
    a = [s for s in doc.layers["entities"] if s.label == "PER"][0].attrs["actor"]
    assert (a["name"], a["code"], a["role"]) == ("Luigi Di Maio", "ITAGOV", "foreign minister")


@pytest.mark.parametrize("row,reason", [
    ("X\tاكس\tXXX\t\tGOV\tpresident\t2020-01-01\t\n", "unknown country code 'XXX'"),
    ("X\tاكس\tUSA\t\tGOV\tpresident\t2020-13-01\t\n", "bad date '2020-13-01'"),
    ("X\tاكس\tUSA\t\tGOV\tpresident\t01/02/2020\t\n", "bad date '01/02/2020'"),
    ("X\tاكس\tUSA\t\tGOV\tpresident\t2020-01-01\t2019-01-01\n", "end 2019-01-01 is before start"),
    ("X\tاكس\tUSA\t\tARMY\tpresident\t2020-01-01\t\n", "unknown sector 'ARMY'"),
    ("X\tاكس\t\t\tGOV\tpresident\t2020-01-01\t\n", "needs a country or an org"),
    ("X\t\tUSA\t\tGOV\tpresident\t2020-01-01\t\n", "empty required column(s) names_ar"),
])
def test_bad_row_names_file_and_line(user_data, row, reason):
    user_data.write_text(HEADER + row, encoding="utf-8")
    actors.reload()
    with pytest.raises(ResourceError) as err:
        people()
    msg = str(err.value)
    assert f"{user_data}:2" in msg and reason in msg and "\n" not in msg


def test_missing_column_in_header(user_data):
    user_data.write_text("name_en\tnames_ar\tcountry\n", encoding="utf-8")
    actors.reload()
    with pytest.raises(ResourceError, match="lacks column"):
        people()


def test_shipped_dictionary_is_valid_and_dated():
    ps = people()
    assert len(ps) >= 150
    for p in ps.values():
        for o in p.offices:
            assert o.start and (not o.end or o.end >= o.start), p.name


@pytest.mark.parametrize("name,day,role", [
    ("Sergei Shoigu", "2022-05-13", "defense minister"),
    ("Sergei Shoigu", "2024-10-01", "secretary of the security council"),
    ("Lloyd Austin", "2015-07-23", "regional commander"),
    ("Lloyd Austin", "2022-05-13", "defense minister"),
    ("Jean-Yves Le Drian", "2016-01-01", "defense minister"),
    ("Jean-Yves Le Drian", "2019-01-01", "foreign minister"),
    ("Mark Rutte", "2025-01-01", "secretary-general"),
])
def test_office_on_date(name, day, role):
    assert people()[name].office(day).role == role


@pytest.mark.parametrize("text,day,name", [
    ("استقبل خادم الحرمين الشريفين في قصره بجدة", "2014-06-01", "Abdullah bin Abdulaziz"),
    ("استقبل خادم الحرمين الشريفين في قصره بجدة", "2015-07-23", "Salman bin Abdulaziz"),
])
def test_shared_title_resolved_by_date(text, day, name):
    doc = actors.component(Document(text, published=day))
    assert [s.attrs["actor"]["name"] for s in doc.layers["entities"] if s.label == "PER"] == [name]


def test_role_phrase_chooses_office_when_date_unknown():
    doc = actors.component(Document("وقال وزير الدفاع الروسي سيرغي شويغو إن"))
    a = [s for s in doc.layers["entities"] if s.label == "PER"][0].attrs["actor"]
    assert (a["code"], a["role"]) == ("RUSMIL", "defense minister")
    doc = actors.component(Document("وقال سيرغي شويغو إن"))
    assert [s for s in doc.layers["entities"] if s.label == "PER"][0].attrs["actor"]["role"] == \
        "secretary of the security council"


def test_date_outside_every_office_keeps_country_only():
    doc = actors.component(Document("وصرح بدر عبد العاطي للصحفيين", published="2015-07-23"))
    a = [s for s in doc.layers["entities"] if s.label == "PER"][0].attrs["actor"]
    assert (a["country"], a["sector"], a["role"], a["code"]) == ("EGY", None, None, "EGY")


@pytest.mark.parametrize("name,content,reason", [
    ("actors/organisations.tsv", "name_en\tnames_ar\tcode\tcountry\tsector\tlabel\nX\tاكس\tXXXGOV\tXXX\tGOV\tORG\n",
     "unknown country code 'XXX'"),
    ("actors/organisations.tsv", "name_en\tnames_ar\tcode\tcountry\tsector\tlabel\nX\tاكس\tUSAGOV\tUSA\tGOV\tTHING\n",
     "bad label 'THING'"),
    ("actors/seats.tsv", "names_ar\tcountry\tsector\tname_en\thead\nاكس\tUSA\tARMY\tX\t\n", "unknown sector 'ARMY'"),
    ("actors/roles.tsv", "phrases_ar\trole_en\tsector\tkind\nاكس\tx\tGOV\tboss\n", "bad kind 'boss'"),
    ("places/regions.tsv", "name_en\tnames_ar\tcountry\tlat\tlon\tkind\nX\tاكس\tUSA\t95\t10\tregion\n",
     "coordinates out of range"),
])
def test_bad_rows_in_other_tables(tmp_path, monkeypatch, name, content, reason):
    path = tmp_path / name
    path.parent.mkdir(parents=True)
    path.write_text(content, encoding="utf-8")
    monkeypatch.setenv("MARSAD_DATA_PATH", str(tmp_path))
    actors.reload()
    try:
        with pytest.raises(ResourceError) as err:
            actors.component(Document("نص"))
        assert f"{path}:2" in str(err.value) and reason in str(err.value)
    finally:
        monkeypatch.delenv("MARSAD_DATA_PATH")
        actors.reload()
