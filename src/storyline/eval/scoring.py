"""Counting and scoring shared by the evaluations: tallies summed over documents, and P/R/F1
computed one way everywhere."""
from __future__ import annotations

from dataclasses import fields


def ratio(part: float, whole: float) -> float:
    """part / whole, 0.0 when there is nothing to divide by (no prediction, no gold)."""
    return part / whole if whole else 0.0


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def prf(precision: float, recall: float, digits: int = 4) -> dict[str, float]:
    """{"precision", "recall", "f1"}, rounded (the F1 from the unrounded precision and recall)."""
    return {"precision": round(precision, digits), "recall": round(recall, digits),
            "f1": round(f1(precision, recall), digits)}


class Tally:
    """Mixin for a dataclass of counts summed over documents: numbers add up, and a dict of
    tallies (figures per type or kind) merges key by key."""

    def add(self, other: Tally) -> None:
        for field in fields(self):
            mine, theirs = getattr(self, field.name), getattr(other, field.name)
            if isinstance(mine, dict):
                for key, tally in theirs.items():
                    mine.setdefault(key, type(tally)()).add(tally)
            else:
                setattr(self, field.name, mine + theirs)
