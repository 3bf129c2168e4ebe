"""Evaluations against public gold data: `storyline eval NAME PATH`.

Each module exposes `run(path: str, **options) -> dict` returning the figures, and
`format_report(result: dict) -> str` for the terminal.
"""
from __future__ import annotations

import importlib

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
