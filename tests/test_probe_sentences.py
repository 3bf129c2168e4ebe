"""scripts/probe_sentences.py: the probe file's format and the before/after comparison the judged README quotes."""
from __future__ import annotations

import importlib.util
import json

from conftest import REPO

_spec = importlib.util.spec_from_file_location("probe_sentences", REPO / "scripts" / "probe_sentences.py")
probe_sentences = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(probe_sentences)


def test_a_context_line_goes_before_the_sentences_after_it(tmp_path):
    path = tmp_path / "probes.txt"
    path.write_text("# a comment\nFirst alone.\ncontext: Volodymyr Zelenskyy spoke.\n\nZelenskyy said no.\n",
                    encoding="utf-8")
    assert probe_sentences.probes(str(path)) == [("", "First alone."), ("Volodymyr Zelenskyy spoke.", "Zelenskyy said no.")]


def test_a_context_list_of_names_ends_its_own_sentence(tmp_path):
    # session 44: the fourth held-out set's context line, a list of names with no full stop, ran into every probe,
    # so no claim started inside the probe sentence
    path = tmp_path / "probes.txt"
    path.write_text("context: Ukrainian President Volodymyr Zelenskyy, Russian President Vladimir Putin\n"
                    "Putin said no.\n", encoding="utf-8")
    assert probe_sentences.probes(str(path)) == [
        ("Ukrainian President Volodymyr Zelenskyy, Russian President Vladimir Putin.", "Putin said no.")]


def test_the_comparison_counts_probes_with_a_listed_position_and_marks_changes(tmp_path, capsys):
    before, after = tmp_path / "before.jsonl", tmp_path / "after.jsonl"
    before.write_text("\n".join(json.dumps(row) for row in [
        {"sentence": "A.", "claims": []},
        {"sentence": "B.", "claims": [["Kyiv", "Donetsk", "reject", "", False]]}]) + "\n", encoding="utf-8")
    after.write_text("\n".join(json.dumps(row) for row in [
        {"sentence": "A.", "claims": []},
        {"sentence": "B.", "claims": [["Kyiv", "Donetsk", "reject", "2025-11-22", True]]}]) + "\n", encoding="utf-8")
    probe_sentences.compare(str(before), str(after))
    out = capsys.readouterr().out
    assert "| B. | Kyiv / Donetsk / reject (unlisted) | Kyiv / Donetsk / reject / 2025-11-22 **changed** |" in out
    assert "| A. | — | — |" in out
    assert out.rstrip().endswith("2 probes; with a listed position: 0 before, 1 after")


def test_a_probe_runs_through_the_positions_rules_after_its_context(tmp_path, capsys):
    path = tmp_path / "probes.txt"
    path.write_text("context: Ukrainian President Volodymyr Zelenskyy spoke.\n"
                    "Kyiv refused to give up the Donetsk region, Zelenskyy said on Saturday.\n", encoding="utf-8")
    probe_sentences.run(str(path), "2025-11-28")
    row = json.loads(capsys.readouterr().out)
    assert row["claims"] == [["Kyiv", "Donetsk", "reject", "2025-11-22", True]]  # none of the context sentence's
