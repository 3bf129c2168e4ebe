"""Ingest jobs started from the web UI: read in reader threads, analysed by one worker, polled by id.

One analysing worker thread runs each job through the ingest runner (`pipeline.ingest_records`)
with an in-process executor (the store takes one writer, and parsing is CPU-bound); the spaCy
model is loaded once, by the worker, on its first job. Reading
(fetching a URL, unpacking an upload) happens on a few reader threads, so a slow or hostile
server never holds the worker. At most MAX_PENDING_JOBS wait or run at once: beyond that a
submission is refused (the API answers 429), so queued uploads cannot grow memory without bound.
"""
from __future__ import annotations

import ctypes
import itertools
import queue
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from typing import Any

from storyline.ingest.decode import IngestError
from storyline.model import RawDocument
from storyline.pipeline import IngestSummary, Outcome, OutcomeCounts, Record, SpacyExecutor, ingest_records
from storyline.store import Store
from storyline.story.build import build_story_if_needed

KEEP_FINISHED_JOBS = 200
MAX_PENDING_JOBS = 8  # queued, reading or analysing; more is refused until one finishes
READER_THREADS = 4

# yields (input name, RawDocument or IngestError): the input name groups results per uploaded file
ReadAll = Callable[[], Iterator[tuple[str, Any]]]


class QueueFull(Exception):
    """Too many jobs are waiting: the caller should try again later."""


@dataclass(kw_only=True)
class InputReport(OutcomeCounts):
    """What became of one input of a job (one uploaded file, the URL, the pasted text)."""
    input: str


@dataclass(kw_only=True)
class Job(IngestSummary):
    """A job's state and stage with the ingest's counts, failure lines and new ids so far, and
    the counts per input."""
    id: str
    kind: str  # text | files | url
    state: str = "queued"  # queued | running | done | failed
    stage: str = "waiting"  # waiting | reading | analysing | rebuilding | finished
    total: int = 0
    processed: int = 0  # records whose fate is known, read or not
    warnings: list[str] = field(default_factory=list)
    inputs: list[InputReport] = field(default_factory=list)
    created: float = field(default_factory=time.time)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def report_for(self, name: str) -> InputReport:
        for report in self.inputs:
            if report.input == name:
                return report
        self.inputs.append(InputReport(input=name))
        return self.inputs[-1]


