"""Character offsets -> tokens (`nlp.spacy_model.span_at` / `token_at`), on a Doc built by hand as
spaCy's own tests do: offsets from regex matches and stored records rarely fall on token boundaries."""
from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from storyline.nlp.spacy_model import span_at, token_at

# "Hegseth said: no."  offsets: Hegseth 0-7, said 8-12, ':' 12, no 14-16, '.' 16
DOC = Doc(Vocab(), words=["Hegseth", "said", ":", "no", "."], spaces=[True, False, True, False, False])


def test_span_at_expands_to_the_tokens_the_characters_touch():
    assert [t.text for t in span_at(DOC, 2, 10)] == ["Hegseth", "said"]
    assert [t.text for t in span_at(DOC, 12, 16)] == [":", "no"]


def test_span_at_is_none_where_no_token_is_touched():
    assert DOC.char_span(7, 8, alignment_mode="expand") is not None  # spaCy gives an empty span there
    assert span_at(DOC, 7, 8) is None  # only the space after "Hegseth"
    assert span_at(DOC, 40, 45) is None  # past the text


def test_token_at_is_the_token_holding_the_character():
    assert token_at(DOC, 12).text == ":"
    assert token_at(DOC, 3).text == "Hegseth"
    assert token_at(DOC, 7) is None  # the space after "Hegseth"
    assert token_at(DOC, 17) is None  # past the text


def test_parse_columns_read_what_the_tokens_give(nlp):
    """The columns the cue model and the attribution tagger read instead of Token objects hold,
    token by token, what the Token attributes hold (on a real parsed sentence)."""
    from storyline.nlp.spacy_model import parse_columns, release_parse_columns

    parsed = nlp('BP chief executive Tony Hayward told reporters in Houston that the leak "will be stopped".')
    columns = parse_columns(parsed)
    assert parse_columns(parsed) is columns  # made once per parse
    for token in parsed:
        i = token.i
        assert (columns.text[i], columns.lower[i], columns.lemma[i]) == (token.text, token.lower_, token.lemma_.lower())
        assert (columns.pos[i], columns.tag[i], columns.dep[i]) == (token.pos_, token.tag_, token.dep_)
        assert (columns.ent_type[i], columns.idx[i], columns.head[i]) == (token.ent_type_, token.idx, token.head.i)
        assert columns.children[i] == [child.i for child in token.children]
    release_parse_columns(parsed)
    assert parse_columns(parsed) is not columns
