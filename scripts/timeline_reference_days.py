"""Each reference day of a Timeline17 topic inside a bed's span: a default row on that day, an event of that day
left out (with the code's reason), or no event at all, with the bed's sentences closest to the reference's text to
read why extraction missed it (issue #13, 'first 40 rows'; docs/judged/tlrows20-reference-days.md).

    python scripts/timeline_reference_days.py --db bpoil_guardian.db \\
        --reference /work/shared/datasets/timeline17/bpoil_guardian --sentences 3 > days.md

A day is 'row' when a default row's first day is that day. Otherwise the bed's sentences closest to the reference's
text (sharing at least `MIN_SHARED` content words, in articles published from that day to a week after) are read
with the events stored on them: 'left out: REASON' when one of their events is dated to the day or ranged over it
within a week (the reason from `timeline_left_out.left_out`), 'dated elsewhere' when they hold events but none of
that day (undated, another day, merged into an event of another day), 'no event in its sentences' when they hold
none (no trigger), 'not in the bed' when no sentence is that close. The sentences are printed to read the cause by.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

from storyline.eval.timeline17 import load_topic
from storyline.store import Store, queries
from storyline.story import timeline

sys.path.insert(0, str(Path(__file__).parent))
from timeline_left_out import left_out  # noqa: E402  (the code's reason for each left-out event)

WORD = re.compile(r"[A-Za-z][A-Za-z'-]{3,}")
NEAR_RANGE_DAYS = 7  # an event ranged over at most a week counts as an event of each of its days
READING_WINDOW_DAYS = 7  # articles published up to a week after a reference day are read for it


def _words(text: str) -> set[str]:
    return {word.lower() for word in WORD.findall(text)}


def _range_days(event) -> int:
    first, last = timeline._first_day(event), timeline._last_day(event)
    return (date.fromisoformat(last) - date.fromisoformat(first)).days + 1


MIN_SHARED = 4  # a bed sentence sharing this many content words with the reference's text may tell its happening


def _day_events(day: str, events: list) -> list:
    return [event for event in events
            if timeline._first_day(event) and timeline.covers_day(event, day) and _range_days(event) <= NEAR_RANGE_DAYS]


def sentences_about(documents: list[dict], day: str, reference_text: str, n: int) -> list[tuple[int, dict, int, int]]:
    """The n sentences of the store's documents published from the day to a week after it sharing most content
    words (at least `MIN_SHARED`) with the reference text: (shared, document, start, end)."""
    wanted = _words(reference_text)
    last = str(date.fromisoformat(day) + timedelta(days=READING_WINDOW_DAYS))
    scored = []
    for document in documents:
        if not day <= (document.get("published") or "")[:10] <= last:
            continue
        text, start = document.get("text") or "", 0
        for piece in timeline.SENTENCE_BREAK.split(text):
            begin = text.find(piece, start)
            start = begin + len(piece)
            shared = len(wanted & _words(piece))
            if shared >= MIN_SHARED:
                scored.append((shared, document, begin, begin + len(piece)))
    return sorted(scored, key=lambda item: -item[0])[:n]


def events_in(document_id: str, start: int, end: int, by_document: dict) -> list:
    return [event for event, mention in by_document.get(document_id, [])
            if mention["start"] < end and mention["end"] > start]


def classify(day: str, reference_text: str, rows: list, others: list[tuple], documents: list[dict],
             by_document: dict, n: int) -> tuple[str, object, list]:
    """The day's kind, the row or event found, and the sentences read for it.

    'row': a default row is dated to the day; else by the sentences of the bed closest to the reference's text:
    'left out: REASON' when an event of one of them covers the day, 'dated elsewhere' when they hold events but
    none covering the day (undated, another day, or merged into an event of another day), 'no event in its
    sentences' when they hold no event, 'not in the bed' when no sentence shares enough words."""
    for row in rows:
        if timeline._first_day(row) == day:
            return "row", row, []
    sentences = sentences_about(documents, day, reference_text, n)
    reasons = {event.id: reason for event, reason in others}
    found = [event for _, document, start, end in sentences for event in events_in(document["id"], start, end, by_document)]
    if not sentences:
        return "not in the bed", None, sentences
    if not found:
        return "no event in its sentences", None, sentences
    of_day = _day_events(day, found)
    if of_day:
        best = of_day[0]
        return f"left out: {reasons.get(best.id, 'a row of another day')}", best, sentences
    return "dated elsewhere", found[0], sentences


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python scripts/timeline_reference_days.py")
    parser.add_argument("--db", required=True)
    parser.add_argument("--reference", required=True, help="a Timeline17 topic folder")
    parser.add_argument("--sentences", type=int, default=3, help="bed sentences read for each day without a row")
    args = parser.parse_args(argv)
    store = Store(args.db, readonly=True)
    rows, others, span = left_out(store)
    documents = list(queries.iter_documents(store))
    by_document: dict = {}
    for event in rows + [event for event, _ in others]:
        for mention in event.mentions:
            by_document.setdefault(mention["doc"], []).append((event, mention))
    _, references = load_topic(args.reference)
    first, last = span.first[:10], span.last[:10]
    counts: Counter = Counter()
    lines = []
    for name, reference in references:
        for day, summary in reference.items():
            day = str(day)[:10]
            if not first <= day <= last:
                continue
            text = " ".join(summary) if isinstance(summary, list) else str(summary)
            kind, found, sentences = classify(day, text, rows, others, documents, by_document, args.sentences)
            counts[kind] += 1
            shown = ""
            if found is not None:
                shown = (f"{timeline._first_day(found)}..{timeline._last_day(found)} {found.type} ({found.dated_by or '-'}): "
                         f"{' '.join(found.summary.split())[:200]}")
            lines.append(f"| {name} | {day} | {kind} | {' '.join(text.split())[:200]} | {shown.replace('|', '/')} |")
            for shared, document, start, end in sentences:
                held = events_in(document["id"], start, end, by_document)
                told = "; ".join(f"{e.type} {timeline._first_day(e) or 'undated'}" for e in held) or "no event"
                sentence = " ".join(document["text"][start:end].split())[:260].replace("|", "/")
                lines.append(f"|  |  | {shared} words, {document['published'][:10]}: {told} | | {sentence} |")
    print(f"{args.db}: span {first}..{last}, {len(rows)} default rows; reference days in the span: {sum(counts.values())}\n")
    print("| kind | days |\n|---|---|")
    for kind, n in counts.most_common():
        print(f"| {kind} | {n} |")
    print("\n| reference | day | kind | reference text | row or event found / a sentence read |\n|---|---|---|---|---|")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
