"""Dates from time expressions: a publication range for undated texts, re-anchoring, and the
date of the event a sentence reports.

Works on the `Timex` list of `timex.extract_timexes`; values are TIMEX3 strings that
`value_range` turns into calendar ranges.
"""
from __future__ import annotations

import calendar
import datetime as dt
import json
import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from storyline.model import Timex
from storyline.nlp.timex import extract_timexes, resolve_rules_in_order

TITLE_FACTS_PATH = Path(__file__).with_name("title_facts.json")

# Words just before a written-out date that say it lies ahead of the writing, so it is no
# lower bound for the publication date.
FUTURE_DATE_CUES = (
    r"\bdue", r"\bby", r"\buntil", r"\btill", r"\bthrough", r"\bexpir\w*", r"\bmatur\w*",
    r"\bbefore", r"\bto", r"\bwill\b[^.]{0,40}", r"\bplans?\b[^.]{0,30}", r"\bexpected\b[^.]{0,30}",
    r"\bscheduled\b[^.]{0,30}", r"\btarget\w*[^.]{0,20}", r"\bin the year",
)
_FUTURE_DATE_CUE = re.compile(
    "(?:" + "|".join(FUTURE_DATE_CUES) + r")\s*(?:the\s+)?(?:end\s+of\s+)?(?:early\s+|late\s+|mid-?)?$",
    re.IGNORECASE)
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


# --------------------------------------------------------------------------- value -> range

def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _months_range(year: int, first: int, last: int) -> tuple[dt.date, dt.date]:
    end_year, end_month = year + (last - 1) // 12, (last - 1) % 12 + 1
    return dt.date(year, first, 1), _month_end(end_year, end_month)


def value_range(value: str | None) -> tuple[dt.date, dt.date] | None:
    """Calendar days a TIMEX3 DATE value covers: 2025-02-12, 2025-W07, 2025-10, 2025-Q3, 2025-H1,
    2025-SU, 2025, 199 (a decade). None for durations, sets and PRESENT_REF-like values."""
    if not value:
        return None
    try:
        return _value_range(value)
    except ValueError:
        return None


def _value_range(value: str) -> tuple[dt.date, dt.date] | None:
    if m := re.match(r"^(\d{4})-(\d\d)-(\d\d)", value):
        day = dt.date(int(m[1]), int(m[2]), int(m[3]))
        return day, day
    if m := re.fullmatch(r"(\d{4})-W(\d\d)(-WE)?", value):
        monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if m[3]:
            return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
        return monday, monday + dt.timedelta(days=6)
    if m := re.fullmatch(r"(\d{4})-(\d\d)", value):
        return _months_range(int(m[1]), int(m[2]), int(m[2]))
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", value):
        first = 3 * int(m[2]) - 2
        return _months_range(int(m[1]), first, first + 2)
    if m := re.fullmatch(r"(\d{4})-H([12])", value):
        first = 6 * int(m[2]) - 5
        return _months_range(int(m[1]), first, first + 5)
    if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value):
        first, last = SEASON_MONTHS[m[2]]
        return _months_range(int(m[1]), first, last)
    if m := re.fullmatch(r"(\d{4})", value):
        return dt.date(int(m[1]), 1, 1), dt.date(int(m[1]), 12, 31)
    if m := re.fullmatch(r"(\d{3})", value):
        return dt.date(int(m[1]) * 10, 1, 1), dt.date(int(m[1]) * 10 + 9, 12, 31)
    return None


# --------------------------------------------------------------------------- published range

@lru_cache(maxsize=1)
def _title_facts() -> list[tuple[re.Pattern, list[tuple[str, str | None]]]]:
    data = json.loads(TITLE_FACTS_PATH.read_text(encoding="utf-8"))
    return [(re.compile(fact["pattern"], re.IGNORECASE), [tuple(p) for p in fact["periods"]])
            for fact in data["facts"]]


def _latest_explicit_date(text: str, timexes: list[Timex], today: dt.date) -> dt.date | None:
    """Start of the latest calendar date the text writes out (not one computed from an anchor),
    skipping dates announced as ahead ("due 2019", "by March 2026", "will ... in 2027")."""
    latest = None
    for timex in timexes:
        if timex.type not in ("DATE", "TIME") or _is_relative(timex):
            continue
        covered = value_range(timex.value)
        if covered is None or covered[0] > today:
            continue
        if _FUTURE_DATE_CUE.search(text[max(0, timex.start - 60):timex.start]):
            continue
        latest = covered[0] if latest is None else max(latest, covered[0])
    return latest


