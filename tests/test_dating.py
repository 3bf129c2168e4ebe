"""Publication ranges, re-anchoring and event dates on the seed articles."""
from __future__ import annotations

import datetime as dt

import pytest

from conftest import seed_text
from storyline.model import Timex
from storyline.nlp.time.dating import (RECENCY_DAYS, Bound, date_of_span, infer_publication, infer_published_range, reanchor_timexes,
                                  reanchor_to_range, value_range)
from storyline.nlp.time import extract_timexes
from storyline.nlp.time.rule import TimeRule

TODAY = "2026-01-01"


def body_of(prefix: str, last_line: str) -> str:
    """A seed up to and including the line that starts with `last_line` (drops the site's footer)."""
    text = seed_text(prefix)
    end = text.index(last_line)
    return text[: text.index("\n", end)]


def test_president_elect_and_president_biden_narrow_seed_001_to_the_transition():
    text = seed_text("001")
    timexes = extract_timexes(text, None)
    assert infer_published_range(text, timexes, today=TODAY) == ["2024-11-05", "2025-01-20"]


def test_explicit_dates_bound_seed_004_from_below_and_recency_from_above():
    text = seed_text("004")
    dating = infer_publication(text, extract_timexes(text, None), today=TODAY)
    assert dating.range == ["2025-02-12", (dt.date(2025, 2, 12) + dt.timedelta(days=RECENCY_DAYS)).isoformat()]
    assert dating.reasons == ["writes out 'February 12, 2025': on or after 2025-02-12",
                              f"news within {RECENCY_DAYS} days after the latest day it names, 2025-02-12"]


def test_title_facts_outvote_a_wrong_title_in_seed_003():
    text = body_of("003", "\"I believe the reason")
    earliest, latest = infer_published_range(text, extract_timexes(text, None), today=TODAY)
    # Hegseth as Defense Secretary, Rubio, Vance, former Vice President Harris: after January 2025,
    # although the text also (wrongly) says "Former President Donald Trump".
    assert earliest == "2025-01-25"
    assert latest == TODAY


def test_no_evidence_gives_no_range():
    assert infer_published_range("Nothing here says when.", []) is None
    assert infer_published_range("", []) is None


def test_relative_values_are_no_evidence_of_the_publication_date():
    text = "He spoke on Wednesday."
    timexes = extract_timexes(text, "2025-02-12")
    assert infer_published_range(text, timexes) is None


def test_reanchoring_seed_001_without_reparsing():
    text = seed_text("001")
    undated = extract_timexes(text, None, "001")
    assert all(t.value is None for t in undated if t.text == "last Thursday")
    dated = reanchor_timexes(undated, text, "2024-11-10")
    found = {t.text: t.value for t in dated}
    assert found["last Thursday"] == "2024-11-07"
    assert found["Sunday"] == "2024-11-10"
    assert found["2014"] == "2014"
    assert all(t.anchor == "2024-11-10" for t in dated)
    assert [(t.start, t.end) for t in dated] == [(t.start, t.end) for t in undated]
    assert reanchor_timexes(dated, text, "2024-11-10") == dated


def test_reanchoring_reads_timexes_made_without_a_rule():
    text = "They met last Thursday."
    bare = Timex(doc="x", start=9, end=22, text="last Thursday", type="DATE", value=None, anchor=None)
    assert reanchor_timexes([bare], text, "2024-11-10")[0].value == "2024-11-07"


def sentence_span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, text.index(".", start) + 1


def test_event_date_is_the_reported_thursday_not_the_publication_day(nlp):
    text = seed_text("001")
    parsed = nlp(text)
    timexes = extract_timexes(text, "2024-11-10", "001", parsed)
    start, end = sentence_span(text, "The call, reportedly held")
    assert date_of_span(start, end, timexes, parsed) == ("2024-11-07", None)


def test_the_date_of_a_report_is_not_the_date_of_what_it_reports(nlp):
    text = seed_text("001")
    parsed = nlp(text)
    timexes = extract_timexes(text, "2024-11-10", "001", parsed)
    start, end = sentence_span(text, "US President-elect Donald Trump has engaged")
    assert date_of_span(start, end, timexes, parsed) == (None, None)
    start, end = sentence_span(text, "Bryan Lanza, a former Trump adviser")
    assert date_of_span(start, end, timexes, parsed) == ("2024-11-09", None)


