"""Passage search for the CLI, the API and the web page: full text (FTS5, words ORed and ranked,
phrase first), semantic (MiniLM) or both fused by rank (hybrid), with filters.

Semantic vectors for the stored sentences are computed the first time they are searched and
kept in the store's `passage_embeddings` table, so each sentence is embedded once per store.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

import numpy as np

from storyline.export.listing import first_sentence
from storyline.export.records import entity_ids_matching, search_passages
from storyline.store import Store
from storyline.store.queries import document_records, passages_passing

MODES = ("hybrid", "text", "semantic")
CANDIDATES = 500  # passages of each ranking (text, semantic) that hybrid search fuses
RRF_K = 60  # reciprocal-rank fusion constant: how much the top ranks dominate a hybrid ranking
MIN_SEMANTIC_SCORE = 0.2  # cosine below this is noise for MiniLM
_embed_lock = threading.Lock()
_vector_cache: dict[str, tuple[int, list[tuple[str, int, int]], np.ndarray]] = {}  # store path -> (rows, keys, matrix)


@dataclass
class SearchFilters:
    actor: str | None = None
    since: str | None = None
    until: str | None = None
    outlet: str | None = None


def search(store: Store, query: str, mode: str = "hybrid", filters: SearchFilters | None = None,
           limit: int = 20) -> list[dict[str, Any]]:
    """Ranked passages `{doc, start, end, text, score, title, date, outlet, match}`, best first.
    Full-text ranking, filters and the limit are applied in SQL; semantic hits are filtered by
    one query over their own passages."""
    filters = filters or SearchFilters()
    actor_ids = entity_ids_matching(store, filters.actor) if filters.actor else None
    where = {"actor_ids": actor_ids, "since": filters.since, "until": filters.until, "outlet": filters.outlet}
    text_hits = search_passages(store, query, limit if mode == "text" else CANDIDATES, **where) if mode != "semantic" else []
    semantic_hits = []
    if mode != "text":
        semantic_hits = semantic_passages(store, query, CANDIDATES)
        if actor_ids is not None or filters.since or filters.until or filters.outlet:
            kept = passages_passing(store, [(hit["doc"], hit["start"], hit["end"]) for hit in semantic_hits], **where)
            semantic_hits = [hit for hit in semantic_hits if (hit["doc"], hit["start"], hit["end"]) in kept]
    if mode == "text":
        return [{**hit, "match": "text"} for hit in text_hits]
    if mode == "semantic":
        return [{**hit, "match": "semantic"} for hit in semantic_hits[:limit]]
    return fuse(text_hits, semantic_hits)[:limit]


def fuse(text_hits: list[dict[str, Any]], semantic_hits: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Reciprocal-rank fusion: bm25 and cosine scores are not comparable, ranks are."""
    merged: dict[tuple[str, int, int], dict[str, Any]] = {}
    for label, hits in (("text", text_hits), ("semantic", semantic_hits)):
        for rank, hit in enumerate(hits):
            key = (hit["doc"], hit["start"], hit["end"])
            entry = merged.setdefault(key, {**hit, "score": 0.0, "match": label})
            entry["score"] += 1.0 / (RRF_K + rank + 1)
            if entry["match"] != label:
                entry["match"] = "both"
    ranked = sorted(merged.values(), key=lambda hit: -hit["score"])
    for hit in ranked:
        hit["score"] = round(hit["score"], 5)
    return ranked


def semantic_passages(store: Store, query: str, limit: int) -> list[dict[str, Any]]:
    """Passages by cosine similarity to the query, embedding any not yet embedded first."""
    if not query.strip():
        return []
    from storyline.dedup.embed import embed

    keys, matrix = passage_vectors(store)
    if not keys:
        return []
    scores = matrix @ embed([query])[0]
    order = [int(i) for i in np.argsort(-scores)[:limit] if scores[i] >= MIN_SEMANTIC_SCORE]
    meta = {doc["id"]: doc for doc in document_records(store, sorted({keys[i][0] for i in order}))}
    hits = []
    for index in order:
        doc_id, start, end = keys[index]
        doc = meta.get(doc_id)
        if doc is None:
            continue
        hits.append({"doc": doc_id, "start": start, "end": end, "text": doc["text"][start:end],
                     "score": round(float(scores[index]), 4), "title": doc["title"],
                     "label": doc["title"] or doc.get("url") or first_sentence(doc["text"]), "date": doc["published"],
                     "outlet": doc["outlet"]})
    return hits


def passage_vectors(store: Store) -> tuple[list[tuple[str, int, int]], np.ndarray]:
    """All passage vectors (computing the missing ones) as keys and one float32 matrix.
    Kept in memory per store file until the number of stored vectors changes."""
    from storyline.dedup.embed import EMBEDDING_DIM, from_blob

    ensure_passage_embeddings(store)
    count = store.passage_vector_count()
    cached = _vector_cache.get(store.path)
    if cached and cached[0] == count:
        return cached[1], cached[2]
    rows = store.passage_vectors()
    keys = [(doc, start, end) for doc, start, end, _ in rows]
    matrix = np.vstack([from_blob(blob) for *_, blob in rows]) if rows else np.zeros((0, EMBEDDING_DIM), dtype=np.float32)
    _vector_cache[store.path] = (count, keys, matrix)
    return keys, matrix


def ensure_passage_embeddings(store: Store) -> int:
    """Embeds the passages that have no vector yet; returns how many were added."""
    from storyline.dedup.embed import embed, to_blob

    with _embed_lock:
        missing = store.passages_without_vector()
        if not missing:
            return 0
        vectors = embed([text for *_, text in missing])
        store.add_passage_vectors([(doc, start, end, to_blob(vector[None, :]))
                                   for (doc, start, end, _), vector in zip(missing, vectors)])
        return len(missing)
