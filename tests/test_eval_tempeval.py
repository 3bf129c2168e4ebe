"""The TempEval-3 timex evaluation: TimeML reading, TE3-style scoring, a small real run."""
from __future__ import annotations

import pytest

from conftest import dataset
from storyline.eval import tempeval
from storyline.eval.tempeval import Counts, GoldTimex, figures, read_timeml, score_document
from storyline.model import Timex


def system(start, end, value, type_="DATE"):
    return Timex(doc="d", start=start, end=end, text="x" * (end - start), type=type_, value=value, anchor=None)


def test_scoring_follows_the_te3_definitions():
    gold = [GoldTimex(0, 10, "", "DATE", "1998-01-08"), GoldTimex(20, 25, "", "DURATION", "P1W"),
            GoldTimex(40, 45, "", "DATE", "1998")]
    found = [system(0, 10, "1998-01-08"), system(22, 30, "P2W", "DURATION"), system(60, 65, "1999")]
    counts = Counts()
    score_document(gold, found, counts)
    result = figures(counts)
    assert result["strict"] == {"precision": pytest.approx(1 / 3, abs=1e-4), "recall": pytest.approx(1 / 3, abs=1e-4),
                                "f1": pytest.approx(1 / 3, abs=1e-4)}
    assert result["relaxed"]["precision"] == pytest.approx(2 / 3, abs=1e-4)
    assert result["relaxed"]["recall"] == pytest.approx(2 / 3, abs=1e-4)
    assert result["value_accuracy"] == 0.5  # one of the two overlapping pairs has the right value
    assert result["value"]["f1"] == pytest.approx(1 / 3, abs=1e-4)
    assert result["type_accuracy"] == 1.0


def test_scoring_with_nothing_found():
    counts = Counts()
    score_document([GoldTimex(0, 3, "now", "DATE", "PRESENT_REF")], [], counts)
    result = figures(counts)
    assert result["strict"]["f1"] == 0.0 and result["value"]["recall"] == 0.0


def test_reading_a_timebank_document():
    path = dataset("tempeval3", "TBAQ-cleaned", "TimeBank", "ABC19980108.1830.0711.tml")
    doc = read_timeml(path)
    assert doc.dct == "1998-01-08"
    assert doc.timexes, "gold timexes"
    for gold in doc.timexes:
        assert doc.text[gold.start:gold.end] == gold.text
    assert all(g.value != "1998-01-08" or g.text != "19980108" for g in doc.timexes)  # DCT not scored


def test_a_small_real_run_scores_well():
    path = dataset("tempeval3", "TBAQ-cleaned")
    result = tempeval.run(str(path / "TimeBank"), limit=8, parse=False)
    assert result["documents"] == 8
    assert result["relaxed"]["f1"] > 0.8
    assert result["value"]["f1"] > 0.6
    report = tempeval.format_report(result)
    assert "strict" in report and "value accuracy" in report


def test_missing_path_is_a_one_line_error(tmp_path, capsys):
    assert tempeval.main([str(tmp_path / "nowhere")]) == 1
    assert "no .tml files" in capsys.readouterr().err


def test_broken_file_is_skipped_and_named(tmp_path):
    (tmp_path / "bad.tml").write_text("<TimeML><TEXT>unclosed", encoding="utf-8")
    (tmp_path / "good.tml").write_text(
        '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2025-02-12" functionInDocument="CREATION_TIME">'
        'x</TIMEX3></DCT><TEXT>He spoke <TIMEX3 tid="t1" type="DATE" value="2025-02-12">Wednesday'
        '</TIMEX3>.</TEXT></TimeML>', encoding="utf-8")
    result = tempeval.run(str(tmp_path), parse=False)
    assert result["documents"] == 1
    assert "bad.tml" in result["skipped"][0]
    assert result["value"]["f1"] == 1.0


def test_error_list_names_the_document(capsys):
    path = dataset("tempeval3", "TBAQ-cleaned", "TimeBank")
    assert tempeval.main([str(path), "--limit", "3", "--no-parse", "--errors"]) == 0
    misses = [line.split("\t") for line in capsys.readouterr().out.splitlines() if "\t" in line]
    assert misses and all(len(m) == 5 and m[4].endswith(".tml") for m in misses)
