"""What spaCy's parse accessors cost, per pass over every parse of a JSONL (cached as by
`analysis_stages.py`): walking `Doc.sents`, building `Doc.ents`, joining `Doc.text`, making every
Token (`doc[i]`), and one `Doc.to_array`. Tells whether an analysis that walks the sentences or asks
for the entities several times per document is worth changing (issue #17).

    python benchmarks/analysis_stages.py sample.jsonl --repeat 1   # makes sample.jsonl.docbin
    python benchmarks/parse_access.py sample.jsonl

Lowest CPU s of `--repeat` passes over all the parses. Not part of the test suite.
"""
from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("jsonl")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--cache", type=Path, help="DocBin of the parses (default: JSONL + .docbin)")
    args = parser.parse_args(argv)

    from analysis_stages import parses
    from storyline.analysis import ensure_analysis
    from storyline.clean import clean_document
    from storyline.ingest.readers import read_inputs
    from storyline.nlp.spacy_model import load_spacy

    nlp = ensure_analysis(load_spacy())
    docs = [clean_document(raw) for raw in read_inputs([args.jsonl])]
    parsed = parses(args.jsonl, args.cache or Path(args.jsonl + ".docbin"), nlp, [doc.text for doc in docs])
    accessors = {
        "Doc.sents (a Span per sentence)": lambda doc: [sent.start for sent in doc.sents],
        "Doc.ents": lambda doc: doc.ents,
        "Doc.text": lambda doc: doc.text,
        "every Token (doc[i])": lambda doc: [doc[i] for i in range(len(doc))],
        "Doc.to_array (2 columns)": lambda doc: doc.to_array(["ORTH", "HEAD"]),
    }
    best = {}
    for _ in range(args.repeat):
        for name, access in accessors.items():
            started = time.process_time()
            for doc in parsed:
                access(doc)
            seconds = time.process_time() - started
            best[name] = min(best.get(name, seconds), seconds)
    print(json.dumps({"jsonl": os.path.basename(args.jsonl), "documents": len(parsed),
                      "tokens": sum(len(doc) for doc in parsed), "repeat": args.repeat,
                      "loadavg_1min": round(os.getloadavg()[0], 2),
                      "cpu_s_per_pass_over_all_parses": {name: round(s, 4) for name, s in best.items()}}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
