"""Undated documents dated again from the store: when dated coverage arrives later, in an
addition to the story, and what the export and the copy index show of it."""
from __future__ import annotations

import pytest

from conftest import SEEDS
from storyline.dedup.index import CopyIndex
from storyline.export.records import build_export
from storyline.pipeline import Analyzer, ingest
from storyline.store import Store

SEED_003 = str(next(SEEDS.glob("003_*.txt")))  # undated rewrite of 004
SEED_004 = str(next(SEEDS.glob("004_*.txt")))  # dateline February 12, 2025


@pytest.fixture(scope="module")
def redated(tmp_path_factory, nlp):
    """003 stored alone, its dates as the text gives them; then 004 added to the story."""
    store = Store(tmp_path_factory.mktemp("redate") / "s.db")
    analyzer = Analyzer(nlp)
    ingest(store, [SEED_003], analyzer=analyzer)
    alone = store.documents()[0]
    alone_timexes = store.analysis(alone.id).timexes
    ingest(store, [SEED_004], analyzer=analyzer, story="add")
    return store, alone, alone_timexes


def test_an_undated_article_alone_keeps_the_range_its_text_gives_with_reasons(redated):
    _, alone, timexes = redated
    assert alone.published is None and alone.published_how == "inferred"
    assert alone.published_range[0] == "2025-01-25"  # Defense Secretary Hegseth and the other titles
    assert alone.published_reasons and any("Hegseth" in reason for reason in alone.published_reasons)
    wednesday = [t for t in timexes if t.text == "Wednesday"]
    assert wednesday and all(t.value is None for t in wednesday)  # a wide range fixes no weekday


def test_dated_coverage_arriving_later_dates_the_stored_article_and_its_events(redated):
    store, alone, _ = redated
    original = next(doc for doc in store.documents() if doc.id != alone.id)
    assert original.published == "2025-02-12" and original.published_how == "dateline"
    redated_doc = store.document(alone.id)
    assert (redated_doc.published, redated_doc.published_range, redated_doc.published_how) == ("2025-02-12", None, "inferred")
    assert redated_doc.published_reasons == [f"rewrite of {original.id} published 2025-02-12"]
    analysis = store.analysis(alone.id)
    assert {t.value for t in analysis.timexes if t.text == "Wednesday"} == {"2025-02-12"}
    announced = next(m for m in analysis.event_mentions if "announced on Wednesday" in m.sentence)
    assert announced.date == "2025-02-12"


def test_the_export_carries_the_reasons(redated):
    store, alone, _ = redated
    documents = {doc["id"]: doc for doc in build_export(store)["documents"]}
    assert documents[alone.id]["published_reasons"][0].startswith("rewrite of ")
    assert all(isinstance(doc["published_reasons"], list) for doc in documents.values())


def test_the_copy_index_names_the_most_similar_documents(redated):
    store, alone, _ = redated
    similar = CopyIndex(store.conn).similar(alone.id)
    assert [other for other, _ in similar] == [d.id for d in store.documents() if d.id != alone.id]
    assert similar[0][1] > 0.3
