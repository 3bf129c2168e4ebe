"""Timelines: ordering clustered events, summarising a large collection, dating sentences."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from storyline.model import Event
from storyline.nlp.time.sentence_dates import dates_in_text, first_date
from storyline.story.timeline import (
    CandidateSentence,
    StorySpan,
    _is_summary_worthy,
    build_timeline,
    candidates_from_documents,
    default_timeline,
    headline,
    is_background,
    rank_dates,
    salience,
    story_days,
    summarise_timeline,
    timeline_sort_key,
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
    assert "exploded" in timeline[0][1][0].text and "cap" in timeline[1][1][0].text


def test_questions_captions_and_first_person_accounts_do_not_stand_for_a_day():
    published = date(2010, 4, 24)
    central = [
        "Did the Deepwater Horizon rig explode on April 20 because BP cut corners in the Gulf ?",
        "April 20: The Deepwater Horizon rig exploded in the Gulf of Mexico , killing 11 workers .",
        "I watched the Deepwater Horizon rig explode on April 20 from my boat in the Gulf .",
    ]
    extra = [CandidateSentence(text, f"q{i}", published, 0, first_date(text, published)) for i, text in enumerate(central)]
    sentences = extra + _candidates()
    assert all(s.date == date(2010, 4, 20) for s in extra)
    timeline = summarise_timeline(sentences, n_dates=1, sentences_per_date=3)
    assert timeline[0][0] == date(2010, 4, 20)
    assert timeline[0][1] and {s.doc for s in timeline[0][1]} <= {"d1", "d2", "d3"}


def test_the_writers_or_readers_own_voice_does_not_stand_for_a_day():
    # H1N1_bbc's pages (Timeline17): a page's word to its readers and a live page's witness, each naming the day's
    # words; an official's "we" inside a quotation is the official's and may stand
    published = date(2010, 4, 21)
    voices = [
        "This week , one story about the Deepwater Horizon rig that exploded on April 20 has been prominent in our output .",
        "After another hour of waiting that left me furious , the rig exploded on April 20 in the Gulf of Mexico .",
        # bpoil_foxnews: a quotation whose opening mark is in the sentence before
        'My job is to solve this problem after the rig exploded on April 20 , " Obama said in an interview .',
    ]
    extra = [CandidateSentence(text, f"v{i}", published, 0, date(2010, 4, 20)) for i, text in enumerate(voices)]
    assert not any(_is_summary_worthy(sentence) for sentence in extra)
    assert _is_summary_worthy(replace(extra[0], text=extra[0].text.replace("our output", "the news")))
    timeline = summarise_timeline(extra, n_dates=1, sentences_per_date=2)
    assert timeline == []  # no sentence of the day can stand for it
    quoted = 'The rig exploded on April 20 , " as we watched , " the Coast Guard said .'
    assert _is_summary_worthy(CandidateSentence(quoted, "v9", published, 0, date(2010, 4, 20)))


def test_an_aggregators_link_stamped_with_its_age_does_not_stand_for_a_day():
    # bpoil_bbc and haiti_bbc pages (Timeline17): one link of a news aggregator's list, stamped with its age, kept
    # as a sentence; a report's own sentence with the same words may stand
    published = date(2010, 5, 5)
    links = ["uk Box used in bid to avert oil spill - 3 hrs ago CTV.",
             "The Scotsman US troops land on president's lawn as Haiti aid row cools - 8 hrs ago Yahoo!"]
    assert not any(_is_summary_worthy(CandidateSentence(text, f"a{i}", published, 0, published))
                   for i, text in enumerate(links))
    assert _is_summary_worthy(CandidateSentence("A box was used in a bid to avert the oil spill three hours ago .",
                                                "a9", published, 0, published))


def test_a_live_pages_timed_entry_does_not_stand_for_a_day():
    # bpoil_guardian's live page of a Senate hearing and an H1N1_bbc reader's diary (Timeline17): entries stamped
    # with their minute; the same words reported as a sentence may stand
    published = date(2010, 5, 11)
    entries = ["12.11 pm: More on the blame game, this time the drill owner Transocean blaming Halliburton and BP for "
               "something going wrong in the cement plug.",
               '"They certainly are," replies Boxer. 3.32 pm: Now it\'s the chance for the witnesses, starting with '
               "BP America's Lamar McKay.",
               "But of course, it was BP that hired Transocean... 8pm: The FT's Lex columnists think the report was "
               "a generally good thing for BP to have done.",
               "10.00 am: Officials reached the national records building after the power cut."]
    assert not any(_is_summary_worthy(CandidateSentence(text, f"l{i}", published, 0, published))
                   for i, text in enumerate(entries))
    assert _is_summary_worthy(CandidateSentence(
        "The drill owner Transocean blamed Halliburton and BP for something going wrong in the cement plug at 12.11 pm.",
        "l9", published, 0, published))


def test_a_sentence_naming_several_days_counts_less_for_its_first():
    # H1N1_reuters: 'between April 23 and 28' is a span, not news of April 23; two reports of April 24 outweigh
    # two such spans (counted whole, the earlier day would come first)
    published = date(2009, 5, 4)
    spans = [CandidateSentence("Cordova said the outbreak appeared to have peaked between April 23 and 28 in Mexico .",
                               f"s{i}", published, 0, date(2009, 4, 23), days_named=2) for i in range(2)]
    reports = [CandidateSentence("A strain of flu never seen before killed up to 60 people in Mexico on April 24 .",
                                 f"r{i}", published, 0, date(2009, 4, 24)) for i in range(2)]
    ranked = rank_dates(spans + reports)
    assert ranked.index(date(2009, 4, 24)) < ranked.index(date(2009, 4, 23))
    assert rank_dates([replace(s, days_named=1) for s in spans] + reports)[0] == date(2009, 4, 23)


def test_page_furniture_does_not_stand_for_a_day():
    # bpoil_guardian's pages (Timeline17): a list whose bullets the page kept as the word "cents", central as it
    # is (it names the day's happenings), is no sentence of a report; the default timeline's rule
    published = date(2010, 4, 21)
    bullets = ("cents The Deepwater Horizon rig exploded on April 20 in the Gulf cents Eleven workers missing "
               "after the rig exploded")
    extra = [CandidateSentence(bullets, "g0", published, 0, date(2010, 4, 20))]
    timeline = summarise_timeline(extra + _candidates(), n_dates=1, sentences_per_date=3)
    assert timeline[0][0] == date(2010, 4, 20)
    assert timeline[0][1] and bullets not in [s.text for s in timeline[0][1]]


def test_summarise_timeline_respects_the_date_window():
    timeline = summarise_timeline(_candidates(), n_dates=3, start=date(2010, 5, 1), end=date(2010, 12, 31))
    assert timeline and all(date(2010, 5, 1) <= day <= date(2010, 12, 31) for day, _ in timeline)


def test_summarised_timeline_shows_no_day_of_the_storys_background_or_after_its_last_report():
    # bpoil_foxnews (140 articles, development): an anniversary the claims administrator is known for, named
    # by several articles, and "April 20" of the blowout read in the year after the article's
    span = StorySpan("2010-04-21", "2011-01-31")
    background = ("Feinberg , who also oversaw the $7 billion government fund for families of victims of the "
                  "Sept. 11 , 2001 , terrorist attacks , said larger business claims are taking longer .")
    misread = ("The Gulf Coast Claims Facility was set up in August to independently administer BP 's $20 billion "
               "compensation fund in the aftermath of its April 20 oil well blowout off Louisiana .")
    sentences = [CandidateSentence(background, f"f{i}", date(2010, 11, 20 + i), 3, date(2001, 9, 11)) for i in range(4)]
    sentences += [CandidateSentence(misread, f"m{i}", date(2011, 1, 31), 3, date(2011, 4, 20)) for i in range(3)]
    sentences += _candidates()
    assert story_days(span) == (date(2010, 3, 22), date(2011, 1, 31))  # a month of background margin before
    assert rank_dates(sentences)[0] == date(2001, 9, 11)
    timeline = summarise_timeline(sentences, 2, 1, *story_days(span))
    assert [day for day, _ in timeline] == [date(2010, 4, 20), date(2010, 7, 15)]
    assert story_days(StorySpan(None, None)) == (None, None)


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


def _framed(event_id, day, kind="call", sources=("a",), independent=1, roles=None, background=False, status="happened",
            date_range=None, summary=None, obj=None, location=None):
    roles = {"agent": ["trump"], "with": ["putin"]} if roles is None else roles
    participants = [e for role in ("agent", "with", "patient") for e in roles.get(role, [])]
    return Event(id=event_id, type=kind, date=day, date_range=date_range, participants=participants, location=location,
                 summary=summary or f"sentence {event_id}", status=status, mentions=[{"doc": s, "start": 0, "end": 9} for s in sources],
                 sources=list(sources), independent_sources=independent, roles=roles, object=obj, background=background)


NAMES = {"trump": "Donald Trump", "putin": "Vladimir Putin", "ukraine": "Ukraine", "zelensky": "Volodymyr Zelensky"}
SPAN = StorySpan("2025-02-01", "2025-06-01", 12, {"a": 1000, "b": 1000, "c": 1000})


def test_headlines_are_made_from_the_frame():
    assert headline(_framed("1", "2025-02-12"), NAMES) == "Donald Trump – Vladimir Putin phone call"
    demand = _framed("2", "2025-02-12", "demand", roles={"agent": ["putin"], "patient": ["ukraine"]}, obj="Donetsk")
    assert headline(demand, NAMES) == "Vladimir Putin demands Ukraine Donetsk"
    planned = _framed("3", "2025-10-30", "meeting", status="planned", location="Budapest")
    assert headline(planned, NAMES) == "Donald Trump – Vladimir Putin meeting in Budapest (planned)"
    both = _framed("4", "2025-02-12", "agree", roles={"agent": ["trump", "putin"]})
    assert headline(both, NAMES) == "Donald Trump and Vladimir Putin agree"
    # the seed's "Trump ... said he had spoken with Putin about ending the war in Ukraine"
    typed = {"person:donald-trump": "Donald Trump", "gpe:ukraine": "Ukraine", "person:vladimir-putin": "Vladimir Putin"}
    beside = _framed("8", "2025-02-12", roles={"agent": ["person:donald-trump", "gpe:ukraine"],
                                               "with": ["person:vladimir-putin"]})
    assert headline(beside, typed) == "Donald Trump – Vladimir Putin phone call"


def test_a_frame_headline_names_each_party_once_and_the_person_for_their_title():
    # Timeline17 H1N1_guardian: 'Fidel Castro accused Mexico of failing to disclose the spread of swine flu until after
    # Barack Obama, the US president, had visited the country on 16 April', with another report's place
    names = {"gpe:united-states": "United States", "person:barack-obama": "Barack Obama", "gpe:mexico": "Mexico"}
    visit = _framed("12", "2009-04-16", "visit", roles={"agent": ["gpe:united-states", "person:barack-obama"],
                                                         "patient": ["gpe:mexico"]}, location="Mexico")
    assert headline(visit, names) == "Barack Obama visits Mexico"


def test_a_contact_frame_names_the_visited_place_and_no_title_as_a_party():
    # bpoil_reuters -n 140 (main 025a12a): "May 2 - Obama visits the Gulf Coast." with names its cluster's other
    # reports told beside it
    names = {"person:barack-obama": "Barack Obama", "org:bp-plc": "BP Plc", "gpe:united-states": "United States",
             "org:coast-guard-venice-center": "Coast Guard Venice Center", "person:tony-hayward": "Tony Hayward",
             "person:hillary-clinton": "Hillary Clinton", "org:state": "State"}
    gulf = _framed("13", "2010-05-02", "visit", roles={"agent": ["person:barack-obama", "org:bp-plc"], "patient": [
        "gpe:united-states", "org:coast-guard-venice-center"]}, location="the Gulf Coast")
    assert headline(gulf, names) == "Barack Obama visits the Gulf Coast"
    # "U.S. Secretary of State Hillary Clinton told Britain's foreign minister in a phone call on Friday ...": the
    # country of her title is no party to the call
    clinton = _framed("14", "2010-07-16", roles={"agent": ["gpe:united-states", "org:state", "person:hillary-clinton"]})
    assert headline(clinton, names) == "Hillary Clinton phone call"
    # "-- BP CEO Tony Hayward flies over the Gulf.": one party and no place says only who; the clause says what
    flight = _framed("15", "2010-05-28", "visit", roles={"agent": ["person:tony-hayward", "org:bp-plc"]})
    flight.clause = "BP CEO Tony Hayward flies over the Gulf"
    assert headline(flight, names) == "BP CEO Tony Hayward flies over the Gulf"


def test_a_city_told_with_a_contact_is_where_not_who():
    # H1N1_guardian -n 140: "At a meeting of Asian health ministers in Bangkok today, the WHO director general, Dr
    # Margaret Chan, said ..." was 'Margaret Chan – World Health Organisation meeting', then 'Margaret Chan – Bangkok
    # meeting'; Bangkok is where, and the noun's phrase says who met
    names = {"person:margaret-chan": "Margaret Chan", "org:world-health-organisation": "World Health Organisation",
             "gpe:bangkok": "Bangkok"}
    meeting = _framed("17", "2009-05-08", "meeting", roles={"patient": ["gpe:bangkok"], "agent": [
        "org:world-health-organisation", "person:margaret-chan"]})
    meeting.clause = "Meeting of Asian health ministers in Bangkok"
    assert headline(meeting, names) == "Meeting of Asian health ministers in Bangkok"
    # a country one talks with stays a party
    talks = _framed("18", "2010-07-07", "meeting", roles={"agent": ["person:margaret-chan"], "with": ["gpe:bangkok"]})
    assert headline(talks, names) == "Margaret Chan – Bangkok meeting"


def test_a_hearing_before_lawmakers_names_the_witness_first():
    # bpoil_reuters: 'Capitol Hill – Tony Hayward trial' for "Hayward was lambasted by angry U.S. lawmakers at a
    # congressional hearing on Thursday"
    names = {"person:tony-hayward": "Tony Hayward", "org:bp-plc": "BP Plc", "org:capitol-hill": "Capitol Hill"}
    hearing = _framed("16", "2010-06-17", "hearing", roles={"agent": ["person:tony-hayward", "org:bp-plc"],
                                                             "patient": ["org:capitol-hill"]})
    assert headline(hearing, names) == "Tony Hayward – Capitol Hill hearing"


def test_an_unsure_frame_gives_way_to_the_evidence_clause():
    # the frame reads 'BP – Alabama lawsuit': the party named first is the one sued
    names = {"org:bp": "BP", "gpe:alabama": "Alabama"}
    lawsuit = _framed("9", "2010-08-12", "lawsuit", roles={"agent": ["gpe:alabama"], "patient": ["org:bp"]})
    assert headline(lawsuit, names) == "BP – Alabama lawsuit"
    lawsuit.clause = "Alabama's attorney general sued BP and others companies"
    assert headline(lawsuit, names) == "Alabama's attorney general sued BP and others companies"
    lawsuit.status = "planned"
    assert headline(lawsuit, names) == "Alabama's attorney general sued BP and others companies (planned)"
    # contact between people keeps its frame, which names both parties
    typed = {"person:donald-trump": "Donald Trump", "person:vladimir-putin": "Vladimir Putin"}
    call = _framed("10", "2025-02-12", roles={"agent": ["person:donald-trump"], "with": ["person:vladimir-putin"]})
    call.clause = "Trump said he had spoken with Putin"
    assert headline(call, typed) == "Donald Trump – Vladimir Putin phone call"
    # bpoil_guardian: "... after company executives met Barack Obama at the White House today"
    met = _framed("11", "2010-06-16", "meeting", roles={"agent": ["org:bp"], "patient": ["person:barack-obama"]},
                  location="the White House")
    met.clause = "Company executives met Barack Obama at the White House"
    assert headline(met, {"org:bp": "BP", "person:barack-obama": "Barack Obama"}) == \
        "Barack Obama – BP meeting in the White House"


def test_happenings_done_to_someone_are_named_after_them():
    names = {"murray": "Conrad Murray", "police": "Los Angeles Police", "haiti": "Haiti"}
    arrest = _framed("5", "2009-06-29", "arrest", roles={"agent": ["police"], "patient": ["murray"]})
    assert headline(arrest, names) == "Conrad Murray – Los Angeles Police arrest"
    quake = _framed("6", "2010-01-12", "earthquake", roles={"patient": ["haiti"]}, location="Haiti")
    assert headline(quake, names) == "Haiti earthquake"
    outbreak = _framed("7", "2009-04-24", "epidemic", roles={"patient": ["haiti"]}, location="a school in Mexico")
    assert headline(outbreak, names) == "Haiti outbreak in a school in Mexico"


def test_background_is_history_before_the_story_or_told_as_history():
    assert is_background(_framed("old", None, date_range=["2022-01-01", "2022-12-31"]), SPAN)
    assert is_background(_framed("told", "2025-03-01", background=True), SPAN)
    assert not is_background(_framed("news", "2025-01-20"), SPAN)  # within a month before the first report


def test_salience_rises_with_independent_sources_and_falls_for_statements():
    one = _framed("one", "2025-03-01")
    many = _framed("many", "2025-03-01", sources=("a", "b", "c"), independent=3)
    statement = _framed("st", "2025-03-01", "statement")
    assert salience(many, SPAN) > salience(one, SPAN) > salience(statement, SPAN)


def test_default_timeline_keeps_the_important_happenings_once_oldest_first():
    events = [_framed(f"minor{i}", f"2025-03-{i + 1:02d}", "statement", roles={"agent": ["zelensky"]}, obj="ceasefire")
              for i in range(20)]
    for event in events:
        event.dated_by = "own"  # "Zelensky called for a ceasefire on Monday"
    events += [
        _framed("call", "2025-02-12", sources=("a", "b"), independent=2),
        _framed("same call again", None, date_range=["2025-02-10", "2025-02-12"]),  # clustering kept it apart
        _framed("history", None, date_range=["2022-02-01", "2022-02-28"], sources=("a", "b", "c"), independent=3),
        _framed("nobody", "2025-04-01", roles={}),
        _framed("second reading", "2025-02-12", "proposal", roles={"agent": ["zelensky"]}, obj="land swap",
                summary="sentence call"),  # the call's own sentence read again: no second row
        _framed("agrees to nothing", "2025-04-02", "agree", roles={"agent": ["putin"]}, sources=("a", "b", "c"),
                independent=3),  # "Putin agrees": a stance with nothing it is about
    ]
    chosen = [e.id for e in default_timeline(events, SPAN, size=5)]
    assert chosen[0] == "call" and "same call again" not in chosen
    assert "history" not in chosen and "nobody" not in chosen and "agrees to nothing" not in chosen
    assert "second reading" not in chosen
    assert len(chosen) == 5
    assert [e.id for e in default_timeline(events, SPAN, size=50)] == sorted(
        [e.id for e in default_timeline(events, SPAN, size=50)], key=lambda i: next(
            timeline_sort_key(e) for e in events if e.id == i))


def _words_in_order(shown: str, text: str) -> bool:
    """Every word of the shown sentence is in the text, in the same order (a shortened sentence of it)."""
    words = iter(re.findall(r"\w+", text))
    return all(word in words for word in re.findall(r"\w+", shown))


def test_summarised_timeline_shows_dated_sentences_with_the_events_read_from_them(seeds_store, nlp):
    from storyline.export.records import summarised_timeline_records
    from storyline.store import queries
    from storyline.story.shown_sentence import reported_headline, shown_sentences
    from storyline.story.stored_timeline import story_sentences

    rows = summarised_timeline_records(seeds_store, 3, 2)
    states_its_day = {(s.doc, s.start, s.end): s.date is not None for s in story_sentences(seeds_store)}
    days = [row["timeline_date"] for row in rows]
    assert 1 <= len(set(days)) <= 3 and days == sorted(days)
    assert all(days.count(day) <= 2 for day in days)
    assert len({row["summary"] for row in rows}) == len(rows)  # nothing twice
    titles = {doc: label["title"] for doc, label in queries.document_labels(seeds_store, [r["sources"][0] for r in rows]).items()}
    for row in rows:
        if row["type"] == "report":  # no event was read from the sentence: the sentence is its evidence
            mention = row["mentions"][0]  # the whole sentence; the row shows it without its set-off parts
            sentence = queries.text_spans(seeds_store, [(mention["doc"], mention["start"], mention["end"])])[0].strip()
            # shown as `shown_sentences` shows it (a relative day left out where the sentence states the row's day)
            assert row["summary"] == shown_sentences(
                [sentence], nlp, [states_its_day[(mention["doc"], mention["start"], mention["end"])]])[0]
            assert row["headline"] == (titles[mention["doc"]] or reported_headline(nlp(row["summary"])))
            assert row["id"].startswith("sentence-")
        else:  # the event told in that sentence, kept as evidence
            assert queries.event_record(seeds_store, row["id"]) is not None
            assert any(_words_in_order(row["summary"], queries.text_spans(seeds_store, [(m["doc"], 0, 10 ** 6)])[0])
                       for m in row["mentions"])
    # the Trump-Putin call of 12 February 2025 is among the days the seed articles point at most
    assert any(row["timeline_date"] == "2025-02-12" and row["headline"] == "Donald Trump – Vladimir Putin phone call"
               for row in rows)


def test_summarised_timeline_of_an_actor_keeps_the_sentences_naming_them(seeds_store):
    from storyline.export.records import entity_ids_matching, summarised_timeline_records
    from storyline.store import queries

    rows = summarised_timeline_records(seeds_store, 5, 1, actor="Zelensky")
    assert rows
    spans = queries.mention_spans(seeds_store, entity_ids_matching(seeds_store, "Zelensky"))
    for row in rows:
        doc = row["mentions"][0]["doc"] if row["type"] == "report" else None
        if doc:
            start, end = row["mentions"][0]["start"], row["mentions"][0]["end"]
            assert any(start <= s and e <= end for s, e in spans[doc])
    assert summarised_timeline_records(seeds_store, 5, 1, actor="Nobody Atall") == []


def test_captions_list_entries_and_update_stamps_are_no_evidence():
    from storyline.story.cluster import is_caption

    # real lines kept as text on Timeline17 pages (bpoil_foxnews, haiti_bbc)
    assert is_caption("June 17: BP CEO Tony Hayward testifies during a House Oversight and Investigations subcommittee hearing.")
    assert is_caption("AP June 17: BP CEO Tony Hayward testifies during a hearing.")
    assert is_caption("Wednesday: President Obama and Vice President Biden meet with BP executives in the Roosevelt Room.")
    assert is_caption("June 16, 2010: BP CEO Tony Hayward and Managing Director Bob Dudley are seen leaving the White House.")
    assert is_caption("President Obama discusses the role of small businesses in the Rose Garden at the White House, "
                      "Tuesday, May 25, 2010, in Washington.")
    assert is_caption("Last updated: 14 January, 2010 - 17:26 GMT Haiti earthquake: Expats fear for their relatives")
    assert not is_caption("On Sunday, Senate Majority Leader Harry Reid sent a letter signed by 54 Democratic senators.")
    assert not is_caption("The rig exploded on April 20: eleven workers died.")
    assert not is_caption('Hayward said: "We will make this right."')


def test_first_person_accounts_outside_quotes_are_no_report():
    from storyline.story.cluster import is_no_report

    # a reader's comment and a witness's account kept on haiti_bbc pages
    assert is_no_report("I've also heard that someone managed to speak to Mimi on Thursday.")
    assert is_no_report("Every little helps and I immediately donated to Oxfam UK Haiti disaster appeal.")
    assert not is_no_report('"I met him on Friday," Trump said of Putin.')
    assert not is_no_report("Trump said “I will call him” on Friday.")
    assert not is_no_report('Chris Martin added: "I visited Haiti a few years ago.')  # a quotation left open


def test_default_timeline_prefers_stated_dates_and_leaves_out_captions_and_misdated_rows():
    span = StorySpan("2010-04-21", "2010-07-01", 40, {"a": 1000, "b": 1000, "c": 1000},
                     published={"a": "2010-04-29", "b": "2010-05-04", "c": "2010-06-18"})
    events = [
        replace(_framed("hearing", "2010-06-17", "trial", sources=("c",), roles={"patient": ["trump"]}), dated_by="own"),
        _framed("caption", "2010-06-17", "trial", sources=("a", "b", "c"), independent=3, roles={"patient": ["putin"]},
                summary="June 17: Tony Hayward testifies during a House hearing."),
        # no time expression: the week before its report's publication, however many sources
        _framed("shortly before", None, date_range=["2010-04-22", "2010-04-29"], sources=("a", "b"), independent=2,
                roles={"agent": ["zelensky"]}, kind="visit"),
        _framed("after every report", "2010-08-01", sources=("a", "b"), independent=2, roles={"agent": ["ukraine"]},
                kind="attack"),
    ]
    assert [e.id for e in default_timeline(events, span, size=1)] == ["hearing"]
    # known only as 'shortly before a report', it fills the screen of a handful of reports only
    assert [e.id for e in default_timeline(events, span, size=5)] == ["hearing"]
    few = StorySpan("2010-04-21", "2010-07-01", 3, {"a": 1000, "b": 1000, "c": 1000}, published=span.published)
    assert [e.id for e in default_timeline(events, few, size=5)] == ["shortly before", "hearing"]


def test_a_happening_a_day_after_its_last_report_may_be_a_row_two_days_after_not():
    """bpoil_foxnews (round 20): an AP story of Friday 4 June stored on Thursday 3 June tells 'The BP catastrophe
    arrived with the tide on the Florida Panhandle's white sands Friday': the stored day is the writing day's eve."""
    from storyline.story.timeline import after_its_reports

    span = StorySpan("2010-04-21", "2010-07-01", 40, {"a": 1000}, published={"a": "2010-06-03"})
    assert not after_its_reports(_framed("next day", "2010-06-04"), span)
    assert after_its_reports(_framed("two days on", "2010-06-05"), span)
    assert not after_its_reports(_framed("planned", "2010-06-08", status="planned"), span)


