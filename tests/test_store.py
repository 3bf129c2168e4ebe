"""The SQLite store: schema versions, one transaction per document, nothing lost on failure."""
from __future__ import annotations

import sqlite3

import pytest

from storyline.model import Document, DocumentAnalysis, Mention
from storyline.store import Store, StoreError
from storyline.store.migrations import MIGRATIONS


def make_document(number: int) -> Document:
    text = f"Sentence {number} about the talks in Geneva. A second sentence {number}."
    return Document(id=f"doc{number:04d}", source=f"s{number}.txt", text=text, content_hash=f"hash{number}")


def test_new_store_is_migrated_to_the_newest_version(tmp_path):
    store = Store(tmp_path / "s.db")
    assert store.schema_version == MIGRATIONS[-1][0]
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    reopened = Store(tmp_path / "s.db")
    versions = reopened.conn.execute("SELECT version FROM schema_version ORDER BY version").fetchall()
    assert [v[0] for v in versions] == [m[0] for m in MIGRATIONS]


def test_document_round_trip_with_analysis_and_passages(tmp_path):
    store = Store(tmp_path / "s.db")
    doc = make_document(1)
    analysis = DocumentAnalysis(sentences=[(0, 44)], mentions=[Mention(doc.id, 37, 43, "Geneva", "GPE")])
    with store.transaction():
        store.insert_document(doc, analysis)
    assert store.document(doc.id).text == doc.text
    assert store.analysis(doc.id).mentions[0].text == "Geneva"
    hits = store.conn.execute("SELECT document, start, end FROM passages WHERE passages MATCH 'geneva'").fetchall()
    assert hits == [(doc.id, 0, 44)]


def test_a_failed_document_leaves_nothing_half_written(tmp_path):
    store = Store(tmp_path / "s.db")
    with store.transaction():
        store.insert_document(make_document(1), DocumentAnalysis())
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.insert_document(make_document(2), DocumentAnalysis(sentences=[(0, 10)]))
            raise RuntimeError("crash in the middle of a document")
    assert store.document_count() == 1
    assert store.conn.execute("SELECT COUNT(*) FROM analyses").fetchone()[0] == 1
    assert store.conn.execute("SELECT COUNT(*) FROM passages").fetchone()[0] == 0


def test_same_content_twice_is_refused_by_the_schema(tmp_path):
    store = Store(tmp_path / "s.db")
    with store.transaction():
        store.insert_document(make_document(1), DocumentAnalysis())
    with pytest.raises(sqlite3.IntegrityError):
        with store.transaction():
            store.insert_document(make_document(1), DocumentAnalysis())
    assert store.document_id_for_content("hash1") == "doc0001"


def test_not_a_store_is_a_clear_error(tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match="junk.db"):
        Store(junk)
    with pytest.raises(StoreError, match="no such store"):
        Store(tmp_path / "absent.db", readonly=True)


def test_outlet_lines_count_documents(tmp_path):
    store = Store(tmp_path / "s.db")
    with store.transaction():
        store.record_outlet_lines("The Week", {"sign up for the week's free newsletters", "a line"})
        store.record_outlet_lines("The Week", {"sign up for the week's free newsletters"})
    assert store.outlet_boilerplate("The Week") == {"sign up for the week's free newsletters"}
    assert store.outlet_boilerplate(None) == set()
    counts = store.outlet_line_counts("The Week", ["sign up for the week's free newsletters", "a line", "never stored"])
    assert counts == {"sign up for the week's free newsletters": 2, "a line": 1}


def _store_made_at_version(path, version: int) -> sqlite3.Connection:
    """A store file as the given schema version made it, open for the test to fill."""
    from storyline.store import migrations

    conn = sqlite3.connect(path, isolation_level=None)
    original = migrations.MIGRATIONS
    try:
        migrations.MIGRATIONS = [m for m in original if m[0] <= version]
        migrations.migrate(conn, upgrade_only=True)
    finally:
        migrations.MIGRATIONS = original
    return conn


def test_an_older_store_is_migrated_in_place_keeping_its_data(tmp_path):
    """A version-3 store (before the aliases column) opens as the newest version, entities intact."""
    import json

    path = tmp_path / "old.db"
    conn = _store_made_at_version(path, 3)
    entity = {"id": "person:pete-hegseth", "name": "Pete Hegseth", "type": "PERSON", "aliases": ["Hegseth"]}
    conn.execute("INSERT INTO entities (id, name, type, data) VALUES (?, ?, ?, ?)",
                 (entity["id"], entity["name"], entity["type"], json.dumps(entity)))
    conn.close()
    store = Store(path)
    assert store.schema_version == MIGRATIONS[-1][0]
    from storyline.export.records import entity_ids_matching

    assert entity_ids_matching(store, "hegseth") == ["person:pete-hegseth"]


