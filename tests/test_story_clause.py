"""Headlines from the evidence clause: sentences of the bpoil Timeline17 round-5 sheets and the brief."""
from __future__ import annotations

import pytest

from storyline.story.clause import clause_headline
from storyline.story.events import trigger_type


def _clause(nlp, text: str, trigger: str) -> str | None:
    doc = nlp(text)
    token = next(t for t in doc if t.text == trigger)
    assert trigger_type(token, token.sent.start), trigger  # the word makes an event
    return clause_headline(token)


@pytest.mark.parametrize("text, trigger, expected", [
    ("BP will pay $20bn into a clean-up fund, the White House said.", "pay",
     "BP will pay $20bn into a clean-up fund"),
    ("Alabama's attorney general on Thursday sued BP and others companies associated with the spill, "
     "seeking unspecified economic and punitive damages.", "sued",
     "Alabama's attorney general sued BP and others companies"),
    ("Meanwhile, Coast Guard Commandant Thad Allen retired Tuesday.", "retired",
     "Coast Guard Commandant Thad Allen retired"),
    # the controlling verb stays, the day goes
    ("The U.S. federal government began evacuating oil spill cleanup vessels from the Macondo well Thursday in "
     "advance of a storm hitting the Gulf of Mexico region.", "evacuating",
     "The U.S. federal government began evacuating oil spill cleanup vessels from the Macondo well"),
    # a reported clause one level down, its subject kept
    ("The White House also announced Sunday that it was canceling the president's scheduled visit Wednesday to "
     "New Jersey to discuss the economy.", "announced",
     "The White House announced it was canceling the president's scheduled visit to New Jersey"),
    # a credit in brackets is no part of who acted
    ("(AP) U.S. officials confirmed Thursday the first oil sheen to reach land from the massive spill in the Gulf "
     "of Mexico -- washing up on a beach on an uninhibited Louisiana island.", "confirmed",
     "U.S. officials confirmed the first oil sheen to reach land"),
    # the negation stays: 'no longer' is the news
    ("Coast Guard Adm. Thad Allen warned the day before that the slick is no longer a \"large, monolithic spill.\"",
     "warned", "Coast Guard Adm. Thad Allen warned the slick is no longer a large monolithic spill"),
    # a purpose the call is for, and the party it is made to
    ("Sen. Mary Landrieu, D-La., on Wednesday called for BP to assist the devastated Gulf of Mexico fishing industry.",
     "called", "Sen. Mary Landrieu called for BP to assist the devastated Gulf of Mexico"),
    # the brief's example: a particle, and the act the verb is done by
    ("Transocean has struck back this afternoon however, accusing BP of trying to conceal its own failings in the report.",
     "struck", "Transocean has struck back accusing BP of trying to conceal its own failings in the report"),
    # the parser's subject is the place of a fronted phrase; the apposition is who sank
    ("Off Venezuela, an offshore natural gas platform leased to the national oil company sank early today.",
     "sank", "An offshore natural gas platform sank"),
    # H1N1_guardian: a phrase set off by a comma is an aside; the object's own phrase says what was announced
    ("Today, President Felipe Calderon announced a return to \"normalcy\", with people going back to work tomorrow, "
     "cafes and restaurants reopening, and universities and schools opening their doors on Thursday.", "announced",
     "President Felipe Calderon announced a return to normalcy"),
    # Washington Post, 3 Sep 2016 (PolNeAR train, a held-out bed; headlined 'Was secretary of state was sentenced ...'):
    # the parse hangs the 'while' clause's 'was' and 'secretary' on the main verb
    ("The Romanian hacker who first revealed that Hillary Clinton used a private email address while she was "
     "secretary of state was sentenced to more than four years in federal prison Thursday by a U.S. district judge in "
     "Alexandria, Va.", "sentenced", "The Romanian hacker was sentenced by a U.S. district judge in Alexandria"),
])
def test_the_clause_is_cut_to_who_did_what(nlp, text, trigger, expected):
    assert _clause(nlp, text, trigger) == expected


def test_no_clause_headline_without_a_named_subject_or_for_a_noun(nlp):
    # a pronoun does not tell the reader who
    assert _clause(nlp, "He visited the coast on Friday to see the damage.", "visited") is None
    # a noun's clause is another happening: Salazar's trip, not the explosion
    assert _clause(nlp, "Salazar was traveling to the Gulf Coast on Friday to evaluate the impact of the explosion.",
                   "explosion") is None


