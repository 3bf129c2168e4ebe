"""Export stage: the whole analysis as JSON (the contract), JSON Lines, CSV tables, Markdown or HTML.

JSON and JSON Lines are written record by record as they are read from the store, the CSV tables
row by row, and the briefings (Markdown, HTML) chunk by chunk from Jinja2 templates fed by store
reads (`report.generate`), so a store of any size is exported in flat memory."""
from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TextIO

from storyline.export.listing import json_array_chunks
from storyline.export.records import export_sections
from storyline.store import Store


def write_export(store: Store, fmt: str, out: TextIO) -> None:
    """The export (see `export_chunks`) written to `out` as it is made."""
    for chunk in export_chunks(store, fmt):
        out.write(chunk)


def export_chunks(store: Store, fmt: str) -> Iterator[str]:
    """The export as a stream of text pieces (a record, a template chunk), made as the store is read:
    json: the contract object; jsonl: a first line {"record": "format", "format": ...}, then one
    line per record with `record` naming its kind (document, entity, quote, timex, event, position,
    copy) and, last, {"record": "timeline", "events": [...]}; md and html: the briefing."""
    if fmt in ("md", "html"):
        from storyline.export import report

        yield from report.generate(store, fmt)
        return
    if fmt == "jsonl":
        for section, records in export_sections(store):
            if section == "format":
                yield json.dumps({"record": "format", "format": records}) + "\n"
            elif section == "timeline":
                yield json.dumps({"record": "timeline", "events": list(records)}) + "\n"
            else:
                kind = JSONL_KINDS[section]
                for record in records:
                    yield json.dumps({"record": kind, **record}, ensure_ascii=False) + "\n"
        return
    if fmt != "json":
        raise ValueError(f"not a streamed export format: {fmt}")
    yield "{\n"
    for index, (section, records) in enumerate(export_sections(store)):
        yield (",\n" if index else "") + f"  {json.dumps(section)}: "
        if isinstance(records, str):
            yield json.dumps(records)
            continue
        yield from json_array_chunks(records, prefix="  ")
    yield "\n}\n"


JSONL_KINDS = {"documents": "document", "entities": "entity", "quotes": "quote", "timexes": "timex",
               "events": "event", "positions": "position", "copies": "copy"}
