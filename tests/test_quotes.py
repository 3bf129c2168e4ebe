"""Quotes and their speakers on the bundled seed articles (real text)."""
from __future__ import annotations

from pathlib import Path

import pytest

from storyline.nlp.entities import extract_mentions, extract_roles, link_entities
from storyline.nlp.paragraphs import paragraph_boundaries
from storyline.nlp.quotes import extract_quotes, find_quote_spans, resolve_speaker
from storyline.nlp.spacy_model import load_spacy

SEEDS = Path(__file__).resolve().parents[1] / "src" / "storyline" / "data" / "seeds"


@pytest.fixture(scope="module")
def nlp():
    return load_spacy()


@pytest.fixture(scope="module")
def seed_texts():
    return {path.name[:3]: path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))}


@pytest.fixture(scope="module")
def parsed_seeds(nlp, seed_texts):
    return {doc_id: nlp(text) for doc_id, text in seed_texts.items()}


@pytest.fixture(scope="module")
def seed_quotes(parsed_seeds):
    return {doc_id: extract_quotes(parsed, doc_id) for doc_id, parsed in parsed_seeds.items()}


def _quote_with(quotes, fragment):
    matches = [q for q in quotes if fragment in q.text]
    assert matches, f"no quote contains {fragment!r}"
    return matches[0]


# (seed, fragment of the quote, speaker as written, entity mention it resolves to, kind)
SEED_QUOTES = [
    ("004", "Chasing this illusionary goal", "Hegseth", "Hegseth", "direct"),
    ("003", "Chasing this illusionary goal", "Hegseth", "Hegseth", "direct"),
    ("004", "Again, these negotiations are ongoing", "she", "Karoline Leavitt", "direct"),
    ("003", "Again, these negotiations are ongoing", "she", "Karoline Leavitt", "direct"),
    ("004", "I will allow the president to divulge", "she", "Karoline Leavitt", "direct"),
    ("004", "I believe the reason that Donald Trump says", "she", "Kamala Harris", "direct"),
    ("004", "I said that was not a good war", "he", "Trump", "direct"),
    ("004", "He, like President Putin, wants to make PEACE", "Trump", "Trump", "direct"),
    ("001", "The signals are positive", "Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", "direct"),
    ("001", "You’re 38 days from losing your allowance", "Trump’s son", "Donald Trump Jr.", "direct"),
    ("002", "big egos involved", "Trump", "Trump", "mixed"),
    ("002", "I think something's going to happen", "Trump", "Trump", "direct"),
    ("002", "ready to work", "Putin", "Putin", "mixed"),
    ("002", "banking on the idea", "The Associated Press", "Associated Press", "mixed"),
    ("000", "People have always tried to outsmart me", "Trump", "Trump", "direct"),
    ("000", "like selling them their own leg for nothing", "One diplomat", None, "direct"),
]


@pytest.mark.parametrize("doc_id, fragment, speaker_text, reference, kind", SEED_QUOTES)
def test_seed_quotes_have_the_right_speaker(seed_quotes, doc_id, fragment, speaker_text, reference, kind):
    quote = _quote_with(seed_quotes[doc_id], fragment)
    assert quote.speaker_text == speaker_text
    assert quote.speaker_ref_text == reference
    assert quote.kind == kind


def test_indirect_speech_keeps_a_non_person_source(seed_quotes):
    quote = _quote_with(seed_quotes["004"], "Trump called Zelenskyy after his discussion")
    assert quote.kind == "indirect"
    assert quote.speaker_text == "Zelenskyy's spokesperson"
    assert quote.speaker_ref_text is None  # the spokesperson is not Zelenskyy
    assert quote.cue == "told"


def test_indirect_speech_with_that_clause(seed_quotes):
    quote = _quote_with(seed_quotes["001"], "Kyiv would need to give up any aspirations")
    assert (quote.kind, quote.speaker_ref_text, quote.cue) == ("indirect", "Bryan Lanza", "remarked")


def test_every_quoted_sentence_in_the_article_body_is_attributed(seed_quotes, seed_texts):
    text = seed_texts["004"]
    body_end = text.index("ABC News' Ellie Kaufman")
    for span in find_quote_spans(text[:body_end]):
        if len(text[span.start : span.end].split()) < 3:
            continue
        assert any(q.start < span.end and span.start < q.end for q in seed_quotes["004"]), text[span.start : span.end]


def test_offsets_point_into_the_text(seed_quotes, seed_texts):
    for doc_id, quotes in seed_quotes.items():
        text = seed_texts[doc_id]
        for quote in quotes:
            assert text[quote.start : quote.end] == quote.text
            assert text[quote.cue_start : quote.cue_end] == quote.cue
            if quote.speaker_start is not None:
                assert text[quote.speaker_start : quote.speaker_end] == quote.speaker_text
            if quote.speaker_ref_start is not None:
                assert text[quote.speaker_ref_start : quote.speaker_ref_end] == quote.speaker_ref_text


def test_speaker_entity_comes_from_the_mention_map(parsed_seeds, seed_quotes):
    mentions, roles = [], []
    for doc_id, parsed in parsed_seeds.items():
        mentions += extract_mentions(parsed, doc_id)
        roles += extract_roles(parsed, doc_id)
    _, mention_map = link_entities(mentions, roles)
    leavitt = _quote_with(seed_quotes["004"], "Again, these negotiations are ongoing")
    assert resolve_speaker(leavitt, mention_map) == "person:karoline-leavitt"
    diplomat = _quote_with(seed_quotes["000"], "like selling them their own leg")
    assert resolve_speaker(diplomat, mention_map) is None
    hegseth = _quote_with(seed_quotes["003"], "Chasing this illusionary goal")
    assert resolve_speaker(hegseth, mention_map) == "person:pete-hegseth"


