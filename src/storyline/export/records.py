"""Contract-shaped records (../CONTRACT.md) as the views show them: the store's reads
(`store.queries`) with names resolved to entities and events framed against the whole story.
The CLI, the web API and every export format are renderings of these."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from storyline.model import to_dict
from storyline.store import Store, queries
from storyline.store.queries import (
    iter_copy_links,
    iter_documents,
    iter_entities,
    iter_timexes,
)

FORMAT = "storyline/1"


def story_span(store: Store):
    """The story's coverage that salience and background are read against (`story.stored_timeline`)."""
    from storyline.story.stored_timeline import story_span as span_of

    return span_of(store)


def entity_ids_matching(store: Store, name: str) -> list[str]:
    """Ids of the entities a user's name query means (name, alias or surname); reads names only.

    The `name_keys` index gives the entities with that name, alias or surname (and, for one word,
    people whose surname starts alike, for spelling variants); `speaker_matches` decides."""
    from storyline.nlp.entities import person_name_parts, speaker_matches, strip_name, surname_bucket

    wanted = strip_name(name).lower()
    if not wanted:
        return []
    bucket = surname_bucket(person_name_parts(wanted)[1]) if " " not in wanted else None
    return sorted(entity.id for entity in queries.entities_named(store, wanted, bucket) if speaker_matches(entity, name))


def shown_text(quote: dict[str, Any]) -> str:
    """A quote's words as a listing shows them: an interrupted quote's own parts joined with ' … ' ('We will …
    fight on', not the narrator's 'he said' between them); `text` keeps the whole span its offsets give."""
    parts = quote.get("parts")
    if not parts:
        return quote["text"]
    return " … ".join(quote["text"][start - quote["start"]:end - quote["start"]] for start, end in parts)


def _ids_named(store: Store, name: str | None) -> list[str] | None:
    """None (no filter) without a name, else the ids it means (maybe none)."""
    return entity_ids_matching(store, name) if name else None


def quote_records(store: Store, speaker: str | None = None, about: str | None = None,
                  limit: int | None = None, offset: int = 0, statements_only: bool = False) -> list[dict[str, Any]]:
    return list(iter_quotes(store, speaker, about, limit, offset, statements_only))


def iter_quotes(store: Store, speaker: str | None = None, about: str | None = None,
                limit: int | None = None, offset: int = 0, statements_only: bool = False) -> Iterator[dict[str, Any]]:
    """Quotes oldest first, streamed; `limit`/`offset` page through them in SQL; `statements_only`:
    what listings show by default (`nlp.quotes.statements`), the export keeps every quote."""
    return (record for record, _ in keyed_quotes(store, speaker, about, limit, offset, statements_only=statements_only))


def keyed_quotes(store: Store, speaker: str | None = None, about: str | None = None, limit: int | None = None,
                 offset: int = 0, after: list | None = None,
                 statements_only: bool = False) -> Iterator[tuple[dict[str, Any], list]]:
    """(quote, its key) oldest first, of the speaker a name means; `after` a key: keyset paging."""
    return queries.keyed_quotes(store, _ids_named(store, speaker), about, limit, offset, after, statements_only)


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
    """(event, its key [sort_key, id]) in timeline order, of the actor a name means (`queries.keyed_events`)."""
    return queries.keyed_events(store, _ids_named(store, actor), since, until, dated_only, limit, offset, after)


def position_records(store: Store, actor: str | None = None) -> list[dict[str, Any]]:
    return list(iter_positions(store, actor))


def iter_positions(store: Store, actor: str | None = None, listed_only: bool = False) -> Iterator[dict[str, Any]]:
    """Positions by actor and issue, oldest first (an earlier stance before the one it changed to), streamed.
    The export carries every one, each with `listed`; the views show the listed ones by default."""
    return (record for record, _ in keyed_positions(store, actor, listed_only=listed_only))


def keyed_positions(store: Store, actor: str | None = None, limit: int | None = None,
                    after: list | None = None, listed_only: bool = False) -> Iterator[tuple[dict[str, Any], list]]:
    """(position, its key) in ledger order, of the actor a name means (`queries.keyed_positions`)."""
    return queries.keyed_positions(store, _ids_named(store, actor), limit, after, listed_only)


def keyed_documents(store: Store, outlet: str | None = None, limit: int | None = None,
                    after: list | None = None) -> Iterator[tuple[dict[str, Any], list]]:
    """(document without its text, key [seq]) in stored order, with `label` and `length`; keyset paging."""
    from storyline.export.listing import document_label

    for record, key in queries.keyed_documents(store, outlet, limit, after):
        record["label"] = document_label(record)  # its `text` is the first 480 characters
        del record["text"]
        record["length"] = record.pop("length")
        yield record, key


def passage_label(hit: dict[str, Any]) -> str:
    """A found passage's document named by `listing.document_label` (from its title, url and `lead`)."""
    from storyline.export.listing import document_label

    return document_label({"id": hit["doc"], "title": hit["title"], "url": hit["url"], "lead": hit["lead"]})


