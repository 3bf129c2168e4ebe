"""Rule tests of nlp/time on `Doc`s built by hand (as spaCy's own tests do), so they do not
depend on the statistical parse; the real-text tests are in test_timex.py and test_dating.py."""
from __future__ import annotations

import json

import pytest
import spacy
from spacy.tokens import Doc

from storyline.nlp.time import RuleKind, TimeRule, extract_timexes, resolve_rule
from storyline.model import Document
from storyline.nlp.time.component import SPAN_KEY, release_timex_spans, timexes_of


def hand_parsed(words, tags, heads, deps, pos, lemmas=None):
    """A parsed Doc from token attributes written out; heads are absolute token indices."""
    vocab = spacy.blank("en").vocab
    spaces = [i + 1 < len(words) and words[i + 1] not in ".," for i in range(len(words))]
    return Doc(vocab, words=words, spaces=spaces, tags=tags, heads=heads, deps=deps, pos=pos,
               lemmas=lemmas or [w.lower() for w in words])


def test_future_auxiliary_on_the_governing_verb_puts_a_bare_weekday_ahead():
    doc = hand_parsed(["They", "will", "meet", "Friday", "."],
                      ["PRP", "MD", "VB", "NNP", "."], [2, 2, 2, 2, 2],
                      ["nsubj", "aux", "ROOT", "npadvmod", "punct"], ["PRON", "AUX", "VERB", "PROPN", "PUNCT"])
    found = extract_timexes(doc.text, "2025-02-12", parsed=doc)
    assert [(t.text, t.value) for t in found] == [("Friday", "2025-02-14")]


def test_past_tense_verb_puts_a_bare_weekday_behind():
    doc = hand_parsed(["They", "met", "Friday", "."], ["PRP", "VBD", "NNP", "."], [1, 1, 1, 1],
                      ["nsubj", "ROOT", "npadvmod", "punct"], ["PRON", "VERB", "PROPN", "PUNCT"])
    found = extract_timexes(doc.text, "2025-02-12", parsed=doc)
    assert [(t.text, t.value) for t in found] == [("Friday", "2025-02-07")]


def test_news_present_of_a_non_reporting_verb_looks_ahead_but_a_reporting_verb_does_not():
    arrives = hand_parsed(["He", "arrives", "Friday", "."], ["PRP", "VBZ", "NNP", "."], [1, 1, 1, 1],
                          ["nsubj", "ROOT", "npadvmod", "punct"], ["PRON", "VERB", "PROPN", "PUNCT"],
                          ["he", "arrive", "friday", "."])
    says = hand_parsed(["He", "says", "Friday", "."], ["PRP", "VBZ", "NNP", "."], [1, 1, 1, 1],
                       ["nsubj", "ROOT", "npadvmod", "punct"], ["PRON", "VERB", "PROPN", "PUNCT"],
                       ["he", "say", "friday", "."])
    assert extract_timexes(arrives.text, "2025-02-12", parsed=arrives)[0].value == "2025-02-14"
    assert extract_timexes(says.text, "2025-02-12", parsed=says)[0].value == "2025-02-07"


def test_a_rule_keeps_the_short_json_keys_and_reads_back_the_same():
    timex = extract_timexes("The talks resume next Tuesday morning.", "2025-02-12")[0]
    data = json.loads(timex.rule)
    assert data == {"k": "weekday", "w": 2, "shift": 1, "pod": "MO"}
    rule = TimeRule.from_json(timex.rule)
    assert (rule.kind, rule.weekday, rule.shift, rule.part_of_day) == (RuleKind.WEEKDAY, 2, 1, "MO")
    assert rule.to_dict() == data
    assert resolve_rule(rule, "2025-02-12") == timex.value == "2025-02-18TMO"


def test_a_rule_stored_by_an_earlier_release_still_resolves():
    """Earlier releases wrote unset keys as nulls ("dir": null, "shift": null)."""
    stored = '{"dir": null, "h": "thanksgiving day", "k": "holiday", "shift": null}'
    assert resolve_rule(TimeRule.from_json(stored), "2000-01-07") == "1999-11-25"
    anaphoric = TimeRule.from_json('{"k": "shift", "n": 1, "ref": "previous", "u": "D"}')
    assert anaphoric.after_previous and resolve_rule(anaphoric, "2025-02-12") == "2025-02-13"


