"""Which stored entity a span names, across documents: a quote's speaker reference (a name, or the
person a pronoun was resolved to), a claim's holder or an event's participant, looked up in the
corpus-level mention map."""
from __future__ import annotations

from collections.abc import Callable

from storyline.model import Quote

# Entity ids by mention span (doc, start, end): the corpus mention map, or a function that answers for a
# span (the story step's store lookup), so a big corpus need not be held as one map.
EntityLookup = dict[tuple[str, int, int], str] | Callable[[str, int, int], str | None]


def entity_at(entity_of: EntityLookup, doc: str, start: int, end: int) -> str | None:
    """The entity of the mention at exactly this span, if one is linked."""
    if callable(entity_of):
        return entity_of(doc, start, end)
    return entity_of.get((doc, start, end))


def spans_by_document(mention_map: dict[tuple[str, int, int], str]) -> dict[str, list[tuple[int, int, str]]]:
    """Linked mentions grouped by document, so overlap lookups never scan the whole corpus."""
    grouped: dict[str, list[tuple[int, int, str]]] = {}
    if not callable(mention_map):
        for (doc, start, end), entity in mention_map.items():
            grouped.setdefault(doc, []).append((start, end, entity))
    return grouped


def overlapping_entity(spans: dict[str, list[tuple[int, int, str]]], doc: str,
                       start: int | None, end: int | None) -> str | None:
    """The entity of a linked mention overlapping the span ('President Trump' vs 'Trump')."""
    if start is None or end is None:
        return None
    return next((entity for s, e, entity in spans.get(doc, ()) if s < end and start < e), None)


def resolve_speaker(quote: Quote, mention_map: dict[tuple[str, int, int], str],
                    spans: dict[str, list[tuple[int, int, str]]] | None = None) -> str | None:
    """Entity id of the quote's speaker through the mention map from link_entities, or None.
    `spans`: spans_by_document(mention_map), when resolving many quotes."""
    if quote.speaker_ref_start is None:
        return None
    key = (quote.doc, quote.speaker_ref_start, quote.speaker_ref_end)
    if key in mention_map:
        return mention_map[key]
    if spans is None:
        spans = spans_by_document({k: v for k, v in mention_map.items() if k[0] == quote.doc})
    return overlapping_entity(spans, quote.doc, quote.speaker_ref_start, quote.speaker_ref_end)