def search_passages(store: Store, query: str, limit: int = 20, **filters) -> list[dict[str, Any]]:
    """`queries.search_passages` (`filters`: its actor ids, days and outlet), each passage labelled
    by its document's title, address or first sentence."""
    return [{"doc": hit["doc"], "start": hit["start"], "end": hit["end"], "text": hit["text"], "score": hit["score"],
             "title": hit["title"], "label": passage_label(hit),
             "date": hit["date"], "outlet": hit["outlet"], "words": hit["words"], "phrase": hit["phrase"]}
            for hit in queries.search_passages(store, query, limit, **filters)]


def framed(store: Store, records: Iterable[dict[str, Any]], span=None) -> Iterator[dict[str, Any]]:
    """Event records with the fields read against the whole story: `headline`, `salience`,
    `background` (story/timeline.py); names are looked up a batch at a time."""
    from itertools import islice

    from storyline.model import Event, from_dict
    from storyline.story.timeline import headline, is_background, salience

    span = span or story_span(store)
    iterator = iter(records)
    while batch := list(islice(iterator, 500)):
        names = queries.entity_names(store, sorted({e for r in batch for e in r.get("participants", [])}))
        for record in batch:
            event = from_dict(Event, record)
            record["headline"] = headline(event, names)
            record["salience"] = salience(event, span)
            record["background"] = is_background(event, span)
            yield record


def with_frame(store: Store, records: Iterable[dict[str, Any]], span=None) -> list[dict[str, Any]]:
    return list(framed(store, records, span))


def timeline_records(store: Store, actor: str | None = None, since: str | None = None, until: str | None = None,
                     size: int | None = None) -> list[dict[str, Any]]:
    """The default timeline (`story.timeline.default_timeline`): the story's important happenings,
    one record each, oldest first, with headline, salience and background."""
    from storyline.model import Event, from_dict
    from storyline.story.build import stored_default_timeline
    from storyline.story.stored_timeline import default_timeline_of_store
    from storyline.story.timeline import timeline_sort_key

    span = story_span(store)
    ranked = None if (actor or since or until or size is not None) else stored_default_timeline(store)
    if ranked is not None:  # ranked by the story build (story.build.store_default_timeline)
        chosen = [from_dict(Event, record) for record in queries.event_data(store, ranked)]
        chosen.sort(key=lambda event: timeline_sort_key(event) or "")
    else:
        chosen = default_timeline_of_store(store, span, size, _ids_named(store, actor), since, until)
    return with_frame(store, [to_dict(event) for event in chosen], span)


def timeline_note(store: Store, shown: int) -> str:
    """Why the default timeline has the rows it has (`story.timeline.why_it_stops`), for the CLI to print."""
    from storyline.story.timeline import why_it_stops

    return why_it_stops(shown, story_span(store).documents)


def summarised_timeline_records(store: Store, n_dates: int, per_date: int = 1, actor: str | None = None,
                                since: str | None = None, until: str | None = None) -> list[dict[str, Any]]:
    """`--dates N --per-date K` (`story.stored_timeline.summarised_timeline_of_store`): per chosen
    day its K most central dated sentences, each as the event read from it (or, where none was, a
    `report` row headed by its article's title, else by its sentence's main clause), with `timeline_date`, the day it stands
    for, and `summary`, the sentence."""
    from storyline.nlp.spacy_model import load_spacy
    from storyline.story.shown_sentence import reported_headline, shown_sentences, states_only_its_day
    from storyline.story.stored_timeline import reported_sentence, summarised_timeline_of_store

    span = story_span(store)
    rows = summarised_timeline_of_store(store, span, n_dates, per_date, _ids_named(store, actor), since, until)
    nlp = load_spacy() if rows else None
    shown = shown_sentences([sentence.text for _, sentence, _ in rows], nlp,
                            [states_only_its_day(sentence, day) for day, sentence, _ in rows]) if rows else []
    records = [{**to_dict(event or reported_sentence(sentence, day)), "summary": text, "timeline_date": day}
               for (day, sentence, event), text in zip(rows, shown)]
    framed_records = with_frame(store, records, span)
    reports = [record for record in framed_records if record["type"] == "report"]
    labels = queries.document_labels(store, sorted({record["sources"][0] for record in reports}))
    title = {id(record): (labels.get(record["sources"][0]) or {}).get("title") for record in reports}
    untitled = [record for record in reports if not title[id(record)]]
    parsed = nlp.pipe(record["summary"] for record in untitled) if untitled else []
    said = {id(record): reported_headline(sentence) for record, sentence in zip(untitled, parsed)}
    for record in reports:
        record["headline"] = title[id(record)] or said.get(id(record))
    return framed_records


def timeline_ids(store: Store) -> list[str]:
    """The default timeline's event ids, oldest first (what `storyline timeline` shows)."""
    return [record["id"] for record in timeline_records(store)]


def iter_timeline_ids(store: Store) -> Iterator[str]:
    yield from timeline_ids(store)


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


