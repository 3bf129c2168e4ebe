"""Contract-shaped records (../CONTRACT.md) read from the store; the CLI, the web API and every
export format are renderings of these."""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from storyline.model import to_dict
from storyline.store import RANGE_LOOKBACK_DAYS, Store, days_before

FORMAT = "storyline/1"


def document_records(store: Store, ids: list[str] | None = None) -> list[dict[str, Any]]:
    """Contract fields plus `url`, `author` and `story` (the story cluster the document joined)."""
    if ids is None:
        return list(iter_documents(store))
    stories = dict(store.select_in("SELECT doc_id, story_id FROM dedup_stories WHERE doc_id IN ({})", ids))
    return [_document_record(doc, stories.get(doc.id)) for doc in store.documents(ids)]


def iter_documents(store: Store, with_text: bool = True) -> Iterator[dict[str, Any]]:
    """Every document in stored order, read one row at a time (an export of any size in constant memory)."""
    from storyline.store import _document_from_row

    text = "d.text" if with_text else "''"
    rows = store.conn.execute(
        f"""SELECT d.id, d.source, {text}, d.title, d.outlet, d.author, d.url, d.published, d.published_range,
            d.published_how, d.published_reasons, d.removed, d.content_hash, d.copy_of, d.copy_kind, s.story_id
            FROM documents d LEFT JOIN dedup_stories s ON s.doc_id = d.id ORDER BY d.seq""")
    for row in rows:
        record = _document_record(_document_from_row(row[:-1]), row[-1])
        if not with_text:
            del record["text"], record["removed"]
        yield record


def _document_record(doc, story: str | None) -> dict[str, Any]:
    record = to_dict(doc)
    record.pop("content_hash", None)
    record["story"] = story
    return record


def entity_records(store: Store) -> list[dict[str, Any]]:
    """Every entity with its mentions (kept apart in entity_mentions), by name."""
    return sorted(iter_entities(store), key=lambda record: record["name"])


def iter_entities(store: Store, by_mentions: bool = False) -> Iterator[dict[str, Any]]:
    """Every entity with its mentions, by id (or most mentioned first), one at a time: entities
    by id are merged with mentions walked by the (entity) index; otherwise looked up per entity."""
    if by_mentions:
        for (data,) in store.conn.execute("SELECT data FROM entities ORDER BY mention_count DESC, name, id"):
            record = json.loads(data)
            record["mentions"] = [{"doc": doc, "start": start, "end": end} for doc, start, end in store.conn.execute(
                "SELECT doc, start, end FROM entity_mentions WHERE entity = ? ORDER BY rowid", (record["id"],))]
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


def entity_ids_matching(store: Store, name: str) -> list[str]:
    """Ids of the entities a user's name query means (name, alias or surname); reads names only.

    The `name_keys` index gives the entities with that name, alias or surname (and, for one word,
    people whose surname starts alike, for spelling variants); `speaker_matches` decides."""
    from storyline.model import Entity
    from storyline.nlp.entities import person_name_parts, speaker_matches, strip_name
    from storyline.store import surname_bucket

    wanted = strip_name(name).lower()
    if not wanted:
        return []
    sql = "SELECT id, name, type, aliases FROM entities WHERE id IN (SELECT entity FROM name_keys WHERE key = ?"
    params: list = [wanted]
    if " " not in wanted:
        sql += " UNION SELECT entity FROM person_names WHERE bucket = ?"
        params.append(surname_bucket(person_name_parts(wanted)[1]))
    rows = store.conn.execute(sql + ")", params).fetchall()
    return sorted(entity_id for entity_id, entity_name, entity_type, aliases in rows
                  if speaker_matches(Entity(entity_id, entity_name, entity_type, json.loads(aliases)), name))


