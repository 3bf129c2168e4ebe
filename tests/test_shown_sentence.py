"""The shown text of a summarised timeline's sentence (story.shown_sentence), on sentences of real
coverage (Timeline17's articles and the seeds)."""
import pytest

from storyline.story.shown_sentence import _names_a_day, shown_sentences


@pytest.mark.parametrize("sentence, shown", [
    # an agency dateline
    ("WASHINGTON (Reuters) - BP Plc Chief Executive Tony Hayward said on Thursday the oil spill in the Gulf of "
     "Mexico was preventable.",
     "BP Plc Chief Executive Tony Hayward said on Thursday the oil spill in the Gulf of Mexico was preventable."),
    # a page's own dateline before the agency's (Timeline17 bpoil_foxnews)
    ("WASHINGTON -- WASHINGTON (AP) -- Oil spill frustration is rampant.", "Oil spill frustration is rampant."),
    # an attribution tail after what was said
    ("A strain of flu never seen before has killed up to 60 people in Mexico and also appeared in the United "
     "States, where eight people were infected but recovered, health officials said on Friday.",
     "A strain of flu never seen before has killed up to 60 people in Mexico and also appeared in the United "
     "States, where eight people were infected but recovered."),
    # ... and an unnamed one, whoever they work for or speak for (Timeline17 bpoil_bbc)
    ("BP has managed to seal the smallest of the three leaks spilling oil into the Gulf of Mexico, the company says.",
     "BP has managed to seal the smallest of the three leaks spilling oil into the Gulf of Mexico."),
    ("The Gulf of Mexico oil spill is the worst environmental disaster the US has faced, a senior official has said.",
     "The Gulf of Mexico oil spill is the worst environmental disaster the US has faced."),
    # a closing adverbial clause opened by a conjunction
    ("Another # 2.4 bn was wiped off the value of BP when trading began in London today, as investors continued to "
     "fear that the company's management may not survive the Gulf of Mexico disaster.",
     "Another # 2.4 bn was wiped off the value of BP when trading began in London today."),
    # a second clause joined at the end
    ("British Prime Minister David Cameron is to meet US President Barack Obama in Washington on Tuesday, and BP is "
     "expected to be a key topic of discussion.",
     "British Prime Minister David Cameron is to meet US President Barack Obama in Washington on Tuesday."),
    # a relative clause set off by commas, inside the sentence or closing it
    ("President Barack Obama, who has also been criticised for his approach to the catastrophe, said yesterday it "
     "was \"brutally unfair\" that ordinary fishermen and shopkeepers were seeing their businesses damaged by the spill.",
     "President Barack Obama said yesterday it was \"brutally unfair\" that ordinary fishermen and shopkeepers were "
     "seeing their businesses damaged by the spill."),
    ("Crews have not been able to stop thousands of barrels of oil from spewing out of the sea floor since an April "
     "20 explosion destroyed the Deepwater Horizon, which was drilling 50 miles off the Louisiana coast.",
     "Crews have not been able to stop thousands of barrels of oil from spewing out of the sea floor since an April "
     "20 explosion destroyed the Deepwater Horizon."),
    # a page's headline or caption run into the sentence: the sentence after it (Timeline17's BBC pages)
    ("Oil spill is worst in US history The oil spill off the coast of America is now the worst in US history.",
     "The oil spill off the coast of America is now the worst in US history."),
    ("Swine flu test center is set up Health experts say this strain of virus has been around for 30 years A 24-hour "
     "facility has been set up in Leicester to test for possible swine flu cases in the East Midlands.",
     "A 24-hour facility has been set up in Leicester to test for possible swine flu cases in the East Midlands."),
    # an agency dateline with a comma after the place, its day or its state (Timeline17 H1N1_reuters, bpoil_reuters)
    ("HONG KONG, May 2 (Reuters) - Travellers quarantined in a Hong Kong hotel for a week after a Mexican guest "
     "tested positive for the H1N1 flu expressed dismay on Saturday at the tough steps.",
     "Travellers quarantined in a Hong Kong hotel for a week after a Mexican guest tested positive for the H1N1 flu "
     "expressed dismay on Saturday at the tough steps."),
    ("VENICE, VENICE, Louisiana (Reuters) - Oil from BP's out-of-control Gulf of Mexico oil spill could threaten the "
     "Mississippi and Alabama coasts this week.",
     "Oil from BP's out-of-control Gulf of Mexico oil spill could threaten the Mississippi and Alabama coasts this week."),
    # a headline run into a sentence that a capitalised common noun opens (Timeline17 H1N1_bbc, haiti_bbc)
    ("Swine flu causes regular outbreaks in pigs Infection control experts are scrambling to respond to outbreaks of "
     "swine flu in Mexico and the US, and suspected cases elsewhere.",
     "Infection control experts are scrambling to respond to outbreaks of swine flu in Mexico and the US, and "
     "suspected cases elsewhere."),
    ("Haiti devastated by massive quake Thousands of people are feared dead after a powerful earthquake hit the "
     "Caribbean nation of Haiti, devastating the country's capital.",
     "Thousands of people are feared dead after a powerful earthquake hit the Caribbean nation of Haiti, devastating "
     "the country's capital."),
    ("Dr Conrad Murray faces four years in prison if convicted The doctor present at Michael Jackson's deathbed has "
     "pleaded not guilty to a charge of involuntary manslaughter in the singer's fatal overdose.",
     "The doctor present at Michael Jackson's deathbed has pleaded not guilty to a charge of involuntary "
     "manslaughter in the singer's fatal overdose."),
])
def test_the_shown_text_leaves_out_the_dateline_attribution_and_set_off_clauses(nlp, sentence, shown):
    assert shown_sentences([sentence], nlp) == [shown]


