"""The timelines of a stored story. The default timeline over the stored events
(`story.timeline.default_timeline`), chosen without holding every event: what the story build
ranks once (`story.build.store_default_timeline`) and the timeline views ask for with filters.
The summarised timeline (`story.timeline.summarise_timeline`) over the stored sentences of the
story, each chosen sentence shown with the event it tells where one was read from it."""
from __future__ import annotations

import hashlib
import heapq
from collections.abc import Iterator
from dataclasses import replace
from datetime import date

from storyline.fingerprint import code_fingerprint
from storyline.model import Event, Timex, from_dict
from storyline.store import Store, queries
from storyline.story.events import UNDATED_PAST_WINDOW_DAYS
from storyline.story.timeline import (
    CENTRAL_PARTY_MIN_DOCUMENTS,
    CENTRAL_SHARE,
    CandidateSentence,
    StorySpan,
    central_parties,
    default_size,
    central_names,
    central_terms,
    commentators,
    default_timeline,
    covers_day,
    is_background,
    fits_story,
    may_be_row,
    rank_floor,
    rank_level,
    salience,
    day_timexes,
    summarise_timeline,
    story_days,
    timeline_rank,
)

TIMELINE_REACH_PER_ROW = 8  # candidates loaded per default-timeline row at first (more when repeats fill them)


def story_span(store: Store) -> StorySpan:
    """The story's coverage (first and last publication day, document count, lengths and each
    document's publication day), which salience and background are read against."""
    return StorySpan(*queries.coverage(store), published=queries.publication_days(store))


def with_central_names(store: Store, span: StorySpan) -> StorySpan:
    """The span with the story's central parties and places (`story.timeline.central_names`), which the
    default timeline's rows must name, and its commentators (`story.timeline.commentators`), whose
    positions are no rows."""
    if span.central is not None:
        return span
    widespread = queries.widespread_entities(store, CENTRAL_SHARE)
    parties = {entity for entity, _, _, documents in widespread if documents >= CENTRAL_PARTY_MIN_DOCUMENTS}
    return replace(span, central=central_names([(name, aliases) for _, name, aliases, _ in widespread],
                                               central_terms(*queries.document_word_counts(store))),
                   parties=central_parties(widespread),
                   commentators=commentators(queries.person_roles(store), parties))


ROW_RULES_STATE = "row_rules"  # story_state key: the fingerprint of the code the stored marks were made by
# where `may_be_row`, its patterns and the event it reads live
ROW_RULES_CODE = ("story/timeline.py", "story/cluster.py", "nlp/time/lexicon.py", "model.py")
# The code this process runs (read at import, not from files edited or upgraded since: a long-running
# server must not record a fingerprint of rules it does not run).
ROW_RULES = code_fingerprint(ROW_RULES_CODE)
# where the default timeline is ranked over the row candidates: a ranking kept by a story build of
# other code is ranked again (`story.build.stored_default_timeline`)
RANKING_RULES = code_fingerprint(ROW_RULES_CODE + ("story/stored_timeline.py",))


def refresh_row_marks(store: Store) -> None:
    """Call inside `transaction()`: record `may_be_row` for the events stored without it (a store
    written before it was kept), once, so later rankings skip those that cannot be rows. Marks made
    by other rules (the code of `ROW_RULES_CODE` changed since) are all made again, once, so a store
    ranks as the current code would."""
    if store.get_state(ROW_RULES_STATE) != ROW_RULES:
        store.unmark_events()
        record_row_rules(store)
    unmarked = store.unmarked_events()
    if unmarked:
        events = {event_id: from_dict(Event, record) for event_id, record in unmarked}
        store.mark_row_candidates({event_id: (may_be_row(event), rank_floor(event)) for event_id, event in events.items()})


def record_row_rules(store: Store) -> None:
    """Call inside `transaction()` when every stored mark was made by this code (a whole story just written)."""
    store.set_state(ROW_RULES_STATE, ROW_RULES)


def rank_default_timeline(store: Store) -> list[Event]:
    """The whole story's default timeline ranked over the stored events (the story build keeps it)."""
    return default_timeline_of_store(store, story_span(store))


def default_timeline_of_store(store: Store, span: StorySpan, size: int | None = None,
                              actor_ids: list[str] | None = None, since: str | None = None,
                              until: str | None = None) -> list[Event]:
    """`default_timeline` over the stored events (of `actor_ids`, between `since` and `until`): the
    candidates' ranking keys are streamed, and only the `reach` most salient are loaded and chosen
    from. The greedy choice over a prefix of the ranking is the choice over all of it once it has
    its `size` rows, so when the choice falls short while more candidates exist, `reach` grows and
    it is redone. The whole story's events come best rank floor first (`story.timeline.rank_floor`):
    once `reach` are kept and the next floor is worse than the worst kept rank, no unread event can
    enter, and the stream stops."""
    size = default_size(span.documents) if size is None else size
    span = with_central_names(store, span)
    reach = max(TIMELINE_REACH_PER_ROW * size, 1)
    while True:
        ranked, candidates = [], 0
        for record, row_candidate, floor in _dated_events(store, actor_ids, since, until):
            if floor is not None and len(ranked) >= reach:
                worst = rank_level(ranked[0].item)
                if worst is not None and floor > worst:
                    candidates += 1  # unread events are left: the choice over them may need more reach
                    break
            event = from_dict(Event, record)
            if (row_candidate or may_be_row(event)) and fits_story(event, span):
                candidates += 1
                item = timeline_rank(event, span)
                if len(ranked) < reach:
                    heapq.heappush(ranked, _Reversed(item, event))
                elif item < ranked[0].item:
                    heapq.heapreplace(ranked, _Reversed(item, event))
        people = sorted({entity for entry in ranked for entity in entry.event.participants if entity.startswith("person:")})
        chosen = default_timeline([entry.event for entry in ranked],
                                  replace(span, named_in=queries.documents_naming(store, people)), size)
        if len(chosen) >= size or candidates <= reach:
            return chosen
        reach *= 4


