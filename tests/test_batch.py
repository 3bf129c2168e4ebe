"""The ingest runner's executors give the same store: in process, the runner's worker processes
(`n_process=2`) and `storyline batch` on Ray Data (local mode)."""
from __future__ import annotations

import io
import json

import pytest
from spacy.language import Language

from conftest import SEEDS, seed_text, store_fingerprint
from storyline import batch
from storyline.pipeline import SpacyExecutor, ingest
from storyline.store import Store

NO_RAY = "Ray Data is not installed (pip install 'ray[data]==2.60.0')"


def story_tables(store: Store) -> dict:
    conn = store.conn
    return {
        "entities": sorted(conn.execute("SELECT id, name, type, data FROM entities").fetchall(), key=repr),
        "quotes": sorted(conn.execute("SELECT id, document, speaker, date, data FROM quotes").fetchall(), key=repr),
        "events": sorted(conn.execute("SELECT id, date, sort_key, data FROM events").fetchall(), key=repr),
        "positions": sorted(conn.execute("SELECT actor, date, data FROM positions").fetchall(), key=repr),
        "timeline": store.get_state("timeline"),
    }


@pytest.fixture(scope="module")
def local_ray():
    """One local Ray for the module (two CPUs, as on this machine); batch reuses a running Ray."""
    ray = pytest.importorskip("ray", reason=NO_RAY)
    pytest.importorskip("ray.data", reason=NO_RAY)
    started = not ray.is_initialized()
    if started:
        ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False)
    yield ray
    if started:
        ray.shutdown()


def test_batch_on_the_seeds_gives_the_same_store_as_ingest(local_ray, seeds_store, tmp_path, capsys):
    db, output = tmp_path / "batch.db", tmp_path / "out.parquet"
    seeds = [str(path) for path in sorted(SEEDS.glob("*.txt"))]  # the folder also holds __init__.py
    code = batch.main([*seeds, "--output", str(output), "--db", str(db), "--workers", "2"])
    captured = capsys.readouterr()
    assert code == 0, captured.err[-2000:]
    assert "read 5, new 5, duplicate 0, failed 0" in captured.out
    rows = batch.read_results(str(output))
    assert [row["source"] for row in rows] == seeds
    stored = Store(db)
    assert store_fingerprint(stored) == store_fingerprint(seeds_store)
    assert story_tables(stored) == story_tables(seeds_store)
    # loading the same results again stores nothing twice
    again = batch.load_parquet(stored, str(output), on_error=lambda message: None)
    assert (again.new, again.duplicate) == (0, 5)


def test_batch_deals_the_records_of_one_jsonl_file_to_both_actors(local_ray, nlp, tmp_path, capsys):
    """One JSONL file used to be one Ray block, so one actor analysed all of it while the other
    waited; now its records reach the actor pool one block each, and the store is still ingest's."""
    jsonl = tmp_path / "seeds.jsonl"
    jsonl.write_text("".join(json.dumps({"text": seed_text(name), "outlet": "Seeds"}) + "\n"
                             for name in ("000", "001", "002", "003", "004")), encoding="utf-8")
    ingested = Store(tmp_path / "ingest.db")
    summary = ingest(ingested, [str(jsonl)], SpacyExecutor(nlp))
    assert (summary.read, summary.new, summary.failed) == (5, 5, 0), summary.errors
    output, db = tmp_path / "out.parquet", tmp_path / "batch.db"
    code = batch.main([str(jsonl), "--output", str(output), "--db", str(db), "--workers", "2", "--batch-size", "1"])
    captured = capsys.readouterr()
    assert code == 0, captured.err[-2000:]
    rows = batch.read_results(str(output))
    assert [row["source"] for row in rows] == [f"{jsonl}:{number}" for number in range(1, 6)]
    assert all(row["analysis"] and row["worker"] for row in rows)
    assert len({row["worker"] for row in rows}) == 2
    stored = Store(db)
    assert store_fingerprint(stored) == store_fingerprint(ingested)
    assert story_tables(stored) == story_tables(ingested)


