"""Benchmark volume from real news text: re-sampled PolNeAR, Timeline17 and SemEval-2022 articles.

No generated words: every synthetic document is a window of paragraphs of one real article, with
one paragraph of another real article of the pool spliced in (so documents beyond the pool size are
distinct, as a story's later coverage is, while sharing text the way wire copies do). Deterministic
for a given seed. The gold data is read in place ($STORYLINE_DATASETS, else ../shared/datasets beside the
main checkout: `storyline.eval.gold_data_folder`, as the tests find it) and never copied.
"""
from __future__ import annotations

import csv
import json
import random
import re
from dataclasses import dataclass
from pathlib import Path

from storyline.eval import gold_data_folder


DATASETS = gold_data_folder(Path(__file__).resolve().parents[1])  # the tests' folder (tests/conftest.py) too


@dataclass
class Article:
    paragraphs: list[str]
    published: str | None
    outlet: str | None
    title: str | None


def _paragraphs_from_tokenised(text: str, per: int = 3) -> list[str]:
    """Timeline17 bodies are one tokenised line ("word , word ."): detokenise and group sentences."""
    text = re.sub(r" ([.,;:!?%)'])", r"\1", text)
    text = re.sub(r"([(]) ", r"\1", text).replace(" n't", "n't").replace(" 's", "'s")
    sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", text) if s.strip()]
    return [" ".join(sentences[i:i + per]) for i in range(0, len(sentences), per)]


def load_pool(datasets: Path = DATASETS, limit: int | None = None) -> list[Article]:
    pool: list[Article] = []
    polnear = datasets / "polnear" / "data"
    if polnear.exists():
        meta = {}
        with open(polnear / "metadata.tsv", encoding="utf-8") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                meta[row["filename"]] = row
        for path in sorted(polnear.glob("*/text/*.txt")):
            body = path.read_text(encoding="utf-8")
            paragraphs = [p.strip() for p in re.split(r"\n\s*\n|\n", body) if p.strip()]
            row = meta.get(path.stem, {})
            date = row.get("publication_date") if row.get("publication_date", "None") != "None" else None
            pool.append(Article(paragraphs[1:] if len(paragraphs) > 2 else paragraphs, date,
                                row.get("publisher"), paragraphs[0] if len(paragraphs) > 2 else None))
    for path in sorted((datasets / "timeline17").glob("*/articles.json")):
        outlet = path.parent.name.split("_")[-1]
        for item in json.loads(path.read_text(encoding="utf-8")):
            paragraphs = _paragraphs_from_tokenised(item.get("text") or "")
            if len(paragraphs) >= 2:
                pool.append(Article(paragraphs, item.get("dct"), outlet, None))
    semeval = datasets / "semeval2022-task8-en" / "dev.csv"
    if semeval.exists():
        csv.field_size_limit(1 << 30)
        with open(semeval, encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                for key in ("text_1", "text_2"):
                    paragraphs = [p.strip() for p in re.split(r"\n+", row[key] or "") if len(p.strip()) > 40]
                    if len(paragraphs) < 2:
                        paragraphs = _paragraphs_from_tokenised(row[key] or "")
                    if len(paragraphs) >= 2:
                        pool.append(Article(paragraphs, None, None, None))
    if not pool:
        raise SystemExit(f"no benchmark text: {datasets} holds none of polnear, timeline17, semeval2022-task8-en")
    return pool[:limit] if limit else pool


def synthesise(pool: list[Article], n: int, seed: int = 8) -> list[dict]:
    """n JSONL-shaped records {"text", "title"?, "published"?, "outlet"?}: the pool first as it is,
    then re-sampled windows of it with one foreign paragraph each."""
    rng = random.Random(seed)
    records = []
    for i in range(n):
        article = pool[i % len(pool)]
        paragraphs = list(article.paragraphs)
        if i >= len(pool):
            keep = max(2, int(len(paragraphs) * rng.uniform(0.5, 0.9)))
            start = rng.randrange(0, len(paragraphs) - keep + 1)
            paragraphs = paragraphs[start:start + keep]
            other = pool[rng.randrange(len(pool))]
            paragraphs.insert(rng.randrange(1, len(paragraphs) + 1), rng.choice(other.paragraphs))
        record = {"text": "\n\n".join(paragraphs)}
        if article.title and i < len(pool):
            record["title"] = article.title
        if article.published:
            record["published"] = article.published
        if article.outlet:
            record["outlet"] = article.outlet
        records.append(record)
    return records


def write_jsonl(records: list[dict], path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def write_folder(records: list[dict], folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i, record in enumerate(records):
        (folder / f"{i:06d}.txt").write_text(record["text"], encoding="utf-8")
    return folder


if __name__ == "__main__":
    import sys

    pool = load_pool()
    words = sum(len(" ".join(a.paragraphs).split()) for a in pool)
    print(f"pool: {len(pool)} articles, {words / len(pool):.0f} words on average")
    if len(sys.argv) > 2:
        write_jsonl(synthesise(pool, int(sys.argv[1])), Path(sys.argv[2]))
