"""Undated documents dated again from the store: when dated coverage arrives later, in an
addition to the story, and what the export and the copy index show of it."""
from __future__ import annotations

import json

import pytest

from conftest import SEEDS
from storyline.dedup.index import CopyIndex
from storyline.export.records import build_export
from storyline.pipeline import SpacyExecutor, ingest
from storyline.store import Store

SEED_003 = str(next(SEEDS.glob("003_*.txt")))  # undated rewrite of 004
SEED_004 = str(next(SEEDS.glob("004_*.txt")))  # dateline February 12, 2025


@pytest.fixture(scope="module")
def redated(tmp_path_factory, nlp):
    """003 stored alone, its dates as the text gives them; then 004 added to the story."""
    store = Store(tmp_path_factory.mktemp("redate") / "s.db")
    analyzer = SpacyExecutor(nlp)
    ingest(store, [SEED_003], executor=analyzer)
    alone = store.documents()[0]
    alone_timexes = store.analysis(alone.id).timexes
    ingest(store, [SEED_004], executor=analyzer, story="add")
    return store, alone, alone_timexes


def _stored_feed(tmp_path, nlp, records: list[dict], name: str = "story.jsonl", **ingest_options) -> Store:
    """A store of the records, ingested from a JSONL file as a user feeds them."""
    feed = tmp_path / name
    feed.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    store = Store(tmp_path / "s.db")
    ingest(store, [str(feed)], executor=SpacyExecutor(nlp), **ingest_options)
    return store


def test_an_undated_article_alone_keeps_the_range_its_text_gives_with_reasons(redated):
    _, alone, timexes = redated
    assert alone.published is None and alone.published_how == "inferred"
    assert alone.published_range[0] == "2025-01-25"  # Defense Secretary Hegseth and the other titles
    assert alone.published_reasons and any("Hegseth" in reason for reason in alone.published_reasons)
    wednesday = [t for t in timexes if t.text == "Wednesday"]
    assert wednesday and all(t.value is None for t in wednesday)  # a wide range fixes no weekday


def test_dated_coverage_arriving_later_dates_the_stored_article_and_its_events(redated):
    store, alone, _ = redated
    original = next(doc for doc in store.documents() if doc.id != alone.id)
    assert original.published == "2025-02-12" and original.published_how == "dateline"
    redated_doc = store.document(alone.id)
    assert (redated_doc.published, redated_doc.published_range, redated_doc.published_how) == ("2025-02-12", None, "inferred")
    assert redated_doc.published_reasons == [f"rewrite of {original.id} published 2025-02-12"]
    analysis = store.analysis(alone.id)
    assert {t.value for t in analysis.timexes if t.text == "Wednesday"} == {"2025-02-12"}
    announced = next(m for m in analysis.event_mentions if "announced on Wednesday" in m.sentence)
    assert announced.date == "2025-02-12"


def test_the_export_carries_the_reasons(redated):
    store, alone, _ = redated
    documents = {doc["id"]: doc for doc in build_export(store)["documents"]}
    assert documents[alone.id]["published_reasons"][0].startswith("rewrite of ")
    assert all(isinstance(doc["published_reasons"], list) for doc in documents.values())


def test_the_copy_index_names_the_most_similar_documents(redated):
    store, alone, _ = redated
    similar = CopyIndex(store.conn).similar(alone.id)
    assert [other for other, _ in similar] == [d.id for d in store.documents() if d.id != alone.id]
    assert similar[0][1] > 0.3