_SINCE_YEAR = re.compile(r"\bsince\s+(?:(?:early|late|mid-?)\s*)?$", re.IGNORECASE)
_ELAPSED_CUE = re.compile(r"\b(?:for|over|in|during|throughout|ongoing|lasted|lasting)\s+$", re.IGNORECASE)
_ELAPSED_SPAN = re.compile(r"(?:the\s+(?:past|last)\s+)", re.IGNORECASE)
ELAPSED_PAIR_WINDOW = 400  # characters between "since 2014" and the "for over 11 years" it explains


def _elapsed_lower_bound(text: str, timexes: list[Timex], today: dt.date) -> dt.date | None:
    """'ongoing for over 11 years' near 'since 2014': the writing is at least 2014 + 11 = 2025.
    A count of years that runs up to now ("for N years", "the past N years") paired with a
    written-out "since YYYY" in the same paragraph (the nearest count explains each year); "nearly/about N
    years" counts one year less. Of several years the earliest bound is kept, and one that lands
    after `today` is no evidence."""
    starts = [(t, int(t.value)) for t in timexes
              if t.type == "DATE" and not _is_relative(t) and re.fullmatch(r"\d{4}", t.value or "")
              and _SINCE_YEAR.search(text[max(0, t.start - 20):t.start])]
    spans = []
    for t in timexes:
        match = re.fullmatch(r"P(\d+)Y", t.value or "")
        if t.type != "DURATION" or not match:
            continue
        if not (_ELAPSED_CUE.search(text[max(0, t.start - 12):t.start]) or _ELAPSED_SPAN.match(t.text)):
            continue
        years = int(match.group(1)) - (t.mod in ("LESS_THAN", "EQUAL_OR_LESS", "APPROX"))
        spans.append((t, years))
    bounds = []
    for since, year in starts:
        near = [(abs(span.start - since.start), years) for span, years in spans
                if abs(span.start - since.start) <= ELAPSED_PAIR_WINDOW
                and "\n" not in text[min(span.start, since.start):max(span.end, since.end)]]
        if not near or min(near)[1] < 1:
            continue
        bound = dt.date(year + min(near)[1], 1, 1)
        if bound <= today:
            bounds.append(bound)
    return min(bounds) if bounds else None


def _is_relative(timex: Timex) -> bool:
    """True when the value came from the anchor, so it is no evidence of when the text was written."""
    return "v" not in _rule_of(timex)


def _title_votes(text: str, today: dt.date) -> list[list[tuple[dt.date, dt.date]]]:
    votes = []
    for pattern, periods in _title_facts():
        if pattern.search(text):
            votes.append([(dt.date.fromisoformat(start), dt.date.fromisoformat(end) if end else today)
                          for start, end in periods])
    return votes


def _best_regions(votes: list[list[tuple[dt.date, dt.date]]]) -> list[tuple[dt.date, dt.date]]:
    """The stretches of days most votes agree on (a vote is a list of periods), oldest first."""
    one_day = dt.timedelta(days=1)
    points = sorted({p for vote in votes for start, end in vote for p in (start, end + one_day)})
    pieces = []  # (first day, last day, number of votes covering it)
    for left, right in zip(points, points[1:]):
        last = right - one_day
        count = sum(any(start <= left and last <= end for start, end in vote) for vote in votes)
        pieces.append((left, last, count))
    top = max((count for _, _, count in pieces), default=0)
    if top == 0:
        return []
    stretches: list[list[dt.date]] = []
    for left, last, count in pieces:
        if count != top:
            continue
        if stretches and stretches[-1][1] + one_day == left:
            stretches[-1][1] = last
        else:
            stretches.append([left, last])
    return [(first, last) for first, last in stretches]


def _pick_region(regions: list[tuple[dt.date, dt.date]], lower: dt.date | None) -> tuple[dt.date, dt.date] | None:
    """One range out of equally supported stretches ("President Bush": two terms): those the
    written-out dates allow, from the first to the last, so an unsettled choice stays open."""
    allowed = [r for r in regions if lower is None or r[1] >= lower] or regions[-1:]
    if not allowed:
        return None
    return allowed[0][0], allowed[-1][1]