def test_event_dates_as_ranges_and_without_a_parse():
    text = seed_text("004")
    timexes = extract_timexes(text, "2025-02-12", "004")
    start, end = sentence_span(text, "The developments come after Trump")
    assert date_of_span(start, end, timexes) == (None, ["2024-09-01", "2024-09-30"])
    start, end = sentence_span(text, "Zelenskyy has long demanded")  # "earlier this week"
    assert date_of_span(start, end, timexes) == (None, ["2025-02-10", "2025-02-12"])
    start, end = sentence_span(text, "\"Chasing this illusionary goal")
    assert date_of_span(start, end, timexes) == (None, None)


@pytest.mark.parametrize("text, published, expected", [
    # MJ_bbc, 16 September 2010 (the lawsuit was filed on 25 June): the part of the year before the report
    ("Earlier this year Jackson's father, Joe, filed a wrongful death lawsuit against Dr Murray, accusing him of "
     "professional negligence.", "2010-09-16", ["2010-01-01", "2010-09-16"]),
    # bpoil_reuters, 29 September 2010
    ("Earlier this month, three Mexican states sued British oil giant BP and its contractors Transocean, as well as "
     "affiliated businesses.", "2010-09-29", ["2010-09-01", "2010-09-29"]),
    # what is still to come starts the day after the report ('later today' is another expression)
    ("Obama will return to the Gulf later this month.", "2010-06-10", ["2010-06-11", "2010-06-30"]),
    # 'early' names the period's first third, whatever the report's day
    ("BP began drilling the relief well early this month.", "2010-09-29", ["2010-09-01", "2010-09-10"]),
])
def test_earlier_and_later_count_from_the_reports_day(text, published, expected):
    """'earlier this year' is the part of the year before the report, not its first third (issue #13 round 15)."""
    assert date_of_span(0, len(text), extract_timexes(text, published, "d")) == (None, expected)


@pytest.mark.parametrize("text, published, expected", [
    # bpoil_reuters, Sunday 11 July 2010: the meeting was on Wednesday 7 July (Reuters, 7 July)
    ("BP boss Tony Hayward met with an Abu Dhabi state investment fund last week.", "2010-07-11",
     ["2010-06-28", "2010-07-10"]),
    # MJ_bbc, Saturday 8 October 2011: the group withdrew on 4-5 October (BBC, 5 October)
    ("Chart-toppers Black Eyed Peas withdrew from the line-up of the Michael Forever concert last week.", "2011-10-08",
     ["2011-09-26", "2011-10-07"]),
    # bpoil_guardian, Sunday 20 June 2010: Costner testified on 9 June, the week before, which the range still holds
    ("The actor testified in Congress last week that he had been trying to employ the technology.", "2010-06-20",
     ["2010-06-07", "2010-06-19"]),
    # bpoil_reuters, Tuesday 15 June 2010: on a weekday 'last week' is the calendar week before
    ("Several fuel oil traders have recently resigned from BP, including four traders from its Singapore office last "
     "week, industry sources told Reuters.", "2010-06-15", ["2010-06-07", "2010-06-13"]),
])
def test_last_week_at_a_weekend_may_be_the_week_just_ending(text, published, expected):
    """Issue #13 round 15: weekend reports' 'last week' was the calendar week before where the act was in the week ending."""
    assert date_of_span(0, len(text), extract_timexes(text, published, "d")) == (None, expected)


@pytest.mark.parametrize("text, anchor_range, expected", [
    # an undated report known only as 1 March..30 September 2010: 'earlier this year' may reach its latest day
    ("Earlier this year Jackson's father, Joe, filed a wrongful death lawsuit against Dr Murray.",
     ["2010-03-01", "2010-09-30"], ["2010-01-01", "2010-09-30"]),
    ("When that well is complete later this month, BP could pump more mud into the well.", ["2010-06-10", "2010-06-20"],
     ["2010-06-11", "2010-06-30"]),
    # a report of Saturday or Sunday 10-11 July 2010: up to the day before the later one
    ("BP boss Tony Hayward met with an Abu Dhabi state investment fund last week.", ["2010-07-10", "2010-07-11"],
     ["2010-06-28", "2010-07-10"]),
])
def test_comparatives_and_weekend_last_week_span_an_undated_reports_range(text, anchor_range, expected):
    """Review revtl16: the comparative and weekend rules read only the first day of an anchor range ('2010-03-01/...')."""
    timexes = reanchor_to_range(extract_timexes(text, None, "d"), text, anchor_range)
    assert date_of_span(0, len(text), timexes) == (None, expected)


