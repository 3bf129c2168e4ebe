"""Event mentions on the seed articles: types, participants, status, date, place, duration."""
from __future__ import annotations

import pytest

from conftest import seed_document
from storyline.story.events import extract_event_mentions, stated_duration


@pytest.fixture(scope="module")
def seed_events(nlp):
    from storyline.nlp.entities import extract_mentions
    from storyline.nlp.time import extract_timexes

    found = {}
    for prefix in ("000", "001", "002", "003", "004"):
        doc = seed_document(prefix)
        parsed = nlp(doc.text)
        timexes = extract_timexes(doc.text, doc.published, doc.id, parsed)
        found[prefix] = extract_event_mentions(parsed, doc, timexes, extract_mentions(parsed, doc.id))
    return found


def _with(mentions, event_type, *names):
    return [m for m in mentions if m.type == event_type and all(any(n in p for p in m.participants) for n in names)]


def test_own_clause_on_columns_is_the_subtree_without_nested_clauses(nlp):
    """`_own_clause` walks the parse's columns between the head's subtree edges (speed, issue #17): on
    every token of the seeds it is what walking `Token.subtree` up to the head finds. A token between
    the edges but outside the subtree (a non-projective parse) must stay out."""
    from storyline.story.events import CLAUSE_DEPS, _own_clause

    def by_tokens(head):
        own = set()
        for tok in head.subtree:
            current = tok
            while current.i != head.i:
                if current.dep_ in CLAUSE_DEPS or (current.dep_ == "pcomp" and current.pos_ in {"VERB", "AUX"}):
                    break
                current = current.head
            else:
                own.add(tok.i)
        return own

    nested = 0
    for prefix in ("000", "001", "002", "003", "004"):
        parsed = nlp(seed_document(prefix).text)
        for head in parsed:
            expected = by_tokens(head)
            assert _own_clause(head) == expected, (prefix, head.i, head.text)
            nested += len(expected) < len(list(head.subtree))
    assert nested > 100  # the seeds do nest clauses: the test compares more than whole subtrees


def test_trigger_candidates_hold_every_token_trigger_type_types(nlp):
    """The mentions are looked for only at `trigger_candidates` (speed, issue #17): on every token of
    the seeds and of a verdict, a token outside them is one `trigger_type` types as nothing, so no event is lost."""
    from storyline.story.events import trigger_candidates, trigger_type

    typed_total = 0
    texts = [seed_document(prefix).text for prefix in ("000", "001", "002", "003", "004")]
    texts.append("A jury has found Michael Jackson's personal doctor Conrad Murray guilty of the singer's involuntary "
                 "manslaughter after he died from an overdose of Propofol.")  # MJ_bbc: a word typed by a rule
    for text in texts:
        parsed = nlp(text)
        candidates = trigger_candidates(parsed)
        assert candidates == sorted(set(candidates))
        typed = {token.i for token in parsed if trigger_type(token, token.sent.start)}
        assert typed <= set(candidates)
        typed_total += len(typed)
    assert typed_total > 50  # the seeds' calls, meetings, statements


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
            assert mention.status in {"happened", "planned", "reported", "denied", "called off"}


def test_duration_phrases():
    assert stated_duration("the Kremlin said lasted for an hour and a half")[0] == "an hour and a half"
    assert stated_duration("they spoke for two hours Monday")[0] == "two hours"
    assert stated_duration("the talks went well") is None


def test_one_clause_gives_one_event(seed_events):
    agreed = [m for m in seed_events["004"] if "agreed to work together" in m.sentence]
    assert [m.type for m in agreed if m.type != "negotiation"] == ["agree"], [(m.type, m.participants) for m in agreed]
    musk = [m for m in seed_events["001"] if "joined by" in m.sentence and m.type == "call"]
    assert musk and len({m.start for m in musk}) == len(musk)  # the seed has the sentence twice, once each
    assert all(any("Zelensky" in p for p in m.participants) for m in musk)


def test_a_contact_set_before_another_stays_its_own_happening(seed_events):
    after = [m for m in seed_events["004"] if m.sentence.startswith("Trump also spoke with") and m.type == "call"]
    partners = sorted(" ".join(m.participants) for m in after)
    assert len(after) == 2 and any("Zelenskyy" in p for p in partners) and any("Putin" in p for p in partners)


def test_history_in_a_relative_clause_is_background(seed_events):
    invasion = [m for m in seed_events["004"] if m.type == "attack" and "three years ago" in m.sentence]
    call = [m for m in seed_events["004"] if m.type == "call" and "three years ago" in m.sentence]
    assert invasion and invasion[0].background
    assert call and not call[0].background and call[0].date == "2025-02-12"


def test_participants_have_roles(seed_events):
    call = next(m for m in seed_events["002"] if m.type == "call" and m.date == "2025-05-19" and m.participants)
    roles = dict(zip(call.participants, call.roles))
    assert roles.get("Donald Trump") == "agent" and roles.get("Vladimir Putin") == "agent"
    demand = next(m for m in seed_events["000"] if m.type == "demand" and "insists on" in m.sentence and "Ukraine" in m.participants)
    assert dict(zip(demand.participants, demand.roles))["Ukraine"] == "agent"
    assert demand.object == "Western security guarantees"


@pytest.mark.parametrize("text, status", [
    ("The White House cancelled the summit between Trump and Putin in Budapest.", "called off"),
    ("The meeting between Trump and Putin was called off on Tuesday.", "called off"),
    ("The Kremlin denied that Putin and Trump had spoken by phone.", "denied"),
    ("President Donald Trump spoke with Vladimir Putin by phone on Monday.", "happened"),
])
def test_cancelled_and_denied_happenings(nlp, text, status):
    from storyline.model import Document

    doc = Document(id="d", source="s", text=text, published="2025-10-22")
    found = [m for m in extract_event_mentions(nlp(text), doc, [], []) if m.type in {"meeting", "call"}]
    assert [m.status for m in found] == [status], [(m.type, m.status, m.trigger) for m in found]


@pytest.mark.parametrize("text, expected", [
    # Fox News coverage of the 2010 oil spill (Timeline17, bpoil_foxnews)
    # "called" names the campaign (no call); the protesting is a happening (ACE Conflict.Demonstrate)
    ("A grassroots campaign called Seize BP is protesting in more than 50 cities from Thursday through Saturday.",
     ["protest"]),
    ("The undersea efforts came as BP Chief Operating Officer Doug Suttles struck an upbeat tone about the progress.", []),
    ("Since April 20, I have spent a great deal of my time in the Gulf Coast region.", []),
    ("BP struck a deal with the White House on Wednesday.", ["agree"]),
    ("Engineers finally killed the runaway well on Sunday.", []),
    ("President Obama met BP executives at the White House on Wednesday.", ["meeting"]),
    # bpoil_guardian: to meet an obligation or a cost is to satisfy it (they were 'meeting' rows and joined the White
    # House meeting)
    ("BP argues that whatever happens, it is in the US's interests that it survives so it can meet all its "
     "liabilities.", []),
    ("The company is already selling $30bn worth of assets to meet its costs from the spill so far.", []),
    # H1N1_bbc 140 (session 49): a thing met by its pronoun is no meeting; a page's instruction to its reader tells of
    # no visit; a visit someone makes, or one a headline names, stays one
    ("When global demand for toys picks up, there will still be plenty of Chinese firms eager to meet it.", []),
    ("Visit BBC Webwise for full instructions.", []),
    ("For a complete archive of past quizzes, visit the Magazine page and scroll down.", []),
    ("If you're reading via RSS, you'll need to visit the blog to access this content.", []),
    ("Obama will visit Louisiana on Friday.", ["visit"]),
    ("The officials that Obama met on Monday said little.", ["meeting"]),
])
def test_names_idioms_and_quantities_are_not_events(nlp, text, expected):
    from storyline.model import Document

    doc = Document(id="d", source="s", text=text, published="2010-06-20")
    assert [m.type for m in extract_event_mentions(nlp(text), doc, [], [])] == expected


@pytest.mark.parametrize("text, published, expected", [
    # the date names another happening ("the September 11 attacks", "since the April 20 rig explosion")
    ("Feinberg, who headed a compensation fund for victims of the September 11 attacks, said BP had agreed to top "
     "up the escrow account.", "2010-09-22", ("agree", None)),
    ("Obama spoke to the press following the president's first meeting with top BP executives since the April 20 "
     "rig explosion.", "2010-06-16", ("meeting", None)),
    ("President Donald Trump and Russian President Vladimir Putin spoke for two hours Monday.", "2025-05-19",
     ("call", "2025-05-19")),
    # MJ_bbc: a possessive day names the concert, not the sale told in the clause (a sure row of the wrong day)
    ("Organisers said 40,000 tickets have now been sold ahead of Saturday night's stadium concert in Cardiff in "
     "memory of Michael Jackson.", "2011-10-06", ("sale", None)),
    ("BP shares fell after Tuesday's explosion at the Texas City refinery.", "2011-10-06", ("explosion", "2011-10-04")),
    # ... but the passive's agent dates the act it causes, as the active's subject does (review15 of 0b20211; the
    # construction is haiti_bbc's "flattened by Tuesday 's earthquake", "affected by Tuesday 's earthquake")
    ("Eleven BP workers were killed by Tuesday's explosion at the Texas City refinery.", "2011-10-06",
     ("death", "2011-10-04")),
    # ... but it dates what its own noun's clause tells: the killing of the explosion
    ("It is the first finding of the commission looking into the causes of the April 20 explosion that killed 11 BP "
     "workers.", "2010-10-25", ("explosion", "2010-04-20")),
])
def test_a_date_that_names_another_happening_does_not_date_this_one(nlp, text, published, expected):
    from storyline.model import Document
    from storyline.nlp.entities import extract_mentions
    from storyline.nlp.time import extract_timexes

    doc, parsed = Document(id="d", source="s", text=text, published=published), nlp(text)
    found = extract_event_mentions(parsed, doc, extract_timexes(text, published, "d", parsed), extract_mentions(parsed, "d"))
    assert expected in [(m.type, m.date) for m in found], [(m.type, m.date, m.date_range) for m in found]


@pytest.mark.parametrize("text, published, expected_type, expected_date, named", [
    # ACE 2005 types and EM-DAT disasters on sentences of Timeline17 coverage
    ("On 12 January 2010, a magnitude 7 earthquake hit Haiti at 16:53 local time.", "2010-01-13",
     "earthquake", "2010-01-12", "Haiti"),
    ("Jackson died at his rented home in Los Angeles on 25 June, aged 50.", "2009-07-01", "death", "2009-06-25",
     "Jackson"),
    ("A drilling rig leased by the oil company BP exploded and sank off the Louisiana coast last week.", "2010-04-28",
     "crash", None, "Louisiana"),
    ("On 20 April 2010 a deepwater oil well exploded in the Gulf of Mexico.", "2010-06-01", "explosion", "2010-04-20",
     "Gulf of Mexico"),
    # a testimony where no court sits is a hearing (session 48: was a trial)
    ("Interior Secretary Ken Salazar testified Wednesday in Washington that he might order a new moratorium.",
     "2010-07-23", "hearing", "2010-07-21", "Ken Salazar"),
    ("Police arrested Conrad Murray in Los Angeles on Monday.", "2011-01-05", "arrest", "2011-01-03", "Conrad Murray"),
    # taking office is ACE's Start-Position, not an election (seed 001)
    ("With Trump’s inauguration on January 20, his approach to the Ukraine conflict—especially his skepticism over "
     "ongoing financial support for Kyiv—could signal a new chapter for the nearly three-year war.",
     "2024-11-20", "inauguration", None, "Trump"),
])
def test_general_event_types_beyond_diplomacy(nlp, text, published, expected_type, expected_date, named):
    from storyline.model import Document
    from storyline.nlp.entities import extract_mentions
    from storyline.nlp.time import extract_timexes

    doc, parsed = Document(id="d", source="s", text=text, published=published), nlp(text)
    found = extract_event_mentions(parsed, doc, extract_timexes(text, published, "d", parsed), extract_mentions(parsed, "d"))
    typed = [m for m in found if m.type == expected_type]
    assert typed, [(m.type, m.trigger, m.participants) for m in found]
    assert any(named in p for p in typed[0].participants), typed[0].participants
    if expected_date:
        assert typed[0].date == expected_date, (typed[0].date, typed[0].date_range)


@pytest.mark.parametrize("text, absent", [
    ("Tony Hayward remains chief executive and is not resigning.", "resignation"),  # negated
    ("The government executed the plan on Friday, Kenya said.", "execution"),  # a plan, not a person
    ("Kenya came under fire from lawmakers on Tuesday.", "fire"),  # an idiom
    ("BP paid tribute to the 11 workers on Tuesday.", "payment"),  # an idiom
])
def test_general_types_keep_their_words_sense(nlp, text, absent):
    from storyline.model import Document
    from storyline.nlp.entities import extract_mentions

    doc, parsed = Document(id="d", source="s", text=text, published="2010-06-20"), nlp(text)
    assert absent not in [m.type for m in extract_event_mentions(parsed, doc, [], extract_mentions(parsed, "d"))]


def test_a_call_to_resign_is_a_demand_and_the_resignation_only_planned(nlp):
    from storyline.model import Document
    from storyline.nlp.entities import extract_mentions

    text = "A Democratic congressman, Peter Welch, called on Hayward to resign."
    doc, parsed = Document(id="d", source="s", text=text, published="2010-06-20"), nlp(text)
    found = extract_event_mentions(parsed, doc, [], extract_mentions(parsed, "d"))
    assert all(m.status == "planned" for m in found if m.type == "resignation"), [(m.type, m.status) for m in found]


def test_habits_wishes_and_readiness_are_no_dated_happenings(nlp):
    """Seed sentences: a lasting demand is background, a readiness to negotiate is only planned, and
    the killing someone wants stopped is no death."""
    from storyline.model import Document
    from storyline.nlp.entities import extract_mentions

    def found(text):
        doc, parsed = Document(id="d", source="s", text=text, published="2025-02-12"), nlp(text)
        return extract_event_mentions(parsed, doc, [], extract_mentions(parsed, "d"))

    # seed 004's sentence with the name as its article introduces him: alone, the small model tags no 'Zelenskyy', and
    # the demand's only party was Russia, from the joined clause 'signaled a willingness to swap territory with
    # Russia' (round 18: a joined verb with its own object tells another act, `other_acts_clauses`)
    demands = [m for m in found("Ukrainian President Volodymyr Zelenskyy has long demanded full territorial liberation "
                                "and earlier this week signaled a willingness to swap territory with Russia.")
               if m.type == "demand"]
    assert demands and all(m.background for m in demands)
    assert all("Russia" not in m.participants for m in demands), [m.participants for m in demands]
    talks = [m for m in found("Zelenskyy earlier this week indicated a readiness to negotiate territorial exchanges "
                              "with Russia.") if m.type == "negotiation"]
    assert talks and all(m.status == "planned" for m in talks)
    assert "death" not in [m.type for m in found(
        'Lanza stressed that the US priority should be "peace and to stop the killing" in Ukraine.')]


def test_the_known_disaster_is_not_dated_by_each_report(nlp):
    """'the spill' in a later report names the spill readers know, not a spill of the week before."""
    from storyline.model import Document
    from storyline.nlp.entities import extract_mentions

    text = "President Obama's oversight of the Gulf of Mexico oil spill may have been hampered by his relationship to BP."
    doc, parsed = Document(id="d", source="s", text=text, published="2010-05-23"), nlp(text)
    spills = [m for m in extract_event_mentions(parsed, doc, [], extract_mentions(parsed, "d")) if m.type == "spill"]
    assert spills and all(m.date is None and m.date_range is None for m in spills), spills


def test_the_sentence_date_is_not_the_known_disasters_date(nlp):
    """A photo caption's date dates what the photo shows, not the spill it names again; "her call to
    end the moratorium" is a demand, not a phone call (Fox News coverage, Timeline17 bpoil_foxnews)."""
    from storyline.model import Document
    from storyline.nlp.entities import extract_mentions
    from storyline.nlp.time import extract_timexes

    def found(text, published):
        doc, parsed = Document(id="d", source="s", text=text, published=published), nlp(text)
        return extract_event_mentions(parsed, doc, extract_timexes(text, published, "d", parsed),
                                      extract_mentions(parsed, "d"))

    caption = found("June 15, 2010: President Obama speaks from the Oval Office on the BP oil spill in the Gulf of "
                    "Mexico.", "2010-06-16")
    assert all(m.date is None and m.date_range is None for m in caption if m.type == "spill"), caption
    call = found("In an interview Thursday on ABC, Louisiana Sen. Mary Landrieu reiterated her call to end the "
                 "moratorium.", "2010-06-11")
    assert [m.type for m in call] == ["demand"], [(m.type, m.trigger) for m in call]


@pytest.mark.parametrize("text, event_type, status", [
    # Fox News coverage of the spill (Timeline17 bpoil_foxnews): possible, owed or yet to come
    ("Oil could soon end up at gas stations once BP sells the crude taken from the well.", "sale", "planned"),
    ("Under federal law, BP is required to pay for a range of losses.", "payment", "planned"),
    ("A BP spokesman declined to comment on the memo on Tuesday.", "reject", None),  # no refusal of anything
])
def test_possible_owed_and_unsaid_are_not_happenings(nlp, text, event_type, status):
    from storyline.model import Document
    from storyline.nlp.entities import extract_mentions

    doc, parsed = Document(id="d", source="s", text=text, published="2010-06-20"), nlp(text)
    found = [m for m in extract_event_mentions(parsed, doc, [], extract_mentions(parsed, "d")) if m.type == event_type]
    assert [m.status for m in found] == ([status] if status else []), found


def test_the_toll_of_an_explosion_is_the_explosion(nlp):
    from storyline.model import Document
    from storyline.nlp.entities import extract_mentions
    from storyline.nlp.time import extract_timexes

    text = ("The April 20 explosion aboard the Deepwater Horizon killed 11 workers and led to 206 million gallons of "
            "oil spewing from BP undersea well.")
    doc, parsed = Document(id="d", source="s", text=text, published="2010-09-02"), nlp(text)
    found = extract_event_mentions(parsed, doc, extract_timexes(text, "2010-09-02", "d", parsed),
                                   extract_mentions(parsed, "d"))
    assert [(m.type, m.date) for m in found] == [("explosion", "2010-04-20")], found


@pytest.mark.parametrize("text, absent, status_of", [
    # BBC coverage of the 2010 Haiti earthquake (Timeline17 haiti_bbc)
    ("The quake, which struck about 15km south-west of Port-au-Prince, was quickly followed by two aftershocks.",
     "attack", None),  # the quake that struck is no attack
    ("Wyclef Jean has been talking to 1Xtra News about what he has seen in Haiti.", "call", None),  # an interview
    # a news organisation's programme is an audience too (a PolNeAR train bed's 'Jeb Bush – MSNBC phone call' row)
    ("Speaking to MSNBC's Morning Joe Monday in New Hampshire, Bush referred to Rubio as a bright, charismatic leader.",
     "call", None),
    ('"We demand that the contract between UC and BP be re-looked at," activist Stephanie Tang said, speaking to '
     'onlookers through a megaphone.', "call", None),  # bpoil_foxnews: the two names are in the quote
    ("Meanwhile, Haiti's main creditors are due to meet on Monday in the Canadian city of Montreal.", None,
     ("meeting", "planned")),
])
def test_disasters_interviews_and_appointments_to_come(nlp, text, absent, status_of):
    from storyline.model import Document
    from storyline.nlp.entities import extract_mentions

    doc, parsed = Document(id="d", source="s", text=text, published="2010-01-20"), nlp(text)
    found = extract_event_mentions(parsed, doc, [], extract_mentions(parsed, "d"))
    if absent:
        assert absent not in [m.type for m in found], found
    if status_of:
        assert status_of in [(m.type, m.status) for m in found], found


@pytest.mark.parametrize("text, published, expected", [
    # bpoil_foxnews: the leak goes on (no spill of that day), the dated disaster dates its toll
    ("Oil is leaking from the BP well into the Gulf of Mexico on Monday.", "2010-06-08", []),
    ("The April 20 disaster killed 11 workers and continues to spill thousands of barrels of oil daily into the Gulf "
     "of Mexico.", "2010-05-26", [("death", "2010-04-20")]),
])
def test_a_leak_that_goes_on_is_no_happening_of_the_day(nlp, text, published, expected):
    from storyline.model import Document
    from storyline.nlp.entities import extract_mentions
    from storyline.nlp.time import extract_timexes

    doc, parsed = Document(id="d", source="s", text=text, published=published), nlp(text)
    found = extract_event_mentions(parsed, doc, extract_timexes(text, published, "d", parsed),
                                   extract_mentions(parsed, "d"))
    assert [(m.type, m.date) for m in found] == expected, found


