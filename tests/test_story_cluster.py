"""Cross-document event clustering on the seeds, and the rules it must keep on small cases."""
from __future__ import annotations

import pytest

from conftest import seed_document
from storyline.model import EventMention
from storyline.story.cluster import cluster_events, dates_compatible
from storyline.story.timeline import build_timeline

COPY_OF = {"003": "004", "004": None, "000": None, "001": None, "002": None}


@pytest.fixture(scope="module")
def seed_analysis(nlp):
    from storyline.nlp.entities import extract_mentions, extract_roles, link_entities
    from storyline.nlp.time import extract_timexes
    from storyline.story.events import extract_event_mentions

    mentions, roles, event_mentions = [], [], []
    for prefix in ("000", "001", "002", "003", "004"):
        doc = seed_document(prefix)
        parsed = nlp(doc.text)
        doc_mentions = extract_mentions(parsed, doc.id)
        mentions += doc_mentions
        roles += extract_roles(parsed, doc.id, doc.published)
        timexes = extract_timexes(doc.text, doc.published, doc.id, parsed)
        event_mentions += extract_event_mentions(parsed, doc, timexes, doc_mentions)
    entities, entity_of = link_entities(mentions, roles)
    events = cluster_events(event_mentions, entity_of, COPY_OF)
    return {"entities": {e.id: e for e in entities}, "entity_of": entity_of, "mentions": event_mentions, "events": events}


def _entity(analysis, surname: str) -> str:
    return next(e.id for e in analysis["entities"].values() if e.type == "PERSON" and e.name.endswith(surname))


def _leader_calls(analysis, *surnames):
    ids = {_entity(analysis, s) for s in surnames}
    return [e for e in analysis["events"] if e.type == "call" and ids <= set(e.participants)]


def test_feb_2025_trump_putin_call_is_one_event_from_two_documents(seed_analysis):
    feb = [e for e in _leader_calls(seed_analysis, "Trump", "Putin") if e.date == "2025-02-12"]
    assert len(feb) == 1, [(e.date, e.sources, e.summary[:60]) for e in feb]
    assert feb[0].sources == ["003", "004"]
    assert feb[0].independent_sources == 1  # 003 copies 004
    assert feb[0].duration == "an hour and a half"


def test_separate_trump_putin_calls_stay_separate(seed_analysis):
    calls = _leader_calls(seed_analysis, "Trump", "Putin")
    sources_of = {doc: {e.id for e in calls if doc in e.sources} for doc in ("000", "001", "002", "004")}
    for doc, event_ids in sources_of.items():
        assert event_ids, f"no Trump-Putin call found in {doc}"
    # no call event mixes documents about different calls
    for event in calls:
        assert set(event.sources) in [{"000"}, {"001"}, {"002"}, {"004"}, {"003", "004"}, {"003"}], event.sources
    expected_month = {"001": "2024-11", "004": "2025-02", "002": "2025-05", "000": "2025-10"}
    for doc, month in expected_month.items():
        months = {(e.date or e.date_range[1])[:7] for e in calls if doc in e.sources and (e.date or e.date_range)}
        assert months == {month}, (doc, months)
    may = [e for e in calls if "002" in e.sources and e.date == "2025-05-19"]
    assert may and may[0].duration == "two hours"


