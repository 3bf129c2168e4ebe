"""Screenshots of every web view on a real store, for docs/screenshots/.

    PYTHONPATH=src python scripts/screenshots.py --db fox.db --out docs/screenshots --search "top kill junk shot"

Serves the store with uvicorn on a free loopback port and drives Debian's chromium (headless,
through Playwright) over the timeline, actors, the most mentioned actor, sources, one document
with an event's evidence highlighted, search, ingest and the API docs, plus the HTML briefing
(`storyline export --format html`). The search view runs the default hybrid search (passage
vectors are stored at ingest). Each screenshot is the top of the page (1280 x 1600), the part a
reader sees first.
"""
from __future__ import annotations

import argparse
import socket
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import quote

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
VIEWPORT = {"width": 1280, "height": 1600}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def main() -> None:
    import uvicorn
    from playwright.sync_api import sync_playwright

    from storyline.export import write_export
    from storyline.store import Store
    from storyline.web.app import create_app

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--out", default="docs/screenshots")
    parser.add_argument("--search", default="ceasefire talks", help="the query the search view shows")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(args.db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    base = f"http://127.0.0.1:{port}"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport=VIEWPORT)

            def shoot(name: str, path: str, ready: str) -> None:
                page.goto(base + path)
                page.wait_for_selector(ready, timeout=120_000)
                page.screenshot(path=str(out / f"{name}.png"))
                print(f"{name}.png  {path}")

            shoot("timeline", "/timeline", "li.event")
            events = page.request.get(f"{base}/api/timeline?limit=1000").json()["items"]
            actors = page.request.get(f"{base}/api/entities?limit=1").json()["items"]
            shoot("actors", "/actors", "table.actors tbody tr")
            if actors:
                shoot("actor", f"/actors/{quote(actors[0]['id'], safe='')}", "h1")
            shoot("sources", "/sources", "ul.tree")
            mention = next((m for e in events for m in e["mentions"]), None)
            if mention:
                shoot("document", f"/documents/{quote(mention['doc'], safe='')}?start={mention['start']}"
                                  f"&end={mention['end']}", "mark#evidence")
            shoot("search", f"/search?q={quote(args.search)}", "ol.hits li.hit")
            shoot("ingest", "/ingest", "form")
            shoot("api-docs", "/docs", "#docs table")
            store = Store(args.db, readonly=True)
            with tempfile.NamedTemporaryFile("w", suffix=".html", encoding="utf-8", delete=False) as briefing:
                write_export(store, "html", briefing)
            store.close()
            page.goto(Path(briefing.name).as_uri())
            page.screenshot(path=str(out / "report-html.png"))
            print("report-html.png  storyline export --format html")
            Path(briefing.name).unlink()
            browser.close()
    finally:
        server.should_exit = True
        thread.join(timeout=10)


if __name__ == "__main__":
    main()
