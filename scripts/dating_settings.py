"""Choose the dating windows on the development half: the share inside and the median width of the
withheld articles of `storyline eval dating` for each setting of a grid, over the stores that command
keeps (nothing re-ingested, nothing written), and which clue sets each end of each range.

    python scripts/dating_settings.py ../shared/datasets/timeline17 --cache DIR [--fingerprint HASH] [--grid] [--ends] [--alone] [--reach] [--oracle]

The stores must exist (run `storyline eval dating` with the same STORYLINE_EVAL_CACHE first); their
stored analyses are read, and each withheld article is dated again by `story.redate.date_document`
with the module settings patched, as a full story build would date it. Copies of dated originals keep
the date the build gave them. The figures with the default settings are those of the eval command.
--oracle: what the width could be if the right dated coverage of each article's happenings were known
(docs/dating.md, "What bounds the width").
"""
from __future__ import annotations

import argparse
import collections
import datetime as dt
import itertools
import re
import statistics
from pathlib import Path

from storyline.eval import dating as eval_dating
from storyline.eval.cache import ANALYSIS_CODE, code_fingerprint
from storyline.nlp.time import dating
from storyline.store import Store
from storyline.store.queries import latest_named_days
from storyline.story import redate

# (module, name, values tried) for --grid
GRID = [
    (redate, "RECENCY_QUANTILE", [0.9, 0.75, 0.6, 0.5]),
    (redate, "NEIGHBOURS", [8, 5, 3]),
    (redate, "NEIGHBOUR_MARGIN_DAYS", [30, 15, 7]),
]

# What kind of clue a reason is (its words, from story/redate.py and nlp/time/dating.py)
KINDS = [
    ("page stamp", r"^dated by its"),
    ("copy", r"^(copy|near|rewrite|copied by)"),
    ("dated neighbours", r"dated articles most like it"),
    ("since a happening", r"the day the store's dated articles give"),
    ("story coverage", r"^(no date in its text|its own clues allow every day)"),
    ("recency", r"^news within"),
    ("months without year", r"months named without their year"),
    ("titles", r"^titles "),
    ("year count", r"since \d{4}: in"),
    ("page changed", r"is when the page was changed"),
    ("put ahead", r"lies ahead"),
    ("relative, past", r"is past: on or after"),
    ("written-out date", r"^writes out"),
    ("open (today)", r"^nothing bounds it"),
]


def kind(reason: str) -> str:
    return next((name for name, pattern in KINDS if re.search(pattern, reason)), "other")


