"""Clean stage: page text or HTML in, a Document with only the article's own lines out."""
from __future__ import annotations

import hashlib
import re

from storyline.clean.boilerplate import (
    find_repeated_lines,
    find_tail_start,
    find_teaser_lists,
    furniture_reason,
    normalised_line,
)
from storyline.clean.header import (
    HEADER_LINES,
    is_outlet_name_line,
    looks_like_title,
    outlet_from_lines,
    parse_dateline,
)
from storyline.model import Document, RawDocument


def clean_document(raw: RawDocument, outlet_boilerplate: set[str] | None = None) -> Document:
    """`outlet_boilerplate`: normalised lines already seen in other documents of the same outlet."""
    title, author, published, outlet = raw.title, raw.author, raw.published, raw.outlet
    published_how = "metadata" if published else None
    text = raw.text
    if raw.html is not None:
        extracted = extract_html(raw.html, raw.url)
        text = extracted.get("text") or ""
        title = title or extracted.get("title")
        author = author or extracted.get("author")
        outlet = outlet or extracted.get("sitename")
        if not published and extracted.get("date"):
            published, published_how = extracted["date"], "metadata"
    cleaned = clean_text(text or "", outlet_boilerplate or set(), has_title=bool(title))
    if not published and cleaned.dateline:
        published, published_how = cleaned.dateline, "dateline"
    body = cleaned.text
    content_hash = hashlib.sha256(normalised_body(body).encode("utf-8")).hexdigest()
    return Document(
        id=content_hash[:16],
        source=raw.source,
        text=body,
        title=title or cleaned.title,
        outlet=outlet or cleaned.outlet,
        author=author,
        url=raw.url,
        published=normalise_date(published),
        published_how=published_how if published else None,
        removed=cleaned.removed,
        content_hash=content_hash,
    )


class CleanedText:
    def __init__(self, text: str, removed: list[str], title: str | None, dateline: str | None, outlet: str | None):
        self.text, self.removed, self.title, self.dateline, self.outlet = text, removed, title, dateline, outlet


def clean_text(text: str, outlet_boilerplate: set[str] = frozenset(), has_title: bool = False) -> CleanedText:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    reasons: dict[int, str] = {}
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        reason = furniture_reason(line)
        if reason is None and normalised_line(line) in outlet_boilerplate:
            reason = "repeated across the outlet"
        if reason:
            reasons[index] = reason
    tail = find_tail_start(lines)
    if tail is not None:
        for index in range(tail, len(lines)):
            if lines[index].strip():
                reasons.setdefault(index, "after the article")
    for index in find_teaser_lists(lines):
        if lines[index].strip():
            reasons.setdefault(index, "related stories")
    mark_captions(lines, reasons)
    masthead = mark_outlet_name(lines, reasons)

    content = [i for i, line in enumerate(lines) if line.strip() and i not in reasons]
    header = content[:HEADER_LINES]
    dateline = None
    for index in header:
        found = parse_dateline(lines[index])
        if found:
            dateline = found
            reasons[index] = "dateline"
            break
    repeated = find_repeated_lines(lines)
    title = None
    content = [i for i in content if i not in reasons]
    if content and not has_title:
        first = content[0]
        key = normalised_line(lines[first])
        doubled = any(normalised_line(lines[i]) == key for i in content[1:HEADER_LINES])
        if looks_like_title(lines[first], doubled) and len(content) > 1:
            title = lines[first].strip()
            reasons[first] = "title"
            for i in content[1:HEADER_LINES]:
                if normalised_line(lines[i]) == key:
                    reasons[i] = "repeated title"
    for index, reason in repeated.items():
        if index not in reasons and lines[index].strip():
            reasons[index] = reason

    kept = [lines[i] for i in range(len(lines)) if i not in reasons]
    removed = [lines[i].strip() for i in sorted(reasons) if reasons[i] != "title"]
    body = re.sub(r"\n{3,}", "\n\n", "\n".join(line.rstrip() for line in kept)).strip()
    outlet = masthead or outlet_from_lines(kept, removed)
    return CleanedText(body, removed, title, dateline, outlet)


def mark_captions(lines: list[str], reasons: dict[int, str]) -> None:
    """A short unquoted line right above a photo credit is that photo's caption."""
    for index, reason in list(reasons.items()):
        if reason != "photo credit":
            continue
        above = index - 1
        while above >= 0 and not lines[above].strip():
            above -= 1
        if above >= 0 and above not in reasons:
            line = lines[above].strip()
            if len(line) < 400 and not re.search(r"[\"“”]", line):
                reasons[above] = "photo caption"


def mark_outlet_name(lines: list[str], reasons: dict[int, str]) -> str | None:
    removed_lines = [lines[i] for i in reasons]
    for index, line in enumerate(lines):
        if index in reasons or not line.strip():
            continue
        below = index + 1
        while below < len(lines) and not lines[below].strip():
            below += 1
        if is_outlet_name_line(line, below in reasons, removed_lines):
            reasons[index] = "outlet name"
            return line.strip()
    return None


def extract_html(html: str, url: str | None = None) -> dict:
    """Main text and metadata with trafilatura (which dates pages with htmldate); favouring
    precision measured best on the extraction benchmark (`storyline eval extraction`)."""
    import trafilatura

    result = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                         favor_precision=True)
    return result.as_dict() if result is not None else {}


def normalised_body(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def normalise_date(value: str | None) -> str | None:
    """Metadata dates come as ISO timestamps or plain dates; the store keeps YYYY-MM-DD."""
    if not value:
        return None
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", value.strip())
    if match:
        return match.group(0)
    import dateparser

    parsed = dateparser.parse(value, settings={"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False})
    return parsed.date().isoformat() if parsed else None
