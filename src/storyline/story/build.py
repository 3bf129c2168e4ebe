"""The corpus-level story in the store (entities, quotes with speakers, events, positions,
timeline), built from the stored per-document analyses: in full, or by adding new documents.

A full build reads every analysis, so its cost grows with the store. Adding documents reads
only theirs and what they touch: stored people with a similar surname, stored events that share a
participant and a date (or one of their documents), the copy chains of those events' sources.
A stored event whose date range starts over a year before a new mention's date is not looked up. New
mentions join stored entities and events by the rules of the full build, with what an addition
cannot see left to the next full build (`storyline rebuild`): a stored lone surname and a new full
name elsewhere merge, but two stored entities never do; an undated new mention joins a stored
event only through a copied document; entity names and ids stay as first built.
Undated documents are dated again (`story.redate`) before either: all of them in a full build;
in an addition the new ones and the stored ones the new dated documents copy, are copied by or
resemble. The stored events holding a mention of a document the addition re-dated (or found to
copy a new one) are taken apart and their mentions clustered again with the new documents'.
"""
from __future__ import annotations

import json

from storyline.model import Document, Entity, Event, Quote
from storyline.store import Store, StoryKeys

STORY_MARKER = "story_built_for"  # "<documents>:<highest seq>" the story reflects
DEFAULT_TIMELINE = "default_timeline"  # {"marker", "rules", "ids"}: the default timeline ranked when the story was built
STORY_FORMAT = "4"  # story tables that documents can be added to (event states, person names; 4: captions and first-person accounts last in an event's summary key)
FULL_BUILD_BELOW = 200  # a story of fewer documents is rebuilt in full (seconds at most)
FULL_BUILD_SHARE = 0.5  # ... and so is one the new documents would grow by more than half


def story_marker(store: Store) -> str:
    """Which documents the stored story should reflect: their count and the newest sequence number."""
    count, newest = store.count_and_newest()
    return f"{count}:{newest}"


def _parse_marker(marker: str | None) -> tuple[int, int] | None:
    try:
        count, newest = (marker or "").split(":")
        return int(count), int(newest)
    except ValueError:
        return None


def build_story_if_needed(store: Store, force: bool = False, max_rounds: int = 5,
                          mode: str = "auto") -> list[str]:
    """Brings the stored story up to date with every stored document; returns what was done
    ("full" or "added N"), one item per round.

    Repairs a story left stale by an ingest killed after storing its documents, and one that a
    concurrent ingest's build left behind our last documents. mode "auto" adds new documents to a
    large story and rebuilds a small one (or one that would more than grow by half); "full" and
    "add" force one way (add falls back to full when there is no stored story to add to)."""
    done: list[str] = []
    while len(done) < max_rounds:
        marker = story_marker(store)
        built = store.get_state(STORY_MARKER)
        if built == marker and not force:
            break
        force = False
        previous = _parse_marker(built) if store.get_state("story_format") == STORY_FORMAT else None
        new_ids = store.documents_after(previous[1]) if previous else []
        story_size = previous[0] if previous else 0
        addable = previous is not None and (mode == "add" or (
            mode == "auto" and story_size >= FULL_BUILD_BELOW and len(new_ids) <= FULL_BUILD_SHARE * story_size))
        if addable and new_ids:
            add_to_story(store, new_ids)
            done.append(f"added {len(new_ids)}")
        elif addable:  # nothing new (e.g. only a marker mismatch after a concurrent build)
            with store.transaction():
                store.set_state(STORY_MARKER, marker)
                store_default_timeline(store)
            done.append("added 0")
        else:
            rebuild_story(store)
            done.append("full")
    return done


def _speakers_and_dates(quotes: list[Quote], entity_of: dict, documents: list[Document],
                        entities: list[Entity]) -> dict[str, list[tuple[int, int, int]]]:
    """Each quote's speaker entity and date; returns where a pronoun speaker was resolved to a person of the other sex
    (`pronoun_of_the_other_sex`; by document: pronoun start, name start and end), left without a speaker: a claim held
    through that pronoun holds no position (`_held_through`)."""
    from storyline.story.speakers import pronoun_of_the_other_sex, pronoun_sex, resolve_speaker, spans_by_document

    published = {doc.id: doc.published for doc in documents}
    by_id = {entity.id: entity for entity in entities}
    spans = spans_by_document(entity_of)
    for quote in quotes:
        quote.speaker = resolve_speaker(quote, entity_of, spans)
        quote.date = quote.date or published.get(quote.doc)
        sex = pronoun_sex(quote)
        if sex is not None and quote.speaker in by_id:  # counted before any is judged: an addition adds to the stored
            counts = by_id[quote.speaker].pronoun_sexes
            counts[sex] = counts.get(sex, 0) + 1
    misread: dict[str, list[tuple[int, int, int]]] = {}
    for quote in quotes:
        if quote.speaker in by_id and pronoun_of_the_other_sex(quote, by_id[quote.speaker].pronoun_sexes):
            quote.speaker = None
            misread.setdefault(quote.doc, []).append((quote.speaker_start, quote.speaker_ref_start, quote.speaker_ref_end))
    return misread


