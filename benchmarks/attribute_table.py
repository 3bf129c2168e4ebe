"""CPU of the model's attribute_ruler against `nlp.attribute_table.AttributeTable` (same patterns)
on the same parsed Docs, alternating, best of N; checks that both set the same POS / MORPH / LEMMA.

    python benchmarks/attribute_table.py FILE.jsonl [--runs 3]

Docs are parsed once by the model as shipped up to the ruler; each timed run gives the component
fresh copies (`Doc.copy`, made outside the timer) through its `pipe`."""
from __future__ import annotations

import argparse
import json
import os
import time

import numpy
from spacy.attrs import LEMMA, MORPH, POS, TAG, DEP

from storyline.nlp.attribute_table import RULER, AttributeTable
from storyline.nlp.spacy_model import load_spacy


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("jsonl")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    texts = [json.loads(line)["text"] for line in open(args.jsonl, encoding="utf-8") if line.strip()]
    nlp = load_spacy(as_shipped=True)
    shipped = nlp.get_pipe(RULER)
    table = AttributeTable(nlp.vocab)
    table.add_patterns(shipped.patterns)
    table.build_table()
    before = [name for name, _ in nlp.pipeline[: nlp.pipe_names.index(RULER)]]
    with nlp.select_pipes(enable=before):
        parsed = list(nlp.pipe(texts, batch_size=16))
    tokens = sum(len(doc) for doc in parsed)
    columns = [TAG, DEP, POS, MORPH, LEMMA]
    outputs = {}
    best = {"attribute_ruler (shipped)": float("inf"), "AttributeTable": float("inf")}
    print(f"{len(parsed)} docs, {tokens} tokens; load average before {os.getloadavg()}")
    for run in range(args.runs):
        for label, component in (("attribute_ruler (shipped)", shipped), ("AttributeTable", table)):
            copies = [doc.copy() for doc in parsed]
            started = time.process_time()
            done = list(component.pipe(copies))
            seconds = time.process_time() - started
            best[label] = min(best[label], seconds)
            outputs[label] = [doc.to_array(columns) for doc in done]
            print(f"run {run + 1} {label}: {seconds:.3f} CPU s")
    same = all(numpy.array_equal(a, b) for a, b in zip(*outputs.values()))
    print(f"best of {args.runs}: " + ", ".join(f"{label} {seconds:.3f}" for label, seconds in best.items())
          + f" CPU s; same TAG/DEP/POS/MORPH/LEMMA: {same}; load average after {os.getloadavg()}")


if __name__ == "__main__":
    main()