# --- rule tests on Docs built by hand (as spaCy's own tests do): no statistical parse -------------

def _hand_parsed(words, tags, pos, heads, deps, lemmas, ents):
    import spacy
    from spacy.tokens import Doc

    spaces = [i + 1 < len(words) and words[i + 1] not in ".," for i in range(len(words))]
    return Doc(spacy.blank("en").vocab, words=words, spaces=spaces, tags=tags, pos=pos, heads=heads, deps=deps,
               lemmas=lemmas, ents=ents)


def _events_of(parsed, published="2025-02-12"):
    from storyline.model import Document
    from storyline.nlp.entities import extract_mentions
    from storyline.nlp.time import extract_timexes

    doc = Document(id="d", source="d.txt", text=parsed.text, published=published)
    timexes = extract_timexes(parsed.text, published, "d", parsed=parsed)
    return extract_event_mentions(parsed, doc, timexes, extract_mentions(parsed, "d"))


def test_a_meeting_in_the_past_tense_has_its_people_place_and_day():
    parsed = _hand_parsed(["Putin", "met", "Trump", "in", "Geneva", "on", "Monday", "."],
                          ["NNP", "VBD", "NNP", "IN", "NNP", "IN", "NNP", "."],
                          ["PROPN", "VERB", "PROPN", "ADP", "PROPN", "ADP", "PROPN", "PUNCT"],
                          [1, 1, 1, 1, 3, 1, 5, 1], ["nsubj", "ROOT", "dobj", "prep", "pobj", "prep", "pobj", "punct"],
                          ["Putin", "meet", "Trump", "in", "Geneva", "on", "Monday", "."],
                          ["B-PERSON", "O", "B-PERSON", "O", "B-GPE", "O", "B-DATE", "O"])
    (event,) = _events_of(parsed)
    assert (event.type, event.status, event.trigger, event.date, event.location) == (
        "meeting", "happened", "met", "2025-02-10", "Geneva")
    assert list(zip(event.participants, event.roles)) == [("Putin", "agent"), ("Trump", "patient")]


def test_a_meeting_under_will_is_planned_for_the_day_ahead():
    parsed = _hand_parsed(["Putin", "will", "meet", "Trump", "on", "Friday", "."],
                          ["NNP", "MD", "VB", "NNP", "IN", "NNP", "."],
                          ["PROPN", "AUX", "VERB", "PROPN", "ADP", "PROPN", "PUNCT"],
                          [2, 2, 2, 2, 2, 4, 2], ["nsubj", "aux", "ROOT", "dobj", "prep", "pobj", "punct"],
                          ["Putin", "will", "meet", "Trump", "on", "Friday", "."],
                          ["B-PERSON", "O", "O", "B-PERSON", "O", "B-DATE", "O"])
    (event,) = _events_of(parsed)
    assert (event.type, event.status, event.date) == ("meeting", "planned", "2025-02-14")


def test_talks_called_off_are_called_off_and_dated_before_publication():
    parsed = _hand_parsed(["The", "talks", "were", "called", "off", "."], ["DT", "NNS", "VBD", "VBN", "RP", "."],
                          ["DET", "NOUN", "AUX", "VERB", "ADP", "PUNCT"], [1, 3, 3, 3, 3, 3],
                          ["det", "nsubjpass", "auxpass", "ROOT", "prt", "punct"],
                          ["the", "talk", "be", "call", "off", "."], ["O"] * 6)
    (event,) = _events_of(parsed)
    assert (event.type, event.status, event.trigger, event.date) == ("negotiation", "called off", "talks", None)
    assert event.date_range[1] == "2025-02-12"  # no later than the article that reports it


@pytest.mark.parametrize("text, published, event_type, dated_by", [
    # Timeline17 sentences (bpoil_foxnews, bpoil_reuters): the day belongs to the event's own predicate ...
    ("Meanwhile, Coast Guard Commandant Thad Allen retired Tuesday.", "2010-05-25", "resignation", "own"),
    ("And in another blow to the oil giant, animal welfare groups Wednesday sued BP for burning alive endangered sea "
     "turtles.", "2010-07-01", "lawsuit", "own"),
    ("On April 21, the Administration began holding meetings and regular calls with me and other members of BP's "
     "leadership.", "2010-06-17", "meeting", "own"),
    ("In a phone call on Saturday, Obama told British Prime Minister David Cameron he had no interest in undermining "
     "the value of BP.", "2010-06-13", "call", "own"),
    # ... or to a saying, an interview, another clause's predicate
    ("A source in the United Arab Emirates said on Tuesday that BP executives held talks with sovereign wealth funds "
     "in Abu Dhabi, Kuwait and Qatar.", "2010-07-06", "negotiation", "saying"),
    ("President Obama arrived Friday in the Gulf, where he planned to tour a beach with Allen and visit with local "
     "officials.", "2010-05-27", "visit", "saying"),
    ("Meanwhile, crews working to permanently seal the Gulf of Mexico oil leak were back on the scene Sunday after "
     "evacuating ahead of Tropical Storm Bonnie.", "2010-08-04", "evacuation", "saying"),
    # a day bounding a period or naming what something is set for is not the act's own (issue #13 round 7;
    # bpoil_washingtonpost, H1N1_bbc): the warning was issued, the meeting called, on a day the sentence does not give
    ("The National Weather Service issued a flood warning for the Louisiana coast from Friday until Sunday evening "
     "and said waves of six to seven feet were pushing tides several feet above normal.", "2010-04-30", "threat",
     "sentence"),
    ("The World Health Organisation has called a meeting of scientific experts for Wednesday to discuss the "
     "situation and the exact nature of the outbreak.", "2009-04-29", "meeting", "sentence"),
    ("Sen. Mary Landrieu, D-La., on Wednesday called for BP to assist the devastated Gulf of Mexico fishing "
     "industry.", "2010-05-05", "demand", "own"),
    # a day in the possessive names the thing as known, not the day of a happening (bpoil_foxnews, H1N1_guardian)
    ("Friday's trip was the president's second to the coast since the BP-leased oil rig Deepwater Horizon exploded "
     "April 20, killing 11 workers and triggering the spill.", "2010-05-27", "visit", "sentence"),
    ("Six of the eight genetic segments of today's swine flu outbreak isolated by CDC experts can be traced back to "
     "the triple hybrid from North Carolina.", "2009-05-02", "epidemic", "sentence"),
    # ... but a possessive day of the happening itself, or of the occasion of its act, told as done is its own day
    ("Tuesday's explosion on BP's Deepwater Horizon rig killed 11 workers.", "2010-04-22", "explosion", "own"),
    ("Saturday's meeting between Obama and Cameron was cordial.", "2010-06-14", "meeting", "own"),
    ("Obama announced the moratorium in Thursday's speech.", "2010-05-28", "statement", "own"),
    # an 'as of' day is a tally's: nothing dates the payment but its report
    ("The House Judiciary Committee said data it has collected shows that BP has paid $71 million out of an estimated "
     "$600 million in outstanding claims as of Tuesday.", "2010-06-17", "payment", "publication"),
])
def test_what_dates_an_event_is_recorded(nlp, text, published, event_type, dated_by):
    from storyline.model import Document
    from storyline.nlp.entities import extract_mentions
    from storyline.nlp.time import extract_timexes

    doc, parsed = Document(id="d", source="s", text=text, published=published), nlp(text)
    found = extract_event_mentions(parsed, doc, extract_timexes(text, published, "d", parsed), extract_mentions(parsed, "d"))
    assert (event_type, dated_by) in [(m.type, m.dated_by) for m in found], [(m.type, m.dated_by) for m in found]


@pytest.mark.parametrize("text, event_type, realis", [
    ("Meanwhile, Coast Guard Commandant Thad Allen retired Tuesday.", "resignation", True),
    ("Salazar was traveling to the Gulf Coast on Friday to inspect ongoing operations.", "visit", True),
    ("The U.S. federal government began evacuating oil spill cleanup vessels from the Macondo well Thursday.",
     "evacuation", True),
    ("The call, reportedly held from Trump's Mar-a-Lago estate in Florida last Thursday, comes just days after his "
     "election win.", "call", True),
    # done in a relative clause, whatever the main clause forecasts
    ("Salazar, who visited the Gulf Coast on Friday, could order a new moratorium.", "visit", True),
    ("Obama, who met BP executives on Wednesday, will travel to the Gulf next week.", "meeting", True),
    # a present scene (a photo caption), a forecast, a possibility, an opinion
    ("The drilling rig Discoverer Enterprise recovers leaking oil in the Gulf of Mexico on June 13.", "spill", False),
    ("The test will involve closing off all three openings in the cap, in theory stopping the oil leaking into the "
     "Gulf.", "spill", False),
    ("Containment and cleanup costs of a massive oil spill in the Gulf of Mexico could top $3 billion, Fitch Ratings "
     "said on Friday.", "spill", False),
    ("There is no legal basis for the Obama administration to induce BP to pay $20 billion into a kitty.", "payment",
     False),
    # a condition (MJ_bbc, 4 January and 5 October 2011): a bare participle after 'if' states no tense and no fact
    ("Dr Murray faces up to four years in prison if convicted at trial.", "conviction", False),
    ("If convicted Dr Murray could face up to four years in prison and the loss of his medical licence.", "conviction",
     False),
    ("Dr Conrad Murray was convicted of the involuntary manslaughter of Michael Jackson on Monday.", "conviction", True),
    # a definite noun inside an 'if' clause is given, not in doubt: the clause asks (or conditions) its predicate
    # (bpoil_reuters, 9 May 2010; MJ_bbc, 16 April and 29 June 2010)
    ("Experts were testing the tar to determine if it came from the Gulf spill.", "spill", True),
    ("Freely asks if Pinter and Miller's trip successfully drew attention to a regime that was persecuting its people.",
     "visit", True),
    ("I'd be interested if his sister Jane was at the wedding.", "marriage", True),
    # an indefinite one is as hypothetical as its clause
    ("If an oil spill happened off Florida, BP would pay for the clean-up.", "spill", False),
])
def test_only_happenings_told_as_done_are_realis(nlp, text, event_type, realis):
    from storyline.model import Document

    doc = Document(id="d", source="s", text=text, published="2010-06-17")
    found = [m for m in extract_event_mentions(nlp(text), doc, [], []) if m.type == event_type]
    assert found and found[0].realis is realis, [(m.type, m.trigger, m.realis) for m in found]


def test_a_clause_describing_what_is_acted_on_names_no_party_of_the_act(seed_events, nlp):
    """Seed 001: 'Russia, in turn, reported downing 34 Ukrainian drones targeting Moscow': Russia downed
    the drones; Moscow is what the drones targeted, not a party to the downing."""
    from storyline.model import Document
    from storyline.nlp.entities import extract_mentions

    downed = [m for m in seed_events["001"] if m.type == "attack" and "34 Ukrainian drones" in (m.object or "")]
    assert downed and all("Moscow" not in m.participants for m in downed), [(m.participants, m.object) for m in downed]
    assert all("Russia" in m.participants for m in downed)
    # a party named in the object phrase itself stays: "Russia attacked Ukraine's power grid"
    text = "On Sunday, Russia attacked Ukraine's power grid."
    doc, parsed = Document(id="d", source="s", text=text, published="2025-02-12"), nlp(text)
    attacked = [m for m in extract_event_mentions(parsed, doc, [], extract_mentions(parsed, "d")) if m.type == "attack"]
    assert attacked and {"Russia", "Ukraine"} <= set(attacked[0].participants), [(m.participants, m.object) for m in attacked]


# The Guardian's coverage of the 2010 oil spill (Timeline17, bpoil_guardian), as stored after cleaning: the
# rest of a photo credit ("Photograph: KPA/Zuma/Rex Features") or a ticker's bullet ("cents") glued before
# the writer's sentence.
GLUED_TO_THE_PAGE = [
    ("BP's ongoing failure to stem the leak has led to increasingly hostile rhetoric from the White House. Features "
     "Last night's announcement that the US is launching a criminal investigation into the Gulf of Mexico disaster "
     "capped off BP's worst day in a torrid six weeks since the Deepwater Horizon rig exploded and sank on 20 April.",
     "Features ", "Last night's announcement that the US is launching"),
    ("It was the contractor Halliburton which cemented of the Macondo well. cents Transocean has struck back this "
     "afternoon however, accusing BP of trying to conceal its own failings in the report.",
     "cents ", "Transocean has struck back this afternoon"),
]


@pytest.mark.parametrize("text, glued, opening", GLUED_TO_THE_PAGE)
def test_a_word_of_the_page_glued_before_a_sentence_is_not_shown(nlp, text, glued, opening):
    from storyline.model import Document

    doc = Document(id="d", source="s", text=text, published="2010-06-02")
    found = [m for m in extract_event_mentions(nlp(text), doc, [], []) if m.start > text.index(glued) - 2]
    assert found, "no event read from the glued sentence"
    for mention in found:
        assert mention.sentence.startswith(opening), mention.sentence
        assert text[mention.start:mention.end].startswith(opening)


@pytest.mark.parametrize("text", [
    "House Speaker Nancy Pelosi said on Tuesday that the bill would pass.",
    # a list whose bullets were read as a word stays whole: page furniture, not a sentence to show
    "cents BP cancels dividend payments to shareholder for 2010 cents No cap on level on compensation BP may have to "
    "pay cents Barack Obama will continue to hold BP accountable.",
    "cents Transocean has struck back at BP cents BP cancels its dividend.",  # a bullet before a word in capitals
    "Features of the plan were announced on Monday by the White House.",
    "White House officials met BP executives on Wednesday.",
    "Senate Democrats blocked the bill on Tuesday.",
    "Interior Secretary Ken Salazar visited the rig on Friday.",
])
def test_a_sentence_opened_by_a_name_or_its_subject_stays_whole(nlp, text):
    from storyline.story.events import without_glued_page_word

    parsed = nlp(text)
    sentence = next(iter(parsed.sents))
    assert without_glued_page_word(sentence).text == sentence.text


@pytest.mark.parametrize("text, published, expected", [
    # Timeline17 bpoil_washingtonpost (2010-07-21): the day is the company man's flight ashore, not the explosion's
    ('On April 16, four days before the Deepwater Horizon exploded in a fireball, one of the two "company men" who '
     'oversaw drilling operations on the oil rig for BP boarded a helicopter and headed for shore.', "2010-07-21",
     ("explosion", None)),
    ("Obama met Hayward on Wednesday, a day before BP executives testified in Congress.", "2010-06-18",
     ("hearing", None)),
    # counter-examples: the main clause keeps its day; a relative-time clause keeps a day of its own
    ("Obama met Hayward on Wednesday, a day before BP executives testified in Congress.", "2010-06-18",
     ("meeting", "2010-06-16")),
    ("Obama met Hayward on Wednesday, a day before BP executives testified in Congress on Thursday.", "2010-06-18",
     ("hearing", "2010-06-17")),
    ("Police arrested Conrad Murray on Monday, two days after the coroner ruled the death a homicide.", "2011-01-05",
     ("arrest", "2011-01-03")),
    # an act placed at a distance gets no publication week either when the sentence names no date
    ("Obama met Hayward, a week after BP agreed to set up a fund.", "2010-06-18", ("agree", None)),
    ("Obama met Hayward after BP had agreed to set up a fund.", "2010-06-18", ("agree", None)),
    # a period framing the sentence does not hold an act placed years from it
    ("In 2010, two years after Russia invaded Georgia, Moscow signed a deal.", "2010-06-18", ("attack", None)),
])
def test_a_clause_placed_before_or_after_another_act_is_not_dated_by_its_day(nlp, text, published, expected):
    from storyline.model import Document
    from storyline.nlp.entities import extract_mentions
    from storyline.nlp.time import extract_timexes

    doc, parsed = Document(id="d", source="s", text=text, published=published), nlp(text)
    found = extract_event_mentions(parsed, doc, extract_timexes(text, published, "d", parsed), extract_mentions(parsed, "d"))
    assert expected in [(m.type, m.date) for m in found], [(m.type, m.date, m.date_range) for m in found]
    if expected[1] is None:
        assert all(m.date_range is None for m in found if m.type == expected[0])


def test_two_acts_told_as_one_moments_news_keep_the_publication_week(nlp):
    """'X after Y' without a distance tells two acts of the same news: both keep the week before
    publication."""
    from storyline.model import Document

    for text, kind in [("Obama met Hayward after BP agreed to set up a fund.", "agree"),
                       ("Obama met Hayward after BP agreed to set up a fund.", "meeting"),
                       ("Oil prices jumped after Russia attacked Ukrainian ports.", "attack")]:
        doc = Document(id="d", source="s", text=text, published="2010-06-18")
        found = next(m for m in extract_event_mentions(nlp(text), doc, [], []) if m.type == kind)
        assert found.date_range == ["2010-06-11", "2010-06-18"], (text, kind)


@pytest.mark.parametrize("text, published", [
    # a medical condition is no arrest or attack (Timeline17 MJ / H1N1 coverage)
    ("Jackson died of cardiac arrest at his home on 25 June.", "2009-07-01"),
    ("Jackson suffered a heart attack on 25 June.", "2009-07-01"),
])
def test_a_medical_condition_is_no_arrest_or_attack(nlp, text, published):
    from storyline.model import Document
    from storyline.nlp.entities import extract_mentions

    doc, parsed = Document(id="d", source="s", text=text, published=published), nlp(text)
    types = [m.type for m in extract_event_mentions(parsed, doc, [], extract_mentions(parsed, "d"))]
    assert "arrest" not in types and "attack" not in types, types


def test_a_period_around_a_shifted_act_still_holds_it(nlp):
    """A year or month framing the sentence holds the act told before or after its main act; a
    day does not (Timeline17 bpoil_washingtonpost, article of 2010-08-04)."""
    from storyline.model import Document
    from storyline.nlp.entities import extract_mentions
    from storyline.nlp.time import extract_timexes

    text = ("In another case last year, the head of the American Conservative Union, a prominent Washington advocacy "
            "group, came under fire for siding with UPS in a labor battle after rival FedEx declined a request to fund "
            "the group.")
    doc, parsed = Document(id="d", source="s", text=text, published="2010-08-04"), nlp(text)
    found = extract_event_mentions(parsed, doc, extract_timexes(text, "2010-08-04", "d", parsed), extract_mentions(parsed, "d"))
    assert [(m.type, m.date, m.date_range) for m in found if m.trigger == "declined"] == [
        ("reject", None, ["2009-01-01", "2009-12-31"])], found


@pytest.mark.parametrize("text, published", [
    # Timeline17 bpoil_foxnews: the dateline's place is where the story was filed, not who offered anything
    ("AP NEW ORLEANS -- A device that's now sucking up significant amounts of the oil spewing from the bottom of the "
     "Gulf of Mexico offered a measure of optimism Sunday even as the government's point man on the spill warned "
     "problems would persist for months.", "2010-06-06"),
    # Timeline17 bpoil_washingtonpost: what the attribution tells of its source is the source's business
    ("The FAA sent two special operations managers to the Gulf Coast on Tuesday to oversee flight access, according "
     "to Panepinto, whose company flew Jackson around Chandeleur and Ship islands on Wednesday and is fielding "
     "requests.", "2010-06-03"),
])
def test_a_dateline_or_an_attribution_makes_no_event(nlp, text, published):
    from storyline.model import Document
    from storyline.nlp.entities import extract_mentions
    from storyline.nlp.time import extract_timexes

    doc, parsed = Document(id="d", source="s", text=text, published=published), nlp(text)
    found = extract_event_mentions(parsed, doc, extract_timexes(text, published, "d", parsed), extract_mentions(parsed, "d"))
    assert not [m for m in found if {"AP NEW ORLEANS", "Panepinto", "Jackson"} & set(m.participants) or m.type == "visit"], \
        [(m.type, m.trigger, m.participants) for m in found]


def test_a_dateline_is_no_participant_but_the_sentence_still_is():
    """The dateline's words are left out, the rest of the sentence is read as before."""
    import spacy
    from storyline.story.events import _source_tokens

    nlp = spacy.blank("en")
    doc = nlp("WASHINGTON -- BP sued Transocean on Monday .")
    assert _source_tokens(doc[:]) == {0}
    doc = nlp("Officials said BP -- the company that leased the rig -- sued Transocean .")
    assert _source_tokens(doc[:]) == set()  # a name in capitals inside the sentence is no dateline


def test_a_rejected_invitation_to_meet_is_no_meeting_held(seed_events):
    """Seed 002: 'Putin, who rejected an invitation to meet with Zelenskyy in Turkey last week': the
    meeting was refused, not held (it was read as a Zelenskyy-Turkey meeting that happened)."""
    meetings = _with(seed_events["002"], "meeting", "Zelenskyy")
    assert [m.status for m in meetings] == ["denied"], [(m.trigger, m.status) for m in meetings]


