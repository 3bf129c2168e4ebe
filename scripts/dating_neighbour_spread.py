"""How closely the dated articles most like an article date it, measured on a store's own
source-dated articles: for each, the median publication day of its most similar other dated
articles (the neighbours `story.redate.coverage_bounds` uses) and how far its own day lies from it.

Why: a window around the neighbours can only be as narrow as this spread allows. Printed per
store: how many dated articles have at least two neighbours, the 5th / 50th / 95th percentile of
(publication - neighbours' median) in days, the width a window holding 90% of them needs, and the
share that a 7-day window (the issue's goal width) centred on the neighbours' median would hold.

    python scripts/dating_neighbour_spread.py STORE.db [STORE.db ...]

The stores of `storyline eval dating` are in $STORYLINE_EVAL_CACHE (default /tmp/storyline-eval-dating).
"""
from __future__ import annotations

import argparse
import datetime as dt

from storyline.dedup.index import CopyIndex
from storyline.store import Store
from storyline.story.redate import MIN_NEIGHBOUR_JACCARD, MIN_NEIGHBOURS, NEIGHBOURS, SOURCE_DATED


def residuals(store: Store) -> list[int]:
    """Days from the median of each source-dated article's dated neighbours to its publication."""
    index = CopyIndex(store.conn)
    dated = {doc_id: day[:10] for doc_id, day, how in store.publication([doc.id for doc in store.documents()])
             if day and how in SOURCE_DATED}
    found = []
    for doc_id, day in dated.items():
        similar = [other for other, score in index.similar(doc_id) if score >= MIN_NEIGHBOUR_JACCARD and other != doc_id]
        days = sorted(dt.date.fromisoformat(dated[other]) for other in [o for o in similar if o in dated][:NEIGHBOURS])
        if len(days) >= MIN_NEIGHBOURS:
            found.append((dt.date.fromisoformat(day) - days[len(days) // 2]).days)
    return sorted(found)


def quantile(values: list[int], share: float) -> int:
    return values[min(len(values) - 1, int(share * len(values)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("stores", nargs="+")
    args = parser.parse_args()
    print(f"{'store':<50}{'n':>4}{'p5':>6}{'p50':>6}{'p95':>6}{'90% width':>11}{'within 3 d':>12}")
    for path in args.stores:
        store = Store(path)
        try:
            values = residuals(store)
        finally:
            store.close()
        if not values:
            print(f"{path[-50:]:<50}{0:>4}")
            continue
        low, mid, high = quantile(values, 0.05), quantile(values, 0.5), quantile(values, 0.95)
        close = sum(abs(value) <= 3 for value in values) / len(values)
        print(f"{path[-50:]:<50}{len(values):>4}{low:>6}{mid:>6}{high:>6}{high - low + 1:>11}{close:>12.0%}")


if __name__ == "__main__":
    main()
