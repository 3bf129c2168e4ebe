"""Bytes to text, and the sniffing that decides which reader a blob needs."""
from __future__ import annotations

import codecs
import gzip
import io
import re
from collections import Counter
from datetime import date

MAX_DOCUMENT_BYTES = 10 * 1024 * 1024  # one article; a bigger single document is refused
# Everything one input may expand to (a gzip file, all records of a WARC), and the largest
# expansion ratio accepted beyond a small size: a decompression bomb stops here, while streaming.
MAX_DECOMPRESSED_BYTES = 200 * 1024 * 1024
MAX_COMPRESSION_RATIO = 100
RATIO_CHECKED_FROM = 10 * 1024 * 1024
STREAM_CHUNK = 1024 * 1024

BOMS = [(codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")]
META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)
XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{1,40})["']""", re.IGNORECASE)


class IngestError(Exception):
    """A one-line, user-facing reason why one input could not be read."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


def bom_encoding(data: bytes) -> tuple[str, int] | None:
    """(codec, BOM length) when the bytes start with a Unicode byte-order mark."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return encoding, len(bom)
    return None


def utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or '-be' for UTF-16 text that carries no BOM: one byte of each pair is nearly
    always the same (0 for Latin script, 4 for Cyrillic...), and the pairs read as printable text
    with spaces or line breaks (ASCII bytes read as UTF-16 never give U+0020 or U+000A)."""
    head = data[:8192]
    if len(head) < 16:
        return None
    for encoding, high in (("utf-16-le", head[1::2]), ("utf-16-be", head[0::2])):
        common, count = Counter(high).most_common(1)[0]
        if count < 0.6 * len(high):
            continue
        text = head[: len(head) // 2 * 2].decode(encoding, "replace")
        readable = sum(1 for char in text if char.isprintable() or char in "\t\r\n")
        spaces = sum(1 for char in text if char in " \n\u3000")
        if "\ufffd" not in text and readable >= 0.95 * len(text) and spaces >= max(1, 0.01 * len(text)):
            return encoding
    return None


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 KB mean it is not text (UTF-16 and
    UTF-32, with or without a BOM, are text)."""
    head = data[:8192]
    if not head:
        return False
    if bom_encoding(head) or utf16_without_bom(head):
        return False
    if b"\x00" in head:
        return True
    control = sum(1 for byte in head if byte < 9 or 13 < byte < 32)
    return control / len(head) > 0.05


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page or XML file declares in its first 4 KB, if Python knows it."""
    head = data[:4096]
    match = XML_ENCODING.match(head) or META_CHARSET.search(head)
    return known_codec(match.group(1).decode("ascii")) if match else None


def known_codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None


def decode_text(data: bytes, declared: str | None = None) -> str:
    """Never fails. A BOM first, then the charset the transport or page declares, then UTF-8,
    then charset-normalizer's guess, then Windows-1252. Broken sequences become U+FFFD."""
    found = bom_encoding(data)
    if found:
        encoding, skip = found
        return data[skip:].decode(encoding, "replace")
    utf16 = utf16_without_bom(data)
    if utf16:
        return data.decode(utf16, "replace")
    encoding = known_codec(declared) or declared_charset(data)
    if encoding and encoding not in ("utf-16", "utf-32"):  # a page cannot declare UTF-16 in ASCII
        return data.decode(encoding, "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    guess = _guess_encoding(data)
    return data.decode(guess or "cp1252", "replace")


def _guess_encoding(data: bytes) -> str | None:
    """charset-normalizer's reading of undeclared non-UTF-8 bytes when it finds another script
    (Cyrillic, Greek, Japanese...). Between single-byte Latin code pages it cannot tell on a
    short sample (it takes Windows-1252 text for Windows-1250), so Latin-script text stays
    Windows-1252, the web's usual legacy encoding (and WHATWG's reading of Latin-1)."""
    import unicodedata

    from charset_normalizer import from_bytes

    sample = data[:65536]
    best = from_bytes(sample).best()
    encoding = known_codec(best.encoding) if best is not None else None
    if encoding is None or encoding.startswith(("utf-16", "utf-32")):
        return None
    letters = [char for char in sample.decode(encoding, "replace") if ord(char) > 127 and char.isalpha()]
    latin = sum(1 for char in letters if unicodedata.name(char, "").startswith("LATIN"))
    if letters and latin < len(letters) / 2:
        return encoding
    try:
        sample.decode("cp1252")
        return "cp1252"
    except UnicodeDecodeError:
        return encoding


def bounded_gunzip(source: str, data: bytes) -> bytes:
    """Decompresses gzip (every member) while checking the total size and ratio; raises IngestError
    for a bomb or a truncated or corrupt file."""
    out, size = [], 0
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            while chunk := stream.read(STREAM_CHUNK):
                size += len(chunk)
                check_expansion(source, size, len(data))
                out.append(chunk)
    except (OSError, EOFError, ValueError) as error:
        raise IngestError(source, f"not a valid gzip file ({str(error) or type(error).__name__})") from None
    return b"".join(out)


def check_expansion(source: str, size: int, compressed: int) -> None:
    if size > MAX_DECOMPRESSED_BYTES:
        raise IngestError(source, f"refused: expands beyond {MAX_DECOMPRESSED_BYTES // 2**20} MB")
    if size > RATIO_CHECKED_FROM and size > MAX_COMPRESSION_RATIO * max(compressed, 1):
        raise IngestError(source, f"refused: expands more than {MAX_COMPRESSION_RATIO} times (a decompression bomb?)")


def checked_date(value: str | None) -> str | None:
    """`value` when it is a real calendar date (YYYY-MM-DD, optionally with a time), else None."""
    if not value:
        return value
    try:
        date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None
    return value


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
    head = data[:2048]
    found = bom_encoding(head) or ((utf16_without_bom(head), 0) if utf16_without_bom(head) else None)
    if found and found[0] != "utf-8":
        head = head[found[1]:].decode(found[0], "replace").encode("utf-8", "replace")
    head = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
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
