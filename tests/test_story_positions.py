"""Positions over time: stances on the story's topics, each tied to its quote or sentence."""
from __future__ import annotations

import pytest

from conftest import seed_document
from storyline.model import Document, Quote
from storyline.story.positions import extract_positions, stance_in, topics_in


@pytest.fixture(scope="module")
def seed_positions(nlp):
    from storyline.nlp.entities import extract_mentions, extract_roles, link_entities
    from storyline.nlp.timex import extract_timexes
    from storyline.story.events import extract_event_mentions

    docs = [seed_document(prefix) for prefix in ("000", "001", "002", "004")]
    mentions, roles, event_mentions = [], [], []
    for doc in docs:
        parsed = nlp(doc.text)
        doc_mentions = extract_mentions(parsed, doc.id)
        mentions += doc_mentions
        roles += extract_roles(parsed, doc.id, doc.published)
        event_mentions += extract_event_mentions(parsed, doc, extract_timexes(doc.text, doc.published, doc.id, parsed), doc_mentions)
    entities, entity_of = link_entities(mentions, roles)
    people = sorted((e for e in entities if e.type == "PERSON"), key=lambda e: len(e.mentions))
    ids = {e.name.split()[-1]: e.id for e in people}  # the most mentioned person of each surname wins
    return extract_positions([], event_mentions, entity_of, docs), ids


def test_trump_drops_the_ceasefire_demand_in_may_2025(seed_positions):
    positions, ids = seed_positions
    dropped = [p for p in positions if p.actor == ids["Trump"] and p.topic == "ceasefire" and p.stance == "drop"]
    assert dropped and dropped[0].date == "2025-05-19"
    assert dropped[0].quote is None and dropped[0].evidence["doc"] == "002"


def test_putin_demands_territory_in_october_2025(seed_positions):
    positions, ids = seed_positions
    assert any(p.actor == ids["Putin"] and p.topic == "territory" and p.stance == "demand" and p.date == "2025-10-19"
               for p in positions)


def test_zelensky_rejects_territorial_concessions(seed_positions):
    positions, ids = seed_positions
    zelensky = next(v for k, v in ids.items() if k.startswith("Zelensk"))
    assert any(p.actor == zelensky and p.topic == "territory" and p.stance == "reject" for p in positions)


def test_positions_are_ordered_by_date(seed_positions):
    positions, _ = seed_positions
    dates = [p.date for p in positions if p.date]
    assert dates == sorted(dates)


def test_quote_positions_link_to_the_quote():
    doc = Document(id="q", source="q", published="2025-02-12",
                   text='"Chasing this illusionary goal will only prolong the war," Hegseth said of NATO membership for Ukraine.')
    quote = Quote(id="q-1", doc="q", text="Chasing this illusionary goal will only prolong the war", start=1, end=56,
                  kind="direct", speaker="person:pete-hegseth", speaker_text="Hegseth")
    nato_quote = Quote(id="q-2", doc="q", text="We reject NATO membership for Ukraine", start=0, end=37, kind="direct",
                       speaker=None, speaker_text="Hegseth", speaker_start=60, speaker_end=67)
    positions = extract_positions([quote, nato_quote], [], {("q", 60, 67): "person:pete-hegseth"}, [doc])
    assert [(p.actor, p.topic, p.stance, p.quote, p.date) for p in positions] == [
        ("person:pete-hegseth", "nato", "reject", "q-2", "2025-02-12")]


def test_topic_and_stance_cues():
    assert topics_in("insists on Western security guarantees") == ["security guarantees"]
    assert set(topics_in("a ceasefire along the current front lines")) == {"ceasefire", "territory"}
    assert stance_in("he backed off an earlier demand") == "drop"
    assert stance_in("Ukraine firmly rejected the proposal") == "reject"
    assert stance_in("Trump has not supported the plan") == "oppose"
    assert stance_in("the weather was fine") is None


def test_stance_history_keeps_only_changes():
    from storyline.model import Position
    from storyline.story.positions import stance_history

    made = Position("person:trump", "ceasefire", "demand", "2025-03-11", None, {"doc": "a", "start": 0, "end": 9})
    again = Position("person:trump", "ceasefire", "demand", "2025-04-02", None, {"doc": "b", "start": 0, "end": 9})
    dropped = Position("person:trump", "ceasefire", "drop", "2025-05-19", None, {"doc": "c", "start": 0, "end": 9})
    history = stance_history([dropped, again, made])
    assert [p.stance for p in history[("person:trump", "ceasefire")]] == ["demand", "drop"]
    assert history[("person:trump", "ceasefire")][0].date == "2025-03-11"
