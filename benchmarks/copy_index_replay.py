"""The copy index's MiniLM work, without parsing: replays a store's documents (in the order they were
stored) through a fresh `CopyIndex` and counts what the sentence encoder was given.

Why: the store stage of an ingest is mostly the copy index, and most of that is MiniLM; a replay
measures it in seconds instead of re-ingesting, and writes every link (kind, score, evidence),
each document's original and story as JSON, so two versions of the index can be compared for
identical copy decisions (`cmp` the two files). Run by hand:

    python benchmarks/copy_index_replay.py STORE.db --out links.json
"""
from __future__ import annotations

import argparse
import json
import sqlite3
import time

from storyline.dedup import embed
from storyline.dedup.index import CopyIndex, copy_features, create_schema
from storyline.store import Store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("store")
    parser.add_argument("--out", help="where to write the links, originals and stories as JSON")
    parser.add_argument("--quantised", action="store_true", help="encode with the int8 graph (search's) instead of fp32")
    args = parser.parse_args()

    source = Store(args.store, readonly=True)
    ids = source.documents_after(0)
    by_id = {doc.id: doc for doc in source.documents(ids)}
    docs = [by_id[doc_id] for doc_id in ids]
    features = [copy_features(doc) for doc in docs]

    started = time.process_time()
    embed.load_embedder(args.quantised)
    load_cpu = time.process_time() - started

    encoded: list[tuple[int, float]] = []

    def counting_embed(sentences: list[str]):
        before = time.process_time()
        vectors = embed.embed(sentences, quantised=args.quantised)
        encoded.append((len(sentences), time.process_time() - before))
        return vectors

    conn = sqlite3.connect(":memory:")
    create_schema(conn)
    index = CopyIndex(conn, embed_sentences=counting_embed)
    started = time.process_time()
    for doc, feature in zip(docs, features):
        doc.copy_of = doc.copy_kind = None
        index.add(doc, feature)
    add_cpu = time.process_time() - started

    links = index.links()
    kinds = {kind: sum(1 for link in links if link.kind == kind) for kind in ("exact", "near", "rewrite")}
    print(f"{len(docs)} documents; CopyIndex.add {add_cpu:.2f} CPU s, of which MiniLM {sum(c for _, c in encoded):.2f} "
          f"in {len(encoded)} encoder calls for {sum(n for n, _ in encoded)} sentences "
          f"(model load {load_cpu:.2f} CPU s before); links {len(links)} {kinds}")
    if args.out:
        with open(args.out, "w") as handle:
            json.dump({"links": [[link.doc, link.original, link.kind, link.score, link.evidence] for link in links],
                       "copy_of": index.copy_of(), "story": index.story_of()}, handle, sort_keys=True, indent=0)


if __name__ == "__main__":
    main()