def test_sure_rows_come_first_and_unsure_ones_only_fill():
    from storyline.story.timeline import is_sure

    span = StorySpan("2010-06-01", "2010-07-01", 40, {"a": 1000, "b": 1000, "c": 1000},
                     published={"a": "2010-06-16", "b": "2010-06-18", "c": "2010-06-18"})
    # one report whose sentence does not state the day it is given: the more salient, but unsure
    unstated = _framed("unstated", "2010-06-15", "attack", sources=("a",), roles={"agent": ["ukraine"], "with": ["putin"]},
                       summary="At a recent White House meeting, the president snapped at his aides.")
    stated = _framed("stated", "2010-06-15", "statement", sources=("b",), roles={"agent": ["trump"], "with": ["putin"]},
                     summary="Trump spoke to Putin on Tuesday about the spill.", obj="spill")
    two_reports = _framed("two reports", "2010-06-10", "statement", sources=("b", "c"), independent=2,
                          roles={"agent": ["zelensky"], "with": ["putin"]}, summary="Zelensky and Putin spoke.", obj="spill")
    assert [is_sure(e, span) for e in (unstated, stated, two_reports)] == [False, True, True]
    # the weekday names the day even where the rule dater guesses the future ("would not travel ... Sunday")
    sunday = _framed("sunday", "2010-06-13", "visit", sources=("a",), roles={"agent": ["trump"]},
                     summary="After aides insisted he would not travel, the president flew into New Orleans Sunday.")
    assert is_sure(sunday, span)
    assert salience(unstated, span) > salience(stated, span)
    assert [e.id for e in default_timeline([unstated, stated, two_reports], span, size=2)] == ["two reports", "stated"]
    handful = replace(span, documents=5)  # a story of a handful of reports fills its screen with the unsure one
    assert len(default_timeline([unstated, stated, two_reports], handful, size=5)) == 3
    assert len(default_timeline([unstated, stated, two_reports], span, size=5)) == 2