@pytest.mark.parametrize("text, published, expected", [
    # bpoil_reuters, Friday 7 May 2010: the seven days before the report, not the calendar week before (26 April..2 May)
    ("Thousands signed contracts in the past week to make themselves and their boats available.", "2010-05-07",
     ["2010-04-30", "2010-05-07"]),
    # bpoil_guardian, Monday 14 June 2010
    ("It said the total bill had jumped by $350m in the last week, including payments of $25m each to the states.",
     "2010-06-14", ["2010-06-07", "2010-06-14"]),
])
def test_the_past_week_is_the_seven_days_up_to_the_report(text, published, expected):
    """Review revtl16: 'the past week' / 'the last week' carry the calendar week's TIMEX3 value (left as it is)."""
    assert date_of_span(0, len(text), extract_timexes(text, published, "d")) == (None, expected)


@pytest.mark.parametrize("text, published, expected", [
    # written on the month's last day, what is 'later this month' is that day, not the month's last third
    ("When that well is complete later this month, BP could pump more mud into the well.", "2010-06-30",
     ("2010-06-30", None)),
    # a comparative on a period that does not hold the report counts from a time the sentence does not give: the
    # whole period, not its first third (rule test, hand-written)
    ("The company filed a lawsuit earlier last year.", "2010-03-15", (None, ["2009-01-01", "2009-12-31"])),
])
def test_comparatives_at_or_past_the_periods_end(text, published, expected):
    assert date_of_span(0, len(text), extract_timexes(text, published, "d")) == expected


@pytest.mark.parametrize("value, expected", [
    ("2025-02-12", ("2025-02-12", "2025-02-12")),
    ("2025-02-12T17:21", ("2025-02-12", "2025-02-12")),
    ("2025-W07", ("2025-02-10", "2025-02-16")),
    ("2024-W45-WE", ("2024-11-09", "2024-11-10")),
    ("2025-02", ("2025-02-01", "2025-02-28")),
    ("1989-Q3", ("1989-07-01", "1989-09-30")),
    ("1989-H2", ("1989-07-01", "1989-12-31")),
    ("1998-WI", ("1998-12-01", "1999-02-28")),
    ("2014", ("2014-01-01", "2014-12-31")),
    ("199", ("1990-01-01", "1999-12-31")),
    ("P3Y", None), ("PRESENT_REF", None), (None, None), ("2025-02-30", None), ("XXXX-WXX-1", None),
])
def test_value_ranges(value, expected):
    found = value_range(value)
    assert (tuple(d.isoformat() for d in found) if found else None) == expected


def test_repeated_old_years_do_not_outvote_a_recent_date():
    text = "Russia annexed Crimea in 2014. Since 2014 the war went on. In 2014, talks failed. On Oct. 15, 2024, they met."
    earliest, _ = infer_published_range(text, extract_timexes(text, None), today=TODAY)
    assert earliest == "2024-10-15"


def test_unreadable_rules_keep_their_value():
    broken = Timex(doc="x", start=0, end=4, text="2014", type="DATE", value="2014", anchor=None, rule="{not json")
    assert reanchor_timexes([broken], "2014", "2025-01-01")[0].value == "2014"
    assert infer_published_range("2014", [broken], today=TODAY) == ["2014-01-01", TODAY]  # a year: no recency


def test_early_and_late_narrow_an_event_range():
    text = "The next meeting is likely in the last week of October. Talks began in early 2024."
    timexes = extract_timexes(text, "2025-10-18")
    first_end = text.index(".") + 1
    assert date_of_span(0, first_end, timexes) == (None, ["2025-10-21", "2025-10-31"])
    assert date_of_span(first_end, len(text), timexes) == (None, ["2024-01-01", "2024-05-01"])


def test_a_title_held_twice_is_settled_by_the_dates():
    text = "Secretary of State James Baker and President Bush met on Aug. 15, 1990."
    timexes = extract_timexes(text, None)
    assert infer_published_range(text, timexes, today=TODAY) == ["1990-08-15", (dt.date(1990, 8, 15) + dt.timedelta(days=RECENCY_DAYS)).isoformat()]  # recency
    text = "President Bush met allies to discuss Iraq in 2003."
    timexes = extract_timexes(text, None)
    assert infer_published_range(text, timexes, today=TODAY) == ["2003-01-01", "2009-01-20"]  # a year: no recency
    text = "President Bush met allies to discuss Iraq."  # which Bush is left open
    assert infer_published_range(text, [], today=TODAY) == ["1989-01-20", "2009-01-20"]


