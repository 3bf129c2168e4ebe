"""Fast rule-based day-level dates in sentences, resolved against a publication date.

Used where the timex stage is not available or too slow (whole evaluation collections):
explicit dates ("April 20", "20 April 2010", "Jan. 5, 2011"), deictic words (today,
yesterday, tomorrow, tonight) and weekday names ("on Monday", "last Thursday").
Only day-level expressions are returned: month or year mentions do not date an event.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from storyline.nlp.time import lexicon

MONTHS = lexicon.MONTHS
WEEKDAYS = {name: number - 1 for name, number in lexicon.WEEKDAYS.items() if name.endswith("day")}  # Monday 0
DEICTIC_OFFSETS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:\s*,?\s*(?P<year>(?:19|20)\d\d))?"
MONTH_DAY = re.compile(r"\b" + _MONTH + r"\s+" + _DAY + r"\b" + _YEAR, re.I)
DAY_MONTH = re.compile(r"\b" + _DAY + r"\s+(?:of\s+)?" + _MONTH + r"\b" + _YEAR, re.I)
ISO_DATE = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")
WEEKDAY = re.compile(r"\b(?:(?P<mod>last|next|this|on|since|until|by)\s+)?(?P<weekday>" + "|".join(WEEKDAYS) + r")\b", re.I)
DEICTIC = re.compile(r"\b(?P<word>" + "|".join(DEICTIC_OFFSETS) + r")\b", re.I)
FUTURE_CUE = re.compile(r"\b(will|would|shall|is to|are to|going to|plans? to|scheduled|expected to|due to)\b", re.I)


@dataclass
class DateSpan:
    start: int
    end: int
    text: str
    date: date


def _closest_year(month: int, day: int, anchor: date) -> date | None:
    """A month and day without a year: the occurrence nearest the anchor (news reports near-time)."""
    best = None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if best is None or abs((candidate - anchor).days) < abs((best - anchor).days):
            best = candidate
    return best


def _explicit_date(match: re.Match, anchor: date) -> date | None:
    month_text = match.group("month")
    month = int(month_text) if month_text.isdigit() else MONTHS[month_text.lower()]
    day = int(match.group("day"))
    if not month_text.isdigit() and not month_text[0].isupper():
        return None  # "may", "march" in lower case are verbs
    year = match.group("year")
    if year:
        try:
            return date(int(year), month, day)
        except ValueError:
            return None
    return _closest_year(month, day, anchor)


def _weekday_date(match: re.Match, anchor: date, future: bool) -> date:
    """'Monday' in news means the nearest Monday: past unless the sentence talks about the future."""
    target = WEEKDAYS[match.group("weekday").lower()]
    modifier = (match.group("mod") or "").lower()
    delta_back = (anchor.weekday() - target) % 7
    delta_forward = (target - anchor.weekday()) % 7
    if modifier == "next" or (future and modifier != "last" and delta_forward != 0):
        return anchor + timedelta(days=delta_forward or 7)
    if modifier == "last" and delta_back == 0:
        return anchor - timedelta(days=7)
    return anchor - timedelta(days=delta_back)


def _overlaps(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in taken)


def dates_in_text(text: str, anchor: date) -> list[DateSpan]:
    """Day-level dates stated in `text`, in text order; relative ones resolved against `anchor`."""
    found: list[DateSpan] = []
    taken: list[tuple[int, int]] = []
    for pattern in (ISO_DATE, MONTH_DAY, DAY_MONTH):
        for match in pattern.finditer(text):
            if _overlaps(match.span(), taken):
                continue
            value = _explicit_date(match, anchor)
            if value is not None:
                found.append(DateSpan(match.start(), match.end(), match.group(0), value))
                taken.append(match.span())
    future = bool(FUTURE_CUE.search(text))
    explicit = list(taken)
    for match in WEEKDAY.finditer(text):
        if any(0 <= start - match.end() <= 3 for start, _ in explicit):
            continue  # "Tuesday 28 April": the weekday only names the explicit date
        if not _overlaps(match.span(), taken):
            found.append(DateSpan(match.start(), match.end(), match.group(0), _weekday_date(match, anchor, future)))
            taken.append(match.span())
    for match in DEICTIC.finditer(text):
        if not _overlaps(match.span(), taken):
            offset = DEICTIC_OFFSETS[match.group("word").lower()]
            found.append(DateSpan(match.start(), match.end(), match.group(0), anchor + timedelta(days=offset)))
            taken.append(match.span())
    return sorted(found, key=lambda span: span.start)


def first_date(text: str, anchor: date) -> date | None:
    spans = dates_in_text(text, anchor)
    return spans[0].date if spans else None