@pytest.mark.parametrize("sentence", [
    # what was said follows the saying verb: the speaker stays
    "Israel on Tuesday confirmed one case of swine flu, the closest the virus has come to the Arabian Peninsula.",
    # a restrictive relative clause ('that', no comma) is part of what is told
    "The well that BP drilled off Louisiana was sealed on Thursday.",
    # a bare participle tells the happening's result
    "Deepwater Horizon drilling rig explodes about 42 miles off Louisiana, killing 11 men.",
    # a relative clause naming a time tells a happening of its own
    "Westwell was delivering the speech in place of the oil giant's beleaguered chief executive, Tony Hayward, who "
    "last night canceled what would have been his first public appearance in the UK since the oil spill began.",
    # a speaker called by name: the announcement is that party's act, the tail stays (Timeline17 H1N1_reuters, bpoil_bbc)
    "Obama will also travel to Louisiana on Friday, the White House said.",
    "A new flu that has killed up to 68 people in Mexico could start a global epidemic, the World Health "
    "Organization warned.",
    "Tests on BP's newly capped Gulf of Mexico oil well show pressure has been building up slightly as hoped with no "
    "signs of leakage, BP says.",
    "Britain is doubling inspection of drilling rigs after the BP oil spill, Energy Secretary Chris Huhne has said.",
    # the saying verb says more after it: no attribution tail
    "BP suffers third rating downgrade The Gulf of Mexico oil disaster could cost BP $40bn, analysts say Moody's "
    "downgraded BP's creditworthiness by three notches.",
    # what was said is no clause: nothing would be left
    "L) massive oil spill in the Gulf of Mexico, U.S. Attorney General Eric Holder said on Tuesday.",
    # a participle tells what going public was, or what the rise meant
    "Shares in BP rose by over 4% this morning to 448p, indicating that traders remain confident that the annual "
    "dividend will be paid.",
    "Former BP contractor Adam Dillon went public last Friday, telling a local news station in New Orleans that he "
    "was fed up with BP's handling of the spill response.",
    # a closing clause naming a day tells a dated happening of its own
    "BP's first quarter dividend of $2.6 bn has already been declared, and will be paid on 21 June.",
    # a passive 'asked' is no speaker's attribution
    "Schools, universities and even most bars and restaurants will remain closed for several days and though Sunday "
    "church services are going ahead, priests have been asked to place Communion wafers in people's hands.",
    # the tail's agency in brackets would be cut before its closing bracket
    "The oil drilling rig that had burned for 36 hours in the Gulf of Mexico sank Thursday as hopes dimmed for 11 "
    "missing workers and the risk of a major oil spill loomed, officials said (Reuters).",
    # a sentence of the seeds with no clause to cut
    "Donald Trump spoke with Vladimir Putin by phone on Wednesday.",
    # a headline without a verb run into the sentence is left whole (no sure place to cut)
    "BP oil spill: A Louisiana tragedy For Tim Gautreaux, a Louisiana local whose family is immersed in the oil "
    "industry, the BP leak means the death of his whole community.",
    # a capital after a lower-case word that is no sentence's opening: a virus's type, a title after a noun
    "Scientists said the new strain is an influenza A virus that has mixed genes from pigs, birds and humans.",
    "He told the magazine The Economist that the bank would survive the crisis without help.",
    # after the headline, a pronoun that leans on it, or a caption's fragment with no finite verb: left whole
    "Obama names oil-spill panel heads President Obama said the commision would look at how the oil industry "
    "operates They are ex-Democratic Senator Bob Graham and former Republican environment chief William Reilly.",
    "Industry officials acknowledge it could take months to entirely contain leak from well on ocean floor The "
    "Deepwater Horizon oil rig burning last week.",
    # a capitalised common noun inside a name or a title after a lower-case word opens no sentence
    "The samples were sent to the Health Protection Agency for testing and the results came back negative.",
    "Obama met with local officials and Coast Guard commanders who have been coordinating the response.",
    "He spoke to reporters after meeting with Interior Secretary Ken Salazar at the White House on Friday.",
    # a title joined to another by 'and' hangs on the first: no opener
    "Stories published by The Times and The Guardian said the minister had resigned over the scandal.",
    "Reports compiled by the BBC and The Guardian show the spill has grown much larger than first thought.",
])
def test_a_sentence_with_nothing_to_leave_out_is_shown_whole(nlp, sentence):
    assert shown_sentences([sentence], nlp) == [sentence]


