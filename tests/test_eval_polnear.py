"""The PolNeAR evaluation: reading brat standoff, span matching, and a run on a few dev documents."""
from __future__ import annotations


import pytest

from conftest import DATASETS

from storyline.eval import polnear
from storyline.eval.polnear import (
    format_report,
    load_split,
    locate,
    match_spans,
    parse_ann,
    RoleTotals,
    run,
    to_polnear_content,
)

POLNEAR = DATASETS / "polnear"
needs_polnear = pytest.mark.skipif(
    not (POLNEAR / "data" / "dev").is_dir(), reason=f"PolNeAR not found at {POLNEAR}"
)

ANN = """T1\tSource 89 106\tThe New York Post
T2\tCue 107 114\treports
T3\tContent 115 290\tthat Hillary Clinton's team avoided taking her to the emergency room
T4\tAttribution 107 114\treports
E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1
T5\tContent 300 320;340 360\tfirst half second half
T6\tCue 322 326\tsaid
T7\tAttribution 322 326\tsaid
E2\tAttribution:T7 Content:T5 Cue:T6
T8\tDiscard 400 410\tRead more
"""


def test_parse_ann_ties_spans_into_attributions():
    first, second = parse_ann(ANN)
    assert (first.source, first.cue, first.content) == ((89, 106), (107, 114), (115, 290))
    assert second.source is None  # an attribution without a source
    assert second.content == (300, 360)  # fragments joined from first start to last end


def test_matching_is_one_to_one_and_overlap_ignores_spaces():
    text = "abcdefghij klmnopqrst"
    counts = match_spans(text, [(0, 5), (2, 8)], [(0, 5)])
    assert (counts.exact, counts.overlap, counts.predicted, counts.gold) == (1, 1, 2, 1)
    assert match_spans(text, [(10, 11)], [(9, 12)]).overlap == 0  # only a space in common
    assert match_spans(text, [(9, 11)], [(10, 13)]).overlap == 0
    assert match_spans(text, [(9, 12)], [(10, 13)]).overlap == 1
    assert match_spans(text, [(10, 11)], [(10, 11)]).exact == 1
    assert match_spans(text, [(11, 14)], [(0, 5)]).overlap == 0


def test_role_totals_sum_each_documents_matches_per_role():
    first, second = parse_ann(ANN)
    totals = RoleTotals()
    totals.add("x" * 400, [first], [first, second])  # one attribution of two found, exactly
    totals.add("x" * 400, [second], [])  # one found where the gold has none
    content, source, cue = (totals.counts[role] for role in ("content", "source", "cue"))
    assert (content.predicted, content.gold, content.exact, content.overlap) == (2, 2, 1, 1)
    assert (source.predicted, source.gold, source.exact) == (1, 1, 1)
    assert (cue.predicted, cue.gold, cue.exact) == (2, 2, 1)
    assert totals.summary()["content"]["exact"] == {"p": 0.5, "r": 0.5, "f1": 0.5}


def test_predicted_content_follows_polnear_conventions():
    text = 'He said, “It is fine,” and left. She said it was over.'
    inner = text.index("It is fine")
    assert text[slice(*to_polnear_content(text, inner, inner + len("It is fine")))] == "“It is fine,”"
    indirect = text.index("it was over")
    assert text[slice(*to_polnear_content(text, indirect, len(text)))] == "it was over"


@needs_polnear
def test_dev_documents_load_with_their_text():
    documents = load_split(POLNEAR, "dev", limit=2)
    assert len(documents) == 2
    for document in documents:
        assert document.attributions
        for attribution in document.attributions:
            if attribution.cue is not None:
                assert document.text[slice(*attribution.cue)].strip()


@needs_polnear
def test_run_on_three_dev_documents_scores_all_roles():
    # paragraphs=False: leave the session-wide cached pipeline as other tests expect it
    result = run(str(POLNEAR), split="dev", limit=3, baseline=False, paragraphs=False, product=False)
    assert result["documents"] == 3
    for system, role in ((s, r) for s in ("storyline", "learned") for r in polnear.ROLES):
        row = result[system][role]
        assert row["gold"] > 0
        assert 0.5 < row["overlap"]["p"] <= 1.0
        assert row["overlap"]["r"] > 0.3
    assert result["throughput"]["storyline_words_per_s"] > 0
    report = format_report(result)
    assert "content" in report and "words/s" in report


@needs_polnear
def test_the_headline_row_scores_what_a_user_gets():
    result = run(str(POLNEAR), split="dev", limit=2, baseline=False, product=True)
    for role in polnear.ROLES:
        row = result["product"][role]
        assert row["gold"] > 0 and row["predicted"] > 0
        assert row["overlap"]["p"] > 0.5
    assert format_report(result).splitlines()[3].startswith("product")


def test_exported_spans_are_located_in_the_article_by_their_text():
    article = "Intro line.\nShe said the deal is off. Then she left."
    cleaned = "She said the deal is off. Then she left."  # the intro line cleaned away
    start = cleaned.index("the deal")
    assert article[slice(*locate(article, cleaned, start, start + 16))] == "the deal is off."
    assert locate(article, cleaned, None, None) is None
    spaced = "She said the deal\xa0is  off."  # cleaning normalised these spaces
    assert spaced[slice(*locate(spaced, cleaned, start, start + 16))] == "the deal\xa0is  off."
    assert locate(article, "Nothing like it", 0, 7) is None


def test_a_short_span_is_located_where_its_quote_moved():
    """Cleaning shifts the stored text: a speaker "he" is found next to its quote, not at the
    nearest "he" to its stored offsets."""
    article = ("A long caption line that cleaning takes away, and he is in it.\n"
               "Smith spoke. The plan works, he said. Later he left.")
    cleaned = "Smith spoke. The plan works, he said. Later he left."
    exported = {"documents": [{"id": "d1", "source": "articles.jsonl:1", "text": cleaned}],
                "quotes": [{"doc": "d1", "start": cleaned.index("The plan"), "end": cleaned.index(", he"),
                            "speaker_start": cleaned.index("he said"), "speaker_end": cleaned.index("he said") + 2,
                            "cue_start": cleaned.index("said"), "cue_end": cleaned.index("said") + 4}]}
    document = polnear.GoldDocument("d1", article)
    [found] = polnear.located_predictions([document], exported)[0]
    assert found.source == (article.index("he said"), article.index("he said") + 2)
    assert article[slice(*found.content)] == "The plan works"


def test_missing_path_is_a_one_line_error(tmp_path, capsys):
    assert polnear.main([str(tmp_path)]) == 1
    assert str(tmp_path) in capsys.readouterr().err
