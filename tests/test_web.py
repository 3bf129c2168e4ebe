"""The HTTP API (FastAPI TestClient) over a store holding the bundled seed articles."""
from __future__ import annotations

import functools
import io
import json
import http.server
import re
import shutil
import threading
import time
import zipfile
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from storyline.store import Store
from storyline.web.app import create_app

from conftest import SEEDS
JOB_POLL_LIMIT = 600  # polls of 0.2 s: a bound on waiting for a background ingest, not a speed check


@pytest.fixture(scope="module")
def db_path(seeded_db_path) -> Path:
    return seeded_db_path


@pytest.fixture(scope="module")
def client(db_path) -> TestClient:
    return TestClient(create_app(str(db_path)), base_url="http://127.0.0.1")


def writable_copy(db_path: Path, tmp_path: Path) -> Path:
    """Tests that ingest get their own copy, so the shared seeded store never changes."""
    target = tmp_path / "copy.db"
    shutil.copy(db_path, target)
    return target


# --- reading ---------------------------------------------------------------------------------

def test_health_counts_the_five_seed_documents(client):
    assert client.get("/api/health").json() == {"status": "ok", "documents": 5}


def test_timeline_is_oldest_first_and_names_real_sources(client):
    events = all_items(client, "/api/timeline")
    assert events, "the seeds report dated events"
    starts = [e["date"] or e["date_range"][0] for e in events]
    assert starts == sorted(starts)
    document_ids = {d["id"] for d in all_items(client, "/api/documents")}
    for event in events:
        assert set(event["sources"]) <= document_ids
        assert 1 <= event["independent_sources"] <= len(event["sources"])


def test_summarised_timeline_is_the_cli_rows_and_pages(client, seeded_db_path):
    from storyline.export.records import summarised_timeline_records
    from storyline.store import Store

    rows = client.get("/api/timeline", params={"dates": 3, "per_date": 2, "limit": 1000}).json()["items"]
    store = Store(seeded_db_path, readonly=True)
    try:
        expected = summarised_timeline_records(store, 3, 2)
    finally:
        store.close()
    assert rows and [(r["timeline_date"], r["id"], r["summary"]) for r in rows] == [
        (r["timeline_date"], r["id"], r["summary"]) for r in expected]
    assert all_items(client, "/api/timeline", {"dates": 3, "per_date": 2, "limit": 2}) == rows


def test_every_list_pages_by_next_token(client):
    for path, params in (("/api/timeline", {"all": "true"}), ("/api/timeline", {"since": "2024-11-01"}),
                         ("/api/timeline", {"actor": "Trump"}), ("/api/quotes", {}), ("/api/quotes", {"speaker": "Trump"}),
                         ("/api/positions", {}), ("/api/documents", {}), ("/api/entities", {}),
                         ("/api/entities", {"type": "person"})):
        everything = client.get(path, params={**params, "limit": 1000}).json()
        assert everything["next"] is None and everything["items"], (path, params)
        paged = all_items(client, path, {**params, "limit": 2})
        assert paged == everything["items"], (path, params)  # pages of two join up to the whole list
    events = all_items(client, "/api/timeline")
    assert client.get("/api/timeline", params={"limit": 2, "offset": 1}).json()["items"] == events[1:3]
    assert client.get("/api/quotes", params={"limit": 0}).status_code == 422
    assert client.get("/api/quotes", params={"after": "not-a-token"}).status_code == 422
    assert client.get("/api/timeline", params={"since": "last week"}).status_code == 422


def test_document_and_actor_pages_hold_their_own_quotes_and_events(client):
    document = all_items(client, "/api/documents")[0]["id"]
    detail = client.get(f"/api/documents/{document}").json()
    assert detail["quotes"] and all(q["doc"] == document for q in detail["quotes"])
    assert detail["event_mentions"]
    actor = max(all_items(client, "/api/entities"), key=lambda a: a["quote_count"])
    assert actor["quote_count"] > 0
    page = client.get(f"/api/entities/{actor['id']}").json()
    assert page["events"]
    assert len(page["quotes"]) == actor["quote_count"] and all(q["speaker"] == actor["id"] for q in page["quotes"])
    assert all(actor["id"] in e["participants"] for e in page["events"])


