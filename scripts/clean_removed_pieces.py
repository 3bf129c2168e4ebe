#!/usr/bin/env python3
"""What the clean stage removes from each article of a JSONL topic, through `prepare_document` as ingest
runs it (outlet repeats learnt on the way), written as JSON: run it once per source tree and compare.

usage: PYTHONPATH=TREE/src clean_removed_pieces.py TOPIC.jsonl OUT.json
       clean_removed_pieces.py --compare BEFORE.json AFTER.json [--sample N] [--seed S]
"""
from __future__ import annotations

import argparse
import json
import random
from collections import Counter


def removed_pieces(path: str) -> list[list[str]]:
    from storyline.ingest.readers import read_inputs
    from storyline.pipeline import outlet_lines, prepare_document

    seen: Counter = Counter()
    out = []
    from storyline.ingest.decode import IngestError

    for raw in read_inputs([path]):
        try:
            doc = prepare_document(raw, lambda outlet: {line for line, n in seen.items() if n >= 2})
        except IngestError:  # refused (an article too long to analyse): nothing stored, nothing to compare
            out.append([])
            continue
        seen.update(outlet_lines(doc))
        out.append(doc.removed)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs=2)
    parser.add_argument("--compare", action="store_true", help="list what AFTER removes and BEFORE kept")
    parser.add_argument("--sample", type=int, default=0)
    parser.add_argument("--seed", type=int, default=2012)
    args = parser.parse_args()
    if not args.compare:
        json.dump(removed_pieces(args.files[0]), open(args.files[1], "w", encoding="utf-8"))
        return
    before, after = (json.load(open(path, encoding="utf-8")) for path in args.files)
    new = [piece for old, now in zip(before, after) for piece in (Counter(now) - Counter(old)).elements()]
    gone = [piece for old, now in zip(before, after) for piece in (Counter(old) - Counter(now)).elements()]
    print(f"newly removed {len(new)}, no longer removed {len(gone)}")
    shown = random.Random(args.seed).sample(new, min(args.sample, len(new))) if args.sample else new
    for piece in shown:
        print(f"  {piece[:160]!r}")


if __name__ == "__main__":
    main()
