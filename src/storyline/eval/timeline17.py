"""`storyline eval timeline17 PATH`: timeline summarisation on Timeline17 (Tran et al. 2013).

Follows the news-tls protocol (Ghalandari & Ifrim 2020): for each reference timeline the
input is the topic's articles published between the reference's first and last date, the
system produces as many dates as the reference and round(mean sentences per reference date)
sentences per date, and is scored with tilse: concat ROUGE-1/2, alignment-based many-to-one
ROUGE-1/2 (align+ m:1) and date F1. Averages are over timelines, F computed from mean P and R.
ROUGE uses tilse's Python reimplementation (the Perl ROUGE-1.5.5 needs XML::DOM, not installed).
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import re
import sys
import time
from collections import OrderedDict
from datetime import date

from storyline.story.sentence_dates import first_date
from storyline.story.timeline import CandidateSentence, summarise_timeline

NEWS_TLS_DATEWISE = {"concat_r1_f": None, "align_r1_f": 0.120, "align_r2_f": 0.035, "date_f": 0.544}
SENTENCE_END = re.compile(r"\s[.!?](?:\s'')?(?=\s+[A-Z0-9`\"(])")


def split_sentences(text: str) -> list[str]:
    """Split T17's tokenised text ("... cases . Across the UK , ...") into sentences."""
    text = " " + re.sub(r"\s+", " ", text).strip()
    sentences, begin = [], 0
    for boundary in SENTENCE_END.finditer(text):
        sentences.append(text[begin:boundary.end()].strip())
        begin = boundary.end()
    sentences.append(text[begin:].strip())
    return [sentence for sentence in sentences if sentence]


def _read_json(path: str):
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def load_reference(path: str) -> "OrderedDict[date, list[str]]":
    """A reference timeline file -> date -> sentences (entries sharing a date are merged)."""
    by_date: OrderedDict[date, list[str]] = OrderedDict()
    for entry in _read_json(path):
        day = date.fromisoformat(entry["date"][:10])
        by_date.setdefault(day, []).extend(split_sentences(entry["text"]))
    return OrderedDict(sorted(by_date.items()))


def load_topic(folder: str) -> tuple[list[dict], list[tuple[str, OrderedDict]]]:
    articles = _read_json(os.path.join(folder, "articles.json"))
    references = [
        (os.path.basename(path), load_reference(path))
        for path in sorted(glob.glob(os.path.join(folder, "*.timeline.json")))
    ]
    return articles, references


DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _timex_dater():
    """The project's timex stage when present (more precise), else the rule-based dater."""
    try:
        from storyline.nlp.timex import extract_timexes
    except ImportError:
        return first_date, "story.sentence_dates rules"

    def first_day(text: str, published: date) -> date | None:
        for timex in extract_timexes(text, published.isoformat()):
            if timex.type == "DATE" and timex.value and DAY_VALUE.match(timex.value):
                return date.fromisoformat(timex.value)
        return None

    return first_day, "storyline.nlp.timex"


def candidate_sentences(articles: list[dict], start: date, end: date, dater=None) -> list[CandidateSentence]:
    """Sentences of the articles published in [start, end], each with its first stated day."""
    dater = dater or _timex_dater()[0]
    sentences = []
    for article in articles:
        published = date.fromisoformat(article["dct"][:10])
        if published < start or published > end:
            continue
        for position, text in enumerate(split_sentences(article.get("text") or "")):
            sentences.append(CandidateSentence(text, str(article.get("uid")), published, position, dater(text, published)))
    return sentences


def average_summary_length(reference: OrderedDict) -> int:
    lengths = [len(sentences) for sentences in reference.values()]
    return max(1, round(sum(lengths) / len(lengths)))


def date_scores(predicted: set[date], reference: set[date]) -> dict[str, float]:
    shared = len(predicted & reference)
    precision = shared / len(predicted) if predicted else 0.0
    recall = shared / len(reference) if reference else 0.0
    f_score = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f_score": f_score}


def _rouge_scores(predicted: list[tuple[date, list[str]]], reference: OrderedDict) -> dict[str, dict]:
    try:
        from tilse.data.timelines import GroundTruth, Timeline
        from tilse.evaluation import rouge
    except ImportError as error:
        raise ImportError("timeline17: the tilse scorer is not installed "
                          "(pip install nltk==3.10.4 && pip install --no-deps tilse==0.2.1)") from error

    evaluator = rouge.TimelineRougeEvaluator(measures=["rouge_1", "rouge_2"], rouge_computation="reimpl")
    predicted_tl = Timeline({day: sentences for day, sentences in predicted})
    truth = GroundTruth([Timeline(dict(reference))])
    return {
        "concat": evaluator.evaluate_concat(predicted_tl, truth),
        "align_m1": evaluator.evaluate_align_date_content_costs_many_to_one(predicted_tl, truth),
    }


def _mean_prf(rows: list[dict[str, float]]) -> dict[str, float]:
    """news-tls averaging: mean precision and recall over timelines, F from those means."""
    precision = sum(row["precision"] for row in rows) / len(rows)
    recall = sum(row["recall"] for row in rows) / len(rows)
    f_score = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f_score": f_score}


