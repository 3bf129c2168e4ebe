"""Reads of the store as contract-shaped records (../CONTRACT.md), in SQL with bound parameters.

Only what SQL can answer lives here: filters take entity ids, not names (which names mean which
entities is the entity linker's decision, `export.records.entity_ids_matching`), and records
come without what is read against the whole story (headline, salience: `export.records.framed`).
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from storyline.model import Entity, to_dict
from storyline.store import RANGE_LOOKBACK_DAYS, Store, days_before, document_from_row

DOCUMENT_COLUMNS = ("d.id, d.source, {text}, d.title, d.outlet, d.author, d.url, d.published, d.published_range,"
                    " d.published_how, d.published_reasons, {removed}, d.content_hash, c.original, c.kind")
# documents with their copy relation (kept in copy_links) and story cluster
DOCUMENT_TABLES = ("documents d LEFT JOIN copy_links c ON c.document = d.id"
                   " LEFT JOIN dedup_stories s ON s.doc_id = d.id")


def _page(limit: int | None, offset: int = 0) -> tuple[str, list[int]]:
    """A LIMIT/OFFSET clause and its bound values ("" when the whole listing is wanted)."""
    if limit is None and not offset:
        return "", []
    return " LIMIT ? OFFSET ?", [int(limit) if limit is not None else -1, max(0, int(offset))]


def _where(conditions: list[str]) -> str:
    return " WHERE " + " AND ".join(conditions) if conditions else ""


def _marks(values: list) -> str:
    return ",".join("?" * len(values))


def _filter_in(where: list[str], params: list, column: str, values: list | None) -> bool:
    """Adds `column IN (values)` to the conditions (no condition for None); False when `values`
    is empty, so that nothing can match and the caller need not ask."""
    if values is None:
        return True
    if not values:
        return False
    where.append(f"{column} IN ({_marks(values)})")
    params += values
    return True


# --- documents -------------------------------------------------------------------------------

def copied_document_ids(store: Store) -> set[str]:
    """The stored documents that copy another."""
    return {row[0] for row in store.conn.execute(
        "SELECT c.document FROM copy_links c JOIN documents d ON d.id = c.document WHERE c.original IS NOT NULL")}


def document_label(store: Store, doc_id: str, prefix_chars: int = 480) -> dict[str, Any]:
    """Title, outlet, date, address, source and the text's first characters of one document ({} if unknown)."""
    row = store.conn.execute("SELECT title, outlet, published, url, source, substr(text, 1, ?)"
                             " FROM documents WHERE id = ?", (prefix_chars, doc_id)).fetchone()
    if row is None:
        return {}
    return dict(zip(("title", "outlet", "published", "url", "source", "text"), row), id=doc_id)


def publication_span(store: Store) -> tuple[str | None, str | None]:
    """The earliest and latest publication dates stored."""
    return store.conn.execute(
        "SELECT MIN(published), MAX(published) FROM documents WHERE published IS NOT NULL AND published != ''").fetchone()


def table_counts(store: Store) -> dict[str, int]:
    """How many quotes, people (PERSON entities) and positions the story holds."""
    row = store.conn.execute("SELECT (SELECT count(*) FROM quotes),"
                             " (SELECT count(*) FROM entities WHERE type = 'PERSON'),"
                             " (SELECT count(*) FROM positions)").fetchone()
    return dict(zip(("quotes", "people", "positions"), row))

def document_record(doc, story: str | None) -> dict[str, Any]:
    record = to_dict(doc)
    record.pop("content_hash", None)
    record["story"] = story
    return record


def document_records(store: Store, ids: list[str] | None = None) -> list[dict[str, Any]]:
    """Contract fields plus `url`, `author` and `story` (the story cluster the document joined)."""
    if ids is None:
        return list(iter_documents(store))
    stories = dict(store.select_in("SELECT doc_id, story_id FROM dedup_stories WHERE doc_id IN ({})", ids))
    return [document_record(doc, stories.get(doc.id)) for doc in store.documents(ids)]


def iter_documents(store: Store, with_text: bool = True) -> Iterator[dict[str, Any]]:
    """Every document in stored order, read one row at a time (an export of any size in constant memory)."""
    columns = DOCUMENT_COLUMNS.format(text="d.text" if with_text else "''", removed="d.removed")
    rows = store.conn.execute(
        f"SELECT {columns}, s.story_id FROM {DOCUMENT_TABLES} ORDER BY d.seq")
    for row in rows:
        record = document_record(document_from_row(row[:-1]), row[-1])
        if not with_text:
            del record["text"], record["removed"]
        yield record


def keyed_documents(store: Store, outlet: str | None = None, limit: int | None = None,
                    after: list | None = None) -> Iterator[tuple[dict[str, Any], list]]:
    """(document with its first 480 characters as `text` and its `length`, key [seq]) in stored
    order; keyset paging."""
    where, params = [], []
    if outlet:
        where.append("lower(d.outlet) = lower(?)")
        params.append(outlet)
    if after:
        where.append("d.seq > ?")
        params.append(after[0])
    page, page_params = _page(limit)
    columns = DOCUMENT_COLUMNS.format(text="substr(d.text, 1, 480)", removed="'[]'")
    rows = store.conn.execute(
        f"SELECT {columns}, s.story_id, d.seq, length(d.text) FROM {DOCUMENT_TABLES}{_where(where)} ORDER BY d.seq{page}",
        params + page_params).fetchall()
    for row in rows:
        record = document_record(document_from_row(row[:15]), row[15])
        del record["removed"]
        record["length"] = row[17]
        yield record, [row[16]]


def document_labels(store: Store, ids: list[str]) -> dict[str, dict[str, Any]]:
    """Id -> source, outlet, title and date of the given documents, without their text."""
    rows = store.select_in("SELECT id, source, outlet, title, published FROM documents WHERE id IN ({})",
                           sorted(set(ids)))
    return {doc: {"id": doc, "source": source, "outlet": outlet, "title": title, "published": published}
            for doc, source, outlet, title, published in rows}