def test_dates_announced_as_ahead_are_no_lower_bound():
    text = "The notes, due 2019, were sold on Oct. 26, 1989."
    earliest, _ = infer_published_range(text, extract_timexes(text, None), today=TODAY)
    assert earliest == "1989-10-26"


def test_published_ranges_contain_the_creation_date_of_most_timebank_documents():
    from conftest import dataset
    from storyline.eval.tempeval import find_documents, read_timeml

    paths = find_documents(str(dataset("tempeval3", "TBAQ-cleaned", "TimeBank")))[:60]
    inside = outside = 0
    for path in paths:
        doc = read_timeml(path)
        found = infer_published_range(doc.text, extract_timexes(doc.text, None), today=TODAY)
        if found is not None:
            inside += found[0] <= doc.dct <= found[1]
            outside += not found[0] <= doc.dct <= found[1]
    assert inside >= 3 * outside, (inside, outside)


def test_years_running_since_a_year_bound_seed_000_from_below():
    text = seed_text("000")  # "ongoing for over 11 years" ... "since 2014", and President Trump
    earliest, latest = infer_published_range(text, extract_timexes(text, None), today=TODAY)
    # 2014 + 11 = 2025 rules out the first Trump term; "the last week of October" lies ahead
    assert (earliest, latest) == ("2025-04-01", "2025-10-31")


def test_the_nearest_year_count_explains_a_since_year():
    text = ("The conflict has been ongoing for over 11 years. Separatists have held the region since 2014.\n"
            "Talks have been frozen for over a year.")  # another paragraph: not about 2014
    earliest, _ = infer_published_range(text, extract_timexes(text, None), today=TODAY)
    assert earliest == "2025-01-01"
    far = "Talks have been frozen for nearly 3 years. " + "x " * 300 + "They have held it since 2014."
    assert infer_published_range(far, extract_timexes(far, None), today=TODAY)[0] == "2014-01-01"
    ahead = "The group has existed since 2024 and has grown for 20 years."  # lands after today
    assert infer_published_range(ahead, extract_timexes(ahead, None), today=TODAY)[0] == "2024-01-01"


def test_year_counts_never_bound_a_timebank_document_after_its_creation_date():
    import datetime as dt

    from conftest import dataset
    from storyline.eval.tempeval import find_documents, read_timeml
    from storyline.nlp.time.dating import _elapsed_lower_bound

    for path in find_documents(str(dataset("tempeval3", "TBAQ-cleaned"))):
        doc = read_timeml(path)
        bound = _elapsed_lower_bound(doc.text, extract_timexes(doc.text, None), dt.date.fromisoformat(TODAY))
        assert bound is None or bound[0].isoformat() <= doc.dct, (path.name, bound, doc.dct)


# ---------------------------------------------------------------- clue kinds, on real sentences

def test_a_written_out_date_put_ahead_bounds_the_writing_from_above():
    # bpoil_foxnews (Timeline17), published 2010-05-03; "President Obama" held 2009-01-20..2017-01-20
    text = ("President Obama spoke on the spill. The MMS will announce how the agency will proceed with the "
            "2010 SAFE Award program during the next several weeks.")
    dating = infer_publication(text, extract_timexes(text, None), today=TODAY)
    assert dating.range == ["2009-01-20", "2010-12-31"]
    assert dating.reasons[-1] == "'2010' lies ahead: on or before 2010-12-31"
    past = text.replace("will announce how the agency will proceed", "announced how the agency proceeded")
    assert infer_publication(past, extract_timexes(past, None), today=TODAY).range[0] == "2010-01-01"


def test_months_named_without_a_year_in_the_past_and_ahead_narrow_seed_000():
    text = seed_text("000")  # "a previous proposal made in August", "likely in the last week of October"
    dating = infer_publication(text, extract_timexes(text, None), today="2025-12-31")
    assert dating.range == ["2025-04-01", "2025-10-31"]
    assert any("'August' (past)" in r and "'the last week of October' (ahead)" in r for r in dating.reasons)


