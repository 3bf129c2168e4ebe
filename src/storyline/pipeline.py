"""Wires the stages: read -> clean -> dedup -> nlp -> store, then the corpus-level story.

Per-document work happens once, in `ingest_raw`; corpus-level results (canonical entities,
speakers, events, positions, timeline) are rebuilt from the stored analyses by `rebuild_story`,
which needs no NLP model and is cheap next to parsing.
"""
from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from storyline.clean import clean_document
from storyline.clean.boilerplate import normalised_line
from storyline.ingest.decode import IngestError
from storyline.ingest.readers import read_inputs
from storyline.model import Document, DocumentAnalysis, RawDocument, to_dict
from storyline.store import Store

MAX_ANALYSED_CHARS = 200_000  # far beyond any news article; bounds parse time and memory per document


@dataclass
class IngestSummary:
    read: int = 0
    new: int = 0
    duplicate: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)
    new_ids: list[str] = field(default_factory=list)

    def line(self) -> str:
        return f"read {self.read}, new {self.new}, duplicate {self.duplicate}, failed {self.failed}"


class Analyzer:
    """Holds what one process loads once: the spaCy model and the copy index's encoder."""

    def __init__(self, nlp=None):
        if nlp is None:
            from storyline.nlp.spacy_model import load_spacy

            nlp = load_spacy()
        self.nlp = nlp

    def analyze(self, doc: Document) -> DocumentAnalysis:
        return analyze_document(self.nlp, doc)


def analyze_document(nlp, doc: Document) -> DocumentAnalysis:
    """All per-document NLP over one parse: entities, roles, time, quotes, event mentions."""
    from storyline.nlp.dating import date_of_span, infer_published_range
    from storyline.nlp.entities import extract_mentions, extract_roles
    from storyline.nlp.quotes import extract_quotes
    from storyline.nlp.timex import extract_timexes
    from storyline.story.events import extract_event_mentions

    parsed = nlp(doc.text)
    timexes = extract_timexes(doc.text, doc.published, doc.id, parsed)
    if not doc.published and not doc.published_range:
        doc.published_range = infer_published_range(doc.text, timexes)
        if doc.published_range:
            doc.published_how = "inferred"
    quotes = extract_quotes(parsed, doc.id)
    for quote in quotes:
        quote.date = date_of_span(quote.start, quote.end, timexes, parsed)[0] or doc.published
    mentions = extract_mentions(parsed, doc.id)
    return DocumentAnalysis(
        sentences=[(sent.start_char, sent.end_char) for sent in parsed.sents if sent.text.strip()],
        mentions=mentions,
        roles=extract_roles(parsed, doc.id, doc.published),
        quotes=quotes,
        timexes=timexes,
        event_mentions=extract_event_mentions(parsed, doc, timexes, mentions),
    )


def failure_line(source: str, error: Exception) -> str:
    """An unexpected error as the one line a user sees: the input, the error type, its first line."""
    first = str(error).splitlines()[0] if str(error) else ""
    return f"{source}: failed ({type(error).__name__}: {first})"