def text_spans(store: Store, spans: list[tuple[str, int, int]]) -> list[str | None]:
    """The text of each (document, start, end), None where the document is not stored."""
    found = []
    for doc, start, end in spans:
        row = store.conn.execute("SELECT substr(text, ?, ?) FROM documents WHERE id = ?",
                                 (start + 1, end - start, doc)).fetchone()
        found.append(row[0] if row else None)
    return found


def leads(store: Store, ids: list[str], chars: int) -> dict[str, str]:
    """The first `chars` characters of each document's text."""
    return dict(store.select_in("SELECT id, substr(text, 1, ?) FROM documents WHERE id IN ({})", ids, prefix=[chars]))


def outlets(store: Store) -> list[str]:
    return [row[0] for row in store.conn.execute(
        "SELECT DISTINCT outlet FROM documents WHERE outlet IS NOT NULL ORDER BY outlet")]


def coverage(store: Store) -> tuple[str | None, str | None, int, dict[str, int]]:
    """First and last publication day, document count and each document's length."""
    first, last, count = store.conn.execute(
        "SELECT MIN(COALESCE(substr(published, 1, 10), json_extract(published_range, '$[0]'))),"
        " MAX(COALESCE(substr(published, 1, 10), json_extract(published_range, '$[1]'))), COUNT(*) FROM documents").fetchone()
    lengths = dict(store.conn.execute("SELECT id, text_length FROM documents").fetchall())  # documents_coverage
    return first, last, count, lengths


def days_named_until(store: Store, how: tuple[str, ...]) -> dict[str, str]:
    """Each day the documents dated as `how` says name (a DATE or TIME valued to the day) -> the
    last publication day of those naming it."""
    rows = store.conn.execute(
        "SELECT substr(json_extract(t.value, '$.value'), 1, 10) AS day, MAX(substr(d.published, 1, 10))"
        " FROM documents d JOIN analyses a ON a.document = d.id, json_each(a.timexes) t"
        f" WHERE d.published IS NOT NULL AND d.published_how IN ({_marks(list(how))})"
        " AND json_extract(t.value, '$.type') IN ('DATE', 'TIME')"
        " AND json_extract(t.value, '$.value') GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'"
        " GROUP BY day", list(how)).fetchall()
    return dict(rows)


def days_named_at(store: Store, how: tuple[str, ...]) -> list[tuple[str, str, int]]:
    """(document, day, offset of the expression) for each day on or before its publication that a
    document dated as `how` says names (a DATE or TIME valued to the day), in storing order."""
    return store.conn.execute(
        "SELECT d.id, substr(json_extract(t.value, '$.value'), 1, 10), json_extract(t.value, '$.start')"
        " FROM documents d JOIN analyses a ON a.document = d.id, json_each(a.timexes) t"
        f" WHERE d.published IS NOT NULL AND d.published_how IN ({_marks(list(how))})"
        " AND json_extract(t.value, '$.type') IN ('DATE', 'TIME')"
        " AND json_extract(t.value, '$.value') GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'"
        " AND substr(json_extract(t.value, '$.value'), 1, 10) <= substr(d.published, 1, 10)"
        " ORDER BY d.seq, json_extract(t.value, '$.start')", list(how)).fetchall()


def undated_holding(store: Store, fragments: tuple[str, ...]) -> list[str]:
    """Ids of documents without a date of their own whose text holds one of `fragments` (any case)."""
    holds = " OR ".join("instr(lower(text), ?) > 0" for _ in fragments)
    return [row[0] for row in store.conn.execute(
        f"SELECT id FROM documents WHERE (published IS NULL OR published_how = 'inferred') AND ({holds})",
        [fragment.lower() for fragment in fragments])]


def latest_named_days(store: Store, how: tuple[str, ...], limit: int = 1000) -> list[tuple[str, str]]:
    """(publication day, the latest day on or before it that the text names with its month and day,
    written out or without its year) of those of the `limit` latest documents dated as `how` says
    that name such a day (a bounded read however large the store), the latest first."""
    return store.conn.execute(
        "SELECT substr(d.published, 1, 10) AS day, MAX(substr(json_extract(t.value, '$.value'), 1, 10))"
        " FROM (SELECT id, published, seq FROM documents"
        f"       WHERE published IS NOT NULL AND published_how IN ({_marks(list(how))}) ORDER BY seq DESC LIMIT ?) d"
        " JOIN analyses a ON a.document = d.id, json_each(a.timexes) t"
        " WHERE json_extract(t.value, '$.type') IN ('DATE', 'TIME')"
        " AND json_extract(t.value, '$.value') GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'"
        " AND substr(json_extract(t.value, '$.value'), 1, 10) <= substr(d.published, 1, 10)"
        " AND (json_extract(json_extract(t.value, '$.rule'), '$.v') IS NOT NULL"
        "      OR json_extract(json_extract(t.value, '$.rule'), '$.k') = 'md')"
        " GROUP BY d.id ORDER BY d.seq DESC", [*how, limit]).fetchall()


def widespread_entities(store: Store, share: float) -> list[tuple[str, str, list[str], int]]:
    """(id, name, aliases, documents naming it) of the entities named in at least `share` of the
    documents: the story's central parties and places, which an on-story happening names."""
    count = store.conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    # an entity named in that many documents has at least that many mentions (`mention_count`, kept with it):
    # only those entities' documents are counted (in the index entity_mentions_entity_doc), not every mention's
    rows = store.conn.execute(
        "SELECT * FROM (SELECT e.id, e.name, e.aliases, (SELECT COUNT(DISTINCT m.doc) FROM entity_mentions m"
        " WHERE m.entity = e.id) AS docs FROM entities e WHERE e.mention_count >= :least) WHERE docs >= :least",
        {"least": max(1.0, share * count)}).fetchall()
    return [(entity, name, json.loads(aliases or "[]"), docs) for entity, name, aliases, docs in rows]


WORD_COUNT_SAMPLE = 400  # documents read for the story's central terms: words in a large share of them