def test_one_article_telling_its_call_twice_in_either_order_is_one_event(nlp):
    # seed 000 undated, as the demo has it: "Russian President Vladimir Putin, in a recent phone call with U.S.
    # President Donald Trump, reportedly demanded ..." (Putin first) and "Trump had considered sending powerful
    # Tomahawk missiles to Ukraine ahead of the call but reportedly backed down after speaking with Putin"
    from dataclasses import replace

    from storyline.nlp.entities import extract_mentions, extract_roles, link_entities
    from storyline.story.events import extract_event_mentions

    doc = replace(seed_document("000"), published=None)
    parsed = nlp(doc.text)
    mentions = extract_mentions(parsed, doc.id)
    entities, entity_of = link_entities(mentions, extract_roles(parsed, doc.id, doc.published))
    event_mentions = extract_event_mentions(parsed, doc, [], mentions)
    first = doc.text.index("Russian President Vladimir Putin, in a recent phone call")
    again = doc.text.index("Trump had considered sending powerful Tomahawk")
    told = [m for m in event_mentions if m.type == "call" and m.start in (first, again)]
    assert {m.start for m in told} == {first, again} and not any(m.date or m.date_range for m in told)
    people = {e.name.split()[-1]: e.id for e in entities if e.type == "PERSON"}
    calls = [e for e in cluster_events(event_mentions, entity_of, {})
             if e.type == "call" and {people["Trump"], people["Putin"]} <= set(e.participants)]
    assert len(calls) == 1, [(e.id, e.mentions) for e in calls]
    assert {first, again} <= {m["start"] for m in calls[0].mentions}
    # who called is kept as a role: each is named as a party who acted
    assert {people["Trump"], people["Putin"]} <= set(calls[0].roles.get("agent", []) + calls[0].roles.get("with", []))


def test_trump_zelenskyy_call_is_not_the_putin_call(seed_analysis):
    putin = _entity(seed_analysis, "Putin")
    zelensky_calls = [e for e in _leader_calls(seed_analysis, "Trump", "Zelenskyy") if "004" in e.sources]
    assert zelensky_calls
    assert all(putin not in e.participants or e.date != "2025-02-12" for e in zelensky_calls if e.duration == "about an hour")


def test_event_ids_are_stable_and_unique(seed_analysis):
    again = cluster_events(seed_analysis["mentions"], seed_analysis["entity_of"], COPY_OF)
    assert [e.id for e in again] == [e.id for e in seed_analysis["events"]]
    assert len({e.id for e in again}) == len(again)


def test_summary_is_a_sentence_of_a_source(seed_analysis):
    texts = {prefix: seed_document(prefix).text for prefix in ("000", "001", "002", "003", "004")}
    for event in seed_analysis["events"]:
        assert any(event.summary in texts[doc] for doc in event.sources)


def test_timeline_orders_dated_events(seed_analysis):
    by_id = {e.id: e for e in seed_analysis["events"]}
    ordered = build_timeline(seed_analysis["events"])
    keys = [by_id[i].date or by_id[i].date_range[0] for i in ordered]
    assert keys == sorted(keys)
    assert all(by_id[i].date or by_id[i].date_range for i in ordered)


def _mention(doc, day, event_type="call", status="happened", participants=("Donald Trump", "Vladimir Putin"),
             location=None, sentence=None):
    sentence = sentence or f"{' and '.join(participants)} held a {event_type}."
    return EventMention(doc=doc, start=0, end=len(sentence), sentence=sentence, type=event_type, status=status,
                        date=day, participants=list(participants), location=location)


def test_two_calls_a_day_apart_are_two_events():
    events = cluster_events([_mention("a", "2025-03-18"), _mention("b", "2025-03-19"), _mention("c", "2025-03-18")], {}, {})
    assert sorted(len(e.mentions) for e in events) == [1, 2]


def test_planned_meeting_links_up_with_the_meeting_held():
    planned = _mention("a", "2025-08-15", "meeting", "planned", location="Anchorage",
                       sentence="Donald Trump will meet Vladimir Putin in Anchorage on Friday.")
    held = _mention("b", "2025-08-15", "meeting", "happened", location="Anchorage",
                    sentence="Trump and Putin met in Anchorage on Friday.")
    other = _mention("c", "2025-08-18", "meeting", "happened", participants=("Donald Trump", "Volodymyr Zelensky"))
    events = cluster_events([planned, held, other], {}, {})
    linked = [e for e in events if len(e.mentions) == 2]
    assert len(linked) == 1 and linked[0].status == "happened" and linked[0].location == "Anchorage"


def test_undated_copy_joins_its_original():
    original = _mention("orig", "2025-02-12")
    copy = _mention("copy", None, sentence="Trump said he talked to Putin.")
    unrelated = _mention("other", None, sentence="Putin and Trump spoke about many things over the years.")
    events = cluster_events([original, copy, unrelated], {}, {"copy": "orig"})
    joined = next(e for e in events if "orig" in e.sources)
    assert joined.sources == ["copy", "orig"] and joined.independent_sources == 1


