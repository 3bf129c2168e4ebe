"""Every place in a store's article texts where `story.cluster.RUN_IN` (a caption or headline run into the
next sentence) fires, with its context, so that its hits can be read one by one (docs/timeline.md).

    python scripts/run_in_hits.py --db mj.db
"""
from __future__ import annotations

import argparse

from storyline.store import Store
from storyline.store.queries import iter_documents
from storyline.story.cluster import QUOTED, RUN_IN


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python scripts/run_in_hits.py")
    parser.add_argument("--db", required=True)
    args = parser.parse_args(argv)
    store = Store(args.db, readonly=True)
    documents = hits = 0
    for document in iter_documents(store):
        documents += 1
        text = QUOTED.sub(" ", document["text"] or "")
        for match in RUN_IN.finditer(text):
            hits += 1
            print(document["id"], repr(text[max(0, match.start() - 70):match.end() + 30]))
    print(f"{hits} hits in {documents} documents")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