@pytest.mark.parametrize("text, trigger, expected", [
    # the noun's own phrase without its article: who held the hearing (round-5 frame 'House Energy and Commerce
    # Committee – Louisiana trial', bpoil_foxnews row 16)
    ("The Louisiana Republican was addressing BP America President Lamar McKay during a House Energy and Commerce "
     "Committee hearing Tuesday.", "hearing", "House Energy and Commerce Committee hearing"),
    # 'House – WASHINGTON trial' (row 18)
    ("Republicans were deeply embarrassed by Barton's apology to BP during a House hearing Thursday, demanding that "
     "the ranking member of the House Energy and Commerce Committee retract his mea culpa or lose his seniority.",
     "hearing", "House hearing"),
    # 'Senate trial' (bpoil_guardian row 6)
    ("The examination was far tougher on the oil companies than the Senate hearings on Tuesday.", "hearings",
     "Senate hearings"),
    # the object of a verb with a named subject: that verb's clause, with the phrase the parse hangs on the noun
    ("The president later holds a meeting in the Oval Office about the response to the oil rig tragedy.", "meeting",
     "The president holds a meeting in the Oval Office"),
    ("Democratic leaders had wanted to hold a vote Tuesday.", "vote", "Democratic leaders had wanted to hold a vote"),
    # H1N1_guardian 'Death of a man': the 'of' object's own phrase says which man, the first death outside North America
    ("The death of a 53-year-old man in Costa Rica yesterday was the first involving swine flu outside North America.",
     "death", "Death of a man in Costa Rica"),
    # haiti_bbc: the conjunction of the clause after the phrase is no word of it (was 'Quake in Haiti and')
    ("An estimated 200,000 people died in last Tuesday's quake in Haiti and another 1.5 million have been made "
     "homeless.", "quake", "Quake in Haiti"),
])
def test_a_noun_trigger_is_headed_by_its_phrase_or_the_clause_it_is_the_object_of(nlp, text, trigger, expected):
    assert _clause(nlp, text, trigger) == expected


@pytest.mark.parametrize("text, trigger", [
    # a bare noun says no more than the frame
    ("Salazar was traveling to the Gulf Coast on Friday to evaluate the impact of the explosion.", "explosion"),
    ("In a second day of hearings, the House of Representatives's energy and commerce committee said documents "
     "and company briefings suggested that BP had cut corners.", "hearings"),
    # the verb's subject is a pronoun: the reader cannot tell who
    ("On Wednesday, he is due to hold a crucial meeting with BP executives.", "meeting"),
    ('He was hosting a meeting with "young African leaders" in the East Room of the White House Tuesday afternoon.',
     "meeting"),
    # a common noun before it says what kind, not which one: bpoil_reuters -n 140 (main 025a12a) rows headlined
    # 'Oil leak' and 'Phone call' (its 'Oil spill': test_a_noun_a_day_in_its_relative_clause_dates_is_headed_by_that_act)
    ("A 98-ton steel containment chamber, or cofferdam, reached the site of a massive oil leak 50 miles south of the "
     "Louisiana coastline on Thursday.", "leak"),
    ("U.S. Secretary of State Hillary Clinton told Britain's foreign minister in a phone call on Friday that Britain may "
     "want to communicate with the U.S. Congress about Libyan intelligence officer Abdel Basset al-Megrahi release.",
     "call"),
])
def test_no_noun_headline_without_whose_or_who(nlp, text, trigger):
    assert _clause(nlp, text, trigger) is None


def test_a_dateline_in_capitals_is_never_a_headline_nor_its_subject(nlp):
    # round-5 bpoil_foxnews row 15 read 'AP NEW ORLEANS offered a measure of optimism'
    text = ("AP NEW ORLEANS -- A device that's now sucking up significant amounts of the oil spewing from the bottom "
            "of the Gulf of Mexico offered a measure of optimism Sunday.")
    assert _clause(nlp, text, "offered") == "A device offered a measure of optimism"
    # a noun phrase after a dateline leaves the dateline out
    assert _clause(nlp, "WASHINGTON -- The Senate hearings on the spill opened with a clash.", "hearings") == (
        "Senate hearings on the spill")
    # capitals that are a name, not a dateline, stay
    assert _clause(nlp, "BP will pay $20bn into a clean-up fund, the White House said.", "pay") == (
        "BP will pay $20bn into a clean-up fund")


