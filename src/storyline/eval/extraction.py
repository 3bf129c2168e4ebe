"""HTML main-text extraction on the Zyte article-extraction benchmark.

Metric as the benchmark defines it: per page, 4-gram shingles of \\w+ tokens are matched with
counts; TP/FP/FN are normalised per page; precision and recall are averaged over pages and F1
is their harmonic mean. Rows: storyline's clean stage (trafilatura + our line cleaning) and
bare trafilatura with default settings, side by side.
"""
from __future__ import annotations

import gzip
import json
import re
import statistics
import sys
from collections import Counter
from pathlib import Path

from storyline.eval.scoring import prf

TOKEN = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, n: int = 4) -> Counter:
    tokens = TOKEN.findall(text or "")
    return Counter(tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i:i + n])


def page_counts(true: str, pred: str) -> tuple[float, float, float]:
    gold, found = shingles(true), shingles(pred)
    tp = sum(min(gold[key], found[key]) for key in gold.keys() | found.keys())
    fp = sum(max(0, found[key] - gold[key]) for key in found)
    fn = sum(max(0, gold[key] - found[key]) for key in gold)
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def scores(counts: list[tuple[float, float, float]]) -> dict[str, float]:
    p = statistics.mean(precision(*c) for c in counts if c[0] + c[1] > 0)
    r = statistics.mean(recall(*c) for c in counts if c[0] + c[2] > 0)
    return prf(p, r)


def run(path: str, limit: int | None = None) -> dict:
    import trafilatura

    from storyline.clean import clean_document
    from storyline.model import RawDocument

    root = Path(path)
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    keys = sorted(truth)[:limit] if limit else sorted(truth)
    ours, bare = [], []
    for key in keys:
        html = gzip.decompress((root / "html" / f"{key}.html.gz").read_bytes()).decode("utf-8", "replace")
        gold = truth[key].get("articleBody", "")
        doc = clean_document(RawDocument(source=key, html=html, url=truth[key].get("url")))
        ours.append(page_counts(gold, doc.text))
        bare.append(page_counts(gold, trafilatura.extract(html, url=truth[key].get("url")) or ""))
    return {"pages": len(keys), "storyline": scores(ours), "trafilatura": scores(bare)}


def format_report(result: dict) -> str:
    lines = [f"HTML main-text extraction, {result['pages']} pages (Zyte benchmark metric)",
             f"{'system':<14}{'precision':>10}{'recall':>10}{'F1':>10}"]
    for name in ("storyline", "trafilatura"):
        row = result[name]
        lines.append(f"{name:<14}{row['precision']:>10.3f}{row['recall']:>10.3f}{row['f1']:>10.3f}")
    return "\n".join(lines)


if __name__ == "__main__":
    print(format_report(run(sys.argv[1])))
