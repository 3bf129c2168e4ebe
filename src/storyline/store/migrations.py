"""Schema versions, frozen: each migration is the SQL it ran when released (and, where it computed
values in Python, a copy of that computation as it was then), so changing today's code never changes
what a migration does. Each runs once, in order, inside one transaction. Never edit a released
migration; add a new one, and make `store.schema` (what a new store is created from) say the same.
"""
from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable
from typing import NamedTuple

from storyline.store import schema


class Migration(NamedTuple):
    version: int
    name: str
    statements: tuple[str, ...]
    fill: Callable[[sqlite3.Connection], None] | None = None  # frozen Python run after the statements


V1_CORE_TABLES = [
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

V2_DEDUP_TABLES = [
    """CREATE TABLE IF NOT EXISTS dedup_documents (
        doc_id TEXT PRIMARY KEY,
        seq INTEGER NOT NULL,
        content_hash TEXT NOT NULL,
        published TEXT,
        outlet TEXT,
        attributions INTEGER NOT NULL,
        n_sentences INTEGER NOT NULL,
        shingle_minhash BLOB NOT NULL,
        keyword_minhash BLOB NOT NULL
    )""",
    "CREATE INDEX IF NOT EXISTS dedup_documents_hash ON dedup_documents(content_hash)",
    "CREATE INDEX IF NOT EXISTS dedup_documents_seq ON dedup_documents(seq)",
    """CREATE TABLE IF NOT EXISTS dedup_buckets (
        bucket INTEGER NOT NULL,
        doc_id TEXT NOT NULL
    )""",
    "CREATE INDEX IF NOT EXISTS dedup_buckets_bucket ON dedup_buckets(bucket)",
    """CREATE TABLE IF NOT EXISTS dedup_sentences (
        doc_id TEXT PRIMARY KEY,
        sentences TEXT NOT NULL,
        embeddings BLOB
    )""",
    """CREATE TABLE IF NOT EXISTS dedup_links (
        doc_id TEXT NOT NULL,
        original_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        score REAL NOT NULL,
        evidence TEXT NOT NULL,
        PRIMARY KEY (doc_id, original_id)
    )""",
    "CREATE INDEX IF NOT EXISTS dedup_links_original ON dedup_links(original_id)",
    """CREATE TABLE IF NOT EXISTS dedup_stories (
        doc_id TEXT PRIMARY KEY,
        story_id TEXT NOT NULL
    )""",
]

# Every insert asks MAX(seq); without an index that scans the whole table.
V3_SEQUENCE_INDEX = ["CREATE INDEX IF NOT EXISTS documents_seq ON documents(seq)"]

# Names and aliases apart from the (large) mention lists, so name lookups stay cheap.
V4_ENTITY_ALIASES = [
    "ALTER TABLE entities ADD COLUMN aliases TEXT NOT NULL DEFAULT '[]'",
    "UPDATE entities SET aliases = json_extract(data, '$.aliases')",
]

# What adding documents to a stored story looks up instead of recomputing it: each event's running
# totals and dates, its documents, person names by surname, entity mention counts. Filled by the
# next story build (an older store's story is rebuilt in full once).
V5_STORY_INDEXES = [
    "ALTER TABLE entities ADD COLUMN mention_count INTEGER NOT NULL DEFAULT 0",
    "UPDATE entities SET mention_count = COALESCE(json_array_length(data, '$.mentions'), 0)",
    "CREATE TABLE person_names (bucket TEXT NOT NULL, entity TEXT NOT NULL, PRIMARY KEY (bucket, entity))",
    """CREATE TABLE event_clusters (
        event TEXT PRIMARY KEY, range_start TEXT, range_end TEXT, state TEXT NOT NULL)""",
    "CREATE TABLE event_documents (event TEXT NOT NULL, document TEXT NOT NULL, PRIMARY KEY (event, document))",
    "CREATE INDEX event_documents_document ON event_documents(document)",
    "INSERT OR IGNORE INTO event_documents (event, document)"
    " SELECT e.id, source.value FROM events e, json_each(e.data, '$.sources') AS source",
    # first and last day of each event (its date, or its range), for --since/--until in SQL
    "ALTER TABLE events ADD COLUMN first_day TEXT",
    "ALTER TABLE events ADD COLUMN last_day TEXT",
    "UPDATE events SET first_day = COALESCE(substr(date, 1, 10), json_extract(data, '$.date_range[0]')),"
    " last_day = COALESCE(substr(date, 1, 10), json_extract(data, '$.date_range[1]'))",
    "CREATE INDEX events_first_day ON events(first_day, last_day)",
    "CREATE INDEX events_last_day ON events(last_day)",
    # the same days with each participant: the stored events new mentions of an actor can join
    "ALTER TABLE event_participants ADD COLUMN first_day TEXT",
    "ALTER TABLE event_participants ADD COLUMN last_day TEXT",
    "ALTER TABLE event_participants ADD COLUMN sort_key TEXT",
    "UPDATE event_participants SET (first_day, last_day, sort_key) ="
    " (SELECT first_day, last_day, sort_key FROM events WHERE events.id = event_participants.event)",
    "CREATE INDEX event_participants_days ON event_participants(entity, first_day, last_day)",
    "CREATE INDEX event_participants_order ON event_participants(entity, sort_key)",
    # each entity's mentions in their own rows: adding documents appends rows instead of
    # rewriting the (long) mention lists of the most mentioned actors
    "CREATE TABLE entity_mentions (entity TEXT NOT NULL, doc TEXT NOT NULL, start INTEGER NOT NULL,"
    " end INTEGER NOT NULL)",
    "CREATE INDEX entity_mentions_entity ON entity_mentions(entity)",
    "INSERT INTO entity_mentions (entity, doc, start, end) SELECT e.id, json_extract(m.value, '$.doc'),"
    " json_extract(m.value, '$.start'), json_extract(m.value, '$.end')"
    " FROM entities e, json_each(e.data, '$.mentions') AS m",
    "UPDATE entities SET data = json_remove(data, '$.mentions')",
    # names, aliases and surnames of entities, lower-cased: what a --speaker/--actor query looks up
    "CREATE TABLE name_keys (key TEXT NOT NULL, entity TEXT NOT NULL, PRIMARY KEY (key, entity))",
    "CREATE INDEX quotes_speaker_order ON quotes(speaker, date IS NULL, date, document)",
    # the orders the timeline and quote listings page through
    "CREATE INDEX events_order ON events(sort_key IS NULL, sort_key, id)",
    "CREATE INDEX quotes_order ON quotes(date IS NULL, date, document)",
]

# The name rules of release 0.1 (nlp/entities.py, nlp/lexicon.py at 3d9edce), which filled name_keys.
V5_NAME_TITLES = frozenset("""
    president president-elect vice prime minister secretary senator sen. sen rep. rep gov. gov governor
    mayor gen. gen general adm. admiral dr. dr mr. mr mrs. mrs ms. ms sir lord lady king queen prince
    princess pope chancellor ambassador spokesman spokeswoman former late then-president judge justice
    """.split())
V5_NAME_SUFFIXES = frozenset("jr. jr sr. sr ii iii iv".split())
V5_POSSESSIVE = re.compile(r"['’`]s?$")
V5_INITIAL = re.compile(r"^[A-Z]\.$")


def _v5_strip_name(text: str) -> str:
    words = V5_POSSESSIVE.sub("", text.strip()).split()
    while len(words) > 1 and (words[0].lower() in V5_NAME_TITLES or words[0].lower() in ("the", "a", "an")):
        words.pop(0)
    return " ".join(words)


def _v5_surname(text: str) -> str:
    words = [w for w in _v5_strip_name(text).split() if not V5_INITIAL.match(w)]
    if len(words) > 1 and words[-1].lower() in V5_NAME_SUFFIXES:
        words.pop()
    return words[-1] if words else text


def _v5_name_keys(conn: sqlite3.Connection) -> None:
    """Each entity's lower-cased names, aliases and (people) surnames, as 0.1 computed them."""
    for entity_id, name, kind, aliases in conn.execute("SELECT id, name, type, aliases FROM entities").fetchall():
        names = [name, *json.loads(aliases)]
        keys = {_v5_strip_name(n).lower() for n in names}
        if kind == "PERSON":
            keys |= {_v5_surname(n).lower() for n in names}
        conn.executemany("INSERT OR IGNORE INTO name_keys VALUES (?, ?)", [(k, entity_id) for k in keys if k])


# Claims are found on the parse, so they are kept per document like event mentions; documents
# stored before this have none until re-ingested.
V6_ANALYSIS_CLAIMS = ["ALTER TABLE analyses ADD COLUMN claims TEXT NOT NULL DEFAULT '[]'"]

V7_PUBLISHED_REASONS = [
    # the clues an inferred publication date or range rests on, as a JSON list of short strings
    "ALTER TABLE documents ADD COLUMN published_reasons TEXT NOT NULL DEFAULT '[]'",
    # re-dating looks up an undated document's neighbours by the buckets it is in
    "CREATE INDEX IF NOT EXISTS dedup_buckets_doc ON dedup_buckets(doc_id)",
]

# Semantic search kept its vectors in a table it created itself on first use; now the schema has it.
V8_PASSAGE_EMBEDDINGS = [
    """CREATE TABLE IF NOT EXISTS passage_embeddings (
        document TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        embedding BLOB NOT NULL,
        PRIMARY KEY (document, start, end)
    )""",
]

# A copy relation was kept twice: documents.copy_of/copy_kind repeated copy_links (the index's
# dedup_links keeps every link found, copy_links the one each document copies). Now only copy_links.
V9_COPY_RELATION_ONCE = [
    # where the two disagreed (they never should), what the story read (documents) wins; every link
    # found stays in dedup_links
    "INSERT OR REPLACE INTO copy_links (document, original, kind, score, evidence)"
    " SELECT d.id, d.copy_of, COALESCE(d.copy_kind, l.kind, c.kind, 'rewrite'), COALESCE(l.score, c.score, 0),"
    " COALESCE(l.evidence, c.evidence, '[]') FROM documents d"
    " LEFT JOIN copy_links c ON c.document = d.id"
    " LEFT JOIN dedup_links l ON l.doc_id = d.id AND l.original_id = d.copy_of"
    " WHERE d.copy_of IS NOT NULL AND (c.document IS NULL OR c.original != d.copy_of OR c.kind IS NOT d.copy_kind)",
    "DROP INDEX IF EXISTS documents_copy_of",
    "ALTER TABLE documents DROP COLUMN copy_of",
    "ALTER TABLE documents DROP COLUMN copy_kind",
    "CREATE INDEX IF NOT EXISTS copy_links_original ON copy_links(original)",
]

# The story step's reads of every document's length and dates, from indexes (schema.V10_COVERAGE_INDEXES, frozen here).
V10_COVERAGE_INDEXES = [
    "ALTER TABLE documents ADD COLUMN text_length INTEGER",
    "UPDATE documents SET text_length = length(text)",
    "CREATE INDEX documents_coverage ON documents(id, text_length, published, published_range)",
    "CREATE INDEX documents_undated ON documents(id, published, published_how, published_range, published_reasons)"
    " WHERE published IS NULL OR published_how = 'inferred'",
]

# `Store.entity_spans` read the mentions of a batch's documents by scanning every mention (EXPLAIN
# QUERY PLAN: SCAN entity_mentions); an index on the document makes it a search.
V11_ENTITY_MENTIONS_BY_DOCUMENT = [
    "CREATE INDEX IF NOT EXISTS entity_mentions_doc ON entity_mentions(doc)",
]

# Ranking the default timeline read every dated event and ran the candidate checks that need only the
# event on each; their answer is kept with the event when it is written (NULL for events written before).
V12_EVENT_ROW_CANDIDATES = [
    "ALTER TABLE events ADD COLUMN row_candidate INTEGER",
    "CREATE INDEX events_row_candidates ON events(sort_key, id) WHERE first_day IS NOT NULL AND row_candidate IS NOT 0",
    "CREATE INDEX events_unmarked ON events(id) WHERE row_candidate IS NULL",  # those to be checked once
]

# Ranking the default timeline still read every dated event that may be a row; each keeps the best rank it can
# reach, and the ranking reads them best first and stops where no unread one can enter. Every event is marked
# again (with its floor) by the next story step. The central names counted each widespread entity's documents
# over every mention of the store; an index of each entity's documents serves the few widespread ones.
V13_EVENT_ROW_FLOORS = [
    "ALTER TABLE events ADD COLUMN row_floor REAL",
    "DROP INDEX IF EXISTS events_row_candidates",
    "CREATE INDEX events_row_floor ON events(row_floor) WHERE first_day IS NOT NULL AND row_candidate IS NOT 0",
    "UPDATE events SET row_candidate = NULL",
    "DROP INDEX IF EXISTS entity_mentions_entity",
    "CREATE INDEX entity_mentions_entity_doc ON entity_mentions(entity, doc)",
]
# The outlet's boilerplate is read before each document is cleaned again: the lines of at least two of its documents,
# found by count instead of by reading every line the outlet ever printed (11,172 rows, 6.5 ms a read, after 297
# Timeline17 Reuters articles; a read that grew with the store).
V14_OUTLET_LINE_COUNTS = [
    "CREATE INDEX outlet_lines_documents ON outlet_lines(outlet, documents)",
]

MIGRATIONS: list[Migration] = [
    Migration(1, "core tables", tuple(V1_CORE_TABLES)),
    Migration(2, "dedup index tables", tuple(V2_DEDUP_TABLES)),
    Migration(3, "index on document sequence numbers", tuple(V3_SEQUENCE_INDEX)),
    Migration(4, "entity aliases column", tuple(V4_ENTITY_ALIASES)),
    Migration(5, "story indexes for incremental updates", tuple(V5_STORY_INDEXES), _v5_name_keys),
    Migration(6, "position claims in the per-document analyses", tuple(V6_ANALYSIS_CLAIMS)),
    Migration(7, "reasons for inferred publication dates", tuple(V7_PUBLISHED_REASONS)),
    Migration(8, "passage embeddings table", tuple(V8_PASSAGE_EMBEDDINGS)),
    Migration(9, "copy relation kept once, in copy_links", tuple(V9_COPY_RELATION_ONCE)),
    Migration(10, "document lengths and dates the story reads, in indexes", tuple(V10_COVERAGE_INDEXES)),
    Migration(11, "entity mentions indexed by document", tuple(V11_ENTITY_MENTIONS_BY_DOCUMENT)),
    Migration(12, "whether each event may be a default-timeline row", tuple(V12_EVENT_ROW_CANDIDATES)),
    Migration(13, "the best default-timeline rank each event can reach; entity documents indexed",
              tuple(V13_EVENT_ROW_FLOORS)),
    Migration(14, "outlet lines indexed by how many documents hold them", tuple(V14_OUTLET_LINE_COUNTS)),
]


def latest_version() -> int:
    return MIGRATIONS[-1].version


def apply(conn: sqlite3.Connection, migration: Migration) -> None:
    for statement in migration.statements:
        conn.execute(statement)
    if migration.fill is not None:
        migration.fill(conn)


def migrate(conn: sqlite3.Connection, upgrade_only: bool = False) -> int:
    """Bring the schema to the newest version; returns the version reached. An empty file is
    created from `store.schema` in one step (unless `upgrade_only`: then every migration runs)."""
    conn.execute(schema.SCHEMA_VERSION_TABLE)
    current = conn.execute("SELECT COALESCE(MAX(version), 0) FROM schema_version").fetchone()[0]
    for migration in MIGRATIONS:
        if migration.version <= current:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            again = conn.execute("SELECT COALESCE(MAX(version), 0) FROM schema_version").fetchone()[0]
            new = again == 0 and not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'documents'").fetchone()
            if new and not upgrade_only:  # a new store: today's tables, every version recorded
                for statement in schema.STATEMENTS:
                    conn.execute(statement)
                conn.executemany("INSERT INTO schema_version (version, name) VALUES (?, ?)",
                                 [(m.version, m.name) for m in MIGRATIONS])
                conn.execute("COMMIT")
                return latest_version()
            if migration.version > again:  # another process may have migrated meanwhile
                apply(conn, migration)
                conn.execute("INSERT INTO schema_version (version, name) VALUES (?, ?)",
                             (migration.version, migration.name))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        current = migration.version
    return current
