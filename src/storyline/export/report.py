"""Briefings a journalist can share: Markdown or self-contained HTML.

`render(data, fmt)` takes the contract export (`build_export`) and returns text. (The CSV export,
one table per record kind, is `export.tables`.)
"""
from __future__ import annotations

from collections import defaultdict
from functools import lru_cache
from typing import Any

from jinja2 import Environment, PackageLoader

from storyline.export.listing import first_sentence, plural

KEY_QUOTES = 20  # quotes shown in a briefing; the exports have them all
SHORT_TITLE = 48  # characters of a title that stand in for a missing outlet name
QUOTE_KINDS_FIRST = {"direct": 0, "mixed": 1, "indirect": 2}


def render(data: dict[str, Any], fmt: str) -> str:
    if fmt == "md":
        return render_markdown(Briefing(data))
    if fmt == "html":
        return render_html(Briefing(data))
    raise ValueError(f"unknown report format: {fmt}")


class Briefing:
    """The export regrouped for reading: names and outlets resolved, quotes ranked, positions by actor."""

    def __init__(self, data: dict[str, Any]):
        self.documents = {doc["id"]: doc for doc in data.get("documents", [])}
        self.names = {entity["id"]: entity["name"] for entity in data.get("entities", [])}
        self.events = timeline_events(data)
        self.copies = {doc_id: doc for doc_id, doc in self.documents.items() if doc.get("copy_of")}
        self.quotes = key_quotes(data.get("quotes", []), set(self.copies))
        self.positions = positions_by_actor([p for p in data.get("positions", [])
                                             if (p.get("evidence") or {}).get("doc") not in self.copies])

    def outlet(self, doc_id: str) -> str:
        """How a source is named in a briefing: its outlet, else a short title, else its file name."""
        doc = self.documents.get(doc_id) or {}
        if doc.get("outlet"):
            return doc["outlet"]
        title = one_line(doc.get("title"))
        if title:
            return title if len(title) <= SHORT_TITLE else title[:SHORT_TITLE].rsplit(" ", 1)[0] + "…"
        return (doc.get("source") or doc_id).replace("\\", "/").rsplit("/", 1)[-1]

    def source(self, doc_id: str) -> str:
        """A document named in a citation: its outlet (or short title) and publication date."""
        published = (self.documents.get(doc_id) or {}).get("published")
        return f"{self.outlet(doc_id)}, {published}" if published else self.outlet(doc_id)

    def label(self, doc_id: str) -> str:
        """A document named for a reader: its title, else its URL, else its first sentence."""
        doc = self.documents.get(doc_id) or {}
        return one_line(doc.get("title")) or doc.get("url") or first_sentence(doc.get("text")) or doc_id

    def evidence(self, event: dict[str, Any]) -> dict[str, Any] | None:
        """The first mention of an event in a document the briefing lists, with its text (None
        when that is the summary itself: the briefing then only links it)."""
        for mention in event.get("mentions", []):
            said = self.span_text(mention)
            if said:
                shown = one_line(said) not in (one_line(event.get("summary")), one_line(event.get("headline")))
                return {**mention, "text": said if shown else None}
        return None

    def speaker(self, quote: dict[str, Any]) -> str:
        return self.names.get(quote.get("speaker")) or quote.get("speaker_text") or "unidentified speaker"

    def span_text(self, evidence: dict[str, Any] | None) -> str:
        if not evidence or evidence.get("doc") not in self.documents:
            return ""
        return self.documents[evidence["doc"]]["text"][evidence["start"]:evidence["end"]].strip()

    def outlets(self) -> list[str]:
        return sorted({doc.get("outlet") for doc in self.documents.values() if doc.get("outlet")})

    def date_span(self) -> str:
        dates = sorted(d["published"] for d in self.documents.values() if d.get("published"))
        return f"{dates[0]} to {dates[-1]}" if dates else "undated"

    def summary_line(self) -> str:
        independent = len(self.documents) - len(self.copies)
        return (f"{plural(len(self.documents), 'document')} from {plural(len(self.outlets()), 'outlet')} "
                f"({independent} independent), published {self.date_span()}; "
                f"{plural(len(self.events), 'dated event')}, {plural(len(self.quotes), 'key quote')}.")

    def actors(self) -> list[tuple[str, list[dict[str, Any]]]]:
        """Positions grouped by actor, actors by name."""
        return sorted(self.positions.items(), key=lambda item: self.names.get(item[0], item[0]))


