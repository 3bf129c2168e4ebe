"""TempEval-3 TBAQ newswire (TimeBank, AQUAINT) as storyline JSONL, the way a user would feed it: text of <TEXT>,
title of <TITLE> when there is one, published = the DCT, outlet from the document id's agency prefix (APW, NYT, wsj...).
Real coverage that no rule was written from, for held-out sheets:
`python scripts/tempeval_to_jsonl.py ../shared/datasets/tempeval3/TBAQ-cleaned/AQUAINT > aquaint.jsonl`."""
from __future__ import annotations

import argparse
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from storyline.eval.tempeval import read_timeml


def _title(path: Path) -> str | None:
    title = ET.parse(path).getroot().find("TITLE")
    text = " ".join("".join(title.itertext()).split()) if title is not None else ""
    return text or None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("paths", nargs="+", help=".tml files or folders holding them")
    args = parser.parse_args(argv)
    files = sorted(f for p in map(Path, args.paths) for f in ([p] if p.is_file() else p.rglob("*.tml")))
    for path in files:
        try:
            doc = read_timeml(path)
            title = _title(path)
        except (ET.ParseError, OSError) as error:
            print(f"{path}: not readable TimeML ({error})", file=sys.stderr)
            continue
        agency = re.match(r"[A-Za-z]+", path.stem)
        record = {"text": doc.text.strip(), "title": title, "published": doc.dct,
                  "outlet": agency.group(0).upper() if agency else None, "url": f"tempeval3:{path.parent.name}/{path.stem}"}
        print(json.dumps(record, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
