"""The shown text of a summarised timeline's sentence (story.shown_sentence), on sentences of real
coverage (Timeline17's articles and the seeds)."""
import pytest

from storyline.story.shown_sentence import shown_sentences


@pytest.mark.parametrize("sentence, shown", [
    # an agency dateline
    ("WASHINGTON (Reuters) - BP Plc Chief Executive Tony Hayward said on Thursday the oil spill in the Gulf of "
     "Mexico was preventable.",
     "BP Plc Chief Executive Tony Hayward said on Thursday the oil spill in the Gulf of Mexico was preventable."),
    # an attribution tail after what was said
    ("A strain of flu never seen before has killed up to 60 people in Mexico and also appeared in the United "
     "States, where eight people were infected but recovered, health officials said on Friday.",
     "A strain of flu never seen before has killed up to 60 people in Mexico and also appeared in the United "
     "States, where eight people were infected but recovered."),
    ("Obama will also travel to Louisiana on Friday, the White House said.",
     "Obama will also travel to Louisiana on Friday."),
    # a trailing adverbial clause (a saying verb's, a conjunction's)
    ("Shares in BP rose by over 4% this morning to 448p, indicating that traders remain confident that the "
     "annual dividend will be paid.",
     "Shares in BP rose by over 4% this morning to 448p."),
    ("BP embarked upon a high-risk \"top kill\" procedure using drilling mud last night to cap the catastrophic gush "
     "of oil in the Gulf of Mexico, as it faced fresh accusations of shortcuts in the hours before an explosion "
     "destroyed the Deepwater Horizon rig.",
     "BP embarked upon a high-risk \"top kill\" procedure using drilling mud last night to cap the catastrophic gush "
     "of oil in the Gulf of Mexico."),
    # a second clause joined at the end
    ("BP's first quarter dividend of $2.6 bn has already been declared, and will be paid on 21 June.",
     "BP's first quarter dividend of $2.6 bn has already been declared."),
    # a relative clause set off by commas, inside the sentence
    ("The test in the Gulf of Mexico, which was supposed to begin on Tuesday, will determine whether BP's new "
     "cap can contain the oil.",
     "The test in the Gulf of Mexico will determine whether BP's new cap can contain the oil."),
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
    # a sentence of the seeds with no clause to cut
    "Donald Trump spoke with Vladimir Putin by phone on Wednesday.",
])
def test_a_sentence_with_nothing_to_leave_out_is_shown_whole(nlp, sentence):
    assert shown_sentences([sentence], nlp) == [sentence]


def test_a_dateline_alone_is_shown_as_it_is(nlp):
    """Cutting it would leave nothing to show."""
    assert shown_sentences(["MEXICO CITY/GENEVA (Reuters) -"], nlp) == ["MEXICO CITY/GENEVA (Reuters) -"]
