"""PolNeAR articles of one split as storyline JSONL (text, title, outlet, published from metadata.tsv),
read in place from the dataset: `python scripts/polnear_to_jsonl.py ../shared/datasets/polnear > dev.jsonl`."""
from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("path", help="PolNeAR root (holds data/metadata.tsv and data/<split>/text)")
    parser.add_argument("--split", default="dev")
    args = parser.parse_args(argv)
    data = Path(args.path) / "data"
    with open(data / "metadata.tsv", encoding="utf-8", newline="") as handle:
        metadata = {row["filename"]: row for row in csv.DictReader(handle, delimiter="\t")}
    for text_path in sorted((data / args.split / "text").glob("*.txt")):
        row = metadata.get(text_path.stem, {})
        record = {"text": text_path.read_text(encoding="utf-8"), "title": row.get("title") or None,
                  "outlet": row.get("publisher") or None, "published": row.get("publication_date") or None,
                  "url": f"polnear:{args.split}/{text_path.stem}"}
        print(json.dumps(record, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