def test_a_dateline_alone_is_shown_as_it_is(nlp):
    """Cutting it would leave nothing to show."""
    assert shown_sentences(["MEXICO CITY/GENEVA (Reuters) -"], nlp) == ["MEXICO CITY/GENEVA (Reuters) -"]


@pytest.mark.parametrize("sentence, shown", [
    # the day told relative to the article, with its preposition, its comma, a part of the day
    ("Trump echoed this sentiment to reporters in the Oval Office on Wednesday afternoon, saying it seems "
     "\"unlikely\" Ukraine would see its borders return to pre-2014.",
     "Trump echoed this sentiment to reporters in the Oval Office, saying it seems \"unlikely\" Ukraine would see "
     "its borders return to pre-2014."),
    ("On Wednesday, the company said it had begun operating a second containment system designed to bring oil and "
     "gas to the surface for burning.",
     "The company said it had begun operating a second containment system designed to bring oil and gas to the "
     "surface for burning."),
    ("Jackson's body was released to the family on Friday night.", "Jackson's body was released to the family."),
    ("US Secretary of State Hillary Clinton was the first senior Western official to arrive in Haiti, on Saturday.",
     "US Secretary of State Hillary Clinton was the first senior Western official to arrive in Haiti."),
    ("The oil drilling rig that had burned for 36 hours in the Gulf of Mexico sank Thursday as hopes dimmed for 11 "
     "missing workers.",  # a duration is no second day
     "The oil drilling rig that had burned for 36 hours in the Gulf of Mexico sank as hopes dimmed for 11 missing "
     "workers."),
    ("Underwater robots dived to the ocean floor yesterday in a new effort to staunch the 42,000 gallons of oil a "
     "day being pumped into the Gulf of Mexico.",
     "Underwater robots dived to the ocean floor in a new effort to staunch the 42,000 gallons of oil a day being "
     "pumped into the Gulf of Mexico."),
])
def test_a_day_named_relative_to_the_article_is_left_out_where_the_row_shows_it(nlp, sentence, shown):
    assert shown_sentences([sentence], nlp, [True]) == [shown]
    assert shown_sentences([sentence], nlp, [False]) == [sentence]  # the row's day is not the sentence's


