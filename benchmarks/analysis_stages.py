"""CPU per 1,000 words of each per-document analysis stage, on parses made once: the stages of
`run.py`'s table without the parse, the store or the machine's load moving them much.

    python ../shared/tools/t17_to_jsonl.py ../shared/datasets/timeline17/bpoil_foxnews -n 60 -o fox60.jsonl
    python benchmarks/analysis_stages.py fox60.jsonl --repeat 3

The texts are cleaned and parsed once (the ingest pipeline without its time and analysis
components; the parses are kept in `--cache`, a spaCy DocBin, so a second run and a run of
another commit on the same texts start from the same parses); then `analysis.analyze_parsed`,
the ingest's own code, runs over every parse `--repeat` times, each time from a fresh parse state
(no time spans, no cached cue scores), timed by its `StageClock`. The lowest of the repeats is
reported per stage: the shared machine only ever adds to a stage's CPU. To compare two commits,
run this file from each (`git archive COMMIT | tar -x -C DIR`, `PYTHONPATH=DIR/src`) on the same
JSONL. `--digest` prints instead the md5 of `repr` of every document's analysis and `Document`
after one pass: a change meant to keep outputs identical must keep it. Not part of the test suite.
"""
from __future__ import annotations

import argparse
import json
import os
import time
from dataclasses import replace
from pathlib import Path


def parses(jsonl: str, cache: Path, nlp, texts: list[str]) -> list:
    """The parses of `texts`, from the cache when it holds them."""
    from spacy.tokens import DocBin

    if cache.exists():
        parsed = list(DocBin().from_bytes(cache.read_bytes()).get_docs(nlp.vocab))
        if [doc.text for doc in parsed] == texts:
            return parsed
    names = [name for name in nlp.pipe_names if name not in ("storyline_analysis", "storyline_timex")]
    with nlp.select_pipes(enable=names):
        parsed = list(nlp.pipe(texts, batch_size=4))
    store = DocBin(store_user_data=False)
    for doc in parsed:
        store.add(doc)
    cache.write_bytes(store.to_bytes())
    return parsed


def analyse_afresh(docs: list, parsed: list, digest=None):
    """Runs the analysis stages over cached parses as over fresh ones; returns their StageClock.
    With `digest` (a hashlib object), feeds it `repr` of each analysis and its Document."""
    from storyline.analysis import StageClock, analyze_parsed
    from storyline.nlp.time.component import timexes_of

    clock = StageClock()
    for doc, parse in zip(docs, parsed):
        parse.user_data.clear()  # cached cue scores, time spans: as a fresh parse
        for key in list(parse.spans):
            del parse.spans[key]
        document = replace(doc)
        clock.started = time.process_time()
        timexes_of(parse, document)
        clock.lap("time")
        analysis = analyze_parsed(parse, document, clock)
        if digest is not None:
            digest.update(repr(analysis).encode() + repr(document).encode())
    return clock


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("jsonl")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--cache", type=Path, help="DocBin of the parses (default: JSONL + .docbin)")
    parser.add_argument("--digest", action="store_true", help="md5 of the analyses, no timing")
    args = parser.parse_args(argv)

    from storyline.analysis import ensure_analysis
    from storyline.clean import clean_document
    from storyline.ingest.readers import read_inputs
    from storyline.nlp.spacy_model import load_spacy

    nlp = ensure_analysis(load_spacy())
    docs = [clean_document(raw) for raw in read_inputs([args.jsonl])]
    words = sum(len(doc.text.split()) for doc in docs)
    parsed = parses(args.jsonl, args.cache or Path(args.jsonl + ".docbin"), nlp, [doc.text for doc in docs])
    if args.digest:
        import hashlib

        digest = hashlib.md5()
        analyse_afresh(docs, parsed, digest)
        print(json.dumps({"jsonl": os.path.basename(args.jsonl), "documents": len(docs),
                          "analysis_md5": digest.hexdigest()}))
        return 0
    best: dict[str, float] = {}
    for _ in range(args.repeat):
        clock = analyse_afresh(docs, parsed)  # each repeat starts afresh
        for stage, seconds in clock.seconds.items():
            best[stage] = min(best.get(stage, seconds), seconds)
    per_1000 = {stage: round(1000 * seconds / words, 4) for stage, seconds in best.items()}
    per_1000["total"] = round(sum(per_1000.values()), 4)
    print(json.dumps({"jsonl": os.path.basename(args.jsonl), "documents": len(docs), "words": words,
                      "repeat": args.repeat, "loadavg_1min": round(os.getloadavg()[0], 2),
                      "cpu_s_per_1000_words": per_1000}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