def test_a_large_story_shows_only_its_sure_rows():
    """haiti_bbc, 140 articles (issue #13 round 10): a photo caption glued to a rescuer's quotation, dated by the
    sentence's other words, filled the screen of a story whose sure rows were all right."""
    span = StorySpan("2010-01-12", "2010-01-31", 140, {"a": 1000, "b": 1000},
                     published={"a": "2010-01-14", "b": "2010-01-18"})
    glued = replace(_framed("glued", "2010-01-14", "visit", sources=("a",), roles={"agent": ["uk"], "patient": ["gatwick"]},
                            summary='Firefighters from around the UK have flown out to the quake zone "Unfortunately the '
                                    'snow meant that all flights from Gatwick were delayed," he said.'),
                    dated_by="sentence")
    stated = replace(_framed("stated", "2010-01-16", "statement", sources=("b",), roles={"agent": ["un"], "patient": ["haiti"]},
                             summary="The UN itself lost at least 40 employees in the earthquake, and confirmed on "
                                     "Saturday that its mission chief had been killed.", obj="mission chief"),
                     dated_by="own")
    assert [e.id for e in default_timeline([glued, stated], span)] == ["stated"]
    assert [e.id for e in default_timeline([glued, stated], replace(span, documents=5))] == ["glued", "stated"]


def test_a_disaster_and_its_toll_on_one_day_are_one_row():
    explosion = _framed("explosion", "2010-04-20", "explosion", sources=("a", "b", "c"), independent=3,
                        roles={"patient": ["gulf"]}, summary="The rig exploded on April 20.")
    deaths = _framed("deaths", "2010-04-20", "death", sources=("a", "b"), independent=2, roles={"patient": ["workers"]},
                     summary="The April 20 explosion killed 11 workers.")
    other_day = _framed("deaths later", "2010-04-25", "death", roles={"patient": ["workers"]}, summary="Two more died.")
    span = StorySpan("2010-04-21", "2010-07-01", 12, {"a": 1000, "b": 1000, "c": 1000})
    assert [e.id for e in default_timeline([explosion, deaths, other_day], span, size=5)] == ["explosion", "deaths later"]


def test_what_is_told_only_in_a_disasters_sentences_is_the_disasters_row():
    span = StorySpan("2010-01-12", "2010-01-31", 12, {"a": 1000, "b": 1000})
    quake = _framed("quake", "2010-01-12", "earthquake", sources=("a", "b"), independent=2, roles={"patient": ["haiti"]},
                    summary="The earthquake struck Haiti on Tuesday.")
    quake.mentions = [{"doc": "a", "start": 0, "end": 40}, {"doc": "b", "start": 100, "end": 180}]
    # "Rick Hursh was recording his missionary trip to Port-au-Prince when the earthquake struck"
    trip = _framed("trip", "2010-01-12", "visit", roles={"agent": ["hursh"]}, summary="Hursh was recording his trip.")
    trip.mentions = [{"doc": "b", "start": 100, "end": 180}]
    aid = _framed("aid", "2010-01-12", "aid", roles={"agent": ["hursh"]}, summary="Aid was flown in.")
    aid.mentions = [{"doc": "b", "start": 300, "end": 360}]
    assert sorted(e.id for e in default_timeline([quake, trip, aid], span, size=5)) == ["aid", "quake"]


def test_only_an_articles_opening_sentence_or_a_sentence_stating_the_day_stands_for_it():
    # Two reports of 27 May 2010 open with the top kill; a third report's later, undated sentence
    # shares more of the day's words but tells the background, not what happened that day.
    published = date(2010, 5, 27)
    texts = [
        ("a", 0, "BP began pumping heavy drilling mud into the leaking well in a top kill attempt ."),
        ("b", 0, "Engineers started the top kill , pumping mud into the leaking well in the Gulf of Mexico ."),
        ("c", 0, "Fishermen in Louisiana fear the slick will reach the marshes within days ."),
        ("c", 4, "The leaking well in the Gulf of Mexico has spilled oil since the rig sank , pumping mud or not ."),
        ("d", 0, "Oil from the leaking well reached the marshes of Louisiana this week ."),
    ]
    sentences = [CandidateSentence(text, doc, published, position, None) for doc, position, text in texts]
    chosen = summarise_timeline(sentences, n_dates=1, sentences_per_date=2)
    assert chosen and all(sentence.position == 0 for sentence in chosen[0][1])
    # a sentence that states its day stands for it wherever it is in its article
    stated = [CandidateSentence(f"BP {verb} the top kill plan to pump mud into the leaking well on May 20 .", doc,
                                published, 7, date(2010, 5, 20)) for doc, verb in (("e", "announced"), ("f", "unveiled"))]
    by_day = dict(summarise_timeline(sentences + stated, n_dates=3, sentences_per_date=1))
    assert by_day[date(2010, 5, 20)][0] in stated


def test_a_quotation_does_not_stand_for_a_day_but_a_quoted_term_may():
    # sentences of bpoil_guardian's 1 June 2010 reports (Timeline17)
    published = date(2010, 6, 2)
    texts = [
        ('"If laws were broken, those responsible will be brought to justice," Holder said on Tuesday about the '
         'oil spill in the Gulf.'),
        'Attorney general Eric Holder said on Tuesday that criminal investigations into the Gulf oil spill had begun.',
        'BP\'s shares fell on Tuesday after the failure of its "top kill" attempt to plug the leaking oil well in the Gulf.',
        'On Tuesday the oil spill in the Gulf reached more beaches, and those responsible said laws were not broken.',
    ]
    sentences = [CandidateSentence(text, f"g{i}", published, 5, date(2010, 6, 1)) for i, text in enumerate(texts)]
    chosen = summarise_timeline(sentences, n_dates=1, sentences_per_date=3)
    shown = [sentence.text for sentence in chosen[0][1]]
    assert texts[0] not in shown and texts[2] in shown


