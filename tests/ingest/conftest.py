"""Fixtures for the readers: real article text from the seeds, wrapped as the inputs marsad accepts."""
from __future__ import annotations

import html as htmllib

import pytest

from marsad.ingest import Record, Rejected


def paragraphs(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


def article_page(title: str, body: list[str], *, author: str | None = None, published: str | None = None,
                 site: str | None = None, chrome_date: str | None = None, charset: str = "utf-8") -> str:
    """A news page as sites publish it: metadata in <head>, chrome in a header, the article in <article>."""
    head = [f'<meta charset="{charset}">', f"<title>{htmllib.escape(title)}</title>"]
    if author:
        head.append(f'<meta name="author" content="{htmllib.escape(author)}">')
    if published:
        head.append(f'<meta property="article:published_time" content="{published}">')
    if site:
        head.append(f'<meta property="og:site_name" content="{htmllib.escape(site)}">')
    chrome = f"<header><nav><a href='/'>الرئيسية</a></nav><span class='clock'>{chrome_date}</span></header>" \
        if chrome_date else "<header><nav><a href='/'>الرئيسية</a></nav></header>"
    paras = "".join(f"<p>{htmllib.escape(p)}</p>" for p in body)
    return (f"<!DOCTYPE html><html lang='ar' dir='rtl'><head>{''.join(head)}</head><body>{chrome}"
            f"<main><article><h1>{htmllib.escape(title)}</h1>{paras}</article></main>"
            f"<footer>جميع الحقوق محفوظة</footer><script>var x = 1;</script></body></html>")


@pytest.fixture(scope="session")
def seed_002_parts(seed_002: str) -> tuple[str, list[str]]:
    """(title, body paragraphs) of seed 002 (its second line is a byline, left out of the body)."""
    parts = paragraphs(seed_002)
    return parts[0], parts[2:]


def split(items) -> tuple[list[Record], list[Rejected]]:
    items = list(items)
    return [i for i in items if isinstance(i, Record)], [i for i in items if isinstance(i, Rejected)]
