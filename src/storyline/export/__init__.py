"""Export stage: the whole analysis rendered as JSON (the contract), CSV, Markdown or HTML."""
from __future__ import annotations

import json

from storyline.export.records import build_export
from storyline.store import Store


def render_export(store: Store, fmt: str) -> str:
    data = build_export(store)
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    from storyline.export import report

    return report.render(data, fmt)
