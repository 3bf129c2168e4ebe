"""`storyline batch`: the per-document pipeline on Ray Data, for corpora too big for one machine.

    storyline batch PATH... --output results.parquet [--db FILE] [--address auto] [--workers N]

1. Inputs (files or folders of text, HTML, JSONL, feeds, WARC and Parquet; local paths or any
   filesystem pyarrow reads, such as s3://) are listed in the driver, in the order `ingest` uses.
2. Ray Data reads the files (`read_binary_files`), splits them into records with the very readers
   `ingest` uses (`storyline.ingest.readers.read_blob`; Parquet rows with a `text` or `html`
   column), in blocks of about an eighth of each actor's share of the input; then an actor pool -- each
   actor loads the spaCy model once -- takes them block by block, whichever actor is free, and cleans and
   analyses them `--batch-size` documents at a time with
   the ingest runner's executor (`pipeline.SpacyExecutor`: `nlp.pipe` and the analysis component).
3. The results are written as Parquet: one row per record with its raw fields, the cleaned
   document and its analysis as JSON, or the one-line error.
4. With `--db`, the driver loads the Parquet into the store with the ingest runner itself
   (`pipeline.ingest_records`, executor `PrecomputedAnalyses`): the same duplicate checks, outlet
   boilerplate, copy index and one transaction per document as `ingest`, then the story. A document
   whose cleaning depends on what the store already learned about its outlet (boilerplate lines) is
   re-cleaned and, if that changes it, re-analysed locally, so the store ends up exactly as
   `storyline ingest` of the same inputs would leave it.

The Parquet output is also useful on its own (`--no-load`): analyses can be loaded later with
`storyline batch --load-only results.parquet --db FILE`.
"""
from __future__ import annotations

import argparse
import json
import os
import socket
import sys
from pathlib import Path

from storyline.ingest.decode import IngestError
from storyline.ingest.readers import SKIPPED_SUFFIXES, read_blob, short_name
from storyline.model import (
    Document,
    DocumentAnalysis,
    RawDocument,
    analysis_from_dict,
    analysis_to_dict,
    from_dict,
    to_dict,
)

RAY_PIN = "ray[data]==2.60.0"
COLUMNS = ("file_index", "record_index", "source", "raw", "raw_hash", "error", "stage", "document", "analysis",
           "worker")
ACTOR_START_TIMEOUT_S = 1800  # loading spaCy on a busy node takes a minute or two; more means the pool cannot start
EXIT_OK, EXIT_USER_ERROR = 0, 1


class BatchError(Exception):
    """A one-line, user-facing problem with the batch as a whole."""


# --- command line -------------------------------------------------------------------------------

def add_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    from storyline.cli import count_at_least

    parser.add_argument("paths", nargs="+", metavar="PATH",
                        help="files or folders: text, HTML, JSONL, RSS/Atom, WARC, Parquet (text/html columns)")
    parser.add_argument("-o", "--output", metavar="DIR", help="Parquet output folder (default: a temporary folder)")
    parser.add_argument("--db", help="store to load the results into (default: $STORYLINE_DB or ./storyline.db)")
    parser.add_argument("--no-load", action="store_true", help="only write the Parquet output")
    parser.add_argument("--load-only", action="store_true",
                        help="PATH is the Parquet output of an earlier batch: load it into the store")
    parser.add_argument("--date-default", metavar="YYYY-MM-DD", help="publication date for documents that show none")
    parser.add_argument("--address", help="Ray cluster address (e.g. auto, ray://head:10001); default: a local Ray")
    parser.add_argument("--workers", type=count_at_least(1), default=None,
                        help="analysis actors (default: the cluster's CPUs, at least 1)")
    parser.add_argument("--batch-size", type=count_at_least(1), default=16, help="documents per nlp.pipe batch")
    parser.add_argument("--model", help="spaCy model name (default: the project's)")
    return parser


