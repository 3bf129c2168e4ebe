"""What an article alone says about its own date: the clues Timeline17 articles carry, and how long
after the latest date they write out they were published (docs/dating.md, "Article alone").

    python scripts/dating_alone_clues.py ../shared/datasets/timeline17 [--quantile 0.9]

Over the dated articles of `storyline eval dating`'s sample (the same seed and sizes, 40 per
topic; the withheld ones are left out), per half (development = topics at even positions in
sorted order, held-out = odd), using the product's code on each article as the pipeline sees it
without its date (`clean.clean_document`, then `nlp.time.extract_timexes` anchored on the
article's own date, without the parse, and `nlp.time.dating._latest_explicit_date`, the clue
`infer_publication` takes its lower bound from):

- how many the cleaning dates by a dateline of their own (their date is known alone);
- how many of the rest write out no date with its year at all (nothing but titles can bound them);
- by the precision of the latest written-out date (a day, a month, a year), how many days after
  its end the article was published: median and the chosen quantile. A soft upper bound "written
  within Q days of the latest date it names" holds for that share of articles only when Q is at
  least that quantile; the width it gives an article alone is the date's own span plus Q.
"""
from __future__ import annotations

import argparse
import datetime as dt
import statistics
from collections import defaultdict

from storyline.clean import clean_document
from storyline.eval.dating import DATED_PER_TOPIC, WITHHELD, sample_topic, topic_folders
from storyline.model import RawDocument
from storyline.nlp.time import extract_timexes
from storyline.nlp.time.dating import _latest_explicit_date


def precision(first: dt.date, last: dt.date) -> str:
    days = (last - first).days + 1
    return "day" if days == 1 else "month" if days <= 31 else "year" if days <= 366 else "longer (decade)"


def quantile(values: list[int], q: float) -> int:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def collect(path: str) -> dict[str, dict[str, list[int]]]:
    """half -> precision of the latest written-out date ('none' when there is none, 'dateline' when the
    cleaning finds the article's date in a dateline) -> lags in days."""
    folders = topic_folders(path)
    withheld = max(1, WITHHELD // len(folders))
    lags: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for position, folder in enumerate(folders):
        half = "development" if position % 2 == 0 else "held-out"
        _, dated = sample_topic(folder, withheld, DATED_PER_TOPIC)
        for record in dated:
            published = dt.date.fromisoformat(record["published"])
            document = clean_document(RawDocument(source=record["url"], text=record["text"], url=record["url"]))
            if document.published_how == "dateline":
                lags[half]["dateline"].append((published - dt.date.fromisoformat(document.published)).days)
                continue
            timexes = extract_timexes(document.text, record["published"])
            latest = _latest_explicit_date(document.text, timexes, published)
            if latest is None:
                lags[half]["none"].append(0)
                continue
            lags[half][precision(latest[0], latest[1])].append((published - latest[1]).days)
    return lags


def report(lags: dict[str, dict[str, list[int]]], q: float) -> str:
    lines = [f"latest written-out date of each dated article, and days from its end to the publication (quantile {q}):"]
    for half in sorted(lags):
        total = sum(len(values) for values in lags[half].values())
        dateline = lags[half].get("dateline", [])
        lines.append(f"  {half}: {total} dated articles, {len(dateline)} dated by a dateline of their own "
                     f"({sum(v == 0 for v in dateline)} of them right), {len(lags[half]['none'])} of the rest "
                     f"write out no date with its year")
        for kind in ("day", "month", "year", "longer (decade)"):
            values = lags[half].get(kind)
            if not values:
                continue
            lines.append(f"    {kind:16s} n {len(values):3d}  median {statistics.median(values):7.0f} d  "
                         f"q{q:g} {quantile(values, q):6d} d  within 60 d {sum(v <= 60 for v in values) / len(values):.0%}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path")
    parser.add_argument("--quantile", type=float, default=0.9)
    args = parser.parse_args(argv)
    print(report(collect(args.path), args.quantile))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
