"""The English articles of the SemEval-2022 Task 8 development pairs as storyline JSONL, one line per article (each
article once, though it may stand in several pairs), for held-out reading of real coverage nobody developed on:
`python scripts/semeval_to_jsonl.py ../shared/datasets/semeval2022-task8-en > semeval.jsonl`.
The set gives no publication date, outlet or title (the title is run into the text), so the articles come undated."""
from __future__ import annotations

import argparse
import json
import sys

from storyline.eval.semeval2022 import load_pairs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("path", help="semeval2022-task8-en folder or its dev.csv")
    args = parser.parse_args(argv)
    seen: set[str] = set()
    for pair in load_pairs(args.path):
        for article_id, text in zip(pair["pair_id"].split("_"), (pair["text_1"], pair["text_2"])):
            if article_id in seen:
                continue
            seen.add(article_id)
            print(json.dumps({"text": text.strip(), "url": f"semeval2022-task8:{article_id}"}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
