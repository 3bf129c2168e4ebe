"""Full-text search ranks and filters in SQL: the same passages, in the same order, as the ranking
rule applied in Python to every passage the words match (the way search worked before it moved
into one statement), on the seeds store."""
from __future__ import annotations

import pytest

from storyline.export.records import entity_ids_matching
from storyline.search import SearchFilters, search
from storyline.store import queries

QUERIES = ["Donetsk", "Donetsk region", "Zaporizhzhia Hegseth", "Putin ceasefire demand", "the Donetsk of", "the",
           "security guarantees for Ukraine"]
FILTERS = [SearchFilters(), SearchFilters(actor="Putin"), SearchFilters(actor="Zelensky"), SearchFilters(actor="Nobody Atall"),
           SearchFilters(since="2025-03-01"), SearchFilters(until="2025-03-01"), SearchFilters(since="2025-02-01", until="2025-05-31")]


def matching(store, match: str) -> dict[int, float]:
    return {rowid: -rank for rowid, rank in store.conn.execute(
        "SELECT rowid, rank FROM passages WHERE passages MATCH ?", (match,))}


def reference_ranking(store, query: str) -> list[tuple]:
    """Every passage any word matches, by words held + phrase + bm25 / (1 + bm25), ties by rowid."""
    terms = queries.search_terms(query)
    quoted = [f'"{term}"' for term in terms]
    bm25 = matching(store, " OR ".join(quoted))
    held = {rowid: sum(rowid in matching(store, term) for term in quoted) for rowid in bm25}
    phrase = set(matching(store, '"' + " ".join(terms) + '"')) if len(terms) > 1 else set()
    score = {rowid: held[rowid] + (rowid in phrase) + bm25[rowid] / (1 + bm25[rowid]) for rowid in bm25}
    ranked = sorted(sorted(bm25), key=lambda rowid: -score[rowid])
    rows = {rowid: (doc, int(start), int(end)) for rowid, doc, start, end in store.conn.execute(
        "SELECT rowid, document, start, end FROM passages")}
    return [(*rows[rowid], round(score[rowid], 4), held[rowid], rowid in phrase) for rowid in ranked]


def keep(store, filters: SearchFilters):
    """The filters as Python predicates over whole tables (what search did before)."""
    ids = set(entity_ids_matching(store, filters.actor)) if filters.actor else None
    spans = [(m["doc"], m["start"], m["end"]) for entity in queries.entity_records(store) if ids and entity["id"] in ids
             for m in entity["mentions"]]
    dates = {}
    for doc in queries.document_records(store):
        day = doc["published"][:10] if doc["published"] else None
        dates[doc["id"]] = (day, day) if day else tuple(doc["published_range"] or (None, None))

    def kept(doc: str, start: int, end: int) -> bool:
        if ids is not None and not any(d == doc and s < end and start < e for d, s, e in spans):
            return False
        earliest, latest = dates[doc]
        if filters.since and (latest is None or latest < filters.since):
            return False
        return not (filters.until and (earliest is None or earliest > filters.until))

    return kept


@pytest.mark.parametrize("query", QUERIES)
def test_sql_ranking_is_the_ranking_rule(seeds_store, query):
    expected = reference_ranking(seeds_store, query)
    assert expected
    found = [(h["doc"], h["start"], h["end"], h["score"], h["words"], h["phrase"])
             for h in queries.search_passages(seeds_store, query, limit=10_000)]
    assert found == expected
    top = queries.search_passages(seeds_store, query, limit=5)
    assert [(h["doc"], h["start"]) for h in top] == [row[:2] for row in expected[:5]]
    for hit in top:
        assert seeds_store.document(hit["doc"]).text[hit["start"]:hit["end"]] == hit["text"]


@pytest.mark.parametrize("filters", FILTERS, ids=str)
def test_filters_in_sql_keep_what_the_predicates_kept(seeds_store, filters):
    kept = keep(seeds_store, filters)
    for query in ("Putin ceasefire demand", "Donetsk region", "Ukraine"):
        expected = [row[:3] for row in reference_ranking(seeds_store, query) if kept(*row[:3])]
        found = [(h["doc"], h["start"], h["end"]) for h in search(seeds_store, query, mode="text", filters=filters, limit=500)]
        assert found == expected
        everything = [row[:3] for row in reference_ranking(seeds_store, query)]
        where = {"actor_ids": entity_ids_matching(seeds_store, filters.actor) if filters.actor else None,
                 "since": filters.since, "until": filters.until, "outlet": filters.outlet}
        assert queries.passages_passing(seeds_store, everything, **where) == set(expected)
    if filters.actor == "Nobody Atall":
        assert not expected


def test_outlet_filter_is_case_blind(seeds_store):
    outlet = seeds_store.conn.execute("SELECT outlet FROM documents WHERE outlet IS NOT NULL LIMIT 1").fetchone()[0]
    hits = search(seeds_store, "Putin", mode="text", filters=SearchFilters(outlet=outlet.upper()), limit=500)
    assert hits and {h["outlet"] for h in hits} == {outlet}
    assert len(hits) < len(search(seeds_store, "Putin", mode="text", limit=500))
