"""Schema versions. Each migration runs once, in order, inside one transaction; never edit a
released migration, add a new one."""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable

CORE_TABLES = [
    """CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        content_hash TEXT NOT NULL UNIQUE,
        source TEXT NOT NULL,
        title TEXT, outlet TEXT, author TEXT, url TEXT,
        published TEXT, published_range TEXT, published_how TEXT,
        text TEXT NOT NULL,
        removed TEXT NOT NULL DEFAULT '[]',
        copy_of TEXT, copy_kind TEXT,
        seq INTEGER NOT NULL,
        ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
    )""",
    "CREATE INDEX documents_published ON documents(published)",
    "CREATE INDEX documents_outlet ON documents(outlet)",
    "CREATE INDEX documents_copy_of ON documents(copy_of)",
    # Raw content hashes: the same bytes twice are recognised before any cleaning.
    "CREATE TABLE raw_hashes (raw_hash TEXT PRIMARY KEY, document TEXT NOT NULL)",
    # Per-document NLP results, as JSON lists of the model's data classes.
    """CREATE TABLE analyses (
        document TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        mentions TEXT NOT NULL DEFAULT '[]',
        roles TEXT NOT NULL DEFAULT '[]',
        quotes TEXT NOT NULL DEFAULT '[]',
        timexes TEXT NOT NULL DEFAULT '[]',
        event_mentions TEXT NOT NULL DEFAULT '[]'
    )""",
    # Lines seen per outlet: the same line in several documents of one outlet is boilerplate.
    """CREATE TABLE outlet_lines (
        outlet TEXT NOT NULL, line TEXT NOT NULL, documents INTEGER NOT NULL DEFAULT 1,
        PRIMARY KEY (outlet, line)
    )""",
    """CREATE TABLE copy_links (
        document TEXT PRIMARY KEY, original TEXT NOT NULL, kind TEXT NOT NULL,
        score REAL NOT NULL, evidence TEXT NOT NULL DEFAULT '[]'
    )""",
    # Corpus-level results, rebuilt from the per-document analyses after each ingest.
    "CREATE TABLE entities (id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, data TEXT NOT NULL)",
    "CREATE TABLE quotes (id TEXT PRIMARY KEY, document TEXT NOT NULL, speaker TEXT, date TEXT, data TEXT NOT NULL)",
    "CREATE INDEX quotes_speaker ON quotes(speaker)",
    "CREATE INDEX quotes_document ON quotes(document)",
    "CREATE TABLE events (id TEXT PRIMARY KEY, date TEXT, sort_key TEXT, data TEXT NOT NULL)",
    "CREATE INDEX events_sort ON events(sort_key)",
    "CREATE TABLE event_participants (event TEXT NOT NULL, entity TEXT NOT NULL, PRIMARY KEY (event, entity))",
    "CREATE INDEX event_participants_entity ON event_participants(entity)",
    "CREATE TABLE positions (actor TEXT NOT NULL, date TEXT, data TEXT NOT NULL)",
    "CREATE INDEX positions_actor ON positions(actor)",
    "CREATE TABLE story_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    # Full-text search over sentences (passages) with their offsets.
    """CREATE VIRTUAL TABLE passages USING fts5(
        text, document UNINDEXED, start UNINDEXED, end UNINDEXED, tokenize = 'porter unicode61'
    )""",
]


def _dedup_tables(conn: sqlite3.Connection) -> None:
    from storyline.dedup.index import SCHEMA

    for statement in SCHEMA:
        conn.execute(statement)


def _core_tables(conn: sqlite3.Connection) -> None:
    for statement in CORE_TABLES:
        conn.execute(statement)


def _sequence_index(conn: sqlite3.Connection) -> None:
    """Every insert asks MAX(seq); without an index that scans the whole table."""
    conn.execute("CREATE INDEX IF NOT EXISTS documents_seq ON documents(seq)")


def _entity_aliases(conn: sqlite3.Connection) -> None:
    """Names and aliases apart from the (large) mention lists, so name lookups stay cheap."""
    conn.execute("ALTER TABLE entities ADD COLUMN aliases TEXT NOT NULL DEFAULT '[]'")
    for entity_id, data in conn.execute("SELECT id, data FROM entities").fetchall():
        conn.execute("UPDATE entities SET aliases = json_extract(?, '$.aliases') WHERE id = ?", (data, entity_id))


