"""`storyline eval timeline17 PATH`: the product's timeline on Timeline17 (Tran et al. 2013).

Follows the news-tls protocol (Ghalandari & Ifrim 2020): for each reference timeline the
input is the topic's articles published between the reference's first and last date, the
system produces as many dates as the reference (N) and round(mean sentences per reference
date) sentences per date (K), and is scored with tilse: concat ROUGE-1/2, alignment-based
many-to-one ROUGE-1/2 (align+ m:1) and date F1. Averages are over timelines, F computed from
mean P and R. ROUGE uses tilse's Python reimplementation (the Perl ROUGE-1.5.5 needs XML::DOM),
which splits sentences on spaces: the product's sentences are tokenised as the reference is
(Penn Treebank, `as_reference_tokens`) before scoring.

Through the product: the articles (detokenised, with their publication dates, as JSONL) are
ingested into a store by the normal pipeline, and the timeline is what
`storyline timeline --dates N --per-date K --since FIRST --until LAST` shows
(`export.records.summarised_timeline_records`): each row's evidence sentence is a summary
sentence. At most `max_articles` articles per timeline are ingested (even steps through the
publication order, as ../shared/tools/t17_to_jsonl.py takes them): this machine cannot ingest
all 1,600. Stores are cached under `cache_dir`, keyed by topic, sample and a hash of the code
that analyses documents; the story (events, clusters) is rebuilt from the stored analyses on
every run, so changes to the story stage are always measured.
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
from pathlib import Path

from storyline.eval.cache import ANALYSIS_CODE, cache_root, code_fingerprint, kept_store, remove_store
from storyline.eval.coverage import detokenise  # Timeline17's tokens back to running text
from storyline.eval.scoring import f1, ratio


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


def average_summary_length(reference: OrderedDict) -> int:
    lengths = [len(sentences) for sentences in reference.values()]
    return max(1, round(sum(lengths) / len(lengths)))


def date_scores(predicted: set[date], reference: set[date]) -> dict[str, float]:
    shared = len(predicted & reference)
    precision, recall = ratio(shared, len(predicted)), ratio(shared, len(reference))
    return {"precision": precision, "recall": recall, "f_score": f1(precision, recall)}


def as_reference_tokens(sentence: str) -> str:
    """A product sentence tokenised as Timeline17's text is (Penn Treebank: "BP 's", "leak ,",
    "`` dead ''", "-LRB-"). tilse splits both sides on spaces, so untokenised "leak," or "BP's"
    would never match the reference's "leak" or "BP"; news-tls's sentences came from the corpus's
    own tokenised text."""
    from nltk.tokenize import TreebankWordTokenizer

    return " ".join(TreebankWordTokenizer().tokenize(sentence, convert_parentheses=True))


def _rouge_scores(predicted: list[tuple[date, list[str]]], reference: OrderedDict) -> dict[str, dict]:
    try:
        from tilse.data.timelines import GroundTruth, Timeline
        from tilse.evaluation import rouge
    except ImportError as error:
        raise ImportError("timeline17: the tilse scorer is not installed "
                          "(pip install nltk==3.10.4 && pip install --no-deps tilse==0.2.1)") from error

    evaluator = rouge.TimelineRougeEvaluator(measures=["rouge_1", "rouge_2"], rouge_computation="reimpl")
    predicted_tl = Timeline({day: [as_reference_tokens(sentence) for sentence in sentences] for day, sentences in predicted})
    truth = GroundTruth([Timeline(dict(reference))])
    return {
        "concat": evaluator.evaluate_concat(predicted_tl, truth),
        "align_m1": evaluator.evaluate_align_date_content_costs_many_to_one(predicted_tl, truth),
    }


def _mean_prf(rows: list[dict[str, float]]) -> dict[str, float]:
    """news-tls averaging: mean precision and recall over timelines, F from those means."""
    precision = sum(row["precision"] for row in rows) / len(rows)
    recall = sum(row["recall"] for row in rows) / len(rows)
    return {"precision": precision, "recall": recall, "f_score": f1(precision, recall)}


DEFAULT_MAX_ARTICLES = 60
DEFAULT_CACHE = cache_root() / "timeline17"


def sample_articles(articles: list[dict], start: date, end: date, max_articles: int | None) -> list[dict]:
    """The non-empty articles published in [start, end], in publication order; at most
    `max_articles`, taken at even steps through that order (no randomness to seed)."""
    chosen = [a for a in articles if (a.get("text") or "").strip() and start <= date.fromisoformat(a["dct"][:10]) <= end]
    chosen.sort(key=lambda a: (a["dct"], str(a["uid"])))
    if max_articles and len(chosen) > max_articles:
        steps = sorted({round(i * (len(chosen) - 1) / (max_articles - 1)) for i in range(max_articles)})
        chosen = [chosen[i] for i in steps]
    return chosen


def topic_store(articles: list[dict], topic: str, reference: str, cache_dir: Path, max_articles: int | None,
                code_version: str | None = None):
    """A store holding the sampled articles, ingested by the normal pipeline (cached), with the
    story rebuilt by the current code. Returns (store, articles ingested, seconds spent ingesting)."""
    from storyline.pipeline import ingest
    from storyline.store import Store
    from storyline.story.build import rebuild_story

    key = f"{topic}-{Path(reference).name.split('.')[0]}-{max_articles or 'all'}-{code_version or code_fingerprint(ANALYSIS_CODE)}"
    path = cache_dir / f"{key}.db"
    seconds = 0.0

    def fill(store: Store) -> None:
        nonlocal seconds
        feed = cache_dir / f"{key}.{os.getpid()}.jsonl"
        with feed.open("w", encoding="utf-8") as handle:
            for article in articles:
                handle.write(json.dumps({"text": detokenise(article["text"]), "published": article["dct"][:10],
                                         "outlet": topic.split("_", 1)[-1],
                                         "url": f"https://timeline17.example/{topic}/{article['uid']}"}) + "\n")
        started = time.time()
        try:
            ingest(store, [str(feed)], on_error=lambda message: print(f"{topic}: {message}", file=sys.stderr))
        finally:
            feed.unlink(missing_ok=True)
        seconds = time.time() - started
        with store.transaction():
            store.set_state("timeline17_ingested", str(len(articles)))

    store, _ = kept_store(path, fill)
    if store.get_state("timeline17_ingested") != str(len(articles)):  # kept by a version that stored no mark
        store.close()
        remove_store(path)
        store, _ = kept_store(path, fill)
    rebuild_story(store)
    return store, seconds


def evaluate_reference(articles: list[dict], reference: OrderedDict, topic: str = "topic", name: str = "reference",
                       cache_dir: Path = DEFAULT_CACHE, max_articles: int | None = DEFAULT_MAX_ARTICLES,
                       code_version: str | None = None) -> dict:
    """One reference timeline: N dates, K evidence sentences per date, from the product's summarised timeline."""
    from storyline.export.records import summarised_timeline_records

    days = list(reference)
    start, end = days[0], days[-1]
    chosen = sample_articles(articles, start, end, max_articles)
    k = average_summary_length(reference)
    store, seconds = topic_store(chosen, topic, name, cache_dir, max_articles, code_version)
    try:
        rows = summarised_timeline_records(store, len(days), k, since=start.isoformat(), until=end.isoformat())
    finally:
        store.close()
    by_day: OrderedDict[date, list[str]] = OrderedDict()
    for row in rows:
        by_day.setdefault(date.fromisoformat(row["timeline_date"]), []).append(row["summary"])
    predicted = [(day, sentences) for day, sentences in by_day.items() if start <= day <= end]
    scores = _rouge_scores(predicted, reference) if predicted else None
    return {
        "n_ref_dates": len(days),
        "n_pred_dates": len(predicted),
        "sentences_per_date": k,
        "n_articles": len(chosen),
        "ingest_seconds": round(seconds, 1),
        "rouge": scores,
        "dates": date_scores({day for day, _ in predicted}, set(days)),
        "timeline": [(day.isoformat(), sentences) for day, sentences in predicted],
    }