def test_date_compatibility():
    assert dates_compatible("2025-02-12", None, None, ["2025-02-05", "2025-02-12"])
    assert not dates_compatible("2025-02-12", None, "2025-02-13", None)
    assert not dates_compatible(None, None, "2025-02-13", None)


def test_entity_lookup_may_be_a_function_and_input_order_does_not_matter():
    ids = {"Donald Trump": "person:donald-trump", "Trump": "person:donald-trump", "Vladimir Putin": "person:vladimir-putin"}

    def entity_of(doc, start, end):
        sentence = mentions_by_doc[doc].sentence
        return ids.get(sentence[start:end])

    first = _mention("a", "2025-03-18", sentence="Donald Trump and Vladimir Putin held a call.")
    second = _mention("b", "2025-03-18", participants=("Trump", "Vladimir Putin"),
                      sentence="Trump and Vladimir Putin held a call.")
    mentions_by_doc = {"a": first, "b": second}
    forward = cluster_events([first, second], entity_of, {})
    backward = cluster_events([second, first], entity_of, {})
    assert len(forward) == 1 and forward[0].participants == ["person:donald-trump", "person:vladimir-putin"]
    assert [e.id for e in forward] == [e.id for e in backward]


def test_undated_plan_joins_the_meeting_held_at_the_same_place():
    planned = _mention("a", None, "meeting", "planned", location="Budapest",
                       sentence="The next Donald Trump - Vladimir Putin meeting is scheduled for Budapest.")
    held = _mention("b", "2025-10-30", "meeting", "happened", location="Budapest",
                    sentence="Donald Trump and Vladimir Putin met in Budapest on Thursday after weeks of preparation.")
    elsewhere = _mention("c", None, "meeting", "planned", location="Riyadh",
                         sentence="A later Donald Trump - Vladimir Putin meeting could be held in Riyadh.")
    events = cluster_events([planned, held, elsewhere], {}, {})
    budapest = next(e for e in events if "b" in e.sources)
    assert budapest.sources == ["a", "b"] and budapest.date == "2025-10-30" and budapest.status == "happened"
    assert any(e.sources == ["c"] for e in events)


def test_one_disaster_a_day_whatever_place_each_report_names():
    from storyline.model import EventMention

    def mention(doc, place):
        return EventMention(doc=doc, start=0, end=50, sentence=f"The rig exploded on April 20 off {place}.",
                            type="explosion", status="happened", date="2010-04-20", participants=[place],
                            trigger="exploded", roles=["patient"])

    events = cluster_events([mention("a", "Louisiana"), mention("b", "Gulf of Mexico")], {}, {})
    assert len(events) == 1 and sorted(events[0].sources) == ["a", "b"]


def test_acts_with_different_counts_in_one_article_are_two_happenings():
    # the demo's seed: "with Russia launching 145 drones at Ukraine overnight ... Russia, in turn, reported
    # downing 34 Ukrainian drones targeting Moscow"
    sentence = "Russia launching 145 drones at Ukraine overnight. Russia reported downing 34 Ukrainian drones targeting Moscow."
    week = ["2025-02-08", "2025-02-10"]
    launched = EventMention(doc="a", start=0, end=48, sentence=sentence[:48], type="attack", status="happened",
                            date_range=week, participants=["Russia"], object="145 drones")
    downed = EventMention(doc="a", start=49, end=len(sentence), sentence=sentence[49:], type="attack", status="happened",
                          date_range=week, participants=["Russia", "Moscow"], object="34 Ukrainian drones")
    assert len(cluster_events([launched, downed], {}, {})) == 2
    # the same count told twice in one article, or different counts in two articles, still join
    again = EventMention(doc="a", start=49, end=len(sentence), sentence=sentence[49:], type="attack", status="happened",
                         date_range=week, participants=["Russia"], object="145 drones")
    elsewhere = EventMention(doc="b", start=0, end=48, sentence=sentence[:48], type="attack", status="happened",
                             date_range=week, participants=["Russia"], object="150 drones")
    assert len(cluster_events([launched, again], {}, {})) == 1
    assert len(cluster_events([launched, elsewhere], {}, {})) == 1
    # another outlet's count (read first) does not split an article that repeats its own count
    first_outlet = EventMention(doc="0", start=0, end=48, sentence=sentence[:48], type="attack", status="happened",
                                date_range=week, participants=["Russia"], object="150 drones")
    assert len(cluster_events([first_outlet, launched, again], {}, {})) == 1


