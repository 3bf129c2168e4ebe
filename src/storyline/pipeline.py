"""The ingest runner: read -> clean -> (parse + analyse, in an executor) -> store, then the story.

There is one ingest loop, `ingest_records`; the CLI (`ingest`), the web server's jobs and
`storyline batch` all run it. What differs is the executor that parses and analyses the cleaned
documents:

  * `SpacyExecutor`: `nlp.pipe(as_tuples=True)` with the `storyline_analysis` component last, in
    this process (n_process=1) or in spaCy's own worker processes (n_process=N), so every
    per-document stage (time, quotes, entities, events, position claims, the copy index's
    sentences and MinHash) runs next to the parse;
  * `batch.PrecomputedAnalyses`: analyses Ray Data's workers already made (`storyline batch`).

What stays in this process, in input order, is what depends on the store: the raw and content
duplicate checks, cleaning with the outlet's learned boilerplate, the copy index's comparisons
and the one transaction per document. Documents sent for analysis but not yet stored are tracked
(`InFlight`) so the duplicate checks and outlet boilerplate see them exactly as a one-by-one
ingest would: the store does not depend on the executor or its batch size. The corpus-level
story is then brought up to date by `story.build.build_story_if_needed`.
"""
from __future__ import annotations

import hashlib
import itertools
import json
import sys
import time
import warnings
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from storyline.analysis import (
    Analysed,
    ensure_analysis,
    failure_line,
    forked_children_die_with_parent,
)
from storyline.clean import clean_document, page_as_text
from storyline.clean.boilerplate import FOREIGN_SHARE, foreign_share, is_programme_listing, line_units, normalised_line
from storyline.ingest.decode import IngestError
from storyline.ingest.readers import read_inputs
from storyline.model import Document, DocumentAnalysis, RawDocument
from storyline.store import Store
from storyline.story.build import build_story_if_needed

MAX_ANALYSED_CHARS = 200_000  # far beyond any news article; bounds parse time and memory per document
# An nlp.pipe batch (and a chunk sent to a worker) holds at most DEFAULT_BATCH documents and at most
# DEFAULT_BATCH_WORDS words (a longer document is a batch alone). The parser and the entity recogniser
# hold their precomputed features for every token of a batch, so memory follows the words parsed
# together, not the documents: bare nlp.pipe over 60 Timeline17 articles peaked at 728 MB with batches
# of 16, 565 MB with 8, 460 MB with 4, for the same CPU (benchmarks/batch_memory.py); one-process
# ingest of 60 bpoil_foxnews articles (54k words) took 17.2 / 17.3 / 17.2 CPU s at 4 / 8 / 16
# documents and peaked at 660 / 695 / 784 MB. A count of documents alone leaves a batch of long
# articles unbounded; 4,000 words is about what 4 documents of those topics held.
DEFAULT_BATCH = 16
DEFAULT_BATCH_WORDS = 4_000


def word_bounded_batches(docs: Iterable[Document], max_docs: int = DEFAULT_BATCH,
                         max_words: int = DEFAULT_BATCH_WORDS) -> Iterator[list[Document]]:
    """Consecutive documents, in order, as batches of at most `max_docs` documents and `max_words`
    words (whitespace-separated; a longer document alone). Pulls documents only as a batch fills."""
    batch: list[Document] = []
    words = 0
    for doc in docs:
        length = len(doc.text.split())
        if batch and (len(batch) >= max_docs or words + length > max_words):
            yield batch
            batch, words = [], 0
        batch.append(doc)
        words += length
    if batch:
        yield batch


# --- what the runner reports -----------------------------------------------------------------------

@dataclass
class Outcome:
    """What became of one input record, reported as soon as it is known."""

    kind: Literal["new", "duplicate", "failed"]
    source: str
    document: str | None = None  # the stored document (new, or the one it duplicates)
    message: str | None = None  # for "failed": the one line naming the input
    read: bool = True  # False when the record could not even be read
    warnings: list[str] = field(default_factory=list)
    tag: Any = None  # the caller's label for the record's input (a web job's uploaded file)


