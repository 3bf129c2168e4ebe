"""Every event of a store told by a chronology list's entry and admitted by it (issue #13 round 16,
`story.events.chronology_entry`; docs/judged/timeline-tier-chronology-entries.md): dated by its own
clause, told as done, not background, with an evidence sentence that opens with a written day and a
dash or a colon (or goes on with '--'). All of them are listed (no sample: there are few), each with
whether the default timeline shows it, to judge by reading.

    PYTHONPATH=src python scripts/chronology_entry_rows.py --db bpoil_reuters.db > sheet.md
"""
from __future__ import annotations

import argparse
import re

from storyline.export.records import event_records, timeline_records, with_frame
from storyline.store import Store

ENTRY = re.compile(r"^(?:.*:\s)?(?:[A-Z][a-z]+\.? \d{1,2}(?:,? \d{4})?|\d{1,2} [A-Z][a-z]+\.?(?:,? \d{4})?)\s*"
                   r"(?:--?|–|—|:)\s|^\s*(?:--|–|—)\s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python scripts/chronology_entry_rows.py")
    parser.add_argument("--db", required=True)
    args = parser.parse_args(argv)
    store = Store(args.db, readonly=True)
    shown = {row["id"] for row in timeline_records(store)}
    print("| date | shown | headline | evidence | indep/src | real happening | date right | note |")
    print("|---|---|---|---|---|---|---|---|")
    for row in with_frame(store, event_records(store)):
        if ENTRY.match(row["summary"]) and row["dated_by"] == "own" and row["realis"] and not row["background"]:
            print(f"| {row['date']} | {'shown' if row['id'] in shown else '-'} | {row['headline']} | "
                  f"{row['summary'][:200]} | {row['independent_sources']}/{len(row['sources'])} |  |  |  |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
