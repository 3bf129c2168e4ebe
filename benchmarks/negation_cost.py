"""CPU per 1,000 words of `negated_cues` alone, on parses made once (issue #17: the DependencyMatchers' cost).

    python ../shared/tools/t17_to_jsonl.py ../shared/datasets/timeline17/bpoil_foxnews -n 60 -o fox60.jsonl
    python benchmarks/negation_cost.py fox60.jsonl --repeat 5

The parses come from `analysis_stages.parses` (the same `--cache` DocBin, so two commits time the
same parses). To compare commits, run this file of the newer commit with `PYTHONPATH=DIR/src` of
each (`git archive COMMIT | tar -x -C DIR`); the lowest of the repeats is reported. Not part of the
test suite.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("jsonl")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--cache", type=Path, help="DocBin of the parses (default: JSONL + .docbin)")
    args = parser.parse_args(argv)

    sys.path.insert(0, str(Path(__file__).parent))
    from analysis_stages import parses
    from storyline.analysis import ensure_analysis
    from storyline.clean import clean_document
    from storyline.ingest.readers import read_inputs
    from storyline.nlp.quotes.negation import negated_cues
    from storyline.nlp.spacy_model import load_spacy

    nlp = ensure_analysis(load_spacy())
    docs = [clean_document(raw) for raw in read_inputs([args.jsonl])]
    words = sum(len(doc.text.split()) for doc in docs)
    parsed = parses(args.jsonl, args.cache or Path(args.jsonl + ".docbin"), nlp, [doc.text for doc in docs])
    best = float("inf")
    for _ in range(args.repeat):
        started = time.process_time()
        found = sum(len(negated_cues(parse)) for parse in parsed)
        best = min(best, time.process_time() - started)
    print(json.dumps({"jsonl": os.path.basename(args.jsonl), "documents": len(docs), "words": words,
                      "repeat": args.repeat, "negated_cues_found": found, "loadavg_1min": round(os.getloadavg()[0], 2),
                      "negated_cues_cpu_s_per_1000_words": round(1000 * best / words, 5)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
