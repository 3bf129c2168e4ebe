from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from storyline.eval import gold_data_folder

REPO = Path(__file__).resolve().parents[1]
DATASETS = gold_data_folder(REPO)  # STORYLINE_DATASETS, else ../shared/datasets beside the (main) checkout
SEEDS = Path(str(resources.files("storyline.data") / "seeds"))


def seed_path(prefix: str) -> Path:
    return next(SEEDS.glob(f"{prefix}_*.txt"))


def seed_text(prefix: str) -> str:
    return seed_path(prefix).read_text(encoding="utf-8")


# Publication dates of the seeds as their pages gave them, for tests of later stages.
SEED_DATES = {"000": "2025-10-19", "001": "2024-11-10", "002": "2025-05-19", "004": "2025-02-12"}


def seed_document(prefix: str):
    """A seed as an uncleaned Document, dated where SEED_DATES knows its date."""
    from storyline.model import Document

    path = seed_path(prefix)
    return Document(id=prefix, source=str(path), text=path.read_text(encoding="utf-8"),
                    published=SEED_DATES.get(prefix))


def dataset(*parts: str) -> Path:
    path = DATASETS.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"gold data not present at {path}")
    return path


@pytest.fixture(scope="session")
def nlp():
    from storyline.nlp.spacy_model import load_spacy

    return load_spacy()


@pytest.fixture(scope="session")
def seeded_db_path(tmp_path_factory, nlp) -> Path:
    """The five seed articles ingested once per session through the whole pipeline, into a file
    that tests only read (tests that write work on a copy)."""
    from storyline.pipeline import SpacyExecutor, ingest
    from storyline.search import embed_missing_passages
    from storyline.store import Store

    path = tmp_path_factory.mktemp("seeded") / "seeds.db"
    store = Store(path)
    summary = ingest(store, sorted(str(p) for p in SEEDS.glob("*.txt")), SpacyExecutor(nlp))
    assert summary.new == 5 and summary.failed == 0, summary.errors
    assert embed_missing_passages(store) > 0  # as the first search by meaning would: no test writes this file
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    return path


@pytest.fixture(scope="session")
def seeds_store(seeded_db_path):
    from storyline.store import Store

    return Store(seeded_db_path)


def store_fingerprint(store) -> dict:
    """What two ingests of the same inputs must agree on, independent of timing and order of ids
    (passage vectors are not ingest's: the first search by meaning makes them)."""
    import json

    conn = store.conn
    documents = sorted(conn.execute(
        "SELECT id, content_hash, source, title, outlet, published, published_range, published_how, text,"
        " removed FROM documents").fetchall())
    analyses = sorted(conn.execute(
        "SELECT document, mentions, roles, quotes, timexes, event_mentions FROM analyses").fetchall())
    return {
        "documents": [list(row) for row in documents],
        "analyses": [[row[0]] + [json.loads(value) for value in row[1:]] for row in analyses],
        "raw_hashes": sorted(conn.execute("SELECT raw_hash, document FROM raw_hashes").fetchall()),
        "copy_links": sorted(conn.execute("SELECT document, original, kind FROM copy_links").fetchall()),
        "outlet_lines": sorted(conn.execute("SELECT outlet, line, documents FROM outlet_lines").fetchall()),
        "passages": sorted(conn.execute("SELECT document, start, end FROM passages").fetchall()),
    }