def _held_through(claim, misread: dict[str, list[tuple[int, int, int]]]) -> bool:
    """Whether the claim's holder is a name a misread pronoun of its sentence was resolved to."""
    return any(claim.start <= pronoun < claim.end and (start, end) == (claim.holder_start, claim.holder_end)
               for pronoun, start, end in misread.get(claim.doc, ()))


def story_keys(entities: list[Entity], events: list[tuple[Event, dict]]) -> StoryKeys:
    """The lookup keys the store keeps beside the story's rows."""
    from storyline.nlp.entities import entity_name_keys, person_buckets
    from storyline.story.timeline import may_be_row, rank_floor, timeline_sort_key

    return StoryKeys(sort_keys={event.id: timeline_sort_key(event) for event, _ in events},
                     row_candidates={event.id: may_be_row(event) for event, _ in events},
                     row_floors={event.id: rank_floor(event) for event, _ in events},
                     name_keys={entity.id: entity_name_keys(entity) for entity in entities},
                     person_buckets={entity.id: person_buckets(entity) for entity in entities})


def rebuild_story(store: Store) -> None:
    """The whole story from every stored analysis, written in one transaction."""
    from storyline.nlp.entities import link_entities
    from storyline.nlp.paragraphs import paragraph_starts
    from storyline.story.cluster import cluster_events_with_state
    from storyline.story.positions import extract_positions
    from storyline.story.redate import ranged_by_their_reports, redate_documents
    from storyline.story.stored_timeline import record_row_rules

    with store.snapshot():  # the marker names exactly the documents read
        marker = story_marker(store)
        documents = store.documents()
    redate_documents(store, documents)  # the documents' dates are changed in place
    analyses = {doc.id: store.analysis(doc.id) for doc in documents}
    mentions = [m for a in analyses.values() for m in a.mentions]
    roles = [r for a in analyses.values() for r in a.roles]
    entities, entity_of = link_entities(mentions, roles, {doc.id: paragraph_starts(doc.text) for doc in documents})
    quotes = [q for a in analyses.values() for q in a.quotes]
    misread = _speakers_and_dates(quotes, entity_of, documents, entities)
    event_mentions = [e for a in analyses.values() for e in a.event_mentions]
    copy_of = {doc.id: doc.copy_of for doc in documents}
    events = cluster_events_with_state(event_mentions, entity_of, copy_of)
    ranged_by_their_reports([event for event, _ in events], {doc.id: doc for doc in documents})
    claims = [c for a in analyses.values() for c in a.claims if not _held_through(c, misread)]
    positions = extract_positions(claims, entity_of, {e.id: (e.name, e.type) for e in entities}, documents, copy_of)
    with store.transaction():
        store.write_story(entities, quotes, events, positions, replace=True, keys=story_keys(entities, events))
        record_row_rules(store)  # every event was just marked by this code
        store.set_state("story_format", STORY_FORMAT)
        store.set_state(STORY_MARKER, marker)
        store_default_timeline(store)


