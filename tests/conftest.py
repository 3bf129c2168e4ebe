from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DATASETS = REPO.parent / "shared" / "datasets"
SEEDS = Path(str(resources.files("storyline.data") / "seeds"))


def seed_path(prefix: str) -> Path:
    return next(SEEDS.glob(f"{prefix}_*.txt"))


def seed_text(prefix: str) -> str:
    return seed_path(prefix).read_text(encoding="utf-8")


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
def seeds_store(tmp_path_factory, nlp):
    """The five seed articles ingested once through the whole pipeline."""
    from storyline.pipeline import Analyzer, ingest
    from storyline.store import Store

    store = Store(tmp_path_factory.mktemp("seeds") / "seeds.db")
    summary = ingest(store, [str(SEEDS)], analyzer=Analyzer(nlp))
    assert summary.new == 5, summary.errors
    return store