def test_a_noun_headline_keeps_whole_hyphenated_words_and_names_no_pronoun(nlp):
    # bpoil_foxnews: the parse kept only 'back' of 'back-to-back'
    assert _clause(nlp, "In back-to-back U.S. Senate inquiries on Tuesday, lawmakers chastised officials from BP PLC "
                   "and its drilling partners over attempts to shift blame to each other.", "inquiries") == (
        "Back-to-back U.S. Senate inquiries")
    # 'calls with me and other members of BP's leadership': the frame ('Administration – BP phone call') says more
    assert _clause(nlp, "On April 21, the Administration began holding meetings and regular calls with me and other "
                   "members of BP's leadership to discuss BP's response effort, as well as federal oversight and "
                   "support.", "calls") is None


def test_a_noun_the_parse_leaves_no_phrase_gives_no_headline(nlp):
    # Timeline17 H1N1_bbc: a clipped line after a sentence; the parse attaches the noun as punctuation, and two
    # articles failed to ingest on it
    text = ("The World Health Organization has confirmed that at least some of the human cases are a never-before-seen "
            "version of the H1N1 strain of influenza type A. Symptoms usually similar to seasonal flu - but deaths "
            "recorded in Mexico")
    token = next(t for t in nlp(text) if t.text == "deaths")
    assert token.dep_ == "punct"  # what the parse made of it
    assert clause_headline(token) is None


def test_a_reported_clause_keeps_its_first_words_own_case(nlp):
    """MJ_bbc: the clause is capitalised as a headline and lowered again for the statement's line; 'I' stays 'I'
    (it became 'i'), a common word is lowered."""
    from storyline.story.clause import reported_clause

    told = next(t for t in nlp("I told him I worked in a club.") if t.lower_ == "told")
    assert reported_clause(told) == "I worked in a club"  # the phrase a verb with no object takes stays (headlines19)
    announced = next(t for t in nlp("BP announced that it is making a $32.2bn provision.") if t.lower_ == "announced")
    assert reported_clause(announced).startswith("it is making")


@pytest.mark.parametrize("text, verb, expected", [
    # review of dbf63f9: a capital the colon or the opening quote gives is the position's, not the word's
    ('President Obama announced in a speech on Friday: "The federal government has taken over the response."',
     "announced", "the federal government has taken over the response"),
    ("The mayor told reporters: The army has withdrawn from the town.", "told", "the army has withdrawn from the town"),
])
def test_a_reported_clause_opened_by_a_colon_or_a_quote_mark_is_lowered(nlp, text, verb, expected):
    from storyline.story.clause import reported_clause

    assert reported_clause(next(t for t in nlp(text) if t.text == verb)) == expected


def test_a_clause_opened_by_a_colon_inside_a_headline_is_lowered(nlp):
    # review of dbf63f9: the headline of the same sentence kept the capital of "The" mid-line
    text = 'President Obama announced in a speech on Friday: "The federal government has taken over the response."'
    assert _clause(nlp, text, "announced") == ("President Obama announced in a speech the federal government has "
                                               "taken over the response")


@pytest.mark.parametrize("text, trigger, expected", [
    # H1N1_guardian (11 June 2009), the WHO's pandemic declaration: the meeting is the landmark the decision is placed
    # after, the sentence's news is the decision ('Meeting of experts' before)
    ("The decision was made after a meeting of experts in Geneva today and comes as infections have climbed in "
     "Europe, the US, Australia, South America and elsewhere.", "meeting",
     "The decision was made after a meeting of experts"),
])
def test_a_noun_an_act_is_placed_after_is_headed_by_that_acts_clause(nlp, text, trigger, expected):
    assert _clause(nlp, text, trigger) == expected


def test_a_negation_on_the_phrase_stays_in_the_headline(nlp):
    """bpoil_reuters: the headline read 'President Barack Obama warned energy giant BP to nickel and dime ...', the
    opposite of the warning; the parser hangs 'not' on the preposition 'to' of the phrase cut to its noun."""
    text = ("President Barack Obama warned energy giant BP on Friday not to "
            "\"nickel and dime\" Gulf coast residents over oil spill damage claims while paying out billions of "
            "dollars in dividends to shareholders.")
    assert " not to " in _clause(nlp, text, "warned")


