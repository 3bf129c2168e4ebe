#!/usr/bin/env python3
"""Judged timeline rows re-read by two versions of the event extraction: which rows a change of story/events.py
removes or keeps, counted against each row's judgement (the development check of issue #13 round 11).

    git show main:src/storyline/story/events.py > /tmp/old_events.py
    git show main:src/storyline/story/clause.py > /tmp/old_clause.py
    python scripts/judged_rows_recheck.py --old /tmp/old_events.py --old-clause /tmp/old_clause.py --jsonl-dir DIR \
        --out rows.json docs/judged/timeline-bpoil_reuters-unseen140-round10.md ...

Each sheet's topic articles come from DIR/<topic>-all.jsonl (`t17_to_jsonl.py ... -n 1000`). A judged row is found in
the article whose cleaned text holds the start of its evidence (preferring one published on a day the row shows);
that article is parsed once, and both extractions read the same parse. A row stays on the default timeline under a
version when one of its sentence's event mentions is told as done (realis), not background, dated to the row's day
by its own clause (`dated_by` own or none: what `timeline.is_sure` asks of the event) and telling something (a stance
with an object or two parties: `timeline.tells_something`). Reading one sentence's mentions
stands in for the whole store: a row told again by another article is not seen here.
"""
from __future__ import annotations

import argparse
import collections
import importlib.util
import json
import re
import sys
from pathlib import Path

from storyline.clean import clean_document
from storyline.ingest.readers import read_inputs
from storyline.model import RawDocument
from storyline.nlp.entities import PLACES_COMPONENT, extract_mentions
from storyline.nlp.spacy_model import load_spacy
from storyline.nlp.time.component import timexes_of
from storyline.story import events as new_events
from storyline.story.timeline import STANCE_TYPES


def _key(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


def judged_rows(sheet: Path) -> list[dict]:
    """The judged rows of a sheet's tables (a row whose 'pass' is 'ok' or 'FAIL'), as header -> cell."""
    rows, header = [], None
    for line in sheet.read_text(encoding="utf-8").splitlines():
        if not line.startswith("|"):
            header = None
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if "pass" in cells and "evidence" in cells:
            header = cells
        elif header and len(cells) >= len(header):
            row = dict(zip(header, cells))
            if row["pass"].lower() in ("ok", "fail"):
                rows.append(row)
    return rows


def stays(row: dict, mentions: list[dict]) -> bool:
    """A mention of the row's sentence that could hold the row: told as done, not background, dated to the row's day
    by its own clause, and telling something (`timeline.tells_something`: a stated position needs what it is about
    or a second party; the mention's own participants stand in for the event's)."""
    return any(m["realis"] and not m["background"] and m["dated_by"] in ("", "own") and m["date"] == row["date"]
               and (m["type"] not in STANCE_TYPES or m["object"] or len(m["participants"]) >= 2) for m in mentions)


def _module_from(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _old_events(events_path: Path, clause_path: Path | None):
    """The old events.py, reading the old clause.py when given (its `from storyline.story.clause import ...` finds
    the old module in its place while it loads), so a change of the reported clauses is seen too."""
    if clause_path is None:
        return _module_from("old_events", events_path)
    current = sys.modules["storyline.story.clause"]
    sys.modules["storyline.story.clause"] = _module_from("old_clause", clause_path)
    try:
        return _module_from("old_events", events_path)
    finally:
        sys.modules["storyline.story.clause"] = current


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sheets", type=Path, nargs="+")
    parser.add_argument("--old", type=Path, required=True, help="the events.py to compare with (e.g. main's)")
    parser.add_argument("--old-clause", type=Path,
                        help="the story/clause.py the old events.py reads (its reported clauses); else this checkout's")
    parser.add_argument("--jsonl-dir", type=Path, required=True)
    parser.add_argument("--out", type=Path, help="every row's mentions under both versions, as JSON")
    args = parser.parse_args()
    old_events = _old_events(args.old, args.old_clause)
    nlp = load_spacy()
    if PLACES_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(PLACES_COMPONENT, after="ner")
    documents, extracted, out = {}, {}, {}
    counts = collections.Counter()
    for sheet in args.sheets:
        topic = re.match(r"timeline-(\w+?)-(?:unseen)?140", sheet.name).group(1)
        if topic not in documents:
            documents[topic] = [(doc, _key(doc.text)) for raw in read_inputs([str(args.jsonl_dir / f"{topic}-all.jsonl")])
                                if isinstance(raw, RawDocument) for doc in [clean_document(raw)]]
        for row in judged_rows(sheet):
            start = _key(row["evidence"])[:50]
            published = {day.strip() for day in row["published"].split(",")}
            hits = [doc for doc, text in documents[topic] if start in text]
            hits = [doc for doc in hits if (doc.published or "")[:10] in published] or hits
            found = {"old": [], "new": []}
            for doc in hits[:3]:
                if doc.id not in extracted:
                    parsed = nlp(doc.text)
                    timexes, names = timexes_of(parsed, doc), extract_mentions(parsed, doc.id)
                    extracted[doc.id] = {"old": old_events.extract_event_mentions(parsed, doc, timexes, names),
                                         "new": new_events.extract_event_mentions(parsed, doc, timexes, names)}
                for version, mentions in extracted[doc.id].items():
                    found[version] += [dict(type=m.type, status=m.status, realis=m.realis, date=m.date,
                                            date_range=m.date_range, dated_by=m.dated_by, background=m.background,
                                            object=m.object, participants=m.participants)
                                       for m in mentions if start[:40] in _key(m.sentence)]
            passed = row["pass"].lower() == "ok"
            before, after = stays(row, found["old"]), stays(row, found["new"])
            change = "" if before == after else ("removed" if before else "added")
            counts[("pass" if passed else "fail", "found" if hits else "article not found",
                    "on the timeline before" if before else "not before", change)] += 1
            if change:
                print(f"{change} {'ok' if passed else 'FAIL'} {sheet.name} #{row['#']} {row['date']} {row['evidence'][:110]}")
            out[f"{sheet.name}#{row['#']}"] = dict(row=row, hits=len(hits), mentions=found)
    for key, number in sorted(counts.items()):
        print(number, *[part for part in key if part])
    if args.out:
        args.out.write_text(json.dumps(out, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
