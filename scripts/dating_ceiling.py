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
- the ceiling of both together: a relative day and a dated article within the week before;
- the same happening read from sentences: each sentence of the article holding a relative day
  ("on Friday night", "yesterday") against every sentence of a source-dated article holding a
  day (valued, not put ahead) of the same weekday, scored by the IDF-weighted share of their
  content words; the match gives the window "on or up to 7 days after a weekday's day, the day
  after "yesterday", the day of "today"". Printed: how many articles any match would date right
  (an oracle picking among them), and how many the best-scored match dates right at each score.
"""
from __future__ import annotations

import argparse
import collections
import datetime as dt
import math
import re
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from dating_happening_clue import is_relative_day  # noqa: E402
from dating_settings import withheld_stores  # noqa: E402

from storyline.dedup.text import SENTENCE_END, keywords  # noqa: E402
from storyline.eval import dating as eval_dating  # noqa: E402
from storyline.nlp.time.rule import RuleKind, TimeRule  # noqa: E402
from storyline.story import redate  # noqa: E402


def _day(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso[:10])


DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
TIME_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
              "tonight", "week", "last", "night", "morning", "afternoon", "evening", "earlier", "said", "updated", "gmt"}
SCORES = (0.1, 0.2, 0.3, 0.4)


def sentence_words(text: str, position: int) -> set[str]:
    return {word for word in keywords(redate._sentence_at(text, position)) if word not in TIME_WORDS and not word.isdigit()}


def relative_window(rule: TimeRule) -> tuple[int | None, int, int] | None:
    """(weekday or None, first, last day after the happening's day) the writing lies in, for a relative
    day told as past or present."""
    if rule.after_previous or rule.direction == "future":
        return None
    if rule.kind is RuleKind.WEEKDAY:
        return rule.weekday, 0, 7
    if rule.kind is RuleKind.SHIFT and rule.unit == "D" and rule.steps in (0, -1):
        return None, -rule.steps, -rule.steps + 1
    return None


def happening_matches(store, doc, timexes, dated: dict) -> list[tuple[float, dt.date, dt.date]]:
    """(score, first, last day of the writing) for each sentence pair telling, by their words, the
    same happening: a relative day of `doc` and a day a source-dated article values."""
    frequency, sentences = collections.Counter(), 0
    days = []
    for other in store.documents():
        for sentence in SENTENCE_END.split(other.text):
            words = keywords(sentence)
            frequency.update(words)
            sentences += bool(words)
        if other.id == doc.id or other.id not in dated:
            continue
        for timex in store.analysis(other.id).timexes:
            if timex.type == "DATE" and timex.value and DAY.match(timex.value) and timex.rule and \
                    TimeRule.from_json(timex.rule, timex.value).direction != "future":
                days.append((_day(timex.value), sentence_words(other.text, timex.start)))
    weight = {word: math.log((sentences + 1) / (count + 1)) for word, count in frequency.items()}
    found = []
    for timex in timexes:
        window = relative_window(TimeRule.from_json(timex.rule, timex.value)) if timex.rule else None
        if not window:
            continue
        words = sentence_words(doc.text, timex.start)
        for day, other_words in days:
            shared = words & other_words
            if len(shared) < 3 or (window[0] and day.isoweekday() != window[0]):
                continue
            score = sum(weight.get(w, 0) for w in shared) / sum(weight.get(w, 0) for w in words | other_words)
            found.append((score, day + dt.timedelta(days=window[1]), day + dt.timedelta(days=window[2])))
    return found


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
            relative = [t for t in timexes if t.rule and is_relative_day(TimeRule.from_json(t.rule, t.value))]
            matches = happening_matches(store, doc, timexes, dated)
            best = {score: max((m for m in matches if m[0] >= score), default=None) for score in SCORES}
            rows.append({"half": half, "topic": topic, "true": true_day,
                         "any_match_right": any(first <= true_day <= last for _, first, last in matches),
                         "best_match": {score: (None if m is None else m[1] <= true_day <= m[2]) for score, m in best.items()},
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
        lines.append(f"  a dated sentence of that weekday and words would date it right (oracle) {share(chosen, lambda r: r['any_match_right'])}")
        for score in SCORES:
            fired = [r for r in chosen if r["best_match"][score] is not None]
            lines.append(f"  the best-scored such match, score >= {score}: fires for {len(fired):3d}, "
                         f"right for {sum(r['best_match'][score] for r in fired):3d}")
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
