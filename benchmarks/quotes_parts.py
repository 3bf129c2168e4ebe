"""CPU of the parts of the quotes stage (`attribution_model.learned_quotes`), on parses made once:
which part to work on next, measured rather than ranked by cProfile (whose per-call overhead
inflates Python-heavy code 3-4x).

    python benchmarks/corpus.py 150 sample.jsonl
    python benchmarks/quotes_parts.py sample.jsonl --limit 150

The parses come from `analysis_stages.parses` (the same DocBin cache, `JSONL.docbin`); the ingest's
own `analysis.analyze_parsed` runs over every parse once, with `time.process_time` wrappers around
the product's functions. A part includes what it calls: `rule_attributions` holds `rule_candidates`,
`tag` holds `sequence_items` (the CRF's own tagging is `tag` minus `sequence_items`). The
wrappers add about a microsecond per call. Not part of the test suite.
"""
from __future__ import annotations

import argparse
import json
import os
from collections import Counter
from pathlib import Path

from analysis_stages import analyse_afresh, parses
from store_stage import timed

PARTS = {
    "storyline.nlp.attribution_model": ("rule_attributions", "rule_roles", "tag", "sequence_items",
                                        "attributions", "combine", "source_boundaries"),
    "storyline.nlp.quotes": ("rule_candidates", "quotes_from_candidates", "find_quote_spans"),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("jsonl")
    parser.add_argument("--limit", type=int, help="only the first N documents")
    args = parser.parse_args(argv)

    import importlib

    from storyline.analysis import ensure_analysis
    from storyline.clean import clean_document
    from storyline.ingest.readers import read_inputs
    from storyline.nlp.spacy_model import load_spacy

    nlp = ensure_analysis(load_spacy())
    docs = [clean_document(raw) for raw in read_inputs([args.jsonl])]
    parsed = parses(args.jsonl, Path(args.jsonl + ".docbin"), nlp, [doc.text for doc in docs])
    docs, parsed = docs[:args.limit], parsed[:args.limit]
    words = sum(len(doc.text.split()) for doc in docs)
    spent: Counter = Counter()
    calls: Counter = Counter()
    for module_name, names in PARTS.items():
        module = importlib.import_module(module_name)
        for name in names:
            timed(module, name, spent, calls)
    clock = analyse_afresh(docs, parsed)
    parts = {name: round(seconds, 3) for name, seconds in spent.most_common()}
    parts["crf tagging (tag - sequence_items)"] = round(spent["tag"] - spent["sequence_items"], 3)
    print(json.dumps({"jsonl": os.path.basename(args.jsonl), "documents": len(docs), "words": words,
                      "loadavg_1min": round(os.getloadavg()[0], 2),
                      "stages_cpu_s": {stage: round(s, 3) for stage, s in clock.seconds.items()},
                      "quotes_parts_cpu_s": parts, "calls": dict(calls)}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
