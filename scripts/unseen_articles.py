#!/usr/bin/env python3
"""Articles of one JSONL file that another JSONL file does not hold, N of them at even steps.

usage: unseen_articles.py ALL.jsonl --minus SEEN.jsonl [--minus SEEN2.jsonl ...] [-n N] > OUT.jsonl

Every Timeline17 topic has been sampled for positions, but only 140 of its ~290 articles (the
`t17_to_jsonl.py -n 140` selection): the others were never ingested for a sheet, so they are a
held-out test bed of the same kind of coverage. Articles are matched by their `url`.
"""
import argparse
import json
import sys
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("all", type=Path)
    parser.add_argument("--minus", type=Path, action="append", default=[], help="articles already used")
    parser.add_argument("-n", type=int, default=0, help="how many, at even steps (default: all)")
    args = parser.parse_args()
    seen = {json.loads(line)["url"] for path in args.minus for line in path.open(encoding="utf-8") if line.strip()}
    lines = [line for line in args.all.open(encoding="utf-8") if line.strip() and json.loads(line)["url"] not in seen]
    if args.n and 1 < args.n < len(lines):
        lines = [lines[i] for i in sorted({round(i * (len(lines) - 1) / (args.n - 1)) for i in range(args.n)})]
    sys.stdout.writelines(lines)
    print(f"{len(lines)} articles not in {', '.join(map(str, args.minus))}", file=sys.stderr)


if __name__ == "__main__":
    main()
