"""Batched, multi-process ingest: the same per-document pipeline as `pipeline.ingest`, faster.

`pipeline.ingest` parses one document at a time with `nlp(text)` in one process. `fast_ingest`
gives the same store (same documents, analyses, copy links, outlet lines, summary counts) but

  * parses with `nlp.pipe` in batches (spaCy's batched path is markedly faster than one call
    per document), and
  * runs parsing *and* the per-document extractors (time, quotes, entities, roles, events) in
    `n_process` worker processes, each loading the spaCy model once.

What stays in the main process, in input order, is what depends on the store: the raw/content
duplicate checks, cleaning with the outlet's learned boilerplate, the copy index and the one
transaction per document. Documents already sent to a worker but not yet stored are tracked
(`_Pending`) so that duplicate checks and outlet boilerplate see them exactly as the
sequential path would: the result does not depend on `n_process` or `chunk_size`.

`story.build.build_story_if_needed` then brings the corpus-level story up to date with every stored
document (also after a killed or concurrent ingest).
"""
from __future__ import annotations

import json
import os
import sys
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field

from storyline.clean import clean_document
from storyline.ingest.decode import IngestError
from storyline.ingest.readers import read_inputs
from storyline.model import Document, DocumentAnalysis, RawDocument
from storyline.pipeline import (
    IngestSummary,
    analyze_document,
    failure_line,
    outlet_lines,
    prepare_document,
    raw_hash,
    store_document,
)
from storyline.nlp.spacy_model import text_of
from storyline.store import Store
from storyline.story.build import build_story_if_needed

DEFAULT_CHUNK = 16  # documents per task sent to a worker (and per nlp.pipe call)
DEFAULT_BATCH = 16  # spaCy batch size inside a chunk


# --- parse once, analyse the parse ------------------------------------------------------------

class _Parsed:
    """Stands in for the spaCy model inside `analyze_document`: returns the parse made by nlp.pipe."""

    def __init__(self, parsed):
        self.parsed = parsed

    def __call__(self, text: str):
        if text != text_of(self.parsed):  # never analyse a parse of other text
            raise ValueError("parse does not belong to this text")
        return self.parsed


def analyze_parsed(doc: Document, parsed) -> DocumentAnalysis:
    """`pipeline.analyze_document` over an existing parse (e.g. one from `nlp.pipe`): the very same code."""
    return analyze_document(_Parsed(parsed), doc)


def analyze_many(nlp, docs: list[Document], batch_size: int = DEFAULT_BATCH) -> list[tuple[Document, DocumentAnalysis | None, str | None]]:
    """(document, analysis, None) or (document, None, one-line error) per document, in order."""
    results = []
    for doc, parsed in zip(docs, nlp.pipe((d.text for d in docs), batch_size=batch_size)):
        try:
            results.append((doc, analyze_parsed(doc, parsed), None))
        except Exception as error:  # one broken document must not stop the batch
            results.append((doc, None, failure_line(doc.source, error)))
    return results


# --- worker processes ---------------------------------------------------------------------------

_WORKER_NLP = None


def _init_worker(model: str | None, parent_pid: int | None = None) -> None:
    global _WORKER_NLP
    if parent_pid is not None:
        die_with_parent(parent_pid)
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    from storyline.nlp.spacy_model import load_spacy

    _WORKER_NLP = load_spacy(model) if model else load_spacy()
    try:  # one thread per worker: the workers already use every core
        import torch

        torch.set_num_threads(1)
    except ImportError:
        pass


