"""storyline benchmarks: throughput against bare spaCy and where the CPU goes.

    python benchmarks/run.py --skip scale                      # throughput on corpus.py's sample
    python benchmarks/run.py --skip scale --repeat 3           # ... each run three times, the least CPU kept
    python benchmarks/run.py --skip scale --jsonl FILE --label t17   # ... on a JSONL of your own, e.g.
        python ../shared/tools/t17_to_jsonl.py ../shared/datasets/timeline17/bpoil_foxnews -n 300 > FILE
    python benchmarks/scale.py                  # only growth 1k -> 10k -> 100k, incremental, queries
    python benchmarks/run.py --markdown-only    # RESULTS.md's generated block from results/*.json

Each measured run is its own process, so its CPU time and peak memory (that process and its
worker processes) are its own. Bare `nlp.pipe` and `storyline ingest` run back to back on the same
texts with one process and with N; CPU per stage comes from the ingest itself (the runner's
`IngestSummary.cpu_seconds`). Results: benchmarks/results/*.json and benchmarks/RESULTS.md, where
only the block between the markers is rewritten (the hand-written sections around it stay). Not
part of the test suite.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
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
    """Peak resident memory of this process and of its largest descendant. With a sampler, the
    sampled peaks: getrusage's ru_maxrss survives exec, so a child started by a big parent would
    report the parent's peak as its own."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    result = {"main_mb": round(own, 1), "largest_child_mb": round(children, 1)}
    if sampler is not None:
        result.update(sampler.result())
        result["largest_child_mb"] = result.pop("largest_descendant_mb")
        result["main_mb"] = result.pop("own_mb")
    return result


