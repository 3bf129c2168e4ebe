"""The 100 Business Energy News articles of the news-story-chains set as storyline JSONL (title, text, published, outlet
from the paper's address, url), for held-out reading of real coverage:
`python scripts/storychains_to_jsonl.py ../shared/datasets/news-story-chains > storychains.jsonl`."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from urllib.parse import urlparse

from storyline.eval.storychains import load_articles


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("path", help="news-story-chains root (holds the article_texts CSV)")
    args = parser.parse_args(argv)
    for row in load_articles(Path(args.path), None):
        record = {"text": row["text"], "title": row.get("title") or None,
                  "published": (row.get("date") or "")[:10] or None,
                  "outlet": urlparse(row.get("paperurl") or "").netloc or None, "url": row["url"]}
        print(json.dumps(record, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
