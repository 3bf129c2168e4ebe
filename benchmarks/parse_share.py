"""What ingest's spaCy pipeline costs beyond the bare one, on the same texts, one process:
the "rest" of `run.py`'s stage table (ingest CPU no stage accounts for) taken apart.

    python ../shared/tools/t17_to_jsonl.py ../shared/datasets/timeline17/bpoil_foxnews -n 60 -o fox60.jsonl
    python benchmarks/parse_share.py fox60.jsonl

Each variant runs in its own process over the cleaned texts of the JSONL (CPU seconds of the
`nlp.pipe` loop alone, model load apart): bare `nlp.pipe` with batches of 16 (run.py's bare run)
and of 4 (the runner's batch); the ingest pipeline (`analysis.ensure_analysis`: the known-places
ruler, the time-expression component) with the analysis component switched off, fed
`(text, Document)` pairs as the runner feeds them; and what `ensure_analysis` costs to set up.
Not part of the test suite.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time


def variant(name: str, jsonl: str) -> dict:
    """In its own process: one variant's CPU seconds."""
    started = time.process_time()
    from storyline.clean import clean_document
    from storyline.ingest.readers import read_inputs
    from storyline.nlp.spacy_model import load_spacy

    nlp = load_spacy(as_shipped=name.startswith("bare"))  # bare: the model as shipped (run.py's bare run)
    loaded = time.process_time()
    docs = [clean_document(raw) for raw in read_inputs([jsonl])]
    result = {"variant": name, "documents": len(docs), "words": sum(len(doc.text.split()) for doc in docs),
              "model_load_cpu_s": round(loaded - started, 2)}
    if name.startswith("bare"):
        batch = int(name.split("-")[1])
        began = time.process_time()
        for _ in nlp.pipe((doc.text for doc in docs), batch_size=batch):
            pass
    else:
        from storyline.analysis import COMPONENT, ensure_analysis
        from storyline.pipeline import word_bounded_batches

        began = time.process_time()
        ensure_analysis(nlp)
        result["ensure_analysis_cpu_s"] = round(time.process_time() - began, 2)
        began = time.process_time()
        with nlp.select_pipes(disable=[COMPONENT]):
            for batch in word_bounded_batches(docs):  # the runner's batches
                for _ in nlp.pipe(((doc.text, doc) for doc in batch), as_tuples=True, batch_size=len(batch)):
                    pass
        result["components"] = [name for name in nlp.pipe_names if name != COMPONENT]
    result["pipe_cpu_s"] = round(time.process_time() - began, 2)
    return result


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "_variant":
        print(json.dumps(variant(sys.argv[2], sys.argv[3])))
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("jsonl")
    args = parser.parse_args()
    for name in ("bare-16", "bare-4", "ingest-pipeline"):
        done = subprocess.run([sys.executable, __file__, "_variant", name, args.jsonl], capture_output=True, text=True)
        if done.returncode != 0:
            raise SystemExit(f"{name}: {done.stderr[-2000:]}")
        row = json.loads(done.stdout.strip().splitlines()[-1])
        row["pipe_cpu_s_per_1000_words"] = round(1000 * row["pipe_cpu_s"] / max(row["words"], 1), 3)
        print(json.dumps(row), flush=True)


if __name__ == "__main__":
    main()
