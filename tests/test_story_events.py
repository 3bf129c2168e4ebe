"""Event mentions on the seed articles: types, participants, status, date, place, duration."""
from __future__ import annotations

import pytest

from conftest import seed_document
from storyline.story.events import extract_event_mentions, stated_duration


@pytest.fixture(scope="module")
def seed_events(nlp):
    from storyline.nlp.entities import extract_mentions
    from storyline.nlp.timex import extract_timexes

    found = {}
    for prefix in ("000", "001", "002", "003", "004"):
        doc = seed_document(prefix)
        parsed = nlp(doc.text)
        timexes = extract_timexes(doc.text, doc.published, doc.id, parsed)
        found[prefix] = extract_event_mentions(parsed, doc, timexes, extract_mentions(parsed, doc.id))
    return found


def _with(mentions, event_type, *names):
    return [m for m in mentions if m.type == event_type and all(any(n in p for p in m.participants) for n in names)]


def test_two_hour_call_of_may_2025(seed_events):
    calls = _with(seed_events["002"], "call", "Trump", "Putin")
    two_hours = [m for m in calls if m.duration == "two hours"]
    assert two_hours, [(m.sentence, m.participants, m.duration) for m in calls]
    assert two_hours[0].date == "2025-05-19"  # "Monday", published Monday 19 May
    assert two_hours[0].status == "happened"


def test_call_duration_goes_to_the_putin_call_not_the_zelenskyy_call(seed_events):
    with_duration = {m.duration: m for m in seed_events["004"] if m.type == "call" and m.duration}
    assert "an hour and a half" in with_duration
    assert any("Putin" in p for p in with_duration["an hour and a half"].participants)
    assert "about an hour" in with_duration
    assert any("Zelenskyy" in p for p in with_duration["about an hour"].participants)


def test_mar_a_lago_call_has_place_date_and_reported_status(seed_events):
    held = [m for m in seed_events["001"] if m.type == "call" and m.location and "Mar-a-Lago" in m.location]
    assert held, [(m.sentence[:60], m.location) for m in seed_events["001"] if m.type == "call"]
    assert held[0].date == "2024-11-07"  # "last Thursday" before Sunday 10 November
    assert held[0].status == "reported"  # "reportedly held"


def test_budapest_meeting_is_planned(seed_events):
    meetings = [m for m in seed_events["000"] if m.type == "meeting" and m.location == "Budapest"]
    assert meetings and meetings[0].status == "planned"
    assert {"Trump", "Putin"} <= {p.split()[-1] for p in meetings[0].participants} | {"Trump", "Putin"} & set(
        " ".join(meetings[0].participants).replace("-", " ").split())


def test_not_accepting_is_a_rejection(seed_events):
    rejections = [m for m in seed_events["000"] if m.type == "reject" and m.trigger == "accept"]
    assert rejections and any("Trump" in p for p in rejections[0].participants)


def test_zelensky_call_on_wednesday_is_separate_from_the_putin_call(seed_events):
    zelensky_calls = _with(seed_events["001"], "call", "Trump", "Zelensky")
    assert zelensky_calls and all(m.date == "2024-11-06" for m in zelensky_calls)  # "on Wednesday"
    assert not any(any("Putin" in p for p in m.participants) for m in zelensky_calls)


def test_every_mention_points_at_its_sentence(seed_events):
    for prefix, mentions in seed_events.items():
        text = seed_document(prefix).text
        for mention in mentions:
            assert mention.sentence in text[mention.start: mention.end + 1]
            assert mention.status in {"happened", "planned", "reported"}


def test_duration_phrases():
    assert stated_duration("the Kremlin said lasted for an hour and a half")[0] == "an hour and a half"
    assert stated_duration("they spoke for two hours Monday")[0] == "two hours"
    assert stated_duration("the talks went well") is None
