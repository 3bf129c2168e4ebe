"""Every table of a store at the newest schema version, in one place.

A new store is created from these statements; an older store reaches the same tables through the
frozen migrations (`store.migrations`), and a test checks that both give the same schema. Change a
table here and add a migration that does the same to stored data, never edit a released one.
Columns appear in the order older stores have them (added columns last).
"""
from __future__ import annotations

# --- documents and their per-document analyses ------------------------------------------------

# What the story step reads of every document (its coverage: lengths and publication days; the
# undated documents it may date again), each from an index instead of the rows, whose texts make a
# full scan of `documents` read the whole store (7 s of a 15 s story addition at 100k documents).
V10_COVERAGE_INDEXES = [
    "CREATE INDEX documents_coverage ON documents(id, text_length, published, published_range)",
    "CREATE INDEX documents_undated ON documents(id, published, published_how, published_range, published_reasons)"
    " WHERE published IS NULL OR published_how = 'inferred'",
]

DOCUMENTS = [
    """CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        content_hash TEXT NOT NULL UNIQUE,
        source TEXT NOT NULL,
        title TEXT, outlet TEXT, author TEXT, url TEXT,
        published TEXT, published_range TEXT, published_how TEXT,
        text TEXT NOT NULL,
        removed TEXT NOT NULL DEFAULT '[]',
        seq INTEGER NOT NULL,
        ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
        -- the clues an inferred publication date or range rests on, as a JSON list of short strings
        published_reasons TEXT NOT NULL DEFAULT '[]',
        -- length(text), kept so the story's coverage reads an index instead of every text
        text_length INTEGER
    )""",
    "CREATE INDEX documents_published ON documents(published)",
    "CREATE INDEX documents_outlet ON documents(outlet)",
    "CREATE INDEX documents_seq ON documents(seq)",
    *V10_COVERAGE_INDEXES,
    # Raw content hashes: the same bytes twice are recognised before any cleaning.
    "CREATE TABLE raw_hashes (raw_hash TEXT PRIMARY KEY, document TEXT NOT NULL)",
    # Per-document NLP results, as JSON lists of the model's data classes.
    """CREATE TABLE analyses (
        document TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        mentions TEXT NOT NULL DEFAULT '[]',
        roles TEXT NOT NULL DEFAULT '[]',
        quotes TEXT NOT NULL DEFAULT '[]',
        timexes TEXT NOT NULL DEFAULT '[]',
        event_mentions TEXT NOT NULL DEFAULT '[]',
        claims TEXT NOT NULL DEFAULT '[]'
    )""",
    # Lines seen per outlet: the same line in several documents of one outlet is boilerplate.
    """CREATE TABLE outlet_lines (
        outlet TEXT NOT NULL, line TEXT NOT NULL, documents INTEGER NOT NULL DEFAULT 1,
        PRIMARY KEY (outlet, line)
    )""",
    # the outlet's boilerplate (lines of at least two of its documents) read by count, not by reading every line
    "CREATE INDEX outlet_lines_documents ON outlet_lines(outlet, documents)",
    # The original each copied document copies (the only place a document's copy_of is kept).
    """CREATE TABLE copy_links (
        document TEXT PRIMARY KEY, original TEXT NOT NULL, kind TEXT NOT NULL,
        score REAL NOT NULL, evidence TEXT NOT NULL DEFAULT '[]'
    )""",
    "CREATE INDEX copy_links_original ON copy_links(original)",
    # Full-text search over sentences (passages) with their offsets.
    """CREATE VIRTUAL TABLE passages USING fts5(
        text, document UNINDEXED, start UNINDEXED, end UNINDEXED, tokenize = 'porter unicode61'
    )""",
    # MiniLM vectors of the passages, made by the first search by meaning (`search.ensure_passage_vectors`).
    """CREATE TABLE passage_embeddings (
        document TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        embedding BLOB NOT NULL,
        PRIMARY KEY (document, start, end)
    )""",
]

# --- the near-duplicate index (`dedup.index.CopyIndex`, which also runs these on a bare connection) -

DEDUP = [
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
    "CREATE TABLE IF NOT EXISTS dedup_buckets (bucket INTEGER NOT NULL, doc_id TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS dedup_buckets_bucket ON dedup_buckets(bucket)",
    # re-dating looks up an undated document's neighbours by the buckets it is in
    "CREATE INDEX IF NOT EXISTS dedup_buckets_doc ON dedup_buckets(doc_id)",
    "CREATE TABLE IF NOT EXISTS dedup_sentences (doc_id TEXT PRIMARY KEY, sentences TEXT NOT NULL, embeddings BLOB)",
    # every copy relation the index found (a document may resemble several earlier ones)
    """CREATE TABLE IF NOT EXISTS dedup_links (
        doc_id TEXT NOT NULL,
        original_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        score REAL NOT NULL,
        evidence TEXT NOT NULL,
        PRIMARY KEY (doc_id, original_id)
    )""",
    "CREATE INDEX IF NOT EXISTS dedup_links_original ON dedup_links(original_id)",
    "CREATE TABLE IF NOT EXISTS dedup_stories (doc_id TEXT PRIMARY KEY, story_id TEXT NOT NULL)",
]