def die_with_parent(parent_pid: int) -> None:
    """Ends this worker as soon as the ingest that started it ends, even by kill -9 (which runs
    no clean-up there). Workers are children of the forkserver, not of the ingest, so a
    parent-death signal would not fire: a thread waits on a pidfd of the ingest process instead."""
    import select
    import threading

    try:
        handle = os.pidfd_open(parent_pid)
    except (AttributeError, OSError):  # no pidfd (not Linux >= 5.3): poll the pid instead
        handle = None

    def watch() -> None:
        if handle is not None:
            select.select([handle], [], [])
        else:
            while _alive(parent_pid):
                time.sleep(1.0)
        os._exit(1)

    if handle is None and not _alive(parent_pid):
        os._exit(1)
    threading.Thread(target=watch, name="storyline-parent-watch", daemon=True).start()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def sentence_vectors(docs: list[Document]):
    """The copy index's sentence embeddings for each document, computed where the parsing is done."""
    from storyline.dedup import embed
    from storyline.dedup.text import split_sentences

    return [embed.embed(split_sentences(doc.text)) for doc in docs]


def _worker_analyze(docs: list[Document], batch_size: int, with_vectors: bool):
    analysed = analyze_many(_WORKER_NLP, docs, batch_size)
    vectors = sentence_vectors(docs) if with_vectors else [None] * len(docs)
    return [(doc, analysis, error, vector) for (doc, analysis, error), vector in zip(analysed, vectors)]


def precomputed_copy_index(conn):
    """A CopyIndex that takes each new document's sentence vectors from `index.vectors[doc.id]`
    (computed in the workers) instead of embedding them in the main process. The vectors are the
    same MiniLM embeddings of the same sentences; they are stored with the document, as the index
    does for every document that reaches the rewrite check."""
    from storyline.dedup.index import CopyIndex

    class PrecomputedCopyIndex(CopyIndex):
        def __init__(self, conn):
            super().__init__(conn)
            self.vectors: dict[str, object] = {}

        def _entry_for(self, doc):  # CopyIndex internals: see the report on storyline.dedup.index
            entry = super()._entry_for(doc)
            vectors = self.vectors.pop(doc.id, None)
            if vectors is not None and len(vectors) == len(entry.sentences):
                entry.embeddings = vectors
            return entry

    return PrecomputedCopyIndex(conn)


# --- main-process bookkeeping -------------------------------------------------------------------

@dataclass
class _Item:
    doc: Document
    fingerprints: list[str]  # raw hashes to remember for this document (its own and in-flight duplicates)
    lines: set[str]


@dataclass
class _Pending:
    """Documents cleaned and sent for analysis but not yet stored."""

    store: Store
    by_raw: dict[str, str] = field(default_factory=dict)
    by_content: dict[str, str] = field(default_factory=dict)
    items: dict[str, _Item] = field(default_factory=dict)
    outlet_counts: dict[str, Counter] = field(default_factory=dict)

    def boilerplate(self, outlet: str, min_documents: int = 2) -> set[str]:
        pending = self.outlet_counts.get(outlet)
        if not pending:
            return self.store.outlet_boilerplate(outlet, min_documents)
        counts = Counter(dict(self.store.conn.execute(
            "SELECT line, documents FROM outlet_lines WHERE outlet = ?", (outlet,)).fetchall()))
        counts.update(pending)
        return {line for line, count in counts.items() if count >= min_documents}

    def add(self, fingerprint: str, doc: Document) -> _Item:
        item = _Item(doc, [fingerprint], outlet_lines(doc) if doc.outlet else set())
        self.by_raw[fingerprint] = doc.id
        self.by_content[doc.content_hash] = doc.id
        self.items[doc.id] = item
        if doc.outlet:
            self.outlet_counts.setdefault(doc.outlet, Counter()).update(item.lines)
        return item

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


def prepare_raw(store: Store, pending: _Pending, raw: RawDocument,
                date_default: str | None = None) -> tuple[str, str | Document]:
    """`pipeline.ingest_raw` up to the analysis: ("duplicate", id) or ("new", cleaned Document)."""
    fingerprint = raw_hash(raw)
    known = store.document_id_for_raw(fingerprint) or pending.by_raw.get(fingerprint)
    if known:
        return "duplicate", known
    return prepare_cleaned(store, pending, raw, fingerprint, clean_document(raw), date_default)