@pytest.mark.parametrize("text, trigger, expected", [
    # bpoil_reuters: the headline was 'WILMINGTON WILMINGTON Delaware were appointed to lead ...'
    ("WILMINGTON, WILMINGTON, Delaware (Reuters) - Four attorneys from Texas, Louisiana and Florida were appointed on "
     "Friday to a committee to lead the hundreds of oil spill-related lawsuits against BP Plc and its partners, "
     "according to court documents.", "appointed", "Four attorneys were appointed to lead the hundreds of oil "
     "spill-related lawsuits"),
    # the parse makes the dateline the subject and the president its apposition
    ("GRAND ISLE, Louisiana (Reuters) - President Barack Obama warned energy giant BP on Friday not to \"nickel and "
     "dime\" Gulf coast residents over oil spill damage claims while paying out billions of dollars in dividends to "
     "shareholders.", "warned", "President Barack Obama warned energy giant BP not to nickel and dime Gulf coast residents"),
])
def test_a_dateline_naming_its_state_before_the_agency_is_no_subject(nlp, text, trigger, expected):
    assert _clause(nlp, text, trigger) == expected


@pytest.mark.parametrize("text", [
    # bpoil_foxnews (development): the Associated Press's datelines abbreviate the state, with or without its tag
    "AP EMPIRE, La. -- BP chief executive Tony Hayward took a day off Saturday to see his yacht compete.",
    "GRAND ISLE, La. -- BP said Thursday that it plans to boost its ability to capture oil.",
    "VENICE, La. (AP) -- BP's chairman defended his company's safety record on Sunday.",
])
def test_a_dateline_with_an_abbreviated_state_is_a_dateline(nlp, text):
    from storyline.nlp.datelines import dateline_dash

    parsed = nlp(text)
    assert parsed[dateline_dash(parsed[0])].text == "--"


def test_names_in_capitals_before_a_dash_are_no_dateline_without_a_state_or_an_agency(nlp):
    from storyline.nlp.datelines import dateline_dash

    assert dateline_dash(nlp("BP, Transocean -- the companies that ran the rig -- were sued.")[0]) is None


def test_an_agencys_credit_opening_the_line_is_no_subject(nlp):
    """H1N1_reuters, 27 April 2009: the credit alone opens the line (the dateline's place is on the line before); an
    untyped act's headline read 'Reuters revised its 6-point scale for pandemic alerts'."""
    from storyline.story.clause import clause_headline

    parsed = nlp("(Reuters) - The World Health Organisation (WHO) revised Monday its 6-point scale for pandemic alerts, "
                 "saying that phase 5 would correspond to a strong signal that a pandemic was \"imminent.\"")
    verb = next(token for token in parsed if token.text == "revised")
    assert clause_headline(verb) == "The World Health Organisation revised its 6-point scale for pandemic alerts"


def test_a_relative_clause_is_headlined_with_the_noun_its_pronoun_stands_for(nlp):
    """MJ_bbc: the Conrad Murray verdict read 'Michael Jackson – Los Angeles conviction' (a frame without the
    convicted man) because the relative clause's subject is 'who', which names nobody."""
    text = ("But Channel 4's exclusive interview with Dr Conrad Murray, who was convicted of the involuntary "
            "manslaughter of pop star Michael Jackson this week, only attracted 757,000 viewers.")
    assert _clause(nlp, text, "convicted") == ("Dr Conrad Murray was convicted of the involuntary manslaughter of "
                                               "pop star Michael Jackson")


def test_a_dateline_hung_on_the_subject_is_left_out_of_its_phrase(nlp):
    """bpoil_reuters: the parse hangs the dateline on the subject after it, so the headline read 'BIRMINGHAM
    BIRMINGHAM Alabama Alabama is suing ...'."""
    text = ("A worker ties a boom used to mop oil from the Deepwater Horizon spill from a beach in Gulf Shores, Alabama, "
            "June 24, 2010. BIRMINGHAM, BIRMINGHAM, Alabama (Reuters) - Alabama is suing BP Plc, Transocean and "
            "Halliburton for \"catastrophic harm\" caused by the Gulf of Mexico oil spill, the state's attorney general "
            "said on Friday.")
    assert _clause(nlp, text, "suing") == "Alabama is suing BP Plc Transocean and Halliburton"