def withheld_stores(path: str, cache: Path, fingerprint: str | None = None):
    """(half, topic, store, {url: true date}, {url: (document, timexes)}) per topic, from the stores the eval keeps (those of
    the current analysis code unless `fingerprint` names older ones)."""
    fingerprint = fingerprint or code_fingerprint(ANALYSIS_CODE)
    folders = eval_dating.topic_folders(path)
    per_topic = max(1, eval_dating.WITHHELD // len(folders))
    for position, folder in enumerate(folders):
        held, rest = eval_dating.sample_topic(folder, per_topic, eval_dating.DATED_PER_TOPIC)
        db = cache / f"{folder.name}-w{len(held)}-d{len(rest)}-s{eval_dating.SEED}-{fingerprint}.db"
        if not db.exists():
            raise FileNotFoundError(f"{db}: run `storyline eval dating` with this cache first")
        store = Store(db)
        truth = {record["url"]: record["published"] for record in held}
        documents = {doc.url: (doc, store.analysis(doc.id).timexes) for doc in store.documents() if doc.url in truth}
        yield ("development" if position % 2 == 0 else "held-out"), folder.name, store, truth, documents


def date_all(stores) -> list[dict]:
    """One row per withheld article: half, true date, range, reasons (current module settings)."""
    rows = []
    for half, topic, store, truth, documents in stores:
        clues = redate.StoreClues(store)
        for url, true in truth.items():
            doc, timexes = documents.get(url, (None, None))
            if doc is None:
                rows.append({"half": half, "topic": topic, "true": true, "range": None, "reasons": ["refused"]})
                continue
            if not redate.redatable(doc):  # dated by its page's own stamp (dateline)
                found_range, reasons = [doc.published[:10]] * 2, [f"dated by its {doc.published_how}"]
            elif doc.published_reasons and kind(doc.published_reasons[0]) == "copy" and doc.published:
                found_range, reasons = [doc.published] * 2, doc.published_reasons
            else:
                result = redate.date_document(clues, doc, timexes)
                found_range, reasons = result.range, result.reasons
            rows.append({"half": half, "topic": topic, "true": true, "range": found_range, "reasons": reasons})
    return rows


def date_alone(stores) -> list[dict]:
    """The same rows for each withheld article alone in an empty store: its page's stamp, else its
    own text (as `storyline eval dating` judges it)."""
    rows = []
    for half, topic, _, truth, documents in stores:
        for url, true in truth.items():
            doc, timexes = documents.get(url, (None, None))
            if doc is None:
                rows.append({"half": half, "topic": topic, "true": true, "range": None, "reasons": ["refused"]})
            elif doc.published_how == "dateline":
                rows.append({"half": half, "topic": topic, "true": true, "range": [doc.published[:10]] * 2,
                             "reasons": ["dated by its dateline"]})
            else:
                result = dating.infer_publication(doc.text, timexes)
                rows.append({"half": half, "topic": topic, "true": true, "range": result.range, "reasons": result.reasons})
    return rows


def figures(rows: list[dict], spread: bool = False) -> str:
    """The share inside and the median width; `spread`: how many ranges are <= 7, 8-30, 31-92, > 92 days wide."""
    inside = [bool(r["range"]) and r["range"][0] <= r["true"] <= r["range"][1] for r in rows]
    widths = [(_day(r["range"][1]) - _day(r["range"][0])).days + 1 for r in rows if r["range"]]
    counts = [sum(low <= w <= high for w in widths) for low, high in ((1, 7), (8, 30), (31, 92), (93, 10 ** 6))]
    return (f"{sum(inside) / len(rows):6.1%} inside, median {statistics.median(widths) if widths else '-':>6} d"
            + (" (<= 7 / 8-30 / 31-92 / > 92 d: {} / {} / {} / {})".format(*counts) if spread else ""))


def _day(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)


def ends(rows: list[dict]) -> str:
    """Which kind of clue sets the earliest and the latest end, and the median width per pair."""
    pairs = collections.defaultdict(list)
    for row in rows:
        if not row["range"]:
            pairs[("none", "none")].append(None)
            continue
        reasons = row["reasons"]
        pair = (kind(reasons[0]), kind(reasons[-1]))
        pairs[pair].append((_day(row["range"][1]) - _day(row["range"][0])).days + 1)
    lines = [f"  {'earliest set by':<22}{'latest set by':<22}{'n':>4} {'median d':>9}"]
    for pair, widths in sorted(pairs.items(), key=lambda item: -len(item[1])):
        known = [w for w in widths if w is not None]
        lines.append(f"  {pair[0]:<22}{pair[1]:<22}{len(widths):>4} {statistics.median(known) if known else '-':>9}")
    return "\n".join(lines)


def yearless_reach(stores) -> str:
    """How far from their publication the months named without a year in the stores' source-dated
    articles lie, told as past (days back to its last day) or put ahead (days on to its first day),
    read as `nlp.time.dating` reads them: what YEARLESS_PAST_REACH_DAYS / YEARLESS_AHEAD_REACH_DAYS
    must hold."""
    reach = collections.defaultdict(list)
    for half, _, store, _, _ in stores:
        for doc in store.documents():
            if doc.published_how not in redate.SOURCE_DATED or not doc.published:
                continue
            published = _day(doc.published[:10])
            for timex in store.analysis(doc.id).timexes:
                days = dating._yearless_days(dating._rule_of(timex)) if timex.type == "DATE" else None
                if not days or days[0] == (2, 29):
                    continue
                if dating._ahead(doc.text, timex):
                    year = published.year if dt.date(published.year, *days[1]) >= published else published.year + 1
                    reach[(half, "ahead")].append((dt.date(year, *days[0]) - published).days)
                elif dating._told_as_past(doc.text, timex):
                    year = published.year if dt.date(published.year, *days[0]) <= published else published.year - 1
                    reach[(half, "past")].append(max(0, (published - dt.date(year, *days[1])).days))
    lines = [f"  {'half':<13}{'told':<7}{'n':>4} {'median':>7} {'q0.9':>6} {'q0.95':>6}  over 92 / 183 / 213 / 273 days"]
    for (half, told), days in sorted(reach.items()):
        days.sort()
        q = lambda share: days[min(len(days) - 1, int(share * len(days)))]  # noqa: E731
        lines.append(f"  {half:<13}{told:<7}{len(days):>4} {statistics.median(days):>7} {q(0.9):>6} {q(0.95):>6}  "
                     + " / ".join(str(sum(d > limit for d in days)) for limit in (92, 183, 213, 273)))
    return "\n".join(lines)


REACH_DAYS = 6  # an oracle's window: the happening's day and the 6 days after it, 7 days wide (the goal)


def _frames(mentions) -> list[tuple[str, set[str]]]:
    """(type, participants as written, lower-cased) of the mentions told as done and not as background."""
    return [(m.type, {p.lower() for p in m.participants}) for m in mentions
            if m.realis and not m.background and m.status != "planned" and m.participants]


def oracles(stores) -> list[dict]:
    """For each withheld article the store dates (not its stamp, not a copy), the range of each oracle, the
    rest keep the product's (a miss, a stamp's day):
    - "happening day": the product's own combination given the right happening: a day it names, the last
      source-dated publication on or before the true date (news recency then counts from it);
    - "a dated article": one published 0..REACH_DAYS days before the true date, the window from it (how dense the
      dated coverage is: an identity of the article's happening with the news of those days);
    - "a dated neighbour": the same, among its NEIGHBOURS most similar dated articles;
    - "a shared frame": the same, among the dated articles reporting an act of the same type with a participant
      of the same name as one the article reports (`_frames`): a generous identity of happenings by event frame.
    An oracle gives no window where the true date is not within REACH_DAYS after such an article."""
    rows = []
    original_bounds = redate.coverage_bounds
    for half, topic, store, truth, documents in stores:
        clues = redate.StoreClues(store)
        dated = {d.id: _day(d.published[:10]) for d in store.documents() if d.published and d.published_how in redate.SOURCE_DATED}
        frames = {doc_id: _frames(store.analysis(doc_id).event_mentions) for doc_id in dated}
        store_rows = date_all([(half, topic, store, truth, documents)])  # one row per withheld article, in truth's order
        rows += store_rows
        for row, (url, true) in zip(store_rows, truth.items()):
            doc, timexes = documents.get(url, (None, None))
            if doc is None or not redate.redatable(doc) or kind(row["reasons"][0]) == "copy":
                continue
            day = _day(true)

            def window(candidates) -> list[str] | None:
                near = [d for d in candidates if 0 <= (day - d).days <= REACH_DAYS]
                return [max(near).isoformat(), (max(near) + dt.timedelta(days=REACH_DAYS)).isoformat()] if near else None

            before = [d for d in dated.values() if d <= day]
            if before:
                bound = dating.Bound("oracle: the happening's day", earliest=max(before), day=True)
                redate.coverage_bounds = lambda *args, **kwargs: [*original_bounds(*args, **kwargs), bound]
                try:
                    row["happening day"] = redate.date_document(clues, doc, timexes).range
                finally:
                    redate.coverage_bounds = original_bounds
            row["a dated article"] = window(dated.values())
            similar = [o for o, score in clues.copy_index.similar(doc.id) if score >= redate.MIN_NEIGHBOUR_JACCARD and o in dated]
            row["a dated neighbour"] = window([dated[o] for o in similar[:redate.NEIGHBOURS]])
            mine = _frames(store.analysis(doc.id).event_mentions)
            row["a shared frame"] = window([dated[o] for o, theirs in frames.items()
                                            if any(t == u and p & q for t, p in mine for u, q in theirs)])
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path")
    parser.add_argument("--cache", type=Path, default=eval_dating.CACHE)
    parser.add_argument("--fingerprint", help="the stores of an earlier analysis code (its hash)")
    parser.add_argument("--grid", action="store_true", help="every combination of GRID")
    parser.add_argument("--alone", action="store_true", help="each article alone in an empty store")
    parser.add_argument("--reach", action="store_true", help="how far months named without a year lie")
    parser.add_argument("--ends", action="store_true", help="which clue sets each end (current settings)")
    parser.add_argument("--oracle", action="store_true", help="the widths if the right dated coverage were known")
    args = parser.parse_args()
    stores = list(withheld_stores(args.path, args.cache, args.fingerprint))
    if args.oracle:
        rows = oracles(stores)
        for half in ("development", "held-out"):  # how soon after the latest day they name the dated articles were written
            lags = [(_day(published) - _day(day)).days for h, _, store, _, _ in stores if h == half
                    for published, day in latest_named_days(store, redate.SOURCE_DATED)]
            print(f"{half}: {len(lags)} source-dated articles name a day with its month, {sum(lag <= REACH_DAYS for lag in lags)} "
                  f"were written 0..{REACH_DAYS} days after the latest one, median {statistics.median(lags)} days")
        for half in ("development", "held-out"):
            chosen = [r for r in rows if r["half"] == half]
            print(f"{half}:\n  {'the product':<20}{figures(chosen, spread=True)}")
            for name in ("happening day", "a dated article", "a dated neighbour", "a shared frame"):
                fired = [r for r in chosen if r.get(name)]
                print(f"  {name:<20}{figures([{**r, 'range': r.get(name) or r['range']} for r in chosen], spread=True)}"
                      f"; fires for {len(fired)}")
    if args.reach:
        print(yearless_reach(stores))
    settings = [[(module, name, getattr(module, name))] for module, name, _ in GRID]
    combos = itertools.product(*[[(module, name, value) for value in values] for module, name, values in GRID]) \
        if args.grid else [tuple(s[0] for s in settings)]
    for combo in combos:
        for module, name, value in combo:
            setattr(module, name, value)
        rows = date_alone(stores) if args.alone else date_all(stores)
        label = " ".join(f"{name}={value}" for _, name, value in combo)
        print(f"{label}\n  development {figures([r for r in rows if r['half'] == 'development'])}"
              f"   held-out {figures([r for r in rows if r['half'] == 'held-out'])}   all {figures(rows)}", flush=True)
        if args.ends:
            for half in ("development", "held-out"):
                print(f" {half}: {figures([r for r in rows if r['half'] == half], spread=True)}\n"
                      f"{ends([r for r in rows if r['half'] == half])}")
    for _, _, store, _, _ in stores:
        store.close()


if __name__ == "__main__":
    main()
