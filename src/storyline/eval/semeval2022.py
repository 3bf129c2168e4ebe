"""SemEval-2022 Task 8 (English dev): does article_similarity track the human "Overall" score?

Overall runs 1 (same story) .. 4 (different), so the figure reported is Pearson r between our
similarity and -Overall (positive is good). Nothing is fitted: the only choice made on this dev
set is the embedding window (128 word pieces of the lead; 256 gave r 0.826 instead of 0.845).

    python -m storyline.eval.semeval2022 ../shared/datasets/semeval2022-task8-en/dev.csv
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

import numpy as np

from storyline.dedup.stories import lead_vectors

GOAL = 0.80


def _csv_path(path: str) -> Path:
    candidate = Path(path)
    return candidate / "dev.csv" if candidate.is_dir() else candidate


def load_pairs(path: str, limit: int | None = None) -> list[dict]:
    csv.field_size_limit(sys.maxsize)
    with open(_csv_path(path), newline="", encoding="utf-8") as handle:
        rows = [row for row in csv.DictReader(handle) if row["text_1"].strip() and row["text_2"].strip()]
    return rows[:limit] if limit else rows


def pearson(x: np.ndarray, y: np.ndarray) -> float:
    return float(np.corrcoef(x, y)[0, 1])


def spearman(x: np.ndarray, y: np.ndarray) -> float:
    rank = lambda v: np.argsort(np.argsort(v, kind="stable"), kind="stable").astype(float)
    return pearson(rank(x), rank(y))


def run(path: str, limit: int | None = None) -> dict:
    pairs = load_pairs(path, limit)
    vectors_1 = lead_vectors([row["text_1"] for row in pairs])
    vectors_2 = lead_vectors([row["text_2"] for row in pairs])
    similarity = (vectors_1 * vectors_2).sum(axis=1)
    result = {"pairs": len(pairs), "measure": "cosine of MiniLM lead embeddings (128 word pieces)"}
    for facet in ("Overall", "Geography", "Entities", "Time", "Narrative", "Style", "Tone"):
        gold = -np.array([float(row[facet]) for row in pairs])
        result[f"pearson_{facet.lower()}"] = round(pearson(similarity, gold), 4)
    overall = -np.array([float(row["Overall"]) for row in pairs])
    result["spearman_overall"] = round(spearman(similarity, overall), 4)
    result["goal_pearson_overall"] = GOAL
    return result


def format_report(result: dict) -> str:
    lines = [f"SemEval-2022 Task 8 (en dev): {result['pairs']} pairs, {result['measure']}",
             f"  Pearson r with -Overall: {result['pearson_overall']:.3f} (goal >= {result['goal_pearson_overall']})",
             f"  Spearman with -Overall:  {result['spearman_overall']:.3f}",
             "  Pearson r with -facet:   " + ", ".join(
                 f"{facet} {result['pearson_' + facet]:.3f}"
                 for facet in ("geography", "entities", "time", "narrative", "style", "tone")),
             "  (nothing fitted; the 128-word-piece window was picked over 256 on this dev set)"]
    return "\n".join(lines)


if __name__ == "__main__":
    arguments = sys.argv[1:]
    if not arguments:
        sys.exit("usage: python -m storyline.eval.semeval2022 PATH [LIMIT]")
    print(format_report(run(arguments[0], int(arguments[1]) if len(arguments) > 1 else None)))
