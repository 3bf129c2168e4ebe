"""Timeline17 evaluation on a one-topic slice (skipped when the gold data is absent)."""
from __future__ import annotations

import json
import os
from datetime import date

import pytest

from storyline.eval import timeline17

from conftest import DATASETS

DATA = DATASETS / "timeline17"


def test_split_tokenised_sentences():
    text = " Cases rose to 27 .  He said `` it is bad . '' Then U.S. officials left !"
    assert timeline17.split_sentences(text) == ["Cases rose to 27 .", "He said `` it is bad . ''", "Then U.S. officials left !"]


def test_date_scores():
    from datetime import date

    scores = timeline17.date_scores({date(2010, 1, 1), date(2010, 1, 2)}, {date(2010, 1, 2), date(2010, 1, 3), date(2010, 1, 4)})
    assert scores["precision"] == 0.5 and abs(scores["recall"] - 1 / 3) < 1e-9


@pytest.fixture(scope="module")
def one_topic(tmp_path_factory):
    topic = DATA / "H1N1_guardian"
    if not topic.exists():
        pytest.skip(f"Timeline17 not present at {DATA}")
    pytest.importorskip("tilse", reason="tilse (the scorer news-tls uses) is not installed")
    slice_dir = tmp_path_factory.mktemp("t17")
    os.symlink(topic, slice_dir / topic.name)
    cache = tmp_path_factory.mktemp("t17cache")
    return timeline17.run(str(slice_dir), max_articles=12, cache_dir=cache), cache


def test_one_topic_through_the_product_scores_above_chance(one_topic):
    result, _ = one_topic
    assert result["n_timelines"] == 1
    row = result["per_timeline"][0]
    assert row["n_articles"] == 12 and row["n_ref_dates"] == 12
    assert 0 < row["n_pred_dates"] <= row["n_ref_dates"]
    assert all(len(sentences) <= row["sentences_per_date"] for _, sentences in row["timeline"])
    assert result["average"]["date"]["f_score"] > 0.2
    assert result["average"]["align_m1_rouge_1"]["f_score"] > 0.03
    assert "AR1-F" in timeline17.format_report(result)


def test_the_scored_timeline_is_what_storyline_timeline_prints(one_topic, capsys):
    from storyline.cli import main

    result, cache = one_topic
    row = result["per_timeline"][0]
    days = [day for day, _ in row["timeline"]]
    store = next(cache.glob("*.db"))
    reference = timeline17.load_reference(str(next((DATA / "H1N1_guardian").glob("*.timeline.json"))))
    first, last = min(reference).isoformat(), max(reference).isoformat()
    assert main(["timeline", "--db", str(store), "--dates", str(row["n_ref_dates"]), "--per-date",
                 str(row["sentences_per_date"]), "--since", first, "--until", last, "--format", "json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert sorted({r["timeline_date"] for r in printed}) == days
    assert [r["summary"] for r in printed] == [s for _, sentences in row["timeline"] for s in sentences]


def test_articles_are_detokenised_and_sampled_evenly():
    assert timeline17.detokenise("He said `` it is bad . '' -LRB- BP -RRB- 's cost") == 'He said "it is bad." (BP)\'s cost'
    articles = [{"uid": i, "dct": f"2010-05-{i + 1:02d}", "text": "x"} for i in range(20)]
    chosen = timeline17.sample_articles(articles, date(2010, 5, 3), date(2010, 5, 20), 4)
    assert [a["uid"] for a in chosen] == [2, 8, 13, 19]


def test_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="timeline17"):
        timeline17.run(str(tmp_path / "nope"))


def test_product_sentences_are_scored_in_the_references_tokens():
    # a real Timeline17 reference sentence (bpoil_bbc), detokenised as the product stores it
    reference = ("The ruptured well is finally sealed and `` effectively dead '' , says the top US federal official "
                 "overseeing the disaster , Coast Guard Adm Thad Allen .")
    stored = timeline17.detokenise(reference)
    assert stored.startswith('The ruptured well is finally sealed and "effectively dead", says')
    assert timeline17.as_reference_tokens(stored) == reference
    assert timeline17.as_reference_tokens("BP's well (the Macondo) didn't leak.") == \
        "BP 's well -LRB- the Macondo -RRB- did n't leak ."


def test_tokenised_sentences_match_the_reference_words():
    pytest.importorskip("tilse", reason="tilse (the scorer news-tls uses) is not installed")
    from collections import OrderedDict

    reference = OrderedDict({date(2010, 9, 19): ["BP 's ruptured well is finally sealed , says Thad Allen ."]})
    scores = timeline17._rouge_scores([(date(2010, 9, 19), ["BP's ruptured well is finally sealed, says Thad Allen."])],
                                      reference)
    assert scores["concat"]["rouge_1"]["f_score"] == 1.0
