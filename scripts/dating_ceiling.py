"""What a perfect reader of the store could know about when a withheld article was written
(docs/dating.md, "Session 28: the ceiling"): a measurement, not a product step.

    python scripts/dating_ceiling.py ../shared/datasets/timeline17 [--cache DIR] [--fingerprint HASH]

Over the stores `storyline eval dating` keeps, for every withheld article its page did not date
(no stamp, no copy), per half of the topics:

- how far the nearest source-dated article of the store lies from its true date (before it, or
  either side): a happening the article reports can be dated by the coverage only if some dated
  article reported it, so when no dated article lies within a week before the true date, no reader
  of this store can put a 7-day window there from shared happenings;
- the same for the most similar dated articles (content MinHash, the neighbours' window), with an
  oracle picking the nearest of them: the best the neighbours could do if one knew which to trust;
- how many articles hold a relative day of their own ("on Monday", "yesterday", "last week"),
  which a happening's known date would pin to a week or less;
- the ceiling of both together: a relative day and a dated article within the week before.
"""
from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from dating_settings import withheld_stores  # noqa: E402

from storyline.eval import dating as eval_dating  # noqa: E402
from storyline.nlp.time.rule import TimeRule  # noqa: E402
from storyline.story import redate  # noqa: E402


def _day(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso[:10])


def rows_of(stores) -> list[dict]:
    rows = []
    for half, topic, store, truth, documents in stores:
        index = redate.StoreClues(store).copy_index
        dated = {doc.id: _day(doc.published) for doc in store.documents()
                 if doc.published and doc.published_how in redate.SOURCE_DATED}
        for url, true in truth.items():
            doc, timexes = documents.get(url, (None, None))
            if doc is None or not redate.redatable(doc) or doc.copy_of:
                continue
            true_day = _day(true)
            others = [day for other, day in dated.items() if other != doc.id]
            before = [(true_day - day).days for day in others if day <= true_day]
            either = [abs((true_day - day).days) for day in others]
            similar = [other for other, score in index.similar(doc.id) if score >= redate.MIN_NEIGHBOUR_JACCARD]
            neighbours = [dated[other] for other in similar if other in dated][:redate.NEIGHBOURS]
            relative = [t for t in timexes if t.rule and redate.is_relative_day(TimeRule.from_json(t.rule, t.value))]
            rows.append({"half": half, "topic": topic, "true": true_day,
                         "before": min(before) if before else None, "either": min(either) if either else None,
                         "oracle_neighbour": min(abs((true_day - day).days) for day in neighbours) if neighbours else None,
                         "neighbours": len(neighbours), "relative": bool(relative)})
    return rows


def share(rows: list[dict], test) -> str:
    hits = sum(1 for row in rows if test(row))
    return f"{hits:3d} ({hits / len(rows):4.0%})" if rows else "-"


def report(rows: list[dict], withheld_per_half: int) -> str:
    lines = []
    for half in ("development", "held-out"):
        chosen = [row for row in rows if row["half"] == half]
        lines.append(f"{half}: {len(chosen)} of {withheld_per_half} withheld articles not dated by their page or a copy")
        for k in (0, 1, 3, 7):
            lines.append(f"  a dated article 0..{k} d before the true date      {share(chosen, lambda r: r['before'] is not None and r['before'] <= k)}"
                         f"   within {k} d either side {share(chosen, lambda r: r['either'] is not None and r['either'] <= k)}"
                         f"   oracle among its neighbours within {k} d {share(chosen, lambda r: r['oracle_neighbour'] is not None and r['oracle_neighbour'] <= k)}")
        gaps = [row["before"] for row in chosen if row["before"] is not None]
        lines.append(f"  days from the nearest earlier dated article: median {statistics.median(gaps) if gaps else '-'}")
        lines.append(f"  holds a relative day of its own                     {share(chosen, lambda r: r['relative'])}")
        lines.append(f"  relative day and a dated article 0..7 d before      {share(chosen, lambda r: r['relative'] and r['before'] is not None and r['before'] <= 7)}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path")
    parser.add_argument("--cache", type=Path, default=eval_dating.CACHE)
    parser.add_argument("--fingerprint", default=None, help="read the kept stores of this analysis-code hash")
    args = parser.parse_args(argv)
    stores = list(withheld_stores(args.path, args.cache, args.fingerprint))
    print(report(rows_of(stores), eval_dating.WITHHELD // 2))
    for _, _, store, _, _ in stores:
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
