"""Resolution: a `TimeRule` valued against an anchor date (TIMEX3 value strings), one function
per rule kind (`RESOLVERS`), and a document's rules in text order (anaphora, quarter context)."""
from __future__ import annotations

import dataclasses
import datetime as dt
import re

from storyline.nlp.time import lexicon
from storyline.nlp.time.rule import RuleKind, TimeRule


def parse_anchor(anchor: str | None) -> dt.date | None:
    if not anchor:
        return None
    try:
        return dt.date.fromisoformat(anchor[:10])
    except ValueError:
        return None


def valid_day(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
        return True
    except ValueError:
        return False


def _add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def _week_value(day: dt.date) -> str:
    iso = day.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def _shift_value(anchor: dt.date, unit: str, n) -> str | None:
    """The calendar unit containing `anchor`, moved n units: D, W, WE, M, Q, H, Y, DE, CE."""
    if not isinstance(n, int):
        n = int(round(n))
    if unit == "D":
        return (anchor + dt.timedelta(days=n)).isoformat()
    if unit in ("W", "WE"):
        value = _week_value(anchor + dt.timedelta(weeks=n))
        return value + "-WE" if unit == "WE" else value
    if unit == "M":
        year, month = _add_months(anchor.year, anchor.month, n)
        return f"{year:04d}-{month:02d}"
    if unit == "Q":
        index = anchor.year * 4 + (anchor.month - 1) // 3 + n
        return f"{index // 4:04d}-Q{index % 4 + 1}"
    if unit == "Y":
        return f"{anchor.year + n:04d}"
    if unit == "DE":
        return f"{anchor.year // 10 + n:03d}"
    if unit == "CE":
        return f"{anchor.year // 100 + n:02d}"
    return None


def _pick_year(anchor: dt.date, month: int, day: int, direction: str | None, shift=None) -> int:
    """Year for a month(/day) without one: past -> not after the anchor, future -> not before."""
    this_year = (month, day)
    anchor_md = (anchor.month, anchor.day)
    if shift == -1 or (shift is None and direction == "past"):
        strictly = shift == -1
        return anchor.year if (this_year < anchor_md or (this_year == anchor_md and not strictly)) else anchor.year - 1
    if shift == 1 or (shift is None and direction == "future"):
        strictly = shift == 1
        return anchor.year if (this_year > anchor_md or (this_year == anchor_md and not strictly)) else anchor.year + 1
    return anchor.year


LAST_SKIPS_DAYS = 2  # 'last' + a day name never means yesterday or the day before


def _resolve_weekday(anchor: dt.date, weekday: int, direction: str | None, shift=None) -> dt.date:
    """Weekday 1..7 relative to the anchor; 'last' is strictly before, 'next' strictly after, and neither is the
    day next to the anchor, which English calls 'yesterday' or 'tomorrow': 'last Monday' written on a Tuesday is
    the Monday of the week before, 'next Thursday' written on a Wednesday the Thursday of the week after ('inviting
    him to a hearing next Thursday', Guardian, Wednesday 9 June 2010: the hearing of 17 June). 'Last' skips the day
    two back as well, which a report calls by its name alone ('on Monday'): every such 'last' of the development
    beds whose day is known meant the week before ('the devastating earthquake that struck last Tuesday', BBC,
    Thursday 21 January 2010: the 12th; Lynch's 'private meeting last Monday' with Bill Clinton, Wednesday 6 July
    2016: 27 June); TempEval-3's gold has 'last' only three to seven days back, all the nearest."""
    delta = weekday - anchor.isoweekday()
    if shift == -1:
        back = (anchor.isoweekday() - weekday) % 7 or 7
        return anchor - dt.timedelta(days=back + 7 if back <= LAST_SKIPS_DAYS else back)
    if shift == 1:
        ahead = (weekday - anchor.isoweekday()) % 7 or 7
        return anchor + dt.timedelta(days=ahead + 7 if ahead == 1 else ahead)
    if shift == 0:
        return anchor + dt.timedelta(days=delta)
    if direction == "future":
        return anchor + dt.timedelta(days=delta if delta >= 0 else delta + 7)
    if direction == "ahead":  # on or after the day before the anchor (rule.Direction)
        return anchor + dt.timedelta(days=(weekday - anchor.isoweekday() + 1) % 7 - 1)
    return anchor + dt.timedelta(days=delta if delta <= 0 else delta - 7)


def _resolve_quarter(anchor: dt.date, rule: TimeRule) -> str | None:
    current = (anchor.month - 1) // 3 + 1
    if rule.quarter is not None:
        year = anchor.year + (rule.year_shift or 0)
        if rule.year_shift is None and rule.direction == "past" and rule.quarter > current:
            year -= 1
        return f"{year:04d}-Q{rule.quarter}"
    shift = rule.shift
    if shift == "latest":
        shift = -1 - 4 * rule.years_back
    return _shift_value(anchor, "Q", shift)


def _resolve_season(anchor: dt.date, rule: TimeRule) -> str:
    starts = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
    start_month = starts[rule.season]
    year = anchor.year
    if rule.shift in (-1, 1):
        year += rule.shift
    elif rule.direction == "past" and start_month > anchor.month:
        year -= 1
    elif rule.direction == "future" and start_month + 2 < anchor.month:
        year += 1  # "this coming spring" written in October: next year's
    return f"{year:04d}-{rule.season}"


def _holiday_date(year: int, holiday: str) -> dt.date:
    spec = lexicon.HOLIDAYS[holiday]
    if len(spec) == 2:
        return dt.date(year, spec[0], spec[1])
    month, weekday, nth = spec
    if nth == "election":  # the Tuesday after the first Monday of November
        first = dt.date(year, 11, 1)
        monday = first + dt.timedelta(days=(1 - first.isoweekday()) % 7)
        return monday + dt.timedelta(days=1)
    if nth == -1:
        last = dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)
        return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))


