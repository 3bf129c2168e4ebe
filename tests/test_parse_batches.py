"""How the runner groups documents for `nlp.pipe`: by documents and by words, so a batch of long
articles stays bounded in memory, and the store does not depend on the grouping."""
from __future__ import annotations

from conftest import SEEDS, seed_document, store_fingerprint
from storyline.pipeline import SpacyExecutor, ingest, word_bounded_batches
from storyline.store import Store

SEED_PREFIXES = ["000", "001", "002", "003", "004"]


def _words(doc) -> int:
    return len(doc.text.split())


def test_batches_keep_order_and_hold_at_most_the_words_unless_one_document_is_longer():
    docs = [seed_document(prefix) for prefix in SEED_PREFIXES]
    bound = _words(docs[0]) + _words(docs[1])  # the first two seeds fit together exactly
    batches = list(word_bounded_batches(docs, max_docs=16, max_words=bound))
    assert [doc.id for batch in batches for doc in batch] == SEED_PREFIXES
    assert [doc.id for doc in batches[0]] == ["000", "001"]
    for batch in batches:
        assert len(batch) == 1 or sum(_words(doc) for doc in batch) <= bound
    longer = [doc.id for doc in docs if _words(doc) > bound]
    assert longer  # seed 003 is longer than 000 and 001 together
    assert all([doc_id] in [[doc.id for doc in batch] for batch in batches] for doc_id in longer)
    # every batch boundary was forced: the next document would have broken the bound
    for batch, following in zip(batches, batches[1:]):
        assert sum(_words(doc) for doc in batch) + _words(following[0]) > bound


def test_the_document_count_bounds_a_batch_of_short_documents_and_documents_are_pulled_as_it_fills():
    docs = [seed_document(prefix) for prefix in SEED_PREFIXES]
    pulled = []

    def stream():
        for doc in docs:
            pulled.append(doc.id)
            yield doc

    batches = word_bounded_batches(stream(), max_docs=2, max_words=10**9)
    assert [doc.id for doc in next(batches)] == ["000", "001"]
    assert pulled == ["000", "001", "002"]  # the third is pulled to close the first batch, no more
    assert [[doc.id for doc in batch] for batch in batches] == [["002", "003"], ["004"]]


def test_one_document_per_batch_gives_the_same_store(nlp, tmp_path):
    """The five seeds parsed in the default batches (all five fit in one) and each parsed alone, in this process, give
    the same store. Both are ingested here, back to back: an undated seed's inferred range closes at today, so a store
    ingested earlier in the session (the `seeds_store` fixture) differs from one ingested after midnight."""
    paths = [str(path) for path in sorted(SEEDS.glob("*.txt"))]
    fingerprints = []
    for name, executor in (("batched.db", SpacyExecutor(nlp)), ("alone.db", SpacyExecutor(nlp, batch_words=1))):
        store = Store(tmp_path / name)
        summary = ingest(store, paths, executor)
        assert (summary.read, summary.new, summary.failed) == (5, 5, 0), summary.errors
        fingerprints.append(store_fingerprint(store))
    assert fingerprints[1] == fingerprints[0]
