"""Search latency as the store grows: top-20 p50/p95 of hybrid, text and semantic search.

    python benchmarks/search_scale.py --base fox.db --documents 10000 --workdir /tmp/search-scale \
        "Tony Hayward resignation" "escrow fund Obama Svanberg meeting" ...

The store is grown from an analysed `--base` store by copies of its documents, search passages
and passage vectors (`export_memory.build`, ids suffixed `~k`), so it holds `--documents`
documents whose passages repeat the base's wording: a measure of how search time grows with the
passages it ranks, not of its quality. Each size is measured in a fresh process, as a server
would run: start-up (MiniLM loaded, the passage vectors read, what `storyline serve` does before
its first request), then the first search, then `--repeat` rounds of every query (each query's
own words, then two content words of stored sentences) in each mode: wall-clock and CPU
milliseconds (CPU time depends much less on what else a shared machine runs). Not part of the
test suite.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import export_memory  # noqa: E402

TABLES = {"documents": ("id", "copy_of", "content_hash"), "passages": ("document",),
          "passage_embeddings": ("document",)}


def ann_recall(store, queries: list[str], limit: int = 20) -> float:
    """Mean share of the index's top `limit` (as search reads them: re-scored with the stored
    vectors) that an exact scan of every stored vector also ranks in its top `limit`. Grown stores
    repeat each vector hundreds of times, so a hit counts when its cosine reaches the exact
    `limit`-th best (ties are the same vector), not by rowid."""
    import numpy as np

    from storyline.dedup.embed import from_blob, query_vector
    from storyline.search import passage_index
    from storyline.store import queries as store_queries

    vectors = np.vstack([query_vector(query) for query in queries])
    best = np.full((len(queries), limit), -2.0, dtype=np.float32)
    rows = store_queries.passage_vectors_after(store, 0)
    while chunk := [blob for _, (_, blob) in zip(range(50_000), rows)]:
        scores = from_blob(b"".join(chunk)) @ vectors.T
        best = -np.sort(-np.hstack([best, scores.T]), axis=1)[:, :limit]
    shares = []
    for query_at, vector in enumerate(vectors):
        found = passage_index(store.path).nearest(store, vector, limit)
        shares.append(sum(score >= best[query_at, -1] - 1e-4 for _, score in found) / limit)
    return round(float(np.mean(shares)), 3)


def measure(db: str, queries: list[str], repeat: int, recall: bool = False) -> dict:
    """In this process: start-up, the first search, then every query in every mode; `recall`:
    then the index's recall against an exact scan (`ann_recall`)."""
    import resource

    from storyline.dedup.embed import load_embedder
    from storyline.search import passage_index, search
    from storyline.store import Store

    store = Store(db, readonly=True)
    words = []
    for (text,) in store.conn.execute("SELECT text FROM passages WHERE rowid % 97 = 0 LIMIT 200"):
        content = [word for word in text.split() if word.isalpha() and len(word) >= 6]
        if len(content) >= 2:
            words.append(f"{content[0]} {content[-1]}")
    mixed = queries + random.Random(18).sample(words, min(len(words), len(queries)))
    started = time.perf_counter()
    load_embedder(quantised=True)  # the search's graph
    passage_index(store.path).refresh(store)
    startup = time.perf_counter() - started
    started, started_cpu = time.perf_counter(), time.process_time()
    search(store, mixed[0], limit=20)
    first = (time.perf_counter() - started) * 1000
    index = passage_index(store.path)
    result = {"documents": store.document_count(), "passages": len(index),
              "index": "IVF-PQ file" if index.ann is not None else "exact, in memory",
              "startup_s": round(startup, 2), "first_hybrid_ms": round(first, 1),
              "first_hybrid_cpu_ms": round((time.process_time() - started_cpu) * 1000, 1), "modes": {}}
    for mode in ("hybrid", "text", "semantic"):
        samples, cpu = [], []
        for _ in range(repeat):
            for query in mixed:
                started, started_cpu = time.perf_counter(), time.process_time()
                search(store, query, mode=mode, limit=20)
                samples.append((time.perf_counter() - started) * 1000)
                cpu.append((time.process_time() - started_cpu) * 1000)
        samples.sort()
        cpu.sort()
        result["modes"][mode] = {"runs": len(samples), "p50_ms": round(statistics.median(samples), 1),
                                 "p95_ms": round(samples[int(0.95 * (len(samples) - 1))], 1),
                                 "cpu_p50_ms": round(statistics.median(cpu), 1),
                                 "cpu_p95_ms": round(cpu[int(0.95 * (len(cpu) - 1))], 1)}
    result["loadavg"] = [round(value, 1) for value in os.getloadavg()]
    result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    if recall:
        result["recall_at_20"] = ann_recall(store, mixed)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("queries", nargs="+")
    parser.add_argument("--base", help="an analysed store to grow from")
    parser.add_argument("--documents", default="10000", help="store sizes (comma-separated)")
    parser.add_argument("--store", help="measure this store as it is instead of growing one")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--recall", action="store_true", help="also the vector index's recall@20 against an exact scan")
    parser.add_argument("--workdir", default="/tmp/storyline-search-scale")
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)  # the child process
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.store, args.queries, args.repeat, args.recall)))
        return
    if not args.store and not args.base:
        parser.error("give --base (a store to grow from) or --store")
    workdir = Path(args.workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    stores = [Path(args.store)] if args.store else []
    for size in ([] if args.store else [int(s) for s in args.documents.split(",")]):
        db = workdir / f"search-{size}.db"
        if not db.exists():
            started = time.perf_counter()
            export_memory.build(Path(args.base), size, db, TABLES)
            print(f"built {db} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
        stores.append(db)
    for db in stores:
        row = subprocess.run([sys.executable, __file__, "--measure", "--store", str(db), "--repeat", str(args.repeat),
                              *(["--recall"] if args.recall else []), *args.queries], check=True, capture_output=True, text=True).stdout
        result = {**json.loads(row.splitlines()[-1]), "store_mb": round(db.stat().st_size / 2**20)}
        print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