def test_one_toll_told_in_digits_and_in_words_is_one_figure():
    # review of a984216: 'The explosion killed 11 workers' and '... eleven workers' (an analysis that kept the
    # word as written) were two counts, so two happenings (a running toll's two updates)
    def death(doc, count):
        return EventMention(doc=doc, start=0, end=40, sentence=f"The explosion killed {count} workers.", type="death",
                            status="happened", date_range=["2010-04-21", "2010-04-28"], dated_by="publication",
                            participants=["BP", "Transocean"], roles=["agent", "agent"], count=count)

    events = cluster_events([death("a", "11"), death("b", "eleven")], {}, {})
    assert sorted(e.sources for e in events) == [["a", "b"]]


def _contact(doc, start, sentence, participants, roles, event_type="call", status="happened"):
    return EventMention(doc=doc, start=start, end=start + len(sentence), sentence=sentence, type=event_type,
                        status=status, participants=list(participants), roles=list(roles))


def test_undated_contact_told_again_in_its_article_joins_it_whoever_is_named_first():
    ids = {"Vladimir Putin": "person:vladimir-putin", "Putin": "person:vladimir-putin",
           "Donald Trump": "person:donald-trump", "Trump": "person:donald-trump"}
    mentions = {}

    def entity_of(doc, start, end):
        mention = next(m for m in mentions[doc] if m.start <= start < m.end)
        return ids.get(mention.sentence[start - mention.start:end - mention.start])

    putin_first = _contact("a", 0, "Vladimir Putin, in a recent phone call with Donald Trump, demanded Donetsk.",
                           ["Vladimir Putin", "Donald Trump"], ["agent", "with"])
    trump_first = _contact("a", 400, "Trump backed down after speaking with Putin about the missiles.",
                           ["Trump", "Putin"], ["agent", "with"])
    # the same parties' call told by another article without a date or other evidence stays apart
    elsewhere = _contact("b", 0, "Asked about Ukraine, Donald Trump told reporters his phone call with Vladimir Putin went well.",
                         ["Donald Trump", "Vladimir Putin"], ["agent", "with"])
    mentions.update(a=[putin_first, trump_first], b=[elsewhere])
    events = cluster_events([putin_first, trump_first, elsewhere], entity_of, {})
    assert sorted(len(e.mentions) for e in events) == [1, 2]
    joined = next(e for e in events if len(e.mentions) == 2)
    assert joined.sources == ["a"]
    assert set(joined.roles["agent"]) == {"person:donald-trump", "person:vladimir-putin"}


def test_one_shared_party_or_a_plan_is_not_the_same_contact_in_an_article():
    senators = _contact("a", 0, "Barack Obama was scheduled to meet with senators to discuss climate legislation.",
                        ["Barack Obama", "senators"], ["agent", "with"], "meeting", "planned")
    king = _contact("a", 200, "Barack Obama will meet with King Abdullah at the White House later.",
                    ["Barack Obama", "King Abdullah"], ["agent", "with"], "meeting", "planned")
    held = _contact("b", 0, "Donald Trump met Vladimir Putin and spoke about the war for hours.",
                    ["Donald Trump", "Vladimir Putin"], ["agent", "with"], "meeting")
    next_one = _contact("b", 300, "Donald Trump will meet Vladimir Putin again in a future summit.",
                        ["Donald Trump", "Vladimir Putin"], ["agent", "with"], "meeting", "planned")
    assert len(cluster_events([senators, king], {}, {})) == 2
    # a mention naming one of the two parties is not the contact of both
    them = _contact("a", 400, "Barack Obama will meet with them later in the week.", ["Barack Obama"], ["agent"],
                    "meeting", "planned")
    assert len(cluster_events([king, them], {}, {})) == 2
    assert len(cluster_events([held, next_one], {}, {})) == 2


