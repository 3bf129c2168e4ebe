"""The story step keeps with each event whether it may be a default-timeline row (`story.timeline.may_be_row`),
so ranking reads only those: the default timeline must be the one ranked over every stored event, on a store
written with the marks and on one written before them (marked once by the next story step)."""
from __future__ import annotations

import shutil

from storyline.model import Event, from_dict
from storyline.store import Store, queries
from storyline.story.build import store_default_timeline, stored_default_timeline
from storyline.story.stored_timeline import rank_default_timeline, story_span, with_central_names
from storyline.story.timeline import (
    default_timeline,
    is_timeline_candidate,
    may_be_row,
    rank_floor,
    rank_level,
    timeline_rank,
)


def _ranked_over_every_event(store: Store) -> list[str]:
    """The default timeline as ranked before the marks: `default_timeline` over every stored event."""
    events = [from_dict(Event, record) for record, _ in queries.keyed_events(store)]
    return [event.id for event in default_timeline(events, with_central_names(store, story_span(store)))]


def _copy(seeded_db_path, tmp_path) -> Store:
    path = tmp_path / "seeds.db"
    shutil.copy(seeded_db_path, path)
    return Store(path)


def test_each_stored_event_is_marked_as_may_be_row_says(seeded_db_path, tmp_path):
    store = _copy(seeded_db_path, tmp_path)
    marks = dict(store.conn.execute("SELECT id, row_candidate FROM events").fetchall())
    events = [from_dict(Event, record) for record, _ in queries.keyed_events(store)]
    assert events and {event.id: int(may_be_row(event)) for event in events} == marks
    assert 0 < sum(marks.values()) < len(marks)  # the seeds have events of both kinds
    span = with_central_names(store, story_span(store))
    read = {record["id"] for record, _, _ in queries.row_candidate_events(store)}
    assert {event.id for event in events if is_timeline_candidate(event, span)} <= read


def test_the_ranking_over_marked_events_is_the_ranking_over_every_event(seeded_db_path, tmp_path):
    store = _copy(seeded_db_path, tmp_path)
    ranked = [event.id for event in rank_default_timeline(store)]
    assert ranked and sorted(ranked) == sorted(_ranked_over_every_event(store))
    assert sorted(stored_default_timeline(store)) == sorted(ranked)


def test_events_written_before_the_marks_are_checked_then_marked(seeded_db_path, tmp_path):
    store = _copy(seeded_db_path, tmp_path)
    marks = dict(store.conn.execute("SELECT id, row_candidate FROM events").fetchall())
    expected = sorted(event.id for event in rank_default_timeline(store))
    with store.transaction():
        store.conn.execute("UPDATE events SET row_candidate = NULL")  # as a store of schema 11 migrated
    assert sorted(event.id for event in rank_default_timeline(store)) == expected
    with store.transaction():
        store_default_timeline(store)
    assert dict(store.conn.execute("SELECT id, row_candidate FROM events").fetchall()) == marks
    assert sorted(stored_default_timeline(store)) == expected


def test_an_event_marked_as_no_row_is_not_read(seeded_db_path, tmp_path):
    """The mark is what the ranking reads: a row marked as no candidate is skipped unread."""
    store = _copy(seeded_db_path, tmp_path)
    ranked = [event.id for event in rank_default_timeline(store)]
    with store.transaction():
        store.conn.execute("UPDATE events SET row_candidate = 0 WHERE id = ?", (ranked[0],))
    assert ranked[0] not in [event.id for event in rank_default_timeline(store)]


def test_marks_made_by_other_rules_are_made_again(seeded_db_path, tmp_path):
    """A store whose marks were made by other code of `may_be_row` (its rules edited since) is marked
    again by the next story step, as the current rules say."""
    from storyline.story.stored_timeline import ROW_RULES_STATE

    store = _copy(seeded_db_path, tmp_path)
    marks = dict(store.conn.execute("SELECT id, row_candidate FROM events").fetchall())
    with store.transaction():
        store.conn.execute("UPDATE events SET row_candidate = 1 - row_candidate")  # what other rules said
        store.set_state(ROW_RULES_STATE, "rules of another version")
        store_default_timeline(store)
    assert dict(store.conn.execute("SELECT id, row_candidate FROM events").fetchall()) == marks


