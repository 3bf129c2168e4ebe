"""Readers: every input kind, read from real text, and bad input reported per item."""
from __future__ import annotations

import http.server
import io
import json
import threading
from pathlib import Path

import pytest

from conftest import DATASETS, seed_text
from storyline.ingest.decode import IngestError, decode_text, sniff_format
from storyline.ingest.readers import read_blob, read_inputs
from storyline.model import RawDocument


def only_documents(results):
    return [r for r in results if isinstance(r, RawDocument)]


def only_errors(results):
    return [r for r in results if isinstance(r, IngestError)]


def test_plain_text_folder_recursive(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "one.txt").write_text(seed_text("000"), encoding="utf-8")
    (tmp_path / "two.txt").write_text(seed_text("004"), encoding="utf-8")
    docs = only_documents(read_inputs([str(tmp_path)]))
    assert [Path(d.source).name for d in docs] == ["one.txt", "two.txt"]
    assert docs[1].text.startswith("Trump says he spoke with Putin")


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1", "utf-8-sig", "utf-16"])
def test_encodings_decode_to_the_same_text(encoding):
    text = "Zelensky’s “excellent” call – café" if encoding in ("cp1252", "utf-8-sig", "utf-16") else "Café crème à Genève"
    assert decode_text(text.encode(encoding)) == text


def test_jsonl_fields_and_malformed_lines():
    lines = [
        json.dumps({"text": seed_text("000"), "title": "Putin demands Donetsk", "url": "https://example.org/a",
                    "published": "2025-10-19", "outlet": "Example"}),
        "{not json",
        json.dumps({"title": "no text"}),
        json.dumps([1, 2]),
    ]
    results = list(read_blob("batch.jsonl", "\n".join(lines).encode()))
    docs, errors = only_documents(results), only_errors(results)
    assert len(docs) == 1 and docs[0].published == "2025-10-19" and docs[0].outlet == "Example"
    assert [e.source for e in errors] == ["batch.jsonl:2", "batch.jsonl:3", "batch.jsonl:4"]
    assert "malformed JSON" in errors[0].reason


def test_html_page_from_the_extraction_benchmark():
    folder = DATASETS / "zyte-article-extraction" / "html"
    if not folder.exists():
        pytest.skip("zyte-article-extraction not present")
    page = sorted(folder.glob("*.html.gz"))[0]
    docs = only_documents(read_inputs([str(page)]))
    assert len(docs) == 1 and docs[0].html and docs[0].format == "html"


