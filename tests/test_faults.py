"""Faults: a killed ingest, two ingests at once, reads during an ingest.

The documents are the seed articles' own paragraphs, four to a file, so every file is real,
distinct news text. Each scenario runs the real `storyline ingest` in a subprocess."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from conftest import SEEDS
from storyline.clean import clean_document
from storyline.ingest.readers import read_inputs
from storyline.model import RawDocument
from storyline.pipeline import raw_hash
from storyline.store import Store

PER_FILE = 4


def seed_paragraph_files(folder: Path, count: int | None = None) -> list[Path]:
    """Consecutive groups of the seeds' paragraphs, one file each; groups that cleaning empties
    (the seeds' related-story lists) are left out."""
    paragraphs = [line.strip() for path in sorted(SEEDS.glob("*.txt"))
                  for line in path.read_text(encoding="utf-8").split("\n") if len(line.strip()) > 80]
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for start in range(0, len(paragraphs) - PER_FILE + 1, PER_FILE):
        if count is not None and len(files) >= count:
            break
        text = "\n\n".join(paragraphs[start:start + PER_FILE]) + "\n"
        if len(clean_document(RawDocument(source="-", text=text)).text) < 400:
            continue
        path = folder / f"{len(files):03d}.txt"
        path.write_text(text, encoding="utf-8")
        files.append(path)
    return files


def expected_ids(paths: list[Path]) -> set[str]:
    ids = set()
    for result in read_inputs([str(p) for p in paths]):
        assert isinstance(result, RawDocument)
        ids.add(clean_document(result).id)
    return ids


def ingest_command(db: Path, *paths: Path) -> list[str]:
    return [sys.executable, "-m", "storyline.cli", "ingest", "--no-progress", "--db", str(db), *map(str, paths)]


def count_documents(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    except sqlite3.OperationalError:  # not created yet
        return 0


def assert_consistent(db: Path) -> None:
    """Every stored document is whole: analysis, passages, raw hash and copy-index entry together."""
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    documents = {row[0] for row in conn.execute("SELECT id FROM documents")}
    assert {row[0] for row in conn.execute("SELECT document FROM analyses")} == documents
    assert {row[0] for row in conn.execute("SELECT DISTINCT document FROM passages")} == documents
    assert {row[0] for row in conn.execute("SELECT DISTINCT document FROM raw_hashes")} == documents
    assert {row[0] for row in conn.execute("SELECT doc_id FROM dedup_documents")} == documents
    assert conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == len(documents)
    duplicated = conn.execute("SELECT content_hash FROM documents GROUP BY content_hash HAVING COUNT(*) > 1").fetchall()
    assert not duplicated
    conn.close()


def env() -> dict[str, str]:
    return {**os.environ, "PYTHONUNBUFFERED": "1", "OMP_NUM_THREADS": "1"}


# --- kill -9 in the middle of an ingest ---------------------------------------------------------

def test_sigkill_mid_ingest_then_rerun_loses_and_duplicates_nothing(tmp_path):
    files = seed_paragraph_files(tmp_path / "docs", 10)
    assert len(files) == 10
    db = tmp_path / "killed.db"
    # one process, one document per batch: each document is stored as soon as it is parsed, so the
    # kill can land between two stores (a batch of 16 would store all ten in one burst)
    process = subprocess.Popen([*ingest_command(db, tmp_path / "docs"), "--jobs", "1", "--batch-size", "1"],
                               env=env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 300
        while count_documents(db) < 2 and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait()
    assert process.returncode == -signal.SIGKILL, process.stderr.read().decode()[-2000:]
    stored_at_kill = count_documents(db)
    assert 2 <= stored_at_kill < len(files), "the kill must land mid-way"
    assert_consistent(db)

    rerun = subprocess.run(ingest_command(db, tmp_path / "docs"), env=env(), capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    assert f"read {len(files)}, new {len(files) - stored_at_kill}, duplicate {stored_at_kill}, failed 0" in rerun.stdout
    assert_consistent(db)
    store = Store(db)
    assert {doc.id for doc in store.documents()} == expected_ids(files)
    raw_rows = store.conn.execute("SELECT raw_hash FROM raw_hashes").fetchall()
    assert sorted(r[0] for r in raw_rows) == sorted(raw_hash(r) for r in read_inputs([str(tmp_path / "docs")]))
    # the story was rebuilt over every document, not only over those of the second run
    sources = {source for (data,) in store.conn.execute("SELECT data FROM events")
               for source in __import__("json").loads(data)["sources"]}
    assert sources and not sources - {doc.id for doc in store.documents()}
    assert {doc.id for doc in store.documents()[:stored_at_kill]} & sources


# --- two writers and a reader at once ------------------------------------------------------------

@pytest.fixture(scope="module")
def concurrent_run(tmp_path_factory):
    """Two ingest processes over mostly the same documents, into one store,
    while this process reads the store in a loop the way the web server does."""
    root = tmp_path_factory.mktemp("concurrent")
    files = seed_paragraph_files(root / "docs", 8)
    first, second = root / "first", root / "second"
    first.mkdir(), second.mkdir()
    for path in files[:7]:  # mostly the same documents in the same order: the writers collide
        (first / path.name).write_bytes(path.read_bytes())
    for path in files[1:]:
        (second / path.name).write_bytes(path.read_bytes())
    db = root / "shared.db"
    Store(db).close()  # both writers find the schema in place (creating it concurrently is tested too, below)
    processes = [subprocess.Popen([*ingest_command(db, folder), "--jobs", "1"], env=env(), stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True) for folder in (first, second)]
    reads: list[tuple[int, int, int]] = []
    errors: list[str] = []
    http: list[tuple[str, int]] = []
    stop = threading.Event()
    # the web server, in process, over the same store file
    from fastapi.testclient import TestClient

    from storyline.web.app import create_app

    client = TestClient(create_app(str(db), allowed_hosts=["testserver"]))

    def reader() -> None:
        from storyline.export.records import event_records, quote_records, search_passages

        while not stop.is_set():
            for url in ("/api/health", "/api/timeline", "/api/quotes", "/api/search?q=Putin", "/api/documents"):
                try:
                    http.append((url, client.get(url).status_code))
                except Exception as error:
                    errors.append(f"GET {url}: {type(error).__name__}: {error}")
            try:
                store = Store(db)  # one connection per request, as the web API opens them
                with store.conn:
                    store.conn.execute("BEGIN")  # one snapshot for the whole "request"
                    documents = store.document_count()
                    analyses = store.conn.execute("SELECT COUNT(*) FROM analyses").fetchone()[0]
                    event_records(store), quote_records(store), search_passages(store, "Putin ceasefire")
                    whole = store.conn.execute(
                        "SELECT COUNT(*) FROM documents d LEFT JOIN analyses a ON a.document = d.id "
                        "WHERE a.document IS NULL").fetchone()[0]
                reads.append((documents, analyses, whole))
                store.close()
            except Exception as error:  # recorded, asserted on below
                errors.append(f"{type(error).__name__}: {error}")
            time.sleep(0.02)

    thread = threading.Thread(target=reader, daemon=True)
    thread.start()
    try:
        outputs = [process.communicate(timeout=600) for process in processes]
    finally:
        stop.set()
        thread.join(timeout=30)
    return {"files": files, "db": db, "codes": [p.returncode for p in processes], "outputs": outputs,
            "reads": reads, "errors": errors, "http": http}


def test_two_processes_ingesting_into_one_store(concurrent_run):
    run = concurrent_run
    assert run["codes"] == [0, 0], [err[-1500:] for _, err in run["outputs"]]
    assert_consistent(run["db"])
    store = Store(run["db"])
    assert {doc.id for doc in store.documents()} == expected_ids(run["files"])
    news = [int(out.split("new ")[1].split(",")[0]) for out, _ in run["outputs"]]
    assert sum(news) == len(run["files"])  # each overlapping document stored by exactly one writer


def test_reads_during_ingest_never_fail_and_never_see_half_a_document(concurrent_run):
    reads, errors = concurrent_run["reads"], concurrent_run["errors"]
    assert not errors, errors[:5]
    assert len(reads) >= 5
    counts = [documents for documents, _, _ in reads]
    assert counts == sorted(counts), "a reader never sees the store shrink"
    assert all(documents == analyses and orphans == 0 for documents, analyses, orphans in reads)
    assert counts[-1] > counts[0], "the reads overlapped the writes"


def test_the_web_server_answers_while_two_ingests_write(concurrent_run):
    http = concurrent_run["http"]
    assert len(http) >= 10
    failed = [(url, status) for url, status in http if status != 200]
    assert not failed, failed[:10]
    assert not concurrent_run["errors"], concurrent_run["errors"][:5]


def test_two_processes_creating_a_new_store_at_once(tmp_path):
    """Schema creation races: both processes open a store file that does not exist yet."""
    db = tmp_path / "fresh.db"
    # every process imports first and then opens the store at one agreed moment, so the opens collide
    code = ("import sys, time; from storyline.store import Store; "
            "time.sleep(max(0.0, float(sys.argv[2]) - time.time())); s = Store(sys.argv[1]); "
            "print(s.schema_version); s.close()")
    start = time.time() + 3
    processes = [subprocess.Popen([sys.executable, "-c", code, str(db), str(start)], stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True) for _ in range(6)]
    outputs = [process.communicate(timeout=120) for process in processes]
    assert [p.returncode for p in processes] == [0] * len(processes), [err for _, err in outputs]
    versions = {out.strip() for out, _ in outputs}
    assert len(versions) == 1
    conn = sqlite3.connect(db)
    applied = [row[0] for row in conn.execute("SELECT version FROM schema_version ORDER BY version")]
    assert applied == sorted(set(applied)), "each migration ran once"


# --- the same races, made deterministic in one process ---------------------------------------------

class _FindsNothing:
    """An executor that finds nothing: these tests are about storage, not NLP."""

    def analyse(self, docs):
        from storyline.analysis import Analysed
        from storyline.model import DocumentAnalysis

        for doc in docs:
            yield Analysed(doc, DocumentAnalysis())


def test_a_document_stored_meanwhile_by_another_process_counts_as_duplicate(tmp_path):
    """Two connections to one store: while the first ingest analyses a document, the second
    stores the same one; the first must then count it a duplicate and store nothing twice."""
    from storyline.pipeline import Record, ingest_records

    raw = RawDocument(source="a.txt", text=(SEEDS / sorted(p.name for p in SEEDS.glob("*.txt"))[0]).read_text())
    db = tmp_path / "race.db"
    first, second = Store(db), Store(db)

    class Racing(_FindsNothing):
        def analyse(self, docs):
            for analysed in super().analyse(docs):
                other = ingest_records(second, [Record(raw)], _FindsNothing(), story="none")
                assert other.new == 1
                yield analysed

    summary = ingest_records(first, [Record(raw)], Racing(), story="none")
    assert (summary.new, summary.duplicate) == (0, 1)
    assert first.document_count() == 1
    assert_consistent_without_index(db)


def assert_consistent_without_index(db: Path) -> None:
    conn = sqlite3.connect(db)
    documents = {row[0] for row in conn.execute("SELECT id FROM documents")}
    assert {row[0] for row in conn.execute("SELECT document FROM analyses")} == documents
    assert {row[0] for row in conn.execute("SELECT DISTINCT document FROM raw_hashes")} <= documents
    conn.close()


@pytest.fixture
def stored_without_story(tmp_path, nlp):
    """Two documents stored, then the process died before the story step (as a kill -9 there leaves it)."""
    from storyline.pipeline import SpacyExecutor, ingest

    files = seed_paragraph_files(tmp_path / "docs", 2)
    db = tmp_path / "unbuilt.db"
    store = Store(db)
    assert ingest(store, [str(p) for p in files], SpacyExecutor(nlp), story="none").new == 2
    assert store.conn.execute("SELECT COUNT(*) FROM events").fetchone()[0] == 0
    return store, files


def test_rerun_repairs_a_story_left_unbuilt_by_a_kill(stored_without_story, nlp):
    from storyline.pipeline import SpacyExecutor, ingest

    store, files = stored_without_story
    summary = ingest(store, [str(p) for p in files], SpacyExecutor(nlp))
    assert (summary.new, summary.duplicate) == (0, 2)
    assert store.conn.execute("SELECT COUNT(*) FROM events").fetchone()[0] > 0


# --- leftovers after kill -9 of a parallel ingest -------------------------------------------------

def descendants(pid: int) -> list[int]:
    """Every process below `pid` (children, their children...), read from /proc."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            children.setdefault(int(stat.rsplit(")", 1)[1].split()[1]), []).append(int(entry))
    found, todo = [], [pid]
    while todo:
        kids = children.get(todo.pop(), [])
        found += kids
        todo += kids
    return found


def thread_count(pid: int) -> int:
    try:
        return len(os.listdir(f"/proc/{pid}/task"))
    except OSError:
        return 0


def running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to list processes")
def test_sigkill_of_a_parallel_ingest_leaves_no_process_behind(tmp_path):
    """`ingest --jobs 2` forks two spaCy worker processes; kill -9 of the ingest runs no clean-up,
    yet none of them may stay (they held ~344 MB each for minutes)."""
    files = seed_paragraph_files(tmp_path / "docs", 12)
    db = tmp_path / "parallel.db"
    process = subprocess.Popen([*ingest_command(db, tmp_path / "docs"), "--jobs", "2"], env=env(),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    left: list[int] = []
    try:
        deadline = time.monotonic() + 300  # a bound on waiting for the workers to start, not a speed check
        workers: list[int] = []
        while process.poll() is None and time.monotonic() < deadline:
            workers = descendants(process.pid)
            if len(workers) >= 2 and any(thread_count(pid) > 1 for pid in workers):
                break  # both workers, one past its first batch (its parent watch runs)
            time.sleep(0.1)
        assert process.poll() is None and len(workers) >= 2, "the ingest must be killed while a worker runs"
        process.send_signal(signal.SIGKILL)
        process.wait()
        deadline = time.monotonic() + 60  # a bound on "no hang", not a speed check
        while time.monotonic() < deadline:
            left = [pid for pid in workers if running(pid)]
            if not left:
                break
            time.sleep(0.2)
        assert not left, [Path(f"/proc/{pid}/cmdline").read_text()[:120] for pid in left if running(pid)]
    finally:
        for pid in [process.pid, *left]:
            try:
                os.kill(pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
        process.wait()
    assert len(files) == 12


# --- the web server's ingest jobs ---------------------------------------------------------------

def web_client(db: Path, **runner_options):
    from fastapi.testclient import TestClient

    from storyline.web.app import create_app
    from storyline.web.jobs import JobRunner

    Store(db).close()
    return TestClient(create_app(str(db), jobs=JobRunner(str(db), **runner_options)), base_url="http://127.0.0.1")


def finished_job(client, job_id: str) -> dict:
    for _ in range(1500):  # polls of 0.2 s: a bound on waiting for a background ingest, not a speed check
        job = client.get(f"/api/jobs/{job_id}").json()
        if job["state"] in ("done", "failed"):
            return job
        time.sleep(0.2)
    raise AssertionError(f"job {job_id} never finished: {job}")


def test_an_upload_with_bad_files_keeps_the_good_one_and_reports_each_file(tmp_path, nlp):
    good = sorted(SEEDS.glob("*.txt"))[2]
    client = web_client(tmp_path / "web.db")
    started = client.post("/api/ingest/files", files=[
        ("files", (good.name, good.read_bytes(), "text/plain")),
        ("files", ("cut-utf16.txt", ("\ufeff" + good.read_text(encoding="utf-8")).encode("utf-16-le")[:-1], "text/plain")),
        ("files", ("deep.jsonl", b"[" * 200_000 + b"]" * 200_000 + b"\n", "application/json")),
        ("files", ("binary.bin", bytes(range(256)) * 16, "application/octet-stream")),
    ])
    assert started.status_code == 202
    job = finished_job(client, started.json()["id"])
    assert job["state"] == "done" and job["total"] == 4, job
    reports = {report["input"]: report for report in job["inputs"]}
    assert reports[f"upload:{good.name}"]["new"] == 1
    assert reports["upload:cut-utf16.txt"]["duplicate"] == 1  # the same article, read despite the cut byte
    assert reports["upload:deep.jsonl"]["failed"] == 1 and reports["upload:binary.bin"]["failed"] == 1
    assert sorted(error.split(":")[1] for error in job["errors"]) == ["binary.bin", "deep.jsonl"]
    assert client.get("/api/health").json()["documents"] == 1


def trickling_server():
    """A page server that sends one byte every half second, for ever (until shut down)."""
    import http.server

    stop = threading.Event()

    class Trickle(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (http.server's naming)
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "100000")
            self.end_headers()
            try:
                while not stop.wait(0.5):
                    self.wfile.write(b"x")
                    self.wfile.flush()
            except OSError:
                pass

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Trickle)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, stop


def test_a_slow_url_does_not_hold_the_ingest_worker_and_the_queue_is_bounded(tmp_path, nlp, monkeypatch):
    from storyline.ingest import readers

    monkeypatch.setattr(readers, "FETCH_TIMEOUT_SECONDS", 120.0)
    server, stop = trickling_server()
    try:
        client = web_client(tmp_path / "web.db", max_pending=2)
        url = f"http://127.0.0.1:{server.server_address[1]}/slow.html"
        slow = client.post("/api/ingest/url", json={"url": url})
        assert slow.status_code == 202
        pasted = client.post("/api/ingest/text", json={"text": (SEEDS / sorted(p.name for p in SEEDS.glob("*.txt"))[1]).read_text()})
        assert pasted.status_code == 202
        assert finished_job(client, pasted.json()["id"])["new"] == 1  # stored while the slow URL still trickles
        assert client.get(f"/api/jobs/{slow.json()['id']}").json()["stage"] == "reading"
        second = client.post("/api/ingest/url", json={"url": url})
        assert second.status_code == 202
        refused = client.post("/api/ingest/text", json={"text": "One more article."})
        assert refused.status_code == 429 and "try again later" in refused.json()["detail"]
    finally:
        stop.set()
        server.shutdown()
        server.server_close()


def test_an_executor_that_breaks_fails_only_the_documents_it_held(tmp_path):
    """A worker process that dies takes its documents with it: those fail with one line naming
    them, the documents stored before stay, and the ingest goes on with the rest of the input."""
    from storyline.pipeline import ingest

    files = seed_paragraph_files(tmp_path / "docs", 4)

    class DiesOnce(_FindsNothing):
        def __init__(self):
            self.calls = 0

        def analyse(self, docs):
            self.calls += 1
            if self.calls > 1:
                yield from super().analyse(docs)
                return
            yield from super().analyse(iter([next(docs)]))
            next(docs)  # the second document reaches the worker, then the worker dies
            raise EOFError("worker process died")

    messages: list[str] = []
    store = Store(tmp_path / "broken.db")
    summary = ingest(store, [str(path) for path in files], DiesOnce(), on_error=messages.append, story="none")
    assert (summary.read, summary.new, summary.failed) == (4, 3, 1), summary.errors
    assert messages == [f"error: {files[1]}: failed (analysis stopped: EOFError: worker process died)"]
    again = ingest(store, [str(path) for path in files], _FindsNothing(), story="none")
    assert (again.new, again.duplicate) == (1, 3)
    assert_consistent_without_index(tmp_path / "broken.db")


def test_one_ingest_loop():
    """Only the runner stores documents: no second ingest loop elsewhere in the package."""
    package = Path(__file__).resolve().parents[1] / "src" / "storyline"
    storing = sorted(str(path.relative_to(package)) for path in package.rglob("*.py")
                     if ".insert_document(" in path.read_text(encoding="utf-8"))
    assert storing == ["pipeline.py"]
    assert not (package / "fast.py").exists()