def test_an_undated_contact_with_a_country_is_its_article_contact_with_people():
    """Seed 002 (no year anywhere, so nothing dated): its headline's 'phone call with Russia's president'
    is the call its report tells between Trump and Putin; the same words in another article, or with a
    person of their own on each side, are not."""
    ids = {"Russia": "gpe:russia", "Trump": "person:donald-trump", "Putin": "person:vladimir-putin",
           "Zelenskyy": "person:volodymyr-zelenskyy"}
    mentions = {}

    def entity_of(doc, start, end):
        mention = next(m for m in mentions[doc] if m.start <= start < m.end)
        return ids.get(mention.sentence[start - mention.start:end - mention.start])

    headline = _contact("a", 0, "Following a phone call with Russia's president, Trump backed off an earlier demand",
                        ["Russia"], ["with"])
    report = _contact("a", 200, "Trump and Putin spoke for two hours Monday in a phone call.", ["Trump", "Putin"],
                      ["agent", "agent"])
    elsewhere = _contact("b", 0, "After a phone call with Russia's president, the minister left.", ["Russia"], ["with"])
    other_call = _contact("c", 0, "Trump spoke with Zelenskyy in a phone call.", ["Trump", "Zelenskyy"], ["agent", "with"])
    other_call_again = _contact("c", 200, "Trump also had a phone call with Putin.", ["Trump", "Putin"], ["agent", "with"])
    mentions.update(a=[headline, report], b=[elsewhere], c=[other_call, other_call_again])
    events = cluster_events([headline, report, elsewhere, other_call, other_call_again], entity_of, {})
    by_doc = {}
    for event in events:
        by_doc.setdefault(tuple(event.sources), []).append(len(event.mentions))
    assert by_doc == {("a",): [2], ("b",): [1], ("c",): [1, 1]}
    # either order of telling
    assert len(cluster_events([report, headline], entity_of, {})) == 1


def test_a_rewrite_telling_participantless_talks_again_joins_them():
    """Seed 003 rewrites 004's '"We discussed a variety of topics ..."': talks with no named party, one
    happening in both; another article's sentence of other words stays apart."""
    said = "We discussed a variety of topics having to do with the War, but mostly, the meeting in Munich."
    original = EventMention(doc="004", start=0, end=len(said), sentence=said, type="negotiation", status="happened",
                            date="2025-02-14", participants=[])
    rewrite = EventMention(doc="003", start=50, end=50 + len(said), sentence=said, type="negotiation",
                           status="happened", date="2025-02-14", participants=[])
    other = EventMention(doc="001", start=0, end=30, sentence="They discussed the sanctions at length.",
                         type="negotiation", status="happened", date="2025-02-14", participants=[])
    events = cluster_events([original, rewrite, other], {}, {"003": "004", "004": None, "001": None})
    assert sorted(tuple(e.sources) for e in events) == [("001",), ("003", "004")]
    assert len(cluster_events([original, rewrite], {}, {})) == 2  # not copies: each its own article's