def test_feed_file_with_full_content():
    feed = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Example Wire</title>
    <item><title>Trump says he spoke with Putin</title><link>https://example.invalid/a</link>
    <pubDate>Wed, 12 Feb 2025 17:21:00 GMT</pubDate>
    <description><![CDATA[<p>{seed_text('004')[:500]}</p>]]></description></item></channel></rss>"""
    results = list(read_blob("wire.rss", feed.encode()))
    docs = only_documents(results)
    assert len(docs) == 1
    assert docs[0].published == "2025-02-12" and docs[0].outlet == "Example Wire"


def test_warc_html_responses():
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    html = f"<html><head><title>Putin call</title></head><body><article><p>{seed_text('000')}</p></article></body></html>"
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    record = writer.create_warc_record("https://example.invalid/putin", "response",
                                       payload=io.BytesIO(html.encode()), http_headers=headers)
    writer.write_record(record)
    docs = only_documents(read_blob("crawl.warc.gz", buffer.getvalue()))
    assert len(docs) == 1 and docs[0].url == "https://example.invalid/putin" and "Donetsk" in docs[0].html


@pytest.mark.parametrize("name,data,reason", [
    ("empty.txt", b"", "empty"),
    ("blob.bin", bytes(range(256)) * 40, "binary"),
    ("broken.warc", b"WARC/1.0\r\nnonsense", "WARC"),
    ("broken.rss", b"<rss><channel><title>x</title></chan", "feed"),
])
def test_bad_blobs_give_one_line_errors(name, data, reason):
    errors = only_errors(read_blob(name, data))
    assert len(errors) == 1 and errors[0].source == name
    assert reason.lower() in str(errors[0]).lower() and "\n" not in str(errors[0])


def test_missing_path_is_reported_and_batch_goes_on(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(seed_text("002"), encoding="utf-8")
    results = list(read_inputs([str(tmp_path / "missing.txt"), str(good)]))
    assert isinstance(results[0], IngestError) and "no such file" in results[0].reason
    assert isinstance(results[1], RawDocument)


def test_sniffing():
    assert sniff_format("x", b"<!DOCTYPE html><html>") == "html"
    assert sniff_format("x", b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">') == "feed"
    assert sniff_format("x", b'{"text": "a"}') == "jsonl"
    assert sniff_format("x.warc.gz", b"\x1f\x8b") == "warc"
    assert sniff_format("x", b"Plain words.") == "text"


class _Handler(http.server.BaseHTTPRequestHandler):
    pages: dict[str, tuple[str, bytes]] = {}

    def do_GET(self):  # noqa: N802 (http.server's naming)
        found = self.pages.get(self.path)
        if not found:
            self.send_error(404)
            return
        content_type, body = found
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture()
def local_site():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", _Handler.pages
    server.shutdown()


def test_urls_and_feed_urls_from_a_local_server(local_site):
    base, pages = local_site
    article = f"<html><head><title>Leader call</title></head><body><article><p>{seed_text('000')}</p></article></body></html>"
    pages["/article"] = ("text/html", article.encode())
    pages["/feed.xml"] = ("application/rss+xml", f"""<?xml version="1.0"?><rss version="2.0"><channel>
        <title>Local Wire</title><item><title>Leader call</title><link>{base}/article</link>
        <pubDate>Sun, 19 Oct 2025 10:00:00 GMT</pubDate></item></channel></rss>""".encode())
    docs = only_documents(read_inputs([f"{base}/article"]))
    assert len(docs) == 1 and docs[0].url == f"{base}/article" and "Donetsk" in docs[0].html
    from_feed = only_documents(read_inputs([f"{base}/feed.xml"]))
    assert len(from_feed) == 1 and from_feed[0].published == "2025-10-19" and "Donetsk" in from_feed[0].html
    errors = only_errors(read_inputs([f"{base}/missing"]))
    assert errors and "HTTP 404" in errors[0].reason


def test_public_only_fetch_refuses_addresses_inside_the_network(local_site):
    """What the web server's URL ingest uses: loopback, private and link-local (cloud metadata)
    addresses are refused before any request (the check runs on every request, redirects included)."""
    from storyline.ingest.readers import non_public_address, read_url

    base, pages = local_site
    pages["/article"] = ("text/html", b"<html><body><p>Talks resumed in Geneva on Monday.</p></body></html>")
    for url in (f"{base}/article", "http://169.254.169.254/latest/meta-data/", "http://10.0.0.7/", "http://[::1]/"):
        results = list(read_url(url, public_only=True))
        assert len(results) == 1 and isinstance(results[0], IngestError), url
        assert results[0].reason.startswith("refused:") and "non-public address" in results[0].reason
    assert non_public_address("8.8.8.8") is None
    assert only_documents(read_url(f"{base}/article"))  # the CLI's own fetches are the user's choice


def test_a_response_too_large_is_refused_while_reading(local_site, monkeypatch):
    from storyline.ingest import readers

    base, pages = local_site
    pages["/big"] = ("text/html", b"<p>" + b"x" * 5000 + b"</p>")
    monkeypatch.setattr(readers, "MAX_FETCH_BYTES", 1000)
    errors = only_errors(read_inputs([f"{base}/big"]))
    assert len(errors) == 1 and "larger than" in errors[0].reason


def test_unreachable_url_is_one_error():
    errors = only_errors(read_inputs(["http://127.0.0.1:9/nothing"]))
    assert len(errors) == 1 and errors[0].source == "http://127.0.0.1:9/nothing" and "unreachable" in errors[0].reason
