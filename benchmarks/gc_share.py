"""CPU the garbage collector spends during one `storyline ingest` (one process), per generation,
from `gc.callbacks`: how much the full passes over the long-lived model objects cost, and what
`gc.freeze` (`nlp.spacy_model.freeze_what_is_loaded`, as the CLI's ingest calls it) leaves of it.

    python ../shared/tools/t17_to_jsonl.py ../shared/datasets/timeline17/bpoil_foxnews -n 60 -o fox60.jsonl
    python benchmarks/gc_share.py fox60.jsonl --db /tmp/gc60.db

Run it from each commit's `src` (`PYTHONPATH=DIR/src`) to compare. Not part of the test suite.
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import time


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("jsonl")
    parser.add_argument("--db", required=True, help="a scratch store (replaced)")
    args = parser.parse_args(argv)

    spent, counts, started = [0.0, 0.0, 0.0], [0, 0, 0], [0.0]

    def clock(phase: str, info: dict) -> None:
        if phase == "start":
            started[0] = time.process_time()
        else:
            spent[info["generation"]] += time.process_time() - started[0]
            counts[info["generation"]] += 1

    gc.callbacks.append(clock)
    from storyline.nlp.spacy_model import load_spacy
    from storyline.pipeline import SpacyExecutor, ingest
    from storyline.store import Store

    nlp = load_spacy()
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(args.db + suffix):
            os.remove(args.db + suffix)
    store = Store(args.db)
    before, before_counts = list(spent), list(counts)
    begun = time.process_time()
    summary = ingest(store, [args.jsonl], SpacyExecutor(nlp, n_process=1, freeze_loaded=True))
    print(json.dumps({
        "jsonl": os.path.basename(args.jsonl), "ingest_cpu_s": round(time.process_time() - begun, 2),
        "gc_cpu_s_by_generation": [round(spent[g] - before[g], 3) for g in range(3)],
        "collections_by_generation": [counts[g] - before_counts[g] for g in range(3)],
        "stages": {stage: round(seconds, 3) for stage, seconds in summary.cpu_seconds.items()},
        "loadavg_1min": round(os.getloadavg()[0], 2)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