def test_event_evidence_spans_are_the_document_text_at_those_offsets(client):
    event = next(e for e in all_items(client, "/api/timeline") if e["mentions"])
    detail = client.get(f"/api/events/{event['id']}").json()
    assert detail["event"]["id"] == event["id"]
    assert {s["id"] for s in detail["sources"]} >= set(event["sources"])
    for mention in detail["mentions"]:
        text = client.get(f"/api/documents/{mention['doc']}").json()["text"]
        assert mention["excerpt"]["span"] == text[mention["start"]:mention["end"]]
        assert mention["excerpt"]["span"].strip()


def test_event_quotes_come_from_the_event_documents(client):
    quotes_seen = 0
    for event in all_items(client, "/api/timeline"):
        detail = client.get(f"/api/events/{event['id']}").json()
        mention_docs = {m["doc"] for m in event["mentions"]}
        assert all(quote["doc"] in mention_docs for quote in detail["quotes"])
        quotes_seen += len(detail["quotes"])
    assert quotes_seen > 0


def test_unknown_ids_are_404(client):
    assert client.get("/api/events/no-such-event").status_code == 404
    assert client.get("/api/documents/no-such-doc").status_code == 404
    assert client.get("/api/entities/person:nobody").status_code == 404
    assert client.get("/api/jobs/nojob").status_code == 404


def test_document_has_text_and_its_quotes_point_into_it(client):
    documents = all_items(client, "/api/documents")
    assert all("text" not in d for d in documents)
    quotes_seen = 0
    for summary in documents:
        detail = client.get(f"/api/documents/{summary['id']}").json()
        assert len(detail["text"]) == summary["length"] > 0
        for quote in detail["quotes"]:
            assert quote["doc"] == summary["id"]
            assert detail["text"][quote["start"]:quote["end"]] == quote["text"]
            quotes_seen += 1
    assert quotes_seen > 0


def test_actors_have_putin_and_trump_with_their_quotes(client):
    actors = all_items(client, "/api/entities")
    names = {a["name"]: a for a in actors}
    putin = next(a for name, a in names.items() if "Putin" in name)
    assert putin["type"] == "PERSON" and putin["mention_count"] > 0
    assert any("Trump" in name for name in names)
    detail = client.get(f"/api/entities/{putin['id']}").json()
    assert all(q["speaker"] == putin["id"] for q in detail["quotes"])
    assert all(p["actor"] == putin["id"] for p in detail["positions"])
    assert all(putin["id"] in e["participants"] for e in detail["events"])


def test_quotes_and_positions_filter_by_actor_name(client):
    putin = next(a for a in all_items(client, "/api/entities") if "Putin" in a["name"])
    quotes = all_items(client, "/api/quotes", {"speaker": "Putin"})
    assert quotes and all(q["speaker"] == putin["id"] for q in quotes)
    positions = all_items(client, "/api/positions", {"actor": "Putin"})
    assert positions and all(p["actor"] == putin["id"] for p in positions)
    assert all_items(client, "/api/quotes", {"speaker": "Nobody Atall"}) == []


def test_talk_graph_links_trump_and_putin(client):
    graph = client.get("/api/graph").json()
    names = {node["id"]: node["name"] for node in graph["nodes"]}
    pairs = [{names[e["source"]], names[e["target"]]} for e in graph["edges"]]
    assert any(any("Trump" in n for n in pair) and any("Putin" in n for n in pair) for pair in pairs)
    assert all(e["count"] == len(e["events"]) >= 1 for e in graph["edges"])


def test_sources_count_independent_documents_after_copies(client):
    data = client.get("/api/sources").json()
    assert len(data["documents"]) == 5
    assert data["copies"], "seeds 003 and 004 are a rewrite pair"
    assert data["independent_documents"] == 5 - len(data["copies"])
    copied = {link["doc"] for link in data["copies"]}
    nested = [child["id"] for root in data["tree"] for child in root["children"]]
    assert copied <= set(nested)
    assert sum(o["documents"] for o in data["outlets"]) == 5


# --- search ----------------------------------------------------------------------------------

def test_full_text_search_finds_donetsk_with_exact_offsets(client):
    found = client.get("/api/search", params={"q": "Donetsk", "mode": "text"}).json()
    assert found["results"]
    for hit in found["results"]:
        assert "Donetsk" in hit["text"]
        text = client.get(f"/api/documents/{hit['doc']}").json()["text"]
        assert text[hit["start"]:hit["end"]] == hit["text"]


