"""Compare the summarised timeline's shown text and selection variants on Timeline17 (docs/timeline.md).

    python scripts/timeline17_shown_text.py ../shared/datasets/timeline17 --fingerprint 016b715bfb18

Copies the evaluation's cached stores of one analysis (`storyline eval timeline17` made them; the
fingerprint is the last part of their file names) to a scratch folder, rebuilds each story once
with the current code, and scores each variant of `summarise_timeline` and of the shown text with
the evaluation's own scorer, as `storyline eval timeline17` would (the same N, K, window and
tokenisation), without re-ingesting: AR1-F / AR2-F / Date-F1 of the tuning and held-out halves.
Choose on the tuning half; the held-out half is reported, not chosen on.

    python scripts/timeline17_shown_text.py ../shared/datasets/timeline17 --fingerprint 016b715bfb18 --sheet 40 --seed 1913

instead draws a judging sheet: that many of the product's rows whose shown text differs from its
sentence, at random with the seed, as a Markdown table to judge by reading (docs/judged/). With
`--run-in`, the rows drawn are those whose shown text the run-in headline cut changes (the shown text
with and without `shown_sentence._run_in_opening`), the "stored" column showing the text without it;
with `--relative-day`, those the relative-day cut changes (`shown_sentence._relative_day`).
"""
from __future__ import annotations

import argparse
import math
import os
import random
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path

import storyline.story.shown_sentence as shown_sentence
import storyline.story.timeline as timeline
from storyline.eval import timeline17
from storyline.eval.cache import cache_root
from storyline.nlp.spacy_model import load_spacy
from sklearn.feature_extraction.text import TfidfVectorizer as UNIGRAM_VECTORIZER


def timelines(path: str, fingerprint: str, scratch: Path) -> list[dict]:
    """Each reference timeline with its story's candidate sentences (story rebuilt once)."""
    from storyline.store import Store
    from storyline.story.build import rebuild_story
    from storyline.story.stored_timeline import story_sentences

    topics = sorted(name for name in os.listdir(path) if os.path.isfile(os.path.join(path, name, "articles.json")))
    items = []
    for place, topic in enumerate(topics):
        _, references = timeline17.load_topic(os.path.join(path, topic))
        for name, reference in references:
            stored = f"{topic}-{Path(name).name.split('.')[0]}-{timeline17.DEFAULT_MAX_ARTICLES}-{fingerprint}.db"
            copy = scratch / stored
            shutil.copy(cache_root() / "timeline17" / stored, copy)
            store = Store(copy)
            try:
                rebuild_story(store)
                sentences = story_sentences(store)
            finally:
                store.close()
            days = list(reference)
            items.append({"topic": topic, "half": "tune" if place % 2 == 0 else "held-out", "reference": reference,
                          "n": len(days), "k": timeline17.average_summary_length(reference),
                          "start": days[0], "end": days[-1], "sentences": sentences})
    return items


def halves(items: list[dict], shown: bool) -> dict[str, tuple[float, float, float]]:
    nlp = load_spacy()
    rows = []
    for item in items:
        chosen = timeline.summarise_timeline(item["sentences"], item["n"], item["k"], item["start"], item["end"])
        texts = [[sentence.text for sentence in sentences] for _, sentences in chosen]
        if shown:
            texts = [shown_sentence.shown_sentences(day_texts, nlp, [shown_sentence.states_only_its_day(s, day.isoformat())
                                                                     for s in sentences])
                     for day_texts, (day, sentences) in zip(texts, chosen)]  # as export.records shows a row
        predicted = [(day, day_texts) for (day, _), day_texts in zip(chosen, texts)]
        rouge = timeline17._rouge_scores(predicted, item["reference"]) if predicted else timeline17._zero_rouge()
        rows.append({"half": item["half"], "rouge": rouge,
                     "dates": timeline17.date_scores({day for day, _ in predicted}, set(item["reference"]))})
    figures = {}
    for half in ("tune", "held-out", "all"):
        average = timeline17._averages([row for row in rows if half in ("all", row["half"])])
        figures[half] = (average["align_m1_rouge_1"]["f_score"], average["align_m1_rouge_2"]["f_score"],
                         average["date"]["f_score"])
    return figures


@contextmanager
def patched(module, **values):
    saved = {name: getattr(module, name) for name in values}
    for name, value in values.items():
        setattr(module, name, value)
    try:
        yield
    finally:
        for name, value in saved.items():
            setattr(module, name, value)


