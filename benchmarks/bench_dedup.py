"""Dedup throughput at volume: documents per second through CopyIndex.add for 10k, 30k and 100k documents.

Volume is made from real news text only (PolNeAR, Timeline17 and SemEval-2022 articles, via
benchmarks/corpus.py): each original is 8-25 sentences re-sampled from a neighbourhood of sixteen
consecutive pool articles (same topic folder and outlet, so same-topic documents share many words,
as coverage of one story does). A share of documents are copies of an earlier one, with known
sources: exact (re-laid out), near (a sentence dropped, words edited, a foreign "related story"
line added). The only real rewrites available are added too: seed 003 (rewording of 004) and the
SemEval copy pair that credits Vox. One growing index (one SQLite file, one commit per document,
as the pipeline does); cumulative time is read at each size, so the growth from 10k to 100k is
visible. Run by hand:

    python benchmarks/bench_dedup.py                        # 10k, 30k, 100k -> benchmarks/results/dedup.json
    python benchmarks/bench_dedup.py --sizes 2000 --out /tmp/dedup.json
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import random
import sqlite3
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
os.environ.setdefault("STORYLINE_EMBED_THREADS", "1")
sys.path.insert(0, str(HERE))

from corpus import DATASETS, load_pool  # noqa: E402

from storyline.dedup import embed as embedding  # noqa: E402
from storyline.dedup.index import CopyIndex, create_schema  # noqa: E402
from storyline.dedup.sources import root_original  # noqa: E402
from storyline.dedup.text import split_sentences  # noqa: E402
from storyline.model import Document  # noqa: E402

NEIGHBOURHOOD = 16
COPY_SHARE = 0.10  # of documents after the first hundred
WORD_EDITS = {" said ": " stated ", " says ": " states ", " also ": " further ", " but ": " yet "}
SEEDS = HERE.parent / "src" / "storyline" / "data" / "seeds"


@dataclass
class Pool:
    sentences: list[str]
    article_sentences: list[list[int]]  # sentence indices per pool article
    published: list[str | None]
    outlets: list[str | None]


def build_pool() -> Pool:
    articles = load_pool()
    sentences: list[str] = []
    per_article = []
    for article in articles:
        start = len(sentences)
        sentences.extend(split_sentences("\n".join(article.paragraphs)))
        per_article.append(list(range(start, len(sentences))))
    keep = [i for i, indices in enumerate(per_article) if indices]
    return Pool(sentences, [per_article[i] for i in keep], [articles[i].published for i in keep],
                [articles[i].outlet for i in keep])


def real_rewrites() -> list[tuple[Document, Document]]:
    """(original, copy) pairs of real text: seed 004 and its rewording 003; Vox and a site pasting it."""
    pairs = []
    seed = {p.name[:3]: p.read_text(encoding="utf-8") for p in SEEDS.glob("00*.txt")}
    if "003" in seed and "004" in seed:
        pairs.append((Document("seed-004", "seed", seed["004"], published="2025-02-12"),
                      Document("seed-003", "seed", seed["003"])))
    semeval = DATASETS / "semeval2022-task8-en" / "dev.csv"
    if semeval.exists():
        csv.field_size_limit(sys.maxsize)
        with open(semeval, newline="", encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                if row["pair_id"] == "1521378939_1521443853":
                    pairs.append((Document("vox", "semeval", row["text_1"], outlet="Vox"),
                                  Document("vox-copy", "semeval", row["text_2"])))
    return pairs


def make_original(pool: Pool, rng: random.Random, doc_id: str) -> tuple[Document, list[int]]:
    anchor = rng.randrange(len(pool.article_sentences))
    neighbourhood = [i for a in range(anchor, min(anchor + NEIGHBOURHOOD, len(pool.article_sentences)))
                     for i in pool.article_sentences[a]]
    chosen = sorted(rng.sample(neighbourhood, min(len(neighbourhood), rng.randint(8, 25))))
    text = "\n".join(pool.sentences[i] for i in chosen)
    return Document(doc_id, "bench", text, published=pool.published[anchor], outlet=pool.outlets[anchor]), chosen


def make_copy(pool: Pool, rng: random.Random, doc_id: str, source: Document, sentences: list[int]) -> tuple[Document, str]:
    if rng.random() < 0.5:
        text = "\n\n".join(pool.sentences[i] for i in sentences) + "\n"
        return Document(doc_id, "bench", text, published=source.published), "exact"
    kept = [pool.sentences[i] for i in sentences]
    del kept[rng.randrange(len(kept))]
    edited = []
    for sentence in kept:
        for old, new in WORD_EDITS.items():
            sentence = sentence.replace(old, new)
        edited.append(sentence)
    edited.insert(rng.randrange(len(edited) + 1), "Related: " + rng.choice(pool.sentences))
    return Document(doc_id, "bench", "\n".join(edited), published=source.published), "near"


def documents(pool: Pool, n: int, seed: int = 3):
    """Yields (document, source id or None, intended kind or None, pool sentence ids) for n documents."""
    rng = random.Random(seed)
    originals: list[tuple[Document, list[int]]] = []
    rewrites = real_rewrites()
    # early, so that every size measured includes them
    rewrite_slots = {min(n // (len(rewrites) + 1), 500) * (k + 1): pair for k, pair in enumerate(rewrites)}
    produced = 0
    while produced < n:
        if produced in rewrite_slots:
            original, copy = rewrite_slots.pop(produced)
            yield original, None, None, frozenset()
            yield copy, original.id, "rewrite", frozenset()
            produced += 2
            continue
        doc_id = f"d{produced:06d}"
        if originals and produced > 100 and rng.random() < COPY_SHARE:
            source, sentences = rng.choice(originals)
            copy, kind = make_copy(pool, rng, doc_id, source, sentences)
            yield copy, source.id, kind, frozenset(sentences)
        else:
            doc, sentences = make_original(pool, rng, doc_id)
            originals.append((doc, sentences))
            yield doc, None, None, frozenset(sentences)
        produced += 1


def quality(index: CopyIndex, truth: dict[str, tuple[str, str]], drawn: dict[str, frozenset]) -> dict:
    """Recall of the planted copies (copy and source end in one root) and what the other links are.

    Originals re-sample sentences from sixteen neighbouring articles, so two of them can share
    sentences verbatim by chance; a link between them is counted apart ("chance overlap", three or
    more shared sentences) from a link with no shared sentence behind it (a false link).
    """
    copy_of = index.copy_of()
    found = {kind: [0, 0] for kind in ("exact", "near", "rewrite")}
    for copy, (source, kind) in truth.items():
        found[kind][1] += 1
        found[kind][0] += root_original(copy, copy_of) == root_original(source, copy_of)
    family = {doc: truth[doc][0] if doc in truth else doc for doc in copy_of}
    links = index.links()
    unplanned = [link for link in links if family.get(link.doc) != family.get(link.original)]
    chance = [link for link in unplanned
              if len(drawn.get(link.doc, frozenset()) & drawn.get(link.original, frozenset())) >= 3]
    return {"recall_by_kind": {k: f"{a}/{b}" for k, (a, b) in found.items()},
            "links": len(links), "unplanned_links_with_chance_overlap": len(chance),
            "false_links": len(unplanned) - len(chance)}


def growth(checkpoints: list[dict]) -> dict | None:
    """How total time and per-document cost grow from the smallest size to the largest reached."""
    if len(checkpoints) < 2:
        return None
    first, last = checkpoints[0], checkpoints[-1]
    return {"documents_ratio": round(last["documents"] / first["documents"], 2),
            "time_ratio": round(last["seconds"] / first["seconds"], 2),
            "ms_per_doc_first_vs_last_segment": [first["ms_per_doc_last_segment"], last["ms_per_doc_last_segment"]]}


def run(sizes: list[int], db_path: Path, on_checkpoint=None) -> dict:
    started = time.perf_counter()
    pool = build_pool()
    pool_seconds = time.perf_counter() - started
    started = time.perf_counter()
    embedding.load_embedder()
    model_seconds = time.perf_counter() - started

    calls = {"documents": 0, "sentences": 0, "seconds": 0.0}

    def timed_embed(sentences: list[str]):
        began = time.perf_counter()
        vectors = embedding.embed(sentences)
        calls["documents"] += 1
        calls["sentences"] += len(sentences)
        calls["seconds"] += time.perf_counter() - began
        return vectors

    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    create_schema(conn)
    conn.commit()
    index = CopyIndex(conn, embed_sentences=timed_embed)
    truth: dict[str, tuple[str, str]] = {}
    checkpoints = []
    sizes = sorted(sizes)
    elapsed = 0.0
    previous = (0, 0.0)
    drawn: dict[str, frozenset] = {}
    for count, (doc, source, kind, sentence_ids) in enumerate(documents(pool, sizes[-1]), start=1):
        if source is not None:
            truth[doc.id] = (source, kind)
        drawn[doc.id] = sentence_ids
        began = time.perf_counter()
        index.add(doc)
        conn.commit()
        elapsed += time.perf_counter() - began
        if count in sizes:
            segment_docs, segment_seconds = count - previous[0], elapsed - previous[1]
            checkpoints.append({
                "documents": count, "seconds": round(elapsed, 1), "docs_per_second": round(count / elapsed, 1),
                "docs_per_second_last_segment": round(segment_docs / segment_seconds, 1),
                "ms_per_doc_last_segment": round(1000 * segment_seconds / segment_docs, 2),
                "documents_embedded": calls["documents"], "embedding_seconds": round(calls["seconds"], 1),
                "db_megabytes": round(os.path.getsize(db_path) / 1e6, 1),
                "quality": quality(index, truth, drawn),
            })
            print(json.dumps(checkpoints[-1]), flush=True)
            if on_checkpoint:
                on_checkpoint(checkpoints)
            previous = (count, elapsed)
    conn.close()
    return {
        "benchmark": "dedup: CopyIndex.add + commit per document",
        "pool": {"articles": len(pool.article_sentences), "sentences": len(pool.sentences),
                 "seconds": round(pool_seconds, 1)},
        "model_load_seconds": round(model_seconds, 1),
        "machine": {"cpus": os.cpu_count(), "load_average_at_end": [round(x, 1) for x in os.getloadavg()]},
        "checkpoints": checkpoints,
        "growth": growth(checkpoints),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 30_000, 100_000])
    parser.add_argument("--out", type=Path, default=HERE / "results" / "dedup.json")
    parser.add_argument("--db", type=Path, default=None, help="SQLite file to build (default: a temporary one)")
    arguments = parser.parse_args()
    command = "python benchmarks/bench_dedup.py " + " ".join(sys.argv[1:])

    def write(result: dict) -> None:
        arguments.out.parent.mkdir(parents=True, exist_ok=True)
        arguments.out.write_text(json.dumps({**result, "command": command}, indent=2) + "\n", encoding="utf-8")

    def partial(checkpoints: list[dict]) -> None:
        """Each size is written as soon as it is reached, so an interrupted run still reports."""
        write({"benchmark": "dedup (partial: interrupted before the largest size)", "sizes": arguments.sizes,
               "checkpoints": checkpoints, "growth": growth(checkpoints)})

    with tempfile.TemporaryDirectory() as folder:
        db_path = arguments.db or Path(folder) / "dedup-bench.db"
        result = run(arguments.sizes, db_path, on_checkpoint=partial)
    write(result)
    print(f"wrote {arguments.out}")


if __name__ == "__main__":
    main()
