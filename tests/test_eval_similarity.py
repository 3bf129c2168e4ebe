"""The similarity evaluations on slices of their gold sets (full runs: `storyline eval ...`)."""
from __future__ import annotations

from conftest import dataset, seed_path, seed_text

from storyline.eval import semeval2022, storychains
from storyline.model import Document


def test_semeval_similarity_tracks_overall_on_a_slice():
    result = semeval2022.run(str(dataset("semeval2022-task8-en", "dev.csv")), limit=24)
    assert result["pairs"] == 24
    assert result["pearson_overall"] >= 0.7
    assert "Pearson r with -Overall" in semeval2022.format_report(result)


def test_storychains_clusters_agree_with_coder1_on_a_slice():
    result = storychains.run(str(dataset("news-story-chains")), limit=50, incremental=False)
    scores = result["vs_coder1"]
    assert scores["pairs"] == 50 * 49 // 2
    assert scores["gold_positive"] > 5
    assert scores["f1"] >= 0.8
    assert "coder1" in storychains.format_report(result)


def test_seed_rewrite_pair_is_one_story():
    from storyline.dedup.stories import article_similarity, cluster_stories

    docs = [Document(id=p, source=str(seed_path(p)), text=seed_text(p)) for p in ("000", "001", "002", "003", "004")]
    docs[4].published = "2025-02-12"
    story_of = cluster_stories(docs)
    assert story_of["003"] == story_of["004"] == "004"
    assert article_similarity(seed_text("003"), seed_text("004")) > article_similarity(seed_text("002"), seed_text("004"))
