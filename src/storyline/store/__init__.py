"""The SQLite store: one file, WAL mode, versioned schema, one transaction per document."""
from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from storyline.model import (
    ANALYSIS_PARTS,
    CopyLink,
    Document,
    DocumentAnalysis,
    Entity,
    Event,
    EventMention,
    Position,
    Quote,
    Timex,
    analysis_from_dict,
    analysis_to_dict,
    from_dict,
    to_dict,
)
from storyline.store.migrations import latest_version, migrate
from storyline.store.schema import STORY_TABLES

DEFAULT_DB = "storyline.db"
RANGE_LOOKBACK_DAYS = 366  # an event ranged from earlier than this before a day is not looked up by that day
BUSY_TIMEOUT_MS = 60_000


def default_db_path(explicit: str | None = None) -> str:
    return explicit or os.environ.get("STORYLINE_DB") or DEFAULT_DB


class StoreError(Exception):
    pass


@dataclass
class StoryKeys:
    """What the story's rows are looked up by, derived by the stages (the store only keeps them):
    each event's timeline sort key and whether it may be a timeline row, each entity's lower-cased name
    keys, each person's surname buckets."""

    sort_keys: dict[str, str | None] = field(default_factory=dict)
    name_keys: dict[str, set[str]] = field(default_factory=dict)
    person_buckets: dict[str, set[str]] = field(default_factory=dict)
    row_candidates: dict[str, bool] = field(default_factory=dict)  # whether the event may be a timeline row (`story.timeline.may_be_row`)
    row_floors: dict[str, float] = field(default_factory=dict)  # the best timeline rank it can reach (`story.timeline.rank_floor`)