def document_word_counts(store: Store, sample: int = WORD_COUNT_SAMPLE) -> tuple[int, dict[str, int]]:
    """How many documents were read, and in how many of them each lower-case word occurs (read once
    per ranking of the default timeline, for the story's central terms). A store of more than
    `sample` documents is read at `sample` documents spread evenly over the storing order: a word in
    three fifths of the story shows as such in them, and every addition to a large store would
    otherwise read all its texts again."""
    ids = [doc for (doc,) in store.conn.execute("SELECT id FROM documents ORDER BY seq")]
    if len(ids) > sample:
        ids = [ids[len(ids) * n // sample] for n in range(sample)]
    counts: dict[str, int] = {}
    for (text,) in store.select_in("SELECT text FROM documents WHERE id IN ({})", ids):
        for word in set(re.findall(r"\b[a-z][a-z0-9-]+\b", (text or "").lower())):
            counts[word] = counts.get(word, 0) + 1
    return len(ids), counts


def publication_days(store: Store) -> dict[str, str]:
    """Each dated document's publication day (an undated one's range by its last day)."""
    return dict(store.conn.execute(
        "SELECT id, COALESCE(substr(published, 1, 10), json_extract(published_range, '$[1]')) FROM documents"
        " WHERE published IS NOT NULL OR published_range IS NOT NULL").fetchall())


def dated_span(store: Store, how: tuple[str, ...]) -> tuple[str, str, int] | None:
    """First and last publication day of the documents whose date came about as `how` says
    (e.g. from their source), and how many there are; None when there are none."""
    first, last, count = store.conn.execute(
        f"SELECT MIN(substr(published, 1, 10)), MAX(substr(published, 1, 10)), COUNT(*) FROM documents"
        f" WHERE published IS NOT NULL AND published_how IN ({_marks(list(how))})", list(how)).fetchone()
    return (first, last, count) if count else None


def undated_resting_on(store: Store, reason_start: str, containing: tuple[str, ...] = ()) -> list[str]:
    """Ids of documents without a date of their own whose inferred range is missing or rests on a
    clue whose reason starts with `reason_start` (or holds one of the `containing` fragments)."""
    others = "".join(" OR instr(value, ?) > 0" for _ in containing)
    rows = store.conn.execute(
        "SELECT id FROM documents WHERE (published IS NULL OR published_how = 'inferred') AND (published_range IS NULL"
        f" OR EXISTS (SELECT 1 FROM json_each(published_reasons) WHERE substr(value, 1, ?) = ?{others}))",
        [len(reason_start), reason_start, *containing]).fetchall()
    return [row[0] for row in rows]


def undated_spanning(store: Store, first: str, last: str) -> list[str]:
    """Ids of documents without a date of their own whose inferred range holds every day from `first` to
    `last` (ISO days): a new span of the story's dated coverage may now bound them."""
    rows = store.conn.execute(
        "SELECT id FROM documents WHERE published_how = 'inferred' AND published_range IS NOT NULL"
        " AND substr(json_extract(published_range, '$[0]'), 1, 10) <= ? AND substr(json_extract(published_range, '$[1]'), 1, 10) >= ?",
        [first, last]).fetchall()
    return [row[0] for row in rows]


# --- entities --------------------------------------------------------------------------------

def _mentions(store: Store, entity_id: str) -> list[dict[str, Any]]:
    return [{"doc": doc, "start": start, "end": end} for doc, start, end in store.conn.execute(
        "SELECT doc, start, end FROM entity_mentions WHERE entity = ? ORDER BY rowid", (entity_id,))]


def entity_records(store: Store) -> list[dict[str, Any]]:
    """Every entity with its mentions (kept apart in entity_mentions), by name."""
    return sorted(iter_entities(store), key=lambda record: record["name"])


def iter_entities(store: Store, by_mentions: bool = False) -> Iterator[dict[str, Any]]:
    """Every entity with its mentions, by id (or most mentioned first), one at a time: entities
    by id are merged with mentions walked by the (entity) index; otherwise looked up per entity."""
    if by_mentions:
        for (data,) in store.conn.execute("SELECT data FROM entities ORDER BY mention_count DESC, name, id"):
            record = json.loads(data)
            record["mentions"] = _mentions(store, record["id"])
            yield record
        return
    mentions = store.conn.execute("SELECT entity, doc, start, end FROM entity_mentions ORDER BY entity, rowid")
    pending = next(mentions, None)
    for (data,) in store.conn.execute("SELECT data FROM entities ORDER BY id"):
        record = json.loads(data)
        record["mentions"] = []
        while pending is not None and pending[0] < record["id"]:
            pending = next(mentions, None)
        while pending is not None and pending[0] == record["id"]:
            record["mentions"].append({"doc": pending[1], "start": pending[2], "end": pending[3]})
            pending = next(mentions, None)
        yield record


def entity_record(store: Store, entity_id: str) -> dict[str, Any] | None:
    row = store.conn.execute("SELECT data FROM entities WHERE id = ?", (entity_id,)).fetchone()
    if row is None:
        return None
    record = json.loads(row[0])
    record["mentions"] = _mentions(store, entity_id)
    return record


def entities_named(store: Store, key: str, surname_bucket: str | None = None) -> list[Entity]:
    """Entities (names and aliases only) with the name key `key`, and, given a bucket, people
    whose surname falls in it."""
    sql = "SELECT id, name, type, aliases FROM entities WHERE id IN (SELECT entity FROM name_keys WHERE key = ?"
    params = [key]
    if surname_bucket is not None:
        sql += " UNION SELECT entity FROM person_names WHERE bucket = ?"
        params.append(surname_bucket)
    return [Entity(entity_id, name, kind, json.loads(aliases))
            for entity_id, name, kind, aliases in store.conn.execute(sql + ")", params).fetchall()]


def person_roles(store: Store) -> dict[str, list[str]]:
    """Person id -> the roles the texts give them ("strategist", "former labor secretary"), for
    the people given any: who a speaker is tells whether their words are a party's act."""
    found = {}
    for entity_id, data in store.conn.execute("SELECT id, data FROM entities WHERE type = 'PERSON' AND data LIKE '%\"role\"%'"):
        roles = [held["role"] for held in json.loads(data).get("roles") or [] if held.get("role")]
        if roles:
            found[entity_id] = roles
    return found


def documents_naming(store: Store, ids: list[str], chunk: int = 900) -> dict[str, frozenset[str]]:
    """The documents each of the given entities is mentioned in."""
    found: dict[str, set[str]] = {}
    for first in range(0, len(ids), chunk):
        part = ids[first:first + chunk]
        for entity, doc in store.conn.execute(
                f"SELECT DISTINCT entity, doc FROM entity_mentions WHERE entity IN ({_marks(part)})", part):
            found.setdefault(entity, set()).add(doc)
    return {entity: frozenset(docs) for entity, docs in found.items()}


def entity_names(store: Store, ids: list[str] | None = None) -> dict[str, str]:
    """Entity id -> name, without reading mention lists."""
    if ids is None:
        return dict(store.conn.execute("SELECT id, name FROM entities").fetchall())
    return dict(store.select_in("SELECT id, name FROM entities WHERE id IN ({})", sorted(set(ids))))


def quote_and_position_counts(store: Store, ids: list[str]) -> tuple[dict[str, int], dict[str, int]]:
    """Per entity id: how many quotes it is the speaker of, how many positions it holds."""
    quotes = dict(store.select_in("SELECT speaker, COUNT(*) FROM quotes WHERE speaker IN ({}) GROUP BY speaker", ids))
    positions = dict(store.select_in("SELECT actor, COUNT(*) FROM positions WHERE actor IN ({}) GROUP BY actor", ids))
    return quotes, positions


def keyed_actors(store: Store, entity_type: str | None = None, limit: int | None = None,
                 after: list | None = None) -> Iterator[tuple[dict[str, Any], list]]:
    """(entity with its `mention_count`, key [mention_count, name, id]), most mentioned first; keyset
    paging. Mentions stay out: a page of the most mentioned actors would carry thousands of spans
    each (`entity_record` gives one actor's)."""
    where, params = [], []
    if entity_type:
        where.append("type = ?")
        params.append(entity_type)
    if after:
        count, name, entity_id = after
        where.append("(mention_count < ? OR (mention_count = ? AND (name > ? OR (name = ? AND id > ?))))")
        params += [count, count, name, name, entity_id]
    page, page_params = _page(limit)
    sql = f"SELECT data, mention_count, name, id FROM entities{_where(where)} ORDER BY mention_count DESC, name, id{page}"
    for data, count, name, entity_id in store.conn.execute(sql, params + page_params).fetchall():
        record = json.loads(data)
        record.pop("mentions", None)
        record["mention_count"] = count
        yield record, [count, name, entity_id]


# --- quotes ----------------------------------------------------------------------------------

def keyed_quotes(store: Store, speaker_ids: list[str] | None = None, about: str | None = None,
                 limit: int | None = None, offset: int = 0, after: list | None = None,
                 statements_only: bool = False) -> Iterator[tuple[dict[str, Any], list]]:
    """(quote, its key) oldest first; `speaker_ids`: only theirs; `after` a key: the quotes after
    that one (keyset paging); `statements_only`: only statements of a known speaker (a quote
    stored before the mark was made counts as one)."""
    where, params = [], []
    if not _filter_in(where, params, "speaker", speaker_ids):
        return iter(())
    if statements_only:
        where.append(STATEMENT_FILTER)
    if about:
        where.append("instr(lower(json_extract(data, '$.text')), ?) > 0")
        params.append(about.lower())
    if after:
        date, document, rowid = after
        if date is None:
            where.append("(date IS NULL AND (document > ? OR (document = ? AND rowid > ?)))")
            params += [document, document, rowid]
        else:
            where.append("(date IS NULL OR date > ? OR (date = ? AND (document > ? OR (document = ? AND rowid > ?))))")
            params += [date, date, document, document, rowid]
    order = "date IS NULL, date, document, rowid"
    if limit is None and not offset:
        sql = f"SELECT data, date, document, rowid FROM quotes{_where(where)} ORDER BY {order}"
    else:  # the page's rows are chosen (from the indexes) before any quote record is read
        page, page_params = _page(limit, offset)
        chosen = f"SELECT rowid FROM quotes{_where(where)} ORDER BY {order}{page}"
        sql = f"SELECT data, date, document, rowid FROM quotes WHERE rowid IN ({chosen}) ORDER BY {order}"
        params += page_params
    return ((json.loads(data), [date, document, rowid]) for data, date, document, rowid in store.conn.execute(sql, params))


def quotes_in_documents(store: Store, document_ids: list[str]) -> list[dict[str, Any]]:
    rows = store.select_in("SELECT data FROM quotes WHERE document IN ({})", sorted(set(document_ids)))
    return sorted((json.loads(row[0]) for row in rows), key=lambda q: (q["doc"], q["start"]))


TIMELINE_ORDER = "sort_key IS NULL, sort_key, id"  # the order of the `events_order` index (store/schema.py)
STATEMENT_FILTER = "coalesce(json_extract(data, '$.statement'), 1)"


def quotes_by_speaker(store: Store, entity_id: str) -> list[dict[str, Any]]:
    rows = store.conn.execute("SELECT data FROM quotes WHERE speaker = ? ORDER BY date IS NULL, date, document",
                              (entity_id,))
    return [json.loads(row[0]) for row in rows]


# --- events ----------------------------------------------------------------------------------

def keyed_events(store: Store, actor_ids: list[str] | None = None, since: str | None = None,
                 until: str | None = None, dated_only: bool = False, limit: int | None = None,
                 offset: int = 0, after: list | None = None) -> Iterator[tuple[dict[str, Any], list]]:
    """(event, its key [sort_key, id]); `after` a key: the events after that one (keyset paging).

    Events in timeline order (oldest first); `actor_ids`: only events they take part in;
    `since`/`until` compare ISO dates, ranges overlap; `limit`/`offset` page through them in SQL.
    The page is chosen from indexes (an actor's through `event_participants`, which repeats each
    event's days and sort key) before any record is read."""
    if actor_ids is not None and not actor_ids:
        return iter(())
    key = "e.event" if actor_ids else "e.id"
    where, params = [], []
    order = f"e.sort_key IS NULL, e.sort_key, {key}"
    if dated_only or since or until:
        where.append("e.first_day IS NOT NULL")
        order = f"e.sort_key, {key}"  # every dated event has a sort key: the index order as it is
    if since or until:
        # an index range on the first day: events dated in the window, or ranged into it from at
        # most a year before (a vaguer range is left out of date-bounded listings)
        where.append("e.first_day BETWEEN ? AND ? AND e.last_day >= ?")
        params += [(days_before(since, RANGE_LOOKBACK_DAYS) or "") if since else "",
                   until[:10] if until else "9999", since[:10] if since else ""]
        if not actor_ids:
            order = f"e.first_day, e.sort_key, {key}"  # the same order (sort keys start with the first day)
    if after:
        sort_key, event_id = after
        if sort_key is None:
            where.append(f"(e.sort_key IS NULL AND {key} > ?)")
            params += [event_id]
        else:
            where.append(f"(e.sort_key IS NULL OR e.sort_key > ? OR (e.sort_key = ? AND {key} > ?))")
            params += [sort_key, sort_key, event_id]
    page, page_params = _page(limit, offset)
    if actor_ids:
        # one index walk per entity id, each stopping after the page, then merged: a name that
        # means several people ("Trump") never sorts all their events
        arm_page, arm_params = _page(offset + limit, 0) if limit is not None else ("", [])
        arm = (f"SELECT * FROM (SELECT e.event, e.sort_key, e.first_day FROM event_participants e WHERE e.entity = ?"
               f"{''.join(' AND ' + c for c in where)} ORDER BY {order}{arm_page})")
        chosen = (f"SELECT DISTINCT event AS chosen, sort_key, first_day FROM ({' UNION ALL '.join([arm] * len(actor_ids))})"
                  f" AS e ORDER BY {order}{page}")
        params = [value for entity_id in actor_ids for value in (entity_id, *params, *arm_params)] + page_params
    else:
        chosen = f"SELECT {key} AS chosen, e.sort_key, e.first_day FROM events e{_where(where)} ORDER BY {order}{page}"
        params += page_params
    sql = (f"SELECT data, sort_key, id FROM events WHERE id IN (SELECT chosen FROM ({chosen}))"
           f" ORDER BY {TIMELINE_ORDER}")
    if not (actor_ids or since or until or dated_only or limit is not None or offset or after):
        sql, params = f"SELECT data, sort_key, id FROM events ORDER BY {TIMELINE_ORDER}", []  # walk the index
    return ((json.loads(data), [sort_key, event_id]) for data, sort_key, event_id in store.conn.execute(sql, params))


def row_candidate_events(store: Store) -> Iterator[tuple[dict[str, Any], bool | None, float | None]]:
    """(event, whether it may be a default-timeline row, None when not recorded, its rank floor): the
    dated events but those recorded as no candidate, through the partial index `events_row_floor`, those
    without a floor first, then the best floor first (read lazily: the ranking stops early)."""
    rows = store.conn.execute("SELECT data, row_candidate, row_floor FROM events INDEXED BY events_row_floor"
                              " WHERE first_day IS NOT NULL AND row_candidate IS NOT 0 ORDER BY row_floor")
    return ((json.loads(data), None if flag is None else bool(flag), floor) for data, flag, floor in rows)


def event_record(store: Store, event_id: str) -> dict[str, Any] | None:
    row = store.conn.execute("SELECT data FROM events WHERE id = ?", (event_id,)).fetchone()
    return json.loads(row[0]) if row else None


def event_data(store: Store, ids: list[str]) -> list[dict[str, Any]]:
    """The events of `ids`, in no particular order."""
    return [json.loads(row[0]) for row in store.select_in("SELECT data FROM events WHERE id IN ({})", ids)]


def _events_linked(store: Store, link_table: str, link_column: str, value: str) -> list[dict[str, Any]]:
    """Events a link table ties to `value` (`link_table.link_column = value`), in timeline order."""
    rows = store.conn.execute(
        f"SELECT data FROM events WHERE id IN (SELECT event FROM {link_table} WHERE {link_column} = ?)"
        f" ORDER BY {TIMELINE_ORDER}", (value,))
    return [json.loads(row[0]) for row in rows]


def events_in_document(store: Store, document_id: str) -> list[dict[str, Any]]:
    """Events with a mention or a source in the document, in timeline order."""
    return _events_linked(store, "event_documents", "document", document_id)


def events_with_participant(store: Store, entity_id: str) -> list[dict[str, Any]]:
    """Events the entity takes part in, in timeline order."""
    return _events_linked(store, "event_participants", "entity", entity_id)


# --- positions -------------------------------------------------------------------------------

# The positions ledger's order: actor, issue as a reader sorts it (case aside: 'Apple boycott' among the a's, not
# before every lower-case issue), the position's `step` in the chain its `previous` links make
# (an earlier stance just before the statement that mentions it); stores written before `step` (-1 for all)
# by day (a range by its start; undated last), undated before dated.
POSITION_ORDER = ("actor, lower(json_extract(data, '$.topic')), COALESCE(json_extract(data, '$.step'), -1),"
                  " COALESCE(date, json_extract(data, '$.date_range[0]'), json_extract(data, '$.date_range[1]'),"
                  " '9999'), date IS NOT NULL, rowid")


LISTED_POSITION = "coalesce(json_extract(data, '$.listed'), 1) = 1"  # stores before the listing rule list all


def keyed_positions(store: Store, actor_ids: list[str] | None = None, limit: int | None = None,
                    after: list | None = None, listed_only: bool = False) -> Iterator[tuple[dict[str, Any], list]]:
    """(position, its key: the POSITION_ORDER values) in ledger order; `after` a key: keyset paging;
    `listed_only`: the positions listed by default (story.positions.takes_a_stance)."""
    where, params = [], []
    if not _filter_in(where, params, "actor", actor_ids):
        return iter(())
    if listed_only:
        where.append(LISTED_POSITION)
    if after:
        where.append(f"({POSITION_ORDER}) > ({_marks(after)})")
        params += list(after)
    page, page_params = _page(limit)
    sql = f"SELECT data, {POSITION_ORDER} FROM positions{_where(where)} ORDER BY {POSITION_ORDER}{page}"
    return ((json.loads(row[0]), list(row[1:])) for row in store.conn.execute(sql, params + page_params))


def actors_with_positions(store: Store) -> list[str]:
    return [row[0] for row in store.conn.execute("SELECT DISTINCT actor FROM positions")]


def positions_of(store: Store, entity_id: str, listed_only: bool = False) -> list[dict[str, Any]]:
    """One actor's positions in ledger order (the web actor page)."""
    return [position for position, _ in keyed_positions(store, [entity_id], listed_only=listed_only)]


# --- time expressions and copies ---------------------------------------------------------------

def timex_records(store: Store) -> list[dict[str, Any]]:
    return list(iter_timexes(store))


def iter_timexes(store: Store) -> Iterator[dict[str, Any]]:
    for _, data in store.conn.execute("SELECT document, timexes FROM analyses ORDER BY document"):
        for timex in json.loads(data):
            yield {key: timex.get(key) for key in ("doc", "start", "end", "text", "value", "anchor", "type")}


def copy_link_records(store: Store) -> list[dict[str, Any]]:
    return list(iter_copy_links(store))


def copy_links_of(store: Store, ids: list[str]) -> dict[str, dict[str, Any]]:
    """Document id -> the original it copies, how, and the score, for those of `ids` that copy one."""
    return {doc: {"original": original, "kind": kind, "score": score} for doc, original, kind, score in store.select_in(
        "SELECT document, original, kind, score FROM copy_links WHERE document IN ({})", ids)}


def iter_copy_links(store: Store) -> Iterator[dict[str, Any]]:
    for doc, original, kind, score, evidence in store.conn.execute(
            "SELECT document, original, kind, score, evidence FROM copy_links ORDER BY document"):
        yield {"doc": doc, "original": original, "kind": kind, "score": score, "evidence": json.loads(evidence)}


# --- full-text search ------------------------------------------------------------------------

# Words too common to narrow a search (and costly to rank: they match most passages).
SEARCH_STOPWORDS = frozenset("""a an and are as at be been but by for from had has have he her his i in is it its
of on or our she that the their them they this to was we were what when which who will with would you""".split())
# Passages a word may match before search counts it as common and reads only the newest of them.
COMMON_TERM = 500
SEARCH_TOKENIZER = "porter unicode61"  # the passages table's (store/schema.py)
# A document's publication day, or the first and last day of its inferred range.
EARLIEST_DAY = "COALESCE(substr(d.published, 1, 10), json_extract(d.published_range, '$[0]'))"
LATEST_DAY = "COALESCE(substr(d.published, 1, 10), json_extract(d.published_range, '$[1]'))"
# The actors' mentions, read once; a passage `m` (id, document, start, end) is kept when one lies
# in it. A join (SQLite indexes the passages by document for it), not a lookup per passage.
ACTOR_SPANS = "actor_spans AS MATERIALIZED (SELECT doc, start, end FROM entity_mentions WHERE entity IN ({marks}))"
ACTOR_IN_PASSAGE = ("m.id IN (SELECT o.id FROM m o JOIN actor_spans a"
                    " ON a.doc = o.document AND a.start < o.end AND o.start < a.end)")


def search_terms(query: str) -> list[str]:
    """The query's words for the match: function words left out unless nothing else is left."""
    words = [term for term in query.replace('"', " ").split() if term]
    content = [word for word in words if word.lower() not in SEARCH_STOPWORDS]
    return list(dict.fromkeys(content or words))


def _passage_filters(actor_ids: list[str] | None, since: str | None, until: str | None,
                     outlet: str | None) -> tuple[list[str], list[str], list]:
    """(CTEs the filters need, conditions on passages `m` joined to documents `d`, the conditions'
    bound values); the CTEs' values are `actor_ids`."""
    ctes, where, params = [], [], []
    if actor_ids:
        ctes.append(ACTOR_SPANS.format(marks=_marks(actor_ids)))
        where.append(ACTOR_IN_PASSAGE)
    if outlet:
        where.append("lower(d.outlet) = lower(?)")
        params.append(outlet)
    if since:
        where.append(f"{LATEST_DAY} >= ?")
        params.append(since[:10])
    if until:
        where.append(f"{EARLIEST_DAY} <= ?")
        params.append(until[:10])
    return ctes, where, params


def search_passages(store: Store, query: str, limit: int = 20, actor_ids: list[str] | None = None,
                    since: str | None = None, until: str | None = None,
                    outlet: str | None = None, keys_only: bool = False) -> list[dict[str, Any]]:
    """Passages (stored sentences) for a query, best first, with document, date, offsets and the
    document's first 480 characters (`lead`); `keys_only`: only document, offsets and the ranking
    (`score`, `words`, `phrase`), no document read (candidates for a fused ranking).

    The query's words are ORed (SQLite FTS5, porter stems), so words that never share a sentence
    still find passages. Passages are ranked by: holding the words as a phrase, then how many of
    the query's words they hold, then bm25. `score` says the same in one number: words held, plus
    1 for the phrase, plus bm25 / (1 + bm25) (below 1, so it only breaks ties). Common function
    words are left out of the match unless the query has nothing else.

    One SQL statement ranks every passage the words match, filters them by joins (`actor_ids`: a
    mention of one of them inside the passage; `since`/`until`: ISO days the document's date or
    range overlaps; `outlet`) and reads only the `limit` best with their documents."""
    terms = search_terms(query)
    if not terms or (actor_ids is not None and not actor_ids):
        return []
    quoted = [f'"{term}"' for term in terms]
    filtered = actor_ids is not None or since or until or outlet
    # the cap keeps the newest passages of a common word: a filter applied after it could leave
    # few of the passages it wants, so a filtered search ranks every match
    common = [] if filtered else [term for term in quoted if _matches_more_than(store, term, COMMON_TERM)]
    if common:
        return _capped_search(store, quoted, common, limit, keys_only)
    matches = [" OR ".join(quoted)] + quoted + (['"' + " ".join(terms) + '"'] if len(terms) > 1 else [])
    holds = "(m.id IN (SELECT rowid FROM passages WHERE passages MATCH ?))"
    ctes, where, params = _passage_filters(actor_ids, since, until, outlet)
    score = "held + phrase + bm25 / (1 + bm25)"
    sql = f"""
        WITH {"".join(cte + ", " for cte in ctes)}
        m AS MATERIALIZED (SELECT rowid AS id, document, start, end, -bm25(passages) AS bm25
                           FROM passages WHERE passages MATCH ?),
        ranked AS (
            SELECT m.id, m.document, m.bm25, {" + ".join([holds] * len(quoted))} AS held,
                   {holds if len(terms) > 1 else "0"} AS phrase
            FROM m JOIN documents d ON d.id = m.document{_where(where)}
            ORDER BY {score} DESC, m.id LIMIT ?)
        SELECT r.document, p.start, p.end, p.text, r.held, r.phrase, {score},
               d.title, d.published, d.outlet, d.url, substr(d.text, 1, 480)
        FROM ranked r JOIN passages p ON p.rowid = r.id JOIN documents d ON d.id = r.document
        ORDER BY {score} DESC, r.id"""
    bound = list(actor_ids or []) + matches + params + [int(limit)]
    if keys_only:
        sql = sql[:sql.index("SELECT r.document")] + (
            f"SELECT r.document, p.start, p.end, r.held, r.phrase, {score}"
            f" FROM ranked r JOIN passages p ON p.rowid = r.id ORDER BY {score} DESC, r.id")
        return [{"doc": doc, "start": int(start), "end": int(end), "score": round(score, 4), "words": held,
                 "phrase": bool(phrase)} for doc, start, end, held, phrase, score in store.conn.execute(sql, bound)]
    return [{"doc": doc, "start": int(start), "end": int(end), "text": text, "score": round(score, 4),
             "title": title, "url": url, "lead": lead, "date": published, "outlet": outlet_name,
             "words": held, "phrase": bool(phrase)}
            for doc, start, end, text, held, phrase, score, title, published, outlet_name, url, lead
            in store.conn.execute(sql, bound)]


def _matches_more_than(store: Store, match: str, count: int) -> bool:
    """Whether more than `count` passages match; reads at most `count` + 1 of them (newest first,
    FTS5's own order, so it stops there)."""
    return store.conn.execute(
        "SELECT COUNT(*) FROM (SELECT rowid FROM passages WHERE passages MATCH ? ORDER BY rowid DESC LIMIT ?)",
        (match, count + 1)).fetchone()[0] > count


def _capped_search(store: Store, quoted: list[str], common: list[str], limit: int,
                   keys_only: bool) -> list[dict[str, Any]]:
    """`search_passages` when some of the query's words match more than `COMMON_TERM` passages
    (in a large store most do): ranking every passage they match cost ~1 CPU microsecond each
    (1.4 s at 3.8 million passages). The candidates are every passage holding one of the rarer
    words, and the newest `COMMON_TERM` passages holding the phrase, all the words, and each common
    word (FTS5 reads those newest first and stops); they are ranked by the same rule in a scratch
    FTS5 table of their own (same tokenizer), so their bm25 tie-break is within the candidates.
    Only unfiltered searches come here (see `search_passages`)."""
    import sqlite3

    rare = [term for term in quoted if term not in common]
    phrase = '"' + " ".join(term.strip('"') for term in quoted) + '"'
    newest = ["(" + " AND ".join(quoted) + ")"] + common + ([phrase] if len(quoted) > 1 else [])
    ids: set[int] = set()
    for match in newest:
        ids.update(rowid for rowid, in store.conn.execute(
            "SELECT rowid FROM passages WHERE passages MATCH ? ORDER BY rowid DESC LIMIT ?", (match, COMMON_TERM)))
    if rare:
        ids.update(rowid for rowid, in store.conn.execute(
            "SELECT rowid FROM passages WHERE passages MATCH ?", (" OR ".join(rare),)))
    rows = store.select_in("SELECT rowid, text, document, start, end FROM passages WHERE rowid IN ({})", sorted(ids),
                           chunk=900)
    scratch = sqlite3.connect(":memory:")
    try:
        scratch.execute(f"CREATE VIRTUAL TABLE passages USING fts5(text, tokenize = '{SEARCH_TOKENIZER}')")
        scratch.executemany("INSERT INTO passages (rowid, text) VALUES (?, ?)", [(rowid, text) for rowid, text, *_ in rows])
        holds = "(rowid IN (SELECT rowid FROM passages WHERE passages MATCH ?))"
        ranked = scratch.execute(
            f"""SELECT rowid, held, phrase, held + phrase + bm25 / (1 + bm25) AS score FROM (
                    SELECT rowid, -bm25(passages) AS bm25, {" + ".join([holds] * len(quoted))} AS held,
                           {holds if len(quoted) > 1 else "0"} AS phrase
                    FROM passages WHERE passages MATCH ?)
                ORDER BY score DESC, rowid""",
            [*quoted, *([phrase] if len(quoted) > 1 else []), " OR ".join(quoted)]).fetchall()
    finally:
        scratch.close()
    keys = {rowid: (doc, int(start), int(end)) for rowid, _, doc, start, end in rows}
    ranked = ranked[:int(limit)]
    hits = [{"doc": keys[rowid][0], "start": keys[rowid][1], "end": keys[rowid][2], "score": round(score, 4),
             "words": held, "phrase": bool(phrase)} for rowid, held, phrase, score in ranked]
    if keys_only or not hits:
        return hits
    texts = {rowid: text for rowid, text, *_ in rows}
    documents = {doc: (title, published, outlet_name, url, lead) for doc, title, published, outlet_name, url, lead
                 in store.select_in("SELECT id, title, published, outlet, url, substr(text, 1, 480) FROM documents"
                                    " WHERE id IN ({})", sorted({hit["doc"] for hit in hits}))}
    for hit, (rowid, *_) in zip(hits, ranked):
        title, published, outlet_name, url, lead = documents.get(hit["doc"], (None,) * 5)
        hit.update(text=texts[rowid], title=title, url=url, lead=lead, date=published, outlet=outlet_name)
    return [{key: hit[key] for key in ("doc", "start", "end", "text", "score", "title", "url", "lead", "date", "outlet",
                                       "words", "phrase")} for hit in hits]


def passages_passing(store: Store, passages: list[tuple[str, int, int]], actor_ids: list[str] | None = None,
                     since: str | None = None, until: str | None = None,
                     outlet: str | None = None) -> set[tuple[str, int, int]]:
    """Those of `passages` (document, start, end) that `search_passages`'s filters keep."""
    if actor_ids is not None and not actor_ids:
        return set()
    ctes, where, params = _passage_filters(actor_ids, since, until, outlet)
    kept: set[tuple[str, int, int]] = set()
    for at in range(0, len(passages), 300):
        part = passages[at:at + 300]
        values = ",".join(["(?, ?, ?, ?)"] * len(part))
        rows = store.conn.execute(
            f"WITH {''.join(cte + ', ' for cte in ctes)}m(id, document, start, end) AS MATERIALIZED (VALUES {values})"
            f" SELECT m.document, m.start, m.end FROM m JOIN documents d ON d.id = m.document{_where(where)}",
            list(actor_ids or []) + [value for number, key in enumerate(part) for value in (number, *key)] + params)
        kept.update((doc, int(start), int(end)) for doc, start, end in rows)
    return kept


# --- passage vectors (semantic search) --------------------------------------------------------

def last_passage_vector(store: Store) -> int:
    """The newest passage vector's rowid (0 for none): vectors are only added, so this says
    whether a reader's copy is current without counting them."""
    return store.conn.execute("SELECT COALESCE(MAX(rowid), 0) FROM passage_embeddings").fetchone()[0]


def newest_passage_unembedded(store: Store) -> bool:
    """Whether the newest stored passage has no vector: an ingest since the last search by
    meaning (passages are embedded oldest first, so the newest is the last to get one). One lookup."""
    row = store.conn.execute(
        """SELECT NOT EXISTS (SELECT 1 FROM passage_embeddings e
                              WHERE e.document = p.document AND e.start = p.start AND e.end = p.end)
           FROM (SELECT document, start, end FROM passages ORDER BY rowid DESC LIMIT 1) p""").fetchone()
    return bool(row and row[0])


def passage_vectors_after(store: Store, rowid: int) -> Iterator[tuple[int, bytes]]:
    """(rowid, float16 blob) of every passage vector stored after `rowid`, in rowid order."""
    yield from store.conn.execute(
        "SELECT rowid, embedding FROM passage_embeddings WHERE rowid > ? ORDER BY rowid", (rowid,))


def passage_vector(store: Store, rowid: int | None = None) -> bytes | None:
    """The stored vector at `rowid` (None: the oldest), or None."""
    if rowid is None:
        row = store.conn.execute("SELECT embedding FROM passage_embeddings ORDER BY rowid LIMIT 1").fetchone()
    else:
        row = store.conn.execute("SELECT embedding FROM passage_embeddings WHERE rowid = ?", (rowid,)).fetchone()
    return row[0] if row else None


def passage_vectors_at(store: Store, rowids: list[int]) -> list[tuple[int, bytes]]:
    """(rowid, float16 blob) of those of `rowids` still stored."""
    return store.select_in("SELECT rowid, embedding FROM passage_embeddings WHERE rowid IN ({})", rowids, chunk=900)


def passage_keys(store: Store, rowids: list[int]) -> dict[int, tuple[str, int, int]]:
    """Vector rowid -> (document, start, end)."""
    return {rowid: (doc, int(start), int(end)) for rowid, doc, start, end in store.select_in(
        "SELECT rowid, document, start, end FROM passage_embeddings WHERE rowid IN ({})", rowids)}


def passage_details(store: Store, passages: list[tuple[str, int, int]]) -> dict[tuple[str, int, int], dict[str, Any]]:
    """(document, start, end) -> the passage's text and its document's title, url, first 480
    characters (`lead`), date and outlet, as `search_passages` gives them."""
    found = {}
    for at in range(0, len(passages), 300):
        part = passages[at:at + 300]
        values = ",".join(["(?, ?, ?)"] * len(part))
        rows = store.conn.execute(
            f"WITH m(document, start, end) AS (VALUES {values})"
            " SELECT m.document, m.start, m.end, substr(d.text, m.start + 1, m.end - m.start), d.title, d.url,"
            " substr(d.text, 1, 480), d.published, d.outlet FROM m JOIN documents d ON d.id = m.document",
            [value for key in part for value in key])
        for doc, start, end, text, title, url, lead, published, outlet in rows:
            found[(doc, int(start), int(end))] = {"doc": doc, "start": int(start), "end": int(end), "text": text,
                                                   "title": title, "url": url, "lead": lead, "date": published,
                                                   "outlet": outlet}
    return found



# --- sentences of the story ------------------------------------------------------------------

def dated_originals(store: Store, max_range_days: int) -> dict[str, tuple[str, list[dict[str, Any]]]]:
    """Documents that copy no other and carry a publication day (or an inferred range of at most
    `max_range_days`, by its last day) -> (that day, their time expressions)."""
    rows = store.conn.execute(
        "SELECT d.id, COALESCE(substr(d.published, 1, 10), json_extract(d.published_range, '$[1]')), a.timexes"
        " FROM documents d JOIN analyses a ON a.document = d.id"
        " WHERE (d.published IS NOT NULL OR julianday(json_extract(d.published_range, '$[1]'))"
        " - julianday(json_extract(d.published_range, '$[0]')) <= ?)"
        " AND d.id NOT IN (SELECT document FROM copy_links WHERE original IS NOT NULL)", (max_range_days,))
    return {doc: (day, json.loads(timexes)) for doc, day, timexes in rows}


def passages_by_document(store: Store) -> Iterator[tuple[str, list[tuple[int, int, str]]]]:
    """Each document's stored sentences (start, end, text) in text order, one document at a time."""
    rows = store.conn.execute("SELECT document, start, end, text FROM passages ORDER BY document, start")
    current, sentences = None, []
    for doc, start, end, text in rows:
        if doc != current:
            if current is not None:
                yield current, sentences
            current, sentences = doc, []
        sentences.append((start, end, text))
    if current is not None:
        yield current, sentences


def mention_spans(store: Store, entity_ids: list[str]) -> dict[str, list[tuple[int, int]]]:
    """Document -> the spans where the entities of `entity_ids` are mentioned."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for doc, start, end in store.select_in("SELECT doc, start, end FROM entity_mentions WHERE entity IN ({})",
                                           entity_ids):
        spans.setdefault(doc, []).append((start, end))
    return spans
