"""Copies, rewrites and independent sources on the seeds (003 is a sentence-by-sentence rewording of 004)."""
from __future__ import annotations

import sqlite3
from functools import lru_cache

import pytest
from conftest import dataset, seed_path, seed_text

from storyline.dedup import independent_sources
from storyline.dedup.direction import DocFacts, attribution_count, choose_original
from storyline.dedup.embed import embed
from storyline.dedup.index import CopyIndex, create_schema
from storyline.dedup.text import content_hash, split_sentences
from storyline.model import Document

PREFIXES = ("000", "001", "002", "003", "004")


def _doc(prefix: str, **fields) -> Document:
    return Document(id=prefix, source=str(seed_path(prefix)), text=seed_text(prefix), **fields)


@lru_cache(maxsize=64)
def _embed_once(sentences: tuple[str, ...]):
    """The real model, but each document embedded once for the whole test module (keeps it fast)."""
    return embed(list(sentences))


def _index(conn: sqlite3.Connection | None = None, calls: list | None = None) -> CopyIndex:
    conn = conn or sqlite3.connect(":memory:")
    create_schema(conn)

    def counting_embed(sentences: list[str]):
        if calls is not None:
            calls.append(len(sentences))
        return _embed_once(tuple(sentences))

    return CopyIndex(conn, embed_sentences=counting_embed)


@pytest.mark.parametrize("order", [PREFIXES, tuple(reversed(PREFIXES))])
def test_seed_rewrite_found_with_004_as_original_and_nothing_else(order):
    index = _index()
    docs = {prefix: _doc(prefix) for prefix in order}
    returned = [link for prefix in order for link in index.add(docs[prefix])]
    assert [(link.doc, link.original, link.kind) for link in returned] == [("003", "004", "rewrite")]
    assert [(link.doc, link.original) for link in index.links()] == [("003", "004")]
    assert index.copy_of() == {"000": None, "001": None, "002": None, "003": "004", "004": None}
    assert docs["003"].copy_of == "004" if order[0] == "004" else docs["003"].copy_of is None


def test_story_of_puts_the_rewrite_with_its_original_and_keeps_other_calls_apart():
    index = _index()
    for prefix in PREFIXES:
        index.add(_doc(prefix))
    story = index.story_of()
    assert story["003"] == story["004"]
    assert len({story[p] for p in ("000", "001", "002", "004")}) == 4


def test_cleaned_seeds_keep_003_as_rewrite_of_004():
    """After cleaning, half of 003's sentences are 004's quotes verbatim: still a rewrite, not near."""
    from storyline.clean import clean_document
    from storyline.model import RawDocument

    index = _index()
    cleaned = {}
    for prefix in ("004", "003", "000"):
        cleaned[prefix] = clean_document(RawDocument(source=str(seed_path(prefix)), text=seed_text(prefix)))
        cleaned[prefix].id = prefix
    links = [link for prefix in ("004", "003", "000") for link in index.add(cleaned[prefix])]
    assert [(link.doc, link.original, link.kind) for link in links] == [("003", "004", "rewrite")]
    assert (cleaned["003"].copy_of, cleaned["003"].copy_kind) == ("004", "rewrite")


def test_rewrite_evidence_pairs_reworded_sentences():
    index = _index()
    index.add(_doc("004", published="2025-02-12"))
    (link,) = index.add(_doc("003"))
    assert 0.5 < link.score <= 1.0
    assert len(link.evidence) >= 20
    copy_sentences = set(split_sentences(seed_text("003")))
    original_sentences = set(split_sentences(seed_text("004")))
    for copy_sentence, original_sentence, score in link.evidence:
        assert copy_sentence in copy_sentences and original_sentence in original_sentences
        assert score >= 0.75
    pairs = {copy: original for copy, original, _ in link.evidence}
    assert pairs["Additionally, Trump had a conversation with Ukrainian President Volodymyr Zelenskyy "
                 "subsequent to his dialogue with Putin."] == \
        "Trump also spoke with Ukrainian President Volodymyr Zelenskyy after his call with Putin."


def test_only_candidate_documents_are_embedded():
    calls: list[int] = []
    index = _index(calls=calls)
    for prefix in PREFIXES:
        index.add(_doc(prefix))
    embedded = {doc_id for doc_id, vectors in index.tables.conn.execute(
        "SELECT doc_id, embeddings FROM dedup_sentences") if vectors is not None}
    assert embedded == {"003", "004"}
    assert len(calls) == 1, "the pair's sentences go to the encoder in one call"


