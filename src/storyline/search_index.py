"""The store's passage vectors as a nearest-neighbour index for search by meaning.

A small store's vectors are read into an exact flat index (float16, one scan per query). From
`ANN_FROM` vectors on, reading every vector at start-up took minutes (145 s for 3.8 million) and
gigabytes, and each scan ~100 CPU ms, so the vectors are kept in a faiss IVF-PQ index written to a
file beside the store (`STORE.passages.faiss`, with a watermark in `STORE.passages.json`): a process
reads that file (48-byte codes, ~1/16 of the vectors) in well under a second, searches a few of its
clusters and re-scores the candidates exactly with their stored vectors.

The file is brought up to date after every ingest and `storyline rebuild` (`update_index_file`),
and built when it is missing. The watermark names the newest vector it holds and fingerprints of
the first and that newest stored vector: vectors stored since are added (in memory, and to the
file by the next update); a store whose fingerprinted vectors differ (replaced, or re-embedded
with another encoder) gets a new index.
"""
from __future__ import annotations

import hashlib
import json
import math
import os
import random
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from storyline.store import Store
from storyline.store import queries

ANN_FROM = 50_000  # vectors: below this an exact scan reads and answers fast enough
PQ_BYTES = 48  # bytes per vector code (8 dimensions per byte of MiniLM's 384)
NPROBE = 32  # clusters searched per query
RERANK = 3  # approximate candidates per wanted hit, re-scored with their stored vectors
TRAIN_PER_CLUSTER = 40  # training vectors per cluster (faiss warns below 39)
TRAIN_CODES = 10_000  # training vectors at least, for the codes' 256 centroids per byte
RETRAIN_GROWTH = 8  # the clusters are trained again once the store holds this many times the vectors they were trained on
COPIES_EXPECTED = 16  # approximate candidates first read per wanted group (copies of one passage tie)
READ_CHUNK = 50_000  # vectors read from the store at a time
INDEX_VERSION = 1


def index_files(db_path: str) -> tuple[Path, Path]:
    """The index file and its watermark, beside the store."""
    return Path(f"{db_path}.passages.faiss"), Path(f"{db_path}.passages.json")


@dataclass
class Watermark:
    """What an index file holds: every stored vector up to rowid `last`, fingerprinted."""
    last: int
    first_print: str
    last_print: str
    trained_on: int
    version: int = INDEX_VERSION
    vectors: int | None = None  # how many the file holds: a file and watermark from two writers disagree

    @staticmethod
    def of(store: Store, last: int, trained_on: int) -> "Watermark":
        return Watermark(last, _fingerprint(store, None), _fingerprint(store, last), trained_on)

    def holds_vectors_of(self, store: Store) -> bool:
        """Whether the store still holds the vectors this index was made from (not replaced or re-embedded)."""
        return (self.version == INDEX_VERSION and self.first_print == _fingerprint(store, None)
                and self.last_print == _fingerprint(store, self.last))


def _fingerprint(store: Store, rowid: int | None) -> str:
    """A hash of one stored vector (None: the oldest), "" when there is none."""
    blob = queries.passage_vector(store, rowid)
    return hashlib.sha1(blob).hexdigest() if blob else ""


