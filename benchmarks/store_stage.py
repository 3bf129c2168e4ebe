"""Where the ingest's `store` stage spends its CPU: one one-process ingest of a JSONL (the CLI's
path: `pipeline.ingest` with `SpacyExecutor(n_process=1)`, no story step), with `time.process_time`
around the copy index's and the store's parts, and the documents whose sentences MiniLM encoded.

Why: the stage cost 0.065 CPU s per 1,000 words on the corpus.py sample but 0.008-0.010 on Timeline17
topics; the parts say which. The timers wrap the product's own functions in this process only
(nothing in `src` changes); a part's CPU includes the parts it calls (`_compare` holds `_embed`).
Run by hand, not part of the test suite:

    python benchmarks/store_stage.py sample.jsonl --db /tmp/x.db
"""
from __future__ import annotations

import argparse
import functools
import os
import time
from collections import Counter

from storyline import pipeline
from storyline.dedup import align
from storyline.dedup.index import CopyIndex
from storyline.nlp.spacy_model import load_spacy
from storyline.store import Store

PARTS = ((pipeline, "store_document"), (CopyIndex, "add"), (CopyIndex, "_candidates"), (CopyIndex, "_compare"),
         (CopyIndex, "_embed"), (CopyIndex, "_store"), (CopyIndex, "_store_story"), (align, "lexical_similarity"),
         (align, "keyword_similarity"), (align, "semantic_similarity"), (Store, "insert_document"),
         (Store, "record_outlet_lines"))


def timed(owner, name: str, spent: Counter, calls: Counter) -> None:
    """Replaces owner.name with the same function adding its CPU seconds to spent[name]."""
    function = getattr(owner, name)

    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        started = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[name] += time.process_time() - started
            calls[name] += 1

    setattr(owner, name, wrapper)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("jsonl")
    parser.add_argument("--db", required=True, help="a new store (removed first if it exists)")
    args = parser.parse_args()
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(args.db + suffix):
            os.remove(args.db + suffix)
    spent: Counter = Counter()
    calls: Counter = Counter()
    for owner, name in PARTS:
        timed(owner, name, spent, calls)
    store = Store(args.db)
    summary = pipeline.ingest(store, [args.jsonl], pipeline.SpacyExecutor(load_spacy(), n_process=1),
                              on_error=print, story="none")
    words = sum(len(doc.text.split()) for doc in store.documents(store.documents_after(0)))
    print(f"{summary.new} documents stored, {words} words; stage CPU s:",
          {stage: round(value, 2) for stage, value in summary.cpu_seconds.items()})
    for name, seconds in spent.most_common():
        print(f"  {name:22s} {seconds:7.2f} CPU s  {calls[name]:6d} calls")
    encoded = store.conn.execute(
        "SELECT s.doc_id, d.n_sentences FROM dedup_sentences s JOIN dedup_documents d USING (doc_id)"
        " WHERE s.embeddings IS NOT NULL").fetchall()
    total = store.conn.execute("SELECT COALESCE(SUM(n_sentences), 0) FROM dedup_documents").fetchone()[0]
    print(f"documents given sentence vectors: {len(encoded)}, {sum(n for _, n in encoded)} of {total} sentences:")
    for doc_id, sentences in encoded:
        title = store.conn.execute("SELECT title FROM documents WHERE id = ?", (doc_id,)).fetchone()[0]
        print(f"  {doc_id} {sentences:4d} sentences  {title}")
    store.close()


if __name__ == "__main__":
    main()