@pytest.mark.parametrize("stored", ["{not json", "[1, 2]", '{"k": "no such kind"}', None])
def test_an_unreadable_rule_becomes_the_stored_value(stored):
    rule = TimeRule.from_json(stored, "2014")
    assert rule.is_constant and resolve_rule(rule, None) == "2014"


def test_the_component_writes_time_expressions_to_doc_spans():
    nlp = spacy.blank("en")
    component = nlp.add_pipe("storyline_timex")
    doc = nlp.make_doc("Putin called on Monday; the summit is set for March 3, 2025 and talks lasted three hours.")
    doc._.dct = "2025-02-12"
    doc = component(doc)
    spans = doc.spans[SPAN_KEY]
    assert [(span.text, span.label_, span._.timex.value) for span in spans] == [
        ("Monday", "DATE", "2025-02-10"), ("March 3, 2025", "DATE", "2025-03-03"),
        ("three hours", "DURATION", "PT3H")]


def test_in_the_ingest_pipeline_the_component_anchors_on_the_document_and_skips_other_docs():
    nlp = spacy.blank("en")
    nlp.add_pipe("storyline_timex", config={"documents_only": True})
    text = "Talks resumed on Monday."
    dated = Document(id="d1", source="d1.txt", text=text, published="2025-02-12")
    undated = Document(id="d2", source="d2.txt", text=text)
    (doc_dated, _), (doc_undated, _) = nlp.pipe([(text, dated), (text, undated)], as_tuples=True)
    assert [(s.text, s._.timex.value, s._.timex.doc) for s in doc_dated.spans[SPAN_KEY]] == [
        ("Monday", "2025-02-10", "d1")]
    assert [(s.text, s._.timex.value, s._.timex.doc) for s in doc_undated.spans[SPAN_KEY]] == [
        ("Monday", None, "d2")]  # found, but a weekday without an anchor has no day
    assert SPAN_KEY not in nlp(text).spans  # a Doc parsed for anything else pays nothing


def test_the_analysis_reads_the_components_spans_instead_of_extracting_again():
    nlp = spacy.blank("en")
    nlp.add_pipe("storyline_timex", config={"documents_only": True})
    document = Document(id="d1", source="d1.txt", text="Talks resumed on Monday.", published="2025-02-12")
    (doc, _), = nlp.pipe([(document.text, document)], as_tuples=True)
    doc.spans[SPAN_KEY][0]._.timex.value = "marked"  # what the component wrote is what the analysis takes
    assert [t.value for t in timexes_of(doc, document)] == ["marked"]
    bare = nlp.make_doc(document.text)  # the component did not run: its code runs now, once
    assert [t.value for t in timexes_of(bare, document)] == ["2025-02-10"]
    release_timex_spans(bare)
    assert SPAN_KEY not in bare.spans and not [key for key in bare.user_data if key[:2] == ("._.", "timex")]


def test_a_day_named_as_a_limit_lies_ahead_even_in_a_past_tense_clause():
    doc = hand_parsed(["INS", "extended", "the", "deadline", "until", "Tuesday", "."],
                      ["NNP", "VBD", "DT", "NN", "IN", "NNP", "."], [1, 1, 3, 1, 1, 4, 1],
                      ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
                      ["PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"])
    found = extract_timexes(doc.text, "2000-04-03", parsed=doc)
    assert [(t.text, t.value) for t in found] == [("Tuesday", "2000-04-04")]
    met = hand_parsed(["They", "met", "Tuesday", "."], ["PRP", "VBD", "NNP", "."], [1, 1, 1, 1],
                      ["nsubj", "ROOT", "npadvmod", "punct"], ["PRON", "VERB", "PROPN", "PUNCT"])
    assert extract_timexes(met.text, "2000-04-03", parsed=met)[0].value == "2000-03-28"


@pytest.mark.parametrize("sentence, text, value", [
    ("It began in the winter of nineteen ninety-four.", "the winter of nineteen ninety-four", "1994-WI"),
    ("He left in January nineteen ninety-seven.", "January nineteen ninety-seven", "1997-01"),
    ("By the year two thousand and one, it was gone.", "the year two thousand and one", "2001"),
])
def test_years_spoken_as_words_take_their_month_or_season(sentence, text, value):
    found = extract_timexes(sentence, "1998-01-08")
    assert [(t.text, t.value) for t in found] == [(text, value)]


def test_a_bare_two_thousand_is_a_number_not_a_year():
    assert extract_timexes("Some two thousand people marched.", "1998-01-08") == []
