"""The CSV export: one table per record kind, into a folder or a .zip, with stable columns
(docs/export.md), so spreadsheets and `pandas.read_csv` get one meaning per column.

Rows are written as they are read from the store (names looked up a batch at a time), so a
store of any size is exported in constant memory.
"""
from __future__ import annotations

import csv
import io
import time
import zipfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

from storyline.export.listing import FORMULA_STARTS, batches, evidence_spans
from storyline.export.records import iter_events, iter_positions, iter_quotes, shown_text
from storyline.store import Store
from storyline.store.queries import entity_names, iter_copy_links, iter_documents, iter_entities

COLUMNS = {
    "documents": ["id", "source", "url", "title", "outlet", "author", "published", "published_start",
                  "published_end", "published_how", "published_reasons", "copy_of", "copy_kind", "story", "text"],
    "entities": ["id", "name", "type", "aliases", "roles", "mentions"],
    "quotes": ["id", "doc", "date", "kind", "negated", "speaker", "speaker_name", "speaker_text", "cue", "text", "start", "end",
               "shown_text"],
    "events": ["id", "date", "date_start", "date_end", "type", "status", "headline", "summary", "participants",
               "participant_names", "location", "sources", "independent_sources", "salience", "background"],
    "positions": ["actor", "actor_name", "topic", "issue_family", "stance", "previous", "date", "date_start",
                  "date_end", "quote", "doc", "start", "end", "evidence", "sources", "independent_sources"],
    "copies": ["doc", "original", "kind", "score"],
}
LIST_SEPARATOR = " "  # between ids in one cell
NAME_SEPARATOR = "; "  # between names, aliases and roles in one cell


def write_tables(store: Store, path: str | Path) -> list[str]:
    """Writes <kind>.csv for every record kind into `path` (a folder, made if missing, or a file
    ending in .zip); returns the file names written."""
    path = Path(path)
    names = []
    with table_opener(path) as open_table:
        for kind, rows in table_rows(store):
            name = f"{kind}.csv"
            with open_table(name) as out:
                write_table(out, COLUMNS[kind], rows)
            names.append(name)
    return names


@contextmanager
def table_opener(path: Path) -> Iterator[Callable[[str], Any]]:
    if path.suffix.lower() == ".zip":
        with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            @contextmanager
            def open_member(name: str) -> Iterator[TextIO]:
                member = zipfile.ZipInfo(name, date_time=time.localtime()[:6])
                member.compress_type = zipfile.ZIP_DEFLATED
                with archive.open(member, "w", force_zip64=True) as raw:
                    text = io.TextIOWrapper(raw, encoding="utf-8", newline="")
                    yield text
                    text.flush()
                    text.detach()
            yield open_member
        return
    path.mkdir(parents=True, exist_ok=True)
    yield lambda name: open(path / name, "w", encoding="utf-8", newline="")


def write_table(out: TextIO, columns: list[str], rows: Iterable[dict[str, Any]]) -> None:
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({column: table_cell(row.get(column)) for column in columns})


def table_cell(value: Any) -> Any:
    """Booleans as true/false; text a spreadsheet would run as a formula gets a leading quote mark
    (text keeps its line breaks: offsets count in it)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def table_rows(store: Store) -> Iterator[tuple[str, Iterator[dict[str, Any]]]]:
    yield "documents", document_rows(store)
    yield "entities", entity_rows(store)
    yield "quotes", quote_rows(store)
    yield "events", event_rows(store)
    yield "positions", position_rows(store)
    yield "copies", ({key: link[key] for key in COLUMNS["copies"]} for link in iter_copy_links(store))


def _range(value: list[str] | None) -> tuple[str | None, str | None]:
    return (value[0], value[1]) if value else (None, None)


def document_rows(store: Store) -> Iterator[dict[str, Any]]:
    for doc in iter_documents(store):
        start, end = _range(doc.get("published_range"))
        yield {**doc, "published_start": start, "published_end": end,
               "published_reasons": "; ".join(doc.get("published_reasons") or [])}


def entity_rows(store: Store) -> Iterator[dict[str, Any]]:
    for entity in iter_entities(store):
        roles = sorted({r["role"] + (f" ({r['org']})" if r.get("org") else "") for r in entity.get("roles", [])})
        yield {"id": entity["id"], "name": entity["name"], "type": entity["type"],
               "aliases": NAME_SEPARATOR.join(entity.get("aliases", [])), "roles": NAME_SEPARATOR.join(roles),
               "mentions": len(entity["mentions"])}


def quote_rows(store: Store) -> Iterator[dict[str, Any]]:
    for batch in batches(iter_quotes(store)):
        names = entity_names(store, [q["speaker"] for q in batch if q.get("speaker")])
        for quote in batch:
            yield {**{key: quote.get(key) for key in COLUMNS["quotes"]},
                   "speaker_name": names.get(quote.get("speaker")), "shown_text": shown_text(quote)}


def event_rows(store: Store) -> Iterator[dict[str, Any]]:
    for batch in batches(iter_events(store)):
        names = entity_names(store, [p for e in batch for p in e.get("participants", [])])
        for event in batch:
            start, end = _range(event.get("date_range"))
            yield {**{key: event.get(key) for key in COLUMNS["events"]}, "date_start": start, "date_end": end,
                   "participants": LIST_SEPARATOR.join(event.get("participants", [])),
                   "participant_names": NAME_SEPARATOR.join(names.get(p, p) for p in event.get("participants", [])),
                   "sources": LIST_SEPARATOR.join(event.get("sources", []))}


def position_rows(store: Store) -> Iterator[dict[str, Any]]:
    for batch in batches(iter_positions(store)):
        names = entity_names(store, [p["actor"] for p in batch])
        spans = evidence_spans(store, [p.get("evidence") or {} for p in batch])
        for position, said in zip(batch, spans):
            evidence = position.get("evidence") or {}
            start, end = _range(position.get("date_range"))
            yield {**{key: position.get(key) for key in COLUMNS["positions"]}, "actor_name": names.get(position["actor"]),
                   "date_start": start, "date_end": end, "doc": evidence.get("doc"), "start": evidence.get("start"),
                   "end": evidence.get("end"), "evidence": said,
                   "sources": LIST_SEPARATOR.join(position.get("sources") or [])}
