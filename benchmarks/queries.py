"""Query latency on a large store, without re-running the whole benchmark.

    python benchmarks/queries.py ANALYSED.db FACTOR

Bulk-copies an analysed store FACTOR times (`run.enlarge_store`), rebuilds the story over all of
it, times the rebuild and measures the query paths (`run.query_latency`), then writes
benchmarks/results/queries.json; `python benchmarks/run.py --markdown-only` folds it into RESULTS.md.
"""
from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import run as bench  # noqa: E402

from storyline.pipeline import rebuild_story  # noqa: E402
from storyline.store import Store  # noqa: E402


def main(source: str, factor: int) -> dict:
    target = Path(tempfile.mkdtemp(prefix="storyline-queries-")) / "large.db"
    bench.enlarge_store(Path(source), target, factor)
    store = Store(target)
    started = time.perf_counter()
    rebuild_story(store)
    rebuild_seconds = round(time.perf_counter() - started, 1)
    rows = {table: store.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
            for table in ("documents", "events", "quotes", "passages", "entities")}
    result = {
        "store": {"rows": rows, "bytes": target.stat().st_size},
        "latency": bench.query_latency(target),
        "how": (f"An analysed store of {rows['documents'] // factor} documents (from `benchmarks/run.py`) bulk-copied "
                f"x{factor} in SQL under new ids (`enlarge_store`), then `rebuild_story` over all of it "
                f"({rebuild_seconds} s). The copies repeat the same articles, so each entity and event has that many "
                "more mentions and sources. Latency is in-process (the records functions behind the CLI and the web "
                f"API), warm cache, 30 runs each. Command: `python benchmarks/queries.py {source} {factor}`."),
    }
    out = Path(__file__).parent / "results" / "queries.json"
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return result


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], int(sys.argv[2])), indent=2))