@pytest.mark.parametrize("text, status", [
    ("Putin accepted an invitation to meet with Zelenskyy in Turkey.", "planned"),
    ("Zelenskyy declined an offer to meet Putin in Moscow.", "denied"),
])
def test_an_invitation_governs_the_meeting_it_proposes(nlp, text, status):
    from storyline.model import Document

    doc = Document(id="d", source="s", text=text, published="2025-05-20")
    found = [m for m in extract_event_mentions(nlp(text), doc, [], []) if m.type == "meeting"]
    assert [m.status for m in found] == [status], [(m.type, m.status, m.trigger) for m in found]


def test_a_call_the_saying_follows_is_past_whatever_the_quote_plans(seed_events):
    """Seed 002: '"Russia and Ukraine will immediately start negotiations ...," Trump said on social media
    after the call': the call is done (it was read as planned under the quote's 'will')."""
    after = [m for m in seed_events["002"] if m.type == "call" and "after the call" in m.sentence]
    assert [m.status for m in after] == ["happened"]


@pytest.mark.parametrize("text, party", [
    ("US-Russia talks began in Riyadh on Monday.", "US"),  # spaCy splits "US-Russia" into US, -, Russia
    ("NATO-led forces struck a convoy near Kandahar on Monday.", "NATO"),
])
def test_a_hyphen_inside_a_word_closes_no_dateline(nlp, text, party):
    """A plain hyphen closes a dateline only with spaces around it: the name before it takes part."""
    from storyline.model import Document
    from storyline.nlp.entities import extract_mentions
    from storyline.nlp.time import extract_timexes

    doc, parsed = Document(id="d", source="s", text=text, published="2025-02-20"), nlp(text)
    found = extract_event_mentions(parsed, doc, extract_timexes(text, "2025-02-20", "d", parsed), extract_mentions(parsed, "d"))
    assert found and all(party in m.participants for m in found), [(m.type, m.participants) for m in found]


def test_a_dateline_is_a_place_or_an_agency_credit_not_a_party_in_capitals(nlp):
    from storyline.nlp.datelines import is_dateline
    from storyline.story.events import _source_tokens

    for text, words in [("AP NEW ORLEANS -- A device offered a measure of optimism Sunday.", 3),
                        ("WASHINGTON (Reuters) - The outbreak of a new flu spread on Friday.", 4),
                        ("WASHINGTON—The president spoke on Friday.", 1)]:
        parsed = nlp(text)
        assert is_dateline(parsed[0]) and _source_tokens(parsed[:]) == set(range(words)), text
    for text in ["BP -- the company that leased the rig -- sued Transocean on Monday.",
                 "US-Russia talks began in Riyadh on Monday.", "NATO-led forces struck a convoy near Kandahar on Monday."]:
        parsed = nlp(text)
        assert not is_dateline(parsed[0]) and _source_tokens(parsed[:]) == set(), text


def _events_in(nlp, text, published):
    from storyline.model import Document
    from storyline.nlp.entities import extract_mentions
    from storyline.nlp.time import extract_timexes

    doc, parsed = Document(id="d", source="s", text=text, published=published), nlp(text)
    return extract_event_mentions(parsed, doc, extract_timexes(text, published, "d", parsed), extract_mentions(parsed, "d"))


@pytest.mark.parametrize("text, published, event_type, wrong_day", [
    # haiti_bbc: a live page's dated section label before the article's first sentence
    ("Haiti earthquake: Your stories Wednesday 13 January It is feared thousands of people have died in an "
     "earthquake in Haiti. The earthquake had a magnitude of seven.", "2010-01-15", "earthquake", "2010-01-13"),
    # H1N1_reuters: the toll told of the strain is not dated by the researchers' report of the strain
    ("The new strain of H1N1 flu that has killed 56 people in Mexico and has been carried around the world by "
     "travelers acts more like a pandemic strain than regular seasonal flu, researchers reported on Monday.",
     "2009-05-11", "tally", "2009-05-11"),  # a count so far (events17): typed a tally, still not dated by the report
])
def test_a_page_label_or_an_act_told_of_another_noun_does_not_date_the_event(nlp, text, published, event_type, wrong_day):
    found = [m for m in _events_in(nlp, text, published) if m.type == event_type]
    assert found, _events_in(nlp, text, published)
    assert all(m.date != wrong_day and m.dated_by != "own" for m in found), [(m.date, m.dated_by) for m in found]


@pytest.mark.parametrize("text, published, event_type", [
    # MJ_bbc (2011 trial report): "the night Michael Jackson died" is the night of the 2009 death, which
    # "the night" alone (valued as the report's own night) does not date
    ("For much of the day cardiologist Dr Alon Steinberg was in the stand, describing how he had reviewed Dr "
     "Murray's own account of what happened the night Michael Jackson died, as told to a detective.",
     "2011-10-13", "death"),
    ("Biden recalled the night Osama bin Laden was killed by US special forces in Pakistan.", "2011-10-13", "death"),
    ("Merkel remembered the morning Putin invaded Ukraine.", "2011-10-13", "attack"),
])
def test_a_time_noun_its_relative_clause_describes_is_no_day_of_the_report(nlp, text, published, event_type):
    found = [m for m in _events_in(nlp, text, published) if m.type == event_type]
    assert found, _events_in(nlp, text, published)
    assert all(m.date != published and m.dated_by != "own" for m in found), [(m.date, m.dated_by) for m in found]


@pytest.mark.parametrize("text, expected", [
    # MJ_bbc: the verdict was typed by 'died' in its 'after' clause (a death row of 2011), never as a verdict
    ("A jury has found Michael Jackson's personal doctor Conrad Murray guilty of the singer's involuntary "
     "manslaughter after he died from an overdose of Propofol.", "conviction"),
    ("Murray was found guilty earlier this month after a six-week trial.", "conviction"),
    ("A jury found Conrad Murray not guilty.", None),
    # MJ_bbc, 27 June 2009 (review15 of 8a5d261): 'found not guilty' is the other verdict, an acquittal ('He' there,
    # the singer, named here: an event needs a named participant)
    ("Michael Jackson was arrested in 2003 on charges of molesting a 14-year-old boy, but was found not guilty following a "
     "five-month trial.", "acquittal"),
    ("He found the book a guilty pleasure.", None),
])
def test_found_guilty_is_a_verdict(nlp, text, expected):
    types = [m.type for m in _events_in(nlp, text, "2011-11-08")]
    assert (expected in types) if expected else "conviction" not in types, types


@pytest.mark.parametrize("text, event_type, day", [
    ("This morning Putin invaded Ukraine.", "attack", "2011-10-13"),
    ("On the night of June 25, when Jackson died, Murray called 911.", "death", "2011-06-25"),
])
def test_a_time_noun_of_the_report_or_with_its_date_still_dates_the_act(nlp, text, event_type, day):
    found = [m for m in _events_in(nlp, text, "2011-10-13") if m.type == event_type]
    assert [(m.date, m.dated_by) for m in found] == [(day, "own")]


@pytest.mark.parametrize("text, event_type, day", [
    # a relative clause set off by a comma adds to a time already named ("this morning" is the report's); it does
    # not say which time it is, as "the night Michael Jackson died" does (review15: both lost their day)
    ("Michael Jackson died this morning, which his family described as a tragedy.", "death", "2011-10-13"),
    ("Hosni Mubarak resigned this evening, which crowds in Tahrir Square greeted with cheers.", "resignation",
     "2011-10-13"),
])
def test_a_time_an_aside_relative_clause_describes_still_dates_the_act(nlp, text, event_type, day):
    found = [m for m in _events_in(nlp, text, "2011-10-13") if m.type == event_type]
    assert [(m.date, m.dated_by) for m in found] == [(day, "own")]


def test_the_noun_a_relative_clause_describes_still_dates_it(nlp):
    found = _events_in(nlp, "It is the first finding of the commission looking into the causes of the April 20 "
                            "explosion that killed 11 BP workers.", "2010-10-25")
    assert ("explosion", "2010-04-20") in [(m.type, m.date) for m in found]


def test_a_scheduled_discussion_is_planned(nlp):
    # bpoil_bbc: the hearings of the day, announced in the morning
    found = _events_in(nlp, "Three committees and two subcommittees on Capitol Hill were to discuss matters related "
                            "to the oil spill and oil industry on Wednesday.", "2010-06-09")
    assert [(m.type, m.status, m.realis) for m in found] == [("negotiation", "planned", False)]


def test_a_press_review_and_a_reporter_speaking_of_a_scene_are_no_happenings(nlp):
    # haiti_bbc: what Sunday's papers lead with; a reporter's visit told with what he spoke of
    review = _events_in(nlp, "Haiti earthquake still dominates headlines The United Nation's declaration that it has "
                             "never faced a crisis on the scale found in Haiti following Tuesday's earthquake dominates "
                             "Sunday's papers.", "2010-01-17")
    assert "statement" not in [m.type for m in review], review
    scene = _events_in(nlp, "The BBC's Matthew Price visited the grounds of one hospital and spoke of seeing about 100 "
                            "bodies - but there were many people bedding down for the night to sleep among the dead.",
                       "2010-01-14")
    assert "call" not in [m.type for m in scene], [(m.type, m.trigger) for m in scene]
    assert "visit" in [m.type for m in scene]


def test_a_clock_time_alone_does_not_state_the_acts_day(nlp):
    # bpoil_foxnews, an article of 9 September telling the rig's last day (20 April)
    (meeting,) = [m for m in _events_in(nlp, "Yet at the 11 a.m. meeting, rig leader Jimmy Harrell was unhappy.",
                                        "2010-09-09") if m.type == "meeting"]
    assert meeting.dated_by != "own", (meeting.date, meeting.dated_by)
    (suit,) = [m for m in _events_in(nlp, "The Justice Department sued BP at 11 a.m. on Wednesday.", "2010-12-16")
               if m.type == "lawsuit"]
    assert (suit.date, suit.dated_by) == ("2010-12-15", "own")


def test_an_outlets_reporter_takes_no_part(nlp):
    # haiti_bbc: the BBC's correspondents' trips are the reporting, not the story
    found = _events_in(nlp, "The BBC's Mark Doyle - who traveled to the town on Saturday - said people had taken refuge "
                            "in the surrounding sugarcane fields or mangrove swamps.", "2010-01-17")
    assert all("Mark Doyle" not in m.participants for m in found), [(m.type, m.participants) for m in found]
    envoy = _events_in(nlp, "Obama's envoy Richard Holbrooke visited Kabul on Saturday.", "2010-01-17")
    assert any("Richard Holbrooke" in m.participants for m in envoy)


def test_a_happening_that_makes_headlines_or_rips_a_front_is_still_a_happening(nlp):
    # only a day's press ("dominates Sunday's papers") makes a press review, not any press noun after any verb
    quake = [(m.type, m.date, m.dated_by) for m in _events_in(
        nlp, "The earthquake that struck Haiti on Tuesday made headlines worldwide.", "2010-01-21")]
    assert ("earthquake", "2010-01-19", "own") in quake, quake
    blast = _events_in(nlp, "The blast in Kabul ripped the front off the building on Monday.", "2010-04-22")
    assert "explosion" in [m.type for m in blast], blast


@pytest.mark.parametrize("text, published, event_type, day", [
    ("Obama spoke on Monday about the explosion caused by a methane bubble on April 20.", "2010-05-10",
     "explosion", "2010-04-20"),
    ("The protest held in Cairo on Friday drew thousands of people.", "2011-02-06", "protest", "2011-02-04"),
])
def test_a_reduced_relative_clause_dates_its_noun(nlp, text, published, event_type, day):
    found = [(m.type, m.date, m.dated_by) for m in _events_in(nlp, text, published)]
    assert (event_type, day, "own") in found, found


@pytest.mark.parametrize("text, published, event_type, status", [
    # "be to": what a thing told by a relative clause or a possessive was, done
    ("The first thing Obama did was to call Gordon Brown.", "2010-06-10", "call", "happened"),
    ("His response was to sue BP on Wednesday.", "2010-12-16", "lawsuit", "happened"),
    # ... and a person or a body scheduled to act
    ("The president's envoy was to meet Hamid Karzai on Wednesday.", "2010-01-17", "meeting", "planned"),
    ("He is to hold talks with Hamid Karzai on Wednesday.", "2010-01-17", "negotiation", "planned"),
])
def test_what_a_thing_was_is_done_and_what_someone_is_to_do_planned(nlp, text, published, event_type, status):
    found = [(m.type, m.status) for m in _events_in(nlp, text, published)]
    assert (event_type, status) in found, found


@pytest.mark.parametrize("text, published, kept, dropped", [
    # an outlet's executives acting are parties; a name given as a correspondent is the reporting
    ("Fox News's Roger Ailes met Donald Trump in New York on Monday.", "2016-05-18", "Roger Ailes", None),
    ("CNN's Jeff Zucker resigned on Wednesday.", "2022-02-04", "Jeff Zucker", None),
    ("Mark Doyle, the BBC's correspondent, met Haitian President Rene Preval on Saturday.", "2010-01-17",
     "Rene Preval", "Mark Doyle"),
    # second review of #13: a correspondent acted on is a party, and a possessor that is no outlet owns no byline
    ("Gunmen killed the BBC's correspondent Kate Peyton in Mogadishu on Sunday.", "2005-02-10", "Kate Peyton", None),
    ("Egypt jailed Al Jazeera's correspondent Peter Greste on Monday.", "2014-06-24", "Peter Greste", None),
    ("Police arrested Murdoch's former editor Rebekah Brooks on Sunday.", "2011-07-18", "Rebekah Brooks", None),
    ("Police arrested the BBC's correspondent Mark Doyle on Saturday.", "2010-01-17", "Mark Doyle", None),
])
def test_an_outlets_people_are_parties_unless_reporting(nlp, text, published, kept, dropped):
    participants = [name for m in _events_in(nlp, text, published) for name in m.participants]
    assert kept in participants and dropped not in participants, participants


@pytest.mark.parametrize("text, timex_text, clock_only", [
    ("At 9 p.m. EST Obama met Brown.", "9 p.m. EST", True),
    ("Trump met Putin at 2 PM ET.", "2 PM ET", True),
    ("Obama met Brown at 10:30 BST.", "10:30 BST", True),
    # second review of #13 (9565d9f): the tagger keeps 'nearly' in the timex
    ("Obama met Brown at nearly 9 p.m.", "nearly 9 p.m.", True),
    # a headline's capitals are no time zone, and 'PRESENT_REF' holds no hour
    ("Obama is meeting Brown NOW.", "NOW", False),
    ("The blast hit at 10 PM on Monday.", "10 PM on Monday", False),
])
def test_a_clock_time_is_one_time_of_day_with_a_named_zone(nlp, text, timex_text, clock_only):
    from storyline.nlp.time import extract_timexes
    from storyline.story.events import _clock_time_only

    (timex,) = [t for t in extract_timexes(text, "2010-06-10", "d", nlp(text)) if t.text == timex_text]
    assert _clock_time_only(timex) is clock_only, (timex.text, timex.value)


def test_speech_acts_and_interviews_are_no_contacts(nlp):
    # round 8's held-out sheets (bpoil_foxnews, haiti_bbc) and bpoil_bbc: a statement to a conference call, a
    # spokesman's account of what a minister was 'discussing', a programme's interview, a quotation told to a panel
    told = _events_in(nlp, "Commandant Adm. Thad Allen, head of the U.S. Coast Guard, told a conference call Saturday that "
                           "\"any exact estimation of what's flowing out of those pipes down there is impossible\" because "
                           "the site is about a mile underwater.", "2010-05-01")
    assert [(m.type, m.date) for m in told] == [("statement", "2010-05-01")], [(m.type, m.trigger) for m in told]
    assert "Thad Allen" in told[0].participants
    account = _events_in(nlp, "A Homeland Security spokesman, Sean Smith, said Napolitano's more recent comments referred "
                              "to the Navy's help with the Coast Guard's search and rescue mission early on, and that when "
                              "she was discussing the Defense Department last Thursday she was alluding to any additional "
                              "help they could bring to bear.", "2010-05-04")
    interview = _events_in(nlp, "Science in Action speaks to Mike Kendall, Professor of Seismology at the Department of "
                                "Earth Sciences at Bristol University in the UK to look into the reasons why this "
                                "earthquake caused as much damage as it did.", "2010-01-17")
    panel = _events_in(nlp, "He told the panel: \"BP remains very committed to oil and gas exploration in the North Sea "
                            "and intends to make absolutely sure all the lessons, in all the dimensions we have discussed "
                            "today, are fully applied to everything we do in the U.K.\"", "2010-09-15")
    contacts = [(m.type, m.trigger) for m in account + interview + panel if m.type in {"call", "meeting", "negotiation", "visit"}]
    assert contacts == [], contacts
    # a call held with someone, parties discussing, a person speaking with another stay contacts
    held = _events_in(nlp, "In a statement released on Monday, Adm Allen said a federal science team had held a "
                           "conference call with BP representatives on Sunday night.", "2010-07-19")
    assert [(m.type, m.date) for m in held if m.type == "call"] == [("call", "2010-07-18")]
    # seed 004: the speaker tells the talks he held ("we"); the panel's "we have discussed" above describes a thing
    told = _events_in(nlp, "\"We discussed a variety of topics having to do with the War, but mostly, the meeting that "
                           "is being set up on Friday in Munich,\" Trump wrote.", "2025-02-12")
    assert "negotiation" in [m.type for m in told], [(m.type, m.trigger) for m in told]
    talks = _events_in(nlp, "Obama and Cameron discussed the oil spill on Saturday.", "2010-07-19")
    assert "negotiation" in [m.type for m in talks], [(m.type, m.trigger) for m in talks]
    # bpoil_bbc: the parse hangs the second leader on an apposition of the first
    talks = _events_in(nlp, "On Sunday, US President Barack Obama and UK Prime Minister David Cameron discussed BP's "
                            "problems at the G20 summit in Canada.", "2010-06-28")
    assert "negotiation" in [m.type for m in talks], [(m.type, m.trigger) for m in talks]
    spoke = _events_in(nlp, "Obama spoke to Cameron by telephone on Saturday.", "2010-07-19")
    assert "call" in [m.type for m in spoke], [(m.type, m.trigger) for m in spoke]


def test_a_quake_told_by_its_pronoun_is_no_attack(nlp):
    # haiti_bbc held out (round 8): 'It struck' was typed an attack ('Port-au-Prince attacks')
    quake = _events_in(nlp, "It struck south of the capital Port-au-Prince at 1653 (2153 GMT) on Tuesday.", "2010-01-13")
    assert "attack" not in [m.type for m in quake], [(m.type, m.trigger) for m in quake]
    strike = _events_in(nlp, "Israel said it bombed Hamas on Tuesday.", "2010-01-13")
    assert "attack" in [m.type for m in strike], [(m.type, m.trigger) for m in strike]


def test_a_happening_the_clause_is_placed_after_is_not_dated_by_it(nlp):
    # bpoil_guardian (seen): the explosion dated to the article's day by the clause's 'today'
    found = _events_in(nlp, "Nearly three weeks after an oil rig explosion turned the Gulf of Mexico into an environmental "
                            "disaster zone, BP today still casting about for a clear plan to shut off the gusher of crude.",
                       "2010-05-10")
    assert "explosion" in [m.type for m in found], [(m.type, m.trigger) for m in found]  # not vacuous (#13 review)
    assert all(m.dated_by != "own" for m in found if m.type == "explosion"), [(m.type, m.date, m.dated_by) for m in found]
    after = _events_in(nlp, "BP shares fell on Tuesday after an explosion at the Deepwater Horizon rig.", "2010-05-10")
    assert "explosion" in [m.type for m in after], [(m.type, m.trigger) for m in after]
    assert all(m.date != "2010-05-04" for m in after if m.type == "explosion"), [(m.type, m.date) for m in after]
    # bpoil_washingtonpost held out (round 9): a hearing one appears before is dated by the clause (lost at fbde21c)
    hearing = _events_in(nlp, "On May 12, executives including BP's chairman, Lamar McKay, Transocean chief executive Steve "
                              "Newman and Halliburton's Timothy Probert appeared before a hearing in the House Energy and "
                              "Commerce Committee to discuss responsibility for their respective roles in the Deepwater "
                              "Horizon spill.", "2010-06-18")
    assert ("hearing", "2010-05-12") in [(m.type, m.date) for m in hearing], [(m.type, m.date) for m in hearing]
    own = _events_in(nlp, "An explosion at the Deepwater Horizon rig on April 20 killed 11 workers.", "2010-05-10")
    assert ("2010-04-20", "own") in [(m.date, m.dated_by) for m in own if m.type == "explosion"], [
        (m.type, m.date, m.dated_by) for m in own]