@pytest.mark.parametrize("sentence", [
    # two days: which one the row shows is not sure
    "Remote vehicles will saw through the main riser pipe on Tuesday, before engineers fit the cap on Wednesday.",
    # a calendar date says more than the row's day column
    "Bill Nye, the Science Guy, was online Friday, May 28, to discuss the Gulf oil spill.",
    # a day that is no adverbial of a verb: cutting it would break the phrase
    "Federal officials had already been working on new safety rules for offshore drilling before Tuesday's blast.",
    "President Barack Obama planned a Sunday trip to the Gulf Coast.",
    # the day's phrase says more than the day
    "On Tuesday alone, the first trading day since BP's latest attempt at a fix failed, BP's stock took a hit of 15 "
    "percent.",
    # a deadline, and the day of a planned act, are part of the claim
    "The company said it would begin the drilling by Thursday even if crews can shut off oil leaking from the pipe.",
    "Obama will visit the Gulf coast on Friday.",
    # the day set for an act in an infinitive: expected or planned, not told as done (Timeline17 bpoil_bbc, haiti_bbc)
    "At the same briefing, a coastguard official said the oil slick was expected to wash ashore on the Gulf Coast on "
    "Friday.",
    "A national appeal for aid for the victims of the Haiti earthquake is to be launched this morning.",
    # the day of another happening, told in a relative clause
    "The rig sank after a fire that began on Tuesday.",
    "Hayward, who testified before Congress on Thursday, has been replaced as chief executive.",
    # someone's words: cutting the day from them would misquote
    'Allen said: "We capped the well on Friday and it is holding."',
])
def test_a_day_that_is_not_only_the_rows_day_stays(nlp, sentence):
    assert shown_sentences([sentence], nlp, [True]) == [sentence]


@pytest.mark.parametrize("text, names_a_day", [
    ("Tuesday", True), ("last night", True), ("25 June 2009", True),
    ("six-month", False), ("36 hours", False), ("this week", False), ("the summer", False),
])
def test_a_day_is_named_by_whole_words(text, names_a_day):
    """'six-month' holds 'mon', 'the summer' 'sun' (abbreviated weekdays): no day unless a whole word."""
    assert _names_a_day(text) is names_a_day


def test_the_relative_day_goes_only_where_the_sentence_names_the_rows_day_and_no_other():
    """Which rows may lose their relative day is read from the time expressions that dated the sentence
    (the timex stage's), not from the row alone: a second day-level expression makes the row's day one
    of several."""
    from datetime import date

    from storyline.model import Timex
    from storyline.story.shown_sentence import states_only_its_day
    from storyline.story.timeline import CandidateSentence, day_timexes

    text = "Jackson's body was released to the family on Friday night, a day before the funeral on Saturday."
    timexes = [Timex("d", text.index("Friday"), text.index("Friday") + 12, "Friday night", "TIME", "2009-06-26TNI", None),
               Timex("d", text.index("Saturday"), text.index("Saturday") + 8, "Saturday", "DATE", "2009-06-27", None)]
    days = day_timexes(0, len(text), timexes)
    assert [day for _, day in days] == [date(2009, 6, 26), date(2009, 6, 27)]
    two_days = CandidateSentence(text, "d", date(2009, 6, 27), 3, days[0][1], 0, len(text), len(days))
    assert not states_only_its_day(two_days, "2009-06-26")
    one_day = CandidateSentence(text, "d", date(2009, 6, 27), 3, days[0][1], 0, len(text), 1)
    assert states_only_its_day(one_day, "2009-06-26") and not states_only_its_day(one_day, "2009-06-27")


def test_a_reported_rows_headline_is_its_main_clause_cut_to_who_did_what(nlp):
    from storyline.story.shown_sentence import reported_headline

    assert reported_headline(nlp("BP said its costs for responding to the spill had grown to about $760 million.")) \
        == "BP said its costs had grown to about $760 million"
    assert reported_headline(nlp("Oil was trading around $74 a barrel.")) == "Oil was trading around $74"
    # a pronoun subject names no one: no headline, and the row shows its sentence
    assert reported_headline(nlp("By Friday they had made it into Haiti.")) is None