def prepare_cleaned(store: Store, pending: _Pending, raw: RawDocument, fingerprint: str, doc: Document,
                    date_default: str | None = None) -> tuple[str, str | Document]:
    """The rest of `prepare_raw`, given `doc = clean_document(raw)` (made here or by a batch worker)."""
    doc = prepare_document(raw, pending.boilerplate, date_default, doc)
    known = store.document_id_for_content(doc.content_hash)
    if known:
        with store.transaction():
            store.remember_raw(fingerprint, known)
        return "duplicate", known
    known = pending.by_content.get(doc.content_hash)
    if known:
        pending.items[known].fingerprints.append(fingerprint)
        pending.by_raw[fingerprint] = known
        return "duplicate", known
    pending.add(fingerprint, doc)
    return "new", doc


def store_analysed(store: Store, copy_index, item: _Item, doc: Document, analysis: DocumentAnalysis) -> str:
    """`pipeline.store_document` for one pending item (all raw fingerprints that led to it)."""
    return store_document(store, copy_index, doc, analysis, item.fingerprints)


# --- the batched ingest -------------------------------------------------------------------------

@dataclass
class StageTimes:
    """Seconds spent in the main process per stage, and in waiting for the workers."""

    read_clean: float = 0.0
    analyse_wait: float = 0.0
    store: float = 0.0
    rebuild: float = 0.0

    def as_dict(self) -> dict[str, float]:
        return {k: round(v, 3) for k, v in self.__dict__.items()}