def test_a_state_told_negated_in_the_progressive_is_no_rejection(nlp):
    # bpoil_washingtonpost (seen): an ongoing state dated by the decision named beside it
    found = _events_in(nlp, "Noe added that despite Salazar's decision Oct. 12 to end the moratorium on deepwater "
                            "drilling in the gulf, federal officials were not approving permits fast enough.", "2010-10-22")
    assert "reject" not in [m.type for m in found], [(m.type, m.trigger) for m in found]
    refused = _events_in(nlp, "Ukraine did not accept the proposal on Tuesday.", "2025-05-21")
    assert "reject" in [m.type for m in refused]


@pytest.mark.parametrize("text, event_type, named", [
    # review of round 9 (#13): a reporter is a party to the story outside the outlet's own reporting
    ("Iran freed Washington Post reporter Jason Rezaian on Saturday.", "release", "Jason Rezaian"),
    ("Gunmen kidnapped and killed Wall Street Journal reporter Daniel Pearl in Karachi in 2002.", None, "Daniel Pearl"),
    ("Police arrested former News of the World editor Andy Coulson on Friday.", "arrest", "Andy Coulson"),
])
def test_a_reporter_acted_on_is_a_party(nlp, text, event_type, named):
    found = _events_in(nlp, text, "2015-07-20")
    assert any((event_type is None or m.type == event_type) and any(named in p for p in m.participants)
               for m in found), [(m.type, m.participants) for m in found]


@pytest.mark.parametrize("text", [
    # review of round 9 (#13): a person named by a common noun speaking with someone is a call
    "The president spoke with Prime Minister David Cameron by telephone on Saturday.",
    "The prime minister spoke to President Obama on Saturday.",
    "The government spoke with BP executives on Monday.",
    "Israel's foreign minister talked to Hamas on Monday.",
])
def test_a_role_speaking_with_a_party_is_a_call(nlp, text):
    found = _events_in(nlp, text, "2010-06-20")
    assert "call" in [m.type for m in found], [(m.type, m.trigger) for m in found]


@pytest.mark.parametrize("text", [
    # review of round 9 (#13): one person's title, name and a committee's name are not parties discussing
    "US President Barack Obama discussed the oil spill in a speech on Tuesday.",
    "Interior Secretary Ken Salazar discussed the moratorium on Fox News on Sunday.",
    "The chairman of the House Energy and Commerce Committee discussed the spill on Monday.",
])
def test_one_person_discussing_is_no_talks(nlp, text):
    found = _events_in(nlp, text, "2010-06-20")
    assert "negotiation" not in [m.type for m in found], [(m.type, m.participants) for m in found]


@pytest.mark.parametrize("text, published, event_type, day", [
    # review of round 9 (#13): the audience a speaker told keeps the statement's own day
    ("Allen told the conference call on Saturday that the leak was worse than thought.", "2010-06-20", "statement",
     "2010-06-19"),
    ("Obama told the G20 summit in Toronto on Sunday that the spill was a priority.", "2010-06-28", "statement",
     "2010-06-27"),
])
def test_a_statement_to_an_audience_keeps_its_day(nlp, text, published, event_type, day):
    found = _events_in(nlp, text, published)
    assert (event_type, day) in [(m.type, m.date) for m in found], [(m.type, m.date) for m in found]


@pytest.mark.parametrize("text", ["Obama met Brown at around 9 p.m.", "Obama met Brown at about 10 p.m."])
def test_an_approximate_time_of_day_dates_by_the_sentence(nlp, text):
    # review of round 9 (#13): 'at around 9 p.m.' is a time of day like 'at 9 p.m.'
    exact = _events_in(nlp, "Obama met Brown at 9 p.m.", "2010-09-08")
    approximate = _events_in(nlp, text, "2010-09-08")
    meetings = [m.dated_by for m in approximate if m.type == "meeting"]
    assert meetings and meetings == [m.dated_by for m in exact if m.type == "meeting"], meetings


@pytest.mark.parametrize("text, published", [
    # second review of #13 (1a223ff): a possessor in the subject is no second party to the talks
    ("Obama's adviser David Axelrod discussed the oil spill on CNN on Sunday.", "2010-06-14"),
])
def test_a_possessor_is_no_party_to_the_talks(nlp, text, published):
    found = [(m.type, m.trigger) for m in _events_in(nlp, text, published)]
    assert "negotiation" not in [event_type for event_type, _ in found], found


@pytest.mark.parametrize("text, published", [
    # second review of #13 (78bd310): a writer's 'as we discussed', authors discussing findings
    ("As we discussed in Monday's column, BP faces billions in fines.", "2010-06-15"),
    ("They discussed the findings in a paper published in the journal Science on Thursday.", "2010-06-15"),
])
def test_we_or_they_discussing_outside_quotation_is_no_talks(nlp, text, published):
    found = [(m.type, m.trigger) for m in _events_in(nlp, text, published)]
    assert "negotiation" not in [event_type for event_type, _ in found], found


# Issue #13 round 11: extraction errors behind the held-out rows of round 10 (bpoil_reuters), each a general cause
# on the parse, checked over the judged sheets of rounds 4-10 (docs/timeline.md, "Round 11").


def test_a_participle_clause_under_a_preposition_dates_its_own_act_only(nlp):
    # the judge refused the stay on Thursday 24 June; Tuesday is the day he struck the moratorium down
    text = ("After striking down the moratorium on Tuesday, a federal judge in New Orleans rejected a request to allow "
            "the six-month ban to stand while the government appeals his decision.")
    rejected = [m for m in _events_in(nlp, text, "2010-06-24") if m.trigger == "rejected"]
    assert rejected, _events_in(nlp, text, "2010-06-24")
    assert all((m.date, m.dated_by) != ("2010-06-22", "own") for m in rejected), [(m.date, m.dated_by) for m in rejected]
    own = [m for m in _events_in(nlp, "A federal judge in New Orleans on Tuesday rejected a request to allow the ban to "
                                      "stand.", "2010-06-24") if m.trigger == "rejected"]
    assert [(m.date, m.dated_by) for m in own] == [("2010-06-22", "own")]


@pytest.mark.parametrize("text, published, trigger", [
    # a time clause in the present perfect under a clause still to come
    ("But a source said a decision may not be made until after BP Chairman Carl-Henric Svanberg has met with Obama at "
     "the White House on Wednesday.", "2010-06-12", "met"),
    # what the clause's act is placed ahead of
    ("Ahead of the congressional hearings on Tuesday and Thursday, lawmakers Henry Waxman and Bart Stupak released a "
     "letter to BP Chief Executive Tony Hayward laying out a potentially damning account of the events leading up to "
     "the explosion.", "2010-06-15", "hearings"),
    # a planning participle the parse hung on the noun's partner
    ("Shares in BP gained as much as 4.7 percent on Thursday as a call with analysts planned for Friday gave hope "
     "there would be an update on the company's plans for its dividend.", "2010-06-03", "call"),
])
def test_acts_still_ahead_are_planned(nlp, text, published, trigger):
    found = [m for m in _events_in(nlp, text, published) if m.trigger == trigger]
    assert found, [(m.type, m.trigger) for m in _events_in(nlp, text, published)]
    assert all(m.status == "planned" and not m.realis for m in found), [(m.status, m.realis) for m in found]


def test_acts_done_before_or_after_another_stay_done(nlp):
    for text, published, trigger in [
            ("Svanberg met with Obama at the White House on Wednesday after BP agreed to the fund.", "2010-06-17", "met"),
            ("The decision came after Svanberg had met with Obama at the White House on Wednesday.", "2010-06-17", "met"),
            ("BP held a call with analysts on Friday.", "2010-06-05", "call")]:
        found = [m for m in _events_in(nlp, text, published) if m.trigger == trigger]
        assert found and all(m.status == "happened" and m.realis for m in found), [(m.status, m.realis) for m in found]


def test_a_landmark_the_clause_is_placed_after_is_no_sure_day(nlp):
    # a market story retelling the explosion (20 April) as 'the April 21 explosion'
    text = ("Shares of waste management services firm Clean Harbors (CLH. N) soared more than 25 percent to a 20-month "
            "high in the wake of the April 21 explosion at the Deepwater Horizon drilling rig, while shares in water "
            "treatment firms rose.")
    found = [m for m in _events_in(nlp, text, "2010-05-05") if m.type == "explosion"]
    assert found, _events_in(nlp, text, "2010-05-05")
    assert all(m.dated_by != "own" for m in found), [(m.date, m.dated_by) for m in found]


def test_a_progressive_participle_tells_a_state_not_a_day(nlp):
    text = ("The worst oil spill in U.S. history, entering its 73rd day on Thursday, has unleashed an environmental and "
            "economic disaster of epic proportions along the Gulf Coast.")
    found = [m for m in _events_in(nlp, text, "2010-07-01") if m.type == "spill"]
    assert found, _events_in(nlp, text, "2010-07-01")
    assert all((m.date, m.dated_by) != ("2010-07-01", "own") for m in found), [(m.date, m.dated_by) for m in found]


def test_a_caption_closed_by_its_full_date_tells_no_act(nlp):
    caption = ("Oil floats on the surface of the Gulf of Mexico around a work boat at the site of the Deepwater Horizon "
               "oil spill in the Gulf of Mexico June 2, 2010.")
    found = _events_in(nlp, caption, "2010-06-03")
    assert found and not any(m.realis for m in found), [(m.type, m.realis) for m in found]
    for prose in ["President Barack Obama visited Grand Isle in the Gulf of Mexico on Friday, June 4, 2010.",
                  "President Barack Obama visited Grand Isle in the Gulf of Mexico June 4, 2010."]:
        told = _events_in(nlp, prose, "2010-06-05")
        assert told and all(m.realis for m in told), [(m.type, m.realis) for m in told]


@pytest.mark.parametrize("text, published, count", [
    # H1N1_reuters (reader's finding 3): a running toll told as the subject, the object, the noun's own number
    ("So far, 149 people have died, all in Mexico, and the virus has since also spread to the United States, "
     "Canada and Spain.", "2009-04-29", "149"),
    ("It has killed up to 81 people in Mexico and spread to the United States and Canada.", "2009-04-27", "81"),
    ("Only 19 deaths in Mexico are confirmed as being caused by the new flu.", "2009-05-03", "19"),
    ("Manufacturers have started to take the first preparatory steps in developing a vaccine against the H1N1 swine "
     "flu virus that is being linked to the deaths of as many as 176 people in Mexico.", "2009-04-30", "176"),
])
def test_a_toll_keeps_the_number_it_is_told_with(nlp, text, published, count):
    deaths = [m for m in _events_in(nlp, text, published) if m.type in {"death", "tally"}]  # a count so far is a tally
    assert deaths and deaths[0].count == count, [(m.trigger, m.count) for m in deaths]


def test_a_dateline_with_its_day_before_the_agency_is_no_participant(nlp):
    # review of 1d45ec9: only 'GENEVA (Reuters) -' was read as a dateline; with its day the place took part
    text = "WASHINGTON, June 3 (Reuters) - President Barack Obama announced new drilling rules."
    announced = [m for m in _events_in(nlp, text, "2010-06-03") if m.trigger == "announced"]
    assert announced and announced[0].participants == ["Barack Obama"], announced


@pytest.mark.parametrize("text, trigger, count", [
    # review of 1d45ec9: a toll in digits and in words is one figure, a number the parse calls a compound
    # counts, a scale word multiplies, a year or an ordinal before the noun is no count
    ("The explosion killed 11 workers.", "killed", "11"),
    ("The blast killed eleven workers.", "killed", "11"),
    ("Eleven workers died when the rig exploded.", "died", "11"),
    ("The flu has killed 1.5 million people.", "killed", "1500000"),
    ("The 2009 pandemic killed thousands.", "pandemic", None),
    ("The 2009 outbreak has killed 149 people.", "outbreak", None),
    ("The 2009 outbreak has killed 149 people.", "killed", "149"),
    ("The first death outside Mexico was reported in Texas.", "death", None),
])
def test_a_count_is_the_value_of_a_number_before_its_noun(nlp, text, trigger, count):
    from storyline.story.events import told_count

    parsed = nlp(text)
    assert told_count(next(tok for tok in parsed if tok.text == trigger)) == count


def test_a_deadline_already_passed_in_a_week_still_dates_the_tally(nlp):
    # review of 1d45ec9: 'by last week' (2009-W19) sorted after '2009-05-12' as text and was taken for a deadline ahead
    text = "Mexico had confirmed 1,000 deaths by last week, the WHO said."
    # a count recorded in the perfect is a tally (events18); its dating is what is tested here
    deaths = [m for m in _events_in(nlp, text, "2009-05-12") if m.type in {"death", "tally"}]
    assert deaths and deaths[0].date_range == ["2009-05-04", "2009-05-10"], deaths


def test_a_declaration_after_a_dateline_has_its_declarer_and_what_it_declared(nlp):
    # H1N1_reuters (reader's finding 1): the parse takes the dateline for the subject and 'an influenza
    # pandemic' for a clause ('pandemic' an adjective); main recorded WHO as the one acted on, and no object
    text = ("GENEVA (Reuters) - The World Health Organization declared an influenza pandemic on Thursday and advised "
            "governments to prepare for a long-term battle against an unstoppable new flu virus.")
    declared = [m for m in _events_in(nlp, text, "2009-06-11") if m.trigger == "declared"]
    assert declared, _events_in(nlp, text, "2009-06-11")
    assert declared[0].participants == ["World Health Organization"] and declared[0].roles == ["agent"]
    assert declared[0].object == "influenza pandemic"


@pytest.mark.parametrize("text, published, trigger, wrong_year", [
    # H1N1_reuters (reader's finding 7): a deadline after the article's day bounds the act, it does not date it
    ("WHO Director-General Margaret Chan, who raised the United Nations agency's pandemic alert to 5 out of 6 in "
     "response to the fast spread of swine flu, is trying to broker an international agreement on the sharing of "
     "virus samples by January 2010.", "2009-05-28", "agreement", "2010"),
    # ... and a time in the quoted words of a pandemic's forecast does not date the urging that quotes them
    ("The WHO's Dr. Keiji Fukuda urged Asian governments to stay alert for a possible wider pandemic that \"could "
     "infect a third or more of the world's population in the next several months, in the next year.\"",
     "2009-05-08", "urged", "2010"),
])
def test_a_deadline_ahead_or_a_time_in_quoted_words_does_not_date_the_act(nlp, text, published, trigger, wrong_year):
    found = [m for m in _events_in(nlp, text, published) if m.trigger == trigger]
    assert found, _events_in(nlp, text, published)
    assert all(not (m.date or (m.date_range or [""])[0]).startswith(wrong_year) for m in found), \
        [(m.date, m.date_range, m.dated_by) for m in found]


def test_a_deadline_already_passed_still_dates_the_tally(nlp):
    text = ("\"Our estimates suggest that 23,000 individuals had been infected in Mexico by late April, giving an "
            "estimated case fatality ratio of 0.4 percent,\" they wrote.")
    infected = [m for m in _events_in(nlp, text, "2009-05-11") if m.trigger == "infected"]
    assert infected and infected[0].date_range == ["2009-04-21", "2009-04-30"], infected


# Review of round 11 (4a59dce): each sentence keeps what it had before that change (5539513).


@pytest.mark.parametrize("text, published, trigger, day", [
    ("Shares fell after Tuesday's announcement by Holder.", "2010-06-17", "announcement", "2010-06-15"),
    ("Shares fell 5 percent after the announcement by Holder on Tuesday.", "2010-06-17", "announcement", "2010-06-15"),
    ("Since the explosion on April 20, BP has lost half its value.", "2010-06-17", "explosion", "2010-04-20"),
])
def test_a_landmark_placed_after_with_its_day_stated_keeps_its_own_day(nlp, text, published, trigger, day):
    # only a day written as the noun's modifier ('the April 21 explosion') is the writer's retelling
    found = [(m.date, m.dated_by) for m in _events_in(nlp, text, published) if m.trigger == trigger]
    assert found == [(day, "own")], found


@pytest.mark.parametrize("text, trigger", [
    ("BP will pay for the cleanup of the damage to the coast of Louisiana from the explosion on the rig on Tuesday.",
     "explosion"),
    ("Transocean says it is not responsible for the deaths of the 11 workers on the rig in the explosion on Tuesday.",
     "explosion"),
    ("Fishermen in Louisiana worry about the future of their jobs in the wake of the spill from the BP well in the "
     "Gulf.", "spill"),
])
def test_a_past_landmark_deep_under_a_future_or_present_verb_is_told_as_done(nlp, text, trigger):
    from storyline.story.events import told_as_done

    token = next(tok for tok in nlp(text) if tok.text == trigger)
    assert told_as_done(token)


def test_what_a_past_act_was_placed_ahead_of_can_be_past_too(nlp):
    from storyline.story.events import event_status

    text = "Prior to the explosion on Tuesday, workers had noticed pressure changes in the well."
    explosion = next(tok for tok in nlp(text) if tok.text == "explosion")
    assert event_status(explosion, text) == "happened"  # the pluperfect: both acts are past
    # told on Thursday: Wednesday's meeting was past by then
    found = [m for m in _events_in(nlp, "BP shares rose on Tuesday ahead of Wednesday's meeting with Obama.", "2010-06-24")
             if m.trigger == "meeting"]
    assert [(m.status, m.realis, m.date, m.dated_by) for m in found] == [("happened", True, "2010-06-23", "own")]


def test_the_pluperfect_is_read_on_the_verb_that_carries_a_tense(nlp):
    # one helper (nlp/time/tense.py) for events and positions; the 'before/after' clause check used its own "had" test
    from storyline.nlp.time.tense import told_in_the_pluperfect
    from storyline.story.events import _relative_time_clause

    def word(text: str, form: str):
        return next(tok for tok in nlp(text) if tok.text == form)

    assert told_in_the_pluperfect(word("Trump had considered sending Tomahawk missiles to Ukraine but backed down.",
                                       "sending"))  # a gerund has no tense of its own: the verb above does
    assert not told_in_the_pluperfect(word("Trump has considered sending Tomahawk missiles to Ukraine.", "sending"))
    assert told_in_the_pluperfect(word("He said they'd already agreed to pay for the clean-up.", "agreed"))
    assert not told_in_the_pluperfect(word("He said they'd agree to pay for the clean-up.", "agree"))  # 'd = would
    assert _relative_time_clause(word("Crews left the rig after the well had been capped.", "capped"))
    assert not _relative_time_clause(word("Crews left the rig after the well was capped.", "capped"))


def test_only_a_planning_participle_in_the_phrase_makes_it_planned(nlp):
    from storyline.story.events import event_status

    done = "The strike ended after a meeting with the unions arranged by the mayor on Monday."
    ahead = "Shares rose as a meeting with the unions arranged for Friday gave hope."
    assert event_status(next(tok for tok in nlp(done) if tok.text == "meeting"), done) == "happened"
    assert event_status(next(tok for tok in nlp(ahead) if tok.text == "meeting"), ahead) == "planned"


@pytest.mark.parametrize("text, published, trigger, told", [
    # haiti_bbc: a prepositional object is what the warning is about
    ("On Sunday the UN also warned about fuel shortages.", "2010-01-18", "warned", "fuel shortages"),
    # H1N1_reuters: a reported clause is the content of a statement
    ("Mexico announced on Sunday that its swine flu epidemic had passed the worst and experts said the new H1N1 virus "
     "might be no more severe than normal flu, although it could still impact on world health.", "2009-05-04",
     "announced", "its swine flu epidemic had passed the worst"),
    # bpoil_bbc: 'In a statement, BP said ...': the statement says what its verb reports
    ("In a statement on Tuesday, BP said it supported the commission's efforts to boost industry-wide safety "
     "measures.", "2011-01-12", "statement", "it supported the commission's efforts"),
])
def test_a_statement_without_an_object_tells_what_it_states(nlp, text, published, trigger, told):
    from storyline.model import Event
    from storyline.story.timeline import tells_something

    found = [m for m in _events_in(nlp, text, published) if m.trigger == trigger]
    assert [m.object for m in found] == [told]
    event = Event(id="e", type=found[0].type, date=found[0].date, date_range=None, participants=found[0].participants,
                  location=None, summary=text, status=found[0].status, object=found[0].object)
    assert tells_something(event)


def test_a_statement_whose_reported_clause_tells_an_event_has_no_content_of_its_own(nlp):
    # seed 003 (storyline demo): the announcement reports the talks; with the clause as its content it was a second
    # row of the same happening ('Former President Donald Trump announced he had engaged ...' beside the call)
    text = ("Former President Donald Trump announced on Wednesday that he had engaged in discussions with Russian "
            "President Vladimir Putin regarding the resolution of the ongoing war in Ukraine.")
    found = _events_in(nlp, text, "2025-02-12")
    assert [m.object for m in found if m.trigger == "announced"] == [None]
    assert any(m.trigger == "discussions" for m in found)