def infer_published_range(text: str, timexes: list[Timex], today: str | None = None) -> list[str] | None:
    """[earliest, latest] publication date of an undated text; None without any evidence.

    The latest written-out date (not announced as ahead) is a lower bound, and so is a year
    count running up to now added to the "since YYYY" it explains. Dated title facts
    ("President-elect Donald Trump", data file title_facts.json) vote with the periods they held;
    the days most of them share bound both ends, and win over a date that contradicts them.
    `today` (ISO) closes open ranges; it defaults to the real today.
    """
    cap = dt.date.fromisoformat(today) if today else dt.date.today()
    text = text or ""
    lower = _latest_explicit_date(text, timexes, cap)
    elapsed = _elapsed_lower_bound(text, timexes, cap)
    if elapsed and (lower is None or elapsed > lower):
        lower = elapsed
    titles = _pick_region(_best_regions(_title_votes(text, cap)), lower)
    if titles and lower and lower <= titles[1]:
        found = (max(lower, titles[0]), titles[1])
    elif titles:
        found = titles
    elif lower:
        found = (lower, cap)
    else:
        return None
    return [found[0].isoformat(), found[1].isoformat()]


# --------------------------------------------------------------------------- re-anchoring

def reanchor_timexes(timexes: list[Timex], text: str, anchor: str | None) -> list[Timex]:
    """The same timexes valued against a new anchor, from their stored rules (no re-parsing).
    Timexes without a rule (made elsewhere) are re-read from `text` at the same span."""
    ordered = sorted(timexes, key=lambda t: (t.start, t.end))
    if any(t.rule is None for t in ordered):
        fresh = {(t.start, t.end): t.rule for t in extract_timexes(text or "", anchor)}
        ordered = [replace(t, rule=fresh.get((t.start, t.end))) if t.rule is None else t for t in ordered]
    values = resolve_rules_in_order([_rule_of(t) for t in ordered], anchor)
    return [replace(t, value=value, anchor=anchor) for t, value in zip(ordered, values)]


def _rule_of(timex: Timex) -> dict:
    """The stored rule, or the current value as a constant when there is no readable rule."""
    try:
        rule = json.loads(timex.rule) if timex.rule else None
    except ValueError:
        rule = None
    return rule if isinstance(rule, dict) else {"v": timex.value}


# --------------------------------------------------------------------------- event dates

_REPORTING_LEMMAS = {"say", "tell", "report", "announce", "comment", "remark", "write", "post"}


def _is_reporting_date(timex: Timex, parsed) -> bool:
    """'..., according to a report on Sunday': the date of the report, not of what it reports.
    Needs the parse: the expression hangs off a reporting word that is not the sentence's root."""
    if parsed is None:
        return False
    span = parsed.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    head = span.root.head
    for _ in range(4):
        if head.lemma_.lower() in _REPORTING_LEMMAS or head.lower_ in ("report", "according"):
            return head.sent.root != head
        if head.head is head:
            return False
        head = head.head
    return False


def _precision_rank(value: str) -> int:
    covered = value_range(value)
    return (covered[1] - covered[0]).days if covered else 10 ** 6


def _narrow(first: dt.date, last: dt.date, mod: str | None) -> tuple[dt.date, dt.date]:
    """'early March' -> its first third, 'late 2024' -> its last third, 'mid-' -> the middle one."""
    third = (last - first).days // 3
    if third < 2 or mod not in ("START", "END", "MID"):
        return first, last
    if mod == "START":
        return first, first + dt.timedelta(days=third)
    if mod == "END":
        return last - dt.timedelta(days=third), last
    return first + dt.timedelta(days=third), last - dt.timedelta(days=third)


def date_of_span(start: int, end: int, timexes: list[Timex], parsed=None) -> tuple[str | None, list[str] | None]:
    """(date, None) or (None, [earliest, latest]) of the event the sentence [start, end) reports,
    from the dated expressions inside it; (None, None) when it carries none.

    With a parse, dates that only say when something was reported ("according to a report ...
    on Sunday") are skipped; among the rest the most precise wins, then the earliest in the text.
    """
    inside = [t for t in timexes
              if t.start >= start and t.end <= end and t.type in ("DATE", "TIME") and value_range(t.value)]
    if not inside:
        return None, None
    events = [t for t in inside if not _is_reporting_date(t, parsed)]
    if not events:
        return None, None
    chosen = min(events, key=lambda t: (_precision_rank(t.value), t.start))
    first, last = _narrow(*value_range(chosen.value), chosen.mod)
    if first == last:
        return first.isoformat(), None
    return None, [first.isoformat(), last.isoformat()]
