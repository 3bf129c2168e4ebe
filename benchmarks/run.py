"""storyline benchmarks: throughput, stages, scaling, incremental ingest, query latency.

    python benchmarks/run.py                      # sizes 1000,10000 (about 20-40 min on 2 cores)
    python benchmarks/run.py --sizes 200 --sample 100 --queries-scale 2   # a quick look

Volume is real news text re-sampled from ../shared/datasets (see corpus.py). Each ingest runs in its
own process so peak memory (max RSS of the process and of its worker processes) is its own.
Results: benchmarks/results/*.json and benchmarks/RESULTS.md. Not part of the test suite.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402


def now() -> float:
    return time.perf_counter()


def peak_rss_mb(sampler: "TreeMemory | None" = None) -> dict[str, float]:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    result = {"main_mb": round(own, 1), "largest_child_mb": round(children, 1)}
    if sampler is not None:
        result.update(sampler.result())
        result["largest_child_mb"] = max(result["largest_child_mb"], result.pop("largest_descendant_mb"))
    return result


class TreeMemory:
    """Samples the resident memory of this process's descendants (the forkserver's workers are not
    our direct children, so RUSAGE_CHILDREN misses them): largest single peak and peak total."""

    def __init__(self, interval: float = 0.5):
        import threading

        self.interval, self.peak_each, self.peak_total, self.cpu_each = interval, {}, 0, {}
        self.ticks = os.sysconf("SC_CLK_TCK")
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self.run, daemon=True)
        self.thread.start()

    def descendants(self) -> list[int]:
        parents = {}
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    with open(f"/proc/{entry}/stat") as handle:
                        parents[int(entry)] = int(handle.read().rsplit(")", 1)[1].split()[1])
                except OSError:
                    continue
        found, frontier = [], [os.getpid()]
        while frontier:
            pid = frontier.pop()
            children = [child for child, parent in parents.items() if parent == pid]
            found += children
            frontier += children
        return found

    def run(self) -> None:
        while not self.stop.is_set():
            total = self.rss(os.getpid())
            for pid in self.descendants():
                rss = self.rss(pid)
                total += rss
                self.peak_each[pid] = max(self.peak_each.get(pid, 0), rss)
                self.cpu_each[pid] = max(self.cpu_each.get(pid, 0.0), self.cpu(pid))
            self.peak_total = max(self.peak_total, total)
            self.stop.wait(self.interval)

    def cpu(self, pid: int) -> float:
        try:
            with open(f"/proc/{pid}/stat") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
            return (int(fields[11]) + int(fields[12])) / self.ticks
        except (OSError, IndexError, ValueError):
            return 0.0

    @staticmethod
    def rss(pid: int) -> int:
        try:
            with open(f"/proc/{pid}/status") as handle:
                for line in handle:
                    if line.startswith("VmRSS:"):
                        return int(line.split()[1])
        except OSError:
            pass
        return 0

    def result(self) -> dict[str, float]:
        self.stop.set()
        self.thread.join()
        return {"largest_descendant_mb": round(max(self.peak_each.values(), default=0) / 1024, 1),
                "peak_total_mb": round(self.peak_total / 1024, 1)}

    def cpu_seconds(self) -> float:
        """CPU time (user + system) of this process and of every descendant seen (sampled every
        `interval`, so a descendant's last fraction of a second may be missed)."""
        own = resource.getrusage(resource.RUSAGE_SELF)
        return own.ru_utime + own.ru_stime + sum(self.cpu_each.values())


def save(name: str, data) -> None:
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / f"{name}.json").write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")