def test_the_story_coverage_is_read_from_indexes_not_from_every_text(tmp_path):
    """The story step's reads of every document (lengths, publication days, undated documents) use
    covering indexes, so their cost does not grow with the texts; a store made before keeps its
    documents' lengths through the migration."""
    from storyline.store import queries

    path = tmp_path / "v9.db"
    conn = _store_made_at_version(path, 9)
    old_text = "Talks in Genève resumed on Monday."
    conn.execute("INSERT INTO documents (id, content_hash, source, text, seq, published) VALUES (?, ?, ?, ?, ?, ?)",
                 ("old", "h-old", "old.txt", old_text, 1, "2024-03-04"))
    conn.close()
    store = Store(path)
    new = make_document(2)
    with store.transaction():
        store.insert_document(new, DocumentAnalysis())
    first, last, count, lengths = queries.coverage(store)
    assert (first, last, count) == ("2024-03-04", "2024-03-04", 2)
    assert lengths == {"old": len(old_text), new.id: len(new.text)}
    assert queries.undated_resting_on(store, "story") == [new.id]

    def plan(sql: str, *args) -> str:
        return " ".join(row[-1] for row in store.conn.execute("EXPLAIN QUERY PLAN " + sql, args))

    assert "COVERING INDEX documents_coverage" in plan("SELECT id, text_length FROM documents")
    reads = [queries.coverage, queries.publication_days, lambda s: queries.undated_resting_on(s, "story")]
    traced: list[str] = []
    store.conn.set_trace_callback(traced.append)  # the statements these reads run
    for read in reads:
        read(store)
    store.conn.set_trace_callback(None)
    for sql in traced:
        assert "COVERING INDEX" in plan(sql), sql  # the traced statement has its values written in


def test_the_entity_mentions_of_documents_are_read_through_an_index(tmp_path):
    """`entity_spans` (the story step, for each batch) searches the mentions by document instead
    of scanning every stored mention; a store made before gets the index from its migration."""
    path = tmp_path / "v10.db"
    _store_made_at_version(path, 10).close()
    for store in (Store(tmp_path / "new.db"), Store(path)):
        plan = " ".join(row[-1] for row in store.conn.execute(
            "EXPLAIN QUERY PLAN SELECT entity, doc, start, end FROM entity_mentions WHERE doc IN (?, ?)", ("a", "b")))
        assert "USING INDEX entity_mentions_doc" in plan, plan
        store.conn.execute("INSERT INTO entity_mentions (entity, doc, start, end) VALUES ('person:x', 'a', 0, 5)")
        assert store.entity_spans(["a", "b"]) == {("a", 0, 5): "person:x"}


def test_widespread_entities_are_those_named_in_a_share_of_the_documents(seeds_store):
    """Only entities with enough mentions are counted (their `mention_count`): the same entities and document
    counts as counting every mention's document."""
    from storyline.store import queries

    documents = seeds_store.conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    named_in: dict[str, set[str]] = {}
    for entity, doc in seeds_store.conn.execute("SELECT entity, doc FROM entity_mentions"):
        named_in.setdefault(entity, set()).add(doc)
    for share in (0.2, 0.4, 0.6, 1.0):
        expected = {entity: len(docs) for entity, docs in named_in.items() if len(docs) >= max(1.0, share * documents)}
        found = {entity: docs for entity, _, _, docs in queries.widespread_entities(seeds_store, share)}
        assert found == expected
    assert len(queries.widespread_entities(seeds_store, 0.4)) < len(queries.widespread_entities(seeds_store, 0.2))


def test_to_dict_is_asdict_without_copying_strings_and_numbers(seeds_store):
    """The stored form of every analysed record of the seeds is `dataclasses.asdict`'s; containers are new objects and
    values of other types are deep copies, as asdict makes them."""
    from collections import namedtuple
    from dataclasses import asdict, dataclass, field

    from storyline.model import ANALYSIS_PARTS, to_dict

    items = [item for doc in seeds_store.documents() for part in ANALYSIS_PARTS
             for item in getattr(seeds_store.analysis(doc.id), part)]
    assert len(items) > 100
    assert [to_dict(item) for item in items] == [asdict(item) for item in items]

    Pair = namedtuple("Pair", "left right")

    @dataclass
    class Inner:
        words: list = field(default_factory=lambda: ["a", ("b", 2)])

    @dataclass
    class Outer:
        inner: Inner = field(default_factory=Inner)
        pair: Pair = Pair(1.5, None)
        spans: dict = field(default_factory=lambda: {"x": [1, 2]})
        tags: set = field(default_factory=lambda: {"t"})

    outer = Outer()
    plain = to_dict(outer)
    assert plain == asdict(outer) and type(plain["pair"]) is Pair and type(plain["inner"]["words"][1]) is tuple
    assert plain["inner"]["words"] is not outer.inner.words and plain["spans"]["x"] is not outer.spans["x"]
    assert plain["tags"] == {"t"} and plain["tags"] is not outer.tags


def test_the_outlet_boilerplate_is_read_by_count_not_by_every_line_of_the_outlet(tmp_path):
    """Before each document is cleaned again the ingest reads the lines of two or more of its outlet's documents: an
    index on (outlet, documents) finds them without reading each line the outlet printed once; a store made before gets
    the index from its migration."""
    path = tmp_path / "v13.db"
    _store_made_at_version(path, 13).close()
    for store in (Store(tmp_path / "new.db"), Store(path)):
        traced: list[str] = []
        store.conn.set_trace_callback(traced.append)
        store.outlet_boilerplate("Reuters")
        store.conn.set_trace_callback(None)
        plan = " ".join(row[-1] for row in store.conn.execute("EXPLAIN QUERY PLAN " + traced[-1]))
        assert "USING INDEX outlet_lines_documents (outlet=? AND documents>?)" in plan, plan
