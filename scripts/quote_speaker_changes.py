"""Listed quotes whose speaker differs between two stores of the same articles (one ingested
before a change, one after), for judging by reading: each quote listed in either store, matched
by document and overlapping span, printed when its speaker (the entity `storyline quotes` shows)
changed, or when it is listed in one store only.

    python scripts/quote_speaker_changes.py BEFORE.db AFTER.db

Both lists are read with the product's own listing (`storyline quotes --format jsonl`)."""
from __future__ import annotations

import argparse
import io
import json
from contextlib import redirect_stdout

from storyline.cli import main as storyline


def listed_quotes(db: str) -> list[dict]:
    out = io.StringIO()
    with redirect_stdout(out):
        storyline(["quotes", "--db", db, "--format", "jsonl"])
    return [json.loads(line) for line in out.getvalue().splitlines() if line.strip()]


def _overlap(a: dict, b: dict) -> bool:
    return a["doc"] == b["doc"] and a["start"] < b["end"] and b["start"] < a["end"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before")
    parser.add_argument("after")
    args = parser.parse_args(argv)
    before, after = listed_quotes(args.before), listed_quotes(args.after)
    changes = 0
    for quote in before:
        now = [q for q in after if _overlap(quote, q)]
        speakers_now = sorted({q["speaker"] or "" for q in now})
        if speakers_now != [quote["speaker"] or ""]:
            changes += 1
            print(f"{quote['doc']} before: {quote['speaker']!r} after: {speakers_now or 'not listed'}\n"
                  f"   {quote['text'][:200]!r}")
    for quote in after:
        if not any(_overlap(quote, q) for q in before):
            changes += 1
            print(f"{quote['doc']} before: not listed after: {quote['speaker']!r}\n   {quote['text'][:200]!r}")
    print(f"{len(before)} listed before, {len(after)} after; {changes} changed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
