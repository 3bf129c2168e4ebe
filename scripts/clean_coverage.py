#!/usr/bin/env python3
"""How much the clean stage keeps and removes on real coverage, without the NLP stages.

usage: clean_coverage.py FILE.jsonl [FILE.jsonl ...] [--samples N] [--seed S]

Each JSONL file (e.g. a Timeline17 topic converted with ../shared/tools/t17_to_jsonl.py) goes
through `prepare_document` in order, with the outlet's repeated lines learnt as `storyline ingest`
learns them (a line seen in two earlier documents of the outlet is boilerplate). Prints, per file:
articles read, articles stored (non-empty body), articles lost with their first words, and the share
of characters removed; with --samples, N removed and N kept pieces drawn with a fixed seed to read.
"""
from __future__ import annotations

import argparse
import random
from collections import Counter

from storyline.clean.boilerplate import split_sentences
from storyline.ingest.decode import IngestError
from storyline.ingest.readers import read_inputs
from storyline.pipeline import outlet_lines, prepare_document


def measure(path: str, samples: int, rng: random.Random) -> None:
    seen_lines: Counter = Counter()
    read = stored = 0
    chars_in = chars_kept = 0
    lost: list[str] = []
    removed_pieces: list[str] = []
    kept_pieces: list[str] = []
    for raw in read_inputs([path]):
        if isinstance(raw, IngestError):
            print(f"  {raw}")
            continue
        if not (raw.text or raw.html or "").strip():
            continue
        read += 1
        chars_in += len((raw.text or raw.html).strip())
        try:
            doc = prepare_document(raw, lambda outlet: {line for line, n in seen_lines.items() if n >= 2})
        except IngestError as error:
            lost.append(f"{error} :: {(raw.text or '')[:90]!r}")
            continue
        stored += 1
        chars_kept += len(doc.text)
        seen_lines.update(outlet_lines(doc))
        removed_pieces.extend(doc.removed)
        kept_pieces.extend(split_sentences(doc.text))
    share = 1 - chars_kept / chars_in if chars_in else 0.0
    print(f"{path}: read {read}, stored {stored}, lost {len(lost)}, removed {share:.1%} of the characters "
          f"({len(removed_pieces)} pieces)")
    for line in lost:
        print(f"  LOST {line}")
    if samples:
        for label, pieces in (("REMOVED", removed_pieces), ("KEPT", kept_pieces)):
            for piece in rng.sample(pieces, min(samples, len(pieces))):
                print(f"  {label} {piece[:160]!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs="+")
    parser.add_argument("--samples", type=int, default=0)
    parser.add_argument("--seed", type=int, default=16)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    for path in args.files:
        measure(path, args.samples, rng)


if __name__ == "__main__":
    main()