def test_a_contact_with_a_country_joins_only_its_article_sole_undated_contact_held():
    """With two undated calls in one article (Trump-Putin, Trump-Zelenskyy), 'a phone call with Russia'
    could be either: it joins neither (it joined whichever came first). Two planned contacts of one
    kind in one article are two plans; 'Trump said ... after the call' (seed 002) is its one call."""
    ids = {"Russia": "gpe:russia", "Ukraine": "gpe:ukraine", "Trump": "person:donald-trump",
           "Putin": "person:vladimir-putin", "Zelenskyy": "person:volodymyr-zelenskyy"}
    mentions = {}

    def entity_of(doc, start, end):
        mention = next(m for m in mentions[doc] if m.start <= start < m.end)
        return ids.get(mention.sentence[start - mention.start:end - mention.start])

    putin = _contact("a", 0, "Trump and Putin spoke for two hours in a phone call.", ["Trump", "Putin"], ["agent", "agent"])
    zelenskyy = _contact("a", 100, "Trump also spoke with Zelenskyy in a phone call.", ["Trump", "Zelenskyy"],
                         ["agent", "with"])
    russia = _contact("a", 200, "Following a phone call with Russia's president, Trump backed off.", ["Russia"], ["with"])
    mentions.update(a=[putin, zelenskyy, russia])
    assert sorted(len(e.mentions) for e in cluster_events([putin, zelenskyy, russia], entity_of, {})) == [1, 1, 1]

    plan_russia = _contact("p", 0, "A phone call with Russia is planned.", ["Russia"], ["with"], status="planned")
    plan_ukraine = _contact("p", 100, "A phone call with Ukraine is planned too.", ["Ukraine"], ["with"],
                            status="planned")
    mentions.update(p=[plan_russia, plan_ukraine])
    assert len(cluster_events([plan_russia, plan_ukraine], entity_of, {})) == 2

    after = _contact("a", 300, "Russia and Ukraine will start talks, Trump said on social media after the call.",
                     ["Trump"], ["agent"])
    mentions.update(a=[putin, russia, after])
    assert [len(e.mentions) for e in cluster_events([russia, putin, after], entity_of, {})] == [3]


def _reported(doc, week, sentence, event_type, participants, location=None, obj=None):
    """A mention dated only by its article: the week before it appeared (H1N1_reuters, reader's finding 3)."""
    return EventMention(doc=doc, start=0, end=len(sentence), sentence=sentence, type=event_type, status="happened",
                        date_range=week, participants=list(participants), roles=["patient"] * len(participants),
                        location=location, object=obj, dated_by="publication")


def test_a_running_toll_is_one_row_per_figure_not_one_happening_of_every_report():
    """'WHO said about 60 people in Mexico have died' (24 April), 'It has killed up to 81 people in Mexico' (27
    April), '... up to 176 people' (30 April, twice), 'about 36,000 people die in the United States' in a normal
    season: one event with 5 sources on main, each claimed independent. Only the same figure joins."""
    mentions = [
        _reported("60", ["2009-04-17", "2009-04-24"], "WHO said about 60 people in Mexico have died from the disease.",
                  "death", ["Mexico"]),
        _reported("81", ["2009-04-20", "2009-04-27"],
                  "It has killed up to 81 people in Mexico and spread to the United States and Canada.", "death",
                  ["Mexico", "United States", "Canada"], obj="81 people"),
        _reported("36k", ["2009-04-18", "2009-04-25"], "In a normal flu season, about 36,000 people die in the United "
                  "States, and 250,000 to 500,000 globally.", "death", ["United States"], location="the United States"),
        _reported("176a", ["2009-04-23", "2009-04-30"], "Several theories are circulating about why swine flu has killed "
                  "as many as 176 people in Mexico while having mild and more manageable effects elsewhere.", "death",
                  ["Mexico"], obj="176 people"),
        _reported("176b", ["2009-04-23", "2009-04-30"], "Swine flu has killed up to 176 people in Mexico and one in the "
                  "United States, and cases have also been reported in Peru, Canada, Europe, Israel and New Zealand.",
                  "death", ["Mexico", "United States", "Peru", "Canada", "Europe", "Israel", "New Zealand"],
                  obj="176 people"),
    ]
    events = cluster_events(mentions, {}, {})
    assert sorted(tuple(e.sources) for e in events) == [("176a", "176b"), ("36k",), ("60",), ("81",)]