class TreeMemory:
    """Samples the resident memory of this process's descendants (the forkserver's workers are not
    our direct children, so RUSAGE_CHILDREN misses them): largest single peak and peak total."""

    def __init__(self, interval: float = 0.5):
        import threading

        self.interval, self.peak_each, self.peak_total, self.cpu_each, self.peak_own = interval, {}, 0, {}, 0
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
            self.peak_own = max(self.peak_own, total)
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
        return {"own_mb": round(self.peak_own / 1024, 1),
                "largest_descendant_mb": round(max(self.peak_each.values(), default=0) / 1024, 1),
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


# --- child processes: one measured ingest each ------------------------------------------------------

def child_ingest(jsonl: str, db: str, n_process: int, mode: str, rebuild: bool) -> dict:
    """Runs in its own process: `storyline ingest` of `jsonl` into `db` (the runner with
    `SpacyExecutor(n_process)`), timed, with CPU per stage and peak memory."""
    from storyline.nlp.spacy_model import load_spacy
    from storyline.pipeline import SpacyExecutor, ingest
    from storyline.store import Store

    sampler = TreeMemory()
    load_before = os.getloadavg()[0]
    started = now()
    # as the CLI does: with workers, each loads the model and this process never holds it
    nlp = load_spacy() if n_process == 1 else None
    loaded = now() - started
    store = Store(db)
    before = store.document_count()
    errors: list[str] = []
    started = now()
    # freeze_loaded as `storyline ingest` passes it (cli.py): without it the one-process run's full
    # collections walked the loaded model, 0.90 against 0.36 CPU s of the sample's ~32 (issue #17 round 10)
    summary = ingest(store, [jsonl], SpacyExecutor(nlp, n_process=n_process, freeze_loaded=True), on_error=errors.append,
                     story="auto" if rebuild else "none")
    seconds = now() - started
    cpu = sampler.cpu_seconds()
    result = {"mode": mode, "n_process": n_process, "store_before": before,
              "cpu_seconds": round(cpu, 1), "cpu_ms_per_document": round(1000 * cpu / max(summary.read, 1), 1),
              "read": summary.read, "new": summary.new, "duplicate": summary.duplicate, "failed": summary.failed,
              "seconds": round(seconds, 2), "docs_per_second": round(summary.read / seconds, 2) if seconds else None,
              "model_load_seconds": round(loaded, 2),
              "stages": {stage: round(value, 2) for stage, value in summary.cpu_seconds.items()},
              "errors": errors[:5], "loadavg_1min": [round(load_before, 2), round(os.getloadavg()[0], 2)],
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
    nlp = load_spacy(as_shipped=True)  # the model as shipped: the ingest's own attribute_ruler table is its gain
    load_before = os.getloadavg()[0]
    started = now()
    count = sum(1 for _ in nlp.pipe(texts, batch_size=batch_size, n_process=n_process))
    seconds = now() - started
    cpu = sampler.cpu_seconds()
    return {"mode": "bare nlp.pipe", "n_process": n_process, "docs": count, "seconds": round(seconds, 2),
            "docs_per_second": round(count / seconds, 2), "components": list(nlp.pipe_names),
            "cpu_seconds": round(cpu, 1), "cpu_ms_per_document": round(1000 * cpu / max(count, 1), 1),
            "loadavg_1min": [round(load_before, 2), round(os.getloadavg()[0], 2)], "peak_memory": peak_rss_mb(sampler)}


def throughput(jsonl: Path, workdir: Path, n_process: int, label: str, repeat: int = 1) -> dict:
    """Bare nlp.pipe and `storyline ingest` on the same texts, back to back, with one process and
    with `n_process`; ratios by wall clock and by CPU time, and CPU seconds per 1,000 words by stage.
    `repeat`: the four runs are made that many times in turn, and each kind's run of least CPU is the one
    reported (a shared machine's load only adds CPU time, so the least is the least disturbed, as `timeit`
    reads its repeats; the same code's one-process ingest took 36 to 52 CPU s in single runs of sessions
    41-46); every repeat's CPU ratios are kept beside it."""
    texts = [json.loads(line)["text"] for line in open(jsonl, encoding="utf-8") if line.strip()]
    words = sum(len(text.split()) for text in texts)
    stores = [workdir / f"{label}-{processes}.db" for processes in (1, n_process)]
    rounds = []
    for _ in range(max(1, repeat)):
        for store in stores:  # a store an earlier run left holds every document: the ingest would time duplicates
            for stale in (store, Path(f"{store}-wal"), Path(f"{store}-shm")):
                stale.unlink(missing_ok=True)
        rounds.append((run_special("_bare", jsonl, 1), run_child(jsonl, stores[0], 1, "storyline ingest", 1),
                       run_special("_bare", jsonl, n_process),
                       run_child(jsonl, stores[1], n_process, "storyline ingest", 1)))
    bare1, one, bare_n, many = (min((r[kind] for r in rounds), key=lambda run: run["cpu_seconds"]) for kind in range(4))

    def per_1000_words(seconds: float) -> float:
        return round(1000 * seconds / max(words, 1), 3)

    stages = {}
    for run, bare in ((one, bare1), (many, bare_n)):
        measured = dict(run["stages"])
        rows = {"parse (bare nlp.pipe, same texts and processes)": per_1000_words(bare["cpu_seconds"])}
        rows.update({stage: per_1000_words(value) for stage, value in measured.items()})
        rest = run["cpu_seconds"] - sum(measured.values())
        rows["rest (parse inside ingest, model load, passing documents between processes)"] = per_1000_words(rest)
        # the bare run's CPU (its parse and model load) is what the rest would be if ingest's parse
        # cost what the bare one does: what is left is ingest's own, untimed by any stage
        rows["rest beyond the bare run (extra components, imports, passing documents)"] = per_1000_words(
            rest - bare["cpu_seconds"])
        rows["total ingest"] = per_1000_words(run["cpu_seconds"])
        stages[str(run["n_process"])] = rows
    return {"label": label, "documents": len(texts), "words": words, "mean_words": round(words / max(len(texts), 1)),
            "runs": [one, many], "bare_spacy": [bare1, bare_n],
            "ratio_one_process": round(one["docs_per_second"] / bare1["docs_per_second"], 2),
            "ratio_n_process": round(many["docs_per_second"] / bare_n["docs_per_second"], 2),
            "cpu_ratio_one_process": round(bare1["cpu_seconds"] / one["cpu_seconds"], 2),
            "cpu_ratio_n_process": round(bare_n["cpu_seconds"] / many["cpu_seconds"], 2),
            "cpu_s_per_1000_words": stages, "repeat": len(rounds),
            "cpu_ratios_per_repeat": [[round(b1["cpu_seconds"] / o["cpu_seconds"], 2),
                                       round(bn["cpu_seconds"] / m["cpu_seconds"], 2)] for b1, o, bn, m in rounds]}


# --- copying analysed rows (scale.py grows stores with time-shifted copies) -------------------------

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


# --- Markdown ------------------------------------------------------------------------------------

def load_markdown(load: dict) -> list[str]:
    """The web server under load (benchmarks/load.py)."""
    env, store = load.get("environment", {}), load["store"]
    lines = ["## Web server under load (`python benchmarks/load.py`)", "",
             f"Measured {env.get('date')} at commit `{env.get('commit')}`; load average before / after "
             f"{load['loadavg_1min_before']} / {load['loadavg_1min_after']}. Store: {store['documents']} documents "
             f"({store['real']} really ingested, the rest time-shifted copies). {load['clients']} clients, "
             f"{load['requests']} GETs on loopback over the read API (search by meaning left out).", "",
             f"Errors **{load['errors']}**; {load['requests_per_second']} requests/s; p50 {load['p50_ms']} ms, "
             f"p95 **{load['p95_ms']} ms**, p99 {load['p99_ms']} ms. Server memory (RSS) before "
             f"{load['memory_mb_before']} MB, right after {load['memory_mb_right_after']} MB, after a pause "
             f"{load['memory_mb_after_pause']} MB (back within 10%: {load['memory_back_within_10_percent']}).", "",
             "| route | requests | p50 ms | p95 ms |", "|---|---|---|---|"]
    for route, row in load["per_route"].items():
        lines.append(f"| {route} | {row['count']} | {row['p50_ms']} | {row['p95_ms']} |")
    met = load["errors"] == 0 and load["p95_ms"] < 300 and load["memory_back_within_10_percent"]
    slowest = sorted(load["per_route"], key=lambda route: -load["per_route"][route]["p95_ms"])[:3]
    busy = load["loadavg_1min_before"] > load["environment"]["cpus"]
    why = ("With a load average above the cores even `/api/health` waits, so the latency mostly measures the "
           "queue for a core." if busy else f"The machine was quiet; the slowest routes were {', '.join(slowest)}.")
    lines += ["", f"Goal (issue 15: 0 errors, p95 < 300 ms, memory back within 10%): **{'met' if met else 'not met'}** "
                  f"in this run. {why}"]
    return lines + [""]


def growth_markdown(growth: dict) -> list[str]:
    """The same documents added to stores of different sizes (benchmarks/growth.py)."""
    env = growth.get("environment", {})
    lines = ["## Adding the same documents to a larger store (`benchmarks/growth.py`)", "",
             f"Measured {env.get('date')} at commit `{env.get('commit')}`; command: `{growth.get('command')}`. "
             f"{growth.get('note', '')}", "",
             "| store before | new | wall s (ingest + story) | ingest wall s | store CPU s | story wall s | story CPU s "
             "| CPU s with workers | peak RSS main / largest worker (MB) | load avg |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for row in growth["rows"]:
        memory = row["peak_memory"]
        lines.append(f"| {row['store_before']} | {row['new']} | {row['total_wall_s']} | {row['ingest_wall_s']} "
                     f"| {row['store_cpu_s']} | {row['story_wall_s']} | {row['story_cpu_s']} | {row['cpu_s_with_workers']} "
                     f"| {memory['main_mb']} / {memory['largest_child_mb']} | {row['loadavg_1min']} |")
    lines += ["", "Largest store against the smallest: " + ", ".join(
        f"{key} **{value}x**" for key, value in growth["ratios"].items()) + " (goal: adding 100 documents to a "
        "100k-document store takes no more than 1.2x adding them to a 10k one, story step included).", ""]
    return lines


# RESULTS.md holds hand-written sections (each round's measurements and reasoning) beside the
# tables below: run.py rewrites only the text between these two markers and keeps the rest.
BEGIN_MARK = "<!-- begin: written by benchmarks/run.py from results/*.json; edit outside these markers -->"
END_MARK = "<!-- end: written by benchmarks/run.py -->"


def splice_generated(old: str | None, generated: str) -> str:
    """`old` (RESULTS.md as it is, None if absent) with its generated block replaced by `generated`.
    Without markers the block is appended, so no hand-written text is ever dropped."""
    block = f"{BEGIN_MARK}\n\n{generated.strip()}\n\n{END_MARK}\n"
    if old is None:
        return "# Benchmarks\n\n" + block
    start, end = old.find(BEGIN_MARK), old.find(END_MARK)
    if start == -1 or end < start:
        return old.rstrip() + "\n\n" + block
    after = old[end + len(END_MARK):].lstrip("\n")
    return old[:start] + block + ("\n" + after if after else "")


def write_markdown(report: dict) -> None:
    """Rewrites the generated block of RESULTS.md (see `splice_generated`)."""
    env, lines = report["environment"], []
    lines += [f"Measured {env['date']} at commit `{env['commit']}` on {env['cpus']} cores (Python {env['python']}, "
              f"spaCy {env['spacy']}); load average at start {env['loadavg_at_start']} (the machine was shared, "
              "so wall-clock figures are lower bounds). Each section names its text and command.", ""]
    for th in report.get("throughput", []):
        lines += throughput_markdown(th)
    if "scale" in report:
        lines += scale_markdown(report["scale"])
    if "growth" in report:
        lines += growth_markdown(report["growth"])
    if "load" in report:
        lines += load_markdown(report["load"])
    lines += ["## Reading these figures", "",
              "- The machine (2 cores) was shared with other jobs during the run: wall-clock rates are lower "
              "bounds and vary with the load average shown; CPU ms per document is the steadier measure.",
              "- `storyline ingest --jobs N` (default: the cores) runs the one ingest runner "
              "(`pipeline.ingest_records`) with a pool of N forked workers, each running `nlp.pipe(as_tuples=True)` "
              "over chunks of documents: parsing and every per-document stage (the `storyline_analysis` component) "
              "in the workers; cleaning, "
              "the copy index's comparisons, the store writes and the story step in the main process. It gives "
              "the same store whatever N (tested on the seeds). Since 1d068f7 ingest makes no search vectors (no "
              "`embed` stage): the first search by meaning does (`search.ensure_passage_vectors`).",
              "- Stage CPU comes from the ingest itself: analysis stages timed in whichever process ran them; "
              "`clean`, `store` (the copy index's comparisons and MiniLM for documents that reach its rewrite "
              "check, then the transaction) and `story` in the main process; parse CPU is the bare run's."]
    for note in report.get("notes", []):
        lines.append(f"- {note}")
    path = HERE / "RESULTS.md"
    old = path.read_text(encoding="utf-8") if path.exists() else None
    path.write_text(splice_generated(old, "\n".join(lines)), encoding="utf-8")


def throughput_markdown(th: dict) -> list[str]:
    """One sample's throughput table, ratios and CPU per stage."""
    env = th.get("environment", {})
    lines = [f"## Throughput on {th['label']}: {th['documents']} documents, {th['mean_words']} words on average "
             "(end to end: read, clean, NLP, copy index, store, story)", "",
             f"Measured {env.get('date')} at commit `{env.get('commit')}`, load average at start "
             f"{env.get('loadavg_at_start')}; command: `{th.get('command')}`. Bare `nlp.pipe` and `storyline ingest` "
             "ran back to back on the same texts. Wall-clock figures depend on what else the shared machine ran "
             "(load average shown per run); CPU time (the process and its workers) depends much less on it and is "
             "the fairer comparison.", "",
             "| run | docs/s (wall) | seconds | CPU s | CPU ms / doc | peak RSS main / largest worker / total (MB) "
             "| load avg before, after |", "|---|---|---|---|---|---|---|"]
    for row in (th["bare_spacy"][0], th["runs"][0], th["bare_spacy"][1], th["runs"][1]):
        mem = row["peak_memory"]
        lines.append(f"| {row['mode']}, n_process={row['n_process']} | {row['docs_per_second']} | {row['seconds']} | "
                     f"{row['cpu_seconds']} | {row.get('cpu_ms_per_document')} | {mem['main_mb']} / "
                     f"{mem['largest_child_mb']} / {mem.get('peak_total_mb')} | {row.get('loadavg_1min')} |")
    n = th["runs"][1]["n_process"]
    lines += ["", f"spaCy components: {', '.join(th['bare_spacy'][0]['components'])}.",
              f"Ingest / bare nlp.pipe, wall clock: one process **{th['ratio_one_process']}**, {n} processes "
              f"**{th['ratio_n_process']}**; by CPU time: one process **{th['cpu_ratio_one_process']}**, {n} "
              f"processes **{th['cpu_ratio_n_process']}** (goal >= 0.8)."
              + (f" Each run made {th['repeat']} times in turn; each kind's run of least CPU is shown and gives the "
                 "ratios; the CPU ratios of the single repeats, one / "
                 f"{n} processes: {', '.join(f'{a} / {b}' for a, b in th['cpu_ratios_per_repeat'])}."
                 if th.get("repeat", 1) > 1 else ""), "",
              "CPU seconds per 1,000 words by stage:", "",
              f"| stage | one process | {n} processes |", "|---|---|---|"]
    one, many = th["cpu_s_per_1000_words"]["1"], th["cpu_s_per_1000_words"][str(n)]
    for stage in dict.fromkeys([*one, *many]):
        lines.append(f"| {stage} | {one.get(stage, '–')} | {many.get(stage, '–')} |")
    lines.append("")
    return lines


def scale_markdown(scale: dict) -> list[str]:
    """The tables of benchmarks/scale.py's report."""
    lines = ["## Growth: 1k -> 10k -> 100k documents", "", f"Command: `{scale['command']}` "
             f"(measured {scale['environment']['date']}, commit `{scale['environment']['commit']}`). How the volume "
             "is made: see the docstring of `benchmarks/scale.py` (real ingest up to the first size, then "
             "time-shifted copies of those analysed documents added to the story).", "",
             "Real ingest in four batches (batched ingest, 2 worker processes):", "",
             "| batch | store before | documents | seconds | of which story | story then built for | peak RSS total MB |",
             "|---|---|---|---|---|---|---|"]
    for number, run in enumerate(scale["real"], 1):
        lines.append(f"| {number} | {run['store_before']} | {run['read']} | {run['seconds']} | {run['stages'].get('rebuild', run['stages'].get('story'))} | "
                     f"{run['story_built']} | {run['peak_memory'].get('peak_total_mb')} |")
    copies = scale["copies"]
    if copies:
        shown = [c for c in copies if c["copy"] in (1, 2) or c["documents_after"] % 10000 < len(scale["real"]) * 300
                 or c is copies[-1]]
        lines += ["", "Adding each time-shifted copy of the first documents to the story (`add_to_story`):", "",
                  "| copy | store after | insert s | add to story s | ms per added document |", "|---|---|---|---|---|"]
        for c in shown:
            lines.append(f"| {c['copy']} | {c['documents_after']} | {c['insert_s']} | {c['add_to_story_s']} | "
                         f"{c.get('add_ms_per_document', '')} |")
    sizes = scale["sizes"]
    if sizes:
        names = list(dict.fromkeys(name for size in sizes for name in size["latency"]))
        lines += ["", "Query latency (in process, warm, 30 runs; p50 / p95 ms, results in brackets) and 100 new "
                  "real documents ingested at each size:", "",
                  "| store | " + " | ".join(f"`{n}`" for n in names) + " |", "|---" * (len(names) + 1) + "|"]
        for size in sizes:
            cells = [f"{size['latency'][n]['p50_ms']} / {size['latency'][n]['p95_ms']} ({size['latency'][n]['results']})"
                     if n in size["latency"] else "–" for n in names]
            lines.append(f"| {size['documents']} | " + " | ".join(cells) + " |")
        lines += ["", "| store | documents / entities / quotes / events | MB | 100 new: seconds | parse wait | "
                  "store | story | story mode |", "|---|---|---|---|---|---|---|---|"]
        for size in sizes:
            new, t = size.get("ingest_100_new"), size["tables"]
            if not new:
                continue
            lines.append(f"| {size['documents']} | {t['documents']} / {t['entities']} / {t['quotes']} / {t['events']} | "
                         f"{t['megabytes']} | {new['seconds']} | {new['stages'].get('analyse_wait', '–')} | "
                         f"{new['stages'].get('store')} | {new['stages'].get('rebuild', new['stages'].get('story'))} | added |")
    lines += [f"- {note}" for note in scale.get("notes", [])]
    lines.append("")
    return lines


# --- main ------------------------------------------------------------------------------------------

def slug(label: str) -> str:
    return "-".join("".join(c if c.isalnum() else " " for c in label.lower()).split())


def saved_report() -> dict:
    """Every section measured so far, from results/*.json."""
    report: dict = {"throughput": []}
    for name in ("environment", "scale", "growth", "load"):
        path = RESULTS / f"{name}.json"
        if path.exists():
            report[name] = json.loads(path.read_text(encoding="utf-8"))
    for path in sorted(RESULTS.glob("throughput-*.json")):
        report["throughput"].append(json.loads(path.read_text(encoding="utf-8")))
    env = report.get("environment", {})
    report["command"], report["notes"] = env.get("command", "python benchmarks/run.py"), env.get("notes", [])
    return report


def compile_package() -> None:
    """Byte-compile storyline as an installed package is (pip compiles what it installs, and Python caches what it
    imports): on a machine that sets PYTHONDONTWRITEBYTECODE (this one) an editable checkout is compiled from source in
    every measured process, about 0.2 CPU s of ~80 modules that a user's second run does not pay (issue #17 round 3's
    instruction count: 1.95 G, 5 % of a 15-document ingest). Python reads the cached files whatever that setting."""
    import compileall

    import storyline

    compileall.compile_dir(Path(storyline.__file__).parent, quiet=1)


def main(argv: list[str] | None = None) -> int:
    if argv is None:
        argv = sys.argv[1:]
    if argv and argv[0] == "_bare":
        print(json.dumps(bare_spacy(argv[1], int(argv[2]))))
        return 0
    if argv and argv[0] == "_child":
        jsonl, db, n_process, mode, rebuild = argv[1:6]
        print(json.dumps(child_ingest(jsonl, db, int(n_process), mode, rebuild == "1")))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sample", type=int, default=150, help="documents drawn from corpus.py's pool")
    parser.add_argument("--jsonl", type=Path, help="measure on this JSONL instead (e.g. t17_to_jsonl.py output)")
    parser.add_argument("--label", help="name of the --jsonl sample in RESULTS.md (default: the file's name)")
    parser.add_argument("--n-process", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=1,
                        help="throughput: make the four runs this many times in turn and report each kind's least CPU")
    parser.add_argument("--skip", default="", help="comma list of: throughput,scale")
    parser.add_argument("--real", type=int, default=1000, help="scale.py: documents really ingested")
    parser.add_argument("--sizes", default="10000,100000", help="scale.py: store sizes reached by shifted copies")
    parser.add_argument("--workdir", help="keep stores here (default: a temporary folder, removed)")
    parser.add_argument("--markdown-only", action="store_true", help="rewrite RESULTS.md's generated block from results/*.json")
    args = parser.parse_args(argv)
    if args.markdown_only:
        write_markdown(saved_report())
        print((HERE / "RESULTS.md").read_text(encoding="utf-8"))
        return 0
    skip = set(args.skip.split(","))
    compile_package()
    workdir = Path(args.workdir or tempfile.mkdtemp(prefix="storyline-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    report = saved_report()
    report.update({"environment": environment(), "command": "python benchmarks/run.py " + " ".join(argv)})
    if args.jsonl:
        jsonl, label = args.jsonl, args.label or args.jsonl.stem
    else:
        label = f"corpus.py sample ({args.sample})"
        jsonl = corpus.write_jsonl(corpus.synthesise(corpus.load_pool(), args.sample)[:args.sample],
                                   workdir / "sample.jsonl")
    if "throughput" not in skip:
        print(f"throughput on {label}: bare spaCy vs storyline ingest ...", file=sys.stderr)
        result = throughput(jsonl, workdir, args.n_process, label, args.repeat)
        result["environment"], result["command"] = report["environment"], report["command"]
        save(f"throughput-{slug(label)}", result)
        report["throughput"] = [th for th in report["throughput"] if th["label"] != label] + [result]
        write_markdown(report)

    if "scale" not in skip:
        print("growth: benchmarks/scale.py ...", file=sys.stderr)
        subprocess.run([sys.executable, str(HERE / "scale.py"), "--real", str(args.real), "--sizes", args.sizes,
                        "--workdir", str(workdir / "scale")], check=True, stdout=subprocess.DEVNULL)
        report["scale"] = json.loads((RESULTS / "scale.json").read_text(encoding="utf-8"))
    save("environment", {**report["environment"], "command": report["command"], "notes": report["notes"]})
    write_markdown(report)
    if not args.workdir:
        shutil.rmtree(workdir, ignore_errors=True)
    print((HERE / "RESULTS.md").read_text(encoding="utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