def add_to_story(store: Store, doc_ids: list[str]) -> None:
    """The story of a few new documents added to the stored one (see the module docstring for what
    only a full build does). Reads and writes in one transaction, so concurrent additions queue."""
    from storyline.nlp.entities import link_entities
    from storyline.nlp.paragraphs import paragraph_starts
    from storyline.story.cluster import EventClusters, participant_entities
    from storyline.story.redate import ranged_by_their_reports, redate_documents, undated_near

    documents = store.documents(doc_ids)
    originals = store.documents(sorted({doc.copy_of for doc in documents if doc.copy_of} - set(doc_ids)))
    new = set(doc_ids)
    redated = [doc.id for doc in redate_documents(store, documents + originals + undated_near(store, doc_ids))
               if doc.id not in new]
    with store.transaction():
        marker = _parse_marker(store.get_state(STORY_MARKER))
        seqs = store.sequence_numbers(doc_ids)
        doc_ids = [doc for doc in doc_ids if doc in seqs and seqs[doc] > (marker[1] if marker else 0)]
        if not doc_ids:  # a concurrent ingest added them while we waited for the write lock
            return
        documents = store.documents(doc_ids)  # with the dates copies took from their originals
        analyses = {doc.id: store.analysis(doc.id) for doc in documents}
        entities, entity_of = _join_stored_entities(store, *link_entities(
            [m for a in analyses.values() for m in a.mentions], [r for a in analyses.values() for r in a.roles],
            {doc.id: paragraph_starts(doc.text) for doc in documents}))
        quotes = [q for a in analyses.values() for q in a.quotes]
        misread = _speakers_and_dates(quotes, entity_of, documents, entities)

        event_mentions = [e for a in analyses.values() for e in a.event_mentions]
        # stored documents the addition re-dated or found to copy a new one: their events again
        again = _unclustered_by_redating(store, sorted(set(redated) | set(store.copies_of(doc_ids))))
        event_mentions += again
        entity_of = {**store.entity_spans(sorted({m.doc for m in again})), **entity_of}
        windows = [(entity, *((m.date[:10], m.date[:10]) if m.date else m.date_range))
                   for m, ids in zip(event_mentions, participant_entities(event_mentions, entity_of))
                   if m.date or m.date_range for entity in ids]
        related = sorted({doc.copy_of for doc in documents if doc.copy_of} | set(store.copies_of(doc_ids))
                         | {m.doc for m in again})
        stored_events = store.events_to_extend(windows, related)  # the events taken apart are gone from the store
        sources = {doc for event, _ in stored_events for doc in event.sources} | set(doc_ids) | set(related)
        clusters = EventClusters(store.copy_chains(sorted(sources)))
        for event, state in stored_events:
            clusters.load(event, state)
        clusters.add_all(event_mentions, entity_of)
        events = clusters.changed(taken=lambda ids: store.existing_ids("events", ids))
        ranged_by_their_reports([event for event, _ in events],
                                {doc.id: doc for doc in store.documents(sorted({d for event, _ in events for d in event.sources}))})
        positions = _positions_with_stored(store, [c for a in analyses.values() for c in a.claims
                                                   if not _held_through(c, misread)], entity_of, entities, documents)
        store.write_story(entities, quotes, events, positions, replace=False, keys=story_keys(entities, events))
        count = (marker[0] if marker else 0) + len(doc_ids)
        store.set_state(STORY_MARKER, f"{count}:{max([seqs[doc] for doc in doc_ids] + [marker[1] if marker else 0])}")
        store_default_timeline(store)


def _unclustered_by_redating(store: Store, changed: list[str]) -> list:
    """The stored events holding a mention of a document whose date or copy link changed are taken
    out of the store (call in a transaction); returns every mention they held, as now stored: clustered
    again with the new documents', a re-dated mention meets the events its new date allows and a
    copy's mention no longer stands for an event as an original would, as in a full build."""
    if not changed:
        return []
    events = store.events_of_documents(changed)
    held = {(m["doc"], m["start"], m["end"]) for event, _ in events for m in event.mentions}
    mentions = [m for doc in sorted({doc for doc, _, _ in held}) for m in store.analysis(doc).event_mentions
                if (m.doc, m.start, m.end) in held]
    store.delete_events([event.id for event, _ in events])
    return mentions


def store_default_timeline(store: Store) -> None:
    """Ranks the default timeline (story.timeline.default_timeline over the stored events) once per
    story build and keeps its ids with the story's marker, so `storyline timeline`, the web, the
    export and the reports read the rows instead of ranking every dated event on each call."""
    from storyline.story.stored_timeline import RANKING_RULES, rank_default_timeline, refresh_row_marks

    refresh_row_marks(store)
    ids = [event.id for event in rank_default_timeline(store)]
    store.set_state(DEFAULT_TIMELINE, json.dumps({"marker": store.get_state(STORY_MARKER), "rules": RANKING_RULES,
                                                  "ids": ids}))