def test_a_shared_country_and_its_place_are_not_one_happening_in_a_week():
    """'the flu has infected 20 people in California, Kansas, ...' and Chan 'noting that many patients infected in
    the United States have recovered' (both 'In the United States', dated by their articles only): a country named
    as participant and place is no evidence of one happening (nor of the outbreaks 'in Mexico' of two undated
    sentences, below)."""
    infected = _reported("a", ["2009-04-20", "2009-04-27"], "In the United States, the flu has infected 20 people in "
                         "California, Kansas, Texas, New York and Ohio.", "epidemic",
                         ["United States", "California", "Kansas", "Texas", "New York", "Ohio"],
                         location="the United States", obj="20 people")
    recovered = _reported("b", ["2009-04-23", "2009-04-30"], "But Chan acknowledged that the disease may well cause "
                          "more discomfort than death, noting that many patients infected in the United States have "
                          "recovered on their own and without medicine.", "epidemic", ["United States"],
                          location="the United States")
    assert len(cluster_events([infected, recovered], {}, {})) == 2


def test_undated_outbreaks_in_one_country_are_not_one_happening_for_their_place():
    outbreaks = [EventMention(doc=doc, start=0, end=len(text), sentence=text, type="epidemic", status="happened",
                              participants=["Mexico"], roles=["patient"], location="Mexico") for doc, text in [
        ("c", "So far, with the exception of the deadly outbreaks in Mexico, the virus has tended to cause very mild "
              "illness in otherwise healthy people, it said."),
        ("d", "While there are many unanswered questions early on in the outbreak of flu from Mexico, it is crucial to "
              "remember that the number of deaths and reported infections remain small -- even if its spread across "
              "the globe has proved worryingly rapid.")]]
    assert len(cluster_events(outbreaks, {}, {})) == 2


def test_a_place_whose_name_only_contains_the_participant_is_evidence_of_one_happening():
    # review of a984216: 'a place that is also the named participant' was a substring check, so the place
    # 'Mexico City' of two reports with the participant 'Mexico' counted for nothing
    outbreak = [_reported(doc, week, text, "epidemic", ["Mexico"], location="Mexico City") for doc, week, text in [
        ("a", ["2009-04-20", "2009-04-27"], "Mexico closed every school in Mexico City as the outbreak spread."),
        ("b", ["2009-04-21", "2009-04-28"], "In Mexico City, where Mexico ordered schools shut, the flu kept spreading.")]]
    assert len(cluster_events(outbreak, {}, {})) == 1
    # ... while a place that is the participant, article and all, still tells nothing more
    country = [_reported(doc, week, text, "epidemic", ["United States"], location="the United States")
               for doc, week, text in [("c", ["2009-04-20", "2009-04-27"], "The United States reported its first cases."),
                                       ("d", ["2009-04-21", "2009-04-28"], "Schools closed in the United States.")]]
    assert len(cluster_events(country, {}, {})) == 2


def _linked(mentions, ids):
    """An entity lookup that links each participant's text in its sentence to the id `ids` gives it."""
    by_doc = {m.doc: m for m in mentions}
    return lambda doc, start, end: ids.get(by_doc[doc].sentence[start - by_doc[doc].start:end - by_doc[doc].start])


def test_two_reports_of_a_week_join_when_the_same_two_people_act_in_both():
    ids = {"Barack Obama": "person:barack-obama", "Tony Hayward": "person:tony-hayward"}
    met = [_reported(doc, ["2010-06-10", "2010-06-17"], text, "meeting", ["Barack Obama", "Tony Hayward"])
           for doc, text in [("a", "Barack Obama met Tony Hayward at the White House."),
                             ("b", "Tony Hayward, BP's chief executive, sat down with Barack Obama for four hours.")]]
    for mention, roles in zip(met, [["agent", "with"], ["with", "agent"]]):
        mention.roles = roles
    assert len(cluster_events(met, _linked(met, ids), {})) == 1


def test_two_reports_of_a_week_sharing_parties_no_one_of_them_acting_in_both_stay_apart():
    # review of a984216: any shared entity that was no place counted, whatever its role (org:who, norp:mexican)
    ids = {"WHO": "org:who", "Mexican": "norp:mexican", "Oaxaca": "gpe:oaxaca"}
    reports = [_reported("a", ["2009-04-23", "2009-04-30"], "WHO said Mexican officials reported 20 new deaths.", "death",
                         ["WHO", "Mexican"]),
               _reported("b", ["2009-04-24", "2009-05-01"], "Mexican authorities told WHO of a death in Oaxaca.", "death",
                         ["Mexican", "WHO", "Oaxaca"])]
    assert sorted(e.sources for e in cluster_events(reports, _linked(reports, ids), {})) == [["a"], ["b"]]