def _zero_rouge() -> dict:
    zero = {"precision": 0.0, "recall": 0.0, "f_score": 0.0}
    return {"concat": {"rouge_1": zero, "rouge_2": zero}, "align_m1": {"rouge_1": zero, "rouge_2": zero}}


def _averages(rows: list[dict]) -> dict:
    average = {
        f"{variant}_{measure}": _mean_prf([row["rouge"][variant][measure] for row in rows])
        for variant in ("concat", "align_m1")
        for measure in ("rouge_1", "rouge_2")
    }
    average["date"] = _mean_prf([row["dates"] for row in rows])
    return average


def run(path: str, limit: int | None = None, max_articles: int | None = DEFAULT_MAX_ARTICLES,
        cache_dir: str | Path | None = None) -> dict:
    """Evaluate on every topic folder under `path` (the first `limit` topics when given).

    The topics are also averaged in two halves (even and odd places in name order): settings
    may be chosen on the first and must hold on the second."""
    if not os.path.isdir(path):
        raise FileNotFoundError(f"timeline17: no such folder: {path}")
    started = time.time()
    topics = sorted(name for name in os.listdir(path) if os.path.isfile(os.path.join(path, name, "articles.json")))
    if limit:
        topics = topics[:limit]
    cache = Path(cache_dir) if cache_dir else DEFAULT_CACHE
    code_version = code_fingerprint(ANALYSIS_CODE)  # once: the code this process runs, not files edited since
    per_timeline = []
    for topic in topics:
        articles, references = load_topic(os.path.join(path, topic))
        for name, reference in references:
            result = evaluate_reference(articles, reference, topic, name, cache, max_articles, code_version)
            result["rouge"] = result["rouge"] or _zero_rouge()
            result.update(topic=topic, reference=name, half="tune" if topics.index(topic) % 2 == 0 else "held-out")
            per_timeline.append(result)
    if not per_timeline:
        raise FileNotFoundError(f"timeline17: no topic folders with articles.json under {path}")
    halves = {half: _averages([row for row in per_timeline if row["half"] == half])
              for half in ("tune", "held-out") if any(row["half"] == half for row in per_timeline)}
    return {
        "dataset": "timeline17",
        "path": path,
        "topics": topics,
        "n_timelines": len(per_timeline),
        "average": _averages(per_timeline),
        "halves": halves,
        "per_timeline": per_timeline,
        "baseline_news_tls_datewise": NEWS_TLS_DATEWISE,
        "rouge_implementation": "tilse reimpl (stemmed, stopwords removed; sentences Treebank-tokenised as the reference)",
        "pipeline": f"storyline ingest + `storyline timeline --dates N --per-date K`; at most {max_articles or 'all'} "
                    f"articles per timeline; stores cached in {cache}",
        "seconds": round(time.time() - started, 1),
    }