@pytest.mark.parametrize("text, published, trigger, own", [
    # bpoil_bbc: a total so far, bounded by a day, is no happening of that day
    ("By Monday, between 89m gallons (337m litres) and 176m gallons of oil had leaked into the Gulf, according to "
     "government estimates.", "2010-07-13", "leaked", False),
    # H1N1_reuters: a count confirmed so far
    ("By Friday, WHO had confirmed 44,287 cases of the new flu and 180 deaths, with Laos, Oman, Papua New Guinea, "
     "South Africa all reporting their first cases.", "2009-06-20", "confirmed", False),
    # bpoil_washingtonpost: nothing counted: the oil's arrival by Sunday stays its happening of Sunday
    ("By Sunday, evidence of the oil had traveled west, to a narrow waterway known as the Rigolets.", "2010-06-01",
     "traveled", True),
])
def test_a_tally_by_a_day_is_not_dated_by_it(nlp, text, published, trigger, own):
    found = [m for m in _events_in(nlp, text, published) if m.trigger == trigger]
    assert found and all((m.dated_by == "own") == own for m in found), [(m.date, m.dated_by) for m in found]


def test_a_happening_that_agreed_is_no_plan(nlp):
    from storyline.story.events import event_status

    # H1N1_reuters: the meeting is who agreed, not what was agreed on
    text = ("The meeting agreed late on Saturday after a good-humored two-day session to forward a framework agreement "
            "on sharing influenza viruses and on access to vaccine benefits.")
    assert event_status(next(tok for tok in nlp(text) if tok.text == "meeting"), text) == "happened"


def test_text_glued_before_a_sentence_without_a_full_stop_is_no_evidence(nlp):
    # bpoil_bbc (round 11's held-out sheet, rows 4 and 11): an analysis box and a photo caption run into the sentence
    box = ("President Obama is doing his best to make sure the wave of blame that is bound to follow does not lap against "
           "the doors of the White House On Friday, President Barack Obama suggested BP and other firms were trying to "
           "duck responsibility, as he condemned a \"ridiculous spectacle\" of oil executives shifting blame in US "
           "congressional hearings.")
    suggested = [m for m in _events_in(nlp, box, "2010-05-15") if m.trigger == "suggested"]
    assert [(m.sentence[:36], m.date) for m in suggested] == [("On Friday, President Barack Obama su", "2010-05-14")]
    caption = ("Mr Hayward's attended a meeting of the BP board on Monday Many say that, from a public relations point of "
               "view, Mr Dudley has the advantage of being American.")
    assert not [m for m in _events_in(nlp, caption, "2010-07-26") if m.trigger == "meeting"]


def test_a_capitalised_article_of_a_name_is_no_glued_sentence(nlp):
    from storyline.story.events import after_glued_text

    # 'The Associated Press' is one entity, so 'The' there is never a candidate; 'The Times' has no entity
    parsed = nlp("The minister told The Times on Sunday that the plan would go ahead.")
    assert after_glued_text(parsed[:]).text == parsed.text


def test_a_title_or_a_name_running_across_a_capitalised_stop_word_is_no_glued_sentence(nlp):
    # review of d69fce2: a title after its verb, a name whose modifier comes before it, a name of one phrase
    from storyline.story.events import after_glued_text

    for text in ("Police arrested two men at a protest outside a school that banned Of Mice and Men, officials said "
                 "on Monday.",
                 "Students read Of Mice and Men in the first term, the school said.",
                 "After the failed Top Kill operation, BP engineers met on Thursday to plan a containment cap.",
                 "Officials said the Macondo Well poses no continuing threat."):
        parsed = nlp(text)
        assert after_glued_text(parsed[:]).text == parsed.text, text


def test_a_later_title_does_not_undo_a_glued_caption_cut(nlp):
    from storyline.story.events import after_glued_text

    parsed = nlp("BP chief executive Tony Hayward speaks to reporters On Friday, Obama met fishermen whose children had "
                 "studied Of Mice and Men at school.")
    assert after_glued_text(parsed[:]).text.startswith("On Friday, Obama met fishermen")


# Review of the round-12 rules (7e10124, 31196ef): the reviewer's own sentences, written in the stories' manner.
@pytest.mark.parametrize("text, published, trigger", [
    # the saying's later day does not date the deaths that came about by Friday
    ("By Friday, 26 people had died in Mexico, officials said on Sunday.", "2009-05-04", "died"),
    # nor does the week before publication, past the Friday
    ("By Friday, the virus had killed 26 people in Mexico.", "2009-05-04", "killed"),
])
def test_a_tally_by_a_day_ends_on_that_day(nlp, text, published, trigger):
    found = [m for m in _events_in(nlp, text, published) if m.trigger == trigger]
    assert found and all(m.date is None and m.date_range and m.date_range[1] == "2009-05-01" and m.dated_by != "own"
                         for m in found), [(m.date, m.date_range, m.dated_by) for m in found]


def test_a_counted_subject_of_an_act_with_its_own_object_counts_no_tally(nlp):
    text = "By Monday, the two leaders, Obama and Calderon, had signed a ceasefire agreement in Geneva."
    found = [m for m in _events_in(nlp, text, "2010-06-08") if m.trigger == "signed"]
    assert [(m.date, m.dated_by) for m in found] == [("2010-06-07", "own")]


def test_only_who_agreed_is_no_plan(nlp):
    from storyline.story.events import event_status

    text = "Talks between Russia and Georgia set to resume on Monday in Geneva."
    assert event_status(next(tok for tok in nlp(text) if tok.text == "Talks"), text) == "planned"


@pytest.mark.parametrize("text", [
    "In a meeting with Hillary Clinton on Tuesday, Sergei Lavrov said that Russia would veto the resolution.",
    "In a meeting on Tuesday, Barack Obama told Tony Hayward that BP had agreed to pay.",
])
def test_what_is_said_in_a_meeting_is_not_the_meetings_object(nlp, text):
    found = [m for m in _events_in(nlp, text, "2010-06-08") if m.trigger == "meeting"]
    assert [m.object for m in found] == [None]


def test_a_statement_tells_its_clause_without_the_complementizer(nlp):
    text = "In a statement on Tuesday, Barack Obama told Tony Hayward that BP had agreed to pay."
    found = [m for m in _events_in(nlp, text, "2010-06-08") if m.trigger == "statement"]
    assert found and all(m.object and not m.object.startswith("that ") for m in found), [m.object for m in found]


@pytest.mark.parametrize("text, published, trigger", [
    # a non-answer, a forecast, a feeling and a possibility are no content a statement tells
    ("The World Health Organization announced on Monday that it was too early to say whether the virus would "
     "spread.", "2009-05-04", "announced"),
    ("BP announced on Tuesday that it expects the spill to be stopped by August.", "2010-06-08", "announced"),
    ("In a statement on Tuesday, Tony Hayward said he was deeply sorry.", "2010-06-08", "statement"),
    ("Barack Obama warned on Tuesday that the spill could be the worst environmental disaster in US history.",
     "2010-06-08", "warned"),
    # bpoil_bbc (unseen140, 11 June 2010): 'will' forecasts as 'would' does
    ('US Attorney General Eric Holder has warned that Washington will" not pay a dime "for cleaning up and that BP will '
     'be held responsible for all damages.', "2010-06-11", "warned"),
])
def test_an_opinion_or_forecast_is_no_statements_content(nlp, text, published, trigger):
    found = [m for m in _events_in(nlp, text, published) if m.trigger == trigger]
    assert found and [m.object for m in found] == [None] * len(found)


@pytest.mark.parametrize("text, published, trigger", [
    # session 23 review of 8975aa3: "announced that it will ..." reports a decision that was taken, not a forecast
    ("The World Health Organization announced that it will raise its pandemic alert to phase 5.", "2009-04-29",
     "announced"),
    ("Toyota confirmed on Tuesday that it will recall 2.3 million vehicles in the United States.", "2010-01-27",
     "confirmed"),
    ("The company announced on Monday that it will cut 500 jobs at its plant in Ohio.", "2010-06-08", "announced"),
])
def test_an_announced_decision_is_the_statements_content(nlp, text, published, trigger):
    found = [m for m in _events_in(nlp, text, published) if m.trigger == trigger]
    assert found and all(m.object and "will" in m.object for m in found), [m.object for m in found]


@pytest.mark.parametrize("text, published, trigger, parties, not_parties", [
    # Timeline17 H1N1_guardian: a contact told inside another clause has the clause's parties, not the sayer's
    # or the main act's (the sayer, the accuser, the place where something else was done)
    ("Nicola Sturgeon said the pair who flew back to Scotland on April 21 had not been in an area affected by the "
     "outbreak.", "2009-04-30", "flew", ["Scotland"], ["Nicola Sturgeon"]),
    ("A woman from Fife is thought to have contracted the H1N1 virus in Las Vegas before flying home on 30 April, and "
     "is now under voluntary quarantine at her home.", "2009-05-03", "flying", ["Fife"], ["Las Vegas"]),
    # the parse makes 'the US president' the subject of 'visited' and the accusation its complement
    ("Fidel Castro accused Mexico of failing to disclose the spread of swine flu until after Barack Obama, the US "
     "president, had visited the country on 16 April.", "2009-04-29", "visited", ["Barack Obama"],
     ["Fidel Castro", "Mexico"]),
    # a personal pronoun's act is its sayer's (seed 004)
    ("President Donald Trump on Wednesday said he had spoken with Russian President Vladimir Putin about ending the "
     "war in Ukraine.", "2025-02-12", "spoken", ["Donald Trump", "Vladimir Putin"], []),
])
def test_a_subordinate_contacts_parties_are_its_own_clauses(nlp, text, published, trigger, parties, not_parties):
    from storyline.model import Document
    from storyline.nlp.entities import extract_mentions
    from storyline.nlp.time import extract_timexes

    doc, parsed = Document(id="d", source="s", text=text, published=published), nlp(text)
    found = extract_event_mentions(parsed, doc, extract_timexes(text, published, "d", parsed), extract_mentions(parsed, "d"))
    contact = next(m for m in found if m.trigger == trigger)
    roles = dict(zip(contact.participants, contact.roles))
    assert all(roles.get(party) in {"agent", "with", "patient"} for party in parties), roles
    assert roles[parties[0]] in ({"agent"} if trigger != "flew" else {"patient"}), roles
    assert not set(not_parties) & set(roles), roles


def test_a_weekday_closing_an_objects_participle_dates_the_act(nlp):
    from storyline.model import Document
    from storyline.nlp.entities import extract_mentions
    from storyline.nlp.time import extract_timexes

    # Timeline17 bpoil coverage: the parse hangs 'at the White House on Thursday' on 'killed'
    text = "Mr Obama met families of those killed in disaster at the White House on Thursday."
    doc, parsed = Document(id="d", source="s", text=text, published="2010-06-11"), nlp(text)
    found = extract_event_mentions(parsed, doc, extract_timexes(text, "2010-06-11", "d", parsed), extract_mentions(parsed, "d"))
    meeting = next(m for m in found if m.type == "meeting")
    assert (meeting.date, meeting.dated_by) == ("2010-06-10", "own")
    assert all(m.date != "2010-06-10" for m in found if m.type == "death")
    # a relative clause with its own verb keeps its day
    text = ("Canada's defense minister Peter MacKay demanded an apology from the presenter before attending a "
            "repatriation ceremony for Canadian troops who were killed in Afghanistan last Friday.")
    doc, parsed = Document(id="d", source="s", text=text, published="2009-03-30"), nlp(text)
    found = extract_event_mentions(parsed, doc, extract_timexes(text, "2009-03-30", "d", parsed), extract_mentions(parsed, "d"))
    assert [m.date for m in found if m.type == "death"] == ["2009-03-27"]


def _roles_of(nlp, text, published, trigger):
    from storyline.model import Document
    from storyline.nlp.entities import extract_mentions
    from storyline.nlp.time import extract_timexes

    doc, parsed = Document(id="d", source="s", text=text, published=published), nlp(text)
    found = extract_event_mentions(parsed, doc, extract_timexes(text, published, "d", parsed), extract_mentions(parsed, "d"))
    mention = next(m for m in found if m.trigger == trigger)
    return dict(zip(mention.participants, mention.roles))


@pytest.mark.parametrize("text, trigger, name", [
    # review of events14: a person in a fronted phrase is no apposition of the subject after its comma
    ("After talks with Xi Jinping, the German chancellor visited Shanghai on Tuesday.", "visited", "Xi Jinping"),
    ("In a phone call with Vladimir Putin, the French president demanded a ceasefire.", "demanded", "Vladimir Putin"),
    ("Speaking after talks with Joe Biden, the Israeli prime minister said a deal was close.", "talks", "Joe Biden"),
    # ... and a pronoun is its sayer's only when a person says it of one person
    ("Putin thanked Xi Jinping after he visited Moscow on Monday.", "visited", "Putin"),
    ("Angela Merkel said they met Xi Jinping in Beijing on Monday.", "met", "Angela Merkel"),
    ("The White House said he spoke with Xi Jinping on Tuesday.", "spoke", "White House"),
])
def test_a_fronted_phrases_person_or_an_unsaid_pronoun_is_no_doer(nlp, text, trigger, name):
    assert _roles_of(nlp, text, "2024-04-17", trigger).get(name) != "agent"


def test_a_pronoun_a_person_says_of_himself_is_the_sayer(nlp):
    roles = _roles_of(nlp, "Obama said he met Putin on Tuesday.", "2014-04-17", "met")
    assert (roles.get("Obama"), roles.get("Putin")) == ("agent", "patient"), roles


@pytest.mark.parametrize("text, published, event_type", [
    # review of events14: after a phrase that is no venue the weekday is as often the participle's own act's day
    # (the shooting's, the crash's), so the act is dated by its sentence, not sure
    ("Joe Biden met families of victims killed in the shooting at a Buffalo supermarket on Saturday.", "2022-05-17",
     "meeting"),
    ("Boeing's chief executive met relatives of passengers killed in the crash in Ethiopia on Sunday.", "2019-03-13",
     "meeting"),
    ("The governor visited survivors injured in the blast in Texas on Tuesday.", "2024-04-17", "visit"),
])
def test_a_weekday_after_a_participles_non_venue_phrase_is_no_sure_day_of_the_act(nlp, text, published, event_type):
    from storyline.model import Document
    from storyline.nlp.entities import extract_mentions
    from storyline.nlp.time import extract_timexes

    doc, parsed = Document(id="d", source="s", text=text, published=published), nlp(text)
    found = extract_event_mentions(parsed, doc, extract_timexes(text, published, "d", parsed), extract_mentions(parsed, "d"))
    act = next(m for m in found if m.type == event_type)
    assert act.dated_by != "own", (act.date, act.dated_by)


@pytest.mark.parametrize("text, published, trigger, day", [
    # H1N1_guardian (3 and 26 May 2009): the count a past reporting verb confirms is the tally as of its day
    ("The World Health Organisation yesterday confirmed 787 H1N1 infections in 17 countries.", "2009-05-03",
     "infections", "2009-05-02"),
    # a recording verb of the same meaning
    ("The World Health Organisation yesterday recorded 787 H1N1 infections in 17 countries.", "2009-05-03",
     "infections", "2009-05-02"),
])
def test_a_count_a_past_reporting_verb_confirms_is_dated_by_it(nlp, text, published, trigger, day):
    found = [m for m in _events_in(nlp, text, published) if m.trigger == trigger]
    assert [(m.date, m.dated_by) for m in found] == [(day, "own")]


@pytest.mark.parametrize("text, published, trigger", [
    # a tally so far (the perfect) keeps the reading of a tally: its day is not the count's happening
    ("On Friday, the World Health Organisation had confirmed 787 H1N1 infections in 17 countries.", "2009-05-03",
     "infections"),
    ("Mexico, the worst-hit country, has reported 176 deaths from the new strain on Monday.", "2009-05-05", "deaths"),
    # a saying about the count, not a record of it
    ("The World Health Organisation yesterday described 787 H1N1 infections in 17 countries.", "2009-05-03",
     "infections"),
    # uncounted: a death a hospital reported is a happening the report tells, not a count as of the report's day
    ("Bellflower Medical Center yesterday reported a death in Long Beach.", "2009-04-28", "death"),
])
def test_no_count_reported_as_of_the_day_keeps_its_dating(nlp, text, published, trigger):
    found = [m for m in _events_in(nlp, text, published) if m.trigger == trigger]
    assert found and all(m.dated_by != "own" for m in found), [(m.date, m.dated_by) for m in found]


@pytest.mark.parametrize("text, published, trigger, day", [
    # H1N1_guardian (28 April 2009): the parse hangs 'Monday afternoon' on 'death'; the dater read it as the day of
    # the report the death is the object of and skipped it, leaving the death undated
    ("Coroner's spokesman Craig Harvey said Bellflower Medical Center reported the death of a 33-year Long Beach "
     "resident Monday afternoon from symptoms resembling swine flu.", "2009-04-28", "death", "2009-04-27"),
    # H1N1_guardian (10 May 2009): the parse hangs 'yesterday', closing the subject, on the copula after it
    ("The death of a 53-year-old man in Costa Rica yesterday was the first involving swine flu outside North America.",
     "2009-05-10", "death", "2009-05-09"),
])
def test_a_time_in_a_known_happenings_own_phrase_dates_it_under_a_report(nlp, text, published, trigger, day):
    found = [m for m in _events_in(nlp, text, published) if m.trigger == trigger]
    assert [(m.date, m.dated_by) for m in found] == [(day, "own")]


@pytest.mark.parametrize("text, published, trigger", [
    # a time after the verb tells when the state held, not the known happening's day
    ("The death of a 53-year-old man in Costa Rica was yesterday the first involving swine flu outside North America.",
     "2009-05-10", "death"),
])
def test_a_time_after_the_verb_is_no_day_of_its_known_subject(nlp, text, published, trigger):
    found = [m for m in _events_in(nlp, text, published) if m.trigger == trigger]
    assert found and all(m.date is None for m in found), [(m.date, m.dated_by) for m in found]


def _mentions_of(nlp, text, published):
    from storyline.model import Document
    from storyline.nlp.entities import extract_mentions
    from storyline.nlp.time import extract_timexes

    doc = Document(id="entry", source="test", text=text, published=published)
    parsed = nlp(text)
    timexes = extract_timexes(text, published, doc.id, parsed)
    return extract_event_mentions(parsed, doc, timexes, extract_mentions(parsed, doc.id))


def test_chronology_entry_dates_its_acts_by_its_day_as_done(nlp):
    """A Reuters timeline box (bpoil_reuters, 16 June 2010): each entry opens with its day and tells that
    day's acts in the historical present; an entry going on with '--' keeps its day. Before the rule the
    visit was no act told as done (a present 'scene') and Hayward's flight was dated by the publication week."""
    text = ("Below is a timeline of the spill and its impact. May 2 - Obama visits the Gulf Coast. "
            "May 28 - Obama tours the Louisiana coast, saying, \"I am the president and the buck stops with me.\" "
            "-- BP CEO Tony Hayward flies over the Gulf. June 24 - A U.S. judge refuses to put on hold his decision "
            "to lift a ban on deepwater drilling imposed after the spill. May 31 - The U.S. government and BP are "
            "warning that the blown-out oil well may not be stopped until August.")
    found = {m.trigger: m for m in _mentions_of(nlp, text, "2010-07-23")}
    assert (found["visits"].date, found["visits"].dated_by, found["visits"].realis) == ("2010-05-02", "own", True)
    assert (found["flies"].date, found["flies"].dated_by, found["flies"].realis) == ("2010-05-28", "own", True)
    assert (found["refuses"].date, found["refuses"].realis) == ("2010-06-24", True)
    assert not found["warning"].realis  # the progressive is a state, a chronology's or not


def test_chronology_entry_leaves_a_named_noun_and_prose_dates_alone(nlp):
    """The entry's day is not the day of a noun one of its acts names ('the largest oil spill in U.S.
    history'), and a sentence opening with a date as prose does ('On May 2 Obama visited') is no entry,
    nor is a caption's present ('Oil floats ... June 2, 2010.')."""
    text = ("May 29 - BP says the complex top kill maneuver to plug the well has failed, crushing hopes for a quick "
            "end to the largest oil spill in U.S. history on its 40th day. "
            "A rig recovers oil near the site of the Deepwater Horizon spill June 2, 2010.")
    found = _mentions_of(nlp, text, "2010-06-16")
    spills = [m for m in found if m.trigger == "spill"]
    assert spills and all(m.date != "2010-05-29" for m in spills), [(m.trigger, m.date) for m in found]
    assert not any(m.realis and m.sentence.startswith("A rig recovers") for m in found)


