"""Time expression values of JSONL articles, to see what a change to the time rules does on real
coverage: run it with each version of the code first on PYTHONPATH, then compare the two outputs.

    python scripts/timex_values.py articles.jsonl --parsed docs.spacy > old.jsonl   # old tree on PYTHONPATH
    python scripts/timex_values.py articles.jsonl --parsed docs.spacy > new.jsonl   # new tree
    python scripts/timex_values.py --diff old.jsonl new.jsonl                       # the values that moved

Each article (`text`, `published` as written by /work/shared/tools/t17_to_jsonl.py or `storyline
ingest`'s JSONL) is parsed with the product's spaCy model and read by `extract_timexes` anchored on
its publication date. `--parsed` keeps the parses in a DocBin so the second run does not parse again.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def values(articles: Path, parsed_path: Path | None) -> None:
    from spacy.tokens import DocBin

    from storyline.nlp.spacy_model import load_spacy
    from storyline.nlp.time import extract_timexes

    rows = [json.loads(line) for line in articles.read_text(encoding="utf-8").splitlines() if line.strip()]
    nlp = load_spacy()
    if parsed_path and parsed_path.exists():
        docs = list(DocBin().from_disk(parsed_path).get_docs(nlp.vocab))
    else:
        docs = list(nlp.pipe(row["text"] for row in rows))
        if parsed_path:
            DocBin(docs=docs).to_disk(parsed_path)
    for number, (row, doc) in enumerate(zip(rows, docs)):
        anchor = (row.get("published") or "")[:10] or None
        for timex in extract_timexes(row["text"], anchor, parsed=doc):
            sentence = doc.char_span(timex.start, timex.end, alignment_mode="expand")
            print(json.dumps({"article": number, "start": timex.start, "text": timex.text, "anchor": anchor,
                              "value": timex.value, "sentence": sentence.sent.text if sentence else ""}))


def diff(old_path: Path, new_path: Path) -> None:
    def read(path: Path) -> dict:
        rows = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
        return {(row["article"], row["start"], row["text"]): row for row in rows}

    old, new = read(old_path), read(new_path)
    moved = [(key, old[key], new[key]) for key in sorted(old.keys() & new.keys()) if old[key]["value"] != new[key]["value"]]
    for key, before, after in moved:
        print(f"{key[0]}\t{before['anchor']}\t{key[2]!r}\t{before['value']} -> {after['value']}\t{after['sentence']}")
    print(f"{len(moved)} of {len(old.keys() & new.keys())} expressions found by both moved; "
          f"{len(old.keys() - new.keys())} only before, {len(new.keys() - old.keys())} only after", file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("articles", nargs="?", type=Path)
    parser.add_argument("--parsed", type=Path, help="DocBin of the articles' parses (written if absent)")
    parser.add_argument("--diff", nargs=2, type=Path, metavar=("OLD", "NEW"))
    args = parser.parse_args()
    if args.diff:
        diff(*args.diff)
    elif args.articles:
        values(args.articles, args.parsed)
    else:
        parser.error("give an articles file or --diff OLD NEW")


if __name__ == "__main__":
    main()