def run(args: argparse.Namespace) -> int:
    from storyline.cli import date_default_problem
    from storyline.store import Store, StoreError, default_db_path

    try:
        if problem := date_default_problem(args.date_default):
            raise BatchError(problem)
        if args.load_only:
            output = args.paths[0]
        else:
            output = args.output or _temporary_output()
            analyse_to_parquet(args.paths, output, address=args.address, workers=args.workers,
                               batch_size=args.batch_size, model=args.model, date_default=args.date_default)
            print(f"analysed -> {output}", file=sys.stderr)
        if args.no_load:
            return EXIT_OK
        try:
            store = Store(default_db_path(args.db))
        except StoreError as error:
            raise BatchError(str(error)) from error
        summary = load_parquet(store, output, date_default=args.date_default, model=args.model)
        store.close()
    except BatchError as error:
        print(f"storyline: {error}", file=sys.stderr)
        return EXIT_USER_ERROR
    print(summary.line())
    return EXIT_USER_ERROR if summary.failed else EXIT_OK


def main(argv: list[str] | None = None) -> int:
    parser = add_arguments(argparse.ArgumentParser(prog="storyline batch", description=__doc__.split("\n\n")[0]))
    return run(parser.parse_args(argv))


def _temporary_output() -> str:
    import tempfile

    return tempfile.mkdtemp(prefix="storyline-batch-") + "/results.parquet"


# --- listing inputs ------------------------------------------------------------------------------

def list_inputs(paths: list[str]) -> tuple[list[str], list[IngestError]]:
    """Files in `ingest`'s order (each argument in turn, folders recursively and sorted), spelled as
    given; remote URIs (s3://, gs://, ...) are passed to Ray as they are. Errors for missing paths."""
    files, errors = [], []
    for item in paths:
        if item == "-" or item.startswith(("http://", "https://")):
            errors.append(IngestError(item, "batch reads files and folders only (use `storyline ingest` for stdin and URLs)"))
        elif "://" in item:
            files.append(item)
        else:
            path = Path(item)
            try:
                if path.is_dir():
                    files.extend(str(child) for child in sorted(path.rglob("*"))
                                 if child.is_file() and not child.name.startswith(".")
                                 and not child.name.endswith(SKIPPED_SUFFIXES))
                elif path.is_file():
                    files.append(str(path))
                else:
                    errors.append(IngestError(short_name(item), "no such file or folder"))
            except OSError as error:  # a name too long, a folder that cannot be listed
                errors.append(IngestError(short_name(item), f"cannot read: {error.strerror or error}"))
    return files, errors


# --- per-record work (runs on Ray workers; plain functions, testable without Ray) ----------------

def records_of_blob(file_index: int, source: str, data: bytes) -> list[dict]:
    """One row per record of one input file: its raw fields as JSON, or a read error."""
    rows = []
    if source.lower().endswith(".parquet"):
        results = _parquet_records(source, data)
    else:
        results = read_blob(source, data)
    for record_index, result in enumerate(results):
        row = {"file_index": file_index, "record_index": record_index, "raw": "", "raw_hash": "", "error": "",
               "stage": "", "document": "", "analysis": ""}
        if isinstance(result, IngestError):
            row.update(source=result.source, error=str(result), stage="read")
        else:
            row.update(source=result.source, raw=json.dumps(to_dict(result), ensure_ascii=False))
        rows.append(row)
    return rows


def _parquet_records(source: str, data: bytes):
    import io

    import pyarrow.parquet as pq

    try:
        table = pq.read_table(io.BytesIO(data))
    except Exception as error:
        yield IngestError(source, f"not a readable Parquet file ({type(error).__name__})")
        return
    fields = ("title", "url", "published", "outlet", "author")
    for number, record in enumerate(table.to_pylist(), start=1):
        where = f"{source}:{number}"
        text, html = record.get("text"), record.get("html")
        if not isinstance(text, str) and not isinstance(html, str):
            yield IngestError(where, 'no "text" or "html" column value')
            continue
        yield RawDocument(source=where, text=text if isinstance(text, str) else None,
                          html=html if not isinstance(text, str) else None, format="parquet",
                          **{key: record[key].strip() if isinstance(record.get(key), str) and record[key].strip()
                             else None for key in fields})