def test_a_narrow_range_values_relative_expressions_from_either_end():
    text = seed_text("002")  # "Trump and Putin spoke for two hours Monday in a phone call"
    timexes = reanchor_to_range(extract_timexes(text, None), text, ["2025-05-20", "2025-05-22"])
    monday = next(t for t in timexes if t.text == "Monday")
    assert (monday.value, monday.anchor) == ("2025-05-19", "2025-05-20/2025-05-22")
    start, end = sentence_span(text, "President Donald Trump and Russian President")
    assert date_of_span(start, end, timexes) == ("2025-05-19", None)
    wide = reanchor_to_range(extract_timexes(text, None), text, ["2025-05-01", "2025-05-31"])
    assert next(t for t in wide if t.text == "Monday").value is None  # the ends disagree: no honest day


def test_dated_neighbours_narrow_a_range_only_where_the_text_allows():
    import datetime as dt

    text = seed_text("002")
    timexes = extract_timexes(text, None)
    near = Bound("neighbours", earliest=dt.date(2025, 5, 13), latest=dt.date(2025, 5, 27), firm=False)
    dating = infer_publication(text, timexes, today=TODAY, coverage=[near])
    assert dating.range == ["2025-05-13", "2025-05-27"] and "neighbours" in dating.reasons
    before_zelensky = Bound("neighbours", earliest=dt.date(2018, 5, 13), latest=dt.date(2018, 5, 27), firm=False)
    dating = infer_publication(text, timexes, today=TODAY, coverage=[before_zelensky])
    assert dating.range[0] == "2019-05-20" and "neighbours" not in dating.reasons


def test_a_dated_copy_bounds_its_undated_original_from_above():
    import datetime as dt

    text = seed_text("001")
    copied = Bound("copied by x published 2024-11-11", latest=dt.date(2024, 11, 11))
    dating = infer_publication(text, extract_timexes(text, None), today=TODAY, coverage=[copied])
    assert dating.range == ["2024-11-05", "2024-11-11"]
    assert dating.reasons[-1] == "copied by x published 2024-11-11"


def test_a_day_named_as_a_limit_bounds_the_writing_from_above():
    # H1N1_bbc (Timeline17), published 2009-05-28: "advised" is past, the limit lies ahead
    text = "Health authorities advised the school to shut until 7 June."
    story = Bound("the story's dated articles", earliest=dt.date(2009, 4, 26), latest=dt.date(2009, 6, 30), firm=False)
    dating = infer_publication(text, extract_timexes(text, None), today=TODAY, coverage=[story])
    assert dating.range == ["2009-04-26", "2009-06-07"]
    assert any("'7 June' (2009-06-07) lies ahead" in reason for reason in dating.reasons)


def test_the_news_present_alone_does_not_put_a_named_day_ahead(nlp):
    # bpoil_washingtonpost, published 2010-09-27: "is conducting an inquiry into the April 20 disaster"
    text = ("The commission, which is conducting an inquiry into the April 20 disaster in the Gulf of Mexico, "
            "met in Washington. The hearing followed a report published on 1 August 2010.")
    dating = infer_publication(text, extract_timexes(text, None, parsed=nlp(text)), today=TODAY)
    assert dating.range[0] == "2010-08-01"
    assert not any("lies ahead" in reason for reason in dating.reasons)


def test_a_note_of_a_later_change_bounds_the_writing_from_above_only():
    # bpoil_guardian (Timeline17), published 2010-05-13
    text = ("Halliburton said on May 11, 2010 that it had finished the cement job. "
            "This article was amended on 19 May 2010. The original said that Halliburton made the casing.")
    dating = infer_publication(text, extract_timexes(text, None), today=TODAY)
    assert dating.range == ["2010-05-11", "2010-05-19"]
    assert "'19 May 2010' is when the page was changed: on or before 2010-05-19" in dating.reasons


def test_a_day_the_dated_coverage_still_names_is_no_news_of_the_day():
    # bpoil (Timeline17): "April 20", the day of the explosion, named by articles written months later
    text = "The rig exploded on April 20, 2010, killing 11 workers, and oil is still washing ashore."
    timexes = extract_timexes(text, None)
    assert infer_publication(text, timexes, today=TODAY).range == [
        "2010-04-20", (dt.date(2010, 4, 20) + dt.timedelta(days=RECENCY_DAYS)).isoformat()]
    dating = infer_publication(text, timexes, today=TODAY, named_until={"2010-04-20": "2010-11-02"})
    assert dating.range == ["2010-04-20", (dt.date(2010, 11, 2) + dt.timedelta(days=RECENCY_DAYS)).isoformat()]
    assert dating.reasons[-1] == (f"news within {RECENCY_DAYS} days after the latest day it names, 2010-04-20 "
                                  "(dated articles still name it on 2010-11-02)")


