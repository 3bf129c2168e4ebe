"""Which mentions changed actor between two stores of one bed: `storyline actors --format jsonl` of each,
compared mention by mention, one line per (actor before -> actor after) with a count and the first example
in its sentence (to read each change and judge it a right or a wrong join).

    storyline actors --db before.db --format jsonl > before.jsonl
    storyline actors --db after.db --format jsonl > after.jsonl
    python scripts/actor_mentions_diff.py before.jsonl after.jsonl after.db
"""
from __future__ import annotations

import argparse
import json
import sqlite3
from collections import defaultdict


def mention_actors(path: str) -> dict[tuple[str, int, int], str]:
    """(doc, start, end) -> actor id, from one `actors --format jsonl` file."""
    found = {}
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            actor = json.loads(line)
            for m in actor["mentions"]:
                found[(m["doc"], m["start"], m["end"])] = actor["id"]
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before")
    parser.add_argument("after")
    parser.add_argument("store", help="a store of the bed, for the documents' texts")
    args = parser.parse_args()
    before, after = mention_actors(args.before), mention_actors(args.after)
    texts = dict(sqlite3.connect(args.store).execute("SELECT id, text FROM documents"))
    changed: dict[tuple, list] = defaultdict(list)
    for key in sorted(set(before) | set(after)):
        if before.get(key) != after.get(key):
            changed[(before.get(key), after.get(key))].append(key)
    print(f"actors {len(set(before.values()))} -> {len(set(after.values()))}; mentions moved {sum(map(len, changed.values()))}")
    for (was, now), keys in sorted(changed.items(), key=lambda item: str(item[0])):
        doc, start, end = keys[0]
        text = texts.get(doc, "")
        print(f"{was} -> {now}  x{len(keys)}  {doc} {text[start:end]!r}: ...{text[max(0, start - 90):end + 60]!r}")


if __name__ == "__main__":
    main()