def analyse_rows(nlp, rows: list[dict], date_default: str | None = None, batch_size: int = 16) -> list[dict]:
    """Cleans and analyses the readable rows (as `ingest` would before looking at the store); the
    records' warnings travel in their raw JSON and are reported when the results are loaded."""
    from storyline.analysis import failure_line
    from storyline.pipeline import SpacyExecutor, prepare_document, raw_hash

    todo: list[tuple[dict, Document]] = []
    for row in rows:
        if row["error"]:
            continue
        raw = from_dict(RawDocument, json.loads(row["raw"]))
        row["raw_hash"] = raw_hash(raw)
        try:  # the ingest's own checks (empty, another language, too long); outlet boilerplate is the loader's
            doc = prepare_document(raw, lambda outlet: set(), date_default)
        except IngestError as error:
            row.update(error=str(error), stage="clean")
            continue
        except Exception as error:
            row.update(error=failure_line(raw.source, error), stage="clean")
            continue
        todo.append((row, doc))
    analysed = SpacyExecutor(nlp, batch_size=batch_size).analyse(doc for _, doc in todo)
    for (row, _), result in zip(todo, analysed):
        row["document"] = json.dumps(to_dict(result.doc), ensure_ascii=False)
        if result.error:
            row.update(error=result.error, stage="analyse")
        else:
            row["analysis"] = json.dumps(analysis_to_dict(result.analysis), ensure_ascii=False)
    return rows


def analysis_from_json(text: str) -> DocumentAnalysis:
    return analysis_from_dict(json.loads(text))


def document_from_json(text: str) -> Document:
    return from_dict(Document, json.loads(text))


# --- Ray -----------------------------------------------------------------------------------------

def _require_ray():
    try:
        import ray  # noqa: F401
        import ray.data  # noqa: F401
    except ImportError:
        raise BatchError(f"batch mode needs Ray Data: pip install '{RAY_PIN}'") from None
    return ray


def _record_blocks(files, index_of: dict[str, tuple[int, str]], rows: int):
    """Ray map_batches over input files (bytes): their records, numbered for ordering, yielded
    `rows` at a time (Ray Data then shapes them into blocks of `_block_target` bytes, see `analyse_to_parquet`)."""
    import pyarrow as pa

    for path, data in zip(files.column("path").to_pylist(), files.column("bytes").to_pylist()):
        file_index, source = index_of[_normal(path)]
        records = records_of_blob(file_index, source, data)
        for start in range(0, len(records), rows):
            yield pa.Table.from_pylist(records[start:start + rows], schema=_schema())


class _Analyse:
    """Ray actor: loads spaCy once, then analyses batches of rows."""

    def __init__(self, model: str | None, date_default: str | None, batch_size: int):
        os.environ.setdefault("OMP_NUM_THREADS", "1")
        from storyline.analysis import ensure_analysis
        from storyline.nlp.spacy_model import freeze_what_is_loaded, load_spacy

        self.nlp = ensure_analysis(load_spacy(model) if model else load_spacy())
        freeze_what_is_loaded()  # the actor's process holds only what lives as long as it
        self.date_default, self.batch_size = date_default, batch_size
        self.worker = f"{socket.gethostname()}:{os.getpid()}"  # provenance: which actor analysed a row

    def __call__(self, batch):
        import pyarrow as pa

        rows = analyse_rows(self.nlp, batch.to_pylist(), self.date_default, self.batch_size)
        for row in rows:
            row["worker"] = self.worker
        return pa.Table.from_pylist(rows, schema=_schema())


def _schema():
    import pyarrow as pa

    return pa.schema([("file_index", pa.int64()), ("record_index", pa.int64())]
                     + [(name, pa.string()) for name in COLUMNS[2:]])


def _normal(path: str) -> str:
    """Ray reports local paths absolute and without a scheme; URIs without their scheme."""
    if "://" in path:
        return path.split("://", 1)[1]
    return os.path.abspath(path)


