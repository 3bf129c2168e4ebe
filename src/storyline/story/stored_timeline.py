"""The default timeline over the stored events (`story.timeline.default_timeline`), chosen without
holding every event: what the story build ranks once (`story.build.store_default_timeline`) and
the timeline views ask for with filters."""
from __future__ import annotations

import heapq

from storyline.model import Event, from_dict
from storyline.store import Store, queries
from storyline.story.timeline import (
    StorySpan,
    default_size,
    default_timeline,
    is_timeline_candidate,
    timeline_rank,
)

TIMELINE_REACH_PER_ROW = 8  # candidates loaded per default-timeline row at first (more when repeats fill them)


def story_span(store: Store) -> StorySpan:
    """The story's coverage (first and last publication day, document count, lengths and each
    document's publication day), which salience and background are read against."""
    return StorySpan(*queries.coverage(store), published=queries.publication_days(store))


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
    it is redone."""
    size = default_size(span.documents) if size is None else size
    reach = max(TIMELINE_REACH_PER_ROW * size, 1)
    while True:
        ranked, candidates = [], 0
        for record, _ in queries.keyed_events(store, actor_ids, since, until, dated_only=True):
            event = from_dict(Event, record)
            if is_timeline_candidate(event, span):
                candidates += 1
                item = timeline_rank(event, span)
                if len(ranked) < reach:
                    heapq.heappush(ranked, _Reversed(item, event))
                elif item < ranked[0].item:
                    heapq.heapreplace(ranked, _Reversed(item, event))
        chosen = default_timeline([entry.event for entry in ranked], span, size)
        if len(chosen) >= size or candidates <= reach:
            return chosen
        reach *= 4


class _Reversed:
    """A max-heap entry for heapq (a min-heap): the worst-ranked kept candidate sits on top, with
    its event (already decoded from the stream, so the winners are not read again)."""

    __slots__ = ("item", "event")

    def __init__(self, item, event: Event):
        self.item, self.event = item, event

    def __lt__(self, other: "_Reversed") -> bool:
        return other.item < self.item
