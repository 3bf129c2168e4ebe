"""Every event that is not a row of the default timeline, with the code's own reason, and a random sample of the
dated ones to judge (issue #13, 'first 40 rows'; docs/judged/timeline-left-out-*.md).

    python scripts/timeline_left_out.py --db bpoil_reuters.db --sample 60 --seed 1813 > sheet.md
    python scripts/timeline_left_out.py --db bpoil_reuters.db --sample 60 --seed 1813 --context > reading.txt

The reason is the first test the event fails in the order the code applies them: `story.timeline.may_be_row`'s
(a participant, not history, told as done, tells something, no tally, a report, no page furniture), then
`fits_story`'s (a day or range, not before the story, not after its reports, on the story, no commentary), then
the default timeline's choice (`default_timeline`: not sure in a story of more than a handful of reports, a
repeat of a shown row, beyond the size). 'Not sure' is split by what dated the evidence sentence
(`scripts/timeline_tiers.tier`). `--context` prints each drawn event's article title, day and the text before and
after its evidence, to read it by.
"""
from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

from storyline.model import Event, from_dict
from storyline.store import Store, queries
from storyline.store.queries import document_records
from storyline.story import timeline
from storyline.story.cluster import is_no_report, is_page_furniture
from storyline.story.lexicon import TALLY_TYPE
from storyline.story.stored_timeline import default_timeline_of_store, story_span, with_central_names

sys.path.insert(0, str(Path(__file__).parent))
from timeline_tiers import tier  # noqa: E402  (the same split of 'not sure' as round 15's sheets)


def gate(event: Event, span: timeline.StorySpan) -> str | None:
    """The first test of `is_timeline_candidate` the event fails, None when it passes them all."""
    checks = [
        ("no participant", lambda: bool(event.participants)),
        ("history (every mention)", lambda: not event.background),
        ("not told as done", lambda: event.realis),
        ("tells nothing", lambda: timeline.tells_something(event)),
        ("a tally", lambda: event.type != TALLY_TYPE),
        ("no report", lambda: not is_no_report(event.summary)),
        ("page furniture", lambda: not is_page_furniture(event.summary)),
        ("undated", lambda: bool(timeline._first_day(event))),
        ("background (before the story)", lambda: not timeline.is_background(event, span)),
        ("after its reports", lambda: not timeline.after_its_reports(event, span)),
        ("off the story", lambda: timeline.on_story(event, span)),
        ("commentary", lambda: not timeline.is_commentary(event, span)),
    ]
    return next((name for name, passes in checks if not passes()), None)


def left_out(store: Store) -> tuple[list[Event], list[tuple[Event, str]], timeline.StorySpan]:
    """The default timeline's rows, and every other event with its reason."""
    span = with_central_names(store, story_span(store))
    chosen = default_timeline_of_store(store, span)
    events = [from_dict(Event, record) for record, _ in queries.keyed_events(store)]
    people = sorted({e for event in events for e in event.participants if e.startswith("person:")})
    span = replace(span, named_in=queries.documents_naming(store, people))
    shown = {event.id for event in chosen}
    out = []
    for event in sorted(events, key=lambda e: timeline.timeline_rank(e, span) if timeline._first_day(e) else (True,) * 3):
        if event.id in shown:
            continue
        reason = gate(event, span)
        if reason is None:
            if not timeline.is_sure(event, span):
                reason = f"not sure: {tier(event, span)}"
            elif any(timeline._same_happening(event, row, span.named_in) or timeline._retold(event, row) for row in chosen):
                reason = "sure: a repeat of a row"
            else:
                reason = "sure: beyond the size"
        out.append((event, reason))
    return chosen, out, span


def repeats_a_row(event: Event, chosen: list[Event], span: timeline.StorySpan) -> bool:
    return any(timeline._same_happening(event, row, span.named_in) or timeline._retold(event, row) for row in chosen)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python scripts/timeline_left_out.py")
    parser.add_argument("--db", required=True)
    parser.add_argument("--sample", type=int, default=60, help="dated left-out events drawn for judging")
    parser.add_argument("--seed", type=int, default=1813)
    parser.add_argument("--context", action="store_true", help="print the drawn events with their articles' text")
    args = parser.parse_args(argv)
    store = Store(args.db, readonly=True)
    chosen, out, span = left_out(store)
    dated = [(event, reason) for event, reason in out if timeline._first_day(event)]
    drawn = random.Random(args.seed).sample(dated, min(args.sample, len(dated)))
    documents = {d["id"]: d for d in document_records(store, sorted({e.mentions[0]["doc"] for e, _ in drawn if e.mentions}))}
    if args.context:
        for number, (event, reason) in enumerate(drawn, 1):
            mention = event.mentions[0] if event.mentions else {}
            doc = documents.get(mention.get("doc"), {})
            text = doc.get("text") or ""
            start, end = mention.get("start", 0), mention.get("end", 0)
            day = event.date or "..".join(event.date_range or [])
            print(f"=== {number} {event.id} [{reason}] {event.type} {event.status} {day} by={event.dated_by} "
                  f"src={len(set(event.sources))}/{event.independent_sources} repeats_row={repeats_a_row(event, chosen, span)}")
            print(f"doc {doc.get('id')} published {doc.get('published')} title: {doc.get('title')}")
            print(f"... {' '.join(text[max(0, start - 500):start].split())} [[{' '.join(text[start:end].split())}]] "
                  f"{' '.join(text[end:end + 200].split())} ...\n")
        return 0
    counts, dated_counts = Counter(reason for _, reason in out), Counter(reason for _, reason in dated)
    print(f"{args.db}: {span.documents} documents, {len(chosen) + len(out)} events, default timeline {len(chosen)} rows, "
          f"{len(out)} left out ({len(dated)} dated)\n")
    print("| reason left out (first test failed) | events | dated |\n|---|---|---|")
    for reason, n in sorted(counts.items(), key=lambda item: (-dated_counts[item[0]], -item[1])):
        print(f"| {reason} | {n} | {dated_counts[reason]} |")
    print(f"\n### {len(drawn)} dated events drawn at random (seed {args.seed})\n")
    print("| # | id | reason | type | status | date | dated by | sources | evidence | published | real happening "
          "| date right | right | note |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for number, (event, reason) in enumerate(drawn, 1):
        day = event.date or "..".join(event.date_range or [])
        evidence = " ".join(event.summary.split()).replace("|", "/")[:300]
        doc = documents.get(event.mentions[0]["doc"], {}) if event.mentions else {}
        print(f"| {number} | {event.id} | {reason} | {event.type} | {event.status} | {day} | {event.dated_by or '-'} "
              f"| {event.independent_sources}/{len(set(event.sources))} | {evidence} | {(doc.get('published') or '?')[:10]} "
              f"|  |  |  |  |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
