"""The unresolved form of a time expression: what to compute from an anchor date.

A normaliser turns a match into a `TimeRule` ("weekday 4, looking back", "the year of the anchor
shifted by -1", or a constant value); `resolve.resolve_rule` values it against an anchor. The rule
is stored with the `Timex` (as JSON, `Timex.rule`) so a later, better anchor re-resolves it
without re-reading the text. The JSON keeps the short keys stores have always held
(`{"k": "weekday", "w": 4, "dir": "past"}`), so stores written by earlier releases still read.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, fields
from enum import Enum
from typing import Literal, Union

# 'ahead': placed ahead of the act the clause tells ('ahead of Thursday's testimony'), so not before the day
# before the anchor (the act told is recent); a weekday resolves to the first on or after that day.
Direction = Literal["past", "future", "present", "ahead"]
Steps = Union[int, float]


class RuleKind(str, Enum):
    """How a rule is resolved (`resolve.RESOLVERS` has one function per kind)."""

    CONSTANT = "v"  # a value written out in full ("2025-02-12", "P3Y"): no anchor needed
    MONTH_DAY = "md"  # a month and day without a year
    MONTH = "month"  # a month without a year
    SHIFT = "shift"  # the anchor's calendar unit moved by `steps` ("last week", "two years ago")
    WEEKDAY = "weekday"  # a day name
    QUARTER = "quarter"  # a quarter named by ordinal or by shift
    MONTH_DAY_QUARTER = "md_quarter"  # the quarter containing a month and day ("the quarter ended Sept. 30")
    SEASON = "season"
    HOLIDAY = "holiday"
    WEEKEND = "weekend"


@dataclass
class TimeRule:
    """One time expression's recipe. Fields other than `kind` are those its kind reads."""

    kind: RuleKind
    value: str | None = None  # CONSTANT
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # ISO 1..7
    season: str | None = None  # SP | SU | FA | WI
    holiday: str | None = None  # a key of lexicon.HOLIDAYS
    quarter: int | None = None
    unit: str | None = None  # SHIFT: D, W, WE, M, Q, H, Y, DE, CE
    steps: Steps | None = None  # SHIFT: how many units from the anchor's
    direction: Direction | None = None  # the tense around the expression
    shift: int | Literal["latest"] | None = None  # last (-1) / this (0) / next (1); "latest" quarter
    part_of_day: str | None = None  # MO | AF | EV | NI
    clock: str | None = None  # "15:30"
    suffix: str = ""  # written after the shifted value ("-06" in "June last year")
    mod: str | None = None  # TIMEX3 mod: START | END | MID | APPROX ...
    after_previous: bool = False  # anaphoric ("the next day"): counts from the last date the text named
    in_quarter_context: bool = False  # "a year earlier" in a quarterly report is that quarter a year before
    years_back: int = 0  # with shift "latest": the latest quarter this many years back
    year_shift: int | None = None  # QUARTER: "the fourth quarter of last year"
    quarter_year: int | None = None  # "the 1988 quarter": the reported quarter in that year
    forecast: bool = False  # governed by a forecast verb ("expected a fourth-quarter loss"): an outlook
    up_to_anchor: bool = False  # MONTH_DAY: on or before the anchor ("the trial ended Feb. 12")

    @property
    def is_constant(self) -> bool:
        return self.kind is RuleKind.CONSTANT

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), sort_keys=True)

    def to_dict(self) -> dict:
        data = {_KEY_OF[f.name]: getattr(self, f.name) for f in fields(self)
                if f.name != "kind" and getattr(self, f.name) != f.default}
        if self.is_constant:
            data["v"] = self.value
        else:
            data["k"] = self.kind.value
        if self.after_previous:
            data["ref"] = "previous"
        if self.in_quarter_context:
            data["ctx"] = "quarter"
        return data

    @classmethod
    def from_dict(cls, data: dict) -> TimeRule:
        if "v" in data:
            kind = RuleKind.CONSTANT
        else:
            kind = RuleKind(data["k"])
        values = {name: data[key] for name, key in _KEY_OF.items() if key in data and data[key] is not None
                  and name not in ("after_previous", "in_quarter_context")}
        values.pop("kind", None)
        return cls(kind=kind, after_previous=data.get("ref") == "previous",
                   in_quarter_context=data.get("ctx") == "quarter", **values)

    @classmethod
    def from_json(cls, text: str | None, value: str | None = None) -> TimeRule:
        """The stored rule; a constant of `value` when there is none or it cannot be read."""
        try:
            data = json.loads(text) if text else None
            if isinstance(data, dict):
                return cls.from_dict(data)
        except (ValueError, KeyError, TypeError):
            pass
        return constant(value)


def constant(value: str | None, mod: str | None = None) -> TimeRule:
    return TimeRule(RuleKind.CONSTANT, value=value, mod=mod)


# Field -> the key stores hold it under.
_KEY_OF = {
    "kind": "k", "value": "v", "month": "m", "day": "d", "weekday": "w", "season": "s", "holiday": "h",
    "quarter": "q", "unit": "u", "steps": "n", "direction": "dir", "shift": "shift", "part_of_day": "pod",
    "clock": "time", "suffix": "suffix", "mod": "mod", "after_previous": "ref", "in_quarter_context": "ctx",
    "years_back": "years_back", "year_shift": "yshift", "quarter_year": "qyear",
    "forecast": "fc", "up_to_anchor": "upto",
}
