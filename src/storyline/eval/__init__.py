"""Evaluations against public gold data: `storyline eval NAME PATH`.

Each module exposes `run(path: str, **options) -> dict` returning the figures, and
`format_report(result: dict) -> str` for the terminal.
"""
from __future__ import annotations

import importlib
import os
from pathlib import Path

EVALUATIONS = {
    "semeval2022": "storyline.eval.semeval2022",
    "storychains": "storyline.eval.storychains",
    "polnear": "storyline.eval.polnear",
    "tempeval": "storyline.eval.tempeval",
    "timeline17": "storyline.eval.timeline17",
    "extraction": "storyline.eval.extraction",
    "coverage": "storyline.eval.coverage",
    "dating": "storyline.eval.dating",
}


def load_evaluation(name: str):
    return importlib.import_module(EVALUATIONS[name])


def main_checkout(repo: Path) -> Path:
    """The checkout ../shared sits beside: for a git worktree (whose `.git` file names its git folder,
    whose `commondir` names the main checkout's .git) the main checkout it belongs to, else the
    repository itself."""
    marker = repo / ".git"
    if marker.is_file():
        text = marker.read_text(encoding="utf-8").strip()
        if text.startswith("gitdir:"):
            gitdir = (repo / text.removeprefix("gitdir:").strip()).resolve()
            common = gitdir / "commondir"  # the repository's own git folder, as git itself finds it
            if common.is_file():
                return (gitdir / common.read_text(encoding="utf-8").strip()).resolve().parent
    return repo


def gold_data_folder(repo: Path) -> Path:
    """Where the public data sets are read in place (never copied) for the tests and benchmarks of the
    checkout `repo`: $STORYLINE_DATASETS, else ../shared/datasets beside the main checkout."""
    return Path(os.environ.get("STORYLINE_DATASETS") or main_checkout(repo).parent / "shared" / "datasets")
