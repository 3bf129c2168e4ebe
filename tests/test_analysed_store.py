"""benchmarks/analysed_store.py: a store grown in SQL from the ingested seeds must be a consistent
analysed store (every id a copy names exists, its dates moved, the story marked as built), or the
growth benchmark measures a story step over broken rows."""
from __future__ import annotations

import json
import shutil
import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent / "benchmarks"))

import analysed_store  # noqa: E402


def test_shift_puts_copies_on_both_sides():
    assert [analysed_store.shift(k) for k in range(1, 5)] == [30, -30, 60, -60]


def test_grown_store_is_consistent(seeded_db_path, tmp_path):
    from storyline.store import Store
    from storyline.story.build import STORY_MARKER, build_story_if_needed, story_marker

    base = tmp_path / "base.db"
    shutil.copyfile(seeded_db_path, base)
    grown = tmp_path / "grown.db"
    result = analysed_store.build(base, 15, grown)
    assert result["documents"] == 15 and result["copies"] == 2

    store = Store(grown)
    conn = store.conn
    base_rows = dict(conn.execute("SELECT id, published FROM documents WHERE id NOT GLOB '*~*'").fetchall())
    for copy, days in ((1, 30), (2, -30)):
        copies = dict(conn.execute("SELECT id, published FROM documents WHERE id GLOB ?", (f"*~{copy}",)).fetchall())
        assert sorted(copies) == sorted(f"{doc}~{copy}" for doc in base_rows)
        for doc, published in base_rows.items():
            if published:
                moved = date.fromisoformat(published[:10]) + timedelta(days=days)
                assert copies[f"{doc}~{copy}"][:10] == moved.isoformat()
    for table, column in (("analyses", "document"), ("passages", "document"), ("dedup_documents", "doc_id"),
                          ("quotes", "document"), ("event_documents", "document"), ("entity_mentions", "doc")):
        missing = conn.execute(f"SELECT COUNT(*) FROM {table} WHERE {column} NOT IN (SELECT id FROM documents)").fetchone()[0]
        assert missing == 0, table
    assert conn.execute("SELECT COUNT(*) FROM analyses").fetchone()[0] == 15

    documents = {row[0] for row in conn.execute("SELECT id FROM documents")}
    entities = {row[0] for row in conn.execute("SELECT id FROM entities")}
    copied_events = 0
    for event_id, data in conn.execute("SELECT id, data FROM events"):
        event = json.loads(data)
        assert event["id"] == event_id
        assert set(event["sources"]) <= documents
        assert set(event["participants"]) <= entities
        if "~" in event_id:
            copied_events += 1
            copy = event_id.split("~")[1]
            assert all(source.endswith(f"~{copy}") for source in event["sources"])
            assert event["summary"].endswith(f"[copy {copy}]")
    assert copied_events == 2 * conn.execute("SELECT COUNT(*) FROM events WHERE id NOT GLOB '*~*'").fetchone()[0] > 0
    assert conn.execute("SELECT COUNT(*) FROM quotes").fetchone()[0] == 3 * conn.execute(
        "SELECT COUNT(*) FROM quotes WHERE id NOT GLOB '*~*'").fetchone()[0]
    # the copies' LSH buckets are their own: a bucket holds no more documents than in the base
    fullest = "SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM dedup_buckets{} GROUP BY bucket)"
    assert conn.execute(fullest.format("")).fetchone()[0] == conn.execute(
        fullest.format(" WHERE doc_id NOT GLOB '*~*'")).fetchone()[0]

    assert store.get_state(STORY_MARKER) == story_marker(store)
    assert build_story_if_needed(store) == []  # the story is marked as built for every document
    store.close()