def test_page_furniture_is_no_evidence():
    from storyline.story.cluster import is_page_furniture

    # Timeline17 bpoil_reuters / bpoil_foxnews: a bullet list, a page headline glued to a dateline, a photo
    # caption ending in a dateline, a run of cut-off teasers, a photo's left-to-right credit
    assert is_page_furniture("\\* Offshore energy-related premiums up by 50 pct - Moody's \\* Sector loss would be more")
    assert is_page_furniture('BP gets "wake-up call" and $32 billion in spill charges LONDON/HOUSTON (Reuters) - '
                             "BP Plc's newly named chief executive on Tuesday called the Gulf oil spill a wake-up call.")
    assert is_page_furniture("An oil sheen is seen on the water at the site of the Deepwater Horizon oil spill, "
                             "WASHINGTON (Reuters) -")
    assert is_page_furniture("The owner of the oil rig is thwarting a federal board's efforts to make safety "
                             "recommendations that could pr... Federal judge outlines new structure for January 20")
    assert is_page_furniture("Oil company executives (L-R) ExxonMobil Chairman Rex Tillerson and Chevron's John Watson")
    assert is_page_furniture("At the White House: President Obama delivered remarks on fatherhood in Washington, D.C.")
    assert is_page_furniture("In the Gulf: BP and several wildlife protection groups are working out the final details.")
    # a dateline opening the article's sentence is its own
    assert not is_page_furniture("GRAND ISLE, Louisiana (Reuters) - President Barack Obama warned BP on Friday not "
                                 'to "nickel and dime" Gulf coast residents.')
    assert not is_page_furniture("The House of Representatives on Friday approved the toughest reforms ever.")
    assert is_page_furniture("Events May 4, Day 15 Transocean Ltd. says it will seek to limit its liability "
                             "VENICE, La. (AP) -- Crews were forced to stop burning oil on Tuesday.")
    # an organisation's acronym after its name, a senator's party: the report's own words
    assert not is_page_furniture("The well had been inspected, as reported by the Minerals Management Service (MMS) - "
                                 "the agency that regulates offshore drilling.")
    assert not is_page_furniture("Republican Senator David Vitter (R) said on Friday the drilling ban was wrong.")
    # Timeline17 bpoil_guardian: a list whose bullets were read as a word ("cents")
    assert is_page_furniture("cents BP cancels dividend payments to shareholder for 2010 cents No cap on level on "
                             "compensation BP may have to pay cents Barack Obama will continue to hold BP accountable")
    assert not is_page_furniture("Transocean has struck back this afternoon however, accusing BP of trying to conceal "
                                 "its own failings in the report.")
    # Timeline17 bpoil_guardian: a photo caption closed by its place and full date; prose dates with a preposition
    assert is_page_furniture("A BP petrol station closed due to a Greenpeace protest, in Camden, London, 27 July 2010.")
    assert is_page_furniture("Workers clean oil from the beach, Grand Isle, Louisiana, June 4, 2010")
    assert not is_page_furniture("Greenpeace protesters closed a BP petrol station in Camden, London, on 27 July 2010.")
    assert not is_page_furniture("The rig exploded on April 20, 2010, killing 11 workers.")
    assert not is_page_furniture("The well was finally capped on Thursday, 15 July 2010.")
    assert not is_page_furniture("The well was finally capped, Thursday, 15 July 2010.")
    assert not is_page_furniture("BP said the fund would be set up by the end of next week, 23 June 2010.")
    # round 8's held-out sheets: a video credit glued before the sentence (haiti_bbc), a photo caption closed by its
    # source's web address (bpoil_foxnews); a web address inside prose stays
    assert is_page_furniture("Hope for Haiti Now footage courtesy of MTV George Clooney has hosted a benefit concert for "
                             "Haiti earthquake victims featuring A-List names such as Madonna, Julia Roberts, Brad Pitt and Jay Z.")
    assert is_page_furniture("Chris Oynes announced Monday he was retiring as head of the oil and gas drilling office in "
                             "the Minerals Management Service (MMS. gov)")
    assert not is_page_furniture("BP posted the video on its website (bp.com) on Monday, officials said.")


def test_the_default_timeline_shows_only_happenings_told_as_done_and_dated_by_their_own_words():
    from storyline.story.timeline import is_sure, is_timeline_candidate

    span = StorySpan("2010-06-01", "2010-07-01", 40, {"a": 1000, "b": 1000, "c": 1000},
                     published={"a": "2010-06-16", "b": "2010-06-18", "c": "2010-06-18"})
    own = _framed("own", "2010-06-15", "lawsuit", roles={"agent": ["ukraine"]}, summary="Groups sued BP on Tuesday.")
    own.dated_by = "own"
    forecast = _framed("forecast", "2010-06-29", "storm", roles={"patient": ["gulf"]}, sources=("a", "b"), independent=2,
                       summary="Alex was expected to become a hurricane on Tuesday.")
    forecast.realis, forecast.dated_by = False, "own"
    saying = _framed("saying", "2010-06-15", "negotiation", roles={"agent": ["bp"]},
                     summary="A source said on Tuesday that BP executives held talks with funds.")
    saying.dated_by = "saying"
    report_day = _framed("report day", None, date_range=["2010-06-09", "2010-06-16"], kind="payment",
                         roles={"agent": ["transocean"]}, summary="Transocean has paid $71 million in claims as of Tuesday.")
    report_day.dated_by = "publication"
    two_reports = _framed("two reports", None, date_range=["2010-06-11", "2010-06-16"], kind="payment",
                          roles={"agent": ["bp"]}, sources=("a", "b"), independent=2, summary="BP paid claims.")
    two_reports.dated_by = "publication"
    events = [own, forecast, saying, report_day, two_reports]
    assert [is_timeline_candidate(e, span) for e in events] == [True, False, True, True, True]
    # a day of a saying, or of the reports, may only fill rows the sure ones leave
    assert [is_sure(e, span) for e in events] == [True, True, False, False, False]
    assert [e.id for e in default_timeline(events, span, size=1)] == ["own"]
    # ... and only in a story of a handful of reports
    assert [e.id for e in default_timeline(events, span, size=2)] == ["own"]
    few = StorySpan("2010-06-01", "2010-07-01", 3, span.lengths, published=span.published)
    assert [e.id for e in default_timeline(events, few, size=2)] == ["own", "saying"]
    assert {e.id for e in default_timeline(events, few, size=5)} == {"own", "saying", "report day", "two reports"}


def test_one_happening_with_a_party_in_common_on_one_day_is_one_row():
    # bpoil_reuters: Obama's 16 June meeting with BP told as "Obama – Carl phone call" and "Obama – Gulf meeting"
    span = StorySpan("2010-06-01", "2010-07-01", 12, {"a": 1000, "b": 1000, "c": 1000})
    demand = _framed("demand at the meeting", "2010-06-16", "meeting", sources=("a", "b"), independent=2,
                     roles={"agent": ["person:obama"], "with": ["person:svanberg"]})
    pressure = _framed("pressure at the meeting", "2010-06-16", "call",
                       roles={"agent": ["person:obama"], "patient": ["loc:gulf"]})
    other_day = _framed("another meeting", "2010-06-20", "meeting",
                        roles={"agent": ["person:obama"], "patient": ["loc:gulf"]})
    # the same day, another person as the other party: another call ("spoke with Zelenskyy after his call with Putin")
    other_party = _framed("another call", "2010-06-16", "call", roles={"agent": ["person:obama"], "with": ["person:cameron"]})
    chosen = [e.id for e in default_timeline([demand, pressure, other_day, other_party], span, size=5)]
    assert chosen == ["demand at the meeting", "another call", "another meeting"]
    # two states suing one company the same day are two lawsuits, not one told twice
    louisiana = _framed("Louisiana sues", "2010-06-16", "lawsuit", sources=("a", "b"), independent=2,
                        roles={"agent": ["gpe:louisiana"], "patient": ["org:bp"]})
    alabama = _framed("Alabama sues", "2010-06-16", "lawsuit", roles={"agent": ["gpe:alabama"], "patient": ["org:bp"]})
    assert sorted(e.id for e in default_timeline([louisiana, alabama], span, size=5)) == ["Alabama sues", "Louisiana sues"]


def test_a_large_story_shows_fewer_rows_rather_than_unsure_ones():
    from storyline.story.timeline import DEFAULT_MIN_ROWS

    span = StorySpan("2010-04-01", "2010-12-31", 140, {"a": 1000, "b": 1000})
    sure = [_framed(f"sure{i}", f"2010-05-{i + 1:02d}", "lawsuit", roles={"agent": [f"person:p{i}"]}) for i in range(20)]
    unsure = [_framed(f"unsure{i}", f"2010-06-{i + 1:02d}", "lawsuit", roles={"agent": [f"person:q{i}"]}) for i in range(20)]
    for event in sure:
        event.dated_by = "own"
    for event in unsure:
        event.dated_by = "saying"
    chosen = [e.id for e in default_timeline(sure + unsure, span, size=48)]
    assert sorted(chosen) == sorted(e.id for e in sure)
    # a story of a handful of reports fills its one screen with them; a larger one with few sure rows shows those only
    assert len(default_timeline(sure[:3] + unsure, replace(span, documents=5), size=48)) == DEFAULT_MIN_ROWS
    assert len(default_timeline(sure[:3] + unsure, span, size=48)) == 3


def test_a_teaser_cut_off_by_an_ellipsis_is_no_evidence():
    from storyline.story.cluster import is_page_furniture

    # Timeline17 bpoil_foxnews: a related-story teaser ending the page, and a teaser list run into a dateline
    assert is_page_furniture("A government lawyer says the owner of the oil rig that exploded and led to the massive "
                             "2010 Gulf oil spill is thwarting a federal board's efforts to make safety reco...")
    assert is_page_furniture("Events May 4, Day 15 of a Gulf of Mexico oil spill that began with an explosion and fire "
                             "on April 20 on the drilling rig Deepwater Horizon, owned by Transocean Ltd.... VENICE, La. (AP) --")
    # a speaker's pause inside a quotation is the speaker's, and a sentence's own full stop is no ellipsis
    assert not is_page_furniture('Kremlin spokesman Dmitry Peskov said: "At least he is talking about peace..."')
    assert not is_page_furniture("Alabama's attorney general on Thursday sued BP and others companies associated with the spill.")


def test_a_row_must_name_one_of_the_storys_central_parties_or_terms():
    from storyline.story.timeline import central_names, central_terms, on_story

    # bpoil_foxnews: entities named in a fifth of the documents, words in three fifths of them
    names = [("BP", ["BP PLC"]), ("Gulf of Mexico", ["Gulf"]), ("Barack Obama", ["Obama"]), ("Associated Press", ["AP"]),
             ("WASHINGTON", [])]
    counts = {"oil": 140, "spill": 134, "said": 127, "new": 97, "april": 91, "week": 70, "leak": 67, "obama": 69}
    terms = central_terms(140, counts)
    assert "oil" in terms and "spill" in terms and "leak" not in terms
    assert not {"said", "april", "week"} & set(terms)  # what any news text is full of
    span = StorySpan("2010-04-21", "2010-12-31", 140, {"a": 1000}, central=central_names(names, terms))
    told = [
        "Meanwhile, Coast Guard Commandant Thad Allen retired Tuesday, as the oil kept flowing.",
        "Alabama's attorney general on Thursday sued BP and others companies associated with the spill.",
        "President Barack Obama visited the coast Friday to see the damage.",
        "Oil prices fell on Friday as the leak slowed.",  # a short term opening the sentence
        "Later in the morning, the president met with his national security team to discuss Afghanistan and Pakistan.",
        # an agency credit and a dateline in capitals name no party of the story
        "WASHINGTON (AP) - The House on Tuesday approved a bill to fund the wars in Iraq and Afghanistan.",
    ]
    events = [_framed(str(n), "2010-06-01", "meeting", summary=text) for n, text in enumerate(told)]
    assert [on_story(e, span) for e in events] == [True, True, True, True, False, False]
    # without the story's centre (a hand-made span, an older caller) every row is on the story
    assert on_story(events[4], StorySpan("2010-04-21", "2010-12-31", 140, {"a": 1000}))


def test_an_untyped_act_is_on_the_story_only_when_a_central_party_does_it():
    """An act no trigger word types (`lexicon.ACT_TYPE`) says nothing of the story by its verb: the pages of
    H1N1_reuters carry other news that names a central place ('U.S.') or term on the way."""
    from storyline.story.timeline import central_names, central_parties, on_story

    widespread = [("org:world-health-organization", "World Health Organization", ["WHO"], 60),
                  ("gpe:united-states", "United States", ["U.S."], 90), ("gpe:mexico", "Mexico", [], 100),
                  ("org:pundit-weekly", "Pundit Weekly", [], 2)]
    parties = central_parties(widespread)
    assert parties == {"org:world-health-organization"}  # places and entities named in too few documents left out
    span = StorySpan("2009-04-21", "2009-06-30", 140, {"a": 1000}, parties=parties,
                     central=central_names([(name, aliases) for _, name, aliases, _ in widespread], ["flu"]))
    congress = _framed("bill", "2009-06-18", "act", roles={"agent": ["org:u.s.-congress"]},
                       summary="The U.S. Congress on Thursday sent President Barack Obama a $106 billion bill to pay "
                               "for the Iraq and Afghanistan wars after political sparring.")
    who = _framed("scale", "2009-04-27", "act", roles={"agent": ["org:world-health-organization"]},
                  summary="The World Health Organisation (WHO) revised Monday its 6-point scale for pandemic alerts.")
    assert not on_story(congress, span) and on_story(who, span)
    # the sentence test is unchanged for typed events: the same sentence as a meeting names 'U.S.'
    assert on_story(_framed("bill", "2009-06-18", "meeting", summary=congress.summary), span)


