"""Records to Documents: metadata dates normalised, never guessed; HTML metadata kept."""
from __future__ import annotations

import pytest

from marsad.ingest import Record, normalise_date, to_document
from marsad.ingest.html import metadata_date, strip_tags

from .conftest import article_page


@pytest.mark.parametrize("raw,want", [
    ("2015-07-21", "2015-07-21"),
    ("2015-07-21 10:00", "2015-07-21"),
    ("2015-07-21 02:51:32", "2015-07-21"),                 # SaudiNewsNet date_extracted
    ("2022-05-13T23:30:00-05:00", "2022-05-13"),           # the date as written, no time-zone shift
    ("2022-05-13T18:20:00Z", "2022-05-13"),
    ("2022/5/3", "2022-05-03"),
    ("20220513", "2022-05-13"),
    ("Fri, 13 May 2022 18:20:00 +0300", "2022-05-13"),     # RFC 822 from RSS
    ("Sat, 14 May 2022 09:00:00 GMT", "2022-05-14"),
    ("21/07/2015", "2015-07-21"),
    ("13 May 2022", "2022-05-13"),
    ("21 يوليو 2015", "2015-07-21"),
    ("03/04/2015", None),                                  # day and month cannot be told apart
    ("2015-02-30", None),
    ("الجمعة", None),                                      # no year: not a publication date
    ("yesterday", None),
    ("", None),
    (None, None),
    ("1066-10-14", None),
])
def test_normalise_date(raw, want):
    assert normalise_date(raw) == want


def test_text_record_keeps_text_and_metadata(seed_000):
    rec = Record(id="a", source="in.jsonl", text=seed_000.replace("\n", "\r\n"), url="https://x.test/a",
                 title="أوستن وشويغو", published="Fri, 13 May 2022 18:20:00 +0300", publisher="aawsat", author="واس")
    doc = to_document(rec)
    assert doc.text == seed_000
    assert (doc.id, doc.source, doc.url, doc.title, doc.publisher, doc.byline, doc.published) == (
        "a", "in.jsonl", "https://x.test/a", "أوستن وشويغو", "aawsat", "واس", "2022-05-13")


def test_unreadable_metadata_date_kept_raw_not_guessed(seed_000):
    doc = to_document(Record(id="a", source="s", text=seed_000, published="الأسبوع الماضي"))
    assert doc.published is None and doc.meta["published_raw"] == "الأسبوع الماضي"


def test_html_date_in_page_chrome_is_not_published(seed_002_parts):
    title, body = seed_002_parts
    page = article_page(title, body, chrome_date="2024-12-25")
    doc = to_document(Record(id="p", source="p.html", html=page))
    assert doc.published is None and body[0] in doc.text


@pytest.mark.parametrize("head,url,want", [
    ('<meta property="article:published_time" content="2022-05-13T18:20:00+03:00">', None, "2022-05-13T18:20:00+03:00"),
    ("<meta name='pubdate' content='20220513'>", None, "20220513"),
    ('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-05-13"}</script>', None,
     "2022-05-13"),
    ('<time itemprop="datePublished" datetime="2022-05-13">13 مايو</time>', None, "2022-05-13"),
    ("<meta name='description' content='2020-01-01'>", "https://x.test/2022/05/13/story", "2022-05-13"),
    ("<meta name='description' content='2020-01-01'>", "https://x.test/story", None),
])
def test_metadata_date_sources(head, url, want):
    assert metadata_date(f"<html><head>{head}</head><body><p>2019-01-01</p></body></html>", url)[0] == want


def test_html_without_extractable_article_falls_back_to_tag_stripping():
    page = "<html><head><title>عاجل</title><style>p{}</style></head><body><div>انفجار في المرفأ</div></body></html>"
    doc = to_document(Record(id="p", source="p.html", html=page))
    assert doc.text == "عاجل\nانفجار في المرفأ" and doc.title == "عاجل"
    assert strip_tags(page) == ("انفجار في المرفأ", "عاجل")


def test_html_without_text_raises():
    with pytest.raises(ValueError, match="no article text"):
        to_document(Record(id="p", source="p.html", html="<html><body><script>x()</script></body></html>"))


def test_xml_markup_elements_become_lines(tmp_path):
    from marsad.ingest import read_inputs

    p = tmp_path / "story.xml"
    p.write_text('<?xml version="1.0"?><doc><headline>عاجل</headline><body>انفجار في <b>المرفأ</b> صباح اليوم'
                 "</body></doc>", encoding="utf-8")
    (rec,) = read_inputs([str(p)])
    assert to_document(rec).text == "عاجل\nانفجار في المرفأ صباح اليوم"