def test_a_defining_relative_clause_is_no_headline(nlp):
    """MJ_bbc: 'a documentary called The Man Who Killed Michael Jackson' is a title; only a relative clause set off by
    a comma ('Dr Conrad Murray, who was convicted ...') tells a fact of the noun it follows."""
    text = ("He spoke to journalist Steve Hewlett eight days before the verdict as part of a documentary called The Man "
            "Who Killed Michael Jackson.")
    assert _clause(nlp, text, "Killed") is None


@pytest.mark.parametrize("text, trigger", [
    ("Gulf oil spill: BP well is 'dead' five months after it blew BP finally shuts off well that ruptured on 20 April, "
     "which caused explosion on Deepwater Horizon rig, the deaths of 11 workers and billions of pounds of damage.", "explosion"),
    ("Mike Williams, who was in charge of maintaining the rig's electronic systems, was giving evidence to the federal "
     "panel in New Orleans that is investigating the cause of the disaster on 20 April, which killed 11 people.", "killed"),
])
def test_a_relative_clause_hung_on_a_date_has_no_subject(nlp, text, trigger):
    """bpoil_guardian (review17): the parse hangs ', which caused' on '20 April'; a date does nothing ('April caused
    explosion on Deepwater Horizon rig', 'April killed 11 people' were the headlines)."""
    assert _clause(nlp, text, trigger) is None


def test_a_dateline_of_two_places_is_left_out_of_the_subjects_phrase(nlp):
    """bpoil_reuters (review17): the parse hangs '(Reuters)' of 'WASHINGTON/LONDON (Reuters) -' on 'President'; the
    headline was 'Reuters President Barack Obama will press ...'."""
    text = ("WASHINGTON/LONDON (Reuters) - President Barack Obama will press BP executives this week to set up an escrow "
            "account to pay damage claims by individuals and businesses hurt by the Gulf of Mexico oil spill disaster.")
    assert _clause(nlp, text, "press") == "President Barack Obama will press BP executives to set up an escrow account"


@pytest.mark.parametrize("text, trigger, expected", [
    ("The Deepwater Horizon explosion, which left 11 dead, has revived painful memories of the Piper Alpha oil platform "
     "explosion and fire in the British North Sea, which killed nearly 170 people in 1988, making it the world's worst "
     "offshore oil disaster.", "killed", "The Piper Alpha oil platform explosion and fire killed nearly 170 people"),
    ("Authorities in the United States, who have reported 109 confirmed swine flu infections but only one death, are "
     "recommending that people sick with flu symptoms seek treatment and stay home.", "infections",
     "Authorities have reported 109 confirmed swine flu infections but only one death"),
])
def test_a_relative_clause_hung_on_a_place_in_a_nouns_phrase_tells_of_the_noun(nlp, text, trigger, expected):
    """bpoil_reuters, H1N1_reuters (review17): the parse hangs ', which killed' on the place of 'the explosion and fire in
    the British North Sea'; the headlines were 'The British North Sea killed nearly 170 people', 'The United States
    have reported ...'."""
    assert _clause(nlp, text, trigger) == expected


def test_a_singular_relative_verb_keeps_the_place_after_a_plural_noun(nlp):
    """'the cases in Mexico, which has reported 20 deaths': 'has' cannot tell of 'cases', so Mexico stays the antecedent."""
    from storyline.story.clause import _antecedent

    doc = nlp("Officials counted the cases in Mexico, which has reported 20 deaths.")
    verb = next(t for t in doc if t.text == "reported")
    assert _antecedent(verb.head, verb).text == "Mexico"


def test_a_plural_relative_verb_tells_of_the_plural_noun_before_a_singular_one(nlp):
    """bpoil_guardian (review17): ', which have been posted' tells of the contributions, not the campaign (the headline
    was 'Greenpeace's campaign have been posted to the charity's Flickr photostream')."""
    text = ("It may not be happy with the contributions to Greenpeace's campaign, which have been posted to the charity's "
            "Flickr photostream.")
    assert _clause(nlp, text, "posted") == "The contributions have been posted to the charity's Flickr photostream"