def test_of_disjoint_windows_the_one_nearest_the_story_s_dated_coverage():
    """Seed 000 names 'August' (past) and 'the last week of October' (ahead) without a year: once
    today is past October of the next year, two windows fit; seed 002's titles fit Trump's first
    and second terms. A store's dated coverage (seed 004, 2025-02-12) picks the nearer one."""
    story = (dt.date(2025, 2, 12), dt.date(2025, 2, 12))
    text = seed_text("000")
    timexes = extract_timexes(text, None)
    assert infer_publication(text, timexes, today="2026-12-01").range == ["2025-04-01", "2026-10-31"]
    dating = infer_publication(text, timexes, today="2026-12-01", story=story)
    assert dating.range == ["2025-04-01", "2025-10-31"]
    assert dating.reasons[-1].endswith("(the window nearest the story's dated coverage)")
    text = seed_text("002")
    timexes = extract_timexes(text, None)
    assert infer_publication(text, timexes, today="2026-12-01").range == ["2019-05-20", "2026-12-01"]
    assert infer_publication(text, timexes, today="2026-12-01", story=story).range == ["2025-01-20", "2026-12-01"]


def test_a_month_or_year_put_ahead_in_its_sentence_is_no_lower_bound():
    # bpoil_reuters (Timeline17), published 2010-07-27; the plan is told 60 characters before its year
    text = ("Tony Hayward will step down on October 1, 2010, the company said on July 27, 2010. BP plans to "
            "drill in the deep water west of the Shetland islands in 2011, BP's North Sea boss said.")
    dating = infer_publication(text, extract_timexes(text, None), today=TODAY)
    assert dating.range[0] == "2010-07-27"
    assert not any("2011" in reason for reason in dating.reasons)


def test_a_month_or_year_after_the_story_s_dated_coverage_and_not_told_as_past_is_no_lower_bound():
    # bpoil_reuters (Timeline17), published 2010-09-28: a reader's comment under the article
    text = ("The spill began on April 20, 2010. Republican Mitt Romney is laying the groundwork for a "
            "possible White House campaign in 2012, hiring a team of staff members.")
    timexes = extract_timexes(text, None)
    assert infer_publication(text, timexes, today=TODAY).range[0] == "2012-01-01"  # alone: nothing says otherwise
    story = (dt.date(2010, 4, 21), dt.date(2010, 12, 3))
    dating = infer_publication(text, timexes, today=TODAY, story=story)
    assert dating.range[0] == "2010-04-20"
    # a year told as past stays a lower bound even after the dated coverage
    text = "The spill began on April 20, 2010. The company returned to profit in 2011."
    dating = infer_publication(text, extract_timexes(text, None), today=TODAY, story=story)
    assert dating.range[0] == "2011-01-01"


def test_a_month_the_parse_puts_ahead_is_not_told_as_past(nlp):
    # bpoil_reuters (Timeline17), published 2010-06-02: 'failed' is in the sentence, 'August' is ahead
    text = ('The company\'s latest plan to curb the oil flow after the "top kill" strategy failed could represent '
            "the last best hope before August, when the company expects to have two relief wells.")
    timexes = extract_timexes(text, None, parsed=nlp(text))
    (august,) = [t for t in timexes if t.text == "August"]
    assert TimeRule.from_json(august.rule, august.value).direction == "future"
    neighbours = Bound("dated articles most like it", earliest=dt.date(2010, 4, 7), latest=dt.date(2010, 8, 3), firm=False)
    dating = infer_publication(text, timexes, today=TODAY, coverage=[neighbours])
    assert dating.range[0] <= "2010-06-02" <= dating.range[1]
    assert not any("is past" in reason or "(past)" in reason for reason in dating.reasons)


def test_the_recency_window_can_come_from_the_store():
    text = "The rig exploded on April 20, 2010, killing 11 workers, and oil is still washing ashore."
    dating = infer_publication(text, extract_timexes(text, None), today=TODAY, recency_days=120)
    assert dating.range == ["2010-04-20", "2010-08-18"]
    assert dating.reasons[-1].startswith("news within 120 days (how long the store's dated articles go on naming a day)")