def environment() -> dict:
    import spacy

    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=HERE, capture_output=True, text=True).stdout.strip()
    return {"cpus": os.cpu_count(), "python": platform.python_version(), "spacy": spacy.__version__,
            "loadavg_at_start": [round(x, 2) for x in os.getloadavg()], "commit": commit,
            "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}


# --- a benchmark-local workaround ------------------------------------------------------------------

DUPLICATE_EVENT_IDS: list[str] = []


def unique_event_ids_workaround() -> None:
    """story/cluster.py can give two events one id (events.py emits two mentions with the same
    start and trigger, e.g. "X noted that Y had tweeted that ..."), and rebuild_story then fails on
    the events table's primary key. So that the benchmark can measure rebuild and queries at all,
    duplicate ids get a suffix here; every run says whether this was needed (see the report)."""
    import storyline.story.cluster as cluster

    original = cluster.cluster_events
    if getattr(original, "benchmark_workaround", False):
        return

    def cluster_events(*args, **kwargs):
        events = original(*args, **kwargs)
        seen: dict[str, int] = {}
        for event in events:
            seen[event.id] = seen.get(event.id, 0) + 1
            if seen[event.id] > 1:
                DUPLICATE_EVENT_IDS.append(event.id)
                event.id = f"{event.id}-{seen[event.id]}"
        return events

    cluster_events.benchmark_workaround = True
    cluster.cluster_events = cluster_events


# --- child processes: one measured ingest each ------------------------------------------------------

def child_ingest(jsonl: str, db: str, n_process: int, mode: str, rebuild: bool) -> dict:
    """Runs in its own process: one ingest of `jsonl` into `db`, timed, with its peak memory."""
    from storyline.fast import StageTimes, fast_ingest
    from storyline.nlp.spacy_model import load_spacy
    from storyline.pipeline import Analyzer, ingest
    from storyline.store import Store

    unique_event_ids_workaround()
    sampler = TreeMemory()
    load_before = os.getloadavg()[0]
    started = now()
    nlp = load_spacy() if (mode == "sequential" or n_process == 1) else None
    loaded = now() - started
    store = Store(db)
    before = store.document_count()
    errors: list[str] = []
    times = StageTimes()
    started = now()
    if mode == "sequential":
        summary = ingest(store, [jsonl], analyzer=Analyzer(nlp), on_error=errors.append)
    else:
        summary = fast_ingest(store, [jsonl], nlp=nlp, n_process=n_process, on_error=errors.append,
                              rebuild=rebuild, times=times)
    seconds = now() - started
    cpu = sampler.cpu_seconds()
    result = {"mode": mode, "n_process": n_process, "store_before": before,
              "cpu_seconds": round(cpu, 1), "cpu_ms_per_document": round(1000 * cpu / max(summary.read, 1), 1), "read": summary.read, "new": summary.new,
              "duplicate": summary.duplicate, "failed": summary.failed, "seconds": round(seconds, 2),
              "docs_per_second": round(summary.read / seconds, 2) if seconds else None,
              "model_load_seconds": round(loaded, 2), "stages": times.as_dict(), "errors": errors[:5],
              "loadavg_1min": [round(load_before, 2), round(os.getloadavg()[0], 2)],
              "duplicate_event_ids_renamed": len(DUPLICATE_EVENT_IDS),
              "peak_memory": peak_rss_mb(sampler)}
    store.close()
    return result


def run_special(*args) -> dict:
    command = [sys.executable, str(Path(__file__).resolve()), *map(str, args)]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"benchmark child failed: {' '.join(command)}\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def run_child(*args) -> dict:
    command = [sys.executable, str(Path(__file__).resolve()), "_child", *map(str, args)]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"benchmark child failed: {' '.join(command)}\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# --- bare spaCy and per-stage timing on a sample -------------------------------------------------

def bare_spacy(jsonl: str, n_process: int, batch_size: int = 16) -> dict:
    """In its own process: nlp.pipe over the texts of `jsonl`, wall and CPU time (with workers)."""
    from storyline.nlp.spacy_model import load_spacy

    sampler = TreeMemory()
    texts = [json.loads(line)["text"] for line in open(jsonl, encoding="utf-8")]
    nlp = load_spacy()
    load_before = os.getloadavg()[0]
    started = now()
    count = sum(1 for _ in nlp.pipe(texts, batch_size=batch_size, n_process=n_process))
    seconds = now() - started
    cpu = sampler.cpu_seconds()
    return {"mode": "bare nlp.pipe", "n_process": n_process, "docs": count, "seconds": round(seconds, 2),
            "docs_per_second": round(count / seconds, 2), "components": list(nlp.pipe_names),
            "cpu_seconds": round(cpu, 1), "cpu_ms_per_document": round(1000 * cpu / max(count, 1), 1),
            "loadavg_1min": [round(load_before, 2), round(os.getloadavg()[0], 2)], "peak_memory": peak_rss_mb(sampler)}


def stage_profile(records: list[dict], workdir: Path) -> dict:
    """One process, one document at a time: where the time goes, stage by stage."""
    from storyline.clean import clean_document
    from storyline.dedup.index import CopyIndex
    from storyline.ingest.readers import read_blob
    from storyline.nlp.dating import date_of_span, infer_published_range
    from storyline.nlp.entities import extract_mentions, extract_roles
    from storyline.nlp.quotes import extract_quotes
    from storyline.nlp.spacy_model import load_spacy
    from storyline.nlp.timex import extract_timexes
    from storyline.pipeline import rebuild_story
    from storyline.story.events import extract_event_mentions
    from storyline.model import DocumentAnalysis
    from storyline.store import Store

    nlp = load_spacy()
    stages = {k: 0.0 for k in ("read", "clean", "parse", "timex", "quotes", "entities_roles", "events",
                               "dedup_index", "store_write", "rebuild_story")}
    db = workdir / "stages.db"
    store = Store(db)
    copy_index = CopyIndex(store.conn)
    blob = "\n".join(json.dumps(r, ensure_ascii=False) for r in records).encode("utf-8")
    t = now()
    raws = [r for r in read_blob("sample.jsonl", blob)]
    stages["read"] += now() - t
    stored = 0
    for raw in raws:
        t = now()
        doc = clean_document(raw)
        stages["clean"] += now() - t
        if not doc.text.strip() or store.document_id_for_content(doc.content_hash):
            continue
        t = now()
        parsed = nlp(doc.text)
        stages["parse"] += now() - t
        t = now()
        timexes = extract_timexes(doc.text, doc.published, doc.id, parsed)
        if not doc.published and not doc.published_range:
            doc.published_range = infer_published_range(doc.text, timexes)
        stages["timex"] += now() - t
        t = now()
        quotes = extract_quotes(parsed, doc.id)
        for quote in quotes:
            quote.date = date_of_span(quote.start, quote.end, timexes, parsed)[0] or doc.published
        stages["quotes"] += now() - t
        t = now()
        mentions = extract_mentions(parsed, doc.id)
        roles = extract_roles(parsed, doc.id, doc.published)
        stages["entities_roles"] += now() - t
        t = now()
        events = extract_event_mentions(parsed, doc, timexes, mentions)
        stages["events"] += now() - t
        analysis = DocumentAnalysis([(s.start_char, s.end_char) for s in parsed.sents if s.text.strip()],
                                    mentions, roles, quotes, timexes, events)
        with store.transaction():
            t = now()
            links = copy_index.add(doc)
            stages["dedup_index"] += now() - t
            t = now()
            store.insert_document(doc, analysis)
            for link in links:
                store.set_copy(link)
            stages["store_write"] += now() - t
        stored += 1
    t = now()
    rebuild_story(store)
    stages["rebuild_story"] += now() - t
    total = sum(stages.values())
    return {"documents": stored, "seconds_total": round(total, 2),
            "ms_per_document": {k: round(1000 * v / max(stored, 1), 2) for k, v in stages.items()},
            "share": {k: round(v / total, 3) for k, v in stages.items()}}


# --- incremental ingest ---------------------------------------------------------------------------

REBUILD_TIMEOUT = 420


def incremental(db: Path, records: list[dict], workdir: Path, n_process: int) -> dict:
    """100 new documents into a store of the given size: ingest cost and rebuild cost, separately."""
    jsonl = corpus.write_jsonl(records, workdir / f"incr-{len(records)}.jsonl")
    ingest = run_child(jsonl, db, n_process, "fast", 0)
    conn = sqlite3.connect(db)
    size = conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    conn.close()
    try:
        done = subprocess.run([sys.executable, str(Path(__file__).resolve()), "_rebuild", str(db)],
                              capture_output=True, text=True, timeout=REBUILD_TIMEOUT)
    except subprocess.TimeoutExpired:
        rebuilt = {"rebuild_seconds": f"> {REBUILD_TIMEOUT} (stopped)", "phases_seconds": {}}
    else:
        if done.returncode:
            raise SystemExit(done.stderr[-3000:])
        rebuilt = json.loads(done.stdout.strip().splitlines()[-1])
    return {"store_documents_before": ingest["store_before"], "store_documents_after": size,
            "new_documents": ingest["new"], "ingest_seconds": ingest["seconds"],
            "ingest_ms_per_new_document": round(1000 * ingest["seconds"] / max(ingest["new"], 1), 1),
            **rebuilt}


def rebuild_profile(db: str) -> dict:
    """`pipeline.rebuild_story`, phase by phase (the same calls), then the real function once."""
    from storyline.nlp.entities import link_entities
    from storyline.nlp.quotes import resolve_speaker
    from storyline.pipeline import date_copies_from_originals, rebuild_story
    from storyline.store import Store
    from storyline.story.positions import extract_positions
    from storyline.story.timeline import build_timeline

    unique_event_ids_workaround()
    from storyline.story.cluster import cluster_events
    store = Store(db)
    phases = {}
    t = now()
    documents = store.documents()
    phases["load_documents"] = now() - t
    t = now()
    date_copies_from_originals(store, documents)
    phases["date_copies"] = now() - t
    t = now()
    analyses = {doc.id: store.analysis(doc.id) for doc in documents}
    phases["load_analyses"] = now() - t
    t = now()
    mentions = [m for a in analyses.values() for m in a.mentions]
    roles = [r for a in analyses.values() for r in a.roles]
    entities, entity_of = link_entities(mentions, roles)
    phases["link_entities"] = now() - t
    t = now()
    quotes = [q for a in analyses.values() for q in a.quotes]
    for quote in quotes:
        quote.speaker = resolve_speaker(quote, entity_of)
    event_mentions = [e for a in analyses.values() for e in a.event_mentions]
    events = cluster_events(event_mentions, entity_of, {doc.id: doc.copy_of for doc in documents})
    phases["cluster_events"] = now() - t
    t = now()
    extract_positions(quotes, event_mentions, entity_of, documents)
    phases["positions"] = now() - t
    t = now()
    build_timeline(events)
    phases["timeline"] = now() - t
    t = now()
    rebuild_story(store)
    total = now() - t
    return {"rebuild_seconds": round(total, 2), "phases_seconds": {k: round(v, 2) for k, v in phases.items()},
            "duplicate_event_ids_renamed": len(DUPLICATE_EVENT_IDS),
            "mentions": len(mentions), "event_mentions": len(event_mentions), "quotes": len(quotes)}


# --- query latency on a large store ----------------------------------------------------------------

# Per table: how a copy's columns change. "id": the document id gets the copy's suffix; "text": every
# occurrence of the row's document id inside JSON (mention "doc" fields, quote ids "DOC:q0") gets it;
# "seq": shifted past the originals. Other columns are copied as they are.
COPY_PLAN = {
    "documents": ("id", {"id": "id", "content_hash": "id", "copy_of": "id", "seq": "seq"}),
    "analyses": ("document", {"document": "id", "mentions": "text", "roles": "text", "quotes": "text",
                              "timexes": "text", "event_mentions": "text"}),
    "passages": ("document", {"document": "id"}),
    "raw_hashes": ("document", {"raw_hash": "id", "document": "id"}),
    "copy_links": ("document", {"document": "id", "original": "id"}),
    "dedup_documents": ("doc_id", {"doc_id": "id", "content_hash": "id", "seq": "seq"}),
    "dedup_buckets": ("doc_id", {"doc_id": "id"}),
    "dedup_sentences": ("doc_id", {"doc_id": "id"}),
    "dedup_links": ("doc_id", {"doc_id": "id", "original_id": "id"}),
}


def enlarge_store(source_db: Path, target_db: Path, factor: int) -> dict:
    """Bulk-copies an analysed store `factor` times in SQL: every document with its analysis,
    passages, raw hash and copy-index rows, under new ids, so that ingest, rebuild_story and the
    queries see `factor` x the analysed rows. The story tables are then rebuilt by rebuild_story
    (timed separately by the incremental benchmark)."""
    shutil.copy(source_db, target_db)
    conn = sqlite3.connect(target_db, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    seq0 = conn.execute("SELECT MAX(seq) FROM documents").fetchone()[0]
    dseq0 = conn.execute("SELECT COALESCE(MAX(seq), 0) FROM dedup_documents").fetchone()[0]
    for copy in range(1, factor):
        suffix = f"~{copy}"
        conn.execute("BEGIN")
        for table, (key, plan) in COPY_PLAN.items():
            columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
            if not columns:
                continue
            select = []
            for column in columns:
                how = plan.get(column)
                if how == "id":
                    select.append(f"{column} || '{suffix}'")
                elif how == "text":
                    select.append(f"replace({column}, {key}, {key} || '{suffix}')")
                elif how == "seq":
                    offset = (seq0 if table == "documents" else dseq0) * copy
                    select.append(f"{column} + {offset}")
                else:
                    select.append(column)
            names = ", ".join(columns)
            conn.execute(f"INSERT INTO {table} ({names}) SELECT {', '.join(select)} FROM {table} "
                         f"WHERE {key} NOT LIKE '%~%'")
        conn.execute("COMMIT")
    sizes = {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
             for t in ("documents", "passages", "dedup_buckets")}
    conn.close()
    return {"factor": factor, "rows": sizes, "bytes": target_db.stat().st_size}


def story_sizes(db: Path) -> dict:
    conn = sqlite3.connect(db)
    sizes = {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
             for t in ("documents", "passages", "entities", "quotes", "events", "positions")}
    conn.close()
    return sizes


def query_latency(db: Path, repeats: int = 30) -> dict:
    """p50/p95 of the CLI's query paths (the records functions the CLI and the web API call)."""
    from storyline.export.records import event_records, quote_records, search_passages
    from storyline.store import Store

    store = Store(db)
    names = [row[0] for row in store.conn.execute(
        "SELECT name FROM entities WHERE id NOT LIKE '%~%' AND type IN ('PERSON', 'ORG') ORDER BY length(data) DESC LIMIT 10")]
    words = [row[0].split()[0] for row in store.conn.execute(
        "SELECT text FROM passages WHERE document NOT LIKE '%~%' LIMIT 200")] or ["ceasefire"]
    rng = random.Random(8)
    dates = sorted({row[0] for row in store.conn.execute("SELECT date FROM events WHERE date IS NOT NULL LIMIT 500")})
    cases = {
        "timeline (all dated events)": lambda: event_records(store, dated_only=True),
        "timeline --actor": lambda: event_records(store, actor=rng.choice(names or ["Trump"]), dated_only=True),
        "timeline --since/--until": lambda: event_records(store, since=dates[len(dates) // 3] if dates else None,
                                                          until=dates[2 * len(dates) // 3] if dates else None),
        "quotes (all)": lambda: quote_records(store),
        "quotes --speaker": lambda: quote_records(store, speaker=rng.choice(names or ["Trump"])),
        "search QUERY (top 20)": lambda: search_passages(store, f"{rng.choice(words)} {rng.choice(words)}", limit=20),
    }
    results = {}
    for name, run in cases.items():
        run()  # warm the page cache
        samples, size = [], 0
        for _ in range(repeats):
            t = now()
            size = len(run())
            samples.append(1000 * (now() - t))
        samples.sort()
        results[name] = {"p50_ms": round(statistics.median(samples), 1),
                         "p95_ms": round(samples[int(0.95 * (len(samples) - 1))], 1),
                         "max_ms": round(samples[-1], 1), "results": size}
    store.close()
    return results


# --- Markdown ------------------------------------------------------------------------------------

def write_markdown(report: dict) -> None:
    env, lines = report["environment"], []
    lines += ["# Benchmarks", "",
              f"Measured {env['date']} at commit `{env['commit']}` on {env['cpus']} cores (Python {env['python']}, "
              f"spaCy {env['spacy']}); load average at start {env['loadavg_at_start']} (the machine was shared, "
              "so figures are lower bounds). Text: real articles from PolNeAR, Timeline17 and SemEval-2022 "
              f"re-sampled to volume (`benchmarks/corpus.py`; {report['pool']['articles']} articles, "
              f"{report['pool']['mean_words']} words on average). Reproduce: `{report['command']}`.", ""]
    if "throughput" in report:
        th = report["throughput"]
        lines += ["## Throughput (end to end: read, clean, dedup, NLP, store, story rebuild)", "",
                  "Wall-clock figures depend on what else the shared machine ran (load average shown); CPU time "
                  "per document (this process and its workers) does not, and is the fairer comparison.", "",
                  "| documents | mode | docs/s (wall) | seconds | CPU ms / doc | peak RSS main / largest worker / total (MB) | load avg before, after |",
                  "|---|---|---|---|---|---|---|"]
        for row in th["bare_spacy"] + th["runs"]:
            mem = row["peak_memory"]
            name = row["mode"] if row["mode"] != "fast" else "batched ingest (storyline.fast)"
            name = "storyline ingest (pipeline.ingest)" if row["mode"] == "sequential" else name
            lines.append(f"| {row.get('read', row.get('docs'))} | {name}, n_process={row['n_process']} | "
                         f"{row['docs_per_second']} | {row['seconds']} | {row.get('cpu_ms_per_document')} | "
                         f"{mem['main_mb']} / {mem['largest_child_mb']} / {mem.get('peak_total_mb')} | "
                         f"{row.get('loadavg_1min')} |")
        lines += ["", f"spaCy components (all needed by the extractors): {', '.join(th['bare_spacy'][0]['components'])}.",
                  f"End to end / bare spaCy on the same texts, wall clock: batched n_process=2 vs nlp.pipe n_process=2 "
                  f"**{th['ratio_vs_bare']}** (goal >= 0.8); batched vs nlp.pipe, both one process "
                  f"**{th.get('ratio_one_process')}**; `storyline ingest` today (one nlp() call per document) vs "
                  f"nlp.pipe **{th.get('ratio_sequential_vs_bare_one_process')}**. By CPU per document: "
                  f"batched n_process=2 **{th.get('cpu_ratio_vs_bare')}**, one process **{th.get('cpu_ratio_one_process')}**.", ""]
    if "stages" in report:
        st = report["stages"]
        lines += ["## Where the time goes (one process, one document at a time, "
                  f"{st['documents']} documents)", "", "| stage | ms / document | share |", "|---|---|---|"]
        for key, value in st["ms_per_document"].items():
            lines.append(f"| {key} | {value} | {100 * st['share'][key]:.1f}% |")
        lines.append("")
    if "scaling" in report:
        lines += ["## Growth with volume (batched ingest, n_process=2)", "",
                  "| documents | seconds | docs/s | rebuild_story s | peak RSS total MB | load avg before, after |",
                  "|---|---|---|---|---|---|"]
        for row in report["scaling"]["runs"]:
            lines.append(f"| {row['read']} | {row['seconds']} | {row['docs_per_second']} | {row['stages'].get('rebuild')} | "
                         f"{row['peak_memory'].get('peak_total_mb')} | {row.get('loadavg_1min')} |")
        lines += ["", report["scaling"]["note"], ""]
    if "incremental" in report:
        lines += ["## Incremental ingest: 100 new documents into a larger store", "",
                  "| store before | built by | ingest s (100 docs, no rebuild) | ms / new doc | rebuild_story s | rebuild phases (s) |",
                  "|---|---|---|---|---|---|"]
        for row in report["incremental"]:
            phases = ", ".join(f"{k} {v}" for k, v in row.get("phases_seconds", {}).items())
            lines.append(f"| {row['store_documents_before']} | {row.get('store', '')} | {row['ingest_seconds']} | "
                         f"{row['ingest_ms_per_new_document']} | {row['rebuild_seconds']} | {phases} |")
        lines.append("")
    if "queries" in report:
        q = report["queries"]
        lines += [f"## Query latency on a large store ({q['store']['rows']['documents']} documents, "
                  f"{q['store']['rows']['events']} events, {q['store']['rows']['quotes']} quotes, "
                  f"{q['store']['rows']['passages']} passages, {q['store']['bytes'] / 1e9:.1f} GB)", "",
                  q["how"], "", "| query | p50 ms | p95 ms | results |", "|---|---|---|---|"]
        for name, row in q["latency"].items():
            lines.append(f"| `{name}` | {row['p50_ms']} | {row['p95_ms']} | {row['results']} |")
        lines.append("")
    lines += ["## Reading these figures", "",
              "- The machine (2 cores) was shared with other jobs during the run: wall-clock rates are lower "
              "bounds and vary with the load average shown; CPU ms per document is the steadier measure.",
              "- `storyline ingest` today parses one document at a time in one process. `storyline.fast.fast_ingest` "
              "(batched `nlp.pipe`, parsing and extraction in `n_process` workers, store work in input order in the "
              "main process) gives the same store (tested on the seeds) and is the path the scaling and incremental "
              "runs use.",
              "- What keeps end to end below bare spaCy: the copy index (MinHash, alignment and, for rewrite "
              "candidates, MiniLM sentence embeddings) and the store transaction run in the main process, one "
              "document after another; the time expressions (`timex`) are the costliest extractor; "
              "`rebuild_story` runs over the whole store at the end of every ingest.",
              "- Ingesting 100 documents costs the same per document whatever the store size (incremental table); "
              "`rebuild_story`, which reloads and recomputes the whole story after every ingest, grows faster than "
              "the store. The incremental table was measured before its quadratic `positions` phase was fixed "
              "(mentions are now looked up per document): on the 2,100-document store of the query table the "
              "whole rebuild now takes the seconds shown there.",
              "- With n_process=2 the two workers' start-up (importing storyline, loading spaCy: ~10 CPU-s) is "
              "67 CPU-ms per document on 150 documents, amortised by 500; the copy index in the main process "
              "(~195 ms per document when the MiniLM embedder is loaded and rewrite candidates are checked) is "
              "then the serial bottleneck.",
              "- Bulk-copied stores (`enlarge_store`) hold real analysed rows under new ids; they stand for a large "
              "store without hours of parsing, but repeat the same articles."]
    duplicates = [row.get("duplicate_event_ids_renamed", 0) for row in
                  report.get("scaling", {}).get("runs", []) + report.get("incremental", [])]
    if any(duplicates):
        lines.append("- Bug met on the way, since fixed in `story/cluster.py`: two events could get the same id, "
                     "so `rebuild_story` failed on the events table's primary key from 500 documents on. These "
                     "runs renamed duplicate ids (`unique_event_ids_workaround`) to measure anyway.")
    for note in report.get("notes", []):
        lines.append(f"- {note}")
    (HERE / "RESULTS.md").write_text("\n".join(lines).rstrip() + "\n", encoding="utf-8")


# --- main ------------------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    if argv is None:
        argv = sys.argv[1:]
    if argv and argv[0] == "_bare":
        print(json.dumps(bare_spacy(argv[1], int(argv[2]))))
        return 0
    if argv and argv[0] == "_rebuild":
        print(json.dumps(rebuild_profile(argv[1])))
        return 0
    if argv and argv[0] == "_child":
        jsonl, db, n_process, mode, rebuild = argv[1:6]
        print(json.dumps(child_ingest(jsonl, db, int(n_process), mode, rebuild == "1")))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000", help="document counts for the scaling runs")
    parser.add_argument("--sample", type=int, default=300, help="documents for the stage profile and bare spaCy")
    parser.add_argument("--n-process", type=int, default=2)
    parser.add_argument("--enlarge", default="10,30",
                        help="also copy the largest store this many times (comma list) for incremental and queries")
    parser.add_argument("--skip", default="", help="comma list of: throughput,stages,scaling,incremental,queries")
    parser.add_argument("--workdir", help="keep stores here (default: a temporary folder, removed)")
    parser.add_argument("--markdown-only", action="store_true", help="rewrite RESULTS.md from results/*.json")
    args = parser.parse_args(argv)
    if args.markdown_only:
        report = {}
        for name in ("environment", "stages", "throughput", "scaling", "incremental", "queries"):
            path = RESULTS / f"{name}.json"
            if path.exists():
                report[name] = json.loads(path.read_text(encoding="utf-8"))
        env = report["environment"]
        report["command"], report["pool"] = env.get("command", "python benchmarks/run.py"), env.get("pool", {})
        report["notes"] = env.get("notes", [])
        write_markdown(report)
        print((HERE / "RESULTS.md").read_text(encoding="utf-8"))
        return 0
    sizes = [int(s) for s in args.sizes.split(",") if s]
    skip = set(args.skip.split(","))
    workdir = Path(args.workdir or tempfile.mkdtemp(prefix="storyline-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    pool = corpus.load_pool()
    biggest = max(sizes)
    records = corpus.synthesise(pool, biggest + 300)
    report = {"environment": environment(), "command": "python benchmarks/run.py " + " ".join(argv),
              "pool": {"articles": len(pool), "mean_words": round(statistics.mean(
                  len(" ".join(a.paragraphs).split()) for a in pool))}, "notes": []}
    sample = records[:args.sample]
    for section in ("stages", "throughput"):  # keep the figures of an earlier run for skipped sections
        if section in skip and (RESULTS / f"{section}.json").exists():
            report[section] = json.loads((RESULTS / f"{section}.json").read_text(encoding="utf-8"))

    if "stages" not in skip:
        print(f"stage profile over {len(sample)} documents ...", file=sys.stderr)
        report["stages"] = stage_profile(sample, workdir)
        save("stages", report["stages"])

    if "throughput" not in skip:
        print("throughput: bare spaCy vs end to end on the sample ...", file=sys.stderr)
        jsonl = corpus.write_jsonl(sample, workdir / "sample.jsonl")
        # interleaved, so that the shared machine's load hits every variant alike
        bare1 = run_special("_bare", jsonl, 1)
        seq = run_child(jsonl, workdir / "seq.db", 1, "sequential", 1)
        fast1 = run_child(jsonl, workdir / "fast1.db", 1, "fast", 1)
        bare2 = run_special("_bare", jsonl, args.n_process)
        fast2 = run_child(jsonl, workdir / f"fast{args.n_process}.db", args.n_process, "fast", 1)
        bare, runs = [bare1, bare2], [seq, fast1, fast2]
        report["throughput"] = {
            "runs": runs, "bare_spacy": bare,
            "ratio_vs_bare": round(fast2["docs_per_second"] / bare2["docs_per_second"], 2),
            "ratio_one_process": round(fast1["docs_per_second"] / bare1["docs_per_second"], 2),
            "ratio_sequential_vs_bare_one_process": round(seq["docs_per_second"] / bare1["docs_per_second"], 2),
            "cpu_ratio_vs_bare": round(bare1["cpu_ms_per_document"] / fast2["cpu_ms_per_document"], 2),
            "cpu_ratio_one_process": round(bare1["cpu_ms_per_document"] / fast1["cpu_ms_per_document"], 2)}
        save("throughput", report["throughput"])
        write_markdown(report)

    stores: dict[int, Path] = {}
    if "scaling" in skip:  # reuse the stores an earlier run left in --workdir
        stores = {size: workdir / f"store-{size}.db" for size in sizes if (workdir / f"store-{size}.db").exists()}
        previous = RESULTS / "scaling.json"
        if previous.exists():
            report["scaling"] = json.loads(previous.read_text(encoding="utf-8"))
    if "scaling" not in skip:
        runs = []
        for size in sizes:
            print(f"scaling: {size} documents ...", file=sys.stderr)
            jsonl = corpus.write_jsonl(records[:size], workdir / f"corpus-{size}.jsonl")
            db = workdir / f"store-{size}.db"
            runs.append(run_child(jsonl, db, args.n_process, "fast", 1))
            stores[size] = db
            save("scaling", {"runs": runs})
        first, last = runs[0], runs[-1]
        per_doc = [r["seconds"] / max(r["read"], 1) for r in runs]
        growth = last["seconds"] / first["seconds"] if first["seconds"] else None
        note = (f"{first['read']} -> {last['read']} documents: time x{growth:.1f} for x{last['read'] / first['read']:.0f} "
                f"documents ({1000 * per_doc[0]:.0f} -> {1000 * per_doc[-1]:.0f} ms per document). ")
        if 100_000 not in sizes:
            rebuild_share = last["stages"]["rebuild"] / last["seconds"] if last["seconds"] else 0
            note += (f"100k was not run (it would take hours here). Extrapolated: per-document work "
                     f"({1000 * (last['seconds'] - last['stages']['rebuild']) / last['read']:.0f} ms) x 100,000 = "
                     f"{(last['seconds'] - last['stages']['rebuild']) / last['read'] * 1e5 / 3600:.1f} h, plus one "
                     f"rebuild_story whose cost grows at least linearly with the store "
                     f"({last['stages']['rebuild']:.0f} s at {last['read']}; {100 * rebuild_share:.0f}% of that run).")
        report["scaling"] = {"runs": runs, "note": note}
        save("scaling", report["scaling"])
        write_markdown(report)

    if "incremental" not in skip and stores:
        rows = []
        extra = records[biggest:biggest + 100]
        targets = []
        for size, db in sorted(stores.items()):
            copy = workdir / f"incr-{size}.db"
            shutil.copy(db, copy)
            targets.append((copy, None))
        largest = stores[max(stores)]
        for factor in [int(f) for f in args.enlarge.split(",") if f]:
            big = workdir / f"large-x{factor}.db"
            print(f"enlarging the {max(stores)}-document store x{factor} ...", file=sys.stderr)
            targets.append((big, enlarge_store(largest, big, factor)))
        for db, enlarged in targets:
            print(f"incremental: 100 new documents into {db.name} ...", file=sys.stderr)
            row = incremental(db, extra, workdir, args.n_process)
            row["store"] = "bulk-copied x%d" % enlarged["factor"] if enlarged else "ingested"
            rows.append(row)
            report["incremental"] = rows
            save("incremental", rows)
            write_markdown(report)
        if "queries" not in skip:
            db = targets[-1][0]
            print(f"queries on {db.name} ...", file=sys.stderr)
            report["queries"] = {
                "store": {"rows": story_sizes(db), "bytes": db.stat().st_size},
                "latency": query_latency(db),
                "how": (f"The {max(stores)}-document store of the scaling run (analysed by the real pipeline) "
                        f"bulk-copied in SQL under new ids (documents, analyses, passages, raw hashes, copy-index "
                        f"rows; `enlarge_store`), plus 100 newly ingested documents, then `rebuild_story` over all "
                        f"of it. The copies repeat the same articles, so entities and events are not multiplied: "
                        f"each has that many more mentions and sources (a story covered by many outlets). "
                        f"Latency is in-process (the records functions behind the CLI and the web API), warm "
                        f"cache, 30 runs each.")}
            save("queries", report["queries"])
            write_markdown(report)
    save("environment", {**report["environment"], "command": report["command"], "pool": report["pool"],
                         "notes": report["notes"]})
    write_markdown(report)
    if not args.workdir:
        shutil.rmtree(workdir, ignore_errors=True)
    print((HERE / "RESULTS.md").read_text(encoding="utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
