"""A judging sheet and latency for multi-word searches: the top hits of each query, as
`storyline search` ranks them, in a Markdown table with a column for a reader's judgement.

    python benchmarks/search_judging.py --db fox.db --limit 8 \
        "Tony Hayward resignation" "escrow fund Obama Svanberg meeting" ...

For each query it also counts the passages holding every word (what a search that needs all
words in one sentence would find) and times the search: the first run of each query, then
`--repeat` warm runs (p50/p95 over all of them). Before the first query the process does what
`storyline serve` does at start (loads MiniLM, reads the store's passage vectors), timed apart.
Judgements are filled in by hand in the sheet (docs/judged/).
"""
from __future__ import annotations

import argparse
import statistics
import time

from storyline.store.queries import SEARCH_STOPWORDS
from storyline.search import passage_index, search
from storyline.store import Store


def every_word_count(store: Store, query: str) -> int:
    words = [w for w in query.replace('"', " ").split() if w.lower() not in SEARCH_STOPWORDS]
    match = " AND ".join(f'"{w}"' for w in words)
    return store.conn.execute("SELECT COUNT(*) FROM passages WHERE passages MATCH ?", (match,)).fetchone()[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("queries", nargs="+")
    parser.add_argument("--db", required=True)
    parser.add_argument("--limit", type=int, default=8, help="hits per query in the sheet")
    parser.add_argument("--mode", default="hybrid", choices=("hybrid", "text", "semantic"))
    parser.add_argument("--repeat", type=int, default=20, help="warm runs per query for the latency figures")
    parser.add_argument("--latency-limit", type=int, default=20, help="hits per timed search (top-20)")
    args = parser.parse_args()
    store = Store(args.db, readonly=True)
    documents = store.document_count()
    passages = store.conn.execute("SELECT COUNT(*) FROM passages").fetchone()[0]
    print(f"# Search judging sheet\n\nStore: `{args.db}` ({documents} documents, {passages} passages); "
          f"mode `{args.mode}`; top {args.limit} per query.\n")
    started = time.perf_counter()
    if args.mode != "text":
        from storyline.dedup.embed import load_embedder

        load_embedder(quantised=True)  # the search's graph
        passage_index(store.path).refresh(store)
    print(f"Start-up (MiniLM loaded, passage vectors read, as `storyline serve` does at start): "
          f"{(time.perf_counter() - started) * 1000:.0f} ms.\n")
    first_runs, warm_runs = [], []
    for query in args.queries:
        started = time.perf_counter()
        search(store, query, mode=args.mode, limit=args.latency_limit)
        first_runs.append((time.perf_counter() - started) * 1000)
        for _ in range(args.repeat):
            started = time.perf_counter()
            search(store, query, mode=args.mode, limit=args.latency_limit)
            warm_runs.append((time.perf_counter() - started) * 1000)
        hits = search(store, query, mode=args.mode, limit=args.limit)
        print(f"## {query}\n\nPassages holding every word: {every_word_count(store, query)}.\n")
        print("| rank | match | words | phrase | doc | date | passage | relevant |\n|---|---|---|---|---|---|---|---|")
        for rank, hit in enumerate(hits, 1):
            text = " ".join(hit["text"].split()).replace("|", "\\|")
            print(f"| {rank} | {hit['match']} | {hit.get('words', '')} | {'yes' if hit.get('phrase') else ''} | `{hit['doc']}` "
                  f"| {hit.get('date') or ''} | {text} | |")
        print()
    everything = first_runs + warm_runs
    quantiles = statistics.quantiles(everything, n=20)
    print(f"Latency of a top-{args.latency_limit} search (ms, in process): first run of each query "
          f"{', '.join(f'{ms:.1f}' for ms in first_runs)}; all {len(everything)} runs p50 "
          f"{statistics.median(everything):.1f}, p95 {quantiles[18]:.1f}.")


if __name__ == "__main__":
    main()
