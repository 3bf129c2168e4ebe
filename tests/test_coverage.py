"""The real-coverage check: a Timeline17 topic into a cached store and a reproducible judging sheet."""
from __future__ import annotations

import json

from conftest import seed_text

from storyline.eval.coverage import detokenise, draw_sample, format_report, run, tally, topic_articles
from storyline.store import Store


def test_detokenise_undoes_penn_treebank_tokens():
    tokens = "`` We are n't going to stop , '' Hayward said -LRB- Reuters -RRB- . It cost $ 3 billion ."
    assert detokenise(tokens) == '"We aren\'t going to stop," Hayward said (Reuters). It cost $3 billion.'


def test_detokenise_can_keep_which_way_each_quote_mark_faces():
    """H1N1_bbc: a quote left open by the multi-paragraph convention; alternate straight marks
    would turn every later pair inside out."""
    tokens = ("`` We are seeing now a mild disease . `` But we would hope for calm , '' he said . "
              "Fergus Walsh says the word `` pandemic '' sounds scary .")
    assert detokenise(tokens, directed_quotes=True) == (
        "“We are seeing now a mild disease. “But we would hope for calm,” he said. "
        "Fergus Walsh says the word “pandemic” sounds scary.")
    assert detokenise(tokens).endswith('the word" pandemic "sounds scary.')


def _topic(tmp_path, texts):
    folder = tmp_path / "spill_wire"
    folder.mkdir()
    articles = [{"uid": n, "dct": f"2010-06-{n + 1:02d}T00:00:00", "text": text} for n, text in enumerate(texts)]
    (folder / "articles.json").write_text(json.dumps(articles), encoding="utf-8")
    return folder


def test_articles_are_taken_at_even_steps_in_publication_order(tmp_path):
    folder = _topic(tmp_path, [f"Article number {n} ." for n in range(9)] + ["  "])
    picked = topic_articles(folder, 3)
    assert [a["published"] for a in picked] == ["2010-06-01", "2010-06-05", "2010-06-09"]
    assert {a["outlet"] for a in picked} == {"wire"}


def test_the_same_seed_draws_the_same_sample_from_the_cached_store(tmp_path, monkeypatch):
    monkeypatch.setenv("STORYLINE_CACHE", str(tmp_path / "cache"))
    paragraphs = [line for line in seed_text("004").split("\n") if len(line) > 150]  # the article body
    half = len(paragraphs) // 2
    folder = _topic(tmp_path, [" ".join(paragraphs[:half]), " ".join(paragraphs[half:])])
    first = run(str(folder), limit=2, seed=7)
    again = run(str(folder), limit=2, seed=7)
    assert first["ingest_errors"] == []
    assert first["documents"] == 2 and first["counts"]["quotes"] > 10
    assert again["store"] == first["store"]  # ingested once
    assert again["sample"] == first["sample"]
    store = Store(first["store"])
    five = [draw_sample(store, seed, {"quotes": 5})["quotes"] for seed in (7, 7, 8)]
    assert five[0] == five[1] != five[2] and len(five[0]) == 5
    sheet = format_report(first)
    assert sheet.count("- speaker right: ?") == len(first["sample"]["quotes"])
    assert tally(sheet)["quotes"]["speaker right"] == {"yes": 0, "no": 0, "open": len(first["sample"]["quotes"])}


def test_a_judged_sheet_is_counted_per_kind(tmp_path):
    sheet = tmp_path / "judged.md"
    sheet.write_text("## quotes\n\n### Q1\n- speaker right: yes\n- span right: no\n### Q2\n- speaker right: yes\n"
                     "- span right: yes\n\n## people\n\n### P1\n- one real person: no\n", encoding="utf-8")
    result = run(str(sheet))
    assert result["tally"]["quotes"]["speaker right"] == {"yes": 2, "no": 0, "open": 0}
    assert result["tally"]["quotes"]["span right"] == {"yes": 1, "no": 1, "open": 0}
    assert "people    one real person  0/1 = 0%" in format_report(result)
