"""Print the sentences `_foreign_passages` flags (no mentions come from them) on development text: the zyte
ground-truth article bodies and Timeline17 topics as JSONL (`t17_to_jsonl.py TOPIC -n 140 -o X.jsonl`).

usage: python scripts/foreign_passages.py X.jsonl ...   (reads $STORYLINE_DATASETS/zyte-article-extraction)
Each line: the page's key (or FILE:line) and the flagged sentence's first 90 characters."""
import json
import os
import sys
from pathlib import Path

from storyline.nlp.entities import _foreign_passages
from storyline.nlp.spacy_model import load_spacy


def main(paths: list[str]) -> None:
    truth = Path(os.environ["STORYLINE_DATASETS"]) / "zyte-article-extraction" / "ground-truth.json"
    docs = [(key, page["articleBody"]) for key, page in sorted(json.loads(truth.read_text()).items())]
    for path in paths:
        docs += [(f"{Path(path).stem}:{i}", json.loads(line)["text"]) for i, line in enumerate(open(path))]
    for (key, _), parsed in zip(docs, load_spacy().pipe((text for _, text in docs), batch_size=16)):
        texts = [token.text for token in parsed]
        for start, end in _foreign_passages(parsed, texts):
            print(key[:20], repr(parsed[start:end].text[:90]))


if __name__ == "__main__":
    main(sys.argv[1:])