@dataclass
class OutcomeCounts:
    """Records counted by what became of them; `read`: those that could be read at all. Kept for
    a whole ingest (IngestSummary), a web job and each of its inputs, all counted by `count`."""

    read: int = 0
    new: int = 0
    duplicate: int = 0
    failed: int = 0

    def count(self, outcome: Outcome) -> None:
        self.read += outcome.read
        if outcome.kind == "failed":
            self.failed += 1
        elif outcome.kind == "new":
            self.new += 1
        else:
            self.duplicate += 1

    def line(self) -> str:
        return f"read {self.read}, new {self.new}, duplicate {self.duplicate}, failed {self.failed}"


@dataclass
class IngestSummary(OutcomeCounts):
    """The counts with the failures' lines, the new documents' ids and where the CPU time went."""

    errors: list[str] = field(default_factory=list)
    new_ids: list[str] = field(default_factory=list)
    # CPU seconds per stage: clean, store (with the copy index), story in this process; the
    # analysis stages wherever they ran (time, entities, quotes, events, claims, copy_features)
    cpu_seconds: dict[str, float] = field(default_factory=dict)

    def add_cpu(self, seconds: dict[str, float]) -> None:
        for stage, value in seconds.items():
            self.cpu_seconds[stage] = self.cpu_seconds.get(stage, 0.0) + value

    def count(self, outcome: Outcome) -> None:
        super().count(outcome)
        if outcome.kind == "failed":
            self.errors.append(outcome.message or outcome.source)
        elif outcome.kind == "new":
            self.new_ids.append(outcome.document)


@dataclass
class Record:
    """One input record for the runner: what a reader yielded, the caller's tag for it and, when
    it was cleaned elsewhere (a batch worker), `clean_document(raw)`."""

    raw: RawDocument | IngestError
    tag: Any = None
    cleaned: Document | None = None


# --- per-document steps ---------------------------------------------------------------------------

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
    caller already made it. An HTML page is extracted once for both cleanings."""
    page = raw
    if doc is None:
        page = page_as_text(raw)
        doc = clean_document(page)
    if doc.outlet:
        boilerplate = outlet_boilerplate(doc.outlet)
        if boilerplate:
            outlet = doc.outlet
            doc = clean_document(page, boilerplate)
            doc.outlet = doc.outlet or outlet
    if not doc.text.strip():
        share = foreign_share(raw.text or "")
        if is_programme_listing(raw.text or ""):
            raise IngestError(raw.source, "no article text found (a broadcaster's programme listings, not a report)")
        raise IngestError(raw.source, "no English article text found (the text is in another language)"
                          if share is not None and share >= FOREIGN_SHARE else "no article text found")
    if len(doc.text) > MAX_ANALYSED_CHARS:
        raise IngestError(raw.source, f"article too long to analyse ({len(doc.text):,} characters > {MAX_ANALYSED_CHARS:,})")
    if date_default and not doc.published:
        doc.published, doc.published_how = date_default, "given"
    return doc


def store_document(store: Store, copy_index, doc: Document, analysis: DocumentAnalysis,
                   fingerprints: list[str], copy_features=None, lines: set[str] | None = None) -> str:
    """One transaction: the document, its analysis and passages, raw hashes, outlet lines and copy links.
    Returns "new", or "duplicate" when another process stored the same content meanwhile (the
    check is repeated under the write lock, so two concurrent ingests never both insert it).
    `lines`: `outlet_lines(doc)` when the caller made them already (the runner, when the document
    went in flight): splitting a flattened page into sentences is the cleaning's largest cost."""
    with store.transaction():
        known = store.document_id_for_content(doc.content_hash)
        if known:
            for fingerprint in fingerprints:
                store.remember_raw(fingerprint, known)
            return "duplicate"
        links = copy_index.add(doc, features=copy_features) if copy_index is not None else []
        store.insert_document(doc, analysis)
        for fingerprint in fingerprints:
            store.remember_raw(fingerprint, doc.id)
        store.record_outlet_lines(doc.outlet, outlet_lines(doc) if lines is None else lines)
        for link in links:
            store.set_copy(link)
    return "new"


# --- documents between cleaning and storing ---------------------------------------------------------

@dataclass
class _Item:
    doc: Document
    fingerprints: list[str]  # raw hashes to remember for this document (its own and in-flight duplicates)
    lines: set[str]
    tag: Any
    warnings: list[str]