def _resolve_holiday(anchor: dt.date, rule: TimeRule) -> str:
    """The holiday's occurrence nearest the anchor, or the one before/after by tense or shift."""
    shift, direction = rule.shift, rule.direction
    options = [_holiday_date(anchor.year + k, rule.holiday) for k in (-1, 0, 1)]
    if shift == -1 or (shift is None and direction == "past"):
        options = [d for d in options if d <= anchor] or options
        return max(options).isoformat()
    if shift == 1 or (shift is None and direction == "future"):
        options = [d for d in options if d >= anchor] or options
        return min(options).isoformat()
    return min(options, key=lambda d: abs((d - anchor).days)).isoformat()


def _month_day(anchor: dt.date, month: int, day: int, shift=None, up_to_anchor: bool = False) -> dt.date | None:
    """A month and day without a year. Tense misleads here ("extended to Nov. 16"): the nearest
    such date wins, unless "last"/"next" says which side of the anchor it is on, or the text
    reports what it dates as over ("ended Feb. 12": on or before the anchor)."""
    year = _nearest_year(anchor, month, day)
    if shift in (-1, 1):
        year = _pick_year(anchor, month, day, None, shift)
    elif up_to_anchor:
        year = _pick_year(anchor, month, day, "past")
    return dt.date(year, month, day) if valid_day(year, month, day) else None


def _nearest_year(anchor: dt.date, month: int, day: int) -> int:
    """Year putting month/day closest to the anchor, a future date counting as farther away
    (news mostly reports what has happened; weight measured on TimeBank/AQUAINT)."""
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        if valid_day(year, month, day):
            days = (dt.date(year, month, day) - anchor).days
            distance = days * lexicon.FUTURE_DISTANCE_WEIGHT if days > 0 else -days
            candidates.append((distance, year))
    return min(candidates)[1] if candidates else anchor.year


