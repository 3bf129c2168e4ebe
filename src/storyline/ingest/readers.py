"""Readers: every kind of input the `ingest` command accepts becomes RawDocument records.

Each reader yields RawDocument or IngestError values instead of raising, so one bad input
never stops the batch.
"""
from __future__ import annotations

import io
import json
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator

from storyline.ingest.decode import (
    MAX_DECOMPRESSED_BYTES,
    MAX_DOCUMENT_BYTES,
    STREAM_CHUNK,
    IngestError,
    bounded_gunzip,
    check_expansion,
    checked_date,
    decode_text,
    looks_binary,
    sniff_format,
)
from storyline.ingest.fetch import FETCH_DEADLINE_SECONDS, MAX_FETCH_BYTES, fetch, non_public_reason, resolve_once
from storyline.model import RawDocument

FETCH_TIMEOUT_SECONDS = FETCH_DEADLINE_SECONDS  # the whole fetch of one URL, redirects and body included
SKIPPED_SUFFIXES = (".db", ".db-wal", ".db-shm", ".pyc", ".passages.faiss", ".passages.json", ".part")

ReadResult = RawDocument | IngestError


def read_inputs(inputs: Iterable[str]) -> Iterator[ReadResult]:
    """Files, folders (recursively, sorted), '-' for stdin, and http(s) URLs. Whatever goes wrong
    with one input is one error naming it; the next input is still read."""
    for item in inputs:
        if item == "-":
            try:
                data = sys.stdin.buffer.read()
            except OSError as error:
                yield IngestError("-", f"cannot read stdin ({error.strerror or error})")
                continue
            yield from read_blob("-", data)
        elif item.startswith(("http://", "https://")):
            yield from read_url(item)
        else:
            yield from _guarded(short_name(item), read_path(Path(item)))


def short_name(name: str) -> str:
    """A name fit for one line: very long arguments are cut in the middle."""
    return name if len(name) <= 300 else f"{name[:150]}...{name[-100:]} ({len(name):,} characters)"


def _guarded(source: str, results: Iterator[ReadResult]) -> Iterator[ReadResult]:
    """Turns any exception escaping a reader into one error naming the input."""
    try:
        yield from results
    except OSError as error:
        yield IngestError(source, f"cannot read: {error.strerror or error}")
    except RecursionError:
        yield IngestError(source, "unreadable (nested too deeply)")
    except Exception as error:  # a reader's bug must not end the batch
        first = str(error).splitlines()[0][:200] if str(error) else ""
        yield IngestError(source, f"unreadable ({type(error).__name__}{': ' + first if first else ''})")


def read_path(path: Path) -> Iterator[ReadResult]:
    """A folder is listed first, so a file removed while the batch runs is reported, not skipped."""
    if path.is_dir():
        files = [child for child in sorted(path.rglob("*"))
                 if child.is_file() and not child.name.startswith(".") and not child.name.endswith(SKIPPED_SUFFIXES)]
        for child in files:
            yield from read_file(child)
    elif path.exists():
        yield from read_file(path)
    else:
        yield IngestError(short_name(str(path)), "no such file or folder")


def read_file(path: Path) -> Iterator[ReadResult]:
    source = short_name(str(path))
    try:
        if sniff_format(path.name, b"") == "warc":
            with path.open("rb") as stream:  # archives stream: they may be far larger than memory
                yield from _guarded(source, read_warc(source, stream, compressed_size=path.stat().st_size))
            return
        size = path.stat().st_size
        if size > MAX_DECOMPRESSED_BYTES:
            yield IngestError(source, f"too large ({size / 1e6:.0f} MB > {MAX_DECOMPRESSED_BYTES / 1e6:.0f} MB)")
            return
        data = path.read_bytes()
    except OSError as error:
        reason = "no such file (removed meanwhile?)" if isinstance(error, FileNotFoundError) else \
            (error.strerror or str(error))
        yield IngestError(source, f"cannot read: {reason}")
        return
    yield from read_blob(source, data)


