"""The lemmatizer answered from a table (`nlp.lemma_table`) gives the shipped lemmatizer's lemmas on
real sentences: each sentence is parsed once up to the lemmatizer, then the model's own
EnglishLemmatizer and the table run on two copies."""
from __future__ import annotations

import pytest
from spacy.attrs import LEMMA

from storyline.nlp.lemma_table import LEMMATIZER, IndexList, LemmaTable, indexed_lookups

# From the seed articles and bpoil_foxnews / bpoil_reuters: inflected nouns and verbs the index
# decides ("leaks", "capped", "spilling", "fishermen"), comparatives, a proper noun, contractions
# the attribute_ruler lemmatises itself ("ai n't", "wo n't"), and a word repeated with two tags.
SENTENCES = [
    "BP said on Thursday it had capped the leaking well, and fishermen were spilling back into the bays.",
    "Officials estimated that 5,000 barrels a day were leaking, far more than BP's earlier figures.",
    "He ain't much of a leader,\" said one fisherman. We won't know what the effects are until later.",
    "The booms failed; the booming cleanup industry hired thousands of workers living in hotels.",
    "Russia's demands were rejected by Ukraine's leaders, who said the talks had produced nothing better.",
]


@pytest.fixture(scope="module")
def shipped():
    from storyline.nlp.spacy_model import load_spacy

    return load_spacy(as_shipped=True)


def _before_lemmatizer(nlp, text):
    doc = nlp.make_doc(text)
    for name, component in nlp.pipeline:
        if name == LEMMATIZER:
            return doc
        doc = component(doc)
    raise AssertionError("no lemmatizer in the pipeline")


@pytest.mark.parametrize("text", SENTENCES)
def test_table_gives_the_shipped_lemmas(nlp, shipped, text):
    table = nlp.get_pipe(LEMMATIZER)
    assert isinstance(table, LemmaTable)
    lemmatizer = shipped.get_pipe(LEMMATIZER)
    assert type(lemmatizer) is not LemmaTable
    parsed = _before_lemmatizer(shipped, text)
    by_shipped, by_table = lemmatizer(parsed.copy()), table(parsed.copy())
    assert [t.lemma_ for t in by_table] == [t.lemma_ for t in by_shipped]
    assert [t.lemma_ for t in table(parsed.copy())] == [t.lemma_ for t in by_shipped]  # from the warm table


def test_lemmas_the_ruler_set_are_kept(nlp):
    """'ai' gets 'be' from the attribute_ruler; the lemmatizer (overwrite false) leaves it."""
    doc = nlp("He ain't much of a leader. The leaders capped the wells.")
    assert [t.lemma_ for t in doc if t.text in ("ai", "leaders", "capped", "wells")] == ["be", "leader", "cap", "well"]
    again = doc.copy()
    again.from_array([LEMMA], doc.to_array([LEMMA]).reshape(-1, 1))
    assert [t.lemma_ for t in nlp.get_pipe(LEMMATIZER)(again)] == [t.lemma_ for t in doc]


def test_index_lists_answer_in_as_the_lists_do(shipped):
    lookups = shipped.get_pipe(LEMMATIZER).lookups
    fast = indexed_lookups(lookups)
    nouns, fast_nouns = lookups.get_table("lemma_index")["noun"], fast.get_table("lemma_index")["noun"]
    assert isinstance(fast_nouns, IndexList) and list(fast_nouns) == nouns
    for word in ("well", "fisherman", "capp", "spill", "xyzzy", ""):
        assert (word in fast_nouns) == (word in nouns)
    assert fast.get_table("lemma_rules") is lookups.get_table("lemma_rules")
    assert fast.to_bytes() == lookups.to_bytes()  # serialised as the shipped tables


def test_word_lemma_is_the_written_word_where_the_lemma_is_no_word(nlp):
    # #14 posissue25: issues read "share datum", "bill to hamstre CFPB" (PolNeAR dev, bpoil_guardian)
    doc = nlp("BP has refused to share data gathered by cameras, and a bill was designed to hamstring the CFPB and "
              "raise taxes on men; Democrats oppose efforts to defund it.")
    lemmas = {t.text: (t.lemma_, t._.word_lemma) for t in doc}
    assert lemmas["data"] == ("datum", "data")  # an exception-table singular while "data" is a word of its own
    assert lemmas["hamstring"] == ("hamstre", "hamstring")  # a guess the tables do not know; the word they do
    assert lemmas["cameras"] == ("camera", "camera")  # a plain plural stays
    assert lemmas["men"][1] == "men" and lemmas["defund"][1] == "defund"  # "men" is an index word; unknown stays