def analyse_to_parquet(paths: list[str], output: str, address: str | None = None, workers: int | None = None,
                       batch_size: int = 16, model: str | None = None, date_default: str | None = None) -> str:
    """Runs reading, cleaning and analysis on Ray Data; writes one Parquet dataset to `output`."""
    ray = _require_ray()
    import pyarrow as pa
    import pyarrow.parquet as pq

    files, errors = list_inputs(paths)
    error_rows = [{"file_index": -1, "record_index": n, "source": e.source, "raw": "", "raw_hash": "",
                   "error": str(e), "stage": "read", "document": "", "analysis": ""} for n, e in enumerate(errors)]
    out = Path(output) if "://" not in output else None
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
    if error_rows:
        pq.write_table(pa.Table.from_pylist(error_rows, schema=_schema()),
                       os.path.join(output, "input-errors.parquet"))
    if not files:
        return output
    started_here = not ray.is_initialized()
    if started_here:
        options = {"include_dashboard": False, "log_to_driver": False, "configure_logging": False}
        if address:
            ray.init(address=address, **options)
        else:
            ray.init(num_cpus=workers or os.cpu_count() or 1, **options)
    from ray.data import DataContext

    context = DataContext.get_current()
    shaping = context.target_max_block_size, context.wait_for_min_actors_s
    try:
        context.enable_progress_bars = sys.stderr.isatty()
        context.execution_options.preserve_order = True
        index_of = {_normal(path): (number, path) for number, path in enumerate(files)}
        cpus = int(ray.cluster_resources().get("CPU", 1))
        actors = max(1, workers or cpus)
        if actors > cpus and not address:
            raise BatchError(f"--workers {actors}: the local Ray instance has {cpus} CPU(s), one per analysis actor")
        # Ray Data merges the tables a task yields into blocks of up to `target_max_block_size`
        # bytes (128 MiB), so one JSONL file became one block and an actor takes whole blocks: one
        # actor analysed the file while the others waited. The target is cut to a share of the input
        # (`_block_target`), so every actor gets several blocks, and a large input is not one object per
        # record. (A `repartition` would be a task needing a CPU that the actors hold.)
        context.target_max_block_size = _block_target(files, actors, context.target_max_block_size)
        # start dealing out batches only when every actor has loaded its model, or the first one up
        # takes the head of the input while the others load
        context.wait_for_min_actors_s = ACTOR_START_TIMEOUT_S
        # The analysis actors hold one CPU each; reading, splitting and writing are light and take
        # no CPU reservation, or with as many actors as CPUs they would never be scheduled.
        dataset = ray.data.read_binary_files([_absolute(p) for p in files], include_paths=True, num_cpus=0,
                                             override_num_blocks=min(len(files), 4 * actors),
                                             ignore_missing_paths=True)
        dataset = dataset.map_batches(_record_blocks, fn_kwargs={"index_of": index_of, "rows": batch_size},
                                      batch_size=1, batch_format="pyarrow", num_cpus=0)
        dataset = dataset.map_batches(_Analyse, fn_constructor_args=(model, date_default, batch_size),
                                      batch_size=batch_size, batch_format="pyarrow",
                                      compute=ray.data.ActorPoolStrategy(size=actors), num_cpus=1)
        dataset.write_parquet(output, min_rows_per_file=1000, ray_remote_args={"num_cpus": 0})
    except ray.exceptions.GetTimeoutError as error:
        if "starting actors" not in str(error):  # Ray's wording for the actor pool's start (ray.data 2.x)
            raise
        raise BatchError(f"{actors} analysis actor(s) did not start within {ACTOR_START_TIMEOUT_S} s "
                         "(does the cluster have a CPU for each of --workers?)") from error
    finally:
        context.target_max_block_size, context.wait_for_min_actors_s = shaping
        if started_here:
            ray.shutdown()
    if out is not None:
        report_vanished_files(output, files)
    return output


BLOCKS_PER_ACTOR = 8  # blocks per analysis actor: the actor that finishes last is at most an eighth of its share behind


