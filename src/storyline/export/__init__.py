"""Export stage: the whole analysis as JSON (the contract), JSON Lines, CSV tables, Markdown or HTML.

JSON and JSON Lines are written record by record as they are read from the store, the CSV tables
row by row, and the briefings (Markdown, HTML) chunk by chunk from Jinja2 templates fed by store
reads (`report.generate`), so a store of any size is exported in flat memory."""
from __future__ import annotations

import json
from typing import TextIO

from storyline.export.listing import write_json_array
from storyline.export.records import export_sections
from storyline.store import Store


def render_export(store: Store, fmt: str) -> str:
    """The export as one string (the web download; the CLI streams it instead)."""
    import io

    out = io.StringIO()
    write_export(store, fmt, out)
    return out.getvalue()


def write_export(store: Store, fmt: str, out: TextIO) -> None:
    """json: the contract object; jsonl: a first line {"record": "format", "format": ...}, then one
    line per record with `record` naming its kind (document, entity, quote, timex, event, position,
    copy) and, last, {"record": "timeline", "events": [...]}; md and html: the briefing."""
    if fmt in ("md", "html"):
        from storyline.export import report

        for chunk in report.generate(store, fmt):
            out.write(chunk)
        return
    if fmt == "jsonl":
        for section, records in export_sections(store):
            if section == "format":
                out.write(json.dumps({"record": "format", "format": records}) + "\n")
            elif section == "timeline":
                out.write(json.dumps({"record": "timeline", "events": list(records)}) + "\n")
            else:
                kind = JSONL_KINDS[section]
                for record in records:
                    out.write(json.dumps({"record": kind, **record}, ensure_ascii=False))
                    out.write("\n")
        return
    if fmt != "json":
        raise ValueError(f"not a streamed export format: {fmt}")
    out.write("{\n")
    for index, (section, records) in enumerate(export_sections(store)):
        out.write(",\n" if index else "")
        out.write(f"  {json.dumps(section)}: ")
        if isinstance(records, str):
            out.write(json.dumps(records))
            continue
        write_json_array(records, out, prefix="  ")
    out.write("\n}\n")


JSONL_KINDS = {"documents": "document", "entities": "entity", "quotes": "quote", "timexes": "timex",
               "events": "event", "positions": "position", "copies": "copy"}
