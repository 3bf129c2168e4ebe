"""The search's int8 graph against the fp32 graph on real sentences: CPU seconds to encode them
and how far the vectors moved (each text's cosine to its fp32 vector, pair cosines, nearest
neighbours kept).

    python /work/shared/tools/t17_to_jsonl.py /work/shared/datasets/timeline17/bpoil_reuters -n 60 -o r60.jsonl
    python benchmarks/embed_quantised.py r60.jsonl --sentences 1500

Sentences are the product's own (`dedup.text.split_sentences`), distinct, in file order; pairs
and neighbour queries are drawn with a fixed seed.
"""
from __future__ import annotations

import argparse
import json
import time

import numpy as np

from storyline.dedup import embed
from storyline.dedup.text import split_sentences


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("jsonl")
    parser.add_argument("--sentences", type=int, default=1500)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    texts: list[str] = []
    with open(args.jsonl, encoding="utf-8") as lines:
        for line in lines:
            texts += [s for s in split_sentences(json.loads(line)["text"]) if s.strip()]
    texts = list(dict.fromkeys(texts))[:args.sentences]
    words = sum(len(text.split()) for text in texts)
    vectors, seconds = {}, {}
    for quantised in (False, True):
        encoder = embed.load_embedder(quantised)
        encoder.encode(texts[:8])  # warm
        started = time.process_time()
        vectors[quantised] = encoder.encode(texts)
        seconds[quantised] = time.process_time() - started
    fp32, int8 = vectors[False], vectors[True]
    own = (fp32 * int8).sum(axis=1)
    rng = np.random.default_rng(args.seed)
    a, b = rng.integers(0, len(texts), 5000), rng.integers(0, len(texts), 5000)
    moved = np.abs((fp32[a] * fp32[b]).sum(axis=1) - (int8[a] * int8[b]).sum(axis=1))
    queries = rng.choice(len(texts), size=min(200, len(texts)), replace=False)
    kept = []
    for q in queries:
        near_fp32 = set(np.argsort(-(fp32 @ fp32[q]))[1:11])
        near_int8 = set(np.argsort(-(int8 @ int8[q]))[1:11])
        kept.append(len(near_fp32 & near_int8) / 10)
    print(f"{len(texts)} sentences, {words} words, batch {embed.BATCH_SIZE}, one thread")
    print(f"CPU s: fp32 {seconds[False]:.2f} ({seconds[False] / words * 1000:.3f} per 1,000 words), "
          f"int8 {seconds[True]:.2f} ({seconds[True] / words * 1000:.3f}); ratio {seconds[False] / seconds[True]:.2f}")
    print(f"cosine to the fp32 vector: mean {own.mean():.4f}, min {own.min():.4f}")
    print(f"pair cosines moved (5,000 random pairs): mean {moved.mean():.4f}, max {moved.max():.4f}")
    print(f"10 nearest kept ({len(queries)} queries): {np.mean(kept):.3f}")


if __name__ == "__main__":
    main()