def test_a_story_build_writes_each_mark_with_the_event(seeded_db_path, tmp_path, monkeypatch):
    """The marks come from the events' own write, not from the refresh after it (which would hide a
    write that forgot them)."""
    from storyline.story import stored_timeline
    from storyline.story.build import rebuild_story

    store = _copy(seeded_db_path, tmp_path)
    monkeypatch.setattr(stored_timeline, "refresh_row_marks", lambda store: None)
    rebuild_story(store)
    marks = dict(store.conn.execute("SELECT id, row_candidate FROM events").fetchall())
    floors = dict(store.conn.execute("SELECT id, row_floor FROM events").fetchall())
    events = [from_dict(Event, record) for record, _ in queries.keyed_events(store)]
    assert events and None not in marks.values()
    assert {event.id: int(may_be_row(event)) for event in events} == marks
    assert {event.id: rank_floor(event) for event in events} == floors


def test_marks_of_other_rules_are_not_read_before_they_are_made_again(seeded_db_path, tmp_path):
    """A timeline asked for before the next story step (the marker moved, the rules changed) checks
    every event itself rather than trust marks another version of the rules made."""
    from storyline.story.stored_timeline import ROW_RULES_STATE

    store = _copy(seeded_db_path, tmp_path)
    expected = sorted(event.id for event in rank_default_timeline(store))
    with store.transaction():
        store.conn.execute("UPDATE events SET row_candidate = 0")  # what other rules said
        store.set_state(ROW_RULES_STATE, "rules of another version")
    assert sorted(event.id for event in rank_default_timeline(store)) == expected


def test_no_event_ranks_above_its_stored_floor(seeded_db_path, tmp_path):
    """The floor kept with each event is a bound on the rank the story gives it: what lets the ranking
    stop reading (lower ranks first)."""
    store = _copy(seeded_db_path, tmp_path)
    span = with_central_names(store, story_span(store))
    floors = dict(store.conn.execute("SELECT id, row_floor FROM events").fetchall())
    events = [from_dict(Event, record) for record, _ in queries.keyed_events(store, dated_only=True)]
    levels = {event.id: rank_level(timeline_rank(event, span)) for event in events}
    assert events and None not in floors.values()
    assert all(floors[event_id] <= level for event_id, level in levels.items() if level is not None)
    assert len({round(floor, 3) for floor in floors.values()}) > 5  # floors that tell events apart


def test_the_ranking_stops_early_and_chooses_as_over_every_event(seeded_db_path, tmp_path, monkeypatch):
    """With fewer rows than candidates, the ranking stops reading where no unread event can enter,
    and chooses the rows `default_timeline` chooses over every stored event."""
    from storyline.story import stored_timeline

    store = _copy(seeded_db_path, tmp_path)
    span = with_central_names(store, story_span(store))
    events = [from_dict(Event, record) for record, _ in queries.keyed_events(store)]
    read: list[str] = []
    streamed = queries.row_candidate_events

    def counted(store):
        for row in streamed(store):
            read.append(row[0]["id"])
            yield row

    monkeypatch.setattr(stored_timeline.queries, "row_candidate_events", counted)
    # the seeds' 15 candidates hold fewer than 8 per row once events known only by their reports are kept (no
    # floor bounds those): one candidate per row at first, as a large story's few rows among many events
    monkeypatch.setattr(stored_timeline, "TIMELINE_REACH_PER_ROW", 1)
    stopped = 0
    for size in range(1, 6):
        read.clear()
        ranked = stored_timeline.default_timeline_of_store(store, span, size=size)
        assert [event.id for event in ranked] == [event.id for event in default_timeline(events, span, size)]
        stopped += len(read) < sum(1 for _ in streamed(store))
    assert stopped  # the seeds' few rows are chosen without reading every candidate