def test_two_untyped_acts_of_one_day_on_one_thing_are_one_row():
    # bpoil_guardian, 6 January 2011: two papers' words for the commission's report of the 5th
    span = StorySpan("2010-04-26", "2011-01-30", 140, {"a": 1000, "b": 1000})
    preview = _framed("preview", "2011-01-05", "act", roles={"agent": ["org:white-house"]}, obj="preview of report",
                      summary="Yesterday, the White House oil commission produced a preview of its report.")
    part = _framed("part", "2011-01-05", "act", ("b",), roles={"agent": ["person:barack-obama"]}, obj="part of report",
                   summary="Barack Obama's national commission released part of its final report into the disaster.")
    for event in (preview, part):
        event.dated_by = "own"
    assert len(default_timeline([preview, part], span, size=12)) == 1
    # on another day, or done to another thing, they are two rows
    part.object = "part of findings"
    assert len(default_timeline([preview, part], span, size=12)) == 2


def test_an_act_and_another_event_of_its_doers_that_day_are_one_row():
    # bpoil_guardian, 17 May 2010: two papers of the Guardian tell the tube's insertion of the 16th, as an act and as
    # BP's announcement
    span = StorySpan("2010-04-26", "2011-01-30", 140, {"a": 1000, "b": 1000})
    act = _framed("act", "2010-05-16", "act", roles={"agent": ["org:bp"]},
                  summary="BP began funnelling some of the leaking oil and gas using the tube yesterday.")
    announced = _framed("announced", "2010-05-16", "statement", ("b",), roles={"agent": ["org:bp"]}, obj="good news",
                        summary="BP last night announced the first good news in several days in its efforts to contain "
                                "the spill, saying it had succeeded in inserting a tube into the riser.")
    for event in (act, announced):
        event.dated_by = "own"
    assert len(default_timeline([act, announced], span, size=12)) == 1
    # a doer's employer read as a second agent is another party: BP's managing director is not BP's chief executive
    # (bpoil_washingtonpost, 7 July 2010)
    act.roles = {"agent": ["org:bp", "person:bob-dudley"]}
    act.participants = ["org:bp", "person:bob-dudley"]
    assert len(default_timeline([act, announced], span, size=12)) == 2


def test_a_range_is_not_sure_and_unsure_rows_fill_only_with_acts():
    from storyline.story.timeline import is_sure

    span = StorySpan("2010-04-21", "2010-07-01", 40, {"a": 1000, "b": 1000}, published={"a": "2010-06-28", "b": "2010-06-28"})
    # "President Barack Obama last month used an Oval Office speech": dated by its own words, but to a range
    speech = _framed("speech", None, "statement", date_range=["2010-05-01", "2010-05-31"], roles={"agent": ["obama"]},
                     obj="clean energy", summary="President Barack Obama last month used an Oval Office speech.")
    speech.dated_by = "own"
    assert not is_sure(speech, span)
    visit = _framed("visit", None, "visit", date_range=["2010-06-21", "2010-06-28"], roles={"agent": ["obama"]})
    visit.dated_by = "publication"
    # a short story's screen is filled with the unsure visit, not with the unsure stated position
    few = StorySpan("2010-04-21", "2010-07-01", 5, span.lengths, published=span.published)
    assert [e.id for e in default_timeline([speech, visit], few, size=12)] == ["visit"]
    # with forty reports, a visit known only by its report's day is no filler either
    assert default_timeline([speech, visit], span, size=12) == []


def test_one_trip_told_with_its_city_and_with_its_state_is_one_row():
    # bpoil_foxnews, 2 May: "Obama visits Louisiana" and "the president flew into New Orleans Sunday"
    span = StorySpan("2010-04-21", "2010-07-01", 12, {"a": 1000, "b": 1000})
    state = _framed("Obama visits Louisiana", "2010-05-02", "visit", sources=("a", "b"), independent=2,
                    roles={"agent": ["person:obama"], "patient": ["gpe:louisiana"]})
    city = _framed("New Orleans visit", "2010-05-02", "visit", roles={"patient": ["gpe:new-orleans", "gpe:louisiana"]})
    assert [e.id for e in default_timeline([state, city], span, size=5)] == ["Obama visits Louisiana"]
    # told with nothing in common but the day: the one naming only where it was is the other's trip
    alone = _framed("New Orleans visit", "2010-05-02", "visit", roles={"patient": ["gpe:new-orleans"]})
    trip = _framed("Obama's trip", "2010-05-02", "visit", sources=("a", "b"), independent=2, roles={"agent": ["person:obama"]})
    assert [e.id for e in default_timeline([trip, alone], span, size=5)] == ["Obama's trip"]
    # two acts told only by where they were, in two places, stay two rows
    killed_in_baghdad = _framed("Baghdad death", "2010-05-02", "death", roles={"patient": ["gpe:baghdad"]})
    killed_in_kabul = _framed("Kabul death", "2010-05-02", "death", roles={"patient": ["gpe:kabul"]})
    assert len(default_timeline([killed_in_baghdad, killed_in_kabul], span, size=5)) == 2
    # a visit by someone else that day stays a row of its own
    other = _framed("Jindal's visit", "2010-05-02", "visit", roles={"agent": ["person:jindal"], "patient": ["gpe:venice"]})
    assert len(default_timeline([trip, other], span, size=5)) == 2
    # statements that day: "The White House announced Sunday ..." and NOAA's announcement are two
    white_house = _framed("White House statement", "2010-05-02", "statement", roles={"agent": ["loc:white-house"]}, obj="visit")
    noaa = _framed("NOAA statement", "2010-05-02", "statement", roles={"agent": ["org:noaa"]}, obj="fishing")
    white_house.dated_by = noaa.dated_by = "own"
    assert len(default_timeline([white_house, noaa], span, size=5)) == 2


def test_the_central_terms_of_a_large_store_are_read_from_an_even_sample(seeded_db_path):
    from storyline.store import Store, queries

    store = Store(seeded_db_path, readonly=True)
    try:
        total, counts = queries.document_word_counts(store)
        assert total == 5 and counts["trump"] >= 4 and max(counts.values()) == 5
        read, sampled = queries.document_word_counts(store, sample=3)
        assert read == 3 and max(sampled.values()) == 3
        assert all(sampled.get(word, 0) <= count for word, count in counts.items())
        assert set(sampled) < set(counts)
    finally:
        store.close()


def test_caption_run_into_the_next_sentence_is_no_evidence():
    from storyline.story.cluster import is_page_furniture

    # Timeline17 MJ_bbc: a caption run into the article's sentence with no full stop between them
    assert is_page_furniture("Dr Conrad Murray is charged with involuntary manslaughter The superstar died on 25 June "
                             'that year, a death the Los Angeles coroner subsequently attributed to "acute propofol '
                             'intoxication".')
    assert is_page_furniture("Dr Conrad Murray faces four years in prison if convicted The doctor present at Michael "
                             "Jackson's deathbed has pleaded not guilty.")
    assert is_page_furniture("The doctor maintained his innocence throughout the trial 29 September 2011 Jackson's "
                             "bodyguard, Alberto Alvarez, testifies that on the night Jackson died, Dr Murray ordered "
                             "him to pick up vials of medicine before phoning for an ambulance.")
    # the article's own sentences (rows that passed on the MJ_bbc sheet, a seed): a date after a preposition,
    # a name after a lower-case word, speech running on inside quotation marks
    assert not is_page_furniture("Jackson died at his rented home in Los Angeles on 25 June, aged 50.")
    assert not is_page_furniture("Also on Tuesday, Jackson's former personal assistant Michael Williams testified "
                                 "that as the singer's body lay in bed, Jackson manager Frank Dileo told his children: "
                                 '"Daddy had a heart attack and died."')
    assert not is_page_furniture("Ms Lee was testifying on Tuesday at the involuntary manslaughter trial of the "
                                 "singer's physician, Dr Conrad Murray.")
    assert not is_page_furniture("Dr Murray did not give evidence during his six-week trial, which ended on Monday "
                                 "when a jury ruled he had given Jackson a fatal overdose of propofol.")
    assert not is_page_furniture("Jackson was found unconscious on 25 June 2009 Dr Murray told the court.")
    assert not is_page_furniture('"This was not our accident This was Transocean\'s rig," he said on Friday.')
    # a capital A after a lower-case word names a type or a grade
    assert not is_page_furniture("A new strain of influenza A virus spread to Mexico on Friday, officials said.")
    assert not is_page_furniture("Officials said the children lacked vitamin A and iron after the flood.")
    assert not is_page_furniture("Trump reportedly did not accept the request, nor did he publicly support it after "
                                 "meeting with Ukrainian President Volodymyr Zelensky at the White House.")


def test_a_commentators_position_is_no_row(tmp_path, nlp):
    import json

    from storyline.model import from_dict
    from storyline.pipeline import SpacyExecutor, ingest
    from storyline.store import Store, queries
    from storyline.story.stored_timeline import story_span, with_central_names
    from storyline.story.timeline import commentators, is_commentary

    # Timeline17 bpoil_guardian (2 June and 26 May 2010): a strategist's and a former minister's views, and a party's act
    text = ("Democratic strategist James Carville attacked Obama this morning for retaining his customary cool over the "
            "BP oil spill. Robert Reich, the former labor secretary under Bill Clinton, today called for BP's US "
            "operations to be seized by the government until the leak had been plugged. BP chief executive Tony "
            "Hayward today rejected calls to suspend the BP dividend over the oil spill.")
    # one report: everyone in it is named in a fifth of the story, but in too few reports to be a central party
    path = tmp_path / "guardian.jsonl"
    path.write_text(json.dumps({"text": text, "published": "2010-06-02", "title": "BP oil spill"}) + "\n")
    store = Store(tmp_path / "s.db")
    try:
        ingest(store, [str(path)], SpacyExecutor(nlp))
        span = with_central_names(store, story_span(store))
        assert span.commentators == {"person:james-carville", "person:robert-reich"}
        events = [from_dict(Event, record) for record in
                  queries.event_data(store, [row[0] for row in store.conn.execute("SELECT id FROM events")])]
        by_actor = {agent: e for e in events for agent in (e.roles or {}).get("agent", [])}
        assert is_commentary(by_actor["person:james-carville"], span)  # 'attacked Obama': a pundit's words
        assert is_commentary(by_actor["person:robert-reich"], span)  # 'called for': a former minister's view
        assert not is_commentary(by_actor["person:tony-hayward"], span)  # BP's chief rejecting: the party's act
    finally:
        store.close()
    # an office given also as 'former' is former; one held now, or a witness's testimony, is no commentary
    assert commentators({"reich": ["former labor secretary", "labor secretary"], "hayward": ["CEO", "chief executive"],
                         "analyst": ["oil analyst"], "obama": ["President", "former senator"]}) == {"reich", "analyst"}
    # a central party is never a commentator; a party's own expert or critic is no commentator
    assert commentators({"trump": ["former President", "President"]}, central={"trump"}) == set()
    assert commentators({"fukuda": ["WHO flu expert"], "navalny": ["Kremlin critic"]}) == set()
    testimony = _framed("t", "2011-01-04", "trial", roles={"agent": ["williams"]})
    assert not is_commentary(testimony, StorySpan("2011-01-01", "2011-02-01", 3, commentators=frozenset({"williams"})))