class PassageIndex:
    """One store's passage vectors: an exact float16 flat index with their rowids (small stores)
    or an IVF-PQ index whose ids are the rowids (from `ANN_FROM` vectors, read from its file).
    Vectors are only ever added, so `refresh` adds the rows after the last one it holds."""

    def __init__(self):
        import faiss

        faiss.omp_set_num_threads(1)  # one query is one small search; the server runs queries in threads
        self.flat = None
        self.ann = None
        self.rowids = np.zeros(0, dtype=np.int64)
        self.last = 0
        self.watermark: Watermark | None = None  # of the file the ANN index was read from or written to
        self.trained_on = 0  # vectors the ANN index held when its clusters were trained
        self.lock = threading.Lock()

    def __len__(self) -> int:
        return int(self.ann.ntotal) if self.ann is not None else len(self.rowids)

    def refresh(self, store: Store, persist: bool = False) -> None:
        """Brings the index up to the store's newest vector; reads (or builds and writes) the
        file beside the store once there are `ANN_FROM` vectors. `persist`: write the file
        whenever vectors were added (ingest and rebuild do)."""
        if queries.last_passage_vector(store) == self.last and not persist:
            return
        with self.lock:
            last = queries.last_passage_vector(store)  # again: another thread may have read on meanwhile
            if last < self.last:  # another file now stands at this path: read it afresh
                self._reset()
            if self.ann is None and not len(self.rowids):
                self._open(store, last)
            elif self.ann is not None and self.watermark and not self.watermark.holds_vectors_of(store):
                self._reset()
                self._open(store, last)
            added = self._add_after(store) or (self.ann is not None and self.watermark is None)
            if self.ann is None and len(self.rowids) >= ANN_FROM:
                self._reset()
                self._build(store, last)
                added = True
            unsaved = self.last - (self.watermark.last if self.watermark else 0)
            if self.ann is not None and added and (persist or self.watermark is None or unsaved >= ANN_FROM):
                self._write(store)

    def _reset(self) -> None:
        self.flat = self.ann = self.watermark = None
        self.rowids, self.last = np.zeros(0, dtype=np.int64), 0

    def _open(self, store: Store, last: int) -> None:
        """Reads the current file beside the store, or builds it when there are enough vectors."""
        index_file, watermark_file = index_files(store.path)
        watermark = _read_watermark(watermark_file)
        if watermark and watermark.last <= last and watermark.holds_vectors_of(store) \
                and last < RETRAIN_GROWTH * max(watermark.trained_on, ANN_FROM):
            import faiss

            try:
                ann = faiss.read_index(str(index_file))
            except RuntimeError:  # missing or unreadable: built again below
                ann = None
            if ann is not None and watermark.vectors not in (None, ann.ntotal):
                ann = None  # index and watermark renamed into place by two writers: built again below
            if ann is not None:
                self.ann, self.watermark, self.last, self.trained_on = ann, watermark, watermark.last, watermark.trained_on
                self.ann.nprobe = NPROBE
                return
        if last >= ANN_FROM:
            self._build(store, last)

    def _build(self, store: Store, last: int) -> None:
        """Trains the clusters and codes on a fixed-seed sample of the stored vectors, then adds them all."""
        import faiss

        from storyline.dedup.embed import EMBEDDING_DIM, from_blob

        clusters = max(64, min(8192, int(math.sqrt(last))))
        wanted = max(TRAIN_PER_CLUSTER * clusters, TRAIN_CODES)
        sample_ids = sorted(random.Random(18).sample(range(1, last + 1), min(last, wanted)))
        sample = from_blob(b"".join(blob for _, blob in queries.passage_vectors_at(store, sample_ids)))
        clusters = max(1, min(clusters, len(sample) // TRAIN_PER_CLUSTER))
        bits = max(1, min(8, int(math.log2(max(2, len(sample) // 4)))))  # 8 (256 centroids a byte) from 1,024 vectors
        ann = faiss.index_factory(EMBEDDING_DIM, f"IVF{clusters},PQ{PQ_BYTES}x{bits}np", faiss.METRIC_INNER_PRODUCT)
        ann.cp.niter = ann.pq.cp.niter = 10  # the codes only choose candidates, re-scored exactly
        ann.train(sample)
        self.ann, self.last, self.watermark = ann, 0, None
        self._add_after(store)
        ann.nprobe = NPROBE
        self.trained_on = int(ann.ntotal)

    def _add_after(self, store: Store) -> bool:
        """Adds the stored vectors after the last one held; whether there were any."""
        from storyline.dedup.embed import from_blob

        if self.ann is None and self.flat is None:
            if queries.last_passage_vector(store) <= self.last:
                return False
            import faiss

            from storyline.dedup.embed import EMBEDDING_DIM

            self.flat = faiss.IndexScalarQuantizer(EMBEDDING_DIM, faiss.ScalarQuantizer.QT_fp16,
                                                   faiss.METRIC_INNER_PRODUCT)
        added = False
        rows = queries.passage_vectors_after(store, self.last)
        while chunk := [row for _, row in zip(range(READ_CHUNK), rows)]:
            vectors = from_blob(b"".join(blob for _, blob in chunk))
            rowids = np.fromiter((rowid for rowid, _ in chunk), dtype=np.int64, count=len(chunk))
            if self.ann is not None:
                self.ann.add_with_ids(vectors, rowids)
            else:
                self.flat.add(vectors)
                self.rowids = np.concatenate([self.rowids, rowids])
            self.last = int(rowids[-1])
            added = True
        return added

    def _write(self, store: Store) -> None:
        """Writes the index and then its watermark beside the store, each renamed into place; a
        store in a folder this process may not write to keeps its index in memory only."""
        import faiss

        index_file, watermark_file = index_files(store.path)
        watermark = Watermark.of(store, self.last, self.trained_on)
        watermark.vectors = len(self)
        partial = index_file.with_name(index_file.name + f".{os.getpid()}.part")
        try:
            faiss.write_index(self.ann, str(partial))
            os.replace(partial, index_file)
            partial = watermark_file.with_name(watermark_file.name + f".{os.getpid()}.part")
            partial.write_text(json.dumps(watermark.__dict__))
            os.replace(partial, watermark_file)
        except (OSError, RuntimeError):
            return
        finally:
            partial.unlink(missing_ok=True)
        self.watermark = watermark

    def nearest(self, store: Store, vector: np.ndarray, limit: int) -> list[tuple[int, float]]:
        """(rowid, cosine) of the `limit` most similar passages, best first: exact for a flat
        index; for the IVF-PQ index, `approximate_groups` re-scored with their stored vectors."""
        query = np.asarray(vector, dtype=np.float32)[None, :]
        with self.lock:  # not while `refresh` adds
            if not len(self):
                return []
            if self.ann is None:
                scores, positions = self.flat.search(query, min(limit, len(self.rowids)))
                return [(rowid, score) for rowid, score, position in
                        zip(self.rowids[positions[0]].tolist(), scores[0].tolist(), positions[0].tolist())
                        if position >= 0]
            groups = self.approximate_groups(query, RERANK * limit)
        best = {rowid: score for rowid, score in exact_scores(store, query[0], [group[0] for group in groups])}
        groups = sorted((group for group in groups if group[0] in best), key=lambda group: -best[group[0]])
        chosen = []
        for group in groups:
            chosen.extend(group[:limit - len(chosen)])
            if len(chosen) >= limit:
                break
        return exact_scores(store, query[0], chosen)

    def approximate_groups(self, query: np.ndarray, wanted: int) -> list[list[int]]:
        """Rowids of the `wanted` best approximate scores, grouped by score: a passage repeated in
        many documents (wire copies) has one code, so its copies tie and would fill the candidates;
        one of each group is re-scored, and the search reads on until there are `wanted` groups."""
        k = wanted * COPIES_EXPECTED  # one search usually: each further one scans the same clusters again
        while True:
            scores, ids = self.ann.search(query, min(k, len(self)))
            found = ids[0] >= 0
            scores, ids = scores[0][found], ids[0][found]
            _, firsts, group_of = np.unique(-scores, return_index=True, return_inverse=True)  # best score first
            if len(firsts) >= wanted or k >= len(self) or not found.all():
                order = np.argsort(group_of, kind="stable")  # each group's rowids in the order found
                bounds = np.searchsorted(group_of[order], np.arange(min(wanted, len(firsts)) + 1))
                return [ids[order[start:end]].tolist() for start, end in zip(bounds[:-1], bounds[1:])]
            k *= 8


def exact_scores(store: Store, vector: np.ndarray, rowids: list[int]) -> list[tuple[int, float]]:
    """(rowid, cosine with the stored vector) of those of `rowids` still stored, best first."""
    from storyline.dedup.embed import from_blob

    rows = queries.passage_vectors_at(store, rowids)
    if not rows:
        return []
    scores = from_blob(b"".join(blob for _, blob in rows)) @ vector
    order = np.argsort(-scores, kind="stable")
    return [(rows[position][0], float(scores[position])) for position in order.tolist()]


def _read_watermark(path: Path) -> Watermark | None:
    try:
        data = json.loads(path.read_text())
        return Watermark(data["last"], data["first_print"], data["last_print"], data["trained_on"], data["version"],
                         data.get("vectors"))
    except (OSError, ValueError, KeyError, TypeError):
        return None


@lru_cache(maxsize=8)
def _index_of_file(path: str, file_id: tuple[int, int] | None) -> PassageIndex:
    return PassageIndex()


def passage_index(path: str) -> PassageIndex:
    """The process's index of one store file (the web server reads it once at start). Keyed by the
    file itself as well as its path, so a store replaced at the same path gets a fresh index
    rather than vectors whose rowids now name other passages."""
    try:
        stat = os.stat(path)
        file_id = (stat.st_dev, stat.st_ino)
    except OSError:  # ":memory:" or a path not made yet
        file_id = None
    return _index_of_file(path, file_id)


def update_index_file(store: Store) -> None:
    """After ingest or rebuild: adds the new vectors to the index file beside the store, or
    builds it once the store holds `ANN_FROM` vectors; a small store without one is left alone
    (nothing is read)."""
    if store.path == ":memory:":
        return
    if not index_files(store.path)[1].exists() and queries.last_passage_vector(store) < ANN_FROM:
        return
    PassageIndex().refresh(store, persist=True)