def test_search_filters_by_outlet_and_date(client):
    everything = client.get("/api/search", params={"q": "Putin", "mode": "text", "limit": 200}).json()["results"]
    outlets = {hit["outlet"] for hit in everything if hit["outlet"]}
    assert outlets
    outlet = sorted(outlets)[0]
    only = client.get("/api/search", params={"q": "Putin", "mode": "text", "outlet": outlet, "limit": 200}).json()
    assert only["results"] and all(hit["outlet"] == outlet for hit in only["results"])
    future = client.get("/api/search", params={"q": "Putin", "mode": "text", "since": "2100-01-01"}).json()
    assert future["results"] == []


def test_search_filter_by_actor_keeps_passages_naming_them(client):
    hits = client.get("/api/search", params={"q": "ceasefire", "mode": "text", "actor": "Zelensky",
                                             "limit": 200}).json()["results"]
    everything = client.get("/api/search", params={"q": "ceasefire", "mode": "text", "limit": 200}).json()["results"]
    assert len(hits) < len(everything)
    zelensky = next(a for a in all_items(client, "/api/entities") if "Zelensk" in a["name"])
    mentions = client.get(f"/api/entities/{zelensky['id']}").json()["entity"]["mentions"]
    spans = {(m["doc"], m["start"], m["end"]) for m in mentions}
    assert spans and zelensky["mention_count"] == len(mentions) and "mentions" not in zelensky
    for hit in hits:
        assert any(doc == hit["doc"] and hit["start"] <= start < hit["end"] for doc, start, _ in spans)


def test_semantic_search_finds_the_call_without_the_word(client, db_path):
    found = client.get("/api/search", params={"q": "telephone conversation between the two presidents",
                                              "mode": "semantic", "limit": 5}).json()["results"]
    assert found
    assert [h["score"] for h in found] == sorted((h["score"] for h in found), reverse=True)
    assert any(word in found[0]["text"].lower() for word in ("call", "spoke", "conversation", "talk"))
    store = Store(db_path)
    try:
        embedded = store.conn.execute("SELECT COUNT(*) FROM passage_embeddings").fetchone()[0]
        passages = store.conn.execute("SELECT COUNT(*) FROM passages").fetchone()[0]
    finally:
        store.close()
    assert embedded == passages > 0


def test_hybrid_search_merges_both_rankings(client):
    found = client.get("/api/search", params={"q": "Donetsk region"}).json()
    assert found["mode"] == "hybrid"
    assert {hit["match"] for hit in found["results"]} <= {"text", "semantic", "both"}
    assert any(hit["match"] == "both" for hit in found["results"])


def test_search_rejects_bad_parameters(client):
    assert client.get("/api/search", params={"q": ""}).status_code == 422
    assert client.get("/api/search", params={"q": "x", "mode": "magic"}).status_code == 422
    assert client.get("/api/search", params={"q": "x", "since": "yesterday"}).status_code == 422


# --- pages, docs and security ------------------------------------------------------------------

