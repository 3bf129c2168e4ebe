"""The candidates just below the default timeline's line, by tier, and a sample of each to judge (issue #13,
'first 40 rows'; docs/judged/timeline-tiers-*.md).

    python scripts/timeline_tiers.py --db bpoil_guardian.db --per-tier 12 --seed 2512 > sheet.md

A candidate passes every test of the default timeline (`story.timeline.is_timeline_candidate`) but sureness
(`is_sure`), and is not a repeat of a row the default timeline already shows (`default_timeline`'s own
`_same_happening` / `_retold`, read against the chosen rows). Its tier is what dated its evidence sentence
(`Event.dated_by`: own, saying, sentence, publication, inferred), whether that gives a day or a range, and why
an own-dated day is not sure (all a quotation, a place's lone disaster); then whether it is a stated position
and whether two independent sources tell it (the salience the ranking weighs most). The sample of a tier is
drawn at random (`--seed`) among its candidates, so each tier is judged on rows it would add, not on its best.
"""
from __future__ import annotations

import argparse
import random
from collections import Counter
from dataclasses import replace
from datetime import date

from storyline.model import Event, from_dict
from storyline.store import Store, queries
from storyline.store.queries import document_records
from storyline.story import timeline
from storyline.story.stored_timeline import default_timeline_of_store, story_span, with_central_names


def tier(event: Event, span: timeline.StorySpan) -> str:
    """What keeps the candidate below the line: what dated it, to a day or a range, and why an own day is not sure."""
    by = event.dated_by or "unrecorded"
    if timeline.dated_by_its_reports_only(event, span):
        return f"{by}: the week before a report"
    if not event.date and by == "own" and len(event.mentions) == 1 and _range_days(event) <= WEEK:
        return "own: a week or less, one sentence"
    if not event.date:
        return f"{by}: a range"
    if by == "own" and timeline.is_wholly_quoted(event.summary):
        return "own: a day, all a quotation"
    if by == "own":
        return "own: a day, a place's lone disaster"
    return f"{by}: a day"


WEEK = 7  # 'last week', 'this week', 'earlier this week', 'over the weekend': a range its one sentence states


def _range_days(event: Event) -> int:
    """Days the event's range spans, both ends counted."""
    first, last = (date.fromisoformat(day[:10]) for day in event.date_range)
    return (last - first).days + 1


def kind(event: Event) -> str:
    """A stated position or an act; told by two independent sources or one."""
    act = "position" if event.type in timeline.STANCE_TYPES else "act"
    return f"{act}, {'2+' if event.independent_sources >= 2 else '1'} source{'s' if event.independent_sources >= 2 else ''}"


def below_the_line(store: Store) -> tuple[list[Event], list[Event], timeline.StorySpan]:
    """The default timeline's rows, and the unsure candidates that repeat none of them (most salient first)."""
    span = with_central_names(store, story_span(store))
    chosen = default_timeline_of_store(store, span)
    events = [from_dict(Event, record) for record, _ in queries.keyed_events(store, dated_only=True)]
    people = sorted({e for event in events for e in event.participants if e.startswith("person:")})
    span = replace(span, named_in=queries.documents_naming(store, people))
    candidates = [event for event in events if timeline.is_timeline_candidate(event, span)
                  and not timeline.is_sure(event, span)]
    candidates.sort(key=lambda event: timeline.timeline_rank(event, span))
    below, kept = [], list(chosen)
    for event in candidates:
        if any(timeline._same_happening(event, row, span.named_in) or timeline._retold(event, row) for row in kept):
            continue
        below.append(event)
        kept.append(event)  # a later candidate repeating this one is the same happening again
    return chosen, below, span


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python scripts/timeline_tiers.py")
    parser.add_argument("--db", required=True)
    parser.add_argument("--per-tier", type=int, default=12, help="rows drawn per tier for judging")
    parser.add_argument("--seed", type=int, default=2512)
    args = parser.parse_args(argv)
    store = Store(args.db, readonly=True)
    chosen, below, span = below_the_line(store)
    counts = Counter((tier(event, span), kind(event)) for event in below)
    print(f"{args.db}: {span.documents} documents, default timeline {len(chosen)} rows "
          f"({sum(timeline.is_sure(e, span) for e in chosen)} sure), {len(below)} unsure candidates below the line\n")
    print("| tier | kind | candidates |\n|---|---|---|")
    for (name, sort), n in sorted(counts.items()):
        print(f"| {name} | {sort} | {n} |")
    rng = random.Random(args.seed)
    tiers = sorted({tier(event, span) for event in below})
    published = {d["id"]: (d.get("published") or "..".join(d.get("published_range") or []) or "undated")
                 for d in document_records(store, sorted({doc for e in below for doc in e.sources}))}
    for name in tiers:
        members = [event for event in below if tier(event, span) == name]
        drawn = sorted(rng.sample(members, min(args.per_tier, len(members))), key=lambda e: timeline.timeline_rank(e, span))
        print(f"\n### {name} ({len(drawn)} of {len(members)} drawn)\n")
        print("| # | id | kind | salience | date | type | evidence | first report | published | real happening | date right | right | note |")
        print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
        for number, event in enumerate(drawn, 1):
            day = event.date or "..".join(event.date_range or []) or "undated"
            evidence = " ".join(event.summary.split()).replace("|", "/")[:300]
            doc = event.mentions[0]["doc"] if event.mentions else ""
            days = sorted({published.get(d, "?")[:10] for d in event.sources})
            print(f"| {number} | {event.id} | {kind(event)} | {timeline.salience(event, span):.2f} | {day} | {event.type} "
                  f"| {evidence} | {doc} | {', '.join(days[:3])} |  |  |  |  |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
