"""Briefings a journalist can share: Markdown or self-contained HTML.

`generate(store, fmt)` renders a briefing as a stream of text chunks (Jinja2 `generate`) from
store reads: documents, quotes and positions are walked from the store, not held, so memory stays
flat with the store's size. (The CSV export, one table per record kind, is `export.tables`.)
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from heapq import nsmallest
from typing import Any

from jinja2 import Environment, PackageLoader

from storyline.export.listing import event_when, plural, position_when

KEY_QUOTES = 20  # quotes shown in a briefing; the exports have them all
SHORT_TITLE = 48  # characters of a title that stand in for a missing outlet name
QUOTE_KINDS_FIRST = {"direct": 0, "mixed": 1, "indirect": 2}


TEMPLATES = {"md": "briefing.md.j2", "html": "briefing.html.j2"}
LOOKUPS_KEPT = 4096  # documents and names looked up by a streamed briefing, kept for re-use


def generate(store, fmt: str) -> Iterator[str]:
    """The briefing of the store, chunk by chunk."""
    if fmt not in TEMPLATES:
        raise ValueError(f"unknown report format: {fmt}")
    return template_environment(fmt).get_template(TEMPLATES[fmt]).generate(brief=Briefing(store))


class Briefing:
    """The analysis regrouped for reading (names and outlets resolved, quotes ranked, positions by
    actor), read from the store as the templates ask: documents listed from a cursor, looked up by
    id (text spans cut in SQL), key quotes chosen while quotes stream past, positions read one
    actor at a time. Held: the timeline, the key quotes, the ids of copies and of actors with
    positions, and a bounded cache of looked-up documents and names."""

    def __init__(self, store):
        from storyline.export.records import iter_quotes, timeline_records
        from storyline.store import queries

        self.store, self.queries = store, queries
        self.copies = queries.copied_document_ids(store)
        self.names = Names(store)
        self.events = timeline_records(store)
        self.quotes = key_quotes(iter_quotes(store, statements_only=True), self.copies)
        actor_ids = queries.actors_with_positions(store)
        self.actor_ids = sorted(actor_ids, key=lambda actor: self.names.get(actor, actor))
        self.document = lru_cache(maxsize=LOOKUPS_KEPT)(self._document)

    def _document(self, doc_id: str) -> dict[str, Any]:
        """Title, outlet, date, address and the first characters (for a label) of one document."""
        return self.queries.document_label(self.store, doc_id)

    def outlet(self, doc_id: str) -> str:
        """How a source is named in a briefing: its outlet, else a short title, else its file name."""
        doc = self.document(doc_id)
        if doc.get("outlet"):
            return doc["outlet"]
        title = one_line(doc.get("title"))
        if title:
            return title if len(title) <= SHORT_TITLE else title[:SHORT_TITLE].rsplit(" ", 1)[0] + "…"
        return (doc.get("source") or doc_id).replace("\\", "/").rsplit("/", 1)[-1]

    def source(self, doc_id: str) -> str:
        """A document named in a citation: its outlet (or short title) and publication date."""
        published = self.document(doc_id).get("published")
        return f"{self.outlet(doc_id)}, {published}" if published else self.outlet(doc_id)

    def evidence(self, event: dict[str, Any]) -> dict[str, Any] | None:
        """The first mention of an event in a stored document, with its text (None when that is
        the summary itself: the briefing then only links it)."""
        for mention in event.get("mentions", []):
            said = self.span_text(mention)
            if said:
                shown = one_line(said) not in (one_line(event.get("summary")), one_line(event.get("headline")))
                return {**mention, "text": said if shown else None}
        return None

    def speaker(self, quote: dict[str, Any]) -> str:
        return self.names.get(quote.get("speaker")) or quote.get("speaker_text") or "unidentified speaker"

    def span_text(self, evidence: dict[str, Any] | None) -> str:
        if not evidence or not evidence.get("doc"):
            return ""
        said = self.queries.text_spans(self.store, [(evidence["doc"], evidence["start"], evidence["end"])])[0]
        return (said or "").strip()

    def sources(self) -> Iterator[dict[str, Any]]:
        """Every document in stored order, labelled as it is read (`records.keyed_documents`)."""
        from storyline.export.records import keyed_documents

        for record, _ in keyed_documents(self.store):
            yield record

    def outlets(self) -> list[str]:
        return self.queries.outlets(self.store)

    def date_span(self) -> str:
        first, last = self.queries.publication_span(self.store)
        return f"{first} to {last}" if first else "undated"

    def summary_line(self) -> str:
        count = self.store.document_count()
        independent = count - len(self.copies)
        return (f"{plural(count, 'document')} from {plural(len(self.outlets()), 'outlet')} "
                f"({independent} independent), published {self.date_span()}; "
                f"{plural(len(self.events), 'dated event')}, {plural(len(self.quotes), 'key quote')}.")

    def actors(self) -> Iterator[tuple[str, list[dict[str, Any]]]]:
        """Each actor's listed positions (those resting on copies left out) in the ledger's order, the
        order `storyline positions --actor` and the web actor page show: per issue, each stance after
        the one it changed from. Actors by name."""
        for actor in self.actor_ids:
            positions = [record for record, _ in self.queries.keyed_positions(self.store, [actor], listed_only=True)
                         if (record.get("evidence") or {}).get("doc") not in self.copies]
            if positions:
                yield actor, positions

    def has_positions(self) -> bool:
        return next(self.actors(), None) is not None


class Names:
    """Entity id -> name, looked up as asked and kept in a bounded cache."""

    def __init__(self, store):
        from storyline.store.queries import entity_names

        self.lookup = lru_cache(maxsize=LOOKUPS_KEPT)(lambda entity_id: entity_names(store, [entity_id]).get(entity_id))

    def get(self, entity_id: str | None, default: str | None = None) -> str | None:
        name = self.lookup(entity_id) if entity_id else None
        return default if name is None else name


def key_quotes(quotes: Iterable[dict[str, Any]], copies: set[str] | None = None) -> list[dict[str, Any]]:
    """Attributed direct quotes first, each said once: quotes in copied or rewritten documents,
    repeats of the same words by the same speaker, and what is no statement of a known speaker
    (`nlp.quotes.statements`) are left out. Shown oldest first. The quotes may stream past: only
    the chosen ones and a hash of each one's words are kept."""
    copies = copies or set()
    seen: set[int] = set()

    def said_once() -> Iterator[dict[str, Any]]:
        for quote in quotes:
            key = hash((quote.get("speaker") or quote.get("speaker_text"), _words(quote.get("text", ""))))
            if quote.get("doc") in copies or key in seen or not quote.get("statement", True):
                continue
            seen.add(key)
            yield quote

    chosen = nsmallest(KEY_QUOTES, said_once(), key=lambda q: (q.get("speaker") is None,
                                                                QUOTE_KINDS_FIRST.get(q.get("kind"), 3),
                                                                -len(q.get("text", ""))))
    return sorted(chosen, key=lambda q: (q.get("date") is None, q.get("date") or "", q.get("doc"), q.get("start", 0)))


def _words(text: str) -> str:
    """Text reduced to its lower-case words, so punctuation and spacing differences still match."""
    return " ".join("".join(c if c.isalnum() else " " for c in text.lower()).split())


def event_date(event: dict[str, Any]) -> str:
    return event_when(event, between=" – ")


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
    from storyline.export.records import shown_text  # a quote as listings show it: an interrupted one's own parts

    environment.globals.update(event_date=event_date, plural=plural, shown_text=shown_text,
                               position_when=position_when)
    return environment