def read_blob(source: str, data: bytes, public_only: bool = False, charset: str | None = None) -> Iterator[ReadResult]:
    """Dispatches one blob of bytes to the reader its name or content calls for; never raises.
    `charset`: what the transport declared (an HTTP header); `public_only` is passed on to the
    fetches of a feed's links."""
    yield from _guarded(source, _read_blob(source, data, public_only, charset))


def _read_blob(source: str, data: bytes, public_only: bool, charset: str | None) -> Iterator[ReadResult]:
    if source.lower().endswith(".gz") and not source.lower().endswith(".warc.gz"):
        try:
            data = bounded_gunzip(source, data)
        except IngestError as error:
            yield error
            return
    if not data.strip():
        yield IngestError(source, "empty input")
        return
    kind = sniff_format(source, data)
    if kind == "warc":
        yield from read_warc(source, io.BytesIO(data), compressed_size=len(data))
        return
    if looks_binary(data):
        yield IngestError(source, "binary content, not text, HTML, JSONL, feed or WARC")
        return
    if kind == "jsonl":
        yield from read_jsonl(source, decode_text(data, charset))
    elif kind == "feed":
        yield from read_feed(source, data, public_only=public_only)
    elif len(data) > MAX_DOCUMENT_BYTES:
        yield IngestError(source, f"too large for one document ({len(data) / 1e6:.1f} MB > {MAX_DOCUMENT_BYTES / 1e6:.0f} MB)")
    elif kind == "html":
        yield RawDocument(source=source, html=decode_text(data, charset), format="html")
    else:
        yield RawDocument(source=source, text=decode_text(data, charset), format="text")