def test_a_sentence_all_quoted_is_dated_by_no_one():
    from storyline.story.timeline import is_sure, is_wholly_quoted

    # Timeline17 MJ_bbc: the family's statement quoted in an article of 26 July 2011; the press conference was on the 25th
    quoted = ('"Today\'s press conference in Los Angeles announced a tribute concert to Michael to be attended and '
              'supported by the Jackson family."')
    assert is_wholly_quoted(quoted)
    assert is_wholly_quoted('"We closed the well this morning.')  # a quotation running on to the next sentence
    assert not is_wholly_quoted('"We will pay," Tony Hayward said on Tuesday.')
    assert not is_wholly_quoted("BP announced today that it is making a $32.2 bn provision for the cost of the spill.")
    span = StorySpan("2011-07-01", "2011-08-01", 3, {"a": 1000}, published={"a": "2011-07-26"})
    statement = _framed("s", "2011-07-26", "statement", roles={"agent": ["jacksons"]}, obj="concert", summary=quoted)
    statement.dated_by = "own"
    assert not is_sure(statement, span)
    told = _framed("t", "2011-07-26", "statement", roles={"agent": ["bp"]}, obj="provision",
                   summary="BP announced today that it is making a $32.2 bn provision for the cost of the spill.")
    told.dated_by = "own"
    assert is_sure(told, span)


def test_a_call_to_the_reader_is_no_evidence():
    from storyline.story.cluster import is_page_furniture

    # Timeline17 bpoil_guardian, 15 July 2010: a live Q&A's notice glued before a frame grab's caption
    assert is_page_furniture("Live Q&A: Post your questions on solutions to the BP oil leak Join sub-sea engineer Bil "
                             "Loth at midday to discuss BP's attempts to cap the Deepwater Horizon oil spill")
    assert is_page_furniture("Have your say: should BP pay a dividend this year?")
    assert is_page_furniture("Watch the video of the burning rig.")
    # the writer's sentences and someone's words stay
    assert not is_page_furniture('"Tell us what happened," the senator said to Tony Hayward on Thursday.')
    assert not is_page_furniture("Watchdogs said on Friday that BP had been late in reporting the leak.")
    assert not is_page_furniture("Readers sent us their pictures of the beaches on Sunday.")


def test_a_person_dies_once():
    # Timeline17 MJ_bbc: the death told on its day, and again in a caption's year run into the next sentence
    span = StorySpan("2009-06-27", "2011-11-30", 137, {"a": 1000, "b": 1000})
    died = _framed("died", "2009-06-25", "death", sources=("a",), independent=34, roles={"agent": ["person:michael-jackson"]},
                   summary="Jackson died at his rented home in Los Angeles on 25 June, aged 50.")
    again = _framed("again", "2009-08-29", "death", sources=("b",), roles={"patient": ["person:michael-jackson"]},
                    summary="This Is It was made up of concert rehearsal footage filmed prior to Jackson's sudden death "
                            "in 2009 Sony Pictures is fighting lawyers for Michael Jackson's doctor over access to raw footage.")
    died.dated_by, again.dated_by = "own", "sentence"
    assert [e.id for e in default_timeline([died, again], span, size=12)] == ["died"]
    # two people's deaths are two rows
    other = _framed("other", "2009-08-29", "death", sources=("b",), roles={"patient": ["person:farrah-fawcett"]})
    other.dated_by = "own"
    assert [e.id for e in default_timeline([died, other], span, size=12)] == ["died", "other"]
    # one killer, two killings: the dead differ, so two rows
    misrata = _framed("misrata", "2011-04-10", "death", sources=("a",), roles={"agent": ["person:muammar-gaddafi"],
                                                                              "patient": ["person:misrata-victim"]})
    zawiya = _framed("zawiya", "2011-04-12", "death", sources=("b",), roles={"agent": ["person:muammar-gaddafi"],
                                                                            "patient": ["person:zawiya-victim"]})
    misrata.dated_by = zawiya.dated_by = "own"
    # "Jackson's death at his home in Los Angeles": the place is the patient, the dead man the agent
    at_home = _framed("home", "2009-08-29", "death", sources=("b",), roles={"agent": ["person:michael-jackson"],
                                                                           "patient": ["gpe:los-angeles"]})
    at_home.dated_by = "own"
    assert [e.id for e in default_timeline([died, at_home], span, size=12)] == ["died"]
    assert [e.id for e in default_timeline([misrata, zawiya], span, size=12)] == ["misrata", "zawiya"]


def test_a_thing_sinks_once():
    # Timeline17 bpoil_guardian (full topic): the rig's sinking told on its day by four reports, and by one writer
    # with a wrong day; the linker named the rig 'Horizon' (a place) in one and 'Deepwater Horizon' (a person) in the other
    span = StorySpan("2010-04-26", "2011-01-30", 287, {"a": 1000, "b": 1000, "c": 1000})
    sank = _framed("sank", "2010-04-22", "crash", sources=("a",), independent=4, roles={"agent": ["loc:horizon"]},
                   summary="An oil spill tracker from the New York Times shows it growing and changing shape since the "
                           "Deepwater Horizon rig sank on 22 April.")
    again = _framed("again", "2010-04-30", "crash", sources=("b",),
                    roles={"agent": ["org:bp-group", "person:deepwater-horizon"]},
                    summary="The suits include claims for loss of earnings, loss of enjoyment or property, or for bereavement "
                            "suffered by families of the 11 workers killed when BP's Deepwater Horizon rig caught fire and "
                            "sank on 30 April.")
    sank.dated_by = again.dated_by = "own"
    assert [e.id for e in default_timeline([sank, again], span, size=12)] == ["sank"]
    # told by one report each (bpoil_guardian -n 140), the row stands at the earlier day, not at the later one its
    # recency makes more salient
    once = replace(sank, id="once", independent_sources=1, roles={"agent": ["other:horizon"]}, participants=["other:horizon"])
    assert salience(again, span) > salience(once, span)
    assert [e.id for e in default_timeline([once, again], span, size=12)] == ["once"]
    # another platform's sinking is another row: 'Horizon' is no tail of its name
    platform = _framed("platform", "2010-05-13", "crash", sources=("c",), roles={"agent": ["other:aban-pearl"]},
                       summary="Off Venezuela, the Aban Pearl, an offshore natural gas platform leased to the national oil "
                               "company, sank early today.")
    platform.dated_by = "own"
    assert [e.id for e in default_timeline([sank, platform], span, size=12)] == ["sank", "platform"]
    # a company is whose the rig was, not what sank: one company's two accidents are two rows ...
    bp_accident = _framed("bp", "2010-07-16", "crash", sources=("c",), roles={"patient": ["org:bp-group"]},
                          summary="An accident put BP's oil cap out of action on Friday, allowing oil to flow for hours.")
    bp_accident.dated_by = "own"
    assert [e.id for e in default_timeline([again, bp_accident], span, size=12)] == ["again", "bp"]
    # ... but a thing the linker took for an organisation is a thing: "the talks were stalemated when the Deepwater
    # Horizon rig sank" (bpoil_washingtonpost, 'org:horizon') is the sinking its other name tells
    stalemate = _framed("stalemate", "2010-04-21", "crash", sources=("c",), roles={"agent": ["org:horizon"]},
                        summary="BP resisted both demands, and the talks were stalemated when the Deepwater Horizon rig "
                                "sank on Wednesday, Pascal said.")
    stalemate.dated_by = "own"
    assert [e.id for e in default_timeline([sank, stalemate], span, size=12)] == ["sank"]
    # ... and a sea the oil sank to is where, not what: "much of it sunk to the bottom of the gulf"
    oil = _framed("oil", "2010-11-23", "crash", sources=("c",), roles={"agent": ["org:bp-group"], "patient": ["loc:gulf"]},
                  summary="An NPR report showed on Tuesday that much of BP's oil sunk to the bottom of the gulf.")
    gulf = _framed("gulf", "2010-04-22", "crash", sources=("a",), independent=4, roles={"agent": ["loc:horizon"], "patient": ["loc:gulf"]},
                   summary="The Deepwater Horizon rig sank to the bottom of the gulf on 22 April.")
    oil.dated_by = gulf.dated_by = "own"
    assert [e.id for e in default_timeline([gulf, oil], span, size=12)] == ["gulf", "oil"]


def test_a_photo_credit_opening_a_sentence_is_no_evidence():
    from storyline.story.cluster import is_page_furniture

    # Timeline17 bpoil_washingtonpost (round 6 sheet, rows 9 and 26): a photo's credit glued before the sentence
    assert is_page_furniture("(Tracy A. Woodward/the Washington Post) Lamar McKay, the BP official who visited Capitol "
                             "Hill on Tuesday, couldn't have been any more slippery if he had just bathed in the Gulf of Mexico.")
    assert is_page_furniture("(U.s. Coast Guard Via Associated Press) BP rolled out the results Wednesday of a four-month "
                             "internal investigation into the causes of the April 20 blowout of its Macondo oil well.")
    # an agency's lead credit and a bracket inside the sentence stay
    assert not is_page_furniture("(AP) U.S. officials said on Friday that the leak was far larger than BP had said.")
    assert not is_page_furniture("Sen. Benjamin L. Cardin (D-Md.) visited Louisiana on Friday.")
    assert not is_page_furniture("BP and its partners (Anadarko/Mitsui) paid the first claims on Friday.")


def test_a_disaster_one_report_tells_of_a_place_alone_is_not_sure():
    from storyline.story.timeline import befalls_only_a_place, is_sure

    # Timeline17 bpoil_washingtonpost: another disaster named in a column, and a writer's figure
    span = StorySpan("2010-04-01", "2010-12-31", 140, {"a": 1000, "b": 1000}, published={"a": "2010-07-12", "b": "2010-06-24"})
    coal_mine = _framed("c", "2010-04-05", "explosion", roles={"patient": ["gpe:west-virginia"]},
                        summary="The story of 2010 is not that nothing happened after the BP spill, or after the "
                                "coal-mine explosion that killed 29 in West Virginia on April 5.")
    storm = _framed("s", "2010-06-23", "storm", sources=("b",), roles={"patient": ["gpe:louisiana"]},
                    summary="Off the coast of Louisiana, another storm raged Wednesday, this one political.")
    for event in (coal_mine, storm):
        event.dated_by = "own"
        assert befalls_only_a_place(event) and not is_sure(event, span)
    # the story's own disaster, told by several reports; a disaster with a party named; an act of a place
    told_twice = _framed("e", "2010-04-20", "explosion", sources=("a", "b"), independent=2,
                         roles={"patient": ["loc:gulf-of-mexico"]})
    with_party = _framed("r", "2010-04-20", "explosion", roles={"patient": ["org:transocean", "loc:gulf-of-mexico"]})
    lawsuit = _framed("l", "2010-08-12", "lawsuit", roles={"agent": ["gpe:alabama"]})
    for event in (told_twice, with_party, lawsuit):
        event.dated_by = "own"
        assert not befalls_only_a_place(event) and is_sure(event, span)


def test_a_disaster_one_report_tells_of_the_storys_central_place_is_sure():
    """The story's own new disaster is first told by one report: a place the story is about is no
    other place named in passing. The coal-mine's West Virginia in a spill story stays unsure."""
    from storyline.story.timeline import befalls_only_a_place, central_names, is_sure

    haiti = StorySpan("2010-01-12", "2010-01-31", 12, {"a": 1000}, published={"a": "2010-01-20"},
                      central=central_names([("Haiti", []), ("Port-au-Prince", []), ("Rene Preval", ["Preval"])],
                                            ["earthquake"]))
    aftershock = _framed("h", "2010-01-20", "earthquake", roles={"patient": ["gpe:haiti"]},
                         summary="A 6.1 aftershock struck Haiti on Wednesday, sending people running into the streets.")
    aftershock.dated_by = "own"
    assert befalls_only_a_place(aftershock) and is_sure(aftershock, haiti)
    spill = StorySpan("2010-04-01", "2010-12-31", 140, {"a": 1000}, published={"a": "2010-07-12"},
                      central=central_names([("BP", []), ("Gulf of Mexico", ["Gulf"]), ("Louisiana", [])], ["oil", "spill"]))
    coal_mine = _framed("c", "2010-04-05", "explosion", roles={"patient": ["gpe:west-virginia"]},
                        summary="The story of 2010 is not that nothing happened after the BP spill, or after the "
                                "coal-mine explosion that killed 29 in West Virginia on April 5.")
    coal_mine.dated_by = "own"
    assert not is_sure(coal_mine, spill)  # the sentence names the story (BP, spill), not as the place struck


