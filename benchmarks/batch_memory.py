"""Peak memory and CPU of bare `nlp.pipe` by batch size, each size in a fresh process.

    python /work/shared/tools/t17_to_jsonl.py /work/shared/datasets/timeline17/bpoil_reuters -n 60 -o r60.jsonl
    python benchmarks/batch_memory.py r60.jsonl --sizes 16,8,4

Why the runner's default batch (pipeline.DEFAULT_BATCH) is what it is: the parser and the entity
recogniser precompute features for every token of a batch, so peak memory grows with the words
parsed together while CPU per word does not.
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time


def child(jsonl: str, batch_size: int) -> dict:
    from storyline.nlp.spacy_model import load_spacy

    texts = [json.loads(line)["text"] for line in open(jsonl, encoding="utf-8") if line.strip()]
    nlp = load_spacy()
    loaded = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    started = time.process_time()
    for _ in nlp.pipe(texts, batch_size=batch_size):
        pass
    return {"batch_size": batch_size, "documents": len(texts), "cpu_s": round(time.process_time() - started, 1),
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024, "after_load_mb": loaded}


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "_child":
        print(json.dumps(child(sys.argv[2], int(sys.argv[3]))))
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("jsonl")
    parser.add_argument("--sizes", default="16,8,4")
    args = parser.parse_args()
    for size in args.sizes.split(","):
        done = subprocess.run([sys.executable, __file__, "_child", args.jsonl, size], capture_output=True, text=True,
                              check=True)
        print(done.stdout.strip().splitlines()[-1], flush=True)


if __name__ == "__main__":
    main()
