"""Re-read a judged coverage sheet's quotes with the code as it is now: which quotes keep their
text, which change, which are no longer listed. The seen sheets of #16 are re-counted this way
after a span rule changes, on the same quotes rather than a new draw.

    python scripts/recount_sheet_quotes.py docs/judged/bpoil_guardian-seed1616.md --db STORE.db

STORE.db is a store of the sheet's topic (the coverage cache keeps one per code version under
~/.cache/storyline/coverage; any store holding the sheet's documents will do: the documents'
stored texts are parsed again and run through the product's quote step, `learned_quotes`). A
sheet quote is found again as the quote of the same document whose span overlaps the sheet's
text where it stands in the document. Printed: each sheet quote whose text or listing changed,
with its judgement, then the count of judged-wrong spans that changed.
"""
from __future__ import annotations

import argparse
import re
import sqlite3
import sys

from storyline.nlp.attribution_model import learned_quotes
from storyline.nlp.entities import extract_mentions
from storyline.nlp.spacy_model import load_spacy

BLOCK = re.compile(r"^### Q\d+ `(?P<doc>\w+):q\d+`.*?^- quote: (?P<quote>.*?)$.*?^- speaker right: (?P<speaker>\S+).*?"
                   r"^- span right: (?P<span>\S+)", re.M | re.S)


def sheet_quotes(path: str) -> list[dict]:
    return [match.groupdict() for match in BLOCK.finditer(open(path, encoding="utf-8").read())]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sheet")
    parser.add_argument("--db", required=True)
    args = parser.parse_args(argv)
    judged = sheet_quotes(args.sheet)
    connection = sqlite3.connect(args.db)
    texts = {}
    for item in judged:
        row = connection.execute("SELECT text FROM documents WHERE id = ?", (item["doc"],)).fetchone()
        if row is None:
            print(f"{item['doc']}: not in {args.db}", file=sys.stderr)
            continue
        texts[item["doc"]] = row[0]
    nlp = load_spacy()
    quotes = {}
    for doc_id, parsed in zip(texts, nlp.pipe(texts.values())):
        quotes[doc_id] = learned_quotes(parsed, doc_id, extract_mentions(parsed, doc_id))
    changed_wrong = changed_right = missing = 0
    for item in judged:
        text = texts.get(item["doc"])
        at = text.find(item["quote"]) if text is not None else -1
        if at < 0:
            missing += 1
            print(f"NOT FOUND {item['doc']}: {item['quote'][:80]}")
            continue
        end = at + len(item["quote"])
        now = [q for q in quotes[item["doc"]] if q.start < end and at < q.end]
        now.sort(key=lambda q: -(min(q.end, end) - max(q.start, at)))
        quote = now[0] if now else None
        if quote is not None and quote.text == item["quote"] and quote.statement:
            continue
        if item["span"] == "no":
            changed_wrong += 1
        else:
            changed_right += 1
        listed = "listed" if quote is not None and quote.statement else "NOT LISTED"
        print(f"[speaker {item['speaker']}, span {item['span']}] {item['doc']}, now {listed}")
        print(f"   sheet: {item['quote']}")
        print(f"   now:   {quote.text if quote is not None else None}")
    print(f"{len(judged)} sheet quotes; changed: {changed_wrong} judged a wrong span, {changed_right} judged right; "
          f"{missing} not found")
    return 0


if __name__ == "__main__":
    sys.exit(main())
