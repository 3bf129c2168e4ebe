"""Bytes to text, and the sniffing that decides which reader a blob needs."""
from __future__ import annotations

MAX_DOCUMENT_BYTES = 10 * 1024 * 1024  # one article; a bigger single document is refused


class IngestError(Exception):
    """A one-line, user-facing reason why one input could not be read."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 KB mean it is not text."""
    head = data[:8192]
    if not head:
        return False
    if b"\x00" in head:
        # UTF-16 text has NULs too; it carries a BOM we can recognise.
        return not head.startswith((b"\xff\xfe", b"\xfe\xff"))
    control = sum(1 for byte in head if byte < 9 or 13 < byte < 32)
    return control / len(head) > 0.05


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252, else Latin-1 (never fails)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def sniff_format(name: str, data: bytes) -> str:
    """One of text, html, jsonl, feed, warc: by file name first, then by content."""
    lower = name.lower()
    if lower.endswith((".warc", ".warc.gz", ".arc.gz")):
        return "warc"
    if lower.endswith((".jsonl", ".ndjson", ".jsonl.gz")):
        return "jsonl"
    if lower.endswith((".rss", ".atom")):
        return "feed"
    if lower.endswith((".html", ".htm", ".xhtml", ".html.gz")):
        return "html"
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"warc/"):
        return "warc"
    if head.startswith(b"<?xml") or head.startswith(b"<rss") or head.startswith(b"<feed"):
        if b"<rss" in head or b"<feed" in head or b"<rdf" in head:
            return "feed"
        return "html"
    if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head[:512]:
        return "html"
    if head.startswith(b"{"):
        return "jsonl"
    return "text"
