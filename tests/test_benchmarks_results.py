"""benchmarks/run.py writes RESULTS.md: it must rewrite only its own block and keep every
hand-written section around it (before, a run replaced the whole file and each round's notes were lost)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

RUN = Path(__file__).parent.parent / "benchmarks" / "run.py"
spec = importlib.util.spec_from_file_location("benchmarks_run", RUN)
run = importlib.util.module_from_spec(spec)
spec.loader.exec_module(run)


def test_the_generated_block_is_replaced_and_the_rest_kept():
    old = run.splice_generated("# Benchmarks\n\n## Round 7 (by hand)\n\nFigures.\n", "## Throughput\n\nold table")
    assert old.startswith("# Benchmarks\n\n## Round 7 (by hand)\n\nFigures.\n")
    old += "\n## After the block (by hand)\n\nMore.\n"
    new = run.splice_generated(old, "## Throughput\n\nnew table")
    assert "new table" in new and "old table" not in new
    assert new.startswith("# Benchmarks\n\n## Round 7 (by hand)\n\nFigures.\n")
    assert new.endswith(f"{run.END_MARK}\n\n## After the block (by hand)\n\nMore.\n")
    assert run.splice_generated(new, "## Throughput\n\nnew table") == new


def test_without_markers_nothing_is_dropped():
    hand = "# Benchmarks\n\n## Round 6\n\nA hand-written round.\n"
    new = run.splice_generated(hand, "## Throughput\n\ntable")
    assert new.startswith(hand.rstrip()) and new.count(run.BEGIN_MARK) == 1
    assert run.splice_generated(None, "table").startswith("# Benchmarks\n\n" + run.BEGIN_MARK)


def test_the_results_file_has_one_block():
    text = (RUN.parent / "RESULTS.md").read_text(encoding="utf-8")
    assert text.count(run.BEGIN_MARK) == 1 and text.count(run.END_MARK) == 1
    assert text.index(run.BEGIN_MARK) < text.index(run.END_MARK)
