"""Wires the stages: read -> clean -> dedup -> nlp -> store, then the corpus-level story.

Per-document work happens once, in `ingest_raw`; corpus-level results (canonical entities,
speakers, events, positions, timeline) are then brought up to date from the stored analyses by
`story.build.build_story_if_needed` (new documents added to a large story, a small one rebuilt).
"""
from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from storyline.clean import clean_document
from storyline.clean.boilerplate import line_units, normalised_line
from storyline.ingest.decode import IngestError
from storyline.ingest.readers import read_inputs
from storyline.model import Document, DocumentAnalysis, RawDocument
from storyline.store import Store
from storyline.story.build import build_story_if_needed

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
    """All per-document NLP over one parse: entities, roles, time, quotes, event mentions, position claims."""
    from storyline.nlp.time.dating import infer_publication
    from storyline.nlp.entities import extract_mentions, extract_roles
    from storyline.nlp.quotes import extract_quotes, quote_date
    from storyline.nlp.time import extract_timexes
    from storyline.story.events import extract_event_mentions
    from storyline.story.positions import claim_matcher, extract_claims

    parsed = nlp(doc.text)
    timexes = extract_timexes(doc.text, doc.published, doc.id, parsed)
    if not doc.published and not doc.published_range:
        dating = infer_publication(doc.text, timexes)
        doc.published_range, doc.published_reasons = dating.range, dating.reasons
        if doc.published_range:
            doc.published_how = "inferred"
    mentions = extract_mentions(parsed, doc.id)
    quotes = extract_quotes(parsed, doc.id, mentions=mentions)
    for quote in quotes:
        quote.date = quote_date(quote, parsed, timexes) or doc.published
    return DocumentAnalysis(
        sentences=[(sent.start_char, sent.end_char) for sent in parsed.sents if sent.text.strip()],
        mentions=mentions,
        roles=extract_roles(parsed, doc.id, doc.published, mentions=mentions),
        quotes=quotes,
        timexes=timexes,
        event_mentions=extract_event_mentions(parsed, doc, timexes, mentions),
        claims=extract_claims(parsed, doc, timexes, mentions, quotes, claim_matcher(parsed.vocab)),
    )


def failure_line(source: str, error: Exception) -> str:
    """An unexpected error as the one line a user sees: the input, the error type, its first line."""
    first = str(error).splitlines()[0] if str(error) else ""
    return f"{source}: failed ({type(error).__name__}: {first})"


def raw_hash(raw: RawDocument) -> str:
    payload = json.dumps([raw.text, raw.html, raw.title, raw.published, raw.outlet], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8", "surrogatepass")).hexdigest()


def outlet_lines(doc: Document) -> set[str]:
    """The lines (pieces of a flattened line) recorded for the document's outlet: repeated across
    its documents, they are boilerplate."""
    return ({normalised_line(piece) for line in doc.text.split("\n") for piece in line_units(line) if len(piece) > 20}
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
           on_error: Callable[[str], None] | None = None, progress: bool = False,
           story: str = "auto") -> IngestSummary:
    """Reads every input, stores what is new, reports every failure in one line, and goes on.
    `story`: how the story is brought up to date afterwards (see `build_story_if_needed`)."""
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
        for warning in result.warnings:
            report(f"warning: {warning}")
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
    build_story_if_needed(store, force=bool(summary.new), mode=story)
    return summary