class Store:
    def __init__(self, path: str | Path, readonly: bool = False):
        """`readonly`: for commands that only read. The file must already be a storyline store; it
        is opened read-only (nothing created, journal mode untouched) and refused otherwise."""
        self.path = str(path)
        self.readonly = readonly
        if readonly:
            self.conn = self._connect_readonly()
            return
        try:
            self.conn = sqlite3.connect(self.path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000,
                                        check_same_thread=False)
            self.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            tables = {row[0] for row in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if tables and "schema_version" not in tables:
                self.conn.close()
                raise StoreError(f"{self.path}: not a storyline store (it holds other tables; it is left untouched)")
            self._use_write_ahead_log()
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.schema_version = migrate(self.conn)
        except sqlite3.DatabaseError as error:
            raise StoreError(f"{self.path}: not a storyline store ({error})") from error

    def _use_write_ahead_log(self) -> None:
        """Switching a new file to WAL needs a lock SQLite does not wait for through the busy handler:
        when several processes open the same fresh file at once, one of them gets "database is locked"
        at once. Retry until the busy timeout, as every other statement waits that long."""
        deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
        while True:
            try:
                self.conn.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as error:
                if "locked" not in str(error) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def _connect_readonly(self) -> sqlite3.Connection:
        from urllib.parse import quote

        if not Path(self.path).is_file():
            raise StoreError(f"{self.path}: no such store (run `storyline ingest` first)")
        uri = f"file:{quote(str(Path(self.path).resolve()))}?mode=ro"
        try:
            conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000,
                                   check_same_thread=False)
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA query_only = ON")
            known = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'").fetchone()
            version = conn.execute("SELECT COALESCE(MAX(version), 0) FROM schema_version").fetchone()[0] if known else 0
        except sqlite3.DatabaseError as error:
            raise StoreError(f"{self.path}: not a storyline store ({error})") from error
        if not version or not conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'documents'").fetchone():
            conn.close()
            raise StoreError(f"{self.path}: not a storyline store (no storyline tables; it is left untouched)")
        if version < latest_version():  # a store written by an older release: bring its schema up once
            conn.close()
            Store(self.path).close()
            return self._connect_readonly()
        self.schema_version = version
        return conn

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

    @contextmanager
    def snapshot(self) -> Iterator[sqlite3.Connection]:
        """A read transaction: everything read inside sees one state of the store."""
        self.conn.execute("BEGIN")
        try:
            yield self.conn
        finally:
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
        """Call inside `transaction()`: the document, its analysis and its search passages together
        (their vectors come with the first search by meaning, `search.ensure_passage_vectors`)."""
        seq = self.conn.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM documents").fetchone()[0]
        self.conn.execute(
            """INSERT INTO documents (id, content_hash, source, title, outlet, author, url, published,
               published_range, published_how, published_reasons, text, removed, seq, text_length)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, length(?))""",
            (doc.id, doc.content_hash, doc.source, doc.title, doc.outlet, doc.author, doc.url, doc.published,
             _json_or_none(doc.published_range), doc.published_how, json.dumps(doc.published_reasons, ensure_ascii=False),
             doc.text, json.dumps(doc.removed), seq, doc.text),
        )
        parts = analysis_to_dict(analysis)
        self.conn.execute(
            f"INSERT INTO analyses (document, {', '.join(ANALYSIS_PARTS)}) VALUES (?{', ?' * len(ANALYSIS_PARTS)})",
            (doc.id, *(json.dumps(parts[part], ensure_ascii=False) for part in ANALYSIS_PARTS)),
        )
        self.conn.executemany(
            "INSERT INTO passages (text, document, start, end) VALUES (?, ?, ?, ?)",
            [(doc.text[start:end], doc.id, start, end) for start, end in analysis.sentences],
        )

    def update_document_dates(self, doc: Document) -> None:
        self.conn.execute(
            "UPDATE documents SET published = ?, published_range = ?, published_how = ?, published_reasons = ?"
            " WHERE id = ?",
            (doc.published, _json_or_none(doc.published_range), doc.published_how,
             json.dumps(doc.published_reasons, ensure_ascii=False), doc.id),
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

    def documents(self, ids: list[str] | None = None) -> list[Document]:
        """Documents in the order they were stored (all of them, or those of `ids`)."""
        sql = """SELECT d.id, d.source, d.text, d.title, d.outlet, d.author, d.url, d.published, d.published_range,
                 d.published_how, d.published_reasons, d.removed, d.content_hash, c.original, c.kind, d.seq
                 FROM documents d LEFT JOIN copy_links c ON c.document = d.id"""
        if ids is None:
            rows = self.conn.execute(sql + " ORDER BY d.seq").fetchall()
        else:
            rows = sorted(self.select_in(sql + " WHERE d.id IN ({})", ids), key=lambda row: row[-1])
        return [document_from_row(row[:-1]) for row in rows]

    def document(self, document_id: str) -> Document | None:
        found = self.documents([document_id])
        return found[0] if found else None

    def document_count(self) -> int:
        return self.conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]

    def count_and_newest(self) -> tuple[int, int]:
        """How many documents are stored and the newest one's sequence number (0 when none)."""
        return self.conn.execute("SELECT COUNT(*), COALESCE(MAX(seq), 0) FROM documents").fetchone()

    def sequence_numbers(self, ids: list[str]) -> dict[str, int]:
        """The stored order of each of `ids` that is stored."""
        return dict(self.select_in("SELECT id, seq FROM documents WHERE id IN ({})", ids))

    def publication(self, ids: list[str]) -> list[tuple[str, str | None, str | None]]:
        """(id, published, published_how) of each of `ids` that is stored."""
        return self.select_in("SELECT id, published, published_how FROM documents WHERE id IN ({})", ids)

    def copy_links(self) -> list[CopyLink]:
        rows = self.conn.execute("SELECT document, original, kind, score, evidence FROM copy_links").fetchall()
        return [CopyLink(doc, original, kind, score, [tuple(pair) for pair in json.loads(evidence)])
                for doc, original, kind, score, evidence in rows]

    def analysis(self, document_id: str) -> DocumentAnalysis:
        row = self.conn.execute(f"SELECT {', '.join(ANALYSIS_PARTS)} FROM analyses WHERE document = ?",
                                (document_id,)).fetchone()
        if row is None:
            return DocumentAnalysis()
        return analysis_from_dict({part: json.loads(value) for part, value in zip(ANALYSIS_PARTS, row)})

    # --- outlet boilerplate ------------------------------------------------------------------

    def outlet_boilerplate(self, outlet: str | None, min_documents: int = 2) -> set[str]:
        if not outlet:
            return set()
        rows = self.conn.execute("SELECT line FROM outlet_lines WHERE outlet = ? AND documents >= ?",
                                 (outlet, min_documents)).fetchall()
        return {row[0] for row in rows}

    def outlet_line_counts(self, outlet: str, lines: list[str]) -> dict[str, int]:
        """How many stored documents of the outlet hold each of `lines` (absent: none)."""
        return dict(self.select_in("SELECT line, documents FROM outlet_lines WHERE outlet = ? AND line IN ({})",
                                   lines, prefix=[outlet]))

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


    # --- the corpus-level story -------------------------------------------------------------------

    def write_story(self, entities: list[Entity], quotes: list[Quote], events: list[tuple[Event, dict]],
                    positions: list[Position], replace: bool, keys: StoryKeys) -> None:
        """Call inside `transaction()`. replace=True: the whole story; else rows to add or update
        (entities and events by id; quotes are new documents' own; positions replace those of their actors).
        `keys`: what the story's rows are looked up by, as the stages derive them."""
        conn = self.conn
        if replace:
            for table in STORY_TABLES:
                conn.execute(f"DELETE FROM {table}")
        # an entity's mentions go to entity_mentions; `entities` to add to hold only the new ones
        conn.executemany("INSERT INTO entity_mentions (entity, doc, start, end) VALUES (?, ?, ?, ?)",
                         [(e.id, m["doc"], m["start"], m["end"]) for e in entities for m in e.mentions])
        # the stored count goes on by the mentions added (a whole story starts from none): counting an
        # actor's rows again would read every mention of the story's main actors on each addition
        conn.executemany(
            "INSERT OR REPLACE INTO entities (id, name, type, aliases, mention_count, data) VALUES (?, ?, ?, ?,"
            " COALESCE((SELECT mention_count FROM entities WHERE id = ?), 0) + ?, ?)",
            [(e.id, e.name, e.type, json.dumps(e.aliases, ensure_ascii=False), e.id, len(e.mentions), _entity_json(e))
             for e in entities])
        conn.executemany("INSERT OR IGNORE INTO name_keys (key, entity) VALUES (?, ?)",
                         [(key, e.id) for e in entities for key in keys.name_keys.get(e.id, ())])
        conn.executemany("INSERT OR IGNORE INTO person_names (bucket, entity) VALUES (?, ?)",
                         [(bucket, e.id) for e in entities for bucket in keys.person_buckets.get(e.id, ())])
        conn.executemany("INSERT OR REPLACE INTO quotes (id, document, speaker, date, data) VALUES (?, ?, ?, ?, ?)",
                         [(q.id, q.doc, q.speaker, q.date, _json(q)) for q in quotes])
        conn.executemany(
            "INSERT OR REPLACE INTO events (id, date, sort_key, first_day, last_day, row_candidate, row_floor, data)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(e.id, e.date, keys.sort_keys.get(e.id), *_event_days(e), keys.row_candidates.get(e.id),
              keys.row_floors.get(e.id), _json(e)) for e, _ in events])
        conn.executemany(
            "INSERT OR REPLACE INTO event_clusters (event, range_start, range_end, state) VALUES (?, ?, ?, ?)",
            [(e.id, *(e.date_range or (None, None)), json.dumps(state, ensure_ascii=False)) for e, state in events])
        conn.executemany("INSERT OR REPLACE INTO event_participants (event, entity, first_day, last_day, sort_key)"
                         " VALUES (?, ?, ?, ?, ?)",
                         [(e.id, p, *_event_days(e), keys.sort_keys.get(e.id)) for e, _ in events for p in e.participants])
        conn.executemany("INSERT OR IGNORE INTO event_documents (event, document) VALUES (?, ?)",
                         [(e.id, doc) for e, _ in events for doc in e.sources])
        if not replace:  # positions come per actor, re-folded with that actor's stored ones
            self.select_in("DELETE FROM positions WHERE actor IN ({})", sorted({p.actor for p in positions}))
        conn.executemany("INSERT INTO positions (actor, date, data) VALUES (?, ?, ?)",
                         [(p.actor, p.date, _json(p)) for p in positions])

    def entities_by_id(self, ids: list[str]) -> dict[str, Entity]:
        """Stored entities without their mentions (those stay in entity_mentions)."""
        rows = self.select_in("SELECT data FROM entities WHERE id IN ({})", ids)
        return {entity.id: entity for entity in (from_dict(Entity, json.loads(row[0])) for row in rows)}

    def persons_in_buckets(self, buckets: list[str]) -> list[tuple[Entity, int]]:
        """Stored people (names and aliases only, no mention lists) in one of the surname `buckets`,
        with their mention counts."""
        rows = self.select_in(
            "SELECT e.id, e.name, e.type, e.aliases, e.mention_count FROM entities e WHERE e.id IN"
            " (SELECT entity FROM person_names WHERE bucket IN ({}))", buckets)
        return [(Entity(eid, name, kind, json.loads(aliases)), count) for eid, name, kind, aliases, count in rows]

    def existing_ids(self, table: Literal["entities", "events"], ids: list[str]) -> set[str]:
        if table not in ("entities", "events"):
            raise ValueError(f"no ids kept in table {table!r}")
        return {row[0] for row in self.select_in(f"SELECT id FROM {table} WHERE id IN ({{}})", ids)}

    def events_to_extend(self, windows: list[tuple[str, str, str]], documents: list[str]) -> list[tuple[Event, dict]]:
        """Stored events, with their cluster states, that new mentions could join: for each
        (participant, first day, last day) of a new mention, the participant's events dated in
        that window or ranged across it (ranges starting at most RANGE_LOOKBACK_DAYS before it);
        and the events of `documents`. Undated events are found only by document."""
        wanted: set[str] = set()
        for entity, low, high in sorted(set(windows)):
            lookback = days_before(low, RANGE_LOOKBACK_DAYS) or low
            rows = self.conn.execute(
                "SELECT event FROM event_participants WHERE entity = ? AND first_day BETWEEN ? AND ?"
                " UNION SELECT event FROM event_participants WHERE entity = ? AND first_day BETWEEN ? AND ?"
                " AND last_day >= ?", (entity, low, high, entity, lookback, low, low)).fetchall()
            wanted.update(row[0] for row in rows)
        wanted |= {row[0] for row in self.select_in("SELECT event FROM event_documents WHERE document IN ({})",
                                                      documents)}
        rows = self.select_in("SELECT e.data, c.state FROM events e JOIN event_clusters c ON c.event = e.id"
                              " WHERE e.id IN ({})", sorted(wanted))
        return [(from_dict(Event, json.loads(data)), json.loads(state)) for data, state in rows]

    def events_of_documents(self, documents: list[str]) -> list[tuple[Event, dict]]:
        """Stored events, with their cluster states, that a mention of one of `documents` is part of."""
        wanted = sorted({row[0] for row in self.select_in("SELECT event FROM event_documents WHERE document IN ({})",
                                                          documents)})
        rows = self.select_in("SELECT e.data, c.state FROM events e JOIN event_clusters c ON c.event = e.id"
                              " WHERE e.id IN ({})", wanted)
        return [(from_dict(Event, json.loads(data)), json.loads(state)) for data, state in rows]

    def unmarked_events(self) -> list[tuple[str, dict]]:
        """(id, record) of the events written without whether they may be a timeline row (before schema 12, or
        before their rank floor was kept: schema 13)."""
        rows = self.conn.execute("SELECT id, data FROM events INDEXED BY events_unmarked WHERE row_candidate IS NULL")
        return [(event_id, json.loads(data)) for event_id, data in rows]

    def unmark_events(self) -> None:
        """Call inside `transaction()`: forget every event's mark (the rules that made them changed)."""
        self.conn.execute("UPDATE events SET row_candidate = NULL WHERE row_candidate IS NOT NULL")

    def mark_row_candidates(self, marks: dict[str, tuple[bool, float]]) -> None:
        """Call inside `transaction()`: keep whether each event may be a timeline row and the best rank it
        can reach (`StoryKeys.row_candidates`, `StoryKeys.row_floors`)."""
        self.conn.executemany("UPDATE events SET row_candidate = ?, row_floor = ? WHERE id = ?",
                              [(int(flag), floor, event_id) for event_id, (flag, floor) in marks.items()])

    def delete_events(self, ids: list[str]) -> None:
        """Call inside `transaction()`: events to be clustered again, with every row kept beside them."""
        for table, column in (("events", "id"), ("event_clusters", "event"), ("event_participants", "event"),
                              ("event_documents", "event")):
            self.select_in(f"DELETE FROM {table} WHERE {column} IN ({{}})", ids)

    def entity_spans(self, documents: list[str]) -> dict[tuple[str, int, int], str]:
        """(document, start, end) -> stored entity id of each entity mention in `documents`."""
        return {(doc, start, end): entity for entity, doc, start, end in self.select_in(
            "SELECT entity, doc, start, end FROM entity_mentions WHERE doc IN ({})", documents)}

    def copy_chains(self, ids: list[str]) -> dict[str, str | None]:
        """copy_of of the given documents and of every original up their chains."""
        found: dict[str, str | None] = {}
        wanted = set(ids)
        while wanted:
            rows = self.select_in("SELECT d.id, c.original FROM documents d LEFT JOIN copy_links c ON c.document = d.id"
                                  " WHERE d.id IN ({})", sorted(wanted))
            found.update(rows)
            wanted = {original for _, original in rows if original and original not in found}
        return found

    def positions_of(self, actors: list[str]) -> list[dict]:
        """The stored positions of `actors`, as records."""
        return [json.loads(row[0]) for row in self.select_in("SELECT data FROM positions WHERE actor IN ({})", actors)]

    # --- passage vectors (semantic search) -----------------------------------------------------

    def passages_without_vector(self, limit: int = -1) -> list[tuple[str, int, int, str]]:
        """(document, start, end, text) of the passages not embedded yet, oldest first; at most
        `limit` (-1: all)."""
        return self.conn.execute(
            """SELECT p.document, p.start, p.end, p.text FROM passages p
               WHERE NOT EXISTS (SELECT 1 FROM passage_embeddings e
                                 WHERE e.document = p.document AND e.start = p.start AND e.end = p.end)
               ORDER BY p.rowid LIMIT ?""", (limit,)).fetchall()

    def add_passage_vectors(self, rows: list[tuple[str, int, int, bytes]]) -> None:
        """Keeps (document, start, end, vector blob) rows; one already kept stays as it is."""
        with self.transaction() as conn:
            conn.executemany(
                "INSERT OR IGNORE INTO passage_embeddings (document, start, end, embedding) VALUES (?, ?, ?, ?)",
                [(doc, int(start), int(end), blob) for doc, start, end, blob in rows])

    def copies_of(self, ids: list[str]) -> list[str]:
        """Stored documents that copy one of `ids`."""
        return [row[0] for row in self.select_in("SELECT document FROM copy_links WHERE original IN ({})", ids)]

    def documents_after(self, seq: int) -> list[str]:
        return [row[0] for row in self.conn.execute("SELECT id FROM documents WHERE seq > ? ORDER BY seq", (seq,))]

    def select_in(self, sql: str, values: list, chunk: int = 500, prefix: list | None = None) -> list[tuple]:
        """`sql` with one IN ({}) list, run over `values` in chunks (SQLite caps bound parameters);
        `prefix`: values of the parameters before the list."""
        rows: list[tuple] = []
        values = list(values)
        for at in range(0, len(values), chunk):
            part = values[at:at + chunk]
            rows.extend(self.conn.execute(sql.format(",".join("?" * len(part))), [*(prefix or []), *part]).fetchall())
        return rows