def _story_indexes(conn: sqlite3.Connection) -> None:
    """What adding documents to a stored story looks up instead of recomputing it: each event's
    running totals and dates, its documents, person names by surname, entity mention counts.
    Filled by the next story build (an older store's story is rebuilt in full once)."""
    conn.execute("ALTER TABLE entities ADD COLUMN mention_count INTEGER NOT NULL DEFAULT 0")
    conn.execute("UPDATE entities SET mention_count = COALESCE(json_array_length(data, '$.mentions'), 0)")
    conn.execute("CREATE TABLE person_names (bucket TEXT NOT NULL, entity TEXT NOT NULL, PRIMARY KEY (bucket, entity))")
    conn.execute("""CREATE TABLE event_clusters (
        event TEXT PRIMARY KEY, range_start TEXT, range_end TEXT, state TEXT NOT NULL)""")
    conn.execute("CREATE TABLE event_documents (event TEXT NOT NULL, document TEXT NOT NULL, PRIMARY KEY (event, document))")
    conn.execute("CREATE INDEX event_documents_document ON event_documents(document)")
    conn.execute("INSERT OR IGNORE INTO event_documents (event, document)"
                 " SELECT e.id, source.value FROM events e, json_each(e.data, '$.sources') AS source")
    # first and last day of each event (its date, or its range), for --since/--until in SQL
    conn.execute("ALTER TABLE events ADD COLUMN first_day TEXT")
    conn.execute("ALTER TABLE events ADD COLUMN last_day TEXT")
    conn.execute("UPDATE events SET first_day = COALESCE(substr(date, 1, 10), json_extract(data, '$.date_range[0]')),"
                 " last_day = COALESCE(substr(date, 1, 10), json_extract(data, '$.date_range[1]'))")
    conn.execute("CREATE INDEX events_first_day ON events(first_day, last_day)")
    conn.execute("CREATE INDEX events_last_day ON events(last_day)")
    # the same days with each participant: the stored events new mentions of an actor can join
    conn.execute("ALTER TABLE event_participants ADD COLUMN first_day TEXT")
    conn.execute("ALTER TABLE event_participants ADD COLUMN last_day TEXT")
    conn.execute("ALTER TABLE event_participants ADD COLUMN sort_key TEXT")
    conn.execute("UPDATE event_participants SET (first_day, last_day, sort_key) ="
                 " (SELECT first_day, last_day, sort_key FROM events WHERE events.id = event_participants.event)")
    conn.execute("CREATE INDEX event_participants_days ON event_participants(entity, first_day, last_day)")
    conn.execute("CREATE INDEX event_participants_order ON event_participants(entity, sort_key)")
    # each entity's mentions in their own rows: adding documents appends rows instead of
    # rewriting the (long) mention lists of the most mentioned actors
    conn.execute("CREATE TABLE entity_mentions (entity TEXT NOT NULL, doc TEXT NOT NULL, start INTEGER NOT NULL,"
                 " end INTEGER NOT NULL)")
    conn.execute("CREATE INDEX entity_mentions_entity ON entity_mentions(entity)")
    conn.execute("INSERT INTO entity_mentions (entity, doc, start, end) SELECT e.id, json_extract(m.value, '$.doc'),"
                 " json_extract(m.value, '$.start'), json_extract(m.value, '$.end')"
                 " FROM entities e, json_each(e.data, '$.mentions') AS m")
    conn.execute("UPDATE entities SET data = json_remove(data, '$.mentions')")
    # names, aliases and surnames of entities, lower-cased: what a --speaker/--actor query looks up
    conn.execute("CREATE TABLE name_keys (key TEXT NOT NULL, entity TEXT NOT NULL, PRIMARY KEY (key, entity))")
    from storyline.store import entity_name_keys
    from storyline.model import Entity

    for entity_id, name, kind, aliases in conn.execute("SELECT id, name, type, aliases FROM entities").fetchall():
        entity = Entity(entity_id, name, kind, json.loads(aliases))
        conn.executemany("INSERT OR IGNORE INTO name_keys VALUES (?, ?)", [(k, entity_id) for k in entity_name_keys(entity)])
    conn.execute("CREATE INDEX quotes_speaker_order ON quotes(speaker, date IS NULL, date, document)")
    # the orders the timeline and quote listings page through
    conn.execute("CREATE INDEX events_order ON events(sort_key IS NULL, sort_key, id)")
    conn.execute("CREATE INDEX quotes_order ON quotes(date IS NULL, date, document)")


def _analysis_claims(conn: sqlite3.Connection) -> None:
    """Claims are found on the parse, so they are kept per document like event mentions; documents
    stored before this have none until re-ingested."""
    conn.execute("ALTER TABLE analyses ADD COLUMN claims TEXT NOT NULL DEFAULT '[]'")


def _published_reasons(conn: sqlite3.Connection) -> None:
    # the clues an inferred publication date or range rests on, as a JSON list of short strings
    conn.execute("ALTER TABLE documents ADD COLUMN published_reasons TEXT NOT NULL DEFAULT '[]'")
    # re-dating looks up an undated document's neighbours by the buckets it is in
    conn.execute("CREATE INDEX IF NOT EXISTS dedup_buckets_doc ON dedup_buckets(doc_id)")


MIGRATIONS: list[tuple[int, str, Callable[[sqlite3.Connection], None]]] = [
    (1, "core tables", _core_tables),
    (2, "dedup index tables", _dedup_tables),
    (3, "index on document sequence numbers", _sequence_index),
    (4, "entity aliases column", _entity_aliases),
    (5, "story indexes for incremental updates", _story_indexes),
    (6, "position claims in the per-document analyses", _analysis_claims),
    (7, "reasons for inferred publication dates", _published_reasons),
]


def latest_version() -> int:
    return MIGRATIONS[-1][0]


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the schema to the newest version; returns the version reached."""
    conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, name TEXT NOT NULL, applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')))")
    current = conn.execute("SELECT COALESCE(MAX(version), 0) FROM schema_version").fetchone()[0]
    for version, name, apply in MIGRATIONS:
        if version <= current:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            again = conn.execute("SELECT COALESCE(MAX(version), 0) FROM schema_version").fetchone()[0]
            if version > again:  # another process may have migrated meanwhile
                apply(conn)
                conn.execute("INSERT INTO schema_version (version, name) VALUES (?, ?)", (version, name))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        current = version
    return current
