"""A judging sheet of multi-source events (docs/judged/multi-source-*.md): are an event's mentions one happening?

    python scripts/multi_source_sheet.py --db h1.db --sample 20 --seed 1320 > sheet.md

Draws a fixed-seed random sample of the events `storyline timeline --all` lists (the same
`export.records.event_records`) that have two sources or more, and prints each with every mention's
sentence and its article's publication day, so that a reader can judge whether the mentions tell
one happening (the same act; one figure of a tally, not a running toll's updates). The judgement
columns are left empty to fill in.
"""
from __future__ import annotations

import argparse
import random

from storyline.export.records import event_records
from storyline.store import Store


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python scripts/multi_source_sheet.py")
    parser.add_argument("--db", required=True)
    parser.add_argument("--sample", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1320)
    args = parser.parse_args(argv)
    store = Store(args.db, readonly=True)
    events = [event for event in event_records(store) if len(event["sources"]) >= 2]
    events.sort(key=lambda event: event["id"])
    chosen = sorted(random.Random(args.seed).sample(events, min(args.sample, len(events))), key=lambda e: e["id"])
    documents = {doc.id: doc for doc in store.documents(sorted({m["doc"] for e in chosen for m in e["mentions"]}))}
    print(f"{len(events)} events with two sources or more; {len(chosen)} drawn (seed {args.seed}).\n")
    print("| # | event | date | sources / independent | mentions (publication day: sentence) | one happening | note |")
    print("|---|---|---|---|---|---|---|")
    for number, event in enumerate(chosen, 1):
        day = event["date"] or "..".join(event["date_range"] or []) or "undated"
        told = []
        for mention in event["mentions"]:
            doc = documents[mention["doc"]]
            sentence = " ".join(doc.text[mention["start"]:mention["end"]].split()).replace("|", "/")[:200]
            told.append(f"{(doc.published or 'undated')[:10]}: {sentence}")
        print(f"| {number} | {event['id']} {event['type']} | {day} | {len(event['sources'])} / "
              f"{event['independent_sources']} | {'<br>'.join(told)} |  |  |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
