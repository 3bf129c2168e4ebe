"""Which judged sheet rows a round's code still lists: the wrong rows it removes, the right rows it loses.

    python scripts/positions_sheet_recount.py articles --sheet docs/judged/positions-precision-seed1421.tsv \
        --sheet docs/judged/positions-precision-seed1420.tsv --jsonl a.jsonl --jsonl b.jsonl > sheet_docs.jsonl
    PYTHONPATH=BEFORE_SRC storyline ingest sheet_docs.jsonl --db before.db
    PYTHONPATH=AFTER_SRC storyline ingest sheet_docs.jsonl --db after.db
    python scripts/positions_sheet_recount.py compare --sheet ... --before before.db --after after.db

`articles` writes the articles (JSONL lines) whose text holds a sheet row's evidence sentence, so that only those
are ingested. `compare` reads each store through the functions `storyline positions` uses (listed positions only)
and marks a sheet row listed when a listed position has its actor, issue and stance and one of its listed mentions
is the row's evidence sentence. Rows of the sheet that neither store lists (merged away or changed by other code)
are counted apart. The new rows the after-store lists in those articles are printed too: they are unjudged."""
from __future__ import annotations

import argparse
import csv
import json
import sys


def _norm(text: str) -> str:
    return " ".join(text.split())


def sheet_rows(paths: list[str]) -> list[dict[str, str]]:
    rows = []
    for path in paths:
        with open(path, encoding="utf-8") as lines:
            for row in csv.DictReader((line for line in lines if not line.startswith("#")), delimiter="\t"):
                rows.append(dict(row, sheet=path.rsplit("/", 1)[-1]))
    return rows


def articles(args) -> int:
    wanted = [_norm(row["evidence"].replace('""', '"').strip('"'))[:80] for row in sheet_rows(args.sheet)]
    seen = set()
    for path in args.jsonl:
        with open(path, encoding="utf-8") as lines:
            for line in lines:
                text = _norm(json.loads(line).get("text", ""))
                if any(w and w in text for w in wanted) and text not in seen:
                    seen.add(text)
                    sys.stdout.write(line)
    print(f"{len(seen)} articles", file=sys.stderr)
    return 0


def listed_rows(path: str) -> set[tuple[str, str, str, str]]:
    """(actor name, issue, stance, evidence sentence) of every listed mention of every listed position."""
    from storyline.export.listing import evidence_spans
    from storyline.export.records import iter_positions
    from storyline.store import Store
    from storyline.store.queries import entity_names

    store = Store(path)
    positions = list(iter_positions(store, listed_only=True))
    names = entity_names(store, [p["actor"] for p in positions])
    found = set()
    for position in positions:
        mentions = [m for m in position.get("mentions") or [position["evidence"]] if m.get("listed", True)]
        for said in evidence_spans(store, mentions):
            found.add((names.get(position["actor"], position["actor"]), position["topic"], position["stance"],
                       _norm(said)))
    store.close()
    return found


def compare(args) -> int:
    before, after = listed_rows(args.before), listed_rows(args.after)
    writer = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    writer.writerow(["sheet", "n", "judgement", "before", "after", "actor", "issue", "stance", "evidence", "note"])
    counts: dict[tuple[str, str, str], int] = {}
    sheet_keys = set()
    for row in sheet_rows(args.sheet):
        key = (row["actor"], row["issue"], row["stance"], _norm(row["evidence"]))
        sheet_keys.add(key)
        state = ("listed" if key in before else "-", "listed" if key in after else "-")
        counts[(row["judgement"],) + state] = counts.get((row["judgement"],) + state, 0) + 1
        if state != ("listed", "listed"):
            writer.writerow([row["sheet"], row["n"], row["judgement"], *state, *key, row["note"]])
    for key in sorted(after - before - sheet_keys):
        writer.writerow(["", "", "new (unjudged)", "-", "listed", *key, ""])
    print("judgement before after rows", file=sys.stderr)
    for key in sorted(counts):
        print(*key, counts[key], file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    pick = sub.add_parser("articles")
    pick.add_argument("--sheet", action="append", required=True)
    pick.add_argument("--jsonl", action="append", required=True)
    check = sub.add_parser("compare")
    check.add_argument("--sheet", action="append", required=True)
    check.add_argument("--before", required=True)
    check.add_argument("--after", required=True)
    args = parser.parse_args(argv)
    return articles(args) if args.command == "articles" else compare(args)


if __name__ == "__main__":
    sys.exit(main())