def read_jsonl(source: str, text: str) -> Iterator[ReadResult]:
    """One article per line: {"text", "title"?, "url"?, "published"?, "outlet"?} (or "html")."""
    if not text.strip():
        yield IngestError(source, "empty input")
        return
    for number, line in enumerate(io.StringIO(text), start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield IngestError(where, f"malformed JSON ({error.msg})")
            continue
        except RecursionError:
            yield IngestError(where, "malformed JSON (nested too deeply)")
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
        published, warnings = checked_published(where, _string_or_none(record.get("published")))
        yield RawDocument(
            source=where,
            text=body if isinstance(body, str) else None,
            html=html if not isinstance(body, str) else None,
            title=_string_or_none(record.get("title")),
            url=_string_or_none(record.get("url")),
            published=published,
            outlet=_string_or_none(record.get("outlet")),
            author=_string_or_none(record.get("author")),
            format="jsonl",
            warnings=warnings,
        )


def checked_published(source: str, published: str | None) -> tuple[str | None, list[str]]:
    """An impossible date ("2025-13-45") is dropped with a warning; the document is still read."""
    if published and re.match(r"\d{4}-\d{1,2}-\d{1,2}", published) and not checked_date(published):
        return None, [f"{source}: published {published[:40]!r} is not a calendar date; ignored"]
    return published, []


def read_feed(source: str, data: bytes, fetch_links: bool = True, public_only: bool = False) -> Iterator[ReadResult]:
    """RSS/Atom: each entry's full content, or its linked page, or at least its summary."""
    import feedparser

    try:
        feed = feedparser.parse(data)
    except Exception as error:  # feedparser raises on some character references (&#xD800;), found by fuzzing
        yield IngestError(source, f"not a readable RSS/Atom feed ({type(error).__name__})")
        return
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
            fetched = list(read_url(link, public_only=public_only))
            if fetched and isinstance(fetched[0], RawDocument):
                page = fetched[0]
                page.title = page.title or _string_or_none(entry.get("title"))
                page.published = page.published or published
                page.outlet = page.outlet or outlet
                yield page
                continue
            if fetched and isinstance(fetched[0], IngestError) and fetched[0].reason.startswith("refused"):
                yield fetched[0]  # a link that must not be fetched is said so, not silently replaced
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


def read_warc(source: str, stream: BinaryIO, compressed_size: int | None = None) -> Iterator[ReadResult]:
    """HTML responses in a WARC file, read as a stream. An archive cut short (a record or gzip
    member that ends early, bytes that are no record) or one that would expand beyond the limits
    (a bomb) fails from there on, with a line saying so. The crawl date is not the publication
    date, so it is not used."""
    found = expanded = 0
    previous = None
    try:
        records = _CheckedArchiveIterator(stream)
        for record in records:
            if _cut_short(previous):
                yield _truncated(source, found)
                return
            previous = record
            expanded += record.length or 0
            if compressed_size is not None:
                check_expansion(source, expanded, compressed_size)
            if record.rec_type != "response" or record.http_headers is None:
                continue
            content_type = record.http_headers.get_header("Content-Type") or ""
            if "html" not in content_type.lower():
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            found += 1
            where = url or f"{source}#{found}"
            body, size, too_large = [], 0, False
            content = record.content_stream()
            while chunk := content.read(STREAM_CHUNK):
                size += len(chunk)
                if size > MAX_DOCUMENT_BYTES:
                    too_large = True
                    break
                body.append(chunk)
            if too_large:
                yield IngestError(where, "document too large")
                continue
            if _cut_short(record):
                yield _truncated(source, found)
                return
            yield RawDocument(source=where, html=decode_text(b"".join(body), _header_charset(content_type)),
                              url=url, format="warc")
        if _cut_short(previous) or records.gzip_cut_short or \
                (compressed_size is not None and records.offset < compressed_size):
            yield _truncated(source, found + 1)
            return
    except IngestError as error:
        yield error
        return
    except Exception as error:  # warcio raises ArchiveLoadFailed, ValueError, EOFError... on malformed input
        yield IngestError(source, f"malformed WARC ({str(error).splitlines()[0] if str(error) else type(error).__name__})")
        return
    if not found:
        yield IngestError(source, "WARC holds no HTML responses")


def _cut_short(record) -> bool:
    """A record whose stream ended before its declared Content-Length."""
    return record is not None and getattr(record.raw_stream, "limit", 0) > 0


def _truncated(source: str, number: int) -> IngestError:
    return IngestError(source, f"truncated WARC: cut short at HTML record {number}; "
                               "the records before it are read, nothing after")


class _CheckedArchiveIterator(ArchiveIterator):
    """warcio's iterator, noting on close whether the last gzip member was cut short (warcio
    itself then just ends, as if the archive were complete)."""

    gzip_cut_short = False

    def close(self):
        decompressor = getattr(self.reader, "decompressor", None)
        if decompressor is not None and getattr(decompressor, "eof", True) is False:
            self.gzip_cut_short = True
        super().close()


def _header_charset(content_type: str) -> str | None:
    match = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", content_type, re.IGNORECASE)
    return match.group(1) if match else None


def non_public_address(host: str) -> str | None:
    """Why `host` must not be fetched for someone else (see `fetch.non_public_reason`), or None."""
    try:
        return non_public_reason(host, resolve_once(host, 80))
    except Exception as error:
        return str(error)


def read_url(url: str, public_only: bool = False) -> Iterator[ReadResult]:
    """One URL: a page, a feed or any file the other readers take, through `fetch.fetch` (one
    deadline for the whole fetch, sizes bounded). `public_only` (the web server's URL ingest, and
    feeds it reads) refuses every address that is not on the public internet, redirects included."""
    try:
        fetched = fetch(url, public_only=public_only, deadline_seconds=FETCH_TIMEOUT_SECONDS, max_bytes=MAX_FETCH_BYTES)
    except IngestError as error:
        yield error
        return
    if any(kind in fetched.content_type for kind in ("rss", "atom", "xml")) and sniff_format(url, fetched.data) == "feed":
        yield from _guarded(url, read_feed(url, fetched.data, public_only=public_only))
        return
    for result in read_blob(url, fetched.data, public_only=public_only, charset=fetched.charset):
        if isinstance(result, RawDocument):
            result.url = result.url or fetched.url
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