def days_before(day: str, days: int) -> str | None:
    """The ISO day `days` before `day` ("2025-02-12"), or None when `day` is not an ISO date."""
    from datetime import date, timedelta

    try:
        return (date.fromisoformat(day[:10]) - timedelta(days=days)).isoformat()
    except ValueError:
        return None


def _event_days(event: Event) -> tuple[str | None, str | None]:
    if event.date:
        return event.date[:10], event.date[:10]
    if event.date_range:
        return event.date_range[0], event.date_range[1]
    return None, None


def _entity_json(entity: Entity) -> str:
    return json.dumps({key: value for key, value in entity.__dict__.items() if key != "mentions"}, ensure_ascii=False)


def _json(item) -> str:
    """A story record as JSON. Their fields hold only JSON values (no nested data classes), so the
    shallow field dict serialises as `to_dict` would, without its deep copy of long mention lists."""
    return json.dumps(item.__dict__, ensure_ascii=False)


def _dump(items: list) -> str:
    return json.dumps([to_dict(item) for item in items], ensure_ascii=False)


def _json_or_none(value) -> str | None:
    return json.dumps(value) if value is not None else None


def document_from_row(row) -> Document:
    (doc_id, source, text, title, outlet, author, url, published, published_range, published_how,
     published_reasons, removed, content_hash, copy_of, copy_kind) = row
    return Document(
        id=doc_id, source=source, text=text, title=title, outlet=outlet, author=author, url=url,
        published=published, published_range=json.loads(published_range) if published_range else None,
        published_how=published_how, published_reasons=json.loads(published_reasons or "[]"), removed=json.loads(removed), content_hash=content_hash,
        copy_of=copy_of, copy_kind=copy_kind,
    )