def test_an_article_without_a_year_keeps_its_happenings_as_wide_range_rows_apart_from_other_articles():
    """Seed 002 names no year: its call (undated after clustering) takes the week before its inferred
    range, and that range, holding 12 February, tells it apart from no other article's call: it is not
    the call of 12 February (another article), while two events of its own article in that range may be one."""
    from storyline.model import Document
    from storyline.story.redate import ranged_by_their_reports

    may = _framed("may", None, sources=("b",))
    may.dated_by = ""
    plan = _framed("plan", None, sources=("b",), status="planned")
    narrow = _framed("narrow", None, sources=("c",))
    documents = {"b": Document(id="b", source="b", text="", published_range=["2025-01-20", "2026-12-01"],
                               published_how="inferred"),
                 "c": Document(id="c", source="c", text="", published_range=["2025-05-01", "2025-05-20"],
                               published_how="inferred")}
    ranged_by_their_reports([may, plan, narrow], documents)
    assert may.date_range == ["2025-01-13", "2026-12-01"] and may.dated_by == "inferred"
    assert plan.date_range is None  # a plan is not before its report
    assert narrow.date_range is None  # a narrow range dated its mentions already, or left them undated on purpose
    february = _framed("feb", "2025-02-12", sources=("a",))
    february.dated_by = "own"
    span = StorySpan("2025-02-12", "2025-02-12", 3, {"a": 1000, "b": 1000, "c": 1000}, published={"a": "2025-02-12"})
    assert sorted(e.id for e in default_timeline([february, may], span, size=5)) == ["feb", "may"]
    again = _framed("again", None, sources=("b",), date_range=list(may.date_range), summary="another sentence")
    again.dated_by = "inferred"
    assert len(default_timeline([february, may, again], span, size=5)) == 2


def test_a_surname_alone_is_the_full_name_its_own_report_gave():
    # Timeline17 bpoil_bbc: the Obama-Cameron call of 12 June, told in one article from each side; the linking keeps
    # 'Mr Cameron' apart from David Cameron (the coverage names James Cameron too), as an id local to article a
    named_in = {"person:barack-obama": frozenset("ab"), "person:david-cameron": frozenset("ab"),
                "person:cameron@a": frozenset("a"), "person:james-cameron": frozenset("c")}
    span = StorySpan("2010-06-01", "2010-07-01", 12, {"a": 1000, "b": 1000, "c": 1000}, named_in=named_in)
    call = _framed("Obama - Cameron call", "2010-06-12", "call", sources=("a", "b"), independent=2,
                   roles={"agent": ["person:barack-obama", "person:david-cameron"]},
                   summary="In a telephone call with British Prime Minister David Cameron on Saturday, Mr Obama said ...")
    cameron_side = _framed("Cameron side", "2010-06-12", "call", sources=("a",),
                           roles={"agent": ["person:cameron@a"]},
                           summary="During the telephone conversation on Saturday, Mr Cameron expressed his sadness ...")
    assert [e.id for e in default_timeline([call, cameron_side], span, size=5)] == ["Obama - Cameron call"]
    # without knowing who each article names, nothing is joined
    assert len(default_timeline([call, cameron_side], replace(span, named_in=None), size=5)) == 2
    # the full name not named in the article the surname is told in: two rows
    apart = replace(span, named_in={**named_in, "person:david-cameron": frozenset("b")})
    assert len(default_timeline([call, cameron_side], apart, size=5)) == 2
    # two Camerons in the other event, both named in the article: which one is not known, two rows
    both = _framed("Obama - Camerons call", "2010-06-12", "call", sources=("a", "b"), independent=2,
                   roles={"agent": ["person:barack-obama", "person:david-cameron", "person:james-cameron"]},
                   summary="Obama called David Cameron and James Cameron on Saturday ...")
    two = replace(span, named_in={**named_in, "person:james-cameron": frozenset("a")})
    assert len(default_timeline([both, cameron_side], two, size=5)) == 2
    # a name with a suffix after the surname ('Martin Luther King Jr', 'Mr King')
    king = _framed("King march", "1963-08-28", "protest", sources=("a",), independent=1,
                   roles={"agent": ["person:martin-luther-king-jr"]}, summary="Martin Luther King Jr led the march ...")
    mr_king = _framed("Mr King march", "1963-08-28", "protest", sources=("a",), roles={"agent": ["person:king@a"]},
                      summary="Mr King led the march on Washington ...")
    kings = StorySpan("1963-08-01", "1963-09-01", 12, {"a": 1000},
                      named_in={"person:martin-luther-king-jr": frozenset("a"), "person:king@a": frozenset("a")})
    assert len(default_timeline([king, mr_king], kings, size=5)) == 1


def test_a_link_list_and_a_video_caption_are_page_furniture():
    from storyline.story.cluster import is_page_furniture

    # Timeline17 bpoil_bbc: a list of links stamped with their age; a video's caption glued before the sentence
    assert is_page_furniture("All Gulf States - 29 hrs ago The Independent BP oil spill hitting all gulf states - 33 hrs "
                             "ago MSNBC BP spill now hitting all Gulf states - 38 hrs ago")
    assert is_page_furniture("Mike O'Berry, US Coast Guard: \"We'll search until all likelihood of success has passed\" "
                             "The US Coast Guard says that no oil appears to be leaking from a rig that sank off Louisiana "
                             "on Thursday.")
    # prose: a quotation closed by its full stop, an age told in words
    assert not is_page_furniture("He told the panel: \"BP remains very committed to oil and gas exploration in the North "
                                 "Sea.\" Meanwhile, in the US on Wednesday, the interior department said it was set to "
                                 "require oil companies to plug 3,500 non-producing oil wells.")
    assert not is_page_furniture("The well was capped two hours ago, officials said.")
    assert not is_page_furniture("In a statement, BP said: \"We will pay all legitimate claims.\"")
    # prose with a quotation left without its full stop: a clause before the colon, not a name; one age, not a list
    assert not is_page_furniture("President Obama said on Tuesday: \"We will make BP pay\" The White House later added a "
                                 "statement.")
    assert not is_page_furniture("BP shares fell 3% - 2 hours ago the company said it would suspend its dividend.")
    # a caption's speaker without an affiliation is furniture still
    assert is_page_furniture("Thad Allen: \"The well is secure\" BP said on Thursday the cap was holding.")


def test_only_an_event_told_as_done_takes_the_week_before_its_wide_reports():
    """Seed 002's 'rejected an invitation to meet' is denied: no meeting was held, so none was held in the
    week before the article; a call that was called off was (its calling off is what happened)."""
    from storyline.model import Document
    from storyline.story.redate import ranged_by_their_reports

    denied = _framed("denied", None, kind="meeting", sources=("b",), status="denied")
    called_off = _framed("off", None, kind="meeting", sources=("b",), status="called off")
    documents = {"b": Document(id="b", source="b", text="", published_range=["2025-01-20", "2026-12-01"],
                               published_how="inferred")}
    ranged_by_their_reports([denied, called_off], documents)
    assert denied.date_range is None
    assert called_off.date_range == ["2025-01-13", "2026-12-01"]


def test_one_act_retold_in_nearly_the_same_words_is_one_row():
    # bpoil_foxnews: one article tells the suit twice and names the company two ways
    span = StorySpan("2010-04-21", "2010-12-31", 12, {"a": 1000, "b": 1000, "c": 1000}, published={"a": "2010-12-15"})
    first = _framed("first", "2010-12-15", "lawsuit", roles={"agent": ["doj"], "patient": ["bp-exploration"]},
                    summary="The Justice Department on Wednesday sued BP Exploration and Production Inc. and eight other "
                            "companies in the Gulf oil spill disaster in an effort to recover billions of dollars from the "
                            "largest offshore spill in U.S. history.")
    again = _framed("again", "2010-12-15", "lawsuit", roles={"agent": ["doj"], "patient": ["bp"]},
                    summary="The Justice Department sued BP and eight other companies on Dec. 15 in the Gulf oil spill "
                            "disaster in an effort to recover billions of dollars from the largest offshore spill in U.S. history.")
    other = _framed("other", "2010-12-15", "lawsuit", roles={"agent": ["doj"], "patient": ["transocean"]},
                    summary="Separately, the Justice Department sued Transocean over the rig's safety record on Wednesday.")
    assert len(default_timeline([first, again], span, size=5)) == 1
    assert len(default_timeline([first, other], span, size=5)) == 2
    # another actor's act told in the same words is another row ("Alabama sued BP", "Louisiana sued BP")
    alabama = _framed("alabama", "2010-12-15", "lawsuit", roles={"agent": ["alabama"], "patient": ["bp"]},
                      summary=again.summary.replace("The Justice Department", "Alabama"))
    assert len(default_timeline([again, alabama], span, size=5)) == 2


def test_one_actors_acts_on_other_parties_the_same_day_are_two_rows():
    # the same actor striking two places on one day in nearly the same words: two acts, not one retold
    span = StorySpan("2024-10-01", "2024-10-31", 12, {"a": 1000, "b": 1000}, published={"a": "2024-10-08"})
    gaza = _framed("gaza", "2024-10-07", "attack", roles={"agent": ["israel"], "patient": ["gaza-city"]},
                   summary="Israeli jets struck targets in Gaza City on Monday, killing at least 12 people, "
                           "health officials said.")
    lebanon = _framed("lebanon", "2024-10-07", "attack", roles={"agent": ["israel"], "patient": ["lebanon"]},
                      summary="Israeli jets struck targets in southern Lebanon on Monday, killing at least 3 people, "
                              "health officials said.")
    assert len(default_timeline([gaza, lebanon], span, size=5)) == 2
    # the same strike told with a wider name for its place is still one row
    again = _framed("again", "2024-10-07", "attack", roles={"agent": ["israel"], "patient": ["gaza"]},
                    summary="Israeli jets struck targets in Gaza on Monday, killing at least 12 people, "
                            "health officials said.")
    assert len(default_timeline([gaza, again], span, size=5)) == 1


def test_a_kept_row_is_compared_with_every_candidate_it_could_join():
    """`default_timeline` compares a candidate only with the kept rows filed under a key it looks up
    (`_happening_keys`): every pair `_same_happening` or `_retold` joins must meet there, and a
    participant's rows of other months need not."""
    import random

    from storyline.story.timeline import _happening_keys, _retold, _same_happening

    rng = random.Random(17)
    days = ["2010-04-20", "2010-04-30", "2010-05-01", "2010-05-03", "2010-06-10", "2010-07-01", "2011-01-31"]
    ranges = [None, ["2010-04-25", "2010-05-02"], ["2010-05-01", "2010-06-30"], ["2009-01-01", "2011-12-31"],
              ["2010-06", "2010-07"]]
    people = ["trump", "putin", "zelensky", "ukraine"]
    events = []
    for n in range(60):
        agent, other = rng.sample(people, 2)
        day = rng.choice(days + [None])
        events.append(_framed(f"e{n}", day, kind=rng.choice(["call", "meeting", "death"]),
                              roles={"agent": [agent], "with": [other]}, sources=(rng.choice("abc"),),
                              date_range=None if day else rng.choice(ranges), summary=f"s{rng.randrange(20)}"))
    joined = met = 0
    for candidate in events:
        _, sought = _happening_keys(candidate)
        for kept in events:
            if kept is candidate:
                continue
            meets = bool(_happening_keys(kept)[0] & sought)
            met += meets
            if _same_happening(candidate, kept) or _retold(candidate, kept):
                joined += 1
                assert meets, (candidate, kept)
    assert joined and met < len(events) * (len(events) - 1)  # some pairs joined, some never compared

    may, july = _framed("may", "2010-05-03"), _framed("july", "2010-07-01")
    assert not _happening_keys(july)[0] & _happening_keys(may)[1]
    across = _framed("across", None, date_range=["2010-04-20", "2010-07-10"])
    assert _happening_keys(across)[0] & _happening_keys(may)[1] and _happening_keys(july)[0] & _happening_keys(across)[1]


