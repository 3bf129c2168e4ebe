"""Positions: who holds which stance on which issue, from the parse, and how it moved.

Claim tests run real sentences (most from the seed articles) through the same per-document
steps as ingest; the construction each test covers is in its name."""
from __future__ import annotations

import pytest

from storyline.model import Document
from storyline.nlp.entities import is_outlet_name
from storyline.story.positions import (
    Statement,
    extract_claims,
    ledger,
    place_name,
    positions_from_statements,
    statements_of_positions,
)


@pytest.fixture(scope="module")
def claims_of(raw_claims_of):
    def run(text: str, published: str = "2025-05-19") -> list[tuple]:
        return [(c.holder_text.split()[-1], c.issue, c.stance, c.earlier) for c in raw_claims_of(text, published)]

    return run


def test_subject_demands_that_another_cede_a_named_place(claims_of):
    found = claims_of("Russian President Vladimir Putin, in a recent phone call with U.S. President Donald Trump, "
                      "reportedly demanded that Ukraine cede full control of the Donetsk region as a precondition "
                      "for ending the war, according to an exclusive report by the Washington Post.")
    assert found == [("Putin", "Donetsk", "demand", False)]  # not Ukraine ceding, not the Post, not the U.S.


def test_backing_off_an_earlier_demand_drops_it_and_a_participle_agent_accepts(claims_of):
    found = claims_of('Trump said "some progress has been made" toward ending Russia\'s Ukraine war, but he backed '
                      "off an earlier demand that Putin agree to an immediate ceasefire, a condition accepted by "
                      "Ukrainian President Volodymyr Zelenskyy.")
    assert set(found) == {("Trump", "ceasefire", "drop", False), ("Trump", "ceasefire", "demand", True),
                          ("Zelenskyy", "ceasefire", "accept", True)}  # Putin agreeing is the demand's content; the
    # acceptance describes the condition in a sentence told in the past: held before the article (it was March's)


def test_possessive_noun_and_coordinated_verbs(claims_of):
    found = claims_of("Ukraine supports Trump's call for a ceasefire along the existing lines but insists on "
                      "Western security guarantees to prevent future Russian attacks.")
    assert set(found) == {("Ukraine", "ceasefire", "support", False), ("Trump", "ceasefire", "demand", True),
                          ("Ukraine", "security guarantees", "demand", False)}
    # Trump's call is Ukraine's object here: made before Ukraine backed it (session 45)


def test_a_place_the_document_names_as_a_region_is_an_issue(claims_of):
    found = claims_of("Putin demanded the Donetsk region. Putin's insistence on Donetsk underscores Russia's "
                      "long-term territorial ambitions.")
    assert found.count(("Putin", "Donetsk", "demand", False)) == 2


def test_negation_turns_acceptance_into_rejection_and_cancels_support(claims_of):
    assert claims_of("Trump reportedly did not accept the request, nor did he publicly support it after meeting "
                     "with Ukrainian President Volodymyr Zelensky at the White House.") == []
    assert claims_of('"We will never accept the occupation of Crimea," Zelensky said.') == [
        ("Zelensky", "Crimea", "reject", False)]  # "we" in a quote is its speaker


def test_questions_conditions_and_hypotheticals_state_no_position(claims_of):
    assert claims_of("If Russia accepted a ceasefire, sanctions would be lifted.") == []
    assert claims_of("Would Putin accept a ceasefire?") == []
    assert claims_of("Russia could accept a truce.") == []


def test_a_reported_stance_belongs_to_its_subject_not_the_reporter(claims_of):
    assert claims_of("The Kremlin said Ukraine rejected the ceasefire proposal.") == [
        ("Ukraine", "ceasefire", "reject", False)]
    found = claims_of("Sources familiar with the conversation told the newspaper that Putin indicated he would be "
                      "willing to cede parts of Zaporizhzhia and Kherson in exchange for Donetsk.")
    assert set(found) == {("Putin", "Zaporizhzhia", "concede", False), ("Putin", "Kherson", "concede", False)}


def test_relative_clause_holder_and_an_issue_named_by_a_verb(claims_of):
    found = claims_of('Putin, who rejected an invitation to meet with Zelenskyy in Turkey last week, said Russia was '
                      '"ready to work" with Kyiv.')
    assert found == [("Putin", "meeting with Zelenskyy", "reject", True)]  # the meeting by its party (posissue26);
    # the relative clause tells who Putin is, in the past: held before (the parser hangs "last week" on "meet")


def test_refusal_and_ruling_out(claims_of):
    assert claims_of("Zelensky, however, has consistently rejected territorial concessions.") == [
        ("Zelensky", "territorial concessions", "reject", True)]  # held before the article too (posdate22); the
    # phrase, not the label `territory`, which "demanded full territorial liberation" shares the other way round
    assert claims_of("While Hegseth ruled out NATO membership, he said Ukraine needs guarantees.")[0] == (
        "Hegseth", "NATO membership", "reject", False)


def test_issue_taxonomy_reaches_domestic_policy(claims_of):
    assert claims_of("Clinton has called for a ban on assault weapons.") == [
        ("Clinton", "ban on assault weapons", "demand", False)]  # the measure: `assault weapon` read as wanting them
    assert claims_of("Clinton has called for stricter gun control.") == [("Clinton", "gun control", "demand", False)]


def test_outlets_are_sources_not_actors():
    assert is_outlet_name("Washington Post") and is_outlet_name("The Associated Press") and is_outlet_name("Fox News")
    assert is_outlet_name("Kyiv Independent", outlets=["Kyiv Independent"])
    assert not is_outlet_name("North Atlantic Treaty Organization") and not is_outlet_name("Kremlin")
    # people whose surnames are newsroom words stay actors; a newsroom typed as a person does not
    assert not is_outlet_name("Liam Fox", person=True) and not is_outlet_name("Fiona Hill", person=True)
    assert is_outlet_name("Liam Fox") and is_outlet_name("Washington Post", person=True)
    assert place_name("the Donetsk region") == "Donetsk"


def _statement(stance, date, doc, start=0, earlier=False, before=None):
    return Statement("person:trump", "ceasefire", "ceasefire", stance, date, None, doc, start, start + 9, None,
                     earlier, before)


def test_repeats_fold_into_one_position_and_changes_name_the_previous_stance():
    statements = [_statement("demand", "2025-03-11", "a"), _statement("demand", "2025-03-11", "a", 40),
                  _statement("demand", "2025-04-02", "b"), _statement("demand", "2025-04-02", "c"),
                  _statement("drop", "2025-05-19", "d"), _statement("demand", "2025-10-19", "e")]
    positions = positions_from_statements(statements, {"a": None, "b": None, "c": "b", "d": None, "e": None})
    assert [(p.stance, p.date, p.previous) for p in positions] == [
        ("demand", "2025-03-11", None), ("drop", "2025-05-19", "demand"), ("demand", "2025-10-19", "drop")]
    first = positions[0]
    assert first.date_range == ["2025-03-11", "2025-04-02"] and len(first.mentions) == 4
    assert first.sources == ["a", "b", "c"] and first.independent_sources == 2  # c copies b


def test_a_position_told_once_without_a_day_spans_that_statements_week():
    # #14 posdate35 (round-32b row 70, development): "Jewish groups also widely condemned Trump's proposal" (told in
    # the simple past: the week before its article of 10 Dec) and "On Wednesday, Clinton bashed Trump's proposal" (9
    # Dec); the proposal was of 7 Dec: the position is dated by the span of both, not by the one day told
    undated = _statement("propose", None, "a")
    undated.date_range = ["2015-12-03", "2015-12-10"]
    (position,) = positions_from_statements([undated, _statement("propose", "2015-12-09", "b")], {})
    assert (position.date, position.date_range) == (None, ["2015-12-03", "2015-12-10"])
    (position,) = positions_from_statements([_statement("propose", "2015-12-09", "b"),
                                             _statement("propose", "2015-12-11", "c")], {})
    assert (position.date, position.date_range) == ("2015-12-09", ["2015-12-09", "2015-12-11"])


def test_a_change_is_marked_only_where_the_stance_goes_another_way():
    # #14 point 4 (round-32b row 70, development): Trump's "proposal" and "call" for a ban on Muslims in a row are one
    # position told in two words; a rejection after them is a change, and so is dropping a demand
    statements = [_statement("propose", "2015-12-07", "a"), _statement("demand", "2015-12-09", "b"),
                  _statement("reject", "2016-01-10", "c"), _statement("drop", "2016-02-01", "d")]
    positions = positions_from_statements(statements, {})
    assert [(p.previous, p.stance, p.step) for p in positions] == [
        (None, "propose", 0), (None, "demand", 1), ("demand", "reject", 2), ("reject", "drop", 3)]


def test_one_issue_worded_two_ways_is_one_line_of_the_ledger():
    # round 45 pool bed (PolNeAR train, development): Trump's "called for a ban on Muslims entering the United States"
    # and "called to ban Muslims from entering the U.S." were two issues, 'ban on Muslims' and 'ban Muslims'; the
    # wording stated most often names both, each statement keeps its own; turned-round wordings stay apart
    def worded(issue, stance, date, doc):
        return Statement("person:donald-trump", issue, "other", stance, date, None, doc, 0, 9, None)

    statements = [worded("ban Muslims", "propose", "2015-12-08", "a"), worded("ban on Muslims", "demand", "2015-12-10", "b"),
                  worded("ban Muslims", "demand", "2015-12-12", "c"), worded("Apple boycott", "demand", "2016-02-19", "d"),
                  worded("boycott Apple", "demand", "2016-02-20", "e"), worded("not raise tax", "propose", "2016-01-01", "f"),
                  worded("raise tax", "reject", "2016-01-02", "g")]
    positions = positions_from_statements(statements, {})
    assert sorted({p.topic for p in positions}) == ["Apple boycott", "ban Muslims", "not raise tax", "raise tax"]
    ban = [p for p in positions if p.topic == "ban Muslims"]
    assert [(p.stance, len(p.mentions)) for p in ban] == [("propose", 1), ("demand", 2)]
    assert [m.get("issue") for m in ban[1].mentions] == ["ban on Muslims", None]
    # an addition re-folds the stored positions with each statement's own wording: the same ledger as a full build
    again = positions_from_statements(statements_of_positions(positions), {})
    assert [(p.topic, p.stance, p.mentions) for p in again] == [(p.topic, p.stance, p.mentions) for p in positions]


def test_a_name_and_its_dotted_initials_are_one_issue_of_the_ledger():
    # session 50 (PolNeAR train, development): 'ban on Muslims entering United States' and 'ban Muslims from entering
    # U.S.' were two lines of Trump's ledger once the issue named where the Muslims were to be kept from
    from storyline.story.positions.ledger import issue_key

    assert issue_key("ban on Muslims entering United States") == issue_key("ban Muslims from entering U.S.")
    assert issue_key("repeal Affordable Care Act") == issue_key("repeal A.C.A.")
    # other names stay apart, and so do an issue and its name's place in another phrase
    assert issue_key("sanctions on United States") != issue_key("sanctions on United Kingdom")
    assert issue_key("troops in U.S.") != issue_key("troops in U.K.")


def test_an_issue_in_two_numbers_is_one_issue_of_the_ledger():
    # session 55: issues write their nouns as the sentence does, so one article's "raise taxes on the rich" and
    # another's "raise tax on the rich" are one line of the actor's ledger, shown in the wording stated more often
    from storyline.story.positions.ledger import issue_key

    assert issue_key("raise taxes on the rich") == issue_key("raise tax on the rich")
    assert issue_key("cut subsidies for ethanol") == issue_key("cut subsidy for ethanol")
    assert issue_key("ban churches from endorsing candidates") == issue_key("ban church from endorsing candidate")
    assert issue_key("curb complaints about surpluses") == issue_key("curb complaint about surplus")
    assert issue_key("fix highways, trains and airports") == issue_key("fix highway, train and airport")
    assert issue_key("deny entry to travelers") != issue_key("deny entry to traders")

    def said(issue, doc):
        return Statement("person:donald-trump", issue, "other", "propose", "2016-01-0" + doc, None, doc, 0, 9, None)

    (position,) = positions_from_statements([said("raise taxes on the rich", "1"), said("raise tax on the rich", "2"),
                                             said("raise taxes on the rich", "3")], {})
    assert position.topic == "raise taxes on the rich" and len(position.mentions) == 3


def test_an_issue_shows_its_nouns_as_the_sentence_writes_them(claims_of):
    # session 55: a label of lemmas read as garbled or as another thing on the judged sheets ("send more special
    # force into Syria", "deny entry to traveler"); the development pool's evidence sentences (PolNeAR train)
    assert ("Clinton", "send more special forces into Syria", "propose", False) in claims_of(
        "Clinton suggested the United States should send more special forces into Syria to combat the Islamic State.")
    assert claims_of("And Mike Huckabee called for denying entry to travelers from countries with a ''strong "
                     "presence'' of the Islamic State or Al Qaeda.") == [
        ("Huckabee", "deny entry to travelers", "demand", False)]
    # the words as close together as the sentence has them: not the headline's "Credit scores" before it
    assert claims_of("Bernie Sanders: Credit scores On his campaign website, Senator Bernie Sanders calls for credit "
                     "score reform.")[-1:] == [("Sanders", "credit score reform", "demand", False)]
    # a name places the words beside it: not the "state flags" nearer the verb
    assert claims_of("Activists engaged in a brief sit-in along the march route, demanding that the Mississippi flag, "
                     "which includes the stars and bars of the Confederacy, be removed from a street display of all "
                     "state flags.") == [("Activists", "remove Mississippi flag", "demand", False)]
    # a gerund after a preposition and a name's possessive ending with nothing after it are written so too
    assert claims_of("Clinton argued Trump’s proposal to pay down the national debt by printing money would "
                     "trigger hyperinflation and crash the economy.") == [
        ("Trump", "pay down national debt by printing money", "propose", True)]
    assert claims_of("Clinton to call for wider efforts to cure Alzheimer's.") == [
        ("Clinton", "cure Alzheimer's", "demand", False)]
    assert claims_of("Clinton called for wider efforts to cure Alzheimer's disease.") == [
        ("Clinton", "cure Alzheimer's disease", "demand", False)]  # a possessor the NER tags as nothing is a name too
    # a taxonomy issue keeps its name, whatever number the sentence uses
    assert claims_of("Putin has rejected any ceasefires along the front line.") == [
        ("Putin", "ceasefire", "reject", False)]
    assert claims_of("The Republicans opposed the budgets the president proposed.") == [
        ("Republicans", "budget", "oppose", False)]
    # a word of the label the sentence writes in the singular stays so, beside a plural of it elsewhere
    assert claims_of("Obama proposed a tax cut for the middle class, and tax cuts were on the agenda.") == [
        ("Obama", "tax cut for middle class", "propose", False)]
    assert claims_of("Obama proposed tax cuts for the middle class.") == [
        ("Obama", "tax cuts for middle class", "propose", False)]


def test_a_persons_title_is_no_part_of_an_issue_that_names_the_person(claims_of):
    # session 55, PolNeAR train (development pool row 181): the title's last word hung on the name gave
    # 'impeachment of General Loretta Lynch'
    assert claims_of("Former Arizona State Senator Dr. Kelli Ward called for the impeachment of U.S. Attorney General "
                     "Loretta Lynch following news that the Department of Justice would sue North Carolina.") == [
        ("Ward", "impeachment of Loretta Lynch", "demand", False)]


def test_a_field_word_in_a_second_infinitive_asked_for_names_its_act(claims_of):
    # session 54's development recall reading (PolNeAR train, NYT): the second of two infinitives promised gave the
    # field label `climate and energy`, stored unlisted, where the first alone names its act
    assert claims_of("The Democratic candidates, Hillary Clinton and Senator Bernie Sanders, have promised to build on "
                     "Mr. Obama's legacy and to pursue strong climate policies.") == [
        ("Clinton", "pursue strong climate policies", "propose", False),
        ("Sanders", "pursue strong climate policies", "propose", False)]
    assert claims_of("Clinton promised to pursue strong climate policies.") == [
        ("Clinton", "pursue strong climate policies", "propose", False)]


def test_an_earlier_demand_comes_before_the_drop_that_mentions_it():
    positions = positions_from_statements([_statement("drop", "2025-05-19", "d"),
                                           _statement("demand", None, "d", earlier=True, before="2025-05-19")], {})
    steps = ledger([p.__dict__ for p in positions])[("person:trump", "ceasefire")]
    assert [(p["stance"], p["previous"], p["date_range"]) for p in steps] == [
        ("demand", None, [None, "2025-05-19"]), ("drop", "demand", None)]


def test_a_long_held_stance_comes_before_the_news_of_its_article_week():
    # the seeds: 'Zelenskyy has consistently advocated for the complete restoration of territorial integrity' in an
    # article of 12 February, told by another article with the swap it signalled 'earlier this week' (10-12 February)
    swap = Statement("person:trump", "ceasefire", "ceasefire", "concede", None, ["2025-02-10", "2025-02-12"], "a", 0, 9,
                     None)
    positions = positions_from_statements([swap, _statement("support", None, "b", earlier=True, before="2025-02-12")], {})
    assert [(p.stance, p.previous) for p in positions] == [("support", None), ("concede", "support")]


def test_a_rewrite_telling_a_stance_again_in_other_words_is_no_change_of_stance():
    # the seeds: a rewrite's 'has consistently advocated for the complete restoration' (support) of the original's 'has
    # long demanded full territorial liberation' (demand): one step with both for evidence, counted once
    statements = [_statement("demand", None, "a", 10, earlier=True, before="2025-02-12"),
                  _statement("support", None, "b", 30, earlier=True, before="2025-02-12"),
                  _statement("drop", "2025-05-19", "d")]
    positions = positions_from_statements(statements, {"a": None, "b": "a", "d": None})
    assert [(p.stance, p.previous, p.sources, p.independent_sources) for p in positions] == [
        ("demand", None, ["a", "b"], 1), ("drop", "demand", ["d"], 1)]


def test_one_article_gives_one_stance_and_other_sources_are_flagged_side_by_side():
    statements = [_statement("support", "2025-10-19", "a"), _statement("support", "2025-10-19", "a", 50),
                  _statement("oppose", "2025-10-19", "a", 90), _statement("oppose", "2025-10-19", "b")]
    positions = positions_from_statements(statements, {"a": None, "b": None})
    from_a = [p for p in positions if "a" in p.sources]
    assert [p.stance for p in from_a] == ["support"]
    assert from_a[0].contradicted_by == [{"stance": "oppose", "doc": "b", "start": 0, "end": 9}]


def test_seed_positions_have_no_duplicates_outlets_or_split_stances(seeded_db_path):
    from storyline.export.records import position_records
    from storyline.store.queries import entity_names
    from storyline.store import Store

    store = Store(seeded_db_path)
    positions = position_records(store)
    names = entity_names(store)
    keys = [(p["actor"], p["topic"], p["stance"], p["date"], tuple(p["date_range"] or ())) for p in positions]
    assert len(keys) == len(set(keys))
    assert not any(is_outlet_name(names[p["actor"]]) for p in positions)
    held = {(names[p["actor"]].split()[-1], p["topic"], p["stance"]) for p in positions}
    assert ("Putin", "Donetsk", "demand") in held
    assert ("Trump", "ceasefire", "drop") in held and ("Hegseth", "NATO membership", "reject") in held
    per_document = {}
    for p in positions:
        for m in p["mentions"]:
            if not m.get("earlier"):
                per_document.setdefault((p["actor"], p["topic"], m["doc"], m.get("date")), set()).add(p["stance"])
    assert all(len(stances) == 1 for stances in per_document.values())


def test_the_seeds_earlier_ceasefire_demand_shows_before_the_drop_that_mentions_it(seeded_db_path, capsys):
    """"Trump ... backed off an earlier demand that Putin agree to an immediate ceasefire": the CLI
    ledger and the export list the earlier demand first, each step after the one its `previous` names."""
    import csv

    from storyline.cli import main
    from storyline.export.records import export_sections
    from storyline.store import Store
    from storyline.store.queries import positions_of

    assert main(["positions", "--db", str(seeded_db_path), "--actor", "Trump", "--format", "csv"]) == 0
    rows = [row for row in csv.DictReader(capsys.readouterr().out.splitlines())
            if row["issue (family)"] == "ceasefire (ceasefire)"]
    # support, then a call for it: one way, no change marked (the step keeps its place)
    assert [row["stance"] for row in rows] == ["demand", "demand -> drop", "drop -> support", "demand"]
    assert rows[0]["when"].startswith("before ") and "backed off an earlier demand" in rows[0]["evidence"]
    store = Store(seeded_db_path)
    steps = [p for p in dict(export_sections(store))["positions"]
             if p["actor"] == "person:donald-trump" and p["topic"] == "ceasefire"]
    assert [(p["previous"], p["stance"]) for p in steps] == [
        (None, "demand"), ("demand", "drop"), ("drop", "support"), (None, "demand")]
    on_the_web_page = [p for p in positions_of(store, "person:donald-trump") if p["topic"] == "ceasefire"]
    assert [p["stance"] for p in on_the_web_page] == ["demand", "drop", "support", "demand"]


def test_the_addressee_of_a_call_is_not_the_issue_and_a_stated_need_is_a_demand(claims_of):
    assert claims_of("The European Union called on Russia to withdraw its troops.") == [
        ("Union", "withdraw troops", "demand", False)]  # the troops' withdrawal (posprec3), not a demand for troops
    assert claims_of("Mayor Mitch Landrieu emphasized the need to lift the moratorium on deepwater drilling.") == [
        ("Landrieu", "lift moratorium on deepwater drilling", "demand", False)]  # lifting it, not "demand climate
    # and energy"; what the moratorium is on, though the parser hangs the phrase on 'lift' (session 57)


# Constructions added for precision (errors of docs/judged/positions-precision.tsv) and recall
# (gaps of docs/judged/positions-recall.md); sentences from PolNeAR dev, Timeline17 bpoil and the seeds.


def test_an_epistemic_suggest_states_no_proposal_but_a_suggested_action_does(claims_of):
    assert claims_of("“He performed 100 percent, was at the top of his game,” Rendell recalled, suggesting the "
                     "second debate erased all memory of his first performance.") == []
    assert claims_of("On social media, Donald Trump emphasized the need to stop the bloodshed, suggesting that both "
                     "sides declare victory and let history judge.") == [
        ("Trump", "stop bloodshed", "demand", False),  # "the need to ...": what the need is for
        ("Trump", "declare victory", "propose", False)]


def test_the_addressee_of_an_urging_is_not_the_issue_but_what_they_are_urged_to_do_is(claims_of):
    assert claims_of("NEW YORK -- Korn's Jonathan Davis is urging artists to boycott troubled oil giant BP over the "
                     "oil spill disaster in the Gulf of Mexico.") == [("Davis", "boycott troubled oil giant BP", "demand", False)]
    assert claims_of('"She then urges her husband to come out of the car and repeatedly says, "Don\'t you do it," '
                     'until gunshots are heard.') == []


def test_what_a_speaker_says_someone_must_or_should_do_is_the_speakers_demand(claims_of):
    found = claims_of('While Hegseth ruled out NATO membership, Hegseth said the U.S. recognized Ukraine must '
                      'receive "robust security guarantees."')
    assert set(found) == {("Hegseth", "NATO membership", "reject", False), ("Hegseth", "security guarantees", "demand", False)}
    # a forecast with "should" is no demand, nor a count taken in an acceptance
    assert claims_of("CNS reported Monday that the U.S. had accepted 11,491 Syrian refugees, 15 percent over the "
                     "limit of 10,000.") == []
    assert claims_of("Testing on the oil-burning system should begin over the weekend, and full production should "
                     "start early next week, Wells said.") == []


def test_a_pledge_or_vow_is_a_proposal_and_a_vowed_stance_keeps_its_own_stance(claims_of):
    assert claims_of("Last month, New York State Comptroller Thomas DiNapoli pledged to sue BP, alleging the company "
                     "misled investors about its safety procedures.") == [("DiNapoli", "sue BP", "propose", False)]
    assert claims_of("The United Nations Security Council on Friday pledged to impose further sanctions as a "
                     "deterrence.") == [("Council", "sanctions", "propose", False)]


def test_the_holder_is_the_named_head_not_a_name_modifying_it(claims_of):
    assert claims_of("Not that anyone on the business side of TV is arguing, since other WikiLeaks emails combed "
                     "through by Vox suggest that Oz firmly places business concerns above his scientific training.") == []
    assert claims_of("A New York judge has rejected a media request to make public the contents of a 25-year-old "
                     "court file on Donald Trump's divorce from wife Ivana.") == []


def test_offering_advice_declining_comment_and_headlines_state_no_position(claims_of):
    assert claims_of("Bernie Sanders offered some pointed advice to Hillary Clinton on Friday in the upcoming "
                     "presidential debates and beyond.") == []
    assert claims_of("Justice Department spokeswoman Hannah August declined to comment on the investigation.") == []
    assert claims_of("Obama Seeks More Muslim Refugees As He Recognizes Major Islamic Holiday.") == []


def test_a_title_is_not_the_issue_of_a_criticism(claims_of):
    assert claims_of("On The Steve Harvey Morning Show on Tuesday, Clinton criticized Tulsa, Okla., police officer "
                     "Betty Shelby for shooting and killing Terence Crutcher.") == []


def test_a_relative_clause_with_its_own_holder_rejects_the_suggestion_before_it(claims_of):
    found = claims_of("Ukrainian President Volodymyr Zelenskyy signaled a willingness to swap territory with Russia, "
                      "a suggestion Russia resoundingly rejected.")
    assert ("Russia", "territory", "reject", False) in found and ("Zelenskyy", "swap territory", "support", False) in found


def test_a_copula_phrase_names_what_an_actor_is_ready_for(claims_of):
    assert claims_of('Putin said Russia was "ready to work" with Kyiv "on a memorandum on a possible future peace '
                     'agreement."') == [("Russia", "peace deal", "support", False)]


def test_chat_questions_guesses_and_talk_state_no_position(claims_of):
    # sentences from Timeline17 bpoil_washingtonpost, errors of docs/judged/positions-precision-seed1401.tsv
    assert claims_of("Leesburg, Fla.: Can the U.S. demand an escrow fund from BP to ensure all damaged get paid "
                     "before BP goes broke...") == []
    assert claims_of("Robert Willens, a corporate tax expert, said it's unlikely that BP will give up its tax credit, "
                     "even if faced with public opposition.") == []
    assert claims_of('"I want to talk about the mindset of this company, because that becomes probative for a company '
                     'that was so reckless," Papantonio said.') == []
    assert claims_of("The anti-BP effort, for example, is supported by the Shallow Water Energy Security Coalition, "
                     "which has sought to emphasize the risks of the deepwater wells.") == []
    found = claims_of("And on the Web site Talking Points Memo, former labor secretary Robert Reich urged Obama to put "
                      "BP's American operations into temporary receivership.")
    # not "negotiations" from "Talking"; where the operations are put is part of the action (seed-1406 sheet)
    assert [issue for _, issue, _, _ in found] == ["put BP's American operations into temporary receivership"]
    # session 53 probe: "Wall" of an untagged "Wall Street" is no border wall (gave `immigration`)
    assert claims_of("Trump spoke in Iowa. Elizabeth Warren has pushed for tougher regulation of Wall Street.",
                     "2016-01-10") == [("Warren", "tougher regulation of Wall Street", "demand", False)]
    # where mud is pumped is detail: one issue with "pump mud" said without it
    pumped = claims_of("Senator Bill Nelson urged BP to pump mud into the well.")
    assert pumped and all(issue == "pump mud" for _, issue, _, _ in pumped), pumped


def test_attempts_places_that_only_locate_and_no_longer(claims_of):
    # sentences from Timeline17 bpoil_reuters, errors of docs/judged/positions-precision-seed1402.tsv
    assert claims_of("President Barack Obama, seeking to contain political fallout from the disaster, planned to "
                     "visit the Louisiana Gulf coast again on Friday.") == []
    assert claims_of("On May 21, for example, Lloyd's of London asked a federal court in Houston to disallow a "
                     "possible $700 million BP claim for coverage through a Transocean policy.") == []
    assert claims_of("Under intense pressure from President Barack Obama, BP Plc agreed on Wednesday to set up a $20 "
                     "billion fund for claims from its huge Gulf of Mexico oil spill.") == [
        ("Plc", "set up fund for claims", "accept", False)]  # not the Gulf of Mexico as territory
    assert claims_of("In another development, the U.S. Minerals Management Service said it would no longer approve "
                     "drilling permits for shallow waters in the Gulf of Mexico.") == [
        ("Service", "drilling permits for shallow waters", "reject", False)]  # the measure the field word modifies
    assert claims_of("Texas asked BP for a $25 million block grant to help fund its cleanup.") == [
        ("Texas", "block grant", "demand", False)]


def test_an_assertion_with_insist_a_money_amount_and_offered_odds_state_no_position(claims_of):
    # sentences from Timeline17 bpoil_guardian, errors of docs/judged/positions-precision-seed1403.tsv
    assert claims_of("He insisted he was personally overseeing the response to the disaster, brushing aside "
                     "criticism of his government's actions.") == []
    assert claims_of('Russia insisted that Pyongyang "stop its dangerous escapades."') == [
        ("Russia", "stop Pyongyang's dangerous escapades", "demand", False)]  # what Pyongyang should do: a demand
    assert claims_of("Faced with clean-up and compensation bills, BP is seeking up to $700m from Transocean's "
                     "insurers.") == []
    assert claims_of("Bookmaker Paddy Power is now offering even odds that Hayward will be forced to leave his post by "
                     "the end of this year.") == []


def test_a_stance_taken_on_another_stance_gives_both_and_a_passive_agent_holds_it(claims_of):
    # issue #14 point 2: "Putin's demand for Donetsk"; rejecting it says both who demanded and who rejected
    # the demand was made before the rejection that names it (session 45: held before, not the rejection's day)
    assert set(claims_of("Ukrainian President Volodymyr Zelensky rejected Putin's demand for the Donetsk region.")) == {
        ("Zelensky", "Donetsk", "reject", False), ("Putin", "Donetsk", "demand", True)}
    assert set(claims_of("Russian President Vladimir Putin's demand for the Donetsk region was rejected by Ukrainian "
                         "President Volodymyr Zelensky.")) == {
        ("Zelensky", "Donetsk", "reject", False), ("Putin", "Donetsk", "demand", True)}


def test_calls_for_a_clause_demands_and_refusal_or_plan_nouns_name_their_infinitive(claims_of):
    # sentences from Timeline17 bpoil_guardian (the development topic of this round)
    assert claims_of("Robert Reich, the former labor secretary under Bill Clinton, today called for BP's US operations "
                     "to be seized by the government until the leak had been plugged.") == [
        ("Reich", "seize BP's US operations", "demand", False)]
    assert claims_of("Earlier yesterday, four independent scientists told Markey's committee that BP's refusal to "
                     "release the footage was blocking independent efforts to estimate the size of the spill.") == [
        ("BP", "release footage", "reject", True)]  # BP's refusal, which the scientists' words name, came before them
    assert claims_of("Senators Charles Schumer and Ron Wyden sent a letter to Hayward earlier this week demanding that "
                     "payments to investors be halted during the clean-up.") == [
        ("Schumer", "halt payments to investors", "demand", False),
        ("Wyden", "halt payments to investors", "demand", False)]  # both senators; to whom (round 58)


def test_the_holder_named_in_apposition_or_elsewhere_in_the_document(claims_of):
    assert claims_of("The US president, Barack Obama, called for a ceasefire.") == [
        ("Obama", "ceasefire", "demand", False)]  # the title's name in apposition holds it
    # the model labels the first "BP" and not the second; the document names it, so it holds the refusal
    assert claims_of("BP said the spill was a tragedy. BP, however, refused to release the footage.") == [
        ("BP", "release footage", "reject", False)]
    assert claims_of("The company said it was a tragedy. BP, however, refused to release the footage.") == []


def test_insisting_warning_against_and_vowing(claims_of):
    # issue #14 point 2's verbs on real sentences (seed articles and Timeline17 bpoil_guardian)
    assert claims_of("Ukraine supports Trump's call for a ceasefire along the existing lines but insists on Western "
                     "security guarantees to prevent future Russian attacks.")[-1] == (
        "Ukraine", "security guarantees", "demand", False)
    assert claims_of("This was the catastrophe that BP insisted could never happen.") == []  # an assertion
    assert claims_of("Republicans took over the house of representatives last week vowing to roll back government "
                     "regulations and environmental safeguards.") == [
        ("Republicans", "roll back government regulations", "propose", False)]
    assert claims_of("Senator Mary Landrieu warned against a moratorium on deepwater drilling.") == [
        ("Landrieu", "moratorium on deepwater drilling", "oppose", False)]  # the measure (posrecall4)


def test_circumstances_costs_avoidance_and_quoted_philosophies_name_no_issue(claims_of):
    # sentences from Timeline17 bpoil_guardian, errors of docs/judged/positions-precision-seed1403.tsv
    assert claims_of("Hayward officially handed over day-to-day control of the Gulf of Mexico crisis to BP board "
                     "director Bob Dudley this week as it set up a new division to manage the spill.") == []
    assert claims_of("The criminal investigation announced by the American attorney general was launched just hours "
                     "after Obama promised to prosecute any parties found to have broken the law in the lead up to "
                     "the disaster.") == [("Obama", "prosecute parties", "propose", True)]  # not legislation; before the launch
    assert ("Hayward", "legislation", "propose", False) not in claims_of(
        'Hayward has pledged that BP will foot the entire clean-up bill but insisted it is "too early to say" what '
        "caused the massive spill.")  # the bill is the cost
    assert claims_of("Havana calls in Venezuelan experts to combat potential environmental disaster as tarballs "
                     "spotted off island's coast") == []  # summoning experts demands nothing
    assert claims_of("Nick Clegg pledges to avoid megaphone diplomacy with the US.") == [
        ("Clegg", "avoid megaphone diplomacy", "propose", False)]  # not for negotiations
    assert claims_of('Obama said BP had also agreed to establish a $100m fund to compensate unemployed oil rig '
                     'workers.') == [("BP", "establish fund to compensate unemployed oil rig workers", "accept", False)]
    # no "m" of "$100m"; the bare fund is named by what it is to do


def test_counterfactuals_motion_and_the_criticised_state_no_position(claims_of):
    # sentences from Timeline17 H1N1_guardian (a development topic of this round)
    assert claims_of('"We didn\'t ask to get moved because we\'d have felt a bit rude asking for an upgrade even if it '
                     'was our honeymoon."') == []
    assert claims_of('"We want them to come in to the school to collect their child\'s preventative dose of Tamiflu," '
                     "said headteacher Antony Faccinello.") == []  # where they come, not education
    assert claims_of("Hong Kong, criticised for delaying quarantine measures during the outbreak of Sars in 2003, has "
                     "sealed the central Metropark hotel.") == []  # the criticised holds nothing
    assert claims_of("Ukrainian President Volodymyr Zelenskyy has consistently advocated for the complete restoration "
                     "of territorial integrity.") == [("Zelenskyy", "territorial integrity", "support", True)]  # held before
    assert claims_of("In 1976, Ford offered indemnity to the vaccine manufacturers.") == [
        ("Ford", "indemnity", "propose", False)]  # what is offered, not health care from "vaccine"
    assert claims_of("The EU health commissioner, Andorra Vassiliou urged Europeans to postpone nonessential travel to "
                     "the United States or Mexico.") == [
        ("Vassiliou", "postpone nonessential travel to United States or Mexico", "demand", False)]  # where, no territory


def test_newspapers_named_like_one_are_outlets():
    assert is_outlet_name("Express") and is_outlet_name("the Daily Mail") and is_outlet_name("San Francisco Chronicle")
    assert not is_outlet_name("European Commission") and not is_outlet_name("British Airways")


def test_refusing_to_pledge_pledges_nothing_and_refusing_to_accept_rejects(claims_of):
    # PolNeAR dev, an error of docs/judged/positions-precision-seed1404.tsv (fixed after its measurement)
    assert claims_of("He claimed that paying no income taxes was smart, although Donald Trump again refused to pledge "
                     "to release his tax returns before the election.") == []
    assert claims_of("Anadarko Petroleum has refused to accept the ceasefire.") == [
        ("Petroleum", "ceasefire", "reject", False)]


@pytest.fixture(scope="module")
def raw_claims_of(nlp):
    from storyline.nlp.entities import extract_mentions
    from storyline.nlp.quotes import extract_quotes
    from storyline.nlp.time import extract_timexes

    def run(text: str, published: str = "2010-06-01"):
        doc = Document(id="t", source="t", text=text, published=published)
        parsed = nlp(text)
        mentions = extract_mentions(parsed, doc.id)
        quotes = extract_quotes(parsed, doc.id, mentions=mentions)
        return extract_claims(parsed, doc, extract_timexes(text, published, doc.id, parsed), mentions, quotes)

    return run


def test_a_coordinated_verb_right_after_a_noun_is_not_the_first_clauses_subjects(claims_of):
    # the parser hangs "Asian governments" / "broadcasters" on the clause before; they agree, not the ADB / DEC
    assert claims_of("To counter the downturn, the ADB said it will raise lending by half and Asian governments "
                     "agreed at the weekend to launch a $120 billion fund countries can tap to avert a balance of "
                     "payments crisis.") == []
    assert claims_of("The DEC has already started to take donations and broadcasters including the BBC, ITV, Sky, "
                     "Channel 4, Channel 5 and Al-Jazeera have agreed to broadcast the appeal.") == []


def test_who_after_a_place_or_organisation_phrase_is_the_person_before_it(claims_of):
    assert claims_of("Vivienne talks to Professor Dan Olweus from University of Bergen in Norway, who carried out "
                     "the first ever scientific study into the problem in the Seventies and called for legislation "
                     "-- a call which fell on deaf ears.") == [("Olweus", "legislation", "demand", True)]  # told in the story of the Seventies


def test_money_sought_for_a_place_a_link_offered_and_a_job_name_no_issue(claims_of):
    assert claims_of("Congress was on the verge of giving Pakistan roughly $1 billion in the bill, but Obama last "
                     "week sought another $200 million for Islamabad as it fights Taliban militants crossing its "
                     "border from Afghanistan.") == []  # who gets the money is no territory sought
    assert ("Haiti", "aid", "propose", False) not in claims_of(
        "Meanwhile on Facebook, hundreds of thousands of people signed up to awareness groups, such as Earthquake "
        "Haiti, which offers a link to Oxfam's Haiti relief fund.")  # what the link leads to is not offered
    assert claims_of("Despite her uncle's disapproval, Denise accepts a job at Mouret's department store, "
                     "The Ladies Delight.") == []  # one post, not jobs
    assert claims_of("Trump has vowed to bring back lost mining jobs.") == [
        ("Trump", "bring mining jobs", "propose", False)]  # jobs of a kind named: the field label gives way (#14)


def test_only_a_taxonomy_issue_a_place_an_action_or_a_name_states_a_position(raw_claims_of):
    from storyline.story.positions import is_specific_issue

    def specific(text):
        return [(c.issue, is_specific_issue(c)) for c in raw_claims_of(text)]

    assert specific("Eventually, he said Jackson asked for his milk.") == [("milk", False)]
    assert specific("Quentin Letts returns with another series of What's The Point Of... offering a witty and "
                    "thought-provoking look at some of Britain's cherished institutions.") == [("witty look", False)]
    assert specific("Homeland Security Secretary Janet Napolitano urged BP to commit more resources to tackling "
                    "the catastrophe.") == [("commit more resources", True)]  # something to do
    assert specific("Former President Bill Clinton criticized the Affordable Care Act as a crazy system.") == [
        ("Affordable Care Act", True)]  # a named law, all of its name (posprec19: was "Care Act")
    assert specific("Greenpeace is calling for a US-style moratorium on deep sea drilling.") == [
        ("US-style moratorium on deep sea drilling", True)]  # the measure, not the family (posrecall4)


def test_a_request_to_someone_unnamed_and_a_verb_whose_object_went_elsewhere(raw_claims_of, claims_of):
    from storyline.story.positions import is_specific_issue

    asked = raw_claims_of('Scott beamed and asked the crowd to welcome the governor - "my new best friend."')
    assert [(c.issue, is_specific_issue(c)) for c in asked] == [("welcome governor", False)]
    assert claims_of("Mrs. Clinton has embraced Mr. Obama's go-it-alone approach, promising to meet and in some "
                     "cases exceed his goals without trying to pass cap-and-trade legislation.") == []
    assert claims_of("Putin rejected an invitation to meet with Zelenskyy in Turkey last week.") == [
        ("Putin", "meeting with Zelenskyy", "reject", False)]
    urged = raw_claims_of("US President-elect Donald Trump has engaged in direct talks with Russian President "
                          "Vladimir Putin, urging him to avoid any escalation in the Ukraine war.")
    assert [(c.issue, is_specific_issue(c)) for c in urged] == [("avoid escalation", True)]  # him: Putin
    assert claims_of("FAO Director-General Jacques Diouf says famers must be given immediate support before the "
                     "spring planting season begins in March.") == []  # not 'give famer'


def test_a_companys_plan_or_offer_to_act_is_no_proposal(claims_of):
    # Reuters on the oil spill (seed-1405 sheet): what a company means to do itself is no position
    assert claims_of("High waves from tropical storm Alex will delay BP's plan to add more oil-siphoning capacity "
                     "to its leaking well until next week, a company executive told reporters in Houston.") == []
    assert claims_of("BP's offer of work to clean up the spill provided a double incentive for fishermen.") == []
    assert claims_of("Cameron said he has offered to help the government and BP in dealing with the spill.") == []
    # help with what is helped (PolNeAR dev) is one
    assert ("Clinton", "help mining communities transition", "propose", False) in claims_of(
        "The debate over coal on the campaign trail is also predictable - Donald J. Trump has vowed to bring back "
        "lost mining jobs and roll back overzealous environmental regulations, and Hillary Clinton is promising to "
        "help mining communities transition out of coal and into new industries.")
    # a plan on a named place still is one
    assert ("Russia", "Crimea", "propose", True) in claims_of("Russia's plan to annex Crimea was rejected by Ukraine.")


def test_an_offer_of_jobs_is_a_hiring_not_a_proposal(claims_of):
    # bpoil_washingtonpost (seed-1525 sheets, judged wrong five rounds running): what a company offers for pay
    assert claims_of("BP has no marsh hoses; men in waders wipe sticky oil off dying grass one handful at a time. "
                     "With fishing curtailed, BP offers cleanup jobs at $12 an hour.") == []  # the article's two sentences
    assert claims_of("Trump has vowed to bring back lost mining jobs.") == [
        ("Trump", "bring mining jobs", "propose", False)]  # jobs of a kind named: the field label gives way (#14)  # jobs promised, not offered


def test_a_capitalised_common_noun_after_a_lower_case_word_opens_a_glued_sentence(claims_of):
    # bpoil_guardian (posprec19 sheet, seeds 1403 and 1408: judged wrong): a standfirst run into the next sentence
    assert claims_of("The report recommends Congress to raise the liability cap on offshore oil spills, set at $75m "
                     "and oil companies to fund a safety institute as part of their fees for drilling licences "
                     "Campaigners criticised White House commission's report into BP's Deepwater Horizon spill for "
                     "refusing to call a halt on offshore drilling.") == []
    assert claims_of("Campaigners criticised the White House commission's report for refusing to call a halt on "
                     "offshore drilling.") != []  # the sentence on its own: campaigners hold it
    assert ("Trump", "free trade", "support", False) in claims_of(
        "During the discussion, Pence pledged that Trump \u201creally is\u201d in favor of free trade, but wants "
        "\u201csmarter and tougher\u201d trade deals.")  # PolNeAR dev: 'Trump' tagged a common noun, a name


def test_refusing_a_word_or_a_judgement_and_wanting_a_measure_eliminated(claims_of):
    # PolNeAR train (seed-1422 sheet) and bpoil_guardian (seed-1408 sheet), judged wrong: a way of speaking refused
    found = claims_of("Likewise, Trump went after Hillary Clinton for following Obama\u2019s refusal to use the term as "
                      "well and called for her to quit her bid for president.")
    assert [f for f in found if f[0] == "Obama"] == []  # was Obama / use term / reject
    assert claims_of("As for decisions taken in the run-up to the accident, Hayward refuses to draw judgement until "
                     "investigations are complete.") == []
    assert ("BP", "share data gathered by cameras", "reject", False) in claims_of(
        "BP has refused to share data gathered by cameras on its submersible robots.")  # a refusal to act stays
    # PolNeAR train (seed-1422 sheet), judged wrong: wanting tariffs eliminated is no support of tariffs
    found = claims_of("Beijing also wants Trump to eliminate the 15% tariffs on about $125 billion worth of Chinese "
                      "goods imposed on Sept. 1, as well as provide some relief from the 25% tariffs imposed on an "
                      "earlier, $250 billion list of industrial and consumer goods.")
    assert ("Beijing", "tariffs", "support", False) not in found and found  # the act is the issue


def test_a_stance_word_does_not_reach_past_a_links_age_stamp(claims_of):
    # bpoil_bbc: an aggregator's run of headlines; the parser hung a later headline's noun on "calls"
    found = claims_of("Obama calls for ` clean energy future ' in Oval Office address - 10 hrs ago Bangkok Post US oil "
                      "spill ` epidemic ' may last years: Obama - 15 hrs ago The Scotsman Major US oil firms ` no better "
                      "ready to deal with large spills than BP ' - 15 hrs ago Reuters via Yahoo!")
    assert found == [("Obama", "clean energy future", "demand", False)]  # was 'Scotsman Major US oil ready firm'


def test_advice_to_the_one_addressed_is_no_position(claims_of):
    # a BBC reader Q&A and a Reuters quote (seed-1405 sheet)
    assert claims_of('Susan Seal asked whether she should travel. Mr McConnell said: "You should consult your GP '
                     'for advice on this question."') == []
    assert claims_of('"The president has spent a whole lot of time pointing the finger at BP and you should point '
                     'a finger at BP and the other companies involved," Senate Republican leader Mitch McConnell '
                     "said on Sunday.") == []
    assert claims_of("Marion Vanner, USA Dr Baker: I would suggest you keep a close eye on the developing "
                     "situation over the next few weeks.") == []
    # said to someone the cue names, 'you' is who is asked (PolNeAR dev)
    assert ("Warren", "give back money", "demand", False) in claims_of(
        '"You should give back the money you took while this scam was going on and you should be criminally '
        'investigated," Warren told Stumpf, after he admitted under Warren\'s grilling he hadn\'t yet been held '
        "personally accountable for the actions of his employees.")


def test_negated_content_is_not_proposed(claims_of):
    found = claims_of('Obama vowed that a "cozy relationship" between oil companies and their regulators would no '
                      "longer be tolerated.")
    assert not any(issue.startswith("tolerate") for _, issue, _, _ in found)


def test_dismissing_talk_that_something_happened_is_a_denial_not_a_rejection(claims_of):
    assert claims_of("Singapore state investor Temasek Holdings on Thursday dismissed talk it had held discussions "
                     "with BP for a strategic stake.") == []
    # talk of something is speech about it: the issue is what follows
    assert ("Russia", "ceasefire", "reject", False) in claims_of("Russia rejected talk of a ceasefire.")
    assert claims_of("In a BBC interview, Mr Hayward dismissed talk of a rift between BP and US officials.") == []


def test_hedged_clauses_and_a_pointer_word_state_no_demand(claims_of):
    # Fox News and Reuters on the oil spill, Washington Post column (seed-1405/1406 sheets): a guess
    # or a hedge is not what the speaker demands, and "the following" names nothing
    assert claims_of('Noting there had been no loss of human lives from the Santa Barbara well blowout, Hartley '
                     'added, "Relative to the number of deaths that have occurred in this fair city due to crime... '
                     'it does seem that we should give this thing a little perspective."') == []
    assert claims_of('"Or maybe they should stop the leak," Senator Elizabeth Warren said.') == []
    assert claims_of('"Obama must accomplish the following," Senator Elizabeth Warren said.') == []
    # unhedged, the same construction is a demand (PolNeAR dev)
    assert ("Clinton", "police videos", "demand", False) in claims_of(
        'Democratic presidential nominee Hillary Clinton chimed in on Twitter, saying that Charlotte officials '
        'should release the police videos "without delay."')


def test_criticising_someone_for_an_act_is_no_stance_on_what_the_act_was_about(claims_of):
    # Fox News (seed-1406 sheet): the Republicans criticised Obama's use of the speech, not the legislation
    assert claims_of("Republicans criticized him for using the speech to push energy legislation but also chided "
                     "him on Wednesday for taking 58 days to hold a high-level meeting with BP executives.") == []
    assert ("Clinton", "Affordable Care Act", "oppose", False) in claims_of(
        "Former President Bill Clinton criticized the Affordable Care Act as a \u201ccrazy system\u201d during a "
        "presidential campaign stop in Flint, Mich., for his wife Hillary Clinton.")


def test_a_promise_to_someone_keeps_the_stance_it_commits_to(claims_of):
    # Fox News (seed-1406 sheet): the panel is only who is promised; Salazar will ask BP to compensate
    found = claims_of("The latest slide came after Interior Secretary Ken Salazar promised a Senate energy panel to "
                      "ask BP to compensate energy companies for losses if they have to lay off workers.")
    assert found == [("Salazar", "compensate energy companies", "demand", False)]


def test_a_clause_before_a_semicolon_and_a_modifier_of_what_is_approved_are_not_the_issue(claims_of):
    # Fox News and Washington Post (seed-1406 sheet)
    found = claims_of("Much depends on the outcome of a Justice Department criminal investigation that could point "
                      "the finger more heavily at one or the other; Transocean is already asking a federal judge in "
                      "Houston to limit its liability to $27 million under a century-old law.")
    assert not any(issue == "investigation" for _, issue, _, _ in found)
    assert claims_of("In recent weeks, Patton has testified that he approved a BP drilling plan that other oil "
                     "companies and drilling experts have said was deeply flawed.") == []
    # a bill approved is the issue itself (PolNeAR dev), named by what its participle says it is for (posfield23)
    found = claims_of("Last week, Republicans on the House Financial Services Committee approved a bill designed to "
                      "hamstring the CFPB.")
    assert [(h, s) for h, _, s, _ in found] == [("Republicans", "accept")]
    assert found[0][1] == "bill to hamstring CFPB"  # not the lemmatizer's "hamstre" (posissue25)


def test_coordinated_holders_and_backing_down_from_what_was_considered(claims_of):
    # seed 001: "he and Trump had agreed" is both men's acceptance
    found = claims_of('Zelensky described the conversation as "excellent," emphasizing that he and Trump had agreed '
                      'to "maintain close dialogue and advance our cooperation."')
    assert {(holder, issue) for holder, issue, stance, _ in found if stance == "accept"} >= \
        {("Zelensky", "negotiations with Trump"), ("Trump", "negotiations with Zelensky")}
    # seed 000: backing down drops what the coordinated verb was about
    assert claims_of("Trump had considered sending powerful Tomahawk missiles to Ukraine ahead of the call but "
                     "reportedly backed down after speaking with Putin.") == [("Trump", "military aid", "drop", False)]
    # with an object of its own, "backed off" drops that (seed 002)
    assert ("Trump", "ceasefire", "drop", False) in claims_of(
        'Trump said "some progress has been made" toward ending Russia\'s Ukraine war, but he backed off an earlier '
        "demand that Putin agree to an immediate ceasefire, a condition accepted by Ukrainian President Volodymyr "
        "Zelenskyy.")


def test_forecasts_a_nouns_content_and_whom_a_demand_is_pressed_on(claims_of):
    # BBC on the oil spill (seed-1407 sheet): a passive "should" with a time it is to happen by is a
    # forecast; the content of "the key question ... is that" is nobody's demand; BP is who is pushed
    assert claims_of("Mr Hayward has said the results of the latest capping effort should be known later on "
                     "Friday.") == []
    assert claims_of("Adm Thad Allen says the well should be sealed within 96 hours.") == []
    assert claims_of('"The key question is that future deep wells should not be drilled until the failings are '
                     'understood," Senator Elizabeth Warren said.') == []
    # the speaker's own view, a deadline and a time under a relative clause leave the demand standing
    assert claims_of('"My view is that the video should be released," Mayor Jennifer Roberts said.')
    assert claims_of('"The video must be released within 24 hours," Mayor Jennifer Roberts said.')
    assert claims_of('"The money should be returned to the families who lost everything last year," Senator '
                     'Elizabeth Warren said.')
    # plural talks are negotiations, whatever they are about
    assert "talks about ceasefire" in {issue for _, issue, _, _ in claims_of(
        "Russia and Ukraine agreed to talks about a ceasefire on Tuesday.")}
    assert not any(issue == "BP" for _, issue, _, _ in claims_of(
        "At a news conference on Friday, Ms Napolitano said the US government would continue to push BP for a "
        "strong response to the spill."))
    # without a time, a passive "should" is what the speaker wants done (PolNeAR dev; under "thinks" her support)
    assert ("Roberts", "release video", "support", False) in claims_of(
        'Charlotte Mayor Jennifer Roberts said Friday that she thinks the video should be released but said "the '
        'question is the timing."')


def test_those_urged_an_explanation_a_reports_indication_and_what_another_was_told_state_no_position(claims_of):
    # Reuters on H1N1 (seed-1407 sheet): a conjunct of a passive subject is among those urged
    assert claims_of("The United States declared a public health emergency and Americans and Europeans were urged "
                     "to avoid non-essential travel to Mexico, where 103 people have died from the outbreak.") == []
    # what a phase-6 alert means is an explanation, not the speaker's pledge
    assert claims_of('"That\'s why phase 6 alert is a big deal because it means we promise to buy vaccines from you, '
                     'it gives the vaccine producers the assurance that they need," Ben Cowling said.') == []
    # a report's present-tense "suggests" says what it indicates (BBC on the oil spill)
    assert claims_of("A report from the Mona Institute of Applied Sciences (MIAS) at the University the West Indies "
                     "suggests that as the oil disperses from the spill site it will in time likely travel south, "
                     "join the loop current and eventually follow it around Florida.") == []
    assert ("Council", "set up quarantine rooms", "propose", False) in claims_of(
        'More than 1,200 private schools have been given legal advice by the Independent Schools Council, which '
        'suggests setting up "quarantine rooms" for pupils.')
    # a speaker reporting what others were told: no demand of the speaker's
    assert claims_of("Ali Al-Marzouki, director of public health affairs in the UAE emirate of Dubai, said pharmacies "
                     "had been reminded that Tamiflu should be sold only on prescription.") == []
    # a past "suggested" with what should be done still proposes it (Fox News on the oil spill)
    assert ("Cao", "commit ritual suicide", "propose", False) in claims_of(
        "Lawmakers are fuming at BP, but Rep. Joseph Cao took that anger to a new level during a congressional "
        "hearing when he suggested a top executive commit ritual suicide.")


def test_who_is_permitted_is_no_issue_and_a_plan_of_ones_own_is_a_position_only_on_a_place(claims_of):
    # PolNeAR dev: those permitted or made to act are not what the speaker wants done
    assert claims_of("“Neither the president nor Congress nor lobbyists for foreign kingdoms should be permitted to "
                     "make us wait another day to pass JASTA,” Terry Strada said.") == []
    # a thing that should not be used is still the issue (BBC on Michael Jackson)
    assert ("Shafer", "use drug", "oppose", False) in claims_of(
        "Dr Steven Shafer said the drug should never be used to treat insomnia and Dr Conrad Murray's negligence was "
        "directly responsible for Jackson's death.")
    # Fox News and BBC on the oil spill: what a company plans to do is an operation to come
    assert claims_of("He said BP's plans to drill a relief well near the original source in order to relieve pressure "
                     "could take up to three months.") == []
    assert claims_of("Calls to halt BP's plans to begin a deep drilling operation off Shetland, in the wake of the "
                     "Gulf of Mexico disaster, have been rejected.") == []
    # proposing a plan is a stance on what it plans (Washington Post on the oil spill); "recently" proposed: some time
    # before the article, no day said (session 59)
    assert ("Merkley", "cut oil use", "propose", True) in claims_of(
        "On Capitol Hill, Sen. Jeff Merkley recently proposed a plan to cut oil use by shifting to electric vehicles.")


def test_each_infinitive_of_a_list_after_one_stance_verb_is_an_issue(listed_of):
    # session 53 probes: the parser hangs the later bare infinitives on the finite stance verb (as conjuncts, or the one
    # after a comma as an adverbial), so the list gave its first item alone
    assert {(issue, listed) for _, issue, _, listed in listed_of(
        "Trump spoke in Iowa. Donald Trump vowed to repeal Obamacare, build a wall and deport illegal immigrants.",
        "2016-01-10")} == {("repeal Obamacare", True), ("build wall", True), ("deport illegal immigrants", True)}
    assert ("Sanders", "raise minimum wage", "propose", True) in listed_of(
        "Trump spoke in Iowa. Bernie Sanders pledged to enact judicial reform, fix the nation's broken campaign "
        "finance system and raise the minimum wage.", "2016-01-10")
    # a phrase whose preposition is said again is another item, of whatever kind (PolNeAR train)
    assert {(issue, listed) for _, issue, _, listed in listed_of(
        "Trump spoke in Iowa. Hillary Clinton has called for increased regulation of shadow banking, and for raising "
        "taxes on profits earned by fund managers.", "2016-01-10")} == {
        ("increased regulation of shadow banking", True), ("raise taxes on profits earned by fund managers", True)}
    # a participle after a comma is no item of the list
    assert {issue for _, issue, _, _ in listed_of("Trump spoke in Iowa. Donald Trump vowed to repeal Obamacare, "
                                                  "saying it had failed.", "2016-01-10")} == {"repeal Obamacare"}


def test_a_participle_coordinated_with_a_participle_is_held_by_the_subject_above_both(claims_of):
    # development recall reading (PolNeAR train, session 51): "she's tacked to the left ..., criticizing the
    # now-denied Keystone XL pipeline and calling for prohibitions on oil drilling in Arctic waters" gave the pipeline
    found = claims_of("Trump spoke in Iowa. Hillary Clinton has tacked to the left, criticizing the Keystone XL "
                      "pipeline and calling for prohibitions on oil drilling in Arctic waters.", "2016-01-10")
    assert ("Clinton", "prohibitions on oil drilling", "demand", False) in found
    # not through a verb whose object does the act: Congress is to reject it, not Obama
    assert not [f for f in claims_of("Trump spoke in Iowa. Barack Obama urged Congress to pass the budget and reject "
                                     "the amendment.", "2016-01-10") if f[2] in ("reject", "oppose")]


def test_a_participle_after_coordinated_verbs_is_held_by_the_first_verbs_subject(claims_of):
    # seed 003: "proposing" hangs from "indicated", which shares the subject of "advocated"
    found = claims_of("Volodymyr Zelenskyy has consistently advocated for the complete restoration of territorial "
                      "integrity and earlier this week indicated a readiness to negotiate territorial exchanges with "
                      "Russia, proposing to relinquish land in the Kursk region that Kyiv currently controls—a "
                      "proposal that Russia firmly dismissed.")
    assert ("Zelenskyy", "Kursk", "propose", False) in found  # "relinquish" gives land like "cede"
    # the second verb with a subject of its own: the generals propose, not Zelenskyy
    near = claims_of("Volodymyr Zelenskyy has consistently advocated for the complete restoration of territorial "
                     "integrity and earlier this week his generals indicated a readiness to negotiate territorial "
                     "exchanges with Russia, proposing to relinquish land in the Kursk region that Kyiv currently "
                     "controls.")
    assert near == [("Zelenskyy", "territorial integrity", "support", True)]


def test_a_finite_verb_the_parser_coordinated_with_an_infinitive_has_the_clause_subject(claims_of):
    # seed 003/004: the parser makes "agreed" a conjunct of "eliminate" (under "the need to")
    found = claims_of("President Putin, for his part, mentioned the need to eliminate the root causes of the "
                      "conflict and agreed with Trump that a long-term settlement can be achieved through peaceful "
                      "negotiations.")
    assert found == [("Putin", "achieve long-term settlement", "accept", False)]
    # "the need ... to agree": an infinitive is part of the need, not an agreement anyone made
    assert claims_of("President Putin, for his part, mentioned the need to eliminate the root causes of the "
                     "conflict and to agree with Trump that a long-term settlement can be achieved through "
                     "peaceful negotiations.") == []


def test_two_stances_of_one_sentence_on_one_issue_keep_the_first_stated():
    # seed 004: "has long demanded full territorial liberation and ... signaled a willingness to swap
    # territory with Russia, giving up land": demand first, then concede, in one sentence
    statements = [_statement("demand", "2025-02-12", "a"), _statement("concede", "2025-02-12", "a")]
    positions = positions_from_statements(statements, {"a": None})
    assert [p.stance for p in positions] == ["demand"]
    assert [p.stance for p in positions_from_statements(statements[::-1], {"a": None})] == ["concede"]


def test_in_favor_of_under_a_verb_is_the_subjects_support(claims_of):
    # seed 003: Peskov reports Trump's stance; "an early end to hostilities" is the ceasefire
    found = claims_of('According to Kremlin spokesman Dmitry Peskov, Trump "spoke in favor of an early end to '
                      'hostilities and a peaceful solution to the problem."')
    assert found == [("Trump", "ceasefire", "support", False)]  # Trump's, not Peskov's
    # Timeline17 bpoil_guardian
    assert claims_of("In an effort to win support for the proposals, Barack Obama had come out in favor of more "
                     "oil and gas drilling in the Gulf of Mexico.") == [("Obama", "oil and gas drilling in Gulf of Mexico", "support", True)]  # held before
    # "in favor of" under a noun, not a verb: her vote, which she calls a mistake, states no support of hers
    assert ("Clinton", "military action", "support", False) not in claims_of(
        "At the forum, Clinton called her vote in favor of the Iraq War a mistake, but she noted that Trump also "
        "initially supported the invasion in 2003 and has shifted his position in the years since.")


def test_asking_someone_to_answer_or_refusing_a_word_is_no_position(claims_of):
    # Timeline17 bpoil_guardian (seed-1408 sheet, both judged wrong): a reporter's question, a choice of words
    assert claims_of("12.18 pm CDT: Chuck Todd of MSNBC asks Obama to address the Katrina comparisons, a very "
                     "popular topic of conversation on the US right and left.") == []
    assert claims_of('Monique Harden, an environmental rights lawyer in New Orleans, refuses to call the disaster '
                     'an "oil spill" and instead says, "we are hemorrhaging".') == []
    # asking someone to deal with a matter stays a demand about it
    assert claims_of("Obama asked Congress to address climate change.") == [("Obama", "address climate change", "demand", False)]
    assert claims_of("Putin urged Trump to discuss sanctions.") == [("Putin", "sanctions", "demand", False)]
    # asking someone to act stays a demand (seed 001)
    assert ("Trump", "avoid escalation", "demand", False) in claims_of(
        "US President-elect Donald Trump has engaged in direct talks with Russian President Vladimir Putin, urging "
        "him to avoid any escalation in the Ukraine war, according to a report from the Washington Post on Sunday.")


def test_a_persons_return_to_a_country_is_no_territory(claims_of):
    # Timeline17 H1N1_bbc (seed-1405 and 1408 sheets, judged wrong as territory)
    found = claims_of("Health Secretary Francisco Duque urged him to delay his return to the Philippines for five "
                      "days to ensure that there was no risk of he or his entourage bringing swine flu into the country.")
    assert not any(issue == "Philippines" for _, issue, _, _ in found)
    assert claims_of("Putin demanded the return of Crimea.") == [("Putin", "Crimea", "demand", False)]


def test_approving_a_request_grants_it_and_states_no_stance_of_the_approver(claims_of):
    # Timeline17 bpoil_guardian (seed-1408 sheet): the Coast Guard's approvals are administrative acts
    found = claims_of("Today, it emerged that the US Coast Guard routinely approved BP's requests to override a "
                      "federal directive to ban the use of toxic dispersant to break up the spill except on rare "
                      "occasions.")
    assert not any(holder == "Guard" for holder, _, _, _ in found)
    # a legislature approving a bill still accepts it (Timeline17 bpoil_foxnews wording)
    assert claims_of("The House approved the bill on Friday.") == [("House", "legislation", "accept", False)]


def test_a_complementizer_the_parser_took_for_a_relative_pronoun_holds_nothing(claims_of):
    # Timeline17 bpoil_guardian (seed-1408 sheet): the administration suspends the proposed drilling
    assert claims_of("In addition to watching the progress of the top kill, it will be interesting to see how the "
                     "markets react to the announcement from the Obama administration that proposed exploratory "
                     "drilling in the Arctic Ocean will be suspended until 2011 potentially disrupting Shell Oil's "
                     "plans to begin drilling five exploratory wells this summer.") == []
    assert claims_of("Putin, who proposed a summit in Moscow, will meet Trump.") == [
        ("Putin", "summit in Moscow", "propose", True)]  # told to say who Putin is: before the article's day


def test_a_place_named_with_its_own_of_inside_another_noun_is_no_territory(claims_of):
    # Timeline17 bpoil_guardian (seed-1408 and 1409 sheets, judged wrong as a concession of the Gulf)
    assert claims_of("BP chief executive Tony Hayward officially handed over day-to-day control of the Gulf of "
                     "Mexico crisis to BP board director Bob Dudley this week as it set up a new division to manage "
                     "the spill.") == []
    assert claims_of("Russia demanded control of the Donetsk region.") == [("Russia", "Donetsk", "demand", False)]


def test_wanting_to_concentrate_on_a_debate_is_no_stance_on_its_subject(claims_of):
    # Timeline17 bpoil_foxnews (seed-1406 and 1409 sheets, judged wrong as support of health care)
    assert claims_of("The president, in a sudden move, canceled plans to travel to Indonesia and Australia later in "
                     "the month -- a trip that was already canceled earlier in the year because Obama wanted to "
                     "concentrate on the health care debate in Congress.") == []
    # a stated priority on a matter stays a position
    assert claims_of("Obama wants to focus on climate legislation.") == [("Obama", "climate legislation", "support", False)]


@pytest.fixture(scope="module")
def product_claims(nlp):
    """Claims as ingest makes them: the whole analysis (learned attribution, resolved speakers)."""
    from storyline.analysis import ensure_analysis
    from storyline.story.positions import is_specific_issue

    pipeline = ensure_analysis(nlp)

    def run(text: str, published: str = "2010-05-06") -> list[tuple]:
        doc = Document(id="t", source="t", text=text, published=published)
        (_, analysed), = pipeline.pipe([(text, doc)], as_tuples=True)
        return [(c.holder_text.split()[-1], c.issue, c.stance) for c in analysed.analysis.claims
                if is_specific_issue(c)]

    return run


def test_a_speaker_pronoun_holds_for_the_subject_of_the_sentence_before_only(product_claims):
    # Timeline17 bpoil_foxnews (seed-1406 and 1409 sheets): the second "He" is BP's executive, not Obama
    found = product_claims(
        "At the White House: Obama speaks at the Business Council in Washington. There he pledges to minimize "
        "economic damage from the oil spill. In the Gulf: BP's executive says crews are reducing the amount of oil "
        "reaching the surface by using dispersants. He pledges that BP will pay \"all necessary and appropriate\" "
        "costs associated with the clean-up.")
    assert found == [("Obama", "minimize economic damage", "propose")]
    # seed 004: "He" after a sentence whose subject is Hegseth is Hegseth
    assert ("Hegseth", "troops", "propose") in product_claims(
        'While Hegseth ruled out NATO membership, Hegseth said the U.S. recognized Ukraine must receive "robust '
        'security guarantees." He proposed a non-NATO mission of European and non-European peacekeepers could be '
        "deployed to Ukraine but with no U.S. boots on the ground.")


def test_a_he_or_she_holds_for_the_one_person_the_sentence_before_names_as_its_subject(claims_of):
    # development recall reading (PolNeAR train, session 51): positions held by a pronoun that is no quote's speaker
    assert claims_of("Trump spoke in Iowa. Hillary Clinton spoke in Des Moines on Monday. She called for a ban on "
                     "fracking.", "2016-01-10") == [("Clinton", "ban on fracking", "demand", False)]
    assert claims_of("Trump spoke in Iowa. Hillary Clinton spoke in Des Moines on Monday. She said she supports a ban "
                     "on fracking.", "2016-01-10") == [("Clinton", "ban on fracking", "support", False)]
    # two people named: the resolver knows no gender here, and would give Trump Clinton's call
    assert claims_of("Trump spoke in Iowa. Donald Trump attacked Hillary Clinton on Monday. She called for a ban on "
                     "fracking.", "2016-01-10") == []
    # nor a person two sentences back
    assert claims_of("Trump spoke in Iowa. Hillary Clinton spoke in Des Moines on Monday. The crowd cheered. She "
                     "called for a ban on fracking.", "2016-01-10") == []


def test_a_readiness_denied_denies_the_stance_it_is_ready_for(claims_of):
    # round 39 pool row 64 (PolNeAR train): "not willing to support" was read as support of the law
    assert claims_of("“I was not willing to support a federal education law that didn’t continue to monitor and "
                     "oversee the progress that minority kids and disabled kids and poor kids are making,” he said.",
                     published="2015-11-30") == []
    assert claims_of("Russia was not ready to accept a ceasefire.") == [("Russia", "ceasefire", "reject", False)]
    assert claims_of("Putin is not willing to cede Donetsk.") == [("Putin", "Donetsk", "reject", False)]


def test_a_pronoun_beside_one_of_the_other_gender_is_not_resolved(claims_of):
    # PolNeAR dev (seed-1408 and 1409 sheets): "he" is Crutcher; "her" is Shelby
    assert claims_of("Video of the incident shows him with his hands in the air in the moments before he was shot, "
                     "but Shelby said he refused to follow her commands.") == []
    assert claims_of("Putin indicated he would be willing to cede parts of Zaporizhzhia and Kherson.") == [
        ("Putin", "Zaporizhzhia", "concede", False), ("Putin", "Kherson", "concede", False)]
    # review of 5e41f50: another person named in the sentence takes the other pronoun
    assert claims_of("Senator Hillary Clinton said she would press Obama to change his policy on Iran.") == [
        ("Clinton", "change Obama's policy on Iran", "demand", False)]
    assert claims_of("Chancellor Angela Merkel said she urged Putin to withdraw his troops from Crimea.") == [
        ("Merkel", "withdraw troops from Crimea", "demand", False)]  # session 54: was the label `troops`


def test_a_speaker_pronoun_after_a_quote_run_holds_for_the_quotes_speaker(claims_of):
    # review of 5e41f50: the sentence before the pronoun is the speaker's own quote; the one before it names him
    assert claims_of('"We will not abandon Ukraine," Hegseth said. "Europe must lead now." He added that Ukraine '
                     "must receive security guarantees.") == [("Hegseth", "security guarantees", "demand", False)]
    assert claims_of('Hegseth spoke in Brussels. "Europe must lead now," he said. "We will not abandon Ukraine." '
                     "He proposed a non-NATO mission of European peacekeepers.") == [
        ("Hegseth", "peacekeepers", "propose", False)]
    # another speaker's sentence in between is the nearer antecedent
    assert claims_of('"We will not abandon Ukraine," Hegseth said. "Europe must lead now," Macron replied. He '
                     "proposed a non-NATO mission of European peacekeepers.") == [
        ("Macron", "peacekeepers", "propose", False)]


def test_a_speaker_pronoun_after_a_quote_run_holds_through_ingest(product_claims):
    # review of 5e41f50: the learned attribution's mixed quote runs across its source ("He")
    assert product_claims('"This war must end," Hegseth told reporters on Thursday. "Europe must lead now." He added '
                          "that Ukraine must receive security guarantees.") == [
        ("Hegseth", "security guarantees", "demand")]
    assert product_claims('"This war must end," Hegseth said. "Europe must lead now. We will not abandon Ukraine." '
                          "He also called for sanctions on Russia.") == [("Hegseth", "sanctions on Russia", "demand")]


def test_an_appeal_to_the_public_to_give_is_no_position(product_claims):
    # Timeline17 haiti_bbc (seed-1404, 1407 and 1409 sheets): a donation appeal and a warning to internet users
    assert product_claims('President Bush urged Americans to send "cash", and President Clinton said Haitians "can '
                          'escape their history and built a better future if we do our part".') == []
    assert product_claims("The US Federal Bureau of Investigation issued a warning on Wednesday calling on internet "
                          "users to apply a critical eye and do their due diligence before responding to online "
                          "requests for aid to Haiti.") == []
    # a party asked to give stays a demand (seed 001's wording)
    assert ("Trump", "avoid escalation", "demand") in product_claims(
        "US President-elect Donald Trump has engaged in direct talks with Russian President Vladimir Putin, urging "
        "him to avoid any escalation in the Ukraine war.")



def test_deals_loads_grants_and_handovers_are_acts_not_stances(claims_of):
    # held-out Timeline17 sentences (bpoil_washingtonpost, bpoil_reuters, haiti_bbc; seed-1410 sheet)
    assert claims_of("In April, Apache Energy agreed to acquire Mariner, whose shares then more than doubled.") == []
    assert claims_of("BP agreed to sell four fields in the deepwater of the Gulf of Mexico to Japan's Marubeni Corp "
                     "for $650 million, as the oil major seeks to raise cash to pay for its oil spill in the region.") == []
    assert claims_of("The US Air Force C-17 dropped the relief supplies on Monday into a secured area five miles "
                     "(8km) north-east of Port-au-Prince.") == []  # a load dropped, no demand dropped
    assert claims_of("The European Commission has approved 3m euros ($4.37 m) of emergency funding for the "
                     "international aid effort in Haiti.") == []  # money granted is no aid accepted
    assert claims_of('Haiti has now handed over control of the airport to the US, a move that could finally speed '
                     "up the relief effort.") == []  # the US receives; no place is conceded
    # an undertaking that answers a demand is still an acceptance (the $20bn fund, seed-1403 sheet)
    assert claims_of('Obama said BP had also agreed to establish a $100m fund to compensate unemployed oil rig '
                     'workers.') == [("BP", "establish fund to compensate unemployed oil rig workers", "accept", False)]


def test_approving_a_peace_plan_or_a_plan_on_a_named_issue_is_acceptance(claims_of):
    # review of 9ffc8fd: only a plan whose issue is neither a known issue nor a place is a grant
    assert claims_of("Hamas approved Trump's peace plan.") == [("Hamas", "Trump's peace plan", "accept", False)]
    assert claims_of("Trump approved the peace plan.") == [("Trump", "peace plan", "accept", False)]  # the text's
    # words, not the label `peace deal` (session 41: a field label)
    assert claims_of("Parliament approved the government's plan to join NATO.") == [
        ("Parliament", "NATO", "accept", False)]
    assert claims_of("The Bureau of Minerals Management has approved a plan to drill the wells.") == []


def test_approving_a_plan_whose_work_names_aid_is_no_acceptance(claims_of):
    # review of bc6bb30 (#14): "relief" in what the plan is to do named aid, an issue of a deed family
    assert claims_of("The Coast Guard approved BP's plan to drill two relief wells in the Gulf of Mexico.") == []


def test_hopes_forgone_requests_and_calls_on_another_state_no_stance_of_the_subject(claims_of):
    # held-out Timeline17 sentences (seed-1410 sheet)
    assert claims_of("Then hopefully Allen will agree that to save face, they still use the relief well but only to "
                     "check the annulus.") == []  # a reader's hope
    assert claims_of("But Boeing Co decided to forego seeking a tax deduction for any of a $615 million settlement "
                     "with the government in 2006 over ethics charges, under pressure from lawmakers.") == []
    assert claims_of("Jean also called on residents to evacuate the country's capital, Port-au-Prince, to allow aid "
                     "to reach them.") == []  # an emergency request to people no name identifies
    assert claims_of("Hours before the spill started washing ashore in Louisiana late Thursday, members of Congress "
                     "issued new calls for Obama to abandon his plans for expanded offshore drilling.") == []
    # Obama is called on to abandon them; he dropped nothing


def test_a_question_or_a_condition_inside_what_a_speaker_says_is_no_demand(product_claims):
    # held-out Timeline17 sentences (bpoil_reuters, bpoil_washingtonpost; seed-1410 sheet)
    assert product_claims("Navy Secretary Ray Mabus said the plan would be ready soon. Mabus did not make clear what "
                          "proportion of the BP fines should be dedicated to the recovery effort and how much money "
                          "it would involve.") == []
    assert product_claims('Wendy Snyder said the Defense Logistics Agency "informed the EPA that there are adequate procedures '
                          'and processes to protect the U.S. military missions should EPA determine that BP should be '
                          'debarred."') == []
    # the same speaker's demand without the condition stays one
    assert product_claims('Wendy Snyder said the EPA should debar BP.') == [("Snyder", "debar BP", "demand")]


def test_a_fronted_when_or_whatever_clause_does_not_make_a_demand_a_question(claims_of):
    # review of 448825d: only a WH word among the verb's arguments ("what proportion ...") asks
    assert claims_of("Zelenskyy said when the war ends, Russia should pay reparations to Ukraine.") == [
        ("Zelenskyy", "pay reparations to Ukraine", "demand", False)]
    assert claims_of("Macron said whatever happens, Russia should withdraw its troops from Kherson.") == [
        ("Macron", "Kherson", "demand", False)]  # session 44: the land to leave, not the troops
    assert claims_of("Mabus did not make clear what proportion of the BP fines should be dedicated to the "
                     "recovery effort.") == []


def test_a_relative_clause_in_a_quoted_demand_does_not_make_it_a_question(claims_of):
    # review of 9923a8f (issue #14): "that" of a relative clause inside the object is no WH question
    assert claims_of('"Russia should return the children that it abducted," Zelensky said.') == [
        ("Zelensky", "return children", "demand", False)]


def test_a_government_that_offers_something_in_a_relative_clause_proposes_it(claims_of):
    # review of 9ffc8fd: only a business's "which offers" describes its trade
    assert claims_of("Russia, which offers talks in Istanbul, said it would continue.") == [
        ("Russia", "talks in Istanbul", "propose", False)]
    assert claims_of("Germany, which offers air defense to Ukraine, said it would continue.") == [
        ("Germany", "air defense", "propose", False)]


def test_dropping_a_policy_across_the_board_is_a_drop_and_a_load_goes_into_a_place(claims_of):
    # review of 448825d: only "into" / "onto" a place makes the dropped thing a load
    assert claims_of("Trump dropped tariffs on China across the board.") == [("Trump", "tariffs on China", "drop", False)]
    assert claims_of("The plane dropped the relief supplies into a secured area north of Port-au-Prince.") == []


def test_agreeing_to_sell_without_a_company_bought_or_a_price_is_acceptance(claims_of):
    # review of 448825d: a deal needs a company as the object or a price under the verb
    assert claims_of("Ukraine agreed to sell its rare earth minerals to the United States.") == [
        ("Ukraine", "sell rare earth minerals", "accept", False)]
    assert claims_of("BP agreed to sell four fields to Japan's Marubeni Corp for $650 million.") == []


def test_who_receives_a_ceded_place_is_no_issue_of_any_stance(claims_of):
    # review of 448825d: the "to" party of cede / hand / give is excluded for a refusal too
    assert claims_of("Ukraine refused to cede Donetsk to Russia.") == [("Ukraine", "Donetsk", "reject", False)]
    assert claims_of("Ukraine refused to cede Crimea to Russia.") == [("Ukraine", "Crimea", "reject", False)]


def test_likely_hedges_a_forecast_not_a_reported_stance(claims_of):
    # review of 448825d: "likely" on a past stance is the writer's hedge on a report; with a modal, a forecast
    assert claims_of("Putin likely demanded that Ukraine cede Donetsk.") == [("Putin", "Donetsk", "demand", False)]
    assert claims_of("Russia will demand that Ukraine cede Donetsk.") == [("Russia", "Donetsk", "demand", False)]
    assert claims_of("Russia will likely demand that Ukraine cede Donetsk.") == []


def test_a_plan_approved_a_fee_agreed_and_a_business_described_are_no_stances(claims_of):
    # held-out Timeline17 bpoil_foxnews and H1N1_reuters sentences (seed-1411 sheet; seen since)
    assert claims_of("Bob Fryar, senior vice president for BP in Angola, said the Bureau of Minerals Management has "
                     "approved a plan to drill the wells.") == []  # an official approving a plan
    assert claims_of("BP PLC agreed to pay Kenneth Feinberg's firm, Feinberg Rozen LLP, $850,000 a month starting in "
                     "mid-June, according to the Gulf Coast Claims Facility.") == []  # a fee to a named firm
    assert claims_of("IPF, which offers small loans to consumers in central Europe, Romania and Mexico, risked "
                     "breaching its debt covenants if loan impairment rates worsened further.") == []
    # proposing a plan of one's own stays a proposal; paying costs stays an undertaking
    assert claims_of("Merkley proposed a plan to cut oil use.") == [("Merkley", "cut oil use", "propose", False)]
    assert claims_of("BP has pledged to pay the potentially massive costs of restoring the Gulf.") == [
        ("BP", "pay massive costs", "propose", False)]


@pytest.fixture(scope="module")
def listed_of(nlp):
    """(holder's last word, issue, stance, listed) of each claim: the default listing (docs/positions.md)."""
    from storyline.nlp.entities import extract_mentions
    from storyline.nlp.quotes import extract_quotes
    from storyline.nlp.time import extract_timexes

    def run(text: str, published: str = "2010-06-01") -> set[tuple]:
        doc = Document(id="t", source="t", text=text, published=published)
        parsed = nlp(text)
        mentions = extract_mentions(parsed, doc.id)
        quotes = extract_quotes(parsed, doc.id, mentions=mentions)
        claims = extract_claims(parsed, doc, extract_timexes(text, published, doc.id, parsed), mentions, quotes)
        return {(c.holder_text.split()[-1], c.issue, c.stance, c.listed) for c in claims}

    return run


def test_a_demand_addressed_to_a_party_is_listed(listed_of):
    found = listed_of("Senators Charles Schumer and Ron Wyden sent a letter to Hayward earlier this week demanding "
                      "that payments to investors be halted during the clean-up.")
    assert ("Wyden", "halt payments to investors", "demand", True) in found


def test_a_call_on_people_no_name_identifies_is_not_listed_whatever_the_parser_calls_its_on(listed_of):
    # round 39 pool row 131: the parser read 'on' as a particle, so 'attendees' was no addressee and the appeal to the
    # audience was listed as Clinton's demand
    found = listed_of("Hillary Clinton spoke at AIPAC. Yet she didn’t limit her attacks to Israel policy, also calling "
                      "on attendees to oppose \"bigotry\" after citing Trump’s proposed temporary ban on Muslims.",
                      published="2016-03-22")
    assert ("Clinton", "oppose bigotry", "demand", False) in found
    assert not any(listed for *_, listed in found)
    found = listed_of("Senator Chris Murphy called on Congress to pass legislation banning assault weapons.",
                      published="2016-06-13")
    assert any(holder == "Murphy" and listed for holder, _, _, listed in found)


def test_an_effort_promised_on_an_open_issue_is_stored_but_not_listed(listed_of):
    found = listed_of('President Barack Obama pledged on Thursday to "use every single available resource" and the '
                      "U.S. military ratcheted up preparations to help contain the oil slick.")
    assert {(holder, stance, listed) for holder, _, stance, listed in found} == {("Obama", "propose", False)}


def test_a_request_to_people_no_name_identifies_is_not_listed(listed_of):
    # the seed-1408 sheet's "urged him to delay his return to the Philippines", asked of residents
    found = listed_of("Health Secretary Francisco Duque urged residents to delay their return to the Philippines "
                      "for five days.")
    assert found == {("Duque", "delay return to Philippines", "demand", False)}  # stored, not listed
    # the sheet's own sentence: "him" is no party named (review of 241177f, #14)
    found = listed_of("Health Secretary Francisco Duque urged him to delay his return to the Philippines for five "
                      "days to ensure that there was no risk of he or his entourage bringing swine flu into the "
                      "country.")
    assert {(holder, stance, listed) for holder, _, stance, listed in found} == {("Duque", "demand", False)}


def test_an_organisations_own_operation_is_stored_but_not_listed(listed_of):
    # bpoil_washingtonpost (seed-1525 sheets, judged wrong): what a company presses, vows or proposes to do itself
    assert listed_of("BP had vowed to conduct the test, which would involve closing valves on the leaking well's newly "
                     "placed cap, by midday Tuesday.") == {("BP", "conduct test", "propose", False)}
    assert listed_of("Instead, rig workers have said, BP pressed for closing the well and moving the exploration rig "
                     "off the site.") == {("BP", "close well", "demand", False)}
    assert listed_of("BP also proposed setting up the unified command center in Houston, a decision Coast Guard and "
                     "Interior officials overruled.") == {("BP", "set up unified command center", "propose", False)}
    # what it asks another to do, and a person's own commitment, stay listed
    assert listed_of("The Obama administration has pressed BP to add additional capacity to capture it.") == {
        ("administration", "add additional capacity", "demand", True)}
    assert listed_of("On Capitol Hill, Sen. Jeff Merkley (D-Ore.) recently proposed a plan to cut oil use by shifting "
                     "to electric vehicles.") == {("Merkley", "cut oil use", "propose", True)}


def test_an_approval_told_as_a_practice_is_no_acceptance(claims_of):
    # bpoil_washingtonpost (seed-1525 sheets, judged wrong): another's criticism of what an agency keeps doing
    assert claims_of('"It\'s unconscionable that after the Deepwater Horizon blew and began spewing oil into the Gulf '
                     'of Mexico, MMS continues to approve new drilling at even deeper depths without environmental '
                     'review," said Catherine Wannamaker, a senior attorney with the Southern Environmental Law '
                     "Center.") == []
    # refusing to approve is a stance (bpoil_guardian, judged right)
    assert claims_of("U.S. officials also refused to approve new drilling in shallow waters until new rules were "
                     "issued.") == [("officials", "drilling in shallow waters", "reject", False)]


def test_a_demand_met_by_someone_unnamed_is_not_listed(listed_of):
    # bpoil_washingtonpost (seed-1525 sheets, judged wrong): an order to a news crew on a beach
    assert listed_of('Two weeks ago Coast Guard officials cited "BP\'s rules" when demanding that a CBS News crew '
                     "leave a beach area.") == {("officials", "leave beach area", "demand", False)}
    # a party asked in the demanded clause (PolNeAR dev, judged right) stays listed
    assert ("protesters", "release department video of shooting", "demand", True) in listed_of(
        "The family, protesters and civic leaders have been demanding that police release department video of the "
        "shooting, which the police have not done.")


def test_a_demand_for_a_named_place_is_listed(listed_of):
    found = listed_of("Russian President Vladimir Putin, in a recent phone call with U.S. President Donald Trump, "
                      "reportedly demanded that Ukraine cede full control of the Donetsk region as a precondition "
                      "for ending the war, according to an exclusive report by the Washington Post.")
    assert ("Putin", "Donetsk", "demand", True) in found


def test_a_demanded_bare_thing_is_named_by_its_purpose(claims_of):
    # PolNeAR dev 93d1efd60277 (#14 recall sheet: Fowler / contingency plan / demand): "a process" names nothing
    assert claims_of("Fowler is calling for a process to identify a potential successor, not that he is calling for "
                     "that potential successor to be immediately identified.")[:1] == [
        ("Fowler", "identify potential successor", "demand", False)]
    # a thing that names itself keeps its name (the headline's "Clinton contingency plan")
    assert not any(issue.startswith("replace") for _, issue, _, _ in claims_of(
        "Fowler called for a contingency plan to replace Clinton."))


def test_stance_words_are_found_from_the_lemma_column(nlp):
    # bpoil_reuters (Timeline17): 'pressured' states a demand only with its addressee ('pressed Russia to
    # accept'), so it is in no DependencyMatcher pattern's lemma list; the column must still offer it
    from storyline.story.positions import cue_stance, stance_word_candidates

    parsed = nlp("In the two months since the spill started, Obama has made four visits to the Gulf and "
                 "pressured BP to agree to a $20 billion account to help pay for relief.")
    candidates = stance_word_candidates(parsed)
    assert [parsed[i].text for i in candidates if cue_stance(parsed[i])] == ["pressured", "agree"]
    assert [t.text for t in parsed if cue_stance(t)] == ["pressured", "agree"]


def test_a_quoted_modal_demand_for_a_place_is_listed_only_for_land_a_party_must_give_or_leave(listed_of):
    # review of 241177f (#14): a quoted "must" takes no stance by its word, as "wants" does not; since session 44
    # land a named party must give back or leave (a territory word governing the place) is listed, as a cede word is
    assert listed_of('"Russia must give back Crimea," Zelensky said.') == {("Zelensky", "Crimea", "demand", True)}
    # what one wants a named party to do is asked of it (session 56): a demand, listed as a directive to a party is
    assert listed_of("Zelensky wants Russia to give back Crimea.") == {("Zelensky", "Crimea", "demand", True)}


def test_selling_a_stake_in_a_company_to_a_company_is_a_deal(claims_of):
    # review of 11d7ff7 (#14): a company named in what is sold, or as who buys it, makes a deal
    assert claims_of("BP agreed to sell its stake in TNK-BP to Rosneft.") == []
    assert claims_of("Ukraine agreed to sell its rare earth minerals to the United States.") == [
        ("Ukraine", "sell rare earth minerals", "accept", False)]


def test_a_stance_on_an_act_that_undoes_an_issue_keeps_the_act(claims_of):
    # seed-1420 sheet: these were "oppose health care", "demand nuclear weapons", "propose immigration"
    assert claims_of("In the presidential race, Democratic front-runner Hillary Clinton has denounced GOP efforts to "
                     "defund the group, which provides contraception and health services for millions of women, as "
                     "well as abortion services.") == [("Clinton", "defund group", "oppose", False)]
    assert claims_of("To a rousing standing ovation, Kasich called for the suspension of the nuclear deal in response "
                     "to missile tests by the Iranian Revolutionary Guard Corps.") == [
        ("Kasich", "suspension of nuclear deal", "demand", False)]
    assert claims_of("Gov. Nathan Deal has vowed to block other Syrian refugees from coming to the state.") == [
        ("Deal", "block other Syrian refugees", "propose", False)]


def test_funding_is_not_aid(claims_of):
    # seed-1420 sheet (and seeds 1407, 1409): a Zika funding proposal read as aid
    # session 51: the proposal its words name is what Murphy opposes (`issue._named_measure_opposed`), not aid
    assert claims_of("Among the votes: Murphy’s opposition to the $1.1 billion House Zika funding proposal.") == [
        ("Murphy", "House Zika funding proposal", "oppose", True)]  # held before: a list item, no verb states it


def test_a_restriction_is_the_policy_it_restricts_with_not_an_undoing_act(listed_of):
    # review of 9ee65a4 (#14): "restriction" turned these gun control rows into open issues; session 53: the
    # restriction, a measure that limits the family's word, is the issue (was `gun control` / `assault weapon`, stored
    # unlisted as a family word behind a measure)
    assert listed_of("Democrats are pushing for new restrictions on guns.") == {
        ("Democrats", "new restrictions on guns", "demand", True)}
    assert listed_of("Clinton has called for restrictions on assault weapons.") == {
        ("Clinton", "restrictions on assault weapons", "demand", True)}


def test_cutting_or_reducing_a_harm_is_a_stance_for_its_family(claims_of):
    # review of 9ee65a4 (#14): "reduce" and "cut" read these as undoing acts with open issues
    assert claims_of("China pledged to reduce carbon emissions by 2030.") == [
        ("China", "reduce carbon emissions", "propose", False)]
    assert claims_of("Obama urged Congress to cut the deficit.") == [("Obama", "cut deficit", "demand", False)]
    # the family stays budget; the issue is what the text names (posfield23)


def test_an_undoing_act_that_names_nothing_keeps_its_conjuncts(claims_of):
    # review of 9ee65a4 (#14): the act's conjunct "cut Medicaid" was dropped with it
    assert claims_of("Clinton opposed efforts to defund it and cut Medicaid.") == [
        ("Clinton", "health care", "oppose", False)]


def test_rolling_out_is_no_undoing_but_rolling_back_is(claims_of):
    # review of 9ee65a4 (#14): "roll" without its particle read "roll out" as undoing
    assert claims_of("Obama vowed to roll out new climate rules.") == [
        ("Obama", "roll out climate rules", "propose", False)]  # the rules rolled out (posissue26)
    assert claims_of("Republicans vowed to roll back the health care law.") == [
        ("Republicans", "roll back health care law", "propose", False)]  # named with its particle (posrecall7)


def test_a_stance_verb_the_attribution_stage_reads_into_a_speaker_phrase_is_the_named_speakers(nlp):
    # recall sheet (docs/judged/positions-recall.md), PolNeAR dev a90ed65b831e: the parser hangs "called"
    # under "election" with no subject; the attribution stage reads the clause as part of the speaker phrase
    from storyline.analysis import analyze_parsed

    text = ("Attorney General Roy Cooper (D), McCrory's opponent in the upcoming gubernatorial election, called "
            "Friday for releasing the police videos, as well, saying that transparency \"breaks down barriers and "
            "brings progress.\"")
    analysis = analyze_parsed(nlp(text), Document(id="t", source="t", text=text, published="2016-09-23"))
    assert [(c.holder_text, c.issue, c.stance, c.listed) for c in analysis.claims] == [
        ("Roy Cooper", "release police videos", "demand", True)]
    # "police" only modifies the videos whose release is demanded (`_family_word_behind_a_measure`), so "demand
    # policing" was not what the sentence says and the claim was stored unlisted; since session 40 the act asked for
    # in the stance's own "for" phrase is the issue (`issue.done_for_the_stance`), and it says which way


def test_what_a_speaker_phrase_says_others_say_of_the_speaker_is_not_the_speakers_position(nlp):
    # review of af117b4 (#1): a stance verb below a passive participle of the speaker phrase ("accused ...
    # of backing", "rumored to favor") was read as the speaker's own position
    from storyline.analysis import analyze_parsed

    for text in ('Gov. Pat McCrory, accused by opponents of backing the bathroom bill, said "That is simply false."',
                 'Gov. Chris Christie, long rumored to favor the pipeline, said "I have made no decision."'):
        analysis = analyze_parsed(nlp(text), Document(id="t", source="t", text=text, published="2016-09-23"))
        assert analysis.claims == [], text


# ---------------------------------------------------------------- #14, seed-1421 sheet: what the stance acts on, and whose it is

@pytest.fixture(scope="module")
def holders_of(nlp):
    """(holder text, issue, stance, listed) of each claim, the holder's whole span."""
    from storyline.nlp.entities import extract_mentions
    from storyline.nlp.quotes import extract_quotes
    from storyline.nlp.time import extract_timexes

    def run(text: str, published: str = "2016-01-29") -> set[tuple]:
        doc = Document(id="t", source="t", text=text, published=published)
        parsed = nlp(text)
        mentions = extract_mentions(parsed, doc.id)
        quotes = extract_quotes(parsed, doc.id, mentions=mentions)
        claims = extract_claims(parsed, doc, extract_timexes(text, published, doc.id, parsed), mentions, quotes)
        return {(c.holder_text, c.issue, c.stance, c.listed) for c in claims}

    return run


def test_a_family_word_below_the_noun_the_stance_acts_on_is_stored_but_not_listed(listed_of):
    # seed-1421 rows 23 and 38: the stance is on the comments and on the ideas, not on immigration or the budget
    assert listed_of("Curbelo, in particular, has slammed Trump's comments about immigrants and Muslims, and vowed not "
                     "to vote for him even if he wins the nomination.") == {("Curbelo", "immigration", "oppose", False)}
    assert listed_of("Likely Republican nominee Donald Trump has offered few ideas for easing student debt aside from "
                     "stating that the federal government shouldn't profit from such loans.") == {
        ("Trump", "ease student debt", "propose", False)}
    # the family word heading what is acted on stays listed: the bill is the issue, its content below it
    assert listed_of("In 2013, Sanders supported a bipartisan bill to tighten background checks for online and gun "
                     "show sales.") == {("Sanders", "bipartisan bill to tighten background checks for online sales",
                                         "support", True)}  # what the bill does names it (round 36 pool row 53)


def test_people_a_verb_acts_on_do_not_say_the_direction_of_the_measure(listed_of):
    # seed-1421 row 11: deporting immigrants is no proposal for immigration
    assert listed_of("Trump, a Republican front-runner in the presidential race, has repeatedly promised to forcibly "
                     "deport 11 million undocumented immigrants.") == {("Trump", "immigration", "propose", False)}


def test_tariffs_are_an_issue_of_their_own_not_trade(listed_of):
    # seed-1421 row 6: favouring heavy tariffs on China is not supporting trade
    found = listed_of("Representative Brooks has said that he would consider ''anything short of shooting'' illegal "
                      "immigrants to get them out of the country and that he favored imposing heavy tariffs on China "
                      "to ''level the playing field'' and punish Beijing for what he sees as currency manipulation.")
    assert ("Brooks", "tariffs on China", "support", True) in found
    assert not any(issue == "trade" for _, issue, _, _ in found)


def test_a_quantified_part_of_a_group_or_a_descriptor_is_not_the_group(holders_of):
    # seed-1421 rows 7 and 18: some Republicans are not the party; "the Kentucky Republican" is one person
    assert holders_of("Only half a dozen Senate Republicans, of 54 total, even expressed a willingness to take a "
                      "courtesy meeting with Garland.") == set()
    assert holders_of("In a statement, the Kentucky Republican on Tuesday dismissed Obama's actions to more tightly "
                      "regulate gun sales.") == set()
    # seed-1421 row 26: "top Senate Democrats" are Democrats, not the Senate
    found = holders_of("Cruz said both he and Rubio promised as Senate candidates to lead the fight against amnesty for "
                       "illegal immigrants -- but only he kept his promise, while Rubio sought a compromise plan "
                       "endorsed by top Senate Democrats.")
    assert {holder for holder, _, stance, _ in found if stance == "support"} == {"Democrats"}
    # seed-1421 rows 8 and 39: the promise is to fight amnesty, not to propose immigration
    assert ("Cruz", "immigration", "propose", True) not in found


# ---------------------------------------------------------------- seed-1422 sheet's wrong-row kinds (#14)


def test_not_in_favor_of_and_failing_to_refuse_hold_no_stance(claims_of):
    # seed-1422 rows 74 and 88: the negation sits on the copula the phrase hangs from, or on 'failed to'
    assert claims_of("“I am not in favor of any kind of legislation that would abolish that choice — that’s for "
                     "sure,” said Todd Wilcox.") == []
    assert claims_of("Over the weekend, Trump failed three times to refuse the endorsement of both the KKK and "
                     "David Duke, a former leader of the white supremacist group.") == []
    assert claims_of("Ukraine refused to cede Donetsk to Russia.") == [("Ukraine", "Donetsk", "reject", False)]


def test_a_singular_relative_clause_after_coordinated_names_is_the_nearest_names(claims_of):
    # seed-1422 row 16: the parser hangs 'who has openly opposed' on Trump; 'has' agrees with Cruz
    assert claims_of("It's only been recently that a number of candidates, including Trump and Cruz, who has openly "
                     "opposed ground troops, have taken a more aggressive stance about the U.S. role in the "
                     "region.") == [("Cruz", "ground troops", "oppose", False)]


def test_a_group_picked_out_by_a_restrictive_clause_holding_the_stance_is_not_the_group(claims_of):
    # seed-1422 rows 29, 72, 77: only the Republicans who praised / oppose / support are meant
    assert claims_of("Even Republicans who have praised his candidacy warned on Tuesday that the party may have to "
                     "separate itself from its standard-bearer.") == []
    assert claims_of("But when it comes to Mr. Sanders's proudest legislative moments, it is the losses that stand "
                     "out, in the liberal mirror image of the Tea Party Republicans who oppose large-scale "
                     "legislation.") == []
    assert claims_of("Nonetheless, House Republicans supporting the bill have said they think they will have "
                     "sufficient votes to pass it.") == []


def test_an_issue_word_is_never_a_lemma_that_changes_the_word(claims_of):
    # seed-1422 row 62 and seed-1420 row 39: spaCy lemmatizes 'taxes' as 'taxis'
    assert claims_of("Aides and outside advisers to Clinton are well aware of these problems and have focused on "
                     "them in Clinton’s proposals to boost some taxes on the wealthy, crack down on high-speed Wall "
                     "Street trading and spend more on infrastructure.") == [
        ("Clinton", "boost taxes on the wealthy", "propose", False)]  # whom the levy falls on (round 36 pool row 126)
    assert claims_of("Some cheer when Johnson calls for ending corporate taxes; some cheer when he insists that "
                     "black lives matter.") == [("Johnson", "end corporate taxes", "demand", False)]


def test_a_vote_to_leave_a_union_is_no_support_of_the_union(claims_of):
    # seed-1422 row 23
    assert claims_of("Trump has hailed Britain’s vote to leave the European Union as “fantastic,” telling reporters "
                     "during a visit to Scotland on Friday that he thinks the Brexit is “a great thing.”") == [
        ("Trump", "Britain's vote to leave European Union", "support", False)]  # whose vote (round 37 pool row 93)
    # leaving that keeps what it leaves is no undoing (seed-1422 row 46, judged right as budget; the bare word since
    # posfield23; session 36: the state it is left in says what is wanted, round 36 pool row 110)
    assert claims_of("Mr. Ryan is the architect of his party's plan to rein in spending on entitlement programs, "
                     "while Mr. Trump has vowed to leave such spending untouched.") == [
        ("Trump", "leave spending on entitlement programs untouched", "propose", False)]


def test_a_for_to_clause_says_what_would_do_not_what_its_subject_holds(claims_of):
    # a new row of the posfix round on the seed-1420/1421/1422 articles, once 'taxes' matched the taxonomy
    assert claims_of("For instance, it may be enough for Trump and Ryan to agree on the overarching need for lower "
                     "taxes and a smaller federal government without aligning completely on specific policies.") == []



def test_a_noun_keeps_a_right_lemma_that_is_no_prefix_of_the_word(claims_of):
    # review of 5562327: the plural ending was taken off right lemmas ('lives' -> 'live')
    assert claims_of("Clinton vowed to protect the lives of women.") == [
        ("Clinton", "protect lives of women", "propose", False)]


def test_a_singular_relative_clause_is_the_nearest_name_even_untagged(claims_of):
    # review of 5562327: the nearest name without a PERSON tag was climbed back to the first conjunct
    # the model leaves this 'Hollande' untagged: an unnamed holder holds nothing, Merkel does not hold it either
    assert claims_of("Obama met Merkel and Hollande, who has opposed the trade deal.") == []
    # named earlier in the document, the untagged 'Hollande' is his name
    assert claims_of("French President Francois Hollande arrived on Monday. Obama met Merkel and Hollande, who has "
                     "opposed the trade deal.") == [("Hollande", "trade deal", "oppose", False)]


def test_a_for_to_clause_with_a_first_person_subject_is_the_speakers_stance(claims_of):
    # review of aceaee5
    assert claims_of('"It is important for us to support a higher minimum wage," Clinton said.') == [
        ("Clinton", "higher minimum wage", "support", False)]


def test_leaving_something_to_someone_or_alone_keeps_it(claims_of):
    # review of 5562327: 'leave X to Y' undoes nothing
    assert claims_of("Clinton wants to leave abortion decisions to women and their doctors.") == [
        ("Clinton", "health care", "support", False)]


def test_an_act_issue_keeps_the_case_of_names(claims_of):
    # review of 5562327: 'Paris' was lowercased
    assert claims_of("Trump called for the United States to exit the Paris climate agreement.") == [
        ("Trump", "exit Paris climate agreement", "demand", False)]


# posprec2 round: the seed-1422 sheet's wrong kinds left after the posfix round (rows by number)

def test_a_phrase_before_the_verb_is_no_particle_nor_issue(claims_of):
    # row 35: 'On CNN' was read as the issue of 'called'
    assert claims_of("On CNN Tuesday, his wife, Jane, called for an open primary process.") == [
        ("Jane", "open primary process", "demand", False)]


def test_calling_a_vote_for_a_date_is_no_call_for_it(claims_of):
    # row 14: 'called a referendum ... for June 5' was a demand of elections
    found = claims_of("Moreover, despite Blocher’s statements, the SVP has called a referendum — “No to Free Lawyers” "
                      "— for June 5, 2016 against the government’s refugee proposals.")
    assert not [f for f in found if f[0] == "SVP"]


def test_what_is_called_to_do_something_is_not_asked(claims_of):
    # row 85: 'was called by the SVP to force the government' (an initiative convened) read as a demand
    assert claims_of("The so called “Implementation Initiative” was called by the SVP to force the government to "
                     "adopt the measures passed under the 2010 “Expulsion Initiative.”") == []


def test_a_possibility_names_no_issue(claims_of):
    # row 70: 'entertain possibility'
    assert claims_of("But Sen. Pat Toomey (R-Pa.) refused to entertain the possibility of campaigning alongside "
                     "Cruz, responding that he’s “not going to go into what my campaign is doing.”") == []


def test_picking_up_a_bill_pays_it(claims_of):
    # row 55: 'agreed to pick up the Chipotle bill' was legislation
    found = claims_of("Happily, Mr. Zuckerberg also generously agreed to pick up the Chipotle bill tonight, and he's "
                      "even springing for the guacamole.")
    assert not [f for f in found if f[1] == "legislation"]


def test_one_person_agreeing_to_talk_speaks_and_does_not_negotiate(claims_of):
    # row 80: a source agreeing to an interview
    assert claims_of("Bob agreed to talk on the condition that his last name not be used because even though he has "
                     "retired, his cover has not been lifted.") == []
    assert claims_of("Russia and Ukraine agreed to talk.") == [("Russia", "negotiations with Ukraine", "accept", False),
                                                             ("Ukraine", "negotiations with Russia", "accept", False)]
    # (session 36: each holder's talks are with the other, round 36 pool rows 101 and 168)


def test_self_deportation_is_not_deportation(claims_of):
    # row 41: denouncing Romney's 'self-deportation' read as opposing deportation
    assert claims_of("It is strange that Trump would denounce “self-deportation,” which is like a chocolate sundae "
                     "compared to his own plans for illegals.") == []


def test_agreeing_to_what_one_would_do_if_something_happened_is_no_stance(claims_of):
    # rows 30 and 99: 'agreed that they'd support a Daniels candidacy if it emerged'
    assert claims_of("Dunn and John agreed that they’d support a Daniels candidacy if it emerged.") == []


def test_a_stance_in_a_claim_the_sentence_calls_false_is_not_held(claims_of):
    # seed-1422 row 32 ('the debunked claim'); withheld-pool rows 14 and 26 (stored, unlisted at 8dbf984)
    assert claims_of("So there was Mr. Hannity last week, devoting one of his shows to a town hall-style meeting with "
                     "Mr. Trump at which his (leading) questions often contained extensive Trumpian talking points -- "
                     "including the debunked claim that Mr. Trump opposed the Iraq invasion.") == []
    assert claims_of("The day before, at a rally in Beaumont, Tex., Mr. Trump was just as blunt, claiming without any "
                     "evidence that President Obama wanted to take in 250,000 Syrian refugees.") == []
    assert claims_of('Cruz spokeswoman Catherine Frazier said Thursday that Rubio’s claim that Cruz is in favor of '
                     'legalizing illegal immigrants is "simply not true."') == []
    # a claim nobody calls false still reports the stance
    assert claims_of("Mr. Trump claimed that he opposed the Iraq invasion.") == [
        ("Trump", "Iraq invasion", "oppose", False)]
    # one's own claim about oneself states one's stance (seed-1420 row 13, judged right)
    assert claims_of("I was totally against going into Iraq,” Trump said, repeating a false claim that he opposed "
                     "the 2003 invasion.") == [("Trump", "invasion", "oppose", False)]


def test_a_country_willing_to_talk_to_another_negotiates(claims_of):
    # seed-1403 row 52 (also 1408 row 83, 1409 row 54), judged right: kept by the one-person-talking rule
    assert claims_of("Officials said Cuba would rely on expertise from Venezuela, an ally that has long experience of "
                     "offshore oil drilling and its environmental consequences, but that it was also willing to talk "
                     "to the US.") == [("Cuba", "negotiations with US", "support", False)]


# fixpos4: the review of the posprec2 round's rules (each sentence the review's own)
def test_a_false_claim_whose_pronoun_may_stand_for_another_is_not_the_claimants_own(claims_of):
    # the own-claim exemption took any pronoun subject; here "he" may be Trump, and the claim is called false
    assert claims_of("Nikki Haley attacked Trump, repeating the false claim that he opposed the Iraq invasion.") == []


def test_a_relative_for_which_before_the_verb_is_the_verbs_particle(claims_of):
    assert claims_of("It was the ceasefire for which Zelensky had called.") == [
        ("Zelensky", "ceasefire", "demand", True)]  # the pluperfect: called for before the article
    assert claims_of("The investigation, for which Democrats have long pushed, begins next week.") == [
        ("Democrats", "investigation", "demand", True)]


def test_claiming_without_providing_evidence_is_unsupported(claims_of):
    assert claims_of("Trump claimed, without providing evidence, that Biden supported open borders.") == []


def test_ready_to_talk_to_a_named_person_is_negotiations(claims_of):
    assert claims_of("Zelensky said he was ready to talk to Putin.") == [
        ("Zelensky", "negotiations with Putin", "support", False)]


def test_a_conditional_vow_is_a_stance_only_agreeing_to_a_condition_is_not(claims_of):
    assert claims_of("McConnell vowed that he would block the nomination if Democrats forced a vote.") == [
        ("McConnell", "block nomination", "propose", False)]


def test_rejecting_a_claim_is_not_rejecting_what_the_claim_is_about(claims_of):
    assert claims_of("The White House dismissed the baseless claim that Biden opposed a ceasefire in Gaza.") == []
    assert claims_of("Ukraine rejected the unfounded claim that it opposed the ceasefire.") == []


# posprec3 round: the seed-1423 sheet's wrong kinds (TBAQ newswire and zyte pages; development data since), rows by number
def test_agreeing_that_something_is_so_accepts_no_issue(claims_of):
    # seed-1423 rows 2 and 24: read as accepting policing
    assert claims_of("``Both Senator D'Amato and Chuck Schumer agree this was a horrific crime and a horrible "
                     "tragedy,'' said Josh Isay, Schumer's campaign manager.") == []
    # row 33: agreeing with a remark
    assert claims_of("Smith agreed: “It’s a different job altogether.") == []


def test_agreeing_to_what_can_be_done_is_still_an_acceptance(claims_of):
    # the seeds' "agreed with Trump that a long-term settlement can be achieved": a modal, not what is
    assert claims_of("Putin agreed with Trump that a long-term settlement can be achieved.") == [
        ("Putin", "achieve long-term settlement", "accept", False)]


def test_a_stance_under_a_verb_of_weighing_is_not_held_yet(claims_of):
    # seed-1423 row 3
    assert claims_of("In other developments: The Pentagon said that Defense Secretary Dick Cheney is considering "
                     "urging Bush to order a national callup of armed forces reserves for active duty because of the "
                     "drain on units sending soldiers abroad.") == []


def test_calling_something_a_name_is_no_demand(claims_of):
    # seed-1423 row 5: "calls discounting ..." names it (a gerund, no infinitive)
    assert claims_of('Mr. Thompson calls discounting "a loser\'s game for anyone without a dominant market share," '
                     "and projected that Anheuser's statement of intent could simply be a means of warning "
                     "competitors to ease up on price-cutting or face a costly and fruitless battle.") == []
    # an infinitive is a demand (seed-1422 row 38, judged ok; seed-1420 row 29 "called upon Mayor Bill de Blasio to")
    assert claims_of("Real estate developer Carlos Beruff would push to abolish the U.S. Department of Education.") == [
        ("Beruff", "abolish U.S. Department of Education", "demand", False)]


def test_withdrawing_troops_is_not_support_for_troops(claims_of):
    # seed-1423 row 9: 'willing to withdraw troops' was troops / support
    assert claims_of("Defense Minister Yitzhak Mordechai was the first senior Israeli official to refer to U.N. "
                     "resolution 425 in a speech six weeks ago, saying at the time he was willing to withdraw troops "
                     "in exchange for guarantees that Israel would not be attacked.") == [
        ("Mordechai", "withdraw troops", "support", True)]  # six weeks back, the article's only time: held before it
    # land withdrawn from keeps its territory slot
    assert claims_of("Russia refused to withdraw its forces from the Kherson region.") == [
        ("Russia", "Kherson", "reject", False)]


def test_a_thing_asked_for_someone_is_stored_not_listed(listed_of):
    # seed-1423 rows 14 and 19: visas for a trip, a visa for a client
    assert listed_of("Cuba had asked for 28 visas for the trip, for Elian's father, his stepmother, his little "
                     "half-brother, a 5th grade boy cousin, the dozen classmates, and a host of teachers, doctors "
                     "and other specialists.") == {("Cuba", "visas for trip", "demand", False)}
    assert listed_of("Gonzalez's lawyer, Greg Craig, asked for a visa Thursday for his client for the expected "
                     "visit, but was told by U.S. State Department officials that Gonzalez himself had to apply for "
                     "the visa at the U.S. diplomatic mission in Havana.") == {("Craig", "visa", "demand", False)}
    # the one asked is no beneficiary
    assert listed_of("Obama asked Congress for tougher gun control.") == {("Obama", "gun control", "demand", True)}


def test_an_act_in_a_relative_clause_describes_its_noun(claims_of):
    # seed-1423 row 26: the court rejected objections, not a blocking of the trial
    assert claims_of("The World Court Friday rejected U.S. and British objections to a Libyan World Court case that "
                     "has blocked the trial of two Libyans suspected of blowing up a Pan Am jumbo jet over Scotland "
                     "in 1988.") == []


def test_dropping_an_undertaking_of_ones_own_drops_no_stance(claims_of):
    # seed-1423 row 36
    assert claims_of("Sweden has dropped its investigation into a 2010 rape allegation against WikiLeaks co-founder "
                     "Julian Assange after a review of the evidence.") == []
    # a demand dropped stays a drop
    assert ("Trump", "ceasefire", "drop", False) in claims_of(
        "Trump dropped his demand for an immediate ceasefire.")


# fixpos5: review findings on the posprec3 round (5557a50), each sentence from the finding
def test_a_for_phrase_of_a_country_time_or_reason_keeps_a_request_listed(listed_of):
    # finding 1: only a counted thing or one for a person is allotted
    assert listed_of("Zelensky sought NATO membership for Ukraine.") == {("Zelensky", "NATO membership", "demand", True)}
    assert listed_of("Israel is seeking guarantees for its security.") == {("Israel", "security guarantees", "demand", True)}
    assert listed_of("Ukraine sought security guarantees for a postwar settlement.") == {
        ("Ukraine", "security guarantees", "demand", True)}
    assert listed_of("Hamas asked for a ceasefire for the duration of Ramadan.") == {("Hamas", "ceasefire", "demand", True)}
    assert listed_of("Zelensky asked for a 30-day ceasefire for humanitarian reasons.") == {
        ("Zelensky", "ceasefire", "demand", True)}


def test_an_act_in_the_relative_clause_of_the_thing_judged_is_its_content(claims_of):
    # finding 2: the clause right under the judged noun says what it does
    assert claims_of("Hungary opposed an EU proposal that would suspend Russian oil imports.") == [
        ("Hungary", "suspend Russian oil imports", "oppose", False)]
    assert claims_of("Republicans rejected a resolution that would block arms sales to Saudi Arabia.") == [
        ("Republicans", "block arms sales", "reject", False)]
    assert claims_of("Democrats welcomed the ruling that blocked the administration's asylum rule.") == [
        ("Democrats", "block asylum rule", "support", False)]
    assert claims_of("Trump criticized the judge who blocked his travel ban.") == [
        ("Trump", "block travel ban", "oppose", False)]


def test_dropping_ones_own_move_on_an_issue_drops_the_issue(claims_of):
    # finding 3: a bid, a veto, a threat, a push that names its issue
    assert claims_of("Ukraine dropped its bid to join NATO.") == [("Ukraine", "NATO", "drop", False)]
    assert claims_of("Ukraine dropped its ambition to join NATO.") == [("Ukraine", "NATO", "drop", False)]
    assert claims_of("Turkey dropped its veto of Sweden's NATO membership.") == [("Turkey", "NATO membership", "drop", False)]
    assert claims_of("Trump dropped his threat of tariffs on Mexican goods.") == [
        ("Trump", "tariffs on Mexican goods", "drop", False)]
    # a push for a thing is a demand of it (session 43), so its drop also gives the earlier demand, as "backed off an
    # earlier demand" does
    assert claims_of("Democrats dropped their push for a wealth tax.") == [
        ("Democrats", "wealth tax", "drop", False), ("Democrats", "wealth tax", "demand", True)]


def test_a_coordinated_withdrawal_keeps_the_issue_beside_it(claims_of):
    # finding 4
    assert set(claims_of("Macron urged Russia to agree to a ceasefire and withdraw its troops.")) == {
        ("Macron", "withdraw troops", "demand", False), ("Macron", "ceasefire", "demand", False)}
    assert set(claims_of("Germany pressed Russia to agree to a ceasefire and to withdraw its troops.")) == {
        ("Germany", "withdraw troops", "demand", False), ("Germany", "ceasefire", "demand", False)}


def test_agreeing_that_the_priority_is_an_issue_accepts_it(claims_of):
    # finding 5: the copula's complement is the stance
    assert set(claims_of("Zelensky and Trump agreed that the priority is an immediate ceasefire.")) == {
        ("Zelensky", "ceasefire", "accept", False), ("Trump", "ceasefire", "accept", False)}


# --- posrecall3 round (#14 recall): positions a reader finds in the recall articles (docs/judged/positions-recall.md)


def test_a_permission_refused_for_the_future_rejects_what_is_not_permitted(claims_of):
    # recall #53 (bpoil_foxnews b24f5a4bf342): the fronted "Under no circumstances" negates "going to allow"
    assert claims_of('"The well is almost dead. Under no circumstances are we going to allow them to reopen the well '
                     'to extract oil and gas from the Macondo well," Interior spokeswoman Kendra Barkoff told '
                     'FoxNews.com.') == [("Interior", "reopen Macondo well", "reject", False)]
    # what was (not) permitted, or can be, is no stance (bpoil_guardian, H1N1_guardian)
    assert claims_of('Earlier, he had indicated that all the leaking oil and gas had been stopped, telling National '
                     'Public Radio that BP engineers had "been able to force mud down and not allow any hydrocarbons '
                     'to come up."') == []
    assert claims_of('"We have to protect the stocks that we have now and we can not allow people\'s panic to eat '
                     'through our supplies," he said.') == []
    # a permitted becoming names no act (bpoil_guardian; its first version's wrong new row)
    assert claims_of('The deputy prime minister, Nick Clegg, said yesterday that he would not allow the row to become a '
                     '"tit-for-tat political diplomatic spat".') == []


def test_what_a_speaker_thinks_or_agrees_should_be_done_is_their_support(claims_of):
    # recall #22 and #15 (PolNeAR dev a90ed65b831e, 93d1efd60277): an opinion, not a demand put to anyone
    assert claims_of('Charlotte Mayor Jennifer Roberts said Friday that she thinks the video should be released but '
                     'said "the question is the timing."') == [("Roberts", "release video", "support", False)]
    assert ("Rendell", "modernize vacancy rules", "support", False) in claims_of(
        "Former Pennsylvania Gov. Ed Rendell, who served as general chairman of the DNC during the 2000 election, "
        "agreed that the party’s vacancy rules should be modernized, but he said that discussion should wait until "
        "after the election.")
    # what a speaker says someone should do stays a demand
    assert claims_of('Hillary Clinton chimed in on Twitter, saying that Charlotte officials should release the police '
                     'videos "without delay."') == [("Clinton", "police videos", "demand", False)]


# --- revposrec3: a hostile review of posrecall3's two rules (#14). No bed or seed has these constructions with a stance
# verb (a search of every Timeline17, PolNeAR, SemEval, TBAQ and energy-news sentence), so the sentences are ordinary
# news sentences written for the review.


def test_a_negative_phrase_without_inversion_negates_nothing(claims_of):
    # a phrase with "no" fronted without the auxiliary before the subject is an adjunct of time or manner
    assert claims_of("In no time at all, Congress approved the bill.") == [("Congress", "legislation", "accept", False)]
    assert claims_of("With no other options left, Interior Secretary Ken Salazar accepted BP's plan to cap the well.") \
        == [("Salazar", "cap well", "accept", False)]
    assert claims_of("Interior Secretary Ken Salazar, with no hesitation, accepted BP's plan to cap the well.") == [
        ("Salazar", "cap well", "accept", False)]
    # negative inversion does negate
    assert claims_of("At no time did Ken Salazar accept BP's plan to cap the well.") == [
        ("Salazar", "cap well", "reject", False)]
    # so does the phrase between the subject and the verb, with or without an auxiliary, as "never" would (bpoil_foxnews
    # 290: "this level in no way limits BP's liability"); set off by commas it is an aside (above)
    assert claims_of("Interior Secretary Ken Salazar in no way accepts BP's plan to cap the well.") == [
        ("Salazar", "cap well", "reject", False)]
    assert claims_of("Interior Secretary Ken Salazar will in no way accept BP's plan to cap the well.") == [
        ("Salazar", "cap well", "reject", False)]


def test_a_negated_view_opposes_and_another_ones_view_is_not_the_speakers(claims_of):
    # "not" on think / believe negates the should-clause (neg-raising): opposition, not support
    assert claims_of("Interior Secretary Ken Salazar said he does not believe the moratorium should be lifted.") == [
        ("Salazar", "lift moratorium", "oppose", False)]
    assert claims_of('"I do not think the moratorium should be lifted," Interior Secretary Ken Salazar said.') == [
        ("Salazar", "lift moratorium", "oppose", False)]
    # a view whose holder is not the speaker is reported, not held, by the speaker
    assert claims_of("Interior Secretary Ken Salazar said BP thinks the moratorium should be lifted.") == []
    assert claims_of("Interior Secretary Ken Salazar said the two sides agreed that the moratorium should be "
                     "lifted.") == []
    # the speaker's own view stays support
    assert claims_of('"We think the moratorium should be lifted," Interior Secretary Ken Salazar said.') == [
        ("Salazar", "lift moratorium", "support", False)]


def test_a_refused_permission_is_a_rejection_only_for_the_future_and_without_a_condition(claims_of):
    # the review's cases the rule already gets right (each beside the sentence that does state a rejection), kept
    # so that a broader permission rule fails here: what was not permitted, what the law does not permit, a
    # condition, and "not only" (no negation)
    assert claims_of("The Interior Department will not allow BP to reopen the well.") == [
        ("Department", "reopen well", "reject", False)]
    assert claims_of("The Interior Department did not allow BP to reopen the well.") == []
    assert claims_of('"The law does not allow us to reopen the well," Interior Secretary Ken Salazar said.') == []
    assert claims_of("The court will not allow the appeal, the judge said.") == []
    assert claims_of("Interior Secretary Ken Salazar said he would not allow BP to reopen the well.") == [
        ("Salazar", "reopen well", "reject", False)]
    assert claims_of("Interior Secretary Ken Salazar said he would not allow BP to reopen the well if the tests "
                     "failed.") == []
    assert claims_of('"Not only will we allow them to reopen the well, but we will pay for it," Salazar said.') == []


# --- posrecall4 round (#14 recall): group holders and measures on a known issue


def test_a_group_named_by_a_plural_noun_holds_a_position(claims_of):
    # bpoil_foxnews development articles (305bd2dbe3f0, b5868332e120): a plural noun naming people or bodies, with
    # the word that says which, is a group holding the stance (it held nothing before: no entity)
    assert claims_of("World leaders pledged to cut deficits in half in three years.") == [
        ("leaders", "cut deficits", "propose", False)]
    assert claims_of("Lawmakers want to increase the current 8-cent-a-barrel tax on oil to make sure there is enough "
                     "money available to respond to oil spills.") == [("Lawmakers", "increase tax on oil", "support", False)]
    # a quantified part of a group is not the group (bpoil_guardian); nor a bare role ("officials": whose?)
    assert claims_of("On Sunday, 54 Democratic senators demanded that BP pay $20bn into a ring-fenced account to make "
                     "sure it met all its obligations for the clean-up and damages.") == []
    assert claims_of("Officials want to increase the tax on oil.") == []
    # bare "people" is anyone, no group (revpos4: MJ_bbc 2010-08-01 gave the actor "people" a demand)
    assert claims_of("After Romy's best friend was killed, people called upon him to challenge corruption by standing "
                     "for political office -- a decision that would put his own life on the line.") == []
    assert claims_of("Local people called for an end to the drilling.")[0][0] == "people"


def test_a_name_given_for_something_is_no_call_for_it(claims_of):
    # PolNeAR dev 15d4f9d7923b: "called a charlatan ... for promoting" names Oz, it asks for nothing (the group
    # rule gave "fellow physicians / promote quack medical cure / demand")
    assert claims_of("Mehmet Oz — Ivy League-trained surgeon and daytime TV star — has been called a charlatan by "
                     "fellow physicians for promoting “quack” medical cures.") == []


def test_a_group_holder_is_an_actor_linked_across_documents(nlp):
    from storyline.nlp.entities import extract_mentions, link_entities
    from storyline.nlp.quotes import extract_quotes
    from storyline.nlp.time import extract_timexes
    from storyline.story.positions import extract_positions, group_holder_mentions

    texts = {"a": "World leaders pledged to cut deficits in half in three years.",
             "b": "In Toronto, world leaders pledged to cut deficits."}
    mentions, claims, documents = [], [], {}
    for doc_id, text in texts.items():
        doc = documents[doc_id] = Document(id=doc_id, source=doc_id, text=text, published="2010-06-27")
        parsed = nlp(text)
        found = extract_mentions(parsed, doc_id)
        these = extract_claims(parsed, doc, extract_timexes(text, doc.published, doc_id, parsed), found,
                               extract_quotes(parsed, doc_id, mentions=found))
        mentions += found + group_holder_mentions(parsed, these, found)
        claims += these
    entities, entity_of = link_entities(mentions, [])
    positions = extract_positions(claims, entity_of, {e.id: (e.name, e.type) for e in entities}, documents,
                                  {"a": None, "b": None})
    assert [(p.actor, p.topic, p.stance, sorted(s["doc"] for s in p.mentions)) for p in positions] == [
        ("norp:world-leaders", "cut deficits", "propose", ["a", "b"])]


def test_a_holder_named_short_in_one_document_is_the_holder_named_in_full(nlp):
    # round-29 sheet rows 71 and 74 (bpoil_reuters, development): one chamber under two names gave two rows
    from storyline.nlp.entities import extract_mentions, link_entities
    from storyline.nlp.quotes import extract_quotes
    from storyline.nlp.time import extract_timexes
    from storyline.story.positions import extract_positions

    def positions_of(texts):
        mentions, claims, documents = [], [], {}
        for doc_id, text in texts.items():
            doc = documents[doc_id] = Document(id=doc_id, source=doc_id, text=text, published="2010-07-30")
            parsed = nlp(text)
            found = extract_mentions(parsed, doc_id)
            claims += extract_claims(parsed, doc, extract_timexes(text, doc.published, doc_id, parsed), found,
                                     extract_quotes(parsed, doc_id, mentions=found))
            mentions += found
        entities, entity_of = link_entities(mentions, [])
        return [(p.actor, p.topic, p.stance, len(p.mentions)) for p in extract_positions(
            claims, entity_of, {e.id: (e.name, e.type) for e in entities}, documents, {d: None for d in texts})]

    text = ("The House of Representatives on Friday approved the toughest reforms ever to offshore energy drilling "
            "practices. Before passing the bill, the House also approved an amendment.")
    assert positions_of({"a": text}) == [("org:house-of-representatives", "legislation", "accept", 2)]
    # in another document 'the House' may be another one: it stays as written there
    assert [p[0] for p in positions_of({"a": text.split(". ")[0] + ".", "b": text.split(". ")[1]})] == [
        "org:house", "org:house-of-representatives"]


def test_a_measure_on_a_taxonomy_issue_is_the_issue_and_listed(claims_of):
    # known bug of #14 (PolNeAR dev 75a93cc3ccec): stored as education / demand and not listed, the family losing which
    # way the moratorium goes; the measure named with its "on" phrase is the issue
    assert claims_of("In July, the NAACP called for a moratorium on charter schools.") == [
        ("NAACP", "moratorium on charter schools", "demand", False)]
    # a noun with no "on" phrase names no measure: the family stays, unlisted (seed-1408..1410 sheets)
    assert claims_of("Clinton slammed Trump's comments about immigrants.") == [("Clinton", "immigration", "oppose", False)]
    # the others' ban, behind a verb with its own subject, is no measure of Trump's; insights are no measure (sheets
    # seed-1422 pool rows 29 and 19, judged wrong: they stay as they were, unlisted)
    assert ("Trump", "indefinite ban on syrian refugees", "demand", False) not in claims_of(
        "The biggest difference between the two parties is the approach to immigration challenges at home, with Trump "
        "calling for a ban on non-citizen Muslims from entering the country and others supporting an indefinite ban on "
        "Syrian refugees -- and not the Middle Eastern ground battle that's so fiercely debated.")
    assert claims_of("Mr. Chagoury explained through a spokesman that he had simply wanted to provide insights on "
                     "elections in Lebanon.") == [("Chagoury", "elections in Lebanon", "support", False)]


def test_a_measure_claim_is_a_listed_position(nlp):
    from storyline.nlp.entities import extract_mentions
    from storyline.nlp.quotes import extract_quotes
    from storyline.nlp.time import extract_timexes
    from storyline.story.positions import is_specific_issue

    text = "In July, the NAACP called for a moratorium on charter schools."
    doc = Document(id="t", source="t", text=text, published="2016-09-20")
    parsed = nlp(text)
    mentions = extract_mentions(parsed, doc.id)
    claims = extract_claims(parsed, doc, extract_timexes(text, doc.published, doc.id, parsed), mentions,
                            extract_quotes(parsed, doc.id, mentions=mentions))
    assert [(c.issue_family, c.listed, c.measure, is_specific_issue(c)) for c in claims] == [("other", True, True, True)]


def test_dismissing_a_criticism_denies_it_and_states_no_position(claims_of):
    # #14 known bug (haiti_bbc 8a9774dcbefc, judged wrong on the seed-1424 and 1425 sheets): listed as Clinton / leave
    # airport / reject
    assert claims_of("Earlier, Mrs Clinton dismissed criticism that aid was not leaving the airport and being delivered "
                     "to the people who needed it, saying 14 distribution centres were being established around the "
                     "capital to deliver food and water to the two million people that the US and UN estimates need "
                     "emergency aid.") == []
    # rejecting a plan stays a rejection (PolNeAR dev)
    assert claims_of("And until Thursday, Trump has steadfastly refused to disclose detailed medical records.") == [
        ("Trump", "disclose detailed medical records", "reject", False)]


def test_an_on_phrase_the_parser_hangs_on_the_verb_names_the_objects_measure(claims_of):
    # seed-1420 sheet row 46: "on abortion" hangs on "criticized"; the object it follows is what is criticised (was
    # health care / oppose, which does not say which way)
    assert claims_of("Frank Pavone, national director of Priests for Life, criticized the Democratic Party’s draft "
                     "platform language on abortion.") == [
        ("Pavone", "Democratic Party's draft platform language on abortion", "oppose", False)]  # whose (round 36 row 115)


FD2117_MORATORIUM = (  # bpoil_foxnews fd2117f9ec45, a development recall article (recall #37, #38, #43): three of its sentences
    "The new moratorium was panned by industry groups and supported by environmentalists. Last week, a federal "
    "appeals court rejected the government's effort to restore its initial offshore deep-water drilling moratorium, "
    "which was issued after the catastrophic Gulf oil spill in April. Other industry groups and pro-drilling lawmakers "
    "also criticized the new moratorium.")


def test_a_bare_definite_measure_is_the_one_the_document_names_in_full(claims_of):
    # "the new moratorium" says nothing of what it bears on; the article names the moratorium with its drilling
    found = claims_of(FD2117_MORATORIUM)
    assert ("groups", "offshore deep-water drilling moratorium", "oppose", False) in found
    assert ("environmentalists", "offshore deep-water drilling moratorium", "support", False) in found
    # a definite noun the document never names with a taxonomy word stays no issue
    assert claims_of("The new moratorium was panned by industry groups and supported by environmentalists.") == []


def test_coordinated_groups_each_hold_the_stance(claims_of):
    # recall #43 (bpoil_foxnews fd2117f9ec45): the lawmakers, a conjunct of the groups
    assert ("lawmakers", "offshore deep-water drilling moratorium", "oppose", False) in claims_of(FD2117_MORATORIUM)


# --- posrecall5 round (#14 recall): listed refusals


def test_a_permission_refused_for_the_future_is_listed(listed_of):
    # recall #53 (bpoil_foxnews b24f5a4bf342): a refusal in public, listed as "refused to let them" would be (was
    # stored, `--all` only: "allow" is no stance-taking word and "reopen well" an open issue)
    assert listed_of('"The well is almost dead. Under no circumstances are we going to allow them to reopen the well '
                     'to extract oil and gas from the Macondo well," Interior spokeswoman Kendra Barkoff told '
                     'FoxNews.com.') == {("Interior", "reopen Macondo well", "reject", True)}
    # "the well" is the Macondo well its own sentence names further on
    # a permission granted or told as done is still no stance at all
    assert listed_of("The Interior Department did not allow BP to reopen the well.") == set()


def test_a_polls_public_holds_the_position_the_poll_reports(claims_of):
    # the decision of docs/positions.md "Polls": a named public (a group holder) holds what a poll finds it holds, the
    # poll being its source; the sheets judged such rows right (seed 1423 row 32), and a rule dropping them lost
    # three listed right rows in the sentence probe (one a party's own stance inside a poll sentence)
    assert claims_of("A new Reuters/Ipsos poll found that most Americans still support offshore drilling, despite "
                     "watching a huge slick from BP Plc's Gulf of Mexico oil spill devastate fragile wetlands and "
                     "communities along the U.S.") == [("Americans", "offshore drilling", "support", False)]

def test_a_family_word_compounded_into_the_asked_measure_names_the_measure(listed_of):
    # PolNeAR dev (development, not a recall article): "school" stands in the compound of the investment asked for,
    # so the claim was education / demand, stored unlisted (`_family_word_behind_a_measure`); the measure is listed
    assert listed_of("Keron Blair, executive director of AROS, called for more school investment in a statement on "
                     "Thursday.") == {("Blair", "school investment", "demand", True)}


# --- posrecall6 round (#14 recall): plain stance words


def test_against_said_of_a_copulas_subject_is_opposition(claims_of):
    # "X is against Y" states opposition as "X opposes Y" does; it held nothing before ("against" was no stance word)
    assert claims_of("Republicans are against the health care bill.") == [("Republicans", "health care bill", "oppose", False)]
    assert claims_of("Senator Mary Landrieu is against new taxes on oil companies.") == [
        ("Landrieu", "taxes on oil companies", "oppose", False)]
    # negated, it states nothing (as "does not oppose"); under another verb "against" is a circumstance (bpoil_guardian)
    assert claims_of("Senator Mary Landrieu is not against new taxes on oil companies.") == []
    assert claims_of("The most accurate way to measure the size of the spill is against the amount BP is collecting "
                     "in its attempts to contain the leak.") == []
    assert claims_of("Senator Mary Landrieu campaigned against new taxes on oil companies.") == []


def test_defending_a_measure_supports_it(claims_of):
    # PolNeAR train (development): defending one's measure or a tax is support of it ("defend" was no stance word)
    assert claims_of("Speaking in the East Room at the White House, Obama is defending his executive actions to "
                     "tighten criminal background checks.") == [("Obama", "tighten criminal background checks", "support", False)]
    assert claims_of("In the past, the White House has fought hard to defend both the Cadillac tax and medical device "
                     "tax.") == [("House", "Cadillac tax and medical device tax", "support", True)]  # in the past
    # defending another's opposition is opposition (seed-1423 sheet row 6, a TBAQ article: "support" of health care before
    # this test's fix, which "backed the Church's opposition" would have given too)
    assert claims_of("Bishop Henry Mansell of the Archdiocese of Buffalo said it was ``an act of madness,'' but he went "
                     "on to defend the Church's opposition to abortion as ``respecting of human life in all its forms, "
                     "especially the most vulnerable.''") == [("Mansell", "abortion", "oppose", False),
                                                               ("Church", "abortion", "oppose", False)]
    # defending a person, oneself or one's record names no issue (PolNeAR train, bpoil_reuters)
    assert claims_of("Ben Carson went on ABC's This Week to defend his recent staff shake-up.") == []
    assert claims_of("June 28 - BP is forced to defend its chief executive after Russia's deputy prime minister said "
                     "he expected Hayward to resign soon.") == []
    # review20p (PolNeAR train): defending oneself for bailing on a bill was support of legislation, listed
    assert claims_of("Marco Rubio defended himself on Saturday for bailing on his own comprehensive immigration reform "
                     "bill, arguing that dropping the plan once it became clear it would not pass was an example of his "
                     "leadership.") == []


def test_support_of_a_named_law_is_a_position(claims_of):
    # review20p (PolNeAR train): support named no issue outside the taxonomy, so defending or supporting a named law
    # stated nothing; support of anything else still states nothing, nor does welcoming someone to a named thing
    assert claims_of("Clinton vows to defend the Affordable Care Act against Republican efforts to repeal it.") == [
        ("Clinton", "Affordable Care Act", "support", False)]
    assert ("Wilson", "Proposition 226", "support", True) in claims_of(  # 1998: held before, not the article's week
        "Henry compared Trump to former California Gov. Pete Wilson who supported Proposition 226, a measure strongly "
        "opposed by unions.")
    assert claims_of("The Cuyahoga Republican party welcomes you to the Gay Games.") == []
    assert claims_of("Clinton supports the team.") == []


def test_stances_on_two_matters_of_a_coarse_issue_are_no_change(nlp):
    # PolNeAR dev (development): the ledger showed Trump / taxes "demand -> propose", a change of stance, from a call
    # to end the tax treatment of carried interest and, in another article of the same day, a promise of lower taxes
    from storyline.story.positions import issue_detail

    def detail(text: str, cue: str) -> str:
        parsed = nlp(text)
        return issue_detail(next(t for t in parsed if t.text == cue), "taxes")

    demanded = detail("Mr. Trump has attacked loopholes that benefit others, and has called for eliminating the tax "
                      "treatment of so-called carried interest, which benefits many hedge fund and private equity "
                      "managers.", "called")
    promised = detail("Trump is promising lower taxes and “jobs, jobs, jobs,” but he has also intensified the dire "
                      "warnings and personal attacks that have defined his outsider presidential bid.", "promising")
    assert (demanded, promised) == ("tax treatment", "")

    def stated(stance, doc, matter):
        return Statement("person:trump", "taxes", "economy", stance, "2016-09-30", None, doc, 0, 9, None, False, None,
                         True, matter)

    positions = positions_from_statements([stated("demand", "a", demanded), stated("propose", "b", promised)], {})
    assert [(p.stance, p.previous) for p in positions] == [("demand", None), ("propose", None)]
    # one matter (the issue's word names it both times), or a statement of a store that did not read it: a change
    for matter in ("", None):
        positions = positions_from_statements([stated("demand", "a", ""), stated("reject", "b", matter)], {})
        assert [(p.stance, p.previous) for p in positions] == [("demand", None), ("reject", "demand")]


def test_agreeing_that_something_should_be_done_is_support_not_acceptance(listed_of):
    # recall #15 (PolNeAR dev 93d1efd60277): the reader lists Rendell's support; "agreed" gave a listed acceptance,
    # which the article's one-stance rule kept over the view's unlisted support, so the support was missed
    rendell = listed_of("Former Pennsylvania Gov. Ed Rendell, who served as general chairman of the DNC during the "
                        "2000 election, agreed that the party’s vacancy rules should be modernized, but he said that "
                        "discussion should wait until after the election.")
    assert ("Rendell", "modernize vacancy rules", "support", True) in rendell
    assert not any(stance == "accept" for _, _, stance, _ in rendell)
    # agreeing with another that something can be stays acceptance (a seed sentence, shortened)
    assert ("Putin", "achieve long-term settlement", "accept", True) in listed_of(
        "President Putin agreed with Trump that a long-term settlement can be achieved through peaceful negotiations.")


def test_a_that_clause_head_tagged_a_noun_is_the_demanded_act(claims_of):
    # PolNeAR dev a90ed65b831e (recall article): the tagger made "release" a noun, so the demand's issue was the bare
    # "release", which states no position; the clause's head with its own subject and object is its verb
    found = claims_of("The family, protesters and civic leaders have been demanding that police release department "
                      "video of the shooting, which the police have not done.")
    assert ("protesters", "release department video of shooting", "demand", False) in found
    assert ("leaders", "release department video of shooting", "demand", False) in found


def test_a_causative_names_the_act_it_asks_for(claims_of):
    # recall #56 (bpoil_foxnews 25edbfd60871): "get" is a vague word, so "pushing to get these claims expedited"
    # named no issue; the causative's participle with its subject is the act asked (tagged a past tense here)
    assert claims_of('"Any delays -- by BP or by those managing the new fund -- are unacceptable, and I will keep '
                     'pushing to get these claims expedited," Obama said.') == [("Obama", "expedite claims", "demand", False)]
    # "get" with a thing names nothing still (a vague word)
    assert claims_of("Obama pushed to get more money.") == []


def test_a_person_pronoun_does_not_stand_for_a_plural_subject(claims_of):
    # posprec19 sheet row 30 (bpoil_reuters): "she" climbed past "even though" to the critics, listing critics /
    # investigation / demand; she is not the critics (the climb goes on and finds nobody in this sentence alone)
    assert claims_of("Her comments created some blowback, with critics complaining that she is too blas about the "
                     "impact of the disaster, even though she was among the first lawmakers to call for a federal "
                     "investigation into the spill.") == []
    # a name the tagger reads as a plural (NNPS) still takes "he" (seed-1420 sheet row 23, judged ok)
    assert ("Sanders", "2007 immigration bill", "oppose", True) in claims_of(  # held before: a past he has told
        # since; the year says which bill (round 36 pool row 57)
        "Sanders has said he opposed the 2007 immigration bill because of its guest worker provisions.")


def test_a_generic_statement_of_what_a_kind_usually_does_is_no_position(claims_of):
    # posprec19 sheet row 37 (bpoil_reuters): an adverb of habit with a bare plural subject; was companies / trade / support
    assert claims_of("Banks typically require companies like BP to put up collateral to back trades in the private "
                     "derivatives market, though for highly rated firms such as BP, the collateral may be a small "
                     "portion of the size of the exposure.") == []
    # a group named after a party keeps its stance under the same adverb (PolNeAR train)
    assert claims_of("Democratic politicians typically oppose taxing consumption on fairness grounds; lower earners "
                     "spend a greater proportion of their income than higher earners.") == [
        ("politicians", "tax consumption", "oppose", False)]


def test_a_named_party_before_an_infinitive_is_asked_to_act_not_the_issue(claims_of):
    # posprec19 sheet row 26 (bpoil_reuters): "for the Coast Guard and Minerals Management Service" parsed as a 'for'
    # phrase, the infinitive hung on "called"; the issue was "Management Service"
    assert claims_of("U.S. lawmakers called for the Coast Guard and Minerals Management Service to investigate the "
                     "incident.") == [("lawmakers", "investigate incident", "demand", False)]


def test_an_entitlement_to_the_word_of_a_control_issue_is_no_support_of_the_control(claims_of):
    # PolNeAR train: "defend gun rights" was Bush / gun control / support (stored unlisted), the other way round
    found = claims_of("Bush says it's even more important to defend gun rights because of Islamic State-linked "
                      "attacks and mass shootings in Paris and California.")
    assert found == [("Bush", "gun rights", "support", False)]


def test_a_stance_on_a_halting_measure_is_on_the_measure_not_its_family(nlp):
    # rule test on a Doc built by hand (the brief's "oppose the drilling moratorium", no such sentence in the
    # development articles): the moratorium halts drilling, so opposing it is no opposition to drilling
    from spacy.tokens import Doc as SpacyDoc

    from storyline.nlp.entities import extract_mentions

    parsed = SpacyDoc(nlp.vocab, words=["Jindal", "opposes", "the", "drilling", "moratorium", "."],
                      heads=[1, 1, 4, 4, 1, 1], deps=["nsubj", "ROOT", "det", "compound", "dobj", "punct"],
                      pos=["PROPN", "VERB", "DET", "NOUN", "NOUN", "PUNCT"], tags=["NNP", "VBZ", "DT", "NN", "NN", "."],
                      lemmas=["Jindal", "oppose", "the", "drilling", "moratorium", "."],
                      ents=["B-PERSON", "O", "O", "O", "O", "O"])
    doc = Document(id="t", source="t", text=parsed.text, published="2010-06-01")
    claims = extract_claims(parsed, doc, [], extract_mentions(parsed, doc.id), [])
    assert [(c.holder_text, c.issue, c.stance, c.listed) for c in claims] == [
        ("Jindal", "drilling moratorium", "oppose", True)]  # was climate and energy / oppose


def test_a_long_compound_split_at_a_bare_verb_names_the_whole_issue(claims_of):
    # posprec19 sheet row 20 (bpoil_reuters; wrong on the seed-1405 and 1409 sheets too): the parser made "spill" the
    # object and "clean up fund tax" a clause, so the issue read "increase oil spill"
    assert claims_of("Democrats are proposing to increase the oil spill clean up fund tax to 41 cents a barrel from 8 "
                     "cents a barrel.") == [("Democrats", "increase oil spill clean up fund tax", "propose", False)]


def test_a_date_in_a_participants_relative_clause_does_not_date_the_stance(nlp):
    # PolNeAR train: "who was elected in the conservative wave of 2010" tells of Ribble, not of when the policies were
    # pushed for; the claim was dated 2010
    from storyline.nlp.entities import extract_mentions
    from storyline.nlp.quotes import extract_quotes
    from storyline.nlp.time import extract_timexes

    text = ("Reid Ribble, who was elected in the conservative wave of 2010, casts Trump as a former liberal who would "
            "“unravel” the policies he and fellow congressional Republicans have pushed for.")
    doc = Document(id="t", source="t", text=text, published="2016-03-01")
    parsed = nlp(text)
    mentions = extract_mentions(parsed, doc.id)
    claims = extract_claims(parsed, doc, extract_timexes(text, "2016-03-01", doc.id, parsed), mentions,
                            extract_quotes(parsed, doc.id, mentions=mentions))
    assert [(c.holder_text, c.stance, c.date, c.date_range) for c in claims] == [("Republicans", "demand", None, None)]


def test_a_stance_nouns_of_phrase_naming_people_is_no_issue(claims_of):
    # PolNeAR train: "demands of the Democratic presidential candidates" are asked of them; the issue read
    # "democratic presidential candidate" (listed)
    assert claims_of("NextGen Climate, which has invested heavily in efforts to put the 2016 candidates on alert, has "
                     "made the same demands of the Democratic presidential candidates.") == []


def test_a_measure_named_before_keeps_every_word_of_its_place_name(claims_of):
    # PolNeAR train: the deal the document names "the Puerto Rico debt deal" read "Rico debt deal" ("Puerto" hangs on
    # "Rico", not on "deal")
    found = claims_of("Bernie Sanders is pushing fellow Senate Democrats to reject the Puerto Rico debt deal reached by "
                      "the Obama administration and Speaker Paul Ryan (R-Wis.) last week. Meanwhile, Clinton endorsed "
                      "the bipartisan deal, although she made it clear that she has “serious concerns” about a handful "
                      "of provisions in the legislation.")
    assert ("Clinton", "Puerto Rico debt deal", "support", False) in found


# --- posrecall7 round (#14 recall): who a relative clause describes, a people kept out, a group of a kind


def test_a_relative_clause_on_a_predicate_noun_is_said_of_the_copulas_subject(claims_of):
    # PolNeAR dev a424bc42f9be (recall sheet #1): "who" hangs on a noun of the list the copula says Trump is
    # ("xenophobe"); it held nothing (no entity), now Trump holds the pledge
    found = claims_of("Editor’s note: Donald Trump regularly incites political violence and is a serial liar, rampant "
                      "xenophobe, racist, misogynist and birther who has repeatedly pledged to ban all Muslims — 1.6 "
                      "billion members of an entire religion — from entering the U.S.")
    assert found == [("Trump", "ban Muslims", "propose", True)]  # "has repeatedly pledged": held before


def test_a_people_kept_out_or_let_in_names_the_measure(claims_of):
    # PolNeAR train: a people as a verb's object names no issue (a party: "vowed to defeat Republicans"), but
    # under a verb of admission it is what the measure acts on; the proposal named nothing before
    assert claims_of("Trump has proposed temporarily banning Muslims from entering the United States and has gone so "
                     "far as to justify the killing of the families of jihadists overseas.") == \
        [("Trump", "ban Muslims from entering United States", "propose", False)]


def test_a_collective_of_a_kind_of_people_is_a_group_holder(claims_of):
    # PolNeAR dev 15d4f9d7923b (recall sheet #17): "a group of doctors" was someone unnamed ("a ..."); the group
    # is the doctors, a group holder of its own; a counted "of" phrase stays a part ("a coalition of nearly 40 groups")
    assert claims_of("A group of doctors in 2015 sent a letter to the vice chairman of the Columbia University "
                     "department of surgery (where Oz practices medicine), calling for his dismissal.") == \
        [("doctors", "dismissal", "demand", False)]
    assert claims_of("A coalition of nearly 40 groups sent a letter this week urging Congress to pass the climate "
                     "bill.") == []


def test_a_phrasal_verb_names_its_act_with_its_particle(claims_of):
    # PolNeAR dev 0e0a15d32545 (recall sheet #62): the act was named "roll overzealous environmental regulation"
    assert ("Trump", "roll back overzealous environmental regulations", "propose", False) in claims_of(
        "Trump has vowed to bring back lost mining jobs and roll back overzealous environmental regulations.")


def test_a_passive_under_should_is_what_should_be_done_and_a_pronoun_is_named_by_its_purpose(claims_of):
    # bpoil_foxnews 2010-08-06 (recall sheet #55): "insisted" read as an assertion (the clause's head is a participle,
    # "used"), and "it" names nothing; the purpose names the act the officials asked for
    found = claims_of("The company had been hedging on how exactly it would use the relief well, which it has been "
                      "digging for three months, as federal officials insisted it should be used to perform the "
                      "so-called \"bottom kill.\"")
    assert found == [("officials", "perform bottom kill", "demand", False)]
    # a participle after another auxiliary still says what is (PolNeAR train)
    assert claims_of("Effron insists that he is focused on building Centerview for another 10 years and more.") == []


def test_a_thing_put_in_context_is_argued_about_not_acted_on(claims_of):
    # bpoil_guardian (seed-1407 sheet row 75, judged wrong): with "insists ... should be put" read as a demand it was
    # listed as Hayward / put oil / demand; putting something in context is an argument about it, no act
    assert claims_of("In an interview with the Guardian, Mr Hayward insists the leaked oil and the dispersant that is "
                     "being released into the sea to try to tackle the slick should be put in context.") == []


def test_an_advocate_noun_said_of_a_named_party_is_its_stance(claims_of):
    # PolNeAR train: "a strong supporter of", "a vocal advocate of" said by a copula of a named party (or a pronoun
    # for one) held nothing; the noun's "of" phrase is what the party is for or against
    assert claims_of("Cruz has said he is a strong supporter of legal immigration.") == [
        ("Cruz", "legal immigration", "support", False)]  # a kind of the label's word (posissue25)
    assert ("Ryan", "trade deals", "support", False) in claims_of(
        "While Mr. Ryan is a vocal advocate of trade deals and wrote legislation that gave President Obama expanded "
        "authority to negotiate them, Mr. Trump is equally vocal in opposing free trade.")


def test_a_family_label_gives_way_to_the_thing_the_evidence_names(raw_claims_of):
    # #14 point 1 (round-29 sheet rows 15, 31 and 35, bpoil_bbc / bpoil_washingtonpost, judged ok but coarse: legislation,
    # climate and energy): the issue names the bill and the drilling; the family stays for the views
    def issues(text):
        return [(c.issue, c.issue_family, c.stance) for c in raw_claims_of(text, "2010-06-16")]

    assert issues("President Obama called on the Senate to pass an energy bill that has already cleared the House.") == [
        ("energy bill", "legislation", "demand")]  # passing a bill is what wanting it means
    assert issues("Sen. Judd Gregg, who has supported offshore oil drilling in the past, spoke on Tuesday.") == [
        ("offshore oil drilling", "environment", "support")]
    # PolNeAR dev: a hyphenated modifier is written once; a word that points or counts says nothing of the thing
    assert issues("Donald Trump has sharply criticized long-standing free-trade deals such as the North American Free "
                  "Trade Agreement.") == [("free-trade deals", "economy", "oppose")]
    assert issues("AROS still wants its own neighborhood schools.") == [
        ("neighborhood schools", "education", "support")]
    # what is done to the thing says which way the stance goes
    assert issues("Earlier, the White House pledged not to expand offshore oil drilling until federal investigations "
                  "are completed.") == [("not expand offshore oil drilling", "environment", "propose")]
    # the label's own word is named by what its infinitive says it does
    assert issues("Nancy Pelosi has promised legislation to address the consequences of the oil spill.") == [
        ("legislation to address consequences of oil spill", "legislation", "propose")]


@pytest.fixture(scope="module")
def dates_of(raw_claims_of):
    def run(text: str, published: str) -> list[tuple]:
        return [(c.holder_text.split()[-1], c.stance, c.date, c.date_range, c.earlier)
                for c in raw_claims_of(text, published)]

    return run


def test_a_time_dates_a_stance_only_through_the_words_that_state_it(dates_of):
    # #14 posdate22, development sentences (Timeline17 bpoil_guardian, PolNeAR dev). A participle of the act that
    # states the demand shares its time: was dated by the article (2010-06-04 / 2011-01-11) after the first draft
    assert dates_of("Senators Charles Schumer and Ron Wyden sent a letter to Hayward earlier this week demanding that "
                    "payments to investors be halted during the clean-up.", "2010-06-04") == [
        ("Schumer", "demand", None, ["2010-05-31", "2010-06-04"], False),
        ("Wyden", "demand", None, ["2010-05-31", "2010-06-04"], False)]
    assert dates_of("Republicans took over the house of representatives last week vowing to roll back government "
                    "regulations and environmental safeguards.", "2011-01-11") == [
        ("Republicans", "propose", None, ["2011-01-03", "2011-01-09"], False)]
    # a 'when' clause is the time of the clause it hangs on; the year 2000 is when the restrictions were to go
    assert dates_of("Back when it signed on to the North American Free Trade Agreement more than 20 years ago, the "
                    "United States pledged that in the year 2000 it would lift restrictions that kept Mexican trucks "
                    "from hauling cargo inside the United States.", "2016-09-28") == [
        ("States", "propose", None, ["1996-01-01", "1996-12-31"], False)]
    # the occasion it was stated at
    assert dates_of("Keron Blair, executive director of AROS, called for more school investment in a statement on "
                    "Thursday.", "2016-10-07") == [("Blair", "demand", "2016-10-06", None, False)]
    # the day of a footage released, in the issue's phrase, is no day of the demand (was 2010-05-12)
    assert dates_of("But marine scientists have been warning of a much more extensive spill, and have been demanding "
                    "BP release data gathered from its remote operating vehicles, such as the video footage released "
                    "on Wednesday.", "2010-05-13") == [("scientists", "demand", None, None, False)]


def test_a_stance_told_as_held_before_the_article_is_an_earlier_one(dates_of):
    # #14 posdate22 (PolNeAR dev, Timeline17 bpoil_guardian): each was dated by its article's day
    assert dates_of("Another RT America host, Abby Martin, had previously denounced the annexation in an on-air "
                    "diatribe, which RT pointed to as an example of its openness to opposing viewpoints.",
                    "2016-09-19") == [("Martin", "oppose", None, None, True)]
    assert dates_of("The decision came just three days after the Security Council condemned North Korea's latest "
                    "ballistics missile launch.", "2016-09-10") == [("Council", "oppose", None, None, True)]
    assert dates_of("Donald Trump has repeatedly pledged to ban all Muslims from entering the U.S.", "2016-09-16")[0][4]
    # a pluperfect in reported speech is the speaker's own past, as recent as the saying: not earlier
    assert dates_of("Obama said BP had also agreed to establish a $100m fund to compensate unemployed oil rig "
                    "workers.", "2010-06-16") == [("BP", "accept", None, None, False)]
    # "At no time" negates; it tells no earlier time
    assert dates_of("At no time did Ken Salazar accept BP's plan to cap the well.", "2010-06-16") == [
        ("Salazar", "reject", None, ["2010-06-09", "2010-06-16"], False)]  # simple past, no day: the week before


def test_a_field_labels_phrase_keeps_where_and_what_and_drops_the_writers_grading(raw_claims_of):
    # #14 point 1, posspec22 (Timeline17 bpoil_reuters / bpoil_guardian / bpoil_washingtonpost, development): the
    # phrase that replaces a field label keeps coordinated nouns and a to / off / in phrase, drops a superlative
    def issues(text):
        return [(c.issue, c.stance) for c in raw_claims_of(text, "2010-06-16")]

    assert issues("In an effort to win support for the proposals, Barack Obama had come out in favor of more oil and "
                  "gas drilling in the Gulf of Mexico.") == [("oil and gas drilling in Gulf of Mexico", "support")]
    assert issues("Two GOP governors -- California's Arnold Schwarzenegger and Florida's Charlie Crist -- have reversed "
                  "course and said they oppose any drilling off their state's shores.") == [
        ("drilling off state's shores", "oppose")] * 2  # each governor's (session 50)
    assert issues("The Obama administration is proposing reform in the policing of offshore drilling.") == [
        ("reform in policing of offshore drilling", "propose")]
    # a label's own word with a noun before it or a phrase after it is named by them
    assert issues("The Natural Resources Defense Council has been pushing for climate change legislation for years.") \
        == [("climate change legislation", "demand")]
    # a time is no part of the thing ('a separate bill on Friday')
    assert issues("U.S. officials also refused to approve new drilling in shallow waters until new rules were issued.") \
        == [("drilling in shallow waters", "reject")]
    # the writer's grading names nothing: 'the toughest reforms' is the label's word, graded
    assert issues("The House of Representatives on Friday approved the toughest reforms ever to offshore energy "
                  "drilling practices.") == [("legislation", "accept")]
    # a bare law named by what its relative clause says it does
    assert issues("Obama has been pushing Congress to pass a new law that would fight climate change and ramp up "
                  "production of renewable fuels.") == [("law to fight climate change", "demand")]


def test_an_act_on_a_bare_object_says_which_thing_it_is(raw_claims_of):
    # #14, round-30 sheet (development now): "set up fund", "seek additional help", "pay down national debt" named
    # nothing or lost the point; what the sentence says of the bare object, and the means, name it
    def issues(text):
        return [c.issue for c in raw_claims_of(text, "2010-06-16")]

    assert issues("Obama had pressed BP to set up a fund administered by a third party after hearing complaints "
                  "from Gulf Coast residents.") == ["set up fund administered by third party"]
    assert issues("Government officials said Wednesday they had urged BP to seek additional help from the Defense "
                  "Department in protecting the shoreline.") == ["seek additional help from Defense Department"]
    assert issues("Barack Obama continued to pile pressure on the company over the weekend, calling for funds to be "
                  "placed into an escrow account.") == ["place funds into escrow account"]
    assert issues("Clinton argued Trump's proposal to pay down the national debt by printing money would trigger "
                  "hyperinflation.") == ["pay down national debt by printing money"]
    # nothing in the sentence says which compromise: no position (posissue25; it was "find compromise")
    assert issues("Addressing the topic on Monday, the White House urged Silicon Valley to find a compromise.") == []


def test_a_field_label_gives_way_to_the_measure_or_people_the_text_names(raw_claims_of):
    # #14, round-30 sheet (development now): legislation, taxes, immigration, budget, elections, climate and energy
    # where the sentence names the thing; the family stays for the views
    def issues(text):
        return [(c.issue, c.issue_family) for c in raw_claims_of(text, "2016-05-01")]

    assert issues("Mr Obama urged Congress to pass legislation to overhaul US energy policy and end tax breaks for oil "
                  "companies.") == [("legislation to overhaul US energy policy", "legislation")]
    assert issues("The House approved a bill Friday to boost safety standards for offshore drilling.") == [
        ("bill to boost safety standards for offshore drilling", "legislation")]
    assert issues("Mr. Cruz pledged to oppose legal status for undocumented immigrants.") == [
        ("legal status for undocumented immigrants", "immigration")]
    assert issues("A week later, however, Rubio said he was open to some refugees from Syria.") == [
        ("refugees from Syria", "immigration")]
    assert issues("President Barack Obama sounded a call for the United States to accept more Muslim refugees on "
                  "Monday.") == [("Muslim refugees", "immigration")]  # PolNeAR dev
    assert issues('Donald Trump is promising to "bomb the hell" out of Islamic State terrorists and deport Syrian '
                  'refugees.') == [("deport Syrian refugees", "immigration")]  # PolNeAR train: not for the refugees
    assert issues("Trump had initially welcomed Khan's election as mayor.") == [("Khan's election", "elections")]
    assert issues('"Cap and trade" is a phrase used mostly by Republicans to refer to a climate measure the House '
                  'approved last year.') == [("climate measure", "environment")]
    assert issues("The Obama administration's 2011 budget proposal for the Coast Guard is just over $10 billion.") == [
        ("budget proposal for Coast Guard", "economy")]
    # a bare word of the label with nothing of its own stays the label
    assert issues("Sanders has long opposed the tax.") == [("taxes", "economy")]


def test_a_definite_field_word_is_the_one_the_document_named_before(raw_claims_of):
    # #14, round-30 sheet row 40 (PolNeAR train, development now): "who has long opposed the tax" is the Cadillac tax
    found = raw_claims_of("Clinton wants to repeal the so-called Cadillac tax on generous health plans. It was just days "
                          "before she won the endorsement of the teachers, a coup over her rival, Sen. Bernie Sanders, "
                          "who has long opposed the tax.", "2016-05-01")
    assert ("Sanders", "Cadillac tax on generous health plans") in {(c.holder_text.split()[-1], c.issue) for c in found}


def test_an_act_asked_not_to_be_done_is_named_negated(claims_of):
    # #14 posholder23, round-30 sheet row 88 (development data now): was "cancel travel plan" / demand, the opposite
    assert claims_of("President Barack Obama spoke in Mobile on Monday. He promised the Gulf would bounce back, urged "
                     "Americans not to cancel travel plans to the region and said the seafood was safe.") == [
        ("Obama", "not cancel travel plans", "demand", False)]
    assert claims_of("Senator Bill Nelson urged the administration to lift the moratorium.") == [
        ("Nelson", "lift moratorium", "demand", False)]


def test_the_holder_is_not_a_place_of_a_list_nor_one_unnamed_member(claims_of):
    # #14 posholder23, round-30 sheet rows 84 and 34: "Florida" for the attorneys-general, "Republican" for Chaffetz
    assert claims_of("King said he and his fellow attorneys-general from Louisiana, Mississippi, and Florida would be "
                     "writing a joint letter to BP on Tuesday demanding that it spell out its commitments as part of "
                     "the claims process.") == []
    assert claims_of("Republican seeks new Clinton inquiry.") == []
    assert claims_of("Republicans demanded a new inquiry.") == [("Republicans", "investigation", "demand", False)]
    assert claims_of("The Taliban rejected the offer of talks.") == [("Taliban", "negotiations", "reject", False)]


def test_another_speakers_position_goes_to_the_one_it_is_said_of(claims_of):
    # #14 posholder23, round-30 sheet rows 13 and 50: Pence's and Ryan's words about Trump were given to them
    assert claims_of("During the discussion, Pence pledged that Trump \"really is\" in favor of free trade, but wants "
                     "\"smarter and tougher\" trade deals.") == [("Trump", "free trade", "support", False)]
    assert claims_of("During the Republican presidential primaries, Ryan voiced displeasure with some of Trump's "
                     "proposals on immigration, in particular his proposal for a temporary ban on Muslims entering "
                     "the United States.") == [("Trump", "immigration", "propose", False),
                                               ("Trump", "temporary ban on Muslims entering United States", "propose", True)]
    # (session 51: the proposal, told in the primaries, was held before the article)
    # the tenses agree: the reporting verb's subject holds the coordinated verb
    assert claims_of("Trump said Putin is ready for talks and called for a ceasefire.") == [
        ("Putin", "negotiations", "support", False), ("Trump", "ceasefire", "demand", False)]


def test_the_occasion_a_stance_was_stated_at_dates_it(dates_of):
    # #14 posholder23: round-30b sheet rows 1, 30 and 79 (posdate22 dated them by the article)
    assert dates_of("Addressing the topic on Monday, the White House urged Silicon Valley to find a compromise on "
                    "encryption.",
                    "2015-12-09") == [("House", "demand", "2015-12-07", None, False)]
    assert dates_of("Trump has hailed Britain's vote to leave the European Union as \"fantastic,\" telling reporters "
                    "during a visit to Scotland on Friday that he thinks the Brexit is \"a great thing.\"",
                    "2016-06-26") == [("Trump", "support", "2016-06-24", None, False)]  # the saying's occasion
    assert dates_of("Having met Putin on Monday, Trump called for a ceasefire.", "2025-05-21") == [
        ("Trump", "demand", None, ["2025-05-14", "2025-05-21"], False)]  # a perfect participle: its Monday is before the call
    assert dates_of("As recently as an October CNN interview, Trump said he believes Afghanistan was \"a terrible "
                    "mistake,\" although he supports keeping troops there now.", "2015-11-27") == [
        ("Trump", "support", None, ["2015-10-01", "2015-10-31"], False)]
    assert dates_of("Barack Obama continued to pile pressure on the company over the weekend, calling for funds to be "
                    "placed into an escrow account.", "2010-06-14") == [
        ("Obama", "demand", None, ["2010-06-12", "2010-06-13"], False)]


def test_an_act_on_a_bare_word_of_a_field_or_on_a_bare_object_names_it(raw_claims_of):
    # #14, round-30 sheet (development now): "promising to build a wall" was immigration; "pass a deal" named nothing
    def issues(text):
        return [(c.holder_text.split()[-1], c.issue) for c in raw_claims_of(text, "2016-06-30")]

    assert issues("Trump was in Bangor, Maine, promising to build a wall at the Mexican border.") == [
        ("Trump", "build wall")]
    assert ("Clinton", "pass deal on Planned Parenthood funding") in issues(
        "Zika talks collapsed over a deal on Planned Parenthood funding. Presumptive Democratic presidential nominee "
        "Hillary Clinton called on Congress to pass the deal and said funding is needed.")
    # an indefinite "a deal" is no earlier one (PolNeAR train: the earlier one was "the Republican deal"), and the
    # sentence names it no further: no position (posissue25; it was "pass deal")
    assert ("Clinton", "pass deal") not in issues(
        "GOP leaders urged Democrats to vote for the Republican deal instead. Presumptive Democratic presidential "
        "nominee Hillary Clinton called on Congress to pass a deal and said funding is needed.")
    # leaving a thing as it is keeps it: no undoing, and the state it is left in is what is wanted (seed-1422 row 46,
    # round 36 pool row 110)
    assert issues("Mr. Trump has vowed to leave such spending untouched.") == [("Trump", "leave spending untouched")]
    assert issues("Presumptive Democratic presidential nominee Hillary Clinton has vowed to keep abortion legal and "
                  "celebrated the ruling Monday.") == [("Clinton", "keep abortion legal")]


def test_an_issue_keeps_the_words_that_make_its_thing_what_it_is(raw_claims_of):
    # #14 posissue25, round-30 pool (development): "trade" for free trade, "use toxic chemical" for less toxic ones,
    # "legislation" for a "top-to-bottom reform", "review impact", "set up fund"
    def issues(text, published="2016-05-01"):
        return [c.issue for c in raw_claims_of(text, published)]

    assert issues("Rep. Edward Markey, chairman of the House subcommittee on energy and the environment, criticized BP "
                  "for ignoring a directive from the Environmental Protection Agency to use less toxic chemicals to "
                  "help disperse the oil.", "2010-05-25") == ["ignore directive to use less toxic chemicals"]
    assert issues("BP has pledged to pay the potentially massive costs of restoring the Gulf.") == [
        "pay massive costs"]  # a hedge grades nothing
    assert issues("Mr Reilly called for \"top-to-bottom reform\" at the companies involved in the well, known as the "
                  "Macondo well, and faulted a \"sweep of bad decisions\" by the three companies.") == [
        "top-to-bottom reform"]  # one hyphenated word, which the parser split into a verb and a phrase
    assert issues("But he said BP had agreed to pay clean-up costs beyond the current US $75m liability limit.") == [
        "pay clean-up costs"]  # was "pay clean cost"
    assert issues("Earlier this week, senior Democrats on the House Judiciary Committee, along with top congressional "
                  "leaders representing minority groups, also wrote to Lynch, urging the Justice Department to "
                  "review the impact of voting restrictions across the country.") == [
        "review impact of voting restrictions"]  # a gerund with its object after "of"
    assert issues("In his meeting with BP Chairman Carl-Henric Svanberg on Wednesday, Obama will press for the company "
                  "to set up an independently managed fund to pay oil spill damage claims.", "2010-06-14") == [
        "set up fund to pay oil spill damage claims"]  # "damage claims" are no things said
    # a comparative grades the label's word and a pointing word names no kind: the label stays
    assert issues("Obama wants lower taxes.") == ["taxes"]
    assert issues("Obama called for new legislation.") == ["legislation"]


def test_an_act_on_an_indefinite_object_named_no_further_is_no_position(raw_claims_of):
    # #14 posissue25, round-30 pool (development): "find compromise", "pass deal", "establish procedure" named nothing
    def issues(text, published="2016-05-01"):
        return [c.issue for c in raw_claims_of(text, published)]

    assert issues("Italian civil protection chief Guido Bertolaso criticised the relief effort. He called on the United "
                  "Nations to establish a procedure to follow when major natural disasters occur.", "2010-01-20") == [
        "aid"]  # not "establish procedure" (the criticism of the relief effort stays)
    # a definite object is the one the reader knows; "any" takes every one; an object the sentence describes is named
    assert issues("However, Scottish Justice Secretary Kenny MacAskill has again refused to attend the hearing.",
                  "2010-07-21") == ["attend hearing"]
    assert issues("The criminal investigation was launched just hours after Obama promised to prosecute any parties "
                  "found to have broken the law.", "2010-06-02") == ["prosecute parties"]
    assert issues("Obama had pressed BP to set up a fund administered by a third party after hearing complaints from "
                  "Gulf Coast residents.", "2010-06-16") == ["set up fund administered by third party"]


def test_a_lemma_no_reader_writes_gives_way_to_the_word(raw_claims_of):
    # #14 posissue25: the lemmatizer's "datum" of "data" (an exception-table singular while "data" is a word of its
    # own) and its "hamstre" of "hamstring" (no word the tables know, while the written word is one)
    found = raw_claims_of("But marine scientists have been demanding BP release data gathered from its remote "
                          "operating vehicles.", "2010-05-13")
    assert [c.issue for c in found] == ["BP release data"]
    found = raw_claims_of("Democrats oppose efforts to defund Planned Parenthood.", "2016-05-01")
    assert [c.issue for c in found] == ["defund Planned Parenthood"]  # an unknown lemma of an unknown word stays


def test_a_question_put_and_an_aside_between_dashes_hold_no_position(claims_of):
    # #14 posholder23, round-30 sheet rows 17 and u13: a debate moderator's question, the addressee of a letter
    assert claims_of("Clinton, pressed by moderator Dana Bash to release transcripts of her private speeches, turned "
                     "the issue instead to Sanders' failure to release his tax returns.") == []
    assert claims_of("In the letter - addressed to the U.S. attorney for the District of Columbia, Channing D. "
                     "Phillips - the Utah Republican asks for an investigation to determine whether Secretary Clinton "
                     "or her employees violated statutes.") == []
    assert claims_of("The president - Barack Obama - called for a ceasefire.") == [
        ("Obama", "ceasefire", "demand", False)]  # the name between the dashes is the subject's own


def test_in_the_past_covers_the_infinitive_the_verb_serves(dates_of):
    # #14 posholder23, round-30 sheet row 23: dated by the article although "In the past"
    assert dates_of("In the past, the White House has fought hard to defend both the Cadillac tax and medical device "
                    "tax.", "2015-12-08") == [("House", "support", None, None, True)]


def test_a_stance_said_wrongly_to_be_held_is_not_held(claims_of):
    # #14 posholder23, round-30 sheet row 73: "suggest wrongly that independent experts had endorsed" the ban
    assert claims_of("The White House rewrote a department of the interior report to suggest wrongly that independent "
                     "experts had endorsed a six-month ban on deepwater drilling after the Gulf of Mexico oil disaster, "
                     "an official report has said.") == []
    assert claims_of("Trump falsely said that Obama wanted to take in 250,000 Syrian refugees.") == []
    assert claims_of("Trump said that Obama wanted to take in 250,000 Syrian refugees.") == [
        ("Obama", "take in Syrian refugees", "support", False)]


def test_what_a_speaker_says_should_be_undone_is_the_act(claims_of):
    # #14 posholder23, round-30 sheet row 71: "shut down all the drilling" was a demand for drilling; the quote path
    # read "must lift the drilling moratorium" as a demand for the moratorium, "should repeal the tax" for taxes
    assert claims_of("\"They should shut down all the drilling out there and not give permission to do any more,\" "
                     "said Sophie Esch, a resident.") == [("Esch", "shut down all drilling", "demand", False)]
    assert claims_of("Senator Mary Landrieu said Obama must lift the drilling moratorium.") == [
        ("Landrieu", "lift drilling moratorium", "demand", False)]
    assert claims_of("Senator Mary Landrieu said Congress should repeal the tax.") == [
        ("Landrieu", "repeal tax", "demand", False)]


def test_a_bare_word_of_a_field_names_its_thing_unless_it_is_the_labels_own_kind(raw_claims_of):
    # #14, round-30 sheet row 47 (development now): "Rubio opposes abortion" was health care
    def issues(text):
        return [(c.issue, c.issue_family) for c in raw_claims_of(text, "2016-05-01")]

    assert issues("Senator Marco Rubio opposes abortion.") == [("abortion", "health")]
    assert issues("Republicans demanded a new inquiry.") == [("investigation", "law and crime")]  # a kind of the label
    assert issues("The Senate approved the bill.") == [("legislation", "legislation")]


def test_a_hyphen_tagged_as_a_word_stays_glued_in_the_issue(raw_claims_of):
    # #14 posfield23, PolNeAR train (round-30 pool, development): "Trans - Pacific Partnership trade agreement"
    found = raw_claims_of("Clinton, who once praised the controversial Trans-Pacific Partnership trade agreement, "
                          "offered her firmest promise yet.", "2016-08-11")
    assert "Trans-Pacific Partnership trade agreement" in {c.issue.removeprefix("controversial ") for c in found}

    # session 54, the PolNeAR train bed's "Indiana's voter voter-identification law": the word before the hyphen,
    # a modifier of the word after it, was written alone and again inside the hyphenated word
    found = raw_claims_of("Senator Elizabeth Warren has called for reinstating the Glass-Steagall Act in the bill.",
                          "2016-01-20")
    assert [c.issue for c in found] == ["reinstate Glass-Steagall Act"]

def test_a_stance_continuing_the_sentence_before_takes_its_day(dates_of):
    # #14 posdate24: round-31c sheet (round 30's pool, development), dated by the article before
    text = ("Sweat beading his face in the hot weather, Obama on Monday toured fouled beaches and visited businesses "
            "laid low by the collapse of tourism. He promised the Gulf would bounce back, urged Americans not to "
            "cancel travel plans to the region and said the seafood was safe.")
    assert ("Obama", "demand", "2010-06-14", None, False) in dates_of(text, "2010-06-15")
    # never across a paragraph break (but from a paragraph of that one sentence, posdate25), nor from another party's day
    assert ("Obama", "demand", None, ["2010-06-08", "2010-06-15"], False) in dates_of(
        "Oil washed ashore again. " + text.replace("tourism. He", "tourism.\n\nHe"), "2010-06-15")
    assert ("Obama", "demand", None, ["2010-06-08", "2010-06-15"], False) in dates_of(
        "Sweat beading his face in the hot weather, Obama toured fouled beaches. BP on Monday visited businesses "
        "laid low by the collapse of tourism. Obama urged Americans not to cancel travel plans to the region.",
        "2010-06-15")
    assert ("Obama", "demand", None, None, False) in dates_of(
        text.replace("He promised the Gulf would bounce back, urged", "He has urged"), "2010-06-15")  # not the past


@pytest.fixture(scope="module")
def product_dates(nlp):
    """(holder's last word, stance, date, range, earlier) of the claims as ingest makes them (resolved speakers)."""
    from storyline.analysis import ensure_analysis

    pipeline = ensure_analysis(nlp)

    def run(text: str, published: str) -> list[tuple]:
        doc = Document(id="t", source="t", text=text, published=published)
        (_, analysed), = pipeline.pipe([(text, doc)], as_tuples=True)
        return [(c.holder_text.split()[-1], c.stance, c.date, c.date_range, c.earlier) for c in analysed.analysis.claims]

    return run


def test_a_stance_takes_the_day_of_its_scene_or_of_the_holders_words_after_it(dates_of, product_dates):
    # #14 posdate25, round 30's pool (development): each was dated by the article
    # the holder's own words after it name the day of the statement (Timeline17 bpoil_foxnews; Sunday 23 May, was 25)
    criticized = ("Rep. Edward Markey, chairman of the House subcommittee on energy and the environment, criticized BP "
                  "for ignoring a directive from the Environmental Protection Agency to use less toxic chemicals to "
                  "help disperse the oil. \"The release of hundreds of thousands of gallons of chemicals into the Gulf "
                  "of Mexico could be an unprecedented, large and aggressive experiment on our oceans,\" said Markey, "
                  "a Democrat from Massachusetts. \"The reality is we know almost nothing about the potential harm "
                  "from the long-term use of any of these chemicals,\" Markey said in a written statement Sunday.")
    assert dates_of(criticized, "2010-05-25") == [("Markey", "oppose", "2010-05-23", None, False)]
    interrupted = criticized.replace("said Markey, a Democrat from Massachusetts", "said Rep. Charlie Melancon")
    assert dates_of(interrupted, "2010-05-25") == [("Markey", "oppose", None, ["2010-05-18", "2010-05-25"], False)]  # another's words between
    # a demand in what the holder said takes the day of the speech told in the sentence before (bpoil_foxnews; 14 Jan)
    assert ("Graham", "demand", "2011-01-14", None, False) in product_dates(
        "Former Sen. Bob Graham warned in a speech Jan. 14 that Cuba is planning other drilling projects with a "
        "Russian firm. According to an account of the speech in The Miami Herald, Graham said the United States "
        "should partner with Mexico to draft new international drilling safety standards in the Gulf.", "2011-01-24")
    # a paragraph of one sentence sets the scene for the next (PolNeAR train; Tuesday night, 7 June, was dated 9 June)
    before = ("But it's time to abandon the canard that he is saving democracy in his bid to rid the party of "
              "superdelegates. Had Sanders won the popular vote, they would have swung to him, as they did to "
              "Obama.\n\n")
    scene = ("Sanders seemed to be of two minds Tuesday night when he delivered a speech alternately defiant and "
             "conciliatory.\n\nHe vowed to \"continue the fight in the next primary, in Washington, D.C.,\" and to "
             "\"take our fight for social, economic, racial and environmental justice to Philadelphia\" for the "
             "Democratic convention.")
    assert product_dates(before + scene, "2016-06-09") == [("Sanders", "propose", "2016-06-07", None, False)]
    assert product_dates(before.replace("\n\n", " ") + scene, "2016-06-09") == [
        ("Sanders", "propose", None, ["2016-06-02", "2016-06-09"], False)]  # a paragraph of two sentences is no scene of the next


def test_a_stance_placed_by_another_act_of_the_story_is_an_earlier_one(dates_of):
    # #14 posdate25, round 30's pool (PolNeAR train, development): each was dated by the article
    assert dates_of("Before the Paris terror attacks, Trump took a more hands-off approach to the Islamic State, "
                    "suggesting the U.S. outsource the fight to Syria and Russia.", "2015-11-27") == [
        ("Trump", "propose", None, None, True)]
    assert dates_of("A week later, however, Rubio said he was open to some refugees from Syria.", "2015-12-20") == [
        ("Rubio", "support", None, None, True)]
    assert dates_of("The move may come as no surprise to some as Trump called for an Apple boycott after Apple CEO "
                    "Tim Cook refused to work with the FBI.", "2016-06-20") == [("Trump", "demand", None, None, True)]
    # not a time of hours, nor a 'before' after the verb (what is to come first), nor the past of a past frame
    assert dates_of("Hours later, Rubio said he was open to some refugees from Syria.", "2015-12-20") == [
        ("Rubio", "support", None, ["2015-12-13", "2015-12-20"], False)]
    assert dates_of("Trump called for a ban on Muslims before the vote.", "2015-12-20") == [
        ("Trump", "demand", None, ["2015-12-13", "2015-12-20"], False)]
    assert dates_of("The move came as no surprise as Trump called for an Apple boycott.", "2016-06-20") == [
        ("Trump", "demand", None, ["2016-06-13", "2016-06-20"], False)]
    # nor a state in a 'with' phrase, nor a perfect the tagger read as a past (Timeline17 bpoil_reuters, PolNeAR dev)
    assert {found[-1] for found in dates_of(
        "With industrial and coal-state Democrats opposed to raising the burden on manufacturers and coal-producers, "
        "coastal Democrats opposed to drilling, and Republicans leery of a potentially unpopular compromise, the "
        "climate bill has a mountain to climb.", "2010-06-11")} == {False}
    assert ("Clinton", "demand", None, None, False) in dates_of(
        "It’s become a major issue in the campaign, with Hillary Clinton — who’s called for big tax hikes on the rich "
        "— lambasting Trump’s plan.", "2016-10-04")


def test_a_meeting_is_named_by_its_party_matter_or_place(raw_claims_of):
    # #14 posissue26, round-30 pool (development): "meeting" and "negotiations" alone named no meeting a reader can place
    def issues(text, published="2016-05-01"):
        return [(c.holder_text.split()[-1], c.issue, c.stance, c.listed) for c in raw_claims_of(text, published)]

    assert issues("Putin, who rejected an invitation to meet with Zelenskyy in Turkey last week, said Russia was "
                  "\"ready to work\" with Kyiv.", "2025-05-19") == [
        ("Putin", "meeting with Zelenskyy", "reject", True)]  # a seed article: the invitation's meeting, its party
    assert issues("Secretary of State John F. Kerry said the United States would work with other Security Council "
                  "members, and he urged North Korea to resume denuclearization talks it abandoned in 2009.") == [
        ("Kerry", "denuclearization talks", "demand", True)]  # PolNeAR dev: a noun before it names the matter
    assert ("Trump", "meeting with Putin", "accept", True) in issues("Trump said he had agreed to meet Putin.")
    # nothing names which: stored, not listed (all four judged wrong on the pool, issue)
    assert issues("Sanders' spokesman Michael Briggs said Sharpton asked for the meeting.") == [
        ("Sharpton", "meeting", "demand", False)]
    assert issues("Former UK Justice Secretary Jack Straw has also declined an invitation.") == [
        ("Straw", "meeting", "reject", False)]
    assert issues("While Democrats have pushed for new negotiations, Cornyn told reporters this was the only chance to "
                  "pass a measure to fight Zika.")[0] == ("Democrats", "negotiations", "demand", False)
    assert issues("\"Bernie promised to meet with us face to face,\" she said about Sanders.")[0][1:] == (
        "meeting", "propose", False)  # "us": no party a reader can tell
    # two holders of one clause meet each other: the meeting is theirs (a seed article)
    assert all(listed for _, _, _, listed in issues(
        "Zelensky described the conversation as \"excellent,\" emphasizing that he and Trump had agreed to \"maintain "
        "close dialogue and advance our cooperation.\"", "2025-05-19"))


def test_an_issue_keeps_its_quantifier_its_exception_and_what_its_clause_makes_happen(raw_claims_of):
    # #14 posissue26, round-30 pool (development): "eliminate superdelegate" dropped the half, "abortion in cases" the
    # all and the exception, "law to force oil company" stopped at an eight-word cap before what the law forces
    def issues(text, published="2016-05-01"):
        return [c.issue for c in raw_claims_of(text, published)]

    assert issues("So I think that superdelegates play a big role,\u201d said Sen. Tom Udall of New Mexico, who supports "
                  "eliminating half the party\u2019s superdelegates.") == ["eliminate half superdelegates"]
    assert issues("Although Rubio personally opposes abortions in all cases except to save the life of the mother, he "
                  "does not always reject legislation containing other exceptions.")[0] == \
        "abortions in all cases except to save life of mother"
    assert issues("President Obama is pushing for a law that could force the oil company to pay the full cost of the "
                  "clean-up operation.", "2010-05-13") == ["law to force oil company to pay full cost of clean-up operation"]
    assert issues("BP CEO Tony Hayward promised that the company would clean up every drop of oil.", "2010-05-13") == [
        "clean up every drop of oil"]
    assert issues("On BP, he says: \"We will demand they pay every dime for the damage they have done.\"",
                  "2010-05-28") == ["pay every dime for damage"]  # what is paid for names the payment


def test_an_issue_keeps_its_amount_the_compound_the_parser_split_and_the_clause_that_says_which(raw_claims_of):
    # #14 posissue26, round-30 pool (development): "wage" for a $12 wage, "later school" for later school start times,
    # "punish school" without the rule-breaking, "due amendment" from "another amendment, due to be taken up today"
    def issues(text, published="2016-05-01"):
        return [c.issue for c in raw_claims_of(text, published)]

    assert issues("Clinton has taken a confusing and conflicted stance on the minimum wage, but she has said that she "
                  "supports a $12 wage nationally but supports cities that go higher.")[0] == "$12 wage"
    assert issues("Trump proposed a 35 percent tax on imports.") == ["35 percent tax on imports"]
    assert issues("Obama wants lower taxes.") == ["taxes"]  # no amount: the label's word, graded
    assert issues("His Democratic opponent, Rep. Alan Grayson, would support later school start times and more free "
                  "meals for students.")[0] == "later school start times"
    assert issues("Obama supported the bill Tuesday.") == ["legislation"]  # a day on the verb continues no noun
    assert issues("The Department of Education has misled the public about alleged fraud. It has refused to punish "
                  "schools\u00a0that violate state and federal rules.") == [
        "punish schools that violate state and federal rules"]  # the writer's no-break space before "that"
    assert issues("But another amendment, due to be taken up today, would require the US government to consider an "
                  "oil company's safety record. Bart Stupak, the Michigan Democrat who proposed the amendment, told "
                  "the Platts Energy forum.", "2010-07-01") == ["legislation"]  # was "due amendment"


def test_a_place_a_thing_is_taken_to_is_no_land(raw_claims_of):
    # #14 posissue26, round-30 pool (development): Sanders / Philadelphia / propose, territory, was judged wrong: the
    # city is where the fight goes. A place in a "to" phrase of a verb with an object of its own that is no place.
    text = ("Had Sanders won the popular vote, they would have swung to him.\n\nSanders seemed to be of two minds Tuesday "
            "night when he delivered a speech alternately defiant and conciliatory.\n\nHe vowed to \"continue the fight "
            "in the next primary, in Washington, D.C.,\" and to \"take our fight for social, economic, racial and "
            "environmental justice to Philadelphia\" for the Democratic convention.")
    assert "Philadelphia" not in [c.issue for c in raw_claims_of(text, "2016-06-09")]
    assert [c.issue for c in raw_claims_of("Putin demanded that Ukraine withdraw from Donetsk.")] == ["Donetsk"]


def test_the_measure_a_stance_is_for_names_it_through_an_infinitive_of_purpose(raw_claims_of):
    # #14 posissue26, round-30 pool (development, bpoil_foxnews): "climate and energy" stood for the standards
    # (its sentence with the speech's day put in: alone, the article's sentence names no speaker the quote stage links)
    text = ("Former Sen. Bob Graham said on Friday that the United States should partner with Mexico to draft new "
            "international drilling safety standards in the Gulf.")
    assert [c.issue for c in raw_claims_of(text, "2011-01-24") if c.holder_text.endswith("Graham")] == [
        "draft international drilling safety standards"]


def test_a_stance_told_in_the_simple_past_without_a_day_is_dated_the_week_before_the_article(dates_of):
    # #14 posdate35, round-32 sheet row 3 (PolNeAR train, development): the sit-in was 'late Monday', the article of
    # Tuesday 26 July dated the demand by its own day; told as done, with no day, it was on or shortly before it
    sit_in = ("Activists engaged in a brief sit-in along the march route, demanding that the Mississippi flag, which "
              "includes the stars and bars of the Confederacy, be removed from a street display of all state flags.")
    assert dates_of(sit_in, "2016-07-26") == [("Activists", "demand", None, ["2016-07-19", "2016-07-26"], False)]
    # a stance in the present or the perfect holds on the article's day; a modal tells no act done
    assert dates_of("Grayson said he opposes the Common Core because the standards don't recognize the uniqueness "
                    "of each student.", "2016-05-23") == [("Grayson", "oppose", None, None, False)]
    assert dates_of("Grayson has opposed the Common Core.", "2016-05-23") == [("Grayson", "oppose", None, None, False)]
    # a time of its own clause still dates it; one that sets the story's time in the sentence before makes it held
    # before the article's week (round-32 row 5: the Palestinians resisted talks in 2010, dated 2015-11-10)
    assert dates_of("In 2009, Mr. Obama decided to press Israel to freeze settlement construction in the occupied "
                    "West Bank.", "2015-11-10") == [("Obama", "demand", None, ["2009-01-01", "2009-12-31"], False)]
    assert dates_of("The talks collapsed in 2010. The Palestinians then resisted talks until the freeze was to "
                    "expire.", "2015-11-10") == [("Palestinians", "oppose", None, None, True)]
    # round-32 row 41 (an obituary's history of Putin; dated by the article): the story of 2012 goes on past a break
    assert ("Putin", "oppose", None, None, True) in dates_of(
        "''No matter how they explained their position, the state is falling apart,'' Vladimir Putin said in 2012. "
        "''Interethnic, interclan and intertribal conflicts continue.''\n\nPutin argued against intervention by outside "
        "powers in Syria as well.", "2015-12-19")


def test_an_act_with_no_object_names_what_its_against_or_on_phrase_names(listed_of):
    # #14 recall (the held-out recall sheet's "called on President Obama to retaliate", PolNeAR dev, round 28: not
    # found): a verb with no object acts on its 'against' / 'on' phrase; shortened from the article's sentence, whose
    # apposition the parser misreads
    assert listed_of("Adam Schiff called on President Obama to retaliate against Russia for interference in the "
                     "presidential election.", "2016-10-10") == {("Schiff", "retaliate against Russia", "demand", True)}
    # with nothing named there, still no issue ("urged Silicon Valley to find a compromise" names none either)
    assert listed_of("Adam Schiff called on President Obama to retaliate.", "2016-10-10") == set()


def test_an_act_with_no_object_asked_of_a_named_party_is_that_partys_own(listed_of):
    # #14 recall (PolNeAR train, development: "called on Michigan Gov. Rick Snyder (R) to resign", "called for Trump to
    # drop out of the race"): the demand had no issue, as "resign" alone names nothing
    assert listed_of("Bernie Sanders called on Michigan Gov. Rick Snyder to resign over the lead poisoning crisis in "
                     "Flint.", "2016-01-17") == {("Sanders", "Rick Snyder to resign", "demand", True)}
    assert listed_of("Harry Reid urged Donald Trump to drop out of the race.", "2016-10-10") \
        == {("Reid", "Donald Trump to drop out of race", "demand", True)}
    assert listed_of("David Axelrod called on Howard Dean to apologize.", "2016-09-28") \
        == {("Axelrod", "Howard Dean to apologize", "demand", True)}
    # another act with no object asked of a party names nothing, nor does a party the sentence does not name
    assert listed_of("Harry Reid urged Congress to act.", "2016-10-10") == set()
    assert listed_of("Roy Blunt urged Democrats to vote.", "2016-06-28") == set()
    assert listed_of("Harry Reid urged him to resign.", "2016-10-10") == set()


def test_the_nouns_coordinated_with_a_phrases_object_are_named_with_it(listed_of):
    # #14 (round 48 pool row 106, development: "will seek the prosecution of Bill, Hillary, and Chelsea" gave
    # 'prosecution of Bill'): the first of several objects alone names another thing
    assert listed_of("Donald Trump has said he will seek the prosecution of Bill, Hillary, and Chelsea.",
                     "2016-08-08") == {("Trump", "prosecution of Bill, Hillary and Chelsea", "demand", True)}
    assert listed_of("Senator Marco Rubio demanded the release of Alan Gross and Warren Weinstein.", "2014-11-20") \
        == {("Rubio", "release of Alan Gross and Warren Weinstein", "demand", True)}
    # places coordinated are written once, and a list too long for an issue keeps its first object
    assert listed_of("Senator John McCain called for sanctions on Russia and Iran.", "2014-11-20") \
        == {("McCain", "sanctions on Russia and Iran", "demand", True)}


def test_a_plural_relative_clause_after_a_list_of_names_is_said_of_each(listed_of):
    # #14 (unseen Timeline17 bed, bpoil_guardian: "senators Charles Schumer and Ron Wyden, who called on BP to suspend
    # dividend payments" gave Wyden alone): the parser hangs the clause on the last name, or on the first
    found = listed_of("An analyst asked about BP's views on senators Charles Schumer and Ron Wyden, who called on BP "
                      "to suspend dividend payments.")
    assert {(h, s) for h, _, s, listed in found if listed} == {("Schumer", "demand"), ("Wyden", "demand")}
    found = listed_of("Obama wrote to Bobby Jindal and Haley Barbour, who have demanded more federal money for the "
                      "cleanup.")
    assert {(h, i) for h, i, _, listed in found if listed} == {("Jindal", "more federal money"),
                                                                ("Barbour", "more federal money")}
    # a verb in the singular agrees with the name just before it only
    found = listed_of("The debate pitted Donald Trump and Ted Cruz, who has openly opposed ground troops in Syria.")
    assert {h for h, _, _, listed in found if listed} == {"Cruz"}


def test_a_finite_clause_misparsed_as_an_adverbial_does_not_take_the_next_clauses_subject(listed_of):
    # #14 (round 48 pool row 142, development: "Mr. Trump has disparaged immigrants, and vowed to reverse job losses
    # and economic malaise, Mrs. Clinton has run on ..." gave Trump's vow to Clinton): the parser hangs 'vowed' on 'run'
    found = listed_of("Hillary Clinton spoke. In a year in which Mr. Sanders has demonized Wall Street and Mr. Trump has disparaged immigrants, "
                      "and vowed to reverse job losses and economic malaise, Mrs. Clinton has run on a flinty practicality.",
                      "2016-06-05")
    assert found == set()  # it was Clinton / reverse job loss and economic malaise / propose
    # an adverbial participle shares its governor's subject
    assert listed_of("Senator Bill Nelson spoke on Tuesday, vowing to block new offshore drilling.", "2010-06-01") \
        == {("Nelson", "block new offshore drilling", "propose", True)}


def test_an_adjective_on_a_noun_modifier_says_which_kind(listed_of):
    # #14 (bpoil_foxnews 140 bed: "urged Senate Republicans to support a jobless benefits extension" gave 'support
    # benefits extension'): the parser hangs 'jobless' on 'benefits', not on 'extension'
    assert listed_of("At the White House, President Obama urged Senate Republicans to support a jobless benefits "
                     "extension.", "2010-07-20") == {("Obama", "support jobless benefits extension", "demand", True)}


def test_a_participle_after_a_plural_object_says_which_of_them(listed_of):
    # #14 (round 49 pool row 113, development: "a total and complete shutdown of Muslims entering the United States"
    # gave 'total shutdown of Muslims'): the participle right after the plural names whom the measure is on
    assert listed_of('Trump said, "Donald J. Trump is calling for a total and complete shutdown of Muslims entering '
                     'the United States until we can figure out what is going on."', "2015-12-08") \
        == {("Trump", "total shutdown of Muslims entering United States", "demand", True)}
    assert listed_of("Senator Ted Cruz called for tariffs on countries manipulating their currencies.", "2016-03-01") \
        == {("Cruz", "tariffs on countries manipulating currencies", "demand", True)}
    assert {(h, i, s) for h, i, s, _ in listed_of("Trump proposed banning Muslims entering the United States.",
                                                    "2016-03-01")} == {("Trump", "ban Muslims entering United States", "propose")}
    # a participle set off by a comma describes; it does not restrict
    assert listed_of("Senator Ted Cruz called for tariffs on imports, hurting American jobs.", "2016-03-01") \
        == {("Cruz", "tariffs on imports", "demand", True)}


def test_a_kind_of_a_fields_head_word_names_the_issue_and_a_multiword_conjunction_is_written_whole(listed_of):
    # #14 (bpoil_washingtonpost 140, development: "we need more renewable energy" gave the field 'climate and energy';
    # "free trade in brainpower as well as goods" gave 'free trade in brainpower as goods')
    assert listed_of('"We need more renewable energy," said J. Robinson West, chairman of PFC Energy.', "2010-06-03") \
        == {("West", "renewable energy", "demand", True)}
    assert listed_of("Senator Bernie Sanders called for universal health care.", "2016-01-04") \
        == {("Sanders", "universal health care", "demand", True)}
    assert listed_of("We need free trade in brainpower as well as goods, writes Ben Wildavsky.", "2010-05-14") \
        == {("Wildavsky", "free trade in brainpower as well as goods", "demand", True)}
    # a comparative only grades the field's word, and an adjective on a modifier of the label names no kind of it
    assert listed_of("Senator Bernie Sanders called for lower taxes.", "2016-01-04") \
        == {("Sanders", "taxes", "demand", True)}
    assert {i for _, i, _, _ in listed_of("President Barack Obama announced that he is ready for the fight against "
                                          "legal guns.", "2016-01-04")} <= {"gun control"}


def test_what_a_ban_keeps_its_object_from_doing_is_the_point_of_it(listed_of):
    # #14 (round 49 pool row 31, development: "refused to ban all the country's athletes from participating in Rio"
    # gave 'ban all athletes'; "prevent oil companies from drilling" named nothing): the 'from' gerund says what is barred
    assert listed_of("Obama urged Congress to prevent oil companies from drilling in the Arctic.", "2010-06-01") \
        == {("Obama", "prevent oil companies from drilling in Arctic", "demand", True)}
    assert listed_of("The International Olympic Committee refused to ban all Russian athletes from participating in "
                     "Rio.", "2016-07-25") \
        == {("Committee", "ban all Russian athletes from participating in Rio", "reject", True)}
    assert {(h, i) for h, i, _, _ in listed_of("Most recently, Donald Trump called to ban Muslims from entering the "
                                               "U.S.", "2015-12-10")} == {("Trump", "ban Muslims from entering U.S.")}


def test_a_name_in_a_hyphenated_modifier_keeps_its_case_and_a_bill_aimed_at_an_act_is_named_by_it(listed_of):
    # bpoil_bbc and bpoil_reuters 140 (development): "a US-style moratorium" was written 'us-style'; "new legislation
    # aimed at preventing a repeat of last year's massive BP oil spill" was the label 'legislation'
    assert listed_of("Greenpeace is calling for a US-style moratorium on deep sea drilling.", "2010-08-02") \
        == {("Greenpeace", "US-style moratorium on deep sea drilling", "demand", True)}
    assert listed_of("Democrats on Wednesday pressed for new legislation aimed at preventing a repeat of last year's "
                     "massive BP oil spill.", "2011-01-26") \
        == {("Democrats", "legislation to prevent repeat of massive BP oil spill", "demand", True)}


def test_a_named_place_an_objects_own_to_phrase_goes_to_is_part_of_the_act(listed_of):
    # H1N1_guardian 140 (development): "urged Europeans to postpone nonessential travel to the United States or Mexico"
    # was 'postpone nonessential travel'
    assert listed_of("The EU health commissioner, Androulla Vassiliou, urged Europeans to postpone nonessential travel "
                     "to the United States or Mexico.", "2009-04-28") \
        == {("Vassiliou", "postpone nonessential travel to United States or Mexico", "demand", True)}
    # a 'to' phrase that names no place adds nothing
    assert {i for _, i, _, _ in listed_of("The EU health commissioner, Androulla Vassiliou, urged Europeans to "
                                          "postpone nonessential travel to the affected areas.", "2009-04-28")} \
        == {"postpone nonessential travel"}


def test_a_plural_possessive_of_coordinated_doers_is_bound_to_none_of_them(listed_of):
    # bpoil_washingtonpost 140 (development): "demanded that the federal government and oil giant BP uphold their
    # commitments" gave 'uphold BP's commitment' (the parser heads the whole subject by BP)
    assert {i for _, i, _, _ in listed_of("Louisiana Gov. Bobby Jindal demanded that the federal government and oil "
                                          "giant BP uphold their commitments.", "2010-04-30")} == {"uphold commitments"}
    # one named doer still owns the act's object
    assert {i for _, i, _, _ in listed_of("Donald Trump called for Clinton to quit her bid for president.",
                                          "2016-06-13")} == {"quit Clinton's bid for president"}


def test_each_name_of_a_list_in_apposition_to_a_plural_subject_holds_its_stance(listed_of):
    # #14 (bpoil_washingtonpost 140, development: Schwarzenegger alone held the governors' opposition)
    found = listed_of("But now the administration has said it will review its proposal, and two GOP governors -- "
                      "California's Arnold Schwarzenegger and Florida's Charlie Crist -- have reversed course and said "
                      "they oppose any drilling off their state's shores.", "2010-05-06")
    assert {(h, s) for h, _, s, listed in found if listed} == {("Schwarzenegger", "oppose"), ("Crist", "oppose")}
    # a singular noun's apposition is one name, and a list of names as the subject is already each name's
    assert {h for h, *_ in listed_of("The governor, Charlie Crist, opposes drilling off Florida's shores.",
                                     "2010-05-06")} == {"Crist"}


def test_a_bill_a_lawmaker_introduces_is_a_proposal_named_by_what_it_does(listed_of):
    # #14 recall (PolNeAR train, development: "after he introduced a bill last month that would end private prison
    # contracts", "introduced a bill to ..."): introducing or sponsoring a bill puts it forward; it stated nothing
    assert listed_of("Sanders introduced a bill last month that would end private prison contracts.", "2016-05-20") \
        == {("Sanders", "bill to end private prison contracts", "propose", True)}
    assert listed_of("Rep. Peter King introduced a bill to ban assault weapons.", "2016-05-20") \
        == {("King", "bill to ban assault weapons", "propose", True)}
    # a bill known only as 'legislation' names nothing, and introducing someone is no stance
    assert {(h, i, s) for h, i, s, listed in listed_of(
        "Sen. Dianne Feinstein introduced legislation that would bar people on the no-fly list from buying guns.",
        "2016-05-20") if listed} == set()
    assert listed_of("The mayor introduced Senator Bernie Sanders at the rally.", "2016-05-20") == set()


def test_a_named_owner_of_a_field_labels_thing_stays_in_the_issue(raw_claims_of):
    # round-35 sheet row 56 (PolNeAR train, development): "denounced Iran's missile tests" was "missile test", which
    # drops whose tests they were
    assert [(c.holder_text, c.issue, c.stance) for c in raw_claims_of(
        "But as Trump denounced Iran's missile tests and pledged to confront murders at the hands of \"knife-wielding "
        "Palestinians,\" many in the audience appeared to warm to his message.", "2016-03-22")
        if c.stance == "oppose"] == [("Trump", "Iran's missile tests", "oppose")]


def test_a_document_named_by_its_field_word_is_the_issue_of_a_participle_on_it(raw_claims_of):
    # round-35 sheet row 9 (PolNeAR train, development): "immigration", a field label, where the text names the bill
    assert [(c.holder_text, c.issue, c.stance) for c in raw_claims_of(
        "The immigration bill, opposed by House Republicans, never became law.", "2016-03-15")] == [
        ("Republicans", "immigration bill", "oppose")]


def test_a_stance_after_before_is_not_dated_by_the_clause_it_came_after(dates_of):
    # round-35 sheet row 42 (PolNeAR train, development): dated late October, the poll's fieldwork; the proposal came
    # after it (7 December)
    assert dates_of("The poll was conducted in late October, before Carson's drop in national polls and Trump's "
                    "controversial proposal to ban Muslims from entering the United States.", "2015-12-10") == [
        ("Trump", "propose", None, None, True)]  # a stance noun in a sentence told in the past: held before


def test_a_perfect_takes_no_definite_past_time_the_parser_hung_on_it(dates_of):
    # round-35 sheet row 98 (PolNeAR train, development): "in 2009" is the signing's, which the parser hung on "has
    # opposed"; the stance, held as a senator, is current
    assert dates_of("Though, as a senator, Kaine has opposed defunding Planned Parenthood and restrictions on abortion, "
                    "in 2009, as governor of Virginia, he signed a bill creating a license plate.", "2016-07-23") == [
        ("Kaine", "oppose", None, None, False)]
    # a simple past takes it, and so does a perfect through "since"
    assert dates_of("Kaine opposed restrictions on abortion in 2009.", "2016-07-23") == [
        ("Kaine", "oppose", None, ["2009-01-01", "2009-12-31"], False)]
    assert dates_of("Kaine has opposed restrictions on abortion since 2009.", "2016-07-23")[0][3] is not None



# --- session 36 (#14 issue): acts on a thing the sentence only points back to


def test_an_act_on_a_thing_pointed_back_to_is_stored_not_listed(listed_of):
    # round-35 sheet rows 47 and 70: 'boycott product', 'defund group' name nothing a reader can check
    assert listed_of("Trump, who was once a pitchman for the Oreo, has vowed to boycott the product.",
                     "2016-03-24") == {("Trump", "boycott product", "propose", False)}
    assert listed_of("In the presidential race, Democratic front-runner Hillary Clinton has denounced GOP efforts to "
                     "defund the group, which provides contraception and health services for millions of women.",
                     "2015-12-08") == {("Clinton", "defund group", "oppose", False)}
    # a bare plural or mass noun names a kind, the thing itself: still listed
    assert listed_of("Democratic politicians typically oppose taxing consumption on fairness grounds.") == {
        ("politicians", "tax consumption", "oppose", True)}


def test_a_pointed_back_object_is_named_by_its_owner_or_the_phrase_after_it(claims_of):
    # PolNeAR train: 'hit stronghold', 'double cap', 'keep communication' were all the issue said
    assert claims_of("GOP frontrunner Donald Trump has called for the Islamic State's strongholds in Syria and Iraq "
                     "to be hit even harder.") == [("Trump", "hit Islamic State's strongholds in Syria and Iraq",
                                                    "demand", False)]
    assert claims_of("Ted Cruz has also called for doubling the caps on green cards.") == [
        ("Cruz", "double caps on green cards", "demand", False)]
    # the phrase after a bare generic object is the act's circumstance, not the thing's name
    assert claims_of("Democratic politicians typically oppose taxing consumption on fairness grounds.") == [
        ("politicians", "tax consumption", "oppose", False)]


def test_a_definite_field_word_goes_back_past_mentions_that_only_point(claims_of):
    # round-35 sheet row 13 (PolNeAR train, the Missouri filibuster): "this bill" named nothing, so "the bill" Monsanto
    # opposed stayed 'legislation'; the mention before it names the Missouri bill
    text = ("The Missouri bill still must clear a procedural hurdle in the Senate. For nearly 40 hours, they spoke in "
            "hopes of delaying and derailing the bill. They spoke about how they believed future generations would "
            "frown on this bill. The filibuster garnered widespread attention, including from local employers such as "
            "Monsanto, which opposed the bill.")
    assert ("Monsanto", "Missouri bill", "oppose", True) in claims_of(text)  # "which opposed": held before
    # an indefinite mention is another bill: the chain stops there
    assert ("Monsanto", "legislation", "oppose", True) in claims_of(
        "The Missouri bill still must clear a procedural hurdle. A bill was vetoed in South Dakota. The filibuster "
        "garnered widespread attention, including from local employers such as Monsanto, which opposed the bill.")
    # a mention with an owner of its own is another thing: the chain stops at "the state's law" (PolNeAR train, the
    # voter-ID article: "the law" North Carolina's, not the Indiana law named before it)
    found = claims_of("The Indiana law was not shown to affect racial groups differently. The panel ruled that the "
                      "state's law intentionally discriminated. And after the Supreme Court refused to reinstate the "
                      "law, Gov. Pat McCrory blamed the court.")
    assert [issue for _, issue, _, _ in found] == ["reinstate law"]


def test_a_definite_object_is_the_name_an_earlier_mention_stood_beside(claims_of):
    # bpoil_foxnews (Timeline17): "split the agency" named no agency; the article's apposition says which one
    assert claims_of("Obama said he has ordered Interior Secretary Ken Salazar to do a top-to-bottom reform of the "
                     "Minerals and Management Service, the agency now under fire for allowing oil drilling. Salazar "
                     "has called for a plan to split the agency in two.") == [
        ("Salazar", "split Minerals and Management Service", "demand", False)]


def test_an_act_keeps_the_named_place_its_object_is_sent_to(claims_of):
    # PolNeAR train (round 36 pool row 147): 'send more special force' left out where they were to go
    assert ("Clinton", "send more special forces into Syria", "propose", False) in claims_of(
        "Clinton suggested the United States should send more special forces into Syria to combat the Islamic State.")


def test_a_bare_object_given_or_denied_names_whom_and_coordinated_modifiers_stay_together(claims_of):
    # PolNeAR train, round 45 pool rows 165 and 175 (development): 'deny entry' said not to whom; 'investigation of
    # incident department' ran two coordinated things into one
    assert ("Huckabee", "deny entry to travelers", "demand", False) in claims_of(
        "And Mike Huckabee called for denying entry to travelers from countries with a strong presence of the Islamic "
        "State or Al Qaeda.")
    assert ("Durbin", "investigation of incident and police department of Chicago", "demand", False) in claims_of(
        "Senator Richard Durbin of Illinois spoke. In an interview, Durbin said on Thursday he \"hand-delivered a letter "
        "to the attorney general today asking for the investigation of the incident and police department of "
        "Chicago,\" and he said he hoped that Attorney General Loretta E. Lynch would announce one shortly.")
    # a rate the object is brought to is no recipient
    assert not any(issue.endswith("percent") for _, issue, _, _ in claims_of(
        "Senator Richard Durbin called for cutting the tax rate to 15 percent."))


def test_today_inside_a_quote_is_the_day_its_saying_names(raw_claims_of):
    # PolNeAR train, round 45 pool row 175 (development): dated the article's Friday; the speaker's "today" was the
    # Thursday he said it on. Without a day for the saying, "today" stays the article's day.
    said_on_thursday = ("Senator Richard Durbin of Illinois spoke. In an interview, Durbin said on Thursday he "
                        "\"hand-delivered a letter to the attorney general today asking for the investigation of the "
                        "incident and police department of Chicago,\" and he said he hoped for one shortly.")
    assert [(c.issue, c.date) for c in raw_claims_of(said_on_thursday, "2015-12-04")] == [
        ("investigation of incident and police department of Chicago", "2015-12-03")]
    said = said_on_thursday.replace(" on Thursday", "")
    assert [c.date for c in raw_claims_of(said, "2015-12-04")] in ([None], ["2015-12-04"])


def test_a_field_word_an_act_is_done_to_is_the_act_and_its_direction(listed_of):
    # PolNeAR train (round 36 pool rows 26 and 77): 'immigration / support' for wanting to limit it, 'taxes / propose'
    # for pledging not to raise them
    assert listed_of("And yet, across most of Europe, Conservatives want to limit immigration.") == {
        ("Conservatives", "limit immigration", "support", True)}
    assert listed_of("Clinton is the only Democratic candidate in this race who will pledge to raise your incomes "
                     "not your taxes.") == {("Clinton", "not raise taxes", "propose", True)}
    # an act on a document only pointed back to names no document: stored, not listed
    assert listed_of("And after the Supreme Court refused to reinstate the law, Gov. Pat McCrory blamed the court.") \
        == {("Court", "reinstate law", "reject", False)}


def test_a_measure_names_its_target_and_forces_their_kind_and_place(claims_of):
    # round 36 pool rows 48, 114, 147, 173, 183: 'tariffs' dropped China, 'troops' the ground troops and Afghanistan
    assert claims_of("Even as Mr. Obama has repeatedly said that he opposes American ''boots on the ground'' in "
                     "far-flung parts of the world, his administration continues to carve out exceptions.") == [
        ("Obama", "ground troops", "oppose", False)]
    assert claims_of("Trump said he supports keeping troops in Afghanistan now.") == [
        ("Trump", "troops in Afghanistan", "support", False)]
    assert claims_of("The EU agreed to new sanctions against Moscow.") == [("EU", "sanctions against Moscow", "accept",
                                                                          False)]
    # the troops' place is the land they must leave (session 44): named by it, as "any withdrawal from Donetsk" is
    assert claims_of("Macron said whatever happens, Russia should withdraw its troops from Kherson.") == [
        ("Macron", "Kherson", "demand", False)]


def test_a_field_label_standing_for_a_thing_named_otherwise_is_stored_but_not_listed(listed_of):
    # round 36 pool: 19 of 22 listed label rows were wrong; a label for laws the text describes names no law
    assert listed_of("Other Republicans want Obama to push for new laws that would help government investigators "
                     "penetrate encrypted Internet messages.") == {("Republicans", "legislation", "demand", False)}
    assert listed_of('"We\'re here to welcome these refugees and make them feel good," said Hala Agha, who '
                     "organized the event.") == {("Agha", "immigration", "support", False)}
    # the label's own word stays listed
    assert listed_of("Murphy has always been in favor of strict gun controls.") == {
        ("Murphy", "strict gun controls", "support", True)}  # a kind of the label's head word (session 50)
    assert listed_of("Obama promised immigration reform on Monday.") == {
        ("Obama", "immigration reform", "propose", True)}


def test_a_levy_keeps_whom_it_falls_on_and_an_adjective_stands_for_its_people(claims_of):
    assert claims_of("Clinton has proposed raising taxes on the rich.") == [
        ("Clinton", "raise taxes on the rich", "propose", False)]
    assert claims_of("The International Olympic Committee refused on Sunday to ban all Russian athletes from the Rio "
                     "Games.") == [("Committee", "ban all Russian athletes from Rio Games", "reject", False)]


def test_what_is_set_aside_instead_is_not_what_is_wanted(claims_of):
    # bpoil_foxnews: Steele was read as demanding the energy taxes he set aside
    assert claims_of('Republican National Committee Chairman Michael Steele said: "Instead of leveraging this crisis '
                     "to manufacture knee-jerk political support for cap-and-trade energy taxes, President Obama "
                     'should focus on providing the people of the Gulf with real and honest solutions."') == []
    assert claims_of("Senator Steele urged Congress to cut spending instead of raising taxes.") == [
        ("Steele", "cut spending", "demand", False)]


def test_a_clause_setting_the_scene_in_an_earlier_time_makes_the_stance_an_earlier_one(raw_claims_of):
    # round 36 pool row 178: Cruz's July 2015 amendment was dated the article's week (February 2016)
    found = raw_claims_of("Shortly after it ruled last July in favor of same-sex marriage, Sen. Ted Cruz of Texas, now "
                          "a GOP presidential contender, proposed a constitutional amendment that would impose term "
                          "limits on Supreme Court justices.", published="2016-02-15")
    assert [(c.earlier, c.date, c.date_range) for c in found] == [(True, None, None)]
    found = raw_claims_of("After the court ruled on Tuesday, Sen. Ted Cruz proposed a constitutional amendment that "
                          "would impose term limits on justices.", published="2016-02-15")
    assert [(c.earlier, c.date_range) for c in found] == [(False, ["2016-02-08", "2016-02-15"])]


def test_a_group_holder_keeps_the_places_it_is_of(raw_claims_of):
    # round 36 pool row 26: 'workers' alone told a reader nothing and merged with every article's workers
    found = raw_claims_of("Hillary Clinton spoke. She did support workers in New York, Los Angeles and Seattle who "
                          "demanded a $15 minimum wage.", published="2016-03-30")
    assert [(c.holder_text, c.issue, c.stance) for c in found] == [
        ("workers in New York, Los Angeles and Seattle", "$15 minimum wage", "demand")]
    found = raw_claims_of("Industry groups have opposed the drilling moratorium.")
    assert [(c.holder_text, c.issue, c.stance) for c in found] == [("Industry groups", "drilling moratorium", "oppose")]


def test_a_military_act_keeps_the_place_it_is_on(claims_of):
    # round 36 pool row 189: 'intervention' dropped Syria, which the parser hangs on 'powers'
    assert claims_of("Putin argued against intervention by outside powers in Syria.") == [
        ("Putin", "intervention in Syria", "oppose", False)]
    assert claims_of("Lavrov rejected any intervention by Turkey.") == [("Lavrov", "intervention", "reject", False)]


def test_a_named_owner_says_whose_thing_a_position_is_on(claims_of):
    # round 36 pool row 8: 'aggressive overture on trade' dropped whose overtures
    assert claims_of("Clinton allies resisted Sanders's aggressive overtures on trade.") == [
        ("allies", "Sanders's aggressive overtures on trade", "oppose", False)]
    assert claims_of("Senate Republicans refused to allow hearings for President Obama's nominee, Merrick Garland.") \
        == [("Republicans", "allow hearings for President Obama's nominee", "reject", False)]


def test_a_pronoun_owner_of_an_acts_object_is_the_one_to_do_the_act(claims_of):
    # round 36 pool row 108: 'quit bid for president' dropped whose bid
    assert claims_of("Trump called for Clinton to quit her bid for president.") == [
        ("Trump", "quit Clinton's bid for president", "demand", False)]


def test_against_a_refusal_is_for_what_is_refused(claims_of):
    # criticising someone's refusal to release the returns gave 'oppose release tax return', the opposite of the text
    assert claims_of("Democrats criticized his refusal to release his tax returns.") == [
        ("Democrats", "release tax returns", "support", False)]
    assert claims_of("Republicans condemned Obama's opposition to the Keystone pipeline.") == [
        ("Republicans", "Keystone pipeline", "support", False), ("Obama", "Keystone pipeline", "oppose", True)]
    # Obama's opposition came before the condemnation that names it (session 45)
    assert claims_of("Russia rejected the demand for a ceasefire.") == [("Russia", "ceasefire", "reject", False)]


def test_a_measure_asked_back_is_the_measure_not_the_label_of_its_compound(claims_of):
    # round 39 pool row 44 (PolNeAR train): the weapons of 'an assault weapons ban' gave the label 'military aid'
    found = claims_of("Hillary Clinton spoke. She has called for the reinstatement of an assault weapons ban, favors a "
                      "California proposal regulating ammunition and has promised to seek legislation ending the "
                      "immunity gun manufacturers have from some lawsuits.", published="2016-06-13")
    assert ("Clinton", "assault weapons ban", "demand", False) in found  # the ammunition is the next verb's
    assert claims_of("Obama supports the extension of the drilling moratorium.") == [
        ("Obama", "drilling moratorium", "support", False)]


def test_a_definite_thing_keeps_the_partner_its_first_mention_names(claims_of):
    # round 40 pool row 177 (PolNeAR train): 'trade agreement' dropped that it was the agreement with the EU
    found = claims_of("Mr. Manafort pressed Mr. Yanukovych to sign an agreement with the European Union that would "
                      "link the country closer to the West. Ultimately, Mr. Yanukovych disregarded Mr. Manafort's "
                      "advice and refused to sign the trade agreement, which Mr. Putin vehemently opposed.",
                      published="2016-08-02")
    assert ("Yanukovych", "trade agreement with European Union", "reject", False) in found
    # an indefinite or a named one is another agreement; with no earlier mention the label's phrase stays
    assert claims_of("Obama reached an agreement with Cuba. Rubio opposed a trade agreement.") == [
        ("Rubio", "trade agreement", "oppose", False)]
    assert claims_of("Republicans opposed the trade agreement.") == [("Republicans", "trade agreement", "oppose", False)]


def test_the_country_asked_for_something_is_no_land_asked_for(claims_of):
    # "asked the United States for more weapons" gave the territory issue `United States` / demand
    assert claims_of("President Zelenskyy asked the United States for more weapons.", published="2025-03-10") == [
        ("Zelenskyy", "military aid", "demand", False)]
    assert claims_of("Putin demanded Donetsk.") == [("Putin", "Donetsk", "demand", False)]


def test_land_another_party_is_to_leave_is_the_issue_not_its_troops(claims_of):
    # "Putin insisted that Ukraine withdraw its troops from the Donbas" gave `troops` / demand (the troops, found
    # nearer the stance than the land, hid the territorial demand); one's own pullout keeps its troops
    assert claims_of("Putin insisted that Ukraine withdraw its troops from the Donbas before any ceasefire.",
                     published="2025-11-20") == [("Putin", "Donbas", "demand", False)]
    assert claims_of("Obama pledged to withdraw troops from Afghanistan.") == [
        ("Obama", "withdraw troops from Afghanistan", "propose", False)]  # session 54: was the label `troops`
    # session 55: a time after the place makes the parser hang 'from Iraq' on the troops; one withdrawal all the same
    # (was `withdraw all American troops`, named on another path than the same pledge without the time)
    assert claims_of("Obama pledged to withdraw all American troops from Iraq by the end of 2011.",
                     published="2016-05-19") == [("Obama", "withdraw troops from Iraq", "propose", True)]
    assert claims_of("Putin insisted that Ukraine withdraw its forces from the Donetsk region by the end of the year.",
                     published="2025-11-20") == [("Putin", "Donetsk", "demand", False)]


def test_a_halting_measure_on_a_named_thing_can_be_refused(claims_of):
    # "rejected a freeze of the front line" named no issue: refusals of things outside the taxonomy need a verb
    assert claims_of("Putin rejected a freeze of the front line.", published="2025-11-20") == [
        ("Putin", "freeze of front line", "reject", False)]
    assert claims_of("Republicans rejected the ban.") == []  # a bare measure names nothing
    # PolNeAR train: the participle's stance is told as before, as the verb it hangs on ("has previously called out")
    assert claims_of("Ryan has previously called out Trump, slamming his proposed ban on Muslims and other "
                     "controversial statements.", published="2016-05-05") == [("Ryan", "ban on Muslims", "oppose", True)]


def test_a_nuclear_deal_is_the_deal_not_the_weapons(claims_of):
    # the taxonomy files 'nuclear deal' under nuclear weapons: shown as the label, support of the deal read as
    # support of the weapons
    assert claims_of("Obama supports the nuclear deal with Iran.") == [("Obama", "nuclear deal", "support", False)]
    assert claims_of("The UN condemned the nuclear test.") == [("UN", "nuclear test", "oppose", False)]
    # a named country the parser hangs on the noun as nmod says whose deal it is
    assert claims_of("Republicans opposed the Iran nuclear deal.") == [
        ("Republicans", "Iran nuclear deal", "oppose", False)]


def test_names_given_as_examples_say_which_of_a_kind_an_act_is_on(claims_of):
    # round 39 pool row 140: 'repudiate Republican politician' dropped which politicians
    assert claims_of("John Schlafly defended his mother and refused to repudiate Republican politicians, like Pat "
                     "Robertson, who had condemned homosexuality.", published="2016-09-07") == [
        ("Schlafly", "repudiate Republican politicians like Pat Robertson", "reject", False)]
    assert claims_of("Obama refused to punish companies such as BP and Transocean.") == [
        ("Obama", "punish companies such as BP and Transocean", "reject", False)]
    # a common noun after 'like' is no example named: the act stays as it was
    assert claims_of("Obama refused to punish companies like these.") == [("Obama", "punish companies", "reject", False)]


def test_an_amendment_takes_what_the_clause_on_the_bill_it_amends_says(claims_of):
    # round 36 pool rows 30 and 34: the issue dropped what the amendments do
    assert claims_of("The Senate approved amendments to the budget reconciliation bill that would defund Planned "
                     "Parenthood.", published="2015-12-04") == [
        ("Senate", "amendments to reconciliation bill to defund Planned Parenthood", "accept", False)]


def test_an_investigation_keeps_what_it_is_into(claims_of):
    # 'into' names an inquiry's matter as 'on' names a moratorium's; the bare label names no inquiry
    assert claims_of("Sen. Rand Paul has called for an investigation into the agency's spending.") == [
        ("Paul", "investigation into agency's spending", "demand", False)]
    assert claims_of("Sen. Rand Paul has called for an investigation.") == [("Paul", "investigation", "demand", False)]


def test_a_measures_target_keeps_the_place_its_goods_come_from(claims_of):
    # 'tariffs on imports' says not which imports
    assert claims_of("Trump has called for higher tariffs on imports from China.") == [
        ("Trump", "tariffs on imports from China", "demand", False)]
    assert claims_of("Trump has called for higher tariffs on imports.") == [
        ("Trump", "tariffs on imports", "demand", False)]


def test_an_act_on_an_owners_noun_is_that_owners(claims_of):
    # "Britain's vote to leave": the act alone dropped whose vote (round 37 pool row 93); the stance noun's own
    # owner is the holder, named once
    assert claims_of("Trump hailed Britain's vote to leave the European Union.") == [
        ("Trump", "Britain's vote to leave European Union", "support", False)]
    assert claims_of("Republicans rejected the president's proposal to raise the minimum wage.") == [
        ("Republicans", "raise minimum wage", "reject", False)]


def test_a_participle_that_says_which_kind_stays_with_its_noun(claims_of):
    # 'interest' alone is another thing than 'carried interest'; 'lost' jobs or a 'proposed' rule only tell their
    # standing, and 'independently managed' how a fund is run
    assert claims_of("Jeb Bush called for ending the tax break on carried interest.") == [
        ("Bush", "end tax break on carried interest", "demand", False)]
    assert claims_of("Trump has called for a tax hike on hedge fund managers.") == [
        ("Trump", "tax hike on hedge fund managers", "demand", False)]
    assert claims_of("Trump has vowed to bring back lost mining jobs.") == [
        ("Trump", "bring mining jobs", "propose", False)]


def test_an_on_phrase_right_after_the_object_says_what_the_thing_is_on(claims_of):
    # the parser hangs 'on all gun sales' on the verb: the act dropped which sales; a reason ('on fairness grounds')
    # is no topic
    assert claims_of("Obama called for a law to require background checks on all gun sales.") == [
        ("Obama", "require background checks on all gun sales", "demand", False)]
    assert claims_of("Democratic politicians typically oppose taxing consumption on fairness grounds.") == [
        ("politicians", "tax consumption", "oppose", False)]


def test_a_passives_particle_stays_with_its_verb(claims_of):
    # the parser reads 'back' of 'be clawed back' as an adverb: 'claw bonus' is no act
    assert claims_of("Warren demanded that the bonuses of Wells Fargo executives be clawed back.") == [
        ("Warren", "claw back bonuses of Wells Fargo executives", "demand", False)]


def test_yielding_a_contest_is_no_stance(claims_of):
    # round 37 pool row 20: not conceding his bid read as Sanders rejecting it; land not conceded is a position
    assert claims_of("Sanders has said he will vote for Clinton, but he hasn't endorsed her or conceded his bid for "
                     "the Democratic nomination.", published="2016-06-29") == []
    assert claims_of("Ukraine will not concede Donetsk.") == [("Ukraine", "Donetsk", "reject", False)]


def test_a_pledge_to_weigh_something_is_no_stance_on_it(claims_of):
    # a promise to consider others' demands for an inquiry is no proposal of the inquiry
    assert claims_of("Clinton pledged to consider demands for an investigation into the release of the bomber.") == []
    assert claims_of("Obama promised to weigh new sanctions on Russia.") == []
    assert claims_of("Obama promised new sanctions on Russia.") == [("Obama", "sanctions on Russia", "propose", False)]


def test_a_phrase_two_coordinated_nouns_share_names_the_first_too(claims_of):
    # round 37 pool row 27: the parser hangs 'on Garland' on 'vote'; 'hold hearing' named no nominee
    assert claims_of("The poll showed a majority of registered Ohio voters say the Senate should take up President "
                     "Obama's nomination of Merrick Garland to fill the Supreme Court vacancy: 56% of Buckeye State "
                     "voters want action compared with 38% who support the GOP's refusal to hold hearings or a vote on "
                     "Garland.", published="2016-05-12") == [("GOP", "hold hearings or vote on Garland", "reject", True)]
    # the GOP's refusal is the voters' object, held before the poll (session 45)
    # (session 44: an act on coordinated things names them all, the phrase they share once)
    assert claims_of("Trump called for tariffs and quotas on Chinese steel.") == [
        ("Trump", "tariffs on Chinese steel", "demand", False)]
    # an "of" phrase belongs to its own noun
    assert claims_of("Kasich has won newspaper endorsements and cut a distinctive course in the Republican contest, "
                     "supporting a path to legal status for illegal immigrants and the expansion of Medicaid.") == [
        ("Kasich", "path to legal status for illegal immigrants", "support", False)]


def test_a_part_of_a_day_named_by_its_date_is_a_time(nlp):
    from storyline.story.positions.stance import names_a_time
    doc = nlp("Clinton proposed a New York debate on the evening of April 4.")
    on = next(t for t in doc if t.lower_ == "on")
    assert names_a_time(on)
    doc = nlp("Clinton proposed a debate on the economy.")
    assert not names_a_time(next(t for t in doc if t.lower_ == "on"))


def test_a_time_phrase_is_no_part_of_the_thing_proposed(claims_of):
    # round 37 pool row 114: 'New York debate on evening'
    assert claims_of("Clinton proposed a New York debate on the evening of April 4 - but the Sanders campaign "
                     "rejected the idea as ludicrous.", published="2016-04-05") == [
        ("Clinton", "New York debate", "propose", False)]


def test_aid_is_named_by_whom_it_goes_to(claims_of):
    # round 37 pool row 128 gave the bare label 'military aid'; the parser hangs the recipient on the verb
    assert ("Rubio", "military aid to Ukraine", "demand", False) in claims_of(
        "Rubio called for sending weapons to Ukraine.")
    assert ("Brown", "aid to Haiti", "demand", False) in claims_of("Gordon Brown called for more aid to Haiti.")
    assert claims_of("Gordon Brown called for more aid.") == [("Brown", "aid", "demand", False)]


def test_a_directive_addressed_to_the_administration_is_listed(listed_of):
    # "called on the administration to" names the party asked (recall sheet, held-out round 36: Schiff's call)
    assert listed_of("Adam Schiff called on the administration to impose new sanctions on Russia.") == {
        ("Schiff", "sanctions on Russia", "demand", True)}
    # people a common noun names are still no party
    assert listed_of("Health Secretary Francisco Duque urged residents to delay their return to the Philippines "
                     "for five days.") == {("Duque", "delay return to Philippines", "demand", False)}


def test_he_does_not_stand_for_a_plural_group(listed_of):
    assert listed_of("Republicans said he would veto the spending bill.") == set()
    assert listed_of("Sanders said he opposed the 2007 immigration bill.") == {
        ("Sanders", "2007 immigration bill", "oppose", True)}  # a name ending in -s is one person


def test_a_candidacy_backed_is_the_other_persons(listed_of):
    # round 38 pool rows 87 and 160: 'elections' and 'candidacy' named no one
    assert listed_of("“And while I’m at it, I hold in the highest esteem Sen. John McCain,” Trump said, “and I fully "
                     "support and endorse his re-election.”") == {
        ("Trump", "John McCain's re-election", "support", True)}
    assert listed_of("Sarah Palin praised Donald Trump on Monday, and said that she backs Trump and supports his "
                     "candidacy for president.") == {("Palin", "Donald Trump's candidacy for president", "support", True)}
    # one defends one's own
    assert {issue for _, issue, _, _ in listed_of("Trump attacked Cruz and defended his candidacy.")} <= {"candidacy"}
    # round 42 pool row 170: the model tags this sentence's "Trump" as an organisation, a person in the sentence before
    assert ("Nance", "Trump's candidacy", "support", True) in listed_of(
        "Penny Nance praised Donald Trump. Nance said she would like Trump to further explain his stance on Planned "
        "Parenthood but supports his candidacy because there is \"no question\" he is \"the most pro-life of the two.\"")


def test_words_coordinated_with_a_modifier_stay_in_the_phrase(listed_of):
    assert listed_of("Obama called for a ban on oil and gas drilling.") == {
        ("Obama", "ban on oil and gas drilling", "demand", True)}
    assert listed_of("Clinton supports tariffs on Chinese and Mexican steel.") == {
        ("Clinton", "tariffs on Chinese and Mexican steel", "support", True)}


def test_a_levy_on_people_an_adjective_names_keeps_them(listed_of):
    # "big tax hikes on the rich" dropped whom (held-out round 38 row 48)
    assert listed_of("Hillary Clinton has called for big tax hikes on the rich.") == {
        ("Clinton", "big tax hikes on the rich", "demand", True)}


def test_where_goods_come_from_stays_when_the_parser_hangs_it_on_the_measure(listed_of):
    assert listed_of("Donald Trump has called for steep new tariffs on goods from China and Mexico.") == {
        ("Trump", "tariffs on goods from China and Mexico", "demand", True)}


def test_a_vague_word_with_a_name_is_the_thing_named(listed_of):
    # "a constitutional amendment to overturn the Citizens United decision" named no amendment (held-out round 38 row 50)
    assert listed_of("Clinton called for a constitutional amendment to overturn the Citizens United decision.",
                     "2016-09-01") == {
        ("Clinton", "constitutional amendment to overturn Citizens United decision", "demand", True)}


def test_a_stance_of_a_holder_named_by_an_office_held_then_is_held_before(raw_claims_of):
    # round 38 pool row 24: "then-Arkansas Gov. Bill Clinton chaired in the early 1990s", dated the article's week
    found = raw_claims_of("The Democratic Leadership Council, the centrist Dem organization that then-Arkansas Gov. "
                          "Bill Clinton chaired in the early 1990s, pushed Democrats to moderate their stance on gun "
                          "control.", "2016-07-27")
    assert [(c.earlier, c.date_range) for c in found] == [(True, None)]
    found = raw_claims_of("Then-Gov. Jeb Bush signed the bill and called for a ban on assault weapons.", "2016-07-27")
    assert [(c.earlier, c.date_range) for c in found] == [(True, None)]
    # a 'former' title, and a time elsewhere in the sentence, say nothing of when
    found = raw_claims_of("Former Gov. Jeb Bush called for a ban on assault weapons.", "2016-07-27")
    assert [(c.earlier, c.date_range) for c in found] == [(False, ["2016-07-20", "2016-07-27"])]
    found = raw_claims_of("Secretary of State John F. Kerry urged North Korea to resume denuclearization talks it "
                          "abandoned in 2009.", "2016-09-10")
    assert [(c.earlier, c.date_range) for c in found] == [(False, ["2016-09-03", "2016-09-10"])]


def test_a_body_asked_for_with_its_purpose_is_what_is_asked_for(listed_of):
    # round 38 pool row 97: the purpose alone, "oversee investigation into alleged relationship", named no prosecutor
    assert listed_of("Trump called for a special prosecutor to oversee an investigation into the alleged "
                     "relationship.", "2016-08-23") == {
        ("Trump", "special prosecutor to oversee investigation into alleged relationship", "demand", True)}
    assert listed_of("Clinton called for a commission to study the causes of the spill.") == {
        ("Clinton", "commission to study causes of spill", "demand", True)}
    # a party named to act is asked to do it
    assert {issue for _, issue, _, _ in listed_of("Trump called for Clinton to quit the race.", "2016-08-23")} == {
        "quit race"}


def test_a_body_asked_for_is_a_measure_so_it_makes_a_position(raw_claims_of):
    # a bare thing is no position (`ledger.is_specific_issue`); an office or body asked for is a measure
    found = raw_claims_of("Trump called for a special prosecutor to oversee an investigation into the alleged "
                          "relationship.", "2016-08-23")
    assert [(c.issue, c.measure) for c in found] == [
        ("special prosecutor to oversee investigation into alleged relationship", True)]
    # a thing whose own phrase says what it is of is not cut from it
    found = raw_claims_of("Clinton will call for a dramatic increase in federal spending to find a cure for "
                          "Alzheimer's disease.", "2015-12-22")
    assert all(not c.issue.startswith("dramatic increase to") for c in found)


def test_troops_kept_there_are_in_the_place_the_sentence_names(listed_of):
    # round 38 pool row 106: 'troops' dropped Afghanistan
    assert listed_of("As recently as an October CNN interview, Trump said he believes Afghanistan was a terrible "
                     "mistake, although he supports keeping troops there now.", "2016-08-23") == {
        ("Trump", "troops in Afghanistan", "support", True)}
    # two places named: which one is not in the parse
    assert {issue for _, issue, _, _ in listed_of("Obama visited Iraq and Syria and said he opposes keeping troops "
                                                  "there.")} <= {"troops"}


def test_a_named_owner_the_ner_tags_in_part_still_says_whose(listed_of):
    # round 38 pool row 90: 'hit stronghold in Syria and Iraq' dropped the Islamic State's
    assert listed_of("GOP frontrunner Donald Trump has called for the Islamic State’s strongholds in Syria and Iraq to "
                     "be hit even harder than they were hit by France in airstrikes.", "2015-11-17") == {
        ("Trump", "hit Islamic State's strongholds in Syria and Iraq", "demand", True)}


def test_entertaining_reforms_is_no_stance_on_them(listed_of):
    # round 38 pool row 151: 'entertain reform' named nothing; one who will entertain reforms weighs them
    assert listed_of("Sen. Maria Cantwell of Washington is willing to entertain some reforms.") == set()
    assert listed_of("Sen. Maria Cantwell of Washington is willing to accept some reforms.") != set()


def test_a_day_the_parser_hangs_on_the_object_dates_the_stance(raw_claims_of):
    # session 41 probes: "on Tuesday" hung on the ceasefire, so the stance took the article's week
    found = raw_claims_of("Russia rejected the European proposal for a ceasefire on Tuesday.", "2025-11-28")
    assert [(c.issue, c.stance, c.date) for c in found] == [("ceasefire", "reject", "2025-11-25")]
    found = raw_claims_of("Israel agreed to a ceasefire on Monday, officials said.", "2025-11-28")
    assert [(c.issue, c.date) for c in found] == [("ceasefire", "2025-11-24")]
    # a clause between them: the day is the clause's
    found = raw_claims_of("Hungary opposed the plan to fund Ukraine with the assets seized on Tuesday.", "2025-11-28")
    assert all(c.date != "2025-11-25" for c in found)


def test_refusing_to_give_up_a_place_rejects_ceding_it_and_is_listed(listed_of):
    # "give up" is no speaking verb ("refused to give details"), and the refusal lists the claim
    assert listed_of("Kyiv refused to give up the Donetsk region, Zelenskyy said on Saturday.", "2025-11-28") == {
        ("Kyiv", "Donetsk", "reject", True)}
    assert listed_of("BP refused to give details of the payments.") == set()


def test_recognizing_a_land_as_anothers_is_accepting_the_claim(listed_of):
    assert listed_of("Zelenskyy said on Monday that Kyiv would never recognize Crimea as Russian.", "2025-11-28") == {
        ("Kyiv", "Crimea", "reject", True)}
    assert listed_of("Kyiv will not recognize the annexation of Crimea.", "2025-11-28") == {
        ("Kyiv", "Crimea", "reject", True)}
    # acknowledging is no stance
    assert listed_of("President Barack Obama recognized the problem and recognized that the spill was grave.") == set()


def test_an_acceptance_refused_is_a_rejection_stated_in_public_so_it_is_listed(listed_of):
    # "accept" alone lists a claim only on an open family; refused, it rejects in public ("refused to", "never")
    assert listed_of('"We will never accept the occupation of Crimea," Zelensky said.', "2025-11-28") == {
        ("Zelensky", "Crimea", "reject", True)}
    # a concession not refused stays as the listing rule has it: a deed on a place, stored unlisted
    assert listed_of("Kyiv agreed on Tuesday to hand over Kherson.", "2025-11-28") == {
        ("Kyiv", "Kherson", "concede", False)}


def test_an_act_on_the_issues_thing_is_the_issue_not_the_things_label(listed_of):
    # session 41 probes: 'troops' (reject, unlisted) said nothing of which way
    assert listed_of("Vladimir Putin said on Thursday that Russia would not accept the deployment of European "
                     "troops in Ukraine.", "2025-11-28") == {("Russia", "deployment of European troops", "reject", True)}
    assert ("Russia", "expansion of NATO", "oppose", True) in listed_of("Russia opposed the expansion of NATO.")
    # the thing itself asked for keeps its label
    assert listed_of("Ukraine demanded more troops.") == {("Ukraine", "troops", "demand", True)}


def test_both_sides_asked_are_the_parties_so_the_demand_is_listed(listed_of):
    assert listed_of("President Donald Trump on Friday urged both sides to accept the 28-point peace plan.",
                     "2025-11-28") == {("Trump", "accept 28-point peace plan", "demand", True)}
    # people no name identifies are still asked privately
    assert listed_of("Mayor Bill de Blasio urged residents to accept the evacuation plan.") == {
        ("Blasio", "accept evacuation plan", "demand", False)}


def test_ruling_out_is_a_public_rejection_so_it_is_listed(listed_of):
    # session 40's note: "ruled out any freeze of the front line" was stored but unlisted ("rule" took no stance)
    assert listed_of("The Kremlin on Wednesday ruled out any freeze of the front line.", "2025-11-28") == {
        ("Kremlin", "freeze of front line", "reject", True)}
    assert ("Zelenskyy", "territory", "reject", True) in listed_of(
        "Ukrainian President Volodymyr Zelenskyy met European leaders in Berlin on Monday. Zelenskyy has ruled out "
        "ceding any territory to Russia.", "2025-11-28")


def test_the_idea_of_doing_something_is_the_doing(raw_claims_of):
    found = raw_claims_of("European leaders rejected the idea of freezing the conflict along the current front line.",
                          "2025-11-28")
    assert [(c.issue, c.stance) for c in found] == [("freeze conflict along current front line", "reject")]
    assert raw_claims_of("European leaders rejected the idea.", "2025-11-28") == []


def test_a_prisoner_exchange_is_an_issue_one_is_ready_for(listed_of):
    assert ("Ukraine", "prisoner exchange", "support", True) in listed_of(
        "Ukrainian President Volodymyr Zelenskyy said Ukraine was ready for a prisoner exchange with Russia.",
        "2025-11-28")


def test_a_partys_allies_named_by_whose_they_are_are_a_party_asked(listed_of):
    found = listed_of("Ukrainian President Volodymyr Zelenskyy met European leaders in Berlin on Monday. Zelenskyy "
                      "called on Western allies to supply more air defence systems.", "2025-11-28")
    assert {(issue, listed) for _, issue, _, listed in found} == {("supply more air defence systems", True)}
    # allies not said to be whose are no party named
    assert listed_of("Mayor Bill de Blasio urged allies to send more volunteers to Haiti.") == {
        ("Blasio", "send more volunteers", "demand", False)}


def test_what_a_number_noun_counts_is_what_is_acted_on(listed_of):
    assert ("Zelenskyy", "return Ukrainian children", "demand", True) in listed_of(
        "Ukrainian President Volodymyr Zelenskyy demanded that Russia return thousands of Ukrainian children taken "
        "during the war.", "2025-11-28")


def test_a_freeze_along_a_line_names_the_line(raw_claims_of):
    found = raw_claims_of("Ukrainian President Volodymyr Zelenskyy said Kyiv would accept a freeze along the current "
                          "line of contact.", "2025-11-28")
    assert [(c.issue, c.stance) for c in found] == [("freeze along current line", "accept")]


def test_an_act_a_vague_noun_wraps_is_the_issue_with_its_direction(listed_of):
    # the family's label lost which way: "criticized the decision to cut military aid" is for the aid
    assert listed_of("Ukrainian President Volodymyr Zelenskyy criticized the decision to cut military aid.") == {
        ("Zelenskyy", "cut military aid", "oppose", True)}
    # with no family word in it, the act the vague noun stands for is the open issue refused (stored: "the embassy"
    # is named elsewhere)
    assert listed_of("Ukrainian President Volodymyr Zelenskyy rejected the decision to close the embassy.") == {
        ("Zelenskyy", "close embassy", "reject", False)}
    assert listed_of("Ukrainian President Volodymyr Zelenskyy welcomed the European Union's decision to extend "
                     "sanctions against Russia.") == {
        ("Zelenskyy", "European Union's decision to extend sanctions against Russia", "support", True)}


def test_a_party_that_will_not_leave_land_rejects_conceding_it(listed_of):
    found = listed_of("Ukrainian President Volodymyr Zelenskyy spoke. Zelenskyy said Ukraine would not withdraw from "
                      "the Donbas.", "2025-11-28")
    assert found == {("Ukraine", "Donbas", "reject", True)}
    assert listed_of("Ukraine will never leave Crimea, Zelenskyy said.", "2025-11-28") == {
        ("Ukraine", "Crimea", "reject", True)}
    # an act told, talks left, a pullout of troops: no concession refused
    assert listed_of("Russia withdrew from Kherson.", "2025-11-28") == set()
    assert listed_of("Russia would not withdraw from the talks.", "2025-11-28") == set()


def test_a_concession_a_speaker_says_another_should_make_is_the_speakers_demand(listed_of):
    # the stance word's own claim drops it as hypothetical ("should"); the speaker asks it of that party
    found = listed_of("U.S. President Donald Trump spoke. Trump said Ukraine should cede the Donbas.", "2025-11-28")
    assert found == {("Trump", "Donbas", "demand", True)}
    found = listed_of('Ukrainian President Volodymyr Zelenskyy spoke. "Ukraine must not give up the Donbas," '
                      "Zelenskyy said.", "2025-11-28")
    assert found == {("Zelenskyy", "Donbas", "reject", True)}


def test_renouncing_is_an_act_that_undoes_its_object(listed_of):
    # was `NATO` / demand: Moscow asking for NATO, the opposite of what it asks
    found = listed_of("Moscow has long insisted that Ukraine must renounce its NATO ambitions.", "2025-11-28")
    assert {(issue, stance) for _, issue, stance, _ in found} == {("renounce NATO ambitions", "demand")}


def test_terms_a_must_asks_of_a_deal_are_the_speakers_demand(listed_of):
    found = listed_of("French President Emmanuel Macron spoke. Macron said any peace deal must include security "
                      "guarantees for Ukraine.", "2025-11-28")
    assert found == {("Macron", "security guarantees", "demand", True)}
    # a deal already made is no term asked for
    assert listed_of("French President Emmanuel Macron spoke. Macron said the peace deal must include security "
                     "guarantees.", "2025-11-28") == set()


def test_a_that_clause_whose_verb_the_tagger_made_a_noun_is_still_the_act(listed_of):
    assert listed_of("Russian President Vladimir Putin insisted that any settlement address the root causes of the "
                     "conflict.", "2025-11-28") == {("Putin", "address root causes of conflict", "demand", True)}


def test_what_a_speaker_says_a_party_needs_is_asked_for_on_a_known_issue(listed_of):
    found = listed_of('Ukrainian President Volodymyr Zelenskyy spoke. "Ukraine needs security guarantees that work," '
                      "Zelenskyy said.", "2025-11-28")
    assert found == {("Zelenskyy", "security guarantees", "demand", True)}
    # a slogan's need ("we need leadership"), an aim ("need to win") or a need denied asks for nothing
    assert listed_of('U.S. President Donald Trump spoke. "We need very strong leadership," Trump said.',
                     "2025-11-28") == set()
    assert listed_of('U.S. President Donald Trump spoke. "We need to win," Trump said.', "2025-11-28") == set()
    assert listed_of('Ukrainian President Volodymyr Zelenskyy spoke. "Ukraine does not need security guarantees," '
                     "Zelenskyy said.", "2025-11-28") == set()


def test_a_stance_told_to_describe_someone_in_the_past_is_held_before(claims_of):
    # round 41 pool (PolNeAR train, development) rows 21, 26 and 119: dated by the article's day or week
    # (holder_text's last word: "Seattle" of "workers in New York, Los Angeles and Seattle")
    assert claims_of("The immigration bill, opposed by House Republicans, never became law.", "2016-03-15") == [
        ("Republicans", "immigration bill", "oppose", True)]
    assert ("Bush", "condemn South Carolina's display of Confederate battle flag", "reject", True) in claims_of(
        "Richard Nixon's appeal for law and order and George W. Bush's refusal to condemn South Carolina's display of "
        "the Confederate battle flag all spoke to a constituency.", "2016-07-18")
    assert claims_of("She did support workers in New York, Los Angeles and Seattle who demanded a $15 minimum wage.",
                     "2016-03-30") == [("Seattle", "$15 minimum wage", "demand", True)]
    # the news itself keeps its day: a stance noun in the present, a participle under the present
    assert claims_of("Republicans say Trump's proposal to ban Muslims hurts the party.", "2015-12-10") == [
        ("Trump", "ban Muslims", "propose", True)]  # named in the Republicans' words: made before they spoke (session 45)
    assert claims_of("The immigration bill, opposed by House Republicans, faces a vote on Tuesday.", "2016-03-15") == [
        ("Republicans", "immigration bill", "oppose", False)]


def test_a_stance_another_party_warns_of_or_charges_is_no_stated_position(claims_of):
    # round 41 pool (PolNeAR train, development) rows 96 and 124: the opponent's attack, listed as the holder's
    assert claims_of("Trump, speaking at a rally in Wilmington, N.C., warned that Clinton opposes the Second "
                     "Amendment.", "2016-08-10") == []
    assert claims_of("Cruz charged that Trump supports Hillary-style healthcare.", "2016-01-20") == []
    # a claim about oneself, and a plain report of another's stance, still state it
    assert [c[:3] for c in claims_of("Trump claimed that he opposed the invasion of Iraq.", "2016-08-10")] == [
        ("Trump", "invasion of Iraq", "oppose")]
    assert [c[:3] for c in claims_of("The Kremlin said Ukraine rejected the ceasefire proposal.")] == [
        ("Ukraine", "ceasefire", "reject")]


def test_giving_up_an_intent_is_the_issue_not_what_was_intended(claims_of):
    # development probes (docs/judged/probes-peace-talks.txt) and their variants: the demand read as one for NATO
    assert claims_of("Russia demanded that Ukraine drop its bid to join NATO.") == [
        ("Russia", "drop bid to join NATO", "demand", False)]
    assert claims_of("Russia demanded that Ukraine give up its NATO ambitions.") == [
        ("Russia", "give up NATO ambitions", "demand", False)]
    assert claims_of("The Kremlin demanded that Ukraine abandon its plans to join NATO.") == [
        ("Kremlin", "abandon plans to join NATO", "demand", False)]  # named nothing
    # land given up is conceded: its territory slot stays (a fresh held-out probe lost "abandon the Donbas" to the
    # rule before "abandon" was a territory word)
    assert claims_of("Putin demanded that Ukraine give up the Donetsk region.") == [("Putin", "Donetsk", "demand", False)]
    assert claims_of("Russian President Vladimir Putin's insistence that Ukraine abandon the Donbas has become the main "
                     "obstacle to a deal, U.S. Vice President JD Vance said.") == [("Putin", "Donbas", "demand", True)]
    # Putin's insistence, named in Vance's words, came before them (session 45)
    # a drop that is no verb undoes nothing
    assert [c[1] for c in claims_of("BP CEO Tony Hayward promised that the company would clean up every drop of oil.",
                                    "2010-05-13")] == ["clean up every drop of oil"]


def test_a_thing_named_only_by_where_it_is_takes_what_the_document_first_says_it_is_about(claims_of):
    # round 41 pool rows 32 and 154: 'Missouri bill' and 'House bill' said where the bill is, not what it is about
    text = ("For 39 hours, seven Democrats in the Missouri Senate kept up a filibuster aimed at killing a "
            "religious-freedom bill that critics called anti-gay. Also last week, the West Virginia legislature voted "
            "down a religious-liberties bill. The Missouri bill still must clear a procedural hurdle in the Senate. The "
            "filibuster garnered widespread attention, including from local employers such as Monsanto, which opposed "
            "the bill.")
    assert ("Monsanto", "Missouri religious-freedom bill", "oppose", True) in claims_of(text, "2016-03-10")
    # with no mention that says what it is about, where it is stays
    assert ("Monsanto", "Missouri bill", "oppose", True) in claims_of(
        "The Missouri bill still must clear a procedural hurdle in the Senate. The filibuster garnered widespread "
        "attention, including from local employers such as Monsanto, which opposed the bill.", "2016-03-10")


def test_what_someone_is_said_to_know_is_the_writers_not_a_statement_of_theirs(claims_of):
    # round 41 pool row 99 (a letter to the editor): the writer's demand was listed as Trump's
    assert claims_of("Donald Trump knows we must rethink our immigration policies.", "2016-03-01") == []
    assert claims_of("Donald Trump said we must rethink our immigration policies.", "2016-03-01") == [
        ("Trump", "immigration policies", "demand", False)]


def test_the_idea_of_a_thing_stands_for_the_thing(listed_of):
    # development probe (docs/judged/probes-peace-talks.txt): stored but unlisted, as if the idea were a measure
    assert ("Lavrov", "ceasefire", "reject", True) in listed_of(
        "Russian Foreign Minister Sergei Lavrov rejected the idea of a ceasefire.", "2025-11-28")
    assert ("Lavrov", "sanctions on Russia", "reject", True) in listed_of(
        "Russian Foreign Minister Sergei Lavrov rejected the prospect of new sanctions on Russia.", "2025-11-28")
    # a thing said about it is still what the stance is on
    assert {listed for _, issue, _, listed in listed_of("Ryan slammed Trump's comments about immigrants.", "2016-01-10")
            if issue == "immigration"} == {False}


def test_an_offer_to_mediate_is_on_negotiations(listed_of):
    # development probe "Zelenskyy welcomed Trump's offer to mediate" gave nothing: "mediate" named no issue
    assert ("Turkey", "negotiations between Russia and Ukraine", "propose", True) in listed_of(
        "Turkey offered to mediate between Russia and Ukraine.", "2025-11-28")
    # with no party named, the mediation is stored, not listed (`names_no_contact`)
    assert ("Zelenskyy", "negotiations", "support", False) in listed_of(
        "Ukrainian President Volodymyr Zelenskyy welcomed Trump's offer to mediate.", "2025-11-28")


def test_aid_a_speaker_says_one_named_party_should_give_another_is_listed(listed_of):
    # a variant of a development probe ("Merz said Europe must ..."): aid is a deed family, so a quoted must on it was
    # stored, not listed
    assert ("Merz", "military aid to Ukraine", "demand", True) in listed_of(
        "German Chancellor Friedrich Merz said Germany should send more weapons to Ukraine.", "2025-11-28")
    # no named giver, or the one it goes to asking for itself: stored, not listed
    assert ("Merz", "military aid", "demand", False) in listed_of(
        "German Chancellor Friedrich Merz said Germany should send more weapons.", "2025-11-28")
    assert ("Preval", "aid", "demand", False) in listed_of(
        "Haitian President Rene Preval said Haiti must get more aid.", "2010-01-20")


def test_a_region_named_as_a_party_is_asked(listed_of):
    # the development probe "Merz said Europe must increase military support for Ukraine" gave nothing: a continent
    # was no party of the quote rule, and "military support" no aid
    assert ("Merz", "military aid for Ukraine", "demand", True) in listed_of(
        "German Chancellor Friedrich Merz said Europe must increase military support for Ukraine.", "2025-11-28")
    assert ("Zelenskyy", "sanctions on Russia", "demand", True) in listed_of(
        "Ukrainian President Volodymyr Zelenskyy said Europe must impose tougher sanctions on Russia.", "2025-11-28")
    # a region that is to do something of its own asks nothing of a party
    assert listed_of("Governor Bobby Jindal said the Gulf Coast must recover quickly.", "2010-06-01") == set()


def test_a_round_of_talks_offered_is_on_the_talks(listed_of):
    # development probe (second held-out set, sentence 8, now development): the talks sat under "round", a noun the
    # stance acted on, so the offer was stored, not listed
    assert ("Erdogan", "talks between Russian and Ukrainian delegations in Istanbul", "propose", True) in listed_of(
        "Turkish President Tayyip Erdogan offered to host a new round of direct talks between Russian and Ukrainian "
        "delegations in Istanbul.", "2025-11-28")
    # an amount of a thing is what the stance moves (round 43 pool row 182), and a noun that is no part of what its
    # 'of' names takes the stance too: stored, not listed
    assert ("Cruz", "H-1B visas", "support", False) in listed_of(
        "Senator Ted Cruz has supported increasing the number of H-1B visas.", "2015-11-13")
    assert ("Obama", "immigration", "oppose", False) in listed_of(
        "President Barack Obama criticized the tone of the immigration debate.", "2014-07-01")


def test_states_named_by_which_they_are_are_a_party_asked(listed_of):
    assert ("Rutte", "keep up weapons deliveries to Ukraine", "demand", True) in listed_of(
        "NATO Secretary General Mark Rutte urged European countries to keep up weapons deliveries to Ukraine.",
        "2025-11-28")
    assert ("Rutte", "keep up weapons deliveries to Ukraine", "demand", False) in listed_of(
        "NATO Secretary General Mark Rutte urged countries to keep up weapons deliveries to Ukraine.", "2025-11-28")


def test_a_proposal_named_only_by_its_maker_is_stored_not_listed(listed_of):
    # development probe: "welcomed the U.S. proposal" named no issue; now the maker's proposal, stored: it points to a
    # thing without saying what it is (round 43 pool: "Khan rejected Trump's offer", judged wrong on the issue)
    assert ("Russia", "U.S. proposal", "support", False) in listed_of(
        "Kremlin spokesman Dmitry Peskov said on Monday that Russia welcomed the U.S. proposal but needed more "
        "details.", "2025-11-28")
    assert ("Zelenskyy", "Putin's offer", "reject", False) in listed_of(
        "Russian President Vladimir Putin spoke on Monday. Ukrainian President Volodymyr Zelenskyy rejected Putin's "
        "offer on Tuesday.", "2025-11-28")
    # what the proposal is for, where the sentence says it, is the issue, listed; no maker named, no issue
    assert ("Republicans", "raise minimum wage", "reject", True) in listed_of(
        "Senate Republicans rejected President Barack Obama's proposal to raise the minimum wage.", "2014-04-30")
    assert listed_of("Senate Republicans rejected the proposal.", "2014-04-30") == set()


def test_blocking_a_measure_rejects_it(listed_of):
    # development probe: "blocked" was no stance word, and the sanctions word only modifies the package
    assert ("Hungary", "European Union's sanctions package", "reject", True) in listed_of(
        "Hungary blocked the European Union's new sanctions package on Wednesday.", "2025-11-28")
    assert ("Republicans", "immigration bill", "reject", True) in listed_of(
        "Senate Republicans blocked the immigration bill on Tuesday.", "2014-04-30")
    # blocking a road or access is a deed
    assert listed_of("Protesters blocked the road to the airport on Tuesday.", "2014-04-30") == set()
    assert listed_of("The police blocked access to the square.", "2014-04-30") == set()


def test_backing_away_from_a_push_drops_the_demand(claims_of):
    # second held-out probe set, sentence 22 (development since session 43): "push" was no stance noun, so the drop had
    # nothing to drop
    assert claims_of("U.S. President Donald Trump backed away from his earlier push for an immediate ceasefire after a "
                     "phone call with Russian President Vladimir Putin.", "2025-11-28") == [
        ("Trump", "ceasefire", "drop", False), ("Trump", "ceasefire", "demand", True)]
    # a push that is a move on the ground asks for nothing
    assert claims_of("Russian troops made a push into the Donbas.", "2025-11-28") == []


def test_swapping_prisoners_is_a_prisoner_exchange(listed_of):
    assert ("Kyiv", "prisoner exchange", "accept", True) in listed_of(
        "Ukrainian Defence Minister Rustem Umerov said Kyiv and Moscow had agreed during talks in Istanbul to swap "
        "1,000 prisoners each.", "2025-11-28")
    assert listed_of("Traders swapped shares on Friday.", "2025-11-28") == set()


def test_what_one_will_not_tolerate_is_rejected_with_whose_troops(listed_of):
    assert ("Moscow", "troops from NATO countries", "reject", True) in listed_of(
        "Kremlin spokesman Dmitry Peskov said on Monday that Moscow would not tolerate troops from NATO countries on "
        "Ukrainian soil.", "2025-11-28")


def test_a_freeze_of_the_front_is_a_ceasefire_where_it_holds(listed_of):
    # development probes: the freeze was an open issue, so an acceptance of it was stored, not listed, and readiness
    # to "freeze the front line" gave nothing
    assert ("Kyiv", "freeze along current line", "accept", True) in listed_of(
        "Ukrainian President Volodymyr Zelenskyy said Kyiv would accept a freeze along the current line of contact.",
        "2025-11-28")
    assert ("Russia", "freeze front line", "support", True) in listed_of(
        "Russian President Vladimir Putin said Russia was prepared to freeze the front line in Zaporizhzhia and "
        "Kherson.", "2025-11-28")
    # a freeze of drilling is no ceasefire
    assert ("Democrats", "freeze on deepwater drilling", "demand", True) in listed_of(
        "Democrats called for a freeze on deepwater drilling.", "2010-06-01")


def test_a_threat_to_impose_a_measure_proposes_it(listed_of):
    # development probe: "threatened" was no stance word
    assert ("Trump", "tariffs on buyers of Russian oil", "propose", True) in listed_of(
        "U.S. President Donald Trump threatened to impose secondary tariffs on buyers of Russian oil.", "2025-11-28")
    # a threat to veto carries the rejection below it, as a vow does
    assert ("Obama", "legislation", "reject", False) in listed_of("President Obama threatened to veto the bill.")
    # what threatens with no act of its own states nothing
    assert listed_of("The storm threatened the Gulf Coast on Friday.") == set()


def test_an_act_on_a_thing_of_the_taxonomy_is_in_its_family(listed_of):
    # development probe: readiness to lift sanctions was an open act, stored, not listed
    assert ("Washington", "lift sanctions on Russia", "support", True) in listed_of(
        "U.S. Secretary of State Marco Rubio said on Monday that Washington was prepared to lift some sanctions on "
        "Russia if a deal was reached.", "2025-11-28")
    # an act on no taxonomy thing stays open: a promise of it is stored, not listed
    assert ("BP", "plug well", "propose", False) in listed_of("BP promised on Monday to plug the well.")


def test_a_to_infinitive_the_parser_joins_to_a_finite_verb_is_not_its_subjects(listed_of):
    # round 43 pool (PolNeAR train): Priebus had asked another to agree to cancel the meeting
    found = listed_of("In the more than two weeks since Yue submitted his proposal, Ash wrote that Priebus and other "
                      "RNC officials have made \"numerous requests\" to withdraw or table the motion, \"and even to "
                      "agree to cancel the Rules Committee meeting.\"", "2016-04-17")
    assert not any(stance == "accept" for _, _, stance, _ in found)


def test_a_levy_already_named_with_whom_it_falls_on_is_not_named_twice(listed_of):
    # round 43 pool (PolNeAR train): 'impose 35 percent tax on Ford vehicles on imported Ford vehicles'
    found = listed_of("In April, Trump called Ford's plans to open a $1.6 billion assembly plant in Mexico an absolute "
                      "disgrace, and threatened to impose a 35 percent tax on imported Ford vehicles.", "2016-06-01")
    assert ("Trump", "impose 35 percent tax on Ford vehicles", "propose", True) in found


def test_what_a_speaker_says_a_party_must_accept_or_has_to_give_up_is_the_speakers_demand(listed_of):
    # "Trump said Ukraine must accept the peace plan" gave nothing: the acceptance is Ukraine's hypothetical, and the
    # speaker's demand was read only for a concession
    assert ("Trump", "peace plan", "demand", True) in listed_of(
        "U.S. President Donald Trump said on Monday that Ukraine must accept the peace plan.", "2025-11-28")
    assert ("Trump", "peace plan", "demand", True) in listed_of(
        "U.S. President Donald Trump said on Monday that Ukraine needs to accept the peace plan.", "2025-11-28")
    # second held-out set, sentence 12 (development since session 43): "would have to" was read as a counterfactual
    assert ("Rubio", "Donbas", "demand", True) in listed_of(
        "U.S. Secretary of State Marco Rubio said on Monday that Ukraine would have to give up the Donbas.",
        "2025-11-28")
    # no obligation, a counterfactual, or the speaker's own waiting: no demand
    assert listed_of("U.S. President Donald Trump said on Monday that Ukraine does not have to give up Crimea.",
                     "2025-11-28") == set()
    assert listed_of("Kremlin spokesman Dmitry Peskov said on Monday that Russia would have accepted the plan.",
                     "2025-11-28") == set()
    assert listed_of("Kremlin spokesman Dmitry Peskov said on Monday that we will have to wait and see.",
                     "2025-11-28") == set()
    # the means a party has for an act: no obligation (session 59, development: H1N1_reuters -n 140, stored as a demand)
    assert listed_of("Health Minister Jose Angel Cordova said Mexico has enough antiviral drugs to combat the outbreak "
                     "for the moment.", "2009-04-24") == set()


def test_land_another_is_to_leave_named_by_a_land_word_is_the_issue(listed_of):
    # development probe: "the four regions Russia claims" is no named place, so the demand gave nothing
    assert ("Putin", "withdraw from four regions Russia claims", "demand", True) in listed_of(
        "Russian President Vladimir Putin said on Monday that the war would go on. Putin has demanded that Ukraine "
        "withdraw from the four regions Russia claims.", "2025-11-28")
    # a named place keeps its own slot; one's own pullout of troops is the troops'
    assert ("Putin", "Donetsk", "demand", True) in listed_of(
        "Putin demanded that Ukraine withdraw from the Donetsk region.", "2025-11-28")


def test_a_paper_handed_over_is_not_conceded(listed_of):
    # second held-out set, sentence 39 (development since session 43), shortened: "handed over a memorandum" was a
    # concession of the memorandum (`peace deal`)
    found = listed_of("Russian presidential aide Vladimir Medinsky handed over a memorandum demanding that Ukraine "
                      "withdraw from four regions and renounce foreign military aid.", "2025-11-28")
    assert not any(stance == "concede" for _, _, stance, _ in found)


def test_a_request_of_a_named_government_is_listed_as_a_directive(listed_of):
    # development probe: a request lists only on an issue of a known family; addressed to a named government it is a
    # directive to a party
    assert ("Zelenskyy", "Patriot air defense systems", "demand", True) in listed_of(
        "Ukrainian President Volodymyr Zelenskyy asked the United States for Patriot air defense systems.",
        "2025-11-28")
    # a request of no one, or of a person, stays stored, not listed
    assert ("Cuba", "visas for trip", "demand", False) in listed_of("Cuba had asked for 28 visas for the trip.")
    assert ("Fans", "autograph", "demand", False) in listed_of("Fans asked President Obama for an autograph.")


def test_an_aspiration_given_up_is_named_by_its_act(claims_of, listed_of):
    # seeds (Bryan Lanza): "need to give up any aspirations of reclaiming Crimea" gave nothing, then `give up aspiration`
    sentence = ("Bryan Lanza, a former Trump adviser, remarked on Saturday that Kyiv would need to give up any "
                "aspirations of reclaiming Crimea, which Russia occupied in 2014.")
    assert ("Lanza", "give up aspirations to reclaim Crimea", "demand", False) in claims_of(sentence, "2025-03-01")
    # land in the act (reclaiming Crimea) puts it in the territory family, where a concession asked of a party lists
    assert ("Lanza", "give up aspirations to reclaim Crimea", "demand", True) in listed_of(sentence, "2025-03-01")


def test_a_military_action_named_nowhere_is_stored_not_listed(listed_of):
    # round 43 pool row 104 (PolNeAR train): `invasion` for the 2003 invasion of Iraq, wrong on the issue
    assert ("Trump", "invasion", "oppose", False) in listed_of(
        "\"I was totally against going into Iraq,\" Trump said, repeating a false claim that he opposed the 2003 "
        "invasion.", "2016-08-12")
    assert ("Trump", "invasion of Iraq", "oppose", True) in listed_of(
        "Republican candidate Donald Trump said on Monday that he had opposed the invasion of Iraq in 2003.",
        "2016-08-12")
    assert ("Obama", "military intervention in Syria", "oppose", True) in listed_of(
        "President Barack Obama opposed military intervention in Syria.", "2016-08-12")


# --- session 44: terms one side sets another (#14)

def test_a_condition_set_on_another_party_is_the_speakers_demand(raw_claims_of):
    # development probe (docs/judged/probes-peace-talks.txt): the condition of an offer is what the speaker asks
    found = raw_claims_of("Putin said Russia would stop fighting if Ukrainian troops withdrew from the Donbas.")
    assert [(c.holder_text, c.issue, c.stance, c.listed) for c in found] == [("Putin", "Donbas", "demand", True)]
    # a negated 'if' under a readiness asks the act itself (second probe set, now development)
    found = raw_claims_of("U.S. Treasury Secretary Scott Bessent said Washington was prepared to go further if Moscow "
                          "did not agree to a ceasefire.")
    assert [(c.holder_text, c.issue, c.stance) for c in found] == [("Scott Bessent", "ceasefire", "demand")]


def test_a_refusal_unless_another_acts_states_both_the_refusal_and_the_term(claims_of):
    found = claims_of("Hungarian Foreign Minister Peter Szijjarto said Budapest would veto any new EU sanctions "
                      "package targeting Russian energy unless Hungary was granted an exemption.")
    assert ("Budapest", "EU sanctions package", "reject", False) in found  # 'would' on its terms is no guess
    assert ("Szijjarto", "grant exemption", "demand", False) in found


def test_a_threat_or_a_condition_on_no_party_asks_nothing(claims_of):
    # under a coercive measure an 'if' is what the speaker wants not done
    assert claims_of("Trump said he would impose tariffs on China if Beijing retaliated.") == []
    # the talks, a deal, the tests: no party is asked to act
    assert claims_of("Interior Secretary Ken Salazar said he would not allow BP to reopen the well if the tests "
                     "failed.") == []
    assert [c for c in claims_of("U.S. President Donald Trump said he was ready to meet Russian President Vladimir "
                                 "Putin in Budapest if the talks made enough progress.") if c[2] == "demand"] == []
    # the writer's own guess of what a side could do stays a guess
    assert claims_of("Republicans could block the nomination if Democrats forced a vote.") == []


def test_a_party_told_to_leave_a_named_place_is_listed(raw_claims_of):
    found = raw_claims_of("Putin told U.S. envoys that Ukraine must withdraw from Donetsk.")
    assert [(c.holder_text, c.issue, c.stance, c.listed) for c in found] == [("Putin", "Donetsk", "demand", True)]


def test_a_speaking_occasion_the_parser_hangs_on_the_act_asked_dates_the_demand(raw_claims_of):
    # round 43 pool row 113 (development): the rally's Monday night, not the article's week
    text = ("Trump called for a special prosecutor to oversee an investigation into the alleged pay-to-play "
            "relationship between the Clinton Foundation and the Department of State during Clinton’s tenure as "
            "secretary of state at a campaign rally in Ohio on Monday night.")
    assert [(c.stance, c.date, c.date_range) for c in raw_claims_of(text, "2016-08-23")] == [
        ("demand", "2016-08-22", None)]


def test_a_plan_put_forward_is_proposed_and_a_companys_own_plan_is_not_listed(raw_claims_of):
    # round 43 pool (development): "Clinton laid out her proposals to increase national service" and the like
    def rows(text):
        return [(c.holder_text.split()[-1], c.issue, c.stance, c.listed) for c in raw_claims_of(text, "2016-06-13")]

    assert rows("Hillary Clinton unveiled a plan to expand background checks.") == [
        ("Clinton", "expand background checks", "propose", True)]
    assert rows("Donald Trump laid out a plan to cut corporate taxes.") == [
        ("Trump", "cut corporate taxes", "propose", True)]
    assert rows("Donald Trump laid a plan to cut corporate taxes.") == []  # 'lay' puts forward only with 'out'
    # an organisation's plan to do something itself is its own operation: stored, not listed
    assert rows("BP announced a plan to drill a second relief well.")[0][3] is False
    assert rows("Exxon unveiled a plan to cut 2,000 jobs.") == [("Exxon", "cut jobs", "propose", False)]


def test_an_act_on_coordinated_things_names_them_all(claims_of):
    # round 44 pool (development): 'fix highway' dropped trains, airports, sewer systems and the grid
    assert claims_of("Hillary Clinton proposed a plan to fix highways and bridges.") == [
        ("Clinton", "fix highways and bridges", "propose", False)]
    assert claims_of("Hillary Clinton unveiled a $275 billion infrastructure proposal to fix highways, trains, "
                     "airports, aging sewer systems and the country's frayed electrical grid.") == [
        ("Clinton", "fix highways, trains, airports and more", "propose", False)]


def test_an_asked_act_of_stopping_keeps_the_stopping(raw_claims_of):
    # session 44: a quoted must or a condition with stop / halt / cease asked the thing stopped ("strike on Ukrainian
    # cities" demanded), the opposite of what is said; the stance-word path already named the act
    found = raw_claims_of("German Chancellor Friedrich Merz said Russia must stop its strikes on Ukrainian cities.")
    assert [(c.holder_text.split()[-1], c.issue, c.stance) for c in found] == [
        ("Merz", "stop strikes on Ukrainian cities", "demand")]
    # halting an offensive is an offer, not a threat: its condition is asked
    found = raw_claims_of("Russian President Vladimir Putin said Russia would halt its offensive if Ukraine withdrew "
                          "its troops from Donetsk.")
    assert [(c.holder_text.split()[-1], c.issue, c.stance, c.listed) for c in found] == [
        ("Putin", "Donetsk", "demand", True)]


# --- session 45: whose time dates a stance named as another's object; whole names; a kind of people's wishes


def test_a_stance_named_as_anothers_object_was_held_before_that_act(raw_claims_of):
    # PolNeAR train: Wednesday is when Clinton bashed the proposal, not when Trump made it
    found = [(c.holder_text, c.issue, c.stance, c.date, c.earlier) for c in raw_claims_of(
        "On Wednesday, Clinton bashed Trump\u2019s proposal to ban Muslims from coming into the country.",
        "2015-12-10")]
    assert found == [("Trump", "ban Muslims from coming into country", "propose", None, True)]
    # his own act on it states it, on its day
    found = [(c.holder_text, c.stance, c.date, c.earlier) for c in raw_claims_of(
        "On Wednesday, Trump renewed his call for a ban on Muslims entering the United States.", "2015-12-10")]
    assert found == [("Trump", "demand", "2015-12-09", False)]


def test_a_stance_owned_by_another_than_the_speaker_is_not_dated_by_the_saying(raw_claims_of):
    claims = raw_claims_of("Clinton argued on Tuesday that Trump\u2019s proposal to pay down the national debt by "
                           "printing money would trigger hyperinflation and crash the economy.", "2016-06-23")
    trump = [(c.stance, c.date, c.date_range, c.earlier) for c in claims if c.holder_text == "Trump"]
    assert trump == [("propose", None, None, True)]


def test_a_holder_named_with_an_of_phrase_is_named_whole(claims_of, raw_claims_of):
    found = [c.holder_text for c in raw_claims_of(
        "The American Federation of Teachers opposed the charter school expansion.")]
    assert found == ["American Federation of Teachers"]


def test_a_kind_of_peoples_wish_is_no_position_they_state(raw_claims_of):
    # PolNeAR train: what voters want is the writer's reading of them
    assert raw_claims_of("And yet, across most of Europe, voters want to limit immigration.") == []
    # their asking is their own act; lawmakers' wishes are positions of office holders (bpoil_foxnews)
    assert [c.holder_text for c in raw_claims_of(
        "The family, protesters and civic leaders have been demanding that police release department video of "
        "the shooting.")] == ["protesters", "civic leaders"]
    assert [(c.holder_text, c.stance) for c in raw_claims_of(
        "Lawmakers want to increase the current 8-cent-a-barrel tax on oil to make sure there is enough money "
        "available to respond to oil spills.")] == [("Lawmakers", "support")]


def test_the_evidence_of_a_dated_position_is_a_statement_of_its_date():
    # PolNeAR train (session 45): "In response to Donald Trump's proposal to bar Muslims ..." (held before its article
    # of 7 Dec) and a dated statement of 20 Dec make one position dated 20 Dec; the evidence was the first (its day
    # sorts first), a sentence from an article published before the date shown
    held = _statement("propose", None, "a", earlier=True, before="2015-12-07")
    (position,) = positions_from_statements([held, _statement("propose", "2015-12-20", "b")], {})
    assert position.evidence["doc"] == "b"
    # held before 7 Dec, before the 20 Dec the other article tells: on or before 20 Dec, not from it
    assert (position.date, position.date_range, position.evidence["doc"]) == (None, [None, "2015-12-20"], "b")
    later = _statement("propose", None, "a", earlier=True, before="2015-12-21")  # held before a later article
    (position,) = positions_from_statements([later, _statement("propose", "2015-12-20", "b")], {})
    assert (position.date, position.date_range) == ("2015-12-20", None)
    (position,) = positions_from_statements([held], {})  # told only as held before: that statement is the evidence
    assert (position.date_range, position.evidence["doc"]) == ([None, "2015-12-07"], "a")


def test_land_that_only_says_where_an_act_is_done_is_no_territory(listed_of, claims_of):
    # Timeline17 H1N1_reuters (development): Chan asks for monitoring, not for Asia
    sentence = ("The highly contagious strain must be closely monitored in parts of Asia, Africa and South America "
                "where the winter season is beginning, Margaret Chan told the closing session of her agency's annual "
                "congress.")
    assert listed_of(sentence) == {("Chan", "monitor contagious strain", "demand", False)}  # stored, not listed
    # land given up through a word for land is still the issue
    assert claims_of("Putin demanded that Ukraine withdraw from parts of the Donetsk region.") == [
        ("Putin", "Donetsk", "demand", False)]


def test_land_left_through_a_compound_preposition_and_an_ending_asked(raw_claims_of):
    # development sentences (session 45): "out of" is read through both prepositions; "end" halts like "stop"
    found = raw_claims_of("Kremlin spokesman Dmitry Peskov said Moscow would halt its offensive if Ukraine pulled its "
                          "troops out of Donetsk.")
    assert [(c.holder_text, c.issue, c.stance) for c in found] == [("Dmitry Peskov", "Donetsk", "demand")]
    found = raw_claims_of('"Russia must end its strikes on Ukrainian cities," German Chancellor Friedrich Merz said.')
    assert [(c.issue, c.stance) for c in found] == [("end strikes on Ukrainian cities", "demand")]


def test_a_complement_coordinated_with_what_is_asked_is_asked_too(claims_of):
    # round 44 pool row 29 (development): the Second Amendment is what the DLC pushed Democrats to say they support,
    # not the DLC's support
    found = claims_of("The Democratic Leadership Council pushed Democrats to moderate their stance on gun control and "
                      "to say they support the Second Amendment.")
    assert ("Council", "Second Amendment", "support", False) not in found and all(
        stance == "demand" for _, _, stance, _ in found)
    # a stance coordinated with another stance of the same speaker stays his
    assert claims_of("Russian President Vladimir Putin said he wants a ceasefire and would accept talks with "
                     "Ukraine.") == [("Putin", "ceasefire", "support", False), ("Putin", "talks with Ukraine", "accept", False)]


def test_a_place_a_verb_is_done_on_is_where_not_what_it_acts_on(claims_of):
    # round 44 pool row 135 (development): one of three places named as what the debate is on
    assert claims_of("Hillary Clinton suggested the Democrats instead debate in Pennsylvania, on Long Island or in "
                     "Upstate New York, and Bernie Sanders agreed.") == []
    # what a verb with no object acts on is still named ("crack down on lobbyists")
    assert claims_of("Senator Elizabeth Warren urged the administration to crack down on lobbyists.") == [
        ("Warren", "crack down on lobbyists", "demand", False)]


def test_an_actors_ledger_lists_its_issues_as_a_reader_sorts_them(seeded_db_path):
    """Named issues ('Donetsk', 'Crimea') among the a's to z's of the others, not all before them."""
    from storyline.export.records import iter_positions
    from storyline.store import Store

    store = Store(seeded_db_path, readonly=True)
    by_actor: dict[str, list[str]] = {}
    for position in iter_positions(store):
        topics = by_actor.setdefault(position["actor"], [])
        if not topics or topics[-1] != position["topic"]:
            topics.append(position["topic"])
    mixed = [topics for topics in by_actor.values()
             if any(t[:1].isupper() for t in topics) and any(t[:1].islower() for t in topics)]
    assert mixed, "no actor of the seeds holds both a named and a common-noun issue"
    assert all(topics == sorted(topics, key=str.lower) for topics in by_actor.values())
    store.close()


def test_a_stance_that_lasted_until_a_day_was_held_before_it(raw_claims_of):
    # PolNeAR dev (held-out sheet row 20): the refusal ended on the Thursday, it was not taken that day
    text = ("Trump released a letter from his doctor on Thursday. And until Thursday, Trump has steadfastly refused "
            "to disclose detailed medical records.")
    found = [(c.holder_text, c.issue, c.stance, c.date, c.earlier) for c in raw_claims_of(text, "2016-09-15")]
    assert found == [("Trump", "disclose detailed medical records", "reject", None, True)]
    dated = [(c.date, c.earlier) for c in raw_claims_of("Trump spoke in Ohio. On Thursday, Trump steadfastly refused "
                                                         "to disclose detailed medical records.", "2016-09-15")]
    assert dated == [("2016-09-15", False)]  # 'on Thursday' dates the refusal


def test_a_from_phrase_after_the_object_says_which_ones_or_from_where(claims_of):
    # the parser hangs 'from Syria' on the verb: which refugees is the point of the ban
    assert claims_of("Trump spoke in Ohio. Trump called for banning refugees from Syria.") == [
        ("Trump", "ban refugees from Syria", "demand", False)]


def test_a_between_phrase_names_both_parties_or_none(claims_of):
    assert claims_of("Trump spoke in Ohio. Obama vowed to end the relationship between oil companies and regulators.") == [
        ("Obama", "end relationship between oil companies and regulators", "propose", False)]  # was 'between oil company'
    assert claims_of('Trump spoke in Ohio. Obama vowed to halt the "cozy relationship" between oil companies and federal '
                     'regulators.') == [("Obama", "halt cozy relationship between oil companies and federal regulators",
                                         "propose", False)]  # session 54: an act's object keeps both (nine words)


def test_a_conjunct_set_against_the_first_is_no_part_of_the_issue(claims_of):
    # 'and' joined them: "ban assault weapon and handgun" said the opposite of the sentence
    assert claims_of("Trump spoke in Ohio. Obama called for banning assault weapons rather than handguns.") == [
        ("Obama", "ban assault weapons", "demand", False)]
    assert claims_of("Trump spoke in Ohio. Obama called for banning assault weapons but not handguns.") == [
        ("Obama", "ban assault weapons", "demand", False)]
    assert [found[1] for found in claims_of("Trump spoke in Ohio. Obama supports sanctions rather than military "
                                            "action.")] == ["sanctions"]


def test_names_all_doing_it_hold_it_however_long_the_list(claims_of):
    # PolNeAR train (development recall reading, session 51): the participle hangs on 'all', each name on the one before
    found = claims_of("Trump spoke in Iowa. The 2016 Republican field is split, though, with Donald Trump, Mike "
                      "Huckabee and Chris Christie all calling for a strong ethanol blending rule.")
    assert [(holder, stance) for holder, _, stance, _ in found] == [
        ("Trump", "demand"), ("Huckabee", "demand"), ("Christie", "demand")]


def test_a_measure_its_words_name_is_something_to_oppose(raw_claims_of):
    found = [(c.holder_text, c.issue, c.stance) for c in raw_claims_of(
        "Trump spoke in Iowa. Ted Cruz, Ben Carson and Rand Paul oppose the ethanol mandate.", "2015-11-24")]
    assert found == [(name, "ethanol mandate", "oppose") for name in ("Ted Cruz", "Ben Carson", "Rand Paul")]
    assert [(c.issue, c.stance) for c in raw_claims_of("Trump spoke in Iowa. Clinton rejected the Keystone XL pipeline.",
                                                       "2015-11-24")] == [("Keystone XL pipeline", "reject")]
    assert raw_claims_of("Trump spoke in Iowa. Ted Cruz opposes the deal.", "2015-11-24") == []  # which deal: none
    assert raw_claims_of("Trump spoke in Iowa. Clinton accepted the Democratic nomination.", "2015-11-24") == []


def test_a_measure_its_words_name_is_something_to_support(raw_claims_of):
    # development recall reading (PolNeAR train, session 51): "who both back a strong ethanol mandate" gave nothing
    found = [(c.holder_text, c.issue, c.stance) for c in raw_claims_of(
        "Trump spoke in Iowa. Bernie Sanders and Martin O'Malley, who both back a strong ethanol mandate, spoke in "
        "Des Moines.", "2016-01-20")]
    assert found == [(name, "strong ethanol mandate", "support") for name in ("Bernie Sanders", "Martin O'Malley")]
    assert [(c.issue, c.stance) for c in raw_claims_of(
        "Trump spoke in Iowa. Hillary Clinton, who supports the Renewable Fuel Standard, spoke.", "2016-01-20")] == [
        ("Renewable Fuel Standard", "support")]
    assert raw_claims_of("Trump spoke in Iowa. Bernie Sanders supports the deal.", "2016-01-20") == []  # which deal
    assert raw_claims_of("Trump spoke in Iowa. Bernie Sanders backs a strong mandate.", "2016-01-20") == []
    # an adjective alone says no more than 'the deal': the measure is the one the article names elsewhere, if any


def test_an_attack_states_an_opposition_only_on_a_named_measure(raw_claims_of):
    # development recall reading: "Ben Carson, Ted Cruz and Rand Paul have all attacked the program" (the ethanol
    # program), the parser reading Cruz as an apposition to Carson
    found = [(c.holder_text, c.issue, c.stance) for c in raw_claims_of(
        "Trump spoke in Iowa. Ben Carson, Ted Cruz and Rand Paul have all attacked the ethanol program.", "2016-01-20")]
    assert found == [(name, "ethanol program", "oppose") for name in ("Ben Carson", "Ted Cruz", "Rand Paul")]
    assert [(c.holder_text, c.issue, c.stance) for c in raw_claims_of(
        "Trump spoke in Iowa. Ted Cruz blasted the Iran nuclear deal.", "2016-01-20")] == [
        ("Ted Cruz", "Iran nuclear deal", "oppose")]
    for deed in ("Workers at Enbridge blasted the rock to make room for the pipeline.",
                 "Ted Cruz attacked Hillary Clinton on Monday.", "Ted Cruz blasted the program.",
                 "Within days, the Shell Trans Niger pipeline was attacked by rebels."):  # unseen Timeline17 bed
        assert raw_claims_of(f"Trump spoke in Iowa. {deed}", "2016-01-20") == [], deed


def test_a_name_far_off_read_as_an_apposition_is_no_list_of_holders(raw_claims_of):
    # PolNeAR train bed: McCain and Ayotte, whose re-election Trump endorsed, became holders of the endorsement
    found = raw_claims_of("Republican presidential nominee Donald Trump on Friday endorsed the re-election of House "
                          "Speaker Paul Ryan (R-Wis.), Sen. John McCain (R-Ariz.), and Sen. Kelly Ayotte (R-N.H.).",
                          "2016-08-05")
    assert [c.holder_text.split()[-1] for c in found] == ["Trump"]


def test_a_word_the_tokenizer_split_at_its_hyphen_is_named_as_written(raw_claims_of):
    # PolNeAR train bed: 'endorsed the re-election of House Speaker Paul Ryan' named the 'election of ...'
    found = raw_claims_of("Republican presidential nominee Donald Trump on Friday endorsed the re-election of House "
                          "Speaker Paul Ryan.", "2016-08-05")
    assert [c.issue for c in found] == ["re-election of Paul Ryan"]  # the title is no part of the name (session 55)


def test_each_thing_of_a_list_after_one_stance_word_is_an_issue(claims_of):
    # development recall reading (PolNeAR train, session 51): a list after one stance word gave its first item only;
    # here the parser reads the second item as an apposition to the first
    assert claims_of("Trump spoke in Iowa. Bernie Sanders called for a $15 minimum wage, an end to fracking and a "
                     "single-payer health care system.") == [
        ("Sanders", "$15 minimum wage", "demand", False), ("Sanders", "end to fracking", "demand", False),
        ("Sanders", "single-payer health care system", "demand", False)]
    assert claims_of("Trump spoke in Iowa. Bernie Sanders opposes the Keystone XL pipeline and the Trans-Pacific "
                     "Partnership.") == [("Sanders", "Keystone XL pipeline", "oppose", False),
                                         ("Sanders", "Trans-Pacific Partnership", "oppose", False)]
    assert [issue for _, issue, _, _ in claims_of("Trump spoke in Ohio. Obama supports sanctions rather than military "
                                                  "action.")] == ["sanctions"]  # set against it: not supported


def test_a_stance_in_a_clause_on_its_holder_is_about_its_own_object(claims_of):
    # session 52 probe: the clause's noun was taken for what the stance is about, and Warren, a name, named nothing
    assert claims_of("Trump spoke in Iowa. Elizabeth Warren, who has called for breaking up the big banks, spoke on "
                     "Monday.") == [("Warren", "break up big banks", "demand", False)]


def test_a_policy_measure_its_own_words_say_which_of_is_a_position(raw_claims_of):
    # development recall reading (PolNeAR train, session 51): the ethanol rows were stored claims the ledger hid
    from storyline.story.positions import is_specific_issue

    def shown(text):
        return [(c.holder_text, c.issue, is_specific_issue(c)) for c in raw_claims_of(text, "2015-11-24")]

    assert shown("Trump spoke in Iowa. The 2016 Republican field is split, with Donald Trump, Mike Huckabee and Chris "
                 "Christie all calling for a strong ethanol blending rule.") == [
        (name, "strong ethanol blending rule", True) for name in ("Donald Trump", "Mike Huckabee", "Chris Christie")]
    assert shown("Trump spoke in Iowa. Paul Porter strongly favored the new overtime regulation.") == [
        ("Paul Porter", "new overtime regulation", True)]
    # adjectives or another measure word say no which (session 51's try listed these): not shown
    assert [specific for _, _, specific in shown("Trump spoke in Iowa. Bill Clinton proposed new federal regulations.")] \
        in ([], [False])
    assert [specific for _, _, specific in shown("Trump spoke in Iowa. Senate Democrats rejected the funding "
                                                 "package.")] in ([], [False])


def test_a_measure_that_halts_or_limits_a_thing_is_a_policy_measure(raw_claims_of):
    # session 53 probes (the development recall reading's "opposes a ban on fracking" kind): a ban, moratorium or
    # embargo its own words say which of is supported or opposed as other measures are; "the ban" alone says no which
    def listed(text):
        return [(c.holder_text, c.issue, c.stance) for c in raw_claims_of(text, "2016-01-20") if c.listed]

    assert listed("Trump spoke in Iowa. Bernie Sanders supports a ban on fracking.") == [
        ("Bernie Sanders", "ban on fracking", "support")]
    assert listed("Trump spoke in Iowa. Hillary Clinton would not support a ban on fracking.") == [
        ("Hillary Clinton", "ban on fracking", "oppose")]
    assert listed("Trump spoke in Iowa. Hillary Clinton supports an assault weapons ban.") == [
        ("Hillary Clinton", "assault weapons ban", "support")]
    assert listed("Trump spoke in Iowa. Bernie Sanders supports the ban.") == []
    # the measure's whole phrase (PolNeAR train, on the beds with the rule above: `temporary ban`, `ban on all forms`)
    assert listed("Trump spoke in Iowa. Donald Trump called for a temporary ban on admitting Muslims to the USA.") == [
        ("Donald Trump", "temporary ban on admitting Muslims", "demand")]
    assert listed("Trump spoke in Iowa. Bernie Sanders supported a ban on all forms of human cloning.") == [
        ("Bernie Sanders", "ban on all forms of human cloning", "support")]
    assert listed("Trump spoke in Iowa. Hillary Clinton has called for ending discrimination against members of the "
                  "LGBT community.") == [("Hillary Clinton", "end discrimination against members of LGBT community",
                                          "demand")]  # PolNeAR train, with the pronoun rule: `... against members`


def test_being_opposed_to_a_thing_is_opposing_it_and_a_dropped_call_names_its_open_issue(claims_of):
    # session 53 probes: "is opposed to" (the participle read as an adjective) gave nothing, as did a dropped call for
    # a measure outside the taxonomy
    assert claims_of("Trump spoke in Iowa. Bernie Sanders is opposed to the death penalty.", "2016-01-10") == [
        ("Sanders", "death penalty", "oppose", False)]
    assert claims_of("Trump spoke in Iowa. Bernie Sanders is not opposed to the death penalty.", "2016-01-10") == []
    assert claims_of("Trump spoke in Iowa. Hillary Clinton came out against the Keystone XL pipeline.", "2016-01-10") \
        == [("Clinton", "Keystone XL pipeline", "oppose", False)]  # a public stance taken, as "is against" is
    assert claims_of("Trump spoke in Iowa. Donald Trump backed off his call for a ban on Muslims.", "2016-01-10") == [
        ("Trump", "ban on Muslims", "drop", False), ("Trump", "ban on Muslims", "demand", True)]


def test_a_wanted_act_on_a_named_law_is_listed(raw_claims_of):
    # development recall reading (PolNeAR train, session 51): "plans to repeal much of the Dodd-Frank Act"; a want is
    # listed by its issue's family, and an act on a named law has none
    found = [(c.issue, c.stance, c.listed) for c in raw_claims_of(
        "Trump spoke in Iowa. Donald Trump wants to repeal the Dodd-Frank Act.", "2016-01-20")]
    assert found == [("repeal Dodd-Frank Act", "support", True)]
    assert [c.listed for c in raw_claims_of("Trump spoke in Iowa. Donald Trump wants to repeal the rule.",
                                            "2016-01-20")] in ([], [False])


def test_a_critic_or_a_supporter_of_a_named_measure_takes_a_stance(raw_claims_of):
    # session 52 probe: "a vocal critic of" is an evaluation as "criticized" is; it was listed only by the issue's family
    found = [(c.issue, c.stance, c.listed) for c in raw_claims_of(
        "Trump spoke in Iowa. Elizabeth Warren has been a vocal critic of the Trans-Pacific Partnership.", "2016-01-20")]
    assert found == [("Trans-Pacific Partnership", "oppose", True)]


def test_support_denied_is_opposition_and_a_law_is_named_as_written(claims_of):
    # session 52 probe: "would not support" stated nothing (a negated support has no stance in NEGATED_STANCES), and a
    # named law's hyphen was written apart ("Trans - Pacific Partnership")
    assert claims_of("Trump spoke in Iowa. Hillary Clinton said she would not support the Trans-Pacific "
                     "Partnership.") == [("Clinton", "Trans-Pacific Partnership", "oppose", False)]
    assert claims_of("Trump spoke in Iowa. Bernie Sanders does not support a carbon tax.") == [
        ("Sanders", "carbon tax", "oppose", False)]
    assert claims_of("Trump spoke in Iowa. Pat Toomey has not endorsed Donald Trump yet, and he did not praise the "
                     "deal.") == []  # not endorsing, not praising: no opposition


def test_an_undoing_one_says_one_will_do_to_a_named_measure_is_a_proposal(claims_of):
    # session 52 probe: "said he will repeal ..." had no stance word
    assert claims_of("Trump spoke in Iowa. Ted Cruz said he will repeal the Affordable Care Act.") == [
        ("Cruz", "repeal Affordable Care Act", "propose", False)]
    for told in ("Congress repealed the Glass-Steagall Act in 1999.", "Trump said he will scrap the program.",
                 "Hillary Clinton said she will not repeal the Affordable Care Act."):
        assert claims_of(f"Trump spoke in Iowa. {told}") == [], told  # a deed, which program, a denial


def test_a_run_for_office_its_words_say_whose_is_something_to_back(claims_of):
    # development probe (PolNeAR train, session 52): Christie's endorsement gave nothing
    assert claims_of("Donald Trump spoke in Iowa. Chris Christie supports the Trump campaign.") == [
        ("Christie", "Trump campaign", "support", False)]  # 'Trump' tagged ORG here, a person elsewhere
    assert claims_of("Donald Trump spoke in Iowa. Chris Christie backs the campaign.") == []  # whose: not said


def test_an_act_an_it_is_adjective_clause_weighs_is_no_stance(claims_of):
    # PolNeAR train (session 52): Gore declined to back Clinton's campaign; the candidacy rule made it a support
    assert claims_of("Donald Trump spoke in Iowa. In a 2014 interview with POLITICO Magazine, Gore insisted it was "
                     "\u201cpremature\u201d to back Clinton\u2019s campaign for president.") == []
    assert claims_of("Donald Trump spoke in Iowa. Biden said he was ready to support new sanctions on Russia.") != []


def test_a_law_is_named_with_every_word_of_its_name(raw_claims_of):
    # development recall reading: the parser hangs 'Dodd' and 'Frank' apart, and the issue read 'repeal Act'
    assert [c.issue for c in raw_claims_of("Trump spoke in Iowa. Donald Trump wants to repeal the Dodd-Frank Act.",
                                           "2016-01-20")] == ["repeal Dodd-Frank Act"]


def test_a_noun_right_before_a_noun_modifier_says_which_kind(claims_of):
    # PolNeAR train (round 50 pool): 'single-payer care system' lost what care; the parser hangs 'health' on 'care'
    assert claims_of("Flint spoke. Sanders has continued to push for a single-payer health care system.") == [
        ("Sanders", "single-payer health care system", "demand", False)]
    assert claims_of("Trump spoke in Iowa. Trump called for a strong ethanol blending rule.") == [
        ("Trump", "strong ethanol blending rule", "demand", False)]


def test_a_thing_made_with_another_party_says_with_whom(claims_of):
    assert claims_of("Trump spoke. Obama pushed for a nuclear agreement with Iran.") == [
        ("Obama", "nuclear agreement with Iran", "demand", False)]  # was 'nuclear agreement'
    assert claims_of("Trump spoke. Clinton called for a ban with immediate effect.") == [
        ("Clinton", "ban", "demand", False)]  # a 'with' phrase of any other noun is no party


def test_a_named_stance_no_verb_governs_was_held_before(raw_claims_of):
    # round 51 pool row 167 (PolNeAR train): a list item of a rival's press release, dated the publication day
    found = [(c.holder_text, c.issue, c.stance, c.date, c.earlier) for c in raw_claims_of(
        "Rubio released a list. Among the votes: Murphy's opposition to the $1.1 billion House Zika funding proposal.",
        "2016-08-23")]
    assert found == [("Murphy", "House Zika funding proposal", "oppose", None, True)]


def test_a_measure_on_an_activity_with_no_object_names_the_activity(claims_of):
    # development recall reading (PolNeAR train, session 51): 'a ban on drilling in the Arctic' was the bare 'ban'
    assert claims_of("Hillary Clinton spoke in Iowa. Hillary Clinton called for a ban on drilling in the Arctic.") == [
        ("Clinton", "ban on drilling in Arctic", "demand", False)]


def test_a_past_act_during_a_period_was_held_before(raw_claims_of):
    # round 50 pool row 114 (PolNeAR train): a proposal of the primaries was dated the article's week
    text = ("Trump spoke. During the Republican presidential primaries, Ryan voiced displeasure with some of Trump's "
            "proposals on immigration, in particular his proposal for a temporary ban on Muslims entering the United States.")
    found = {(c.issue, c.earlier) for c in raw_claims_of(text, "2016-05-06")}
    assert ("temporary ban on Muslims entering United States", True) in found
    text = "Trump spoke. During the event, Clinton unveiled a proposal to create a national Office of Immigrant Affairs."
    assert [c.earlier for c in raw_claims_of(text, "2016-04-13")] == [False]  # the article's own event: its week


def test_a_pronoun_under_the_main_clause_is_its_subjects_person(raw_claims_of):
    # session 54, PolNeAR train bed (development): the dash aside's "she" is the sentence's subject, Clinton, whoever
    # the sentence before names
    found = raw_claims_of("In his speech, Obama praised his former rival. Clinton has aligned herself closely with "
                          "the president on most policy issues -- although she has come out against the "
                          "Trans-Pacific Partnership trade deal he is pushing -- and the two were literally arm in "
                          "arm at the convention.", "2016-08-10")
    assert [(c.holder_text, c.issue, c.stance) for c in found] == [
        ("Clinton", "Trans-Pacific Partnership trade deal", "oppose")]
    # another person named between the subject and the pronoun may be the one: no holder
    found = raw_claims_of("Bernie Sanders spoke in Iowa on Monday night. Hillary Clinton praised Elizabeth Warren's "
                          "bill, in which she called for tougher rules on Wall Street banks.", "2016-01-20")
    assert [(c.holder_text, c.issue) for c in found] == [("Hillary Clinton", "Elizabeth Warren's bill")]


def test_a_stance_in_a_clause_on_where_it_was_taken_is_about_its_own_object(raw_claims_of):
    # session 51's development recall reading: "in which she called for getting the federal biofuels program back on
    # track" gave nothing; the speech the clause is on is where she said it, not what she called for
    found = raw_claims_of("Bernie Sanders spoke in Iowa on Monday night. Hillary Clinton gave a speech in Des Moines "
                          "in which she called for a ban on fracking.", "2016-01-20")
    assert [(c.holder_text, c.issue, c.stance) for c in found] == [("Hillary Clinton", "ban on fracking", "demand")]


def test_a_participle_with_its_own_subject_is_the_act_demanded(raw_claims_of):
    # session 51's development recall reading ("wants the mandate phased out"): a demand's small clause
    found = raw_claims_of("Bernie Sanders spoke in Iowa on Monday night. Senator Ted Cruz demands the Environmental "
                          "Protection Agency abolished.", "2016-01-20")
    assert [(c.issue, c.stance) for c in found] == [("abolish Environmental Protection Agency", "demand")]
    # a participle right after another noun of the phrase is on that noun (the unseen Timeline17 bed read "lay off
    # compensation for thousands")
    found = raw_claims_of("The political and financial pressure on BP escalated sharply yesterday as the US government "
                          "demanded compensation for thousands of oil industry workers laid off as a result of a "
                          "freeze on drilling in the Gulf of Mexico.", "2010-06-09")
    assert all(not c.issue.startswith("lay") for c in found)


def test_an_act_asked_for_at_a_past_time_was_asked_for_by_then(dates_of):
    # round 53 pool row 43 (development): "last year" on the act suggested, dated the article's week
    assert dates_of("Alan Hartman, another partner at Centerview, suggested that the health care property company "
                    "Ventas spin off a major division last year, which turned into a multibillion-dollar deal.",
                    "2016-01-07") == [("Hartman", "propose", None, None, True)]
    # a time still to come on the act says nothing of when it was asked for
    assert dates_of("Senator Ted Cruz called for American troops to leave Syria by next year.", "2016-01-07") == [
        ("Cruz", "demand", None, ["2015-12-31", "2016-01-07"], False)]
    # round 53 pool row 101: a time running on from one told before puts a past-tense stance in that story
    assert dates_of("In the coming months, Donald Trump vowed to ban Muslims from entering the United States as a "
                    "response to terrorist attacks.", "2016-07-18") == [("Trump", "propose", None, None, True)]
    assert dates_of("Donald Trump vowed to ban Muslims from entering the United States in the coming months.",
                    "2016-07-18") == [("Trump", "propose", None, ["2016-07-11", "2016-07-18"], False)]


def test_a_party_warned_or_urged_not_to_act_is_asked_to_refrain(raw_claims_of):
    # session 51's development recall reading: "warned the Fed not to act" gave nothing, nor did "urged ... not to"
    # with an act outside the taxonomy's undoing verbs
    for said in ("warned", "urged"):
        found = raw_claims_of(f"Bernie Sanders spoke in Iowa on Monday night. Senator Ted Cruz {said} the Federal "
                              "Reserve not to raise interest rates before the election.", "2016-01-20")
        assert [(c.issue, c.stance, c.listed) for c in found] == [("not raise interest rates", "demand", True)]
    # a vow not to do something asks nothing of anyone
    assert raw_claims_of("Senator Ted Cruz vowed not to repeat that mistake.", "2016-01-20") == []
    # a warning that something will happen is no demand
    assert raw_claims_of("Senator Ted Cruz warned that the Federal Reserve would raise interest rates.",
                         "2016-01-20") == []
    # a people warned is the public advised (the unseen Timeline17 bed, after the first version of this rule)
    found = raw_claims_of("Some Haitians have tried to flee abroad, but US Homeland Security Secretary Janet "
                          "Napolitano warned Haitians not to use the earthquake as an excuse to try to enter the US "
                          "illegally.", "2010-01-23")
    assert [c for c in found if c.listed] == []


def test_the_one_a_thing_is_given_to_is_part_of_the_act(raw_claims_of):
    # round 52 pool row 76 (development): "give broad freedom" named nothing
    found = raw_claims_of("Real estate developer Carlos Beruff would push to abolish the U.S. Department of Education "
                          "and give states broad freedom to spend federal education dollars how they see fit.",
                          "2016-05-23")
    assert "give states broad freedom to spend federal education dollars" in {c.issue for c in found}


def test_a_relation_keeps_whom_it_is_between(raw_claims_of):
    # the bpoil_foxnews bed (development): "halt cozy relationship" said not between whom
    found = raw_claims_of("Obama vowed to halt the \"cozy relationship\" between oil companies and federal regulators, "
                          "as he called for new permitting rules and procedures governing offshore oil drilling.",
                          "2010-05-14")
    assert "halt cozy relationship between oil companies and federal regulators" in {c.issue for c in found}


def test_a_thing_made_into_a_state_is_the_act(raw_claims_of):
    # session 54's development recall reading (PolNeAR train, Politico 2016-02-10): 'make' alone is too general
    found = raw_claims_of("Clinton has repeatedly called for her messages to be made public — even the ones State now "
                          "says are “top secret.”", "2016-02-10")
    assert [(c.issue, c.stance) for c in found] == [("make her messages public", "demand")]
    # a name made so is a slogan, no act on a thing
    assert raw_claims_of("Donald Trump vowed to make America great again.", "2016-02-10") == []


def test_names_listed_after_a_named_group_each_hold_its_stance(raw_claims_of):
    # session 54's development recall reading (PolNeAR train, NYT 2016-04-23): Cruz alone held it
    found = raw_claims_of("But the two leading Republicans, Donald J. Trump and Senator Ted Cruz, have questioned the "
                          "science of climate change and criticized the Paris agreement.", "2016-04-23")
    assert [(c.holder_text, c.issue, c.stance) for c in found] == [
        ("Donald J. Trump", "Paris agreement", "oppose"), ("Senator Ted Cruz", "Paris agreement", "oppose")]


def test_an_organisation_named_before_a_proposal_made_it(raw_claims_of):
    # session 54's development recall reading (PolNeAR train, NYT 2015-12-29): "a Pentagon proposal" had no holder
    found = raw_claims_of("The White House is now considering a Pentagon proposal to maintain at least one base in "
                          "Afghanistan for years to come, according to American military officials.", "2015-12-29")
    assert [(c.holder_text, c.issue, c.stance) for c in found] == [
        ("Pentagon", "maintain base in Afghanistan", "propose")]
    # a place before the noun is what the proposal is about, not its maker
    assert all(c.stance == "reject" for c in raw_claims_of("Ukraine rejected the Gaza ceasefire proposal on Monday.",
                                                           "2015-12-29"))
    # a clause the parser reads as a name and a noun ("that Trump needs to ...") is no proposal of his (PolNeAR train)
    found = raw_claims_of("Several prominent GOP elders agreed that Trump needs to deliver a speech along the lines of "
                          "Mitt Romney’s 2012 conversation about his Mormonism.", "2016-05-05")
    assert all(c.holder_text != "Trump" for c in found)


def test_a_pledge_or_promise_to_act_is_a_proposal(raw_claims_of):
    # session 54's development recall reading (PolNeAR train, NYT 2015-12-29): "Mr. Obama's original pledge to remove
    # all troops" gave nothing; an 'original' one was held before the article
    found = raw_claims_of("This plan would run counter to Mr. Obama's original pledge to remove all troops from "
                          "Afghanistan except for a counterterrorism force.", "2015-12-29")
    assert [(c.holder_text, c.issue, c.stance, c.earlier) for c in found] == [
        ("Mr. Obama", "withdraw troops from Afghanistan", "propose", True)]  # the forces' label alone said not where
    assert [(c.issue, c.stance) for c in raw_claims_of("Trump repeated his promise to build a wall along the border "
                                                        "with Mexico.", "2015-12-29")] == [
        ("build wall along border", "propose")]
    # a pledge of money is a gift, no proposal
    assert raw_claims_of("Japan announced a pledge of 10 million dollars for Haiti.", "2010-01-20") == []


def test_a_participle_and_its_agent_after_the_labels_last_noun_say_which(listed_of):
    # #14 (round 55 pool row 173, development: "raising taxes on profits earned by fund managers" read 'raise taxes
    # on profits', a tax on all profits): the phrase hangs on a noun inside the label, whichever path named the act
    assert listed_of("Clinton has called for increased regulation of hedge funds and for raising taxes on profits "
                     "earned by fund managers.", "2016-05-01") >= {
        ("Clinton", "raise taxes on profits earned by fund managers", "demand", True)}
    assert listed_of("Senator Ted Cruz called for tariffs on steel produced by Chinese firms.", "2016-03-01") \
        == {("Cruz", "tariffs on steel produced by Chinese firms", "demand", True)}
    # the holder as the agent is the row's own actor (bpoil_foxnews, development: "the energy policy proposed by
    # Obama"); a pronoun agent names no one
    found = listed_of("Senate Minority Leader Mitch McConnell said he agrees with Feinstein and that the energy policy "
                      "proposed by Obama will not help Gulf residents in the near-term.", "2010-06-16")
    assert ("Obama", "energy policy", "propose", True) in found
    assert listed_of("Senator Ted Cruz called for tariffs on steel produced by them.", "2016-03-01") \
        == {("Cruz", "tariffs on steel", "demand", True)}


def test_a_stance_in_a_roundup_of_many_days_was_held_before_the_pages_day(raw_claims_of):
    # #14 (bpoil_foxnews 665266a9, development: a Fox News page of the spill day by day, published 4 August; the G20's
    # pledge of 27 June was dated the week before it): entries under recurring section labels each tell their own day
    roundup = ("At the White House: President Obama traveled to Charleston, WV to attend the state memorial service for "
               "Sen. Robert Byrd. In the Gulf: Small skimmers were forced into port for a second day. At the White "
               "House: President Obama held a series of meetings on the economy in Toronto at the G20 summit. World "
               "leaders pledged to cut deficits in half in three years. In the Gulf: Tropical weather gathering "
               "strength in the Caribbean could be the latest bad news for BP crews.")
    found = [(c.holder_text, c.issue, c.stance, c.date, c.date_range, c.earlier)
             for c in raw_claims_of(roundup, "2010-08-04")]
    assert found == [("World leaders", "cut deficits", "propose", None, None, True)]
    # the same sentence in an article of one day is placed in the week before it
    article = ("President Obama held a series of meetings on the economy in Toronto at the G20 summit. World leaders "
               "pledged to cut deficits in half in three years.")
    assert [(c.date, c.date_range, c.earlier) for c in raw_claims_of(article, "2010-06-28")] == [
        (None, ["2010-06-21", "2010-06-28"], False)]


def test_a_roundup_opens_entries_under_labels_that_recur(nlp):
    from storyline.story.positions.stance_date import told_over_many_days

    assert told_over_many_days(nlp("At the White House: Obama met advisers. In the Gulf: Crews skimmed oil. At the "
                                   "White House: Obama spoke in Racine."))
    # labels that each open once are an article's asides; two entries are no run of them
    assert not told_over_many_days(nlp("In Washington: Congress met. In London: BP shares fell. In Paris: Total "
                                       "rose."))
    assert not told_over_many_days(nlp("At the White House: Obama met advisers. In the Gulf: Crews skimmed oil."))


def test_an_undated_stance_in_a_story_of_earlier_times_was_held_before_the_article(raw_claims_of):
    # #14 (round 55 pool rows 202 and 226, development: a profile of Manafort's Ukrainian years, 3 dates of the
    # article's week and 10 earlier ones before the stance, dated the article's week)
    profile = ("In 2007, Mr. Manafort and two partners set up a private equity company in the Cayman Islands to buy "
               "assets in Ukraine. By 2010, Mr. Yanukovych's revival was complete. He had won a presidential campaign "
               "against Ms. Tymoshenko. Mr. Kopachko, the pollster, said Mr. Manafort envisioned an approach that "
               "exploited regional and ethnic peculiarities in voting. It tapped the disenfranchisement of voters in "
               "eastern Ukraine. Konstantin Grishchenko, a former foreign minister, said in a telephone interview "
               "that Mr. Manafort had ultimately grown disillusioned with his client. Mr. Manafort pressed Mr. "
               "Yanukovych to sign an agreement with the European Union that would link the country closer to the "
               "West.")  # no time in the three sentences before the stance: the story's, not the nearest, decides
    found = [(c.holder_text, c.issue, c.date, c.date_range, c.earlier) for c in raw_claims_of(profile, "2016-08-02")]
    assert found == [("Mr. Manafort", "sign agreement with European Union", None, None, True)]
    # where the article names its own week as often, the same sentence is the week's news (the Monday named before it)
    news = ("By 2010, Mr. Yanukovych's revival was complete. On Monday, Mr. Manafort met advisers in Kiev. Mr. "
            "Manafort pressed Mr. Yanukovych to sign an agreement with the European Union that would link the "
            "country closer to the West.")
    assert [(c.date, c.earlier) for c in raw_claims_of(news, "2016-08-02")] == [("2016-08-01", False)]


def test_what_one_wants_a_named_party_to_do_is_asked_of_it(listed_of):
    # #14 (session 56's development recall reading of bpoil_foxnews 140: "wants" gave only stored supports; PolNeAR
    # train: "Russia wants Turkey to close its borders to radical groups and join the war on ISIS")
    assert listed_of("Obama wants BP to set up an escrow fund for fishers.", "2010-06-13") == {
        ("Obama", "set up escrow fund for fishers", "demand", True)}
    assert listed_of("And Russia wants Turkey to close its borders to radical groups and join the war on ISIS.",
                     "2016-08-29") == {("Russia", "close Turkey's borders to radical groups", "demand", True),
                                       ("Russia", "join war on ISIS", "demand", True)}
    # what one wants done oneself, or by no party named, is a support and names an open issue in no listed row
    assert listed_of("Clinton wants to make in-state tuition free.", "2016-09-24") == set()
    assert all(not listed for _, _, _, listed in listed_of("He wants people to vote for the bill.", "2016-09-24"))


def test_a_named_measure_wanted_or_promised_is_listed(listed_of):
    # #14 (session 57, PolNeAR train: "wants" with a measure as its object gave stored supports only)
    assert listed_of("Sanders wants a vast expansion of the federal government, including government-run "
                     "single-payer health insurance and free public higher education.", "2016-05-11") == {
        ("Sanders", "vast expansion of federal government", "support", True)}
    assert listed_of("Rep. Patrick Murphy wants more funding for teacher pay and classroom supplies.",
                     "2016-05-23") == {("Murphy", "more funding for teacher pay", "support", True)}
    # the parser's object that is the subject of a clause it missed is no measure promised; help promised is a deed
    assert all(not listed for *_, listed in listed_of(
        "Clinton promised her entire infrastructure program would be paid for through business tax reform.",
        "2015-11-29"))
    assert all(not listed for *_, listed in listed_of("Douglas Alexander promises UK aid to Haiti.", "2010-01-14"))


def test_a_need_or_call_its_holder_states_takes_the_infinitive_the_parser_hung_on_the_light_verb(listed_of):
    # #14 (session 57, development: bpoil_foxnews 140, the Gulf's calls to end the drilling moratorium; the parser
    # hangs "to end the moratorium" on "reiterated", so the call took no stance and named nothing)
    assert listed_of("Louisiana Sen. Mary Landrieu reiterated her call to end the moratorium on deep-water drilling.",
                     "2010-06-10") == {("Landrieu", "end moratorium on deep-water drilling", "demand", True)}
    # a need to act on a named measure is asked as a want of one is: listed; a need to act on no measure is not
    assert listed_of("Mayor Mitch Landrieu emphasized the need to lift the moratorium on deepwater drilling.",
                     "2010-08-19") == {("Landrieu", "lift moratorium on deepwater drilling", "demand", True)}
    assert all(not listed for *_, listed in listed_of("Mayor Mitch Landrieu stressed the need to protect the coast.",
                                                      "2010-08-19"))


def test_what_a_speaker_says_the_government_should_do_is_the_speakers_demand(claims_of):
    # #14 (session 57): the government or the administration is the body a directive addresses (`_the_institution`)
    assert claims_of("Governor Bobby Jindal said the federal government should lift the moratorium on deepwater "
                     "drilling.", "2010-07-01") == [("Jindal", "lift moratorium on deepwater drilling", "demand", False)]
    assert claims_of("Smith said the government should do more.", "2010-07-01") == []


def test_a_stance_participle_on_a_document_is_held_by_its_issuer(listed_of):
    # #14 (session 57, development: PolNeAR train and bpoil_foxnews 140, "issued a statement calling on ...", "delivered a
    # public statement urging ..." gave no holder: the participle has no subject, and a statement is no party)
    assert listed_of("Hours later, Clinton issued a statement calling on the United States to impose restrictions on "
                     "firearms.", "2016-06-13") == {("Clinton", "impose restrictions on firearms", "demand", True)}
    # a document no one named issued holds nothing
    assert listed_of("A petition calling on him to be banned from the United Kingdom has reached a record 563,000 "
                     "signatures.", "2016-01-18") == set()
    # the bill it supports is the one named before; 'the overall bill' says how much of it, not which
    assert listed_of("But the overall bill would add about $134 billion to the federal budget deficit. The Obama "
                     "administration issued a statement Monday supporting the bill.", "2010-05-25") == {
        ("administration", "legislation", "support", False)}


def test_each_claim_says_why_the_default_listing_shows_it_or_leaves_it_out(raw_claims_of):
    # #14 (session 58): `storyline positions --all` shows rows the default leaves out; each now says why, by the rule
    # or veto that decided it (docs/positions.md "Why a row is listed or not")
    def listing(text: str) -> set[tuple]:
        return {(c.holder_text.split()[-1], c.listed, c.listing) for c in raw_claims_of(text)}

    assert listing("The Obama administration has pressed BP to add additional capacity to capture it.") == {
        ("administration", True, "a directive to a named party")}
    assert listing("Health Secretary Francisco Duque urged residents to delay their return to the Philippines for "
                   "five days.") == {("Duque", False, "a directive to someone no name says")}
    assert listing("BP also proposed setting up the unified command center in Houston, a decision Coast Guard and "
                   "Interior officials overruled.") == {("BP", False, "an organisation's own operation")}
    assert listing("BP had vowed to conduct the test, which would involve closing valves on the leaking well's newly "
                   "placed cap, by midday Tuesday.") == {("BP", False, "an act on a thing named elsewhere")}
    assert listing('President Barack Obama pledged on Thursday to "use every single available resource" and the U.S. '
                   "military ratcheted up preparations to help contain the oil slick.") == {
        ("Obama", False, "a word that takes no stance in public, on an issue of no known family")}
    assert listing('"Russia must give back Crimea," Zelensky said.') == {
        ("Zelensky", True, "land a party is to give or leave")}


def test_positions_all_says_why_a_row_is_not_listed(seeded_db_path, capsys):
    import csv

    from storyline.cli import main

    assert main(["positions", "--db", str(seeded_db_path), "--all", "--format", "csv"]) == 0
    rows = list(csv.DictReader(capsys.readouterr().out.splitlines()))
    left_out = [row for row in rows if row["listed"] == "False"]
    assert left_out, "the seeds store unlisted positions too"
    assert all(row["listing"] and "(not listed: " + row["listing"] + ")" in row["stance"] for row in left_out)
    assert all(row["listing"] and "not listed" not in row["stance"] for row in rows if row["listed"] == "True")


def test_what_a_transfer_goes_to_a_sum_moved_and_a_particle_stay_in_the_act(listed_of, raw_claims_of):
    # #14 (session 58, development: the Timeline17 development sheet, positions-t17dev-round58.tsv): 'halt payments'
    # named no payments, 'deposit oil company' read a past tense with its own object as a participle ("the company
    # deposited" as "the company, deposited"), 'set 20bn' lost the particle the tagger marks and the sum
    assert listed_of("Senators Charles Schumer and Ron Wyden sent a letter to Hayward earlier this week demanding "
                     "that payments to investors be halted during the clean-up.", "2010-06-04") == {
        ("Schumer", "halt payments to investors", "demand", True),
        ("Wyden", "halt payments to investors", "demand", True)}
    assert listed_of("BP is facing a bill of up to $34bn from the Gulf of Mexico disaster after US senators demanded "
                     "the oil company deposited $20bn into a ring-fenced account to meet escalating compensation "
                     "costs.", "2010-06-14") == {("senators", "deposit $20bn", "demand", True)}
    found = {(c.holder_text, c.issue, c.stance) for c in raw_claims_of(
        'In a televised statement following the discussions, President Obama said: "I am pleased to announce that BP '
        'has agreed to set aside $20bn for claims."', "2010-06-16")}
    # the sum as written where the model tags it as money (it does in the article), as the bare number where not
    assert found in ({("BP", "set aside $20bn", "accept")}, {("BP", "set aside 20bn", "accept")})


def test_calls_counted_are_calls_made_not_demands(listed_of):
    # #14 (session 58, development: H1N1_reuters 140; the light verb's infinitive made NASA's visits a demand)
    assert listed_of("NASA has made four previous servicing calls to Hubble to repair equipment and install new "
                     "science instruments.", "2009-04-30") == set()
    assert listed_of("Louisiana Sen. Mary Landrieu reiterated her call to end the moratorium on deep-water drilling.",
                     "2010-06-10") == {("Landrieu", "end moratorium on deep-water drilling", "demand", True)}


def test_the_we_of_a_spokespersons_quote_is_the_body_they_speak_for(listed_of):
    # #14 (session 58, development: the Timeline17 development sheet, round 58; both helpers failed Kendra Barkoff as
    # the holder of Interior's refusal)
    assert listed_of('"Under no circumstances are we going to allow them to reopen the well to extract oil and gas from '
                     'the Macondo well," Interior spokeswoman Kendra Barkoff told FoxNews.com.', "2010-08-06") == {
        ("Interior", "reopen Macondo well", "reject", True)}
    # the role in apposition after the name; not a speaker's own 'I'
    assert {holder for holder, *_ in listed_of('"We will never accept the occupation of Crimea," said Dmitry Peskov, '
                                               'the Kremlin spokesman.')} == {"Kremlin"}
    assert {holder for holder, *_ in listed_of('"I will never accept the occupation of Crimea," said Dmitry Peskov, '
                                               'the Kremlin spokesman.')} == {"Peskov"}


def test_a_stance_nouns_object_keeps_the_on_phrase_the_parser_hung_one_level_above_it(claims_of, nlp):
    # #14 (session 59; the polarity slip session 58's probing found): the parser hangs "on deepwater drilling" on
    # 'supporter' / 'voiced', so the issue under the stance noun was drilling itself (supported) or nothing at all
    assert claims_of("Clinton has been a strong supporter of the moratorium on deepwater drilling.", "2010-07-01") == [
        ("Clinton", "moratorium on deepwater drilling", "support", False)]
    assert claims_of("Senator John Kerry voiced opposition to the moratorium on deepwater drilling.", "2010-07-01") == [
        ("Kerry", "moratorium on deepwater drilling", "oppose", False)]
    # a time stays where the parser hung it, and the parse is put back as it was for the stages after positions
    from storyline.story.positions.words import object_phrases_reheaded
    parsed = nlp("Clinton has been a strong supporter of the moratorium on deepwater drilling.")
    heads = [t.head.i for t in parsed]
    with object_phrases_reheaded(parsed):
        assert parsed[9].head.text == "moratorium"
    assert [t.head.i for t in parsed] == heads
    parsed = nlp("Kerry voiced support for the ban on Tuesday.")
    with object_phrases_reheaded(parsed):
        assert parsed[6].head.text == "voiced"  # 'on Tuesday' says when he voiced it


def test_a_bare_thing_says_which_by_its_participle_its_fund_or_the_meeting_of_whom(claims_of, listed_of):
    # #14 (session 59, development: the Timeline17 development sheet 2, bpoil_washingtonpost, bpoil_reuters,
    # H1N1_guardian and bpoil_bbc -n 140: 'review law', 'set aside money', 'emergency meeting' named nothing)
    assert claims_of("The White House and U.S. lawmakers vowed to review a law limiting BP's liability for lost "
                     "revenues from fishing, tourism and other businesses to $75 million.", "2010-05-03") == [
        ("House", "review law limiting BP's liability for revenues", "propose", False)]
    assert claims_of("Obama demanded that BP put the money in an escrow account.", "2010-06-16") == [
        ("Obama", "put money in escrow account", "demand", False)]
    assert claims_of("Obama demanded that BP set aside money in a fund to compensate victims.", "2010-06-16") == [
        ("Obama", "set aside money in fund to compensate victims", "demand", False)]
    assert listed_of('The European Commission is calling for an emergency meeting of Europe\'s health ministers "as '
                     'soon as possible" to consider how to protect against the spread of the swine flu virus.',
                     "2009-04-28") == {("Commission", "emergency meeting of health ministers", "demand", True)}
    # a meeting 'of' no named party names none
    assert all(not listed for *_, listed in listed_of("Trump called for a meeting of the two leaders.", "2025-11-28"))
    # another's proposal a stance acts on is named by what it does, not by its field's label
    assert claims_of("At least two Democratic senators, Robert Menendez and Bill Nelson, have said they won't support "
                     "a climate proposal that encourages offshore drilling.", "2010-05-06") == [
        ("Menendez", "climate proposal to encourage offshore drilling", "oppose", False),
        ("Nelson", "climate proposal to encourage offshore drilling", "oppose", False)]


def test_recently_is_some_time_before_and_a_reports_opening_earlier_is_its_news_days(claims_of):
    # #14 (session 59, development: the Timeline17 development sheet 2, a week before the article was a guess for
    # "recently supported" (Obama's March expansion of drilling), and 'before' left out the day of "Earlier, ...")
    assert claims_of("Leading economist Lord Stern recently suggested environmental risks should be factored into "
                     "long-term investment decisions.", "2010-06-07") == [("Stern", "factor environmental risks",
                                                                            "propose", True)]
    assert claims_of("Earlier, the White House pledged not to expand offshore oil drilling until federal "
                     "investigations are completed.", "2010-04-30") == [
        ("House", "not expand offshore oil drilling", "propose", False)]
    assert claims_of("The White House had earlier pledged not to expand offshore oil drilling.", "2010-04-30") == [
        ("House", "not expand offshore oil drilling", "propose", True)]


def test_what_a_party_is_to_pay_for_is_the_act(claims_of):
    # #14 (session 59, development: the Timeline17 development sheets; "demanded that BP pay for the cleanup" gave
    # nothing: a paying verb with no object pays for what its 'for' phrase names, as "retaliate against Russia" acts on
    # its 'against' phrase)
    assert claims_of("Obama demanded that BP pay for the cleanup.", "2010-06-16") == [
        ("Obama", "pay for cleanup", "demand", False)]
    assert claims_of("Senator Bill Nelson called on BP to pay for all the damage.", "2010-06-16") == [
        ("Nelson", "pay for all damage", "demand", False)]
    # 'for' names what is acted on only after a paying verb: waiting for a report is no act on it
    assert claims_of("Obama demanded that the agency wait for the report.", "2010-06-16") == []