def test_an_article_without_clues_is_dated_within_the_story_s_dated_coverage(tmp_path, nlp):
    """No date in the text and no similar dated article: the story's dated coverage, widened by
    STORY_MARGIN_DAYS, is the weakest clue, used only when the text itself bounds nothing and enough
    dated articles (MIN_STORY_DATED) measured that coverage."""
    import datetime as dt

    from storyline.story.redate import MIN_STORY_DATED, STORY_MARGIN_DAYS

    subjects = ["The port authority", "Farmers in the valley", "The city council", "A ferry operator", "The water board",
                "Teachers at the school", "The regional airline", "Fishermen on the coast", "The hospital trust",
                "A mining company", "The railway union", "Bakers in the old town"]
    assert len(subjects) >= MIN_STORY_DATED
    lines = [{"text": f"{subject} said its results for the quarter were better than expected.",
              "published": (dt.date(2024, 3, 4) + dt.timedelta(days=16 * index // (len(subjects) - 1))).isoformat(),
              "url": f"https://example.org/{index}"} for index, subject in enumerate(subjects)]
    lines.append({"text": "A museum curator described the restoration of an old painting of a river.",
                  "url": "https://example.org/undated"})
    store = _stored_feed(tmp_path, nlp, lines, story="full")
    undated = next(doc for doc in store.documents() if doc.url.endswith("undated"))
    margin = dt.timedelta(days=STORY_MARGIN_DAYS)
    assert undated.published_range == [(dt.date(2024, 3, 4) - margin).isoformat(), (dt.date(2024, 3, 20) + margin).isoformat()]
    assert any(f"the story's {len(subjects)} dated articles" in reason for reason in undated.published_reasons)
    # a later dated article of the story, added to it, widens the coverage and re-dates it
    later = tmp_path / "later.jsonl"
    later.write_text(json.dumps({"text": "Divers inspected the hull of a ferry that ran aground near the harbour.",
                                 "published": "2024-05-02", "url": "https://example.org/c"}) + "\n", encoding="utf-8")
    ingest(store, [str(later)], executor=SpacyExecutor(nlp), story="add")
    undated = next(doc for doc in store.documents() if doc.url.endswith("undated"))
    assert undated.published_range[1] == (dt.date(2024, 5, 2) + margin).isoformat()


_HAIR_BOOMS = ("The technique has been tested and approved by the United States Environmental Protection Agency. "
               "It was used in past disasters, such as 2007's Cosco Busan oil spill in San Francisco Bay and in the "
               "Philippines in 2006, when prisoners shaved their heads and chests to donate hair to the clean-up.")  # bpoil_bbc


def test_an_article_whose_own_clues_allow_all_the_coverage_is_dated_within_it(tmp_path, nlp):
    """Its only date is a year of background ('2007's Cosco Busan oil spill': on or after 2007-01-01, nothing
    above), which allows every day of the story's dated coverage: inside it, that says no more than no date
    at all, so the coverage bounds it as it bounds an article without dates (dating10; before, 2007-01-01..today)."""
    import datetime as dt

    from storyline.story.redate import STORY_HELD_REASON

    subjects = ["The port authority", "Farmers in the valley", "The city council", "A ferry operator", "The water board",
                "Teachers at the school", "The regional airline", "Fishermen on the coast", "The hospital trust",
                "A mining company", "The railway union", "Bakers in the old town"]
    lines = [{"text": f"{subject} said its results for the quarter were better than expected.",
              "published": (dt.date(2024, 3, 4) + dt.timedelta(days=16 * index // (len(subjects) - 1))).isoformat(),
              "url": f"https://example.org/{index}"} for index, subject in enumerate(subjects)]
    lines.append({"text": _HAIR_BOOMS, "url": "https://example.org/undated"})
    store = _stored_feed(tmp_path, nlp, lines, story="full")
    undated = next(doc for doc in store.documents() if doc.url.endswith("undated"))
    assert undated.published_range == ["2024-03-04", "2024-03-20"]
    assert any(reason.startswith(STORY_HELD_REASON) for reason in undated.published_reasons)


def test_adding_the_dated_article_that_measures_the_coverage_dates_such_an_article_as_a_full_build(tmp_path, nlp, monkeypatch):
    """Stored before the coverage was measured, the article keeps 2007-01-01..today; the dated article that makes
    it measured re-dates it on addition as `date_document` over the same store (a full build) does."""
    from storyline.story import redate

    monkeypatch.setattr(redate, "MIN_STORY_DATED", 3)
    lines = [{"text": "The port authority said cargo ships resumed loading grain at the northern terminal.",
              "published": "2024-03-04", "url": "https://example.org/a"},
             {"text": "Farmers in the valley reported that the harvest was smaller than expected.",
              "published": "2024-03-20", "url": "https://example.org/b"},
             {"text": _HAIR_BOOMS, "url": "https://example.org/undated"}]
    store = _stored_feed(tmp_path, nlp, lines, story="full")
    undated = next(doc for doc in store.documents() if doc.url.endswith("undated"))
    assert undated.published_range[0] == "2007-01-01"
    feed = tmp_path / "c.jsonl"
    feed.write_text(json.dumps({"text": "Hotel owners on the coast said bookings for the spring had fallen by a third.",
                                "published": "2024-04-10", "url": "https://example.org/c"}) + "\n", encoding="utf-8")
    ingest(store, [str(feed)], executor=SpacyExecutor(nlp), story="add")
    undated = next(doc for doc in store.documents() if doc.url.endswith("undated"))
    full = redate.date_document(redate.StoreClues(store), undated, store.analysis(undated.id).timexes)
    assert undated.published_range == full.range == ["2024-03-04", "2024-04-10"]


def test_a_few_dated_articles_are_no_coverage_period_for_an_article_without_clues(tmp_path, nlp):
    """Two dated articles are a sample, not the story's coverage: an article whose text bounds nothing
    stays undated instead of taking their days (one dated article made 102 undated SemEval pages its day)."""
    lines = [{"text": "The port authority said cargo ships resumed loading grain at the northern terminal.",
              "published": "2024-03-04", "url": "https://example.org/a"},
             {"text": "Farmers in the valley reported that the harvest was smaller than expected.",
              "published": "2024-03-20", "url": "https://example.org/b"},
             {"text": "A museum curator described the restoration of an old painting of a river.",
              "url": "https://example.org/undated"}]
    store = _stored_feed(tmp_path, nlp, lines, story="full")
    undated = next(doc for doc in store.documents() if doc.url.endswith("undated"))
    assert (undated.published, undated.published_range) == (None, None)
    assert not any("dated articles were published" in reason for reason in undated.published_reasons)


def test_dating_one_document_reads_the_store_and_writes_nothing(tmp_path, nlp):
    """`date_document` (what scripts/dating_settings.py grids over) gives the range and reasons the
    story build stored, and leaves the stored document as it was."""
    from storyline.story.redate import StoreClues, date_document

    lines = [{"text": "BP capped the well on July 15, the company said on Monday.", "published": "2010-07-20",
              "url": "https://example.org/a"},
             {"text": "Engineers said on Tuesday that the cap BP fitted on July 15 was holding.",
              "url": "https://example.org/undated"}]
    store = _stored_feed(tmp_path, nlp, lines, story="full")
    undated = next(doc for doc in store.documents() if doc.url.endswith("undated"))
    stored = (undated.published, undated.published_range, undated.published_reasons)
    dating = date_document(StoreClues(store), undated, store.analysis(undated.id).timexes)
    # "July 15" without its year bounds nothing alone, and one dated article is no coverage period
    assert (dating.range, dating.reasons) == (stored[1], stored[2]) and stored[:2] == (None, None)
    again = next(doc for doc in store.documents() if doc.url.endswith("undated"))
    assert (again.published, again.published_range, again.published_reasons) == stored


def test_one_dated_neighbour_alone_gives_no_window():
    """A single similar dated article is too often weeks away (MIN_NEIGHBOURS, chosen on the
    development topics of `storyline eval dating`); two or more span the window."""
    from storyline.model import Document
    from storyline.story import redate

    class Neighbours:
        def __init__(self, ids):
            self.ids = ids

        def similar(self, doc_id):
            return [(other, 0.3) for other in self.ids]

    class DatedStore:
        def copies_of(self, ids):
            return []

        def publication(self, ids):
            days = {"a": "2024-03-04", "b": "2024-03-20"}
            return [(doc_id, days[doc_id], "given") for doc_id in ids]

    doc = Document(id="x", source="x.txt", text="Cargo ships resumed loading grain.")
    assert redate.MIN_NEIGHBOURS == 2
    assert redate.coverage_bounds(DatedStore(), doc, Neighbours(["a"])) == []
    (window,) = redate.coverage_bounds(DatedStore(), doc, Neighbours(["a", "b"]))
    margin = redate.NEIGHBOUR_MARGIN_DAYS
    assert (window.earliest.isoformat(), window.latest.isoformat(), window.firm) == (
        (dt_date(2024, 3, 4) - dt_days(margin)).isoformat(), (dt_date(2024, 3, 20) + dt_days(margin)).isoformat(), False)


def dt_date(*parts):
    import datetime as dt
    return dt.date(*parts)


def dt_days(days):
    import datetime as dt
    return dt.timedelta(days=days)


def test_the_store_knows_until_when_its_dated_articles_name_a_day(redated):
    from storyline.store.queries import days_named_until
    from storyline.story.redate import SOURCE_DATED

    store, _, _ = redated
    named = days_named_until(store, SOURCE_DATED)
    assert named["2025-02-12"] == "2025-02-12"  # seed 004, datelined February 12, 2025, names that day
    assert all(day[:4].isdigit() and len(day) == 10 for day in named)


def test_the_store_knows_the_latest_day_each_dated_article_names(tmp_path, nlp):
    from storyline.store.queries import latest_named_days
    from storyline.story.redate import SOURCE_DATED

    records = [
        {"text": "The rig exploded on April 20 in the Gulf of Mexico. Oil is still leaking from the well, officials said.",
         "published": "2010-06-01", "url": "https://example.org/a"},
        {"text": "BP capped the well on July 15, the company said. It began leaking on April 20.",
         "published": "2010-07-20", "url": "https://example.org/b"},
        {"text": "BP said on Monday that the well it capped on July 15 was holding.", "url": "https://example.org/c"},
    ]
    store = _stored_feed(tmp_path, nlp, records, "feed.jsonl")
    # the latest dated first; the undated third article is no evidence of how long news names a day
    assert latest_named_days(store, SOURCE_DATED) == [("2010-07-20", "2010-07-15"), ("2010-06-01", "2010-04-20")]


def test_the_recency_window_is_a_quantile_of_the_store_s_own_lags(monkeypatch):
    from storyline.story import redate

    lags = list(range(0, 20))  # published 0..19 days after the latest day named
    monkeypatch.setattr(redate, "latest_named_days", lambda store, how: [
        ((dt_date(2010, 5, 1) + dt_days(lag)).isoformat(), "2010-05-01") for lag in lags])
    assert redate.recency_window(None) == lags[int(redate.RECENCY_QUANTILE * len(lags))]
    monkeypatch.setattr(redate, "latest_named_days", lambda store, how: [("2010-05-03", "2010-05-01")] * (redate.MIN_LAGS - 1))
    assert redate.recency_window(None) is None  # too few to measure: the constant applies


def test_the_dated_neighbours_window_stays_inside_the_story_s_dated_coverage(tmp_path, nlp):
    """The window of the dated articles most like an undated one reaches NEIGHBOUR_MARGIN_DAYS beyond
    them, but not before the story's first nor after its last dated article once MIN_STORY_DATED
    articles measure that coverage (chosen on the development half of `storyline eval dating`):
    2024-02-28 (the day it writes out) .. 2024-04-19 (30 days after the later neighbour) becomes the
    coverage, 2024-03-01..2024-03-25, and the reason says so."""
    from storyline.story.redate import MIN_STORY_DATED

    lines = [{"text": "Engineers of the oil company lowered a containment dome over the leaking well in the Gulf of "
                      "Mexico on Monday, hoping to capture most of the crude spilling from the seabed.",
              "published": "2024-03-04", "url": "https://example.org/a"},
             {"text": "The oil company said the containment dome lowered over the leaking well in the Gulf of Mexico "
                      "had failed, as crude kept spilling from the seabed around it.",
              "published": "2024-03-20", "url": "https://example.org/b"}]
    others = ["Hotel owners on the coast said bookings for the spring had fallen by a third.",
              "The state governor asked for federal money to protect the marshes near the delta.",
              "Shrimp prices rose at the fish market in New Orleans as boats stayed in port.",
              "A federal judge heard the first lawsuits filed by fishermen against the drilling firms.",
              "Volunteers cleaned oiled pelicans at a rescue centre on the barrier island.",
              "Lawmakers in Washington questioned the chief executives of three companies about safety.",
              "Scientists measured the plume of dispersed oil far below the surface of the sea.",
              "Tourism officials in Florida launched an advertising campaign to keep visitors coming."]
    days = ["2024-03-01", "2024-03-06", "2024-03-08", "2024-03-11", "2024-03-13", "2024-03-15", "2024-03-18", "2024-03-25"]
    lines += [{"text": text, "published": day, "url": f"https://example.org/other{i}"}
              for i, (text, day) in enumerate(zip(others, days))]
    assert len(lines) >= MIN_STORY_DATED
    lines.append({"text": "Fishermen along the coast said the leaking well in the Gulf of Mexico, where a containment "
                          "dome was lowered after the February 28, 2024 blowout, still spilled crude from the seabed.",
                  "url": "https://example.org/undated"})
    store = _stored_feed(tmp_path, nlp, lines, story="full")
    undated = next(doc for doc in store.documents() if doc.url.endswith("undated"))
    assert undated.published_range == ["2024-03-01", "2024-03-25"]
    assert any("dated articles most like it" in reason and "inside the story's dated coverage 2024-03-01..2024-03-25"
               in reason for reason in undated.published_reasons)


def test_adding_dated_articles_dates_a_neighbours_window_as_a_full_build_would(tmp_path, nlp, monkeypatch):
    """The dated neighbours' window is cut at the story's dated coverage once MIN_STORY_DATED articles
    measure it; a dated article added later (unlike the undated one) that widens the coverage, or is the
    one that makes it measured, re-dates it as `date_document` over the same store (a full build) does
    (review of b68010d: the add kept 2024-03-04..2024-03-20, a full build gave 2024-03-04..2024-04-10)."""
    from storyline.story import redate

    monkeypatch.setattr(redate, "MIN_STORY_DATED", 3)
    lines = [{"text": "Engineers of the oil company lowered a containment dome over the leaking well in the Gulf of "
                      "Mexico on Monday, hoping to capture most of the crude spilling from the seabed.",
              "published": "2024-03-04", "url": "https://example.org/a"},
             {"text": "The oil company said the containment dome lowered over the leaking well in the Gulf of Mexico "
                      "had failed, as crude kept spilling from the seabed around it.",
              "published": "2024-03-20", "url": "https://example.org/b"},
             {"text": "Fishermen along the coast said the leaking well in the Gulf of Mexico, where a containment "
                      "dome was lowered after the February 28, 2024 blowout, still spilled crude from the seabed.",
              "url": "https://example.org/undated"}]
    store = _stored_feed(tmp_path, nlp, lines, story="full")

    def added(text: str, day: str, name: str) -> list[str]:
        feed = tmp_path / f"{name}.jsonl"
        feed.write_text(json.dumps({"text": text, "published": day, "url": f"https://example.org/{name}"}) + "\n",
                        encoding="utf-8")
        ingest(store, [str(feed)], executor=SpacyExecutor(nlp), story="add")
        undated = next(doc for doc in store.documents() if doc.url.endswith("undated"))
        full = redate.date_document(redate.StoreClues(store), undated, store.analysis(undated.id).timexes)
        assert undated.published_range == full.range
        return undated.published_range

    # the third dated article measures the coverage: the window 2024-02-28..2024-04-19 is cut to it
    assert added("Hotel owners on the coast said bookings for the spring had fallen by a third.",
                 "2024-03-10", "c") == ["2024-03-04", "2024-03-20"]
    # a later one widens the coverage, and the window with it
    assert added("The state governor asked for federal money to protect the marshes near the delta.",
                 "2024-04-10", "d") == ["2024-03-04", "2024-04-10"]


# --- time elapsed since a happening the dated coverage places ------------------------------------------------

_RIG_REPORTS = [  # where dated articles place the explosion: beside its words, the day they name
    ("The Deepwater Horizon rig exploded on April 20, killing 11 workers.", "2010-05-02"),
    ("Oil has leaked into the Gulf since the explosion on April 20.", "2010-05-20"),
    ("Since the April 20 explosion, BP has tried to cap the well three times.", "2010-06-01"),
    ("The explosion on the rig on 20 April set off the largest spill in US waters.", "2010-06-03"),
    ("BP said on June 10 that the cap was collecting more oil.", "2010-06-11"),
]


def _namings(reports: list[tuple[str, str]]) -> list[tuple[str, str, frozenset[str]]]:
    from storyline.dedup.text import keywords
    from storyline.nlp.time import extract_timexes
    from storyline.story.redate import _sentence_at

    return [(f"dated{i}", timex.value, frozenset(keywords(_sentence_at(text, timex.start))))
            for i, (text, published) in enumerate(reports) for timex in extract_timexes(text, published)
            if timex.type == "DATE" and len(timex.value or "") == 10]


def test_months_since_a_happening_the_coverage_places_bound_the_writing_from_both_ends():
    """'in the five months since the explosion' was written about five months (4.5 to 5.5) after the day
    the store's dated articles name beside 'explosion' (three of them, none naming another day beside it)."""
    from storyline.nlp.time import extract_timexes
    from storyline.story.redate import elapsed_bounds

    text = "In the five months since the explosion, fishermen have filed thousands of claims against BP."
    [bound] = elapsed_bounds(text, extract_timexes(text, None), _namings(_RIG_REPORTS))
    assert (bound.earliest.isoformat(), bound.latest.isoformat(), bound.firm) == ("2010-09-04", "2010-10-04", False)
    assert "'the five months since the explosion': 2010-04-20" in bound.reason


def test_months_after_a_happening_tell_what_happened_then_a_lower_bound_only():
    """'more than three months after the explosion, BP ...' tells something done then: on or after
    2010-04-20 + 3 months, nothing about how long after; a count put ahead ('the first six months after the
    spill') and a happening the coverage does not place ('a day after the senator wrote') give nothing."""
    from storyline.nlp.time import extract_timexes
    from storyline.story.redate import elapsed_bounds

    text = ("More than three months after the explosion, BP had still not updated its plan for the Gulf. "
            "Claims cover losses from the first six months after the explosion. "
            "A day after the senator wrote to the company, it replied.")
    [bound] = elapsed_bounds(text, extract_timexes(text, None), _namings(_RIG_REPORTS))
    assert (bound.earliest.isoformat(), bound.latest) == ("2010-07-20", None)


def test_a_happening_the_coverage_names_on_several_days_is_placed_on_none():
    """'the cap' is named beside one day by one dated article only: too few to place it (MIN_HAPPENING_VOTES)."""
    from storyline.story.redate import happening_day

    namings = _namings(_RIG_REPORTS)
    assert happening_day({"explosion"}, namings) == ("2010-04-20", 3)
    assert happening_day({"cap"}, namings) is None


def test_an_addition_of_the_dated_coverage_dates_a_stored_elapsed_count_as_a_full_build(tmp_path, nlp):
    """The undated article stored before the dated articles that place 'the explosion' gets, when they are
    added, the range a full build of all of them gives it (`undated_near` re-dates texts holding 'months since the', not
    only those without a range or resting on the coverage)."""
    reports = [{"text": text, "published": published, "url": f"https://example.org/{i}"}
               for i, (text, published) in enumerate(_RIG_REPORTS)]
    undated = {"text": "In the five months since the explosion, fishermen on the coast have filed more claims than in all "
                       "of March 2010.", "url": "https://example.org/undated"}  # a range of its own: on or after March 2010
    (tmp_path / "full").mkdir(), (tmp_path / "add").mkdir()
    full = _stored_feed(tmp_path / "full", nlp, reports + [undated], story="full")
    first = _stored_feed(tmp_path / "add", nlp, [undated], story="full")
    feed = tmp_path / "add" / "later.jsonl"
    feed.write_text("".join(json.dumps(record) + "\n" for record in reports), encoding="utf-8")
    ingest(first, [str(feed)], executor=SpacyExecutor(nlp), story="add")
    ranges = [next(doc for doc in store.documents() if doc.url.endswith("undated")) for store in (full, first)]
    assert ranges[0].published_range == ranges[1].published_range
    assert ranges[0].published_range[0] >= "2010-09-04"  # at least 4.5 months after 2010-04-20
    assert any("since the explosion" in reason for reason in ranges[1].published_reasons)


def test_a_day_named_without_its_year_that_the_coverage_places_years_before_bounds_nothing():
    """'the Sept. 11 terrorist attacks': the store's dated articles name Sept. 11 only as 2001-09-11, years before
    the story's coverage, so the day is that landmark, not the Sept. 11 nearest the writing (which had cut a
    withheld article of 2010-08-21 to 2010-08-05..2010-08-12); 'the April 20 explosion', a day the coverage names
    in its own time, is kept, as is a day not used as a name ('on Sept. 11, the well was sealed')."""
    import datetime as dt

    from storyline.nlp.time import extract_timexes
    from storyline.story.redate import day_names_of_other_years

    text = ("Feinberg, who oversaw compensation funds for victims of Agent Orange, the Sept. 11 terrorist attacks and "
            "the 2007 shooting rampage at Virginia Tech, was appointed to oversee claims from the April 20 explosion. "
            "On Sept. 11, the well was sealed.")
    named_until = {"2001-09-11": "2010-06-17", "2010-04-20": "2010-12-01"}
    timexes = extract_timexes(text, None)
    other = day_names_of_other_years(text, timexes, named_until, dt.date(2010, 4, 30))
    assert [timex.text for timex in other] == ["Sept. 11"] and other[0].start == text.index("Sept. 11")
    assert day_names_of_other_years(text, timexes, {"2010-09-11": "2010-09-12", **named_until}, dt.date(2010, 4, 30)) == []
