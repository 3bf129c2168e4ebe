"""Time the time-expression stage on a fixed sample: patterns run only near trigger words (what
ingest does) against every pattern over the whole text (the way before issue #17).

    python scripts/bench_timex.py /work/shared/datasets/tempeval3/TBAQ-cleaned [--limit 100] [--rounds 3]
    python scripts/bench_timex.py articles.jsonl --limit 100     # {"text", "published"} per line

Documents are parsed first (not timed) since ingest hands the parse to the stage. Each round
times both ways over all documents, one after the other; the best round of each is printed in
ms/document. The two ways must give the same timexes, or the script says where they differ
and exits 1.
"""
from __future__ import annotations

import argparse
import json
import sys
import time

from storyline.eval.tempeval import find_documents, read_timeml
from storyline.nlp.spacy_model import load_spacy
from storyline.nlp.time import extract_timexes


def sample(path: str, limit: int) -> list[tuple[str, str | None, str]]:
    """(name, anchor, text) of the first `limit` documents of a TimeML folder or a JSONL file."""
    if path.endswith(".jsonl"):
        with open(path, encoding="utf-8") as handle:
            rows = [json.loads(line) for line in handle if line.strip()][:limit]
        return [(row.get("url") or str(i), row.get("published"), row["text"]) for i, row in enumerate(rows)]
    docs = [read_timeml(p) for p in find_documents(path)[:limit]]
    return [(doc.name, doc.dct, doc.text) for doc in docs]


def timed(documents, parsed, whole: bool) -> tuple[float, list]:
    started = time.perf_counter()
    found = [extract_timexes(text, anchor, name, doc, scan_whole_text=whole)
             for (name, anchor, text), doc in zip(documents, parsed)]
    return time.perf_counter() - started, found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path")
    parser.add_argument("--limit", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    documents = sample(args.path, args.limit)
    if not documents:
        print(f"{args.path}: no documents", file=sys.stderr)
        return 1
    nlp = load_spacy()
    started = time.perf_counter()
    parsed = list(nlp.pipe(text for _, _, text in documents))
    parse_seconds = time.perf_counter() - started
    best = {True: float("inf"), False: float("inf")}
    results = {}
    for _ in range(args.rounds):
        for whole in (True, False):
            seconds, results[whole] = timed(documents, parsed, whole)
            best[whole] = min(best[whole], seconds)
    differ = [name for (name, _, _), a, b in zip(documents, results[True], results[False]) if a != b]
    n = len(documents)
    chars = sum(len(text) for _, _, text in documents) / n
    print(f"{n} documents, {chars:.0f} characters each on average; spaCy parse {1000 * parse_seconds / n:.1f} ms/document")
    print(f"  time expressions, every pattern over the whole text: {1000 * best[True] / n:.2f} ms/document")
    print(f"  time expressions, patterns near trigger words:       {1000 * best[False] / n:.2f} ms/document"
          f"  ({best[True] / best[False]:.1f}x)")
    if differ:
        print(f"  the two ways differ on {len(differ)} documents: {', '.join(differ[:10])}", file=sys.stderr)
        return 1
    print("  same timexes both ways")
    return 0


if __name__ == "__main__":
    sys.exit(main())