def evaluate_reference(articles: list[dict], reference: OrderedDict, dater=None) -> dict:
    days = list(reference)
    start, end = days[0], days[-1]
    sentences = candidate_sentences(articles, start, end, dater)
    k = average_summary_length(reference)
    predicted = summarise_timeline(sentences, n_dates=len(days), sentences_per_date=k, start=start, end=end)
    scores = _rouge_scores(predicted, reference) if predicted else None
    return {
        "n_ref_dates": len(days),
        "n_pred_dates": len(predicted),
        "sentences_per_date": k,
        "n_input_sentences": len(sentences),
        "rouge": scores,
        "dates": date_scores({day for day, _ in predicted}, set(days)),
        "timeline": [(day.isoformat(), sentences) for day, sentences in predicted],
    }


def _zero_rouge() -> dict:
    zero = {"precision": 0.0, "recall": 0.0, "f_score": 0.0}
    return {"concat": {"rouge_1": zero, "rouge_2": zero}, "align_m1": {"rouge_1": zero, "rouge_2": zero}}


def run(path: str, limit: int | None = None, dates: str = "timex") -> dict:
    """Evaluate on every topic folder under `path` (the first `limit` topics when given).

    `dates`: "timex" dates sentences with storyline.nlp.timex when it is installed, "rules"
    with the faster story.sentence_dates rules."""
    if not os.path.isdir(path):
        raise FileNotFoundError(f"timeline17: no such folder: {path}")
    started = time.time()
    topics = sorted(name for name in os.listdir(path) if os.path.isfile(os.path.join(path, name, "articles.json")))
    if limit:
        topics = topics[:limit]
    dater, dater_name = _timex_dater() if dates == "timex" else (first_date, "story.sentence_dates rules")
    per_timeline = []
    for topic in topics:
        articles, references = load_topic(os.path.join(path, topic))
        for name, reference in references:
            result = evaluate_reference(articles, reference, dater)
            result["rouge"] = result["rouge"] or _zero_rouge()
            result.update(topic=topic, reference=name)
            per_timeline.append(result)
    if not per_timeline:
        raise FileNotFoundError(f"timeline17: no topic folders with articles.json under {path}")
    average = {
        f"{variant}_{measure}": _mean_prf([row["rouge"][variant][measure] for row in per_timeline])
        for variant in ("concat", "align_m1")
        for measure in ("rouge_1", "rouge_2")
    }
    average["date"] = _mean_prf([row["dates"] for row in per_timeline])
    return {
        "dataset": "timeline17",
        "path": path,
        "topics": topics,
        "n_timelines": len(per_timeline),
        "average": average,
        "per_timeline": per_timeline,
        "baseline_news_tls_datewise": NEWS_TLS_DATEWISE,
        "rouge_implementation": "tilse reimpl (stemmed, stopwords removed)",
        "sentence_dates": dater_name,
        "seconds": round(time.time() - started, 1),
    }


def format_report(result: dict) -> str:
    average = result["average"]
    lines = [
        f"Timeline17: {result['n_timelines']} timelines in {len(result['topics'])} topics ({result['seconds']} s)",
        f"{'topic':<22}{'dates':>7}{'k':>3}{'AR1-F':>8}{'AR2-F':>8}{'C-R1-F':>8}{'Date-F':>8}",
    ]
    for row in result["per_timeline"]:
        lines.append(
            f"{row['topic']:<22}{row['n_ref_dates']:>7}{row['sentences_per_date']:>3}"
            f"{row['rouge']['align_m1']['rouge_1']['f_score']:>8.3f}{row['rouge']['align_m1']['rouge_2']['f_score']:>8.3f}"
            f"{row['rouge']['concat']['rouge_1']['f_score']:>8.3f}{row['dates']['f_score']:>8.3f}"
        )
    lines.append(
        f"{'AVERAGE':<32}{average['align_m1_rouge_1']['f_score']:>8.3f}{average['align_m1_rouge_2']['f_score']:>8.3f}"
        f"{average['concat_rouge_1']['f_score']:>8.3f}{average['date']['f_score']:>8.3f}"
    )
    lines.append(f"concat ROUGE-2 F: {average['concat_rouge_2']['f_score']:.3f}")
    baseline = result["baseline_news_tls_datewise"]
    lines.append(
        f"news-tls DATEWISE (paper): AR1-F {baseline['align_r1_f']:.3f}  AR2-F {baseline['align_r2_f']:.3f}  Date-F {baseline['date_f']:.3f}"
    )
    lines.append(f"ROUGE: {result['rouge_implementation']}; sentence dates: {result['sentence_dates']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m storyline.eval.timeline17")
    parser.add_argument("path")
    parser.add_argument("--limit", type=int, default=None, help="only the first N topics")
    parser.add_argument("--json", default=None, help="also write the full result to this file")
    parser.add_argument("--dates", choices=["timex", "rules"], default="timex", help="how sentences are dated")
    args = parser.parse_args(argv)
    try:
        result = run(args.path, args.limit, args.dates)
    except (FileNotFoundError, ImportError) as error:
        print(str(error), file=sys.stderr)
        return 1
    print(format_report(result))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump(result, handle, indent=1, default=str)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