@dataclass
class InFlight:
    """Documents cleaned and sent for analysis but not yet stored: the duplicate checks and the
    outlet boilerplate count them as if they were stored already."""

    store: Store
    by_raw: dict[str, str] = field(default_factory=dict)
    by_content: dict[str, str] = field(default_factory=dict)
    items: dict[str, _Item] = field(default_factory=dict)
    outlet_counts: dict[str, Counter] = field(default_factory=dict)

    def boilerplate(self, outlet: str, min_documents: int = 2) -> set[str]:
        """Lines seen in at least `min_documents` documents of the outlet, stored or in flight."""
        pending = self.outlet_counts.get(outlet)
        if not pending:
            return self.store.outlet_boilerplate(outlet, min_documents)
        lines = self.store.outlet_boilerplate(outlet, min_documents)
        stored = self.store.outlet_line_counts(outlet, list(pending))  # only the pending lines, not the outlet's all
        lines.update(line for line, count in pending.items() if stored.get(line, 0) + count >= min_documents)
        return lines

    def add(self, fingerprint: str, doc: Document, tag: Any, warnings: list[str]) -> None:
        item = _Item(doc, [fingerprint], outlet_lines(doc) if doc.outlet else set(), tag, warnings)
        self.by_raw[fingerprint] = doc.id
        self.by_content[doc.content_hash] = doc.id
        self.items[doc.id] = item
        if doc.outlet:
            self.outlet_counts.setdefault(doc.outlet, Counter()).update(item.lines)

    def done(self, doc_id: str) -> _Item:
        item = self.items.pop(doc_id)
        for fingerprint in item.fingerprints:
            self.by_raw.pop(fingerprint, None)
        self.by_content.pop(item.doc.content_hash, None)
        if item.doc.outlet:
            counts = self.outlet_counts[item.doc.outlet]
            counts.subtract(item.lines)
            for line in item.lines:
                if counts[line] <= 0:
                    del counts[line]
        return item


def admit(store: Store, in_flight: InFlight, record: Record, date_default: str | None = None) -> tuple[str, str | Document]:
    """Everything before the analysis: ("duplicate", stored or in-flight id) or ("new", the
    cleaned Document, now in flight). Raises IngestError for a document not worth analysing."""
    raw = record.raw
    fingerprint = raw_hash(raw)
    known = store.document_id_for_raw(fingerprint) or in_flight.by_raw.get(fingerprint)
    if known:
        return "duplicate", known
    doc = prepare_document(raw, in_flight.boilerplate, date_default, record.cleaned)
    known = store.document_id_for_content(doc.content_hash)
    if known:
        with store.transaction():
            store.remember_raw(fingerprint, known)
        return "duplicate", known
    known = in_flight.by_content.get(doc.content_hash)
    if known:
        in_flight.items[known].fingerprints.append(fingerprint)
        in_flight.by_raw[fingerprint] = known
        return "duplicate", known
    in_flight.add(fingerprint, doc, record.tag, raw.warnings)
    return "new", doc


# --- executors: where parsing and analysis happen ------------------------------------------------

class Executor(Protocol):
    def analyse(self, docs: Iterator[Document]) -> Iterator[Analysed]:
        """One `Analysed` per document, in order; pulls documents lazily."""


