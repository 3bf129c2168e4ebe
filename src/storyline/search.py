"""Passage search for the CLI, the API and the web page: one ranked hybrid search by default, the
full-text ranking (FTS5, words ORed, phrase first) and the MiniLM ranking fused by rank, with
filters; `text` and `semantic` run one ranking alone.

Passage vectors are made when first needed, not at ingest: the first search by meaning after an
ingest embeds the passages stored since (`ensure_passage_vectors`; `storyline rebuild` and
`storyline serve`'s start do it ahead of time) and keeps them in `passage_embeddings`. Embedding
every sentence was ingest's largest cost after the parse (0.085 of 0.413 CPU s per 1,000 words on
298 Timeline17 articles), paid even by stores never searched by meaning.
`search_index.PassageIndex` holds the vectors for a process (an exact flat index for a small store,
an IVF-PQ index read from a file beside a large one). Only the passages finally shown are read
with their documents.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from storyline.export.records import entity_ids_matching, passage_label, search_passages
from storyline.search_index import passage_index
from storyline.store import Store
from storyline.store import queries

MODES = ("hybrid", "text", "semantic")
CANDIDATES = 500  # passages of each ranking (text, semantic) that hybrid search fuses
RRF_K = 60  # reciprocal-rank fusion constant: how much the top ranks dominate a hybrid ranking
MIN_SEMANTIC_SCORE = 0.2  # cosine below this is noise for MiniLM


@dataclass
class SearchFilters:
    actor: str | None = None
    since: str | None = None
    until: str | None = None
    outlet: str | None = None


def search(store: Store, query: str, mode: str = "hybrid", filters: SearchFilters | None = None,
           limit: int = 20, embed_missing: bool = True) -> list[dict[str, Any]]:
    """Ranked passages `{doc, start, end, text, score, title, label, date, outlet, match}`, best
    first. Full-text ranking, filters and its limit are applied in SQL; semantic candidates are
    filtered by one query over their keys. `embed_missing=False` (the web API: the server embeds
    at start and after its ingest jobs) never embeds on the caller's thread."""
    filters = filters or SearchFilters()
    actor_ids = entity_ids_matching(store, filters.actor) if filters.actor else None
    where = {"actor_ids": actor_ids, "since": filters.since, "until": filters.until, "outlet": filters.outlet}
    if mode == "text":
        return [{**hit, "match": "text"} for hit in search_passages(store, query, limit, **where)]
    text_hits = queries.search_passages(store, query, CANDIDATES, keys_only=True, **where) if mode == "hybrid" else []
    semantic_hits = semantic_passages(store, query, CANDIDATES, embed_missing=embed_missing)
    if actor_ids is not None or filters.since or filters.until or filters.outlet:
        kept = queries.passages_passing(store, [hit["key"] for hit in semantic_hits], **where)
        semantic_hits = [hit for hit in semantic_hits if hit["key"] in kept]
    if mode == "semantic":
        ranked = [{"key": hit["key"], "score": round(hit["score"], 4), "match": "semantic"} for hit in semantic_hits]
    else:
        ranked = fuse(text_hits, semantic_hits)
    return with_details(store, ranked[:limit])


def fuse(text_hits: list[dict[str, Any]], semantic_hits: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Reciprocal-rank fusion: bm25 and cosine scores are not comparable, ranks are. Text hits
    keep their `words` and `phrase`; the passages' text and documents are read afterwards."""
    merged: dict[tuple[str, int, int], dict[str, Any]] = {}
    for label, hits in (("text", text_hits), ("semantic", semantic_hits)):
        for rank, hit in enumerate(hits):
            key = hit.get("key") or (hit["doc"], hit["start"], hit["end"])
            entry = merged.setdefault(key, {**hit, "key": key, "score": 0.0, "match": label})
            entry["score"] += 1.0 / (RRF_K + rank + 1)
            if entry["match"] != label:
                entry["match"] = "both"
    ranked = sorted(merged.values(), key=lambda hit: -hit["score"])
    for hit in ranked:
        hit["score"] = round(hit["score"], 5)
    return ranked


def with_details(store: Store, hits: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The hits with text, document title, label, date and outlet; only the passages that lack
    them (found by meaning alone) are read."""
    missing = [hit["key"] for hit in hits if "text" not in hit]
    details = queries.passage_details(store, missing) if missing else {}
    shown = []
    for hit in hits:
        key = hit.pop("key")
        if "text" not in hit:
            found = details.get(key)
            if found is None:  # its document is gone
                continue
            hit = {**found, "label": passage_label(found), **hit}
            del hit["lead"], hit["url"]
        shown.append(hit)
    return shown


def semantic_passages(store: Store, query: str, limit: int, embed_missing: bool = True) -> list[dict[str, Any]]:
    """`{key, score}` of the passages most similar to the query (cosine of MiniLM vectors), best first."""
    if not query.strip():
        return []
    from storyline.dedup.embed import query_vector

    if embed_missing:
        ensure_passage_vectors(store)
    index = passage_index(store.path)
    index.refresh(store)
    if not len(index):
        return []
    nearest = [(rowid, score) for rowid, score in index.nearest(store, query_vector(query), limit)
               if score >= MIN_SEMANTIC_SCORE]
    keys = queries.passage_keys(store, [rowid for rowid, _ in nearest])
    return [{"key": keys[rowid], "score": score} for rowid, score in nearest if rowid in keys]


def ensure_passage_vectors(store: Store) -> int:
    """Embeds the passages stored without a vector, when the newest has none (one lookup when
    nothing is missing), and brings a large store's index file up to date; returns how many were
    embedded. A store opened read-only is written through a second, writable connection; one
    that cannot be written keeps its vectors as they are (search by meaning then misses the new
    passages, and `storyline search` says so)."""
    import sqlite3

    from storyline.search_index import update_index_file
    from storyline.store import StoreError

    if not queries.newest_passage_unembedded(store):
        return 0
    try:
        writer = Store(store.path) if store.readonly else store
    except (StoreError, sqlite3.Error):
        return 0
    try:
        embedded = embed_missing_passages(writer)
        update_index_file(writer)
    except sqlite3.OperationalError:  # a read-only file or folder
        return 0
    finally:
        if writer is not store:
            writer.close()
    return embedded


EMBED_CHUNK = 5000  # passages embedded and committed at a time: bounded memory, progress kept


def embed_missing_passages(store: Store) -> int:
    """Embeds and stores the passages that have no vector, oldest first and a chunk at a time (an
    interrupted run keeps what it did, and the newest passage is still the last to get a vector,
    as `queries.newest_passage_unembedded` assumes); returns how many. The first search by meaning
    after an ingest and `storyline rebuild` run it."""
    from storyline.dedup.embed import passage_vectors, to_blob

    embedded = 0
    while missing := store.passages_without_vector(limit=EMBED_CHUNK):
        vectors = passage_vectors([text for *_, text in missing])
        store.add_passage_vectors([(doc, start, end, to_blob(vector))
                                   for (doc, start, end, _), vector in zip(missing, vectors)])
        embedded += len(missing)
    return embedded