def stored_default_timeline(store: Store) -> list[str] | None:
    """The default timeline's ids as ranked by the last story build, or None when the story moved on
    since (a build in progress elsewhere), was built before the ranking was stored, or was ranked by
    other ranking code (an upgrade: the views rank it afresh rather than show the old rules' rows)."""
    from storyline.story.stored_timeline import RANKING_RULES

    try:
        kept = json.loads(store.get_state(DEFAULT_TIMELINE) or "null")
    except ValueError:
        return None
    if not isinstance(kept, dict) or kept.get("marker") != store.get_state(STORY_MARKER) \
            or kept.get("rules") != RANKING_RULES:
        return None
    return list(kept.get("ids") or [])


def _positions_with_stored(store: Store, claims: list, entity_of: dict, entities: list[Entity],
                           documents: list) -> list:
    """The new documents' statements folded with the stored positions of the same actors: the
    positions that replace those actors' stored ones."""
    from storyline.story.positions import positions_from_statements, statements_from_claims, statements_of_positions

    statements = statements_from_claims(claims, entity_of, {e.id: (e.name, e.type) for e in entities},
                                        {doc.id: doc for doc in documents})
    actors = sorted({s.actor for s in statements})
    statements += statements_of_positions(store.positions_of(actors))
    return positions_from_statements(statements, store.copy_chains(sorted({s.doc for s in statements})))


def _stored_organisation_named(store: Store, entity: Entity) -> str | None:
    """The one stored organisation or place of the same type that has one of this entity's names
    among its own, in either spelling or without a qualifier ('U.S.'): the 'WHO' of new documents is
    the stored World Health Organization an earlier article defined it for, as a full build links
    them by `same_organisation_names`. An abbreviation alone links only where the full names agree
    (the U.S. 'CDC' is not the stored Chinese 'CDC')."""
    from storyline.nlp.entities import ACRONYM, one_organisation_named, organisation_name_keys
    from storyline.store.queries import entities_named

    names = [entity.name, *entity.aliases]
    full = {name for name in names if not ACRONYM.match(name)}
    found = set()
    for name in names:
        for key in sorted(organisation_name_keys(name, unqualified=True)):
            for stored in entities_named(store, key):
                stored_full = {n for n in [stored.name, *stored.aliases] if not ACRONYM.match(n)}
                if stored.type == entity.type and (not ACRONYM.match(name) or not full or not stored_full
                                                   or one_organisation_named(full | stored_full)):
                    found.add(stored.id)
    return found.pop() if len(found) == 1 else None


def _join_stored_entities(store: Store, entities: list[Entity], entity_of: dict) -> tuple[list[Entity], dict]:
    """Entities linked over the new documents, each merged into the stored entity it is (or new)."""
    from storyline.nlp.entities import is_document_local, merge_entity, person_name_parts, stored_entity_for, surname_buckets

    def buckets(entity: Entity) -> set[str]:
        return surname_buckets(person_name_parts(entity.name)[1])

    people_by_bucket: dict[str, list[tuple[Entity, int]]] = {}
    wanted = sorted({bucket for e in entities for bucket in surname_buckets(person_name_parts(e.name)[1])})
    for person, count in store.persons_in_buckets(wanted):
        for key in {key for name in [person.name, *person.aliases] for key in surname_buckets(person_name_parts(name)[1])}:
            people_by_bucket.setdefault(key, []).append((person, count))

    def candidates(entity: Entity) -> list[tuple[Entity, int]]:
        found: dict[str, tuple[Entity, int]] = {}
        for key in sorted(buckets(entity)):
            for person, count in people_by_bucket.get(key, []):
                found.setdefault(person.id, (person, count))
        return list(found.values())

    stored_ids = store.existing_ids("entities", [e.id for e in entities])
    matches = {e.id: stored_entity_for(e, candidates(e), stored_ids) for e in entities}
    for entity in entities:
        if matches[entity.id][0] is None and entity.type != "PERSON" and not is_document_local(entity.id):
            matches[entity.id] = (_stored_organisation_named(store, entity), False)
    stored = store.entities_by_id(sorted({target for target, _ in matches.values() if target}))
    renamed: dict[str, str] = {}
    written: dict[str, Entity] = {}
    for entity in entities:
        target, take_name = matches[entity.id]
        if target is None:
            written[entity.id] = entity
            continue
        renamed[entity.id] = target
        written[target] = merge_entity(written.get(target) or stored[target], entity, take_name)
    return list(written.values()), {key: renamed.get(eid, eid) for key, eid in entity_of.items()}