def fast_ingest(store: Store, inputs: Iterable[str], nlp=None, date_default: str | None = None,
                on_error: Callable[[str], None] | None = None, progress: bool = False,
                n_process: int = 2, chunk_size: int = DEFAULT_CHUNK, batch_size: int = DEFAULT_BATCH,
                model: str | None = None, rebuild: bool = True, copy_index=None,
                times: StageTimes | None = None, embed_in_workers: bool | None = None,
                story: str = "auto") -> IngestSummary:
    """Reads every input, stores what is new, reports each failure in one line, and goes on.

    n_process=1 parses in this process (with `nlp`, loaded if not given); n_process>1 starts that
    many worker processes (forkserver), each loading `model` (default: the project's model).
    `embed_in_workers` has the workers also compute every document's sentence embeddings for the
    copy index. Off by default: the index embeds only documents that reach its rewrite check, and
    embedding all of them cost 3x the whole ingest on a sample of 30 PolNeAR articles; it pays only
    for corpora where nearly every document has a rewrite candidate."""
    from storyline.dedup.index import CopyIndex

    if embed_in_workers is None:
        embed_in_workers = False
    if copy_index is None:
        copy_index = precomputed_copy_index(store.conn) if embed_in_workers else CopyIndex(store.conn)
    summary = IngestSummary()
    times = times or StageTimes()
    report = on_error or (lambda message: print(message, file=sys.stderr))
    pending = _Pending(store)
    results: Iterator = iter(read_inputs(inputs))
    if progress:
        from tqdm import tqdm

        results = tqdm(results, unit="doc", desc="ingest", file=sys.stderr)

    def fail(message: str) -> None:
        summary.failed += 1
        summary.errors.append(message)
        report(f"error: {message}")

    def new_executor():
        import multiprocessing

        return ProcessPoolExecutor(n_process, mp_context=multiprocessing.get_context("forkserver"),
                                   initializer=_init_worker, initargs=(model, os.getpid()))

    executor = new_executor() if n_process > 1 else None
    if executor is None and nlp is None:
        from storyline.nlp.spacy_model import load_spacy

        nlp = load_spacy(model) if model else load_spacy()
    in_flight: deque[tuple[list[Document], Future | list]] = deque()
    max_in_flight = 2 * n_process

    def submit(chunk: list[Document]) -> None:
        nonlocal executor
        if executor is None:
            vectors = sentence_vectors(chunk) if embed_in_workers else [None] * len(chunk)
            in_flight.append((chunk, [(*result, vector) for result, vector
                                      in zip(analyze_many(nlp, chunk, batch_size), vectors)]))
        else:
            try:
                future = executor.submit(_worker_analyze, chunk, batch_size, embed_in_workers)
            except BrokenProcessPool:  # a worker died earlier: its chunk failed, start fresh workers
                executor.shutdown(wait=False, cancel_futures=True)
                executor = new_executor()
                future = executor.submit(_worker_analyze, chunk, batch_size, embed_in_workers)
            in_flight.append((chunk, future))

    def drain_one() -> None:
        chunk, future = in_flight.popleft()
        started = time.perf_counter()
        try:
            analysed = future if isinstance(future, list) else future.result()
        except BrokenProcessPool as error:  # a worker died (killed, out of memory): fail its chunk
            analysed = [(doc, None, f"{doc.source}: failed (worker process died: {error})", None) for doc in chunk]
        except Exception as error:
            analysed = [(doc, None, failure_line(doc.source, error), None) for doc in chunk]
        times.analyse_wait += time.perf_counter() - started
        started = time.perf_counter()
        for doc, analysis, error, vectors in analysed:
            item = pending.done(doc.id)
            if vectors is not None and hasattr(copy_index, "vectors"):
                copy_index.vectors[doc.id] = vectors
            if error is not None:
                fail(error)
                continue
            try:
                outcome = store_analysed(store, copy_index, item, doc, analysis)
            except Exception as problem:
                fail(failure_line(doc.source, problem))
                continue
            if outcome == "duplicate":
                summary.duplicate += 1
                continue
            summary.new += 1
            summary.new_ids.append(doc.id)
        times.store += time.perf_counter() - started

    chunk: list[Document] = []
    try:
        started = time.perf_counter()
        for result in results:
            if isinstance(result, IngestError):
                fail(str(result))
                continue
            summary.read += 1
            for warning in result.warnings:
                report(f"warning: {warning}")
            try:
                outcome, value = prepare_raw(store, pending, result, date_default)
            except IngestError as error:
                fail(str(error))
                continue
            except Exception as error:
                fail(failure_line(result.source, error))
                continue
            if outcome == "duplicate":
                summary.duplicate += 1
                continue
            chunk.append(value)
            if len(chunk) >= chunk_size:
                times.read_clean += time.perf_counter() - started
                submit(chunk)
                chunk = []
                while len(in_flight) >= max_in_flight:
                    drain_one()
                started = time.perf_counter()
        times.read_clean += time.perf_counter() - started
        if chunk:
            submit(chunk)
        while in_flight:
            drain_one()
    finally:
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)
    if rebuild:
        started = time.perf_counter()
        build_story_if_needed(store, force=bool(summary.new), mode=story)
        times.rebuild += time.perf_counter() - started
    return summary


def store_fingerprint(store: Store) -> dict:
    """What two ingests of the same inputs must agree on, independent of timing and order of ids."""
    conn = store.conn
    documents = sorted(conn.execute(
        "SELECT id, content_hash, source, title, outlet, published, published_range, published_how, text,"
        " removed FROM documents").fetchall())
    analyses = sorted(conn.execute(
        "SELECT document, mentions, roles, quotes, timexes, event_mentions FROM analyses").fetchall())
    return {
        "documents": [list(row) for row in documents],
        "analyses": [[row[0]] + [json.loads(value) for value in row[1:]] for row in analyses],
        "raw_hashes": sorted(conn.execute("SELECT raw_hash, document FROM raw_hashes").fetchall()),
        "copy_links": sorted(conn.execute("SELECT document, original, kind FROM copy_links").fetchall()),
        "outlet_lines": sorted(conn.execute("SELECT outlet, line, documents FROM outlet_lines").fetchall()),
        "passages": sorted(conn.execute("SELECT document, start, end FROM passages").fetchall()),
    }