def test_a_finite_clause_after_a_misread_preposition_is_headed_by_its_own_subject(nlp):
    """H1N1_reuters (issue #13 round 18): 'after Hong Kong authorities on Friday confirmed' is parsed as a
    preposition's phrase and a clause without a subject; its headline is who confirmed, not a bare verb."""
    headline = _clause(nlp, "China suspended flights to Mexico after Hong Kong authorities on Friday confirmed a "
                            "Mexican man who flew via the Chinese mainland was infected with the flu strain.", "confirmed")
    assert headline is not None and headline.startswith("Hong Kong authorities confirmed"), headline


def test_a_statement_noun_a_saying_is_told_in_gives_what_was_said(nlp):
    """bpoil_reuters -n 140 (main 025a12a): the row headlined 'BP Plc statement the sum referred to speed up their
    response plans some compensation claims and federal costs' - the statement is how it was said, and the purpose
    clause the parse hung on 'referred' belongs to 'payments to the Gulf Coast States'."""
    from storyline.story.clause import reported_clause

    text = ("BP said in a statement on Monday the sum referred to the cost of spill response, containment efforts, relief "
            "well drilling, payments to the Gulf Coast States to speed up their response plans, some compensation claims "
            "and federal costs.")
    assert _clause(nlp, text, "statement") == "BP said in a statement the sum referred to the cost of spill response"
    assert reported_clause(next(t for t in nlp(text) if t.text == "said")) == "the sum referred to the cost of spill response"
    # a purpose clause right after the phrase is the verb's
    assert _clause(nlp, "Sen. Mary Landrieu, D-La., on Wednesday called for BP to assist the devastated Gulf of Mexico "
                        "fishing industry.", "called") == "Sen. Mary Landrieu called for BP to assist the devastated Gulf of Mexico"


def test_a_dative_phrase_keeps_its_noun_not_the_clause_describing_it(nlp):
    # bpoil_reuters: 'House agrees separate bill on Friday', a frame, for want of a clause under 18 words
    text = ("The House also approved a separate bill on Friday to give whistle-blower protection to workers who report "
            "violations in offshore drilling rules.")
    assert _clause(nlp, text, "approved") == ("The House approved a separate bill to give whistle-blower protection to "
                                              "workers")


def test_a_noun_a_day_in_its_relative_clause_dates_is_headed_by_that_act(nlp):
    # bpoil_reuters -n 140 (main 025a12a): the spill row of 15 July was headlined 'Oil spill'
    text = ("Louisiana sustained the most damage to its coastline and waters from the oil spill, which began in April and "
            "was plugged with cement on July 15.")
    assert _clause(nlp, text, "spill") == "The oil spill was plugged with cement"


def test_a_long_testimony_is_headed_by_who_testified(nlp):
    # MJ_bbc -n 140 (main 025a12a): the frame 'Frank Dileo – Michael Jackson trial' named those in the testimony
    text = ("Also on Tuesday, Jackson's former personal assistant Michael Williams testified that as the singer's body lay "
            "in bed, Jackson manager Frank Dileo told his children: \"Daddy had a heart attack and died.\"")
    assert _clause(nlp, text, "testified") == "Jackson's former personal assistant Michael Williams testified"


@pytest.mark.parametrize("text, trigger, expected", [
    # H1N1_reuters -n 140 (dev): the row was headlined 'The World Health Organization warned'
    ("A new flu that has killed up to 68 people in Mexico could start a global epidemic, the World Health Organization "
     "warned on Saturday, as tests showed the strain might be spreading in the United States.", "warned",
     "A new flu could start a global epidemic, the World Health Organization warned"),
    # bpoil_guardian -n 140 (dev): was 'US officials confirmed'
    ("With a final shot of cement, BP permanently \"killed\" its well in the Gulf of Mexico that ruptured in April and "
     "unleashed the worst oil spill in American history, US officials confirmed today.", "confirmed",
     "BP killed its well in the Gulf of Mexico, US officials confirmed"),
    # words in quotation marks before the verb are what was said
    ("\"We will not pay a dime,\" the company warned on Monday.", "warned", "We will not pay a dime, the company warned"),
])
def test_words_told_before_the_saying_verb_are_what_it_told(nlp, text, trigger, expected):
    assert _clause(nlp, text, trigger) == expected