def _dated_events(store: Store, actor_ids: list[str] | None, since: str | None,
                  until: str | None) -> Iterator[tuple[dict, bool | None, float | None]]:
    """The dated events (of `actor_ids`, between `since` and `until`), each with whether it may be a
    row as stored (None: not known, to be checked) and its rank floor (None: none to stop by); the whole
    story's without those stored as no row, best floor first, when the marks are this code's."""
    if actor_ids is None and since is None and until is None and store.get_state(ROW_RULES_STATE) == ROW_RULES:
        return queries.row_candidate_events(store)  # marks made by this code; others are checked here
    return ((record, None, None) for record, _ in queries.keyed_events(store, actor_ids, since, until, dated_only=True))


class _Reversed:
    """A max-heap entry for heapq (a min-heap): the worst-ranked kept candidate sits on top, with
    its event (already decoded from the stream, so the winners are not read again)."""

    __slots__ = ("item", "event")

    def __init__(self, item, event: Event):
        self.item, self.event = item, event

    def __lt__(self, other: "_Reversed") -> bool:
        return other.item < self.item


def story_sentences(store: Store, actor_ids: list[str] | None = None) -> list[CandidateSentence]:
    """The summarised timeline's candidates: every stored sentence of the documents that carry a
    publication day (an inferred range of at most a week counts by its last day), with the first
    day its time expressions name. Copies are left out: their sentences are their original's, and
    counting them again would weigh a date by how often one report was reprinted. With
    `actor_ids`, only the sentences that mention one of them."""
    documents = queries.dated_originals(store, UNDATED_PAST_WINDOW_DAYS)
    mentioned = queries.mention_spans(store, actor_ids) if actor_ids is not None else None
    sentences = []
    for doc, passages in queries.passages_by_document(store):
        if doc not in documents:
            continue
        day, timex_records = documents[doc]
        published = date.fromisoformat(day)
        timexes = [from_dict(Timex, record) for record in timex_records]
        for position, (start, end, text) in enumerate(passages):
            if mentioned is not None and not any(start <= m_start and m_end <= end for m_start, m_end in mentioned.get(doc, ())):
                continue
            days = day_timexes(start, end, timexes, text, start)
            sentences.append(CandidateSentence(text.strip(), doc, published, position,
                                               days[0][1] if days else None, start, end, len(days)))
    return sentences


def summarised_timeline_of_store(store: Store, span: StorySpan, n_dates: int, per_date: int = 1,
                                 actor_ids: list[str] | None = None, since: str | None = None,
                                 until: str | None = None) -> list[tuple[str, CandidateSentence, Event | None]]:
    """`--dates N --per-date K` over the stored story: (day, chosen sentence, the most salient
    non-background event read from that sentence, or None), days oldest first. An event is one row:
    it goes to a row of its own day when one tells it, and a second sentence telling it stands as
    a report."""
    if actor_ids is not None and not actor_ids:
        return []
    first_day, last_day = story_days(span)
    chosen = summarise_timeline(story_sentences(store, actor_ids), n_dates, per_date,
                                date.fromisoformat(since[:10]) if since else first_day,
                                date.fromisoformat(until[:10]) if until else last_day)
    told_in: dict[str, list[Event]] = {}
    rows = [(day.isoformat(), sentence) for day, sentences in chosen for sentence in sentences]
    candidates = []
    for day, sentence in rows:
        if sentence.doc not in told_in:
            told_in[sentence.doc] = [from_dict(Event, record) for record in queries.events_in_document(store, sentence.doc)]
        told = [event for event in told_in[sentence.doc] if not is_background(event, span)
                and any(mention["doc"] == sentence.doc and mention["start"] < sentence.end
                        and sentence.start < mention["end"] for mention in event.mentions)]
        candidates.append(sorted(told, key=lambda event: (-salience(event, span), event.id)))
    # an event goes to a row of its own day first, then to the first other row telling it
    picked: list[Event | None] = [None] * len(rows)
    shown: set[str] = set()
    for on_its_day in (True, False):
        for index, (day, _) in enumerate(rows):
            if picked[index] is None:
                picked[index] = next((event for event in candidates[index] if event.id not in shown
                                      and (not on_its_day or covers_day(event, day))), None)
                if picked[index] is not None:
                    shown.add(picked[index].id)
    return [(day, sentence, event) for (day, sentence), event in zip(rows, picked)]

def reported_sentence(sentence: CandidateSentence, day: str) -> Event:
    """A summarised-timeline row for a sentence no event was read from: what its article reports
    of that day, with the sentence as its only evidence."""
    digest = hashlib.sha1(f"{sentence.doc}|{sentence.start}|{sentence.end}".encode()).hexdigest()[:12]
    return Event(id=f"sentence-{digest}", type="report", date=day, date_range=None, participants=[],
                 location=None, summary=sentence.text, status="reported",
                 mentions=[{"doc": sentence.doc, "start": sentence.start, "end": sentence.end}],
                 sources=[sentence.doc], independent_sources=1)