def test_inverted_and_passive_cues(nlp):
    parsed = nlp('"We will not give up Donetsk," said Zelenskyy. The plan was described by Peskov as "absurd and dangerous."')
    quotes = extract_quotes(parsed, "x")
    assert [(q.speaker_text, q.cue, q.kind) for q in quotes] == [
        ("Zelenskyy", "said", "direct"),
        ("Peskov", "was described", "direct"),
    ]


def test_an_odd_quote_mark_neither_crashes_nor_swallows_the_article(nlp, seed_texts):
    text = seed_texts["004"].replace("Trump also spoke with", 'Trump "also spoke with', 1)
    quotes = extract_quotes(nlp(text), "odd")
    hegseth = _quote_with(quotes, "Chasing this illusionary goal")
    assert hegseth.speaker_text == "Hegseth"
    assert all(len(q.text) < 1000 for q in quotes)


def test_quote_marks_straight_curly_guillemets_and_paragraphs():
    text = 'He said "one two" and «trois quatre» then “five\n\n“six seven.” A stray " mark\nends here.'
    spans = [text[s.start : s.end] for s in find_quote_spans(text)]
    assert spans == ['"one two"', "«trois quatre»", "“five\n\n“six seven.”"]


def test_stances_are_reported_only_when_asked(parsed_seeds):
    """'Trump echoed some of Hegseth's comments' is a PolNeAR attribution, not a quote."""
    speech = extract_quotes(parsed_seeds["004"], "004")
    everything = extract_quotes(parsed_seeds["004"], "004", attitudes=True)
    assert not any(q.cue == "echoed" for q in speech)
    echoed = _quote_with(everything, "some of Hegseth's comments")
    assert (echoed.speaker_text, echoed.cue, echoed.kind) == ("Trump", "echoed", "indirect")


def test_pronoun_skips_a_person_of_the_other_gender(nlp):
    parsed = nlp('Ms. Jones met Mr. Smith in Kyiv on Monday. "We will not give up," he said.')
    quote = _quote_with(extract_quotes(parsed, "x"), "We will not give up")
    assert (quote.speaker_text, quote.speaker_ref_text) == ("he", "Smith")


POLNEAR_TRANSCRIPT = (
    Path(__file__).resolve().parents[2]
    / "shared/datasets/polnear/data/train/text/breitbart_2016-07-10_ok-gov-fallin-trump-is-trying-to.txt"
)


@pytest.mark.skipif(not POLNEAR_TRANSCRIPT.exists(), reason=f"PolNeAR not found at {POLNEAR_TRANSCRIPT}")
def test_transcript_lines_are_quoted_by_their_speaker(nlp):
    text = POLNEAR_TRANSCRIPT.read_text(encoding="utf-8")
    quotes = extract_quotes(nlp(text), "fallin")
    answer = _quote_with(quotes, "I think he is trying to campaign as a racial healer")
    assert (answer.speaker_text, answer.cue) == ("FALLIN", ":")
    assert not any(q.speaker_text == "I" for q in quotes)  # "I think" inside the answer is not a new quote


def test_a_line_break_starts_a_sentence(nlp):
    doc = paragraph_boundaries(nlp.make_doc("AFP via Getty Images\n\nWhite House press secretary Karoline Leavitt"))
    starts = [token.text for token in doc if token.is_sent_start]
    assert "White" in starts and "House" not in starts


def _attribution_with(quotes, fragment):
    return next((q for q in quotes if fragment in q.text), None)


def test_polls_and_evidence_are_sources_of_what_they_show(nlp):
    text = (
        "In the CBS poll, Trump’s lead over Cruz remained in double digits.\n\n"
        "Several polls show Sanders within two points of Clinton.\n"
    )
    quotes = extract_quotes(nlp(text), "t", attitudes=True)
    in_poll = _attribution_with(quotes, "lead over Cruz")
    assert in_poll is not None and in_poll.speaker_text == "the CBS poll" and in_poll.cue == "In"
    shows = _attribution_with(quotes, "Sanders within two points")
    assert shows is not None and shows.speaker_text == "Several polls"
    assert extract_quotes(nlp(text), "t") == []  # not "who said what"


def test_stated_internal_states_with_and_without_a_source(nlp):
    text = (
        "Some Democrats are concerned that Sanders’ tactics could make it more difficult to unite.\n\n"
        "Donald Trump on Tuesday seemed to imply that people with guns could stop Hillary Clinton.\n"
    )
    quotes = extract_quotes(nlp(text), "t", attitudes=True)
    concerned = _attribution_with(quotes, "Sanders’ tactics")
    assert concerned is not None and concerned.speaker_text == "Some Democrats"
    seemed = _attribution_with(quotes, "people with guns")
    assert seemed is not None and seemed.cue == "seemed" and seemed.speaker_text is None


def test_the_learned_cue_model_ships_and_rates_cues(nlp):
    from storyline.nlp.cue_model import MODEL_PATH, cue_probability

    assert MODEL_PATH.exists()
    parsed = nlp("Cruz blamed Trump for the loss. The bridge was supported by steel beams.")
    blamed = next(t for t in parsed if t.lower_ == "blamed")
    beams = next(t for t in parsed if t.lower_ == "beams")
    assert cue_probability(blamed) > 0.5 > cue_probability(beams)
