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


def _timeml(body: str, dct: str = "2025-02-12") -> str:
    return (f'<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="{dct}" functionInDocument="CREATION_TIME">'
            f'x</TIMEX3></DCT><TEXT>{body}</TEXT></TimeML>')


def test_each_part_and_each_kind_gets_its_own_figures(tmp_path):
    (tmp_path / "PartA").mkdir()
    (tmp_path / "PartB").mkdir()
    (tmp_path / "PartA" / "a.tml").write_text(_timeml(
        'He spoke <TIMEX3 tid="t1" type="DATE" value="2025-02-12">Wednesday</TIMEX3> for '
        '<TIMEX3 tid="t2" type="DURATION" value="PT2H">two hours</TIMEX3>.'), encoding="utf-8")
    (tmp_path / "PartB" / "b.tml").write_text(_timeml(
        'Sales fell in <TIMEX3 tid="t1" type="DATE" value="PAST_REF">recent weeks</TIMEX3>.'), encoding="utf-8")
    result = tempeval.run(str(tmp_path), parse=False)
    assert set(result["parts"]) == {"PartA", "PartB"}
    assert result["parts"]["PartA"]["gold"] == 2 and result["parts"]["PartB"]["gold"] == 1
    assert result["parts"]["PartA"]["value"]["f1"] == 1.0
    assert result["by_type"]["DURATION"] == {"gold": 1, "relaxed_recall": 1.0, "strict_recall": 1.0,
                                             "value_accuracy": 1.0}
    assert result["by_kind"]["weekday"]["gold"] == 1
    # "recent weeks" is written PXW by the system, PAST_REF by this gold: found, wrong value
    assert result["by_kind"]["reference (now, recently, the future)"]["relaxed_recall"] == 1.0
    assert result["by_kind"]["reference (now, recently, the future)"]["value_accuracy"] == 0.0
    report = tempeval.format_report(result)
    assert "part PartA" in report and "by kind" in report and "ms/document" in report


@pytest.mark.parametrize("text, type_, value, kind", [
    ("the past year", "DURATION", "P1Y", '"the past year" / "the next few days"'),
    ("three hours", "DURATION", "PT3H", "duration"),
    ("every Monday", "SET", "XXXX-WXX-1", "set (daily, every week)"),
    ("the third quarter", "DATE", "1989-Q3", "quarter, half, fiscal year"),
    ("fiscal 1990", "DATE", "1990", "quarter, half, fiscal year"),
    ("5 p.m.", "TIME", "1989-11-06T17:00", "time of day"),
    ("a year ago", "DATE", "1988", "year/month ago, earlier"),
    ("1992", "DATE", "1992-XX-XX", "underspecified (X in value)"),
    ("Sept. 30", "DATE", "1989-09-30", "day (month and day)"),
])
def test_gold_kinds(text, type_, value, kind):
    assert tempeval.gold_kind(GoldTimex(0, len(text), text, type_, value)) == kind
