"""`storyline eval dating` end to end on a one-topic folder made of two seeds (003 rewrites 004)."""
from __future__ import annotations

import json

from storyline.eval import dating
from test_dating import body_of


def test_the_withheld_article_is_dated_through_the_store(tmp_path, nlp):
    topic = tmp_path / "t17" / "calls_seeds"
    topic.mkdir(parents=True)
    # up to the first photo caption: Timeline17 texts are one line, and a caption line is dropped whole
    bodies = {"003": body_of("003", "He subsequently appeared"), "004": body_of("004", "He then appeared")}
    articles = [{"uid": uid, "dct": "2025-02-12T00:00:00", "text": bodies[prefix]} for uid, prefix in ((1, "003"), (2, "004"))]
    (topic / "articles.json").write_text(json.dumps(articles), encoding="utf-8")
    result = dating.run(str(tmp_path / "t17"), withheld=1, dated=1, cache=tmp_path / "cache", nlp=nlp)
    figures = result["all"]["with_store"]
    # withheld 003: a rewrite of the dated 004; withheld 004: "February 12, 2025" in its own text
    assert figures["articles"] == 1 and figures["contains"] == 1.0 and figures["median_width_days"] <= 31
    assert result["topics"]["calls_seeds"]["half"] == "development"
    again = dating.run(str(tmp_path / "t17"), withheld=1, dated=1, cache=tmp_path / "cache", nlp=nlp)  # the kept store
    assert again["all"] == result["all"]
    assert "calls_seeds" in dating.format_report(result)


def test_the_report_lists_each_miss_with_the_clues_that_set_its_range():
    rows = [{"topic": "bpoil_x", "half": "held-out", "doc": "d1", "true": "2010-09-28", "with_store": (False, 90),
             "alone": (False, None), "range": ["2012-01-01", "2012-03-30"], "reasons": ["'April' (past): months named"]},
            {"topic": "bpoil_x", "half": "held-out", "doc": "d2", "true": "2010-06-01", "with_store": (True, 5),
             "alone": (False, None), "range": ["2010-05-30", "2010-06-03"], "reasons": ["writes out 'May 30, 2010'"]}]
    figures = {"with_store": dating._summary(rows, "with_store"), "alone": dating._summary(rows, "alone")}
    result = {"withheld_per_topic": 2, "dated_per_topic": 40, "seed": dating.SEED,
              "topics": {"bpoil_x": {"half": "held-out", **figures}}, "halves": {"held-out": figures}, "all": figures,
              "misses": [{key: row[key] for key in ("half", "topic", "doc", "true", "range", "reasons")}
                         for row in rows if not row["with_store"][0]]}
    report = dating.format_report(result)
    assert " true 2010-09-28  inferred 2012-01-01..2012-03-30" in report
    assert "'April' (past): months named" in report and "May 30, 2010" not in report
