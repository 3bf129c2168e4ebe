"""Same-happening identity between a withheld article and the store's dated articles, read from the
sentences the store holds (docs/dating.md, "Session 29"): a measurement, not a product step.

    python scripts/dating_identity.py ../shared/datasets/timeline17 [--cache DIR] [--fingerprint HASH] [--figures]

Over the stores `storyline eval dating` keeps, for every withheld article the store dates to a range
wider than a week: each passage of the article (the store's search passages, six words or more)
against every passage of a source-dated article, MiniLM cosine (`dedup.embed.passage_vectors`). A
passage matching more than RARE dated articles at the threshold is the story's landmark or page
furniture ("the rig exploded on 20 April") and is dropped. The identity fires when at least VOTES of
the article's passages match dated articles published within 3 days of each other and inside the
range the store already gives; its day is that publication day. `--figures` also requires a shared
figure (a number of two or more digits, not a year) in both passages. (The story's cross-document
events shared with dated articles are measured by `scripts/dating_happening_clue.py`.)

Printed per half and setting (cosine, VOTES, RARE): how often it fires, how often the true date lies
within 3 / 7 days of its day, and the eval's figures if the range were narrowed to that day +- 7
days (inside the range it had). Then the issue's own reading: the latest day a matching dated passage
gives its happening (a time expression it values, not put ahead: "said on Sunday they had found ...")
is a lower bound, and the writing lies within 7 days after it.
"""
from __future__ import annotations

import argparse
import collections
import datetime as dt
import re
import statistics
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
from dating_settings import withheld_stores  # noqa: E402

from storyline.eval import dating as eval_dating  # noqa: E402
from storyline.nlp.time.rule import TimeRule  # noqa: E402
from storyline.story import redate  # noqa: E402

SETTINGS = [(0.7, 1, 2), (0.7, 2, 2), (0.7, 3, 2), (0.75, 2, 2), (0.75, 3, 2), (0.8, 2, 2)]  # (cosine, votes, rare)
HAPPENING_SETTINGS = [(0.6, 2), (0.7, 2), (0.7, 5)]  # (cosine, rare)
SPREAD_DAYS, WINDOW_DAYS = 3, 7
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
FIGURE = re.compile(r"(?<![\w.,])\d[\d,.]*\d")


def _day(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso[:10])


def figures_in(text: str) -> set[str]:
    found = {m.group().replace(",", "") for m in FIGURE.finditer(text)}
    return {f for f in found if not re.fullmatch(r"(19|20)\d\d", f)}


def passage_pairs(store, dated: dict[str, dt.date]) -> dict[str, list[tuple[float, str, str, str, dt.date | None]]]:
    """doc id -> (cosine, its passage, dated doc, dated passage, the latest day that passage gives a happening)
    for every dated passage among its 40 nearest at cosine >= 0.6."""
    from storyline.dedup.embed import passage_vectors

    rows = [(text, doc, int(start), int(end)) for text, doc, start, end in
            store.conn.execute("SELECT text, document, start, end FROM passages") if len(text.split()) >= 6]
    vectors = passage_vectors([row[0] for row in rows]).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9
    owner = np.array([row[1] for row in rows])
    told = {doc_id: [(t.start, _day(t.value)) for t in store.analysis(doc_id).timexes if t.type == "DATE" and t.value
                     and DAY.match(t.value) and not (t.rule and TimeRule.from_json(t.rule, t.value).direction == "future")]
            for doc_id in dated}
    pairs = collections.defaultdict(list)
    for doc_id in set(owner) - set(dated):
        mine = np.where(owner == doc_id)[0]
        scores = vectors[mine] @ vectors.T
        for k, i in enumerate(mine):
            for j in np.argsort(-scores[k])[:40]:
                if owner[j] in dated and scores[k, j] >= 0.6:
                    _, other, start, end = rows[j]
                    days = [day for at, day in told[other] if start <= at < end and day <= dated[other]]
                    pairs[doc_id].append((float(scores[k, j]), rows[i][0], other, rows[j][0], max(days, default=None)))
    return pairs