@pytest.mark.parametrize("text, published, trigger, day", [
    # bpoil_reuters, told on Tuesday 2010-06-15: Hayward testified on Thursday 2010-06-17, not the Thursday before
    ("McKay, who appeared drawn but showed little emotion, did not offer much new ahead of Thursday's testimony by "
     "BP's chief executive, Tony Hayward, on Capitol Hill.", "2010-06-15", "testimony", "2010-06-17"),
    # bpoil_reuters, told on Monday 2010-06-14: the hearings were on 2010-06-15 and 06-17, still ahead
    ("Ahead of congressional hearings on Tuesday and Thursday, lawmakers Henry Waxman and Bart Stupak released a "
     "letter to BP Chief Executive Tony Hayward.", "2010-06-14", "hearings", "2010-06-15"),
])
def test_a_day_an_act_is_placed_ahead_of_is_not_before_the_act(nlp, text, published, trigger, day):
    """The day name of a happening a recent act was placed ahead of resolves forward from the act
    (nlp.time.tense._placed_ahead), so the happening stays planned instead of a past 'happened' row."""
    found = [m for m in _events_in(nlp, text, published) if m.trigger == trigger]
    assert [(m.status, m.date) for m in found] == [("planned", day)]


@pytest.mark.parametrize("text, published, trigger, event_type", [
    # H1N1_reuters: a running count, not deaths of the Monday the sentence names
    ("A new virus has killed up to 149 people in Mexico and the World Health Organisation moved closer on Monday to "
     "declaring it the first flu pandemic in 40 years as more people were infected in the United States and Europe.",
     "2009-04-27", "killed", "tally"),
    ("Although the new flu strain has so far killed people only in Mexico, there were more than 40 confirmed cases in "
     "the United States, including 20 at a New York City school where eight cases were already identified.",
     "2009-04-27", "killed", "tally"),
    # a death of a day stays one
    ("A 23-month-old child died in Texas on Wednesday, becoming the first death from swine flu outside Mexico, where "
     "the H1N1 strain raised alarms when it killed young adults who are normally more resilient than babies and the "
     "elderly.", "2009-04-30", "died", "death"),
])
def test_a_count_up_to_a_day_is_a_tally_not_a_death(nlp, text, published, trigger, event_type):
    """A tally reports how many by a day (story.events.tells_a_tally): typed `tally`, it is no happening of that
    day, so it neither clusters with the deaths it counts nor makes a default-timeline row."""
    found = [m for m in _events_in(nlp, text, published) if m.trigger == trigger]
    assert [m.type for m in found] == [event_type]


@pytest.mark.parametrize("text, published, trigger, event_type", [
    # events18, bpoil_guardian 2010-06-15: a count in the perfect with nothing marking it as accumulated is the
    # disaster's toll, fresh news, not a running count (was a tally)
    ("The Pioneer and Hindustan newspapers ran headlines last week repeating the charge that the US reaction to the "
     "Gulf Coast disaster, which has killed 11 people, and to Bhopal, where at least 15,000 died as a result of "
     "exposure to toxic gases leaking from a US-owned pesticide plant, was evidence of double standards.",
     "2010-06-15", "killed", "death"),
    # a marker of accumulation: 'since' (H1N1_guardian 2009-05-01), a count added to an earlier one (H1N1_reuters
    # 2009-05-10); a cause that kills over weeks: a disease as the 'from' cause or as the by-agent (H1N1_reuters)
    ("Egypt also continues to have cases of bird flu 26 people have died there since 2006, making it the "
     "worst-affected country outside Asia, where the disease originated.", "2009-05-01", "died", "tally"),
    ("Another 48 people have died in Mexico and one each in Canada and Costa Rica.", "2009-05-10", "died", "tally"),
    ("Twenty six people have died in Egypt from the highly pathogenic H5N1 bird flu virus and experts fear any flu "
     "pandemic could have a devastating impact in a country where most of the roughly 80 million people live in the "
     "densely packed Nile Valley, many in crowded slums in and around Cairo.", "2009-04-29", "died", "tally"),
    # the disease as the subject the parse hangs on the first of two coordinated verbs (H1N1_reuters 2009-04-30)
    ("The new strain, a strange mix of two swine flu strains with dribblings of genetic material from avian and human "
     "flu virus, may have killed up to 176 people in Mexico and a toddler in Texas.", "2009-04-30", "killed", "tally"),
])
def test_a_count_in_the_perfect_is_a_tally_only_when_marked_as_accumulated(nlp, text, published, trigger, event_type):
    """Fresh news is told in the perfect too (story.events.tells_a_tally): a tally needs a marker of accumulation
    or a lasting cause, else the count is the happening's."""
    found = [m for m in _events_in(nlp, text, published) if m.trigger == trigger]
    assert [m.type for m in found] == [event_type], [(m.trigger, m.type) for m in found]


@pytest.mark.parametrize("text, published, event_type", [
    # events18, H1N1_reuters: a counted death noun told as a running count (each was a death)
    ("The World Health Organization is now reporting more than 67,000 confirmed cases of H1N1 flu and some 300 "
     "deaths worldwide.", "2009-06-26", "tally"),
    ("To date, 27 deaths have been officially confirmed -- 26 in Mexico and one in the United States -- though more "
     "than 100 are suspected to have died from the flu.", "2009-05-05", "tally"),
    ("There have been two deaths in the United States.", "2009-05-07", "tally"),
    ("The WHO has confirmed eight deaths although many more people are suspected to have died from the virus.",
     "2009-04-30", "tally"),
    ("So far the H1N1 swine flu virus has not been anywhere near as deadly, with 176 suspected deaths in Mexico, one "
     "in the United States, and mostly mild cases in nine other countries.", "2009-04-30", "tally"),
    # issue #13 round 21: deaths counted 'with' a figure of cases, one line of the totals (H1N1_reuters, H1N1_guardian)
    ("The WHO, whose data lags national tallies, earlier put the number of confirmed worldwide cases of the flu "
     "strain, a mix of swine, human and avian viruses, at 8,480, with 72 deaths.", "2009-05-22", "tally"),
    ("There have been 8,585 probable and confirmed US cases of the the new H1N1 strain, with 12 deaths and 507 "
     "hospitalisations.", "2009-05-22", "tally"),
    # the first deaths of a place are the news, not a count (H1N1_reuters 2009-06-01)
    ("California health officials reported the state's first two deaths from the swine flu virus, bringing the "
     "nationwide total to 19 fatalities.", "2009-06-01", "death"),
])
def test_a_counted_death_noun_told_as_a_running_count_is_a_tally(nlp, text, published, event_type):
    found = [m for m in _events_in(nlp, text, published) if m.trigger in {"deaths", "fatalities"}]
    assert found and found[0].type == event_type, [(m.trigger, m.type) for m in found]


@pytest.mark.parametrize("text, published, trigger", [
    # events18: 'call' in senses other than phoning was a phone call
    # an idiom (bpoil_reuters; it joined a 'BP Plc – White House phone call' row of the default timeline)
    ("A lower flow rate would call into question the government's estimates that BP's Macondo well spewed a total of "
     "4.9 million barrels of oil this summer and would impact the amount of fines BP would have to pay for the "
     "drilling disaster.", "2010-12-03", "call"),
    # naming (MJ_bbc, bpoil_guardian)
    ("Often called the King of Pop, Jackson will be remembered as one of the greatest entertainers of all time, "
     "having sold more than 250 million albums around the world.", "2009-06-27", "called"),
    ("Her work has been exhibited in London and Australia, and her latest book of poetry is called The Book Of "
     "Mirrors.", "2010-02-27", "called"),
    ("At Alabama's Orange Beach, at the western edge of a stretch of highrise hotels and condominiums that some call "
     "the Redneck Riviera, the oil was washing up in thick lumps faster than the hundreds of cleanup workers could "
     "shovel it up.", "2010-06-13", "call"),
    # summoning a witness (MJ_bbc)
    ("On Tuesday, the prosecution called their own propofol expert, Dr Steven Shafer, as a rebuttal witness to "
     "counter arguments put forth by Dr White.", "2011-11-01", "called"),
    # another kind of call named by its modifier (H1N1_reuters)
    ("NASA has made four previous servicing calls to Hubble to repair equipment and install new science "
     "instruments.", "2009-04-30", "calls"),
    # naming a thing, which the parser reads as two predicates (H1N1_bbc 140, session 49: a planned 'Phone call')
    ("Meanwhile the WHO says it will now call the virus influenza A (H1N1) rather than swine flu.", "2009-05-01",
     "call"),
])
def test_call_in_another_sense_than_phoning_is_no_call(nlp, text, published, trigger):
    found = [m for m in _events_in(nlp, text, published) if m.trigger == trigger]
    assert not found, [(m.trigger, m.type) for m in found]


@pytest.mark.parametrize("text, published", [
    # events18: calls the parse split from their 'for' or infinitive are demands (bpoil_reuters, bpoil_guardian)
    ("Investors and analysts said Hayward may cling on despite calls by some U.S. lawmakers for BP to \"clean house,\" "
     "but the future was less certain for Svanberg.", "2010-06-18"),
    ("This may assuage some of the fury vented at the British company, which faces calls for its US assets to be "
     "seized.", "2010-06-07"),
    ("In New York, BP's U.S.-listed shares tumbled 9.71 percent on investor concern the company may give in to calls "
     "by U.S. politicians to suspend its quarterly dividend.", "2010-06-14"),
])
def test_calls_for_an_act_are_demands_not_phone_calls(nlp, text, published):
    found = [m.type for m in _events_in(nlp, text, published) if m.trigger == "calls"]
    assert found == ["demand"], found


def test_a_call_over_a_medium_or_with_someone_stays_a_call(nlp):
    # a conference call's purpose is no demand (bpoil_guardian, Lubchenco 'took part in a conference call with the
    # governors of the gulf states on Friday')
    text = ("Similar fears were also stressed by Jane Lubchenco, head of the US National Oceanic and Atmospheric "
            "Administration, after she took part in a conference call with the governors of the gulf states on Friday.")
    assert [m.type for m in _events_in(nlp, text, "2010-05-02") if m.trigger == "call"] == ["call"]


def test_a_posting_stamp_before_a_dateline_dates_no_act(nlp):
    # events18, H1N1_reuters (published 2009-06-13): the page's stamp '2009 06 13 00:11 JST' dated the declaration of
    # Thursday 11 June on the 13th, a second default row of the declaration; its '06' was counted as the subject's
    text = ("2009 06 13 00:11 JST GENEVA (Reuters) - The World Health Organization declared an influenza pandemic on "
            "Thursday and advised governments to prepare for a long-term battle against an unstoppable new flu virus.")
    found = [m for m in _events_in(nlp, text, "2009-06-13") if m.trigger == "declared"]
    assert [(m.date, m.dated_by, m.count) for m in found] == [("2009-06-11", "own", None)]


@pytest.mark.parametrize("text, published, event_type", [
    # events18: 'insist' with an indicative complement asserts (bpoil_guardian: a default row typed demand; MJ_bbc)
    ("BP insisted last night that its contingency plan had worked, despite coming under fire in Congress for "
     "minimizing the risks of offshore drilling and trying to shirk blame for the oil disaster in the Gulf of Mexico.",
     "2010-05-11", "statement"),
    ("A spokeswoman for Dr Murray insisted he was not a suspect in the case.", "2009-06-28", "statement"),
    # with a directive one it demands: a modal of obligation (bpoil_guardian), the subjunctive (MJ_bbc)
    ("Senate leaders insisted the $20bn ring-fenced account should be exclusively for \"payment of economic damages "
     "and clean-up costs\" and should not be seen as a cap on BP's other legal liabilities.", "2010-06-14", "demand"),
    ("\"AEG insisted that he attend every rehearsal in a gruelling schedule, threatening that if he missed even one "
     "more they would cancel the tour,\" Mrs Jackson said.", "2011-02-03", "demand"),
])
def test_insisting_on_a_fact_is_a_statement_not_a_demand(nlp, text, published, event_type):
    found = [m.type for m in _events_in(nlp, text, published) if m.trigger == "insisted"]
    assert found == [event_type], found


@pytest.mark.parametrize("text, published, trigger, event_type", [
    # events18, bpoil_guardian: two default rows typed attack were words of censure
    ("The energy and commerce committee attacked BP last night by accusing it of taking dangerous shortcuts when "
     "drilling the well, which has been spewing oil into the Gulf of Mexico for 55 days.", "2010-06-15", "attacked",
     "statement"),
    ("Transocean has struck back this afternoon however, accusing BP of trying to conceal its own failings in the "
     "report.", "2010-09-08", "struck", "statement"),
    # a participle of plain saying goes with any act: the strike stays an attack
    ("Israeli jets struck Gaza on Sunday, saying they targeted militants.", "2024-06-10", "struck", "attack"),
])
def test_an_attack_made_in_words_is_a_statement(nlp, text, published, trigger, event_type):
    found = [m for m in _events_in(nlp, text, published) if m.trigger == trigger]
    assert [m.type for m in found] == [event_type], found
    # what the words said is the statement's object, so it still tells something (a default row, as it was)
    assert event_type != "statement" or found[0].object.startswith("accusing"), found[0].object


@pytest.mark.parametrize("text, published", [
    # events18: a trigger word that is part of a name (an organisation, a band) is no event (bpoil_reuters: 27 'Shell'
    # attacks among the evidence sentences of the development stores; MJ_bbc)
    ("Shell shut subsea production at two platforms and BP evacuated some personnel from three platforms due to the "
     "threat of Alex, the companies said on Sunday.", "2010-06-28"),
    ("The buyer most likely will be Chevron, or Royal Dutch Shell.", "2010-06-10"),
    ("Albums previously showcased include Massive Attack's Heligoland and Gorillaz's Plastic Beach.", "2010-04-16"),
])
def test_a_trigger_word_in_a_name_is_no_event(nlp, text, published):
    found = [m.trigger for m in _events_in(nlp, text, published) if m.type == "attack"]
    assert not found, found


def test_an_agreement_named_in_capitals_stays_an_agreement(nlp):
    # events18, bpoil_reuters 2010-12-23: the name of a deal is the deal's own, unlike 'Royal Dutch Shell'
    text = ("The deal was executed on June 11 in a \"Transfer, Withdrawal, Release and Indemnity Agreement\" whereby "
            "Contogouris gave up his 28% share and Baldwin gave up his 10% share in OTS for about $2 million total.")
    # the named agreement gives the deal its party (Contogouris); without it the deal names nobody and is not kept
    assert [(m.type, m.participants) for m in _events_in(nlp, text, "2010-12-23")] == [("agree", ["Contogouris"])]


def _mentions_in(nlp, text, published):
    from storyline.model import Document
    from storyline.nlp.entities import extract_mentions
    from storyline.nlp.time import extract_timexes

    doc, parsed = Document(id="d", source="s", text=text, published=published), nlp(text)
    return extract_event_mentions(parsed, doc, extract_timexes(text, published, "d", parsed), extract_mentions(parsed, "d"))


def test_a_finite_clause_after_a_misread_preposition_has_its_own_doer_and_day(nlp):
    """H1N1_reuters 2 May 2009 (issue #13 round 18): 'after Hong Kong authorities' is parsed as a preposition's
    phrase and 'confirmed' as a clause without a subject; the confirmation was China's, dated Friday. A clause with a
    tense of its own never takes the main clause's subject: who confirmed is the noun before it."""
    found = _mentions_in(nlp, "China suspended flights to Mexico after Hong Kong authorities on Friday confirmed a "
                              "Mexican man who flew via the Chinese mainland was infected with the flu strain.", "2009-05-02")
    confirmed = [m for m in found if m.trigger == "confirmed"]
    assert [(m.participants, m.roles, m.date, m.dated_by) for m in confirmed] == [
        (["Hong Kong"], ["agent"], "2009-05-01", "own")], [(m.participants, m.date) for m in confirmed]


@pytest.mark.parametrize("text, published, trigger, not_party", [
    # H1N1_reuters: a relative clause describing another noun ('her host') tells that noun's act
    ("She urged reforms across the region, specifically targeting her host, which drew anger from Cairo.",
     "2009-05-05", "urged", "Cairo"),
    # H1N1_reuters: the saying hung in an adverbial clause with its own subject
    ("The cruise liner's next destination was Barbados on Tuesday, but health officials refused to let the ship dock "
     "because 43 crew members exhibited flu-like symptoms, the Barbados Ministry of Health said in a statement.",
     "2009-06-17", "refused", "Barbados Ministry of Health"),
    # bpoil_reuters: a relative clause on the trigger with a subject of its own is that subject's saying
    ("Anadarko has a much smaller balance sheet than BP, and far less capacity to absorb big liabilities from the "
     "spill, which Chief Executive James Hackett said was \"preventable\" and resulted from BP's \"reckless\" conduct.",
     "2010-08-02", "spill", "James Hackett"),
    # bpoil_reuters: a joined verb with its own object is another act ('pointed the finger at ... Transocean')
    ("BP accepted some responsibility for the disaster but pointed the finger at what it said were major failures by "
     "Transocean Ltd, the operator of the ill-fated Deepwater Horizon oil rig, and oil services company Halliburton, "
     "which cemented the deep-sea well that ruptured on April 20.", "2010-09-09", "accepted", "Transocean Ltd"),
])
def test_a_subordinate_clauses_names_are_its_own_acts_parties(nlp, text, published, trigger, not_party):
    """Issue #13 round 18, the sample of 60 events (docs/judged/parties18-sample.md): names in a clause that tells
    another act were the trigger's parties."""
    found = [m for m in _mentions_in(nlp, text, published) if m.trigger == trigger]
    assert all(not_party not in m.participants for m in found), [(m.trigger, m.participants) for m in found]


def test_a_relative_clause_of_the_trigger_itself_still_names_its_parties(nlp):
    """The relative pronoun is the trigger ('the quake which struck Haiti'): the clause tells the trigger's own
    happening, its names are its parties (round 18 keeps them)."""
    found = [m for m in _mentions_in(nlp, "Rescuers searched the rubble after the earthquake which struck Haiti on "
                                          "Tuesday.", "2010-01-14") if m.type == "earthquake"]
    assert found and all("Haiti" in m.participants for m in found), [(m.trigger, m.participants) for m in found]


def test_a_happening_that_is_the_subject_lends_no_party_to_another(nlp):
    """bpoil_reuters 2010 (round 18): 'The Deepwater Horizon explosion ... has revived painful memories of the Piper
    Alpha oil platform explosion' - the Piper Alpha explosion took the Horizon explosion's name as its agent, then
    the two were one mention; what a happening 'revived' is not done by its names, and the Horizon explosion is not
    where the North Sea one befell."""
    found = [m for m in _mentions_in(nlp, "The Deepwater Horizon explosion, which left 11 dead, has revived painful "
                                          "memories of the Piper Alpha oil platform explosion and fire in the British "
                                          "North Sea, which killed nearly 170 people in 1988, making it the world's worst "
                                          "offshore oil disaster.", "2010-05-05") if m.type == "explosion"]
    # the rig's whole name since session 47 (the model labels 'Horizon' alone; `entities._first_word_left_out`)
    assert sorted(m.participants for m in found) == [["Deepwater Horizon"], ["Piper Alpha", "North Sea"]], \
        [m.participants for m in found]


def test_a_forecasts_time_does_not_date_the_warning(nlp):
    """H1N1_reuters (round 18): 'in 2009' is when capital flows could turn negative, not when the minister warned;
    with no day of its own the warning is the report's week's."""
    found = [m for m in _mentions_in(nlp, "Japanese Finance Minister Kaoru Yosano warned that private capital flows into "
                                          "Asian developing nations could turn negative in 2009 after falling below $100 "
                                          "billion in 2008 from over $300 billion in 2007.", "2009-05-02")
             if m.trigger == "warned"]
    assert [(m.date_range, m.dated_by) for m in found] == [(["2009-04-25", "2009-05-02"], "publication")], found


@pytest.mark.parametrize("text, published, trigger, not_party", [
    # H1N1_reuters: the protesters are not the president who stepped down after them
    ("And during the last crisis a decade ago, Indonesia's long-term president, Suharto, stepped down after street "
     "protests.", "2009-05-20", "protests", "Suharto"),
    # bpoil_reuters: a noun's complement ('victims of ... attacks') is no act of the verb's subject
    ("Feinberg previously oversaw the disbursement of money to victims of the September 11, 2001 attacks.",
     "2010-06-17", "attacks", "Feinberg"),
])
def test_a_happening_placed_by_a_preposition_is_not_the_subjects_act(nlp, text, published, trigger, not_party):
    """Round 18 (`_circumstance_of_the_verb`): a noun after a preposition of time or cause, or the complement of
    another noun, took the verb's subject as its agent."""
    found = [m for m in _mentions_in(nlp, text, published) if m.trigger == trigger]
    assert all(not_party not in m.participants for m in found), [(m.trigger, m.participants) for m in found]