def test_a_saying_verb_with_its_object_after_it_keeps_its_own_clause(nlp):
    # the words before a comma are no reported clause when the verb has an object of its own
    text = "After the vote, the senator announced his resignation on Tuesday."
    assert _clause(nlp, text, "announced") == "The senator announced his resignation"


def test_a_second_object_set_off_by_a_comma_is_an_aside(nlp):
    # bpoil_washingtonpost -n 140 (dev): 'companies the federal government's first legal filing'
    text = ("The Justice Department sued BP and eight other companies Wednesday over the Gulf of Mexico oil disaster, the "
            "federal government's first legal filing in its broad investigation of the worst oil spill in U.S. history.")
    assert _clause(nlp, text, "sued") == ("The Justice Department sued BP and eight other companies over the Gulf of "
                                          "Mexico oil disaster")


def test_of_without_its_object_is_left_out_and_the_subject_nearest_the_verb_acts(nlp):
    # bpoil_washingtonpost -n 140 (dev): the parse gives 'began' two subjects; was 'The third anniversary of began in Houma'
    text = ("On Sunday, the third anniversary of his becoming BP's chief executive, Hayward began his day in Houma, La., "
            "flew to a convention center in Mobile, Ala., where a new oil spill command center has been set up.")
    doc = nlp(text)  # an untyped act ('began'): a row only when told by a name, so headlined as any clause
    headline = clause_headline(next(t for t in doc if t.text == "began"))
    assert headline.startswith("Hayward began") and " of " not in headline


@pytest.mark.parametrize("text, trigger, expected", [
    # bpoil_washingtonpost -n 140 (dev, --all): a name after a verb or a preposition belongs to the first subject's phrase
    ("MMS statistics say that a 1970 blowout on a Shell Oil well that killed four people triggered a spill of 53,000 "
     "barrels.", "triggered", "A blowout triggered a spill of 53,000 barrels"),
    # a subject after a dash and 'even though' opens its own clause (was 'The lingering uncertainty has pledged ...')
    ("Auditors concluded that the lingering uncertainty over the cost of the cleanup - even though BP has pledged to foot "
     "the bill - still poses financial risks.", "pledged", "BP has pledged to foot the bill"),
    # H1N1_reuters -n 140 (dev, --all): a preposition left waiting takes the phrase after the comma, no aside
    ("On Monday, one creditor, Avenue Capital Management LLC filed an objection to, among other things, Six Flags ' use "
     "of cash collateral.", "filed", "One creditor filed an objection to Six Flags ' use of cash collateral"),
])
def test_the_right_subject_and_object_when_the_parse_gives_two(nlp, text, trigger, expected):
    doc = nlp(text)
    assert clause_headline(next(t for t in doc if t.text == trigger)) == expected


def test_a_headline_opening_on_a_possessive_opens_on_the_one_name_before_it(nlp):
    # bpoil_washingtonpost -n 140 (dev, --all): was 'Its lease partners will pay 25 and 10 percent'
    doc = nlp("BP will pay 65 percent of these costs; its lease partners Anadarko Petroleum and Mitsui will pay 25 and "
              "10 percent.")
    second = [t for t in doc if t.text == "pay"][1]
    assert clause_headline(second) == "BP's lease partners will pay 25 and 10 percent"


def test_a_possessive_after_two_people_stays(nlp):
    # two people named before 'his': the headline cannot tell whose, and does not guess
    doc = nlp("Barack Obama thanked Joe Biden on Monday, and his aides announced a new plan.")
    assert clause_headline(next(t for t in doc if t.text == "announced")) == "His aides announced a new plan"


@pytest.mark.parametrize("text, trigger, expected", [
    ("Later that day, the governor fired back a response saying he would not sign the bill and suggesting that "
     "lawmakers should start again.", "fired", "The governor fired back a response saying he would not sign the bill"),
    # after a day the parse hangs the participle on the verb: a statement noun's still
    ("BP issued a statement on Monday saying it would pay for the clean-up.", "issued",
     "BP issued a statement saying it would pay for the clean-up"),
])
def test_an_object_told_with_a_participle_of_saying_keeps_what_it_said(nlp, text, trigger, expected):
    # round 32's 'Trump fired back a response' kind: the object alone says nothing of what was said
    doc = nlp(text)
    assert clause_headline(next(t for t in doc if t.text == trigger)) == expected
