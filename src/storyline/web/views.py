"""The data behind each web view, built from the contract records in `storyline.export.records`.

Everything here is a pure function of the store: the API layer only routes and validates.
"""
from __future__ import annotations

from typing import Any

from storyline.export.listing import document_label
from storyline.export.records import event_records, keyed_documents
from storyline.store import Store, queries
from storyline.store.queries import (
    copy_link_records,
    document_records,
    entity_record,
    entity_records,
    event_record,
    events_in_document,
    events_with_participant,
    positions_of,
    quote_and_position_counts,
    quotes_by_speaker,
    quotes_in_documents,
)

# Event types whose participants talked to each other (the who-talked-to-whom graph).
TALK_TYPES = {"call", "meeting", "negotiation", "visit"}
TALKER_TYPES = {"PERSON", "ORG"}  # places named as participants ("talks in Munich") are not talkers
CONTEXT_CHARS = 160  # text shown either side of a highlighted span


def document_summaries(store: Store) -> list[dict[str, Any]]:
    """Documents without their text (with `label` and `length`): what lists and look-ups need."""
    return [record for record, _ in keyed_documents(store)]


def document_detail(store: Store, document_id: str) -> dict[str, Any] | None:
    """One document in full, with the quotes and event mentions found in it (for highlighting)."""
    found = document_records(store, [document_id])
    if not found:
        return None
    record = found[0]
    record["label"] = document_label(record)
    if record.get("copy_of"):
        original = queries.document_label(store, record["copy_of"])  # title, address and first characters only
        record["copy_of_label"] = document_label(original) if original else None
    record["quotes"] = quotes_in_documents(store, [document_id])
    record["event_mentions"] = [
        {"event": event["id"], "type": event["type"], "start": mention["start"], "end": mention["end"]}
        for event in events_in_document(store, document_id)
        for mention in event.get("mentions", [])
        if mention["doc"] == document_id
    ]
    return record


def span_excerpt(text: str, start: int, end: int) -> dict[str, Any]:
    """The span and a little context either side, so a client can show it highlighted."""
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    before_start = max(0, start - CONTEXT_CHARS)
    after_end = min(len(text), end + CONTEXT_CHARS)
    return {
        "before": ("…" if before_start > 0 else "") + text[before_start:start],
        "span": text[start:end],
        "after": text[end:after_end] + ("…" if after_end < len(text) else ""),
    }


def event_detail(store: Store, event_id: str) -> dict[str, Any] | None:
    """An event with its evidence: each mention's sentence in context, its sources and its quotes."""
    event = event_record(store, event_id)
    if event is None:
        return None
    mention_docs = [m["doc"] for m in event.get("mentions", [])]
    doc_ids = list(dict.fromkeys(mention_docs + list(event.get("sources", []))))
    documents = {record["id"]: record for record in document_records(store, doc_ids)}
    mentions = []
    for mention in event.get("mentions", []):
        doc = documents.get(mention["doc"])
        if doc is None:
            continue
        mentions.append({**mention, "title": doc["title"], "label": document_label(doc), "outlet": doc["outlet"],
                         "published": doc["published"],
                         "excerpt": span_excerpt(doc["text"], mention["start"], mention["end"])})
    sources = [{**_without_text(documents[doc_id]), "label": document_label(documents[doc_id])}
               for doc_id in doc_ids if doc_id in documents]
    return {"event": event, "mentions": mentions, "sources": sources,
            "quotes": quotes_for_event(store, event)}


def quotes_for_event(store: Store, event: dict[str, Any]) -> list[dict[str, Any]]:
    """Quotes in the event's documents that overlap one of its sentences or come from a participant."""
    spans = [(m["doc"], m["start"], m["end"]) for m in event.get("mentions", [])]
    docs = {doc for doc, _, _ in spans}
    participants = set(event.get("participants", []))
    found = []
    for quote in quotes_in_documents(store, sorted(docs)):
        overlaps = any(doc == quote["doc"] and quote["start"] < end and start < quote["end"] for doc, start, end in spans)
        if overlaps or (quote.get("speaker") in participants and _same_paragraph_window(quote, spans)):
            found.append(quote)
    return found


