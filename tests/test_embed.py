"""The ONNX Runtime encoder gives sentence-transformers' vectors for MiniLM, on real sentences."""
from __future__ import annotations

import numpy as np
import pytest
from conftest import seed_text

from storyline.dedup import embed
from storyline.dedup.text import split_sentences


@pytest.fixture(scope="module")
def sentences() -> list[str]:
    """Sentences of every length from two seeds, a long one past the 128 word-piece window and an empty one."""
    found = split_sentences(seed_text("003")) + split_sentences(seed_text("000"))
    return found[:70] + [" ".join(found[:12]), ""]


@pytest.fixture(scope="module")
def reference(sentences) -> np.ndarray:
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(embed.model_dir()), device="cpu")
    model.max_seq_length = embed.MAX_SEQ_LENGTH
    return model.encode(sentences, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False)


def test_the_product_encoder_matches_sentence_transformers(sentences, reference):
    vectors = embed.embed(sentences)
    assert vectors.shape == (len(sentences), embed.EMBEDDING_DIM) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    # row by row (batches are sorted by length, so this also checks the rows come back in order)
    assert (vectors * reference).sum(axis=1).min() > 0.9999
    pairs = vectors @ vectors.T - reference @ reference.T
    assert np.abs(pairs).max() < 1e-3


def test_a_freshly_exported_graph_gives_the_same_vectors(tmp_path, sentences, reference):
    import onnxruntime

    path = embed.export_graph(tmp_path / "graph.onnx")
    assert path.exists() and not list(tmp_path.glob("*.part"))
    fresh = embed.Embedder(embed.load_embedder().tokenizer,
                           onnxruntime.InferenceSession(str(path), providers=["CPUExecutionProvider"]))
    assert (fresh.encode(sentences[:20]) * reference[:20]).sum(axis=1).min() > 0.9999


def test_a_graph_is_renamed_into_place_only_when_written_whole(tmp_path):
    target = tmp_path / "graph.onnx"
    target.write_bytes(b"old graph")
    with pytest.raises(RuntimeError):
        with embed.written_into_place(target) as partial:
            with open(partial, "wb") as handle:
                handle.write(b"half a graph")
            raise RuntimeError("export failed")
    assert target.read_bytes() == b"old graph" and not list(tmp_path.glob("*.part"))
    with embed.written_into_place(target) as partial:
        with open(partial, "wb") as handle:
            handle.write(b"new graph")
    assert target.read_bytes() == b"new graph" and not list(tmp_path.glob("*.part"))


def test_no_texts_give_an_empty_matrix():
    assert embed.embed([]).shape == (0, embed.EMBEDDING_DIM)


def test_a_repeated_text_gets_the_vector_of_its_first_occurrence(sentences, reference):
    texts = sentences[:6] + sentences[:3] + sentences[6:8]
    vectors = embed.embed(texts)
    assert vectors.shape == (len(texts), embed.EMBEDDING_DIM)
    assert np.array_equal(vectors[6:9], vectors[:3])
    assert (vectors[9:] * reference[6:8]).sum(axis=1).min() > 0.9999


def test_an_encoder_that_cannot_load_leaves_ingest_and_search_by_words_working(nlp, tmp_path, monkeypatch):
    """Ingest does not depend on the search encoder: when it cannot be made (here the graph's
    export fails, as on a machine whose cache folder cannot be written), every document is stored
    with its analysis and no search vector; search by words answers; once the encoder
    can be made, the first search by meaning adds every vector."""
    from conftest import SEEDS

    from storyline.pipeline import SpacyExecutor, ingest
    from storyline.search import search
    from storyline.store import Store

    def broken_export(target):
        raise OSError("read-only cache folder")

    monkeypatch.setattr(embed, "graph_path", lambda: tmp_path / "missing" / "graph.onnx")
    monkeypatch.setattr(embed, "export_graph", broken_export)
    embed._load_once.cache_clear()
    store = Store(tmp_path / "no-vectors.db")
    try:
        summary = ingest(store, [str(path) for path in sorted(SEEDS.glob("*.txt"))[:2]],
                         SpacyExecutor(nlp, batch_size=1))
        assert (summary.new, summary.failed) == (2, 0), summary.errors
        assert search(store, "Donetsk", mode="text", limit=3)
        assert store.conn.execute("SELECT COUNT(*) FROM passage_embeddings").fetchone()[0] == 0
        passages = store.conn.execute("SELECT COUNT(*) FROM passages").fetchone()[0]
        monkeypatch.undo()
        embed._load_once.cache_clear()
        assert search(store, "Donetsk", mode="semantic", limit=3)
        assert store.conn.execute("SELECT COUNT(*) FROM passage_embeddings").fetchone()[0] == passages > 0
    finally:
        store.close()
        embed._load_once.cache_clear()


def test_the_search_graph_is_int8_and_close_to_fp32(sentences, reference):
    """Search vectors (passages and queries) come from the int8 graph: each near its fp32 vector
    and the pairs' cosines barely moved, so search ranks as before; the fp32 graph, which the copy
    index's and the stories' thresholds were chosen on, is untouched."""
    import onnx

    quantised = embed.embed(sentences, quantised=True)
    assert quantised.shape == reference.shape and np.allclose(np.linalg.norm(quantised, axis=1), 1.0, atol=1e-4)
    own = (quantised * reference).sum(axis=1)
    assert own.mean() > 0.98 and own.min() > 0.9
    assert np.abs(quantised @ quantised.T - reference @ reference.T).mean() < 0.03
    graph = onnx.load(str(embed.ensure_graph(quantised=True)), load_external_data=False)
    assert any(node.op_type == "MatMulInteger" for node in graph.graph.node)
    assert not any(node.op_type == "MatMulInteger" for node in onnx.load(str(embed.ensure_graph())).graph.node)
    # activations are quantised with one scale per batch, so a text's vector depends a little on
    # the texts it was encoded with (here: alone, or batched with the others)
    assert (embed.passage_vectors(sentences[:5]).astype(np.float32) * quantised[:5]).sum(axis=1).min() > 0.98
    assert embed.query_vector(sentences[3]) @ quantised[3] > 0.98


def test_padding_does_not_change_a_vector(sentences):
    """Each text's vector is the same alone as in a batch padded to longer texts."""
    together = embed.load_embedder().encode(sentences[:16])
    alone = np.vstack([embed.load_embedder().encode([text]) for text in sentences[:16]])
    assert np.abs(together - alone).max() < 1e-4


def test_the_copy_index_encodes_with_the_int8_graph(sentences):
    """The copy index's sentence vectors come from the int8 graph (issue #17: 7.81 -> 3.39 CPU s of
    MiniLM replaying 298 Timeline17 bpoil_reuters articles, the stories and the storychains score
    unchanged); story similarity keeps fp32."""
    import sqlite3

    from storyline.dedup.index import CopyIndex, create_schema

    conn = sqlite3.connect(":memory:")
    create_schema(conn)
    vectors = CopyIndex(conn).embed_sentences(sentences[:6])
    assert np.allclose(vectors, embed.embed(sentences[:6], quantised=True))
    assert not np.allclose(vectors, embed.embed(sentences[:6]), atol=1e-3)
