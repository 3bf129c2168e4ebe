"""news-story-chains (Gedikli et al. 2021): pairwise same-story precision/recall/F1 of cluster_stories.

Gold: coder1 (the author); coder2 (a student) is scored the same way as a reference for how
far two humans agree. The story threshold was chosen on this set, so a 2-fold split by article
is also reported: the threshold is picked on one half's pairs and scored on the other half's.

    python -m storyline.eval.storychains ../shared/datasets/news-story-chains
"""
from __future__ import annotations

import csv
import itertools
import random
import sys
from pathlib import Path

import numpy as np

from storyline.dedup.stories import STORY_THRESHOLD, cluster_by_similarity, tfidf_similarity
from storyline.eval.scoring import prf, ratio

ARTICLES = "gedikli-business_energy_news_dataset-2021-06-29-article_texts.csv"
CODER1 = "hand_coded/story_pairs-2021-06-29-coder1-gedikli.csv"
CODER2 = "hand_coded/story_pairs-2021-06-29-coder2-unaware_student.csv"
THRESHOLD_GRID = [round(0.08 + 0.01 * k, 2) for k in range(23)]  # 0.08 .. 0.30


def load_articles(root: Path, limit: int | None) -> list[dict]:
    csv.field_size_limit(sys.maxsize)
    with open(root / ARTICLES, newline="", encoding="utf-8") as handle:
        articles = list(csv.DictReader(handle))
    return articles[:limit] if limit else articles


def load_pairs(path: Path) -> dict[frozenset, bool]:
    """{frozenset({url1, url2}): same_story} from a `url1;url2;0|1` file."""
    labels = {}
    with open(path, encoding="utf-8-sig") as handle:
        for line in handle:
            if line.strip():
                url1, url2, label = line.strip().split(";")[:3]
                labels[frozenset((url1, url2))] = label.strip() == "1"
    return labels


def pair_scores(predicted: dict[frozenset, bool], gold: dict[frozenset, bool]) -> dict:
    keys = [key for key in predicted if key in gold]
    tp = sum(predicted[k] and gold[k] for k in keys)
    fp = sum(predicted[k] and not gold[k] for k in keys)
    fn = sum(gold[k] and not predicted[k] for k in keys)
    return {"pairs": len(keys), "gold_positive": tp + fn, **prf(ratio(tp, tp + fp), ratio(tp, tp + fn))}


def same_story_pairs(urls: list[str], similarity: np.ndarray, threshold: float) -> dict[frozenset, bool]:
    labels = cluster_by_similarity(similarity, threshold)
    return {frozenset((urls[i], urls[j])): labels[i] == labels[j]
            for i, j in itertools.combinations(range(len(urls)), 2)}


def _sub(similarity: np.ndarray, indices: list[int]) -> np.ndarray:
    return similarity[np.ix_(indices, indices)]


def two_fold_by_article(urls: list[str], similarity: np.ndarray, gold: dict, seed: int = 0) -> dict:
    """Pick the threshold on one half of the articles, score on the other half; both ways."""
    order = list(range(len(urls)))
    random.Random(seed).shuffle(order)
    halves = [sorted(order[: len(order) // 2]), sorted(order[len(order) // 2 :])]
    predicted_all: dict[frozenset, bool] = {}
    chosen = []
    for tune, test in ((halves[0], halves[1]), (halves[1], halves[0])):
        tune_urls = [urls[i] for i in tune]
        best = max(THRESHOLD_GRID, key=lambda t: pair_scores(
            same_story_pairs(tune_urls, _sub(similarity, tune), t), gold)["f1"])
        chosen.append(best)
        predicted_all.update(same_story_pairs([urls[i] for i in test], _sub(similarity, test), best))
    return {"thresholds": chosen, **pair_scores(predicted_all, gold)}


def incremental_pairs(articles: list[dict]) -> dict[frozenset, bool]:
    """Same-story pairs from CopyIndex.story_of, articles added one by one in date order."""
    import sqlite3

    from storyline.dedup.index import CopyIndex, create_schema
    from storyline.model import Document

    conn = sqlite3.connect(":memory:")
    create_schema(conn)
    index = CopyIndex(conn)
    for article in sorted(articles, key=lambda a: a["date"]):
        index.add(Document(id=article["url"], source=article["url"], text=f"{article['title']}\n{article['text']}",
                           title=article["title"], published=article["date"][:10] or None))
    story = index.story_of()
    return {frozenset((a, b)): story[a] == story[b] for a, b in itertools.combinations(sorted(story), 2)}


def run(path: str, limit: int | None = None, incremental: bool = True) -> dict:
    """Scores; `incremental=False` skips the CopyIndex pass (it embeds the rewrite candidates)."""
    root = Path(path)
    articles = load_articles(root, limit)
    urls = [article["url"] for article in articles]
    similarity = tfidf_similarity([f"{a['title']}\n{a['text']}" for a in articles])
    coder1, coder2 = load_pairs(root / CODER1), load_pairs(root / CODER2)
    predicted = same_story_pairs(urls, similarity, STORY_THRESHOLD)
    result = {
        "articles": len(articles),
        "threshold": STORY_THRESHOLD,
        "vs_coder1": pair_scores(predicted, coder1),
        "vs_coder2": pair_scores(predicted, coder2),
        "coder2_vs_coder1": pair_scores({k: v for k, v in coder2.items() if k in predicted}, coder1),
        "two_fold_by_article_vs_coder1": two_fold_by_article(urls, similarity, coder1),
    }
    if incremental:
        result["incremental_index_vs_coder1"] = pair_scores(incremental_pairs(articles), coder1)
    return result


def format_report(result: dict) -> str:
    def line(name: str, s: dict) -> str:
        return (f"  {name:<28} P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}"
                f"  ({s['pairs']} pairs, {s['gold_positive']} same-story)")

    cv = result["two_fold_by_article_vs_coder1"]
    return "\n".join([
        f"news-story-chains: {result['articles']} articles, TF-IDF cosine + average linkage at {result['threshold']}",
        line("clusters vs coder1 (gold)", result["vs_coder1"]),
        line("clusters vs coder2", result["vs_coder2"]),
        line("coder2 vs coder1 (humans)", result["coder2_vs_coder1"]),
        line("2-fold by article vs coder1", cv) + f" thresholds {cv['thresholds']}",
    ] + ([line("CopyIndex.story_of vs coder1", result["incremental_index_vs_coder1"]) + " (incremental, date order)"]
         if "incremental_index_vs_coder1" in result else []))


if __name__ == "__main__":
    arguments = sys.argv[1:]
    if not arguments:
        sys.exit("usage: python -m storyline.eval.storychains PATH [LIMIT]")
    print(format_report(run(arguments[0], int(arguments[1]) if len(arguments) > 1 else None)))