def test_a_report_closed_by_an_address_or_crediting_a_source_is_no_furniture():
    from storyline.story.cluster import is_page_furniture

    # review of round 9 (#13): a web address after a common noun and a credit followed by prose are report sentences
    assert not is_page_furniture("BP on Monday launched a website for people seeking compensation (bp.com).")
    assert not is_page_furniture("The administration opened a claims website on Friday (restorethegulf.gov).")
    assert not is_page_furniture("Satellite images courtesy of NASA showed the slick reaching the Louisiana coast on "
                                 "Thursday.")
    # second review of #13 (295a28f): an address closing a sentence with its full stop, a credit that is its subject
    assert not is_page_furniture("Residents can file claims with the Gulf Coast Claims Facility (gulfcoastclaimsfacility.com).")
    assert not is_page_furniture("The Coast Guard set up a hotline and a website run by the Deepwater Horizon Unified "
                                 "Command (deepwaterhorizonresponse.com).")
    assert not is_page_furniture("Images courtesy of NASA's Earth Observatory showed the slick.")
    assert not is_page_furniture("Satellite images courtesy of NASA Goddard showed the slick spreading.")


def test_a_compared_figures_day_does_not_date_the_sentence():
    """H1N1_reuters, 10 May 2009: 'up from 1,364 on Saturday' is the day of the earlier figure; the sentence reports
    the Sunday's tally, so a summarised row took the wrong day from it. The stored timeline reads the same days
    (`day_timexes` with the passage's text and offset)."""
    from storyline.model import Document
    from storyline.nlp.time import extract_timexes
    from storyline.story.timeline import day_timexes

    text = ("The U.N. agency said Mexico has reported 1,626 confirmed cases, up from 1,364 on Saturday, and repeated "
            "that 45 people have died there from the new flu strain that is a genetic mixture of swine, bird and human "
            "viruses. The WHO said on Saturday that the virus had spread to 29 countries.")
    document = Document(id="a", source="a", text=text, published="2009-05-10")
    timexes = extract_timexes(text, "2009-05-10", "a")
    assert [c.date for c in candidates_from_documents([document], timexes={"a": timexes})] == [None, date(2009, 5, 9)]
    second = text.index("The WHO said")
    assert [day for _, day in day_timexes(0, second, timexes, text[:second], 0)] == []
    assert [day for _, day in day_timexes(0, second, timexes)] == [date(2009, 5, 9)]  # without the text: every day


def test_the_day_after_a_changed_figures_new_value_dates_the_change():
    """Session 23 review of 4e4a7c4: in 'rose from 20 to 45 on Tuesday' the day is the change's own (it was left
    out as a compared figure's day), while 'up from 1,364 on Saturday' still dates no row; every form of the
    verbs of change is read ('increased from 40 on Friday' was not)."""
    from storyline.nlp.time import extract_timexes
    from storyline.story.timeline import day_timexes

    def days(text: str, published: str) -> list[date]:
        return [day for _, day in day_timexes(0, len(text), extract_timexes(text, published, "a"), text, 0)]

    assert days("The death toll rose from 20 to 45 on Tuesday, officials said.", "2010-06-09") == [date(2010, 6, 8)]
    assert days("Mexico reported 1,626 confirmed cases, up from 1,364 on Saturday.", "2009-05-10") == []
    assert days("The number of confirmed cases in Spain increased from 40 on Friday.", "2009-05-10") == []


def test_only_a_day_inside_the_passage_is_checked_for_a_compared_figure(monkeypatch):
    """Session 23 review of 4e4a7c4: `story_sentences` asks once per passage, so the compared-figure pattern is read
    only for the days inside it, not for every time expression of the document."""
    from storyline.nlp.time import extract_timexes
    from storyline.story import timeline

    text = "Mexico reported 1,626 confirmed cases, up from 1,364 on Saturday. The WHO met on Sunday."
    timexes = extract_timexes(text, "2009-05-10", "a")
    read = []

    class Reading:
        def search(self, before):
            read.append(before)
            return None

    monkeypatch.setattr(timeline, "COMPARED_FIGURE", Reading())
    second = text.index("The WHO")
    assert [day for _, day in timeline.day_timexes(second, len(text), timexes, text, 0)] == [date(2009, 5, 10)]
    assert len(read) == 1 and read[0].endswith("met on ")


def test_one_visit_on_one_day_at_one_place_told_by_a_surname_alone_is_one_row():
    """bpoil_reuters' three timeline boxes: 'May 2 - Obama visits the Gulf Coast' in a box whose report never
    writes 'Barack Obama' (its own `person:obama@doc` id) and in the others. Before the rule they were two rows of
    the default timeline; another day, or another place, keeps them apart."""
    from storyline.story.timeline import _same_happening

    def visit(event_id, who, day, place):
        return Event(id=event_id, type="visit", date=day, date_range=None, participants=who, location=place,
                     summary=f"May 2 - Obama visits {place}.", status="happened", sources=[event_id])

    boxed = visit("a", ["person:barack-obama", "org:bp-plc"], "2010-05-02", "the Gulf Coast")
    alone = visit("b", ["person:obama@2f276d648c38f21e"], "2010-05-02", "the Gulf Coast")
    assert _same_happening(boxed, alone) and _same_happening(alone, boxed)
    assert not _same_happening(boxed, visit("c", ["person:obama@2f276d648c38f21e"], "2010-05-28", "the Gulf Coast"))
    assert not _same_happening(boxed, visit("d", ["person:obama@2f276d648c38f21e"], "2010-05-02", "Chicago"))


def test_a_tally_is_no_row_of_the_default_timeline():
    """H1N1_reuters: 'A new virus has killed up to 149 people in Mexico and the WHO moved closer on Monday ...' made a
    death row on the Monday; a count up to a day (type `tally`, story.events.tells_a_tally) is no happening of it."""
    from storyline.story.timeline import may_be_row

    death = Event(id="e", type="death", date="2009-04-27", date_range=None, participants=["gpe:mexico"], location=None,
                  summary="A new virus has killed up to 149 people in Mexico.", status="happened")
    assert may_be_row(death)
    assert not may_be_row(replace(death, type="tally"))


def test_the_default_timeline_says_why_it_stops():
    """Issue #13 round 18: fewer rows than the size in a large story is right only because the rest are not sure,
    and the line says so; at the size it says the rows are the most important; a short story has no more."""
    from storyline.story.timeline import default_size, why_it_stops

    assert default_size(140) == 48
    assert why_it_stops(27, 140).startswith("27 rows of at most 48: every happening dated to a day by its own words; "
                                            "the story's other events are not sure of their day")
    assert why_it_stops(48, 140).startswith("48 rows: the story's most important happenings, as many as its 140 reports")
    assert why_it_stops(9, 5) == "9 rows of at most 12: every dated happening of this short story (--all lists every event)"
    assert why_it_stops(1, 5).startswith("1 row of at most 12")



def test_a_place_visited_is_a_party_of_the_visit():
    # haiti_bbc -n 140 (review20 of ade93d1): "Ban Ki-moon visited the destroyed headquarters of the UN mission ... to
    # the people of Haiti" became 'Ban Ki-moon – United Nations visit' once a place told with a contact was no party;
    # a visit is to its place ('Ban Ki-moon – Haiti visit'), a meeting's city stays where it was
    names = {"person:ban-ki-moon": "Ban Ki-moon", "gpe:haiti": "Haiti", "org:united-nations": "United Nations"}
    visit = _framed("19", "2010-01-17", "visit", roles={"agent": ["person:ban-ki-moon"],
                                                        "patient": ["gpe:haiti", "org:united-nations"]})
    assert headline(visit, names) == "Ban Ki-moon – Haiti visit"
    meeting = _framed("20", "2010-01-17", "meeting", roles={"agent": ["person:ban-ki-moon"], "patient": ["gpe:haiti"]})
    meeting.clause = "Ban Ki-moon met aid agencies in Haiti"
    assert headline(meeting, names) == "Ban Ki-moon met aid agencies in Haiti"


def test_a_series_of_one_partys_moves_shows_its_most_salient_days():
    """tlsal23 (issue #13): a market reports BP's shares every trading day ('BP shares fell 3 percent'); the series is
    one thread of the story: its most salient days are rows (the square root of its days, rounded up), the rest stay
    in `--all`, and the rows left go to other happenings."""
    from storyline.story.timeline import series_keys, series_rows

    span = StorySpan("2010-04-20", "2011-01-30", 140, {"a": 1000, "b": 1000, "c": 1000})
    moves = [_framed(f"bp shares {day}", f"2010-06-{day:02d}", "move", roles={"agent": ["org:bp"]},
                     summary=f"BP shares fell {day} percent on day {day}.") for day in range(1, 11)]
    moves[6] = replace(moves[6], sources=["a", "b", "c"], independent_sources=3,
                       mentions=[{"doc": d, "start": 0, "end": 9} for d in "abc"])  # told by three reports
    partner = _framed("transocean shares", "2010-06-03", "move", roles={"agent": ["org:transocean"]},
                      summary="Shares in Transocean dropped 4.4 percent on Thursday.")
    acts = [_framed(f"act {day}", f"2010-07-{day:02d}", "act", roles={"agent": ["org:bp"]},
                    summary=f"BP began pumping mud on day {day}.") for day in range(1, 6)]
    for event in moves + [partner] + acts:
        event.dated_by = "own"
    chosen = [e.id for e in default_timeline(moves + [partner] + acts, span, size=48)]
    shown_moves = [i for i in chosen if i.startswith("bp shares")]
    assert len(shown_moves) == series_rows(10) == 4 and "bp shares 7" in shown_moves  # the most reported day first
    assert "transocean shares" in chosen and all(f"act {day}" in chosen for day in range(1, 6))
    assert series_keys(partner) == {("move", "org:transocean")} and series_keys(acts[0]) == set()
    assert [series_rows(days) for days in (1, 2, 4, 5, 9, 10)] == [1, 2, 2, 3, 3, 4]


def test_a_summarised_row_from_an_untitled_article_says_what_happened_not_its_type(tmp_path, capsys):
    # bpoil_foxnews 140's `--dates 20` (Timeline17 pages have no title): 9 of 20 rows read "report" in the
    # 'what happened' column; such a row is headed by its sentence's main clause, or shows the sentence
    import json

    from storyline.cli import main

    articles = tmp_path / "untitled.jsonl"
    lines = [{"text": "BP said on Monday its costs for responding to the spill had grown to about $760 million. "
                      "The company gave no other figures.", "published": "2010-05-12"},
             {"text": "Oil was trading around $74 a barrel on Friday. Traders watched the Gulf.", "published": "2010-05-16"}]
    articles.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    db = str(tmp_path / "untitled.db")
    assert main(["ingest", str(articles), "--db", db, "--no-progress", "--jobs", "1"]) == 0
    capsys.readouterr()
    assert main(["timeline", "--db", db, "--dates", "2", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    reports = [row for row in rows if row["type"] == "report"]
    assert reports and all(row["headline"] and row["headline"] != "report" for row in reports)
    assert any(row["headline"].startswith("BP said its costs had grown") for row in reports)
    assert main(["timeline", "--db", db, "--dates", "2"]) == 0
    table = capsys.readouterr().out
    assert "report  " not in table.replace("reported", "")