def timeline_events(data: dict[str, Any]) -> list[dict[str, Any]]:
    """Events in the contract's timeline order; the timeline lists dated events only."""
    by_id = {event["id"]: event for event in data.get("events", [])}
    order = data.get("timeline") or [e["id"] for e in data.get("events", []) if e.get("date") or e.get("date_range")]
    return [by_id[event_id] for event_id in order if event_id in by_id]


def key_quotes(quotes: list[dict[str, Any]], copies: set[str] | None = None) -> list[dict[str, Any]]:
    """Attributed direct quotes first, each said once: quotes in copied or rewritten documents,
    and repeats of the same words by the same speaker, are left out. Shown oldest first."""
    copies = copies or set()
    seen: set[tuple[Any, str]] = set()
    unique = []
    for quote in quotes:
        key = (quote.get("speaker") or quote.get("speaker_text"), _words(quote.get("text", "")))
        if quote.get("doc") in copies or key in seen:
            continue
        seen.add(key)
        unique.append(quote)
    ranked = sorted(unique, key=lambda q: (q.get("speaker") is None, QUOTE_KINDS_FIRST.get(q.get("kind"), 3),
                                           -len(q.get("text", ""))))
    chosen = ranked[:KEY_QUOTES]
    return sorted(chosen, key=lambda q: (q.get("date") is None, q.get("date") or "", q.get("doc"), q.get("start", 0)))


def _words(text: str) -> str:
    """Text reduced to its lower-case words, so punctuation and spacing differences still match."""
    return " ".join("".join(c if c.isalnum() else " " for c in text.lower()).split())


def positions_by_actor(positions: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for position in positions:
        grouped[position["actor"]].append(position)
    for items in grouped.values():
        items.sort(key=lambda p: (p.get("date") is None, p.get("date") or ""))
    return dict(grouped)


def event_date(event: dict[str, Any]) -> str:
    if event.get("date"):
        return event["date"]
    if event.get("date_range"):
        return f"{event['date_range'][0]} – {event['date_range'][1]}"
    return "undated"


def one_line(text: str | None) -> str:
    return " ".join((text or "").split())




# --- rendering ------------------------------------------------------------------------------

def md_text(text: Any) -> str:
    """Article text in Markdown: on one line, with the characters that would format it escaped."""
    escaped = one_line(str(text) if text is not None else "")
    for char in "\\`*_[]<>|#":
        escaped = escaped.replace(char, "\\" + char)
    return escaped


@lru_cache(maxsize=None)
def template_environment(fmt: str) -> Environment:
    """HTML templates autoescape every value; Markdown ones escape every value for Markdown (the
    `finalize` hook runs on each `{{ }}`), so article text can never add markup to either."""
    loader = PackageLoader("storyline.export", "templates")
    if fmt == "html":
        environment = Environment(loader=loader, autoescape=True, trim_blocks=True, lstrip_blocks=True)
        environment.filters["one_line"] = one_line
    else:
        environment = Environment(loader=loader, autoescape=False, finalize=md_text, trim_blocks=True,
                                  lstrip_blocks=True)
    environment.globals.update(event_date=event_date, plural=plural)
    return environment


def render_markdown(brief: Briefing) -> str:
    return template_environment("md").get_template("briefing.md.j2").render(brief=brief)


def render_html(brief: Briefing) -> str:
    return template_environment("html").get_template("briefing.html.j2").render(brief=brief)