# --- the corpus-level story, rebuilt or extended from the analyses after each ingest ------------

STORY = [
    # names and aliases apart from the (large) mention lists, so name lookups stay cheap
    """CREATE TABLE entities (
        id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, data TEXT NOT NULL,
        aliases TEXT NOT NULL DEFAULT '[]', mention_count INTEGER NOT NULL DEFAULT 0
    )""",
    # each entity's mentions in their own rows: adding documents appends rows instead of
    # rewriting the long mention lists of the most mentioned actors
    "CREATE TABLE entity_mentions (entity TEXT NOT NULL, doc TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL)",
    "CREATE INDEX entity_mentions_entity_doc ON entity_mentions(entity, doc)",  # an entity's documents, counted in it
    # the story step reads the mentions of the documents it adds (`Store.entity_spans`)
    "CREATE INDEX entity_mentions_doc ON entity_mentions(doc)",
    # names, aliases and surnames of entities, lower-cased: what a --speaker/--actor query looks up
    "CREATE TABLE name_keys (key TEXT NOT NULL, entity TEXT NOT NULL, PRIMARY KEY (key, entity))",
    # people by the first letters of their surname and its transliteration key
    "CREATE TABLE person_names (bucket TEXT NOT NULL, entity TEXT NOT NULL, PRIMARY KEY (bucket, entity))",
    "CREATE TABLE quotes (id TEXT PRIMARY KEY, document TEXT NOT NULL, speaker TEXT, date TEXT, data TEXT NOT NULL)",
    "CREATE INDEX quotes_speaker ON quotes(speaker)",
    "CREATE INDEX quotes_document ON quotes(document)",
    "CREATE INDEX quotes_speaker_order ON quotes(speaker, date IS NULL, date, document)",
    "CREATE INDEX quotes_order ON quotes(date IS NULL, date, document)",
    # first and last day of each event (its date, or its range), for --since/--until in SQL
    """CREATE TABLE events (
        id TEXT PRIMARY KEY, date TEXT, sort_key TEXT, data TEXT NOT NULL, first_day TEXT, last_day TEXT,
        row_candidate INTEGER, row_floor REAL
    )""",
    "CREATE INDEX events_sort ON events(sort_key)",
    "CREATE INDEX events_first_day ON events(first_day, last_day)",
    "CREATE INDEX events_last_day ON events(last_day)",
    "CREATE INDEX events_order ON events(sort_key IS NULL, sort_key, id)",
    # the dated events that may be default-timeline rows (row_candidate: `story.timeline.may_be_row`, NULL when
    # written before it was kept), which the ranking reads instead of every event, best rank floor first
    # (row_floor: `story.timeline.rank_floor`), so it stops where no unread event can be a row
    "CREATE INDEX events_row_floor ON events(row_floor) WHERE first_day IS NOT NULL AND row_candidate IS NOT 0",
    "CREATE INDEX events_unmarked ON events(id) WHERE row_candidate IS NULL",  # those to be checked once
    # each event's running totals and dates, which adding documents continues
    "CREATE TABLE event_clusters (event TEXT PRIMARY KEY, range_start TEXT, range_end TEXT, state TEXT NOT NULL)",
    # the events' days again with each participant: the stored events new mentions of an actor can join
    """CREATE TABLE event_participants (
        event TEXT NOT NULL, entity TEXT NOT NULL, first_day TEXT, last_day TEXT, sort_key TEXT,
        PRIMARY KEY (event, entity)
    )""",
    "CREATE INDEX event_participants_entity ON event_participants(entity)",
    "CREATE INDEX event_participants_days ON event_participants(entity, first_day, last_day)",
    "CREATE INDEX event_participants_order ON event_participants(entity, sort_key)",
    "CREATE TABLE event_documents (event TEXT NOT NULL, document TEXT NOT NULL, PRIMARY KEY (event, document))",
    "CREATE INDEX event_documents_document ON event_documents(document)",
    "CREATE TABLE positions (actor TEXT NOT NULL, date TEXT, data TEXT NOT NULL)",
    "CREATE INDEX positions_actor ON positions(actor)",
    # what the stored story reflects (`story.build.STORY_MARKER`) and its format
    "CREATE TABLE story_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
]

SCHEMA_VERSION_TABLE = ("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, name TEXT NOT NULL,"
                        " applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')))")

STATEMENTS = DOCUMENTS + DEDUP + STORY

# The tables the story build rewrites in full.
STORY_TABLES = ("entities", "entity_mentions", "name_keys", "person_names", "quotes", "events", "event_clusters",
                "event_participants", "event_documents", "positions")
