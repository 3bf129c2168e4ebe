"""The web UI in a real browser (Debian's chromium driven by Playwright) against a live uvicorn server.

Needs `apt-get install chromium` and `pip install playwright` (never `playwright install`).
Set STORYLINE_SCREENSHOTS=DIR to keep a screenshot of each view there (docs/screenshots/).
"""
from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]

if not Path(CHROMIUM).exists():
    pytest.skip(f"{CHROMIUM} is missing (apt-get install -y chromium chromium-driver)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is missing (pip install playwright)")

import uvicorn  # noqa: E402

from storyline.web.app import create_app  # noqa: E402


@pytest.fixture(scope="module")
def db_path(seeded_db_path) -> Path:
    return seeded_db_path


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def running_server(db_path: Path) -> Iterator[str]:
    """A uvicorn server on a free loopback port, in a thread of this process; yields its URL."""
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(str(db_path)), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(600):  # bounded wait for start-up, not a speed check
        if server.started:
            break
        time.sleep(0.05)
    assert server.started, "uvicorn did not start"
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def base_url(db_path):
    with running_server(db_path) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    """A fresh page that records console errors and page errors (CSP violations show up there)."""
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    page = context.new_page()
    page.problems = []
    page.on("console", lambda message: page.problems.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: page.problems.append(str(error)))
    yield page
    context.close()