def identity_day(pairs, dated, found_range, cosine, votes, rare, figures) -> dt.date | None:
    matched = collections.defaultdict(set)
    for score, mine, other, *_ in pairs:
        if score >= cosine:
            matched[mine].add(other)
    good = [(mine, dated[other]) for score, mine, other, theirs, _ in pairs
            if score >= cosine and len(matched[mine]) <= rare and found_range[0] <= dated[other] <= found_range[1]
            and (not figures or figures_in(mine) & figures_in(theirs))]
    best = None
    for _, day in good:
        near = {mine for mine, other_day in good if abs((other_day - day).days) <= SPREAD_DAYS}
        if len(near) >= votes and (best is None or len(near) > best[0]):
            best = (len(near), day)
    return best[1] if best else None



def happening_day(pairs, found_range, cosine, rare) -> dt.date | None:
    """The latest day a matching dated passage gives its happening (a day it values, not put ahead),
    inside the range the store gives: the article was written on or after it."""
    matched = collections.defaultdict(set)
    for score, mine, other, *_ in pairs:
        if score >= cosine:
            matched[mine].add(other)
    days = [day for score, mine, _, _, day in pairs if score >= cosine and len(matched[mine]) <= rare and day
            and found_range[0] <= day <= found_range[1]]
    return max(days, default=None)


def summary(rows) -> str:
    inside = sum(1 for r, true in rows if r and r[0] <= true <= r[1])
    widths = [(r[1] - r[0]).days + 1 for r, _ in rows if r]
    return f"{inside / len(rows):5.1%} inside, median {statistics.median(widths)} d"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path")
    parser.add_argument("--cache", type=Path, default=eval_dating.CACHE)
    parser.add_argument("--fingerprint", default=None)
    parser.add_argument("--figures", action="store_true", help="require a shared figure in both passages")
    args = parser.parse_args(argv)
    articles = []  # (half, true day, range the store gives or None, wider than a week?, passage pairs, dated days)
    for half, _, store, truth, documents in withheld_stores(args.path, args.cache, args.fingerprint):
        dated = {doc.id: _day(doc.published) for doc in store.documents()
                 if doc.published and doc.published_how in redate.SOURCE_DATED}
        pairs = passage_pairs(store, dated)
        for url, true in truth.items():
            doc = documents.get(url, (None, None))[0]
            found = None if doc is None else ([doc.published] * 2 if doc.published else doc.published_range)
            found = [_day(found[0]), _day(found[1])] if found else None
            wide = bool(found) and (found[1] - found[0]).days + 1 > WINDOW_DAYS and redate.redatable(doc)
            articles.append((half, _day(true), found, wide, pairs.get(doc.id, []) if doc else [], dated))
        store.close()
    readings = [(f"sentences cosine >= {c}, {v} passages, matching <= {r} dated articles" + (", shared figure" if args.figures else ""),
                 lambda a, c=c, v=v, r=r: identity_day(a[4], a[5], a[2], c, v, r, args.figures)) for c, v, r in SETTINGS]
    readings += [(f"the day a matching dated passage gives its happening, cosine >= {c}, matching <= {r} dated articles",
                  lambda a, c=c, r=r: happening_day(a[4], a[2], c, r), True) for c, r in HAPPENING_SETTINGS]
    for name, reading, *lower_bound in readings:
        print(name)
        for half in ("development", "held-out"):
            chosen = [a for a in articles if a[0] == half]
            before, after, gaps = [], [], []
            for a in chosen:
                day = reading(a) if a[3] else None
                found = a[2]
                if day:
                    gaps.append((a[1] - day).days)
                    low = max(found[0], day if lower_bound else day - dt.timedelta(WINDOW_DAYS))
                    high = min(found[1], day + dt.timedelta(WINDOW_DAYS))
                    found = [low, high] if low <= high else found
                before.append((a[2], a[1]))
                after.append((found, a[1]))
            told = (f"on or after it {sum(g >= 0 for g in gaps):3d}, 0..7 d after {sum(0 <= g <= 7 for g in gaps):3d}" if lower_bound
                    else f"true within 3 d {sum(abs(g) <= 3 for g in gaps):3d}, within 7 d {sum(abs(g) <= 7 for g in gaps):3d}")
            print(f"  {half:<12} {sum(a[3] for a in chosen)} wider than a week; fires {len(gaps):3d}, {told};   "
                  f"{summary(before)} -> {summary(after)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