def test_a_sentence_is_encoded_once_per_index():
    """Cleaned 003 keeps 004's quotes verbatim: those sentences are encoded once for the pair, and
    the rewrite call is unchanged."""
    from storyline.clean import clean_document
    from storyline.model import RawDocument

    cleaned = {}
    for prefix in ("004", "003"):
        cleaned[prefix] = clean_document(RawDocument(source=str(seed_path(prefix)), text=seed_text(prefix)))
        cleaned[prefix].id = prefix
    sentences = {prefix: split_sentences(doc.text) for prefix, doc in cleaned.items()}
    shared = set(sentences["003"]) & set(sentences["004"])
    assert len(shared) >= 5
    encoded: list[str] = []
    index = _index(calls=encoded)
    links = [link for prefix in ("004", "003") for link in index.add(cleaned[prefix])]
    assert [(link.doc, link.original, link.kind) for link in links] == [("003", "004", "rewrite")]
    assert sum(encoded) == len(set(sentences["003"]) | set(sentences["004"]))


@pytest.mark.parametrize("remembered", [3, 20_000])
def test_the_remembered_sentence_vectors_stay_bounded_and_change_no_link(monkeypatch, remembered):
    """Past `MAX_REMEMBERED_VECTORS` the index forgets all but the pair's sentences: its memory stays
    bounded and the links over every seed are those of an index that forgets nothing."""
    import storyline.dedup.index as copy_index

    monkeypatch.setattr(copy_index, "MAX_REMEMBERED_VECTORS", remembered)
    index, links, largest = _index(), [], 0
    for prefix in PREFIXES:
        links += [(link.doc, link.original, link.kind, link.score) for link in index.add(_doc(prefix))]
        largest = max(largest, len(index._encoded))
    if remembered < 20_000:
        pair = max(len(split_sentences(seed_text(p))) for p in PREFIXES) * 2
        assert largest <= max(remembered, pair)
    assert links == [("003", "004", "rewrite", links[0][3])] and links[0][3] > 0


def test_exact_copy_with_other_layout_is_exact_and_later_copy_points_to_first():
    index = _index()
    index.add(_doc("000", published="2025-10-19"))
    relaid = "\n\n".join(line.upper() for line in seed_text("000").splitlines())
    copy = Document(id="000-copy", source="mirror", text=relaid, published="2025-10-20")
    (link,) = index.add(copy)
    assert (link.doc, link.original, link.kind, link.score) == ("000-copy", "000", "exact", 1.0)
    assert copy.copy_of == "000" and copy.copy_kind == "exact"
    assert content_hash(relaid) == content_hash(seed_text("000"))


def test_near_duplicate_with_edits_and_other_furniture():
    lines = seed_text("001").splitlines()
    edited = [line.replace("Sunday", "Sunday morning").replace("excellent", "very good") for line in lines[3:-1]]
    edited += ["Subscribe to our newsletter for daily updates from the region.", "Related: more world news"]
    index = _index()
    index.add(_doc("001", published="2024-11-11"))
    copy = Document(id="001-wire", source="wire", text="\n".join(edited), published="2024-11-12")
    (link,) = index.add(copy)
    assert (link.doc, link.original, link.kind) == ("001-wire", "001", "near")
    assert link.score > 0.5


def test_documents_without_words_are_never_copies():
    index = _index()
    assert index.add(Document(id="empty-1", source="a", text="")) == []
    assert index.add(Document(id="empty-2", source="b", text=" \n ")) == []
    assert index.copy_of() == {"empty-1": None, "empty-2": None}


def test_earlier_date_wins_over_attribution():
    attributing = DocFacts("a", "2025-02-13", attributions=2, n_sentences=40, seq=1)
    earlier = DocFacts("b", "2025-02-12", attributions=0, n_sentences=30, seq=2)
    assert choose_original(attributing, earlier) == (earlier, attributing)
    undated = DocFacts("c", None, attributions=0, n_sentences=60, seq=0)
    assert choose_original(undated, attributing) == (attributing, undated)


def test_attribution_counts_the_reporting_outlet():
    assert attribution_count(seed_text("004")) == 2  # "told ABC News", "contributed to this report"
    assert attribution_count(seed_text("003")) == 0
    assert attribution_count("The minister spoke to reporters.", outlet="Reuters") == 0
    assert attribution_count("The minister told Reuters on Monday.", outlet=None) == 1


def test_index_persists_and_add_does_not_commit(tmp_path):
    path = tmp_path / "store.db"
    conn = sqlite3.connect(path)
    create_schema(conn)
    conn.commit()
    CopyIndex(conn).add(_doc("004"))
    assert conn.in_transaction
    conn.commit()
    conn.close()

    reopened = sqlite3.connect(path)
    (link,) = _index(reopened).add(_doc("003"))
    assert (link.doc, link.original, link.kind) == ("003", "004", "rewrite")
    reopened.rollback()
    assert reopened.execute("SELECT COUNT(*) FROM dedup_documents").fetchone()[0] == 1
    assert _index(reopened).add(_doc("004")) == []  # already indexed: nothing new


