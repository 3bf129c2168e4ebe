"""How near an undated article's publication is to the dated coverage of the happenings it tells
(docs/dating.md, "The happenings an article tells"): a measurement, not a product step.

    python scripts/dating_happening_clue.py ../shared/datasets/timeline17 [--cache DIR] [--fingerprint HASH]

Over the stores `storyline eval dating` keeps (the same sample: per topic 20 articles withheld
undated among 40 dated), each store's story is built again with the current code, then for every
withheld article: the events (clusters of the story) that hold one of its mentions and that a
source-dated article of the store also reports, with the event's day. Two candidate clues:

- "relative": the article's mention holds a relative day of its own ("on Tuesday", "yesterday",
  "last week": a weekday, or a day or week counted from the writing): published on or after the
  event's day, within W days;
- "lead": the mention is in the article's first sentences and told as done: published within W
  days either side of the event's day.

Per half of the topics (development: even positions in sorted order, as the eval) and per window W,
how many withheld articles each clue fires for and how often the true date is inside its window.
With --fingerprint, the stores of an older analysis code are read (copied first, never changed).
"""
from __future__ import annotations

import argparse
import datetime as dt
import shutil
import tempfile
from pathlib import Path

from storyline.eval.cache import ANALYSIS_CODE, code_fingerprint
from storyline.eval.dating import CACHE, DATED_PER_TOPIC, SEED, WITHHELD, sample_topic, topic_folders
from storyline.nlp.time.rule import RuleKind, TimeRule
from storyline.store import Store
from storyline.story.build import rebuild_story
from storyline.story.redate import SOURCE_DATED

WINDOWS = (0, 3, 7, 14, 30)
LEAD_CHARS = 600  # the first sentences of an article
FRESH_DAYS = 7  # a happening counts only when every dated article reporting it came within this many days


def is_relative_day(rule: TimeRule) -> bool:
    """A day counted from the writing: a weekday, "yesterday"/"today", "last week"/"this week"."""
    if rule.after_previous:
        return False
    if rule.kind is RuleKind.WEEKDAY:
        return True
    return rule.kind is RuleKind.SHIFT and rule.unit in ("D", "W") and isinstance(rule.steps, int) and -7 <= rule.steps <= 0


def happenings(store: Store, doc_id: str, source_dated: dict[str, str], fresh_days: int = FRESH_DAYS) -> list[dict]:
    """The dated happenings `doc_id` tells that source-dated articles of the store report too."""
    analysis = store.analysis(doc_id)
    relative = [t for t in analysis.timexes if is_relative_day(TimeRule.from_json(t.rule, t.value))]
    mentions = {(m.start, m.end): m for m in analysis.event_mentions}
    found = []
    for event, _ in store.events_of_documents([doc_id]):
        others = [doc for doc in event.sources if doc != doc_id and doc in source_dated]
        if not event.date or not others:
            continue
        # a landmark (the day of the explosion, named for months) says nothing about when an
        # article telling it was written: only a happening its dated reports all came soon after
        lags = [(dt.date.fromisoformat(source_dated[doc]) - dt.date.fromisoformat(event.date[:10])).days for doc in others]
        if fresh_days >= 0 and not all(0 <= lag <= fresh_days for lag in lags):
            continue
        for span in event.mentions:
            mention = mentions.get((span["start"], span["end"])) if span["doc"] == doc_id else None
            if mention is None:
                continue
            found.append({"day": event.date[:10], "type": event.type,
                          "relative": any(mention.start <= t.start < mention.end for t in relative),
                          "lead": mention.start < LEAD_CHARS and mention.realis and not mention.background})
    return found


def measure(path: str, cache: Path, fingerprint: str, fresh_days: int = FRESH_DAYS) -> list[dict]:
    rows = []
    with tempfile.TemporaryDirectory() as scratch:
        for position, folder in enumerate(topic_folders(path)):
            held, rest = sample_topic(folder, WITHHELD // len(topic_folders(path)), DATED_PER_TOPIC)
            kept = cache / f"{folder.name}-w{len(held)}-d{len(rest)}-s{SEED}-{fingerprint}.db"
            if not kept.exists():
                print(f"no store {kept} (run `storyline eval dating` first)")
                continue
            copy = Path(scratch) / kept.name
            shutil.copy(kept, copy)
            store = Store(copy)
            rebuild_story(store)
            truth = {record["url"]: record["published"][:10] for record in held}
            documents = store.documents()
            links = store.copy_links()
            source_dated = {doc.id: doc.published[:10] for doc in documents
                            if doc.published and doc.published_how in SOURCE_DATED}
            for doc in documents:
                if doc.url not in truth or doc.id in source_dated:
                    continue
                rows.append({"half": "development" if position % 2 == 0 else "held-out", "topic": folder.name,
                             "doc": doc.id, "true": truth[doc.url], "happenings": happenings(store, doc.id, source_dated, fresh_days),
                             "copy_link": any(doc.id in (link.doc, link.original) for link in links),
                             "dated_by_copy": bool(doc.copy_of and doc.published) or any(
                                 reason.startswith("copied by") for reason in doc.published_reasons or [])})
            print(f"{folder.name}: {len(documents)} stored articles, {len(links)} copy links")
            store.close()
    return rows


def report(rows: list[dict], listing: bool = False) -> str:
    lines = [f"{half}\t{r['topic']}\t{r['doc']}\ttrue {r['true']}\tevent day {h['day']}\t{h['type']}"
             f"{'  relative' if h['relative'] else ''}{'  lead' if h['lead'] else ''}"
             for r in rows for h in r["happenings"] if listing and (h["relative"] or h["lead"])
             for half in [r["half"]]]
    for half in ("development", "held-out"):
        chosen = [row for row in rows if row["half"] == half]
        lines.append(f"{half}: {len(chosen)} withheld articles not dated by their source, "
                     f"{sum(1 for r in chosen if r['happenings'])} tell a happening dated coverage reports; "
                     f"{sum(r['copy_link'] for r in chosen)} in a copy link, {sum(r['dated_by_copy'] for r in chosen)} dated by it")
        for clue in ("relative", "lead"):
            fired = [(r, max(h["day"] for h in r["happenings"] if h[clue])) for r in chosen
                     if any(h[clue] for h in r["happenings"])]
            for window in WINDOWS:
                def inside(true: str, day: str) -> bool:
                    lag = (dt.date.fromisoformat(true) - dt.date.fromisoformat(day)).days
                    return 0 <= lag <= window if clue == "relative" else abs(lag) <= window
                hits = sum(inside(r["true"], day) for r, day in fired)
                lines.append(f"  {clue:8s} W={window:3d}: fires for {len(fired):3d}, true date inside for {hits:3d}"
                             + (f" ({hits / len(fired):.0%})" if fired else ""))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path")
    parser.add_argument("--cache", type=Path, default=CACHE)
    parser.add_argument("--fingerprint", default=None, help="read the kept stores of this analysis-code hash")
    parser.add_argument("--fresh-days", type=int, default=FRESH_DAYS, help="-1: every shared event, landmarks too")
    parser.add_argument("--list", action="store_true", help="every (article, event) pair a clue fires for")
    args = parser.parse_args(argv)
    print(report(measure(args.path, args.cache, args.fingerprint or code_fingerprint(ANALYSIS_CODE), args.fresh_days), args.list))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
