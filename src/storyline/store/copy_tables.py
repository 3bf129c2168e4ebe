"""The copy index's storage (`dedup.index.CopyIndex` keeps its state here): the dedup_* tables of
`store.schema`, read and written with bound parameters. Values come in and go out as the tables
hold them (MinHash signatures and sentence vectors as blobs); what they mean is the index's
business, so this module needs nothing from `dedup`. Like the store's writer, nothing here commits:
the caller owns the transaction."""
from __future__ import annotations

import json
import sqlite3
from typing import NamedTuple

from storyline.model import CopyLink
from storyline.store.schema import DEDUP


class IndexedDocument(NamedTuple):
    """One indexed document's row with its sentences (JSON list) and their vectors (blob or None)."""

    seq: int
    content_hash: str
    published: str | None
    outlet: str | None
    attributions: int
    n_sentences: int
    shingle_minhash: bytes
    keyword_minhash: bytes
    sentences: list[str]
    embeddings: bytes | None


class CopyTables:
    """The copy index's tables on one connection (a store's, or a bare one made by `create`)."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    @classmethod
    def create(cls, conn: sqlite3.Connection) -> CopyTables:
        """The tables on a bare connection (a store has them already): for tests and standalone use."""
        for statement in DEDUP:
            conn.execute(statement)
        return cls(conn)

    # --- reads --------------------------------------------------------------------------------
    def links(self) -> list[CopyLink]:
        rows = self.conn.execute(
            "SELECT doc_id, original_id, kind, score, evidence FROM dedup_links ORDER BY doc_id, original_id")
        return [CopyLink(d, o, k, s, [tuple(e) for e in json.loads(ev)]) for d, o, k, s, ev in rows]

    def link_strengths(self, doc_id: str) -> list[tuple[str, float]]:
        """(kind, score) of every link that has `doc_id` as the copy."""
        return self.conn.execute("SELECT kind, score FROM dedup_links WHERE doc_id = ?", (doc_id,)).fetchall()

    def document_ids(self) -> list[str]:
        return [doc_id for (doc_id,) in self.conn.execute("SELECT doc_id FROM dedup_documents")]

    def has_document(self, doc_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM dedup_documents WHERE doc_id = ?", (doc_id,)).fetchone() is not None

    def next_seq(self) -> int:
        return self.conn.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM dedup_documents").fetchone()[0]

    def document(self, doc_id: str) -> IndexedDocument:
        row = self.conn.execute(
            "SELECT d.seq, d.content_hash, d.published, d.outlet, d.attributions, d.n_sentences, d.shingle_minhash,"
            " d.keyword_minhash, s.sentences, s.embeddings FROM dedup_documents d"
            " JOIN dedup_sentences s ON s.doc_id = d.doc_id WHERE d.doc_id = ?", (doc_id,)).fetchone()
        return IndexedDocument(*row[:8], json.loads(row[8]), row[9])

    def first_with_content(self, content_hash: str) -> str | None:
        """The earliest indexed document with this normalised-text hash."""
        row = self.conn.execute("SELECT doc_id FROM dedup_documents WHERE content_hash = ? ORDER BY seq LIMIT 1",
                                (content_hash,)).fetchone()
        return row[0] if row else None

    def sharing_buckets(self, buckets: list[int], limit: int) -> list[tuple[str, int]]:
        """(document, buckets shared) of the documents in any of `buckets`, most shared first."""
        rows = self.conn.execute(
            f"SELECT doc_id, COUNT(*) AS shared FROM dedup_buckets WHERE bucket IN ({','.join('?' * len(buckets))})"
            " GROUP BY doc_id ORDER BY shared DESC, doc_id LIMIT ?", [*buckets, limit])
        return rows.fetchall()

    def bucket_neighbours(self, doc_id: str, limit: int) -> list[tuple[str, int]]:
        """(document, buckets shared) of the other documents in `doc_id`'s buckets, most shared first."""
        return self.conn.execute(
            "SELECT other.doc_id, COUNT(*) AS shared FROM dedup_buckets mine"
            " JOIN dedup_buckets other ON other.bucket = mine.bucket AND other.doc_id != mine.doc_id"
            " WHERE mine.doc_id = ? GROUP BY other.doc_id ORDER BY shared DESC, other.doc_id LIMIT ?",
            (doc_id, limit)).fetchall()

    def keyword_signatures(self, ids: list[str]) -> dict[str, bytes]:
        return dict(self.conn.execute(
            f"SELECT doc_id, keyword_minhash FROM dedup_documents WHERE doc_id IN ({','.join('?' * len(ids))})", ids))

    def stories(self) -> dict[str, str]:
        return dict(self.conn.execute("SELECT doc_id, story_id FROM dedup_stories"))

    def story_of(self, doc_id: str) -> str | None:
        row = self.conn.execute("SELECT story_id FROM dedup_stories WHERE doc_id = ?", (doc_id,)).fetchone()
        return row[0] if row else None

    # --- writes -------------------------------------------------------------------------------
    def add_document(self, doc_id: str, row: IndexedDocument, buckets: list[int]) -> None:
        self.conn.execute("INSERT INTO dedup_documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", (doc_id, *row[:8]))
        self.conn.executemany("INSERT INTO dedup_buckets VALUES (?, ?)", [(bucket, doc_id) for bucket in buckets])
        self.conn.execute("INSERT INTO dedup_sentences VALUES (?, ?, ?)",
                          (doc_id, json.dumps(row.sentences), row.embeddings))

    def set_embeddings(self, doc_id: str, vectors: bytes) -> None:
        self.conn.execute("UPDATE dedup_sentences SET embeddings = ? WHERE doc_id = ?", (vectors, doc_id))

    def add_to_story(self, doc_id: str, story_id: str) -> None:
        self.conn.execute("INSERT INTO dedup_stories VALUES (?, ?)", (doc_id, story_id))

    def put_link(self, link: CopyLink) -> None:
        self.conn.execute("INSERT OR REPLACE INTO dedup_links VALUES (?, ?, ?, ?, ?)",
                          (link.doc, link.original, link.kind, link.score, json.dumps(link.evidence)))
