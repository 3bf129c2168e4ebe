"""Where the product's PolNeAR attributions go wrong, by kind (docs/quotes.md, "Error analysis").

    python scripts/polnear_errors.py ../shared/datasets/polnear --export /tmp/dev-export.json

Ingests the dev articles as JSONL and reads them back from `storyline export --format json`, as
the headline row of `storyline eval polnear` does (--export caches that export: read when the
file exists, written when not). Gold and predicted attributions are paired one-to-one by their
content's shared characters (the eval's matching); each gold attribution and each unpaired
prediction then falls into one bucket:

- content: paired exactly; paired, boundaries differ; not found, its text cut by cleaning (not in
  the stored text); not found although the text was kept (neither the tagger nor the rules).
- source (gold attributions with a source): exact; overlapping, boundaries differ; the paired
  prediction has another source; the paired prediction has none (split by where the gold source
  is: a pronoun, outside the cue's sentence, else); the attribution itself not found.
- predictions paired with no gold attribution (false positives), by kind of quote.

--examples N prints N random items of each bucket (seeded) with the text around them.
"""
from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter, defaultdict
from pathlib import Path

from storyline.eval.polnear import (
    GoldAttribution,
    _shared_chars,
    exported_by_article,
    load_split,
    located_predictions,
    product_export,
)

PERSONAL_PRONOUNS = {"he", "she", "they", "we", "i", "you", "it", "who", "which", "that"}


def pair_by_content(text: str, predicted: list[GoldAttribution], gold: list[GoldAttribution]) -> dict[int, int]:
    """gold index -> predicted index, one-to-one, greedy by shared content characters."""
    pairs = []
    for i, p in enumerate(predicted):
        for j, g in enumerate(gold):
            if p.content and g.content:
                shared = _shared_chars(text, p.content, g.content)
                if shared:
                    pairs.append((shared, i, j))
    pairs.sort(reverse=True)
    used_p, paired = set(), {}
    for _, i, j in pairs:
        if i in used_p or j in paired:
            continue
        used_p.add(i)
        paired[j] = i
    return paired


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def kept_by_cleaning(article: str, stored: str | None, span: tuple[int, int]) -> bool:
    """Whether most of the span's text is in the stored text (cleaning drops whole lines)."""
    if stored is None:
        return False
    piece = _squeezed(article[span[0]:span[1]])
    if not piece:
        return True
    stored = _squeezed(stored)
    words = piece.split()
    probe = " ".join(words[: max(1, min(8, len(words)))])
    return probe in stored


def same_sentence(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """No sentence end or line break between the two spans (a rough reading, for counting only)."""
    start, end = min(a[1], b[1]), max(a[0], b[0])
    between = text[start:end]
    return "\n" not in between and not re.search(r"[.!?][\"”’]?\s+[A-Z\"“]", between)


def classify(documents, predictions, by_article) -> tuple[Counter, Counter, Counter, dict]:
    content, source, false_positive = Counter(), Counter(), Counter()
    examples: dict[str, list] = defaultdict(list)
    for document, predicted, (stored, _) in zip(documents, predictions, by_article):
        text = document.text
        paired = pair_by_content(text, predicted, document.attributions)
        for j, gold in enumerate(document.attributions):
            if gold.content is None:
                continue
            i = paired.get(j)
            if i is None:
                bucket = "found by neither" if kept_by_cleaning(text, stored, gold.content) else "cut by cleaning"
                content[bucket] += 1
                examples[f"content: {bucket}"].append((text, gold, None))
                if gold.source is not None:
                    source[f"attribution not found ({bucket})"] += 1
                continue
            guess = predicted[i]
            bucket = "exact" if guess.content == gold.content else "boundaries differ"
            content[bucket] += 1
            if bucket != "exact":
                examples[f"content: {bucket}"].append((text, gold, guess))
            if gold.source is None:
                continue
            if guess.source is None:
                if text[gold.source[0]:gold.source[1]].lower() in PERSONAL_PRONOUNS:
                    where = "a pronoun"
                elif gold.cue is not None and not same_sentence(text, gold.source, gold.cue):
                    where = "outside the cue's sentence"
                else:
                    where = "in the cue's sentence"
                bucket = f"no source predicted (gold source {where})"
            elif guess.source == gold.source:
                bucket = "exact"
            elif _shared_chars(text, guess.source, gold.source):
                bucket = "overlapping, boundaries differ"
            else:
                bucket = "another source"
            source[bucket] += 1
            if bucket != "exact":
                examples[f"source: {bucket}"].append((text, gold, guess))
        for i, guess in enumerate(predicted):
            if i in paired.values():
                continue
            quoted = guess.content and any(c in "\"“”" for c in text[guess.content[0]:guess.content[0] + 1])
            bucket = "direct" if quoted else "indirect or stance"
            false_positive[bucket] += 1
            examples[f"false positive: {bucket}"].append((text, None, guess))
    return content, source, false_positive, examples


def _show(text: str, attribution: GoldAttribution | None) -> str:
    if attribution is None:
        return "-"
    parts = []
    for role in ("source", "cue", "content"):
        span = getattr(attribution, role)
        parts.append(f"{role}=[{_squeezed(text[span[0]:span[1]])[:160]}]" if span else f"{role}=-")
    return " ".join(parts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("path", help="PolNeAR root")
    parser.add_argument("--split", default="dev")
    parser.add_argument("--export", help="JSON export of the ingested split (read if present, else written)")
    parser.add_argument("--examples", type=int, default=0, help="random examples per bucket")
    parser.add_argument("--seed", type=int, default=19)
    args = parser.parse_args(argv)
    documents = load_split(args.path, args.split)
    if args.export and Path(args.export).exists():
        exported = json.loads(Path(args.export).read_text(encoding="utf-8"))
    else:
        exported, _ = product_export(documents)
        if args.export:
            Path(args.export).write_text(json.dumps(exported), encoding="utf-8")
    by_article = exported_by_article(documents, exported)
    predictions = located_predictions(documents, exported)
    content, source, false_positive, examples = classify(documents, predictions, by_article)
    for title, counts in (("gold content", content), ("gold source", source), ("false positives", false_positive)):
        total = sum(counts.values())
        print(f"{title} ({total}):")
        for bucket, n in counts.most_common():
            print(f"  {n:>5}  {n / total:6.1%}  {bucket}")
    if args.examples:
        rng = random.Random(args.seed)
        for bucket in sorted(examples):
            items = examples[bucket]
            print(f"\n## {bucket} ({len(items)})")
            for text, gold, guess in rng.sample(items, min(args.examples, len(items))):
                print(f"- gold: {_show(text, gold)}\n  ours: {_show(text, guess)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