def _time_suffix(rule: TimeRule) -> str:
    if rule.clock:
        return "T" + rule.clock
    if rule.part_of_day:
        return "T" + rule.part_of_day
    return ""


def _day_value(day: dt.date | None, rule: TimeRule) -> str | None:
    return day.isoformat() + _time_suffix(rule) if day else None


def _resolve_shift(anchor: dt.date, rule: TimeRule) -> str | None:
    if rule.unit == "D":
        return _day_value(anchor + dt.timedelta(days=int(rule.steps)), rule)
    value = _shift_value(anchor, rule.unit, rule.steps)
    return value + rule.suffix if value else None


def _resolve_month(anchor: dt.date, rule: TimeRule) -> str:
    shift = rule.shift
    if shift == 0:
        year = anchor.year
    else:
        year = _pick_year(anchor, rule.month, 1 if shift is None else 15, rule.direction, shift)
        if shift is None and rule.direction not in ("past", "future"):
            year = _nearest_year(anchor, rule.month, 15)
        if shift is None and rule.month == anchor.month:
            year = anchor.year
    return f"{year:04d}-{rule.month:02d}"


def _resolve_month_day_quarter(anchor: dt.date, rule: TimeRule) -> str | None:
    day = _month_day(anchor, rule.month, rule.day)
    return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}" if day else None


def _resolve_weekend(anchor: dt.date, rule: TimeRule) -> str:
    return _week_value(_resolve_weekday(anchor, 6, rule.direction)) + "-WE"


RESOLVERS = {
    RuleKind.CONSTANT: lambda anchor, rule: rule.value,
    RuleKind.WEEKDAY: lambda anchor, rule: _day_value(
        _resolve_weekday(anchor, rule.weekday, rule.direction, rule.shift), rule),
    RuleKind.MONTH_DAY: lambda anchor, rule: _day_value(
        _month_day(anchor, rule.month, rule.day, rule.shift, rule.up_to_anchor), rule),
    RuleKind.SHIFT: _resolve_shift,
    RuleKind.MONTH: _resolve_month,
    RuleKind.QUARTER: _resolve_quarter,
    RuleKind.MONTH_DAY_QUARTER: _resolve_month_day_quarter,
    RuleKind.SEASON: _resolve_season,
    RuleKind.HOLIDAY: _resolve_holiday,
    RuleKind.WEEKEND: _resolve_weekend,
}


