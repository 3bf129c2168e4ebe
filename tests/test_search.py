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


def test_the_first_search_by_meaning_embeds_the_passages_ingest_stored(seeds_store, nlp, tmp_path, capsys):
    """Ingest stores passages without vectors (embedding them was its largest cost after the
    parse); the CLI's first search by meaning embeds every passage, says so once, and each vector
    is the passage's own embedding. A later search finds nothing left to embed."""
    import numpy as np

    from conftest import SEEDS

    from storyline.cli import main
    from storyline.dedup.embed import embed, from_blob
    from storyline.pipeline import SpacyExecutor, ingest
    from storyline.search import ensure_passage_vectors
    from storyline.store import Store

    path = tmp_path / "fresh.db"
    store = Store(path)
    try:
        summary = ingest(store, [str(p) for p in sorted(SEEDS.glob("*.txt"))[:2]], SpacyExecutor(nlp))
        assert summary.new == 2
        passages = store.conn.execute("SELECT document, start, end, text FROM passages ORDER BY rowid").fetchall()
        assert len(passages) > 20 and queries.newest_passage_unembedded(store)
        assert store.conn.execute("SELECT COUNT(*) FROM passage_embeddings").fetchone()[0] == 0
        assert main(["search", "--db", str(path), "a telephone call between presidents", "--format", "json"]) == 0
        assert "embedding the passages" in capsys.readouterr().err
        vectors = {(doc, start, end): blob for doc, start, end, blob in store.conn.execute(
            "SELECT document, start, end, embedding FROM passage_embeddings")}
        assert set(vectors) == {(doc, int(start), int(end)) for doc, start, end, _ in passages}
        assert not store.passages_without_vector() and ensure_passage_vectors(store) == 0
        assert main(["search", "--db", str(path), "Donetsk", "--format", "json"]) == 0
        assert "embedding" not in capsys.readouterr().err
        sample = passages[::7]
        fresh = embed([text for *_, text in sample], quantised=True)  # the search's graph
        stored = np.vstack([from_blob(vectors[(doc, int(start), int(end))]) for doc, start, end, _ in sample])
        # the same vector, stored as float16; int8 activations are scaled per batch, so a passage
        # encoded with other texts is a little off its vector encoded in this batch
        cosines = fresh @ stored.T
        assert np.all(np.diag(cosines) > 0.98)
        assert np.array_equal(cosines.argmax(axis=0), np.arange(len(sample)))
    finally:
        store.close()


def test_passage_index_reads_only_what_was_added(seeds_store, tmp_path):
    """An index held by a process is brought up to date by the rows stored since it was read; it
    then ranks exactly as an index read afresh. `embed_missing_passages` fills a store whose
    passages were stored without vectors."""
    import shutil

    from storyline.dedup.embed import embed
    from storyline.search import embed_missing_passages, semantic_passages
    from storyline.search_index import PassageIndex
    from storyline.store import Store

    path = tmp_path / "copy.db"
    shutil.copyfile(seeds_store.path, path)
    store = Store(path)
    try:
        total = store.conn.execute("SELECT COUNT(*) FROM passage_embeddings").fetchone()[0]
        with store.transaction() as conn:
            conn.execute("DELETE FROM passage_embeddings WHERE document IN "
                         "(SELECT id FROM documents ORDER BY id LIMIT 2)")
        held = PassageIndex()
        held.refresh(store)
        assert 0 < len(held) < total
        first_last = held.last
        assert embed_missing_passages(store) == total - len(held)
        assert embed_missing_passages(store) == 0
        held.refresh(store)
        assert len(held) == total and held.last > first_last
        fresh = PassageIndex()
        fresh.refresh(store)
        vector = embed(["a telephone call between presidents"])[0]
        assert [rowid for rowid, _ in held.nearest(store, vector, 10)] == [rowid for rowid, _ in fresh.nearest(store, vector, 10)]
        hits = semantic_passages(store, "a telephone call between presidents", 5)
        assert hits and all(hit["score"] >= 0.2 for hit in hits)
    finally:
        store.close()


