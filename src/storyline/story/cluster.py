"""Cross-document event clustering: many reports of one phone call become one event.

Two mentions are the same event when their types are compatible (a "call" may be reported
as "talks" or "their conversation"), their dates agree (same day, or a day inside the other's
range: two calls a day apart stay apart), and they share participants. A mention with no
date joins an event only with extra evidence: its document copies one of the event's
documents, it names the same place, or it says nearly the same thing. A mention with no
named participant ("The call, reportedly held from Mar-a-Lago ...") joins the event of its
own document it most likely refers to.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from storyline.model import Event, EventMention
from storyline.story.lexicon import CONTACT_TYPES

EntityLookup = dict[tuple[str, int, int], str] | Callable[[str, int, int], str | None]
SIMILAR_SENTENCE = 70  # rapidfuzz token_sort_ratio above which two sentences tell the same thing
# When one event is reported with several contact words, name it by the most specific one.
CONTACT_TYPE_PRIORITY = ("call", "meeting", "visit", "negotiation")
STATUS_ORDER = {"happened": 0, "reported": 1, "planned": 2}


@dataclass
class _Cluster:
    mentions: list[EventMention] = field(default_factory=list)
    entities: Counter = field(default_factory=Counter)
    types: Counter = field(default_factory=Counter)
    date: str | None = None
    date_range: list[str] | None = None
    docs: set[str] = field(default_factory=set)
    locations: set[str] = field(default_factory=set)


# ---------------------------------------------------------------- participants -> entity ids


def _lookup(entity_of: EntityLookup, doc: str, start: int, end: int) -> str | None:
    if callable(entity_of):
        return entity_of(doc, start, end)
    return entity_of.get((doc, start, end))


def _surname_key(text: str) -> str:
    words = [w for w in text.replace("’s", "").replace("'s", "").split() if w[:1].isalnum()]
    return words[-1].lower() if words else text.lower()


def participant_entities(mentions: list[EventMention], entity_of: EntityLookup) -> list[list[str]]:
    """Entity ids of each mention's participants: the linker's id where it has one, else the id
    the linker gave the same surname elsewhere, else the text itself."""
    resolved: list[list[str | None]] = []
    by_surname: dict[str, str] = {}
    for mention in mentions:
        ids = []
        for text in mention.participants:
            offset = mention.sentence.find(text)
            entity = _lookup(entity_of, mention.doc, mention.start + offset, mention.start + offset + len(text)) if offset >= 0 else None
            ids.append(entity)
            if entity:
                by_surname.setdefault(_surname_key(text), entity)
        resolved.append(ids)
    result = []
    for mention, ids in zip(mentions, resolved):
        entities = []
        for text, entity in zip(mention.participants, ids):
            entity = entity or by_surname.get(_surname_key(text)) or "text:" + _surname_key(text)
            if entity not in entities:
                entities.append(entity)
        result.append(entities)
    return result


# ---------------------------------------------------------------- compatibility


def types_compatible(a: str, b: str) -> bool:
    return a == b or (a in CONTACT_TYPES and b in CONTACT_TYPES)


def _has_date(day: str | None, date_range: list[str] | None) -> bool:
    return bool(day or date_range)


def dates_compatible(day_a: str | None, range_a: list[str] | None, day_b: str | None, range_b: list[str] | None) -> bool:
    """Same day; a day inside a range; overlapping ranges. Undated is not compatible here."""
    if day_a and day_b:
        return day_a == day_b
    if day_a and range_b:
        return range_b[0] <= day_a <= range_b[1]
    if day_b and range_a:
        return range_a[0] <= day_b <= range_a[1]
    if range_a and range_b:
        return range_a[0] <= range_b[1] and range_b[0] <= range_a[1]
    return False


def _shared_enough(entities: list[str], cluster: _Cluster) -> int:
    """Number of shared participants, or 0 when too few to call it the same event."""
    shared = len(set(entities) & set(cluster.entities))
    needed = min(2, len(set(entities)), len(cluster.entities))
    return shared if needed and shared >= needed else 0


def _copies(doc: str, docs: set[str], copy_of: dict[str, str | None]) -> bool:
    return copy_of.get(doc) in docs or any(copy_of.get(other) == doc for other in docs)


def _similar(mention: EventMention, cluster: _Cluster) -> float:
    return max(fuzz.token_sort_ratio(mention.sentence, other.sentence) for other in cluster.mentions)


def _match_score(mention: EventMention, entities: list[str], cluster: _Cluster, copy_of: dict[str, str | None]) -> float:
    """How well a mention fits a cluster; 0 means it does not."""
    if not any(types_compatible(mention.type, t) for t in cluster.types):
        return 0.0
    if mention.status == "planned" and mention.type not in cluster.types:
        return 0.0  # a planned meeting is not the call that arranged it
    dated = _has_date(mention.date, mention.date_range) and _has_date(cluster.date, cluster.date_range)
    if dated and not dates_compatible(mention.date, mention.date_range, cluster.date, cluster.date_range):
        return 0.0
    same_type = 0.5 if mention.type in cluster.types else 0.0
    if not entities:
        # "The call, reportedly held ..." refers back to an event of its own document.
        return 1.0 + same_type if mention.doc in cluster.docs and mention.type in cluster.types else 0.0
    shared = _shared_enough(entities, cluster)
    if not shared:
        return 0.0
    score = shared + same_type
    if dated:
        return score + (1.0 if mention.date and mention.date == cluster.date else 0.0)
    copied = _copies(mention.doc, cluster.docs, copy_of)
    same_place = bool(mention.location and mention.location in cluster.locations)
    similarity = _similar(mention, cluster)
    if not (copied or same_place or similarity >= SIMILAR_SENTENCE):
        return 0.0
    return score + 2.0 * copied + same_place + similarity / 100


# ---------------------------------------------------------------- clustering


def _precision_rank(mention: EventMention) -> int:
    return 0 if mention.date else 1 if mention.date_range else 2


def _intersect(a: list[str] | None, b: list[str] | None) -> list[str] | None:
    if a is None:
        return b
    if b is None:
        return a
    low, high = max(a[0], b[0]), min(a[1], b[1])
    return [low, high] if low <= high else a


def _add(cluster: _Cluster, mention: EventMention, entities: list[str]) -> None:
    cluster.mentions.append(mention)
    cluster.entities.update(entities)
    cluster.types[mention.type] += 1
    cluster.docs.add(mention.doc)
    if mention.location:
        cluster.locations.add(mention.location)
    if mention.date and not cluster.date:
        cluster.date = mention.date
    elif mention.date_range and not cluster.date:
        cluster.date_range = _intersect(cluster.date_range, mention.date_range)


def _independent_sources(doc_ids: list[str], copy_of: dict[str, str | None]) -> int:
    try:
        from storyline.dedup import independent_sources
    except ImportError:
        try:
            from storyline.dedup.sources import independent_sources
        except ImportError:
            independent_sources = None
    if independent_sources is not None:
        return independent_sources(doc_ids, copy_of)
    roots = set()
    for doc in doc_ids:
        seen = {doc}
        while copy_of.get(doc) and copy_of[doc] not in seen:
            doc = copy_of[doc]
            seen.add(doc)
        roots.add(doc)
    return len(roots)


def _summary_mention(cluster: _Cluster, copy_of: dict[str, str | None]) -> EventMention:
    """The sentence that best stands for the event: from an original, done, dated, naming most."""
    def key(mention: EventMention):
        return (
            copy_of.get(mention.doc) is not None,
            STATUS_ORDER.get(mention.status, 3),
            mention.date is None,
            -len(mention.participants),
            not (60 <= len(mention.sentence) <= 300),
            mention.doc,
            mention.start,
        )
    return min(cluster.mentions, key=key)


def _most_common(values: list[str | None]) -> str | None:
    counted = Counter(v for v in values if v)
    return counted.most_common(1)[0][0] if counted else None


def _event_type(types: Counter) -> str:
    """The most frequent type; among contact words the most specific ('talks' about a call is a call)."""
    top = types.most_common(1)[0][0]
    if top in CONTACT_TYPES:
        return next(t for t in CONTACT_TYPE_PRIORITY if t in types)
    return top


def _to_event(cluster: _Cluster, copy_of: dict[str, str | None]) -> Event:
    mentions = sorted(cluster.mentions, key=lambda m: (m.doc, m.start))
    first = mentions[0]
    event_type = _event_type(cluster.types)
    key = f"{event_type}|{cluster.date or cluster.date_range}|{first.doc}|{first.start}|{first.trigger}"
    statuses = {m.status for m in mentions}
    status = "happened" if "happened" in statuses else "reported" if "reported" in statuses else "planned"
    sources = sorted(cluster.docs)
    return Event(
        id="ev-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12],
        type=event_type,
        date=cluster.date,
        date_range=None if cluster.date else cluster.date_range,
        participants=[entity for entity, _ in cluster.entities.most_common()],
        location=_most_common([m.location for m in mentions]),
        summary=_summary_mention(cluster, copy_of).sentence,
        status=status,
        mentions=[{"doc": m.doc, "start": m.start, "end": m.end} for m in mentions],
        sources=sources,
        independent_sources=_independent_sources(sources, copy_of),
        duration=_most_common([m.duration for m in mentions]),
    )


def cluster_events(event_mentions: list[EventMention], entity_of: EntityLookup,
                   copy_of: dict[str, str | None]) -> list[Event]:
    """Events with their mentions, sources and independent-source counts; ids are stable."""
    copy_of = copy_of or {}
    entities_of = participant_entities(event_mentions, entity_of)
    order = sorted(range(len(event_mentions)), key=lambda i: (
        _precision_rank(event_mentions[i]), not event_mentions[i].participants, event_mentions[i].doc, event_mentions[i].start))
    clusters: list[_Cluster] = []
    by_entity: dict[str, set[int]] = {}  # blocking: only clusters sharing a participant or the document
    by_doc: dict[str, set[int]] = {}
    for index in order:
        mention, entities = event_mentions[index], entities_of[index]
        if entities:
            candidates = set().union(*(by_entity.get(entity, set()) for entity in entities))
        else:
            candidates = by_doc.get(mention.doc, set())
        scored = [(_match_score(mention, entities, clusters[n], copy_of), -n) for n in candidates]
        best_score, best = max(scored, default=(0.0, 0))
        if best_score > 0:
            number = -best
        else:
            number = len(clusters)
            clusters.append(_Cluster())
        _add(clusters[number], mention, entities)
        for entity in entities:
            by_entity.setdefault(entity, set()).add(number)
        by_doc.setdefault(mention.doc, set()).add(number)
    events = _unique_ids([_to_event(cluster, copy_of) for cluster in clusters])
    return sorted(events, key=lambda e: (e.date or (e.date_range or [""])[0], e.id))


def _unique_ids(events: list[Event]) -> list[Event]:
    """Two clusters can start at the same trigger word (one verb, two event types' mentions
    kept apart); their ids then get a counter so every event id stays unique."""
    seen: Counter = Counter()
    for event in events:
        seen[event.id] += 1
        if seen[event.id] > 1:
            event.id = f"{event.id}-{seen[event.id]}"
    return events
