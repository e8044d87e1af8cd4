"""The UI in headless Chromium: pages load, filters and links work, evidence is highlighted, the article carrying
HTML and script stays inert. Each main page's screenshot goes to tests/artifacts/screenshots/."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from web_store import XSS_ID

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("MARSAD_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic",
        "--no-first-run", "--disable-component-update", "--disable-sync"]
SHOTS = Path(__file__).resolve().parents[1] / "artifacts" / "screenshots"
SEED_000 = "000_741ecda8f4a08f1a.txt"


@pytest.fixture(scope="module")
def browser():
    if not (os.path.exists(CHROMIUM) or shutil.which(CHROMIUM)):
        pytest.skip(f"browser tests need Chromium at {CHROMIUM} (Debian package 'chromium'); not installed here")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser, server):
    ctx = browser.new_context(viewport={"width": 1300, "height": 900}, base_url=server.url)
    pg = ctx.new_page()
    pg.dialogs = []
    pg.errors = []
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    pg.on("console", lambda m: pg.errors.append(m.text) if m.type == "error" else None)
    pg.on("request", lambda r: None if r.url.startswith(server.url) or r.url.startswith("data:")
          else pg.errors.append(f"off-site request {r.url}"))
    yield pg
    ctx.close()


def shot(pg, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    pg.screenshot(path=str(SHOTS / f"{name}.png"))


@pytest.mark.parametrize("name, url, heading", [
    ("events", "/", "الأحداث"),
    ("events-en", "/?lang=en", "Events"),
    ("stories", "/stories", "القصص"),
    ("timeline", "/timeline?a=Austin&b=Shoigu", "الخط الزمني"),
    ("actors", "/actors", "شبكة الفاعلين"),
    ("map", "/map", "الخريطة"),
    ("search", "/search?q=الدفاع", "بحث"),
    ("docs", "/docs", "توثيق الواجهة"),
])
def test_main_pages_load(page, name, url, heading):
    page.goto(url)
    assert page.locator("h1").first.inner_text().strip().startswith(heading)
    expected_dir = "ltr" if "lang=en" in url else "rtl"
    assert page.evaluate("document.documentElement.dir") == expected_dir
    assert page.evaluate("getComputedStyle(document.body).direction") == expected_dir
    shot(page, name)
    assert page.errors == [] and page.dialogs == []


def test_filter_by_type(page):
    page.goto("/")
    page.select_option("#f-type", "REQUEST")
    page.click("#f-apply")
    page.wait_for_url("**type=REQUEST**")
    types = page.locator("tr.event-row").evaluate_all("rows => rows.map(r => r.dataset.type)")
    assert types and set(types) == {"REQUEST"}
    assert int(page.inner_text("#total")) == len(types)


def test_event_link_opens_its_document_with_the_evidence_highlighted(page):
    page.goto("/?type=CONSULT&actor=Shoigu&since=2022-10-01")
    row = page.locator("tr.event-row").first
    evidence = row.locator("td.evidence").inner_text().strip()
    row.locator("a.evidence-link").click()
    page.wait_for_url("**/documents/**event=**")
    marked = page.locator("#text .ev-selected")
    assert marked.count() > 0
    assert "".join(marked.all_inner_texts()).strip() == evidence
    assert marked.first.is_visible()
    box = marked.first.bounding_box()
    assert box and 0 <= box["y"] < 900            # scrolled into view
    assert page.locator(".event-card.selected").count() == 1
    # hovering a field of the event lights up the words it was read from
    card = page.locator(".event-card.selected")
    card.locator('[data-target$=":actor"]').hover()
    lit = page.locator("#text .field-on")
    assert lit.count() > 0 and "أوستن" in "".join(lit.all_inner_texts())
    shot(page, "document")
    assert page.errors == []


def test_timeline_form(page):
    page.goto("/timeline")
    page.fill("#tl-a", "أوستن")
    page.fill("#tl-b", "Shoigu")
    page.press("#tl-b", "Enter")
    page.wait_for_url("**/timeline?a=**")
    dates = page.locator(".tl-date").all_inner_texts()
    assert "2022-05-13" in dates and dates == sorted(dates)
    page.locator(".tl-sources a").first.click()
    page.wait_for_url("**/documents/**")
    assert page.locator("#text .ev-selected").count() > 0


def test_story_page_side_by_side(page):
    page.goto("/stories")
    page.locator("a.story-link").first.click()
    page.wait_for_url("**/stories/s**")
    assert page.locator(".source-col").count() == 3
    assert page.locator(".fact.shared").count() >= 3
    assert page.locator(".contradiction").count() >= 1
    assert "3,800,000,000,000" in page.inner_text("#contradictions")
    assert page.locator(".flag").count() >= 1
    shot(page, "story")


def test_search_form(page):
    page.goto("/search")
    page.fill("#s-q", "الدفاع")
    page.click("#s-go")
    page.wait_for_url("**/search?q=**")
    assert page.locator(".hit").count() >= 3
    assert page.locator(".snippet mark").count() > 0
    page.locator("a.hit-link").first.click()
    page.wait_for_url("**/documents/**")


def test_article_with_html_and_script_is_inert(page):
    page.goto(f"/documents/{XSS_ID}?event=e1")
    page.wait_for_timeout(300)
    text = page.inner_text("#text")
    assert "<script>alert(1)</script>" in text
    assert "<img src=x onerror=alert(2)>" in text
    assert page.locator("#text img, #text script, #text b, #text a").count() == 0
    assert "<img src=x onerror=alert(6)>" in page.inner_text("h1")
    page.goto(f"/?document={XSS_ID}")
    assert "<script>alert(1)</script>" in page.inner_text("#events")
    page.goto("/search?q=alert")
    page.goto("/timeline?a=Austin&b=Shoigu")
    assert page.dialogs == []
    page.goto(f"/documents/{XSS_ID}")
    shot(page, "xss-article")
    assert page.dialogs == []
