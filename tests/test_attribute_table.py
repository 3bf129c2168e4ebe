"""The attribute_ruler answered from a table (`nlp.attribute_table`) sets what the model's own
AttributeRuler sets, on real sentences: each sentence is parsed once, then the shipped ruler (built
from the same patterns) and the table run on two copies, followed by the lemmatizer."""
from __future__ import annotations

import warnings

import pytest
from spacy.pipeline.attributeruler import AttributeRuler

from storyline.nlp.attribute_table import RULER, AttributeTable, FixedRun, table_constraints

# From the seed articles and bpoil_foxnews: "'d", "'m", "n't", "ai", "wo", PRP / PRP$ / VB* words,
# "I" as subject (a DEP rule), "ai n't" (two tokens), "There are" (an expletive rule).
SENTENCES = [
    "I think something's going to happen and, if it doesn't I'd just back away and they have to keep going.",
    "Their people are being killed, and I think they have to make peace.",
    "No, I haven't done that.  I'm backing Ukraine.",
    "He ain't much of a leader,\" said one fisherman.",
    "It's the worst thing that could happen, and we won't know what the effects are until later.",
    "There are no quick fixes, BP said of the well itself.\n\nHopefully we won't learn anything about it.",
]


def _before_ruler(nlp, text):
    """The Doc as the components before the ruler leave it."""
    doc = nlp.make_doc(text)
    for name, component in nlp.pipeline:
        if name == RULER:
            return doc
        doc = component(doc)
    raise AssertionError("no attribute_ruler in the pipeline")


def _attributes(doc):
    return [(t.text, t.tag_, t.dep_, t.pos_, str(t.morph), t.lemma_) for t in doc]


@pytest.mark.parametrize("text", SENTENCES)
def test_table_sets_what_the_shipped_ruler_sets(nlp, text):
    table = nlp.get_pipe(RULER)
    assert isinstance(table, AttributeTable)
    shipped = AttributeRuler(nlp.vocab)
    shipped.add_patterns(table.patterns)
    lemmatizer = nlp.get_pipe("lemmatizer")
    parsed = _before_ruler(nlp, text)
    by_ruler, by_table = lemmatizer(shipped(parsed.copy())), lemmatizer(table(parsed.copy()))
    assert _attributes(by_table) == _attributes(by_ruler)
    with warnings.catch_warnings():  # the lemmatizer warns of the missing POS, as it should
        warnings.simplefilter("ignore")
        assert _attributes(by_table) != _attributes(lemmatizer(parsed.copy()))  # the rules did set something


def test_the_word_specific_exceptions_hold(nlp):
    """The model's exceptions as the table gives them: "ai n't" (a two-token Matcher rule),
    "wo" -> "will", "'m" -> AUX "be" with its morphology, "I" as subject (a DEP rule)."""
    doc = nlp("He ain't much of a leader. We won't know. I'm backing Ukraine.")
    by_text = {t.text: t for t in doc}
    assert by_text["ai"].lemma_ == "be"
    assert by_text["wo"].lemma_ == "will"
    assert (by_text["'m"].pos_, by_text["'m"].lemma_) == ("AUX", "be")
    assert str(by_text["'m"].morph) == "Mood=Ind|Number=Sing|Person=1|Tense=Pres|VerbForm=Fin"
    assert str(by_text["I"].morph) == "Case=Nom|Number=Sing|Person=1|PronType=Prs"


def test_one_token_rules_go_to_the_table_and_the_rest_to_the_matcher():
    """Shapes from the model's own patterns: one token with equality, IN, NOT_IN or IS_SPACE
    constraints is a table rule; several tokens, REGEX, an operator or an attribute the table does
    not write stay with the Matcher."""
    assert table_constraints({"patterns": [[{"TAG": "PRP", "LOWER": {"IN": ["we", "us"]}}]],
                              "attrs": {"POS": "PRON"}, "index": 0}) is not None
    assert table_constraints({"patterns": [[{"LOWER": "i", "DEP": "nsubj"}]], "attrs": {"MORPH": "Case=Nom"}}) is not None
    assert table_constraints({"patterns": [[{"IS_SPACE": True, "DEP": {"NOT_IN": [""]}}]],
                              "attrs": {"DEP": "dep"}}) is not None
    assert table_constraints({"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "go"}}) is None
    assert table_constraints({"patterns": [[{"LOWER": {"REGEX": "^y'?$"}}]], "attrs": {"LEMMA": "you"}}) is None
    assert table_constraints({"patterns": [[{"LOWER": "ca", "OP": "?"}]], "attrs": {"LEMMA": "can"}}) is None
    assert table_constraints({"patterns": [[{"LOWER": "ca"}]], "attrs": {"NORM": "can"}}) is None


def test_table_survives_serialisation(nlp):
    """`to_bytes` / `from_bytes` (how a pipeline is saved and copied) keeps the patterns and the output."""
    table = nlp.get_pipe(RULER)
    copy = AttributeTable(nlp.vocab).from_bytes(table.to_bytes())
    assert copy.patterns == table.patterns
    parsed = _before_ruler(nlp, SENTENCES[0])
    assert _attributes(copy(parsed.copy())) == _attributes(table(parsed.copy()))


def test_fixed_runs_match_what_the_matcher_matches(nlp):
    """The multi-token and REGEX rules matched in numpy (`FixedRun`) give the Matcher's (rule, start, end)
    on text where each of the model's such rules fires ('ai n't', "nothin'", 'gon na', 'got ta', "let 's",
    "c'm on", "y' all", an expletive before 'is'), and a run with an operator stays with the Matcher."""
    from spacy.matcher import Matcher

    table = nlp.get_pipe(RULER)
    table.build_table()
    assert table._runs and table._residual is None  # the model's nine such rules are all fixed runs
    matcher = Matcher(nlp.vocab)
    for number, _ in table._runs:
        matcher.add(str(number), table.patterns[number]["patterns"])
    text = ("I ain't gonna do it, y'all. Ain't nothin' like it. Y' all know we gotta go. C'mon, let's go! "
            "There is a man. There's hope. AI N'T it? Gon na. GOT TA. y all. Nuthin'.")
    for doc in [_before_ruler(nlp, text)] + [_before_ruler(nlp, sentence) for sentence in SENTENCES]:
        expected = []
        for key, start, end in matcher(doc, allow_missing=True, as_spans=False):
            number = int(nlp.vocab.strings[key])
            index = table._residual_attrs[number][2]
            expected.append((number, start + (index if index >= 0 else end - start + index)))
        assert table._residual_matches(doc) == sorted(expected)
    assert len(table._residual_matches(_before_ruler(nlp, text))) >= 9
    assert FixedRun.of([{"LOWER": "ca", "OP": "?"}], nlp.vocab.strings) is None
    assert FixedRun.of([{"LOWER": {"FUZZY": "can"}}], nlp.vocab.strings) is None