@pytest.mark.parametrize("path", ["/", "/timeline", "/actors", "/sources", "/search", "/ingest", "/documents/x", "/docs"])
def test_pages_are_html_shells_with_strict_headers_and_no_inline_script(client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert "default-src 'self'" in response.headers["content-security-policy"]
    assert "unsafe-inline" not in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "<script>" not in response.text and "<script src=\"/static/" in response.text
    assert "http://" not in response.text and "https://" not in response.text  # nothing from a CDN


def test_static_files_are_served_and_nothing_else(client):
    assert client.get("/static/app.js").headers["content-type"].startswith("text/javascript")
    assert client.get("/static/app.css").headers["content-type"].startswith("text/css")
    for path in ["/static/../app.py", "/static/%2e%2e%2fapp.py", "/static/..%2f..%2fstore%2f__init__.py",
                 "/static/%2fetc%2fpasswd", "/static/app.py", "/static/"]:
        assert client.get(path).status_code == 404, path


def test_front_end_never_puts_strings_into_html():
    static = Path(__file__).resolve().parents[1] / "src" / "storyline" / "web" / "static"
    for script in static.glob("*.js"):
        source = script.read_text()
        for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
            assert sink not in source, f"{script.name} uses {sink}"
        hosts = set(re.findall(r"https?://([\w.-]+)", source)) - {"www.w3.org"}  # the SVG namespace is a name, not a fetch
        assert not hosts, f"{script.name} names {hosts}"


def test_openapi_lists_the_api(client):
    paths = client.get("/openapi.json").json()["paths"]
    for path in ["/api/timeline", "/api/events/{event_id}", "/api/search", "/api/entities", "/api/graph",
                 "/api/sources", "/api/ingest/text", "/api/ingest/files", "/api/ingest/url", "/api/jobs/{job_id}"]:
        assert path in paths


def test_foreign_host_and_cross_origin_posts_are_refused(client):
    assert client.get("/api/health", headers={"host": "attacker.example"}).status_code == 400
    refused = client.post("/api/ingest/url", json={"url": "http://example.com/"},
                          headers={"origin": "http://attacker.example"})
    assert refused.status_code == 403


def test_serve_binds_loopback_unless_told_otherwise(db_path):
    from storyline.cli import build_parser

    assert build_parser().parse_args(["serve"]).host == "127.0.0.1"
    open_to_all = TestClient(create_app(str(db_path), allowed_hosts=["*"]), base_url="http://192.0.2.7:8000")
    assert open_to_all.get("/api/health").status_code == 200


def test_ingest_bodies_are_size_limited(client):
    too_long = client.post("/api/ingest/text", json={"text": "word " * 2_100_000})
    assert too_long.status_code == 413
    assert client.post("/api/ingest/url", content=b"x" * 40_000,
                       headers={"content-type": "application/json"}).status_code == 413
    assert client.post("/api/ingest/url", json={"url": "file:///etc/passwd"}).status_code == 422


def test_export_downloads_carry_their_own_policy(client):
    response = client.get("/api/export", params={"format": "html"})
    assert response.status_code == 200
    assert response.headers["content-disposition"] == 'attachment; filename="storyline.html"'
    assert response.headers["content-security-policy"].startswith("default-src 'none'")
    assert client.get("/api/export", params={"format": "json"}).json()["format"] == "storyline/1"
    lines = client.get("/api/export", params={"format": "jsonl"}).text.splitlines()
    assert json.loads(lines[0]) == {"record": "format", "format": "storyline/1"}
    tables = client.get("/api/export", params={"format": "csv"})
    assert tables.headers["content-type"] == "application/zip"
    with zipfile.ZipFile(io.BytesIO(tables.content)) as archive:
        assert {"documents.csv", "quotes.csv", "events.csv"} <= set(archive.namelist())


@pytest.mark.parametrize("fmt", ["json", "jsonl", "md", "html"])
def test_export_download_is_streamed_and_is_the_cli_export(client, db_path, fmt):
    """The download is sent as the store is read (no length known in advance) and is byte for
    byte what `storyline export --format FMT` writes."""
    from storyline.export import write_export

    with client.stream("GET", "/api/export", params={"format": fmt}) as response:
        assert response.status_code == 200
        assert "content-length" not in response.headers
        body = b"".join(response.iter_bytes()).decode("utf-8")
    store = Store(db_path, readonly=True)
    try:
        expected = io.StringIO()
        write_export(store, fmt, expected)
    finally:
        store.close()
    assert body == expected.getvalue() and len(body) > 1000


# --- ingesting from the UI's endpoints ---------------------------------------------------------

def all_items(client: TestClient, path: str, params: dict | None = None) -> list:
    """Every item of a paged list, following its `next` tokens."""
    items, params = [], dict(params or {})
    while True:
        page = client.get(path, params=params)
        assert page.status_code == 200, page.text
        items += page.json()["items"]
        if not page.json()["next"]:
            return items
        params["after"] = page.json()["next"]


def wait_for_job(client: TestClient, job_id: str) -> dict:
    for _ in range(JOB_POLL_LIMIT):
        job = client.get(f"/api/jobs/{job_id}").json()
        if job["state"] in ("done", "failed"):
            return job
        time.sleep(0.2)
    raise AssertionError(f"job {job_id} never finished: {job}")


NEW_ARTICLE = (
    "KYIV, Ukraine — Ukrainian President Volodymyr Zelensky met German Chancellor Friedrich Merz in Berlin "
    "on Tuesday to discuss air defence for the winter.\n"
    "Merz said Germany would deliver two more Patriot systems before the end of the year. "
    "\"We will not leave Ukraine alone,\" Merz told reporters after the meeting.\n"
)


def test_pasted_article_is_ingested_in_a_background_job(db_path, tmp_path):
    client = TestClient(create_app(str(writable_copy(db_path, tmp_path))), base_url="http://127.0.0.1")
    started = client.post("/api/ingest/text", json={"text": NEW_ARTICLE, "title": "Zelensky meets Merz",
                                                    "outlet": "Test Wire", "published": "2025-11-04"})
    assert started.status_code == 202
    job = wait_for_job(client, started.json()["id"])
    assert (job["state"], job["new"], job["failed"], job["total"]) == ("done", 1, 0, 1)
    assert client.get("/api/health").json()["documents"] == 6
    hits = client.get("/api/search", params={"q": "Patriot", "mode": "text"}).json()["results"]
    assert hits and hits[0]["doc"] == job["new_ids"][0] and hits[0]["outlet"] == "Test Wire"
    from storyline.store import queries

    store = Store(tmp_path / "copy.db", readonly=True)
    try:  # the job embedded the new passages for search, so no search request has to
        assert not queries.newest_passage_unembedded(store) and not store.passages_without_vector()
    finally:
        store.close()


def test_the_timeline_kept_between_requests_follows_a_new_ingest(db_path, tmp_path):
    """The default timeline and the sources overview are kept per app until the story changes:
    a second read serves the same list, and an ingest's story build replaces it."""
    client = TestClient(create_app(str(writable_copy(db_path, tmp_path))), base_url="http://127.0.0.1")
    before = all_items(client, "/api/timeline")
    assert before and all_items(client, "/api/timeline") == before
    sources_before = client.get("/api/sources").json()
    started = client.post("/api/ingest/text", json={"text": NEW_ARTICLE, "title": "Zelensky meets Merz",
                                                    "outlet": "Test Wire", "published": "2025-11-04"})
    job = wait_for_job(client, started.json()["id"])
    assert (job["state"], job["new"]) == ("done", 1)
    after = all_items(client, "/api/timeline")
    new_document = job["new_ids"][0]
    assert any(new_document in event["sources"] for event in after), [e["headline"] for e in after]
    assert not any(new_document in event["sources"] for event in before)
    assert client.get("/api/sources").json() != sources_before


def test_uploading_a_seed_again_is_recognised_as_a_duplicate(db_path, tmp_path):
    client = TestClient(create_app(str(writable_copy(db_path, tmp_path))), base_url="http://127.0.0.1")
    seed = sorted(SEEDS.glob("*.txt"))[0]
    started = client.post("/api/ingest/files", files=[("files", (seed.name, seed.read_bytes(), "text/plain")),
                                                      ("files", ("empty.txt", b"   ", "text/plain"))])
    assert started.status_code == 202
    job = wait_for_job(client, started.json()["id"])
    assert (job["duplicate"], job["new"], job["failed"]) == (1, 0, 1)
    assert "upload:empty.txt" in job["errors"][0]
    assert client.get("/api/health").json()["documents"] == 5


@pytest.fixture
def seed_site():
    """The seed files served over HTTP on a loopback port, for the URL ingest."""
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(SEEDS))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_url_ingest_fetches_the_page_and_reports_failures(db_path, tmp_path, seed_site):
    client = TestClient(create_app(str(writable_copy(db_path, tmp_path))), base_url="http://127.0.0.1")
    seed = sorted(SEEDS.glob("*.txt"))[1]
    known = wait_for_job(client, client.post("/api/ingest/url", json={"url": f"{seed_site}/{seed.name}"}).json()["id"])
    assert (known["state"], known["duplicate"], known["new"]) == ("done", 1, 0)
    missing = wait_for_job(client, client.post("/api/ingest/url", json={"url": f"{seed_site}/missing.txt"}).json()["id"])
    assert (missing["state"], missing["failed"]) == ("failed", 1)
    assert "HTTP 404" in missing["errors"][0]


