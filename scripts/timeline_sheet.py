"""A judging sheet of the default timeline's first rows (docs/judged/timeline-*.md).

    python scripts/timeline_sheet.py --db fox.db --rows 40 > sheet.md

Prints one Markdown table row per timeline row, as `storyline timeline` shows them (the same
`export.records.timeline_records`), with the evidence sentence and its documents' publication days
so that each row can be judged by reading: the judgement columns are left empty to fill in.
"""
from __future__ import annotations

import argparse

from storyline.export.records import timeline_records
from storyline.store.queries import document_records
from storyline.store import Store


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python scripts/timeline_sheet.py")
    parser.add_argument("--db", required=True)
    parser.add_argument("--rows", type=int, default=40)
    args = parser.parse_args(argv)
    store = Store(args.db, readonly=True)
    rows = timeline_records(store)[:args.rows]
    published = {d["id"]: (d.get("published") or "..".join(d.get("published_range") or []) or "undated")
                 for d in document_records(store, sorted({doc for r in rows for doc in r["sources"]}))}
    print("| # | date | headline | evidence | published | real happening | date right | duplicate | pass | headline readable | note |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for number, row in enumerate(rows, 1):
        day = row["date"] or "..".join(row["date_range"] or []) or "undated"
        days = sorted({published.get(doc, "?")[:10] for doc in row["sources"]})
        evidence = " ".join(row["summary"].split()).replace("|", "/")[:220]
        print(f"| {number} | {day} | {row['headline']} | {evidence} | {', '.join(days[:3])} |  |  |  |  |  |  |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