class JobRunner:
    """Queues ingest jobs against one store file: reader threads read them, one daemon thread
    analyses and stores them in the order their reading finished."""

    def __init__(self, db_path: str, executor_factory: Callable[[], Any] | None = None,
                 max_pending: int = MAX_PENDING_JOBS):
        self.db_path = db_path
        self.max_pending = max_pending
        self._executor_factory = executor_factory
        self._executor = None
        self._jobs: dict[str, Job] = {}
        self._ready: queue.Queue[tuple[Job, list[tuple[str, Any]]]] = queue.Queue()
        self._readers = ThreadPoolExecutor(READER_THREADS, thread_name_prefix="storyline-read")
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    def submit(self, kind: str, read_all: ReadAll) -> dict[str, Any]:
        """Queues the job and returns it as it stands; raises QueueFull when too many wait."""
        job = Job(id=uuid.uuid4().hex[:12], kind=kind)
        with self._lock:
            if self.pending() >= self.max_pending:
                raise QueueFull(f"{self.max_pending} ingest jobs are already waiting or running; try again later")
            self._jobs[job.id] = job
            self._forget_old_jobs()
            if self._thread is None:
                self._thread = threading.Thread(target=self._run_forever, name="storyline-ingest", daemon=True)
                self._thread.start()
            snapshot = job.to_dict()
        self._readers.submit(self._read, job, read_all)
        return snapshot

    def pending(self) -> int:
        return sum(1 for job in self._jobs.values() if job.state in ("queued", "running"))

    def get(self, job_id: str) -> dict[str, Any] | None:
        with self._lock:
            job = self._jobs.get(job_id)
            return job.to_dict() if job else None

    def _forget_old_jobs(self) -> None:
        """Keeps memory bounded: only the newest finished jobs stay pollable."""
        finished = sorted((j for j in self._jobs.values() if j.state in ("done", "failed")), key=lambda j: j.created)
        for job in finished[:max(0, len(finished) - KEEP_FINISHED_JOBS)]:
            del self._jobs[job.id]

    def _read(self, job: Job, read_all: ReadAll) -> None:
        """On a reader thread: everything is read first (so the total is known); a reader that
        raises ends only its own input's reading, with a line naming the job."""
        self._update(job, state="running", stage="reading")
        results: deque[tuple[str, Any]] = deque()  # handed over front first, each released once taken
        try:
            results.extend(read_all())
        except Exception as error:  # readers yield errors; this is the last guard
            results.append((job.kind, IngestError(job.kind, f"unreadable ({type(error).__name__})")))
        del read_all  # the uploaded bytes are no longer needed
        self._update(job, total=len(results), stage="analysing")
        self._ready.put((job, results))

    def _run_forever(self) -> None:
        while True:
            job, results = self._ready.get()
            try:
                self._run(job, results)
            except Exception as error:  # the worker must survive any one job
                self._update(job, state="failed", stage="finished",
                             errors=job.errors + [f"{type(error).__name__}: {error}"])
            finally:
                del job, results
                release_free_memory()

    def _update(self, job: Job, **changes: Any) -> None:
        with self._lock:
            for name, value in changes.items():
                setattr(job, name, value)

    def _executor_once(self):
        if self._executor is None:
            self._executor = (self._executor_factory or SpacyExecutor)()
        return self._executor

    def _run(self, job: Job, results: deque[tuple[str, Any]]) -> None:
        """Runs the job's records through the ingest runner; every input gets its own line in `inputs`."""
        def records():
            while results:
                name, result = results.popleft()
                yield Record(result, tag=name)

        store = Store(self.db_path)
        try:  # the executor loads the model only once there is something to analyse
            summary = ingest_records(store, records(), self._executor_once(), report=lambda message: None,
                                     on_outcome=lambda outcome: self._record(job, outcome), story="none")
            with self._lock:
                job.add_cpu(summary.cpu_seconds)
            if job.new:
                self._update(job, stage="rebuilding")
                build_story_if_needed(store, force=True)
                from storyline.search import ensure_passage_vectors

                ensure_passage_vectors(store)  # here, not in the next search request
        finally:
            store.close()
        self._update(job, state="done" if not job.failed or job.new or job.duplicate else "failed", stage="finished")

    def _record(self, job: Job, outcome: Outcome) -> None:
        """One record's fate, counted for the job and for its input."""
        with self._lock:
            job.warnings.extend(outcome.warnings)
            job.processed += 1
            job.count(outcome)
            job.report_for(outcome.tag).count(outcome)


def release_free_memory() -> None:
    """Hands freed heap back to the operating system after a job (glibc keeps it otherwise)."""
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


def pasted_text_reader(text: str, title: str | None, outlet: str | None, published: str | None,
                       url: str | None) -> ReadAll:
    """A pasted article: one RawDocument whose source names it as pasted."""
    counter = next(_paste_numbers)

    def read_all() -> Iterator[tuple[str, Any]]:
        source = f"pasted:{counter}"
        yield source, RawDocument(source=source, text=text, title=title or None, outlet=outlet or None,
                                  published=published or None, url=url or None, format="text")

    return read_all


_paste_numbers = itertools.count(1)


def uploaded_files_reader(files: list[tuple[str, bytes]], public_only: bool = False) -> ReadAll:
    """Uploaded files go through the same readers as files on disk (text, HTML, JSONL, WARC, feeds);
    each file is read on its own, so one bad file never takes the others with it. `public_only`
    applies to the pages an uploaded feed links to."""

    def read_all() -> Iterator[tuple[str, Any]]:
        from storyline.ingest.readers import read_blob

        while files:
            name, data = files.pop(0)  # each file's bytes are released once it is read
            source = f"upload:{name}"
            for result in read_blob(source, data, public_only=public_only):
                yield source, result

    return read_all


def url_reader(url: str, public_only: bool = False) -> ReadAll:
    def read_all() -> Iterator[tuple[str, Any]]:
        from storyline.ingest.readers import read_url

        for result in read_url(url, public_only=public_only):
            yield url, result

    return read_all