def format_report(result: dict) -> str:
    average = result["average"]
    lines = [
        f"Timeline17: {result['n_timelines']} timelines in {len(result['topics'])} topics ({result['seconds']} s)",
        f"{'topic':<22}{'half':>9}{'docs':>5}{'ingest s':>9}{'dates':>6}{'k':>3}{'AR1-F':>8}{'AR2-F':>8}{'C-R1-F':>8}{'Date-F':>8}",
    ]
    for row in result["per_timeline"]:
        lines.append(
            f"{row['topic']:<22}{row['half']:>9}{row['n_articles']:>5}{row['ingest_seconds']:>9.0f}"
            f"{row['n_ref_dates']:>6}{row['sentences_per_date']:>3}"
            f"{row['rouge']['align_m1']['rouge_1']['f_score']:>8.3f}{row['rouge']['align_m1']['rouge_2']['f_score']:>8.3f}"
            f"{row['rouge']['concat']['rouge_1']['f_score']:>8.3f}{row['dates']['f_score']:>8.3f}"
        )
    for label, figures in [(f"{half} half", result["halves"][half]) for half in result.get("halves", {})] + [("AVERAGE", average)]:
        lines.append(
            f"{label:<54}{figures['align_m1_rouge_1']['f_score']:>8.3f}{figures['align_m1_rouge_2']['f_score']:>8.3f}"
            f"{figures['concat_rouge_1']['f_score']:>8.3f}{figures['date']['f_score']:>8.3f}"
        )
    lines.append(f"concat ROUGE-2 F: {average['concat_rouge_2']['f_score']:.3f}")
    baseline = result["baseline_news_tls_datewise"]
    lines.append(
        f"news-tls DATEWISE (paper): AR1-F {baseline['align_r1_f']:.3f}  AR2-F {baseline['align_r2_f']:.3f}  Date-F {baseline['date_f']:.3f}"
    )
    lines.append(f"ROUGE: {result['rouge_implementation']}; {result['pipeline']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m storyline.eval.timeline17")
    parser.add_argument("path")
    parser.add_argument("--limit", type=int, default=None, help="only the first N topics")
    parser.add_argument("--json", default=None, help="also write the full result to this file")
    parser.add_argument("--max-articles", type=int, default=DEFAULT_MAX_ARTICLES,
                        help="articles ingested per timeline (0: all)")
    parser.add_argument("--cache-dir", default=None, help=f"where ingested stores are kept (default {DEFAULT_CACHE})")
    args = parser.parse_args(argv)
    try:
        result = run(args.path, args.limit, args.max_articles or None, args.cache_dir)
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