def _same_paragraph_window(quote: dict[str, Any], spans: list[tuple[str, int, int]], window: int = 600) -> bool:
    """A participant's quote counts when it sits near the event's sentence, not anywhere in the article."""
    return any(doc == quote["doc"] and abs(quote["start"] - start) <= window for doc, start, _ in spans)


def _without_text(record: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in record.items() if key not in ("text", "removed")}


def with_counts(store: Store, entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Entities (with `mention_count`) with their quote and position counts."""
    ids = [entity["id"] for entity in entities]
    quotes, positions = quote_and_position_counts(store, ids)
    return [{**entity, "quote_count": quotes.get(entity["id"], 0),
             "position_count": positions.get(entity["id"], 0)} for entity in entities]


def actor_detail(store: Store, entity_id: str) -> dict[str, Any] | None:
    """One actor's record with their quotes, positions and events, each oldest first."""
    entity = entity_record(store, entity_id)
    if entity is None:
        return None
    return {
        "entity": entity,
        "quotes": quotes_by_speaker(store, entity_id),
        "positions": positions_of(store, entity_id, listed_only=True),
        "events": events_with_participant(store, entity_id),
    }


def talk_graph(store: Store) -> dict[str, Any]:
    """Who talked to whom: an edge between every two people or organisations taking part in one
    call, meeting, negotiation or visit."""
    names = {entity["id"]: entity for entity in entity_records(store) if entity["type"] in TALKER_TYPES}
    edges: dict[tuple[str, str], list[str]] = {}
    for event in event_records(store):
        if event["type"] not in TALK_TYPES:
            continue
        people = sorted({p for p in event.get("participants", []) if p in names})
        for index, first in enumerate(people):
            for second in people[index + 1:]:
                edges.setdefault((first, second), []).append(event["id"])
    node_ids = sorted({node for pair in edges for node in pair})
    return {
        "nodes": [{"id": node, "name": names[node]["name"], "type": names[node]["type"]} for node in node_ids],
        "edges": [{"source": a, "target": b, "events": events, "count": len(events)}
                  for (a, b), events in sorted(edges.items())],
    }


def sources_overview(store: Store) -> dict[str, Any]:
    """Outlets, documents, the copy/rewrite tree and how many sources are independent."""
    documents = document_summaries(store)
    copies = copy_link_records(store)
    copied = {link["doc"] for link in copies}
    outlets: dict[str, dict[str, Any]] = {}
    # (a summary of the whole store: the page it backs lists every document)
    for doc in documents:
        name = doc["outlet"] or "(unknown outlet)"
        entry = outlets.setdefault(name, {"outlet": name, "documents": 0, "originals": 0, "copies": 0})
        entry["documents"] += 1
        entry["copies" if doc["id"] in copied else "originals"] += 1
    events = event_records(store, dated_only=True)
    return {
        "documents": documents,
        "outlets": sorted(outlets.values(), key=lambda o: (-o["documents"], o["outlet"])),
        "copies": copies,
        "tree": copy_tree(documents, copies),
        "independent_documents": len(documents) - len(copied),
        "events": [{"id": e["id"], "summary": e["summary"], "date": e["date"], "date_range": e["date_range"],
                    "sources": len(e.get("sources", [])), "independent_sources": e.get("independent_sources", 0)}
                   for e in events],
    }


def copy_tree(documents: list[dict[str, Any]], copies: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Originals at the roots, each with the documents that copy or rewrite it as children."""
    links = {link["doc"]: link for link in copies}
    children: dict[str, list[str]] = {}
    for link in copies:
        children.setdefault(link["original"], []).append(link["doc"])
    by_id = {doc["id"]: doc for doc in documents}

    def node(doc_id: str, seen: frozenset[str]) -> dict[str, Any]:
        doc = by_id.get(doc_id, {})
        link = links.get(doc_id)
        kids = [node(child, seen | {doc_id}) for child in sorted(children.get(doc_id, [])) if child not in seen]
        return {"id": doc_id, "title": doc.get("title"), "label": doc.get("label"), "source": doc.get("source"),
                "outlet": doc.get("outlet"),
                "published": doc.get("published"),
                "kind": link["kind"] if link else None, "score": link["score"] if link else None, "children": kids}

    roots = [doc["id"] for doc in documents if doc["id"] not in links]
    return [node(root, frozenset()) for root in roots]