def test_independent_sources_collapse_copies_and_follow_chains():
    copy_of = {"003": "004", "004": None, "a": "003", "b": None, "x": "y", "y": "x", "z": "x"}
    assert independent_sources(["003", "004"], copy_of) == 1
    assert independent_sources(["a", "004", "b"], copy_of) == 2
    assert independent_sources(["x", "y", "z"], copy_of) == 1  # a cycle is one source
    assert independent_sources(["unknown", "b"], copy_of) == 2
    assert independent_sources([], copy_of) == 0


def _semeval_pair(pair_id: str) -> dict:
    import csv
    import sys

    csv.field_size_limit(sys.maxsize)
    with open(dataset("semeval2022-task8-en", "dev.csv"), newline="", encoding="utf-8") as handle:
        return next(row for row in csv.DictReader(handle) if row["pair_id"] == pair_id)


def test_copy_that_credits_its_source_points_to_that_source():
    """A real copy: text_2 pastes Vox's opening paragraphs after "Vox reported:" (SemEval dev)."""
    pair = _semeval_pair("1521378939_1521443853")
    index = _index()
    index.add(Document(id="aggregator", source="b", text=pair["text_2"]))
    (link,) = index.add(Document(id="vox", source="a", text=pair["text_1"], outlet="Vox"))
    assert (link.doc, link.original, link.kind) == ("aggregator", "vox", "near")


def test_independent_reports_of_one_story_are_not_copies():
    """SemEval pairs rated 'same story' (Overall 1) are separate reports: none is a copy."""
    import csv
    import sys

    csv.field_size_limit(sys.maxsize)
    with open(dataset("semeval2022-task8-en", "dev.csv"), newline="", encoding="utf-8") as handle:
        same_story = [row for row in csv.DictReader(handle) if float(row["Overall"]) <= 1.0][:12]
    assert len(same_story) == 12
    for row in same_story:
        index = _index()
        index.add(Document(id="one", source="1", text=row["text_1"]))
        assert index.add(Document(id="two", source="2", text=row["text_2"])) == [], row["pair_id"]


def test_keywords_use_sklearns_stop_words_and_an_ingest_never_imports_sklearn(tmp_path):
    """The stop words are scikit-learn's list, shipped as package data so an ingest need not import
    sklearn (its set-up imports scipy, pandas, joblib: ~1 CPU s per process for one frozenset);
    the list is fixed by the shipped file; it is compared with sklearn's where sklearn is installed."""
    import subprocess
    import sys

    from storyline.dedup.text import ENGLISH_STOP_WORDS

    assert len(ENGLISH_STOP_WORDS) == 318 and {"the", "amongst", "whereupon"} <= ENGLISH_STOP_WORDS
    sklearn_text = pytest.importorskip("sklearn.feature_extraction.text")  # the list's origin, where installed
    assert ENGLISH_STOP_WORDS == sklearn_text.ENGLISH_STOP_WORDS
    code = ("import sys; from storyline.cli import main; "
            "main(['ingest', '--no-progress', '--jobs', '1', '--db', sys.argv[1], sys.argv[2]]); "
            "print(sorted(name for name in sys.modules if name.split('.')[0] == 'sklearn'))")
    run = subprocess.run([sys.executable, "-c", code, str(tmp_path / "one.db"), str(seed_path("000"))],
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    assert "new 1" in run.stderr + run.stdout
    assert run.stdout.strip().splitlines()[-1] == "[]"


@pytest.mark.parametrize("prefix", ["000", "003", "004"])
def test_minhash_signatures_are_datasketchs_value_for_value(prefix):
    """Stores made when datasketch computed the signatures keep matching: storyline's numpy MinHash
    gives datasketch 2.0's affine32 values on a seed's shingles and keywords, and on an empty set."""
    import numpy as np

    datasketch = pytest.importorskip("datasketch")
    from storyline.dedup import minhash
    from storyline.dedup.text import keywords, word_shingles

    def theirs(tokens: set[str], num_perm: int) -> np.ndarray:
        template = datasketch.MinHash(num_perm=num_perm, seed=1, scheme="affine32")
        sketch = datasketch.MinHash(num_perm=num_perm, seed=1, permutations=template.permutations, scheme="affine32")
        if tokens:
            sketch.update_batch([token.encode("utf-8") for token in tokens])
        return sketch.hashvalues.astype(np.uint64)

    text = seed_text(prefix)
    for tokens in (word_shingles(text), keywords(text), set()):
        ours = minhash.signature(tokens, 128)
        assert ours.dtype == np.uint64
        assert np.array_equal(ours, theirs(tokens, 128))
