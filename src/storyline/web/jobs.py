"""Ingest jobs started from the web UI: one worker thread runs them in order, clients poll by id.

One worker at a time keeps ingestion as serial as the CLI's (the store takes one writer, and
parsing is CPU-bound); the spaCy model is loaded once, by the worker, on its first job.
"""
from __future__ import annotations

import itertools
import queue
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from typing import Any

from storyline.dedup.index import CopyIndex
from storyline.ingest.decode import IngestError
from storyline.model import RawDocument
from storyline.pipeline import Analyzer, ingest_raw
from storyline.story.build import build_story_if_needed
from storyline.store import Store

KEEP_FINISHED_JOBS = 200

ReadAll = Callable[[], Iterator[Any]]  # yields RawDocument or IngestError values


@dataclass
class Job:
    id: str
    kind: str  # text | files | url
    state: str = "queued"  # queued | running | done | failed
    stage: str = "waiting"  # waiting | reading | analysing | rebuilding | finished
    total: int = 0
    processed: int = 0
    new: int = 0
    duplicate: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)
    new_ids: list[str] = field(default_factory=list)
    created: float = field(default_factory=time.time)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class JobRunner:
    """Queues ingest jobs against one store file and runs them on a single daemon thread."""

    def __init__(self, db_path: str, analyzer_factory: Callable[[], Any] | None = None):
        self.db_path = db_path
        self._analyzer_factory = analyzer_factory
        self._analyzer = None
        self._jobs: dict[str, Job] = {}
        self._work: queue.Queue[tuple[Job, ReadAll]] = queue.Queue()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    def submit(self, kind: str, read_all: ReadAll) -> dict[str, Any]:
        """Queues the job and returns it as it stands (the worker may already be changing it)."""
        job = Job(id=uuid.uuid4().hex[:12], kind=kind)
        with self._lock:
            self._jobs[job.id] = job
            self._forget_old_jobs()
            if self._thread is None:
                self._thread = threading.Thread(target=self._run_forever, name="storyline-ingest", daemon=True)
                self._thread.start()
            snapshot = job.to_dict()
        self._work.put((job, read_all))
        return snapshot

    def get(self, job_id: str) -> dict[str, Any] | None:
        with self._lock:
            job = self._jobs.get(job_id)
            return job.to_dict() if job else None

    def _forget_old_jobs(self) -> None:
        """Keeps memory bounded: only the newest finished jobs stay pollable."""
        finished = sorted((j for j in self._jobs.values() if j.state in ("done", "failed")), key=lambda j: j.created)
        for job in finished[:max(0, len(finished) - KEEP_FINISHED_JOBS)]:
            del self._jobs[job.id]

    def _run_forever(self) -> None:
        while True:
            job, read_all = self._work.get()
            try:
                self._run(job, read_all)
            except Exception as error:  # the worker must survive any one job
                self._update(job, state="failed", stage="finished",
                             errors=job.errors + [f"{type(error).__name__}: {error}"])

    def _update(self, job: Job, **changes: Any) -> None:
        with self._lock:
            for name, value in changes.items():
                setattr(job, name, value)

    def _analyzer_once(self):
        if self._analyzer is None:
            self._analyzer = (self._analyzer_factory or Analyzer)()
        return self._analyzer

    def _run(self, job: Job, read_all: ReadAll) -> None:
        """Reads everything first (so the total is known), then stores document by document."""
        self._update(job, state="running", stage="reading")
        results = list(read_all())
        self._update(job, total=len(results), stage="analysing")
        analyzer = self._analyzer_once()
        store = Store(self.db_path)
        try:
            copy_index = CopyIndex(store.conn)
            for result in results:
                self._ingest_one(job, store, result, analyzer, copy_index)
            if job.new:
                self._update(job, stage="rebuilding")
                build_story_if_needed(store, force=True)
        finally:
            store.close()
        self._update(job, state="done" if not job.failed or job.new or job.duplicate else "failed", stage="finished")

    def _ingest_one(self, job: Job, store: Store, result: RawDocument | IngestError, analyzer, copy_index) -> None:
        """Stores one document as `pipeline.ingest` does; a failure is counted and the batch goes on."""
        if isinstance(result, IngestError):
            self._record_error(job, str(result))
            return
        try:
            outcome, doc_id = ingest_raw(store, result, analyzer, copy_index)
        except IngestError as error:
            self._record_error(job, str(error))
            return
        except Exception as error:  # one broken document must not stop the batch
            self._record_error(job, f"{result.source}: failed ({type(error).__name__})")
            return
        with self._lock:
            job.processed += 1
            if outcome == "new":
                job.new += 1
                job.new_ids.append(doc_id)
            else:
                job.duplicate += 1

    def _record_error(self, job: Job, message: str) -> None:
        with self._lock:
            job.processed += 1
            job.failed += 1
            job.errors.append(message)


def pasted_text_reader(text: str, title: str | None, outlet: str | None, published: str | None,
                       url: str | None) -> ReadAll:
    """A pasted article: one RawDocument whose source names it as pasted."""
    counter = next(_paste_numbers)

    def read_all() -> Iterator[Any]:
        yield RawDocument(source=f"pasted:{counter}", text=text, title=title or None, outlet=outlet or None,
                          published=published or None, url=url or None, format="text")

    return read_all


_paste_numbers = itertools.count(1)


def uploaded_files_reader(files: list[tuple[str, bytes]]) -> ReadAll:
    """Uploaded files go through the same readers as files on disk (text, HTML, JSONL, WARC, feeds)."""

    def read_all() -> Iterator[Any]:
        from storyline.ingest.readers import read_blob

        for name, data in files:
            yield from read_blob(f"upload:{name}", data)

    return read_all


def url_reader(url: str, public_only: bool = False) -> ReadAll:
    def read_all() -> Iterator[Any]:
        from storyline.ingest.readers import read_url

        yield from read_url(url, public_only=public_only)

    return read_all
