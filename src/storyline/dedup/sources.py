"""Counting independent sources: copies and rewrites collapse into the document they copy."""
from __future__ import annotations

from collections.abc import Iterable


def root_original(doc_id: str, copy_of: dict[str, str | None]) -> str:
    """Follow copy_of links to the end of the chain; a cycle is named by its smallest member."""
    path = [doc_id]
    while (parent := copy_of.get(path[-1])) is not None:
        if parent in path:
            return min(path[path.index(parent):])
        path.append(parent)
    return path[-1]


def independent_sources(doc_ids: Iterable[str], copy_of: dict[str, str | None]) -> int:
    """How many distinct originals back the given documents."""
    return len({root_original(doc_id, copy_of) for doc_id in doc_ids})