def test_what_a_stated_position_says_is_no_count_of_it():
    """H1N1_reuters, 18 May 2009: what Japan confirmed opens with a number, '125 people ... had been infected'; it is
    what was said, not the figure the act is told with (`cluster._count` read it through `LEADING_COUNT`, so two
    statements of one article stating different figures were two happenings by their 'counts'). A toll's object
    still gives its figure (an analysis made before counts were kept)."""
    from storyline.story.cluster import _count

    said = _reported("jp", ["2009-05-11", "2009-05-18"], "Japan also confirmed that 125 people, many of whom had not been "
                     "abroad, had been infected with the new strain.", "statement", ["Japan"],
                     obj="125 people had been infected")
    toll = _reported("81", ["2009-04-20", "2009-04-27"],
                     "It has killed up to 81 people in Mexico and spread to the United States and Canada.", "death",
                     ["Mexico", "United States", "Canada"], obj="81 people")
    assert (_count(said), _count(toll)) == (None, "81")


def test_an_events_place_is_its_evidence_sentences_not_a_weekly_mentions(nlp):
    """H1N1_guardian (4 May 2009): the undated mentions of the article that name no party join the dated flight
    home; their places ('the US', 'a North Sea oil rig') are no place of it ('Fife visits a North Sea oil rig')."""
    from storyline.model import Document
    from storyline.nlp.entities import extract_mentions
    from storyline.nlp.time import extract_timexes
    from storyline.story.events import extract_event_mentions
    from storyline.story.timeline import headline

    text = ("A pupil at the fee-paying school who visited the US during the Easter holidays had already been diagnosed "
            "with swine flu. A woman from Fife is thought to have contracted the H1N1 virus in Las Vegas before flying "
            "home on 30 April, and is now under voluntary quarantine and taking antiviral drugs. A close relative of "
            "the first Britons to catch the virus has been flown home from a North Sea oil rig as a precaution.")
    doc, parsed = Document(id="d", source="s", text=text, published="2009-05-04"), nlp(text)
    found = extract_event_mentions(parsed, doc, extract_timexes(text, doc.published, "d", parsed),
                                   extract_mentions(parsed, "d"))
    flight = next(e for e in cluster_events(found, {}, {}) if e.date == "2009-04-30")
    assert len(flight.mentions) == 3  # the article's undated flights still join it (docs/events.md, Clustering)
    assert flight.location is None and "rig" not in headline(flight, {}), (flight.location, headline(flight, {}))


def test_the_evidence_is_a_report_headed_by_its_own_clause_not_the_sentence_naming_most():
    """bpoil_guardian: a hearing's announcement named the explosion by the way and two parties more (one from an
    'along with' phrase the parse hung on 'exploded'); it had become the explosion's evidence and headline
    ('Institute of Marine Mammal Services – Horizon explosion')."""
    aside = ("The Committee will hear from Natalie Roshto, whose husband was killed when the Deepwater Horizon rig "
             "exploded on 20 April, along with the Institute of Marine Mammal Services.")
    report = "The Deepwater Horizon rig exploded on 20 April, killing 11 workers."
    mentions = [
        EventMention(doc="a", start=0, end=len(aside), sentence=aside, type="explosion", status="happened",
                     date="2010-04-20", participants=["Deepwater Horizon", "Institute of Marine Mammal Services"],
                     roles=["agent", "patient"], dated_by="own", clause=None),
        EventMention(doc="b", start=0, end=len(report), sentence=report, type="explosion", status="happened",
                     date="2010-04-20", participants=["Deepwater Horizon"], roles=["agent"], dated_by="own",
                     clause="The Deepwater Horizon rig exploded"),
    ]
    for order in (mentions, mentions[::-1]):
        [event] = cluster_events(order, {}, {})
        assert event.summary == report
        assert event.clause == "The Deepwater Horizon rig exploded"
