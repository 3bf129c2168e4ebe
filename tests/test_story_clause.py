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
])
def test_the_clause_is_cut_to_who_did_what(nlp, text, trigger, expected):
    assert _clause(nlp, text, trigger) == expected


def test_no_clause_headline_without_a_named_subject_or_for_a_noun(nlp):
    # a pronoun does not tell the reader who
    assert _clause(nlp, "He visited the coast on Friday to see the damage.", "visited") is None
    # a noun's clause is another happening: Salazar's trip, not the explosion
    assert _clause(nlp, "Salazar was traveling to the Gulf Coast on Friday to evaluate the impact of the explosion.",
                   "explosion") is None
