"""A judging sheet of a seeded random sample of a store's events: does each event's party and day come from the
clause of its trigger? (docs/judged/parties18-sample.md, issue #13 round 18.)

    storyline timeline --db h.db --all --format json > h_all.json
    python scripts/event_parties_sheet.py --db h.db --events h_all.json --n 30 --seed 18 > sheet.md

For each sampled event: its frame as the timeline shows it (type, date, what dated it, headline, participants by
role, place) and its evidence mention (the stored mention of its evidence sentence: trigger, parties as written with
their roles), so a reader can judge the frame against the sentence. The judgement columns are left empty.
`--ids` prints the same lines for given event ids instead of a sample (re-judging after a change).
"""
from __future__ import annotations

import argparse
import json
import random

from storyline.store import Store
from storyline.store.queries import entity_names


def evidence_mention(store: Store, event: dict, analyses: dict):
    """The stored mention of the event's type whose sentence is the event's summary (else the first of its type)."""
    found = []
    for span in event["mentions"]:
        if span["doc"] not in analyses:
            analyses[span["doc"]] = store.analysis(span["doc"])
        found += [m for m in analyses[span["doc"]].event_mentions
                  if m.start == span["start"] and m.end == span["end"]]
    same = [m for m in found if m.type == event["type"]]
    best = [m for m in same if " ".join(m.sentence.split()) == " ".join(event["summary"].split())]
    return (best or same or found or [None])[0]


def line(store: Store, event: dict, analyses: dict, number: int, bed: str) -> str:
    names = entity_names(store, event["participants"])
    roles = "; ".join(f"{role}: {', '.join(names.get(i, i) for i in ids)}" for role, ids in (event.get("roles") or {}).items())
    day = event["date"] or "..".join(event["date_range"] or []) or "undated"
    mention = evidence_mention(store, event, analyses)
    said = ""
    if mention is not None:
        parties = ", ".join(f"{p} ({r})" for p, r in zip(mention.participants, mention.roles))
        said = f"trigger '{mention.trigger}'; mention parties: {parties or '-'}"
    evidence = " ".join(event["summary"].split()).replace("|", "/")[:400]
    return (f"| {number} | {bed} | {event['id']} | {event['type']} | {day} ({event['dated_by']}) | {event['headline']} "
            f"| {roles or '-'} | {event['location'] or '-'} | {said} | {evidence} | {len(event['mentions'])} |  |  |  |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python scripts/event_parties_sheet.py")
    parser.add_argument("--db", required=True)
    parser.add_argument("--events", required=True, help="the JSON of `storyline timeline --all --format json`")
    parser.add_argument("--n", type=int, default=30)
    parser.add_argument("--seed", type=int, default=18)
    parser.add_argument("--bed", default="")
    parser.add_argument("--start", type=int, default=1, help="the first row's number")
    parser.add_argument("--ids", nargs="*", help="these events instead of a sample")
    args = parser.parse_args(argv)
    store = Store(args.db, readonly=True)
    events = json.load(open(args.events))
    if args.ids:
        chosen = [event for event in events if event["id"] in set(args.ids)]
    else:
        chosen = random.Random(args.seed).sample(sorted(events, key=lambda event: event["id"]), args.n)
    analyses: dict = {}
    for number, event in enumerate(chosen, args.start):
        print(line(store, event, analyses, number, args.bed))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
