"""The SQLite store: one file, WAL mode, versioned schema, one transaction per document."""
from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from storyline.model import (
    CopyLink,
    Document,
    DocumentAnalysis,
    EventMention,
    Mention,
    Quote,
    Role,
    Timex,
    from_dict,
    to_dict,
)
from storyline.store.migrations import migrate

DEFAULT_DB = "storyline.db"
BUSY_TIMEOUT_MS = 60_000


def default_db_path(explicit: str | None = None) -> str:
    return explicit or os.environ.get("STORYLINE_DB") or DEFAULT_DB


class StoreError(Exception):
    pass


class Store:
    def __init__(self, path: str | Path, readonly: bool = False):
        self.path = str(path)
        if readonly and not Path(self.path).exists():
            raise StoreError(f"{self.path}: no such store (run `storyline ingest` first)")
        try:
            self.conn = sqlite3.connect(self.path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000,
                                        check_same_thread=False)
            self.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.schema_version = migrate(self.conn)
        except sqlite3.DatabaseError as error:
            raise StoreError(f"{self.path}: not a storyline store ({error})") from error

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE takes the write lock up front, so two writers queue instead of failing."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    # --- documents -------------------------------------------------------------------------

    def document_id_for_raw(self, raw_hash: str) -> str | None:
        row = self.conn.execute("SELECT document FROM raw_hashes WHERE raw_hash = ?", (raw_hash,)).fetchone()
        return row[0] if row else None

    def document_id_for_content(self, content_hash: str) -> str | None:
        row = self.conn.execute("SELECT id FROM documents WHERE content_hash = ?", (content_hash,)).fetchone()
        return row[0] if row else None

    def remember_raw(self, raw_hash: str, document_id: str) -> None:
        self.conn.execute("INSERT OR IGNORE INTO raw_hashes (raw_hash, document) VALUES (?, ?)", (raw_hash, document_id))

    def insert_document(self, doc: Document, analysis: DocumentAnalysis) -> None:
        """Call inside `transaction()`: the document, its analysis and its search passages together."""
        seq = self.conn.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM documents").fetchone()[0]
        self.conn.execute(
            """INSERT INTO documents (id, content_hash, source, title, outlet, author, url, published,
               published_range, published_how, text, removed, copy_of, copy_kind, seq)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (doc.id, doc.content_hash, doc.source, doc.title, doc.outlet, doc.author, doc.url, doc.published,
             _json_or_none(doc.published_range), doc.published_how, doc.text, json.dumps(doc.removed),
             doc.copy_of, doc.copy_kind, seq),
        )
        self.conn.execute(
            "INSERT INTO analyses (document, mentions, roles, quotes, timexes, event_mentions) VALUES (?, ?, ?, ?, ?, ?)",
            (doc.id, _dump(analysis.mentions), _dump(analysis.roles), _dump(analysis.quotes),
             _dump(analysis.timexes), _dump(analysis.event_mentions)),
        )
        self.conn.executemany(
            "INSERT INTO passages (text, document, start, end) VALUES (?, ?, ?, ?)",
            [(doc.text[start:end], doc.id, start, end) for start, end in analysis.sentences],
        )

    def update_document_dates(self, doc: Document) -> None:
        self.conn.execute(
            "UPDATE documents SET published = ?, published_range = ?, published_how = ? WHERE id = ?",
            (doc.published, _json_or_none(doc.published_range), doc.published_how, doc.id),
        )

    def update_timexes(self, document_id: str, timexes: list[Timex]) -> None:
        self.conn.execute("UPDATE analyses SET timexes = ? WHERE document = ?", (_dump(timexes), document_id))

    def update_event_mentions(self, document_id: str, event_mentions: list[EventMention]) -> None:
        self.conn.execute("UPDATE analyses SET event_mentions = ? WHERE document = ?",
                          (_dump(event_mentions), document_id))

    def set_copy(self, link: CopyLink) -> None:
        self.conn.execute(
            "INSERT OR REPLACE INTO copy_links (document, original, kind, score, evidence) VALUES (?, ?, ?, ?, ?)",
            (link.doc, link.original, link.kind, link.score, json.dumps(link.evidence)),
        )
        self.conn.execute("UPDATE documents SET copy_of = ?, copy_kind = ? WHERE id = ?",
                          (link.original, link.kind, link.doc))

    def documents(self, ids: list[str] | None = None) -> list[Document]:
        sql = """SELECT id, source, text, title, outlet, author, url, published, published_range,
                 published_how, removed, content_hash, copy_of, copy_kind FROM documents"""
        if ids is not None:
            sql += f" WHERE id IN ({','.join('?' * len(ids))})"
        rows = self.conn.execute(sql + " ORDER BY seq", ids or []).fetchall()
        return [_document_from_row(row) for row in rows]

    def document(self, document_id: str) -> Document | None:
        found = self.documents([document_id])
        return found[0] if found else None

    def document_count(self) -> int:
        return self.conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]

    def copy_links(self) -> list[CopyLink]:
        rows = self.conn.execute("SELECT document, original, kind, score, evidence FROM copy_links").fetchall()
        return [CopyLink(doc, original, kind, score, [tuple(pair) for pair in json.loads(evidence)])
                for doc, original, kind, score, evidence in rows]

    def copy_of_map(self) -> dict[str, str | None]:
        return dict(self.conn.execute("SELECT id, copy_of FROM documents").fetchall())

    def analysis(self, document_id: str) -> DocumentAnalysis:
        row = self.conn.execute(
            "SELECT mentions, roles, quotes, timexes, event_mentions FROM analyses WHERE document = ?",
            (document_id,),
        ).fetchone()
        if row is None:
            return DocumentAnalysis()
        return DocumentAnalysis(
            mentions=[from_dict(Mention, item) for item in json.loads(row[0])],
            roles=[from_dict(Role, item) for item in json.loads(row[1])],
            quotes=[from_dict(Quote, item) for item in json.loads(row[2])],
            timexes=[from_dict(Timex, item) for item in json.loads(row[3])],
            event_mentions=[from_dict(EventMention, item) for item in json.loads(row[4])],
        )

    # --- outlet boilerplate ------------------------------------------------------------------

    def outlet_boilerplate(self, outlet: str | None, min_documents: int = 2) -> set[str]:
        if not outlet:
            return set()
        rows = self.conn.execute("SELECT line FROM outlet_lines WHERE outlet = ? AND documents >= ?",
                                 (outlet, min_documents)).fetchall()
        return {row[0] for row in rows}

    def record_outlet_lines(self, outlet: str | None, lines: set[str]) -> None:
        if not outlet:
            return
        self.conn.executemany(
            """INSERT INTO outlet_lines (outlet, line) VALUES (?, ?)
               ON CONFLICT (outlet, line) DO UPDATE SET documents = documents + 1""",
            [(outlet, line) for line in lines],
        )

    # --- story state -------------------------------------------------------------------------

    def get_state(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.execute("SELECT value FROM story_state WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_state(self, key: str, value: str) -> None:
        self.conn.execute("INSERT OR REPLACE INTO story_state (key, value) VALUES (?, ?)", (key, value))


def _dump(items: list) -> str:
    return json.dumps([to_dict(item) for item in items], ensure_ascii=False)


def _json_or_none(value) -> str | None:
    return json.dumps(value) if value is not None else None


def _document_from_row(row) -> Document:
    (doc_id, source, text, title, outlet, author, url, published, published_range, published_how,
     removed, content_hash, copy_of, copy_kind) = row
    return Document(
        id=doc_id, source=source, text=text, title=title, outlet=outlet, author=author, url=url,
        published=published, published_range=json.loads(published_range) if published_range else None,
        published_how=published_how, removed=json.loads(removed), content_hash=content_hash,
        copy_of=copy_of, copy_kind=copy_kind,
    )