@pytest.mark.parametrize("text, published, trigger, party", [
    # a pronoun possessor stands for the subject (H1N1_reuters)
    ("Shortly after his inauguration on January 20, Obama chose an Arab station, Al Arabiya, to give his first formal "
     "TV interview.", "2009-05-20", "inauguration", "Obama"),
    # a partitive noun's 'of' is acted through (bpoil_reuters)
    ("On Day 83 of the disaster, U.S. Attorney General Eric Holder said the Justice Department has started "
     "interviewing witnesses as part of a criminal and civil investigation into the worst oil spill in U.S. history.",
     "2010-07-12", "investigation", "Justice Department"),
    # 'over' a topic (bpoil_reuters)
    ("Alabama's state government is divided over the lawsuit.", "2010-08-13", "lawsuit", "Alabama"),
    # a relative clause on the trigger with a subject of its own tells its making, not another act (bpoil_reuters)
    ("Attorneys left off the committee essentially lose control of the lawsuits they have filed against BP and others.",
     "2010-10-01", "lawsuits", "BP"),
    # a disaster's course in a joined verb and where the rig was in a relative clause (bpoil_reuters)
    ("An April 20 explosion on the Deepwater Horizon rig killed 11 workers and ruptured the undersea Macondo well, "
     "unleashing millions of barrels of oil into the Gulf of Mexico over the summer.", "2010-10-20", "explosion",
     "Gulf of Mexico"),
    ("An oil drilling rig that had burned for 36 hours in the Gulf of Mexico sank on Thursday as hopes dimmed for 11 "
     "missing workers and the risk of a major oil spill loomed, officials said.", "2010-04-23", "sank", "Gulf of Mexico"),
])
def test_round_18_keeps_the_parties_a_clause_does_name(nlp, text, published, trigger, party):
    """The bounds of round 18's rules, each found reading every changed mention of both development beds."""
    found = [m for m in _mentions_in(nlp, text, published) if m.trigger == trigger]
    assert found and all(party in m.participants for m in found), [(m.trigger, m.participants) for m in found]


def test_a_relative_clauses_day_does_not_date_the_sentences_act(nlp):
    """bpoil_reuters (round 18): 'its deep-sea well that blew out on April 20' is the blow-out's day; with no day
    of its own the hearing is the report's week's, not 20 April (the sentence's last resort read any time in it)."""
    found = [m for m in _mentions_in(nlp, "Ahead of the televised speech, major oil company executives told a U.S. "
                                          "congressional hearing that BP had not adhered to industry standards in "
                                          "building its deep-sea well that blew out on April 20, unleashing a torrent of "
                                          "crude that has caused the biggest environmental disaster in U.S. history.",
                                     "2010-06-16") if m.trigger == "hearing"]
    assert found and all(m.date != "2010-04-20" for m in found), [(m.date, m.dated_by) for m in found]


def test_a_noun_coordinated_with_the_trigger_lends_it_no_party(nlp):
    # events18, bpoil_guardian 2010-08-19: a default row 'Science trial' took the journal of 'the Science article' as
    # a party of the testimony; with no party of its own the testimony is no event
    text = ("Yesterday's testimony and the Science article put the White House and government scientific agencies "
            "increasingly out of step with independent scientists.")
    found = [(m.trigger, m.participants) for m in _events_in(nlp, text, "2010-08-19")]
    assert all("Science" not in participants for _, participants in found), found


@pytest.mark.parametrize("text, trigger, expected", [
    # bpoil_reuters -n 140 (main 025a12a): hearings before Congress were typed 'trial' ('Capitol Hill – Tony Hayward
    # trial', 'Nancy Castor trial')
    ("Hayward was lambasted by angry U.S. lawmakers at a congressional hearing on Thursday, where he was accused of "
     "ducking responsibility for the spill.", "hearing", "hearing"),
    ("The CEOs of Chevron and Exxon implicitly criticized BP's practices in testimony to a congressional hearing on "
     "Tuesday.", "testimony", "hearing"),
    ("The U.S. Senate's Homeland Security Committee began a hearing on the oil spill on Monday.", "hearing", "hearing"),
    ("BP America chief Lamar McKay testified before the Senate energy committee on Tuesday.", "testified", "hearing"),
    # a court's hearing and a witness at a trial stay trials
    ("At a court hearing on the lawsuits on Friday, BP created confusion about its stance on the liability cap.",
     "hearing", "trial"),
    ("Ms Lee was testifying on Tuesday at the involuntary manslaughter trial of the singer's physician, Dr Conrad "
     "Murray.", "testifying", "trial"),
    # a legislature named in what the witness said is not who heard it (a court named in the sentence: session 48)
    ("The witness testified in court that the company had misled Congress about the well.", "testified", "trial"),
])
def test_a_hearing_before_a_legislature_is_no_trial(nlp, text, trigger, expected):
    from storyline.story.events import trigger_type

    token = next(t for t in nlp(text) if t.text == trigger)
    assert trigger_type(token, token.sent.start) == expected


def test_an_object_phrase_takes_no_day(nlp):
    # bpoil_reuters: the frame 'House agrees separate bill on Friday'
    from storyline.story.events import _object_phrase

    parsed = nlp("The House also approved a separate bill on Friday to give whistle-blower protection to workers.")
    assert _object_phrase(next(t for t in parsed if t.text == "approved"), set(), "agree") == "separate bill"


@pytest.mark.parametrize("text, expected", [
    # bpoil_reuters -n 140 (main 025a12a): an 'agree' row 'Experts agreed BP looked able to handle the financial damage'
    ("A BP spokesman said \"nothing has changed\" since Friday and restructuring experts agreed that by running the "
     "numbers alone, BP looked able to handle the financial damage.", None),
    # what will be done, or agreeing to or on something, is an agreement
    ("BP agreed that it would pay $20 billion into a fund for claims.", "agree"),
    ("Under intense pressure from President Barack Obama, BP Plc agreed on Wednesday to set up a $20 billion fund.",
     "agree"),
    # agreeing with what was found or said is a view (the kind of a held-out sheet's wrong join: 'the panel agreed with
    # the findings' joined a company's sale); agreeing with a party, or with one on something, is an agreement
    ("A presidential panel agreed with the findings of BP's own report on Wednesday.", None),
    ("Officials agreed with their counterparts on a new plan.", "agree"),
    ("Ukraine agreed with Russia on a ceasefire.", "agree"),
])
def test_agreeing_that_a_fact_is_so_is_no_agreement(nlp, text, expected):
    from storyline.story.events import trigger_type

    token = next(t for t in nlp(text) if t.text == "agreed")
    assert trigger_type(token, token.sent.start) == expected


@pytest.mark.parametrize("text, published, trigger, event_type, named", [
    # bpoil_bbc (review20 of 7611331): a call's length is no other kind of call ('a judgment call')
    ("In a 30-minute phone call, the US president said he recognized BP was a multinational company and he had no "
     "interest in undermining its value.", "2010-06-12", "call", "statement", "US"),
    # haiti_bbc (review20 of b98e0ad): an amount of the happening is acted through, as a partitive is
    ("The World Bank is funding $100m of emergency aid.", "2010-01-15", "aid", "aid", "World Bank"),
])
def test_a_measure_is_no_kind_and_no_circumstance(nlp, text, published, trigger, event_type, named):
    found = [m for m in _events_in(nlp, text, published) if m.trigger == trigger]
    assert [m.type for m in found] == [event_type], found
    assert named in found[0].participants, found


def test_a_clause_of_the_same_moment_tells_where_a_death_befell(nlp):
    # haiti_bbc, bpoil_washingtonpost (review20 of b98e0ad): the 'when' clause was another act, so the deaths lost
    # every name and were dropped
    text = ("UN officials said at least 14 people had died when the UN's five-storey headquarters and two smaller "
            "buildings in Port-au-Prince collapsed.")
    deaths = [m for m in _events_in(nlp, text, "2010-01-13") if m.type == "death"]
    assert [m.count for m in deaths] == ["14"] and "Port-au-Prince" in deaths[0].participants, deaths
    text = ("Eleven people died when the mile-deep well blew out April 20, and more than 4 million gallons of oil spewed "
            "into the Gulf of Mexico in the nation's worst offshore oil spill.")
    deaths = [m for m in _events_in(nlp, text, "2010-10-08") if m.type == "death"]
    assert [(m.count, m.date) for m in deaths] == [("11", "2010-04-20")], deaths


def test_a_relative_clause_on_the_trigger_dates_it(nlp):
    # haiti_bbc, bpoil_washingtonpost (review20 of b98e0ad): a relative clause was another act's, whoever it told of
    text = ("The death toll in Haiti is in stark contrast to the magnitude 8.8 earthquake that struck Chile in February "
            "2010 where less than 1,000 people died.")
    quakes = [m for m in _events_in(nlp, text, "2010-03-05") if m.type == "earthquake"]
    assert [m.date_range for m in quakes] == [["2010-02-01", "2010-02-28"]], quakes
    text = ("But federal officials indicated that Holder's trip, which will include a news conference in New Orleans on "
            "Tuesday afternoon, will focus on enforcement of environmental laws and holding BP accountable.")
    trips = [m for m in _events_in(nlp, text, "2010-05-31") if m.trigger == "trip"]
    assert [m.date for m in trips] == ["2010-06-01"], trips


@pytest.mark.parametrize("text, published, trigger, day", [
    # bpoil_guardian: the top kill, told by 'began pumping', dated by its own weekday
    ("After failing earlier in the month to halt the leak with a top hat-shaped dome, BP began pumping bargeloads "
     "of sludge into the well on Wednesday afternoon.", "2010-05-28", "began", "2010-05-26"),
])
def test_an_untyped_act_told_as_done_on_its_own_day_is_an_event(nlp, text, published, trigger, day):
    """events20 (issue #13): most reference days of bpoil_guardian with no event at all are told with a verb no
    trigger word types; a main clause's past act with its own day and a named agent is an `act`."""
    acts = [m for m in _events_in(nlp, text, published) if m.type == "act"]
    assert [(m.trigger, m.date, m.dated_by, m.realis) for m in acts] == [(trigger, day, "own", True)]
    assert "agent" in acts[0].roles and "BP" in acts[0].clause


@pytest.mark.parametrize("text, published, trigger, day", [
    # bpoil_guardian: a market's move, no trigger word, dated by its own 'today'
    ("Shares in BP plunged 7% today as investors panicked about speculation that the blowout on a rig in the Gulf "
     "of Mexico could create an even bigger environmental disaster than the Exxon Valdez tanker spill.",
     "2010-04-29", "plunged", "2010-04-29"),
    # bpoil_bbc: the party's name before the measure
    ("BP's shares fell sharply on Tuesday following the failure of its previous efforts to \"top kill\" the leak by "
     "pumping mud into the well.", "2010-06-02", "fell", "2010-06-01"),
    # bpoil_washingtonpost: the measure named by two nouns, the party after 'of'
    ("The stock price of BP plunged more than 15 percent Wednesday to a 14-year low as it became increasingly clear "
     "that the amount of oil spewing out of the Deepwater Horizon well is substantially greater.",
     "2010-06-10", "plunged", "2010-06-09"),
    # bpoil_guardian: the move's noun as subject, the measure before it
    ("BP's dramatic shares slump sparked a wider plunge on the FTSE 100 Index yesterday.", "2010-06-02",
     "sparked", "2010-06-01"),
])
def test_a_measure_of_a_party_that_moved_is_a_move_not_its_act(nlp, text, published, trigger, day):
    """tlsal23 (issue #13): 'Shares in BP plunged' tells what BP's shares did, not what BP did: a `move`, one day of
    the series the default timeline shows by its most salient days (story.timeline.series_keys)."""
    found = [m for m in _events_in(nlp, text, published) if m.type in {"act", "move"}]
    assert [(m.type, m.trigger, m.date) for m in found] == [("move", trigger, day)]
    assert "agent" in found[0].roles and "BP" in found[0].clause


@pytest.mark.parametrize("text, published", [
    # bpoil_washingtonpost: the top kill's aim (the parse hangs the leak on the particle 'off')
    ("BP Plc launched an ambitious deep sea operation to choke off a gushing oil leak in the Gulf of Mexico on "
     "Wednesday, but President Barack Obama cautioned Americans there was no guarantee it would work.", "2010-05-26"),
    # bpoil_bbc
    ("Navy vessels are helping to deploy booms to contain the spill on Friday.", "2010-05-01"),
    ("Engineers at BP are racing against time to build a funnel to help contain the oil leak into the Gulf of "
     "Mexico.", "2010-05-05"),
])
def test_a_disaster_an_effort_fights_is_no_happening_of_the_day(nlp, text, published):
    """tlsal23 (issue #13): the leak an operation is launched to choke off is under way, not a spill of that day."""
    assert [m for m in _events_in(nlp, text, published) if m.type == "spill"] == []


def test_a_disaster_told_by_what_it_does_is_still_a_happening(nlp):
    text = ("A huge spreading oil spill in the Gulf of Mexico washed up to coastal Louisiana wildlife and seafood "
            "areas on Friday.")
    assert [m.date for m in _events_in(nlp, text, "2010-04-30") if m.type == "spill"] == ["2010-04-30"]


@pytest.mark.parametrize("act, published, trigger, day", [
    # bpoil_bbc, 4 August 2010: the static kill's start
    ("BP began pumping mud into the well from vessels on the surface at 2000 GMT on Tuesday, in order to counter the "
     "pressure from the oil pushing out of the reservoir below the seabed.", "2010-08-04", "began", "2010-08-03"),
    # bpoil_guardian, 13 May 2010: the name before a noun ('BP engineers'), not a word of a longer name
    ("BP engineers today began the slow process of trying to fit a smaller tube inside the crumpled riser pipe on the "
     "ocean floor to try to siphon oil to the surface.", "2010-05-13", "began", "2010-05-13"),
])
def test_a_one_word_organisation_left_unlabelled_in_one_sentence_is_still_the_acts_agent(nlp, act, published, trigger, day):
    """tlrows22 (issue #13): the model labels 'BP' in one sentence and not in the next; the document's own label
    names the agent of the act."""
    assert [m for m in _events_in(nlp, act, published) if m.type == "act"] == []  # alone: no name, no act
    found = [m for m in _events_in(nlp, "BP said the static kill would take days. " + act, published) if m.type == "act"]
    assert [(m.trigger, m.date, m.participants, m.roles) for m in found] == [(trigger, day, ["BP"], ["agent"])]


def test_a_word_of_a_longer_name_takes_no_label_from_the_one_word_name(nlp):
    from storyline.nlp.entities import extract_mentions
    from storyline.story.events import names_left_unlabelled

    text = "BP said the static kill would take days. BP America began pumping mud into the well on Tuesday."
    parsed = nlp(text)
    mentions = extract_mentions(parsed, "d")
    assert [m.text for m in mentions if m.label == "ORG"][:1] == ["BP"]
    assert all(m.start < text.index("BP America") for m in names_left_unlabelled(parsed, mentions, "d"))


@pytest.mark.parametrize("text, published", [
    # dated only by the saying: the blocking's day is not given (bpoil_guardian, 7 October 2010)
    ("The White House blocked government scientists from warning the American public of the potential "
     "environmental disaster caused by BP's broken well in the Gulf of Mexico, a report released by the national "
     "commission investigating the oil spill said yesterday.", "2010-10-07"),
    # no day of its own (bpoil_washingtonpost, 28 May 2010)
    ("President Obama, feeling pressure to act in a crisis now in its sixth week, yanked the exploratory drilling "
     "permits for 33 deepwater rigs in the gulf.", "2010-05-28"),
    # a state, not an act (bpoil_guardian, 29 October 2010)
    ("BP and Halliburton were aware of flaws in the cement used to seal the doomed well in the Gulf of Mexico on "
     "Friday, according to the lead investigator.", "2010-10-29"),
])
def test_an_untyped_verb_without_its_own_day_is_no_event(nlp, text, published):
    assert not [m for m in _events_in(nlp, text, published) if m.type == "act"]


def test_a_contact_nouns_headline_names_someone(nlp):
    # bpoil_washingtonpost, bpoil_bbc (review20e of bcc33da): a one-party contact yields its frame to the clause, and
    # 'Call with reporters' said less than 'Thad Allen phone call'; a phrase with a name stays
    text = ("\"We are watching the storm track, and if we think it is turned in such a way that it would cross the site, "
            "we would activate the plans,\" Allen said Saturday on a call with reporters.")
    assert [m.clause for m in _events_in(nlp, text, "2010-06-27") if m.type == "call"] == [None]
    text = ("Institutional investors are expected to question BP chief executive Tony Hayward in a conference call later "
            "this week, and further face-to-face meetings between major shareholders and Mr Hayward are also planned.")
    assert [m.clause for m in _events_in(nlp, text, "2010-05-31") if m.type == "meeting"] == [
        "Face-to-face meetings between major shareholders and Mr Hayward"]


@pytest.mark.parametrize("text, published, event_type, status", [
    # issue #13 round 21: an act hung by its infinitive on a word of readiness is still ahead (a flight 'standing by'
    # was read as done on the Saturday before its report)
    ("A Boeing 747 was standing by to fly to Haiti with supplies on Saturday.", "2010-01-15", "visit", "planned"),
    ("BP is poised to meet Obama at the White House on Wednesday.", "2010-06-14", "meeting", "planned"),
    ("The president was ready to visit Haiti on Saturday.", "2010-01-15", "visit", "planned"),
    # ... an infinitive of purpose is done with its verb
    ("Clinton went to Haiti to meet Preval on Thursday.", "2010-01-15", "meeting", "happened"),
])
def test_an_act_a_party_is_ready_or_standing_by_to_do_is_planned(nlp, text, published, event_type, status):
    found = [(m.type, m.status) for m in _events_in(nlp, text, published)]
    assert (event_type, status) in found, found


def test_a_happenings_toll_with_no_other_figure_is_no_tally(nlp):
    found = [(m.trigger, m.type) for m in _events_in(nlp, "The plane crashed in the Andes on Monday, with 50 deaths.",
                                                     "2010-01-15")]
    assert ("deaths", "tally") not in found, found


def test_a_date_of_a_noun_nested_in_the_subject_does_not_date_the_verb(nlp):
    """bpoil_washingtonpost (issue #13 round 21): the discussion at Thursday's hearing was a row of 29 July, the day of
    the interview the notes came from."""
    text = "Notes from BP's internal interview with Walz on July 29 were discussed at the hearing Thursday."
    found = [(m.trigger, m.date) for m in _events_in(nlp, text, "2010-10-09")]
    assert ("discussed", "2010-10-07") in found, found
    # ... while a phrase of the subject's own head dates the act
    found = [(m.trigger, m.date) for m in _events_in(nlp, "A letter from Obama on Tuesday urged BP to pay.", "2010-05-12")]
    assert ("urged", "2010-05-11") in found, found


@pytest.mark.parametrize("text, published, trigger, day", [
    # a day name six days back is, as an act's day, the next day (issue #13 round 21): the story was written the day
    # after its stored day, or the act is ahead (bpoil_reuters, bpoil_bbc)
    ("President Obama arrived Friday in the Gulf, where he planned to tour a beach with Allen and visit with local "
     "officials.", "2010-05-27", "arrived", "2010-05-28"),
    ("British Prime Minister David Cameron is to meet US President Barack Obama in Washington on Tuesday.",
     "2010-07-19", "meet", "2010-07-20"),
    # ... a day within the week behind stays behind, and so does 'last Friday'
    ("President Obama arrived Friday in the Gulf.", "2010-05-29", "arrived", "2010-05-28"),
    ("President Obama arrived last Friday in the Gulf.", "2010-05-27", "arrived", "2010-05-21"),
])
def test_a_day_name_six_days_back_is_the_next_day_of_an_act(nlp, text, published, trigger, day):
    found = [(m.trigger, m.date) for m in _events_in(nlp, text, published)]
    assert (trigger, day) in found, found


def test_a_day_name_six_days_back_keeps_its_value_as_a_time_expression(nlp):
    """What the summarised timeline counts is the day the words name by their tense (read the next day there,
    Timeline17's Date-F fell: `nlp.time.resolve.week_back_as_the_next_day`)."""
    from storyline.nlp.time import extract_timexes

    text = "President Obama arrived Friday in the Gulf."
    assert [t.value for t in extract_timexes(text, "2010-05-27", "d", nlp(text))] == ["2010-05-21"]


