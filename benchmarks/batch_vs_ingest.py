"""`storyline batch --workers N` against `storyline ingest --jobs N` on the same JSONL: wall time,
CPU seconds of the whole process tree, the same store.

    python /work/shared/tools/t17_to_jsonl.py /work/shared/datasets/timeline17/bpoil_reuters -n 100 -o r100.jsonl
    python benchmarks/batch_vs_ingest.py r100.jsonl --workers 2 --scratch /tmp/bench

Why a process-tree sampler: `/usr/bin/time` counts only children the command waited for, and Ray's
actors are the raylet's children, killed at shutdown, so their CPU never reaches the driver's rusage.
Here every descendant of the command is read from /proc (Linux) every 0.2 s and its last CPU reading
is summed; a process living less than 0.2 s may be missed. Also reported: how many records each Ray
actor analysed (the Parquet's `worker` column) and whether the two stores' fingerprints
(`tests/conftest.store_fingerprint`) are equal.
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import subprocess
import sys
import time
from pathlib import Path

TICKS = os.sysconf("SC_CLK_TCK")


def _process_table() -> dict[int, tuple[int, float]]:
    """pid -> (parent pid, CPU seconds so far) for every process we can read."""
    table = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        table[int(entry)] = (int(fields[1]), (int(fields[11]) + int(fields[12])) / TICKS)
    return table


def run_measured(command: list[str]) -> dict:
    """Runs `command`, sampling the CPU of it and all its descendants until it exits."""
    load_before = os.getloadavg()[0]
    started = time.monotonic()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    last_cpu: dict[int, float] = {}
    load_peak = load_before
    while process.poll() is None:
        table = _process_table()
        tree, frontier = {process.pid}, [process.pid]
        children = collections.defaultdict(list)
        for pid, (parent, _) in table.items():
            children[parent].append(pid)
        while frontier:
            for child in children[frontier.pop()]:
                if child not in tree:
                    tree.add(child)
                    frontier.append(child)
        for pid in tree & table.keys():
            last_cpu[pid] = table[pid][1]
        load_peak = max(load_peak, os.getloadavg()[0])
        time.sleep(0.2)
    out, err = process.communicate()
    wall = time.monotonic() - started
    return {"command": " ".join(command), "exit": process.returncode, "wall_s": round(wall, 1),
            "cpu_s": round(sum(last_cpu.values()), 1), "processes": len(last_cpu),
            "load_before": round(load_before, 1), "load_peak": round(load_peak, 1),
            "summary": out.strip().splitlines()[-1:] , "stderr_tail": err.strip().splitlines()[-3:]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("jsonl")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--scratch", required=True, help="folder for the two stores and the Parquet output")
    args = parser.parse_args()
    scratch = Path(args.scratch)
    scratch.mkdir(parents=True, exist_ok=True)
    ingest_db, batch_db, output = scratch / "ingest.db", scratch / "batch.db", scratch / "batch.parquet"
    for path in (ingest_db, batch_db):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    if output.exists():
        import shutil

        shutil.rmtree(output)
    os.environ.setdefault("RAY_DATA_DISABLE_PROGRESS_BARS", "1")
    results = {
        "ingest": run_measured(["storyline", "ingest", args.jsonl, "--db", str(ingest_db), "--jobs", str(args.workers)]),
        "batch": run_measured(["storyline", "batch", args.jsonl, "--db", str(batch_db), "--workers", str(args.workers),
                               "--output", str(output)]),
    }
    from storyline import batch
    from storyline.store import Store

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    from conftest import store_fingerprint

    rows = batch.read_results(str(output))
    results["records_per_actor"] = dict(collections.Counter(row["worker"] for row in rows if row["worker"]))
    results["same_store"] = store_fingerprint(Store(ingest_db)) == store_fingerprint(Store(batch_db))
    print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