def screenshot(page, name: str, tmp_path: Path) -> None:
    folder = Path(os.environ.get("STORYLINE_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(folder / f"{name}.png"), full_page=True)


def test_timeline_renders_every_event_and_clicking_one_shows_its_evidence(page, base_url, tmp_path):
    events = page.request.get(f"{base_url}/api/timeline?limit=1000").json()["items"]
    page.goto(f"{base_url}/timeline")
    page.wait_for_selector("li.event")
    assert page.locator("li.event").count() == len(events) > 0
    assert page.locator("figure.axis circle.dot").count() == len(events)
    first = next(e for e in events if e["mentions"])
    card = page.locator(f'li.event[data-event="{first["id"]}"]')
    card.locator("button.toggle").click()
    marks = card.locator(".details blockquote.excerpt mark")
    marks.first.wait_for()
    detail = page.request.get(f"{base_url}/api/events/{first['id']}").json()
    assert [t.strip() for t in marks.all_inner_texts()] == [m["excerpt"]["span"].strip() for m in detail["mentions"]]
    screenshot(page, "timeline", tmp_path)
    assert page.problems == []


def test_a_summarised_row_read_from_one_sentence_shows_that_sentence_as_evidence(page, base_url):
    """`?dates=N` rows that no event was read from (type "report") are not stored events: their
    evidence is the row's own sentence, with a link to it in its document."""
    rows = page.request.get(f"{base_url}/api/timeline?dates=20").json()["items"]
    report = next(row for row in rows if row["type"] == "report")
    mention = report["mentions"][0]
    page.goto(f"{base_url}/timeline?dates=20")
    card = page.locator(f'li.event[data-event="{report["id"]}"]')
    card.locator("button.toggle").click()
    mark = card.locator(".details blockquote.excerpt mark")
    mark.wait_for()
    assert mark.inner_text().strip() == report["summary"].strip()
    link = card.locator(".details ul.evidence a", has_text="open in document")
    assert link.get_attribute("href") == f"/documents/{mention['doc']}?start={mention['start']}&end={mention['end']}"
    assert page.problems == []


def test_evidence_link_opens_the_document_with_the_span_highlighted(page, base_url, tmp_path):
    events = page.request.get(f"{base_url}/api/timeline?limit=1000").json()["items"]
    first = next(e for e in events if e["mentions"])
    mention = first["mentions"][0]
    page.goto(f"{base_url}/timeline")
    card = page.locator(f'li.event[data-event="{first["id"]}"]')
    card.locator("button.toggle").click()
    card.locator(".details ul.evidence a").first.click()
    page.wait_for_selector("mark#evidence")
    assert page.url.endswith(f"/documents/{mention['doc']}?start={mention['start']}&end={mention['end']}")
    text = page.request.get(f"{base_url}/api/documents/{mention['doc']}").json()["text"]
    assert page.inner_text("mark#evidence").strip() == text[mention["start"]:mention["end"]].strip()
    screenshot(page, "document", tmp_path)
    assert page.problems == []


def test_search_finds_donetsk(page, base_url, tmp_path):
    page.goto(f"{base_url}/search")
    page.fill("input[name=q]", "Donetsk")
    page.select_option("select[name=mode]", "text")
    page.click("form.filters button[type=submit]")
    page.wait_for_selector("li.hit")
    assert "/search?" in page.url and "q=Donetsk" in page.url
    hits = page.locator("li.hit p").all_inner_texts()
    assert hits and all("Donetsk" in hit for hit in hits)
    assert page.locator("li.hit p mark").first.inner_text() == "Donetsk"
    screenshot(page, "search", tmp_path)
    assert page.problems == []


def test_actors_view_draws_the_talk_graph_and_opens_an_actor(page, base_url, tmp_path):
    graph = page.request.get(f"{base_url}/api/graph").json()
    page.goto(f"{base_url}/actors")
    page.wait_for_selector("table.actors tbody tr")
    shown = min(len(graph["nodes"]), 16)  # the most connected first; a slider shows more or fewer
    assert page.locator("figure.graph a.node").count() == shown > 2
    assert page.locator("figure.graph line.edge").count() <= len(graph["edges"])
    page.locator("label.slider input").fill("2")
    assert page.locator("figure.graph a.node").count() == 2
    assert page.locator("figure.graph figcaption").inner_text().startswith("The 2 most connected actors")
    page.locator("label.slider input").fill(str(shown))
    assert page.locator("figure.graph line.edge").count() == len(graph["edges"]) if shown == len(graph["nodes"]) else True
    screenshot(page, "actors", tmp_path)
    putin = page.locator("table.actors a", has_text="Putin").first
    putin.click()
    page.wait_for_selector("h1:has-text('Putin')")
    assert "/actors/" in page.url
    donetsk = page.locator("table.positions tbody tr", has_text="Donetsk")  # one row per issue
    assert donetsk.count() == 1 and "demand" in donetsk.inner_text()
    assert donetsk.locator("a[href*='/documents/']").count() >= 1  # each stance opens its evidence
    screenshot(page, "actor", tmp_path)
    assert page.problems == []


def test_sources_view_shows_the_copy_tree(page, base_url, tmp_path):
    data = page.request.get(f"{base_url}/api/sources").json()
    page.goto(f"{base_url}/sources")
    page.wait_for_selector("ul.tree")
    assert page.locator("ul.tree > li").count() == len(data["tree"])
    assert page.locator("ul.tree ul .badge.copy").count() == len(data["copies"]) > 0
    screenshot(page, "sources", tmp_path)
    assert page.problems == []


def test_ingest_and_docs_pages_render_offline(page, base_url, tmp_path):
    page.goto(f"{base_url}/ingest")
    page.wait_for_selector("form.ingest textarea")
    assert page.locator("form.ingest").count() == 3
    screenshot(page, "ingest", tmp_path)
    page.goto(f"{base_url}/docs")
    page.wait_for_selector("section.op")
    assert page.locator("section.op").count() >= 15
    screenshot(page, "api-docs", tmp_path)
    assert page.problems == []


PASTED = ("BERLIN — Ukrainian President Volodymyr Zelensky met German Chancellor Friedrich Merz in Berlin on Tuesday "
          "to discuss air defence.\nMerz said Germany would deliver two more Patriot systems before the end of the year.\n")


def test_pasting_an_article_shows_the_job_until_done(page, db_path, tmp_path):
    copy = tmp_path / "ingest.db"
    shutil.copy(db_path, copy)
    with running_server(copy) as url:
        page.goto(f"{url}/ingest")
        page.fill("form.ingest textarea[name=text]", PASTED)
        page.fill("form.ingest input[name=outlet]", "Test Wire")
        page.click("form.ingest button[type=submit] >> nth=0")
        page.wait_for_selector("#job .job-state.done", timeout=180_000)  # a bound on ingesting, not a speed check
        assert "1 new" in page.inner_text("#job")
        screenshot(page, "ingest-done", tmp_path)
        page.click("#job a[href^='/documents/']")
        page.wait_for_selector(".doc-text")
        assert "Patriot systems" in page.inner_text(".doc-text")
    assert page.problems == []


def test_article_text_is_never_run_as_html(page, base_url):
    """A page that renders hostile text through the app's own helper keeps it as text."""
    page.goto(f"{base_url}/timeline")
    page.wait_for_selector("li.event")
    rendered = page.evaluate("""() => {
        const node = el("p", {id: "probe"}, "<img src=x onerror=window.pwned=1><script>window.pwned=2</script>");
        document.body.appendChild(node);
        return [node.children.length, node.textContent, window.pwned === undefined];
    }""")
    assert rendered == [0, "<img src=x onerror=window.pwned=1><script>window.pwned=2</script>", True]