class SpacyExecutor:
    """`nlp.pipe(as_tuples=True)` with the analysis component: in this process, or with
    `n_process` > 1 in a pool of forked worker processes, each running `nlp.pipe` over chunks of
    at most `batch_size` documents and `batch_words` words and sending back only their `Analysed`.

    Why a pool and not spaCy's own `n_process`: spaCy tokenises every text in the parent and sends
    the Doc to a worker as bytes and back again (`Doc.to_bytes` / `from_bytes` of every parsed
    document), CPU the parent spends on parses it never reads. Here the parent sends the cleaned
    `Document` and receives the analysis. The parent loads the pipeline once before the pool
    forks and the workers inherit it (copy-on-write pages): one model load (~0.6 CPU s) instead
    of one per worker, for ~50 MB more resident in the parent. With `freeze_loaded` (a
    process's own ingest, the CLI's) what the pipeline loads is frozen once it is loaded and
    before the pool forks (`nlp.spacy_model.freeze_what_is_loaded`); a pool worker freezes at its
    start whatever the flag."""

    def __init__(self, nlp=None, n_process: int = 1, batch_size: int = DEFAULT_BATCH, model: str | None = None,
                 freeze_loaded: bool = False, batch_words: int = DEFAULT_BATCH_WORDS):
        self._nlp, self.model = nlp, model
        self.n_process, self.batch_size, self.batch_words = n_process, batch_size, batch_words
        self.freeze_loaded, self._frozen = freeze_loaded, False

    @property
    def nlp(self):
        """The pipeline, loaded on first use, with the analysis component last."""
        if self._nlp is None:
            self._nlp = _load_pipeline(self.model)
        nlp = ensure_analysis(self._nlp)
        self._freeze_once()
        return nlp

    def _freeze_once(self) -> None:
        if self.freeze_loaded and not self._frozen:
            from storyline.nlp.spacy_model import freeze_what_is_loaded

            freeze_what_is_loaded()
            self._frozen = True

    def analyse(self, docs: Iterator[Document]) -> Iterator[Analysed]:
        first = next(docs, None)
        if first is None:  # nothing new to analyse: the model is not even loaded
            return
        docs = itertools.chain([first], docs)
        if self.n_process > 1:
            yield from self._analyse_in_pool(docs)
            return
        for batch in word_bounded_batches(docs, self.batch_size, self.batch_words):
            pairs = ((doc.text, doc) for doc in batch)
            for _, analysed in self.nlp.pipe(pairs, as_tuples=True, batch_size=len(batch)):
                yield analysed

    def _analyse_in_pool(self, docs: Iterator[Document]) -> Iterator[Analysed]:
        """Chunks go to the workers in input order and come back in that order; at most two chunks
        per worker are out at once, so documents are pulled (cleaned, put in flight) only as fast
        as the workers take them. A worker that dies fails the pool (BrokenProcessPool), which the
        runner reports for the documents in flight."""
        import multiprocessing
        from collections import deque
        from concurrent.futures import ProcessPoolExecutor
        from concurrent.futures.process import BrokenProcessPool

        forked_children_die_with_parent()
        nlp = self.nlp  # loaded (and frozen) once here: each worker inherits it instead of loading its own
        pool = ProcessPoolExecutor(self.n_process, mp_context=multiprocessing.get_context("fork"),
                                   initializer=_start_worker, initargs=(nlp,))
        pending: deque = deque()
        try:
            for chunk in word_bounded_batches(docs, self.batch_size, self.batch_words):
                pending.append(pool.submit(_analyse_chunk, chunk))
                if len(pending) >= 2 * self.n_process:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
        except BrokenProcessPool:  # the chunks already analysed are kept; the runner fails the rest
            for future in pending:
                if future.done() and not future.cancelled() and future.exception() is None:
                    yield from future.result()
            raise
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


def _load_pipeline(model: str | None):
    from storyline.nlp.spacy_model import load_spacy

    return load_spacy(model) if model else load_spacy()


_worker_nlp = None  # the pipeline of a pool worker process (set once by _start_worker)


def _start_worker(nlp) -> None:
    """A pool worker's start: the parent's loaded pipeline, inherited by the fork (`SpacyExecutor.nlp`)."""
    from storyline.nlp.spacy_model import freeze_what_is_loaded

    global _worker_nlp
    _worker_nlp = ensure_analysis(nlp)
    freeze_what_is_loaded()


def _analyse_chunk(docs: list[Document]) -> list[Analysed]:
    """One chunk in a pool worker; a document that breaks the parse fails alone (analysed one by one)."""
    try:
        return [analysed for _, analysed in _worker_nlp.pipe(((doc.text, doc) for doc in docs), as_tuples=True,
                                                            batch_size=len(docs))]
    except Exception:
        if len(docs) == 1:
            raise
        results = []
        for doc in docs:
            try:
                results += _analyse_chunk([doc])
            except Exception as error:
                results.append(Analysed(doc, error=failure_line(doc.source, error)))
        return results


# --- the runner ------------------------------------------------------------------------------------

