"""Timeline17 evaluation on a one-topic slice (skipped when the gold data is absent)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from storyline.eval import timeline17

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "datasets" / "timeline17"


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
    return timeline17.run(str(slice_dir))


def test_one_topic_slice_scores_like_news_tls(one_topic):
    assert one_topic["n_timelines"] == 1
    row = one_topic["per_timeline"][0]
    assert row["n_pred_dates"] == row["n_ref_dates"] == 12
    assert all(len(sentences) <= row["sentences_per_date"] for _, sentences in row["timeline"])
    # well above chance on this topic; news-tls DATEWISE averages 0.544 date F1 and 0.120 AR1-F
    assert one_topic["average"]["date"]["f_score"] > 0.4
    assert one_topic["average"]["align_m1_rouge_1"]["f_score"] > 0.08
    assert "AR1-F" in timeline17.format_report(one_topic)


def test_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="timeline17"):
        timeline17.run(str(tmp_path / "nope"))