def test_a_server_open_beyond_loopback_fetches_no_address_inside_the_network(db_path, tmp_path, seed_site):
    app = create_app(str(writable_copy(db_path, tmp_path)), public_urls_only=True)
    client = TestClient(app, base_url="http://127.0.0.1")
    seed = sorted(SEEDS.glob("*.txt"))[1]
    refused = wait_for_job(client, client.post("/api/ingest/url", json={"url": f"{seed_site}/{seed.name}"}).json()["id"])
    assert (refused["state"], refused["failed"], refused["new"]) == ("failed", 1, 0)
    assert "non-public address" in refused["errors"][0]


# --- the API's schemas ---------------------------------------------------------------------------

def test_docs_list_a_schema_for_every_response(client):
    spec = client.get("/openapi.json").json()
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            content = operation["responses"][next(iter(operation["responses"]))]["content"]
            for media, body in content.items():
                schema = body.get("schema", {})
                typed = (schema.get("$ref") or (schema.get("type") == "array" and schema.get("items"))
                         or isinstance(schema.get("additionalProperties"), dict) or schema.get("format") == "binary")
                assert typed, (method, path, media, schema)  # not a bare object of anything
    schemas = spec["components"]["schemas"]
    for name in ("Page_Event_", "Page_Quote_", "Page_Position_", "Page_DocumentSummary_", "Page_Actor_",
                 "EventDetail", "DocumentDetail", "ActorDetail", "SourcesOverview", "Graph", "SearchResults", "Job"):
        assert name in schemas, sorted(schemas)
    timeline = spec["paths"]["/api/timeline"]["get"]["parameters"]
    assert next(p for p in timeline if p["name"] == "since")["schema"]["anyOf"][0]["format"] == "date"