def _block_target(files: list[str], actors: int, ceiling: int) -> int:
    """Bytes per Ray block: an eighth of each actor's share of the local input, at most Ray's own
    target; one byte (a block per record) where the input's size cannot be read (remote paths)."""
    try:
        size = sum(os.path.getsize(path) for path in files)
    except (OSError, ValueError):
        return 1
    return max(1, min(ceiling, size // (BLOCKS_PER_ACTOR * actors)))


def report_vanished_files(output: str, files: list[str]) -> None:
    """Every file yields at least one row (a record or an error); a file with none was removed
    between listing and reading, and gets its error row here instead of vanishing silently."""
    import pyarrow as pa
    import pyarrow.dataset as ds
    import pyarrow.parquet as pq

    seen = set(ds.dataset(output, format="parquet").to_table(columns=["file_index"]).column("file_index").to_pylist())
    rows = [{"file_index": number, "record_index": 0, "source": path, "raw": "", "raw_hash": "", "stage": "read",
             "error": str(IngestError(path, "cannot read: no such file (removed meanwhile?)")),
             "document": "", "analysis": ""}
            for number, path in enumerate(files) if number not in seen]
    if rows:
        pq.write_table(pa.Table.from_pylist(rows, schema=_schema()), os.path.join(output, "vanished-files.parquet"))


def _absolute(path: str) -> str:
    return path if "://" in path else os.path.abspath(path)


# --- loading into the store -----------------------------------------------------------------------

def read_results(output: str) -> list[dict]:
    """All rows of a batch's Parquet output, in input order."""
    import pyarrow.dataset as ds

    try:
        table = ds.dataset(output, format="parquet").to_table()
    except Exception as error:
        raise BatchError(f"{output}: not a batch output ({type(error).__name__}: {str(error).splitlines()[0]})") from error
    rows = table.to_pylist()
    rows.sort(key=lambda row: (row["file_index"], row["record_index"]))
    return rows


class PrecomputedAnalyses:
    """The runner's executor when loading a batch: the analyses Ray Data's workers made. A document
    whose cleaning changed here (the store knew boilerplate of its outlet) is analysed in this
    process instead, as `ingest` would have analysed it."""

    def __init__(self, rows: list[dict], model: str | None = None):
        from storyline.pipeline import SpacyExecutor

        self.rows = {}
        for row in rows:
            if row["document"]:
                batch_doc = document_from_json(row["document"])
                self.rows.setdefault((batch_doc.content_hash, batch_doc.published), (row, batch_doc))
        self.local = SpacyExecutor(model=model)

    def analyse(self, docs):
        from storyline.analysis import Analysed

        for doc in docs:
            found = self.rows.get((doc.content_hash, doc.published))
            if found is None:
                yield from self.local.analyse(iter([doc]))
                continue
            row, batch_doc = found
            if row["error"]:  # the same document failed its analysis on the worker
                yield Analysed(doc, error=row["error"])
                continue
            if doc is not batch_doc and batch_doc.published_how == "inferred":
                doc.published_range, doc.published_how = batch_doc.published_range, batch_doc.published_how
                doc.published_reasons = batch_doc.published_reasons
            analysis = analysis_from_json(row["analysis"])
            yield Analysed(doc, analysis)


def records_of_rows(rows: list[dict]):
    """The runner's records: each row's raw document (and the worker's cleaning of it) or read error."""
    from storyline.pipeline import Record

    for row in rows:
        if row["stage"] == "read":
            prefix = f"{row['source']}: "
            reason = row["error"][len(prefix):] if row["error"].startswith(prefix) else row["error"]
            yield Record(IngestError(row["source"], reason))
            continue
        raw = from_dict(RawDocument, json.loads(row["raw"]))
        yield Record(raw, cleaned=document_from_json(row["document"]) if row["document"] else None)


def load_parquet(store, output: str, date_default: str | None = None, model: str | None = None,
                 on_error=None, story: str = "auto"):
    """Stores a batch's results exactly as `ingest` would have stored the same inputs."""
    from storyline.pipeline import ingest_records

    rows = read_results(output)
    return ingest_records(store, records_of_rows(rows), PrecomputedAnalyses(rows, model),
                          date_default=date_default, report=on_error, story=story)


if __name__ == "__main__":
    sys.exit(main())