def _later_day_first(sentences, start=None, end=None):
    """rank_dates with ties between equally evidenced days broken towards the later day."""
    scores = {}
    for day, counts in timeline._date_evidence(sentences).items():
        if (start and day < start) or (end and day > end):
            continue
        scores[day] = round(sum(timeline.DATE_EVIDENCE_WEIGHTS[name] * math.log1p(value)
                                for name, value in counts.items()), 9)
    return sorted(scores, key=lambda day: (-scores[day], -day.toordinal()))


def _bigram_vectorizer(*args, **kwargs):
    return UNIGRAM_VECTORIZER(*args, **{**kwargs, "ngram_range": (1, 2)})


def variants():
    import sklearn.feature_extraction.text as sklearn_text

    nothing = lambda *args: None  # noqa: E731 (a rule switched off)
    yield "whole sentence (before)", False, patched(timeline)
    yield "shown text (the product)", True, patched(timeline)
    yield "shown text, no dateline cut", True, patched(shown_sentence, AGENCY_DATELINE=shown_sentence.re.compile(r"(?!)"))
    yield "shown text, no attribution tail cut", True, patched(shown_sentence, _attribution_tail=nothing)
    yield "shown text, no closing clause cut", True, patched(shown_sentence, _trailing_clause=nothing)
    yield "shown text, no relative clause cut", True, patched(shown_sentence, _relative_clauses=lambda *args: [])
    yield "shown text, no run-in headline cut", True, patched(shown_sentence, _run_in_opening=nothing)
    yield "shown text, no relative-day cut", True, patched(shown_sentence, _relative_day=nothing)
    yield "shown text, TF-IDF over unigrams and bigrams", True, patched(sklearn_text, TfidfVectorizer=_bigram_vectorizer)
    yield "shown text, ties towards the later day", True, patched(timeline, rank_dates=_later_day_first)


def sheet(items: list[dict], size: int, seed: int, run_in: bool = False, relative_day: bool = False) -> str:
    """The rows whose shown text differs from their sentence (with `run_in` or `relative_day`, from
    their shown text without the run-in headline cut or the relative-day cut), `size` of them drawn
    with `seed`."""
    nlp = load_spacy()
    changed = []
    for item in items:
        for day, sentences in timeline.summarise_timeline(item["sentences"], item["n"], item["k"], item["start"], item["end"]):
            texts = [s.text for s in sentences]
            stated = [s.date is not None for s in sentences]
            if run_in:
                with patched(shown_sentence, _run_in_opening=lambda *args: None):
                    texts = shown_sentence.shown_sentences(texts, nlp, stated)
            elif relative_day:
                texts = shown_sentence.shown_sentences(texts, nlp)  # no row's day stated: no relative-day cut
            for before, shown in zip(texts, shown_sentence.shown_sentences([s.text for s in sentences], nlp, stated)):
                if shown != before:
                    changed.append((item["topic"], day.isoformat(), before, shown))
    drawn = random.Random(seed).sample(changed, min(size, len(changed)))
    cell = lambda text: text.replace("|", "\\|").replace("\n", " ")  # noqa: E731
    lines = [f"{len(changed)} rows changed; {len(drawn)} drawn with seed {seed}", "",
             "| # | topic | day | sentence (stored, the evidence) | shown | judgement |", "|---|---|---|---|---|---|"]
    lines += [f"| {number} | {topic} | {day} | {cell(whole)} | {cell(shown)} |  |"
              for number, (topic, day, whole, shown) in enumerate(drawn, 1)]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python scripts/timeline17_shown_text.py")
    parser.add_argument("path")
    parser.add_argument("--fingerprint", required=True, help="the analysis whose cached stores are copied")
    parser.add_argument("--sheet", type=int, default=0, help="draw a judging sheet of this many changed rows")
    parser.add_argument("--seed", type=int, default=1913)
    parser.add_argument("--run-in", action="store_true", help="the sheet holds the rows the run-in headline cut changes")
    parser.add_argument("--relative-day", action="store_true", help="the sheet holds the rows the relative-day cut changes")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="t17-shown-") as scratch:
        items = timelines(args.path, args.fingerprint, Path(scratch))
    if args.sheet:
        print(sheet(items, args.sheet, args.seed, args.run_in, args.relative_day))
        return 0
    print("variant | tuning half AR1-F / AR2-F / Date-F1 | held-out half | all")
    for name, shown, patch in variants():
        with patch:
            figures = halves(items, shown)
        print(name, " | ".join(f"{a:.4f} / {b:.4f} / {c:.3f}" for a, b, c in figures.values()), sep=" | ", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