def test_record_schemas_are_the_data_model_s_fields_with_kinds_as_enums(client):
    from dataclasses import fields
    from typing import get_args

    from storyline import model

    schemas = client.get("/openapi.json").json()["components"]["schemas"]
    for cls in (model.Quote, model.Event, model.Position, model.Entity, model.CopyLink):
        assert [f.name for f in fields(cls)] == list(schemas[cls.__name__]["properties"])[:len(fields(cls))]
    assert schemas["Event"]["properties"]["status"]["enum"] == list(get_args(model.EventStatus))
    assert schemas["Quote"]["properties"]["kind"]["enum"] == list(get_args(model.QuoteKind))
    assert schemas["Entity"]["properties"]["mentions"]["items"]["$ref"].endswith("/Span")


def test_each_endpoint_json_validates_against_its_model(client):
    from pydantic import TypeAdapter

    from storyline.web.api import router

    models = {route.path: route.response_model for route in router.routes
              if getattr(route, "response_model", None) is not None}
    event = all_items(client, "/api/timeline")[0]["id"]
    document = all_items(client, "/api/documents")[0]["id"]
    actor = all_items(client, "/api/entities")[0]["id"]
    calls = {"/api/health": {}, "/api/timeline": {"all": "true"}, "/api/documents": {}, "/api/sources": {},
             "/api/entities": {}, "/api/graph": {}, "/api/quotes": {}, "/api/positions": {},
             "/api/search": {"q": "Putin ceasefire", "mode": "text"}, "/api/outlets": {}, "/api/names": {},
             "/api/events/{event_id}": {}, "/api/documents/{document_id}": {}, "/api/entities/{entity_id}": {}}
    for path, params in calls.items():
        url = path.format(event_id=event, document_id=document, entity_id=actor)
        response = client.get(url, params=params)
        assert response.status_code == 200, (url, response.text)
        TypeAdapter(models[path]).validate_python(response.json(), strict=False)
    assert set(calls) | {"/api/jobs/{job_id}", "/api/ingest/text", "/api/ingest/url", "/api/ingest/files"} \
        >= {path for path in models if path.startswith("/api/")}


def test_a_copy_names_its_original_by_label(client):
    """The seeds hold one copied article; its page names the original as the sources list does
    (title, else URL, else first sentence), not by its id."""
    documents = {doc["id"]: doc for doc in all_items(client, "/api/documents")}
    copies = [doc for doc in documents.values() if doc.get("copy_of")]
    assert copies
    for copy in copies:
        detail = client.get(f"/api/documents/{copy['id']}").json()
        assert detail["copy_of_label"] == documents[copy["copy_of"]]["label"] != copy["copy_of"]
    original = client.get(f"/api/documents/{copies[0]['copy_of']}").json()
    assert original["copy_of_label"] is None


def test_the_quotes_page_lists_statements_and_all_true_every_attribution(client):
    listed = all_items(client, "/api/quotes")
    everything = all_items(client, "/api/quotes", {"all": "true"})
    assert listed and all(q["statement"] for q in listed)
    assert len(everything) > len(listed)