def raw_hash(raw: RawDocument) -> str:
    payload = json.dumps([raw.text, raw.html, raw.title, raw.published, raw.outlet], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8", "surrogatepass")).hexdigest()


def outlet_lines(doc: Document) -> set[str]:
    """The lines recorded for the document's outlet: repeated across its documents, they are boilerplate."""
    return ({normalised_line(line) for line in doc.text.split("\n") if len(line) > 20}
            | {normalised_line(line) for line in doc.removed if len(line) > 20})


def prepare_document(raw: RawDocument, outlet_boilerplate: Callable[[str], set[str]],
                     date_default: str | None = None, doc: Document | None = None) -> Document:
    """Cleans one raw document (again with its outlet's known boilerplate once the outlet is known)
    and checks it is worth analysing; raises IngestError. `doc` is `clean_document(raw)` when a
    caller already made it."""
    doc = doc or clean_document(raw)
    if doc.outlet:
        boilerplate = outlet_boilerplate(doc.outlet)
        if boilerplate:
            outlet = doc.outlet
            doc = clean_document(raw, boilerplate)
            doc.outlet = doc.outlet or outlet
    if not doc.text.strip():
        raise IngestError(raw.source, "no article text found")
    if len(doc.text) > MAX_ANALYSED_CHARS:
        raise IngestError(raw.source, f"article too long to analyse ({len(doc.text):,} characters > {MAX_ANALYSED_CHARS:,})")
    if date_default and not doc.published:
        doc.published, doc.published_how = date_default, "given"
    return doc


def store_document(store: Store, copy_index, doc: Document, analysis: DocumentAnalysis,
                   fingerprints: list[str]) -> str:
    """One transaction: the document, its analysis, raw hashes, outlet lines and copy links.
    Returns "new", or "duplicate" when another process stored the same content meanwhile (the
    check is repeated under the write lock, so two concurrent ingests never both insert it)."""
    with store.transaction():
        known = store.document_id_for_content(doc.content_hash)
        if known:
            for fingerprint in fingerprints:
                store.remember_raw(fingerprint, known)
            return "duplicate"
        links = copy_index.add(doc) if copy_index is not None else []
        store.insert_document(doc, analysis)
        for fingerprint in fingerprints:
            store.remember_raw(fingerprint, doc.id)
        store.record_outlet_lines(doc.outlet, outlet_lines(doc))
        for link in links:
            store.set_copy(link)
    return "new"


def ingest_raw(store: Store, raw: RawDocument, analyzer: Analyzer, copy_index,
               date_default: str | None = None) -> tuple[str, str]:
    """Stores one document with everything found in it, in one transaction.
    Returns (outcome, document id) with outcome "new" or "duplicate"; raises IngestError."""
    fingerprint = raw_hash(raw)
    known = store.document_id_for_raw(fingerprint)
    if known:
        return "duplicate", known
    doc = prepare_document(raw, store.outlet_boilerplate, date_default)
    known = store.document_id_for_content(doc.content_hash)
    if known:
        with store.transaction():
            store.remember_raw(fingerprint, known)
        return "duplicate", known
    outcome = store_document(store, copy_index, doc, analyzer.analyze(doc), [fingerprint])
    return outcome, store.document_id_for_content(doc.content_hash) if outcome == "duplicate" else doc.id


def ingest(store: Store, inputs: Iterable[str], analyzer: Analyzer | None = None, date_default: str | None = None,
           on_error: Callable[[str], None] | None = None, progress: bool = False) -> IngestSummary:
    """Reads every input, stores what is new, reports every failure in one line, and goes on."""
    from storyline.dedup.index import CopyIndex

    analyzer = analyzer or Analyzer()
    copy_index = CopyIndex(store.conn)
    summary = IngestSummary()
    report = on_error or (lambda message: print(message, file=sys.stderr))
    results = read_inputs(inputs)
    if progress:
        from tqdm import tqdm

        results = tqdm(results, unit="doc", desc="ingest", file=sys.stderr)
    for result in results:
        if isinstance(result, IngestError):
            summary.failed += 1
            summary.errors.append(str(result))
            report(f"error: {result}")
            continue
        summary.read += 1
        try:
            outcome, doc_id = ingest_raw(store, result, analyzer, copy_index, date_default)
        except IngestError as error:
            summary.failed += 1
            summary.errors.append(str(error))
            report(f"error: {error}")
            continue
        except Exception as error:  # one broken document must not stop the batch
            message = failure_line(result.source, error)
            summary.failed += 1
            summary.errors.append(message)
            report(f"error: {message}")
            continue
        if outcome == "new":
            summary.new += 1
            summary.new_ids.append(doc_id)
        else:
            summary.duplicate += 1
    rebuild_story_if_needed(store, force=bool(summary.new))
    return summary


STORY_MARKER = "story_built_for"


def story_marker(store: Store) -> str:
    """Which documents the stored story reflects: their count and the newest sequence number."""
    count, newest = store.conn.execute("SELECT COUNT(*), COALESCE(MAX(seq), 0) FROM documents").fetchone()
    return f"{count}:{newest}"


def rebuild_story_if_needed(store: Store, force: bool = False, max_rounds: int = 5) -> int:
    """Rebuilds the corpus-level story unless it already reflects every stored document.

    Unlike "rebuild when this run stored something new", this also repairs a story left stale by an
    ingest that was killed after storing its documents but before (or during) the rebuild, and one
    overwritten by a concurrent ingest whose rebuild read the store before our last document.
    Returns the number of rebuilds done."""
    rounds = 0
    while rounds < max_rounds:
        marker = story_marker(store)
        if not force and store.get_state(STORY_MARKER) == marker:
            break
        rebuild_story(store)
        with store.transaction():
            store.set_state(STORY_MARKER, marker)
        rounds += 1
        force = False
    return rounds


def date_copies_from_originals(store: Store, documents: list[Document]) -> None:
    """An undated copy or rewrite takes its original's date, and its relative dates are re-resolved."""
    from storyline.nlp.dating import date_of_span, reanchor_timexes

    by_id = {doc.id: doc for doc in documents}
    for doc in documents:
        original = by_id.get(doc.copy_of) if doc.copy_of else None
        if doc.published or original is None or not original.published:
            continue
        doc.published, doc.published_range, doc.published_how = original.published, None, "inferred"
        analysis = store.analysis(doc.id)
        timexes = reanchor_timexes(analysis.timexes, doc.text, doc.published)
        for mention in analysis.event_mentions:
            mention.date, mention.date_range = date_of_span(mention.start, mention.end, timexes)
        with store.transaction():
            store.update_document_dates(doc)
            store.update_timexes(doc.id, timexes)
            store.update_event_mentions(doc.id, analysis.event_mentions)


def rebuild_story(store: Store) -> None:
    """Corpus-level results from the stored per-document analyses, written in one transaction."""
    from storyline.nlp.entities import link_entities
    from storyline.nlp.quotes import resolve_speaker
    from storyline.story.cluster import cluster_events
    from storyline.story.positions import extract_positions
    from storyline.story.timeline import build_timeline

    documents = store.documents()
    date_copies_from_originals(store, documents)
    analyses = {doc.id: store.analysis(doc.id) for doc in documents}
    mentions = [m for a in analyses.values() for m in a.mentions]
    roles = [r for a in analyses.values() for r in a.roles]
    entities, entity_of = link_entities(mentions, roles)
    quotes = [q for a in analyses.values() for q in a.quotes]
    published = {doc.id: doc.published for doc in documents}
    for quote in quotes:
        quote.speaker = resolve_speaker(quote, entity_of)
        quote.date = quote.date or published.get(quote.doc)
    event_mentions = [e for a in analyses.values() for e in a.event_mentions]
    copy_of = {doc.id: doc.copy_of for doc in documents}
    events = cluster_events(event_mentions, entity_of, copy_of)
    positions = extract_positions(quotes, event_mentions, entity_of, documents)
    timeline = build_timeline(events)
    order = {event_id: rank for rank, event_id in enumerate(timeline)}
    with store.transaction() as conn:
        for table in ("entities", "quotes", "events", "event_participants", "positions"):
            conn.execute(f"DELETE FROM {table}")
        conn.executemany("INSERT INTO entities (id, name, type, aliases, data) VALUES (?, ?, ?, ?, ?)",
                         [(e.id, e.name, e.type, json.dumps(e.aliases, ensure_ascii=False), _json(e)) for e in entities])
        conn.executemany("INSERT INTO quotes (id, document, speaker, date, data) VALUES (?, ?, ?, ?, ?)",
                         [(q.id, q.doc, q.speaker, q.date, _json(q)) for q in quotes])
        conn.executemany("INSERT INTO events (id, date, sort_key, data) VALUES (?, ?, ?, ?)",
                         [(e.id, e.date, f"{order[e.id]:09d}" if e.id in order else None, _json(e)) for e in events])
        conn.executemany("INSERT OR IGNORE INTO event_participants (event, entity) VALUES (?, ?)",
                         [(e.id, p) for e in events for p in e.participants])
        conn.executemany("INSERT INTO positions (actor, date, data) VALUES (?, ?, ?)",
                         [(p.actor, p.date, _json(p)) for p in positions])
        store.set_state("timeline", json.dumps(timeline))


def _json(item) -> str:
    return json.dumps(to_dict(item), ensure_ascii=False)
