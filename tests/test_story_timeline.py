"""Timelines: ordering clustered events, summarising a large collection, dating sentences."""
from __future__ import annotations

from datetime import date

from storyline.model import Event
from storyline.story.sentence_dates import dates_in_text, first_date
from storyline.story.timeline import (
    CandidateSentence,
    build_timeline,
    candidates_from_documents,
    rank_dates,
    summarise_timeline,
)


def _event(event_id, day=None, date_range=None):
    return Event(id=event_id, type="call", date=day, date_range=date_range, participants=[], location=None,
                 summary="", status="happened")


def test_build_timeline_oldest_first_and_skips_undated():
    events = [_event("b", "2025-05-19"), _event("a", None, ["2024-11-03", "2024-11-10"]), _event("c"), _event("d", "2025-02-12")]
    assert build_timeline(events) == ["a", "d", "b"]


def test_weekday_and_explicit_dates_resolve_against_publication():
    published = date(2024, 11, 10)  # a Sunday
    assert first_date("The call was held last Thursday from Mar-a-Lago.", published) == date(2024, 11, 7)
    assert first_date("Trump spoke with Zelensky on Wednesday.", published) == date(2024, 11, 6)
    assert first_date("BP blamed others for the 20 April explosion.", date(2010, 9, 8)) == date(2010, 4, 20)
    assert first_date("The well was capped on July 15 , 2010 .", date(2011, 1, 2)) == date(2010, 7, 15)
    assert first_date("Leaders will meet on Friday in Munich.", date(2025, 2, 12)) == date(2025, 2, 14)
    assert first_date("The months may 20 years ago.", published) is None  # 'may' the verb
    assert [s.text for s in dates_in_text("yesterday and tomorrow", published)] == ["yesterday", "tomorrow"]


SPILL = [
    ("d1", date(2010, 4, 21), "The Deepwater Horizon rig exploded on April 20 , killing 11 workers in the Gulf of Mexico ."),
    ("d2", date(2010, 4, 22), "The oil rig Deepwater Horizon exploded on April 20 and sank two days later in the Gulf ."),
    ("d3", date(2010, 4, 23), "Eleven workers died when the rig exploded on April 20 off the coast of Louisiana ."),
    ("d4", date(2010, 4, 23), "Shares in BP fell sharply on Friday as the slick spread toward the coast ."),
    ("d5", date(2010, 7, 16), "BP said the cap stopped the flow of oil on July 15 for the first time since April ."),
    ("d6", date(2010, 7, 17), "Engineers confirmed that the new cap had stopped oil leaking into the Gulf on July 15 ."),
    ("d7", date(2010, 6, 1), "A small meeting about tourism took place in a nearby town hall today ."),
]


def _candidates():
    return [CandidateSentence(text, doc, published, 0, first_date(text, published)) for doc, published, text in SPILL]


def test_rank_dates_prefers_dates_many_articles_talk_about():
    ranked = rank_dates(_candidates())
    assert ranked[0] == date(2010, 4, 20)
    assert ranked.index(date(2010, 7, 15)) < ranked.index(date(2010, 6, 1))


def test_summarise_timeline_picks_important_dates_and_central_sentences():
    timeline = summarise_timeline(_candidates(), n_dates=2, sentences_per_date=1)
    assert [day for day, _ in timeline] == [date(2010, 4, 20), date(2010, 7, 15)]
    assert "exploded" in timeline[0][1][0] and "cap" in timeline[1][1][0]


def test_summarise_timeline_respects_the_date_window():
    timeline = summarise_timeline(_candidates(), n_dates=3, start=date(2010, 5, 1), end=date(2010, 12, 31))
    assert timeline and all(date(2010, 5, 1) <= day <= date(2010, 12, 31) for day, _ in timeline)


def test_candidates_from_documents_dates_sentences_and_skips_undated_documents():
    from storyline.model import Document, Timex

    text = "Trump spoke with Zelensky on Wednesday. Markets were calm.\nLeaders will meet in Munich on Friday."
    dated = Document(id="a", source="a", text=text, published="2025-02-12")
    undated = Document(id="b", source="b", text="Nothing is dated here.")
    by_rules = candidates_from_documents([dated, undated])
    assert [(c.doc, c.position, c.date) for c in by_rules] == [
        ("a", 0, date(2025, 2, 12)), ("a", 1, None), ("a", 2, date(2025, 2, 14))]
    timex = Timex(doc="a", start=29, end=38, text="Wednesday", type="DATE", value="2025-02-12", anchor="2025-02-12")
    by_timex = candidates_from_documents([dated], timexes={"a": [timex]})
    assert [c.date for c in by_timex] == [date(2025, 2, 12), None, None]
