"""Readers: every kind of input the `ingest` command accepts becomes RawDocument records.

Each reader yields RawDocument or IngestError values instead of raising, so one bad input
never stops the batch.
"""
from __future__ import annotations

import gzip
import io
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from storyline.ingest.decode import (
    MAX_DOCUMENT_BYTES,
    IngestError,
    decode_text,
    looks_binary,
    sniff_format,
)
from storyline.model import RawDocument

FETCH_TIMEOUT_SECONDS = 20.0
SKIPPED_SUFFIXES = (".db", ".db-wal", ".db-shm", ".pyc")

ReadResult = RawDocument | IngestError


def read_inputs(inputs: Iterable[str]) -> Iterator[ReadResult]:
    """Files, folders (recursively, sorted), '-' for stdin, and http(s) URLs."""
    for item in inputs:
        if item == "-":
            yield from read_blob("-", sys.stdin.buffer.read())
        elif item.startswith(("http://", "https://")):
            yield from read_url(item)
        else:
            yield from read_path(Path(item))


def read_path(path: Path) -> Iterator[ReadResult]:
    if path.is_dir():
        for child in sorted(path.rglob("*")):
            if child.is_file() and not child.name.startswith(".") and not child.name.endswith(SKIPPED_SUFFIXES):
                yield from read_file(child)
    elif path.is_file():
        yield from read_file(path)
    else:
        yield IngestError(str(path), "no such file or folder")


def read_file(path: Path) -> Iterator[ReadResult]:
    try:
        data = path.read_bytes()
    except OSError as error:
        yield IngestError(str(path), f"cannot read: {error.strerror or error}")
        return
    yield from read_blob(str(path), data)


def read_blob(source: str, data: bytes) -> Iterator[ReadResult]:
    """Dispatches one blob of bytes to the reader its name or content calls for."""
    if source.lower().endswith(".gz") and not source.lower().endswith(".warc.gz"):
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as error:
            yield IngestError(source, f"not a valid gzip file ({error})")
            return
    if not data.strip():
        yield IngestError(source, "empty input")
        return
    kind = sniff_format(source, data)
    if kind == "warc":
        yield from read_warc(source, data)
        return
    if looks_binary(data):
        yield IngestError(source, "binary content, not text, HTML, JSONL, feed or WARC")
        return
    if kind == "jsonl":
        yield from read_jsonl(source, decode_text(data))
    elif kind == "feed":
        yield from read_feed(source, data)
    elif len(data) > MAX_DOCUMENT_BYTES:
        yield IngestError(source, f"too large for one document ({len(data) / 1e6:.1f} MB > {MAX_DOCUMENT_BYTES / 1e6:.0f} MB)")
    elif kind == "html":
        yield RawDocument(source=source, html=decode_text(data), format="html")
    else:
        yield RawDocument(source=source, text=decode_text(data), format="text")