def test_hybrid_is_the_default_and_finds_words_that_share_no_sentence(seeds_store):
    """No seed sentence holds both 'Zaporizhzhia' and 'Hegseth'; hybrid search (the CLI's, API's
    and page's default) still finds passages, ranked by both rankings, each with its text read
    from its document."""
    everything = queries.search_passages(seeds_store, "Zaporizhzhia Hegseth", limit=10_000)
    assert everything and max(hit["words"] for hit in everything) == 1
    hits = search(seeds_store, "Zaporizhzhia Hegseth", limit=8)
    assert len(hits) == 8
    assert {hit["match"] for hit in hits} <= {"text", "semantic", "both"} and "both" in {hit["match"] for hit in hits}
    assert [hit["score"] for hit in hits] == sorted((hit["score"] for hit in hits), reverse=True)
    for hit in hits:
        assert seeds_store.document(hit["doc"]).text[hit["start"]:hit["end"]] == hit["text"]
        assert hit["label"]
    semantic = search(seeds_store, "Zaporizhzhia Hegseth", mode="semantic", limit=8)
    assert {hit["match"] for hit in semantic} == {"semantic"}
    only_meaning = [hit for hit in hits if hit["match"] == "semantic"]
    assert all("words" not in hit for hit in only_meaning)


def test_filters_apply_to_passages_found_by_meaning(seeds_store):
    kept = keep(seeds_store, SearchFilters(actor="Zelensky"))
    hits = search(seeds_store, "telephone conversation between the two presidents", mode="semantic",
                  filters=SearchFilters(actor="Zelensky"), limit=50)
    unfiltered = search(seeds_store, "telephone conversation between the two presidents", mode="semantic", limit=500)
    assert hits and len(hits) < len(unfiltered)
    assert all(kept(hit["doc"], hit["start"], hit["end"]) for hit in hits)
    assert [(h["doc"], h["start"]) for h in hits] == [(h["doc"], h["start"]) for h in unfiltered
                                                       if kept(h["doc"], h["start"], h["end"])][:50]


def test_a_store_missing_vectors_gets_them_at_the_cli_search(seeds_store, tmp_path, capsys, monkeypatch):
    """A store whose passages have no vectors (ingested, never searched by meaning): a search that
    must not embed (the web API's) leaves them missing; the CLI's search embeds them, a chunk at a
    time, before ranking, says so on stderr, and answers by meaning as well as by words."""
    import shutil

    import storyline.search
    from storyline.cli import main
    from storyline.store import Store

    path = tmp_path / "old.db"
    shutil.copyfile(seeds_store.path, path)
    store = Store(path)
    try:
        assert not queries.newest_passage_unembedded(store)
        with store.transaction() as conn:
            conn.execute("DELETE FROM passage_embeddings")
        missing = len(store.passages_without_vector())
        assert missing > 7 and queries.newest_passage_unembedded(store)
        search(store, "Donetsk", embed_missing=False)
        assert len(store.passages_without_vector()) == missing
        monkeypatch.setattr(storyline.search, "EMBED_CHUNK", 7)
        assert main(["search", "--db", str(path), "Donetsk", "--format", "json"]) == 0
        captured = capsys.readouterr()
        assert "embedding the passages" in captured.err and "Donetsk" in captured.out
        assert "could not be given search vectors" not in captured.err
        assert '"semantic"' in captured.out or '"both"' in captured.out
        assert not queries.newest_passage_unembedded(store) and not store.passages_without_vector()
    finally:
        store.close()