def quote_records(store: Store, speaker: str | None = None, about: str | None = None,
                  limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
    return list(iter_quotes(store, speaker, about, limit, offset))


def iter_quotes(store: Store, speaker: str | None = None, about: str | None = None,
                limit: int | None = None, offset: int = 0) -> Iterator[dict[str, Any]]:
    """Quotes oldest first, streamed; `limit`/`offset` page through them in SQL."""
    return (record for record, _ in keyed_quotes(store, speaker, about, limit, offset))


def keyed_quotes(store: Store, speaker: str | None = None, about: str | None = None, limit: int | None = None,
                 offset: int = 0, after: list | None = None) -> Iterator[tuple[dict[str, Any], list]]:
    """(quote, its key) oldest first; `after` a key: the quotes after that one (keyset paging)."""
    where, params = [], []
    if speaker:
        ids = entity_ids_matching(store, speaker)
        if not ids:
            return iter(())
        where.append(f"speaker IN ({','.join('?' * len(ids))})")
        params += ids
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
    # the page's rows are chosen (from the indexes) before any quote record is read
    chosen = f"SELECT rowid FROM quotes{' WHERE ' + ' AND '.join(where) if where else ''} ORDER BY {order}{_page(limit, offset)}"
    sql = f"SELECT data, date, document, rowid FROM quotes WHERE rowid IN ({chosen}) ORDER BY {order}"
    if limit is None and not offset:
        sql = f"SELECT data, date, document, rowid FROM quotes{' WHERE ' + ' AND '.join(where) if where else ''} ORDER BY {order}"
    return ((json.loads(data), [date, document, rowid]) for data, date, document, rowid in store.conn.execute(sql, params))


def event_records(store: Store, actor: str | None = None, since: str | None = None,
                  until: str | None = None, dated_only: bool = False,
                  limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
    return list(iter_events(store, actor, since, until, dated_only, limit, offset))


def iter_events(store: Store, actor: str | None = None, since: str | None = None,
                until: str | None = None, dated_only: bool = False,
                limit: int | None = None, offset: int = 0) -> Iterator[dict[str, Any]]:
    return (record for record, _ in keyed_events(store, actor, since, until, dated_only, limit, offset))


def keyed_events(store: Store, actor: str | None = None, since: str | None = None,
                 until: str | None = None, dated_only: bool = False, limit: int | None = None,
                 offset: int = 0, after: list | None = None) -> Iterator[tuple[dict[str, Any], list]]:
    """(event, its key [sort_key, id]); `after` a key: the events after that one (keyset paging).

    Events in timeline order (oldest first); `since`/`until` compare ISO dates, ranges overlap;
    `limit`/`offset` page through them in SQL. The page is chosen from indexes (an actor's through
    `event_participants`, which repeats each event's days and sort key) before any record is read."""
    table, key, where, params = "events e", "e.id", [], []
    if actor:
        ids = entity_ids_matching(store, actor)
        if not ids:
            return iter(())
        table, key = "event_participants e", "e.event"
        where.append(f"e.entity IN ({','.join('?' * len(ids))})")
        params += ids
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
        if not actor:
            order = f"e.first_day, e.sort_key, {key}"  # the same order (sort keys start with the first day)
    if after:
        sort_key, event_id = after
        if sort_key is None:
            where.append(f"(e.sort_key IS NULL AND {key} > ?)")
            params += [event_id]
        else:
            where.append(f"(e.sort_key IS NULL OR e.sort_key > ? OR (e.sort_key = ? AND {key} > ?))")
            params += [sort_key, sort_key, event_id]
    if actor:
        # one index walk per entity id, each stopping after the page, then merged: a name that
        # means several people ("Trump") never sorts all their events
        conditions = where[1:]
        arms = [f"SELECT * FROM (SELECT e.event, e.sort_key, e.first_day FROM event_participants e WHERE e.entity = ?"
                f"{''.join(' AND ' + c for c in conditions)} ORDER BY {order}"
                f"{_page(offset + limit, 0) if limit is not None else ''})" for _ in ids]
        params = [value for entity_id in ids for value in (entity_id, *params[len(ids):])]
        chosen = (f"SELECT DISTINCT event AS chosen, sort_key, first_day FROM ({' UNION ALL '.join(arms)}) AS e"
                  f" ORDER BY {order}{_page(limit, offset)}")
    else:
        chosen = (f"SELECT {key} AS chosen, e.sort_key, e.first_day FROM {table}"
                  f"{' WHERE ' + ' AND '.join(where) if where else ''} ORDER BY {order}{_page(limit, offset)}")
    sql = (f"SELECT data, sort_key, id FROM events WHERE id IN (SELECT chosen FROM ({chosen}))"
           " ORDER BY sort_key IS NULL, sort_key, id")
    if not (actor or since or until or dated_only or limit is not None or offset or after):
        sql = "SELECT data, sort_key, id FROM events ORDER BY sort_key IS NULL, sort_key, id"  # everything: walk the index
    return ((json.loads(data), [sort_key, event_id]) for data, sort_key, event_id in store.conn.execute(sql, params))


def story_span(store: Store):
    """The story's coverage (first and last publication day, document count and lengths), which
    salience and background are read against."""
    from storyline.story.timeline import StorySpan

    first, last, count = store.conn.execute(
        "SELECT MIN(COALESCE(substr(published, 1, 10), json_extract(published_range, '$[0]'))),"
        " MAX(COALESCE(substr(published, 1, 10), json_extract(published_range, '$[1]'))), COUNT(*) FROM documents").fetchone()
    lengths = dict(store.conn.execute("SELECT id, length(text) FROM documents").fetchall())
    return StorySpan(first, last, count, lengths)


def framed(store: Store, records: Iterable[dict[str, Any]], span=None) -> Iterator[dict[str, Any]]:
    """Event records with the fields read against the whole story: `headline`, `salience`,
    `background` (story/timeline.py); names are looked up a batch at a time."""
    from itertools import islice

    from storyline.model import Event, from_dict
    from storyline.story.timeline import headline, is_background, salience

    span = span or story_span(store)
    iterator = iter(records)
    while batch := list(islice(iterator, 500)):
        names = entity_names(store, sorted({e for r in batch for e in r.get("participants", [])}))
        for record in batch:
            event = from_dict(Event, record)
            record["headline"] = headline(event, names)
            record["salience"] = salience(event, span)
            record["background"] = is_background(event, span)
            yield record


def with_frame(store: Store, records: Iterable[dict[str, Any]], span=None) -> list[dict[str, Any]]:
    return list(framed(store, records, span))


def _stored_events(store: Store, actor: str | None, since: str | None, until: str | None):
    from storyline.model import Event, from_dict

    return [from_dict(Event, r) for r in iter_events(store, actor=actor, since=since, until=until, dated_only=True)]


def timeline_records(store: Store, actor: str | None = None, since: str | None = None, until: str | None = None,
                     size: int | None = None) -> list[dict[str, Any]]:
    """The default timeline (`story.timeline.default_timeline`): the story's important happenings,
    one record each, oldest first, with headline, salience and background."""
    span = story_span(store)
    chosen = _default_timeline(store, actor, since, until, span, size)
    return with_frame(store, [to_dict(event) for event in chosen], span)


def _default_timeline(store: Store, actor, since, until, span, size: int | None):
    """`default_timeline` over the stored events without holding them all: the candidates' ranking
    keys are streamed, and only the `reach` most salient are loaded and chosen from. The greedy
    choice over a prefix of the ranking is the choice over all of it once it has its `size` rows,
    so when the choice falls short while more candidates exist, `reach` grows and it is redone."""
    import heapq

    from storyline.model import Event, from_dict
    from storyline.story.timeline import default_size, default_timeline, is_background, salience, timeline_sort_key

    size = default_size(span.documents) if size is None else size
    reach = max(TIMELINE_REACH_PER_ROW * size, 1)
    while True:
        ranked, candidates = [], 0
        for record in iter_events(store, actor=actor, since=since, until=until, dated_only=True):
            event = from_dict(Event, record)
            if event.participants and not is_background(event, span):
                candidates += 1
                item = (-salience(event, span), timeline_sort_key(event) or "", event.id)
                if len(ranked) < reach:
                    heapq.heappush(ranked, _Reversed(item))
                elif item < ranked[0].item:
                    heapq.heapreplace(ranked, _Reversed(item))
        ids = [entry.item[2] for entry in ranked]
        events = [from_dict(Event, json.loads(row[0])) for row in
                  store.select_in("SELECT data FROM events WHERE id IN ({})", ids)]
        chosen = default_timeline(events, span, size)
        if len(chosen) >= size or candidates <= reach:
            return chosen
        reach *= 4


TIMELINE_REACH_PER_ROW = 8  # candidates loaded per default-timeline row at first (more when repeats fill them)


class _Reversed:
    """A max-heap entry for heapq (a min-heap): the worst-ranked kept candidate sits on top."""

    __slots__ = ("item",)

    def __init__(self, item):
        self.item = item

    def __lt__(self, other: "_Reversed") -> bool:
        return other.item < self.item


def summarised_timeline_records(store: Store, n_dates: int, per_date: int = 1, actor: str | None = None,
                                since: str | None = None, until: str | None = None) -> list[dict[str, Any]]:
    """`--dates N --per-date K` (`story.timeline.summarised_timeline`): per chosen day its K most
    salient events, each record with `timeline_date`, the day it stands for."""
    from storyline.story.timeline import summarised_timeline

    span = story_span(store)
    records = []
    for day, events in summarised_timeline(_stored_events(store, actor, since, until), span, n_dates, per_date):
        for event in events:
            records.append({**to_dict(event), "timeline_date": day})
    return with_frame(store, records, span)


def _page(limit: int | None, offset: int) -> str:
    if limit is None and not offset:
        return ""
    return f" LIMIT {int(limit) if limit is not None else -1} OFFSET {max(0, int(offset))}"


def entity_record(store: Store, entity_id: str) -> dict[str, Any] | None:
    row = store.conn.execute("SELECT data FROM entities WHERE id = ?", (entity_id,)).fetchone()
    if row is None:
        return None
    record = json.loads(row[0])
    record["mentions"] = [{"doc": doc, "start": start, "end": end} for doc, start, end in store.conn.execute(
        "SELECT doc, start, end FROM entity_mentions WHERE entity = ? ORDER BY rowid", (entity_id,))]
    return record


def event_record(store: Store, event_id: str) -> dict[str, Any] | None:
    row = store.conn.execute("SELECT data FROM events WHERE id = ?", (event_id,)).fetchone()
    return json.loads(row[0]) if row else None


def events_in_document(store: Store, document_id: str) -> list[dict[str, Any]]:
    """Events with a mention or a source in the document, in timeline order."""
    rows = store.conn.execute(
        "SELECT data FROM events WHERE id IN (SELECT event FROM event_documents WHERE document = ?)"
        " ORDER BY sort_key IS NULL, sort_key, id", (document_id,))
    return [json.loads(row[0]) for row in rows]


def events_with_participant(store: Store, entity_id: str) -> list[dict[str, Any]]:
    rows = store.conn.execute(
        "SELECT data FROM events WHERE id IN (SELECT event FROM event_participants WHERE entity = ?)"
        " ORDER BY sort_key IS NULL, sort_key, id", (entity_id,))
    return [json.loads(row[0]) for row in rows]


def quotes_in_documents(store: Store, document_ids: list[str]) -> list[dict[str, Any]]:
    rows = store.select_in("SELECT data FROM quotes WHERE document IN ({})", sorted(set(document_ids)))
    return sorted((json.loads(row[0]) for row in rows), key=lambda q: (q["doc"], q["start"]))


def quotes_by_speaker(store: Store, entity_id: str) -> list[dict[str, Any]]:
    rows = store.conn.execute("SELECT data FROM quotes WHERE speaker = ? ORDER BY date IS NULL, date, document",
                              (entity_id,))
    return [json.loads(row[0]) for row in rows]


def positions_of(store: Store, entity_id: str) -> list[dict[str, Any]]:
    rows = store.conn.execute("SELECT data FROM positions WHERE actor = ? ORDER BY date IS NULL, date", (entity_id,))
    return [json.loads(row[0]) for row in rows]


def entity_names(store: Store, ids: list[str] | None = None) -> dict[str, str]:
    """Entity id -> name, without reading mention lists."""
    if ids is None:
        return dict(store.conn.execute("SELECT id, name FROM entities").fetchall())
    return dict(store.select_in("SELECT id, name FROM entities WHERE id IN ({})", sorted(set(ids))))


def document_labels(store: Store, ids: list[str]) -> dict[str, dict[str, Any]]:
    """Id -> source, outlet, title and date of the given documents, without their text."""
    rows = store.select_in("SELECT id, source, outlet, title, published FROM documents WHERE id IN ({})",
                            sorted(set(ids)))
    return {doc: {"id": doc, "source": source, "outlet": outlet, "title": title, "published": published}
            for doc, source, outlet, title, published in rows}


def position_records(store: Store, actor: str | None = None) -> list[dict[str, Any]]:
    return list(iter_positions(store, actor))


def iter_positions(store: Store, actor: str | None = None) -> Iterator[dict[str, Any]]:
    """Positions by actor and issue, oldest first (an earlier stance before the one it changed to), streamed."""
    return (record for record, _ in keyed_positions(store, actor))


# The positions ledger's order: actor, issue, day (a range by its start; undated last), undated before dated.
POSITION_ORDER = ("actor, json_extract(data, '$.topic'), COALESCE(date, json_extract(data, '$.date_range[0]'),"
                  " json_extract(data, '$.date_range[1]'), '9999'), date IS NOT NULL, rowid")


def keyed_positions(store: Store, actor: str | None = None, limit: int | None = None,
                    after: list | None = None) -> Iterator[tuple[dict[str, Any], list]]:
    """(position, its key: the POSITION_ORDER values) in ledger order; `after` a key: keyset paging."""
    where, params = [], []
    if actor:
        ids = entity_ids_matching(store, actor)
        if not ids:
            return iter(())
        where.append(f"actor IN ({','.join('?' * len(ids))})")
        params += ids
    if after:
        where.append(f"({POSITION_ORDER}) > ({', '.join('?' * len(after))})")
        params += list(after)
    sql = (f"SELECT data, {POSITION_ORDER} FROM positions{' WHERE ' + ' AND '.join(where) if where else ''}"
           f" ORDER BY {POSITION_ORDER}{_page(limit, 0)}")
    return ((json.loads(row[0]), list(row[1:])) for row in store.conn.execute(sql, params))


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
    sql = (f"SELECT data, mention_count, name, id FROM entities{' WHERE ' + ' AND '.join(where) if where else ''}"
           f" ORDER BY mention_count DESC, name, id{_page(limit, 0)}")
    for data, count, name, entity_id in store.conn.execute(sql, params).fetchall():
        record = json.loads(data)
        record.pop("mentions", None)
        record["mention_count"] = count
        yield record, [count, name, entity_id]


def keyed_documents(store: Store, outlet: str | None = None, limit: int | None = None,
                    after: list | None = None) -> Iterator[tuple[dict[str, Any], list]]:
    """(document without its text, key [seq]) in stored order, with `label` and `length`; keyset paging."""
    from storyline.export.listing import first_sentence

    where, params = [], []
    if outlet:
        where.append("lower(d.outlet) = lower(?)")
        params.append(outlet)
    if after:
        where.append("d.seq > ?")
        params.append(after[0])
    rows = store.conn.execute(
        f"""SELECT d.id, d.source, substr(d.text, 1, 480), d.title, d.outlet, d.author, d.url, d.published,
            d.published_range, d.published_how, d.published_reasons, '[]', d.content_hash, d.copy_of, d.copy_kind,
            s.story_id, d.seq, length(d.text) FROM documents d LEFT JOIN dedup_stories s ON s.doc_id = d.id
            {' WHERE ' + ' AND '.join(where) if where else ''} ORDER BY d.seq{_page(limit, 0)}""", params).fetchall()
    from storyline.store import _document_from_row

    for row in rows:
        record = _document_record(_document_from_row(row[:15]), row[15])
        lead = record.pop("text")
        del record["removed"]
        record["label"] = record["title"] or record["url"] or first_sentence(lead) or record["id"]
        record["length"] = row[17]
        yield record, [row[16]]


def timex_records(store: Store) -> list[dict[str, Any]]:
    return list(iter_timexes(store))


def iter_timexes(store: Store) -> Iterator[dict[str, Any]]:
    for doc_id, data in store.conn.execute("SELECT document, timexes FROM analyses ORDER BY document"):
        for timex in json.loads(data):
            yield {key: timex.get(key) for key in ("doc", "start", "end", "text", "value", "anchor", "type")}


def timeline_ids(store: Store) -> list[str]:
    """The default timeline's event ids, oldest first (what `storyline timeline` shows)."""
    return [record["id"] for record in timeline_records(store)]


def iter_timeline_ids(store: Store) -> Iterator[str]:
    yield from timeline_ids(store)


def copy_link_records(store: Store) -> list[dict[str, Any]]:
    return list(iter_copy_links(store))


def iter_copy_links(store: Store) -> Iterator[dict[str, Any]]:
    for doc, original, kind, score, evidence in store.conn.execute(
            "SELECT document, original, kind, score, evidence FROM copy_links ORDER BY document"):
        yield {"doc": doc, "original": original, "kind": kind, "score": score, "evidence": json.loads(evidence)}


def build_export(store: Store) -> dict[str, Any]:
    return {key: (value if isinstance(value, str) else list(value)) for key, value in export_sections(store)}


def export_sections(store: Store) -> Iterator[tuple[str, Any]]:
    """The contract export, section by section, each a stream of records (the JSON and JSON Lines
    exports write them as they come, so a store of any size is exported in constant memory)."""
    yield "format", FORMAT
    yield "documents", iter_documents(store)
    yield "entities", iter_entities(store)
    yield "quotes", iter_quotes(store)
    yield "timexes", iter_timexes(store)
    yield "events", framed(store, iter_events(store))
    yield "positions", iter_positions(store)
    yield "copies", iter_copy_links(store)
    yield "timeline", iter_timeline_ids(store)


def search_passages(store: Store, query: str, limit: int = 20) -> list[dict[str, Any]]:
    """Passages (stored sentences) for a query, best first, with document, date and offsets.

    The query's words are ORed (SQLite FTS5, porter stems), so words that never share a sentence
    still find passages. Passages are ranked by: holding the words as a phrase, then how many of
    the query's words they hold, then bm25. `score` says the same in one number: words held, plus
    1 for the phrase, plus bm25 / (1 + bm25) (below 1, so it only breaks ties). Common function
    words are left out of the match unless the query has nothing else."""
    words = [term for term in query.replace('"', " ").split() if term]
    content = [word for word in words if word.lower() not in SEARCH_STOPWORDS]
    terms = list(dict.fromkeys(content or words))
    if not terms:
        return []
    quoted = [f'"{term}"' for term in terms]
    wanted = max(limit, SEARCH_CANDIDATES)
    ranked: dict[int, float] = {}
    for match in [" OR ".join(quoted)] + ([" AND ".join(quoted), '"' + " ".join(terms) + '"'] if len(terms) > 1 else []):
        for rowid, rank in store.conn.execute(
                "SELECT rowid, rank FROM passages WHERE passages MATCH ? ORDER BY rank LIMIT ?", (match, wanted)):
            ranked.setdefault(rowid, -rank)
    if not ranked:
        return []
    candidates = sorted(ranked)
    held = {rowid: 0 for rowid in candidates}
    for term in quoted:
        for (rowid,) in store.select_in(f"SELECT rowid FROM passages WHERE passages MATCH '{term.replace(chr(39), chr(39) * 2)}'"
                                        " AND rowid IN ({})", candidates):
            held[rowid] += 1
    phrase = set()
    if len(terms) > 1:
        text = '"' + " ".join(terms) + '"'
        phrase = {row[0] for row in store.select_in(
            f"SELECT rowid FROM passages WHERE passages MATCH '{text.replace(chr(39), chr(39) * 2)}' AND rowid IN ({{}})",
            candidates)}
    scores = {rowid: held[rowid] + (rowid in phrase) + ranked[rowid] / (1 + ranked[rowid]) for rowid in candidates}
    best = sorted(candidates, key=lambda rowid: -scores[rowid])[:limit]
    rows = {row[0]: row[1:] for row in store.select_in(
        """SELECT p.rowid, p.document, p.start, p.end, p.text, d.title, d.published, d.outlet, d.url,
           substr(d.text, 1, 480) FROM passages p JOIN documents d ON d.id = p.document WHERE p.rowid IN ({})""", best)}
    from storyline.export.listing import first_sentence

    return [{"doc": doc, "start": int(start), "end": int(end), "text": text, "score": round(scores[rowid], 4),
             "title": title, "label": title or url or first_sentence(lead), "date": published, "outlet": outlet,
             "words": held[rowid], "phrase": rowid in phrase}
            for rowid in best if rowid in rows
            for doc, start, end, text, title, published, outlet, url, lead in [rows[rowid]]]


SEARCH_CANDIDATES = 200  # passages ranked by bm25 per match (any word, every word, the phrase) before re-ranking
# Words too common to narrow a search (and costly to rank: they match most passages).
SEARCH_STOPWORDS = frozenset("""a an and are as at be been but by for from had has have he her his i in is it its
of on or our she that the their them they this to was we were what when which who will with would you""".split())
