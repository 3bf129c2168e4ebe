"""Character offsets -> tokens (`nlp.spacy_model.span_at` / `token_at`), on a Doc built by hand as
spaCy's own tests do: offsets from regex matches and stored records rarely fall on token boundaries."""
from __future__ import annotations

import pytest
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


def test_kept_texts_and_sentence_starts_are_what_the_tokens_give(nlp):
    """`span_text` and `sentence_start` stand in for spaCy's `Span.text` and `Token.sent.start`
    (which make Token objects on every access): the same on every span of a text with double
    spaces, a tab, a paragraph break and a span ending at the document's end."""
    from storyline.nlp.spacy_model import parse_columns, sentence_start, span_text

    parsed = nlp('He left.  Then\tshe said "no".\n\nIt rained in Zürich. ')
    columns = parse_columns(parsed)
    for token in parsed:
        assert columns.space[token.i] == bool(token.whitespace_)
        assert sentence_start(parsed, token.i) == token.sent.start
    for start in range(len(parsed) + 1):
        for end in range(start, len(parsed) + 1):
            assert span_text(parsed[start:end]) == parsed[start:end].text


def test_sentence_starts_of_a_hand_built_doc_and_of_one_with_none():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from storyline.nlp.spacy_model import sentence_start, text_of

    marked = Doc(Vocab(), words=list("abcd"), sent_starts=[True, None, True, None])
    assert [sentence_start(marked, i) for i in range(4)] == [0, 0, 2, 2]
    unmarked = Doc(Vocab(), words=["He", "left", ".", "She", "stayed", "."])
    with pytest.raises(ValueError):
        unmarked[4].sent
    with pytest.raises(ValueError):  # as Token.sent: no sentence boundaries, no sentence start
        sentence_start(unmarked, 4)
    assert text_of(unmarked) == "He left . She stayed . "  # kept in the user data
    part = unmarked[3:].as_doc(copy_user_data=True)  # which the part copies
    assert text_of(part) == part.text == "She stayed . "