def test_a_date_on_a_phrase_inside_the_subject_does_not_date_the_verb_whatever_it_hangs_on():
    # the parse of the bpoil_washingtonpost page hangs 'on July 29' on the subject's preposition 'from'
    words = ["Notes", "from", "Walz", "'s", "interview", "on", "July", "29", "were", "discussed", "at", "the", "hearing",
             "Thursday", "."]
    parsed = _hand_parsed(words, ["NNS", "IN", "NNP", "POS", "NN", "IN", "NNP", "CD", "VBD", "VBN", "IN", "DT", "NN",
                                  "NNP", "."],
                          ["NOUN", "ADP", "PROPN", "PART", "NOUN", "ADP", "PROPN", "NUM", "AUX", "VERB", "ADP", "DET",
                           "NOUN", "PROPN", "PUNCT"],
                          [9, 0, 4, 2, 1, 1, 5, 6, 9, 9, 9, 12, 10, 9, 9],
                          ["nsubjpass", "prep", "poss", "case", "pobj", "prep", "pobj", "nummod", "auxpass", "ROOT",
                           "prep", "det", "pobj", "npadvmod", "punct"],
                          ["note", "from", "Walz", "'s", "interview", "on", "July", "29", "be", "discuss", "at", "the",
                           "hearing", "Thursday", "."],
                          ["O", "O", "B-PERSON", "O", "O", "O", "B-DATE", "I-DATE", "O", "O", "O", "O", "O", "B-DATE", "O"])
    found = [(m.trigger, m.date) for m in _events_of(parsed, "2010-10-09")]
    assert ("discussed", "2010-10-07") in found, found


@pytest.mark.parametrize("text, published, event_type", [
    # a headline's 'X to do Y' (issue #13: 'Hayward to resign' typed as done), alone or with a day ahead
    ("Hayward to resign as BP chief executive.", "2010-07-26", "resignation"),
    ("BP to hold talks with Obama on Wednesday.", "2010-06-14", "negotiation"),
    # what someone expects another to do is only expected (bpoil_washingtonpost, bpoil_bbc)
    ("Jindal added that he expected BP to pay for the project, which he estimated would cost \"hundreds of "
     "millions of dollars.\"", "2010-05-09", "payment"),
    ("We also expect Mr Obama to announce regulatory changes to help prevent future spills.", "2010-06-15",
     "statement"),
])
def test_an_act_expected_or_announced_in_a_headline_is_planned(nlp, text, published, event_type):
    found = [(m.type, m.status) for m in _events_in(nlp, text, published)]
    assert (event_type, "planned") in found, found


def test_a_headline_infinitive_does_not_make_a_later_verb_planned(nlp):
    """bpoil_guardian: a vow told after a headline run into the body ('... to join ... Tony Hayward vowed') was
    made; the headline's joining is ahead."""
    text = ("BP's British shareholders to join US class actions over oil spill cents More than 180 lawsuits filed "
            "relating to the spill in Gulf of Mexico cents Lawyers will allege that BP management misrepresented its "
            "safety record Tony Hayward vowed to focus ` like a laser ' on safety issues after taking over as chief "
            "executive of BP in 2007.")
    found = [(m.trigger, m.status) for m in _events_in(nlp, text, "2010-06-18")]
    vows = [status for trigger, status in found if trigger == "vowed"]
    assert vows and all(status == "happened" for status in vows), found


@pytest.mark.parametrize("text, published, event_type, day, not_day", [
    # issue #13: the day after a happening named in the noun's phrase is that happening's, not the noun's
    ("BP released on Wednesday an investigation into the explosion on April 20.", "2010-09-08", "investigation",
     "2010-09-08", "2010-04-20"),
    # the happening's phrase ends before the date, or hangs deeper in the noun's (the parse hangs the date on
    # 'investigation' in both)
    ("BP released on Wednesday an internal investigation into the explosion aboard the Deepwater Horizon rig on April "
     "20.", "2010-09-09", "investigation", "2010-09-08", "2010-04-20"),
    ("BP released on Wednesday an internal investigation into the causes of the explosion on April 20.", "2010-09-09",
     "investigation", "2010-09-08", "2010-04-20"),
    # a date the parse hangs on the verb is the verb's: the meeting's, whatever happening its phrase names
    ("Obama held a meeting about the spill on Monday.", "2010-09-09", "meeting", "2010-09-06", None),
])
def test_the_day_of_a_happening_in_a_nouns_phrase_does_not_date_the_noun(nlp, text, published, event_type, day,
                                                                        not_day):
    found = [(m.type, m.date) for m in _events_in(nlp, text, published)]
    assert (event_type, day) in found and (event_type, not_day) not in found, found


@pytest.mark.parametrize("text, published, event_type, day", [
    # bpoil_guardian: "today when ... spoke": the 'when' clause's happening is the moment of the clause it hangs on
    ("The government moved to quell suggestions of indifference to the BP oil disaster today when both David Cameron "
     "and the chancellor, George Osborne, spoke to BP's chairman, Carl-Henric Svanberg, urging all sides to find a "
     "constructive solution to the environmental crisis.", "2010-06-11", "call", "2010-06-11"),
])
def test_a_when_clause_takes_the_day_of_its_main_clause_as_its_own(nlp, text, published, event_type, day):
    found = [(m.type, m.date, m.dated_by) for m in _events_in(nlp, text, published)]
    assert (event_type, day, "own") in found, found


@pytest.mark.parametrize("text, published, trigger, day", [
    # an occasion's day is the day of the act it was the occasion for
    ("A chance to meet Obama came on Monday, when the leaders held talks in London.", "2009-04-30", "meet",
     "2009-04-27"),
])
def test_the_day_an_occasion_came_dates_its_act(nlp, text, published, trigger, day):
    found = [(m.trigger, m.date, m.dated_by) for m in _events_in(nlp, text, published)]
    assert (trigger, day, "own") in found, found


def test_a_when_clause_in_the_pluperfect_is_not_dated_as_its_own(nlp):
    """'when Obama had met Hayward' tells a happening before the main clause's day, not on it; in the simple past
    it is on that day."""
    def meetings(text):
        return [m.dated_by for m in _events_in(nlp, text, "2010-04-28") if m.trigger == "met"]
    assert meetings("The company's shares were already down on Tuesday when Obama met Hayward.") == ["own"]
    assert "own" not in meetings("The company's shares were already down on Tuesday when Obama had met Hayward.")


def test_the_day_of_the_figure_a_count_is_compared_with_does_not_date_the_count(nlp):
    """H1N1_guardian: 'up from 91 yesterday' is the earlier figure's day; the 109 cases are the report's news."""
    text = ("Acting CDC Director Richard Besser said the agency has confirmed 109 cases in the US, up from 91 "
            "yesterday.")
    found = [(m.trigger, m.date) for m in _events_in(nlp, text, "2009-04-30")]
    assert found and ("confirmed", "2009-04-29") not in found, found


@pytest.mark.parametrize("text, trigger, place, partner", [
    ("The governor met with members of the state's congressional delegation in Baton Rouge on Friday to discuss the "
     "spill.", "met", "Baton Rouge", "delegation"),
    ("Clinton met with leaders of the Haitian government at the airport in Port-au-Prince.", "met", "Prince",
     "government"),
])
def test_a_place_in_the_partner_phrase_is_where_not_a_partner(nlp, text, trigger, place, partner):
    # round 32's 'Paul Ryan – Washington meeting': the place of the meeting was taken for the one met
    from storyline.story.events import _with_token_ids

    doc = nlp(text)
    token = next(t for t in doc if t.text == trigger)
    partners = {doc[i].text for i in _with_token_ids(token)}
    assert partner in partners and place.split()[-1] not in partners


def test_a_contact_told_of_he_is_the_named_person_s_whose_clause_it_joins(nlp):
    # storyline demo (seeds): the White House meeting was headlined 'Volodymyr Zelenskyy meeting' without Trump
    text = ("President Donald Trump reportedly did not accept the request, nor did he publicly support it after meeting "
            "with Ukrainian President Volodymyr Zelensky at the White House.")
    (meeting,) = [m for m in _events_in(nlp, text, "2025-10-20") if m.type == "meeting"]
    assert dict(zip(meeting.participants, meeting.roles)) == {"Donald Trump": "agent", "Volodymyr Zelensky": "with"}


def test_he_after_two_people_is_neither(nlp):
    # two people named before 'he', in no clause his is joined to: the pronoun names neither
    from storyline.story.events import _person_named_before

    doc = nlp("Barack Obama thanked Joe Biden on Monday because he had met with Bobby Jindal.")
    assert {e.text for e in doc.ents if e.label_ == "PERSON"} >= {"Barack Obama", "Joe Biden"}
    assert _person_named_before(next(t for t in doc if t.lower_ == "he")) == []


@pytest.mark.parametrize("text, published, trigger, day", [
    # bpoil_bbc: the sinking is placed two days after the explosion the sentence dates
    ("The spill began on 20 April, when the Deepwater Horizon oil rig, leased by BP from Swiss drilling giant "
     "Transocean, exploded into flames and sank two days later, killing 11 workers.", "2010-05-14", "sank",
     "2010-04-22"),
    ("Deepwater Horizon, leased by oil giant BP, exploded off the coast of Louisiana on 20 April and sank two days "
     "later.", "2010-05-14", "sank", "2010-04-22"),
])
def test_an_act_placed_days_later_than_the_act_it_follows(nlp, text, published, trigger, day):
    found = [(m.trigger, m.date) for m in _events_in(nlp, text, published)]
    assert (trigger, day) in found, found
    assert ("exploded", "2010-04-20") in found, found


@pytest.mark.parametrize("text, published, event_type, day", [
    # bpoil_washingtonpost: the occasion a saying took place at is dated by the saying's day as its own
    ("In a House hearing Thursday, Rep. John J. \"Jimmy\" Duncan Jr. (R-Tenn.) said, \"It's almost an astonishingly "
     "safe, clean history that we have there in the gulf.\"", "2010-07-24", "hearing", "2010-07-22"),
    ("\"We have much to do to make it right,\" BP Chairman Carl-Henric Svanberg said in a conference call with "
     "investment analysts Tuesday, referring to the spill.", "2010-07-28", "call", "2010-07-27"),
])
def test_the_occasion_of_a_saying_takes_its_day(nlp, text, published, event_type, day):
    found = [(m.type, m.date, m.dated_by) for m in _events_in(nlp, text, published)]
    assert (event_type, day, "own") in found, found


def test_what_a_saying_announces_is_not_its_occasion(nlp):
    """'announced an investigation ... on Monday': the announcing's day, not the investigation's own."""
    found = [(m.type, m.dated_by) for m in _events_in(nlp, "BP announced an investigation into the blast on Monday.",
                                                       "2010-07-24")]
    assert ("investigation", "own") not in found, found


def test_a_noun_held_under_due_to_is_planned(nlp):
    """bpoil_guardian: 'he is due to hold a crucial meeting' is a meeting ahead (16 June), not one held."""
    found = [(m.type, m.status, m.date) for m in _events_in(
        nlp, "On Wednesday, he is due to hold a crucial meeting with BP executives.", "2010-06-14")]
    assert ("meeting", "planned", "2010-06-16") in found, found


def test_the_day_a_meeting_is_moved_from_is_not_its_day(nlp):
    # H1N1_guardian, 28 April 2009: the meeting is today's (was dated 29 April, the day it was moved from)
    text = ("The WHO has brought forward its meeting on swine flu from tomorrow to today, becuase of the increasing "
            "number of confirmed cases in the US and Canada.")
    found = [(m.type, m.date) for m in _events_in(nlp, text, "2009-04-28")]
    assert ("meeting", "2009-04-28") in found and ("meeting", "2009-04-29") not in found, found


def test_a_when_clause_dates_the_outcome_its_participle_tells_not_a_next_verb(nlp):
    """bpoil_washingtonpost: 'killing 11 people' is told with the fire and sinking of 20 April, as its own day; the
    sinking joined to the fire is a next act (two days later in fact), still dated only by the clause around it."""
    text = ("The crisis began April 20, when Deepwater Horizon, a drilling rig owned by Transocean and leased by BP, "
            "caught fire and sank, killing 11 people.")
    found = {m.trigger: (m.date, m.dated_by) for m in _events_in(nlp, text, "2010-05-01")}
    assert found.get("killing") == ("2010-04-20", "own"), found
    assert found.get("sank", (None, ""))[1] != "own", found


def test_a_when_clause_does_not_date_a_noun_inside_another_nouns_phrase(nlp):
    # MJ_bbc: 23 August is when a date for the hearing is to be set, not the hearing's day
    text = ("Dr Murray is due to appear in court again on 23 August, when Judge Michael Pastor is expected to set a "
            "date for a preliminary hearing, which should start within 60 days of that date.")
    found = [(m.trigger, m.dated_by) for m in _events_in(nlp, text, "2010-06-25")]
    assert ("hearing", "own") not in found, found


def test_a_time_between_a_saying_and_its_reported_clause_is_the_sayings(nlp):
    """H1N1_reuters: the parse hangs 'on Sunday' on 'recorded'; it lies between 'said' and the reported clause's
    subject, so it is the saying's time ('said on Friday he met Obama earlier this week': the meeting keeps its own
    week). After 'that' it is the reported clause's own."""
    from storyline.story.events import _said_at

    doc = nlp("The Philippines said on Sunday it recorded its second case of the new H1N1 flu virus, with a 50-year "
              "old woman falling sick after traveling to the United States.")
    sunday = next(t for t in doc if t.text == "Sunday")
    assert sunday.head.head.lower_ == "recorded"  # the parse this rule corrects
    assert _said_at(sunday).lower_ == "said"
    doc = nlp("The Philippines said that on Sunday it recorded its second case of the new H1N1 flu virus.")
    assert _said_at(next(t for t in doc if t.text == "Sunday")) is None


def test_a_day_name_told_with_its_week_is_that_weeks_day(nlp):
    # 'next week, on Thursday' written on Wednesday 9 June 2010 (bpoil_guardian's hearing): 17 June, not the 10th
    text = "Hayward will testify before the subcommittee on the causes of the explosion next week, on Thursday."
    found = [(m.type, m.date) for m in _events_in(nlp, text, "2010-06-09") if m.date]
    assert found and all(day == "2010-06-17" for _, day in found), found


def test_an_act_placed_a_day_later_than_the_day_the_sentence_before_names(nlp):
    # bpoil_guardian, 21 May 2010: the visit set for 5 May was called off on 6 May (was the week before publication)
    text = ("Richard Camilli, a scientist at the Woods Hole Oceanographic Institute, said BP had intitially reached out "
            "to experts for help in measuring the spill. He was set to fly to Houston to join the effort at 3am on 5 "
            "May. A day later, BP called off the visit.")
    found = [(m.status, m.date) for m in _events_in(nlp, text, "2010-05-21") if m.trigger == "visit"]
    assert found == [("called off", "2010-05-06")], found


def test_an_act_earlier_in_the_day_and_in_the_afternoon_is_on_the_day_the_text_tells_of(nlp):
    # a USA Today report of Friday 1 April 2016 (PolNeAR train, a held-out bed; the kind: a part of the day with no
    # day of its own was dated as the publication day): the meetings and the afternoon's are Thursday's
    text = ("While making final preparations for his nuclear security summit, President Obama spent Thursday "
            "discussing challenges in Asia. Obama, who welcomed world leaders to the White House for a working dinner, "
            "held private meetings earlier in the day with the top officials from Japan, South Korea, and China. "
            "North Korea also topped the agenda when Obama met in the afternoon with Chinese President Xi Jinping.")
    found = {m.trigger: m.date for m in _events_in(nlp, text, "2016-04-01") if m.trigger in {"meetings", "met"}}
    assert found == {"meetings": "2016-03-31", "met": "2016-03-31"}, found


@pytest.mark.parametrize("text, published, trigger, day, not_day", [
    # H1N1_reuters: Monday is the coverage's, the landmark the networks' turning is placed after
    ("After wall-to-wall flu coverage on Monday, the major U.S. cable networks -- CNN, Fox News Channel and MSNBC -- "
     "turned much of their attention on Tuesday to U.S. Senator Arlen Specter's switch from the Republican to the "
     "Democratic Party.", "2009-04-29", "turned", "2009-04-28", "2009-04-27"),
    # MJ_bbc: what a passive saying tells of keeps its day; the announcing is Monday's
    ("The 8 October gig at the Millennium Stadium was announced by producers Global Live Events on Monday.",
     "2011-07-26", "announced", "2011-07-25", "2011-10-08"),
])
def test_the_day_of_the_thing_an_act_is_placed_after_or_tells_of_is_not_the_acts(nlp, text, published, trigger, day,
                                                                                 not_day):
    found = [(m.trigger, m.date) for m in _events_in(nlp, text, published)]
    assert (trigger, day) in found and (trigger, not_day) not in found, found


def test_a_clause_told_of_a_noun_is_not_dated_by_another_clause_of_it(nlp):
    # bpoil_washingtonpost: the parse hangs 'learned ... and informed BP on 8 March' on 'Halliburton'; 8 March is
    # the informing's day, not the hiring's
    text = ("Halliburton, which was hired by BP to cement the well, learned of those failures in February, and "
            "informed BP on 8 March.")
    found = [(m.trigger, m.date, m.dated_by) for m in _events_in(nlp, text, "2010-10-29")]
    assert not any(trigger == "hired" and basis == "own" for trigger, _, basis in found), found


def test_a_happening_a_verb_of_wanting_takes_is_not_dated_by_that_verb_as_its_own(nlp):
    """'Nelson on Monday proposed a meeting with Hayward': Monday is the proposal's day; the meeting, not yet held,
    takes it only as the day of the clause around it (not a sure row), unlike what a verb does ('held talks')."""
    found = {(m.type, m.dated_by) for m in _events_in(nlp, "Senator Bill Nelson on Monday proposed a meeting with "
                                                           "Tony Hayward.", "2010-06-09")}
    assert ("proposal", "own") in found and ("meeting", "own") not in found, found


@pytest.mark.parametrize("text, published, trigger, not_day", [
    # H1N1_reuters: Friday opens the stop-work period, not the day of the deaths the sentence counts
    ("In Mexico, the worst hit country with up to 176 deaths, President Felipe Calderon told government offices and "
     "private businesses not crucial to the economy to stop work beginning on Friday to avoid further spreading a "
     "virus.", "2009-04-30", "deaths", "2009-05-01"),
    # bpoil_guardian: 1 June opens the hurricane season the forecast is for
    ("The national weather service in its annual forecast for the hurricane season starting on 1 June predicted "
     "between eight to 14 hurricanes across the Atlantic.", "2010-05-28", "hurricanes", "2010-06-01"),
])
def test_the_day_a_period_begins_dates_no_other_act(nlp, text, published, trigger, not_day):
    found = [(m.trigger, m.date) for m in _events_in(nlp, text, published)]
    assert any(t == trigger for t, _ in found) and (trigger, not_day) not in found, found


def test_the_past_week_moves_no_day_name(nlp):
    # 'the past week' is the seven days up to the report (its value names the calendar week before): Monday stays
    # this week's; 'last week' does name the week ('on Monday last week')
    def days(text):
        return [m.date for m in _events_in(nlp, text, "2010-06-09") if m.trigger == "met"]
    assert days("In the past week, Hayward met Obama on Monday.") == ["2010-06-07"]
    assert days("Hayward met Obama on Monday last week.") == ["2010-05-31"]


@pytest.mark.parametrize("text, expected", [
    # Timeline17 bpoil_washingtonpost (development half): a lawyer of the spill commission at its hearing, headlined
    # 'Priya Aiyar trial'; a council's hearing; neither names a court
    ("The BP attorneys made their comments in an Oct. 21 meeting with staff members of the National Commission on "
     "the BP Deepwater Horizon Oil Spill and Offshore Drilling, Priya Aiyar, one of the commission lawyers, revealed "
     "at a hearing Friday.", "hearing"),
    ("Some of the women said they had spoken out at City Council hearings on rezoning plans.", "hearing"),
    # a court named in the sentence keeps the trial, and the word 'trial' is one
    ("Dr. Richard Strick testified in federal court on Friday.", "trial"),
    ("Michael Sexton testified in one of the class action suits.", "trial"),
    ("A trial is scheduled in May for the Wisconsin lawsuit.", "trial"),
])
def test_a_hearing_or_testimony_is_a_trial_only_where_a_court_sits(nlp, text, expected):
    from storyline.model import Document
    from storyline.nlp.entities import extract_mentions
    from storyline.nlp.time import extract_timexes

    published = "2010-12-03"
    doc, parsed = Document(id="d", source="s", text=text, published=published), nlp(text)
    found = extract_event_mentions(parsed, doc, extract_timexes(text, published, "d", parsed), extract_mentions(parsed, "d"))
    types = {m.type for m in found} & {"trial", "hearing"}
    assert types == {expected}, [(m.type, m.trigger if hasattr(m, "trigger") else None) for m in found]