def ingest_records(store: Store, records: Iterable[Record], executor: Executor,
                   date_default: str | None = None, report: Callable[[str], None] | None = None,
                   on_outcome: Callable[[Outcome], None] | None = None, story: str = "auto",
                   copy_index=None) -> IngestSummary:
    """The one ingest loop. Stores what is new, reports every failure in one line and goes on;
    `on_outcome` hears of each record as soon as its fate is known. `story`: how the story is
    brought up to date afterwards (see `build_story_if_needed`; "none" leaves it)."""
    from storyline.dedup.index import CopyIndex

    copy_index = copy_index if copy_index is not None else CopyIndex(store.conn)
    summary = IngestSummary()
    say = report or (lambda message: print(message, file=sys.stderr))
    in_flight = InFlight(store)

    def emit(outcome: Outcome) -> None:
        for warning in outcome.warnings:
            say(f"warning: {warning}")
        if outcome.kind == "failed":
            say(f"error: {outcome.message}")
        summary.count(outcome)
        if on_outcome is not None:
            on_outcome(outcome)

    def cleaned() -> Iterator[Document]:
        for record in records:
            raw = record.raw
            if isinstance(raw, IngestError):
                emit(Outcome("failed", raw.source, message=str(raw), read=False, tag=record.tag))
                continue
            started = time.process_time()
            try:
                outcome, value = admit(store, in_flight, record, date_default)
            except IngestError as error:
                emit(Outcome("failed", raw.source, message=str(error), warnings=raw.warnings, tag=record.tag))
                continue
            except Exception as error:  # one broken document must not stop the batch
                emit(Outcome("failed", raw.source, message=failure_line(raw.source, error), warnings=raw.warnings,
                             tag=record.tag))
                continue
            finally:
                summary.add_cpu({"clean": time.process_time() - started})
            if outcome == "duplicate":
                emit(Outcome("duplicate", raw.source, document=value, warnings=raw.warnings, tag=record.tag))
                continue
            yield value

    def stored(analysed: Analysed) -> Outcome:
        item = in_flight.done(analysed.doc.id)
        doc = analysed.doc
        fail = Outcome("failed", doc.source, warnings=item.warnings, tag=item.tag)
        if analysed.error is not None:
            fail.message = analysed.error
            return fail
        summary.add_cpu(analysed.cpu_seconds)
        started = time.process_time()
        try:
            kind = store_document(store, copy_index, doc, analysed.analysis, item.fingerprints, analysed.copy_features,
                                  item.lines)
        except Exception as error:
            fail.message = failure_line(doc.source, error)
            return fail
        finally:
            summary.add_cpu({"store": time.process_time() - started})
        document = doc.id if kind == "new" else store.document_id_for_content(doc.content_hash)
        return Outcome(kind, doc.source, document=document, warnings=item.warnings, tag=item.tag)

    documents = cleaned()
    while True:
        try:
            for analysed in executor.analyse(documents):
                emit(stored(analysed))
            break
        except Exception as error:  # the executor broke (a worker died): fail what it held, go on
            lost = list(in_flight.items)
            for doc_id in lost:
                item = in_flight.done(doc_id)
                emit(Outcome("failed", item.doc.source, warnings=item.warnings, tag=item.tag,
                             message=failure_line(item.doc.source, error, "analysis stopped: ")))
            if not lost:
                raise
    if story != "none":
        started = time.process_time()
        build_story_if_needed(store, force=bool(summary.new), mode=story)
        summary.add_cpu({"story": time.process_time() - started})
    return summary


def ingest(store: Store, inputs: Iterable[str], executor: Executor | None = None, date_default: str | None = None,
           on_error: Callable[[str], None] | None = None, progress: bool = False, story: str = "auto",
           on_outcome: Callable[[Outcome], None] | None = None) -> IngestSummary:
    """Reads every input (files, folders, '-', URLs, feeds) and runs them through `ingest_records`;
    `progress` shows a bar on standard error. Default executor: one process."""
    results: Iterable = read_inputs(inputs)
    if progress:
        from tqdm import tqdm

        results = tqdm(results, unit="doc", desc="ingest", file=sys.stderr)
    return ingest_records(store, (Record(result) for result in results), executor or SpacyExecutor(),
                          date_default=date_default, report=on_error, on_outcome=on_outcome, story=story)