def test_large_store_index_file_is_written_read_and_kept_current(seeds_store, tmp_path, monkeypatch):
    """From `ANN_FROM` vectors on (lowered here to the seeds' 144), embedding and rebuild write an
    IVF-PQ index beside the store; a fresh process reads it instead of building one, ranks as the
    exact scan does, takes vectors stored since, and builds anew when the stored vectors are not
    those it was made from."""
    import shutil

    from storyline.dedup.embed import query_vector
    from storyline.search import embed_missing_passages
    from storyline.search_index import PassageIndex, _read_watermark, index_files, update_index_file
    from storyline.store import Store
    import storyline.search_index as search_index

    path = tmp_path / "large.db"
    shutil.copyfile(seeds_store.path, path)
    store = Store(path)
    try:
        with store.transaction() as conn:
            conn.execute("DELETE FROM passage_embeddings WHERE document IN (SELECT id FROM documents ORDER BY id LIMIT 1)")
        update_index_file(store)  # the exact scan's size: no file
        index_file, watermark_file = index_files(str(path))
        assert not index_file.exists()
        exact = PassageIndex()
        exact.refresh(store)
        monkeypatch.setattr(search_index, "ANN_FROM", 50)
        update_index_file(store)
        first = _read_watermark(watermark_file)
        assert index_file.exists() and first.last == exact.last

        def no_build(*args):
            raise AssertionError("built again instead of reading the file")

        monkeypatch.setattr(PassageIndex, "_build", no_build)
        opened = PassageIndex()
        opened.refresh(store)
        assert opened.ann is not None and len(opened) == len(exact)
        for query in ("a telephone call between presidents", "territory Russia wants", "security guarantees"):
            vector = query_vector(query)
            wanted = [rowid for rowid, _ in exact.nearest(store, vector, 10)]
            found = [rowid for rowid, _ in opened.nearest(store, vector, 10)]
            assert len(set(wanted) & set(found)) >= 9 and found[0] == wanted[0]

        assert embed_missing_passages(store) > 0  # vectors stored after the file was written
        update_index_file(store)
        assert _read_watermark(watermark_file).last > first.last
        current = PassageIndex()
        current.refresh(store)
        assert current.ann is not None and current.last == _read_watermark(watermark_file).last
        monkeypatch.undo()
        monkeypatch.setattr(search_index, "ANN_FROM", 50)
        with store.transaction() as conn:  # re-embedded (another encoder): the file no longer fits
            conn.execute("UPDATE passage_embeddings SET embedding = (SELECT embedding FROM passage_embeddings"
                         " ORDER BY rowid DESC LIMIT 1) WHERE rowid = (SELECT MIN(rowid) FROM passage_embeddings)")
        assert not _read_watermark(watermark_file).holds_vectors_of(store)
        update_index_file(store)
        assert _read_watermark(watermark_file).holds_vectors_of(store)
    finally:
        store.close()


@pytest.mark.parametrize("query", QUERIES)
def test_common_words_rank_the_newest_passages_holding_them(seeds_store, query, monkeypatch):
    """When a word matches more than `COMMON_TERM` passages, only the newest of those are ranked
    (with every passage holding a rarer word), by the same rule: every hit is a passage the words
    match, with the words and phrase it really holds, best first; passages holding every word come
    first when there are no more of them than the cap. A filtered search ranks every match."""
    expected = {(doc, start, end): (held, phrase) for doc, start, end, _, held, phrase in reference_ranking(seeds_store, query)}
    monkeypatch.setattr(queries, "COMMON_TERM", 4)
    hits = queries.search_passages(seeds_store, query, limit=50)
    assert hits
    for hit in hits:
        assert expected[(hit["doc"], hit["start"], hit["end"])] == (hit["words"], hit["phrase"])
        assert seeds_store.document(hit["doc"]).text[hit["start"]:hit["end"]] == hit["text"] and hit["lead"]
    assert [hit["score"] for hit in hits] == sorted((hit["score"] for hit in hits), reverse=True)
    terms = len(queries.search_terms(query))
    holding_all = [key for key, (held, _) in expected.items() if held == terms]
    if len(holding_all) <= 4:
        assert {(hit["doc"], hit["start"], hit["end"]) for hit in hits[:len(holding_all)]} == set(holding_all)
    keys = queries.search_passages(seeds_store, query, limit=50, keys_only=True)
    assert [(hit["doc"], hit["start"], hit["score"]) for hit in keys] == [(hit["doc"], hit["start"], hit["score"]) for hit in hits]
    putin = entity_ids_matching(seeds_store, "Putin")
    filtered = queries.search_passages(seeds_store, query, limit=50, actor_ids=putin, since="2025-03-01")
    kept = keep(seeds_store, SearchFilters(actor="Putin", since="2025-03-01"))
    # a filtered search is not capped: it finds every passage the words match that passes the filter
    assert {(hit["doc"], hit["start"], hit["end"]) for hit in filtered} == {key for key in expected if kept(*key)}