def warc_bytes(url: str, html: str) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode("utf-8")),
                                                  http_headers=headers))
    return buffer.getvalue()


def test_batch_reads_jsonl_warc_and_parquet_and_reports_bad_records(local_ray, tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    inputs = tmp_path / "in"
    inputs.mkdir()
    first, second = seed_text("000"), seed_text("002")
    (inputs / "a.jsonl").write_text(json.dumps({"text": first, "published": "2025-10-19", "outlet": "Kyiv Post"})
                                    + "\n{broken\n", encoding="utf-8")
    paragraphs = "".join(f"<p>{line}</p>" for line in second.splitlines() if len(line) > 80)
    (inputs / "b.warc").write_bytes(warc_bytes("https://example.org/story",
                                               f"<html><head><title>Ceasefire</title></head><body><article>{paragraphs}</article></body></html>"))
    pq.write_table(pa.table({"text": [seed_text("004"), None], "title": ["Trump says", "empty row"]}),
                   inputs / "c.parquet")
    (inputs / "d.parquet").write_bytes(b"PAR1 not really")
    output = tmp_path / "out.parquet"
    code = batch.main([str(inputs), str(tmp_path / "missing"), "--output", str(output), "--no-load", "--workers", "1"])
    assert code == 0
    rows = {row["source"]: row for row in batch.read_results(str(output))}
    analysed = {source for source, row in rows.items() if row["analysis"]}
    assert analysed == {f"{inputs}/a.jsonl:1", "https://example.org/story", f"{inputs}/c.parquet:1"}
    errors = {source: row["error"] for source, row in rows.items() if row["error"]}
    assert "malformed JSON" in errors[f"{inputs}/a.jsonl:2"]
    assert "no \"text\"" in errors[f"{inputs}/c.parquet:2"]
    assert "Parquet" in errors[f"{inputs}/d.parquet"]
    assert "no such file" in errors[str(tmp_path / "missing")]
    for message in errors.values():
        assert "\n" not in message
    analysis = batch.analysis_from_json(rows[f"{inputs}/a.jsonl:1"]["analysis"])
    assert analysis.sentences and analysis.mentions
    document = batch.document_from_json(rows[f"{inputs}/a.jsonl:1"]["document"])
    assert document.published == "2025-10-19" and document.outlet == "Kyiv Post"

    db = tmp_path / "formats.db"
    store = Store(db)
    messages: list[str] = []
    summary = batch.load_parquet(store, str(output), on_error=messages.append)
    assert (summary.new, summary.failed) == (3, 4), messages
    assert all(message.startswith("error: ") for message in messages)


def test_two_worker_processes_give_the_same_store_as_one(seeds_store, nlp, tmp_path):
    """`seeds_store` was ingested in this process; here two worker processes of the runner's pool parse and
    analyse, two documents per batch, so both workers and the in-flight bookkeeping are used."""
    seeds = [str(path) for path in sorted(SEEDS.glob("*.txt"))]
    store = Store(tmp_path / "two.db")
    summary = ingest(store, seeds, SpacyExecutor(nlp, n_process=2, batch_size=2))
    assert (summary.read, summary.new, summary.failed) == (5, 5, 0), summary.errors
    assert store_fingerprint(store) == store_fingerprint(seeds_store)
    assert story_tables(store) == story_tables(seeds_store)
    again = ingest(store, seeds, SpacyExecutor(nlp))
    assert (again.new, again.duplicate) == (0, 5)


def test_load_without_ray_workers_matches_ingest(seeds_store, nlp, tmp_path, monkeypatch):
    """The loading half alone (rows analysed in this process) gives the same store as ingest, and
    embeds nothing (search vectors are the first search's)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    files = sorted(SEEDS.glob("*.txt"))
    rows = [row for index, path in enumerate(files)
            for row in batch.records_of_blob(index, str(path), path.read_bytes())]
    rows = batch.analyse_rows(nlp, rows)
    output = tmp_path / "local.parquet"
    output.mkdir()
    pq.write_table(pa.Table.from_pylist(rows[::-1], schema=batch._schema()), output / "part.parquet")

    def no_embedding_here(texts):
        raise AssertionError("loading embedded passages")

    monkeypatch.setattr("storyline.dedup.embed.passage_vectors", no_embedding_here)
    store = Store(tmp_path / "local.db")
    summary = batch.load_parquet(store, str(output))
    assert summary.new == 5
    assert store_fingerprint(store) == store_fingerprint(seeds_store)
    assert story_tables(store) == story_tables(seeds_store)


@Language.component("test_breaks_on_marker")
def _breaks_on_marker(doc):
    if "XYZZY" in doc.text:
        raise ValueError("the parse broke here")
    return doc


def test_a_document_that_breaks_the_parse_fails_alone_in_a_worker_chunk(monkeypatch):
    """A pool worker parses its chunk in one nlp.pipe call; when that raises, the chunk is parsed
    again document by document, so only the document that breaks it fails, with its one line."""
    import spacy

    from storyline import pipeline
    from storyline.model import Document
    from storyline.nlp.spacy_model import DEFAULT_MODEL

    fresh = spacy.load(DEFAULT_MODEL)
    fresh.add_pipe("test_breaks_on_marker", after="ner")
    monkeypatch.setattr(pipeline, "_worker_nlp", None)
    pipeline._start_worker(fresh)
    texts = [seed_text("000"), seed_text("002") + "\nXYZZY", seed_text("004")]
    docs = [Document(id=f"d{i}", source=f"input-{i}.txt", text=text) for i, text in enumerate(texts)]
    results = pipeline._analyse_chunk(docs)
    assert [item.doc.id for item in results] == ["d0", "d1", "d2"]
    assert results[1].analysis is None and results[1].error.startswith("input-1.txt: failed")
    assert "the parse broke here" in results[1].error and "\n" not in results[1].error
    assert results[0].analysis.mentions and results[2].analysis.quotes


def test_batch_refuses_a_page_with_the_ingests_reason(nlp):
    """The Ray half checks a cleaned page as `storyline ingest` does: a page wholly in another
    language is refused with that reason, not as a page without text."""
    text = ("Vi # t Nam ngn c m c a kh u Ch nh ph nhi u n c ch cents u n i h # nhanh ch ng tri n khai k ho ch. "
            "M c d Vi t Nam ch a c tr ng h # p nhi m b nh nh ng gi i ch c y t trong n c c # nh b o nguy c.")
    rows = batch.records_of_blob(0, "vn.txt", text.encode("utf-8"))
    rows = batch.analyse_rows(nlp, rows)
    assert len(rows) == 1 and rows[0]["stage"] == "clean"
    assert rows[0]["error"].startswith("vn.txt") and "another language" in rows[0]["error"]


def test_blocks_are_a_share_of_the_input_within_rays_own_target(tmp_path):
    from storyline.batch import BLOCKS_PER_ACTOR, _block_target

    small, large = tmp_path / "small.jsonl", tmp_path / "large.jsonl"
    small.write_bytes(b"x" * 16_000)
    large.write_bytes(b"x" * 4_000_000)
    # several blocks per actor for a small input, so one file reaches every actor
    assert _block_target([str(small)], 2, 128 << 20) == 16_000 // (BLOCKS_PER_ACTOR * 2)
    # never above Ray's own target, however large the input
    assert _block_target([str(small), str(large)], 2, 100_000) == 100_000
    # a path whose size cannot be read: one block per record
    assert _block_target(["s3://bucket/records.jsonl"], 2, 128 << 20) == 1
