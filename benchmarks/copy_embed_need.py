"""Which sentences of the pairs the copy index sends to MiniLM could a lexical prefilter leave out?

Replays a store's documents (in the order they were stored) through a fresh `CopyIndex`, keeps the
document pairs that reach the encoder (past MinHash LSH, the lexical alignment and the content-word
coverage gate) and counts, for a few floors, the sentences with a content-word partner in the other
document (`align.keyword_similarity` >= floor) and the sentence pairs MiniLM aligns
(cosine >= SEMANTIC_PAIR_THRESHOLD) that such a prefilter would have dropped. Run by hand:

    python benchmarks/copy_embed_need.py STORE.db
"""
from __future__ import annotations

import argparse
import sqlite3

from storyline.dedup import align, embed
from storyline.dedup.index import CopyIndex, copy_features, create_schema
from storyline.store import Store

FLOORS = (0.3, 0.4, 0.5)


def embedded_pairs(store_path: str) -> list[tuple[list[str], list[str]]]:
    """The sentence lists of every document pair whose sentences the index encoded."""
    source = Store(store_path, readonly=True)
    ids = source.documents_after(0)
    by_id = {doc.id: doc for doc in source.documents(ids)}
    pairs: list[tuple[list[str], list[str]]] = []

    class Recording(CopyIndex):
        def _embed(self, entries):
            if len(entries) == 2:
                pairs.append((list(entries[0].sentences), list(entries[1].sentences)))
            return super()._embed(entries)

    conn = sqlite3.connect(":memory:")
    create_schema(conn)
    index = Recording(conn)
    for doc_id in ids:
        doc = by_id[doc_id]
        doc.copy_of = doc.copy_kind = None
        index.add(doc, copy_features(doc))
    return pairs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("store")
    args = parser.parse_args()
    pairs = embedded_pairs(args.store)
    measured = []
    for a, b in pairs:
        content = align.keyword_similarity(a, b)
        semantic = align.align(align.semantic_similarity(embed.embed(a), embed.embed(b)), align.SEMANTIC_PAIR_THRESHOLD)
        measured.append((content, semantic))
    sentences = sum(len(a) + len(b) for a, b in pairs)
    aligned = sum(len(semantic.pairs) for _, semantic in measured)
    print(f"{len(pairs)} pairs reached MiniLM: {sentences} sentences (both sides), {aligned} sentence pairs aligned")
    for floor in FLOORS:
        kept = dropped = 0
        for content, semantic in measured:
            keep_a, keep_b = content.max(axis=1, initial=0) >= floor, content.max(axis=0, initial=0) >= floor
            kept += int(keep_a.sum() + keep_b.sum())
            dropped += sum(1 for i, j, _ in semantic.pairs if not (keep_a[i] and keep_b[j]))
        print(f"floor {floor}: {kept} of {sentences} sentences have a content-word partner; "
              f"aligned pairs a prefilter would drop: {dropped}")


if __name__ == "__main__":
    main()