def resolve_rule(rule: TimeRule, anchor: str | None) -> str | None:
    """TIMEX3 value of a rule against an ISO anchor date; None when it needs an anchor and has none."""
    if rule.is_constant:
        return rule.value
    day = parse_anchor(anchor)
    if day is None:
        return None
    if rule.direction == "ahead" and rule.kind in (RuleKind.MONTH, RuleKind.SEASON, RuleKind.HOLIDAY) and rule.shift is None:
        # placed ahead of a recent act (tense._placed_ahead; a day name: on or after the day before the anchor): a
        # month, season or holiday is on or after the month before the anchor's ('ahead of November elections' told
        # in June 2010 is November 2010, was November 2009, the nearest past one; 'hired staff ahead of Christmas'
        # told on 10 January is the Christmas just gone)
        rule = dataclasses.replace(rule, direction="future")
        day = (day.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    try:
        return RESOLVERS[rule.kind](day, rule)
    except (ValueError, OverflowError, KeyError, TypeError):
        return None


def resolve_rules_in_order(rules: list[TimeRule], anchor: str | None) -> list[str | None]:
    """Values for a document's rules in text order; anaphoric ones ("the next day") use the
    last day-precise date before them, else the anchor."""
    values: list[str | None] = []
    reference = anchor
    last_quarter: str | None = None
    by_unit: dict[str, str] = {}  # "Y"/"M": the last date written to that precision
    for rule in rules:
        if rule.after_previous and rule.unit in by_unit:
            value = resolve_rule(rule, by_unit[rule.unit])  # "later that year", "the following month"
        elif rule.after_previous:
            value = resolve_rule(rule, reference)
        elif rule.in_quarter_context and last_quarter and anchor:
            value = _quarter_in_context(rule, last_quarter)
        else:
            value = resolve_rule(rule, anchor)
        values.append(value)
        if value and re.fullmatch(r"\d{4}-\d\d-\d\d(?:T.*)?", value):
            reference = value[:10]
        _note_precision(by_unit, value)
        if value and not rule.in_quarter_context and _is_completed_quarter(value, anchor, rule.direction, rule.forecast):
            last_quarter = value
    return values

def _is_completed_quarter(value: str, anchor: str | None, tense: str | None = None, forecast: bool = False) -> bool:
    """A named quarter that had ended by the anchor, or the anchor's own quarter under a past-tense
    verb (a fiscal quarter already reported: "reported a decline in fourth-quarter earnings" in
    November): the one a results story can be about ("expects a weak fourth quarter" or "said it
    expected a fourth-quarter loss" in November is an outlook, not the quarter reported)."""
    match = re.fullmatch(r"(\d{4})-Q([1-4])", value)
    day = parse_anchor(anchor)
    if not match:
        return False
    if day is None:
        return True
    named, current = (int(match.group(1)), int(match.group(2))), (day.year, (day.month - 1) // 3 + 1)
    return named < current or (named == current and tense == "past" and not forecast)


def _note_precision(by_unit: dict[str, str], value: str | None) -> None:
    """Remember the last year and the last month a text named, as ISO days to count from."""
    match = re.match(r"(\d{4})(?:-(\d\d)(?![\d]))?", value or "")
    if not match or not 1000 <= int(match.group(1)) <= 2100:
        return
    by_unit["Y"] = f"{match.group(1)}-01-01"
    if match.group(2) and 1 <= int(match.group(2)) <= 12:
        by_unit["M"] = f"{match.group(1)}-{match.group(2)}-01"


def _quarter_in_context(rule: TimeRule, quarter: str) -> str:
    """In a text about quarterly results, 'a year earlier' is that quarter a year before."""
    year, q = int(quarter[:4]), quarter[-1]
    if rule.quarter_year is not None:
        return f"{rule.quarter_year:04d}-Q{q}"
    back = -int(rule.steps if rule.steps is not None else -1) if rule.kind is RuleKind.SHIFT else rule.years_back
    return f"{year - back:04d}-Q{q}"


WEEK_BACK_DAYS = 6  # a bare day name read this far back is, as an act's day, the day after the anchor


def week_back_as_the_next_day(rule: TimeRule, anchor: str | None, value: str | None) -> str | None:
    """The day an act told with a day name (no 'last' / 'this' / 'next') happened on, where its value reads the
    name six days back from the anchor: the next day. Six days on, a writer says 'last Friday' or gives the date;
    'on Friday' written on a Thursday is the next day whatever the tense ('scheduled his third visit to the Gulf on
    Friday', 'Saturday's stadium concert'), or the story was written the day after the day it is stored under
    ('President Obama arrived Friday in the Gulf', an AP story of Friday stored on the Thursday). Of 26 such names in
    article sentences of seven Timeline17 development beds (-n 140), at most 3 meant six days back ('The first attempt
    ... failed on Saturday'), 21 the next day. The time expression keeps its value (what the summarised timeline
    counts a text naming: read the next day there, Timeline17's Date-F fell 0.670 -> 0.656, one H1N1_bbc date of 7);
    only an event's day reads it so (`story.events.extract_event_mentions`)."""
    day = parse_anchor(anchor)
    if rule.kind is not RuleKind.WEEKDAY or rule.shift is not None or day is None or not value:
        return value
    named = parse_anchor(value[:10])
    if named is None or (day - named).days != WEEK_BACK_DAYS:
        return value
    return _day_value(day + dt.timedelta(days=1), rule)