def read_jsonl(source: str, text: str) -> Iterator[ReadResult]:
    """One article per line: {"text", "title"?, "url"?, "published"?, "outlet"?} (or "html")."""
    for number, line in enumerate(io.StringIO(text), start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield IngestError(where, f"malformed JSON ({error.msg})")
            continue
        if not isinstance(record, dict):
            yield IngestError(where, "a JSONL line must be an object")
            continue
        body, html = record.get("text"), record.get("html")
        if not isinstance(body, str) and not isinstance(html, str):
            yield IngestError(where, 'no "text" field')
            continue
        if len((body or html or "").encode("utf-8", "ignore")) > MAX_DOCUMENT_BYTES:
            yield IngestError(where, "document too large")
            continue
        yield RawDocument(
            source=where,
            text=body if isinstance(body, str) else None,
            html=html if not isinstance(body, str) else None,
            title=_string_or_none(record.get("title")),
            url=_string_or_none(record.get("url")),
            published=_string_or_none(record.get("published")),
            outlet=_string_or_none(record.get("outlet")),
            author=_string_or_none(record.get("author")),
            format="jsonl",
        )


def read_feed(source: str, data: bytes, fetch_links: bool = True) -> Iterator[ReadResult]:
    """RSS/Atom: each entry's full content, or its linked page, or at least its summary."""
    import feedparser

    feed = feedparser.parse(data)
    if not feed.entries:
        reason = str(getattr(feed, "bozo_exception", "")) or "no entries"
        yield IngestError(source, f"not a readable RSS/Atom feed ({reason.splitlines()[0]})")
        return
    outlet = _string_or_none(feed.feed.get("title"))
    for number, entry in enumerate(feed.entries, start=1):
        link = entry.get("link")
        published = _feed_entry_date(entry)
        content = entry.get("content") or []
        html = content[0].get("value") if content else None
        if not html and fetch_links and link and link.startswith(("http://", "https://")):
            fetched = list(read_url(link))
            if fetched and isinstance(fetched[0], RawDocument):
                page = fetched[0]
                page.title = page.title or _string_or_none(entry.get("title"))
                page.published = page.published or published
                page.outlet = page.outlet or outlet
                yield page
                continue
        html = html or entry.get("summary")
        if not html:
            yield IngestError(f"{source}#{number}", "feed entry has no content, summary or reachable link")
            continue
        yield RawDocument(
            source=link or f"{source}#{number}",
            html=html,
            title=_string_or_none(entry.get("title")),
            url=link,
            published=published,
            outlet=outlet,
            author=_string_or_none(entry.get("author")),
            format="feed",
        )


def read_warc(source: str, data: bytes) -> Iterator[ReadResult]:
    """HTML responses in a WARC file; the crawl date is not the publication date, so it is not used."""
    from warcio.archiveiterator import ArchiveIterator

    found = 0
    try:
        for record in ArchiveIterator(io.BytesIO(data)):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            content_type = record.http_headers.get_header("Content-Type") or ""
            if "html" not in content_type.lower():
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            body = record.content_stream().read()
            found += 1
            if len(body) > MAX_DOCUMENT_BYTES:
                yield IngestError(url or source, "document too large")
                continue
            yield RawDocument(source=url or f"{source}#{found}", html=decode_text(body), url=url, format="warc")
    except Exception as error:  # warcio raises ArchiveLoadFailed, ValueError, AttributeError... on malformed input
        yield IngestError(source, f"malformed WARC ({str(error).splitlines()[0] if str(error) else type(error).__name__})")
        return
    if not found:
        yield IngestError(source, "WARC holds no HTML responses")


MAX_FETCH_BYTES = 5 * MAX_DOCUMENT_BYTES  # a page or a feed of many entries; a bigger response is refused


class _Refused(Exception):
    """A fetch that must not happen (a non-public address) or must stop (too large)."""


def non_public_address(host: str) -> str | None:
    """Why `host` must not be fetched for someone else (an address inside this machine or its
    network: loopback, private, link-local such as cloud metadata, reserved), or None."""
    import ipaddress
    import socket

    try:
        addresses = {info[4][0] for info in socket.getaddrinfo(host, None)}
    except (socket.gaierror, UnicodeError) as error:
        return f"cannot resolve {host} ({error})"
    for address in sorted(addresses):
        ip = ipaddress.ip_address(address.split("%")[0])
        if not ip.is_global:
            return f"{host} is a non-public address ({ip})"
    return None


def read_url(url: str, public_only: bool = False) -> Iterator[ReadResult]:
    """One URL: a page, a feed or any file the other readers take. `public_only` (the web server's
    URL ingest) refuses every address that is not on the public internet, redirects included."""
    import httpx

    def check(request) -> None:
        if public_only and (reason := non_public_address(request.url.host)):
            raise _Refused(reason)

    try:
        with httpx.Client(follow_redirects=True, timeout=FETCH_TIMEOUT_SECONDS, event_hooks={"request": [check]},
                          headers={"User-Agent": "storyline/0.1 (+https://github.com/storyline)"}) as client:
            with client.stream("GET", url) as response:
                if response.status_code >= 400:
                    yield IngestError(url, f"HTTP {response.status_code}")
                    return
                chunks, size = [], 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > MAX_FETCH_BYTES:
                        raise _Refused(f"response larger than {MAX_FETCH_BYTES / 1e6:.0f} MB")
                    chunks.append(chunk)
                content_type = response.headers.get("content-type", "").lower()
    except _Refused as error:
        yield IngestError(url, f"refused: {error}")
        return
    except httpx.HTTPError as error:
        yield IngestError(url, f"unreachable ({type(error).__name__}: {error})")
        return
    data = b"".join(chunks)
    if any(kind in content_type for kind in ("rss", "atom", "xml")) and sniff_format(url, data) == "feed":
        yield from read_feed(url, data)
        return
    for result in read_blob(url, data):
        if isinstance(result, RawDocument):
            result.url = result.url or url
        yield result


def _feed_entry_date(entry) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    return f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}"


def _string_or_none(value) -> str | None:
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


