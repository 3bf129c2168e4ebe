"""Document dating from time expressions: a publication range for undated texts, re-anchoring, and the
date of the event a sentence reports.

Works on the `Timex` list of `extract.extract_timexes`; values are TIMEX3 strings that
`value_range` turns into calendar ranges.
"""
from __future__ import annotations

import calendar
import datetime as dt
import json
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from storyline.model import Timex
from storyline.nlp.spacy_model import span_at
from storyline.nlp.time.extract import extract_timexes
from storyline.nlp.time.resolve import resolve_rules_in_order
from storyline.nlp.time.rule import RuleKind, TimeRule

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


@dataclass
class Bound:
    """One clue to the publication date: on or after `earliest`, on or before `latest`.

    Firm clues come from what the text or a copy says; soft ones (dated neighbours, the recency
    of news) are estimates that give way when they contradict the firm ones."""

    reason: str
    earliest: dt.date | None = None
    latest: dt.date | None = None
    firm: bool = True
    day: bool = False  # a lower bound from a single day the text names (what RECENCY_DAYS counts from)


@dataclass
class PublicationDating:
    range: list[str] | None  # [earliest, latest] ISO, None without evidence
    reasons: list[str] = field(default_factory=list)


def _written_out(timexes: list[Timex], today: dt.date) -> list[tuple[Timex, tuple[dt.date, dt.date]]]:
    """Calendar dates the text writes out (not computed from an anchor), up to `today`."""
    found = []
    for timex in timexes:
        if timex.type not in ("DATE", "TIME") or _is_relative(timex):
            continue
        covered = value_range(timex.value)
        if covered is not None and covered[0] <= today:
            found.append((timex, covered))
    return found


# A page's note of a later change: "This article was amended on 19 May 2010", "6 January 2011 Last
# updated at 04:46 GMT". The page was first written on or before that day, often days earlier.
_CHANGE_NOTE_BEFORE = re.compile(r"\b(?:amended|updated|corrected|modified|revised)\s*(?:on|at)?\s*:?\s*$", re.IGNORECASE)
_CHANGE_NOTE_AFTER = re.compile(r"^[\s,|]*(?:last\s+)?(?:updated|modified|amended)\b", re.IGNORECASE)


def _change_note_before(text: str, timex: Timex) -> bool:
    """'amended on 19 May 2010': a note of a change, no evidence of when the page was first written."""
    return bool(_CHANGE_NOTE_BEFORE.search(text[max(0, timex.start - 30):timex.start]))


def _change_note(text: str, timex: Timex) -> bool:
    """Either note; a page's header day followed by 'Last updated' is most often its publication day
    too, so it stays a lower bound as well."""
    return _change_note_before(text, timex) or bool(_CHANGE_NOTE_AFTER.match(text[timex.end:timex.end + 30]))


def _change_note_bounds(text: str, timexes: list[Timex], today: dt.date) -> list[Bound]:
    """Days a page says it was changed on: the writing came on or before them."""
    return [Bound(f"'{timex.text}' is when the page was changed: on or before {covered[1].isoformat()}", latest=covered[1])
            for timex, covered in _written_out(timexes, today) if _change_note(text, timex)]


def _latest_explicit_date(text: str, timexes: list[Timex], today: dt.date,
                          story: tuple[dt.date, dt.date] | None = None) -> tuple[dt.date, dt.date, Timex] | None:
    """The latest calendar date the text writes out (start, end, the expression), skipping
    dates announced as ahead ("due 2019", "by March 2026", "will ... in 2027") and notes of a later
    change to the page ("amended on 19 May 2010"), which only bound it from above. A month or year
    (not a day) is skipped too after a word of the future in its sentence, and, in a store
    (`story`: the first and last day of its dated coverage), when it starts after every dated
    article and is not told as past ("a possible White House campaign in 2012", "the February 2012
    trial"): such a date is more often a plan than the news, and a wrong lower bound excludes the
    truth where a missing one only leaves the range wider."""
    latest = None
    for timex, covered in _written_out(timexes, today):
        if _FUTURE_DATE_CUE.search(text[max(0, timex.start - 60):timex.start]):
            continue
        if _change_note_before(text, timex):
            continue
        if covered[0] != covered[1] and (_put_ahead_by_sentence(text, timex) or (
                story and covered[0] > story[1] and not _told_as_past(text, timex))):
            continue
        if latest is None or covered[0] > latest[0]:
            latest = (covered[0], covered[1], timex)
    return latest


def _put_ahead_by_sentence(text: str, timex: Timex) -> bool:
    """A word of the future earlier in its sentence ("BP plans to drill west of the Shetland
    islands in 2011"): a month or year so introduced is a plan, not what was reported."""
    return bool(_FUTURE_VERB.search(re.split(r"[.!?\n]", text[max(0, timex.start - 150):timex.start])[-1]))


# Words shortly before a date in the same clause that put it ahead of the writing, firmly enough
# to bound the publication from above ("will meet in March 2026", "is scheduled for 2027").
_AHEAD = re.compile(
    r"\b(?:will|shall|plans?\s+to|is\s+to|are\s+to|scheduled|expected|due\s+(?:to|in|on)|set\s+to|likely|upcoming"
    r"|next|until|till)\b[^.,;:!?\"]{0,30}$", re.IGNORECASE)


def _ahead(text: str, timex: Timex) -> bool:
    """Put ahead of the writing by words before it, or by a future tense the sentence shows in
    words: the parse alone reads the news present ("the inquiry into the April 20 disaster") as
    ahead, which is no bound on the writing."""
    if _AHEAD.search(text[max(0, timex.start - 50):timex.start]):
        return True
    return _rule_of(timex).direction == "future" and bool(_FUTURE_VERB.search(_sentence_around(text, timex)))


def _sentence_around(text: str, timex: Timex) -> str:
    before = re.split(r"[.!?\n]", text[max(0, timex.start - 80):timex.start])[-1]
    after = re.split(r"[.!?\n]", text[timex.end:timex.end + 60])[0]
    return before + " " + after


_PAST_VERB = re.compile(r"\b(?:was|were|had|did|ago|previous|earlier|\w{3,}ed)\b", re.IGNORECASE)
_FUTURE_VERB = re.compile(r"\b(?:will|would|shall|'ll|likely|expected|scheduled|plans?|planned|to\s+be|is\s+to|are\s+to)\b",
                          re.IGNORECASE)


def _told_as_past(text: str, timex: Timex) -> bool:
    """A past-tense word near the expression in its sentence, and no word of the future there; never
    when the parse reads it as ahead (the two disagree: no bound is better than a wrong one)."""
    direction = _rule_of(timex).direction
    if direction == "past":
        return True
    if direction == "future":
        return False
    around = _sentence_around(text, timex)
    return bool(_PAST_VERB.search(around)) and not _FUTURE_VERB.search(around)


def _ahead_bounds(text: str, timexes: list[Timex], today: dt.date) -> list[Bound]:
    """Written-out dates the text puts ahead: the writing came before their end."""
    bounds = []
    for timex, covered in _written_out(timexes, today + dt.timedelta(days=3660)):
        if _ahead(text, timex):
            bounds.append(Bound(f"'{timex.text}' lies ahead: on or before {covered[1].isoformat()}", latest=covered[1]))
    return bounds


_SINCE_YEAR = re.compile(r"\bsince\s+(?:(?:early|late|mid-?)\s*)?$", re.IGNORECASE)
_ELAPSED_CUE = re.compile(r"\b(?:for|over|in|during|throughout|ongoing|lasted|lasting)\s+$", re.IGNORECASE)
_ELAPSED_SPAN = re.compile(r"(?:the\s+(?:past|last)\s+)", re.IGNORECASE)
ELAPSED_PAIR_WINDOW = 400  # characters between "since 2014" and the "for over 11 years" it explains


def _elapsed_lower_bound(text: str, timexes: list[Timex], today: dt.date) -> tuple[dt.date, str] | None:
    """'ongoing for over 11 years' near 'since 2014': the writing is at least 2014 + 11 = 2025.
    A count of years that runs up to now ("for N years", "the past N years") paired with a
    written-out "since YYYY" in the same paragraph (the nearest count explains each year); "nearly/about N
    years" counts one year less. Of several years the earliest bound is kept, and one that lands
    after `today` is no evidence. Returns the bound and its reason."""
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
        near = [(abs(span.start - since.start), years, span.text) for span, years in spans
                if abs(span.start - since.start) <= ELAPSED_PAIR_WINDOW
                and "\n" not in text[min(span.start, since.start):max(span.end, since.end)]]
        if not near or min(near)[1] < 1:
            continue
        _, years, words = min(near)
        bound = dt.date(year + years, 1, 1)
        if bound <= today:
            bounds.append((bound, f"'{words}' since {year}: in {year + years} or later"))
    return min(bounds) if bounds else None


def _is_relative(timex: Timex) -> bool:
    """True when the value came from the anchor, so it is no evidence of when the text was written."""
    return not _rule_of(timex).is_constant


_LONGER_TITLE = re.compile(r"\b(?:vice|deputy)[- ]$", re.IGNORECASE)
# Reasons of clues that allow disjoint windows, which the story's dated coverage chooses among
# (story/redate.py dates such documents again when that coverage grows).
MONTHS_WITHOUT_YEAR_REASON = "months named without their year"
TITLES_REASON = "titles "
MIN_TITLE_REGION_DAYS = 14  # titles agreeing on fewer days meet only at a handover: one is history


def _title_votes(text: str, today: dt.date) -> list[tuple[str, list[tuple[dt.date, dt.date]]]]:
    """(words, periods) of each title fact the text uses; "Vice President Biden" is not "President Biden"."""
    votes = []
    for pattern, periods in _title_facts():
        match = next((m for m in pattern.finditer(text) if not _LONGER_TITLE.search(text[max(0, m.start() - 8):m.start()])),
                     None)
        if match:
            votes.append((match.group(0), [(dt.date.fromisoformat(start), dt.date.fromisoformat(end) if end else today)
                                          for start, end in periods]))
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


def _nearest(windows: list[tuple[dt.date, dt.date]], story: tuple[dt.date, dt.date] | None) -> list[tuple[dt.date, dt.date]]:
    """Of disjoint candidate windows, those nearest the story's dated coverage (a store holds one
    story, so an undated article of it was most likely written near its dated ones); all of them
    without a story."""
    merged: list[tuple[dt.date, dt.date]] = []
    for first, last in sorted(windows):  # windows that touch are one stretch of days
        if merged and first <= merged[-1][1] + dt.timedelta(days=1):
            merged[-1] = (merged[-1][0], max(last, merged[-1][1]))
        else:
            merged.append((first, last))
    if story is None or len(merged) < 2:
        return merged

    def distance(window):
        return max((story[0] - window[1]).days, (window[0] - story[1]).days, 0)
    closest = min(distance(w) for w in merged)
    return [w for w in merged if distance(w) == closest]


def _pick_region(regions: list[tuple[dt.date, dt.date]], lower: dt.date | None,
                 story: tuple[dt.date, dt.date] | None = None) -> tuple[dt.date, dt.date] | None:
    """One range out of equally supported stretches ("President Bush": two terms): those the
    written-out dates allow (and, in a store, nearest its story's dated coverage), from the first
    to the last, so an unsettled choice stays open."""
    allowed = _nearest([r for r in regions if lower is None or r[1] >= lower] or regions[-1:], story)
    if not allowed:
        return None
    return allowed[0][0], allowed[-1][1]


RECENCY_DAYS = 60  # soft: news is written within this many days after the latest single day it names
# (chosen on the development topics of `storyline eval dating` among 30 and 60, with MIN_NEIGHBOURS)


def _relative_bounds(text: str, timexes: list[Timex], earliest: dt.date, latest: dt.date) -> list[Bound]:
    """Relative expressions ("in August", "on May 5", "the last week of October") that mean the
    same days whichever day of [earliest, latest] the text was written: a past one is a lower
    bound, one the text puts ahead an upper bound."""
    relative = sorted((t for t in timexes if t.type in ("DATE", "TIME") and _is_relative(t)), key=lambda t: t.start)
    if not relative:
        return []
    rules = [_rule_of(t) for t in relative]
    at_start = resolve_rules_in_order(rules, earliest.isoformat())
    at_end = resolve_rules_in_order(rules, latest.isoformat())
    bounds = []
    for timex, first, second in zip(relative, at_start, at_end):
        covered = value_range(first) if first == second else None
        if covered is None or (covered[1] - covered[0]).days > 31:
            continue
        if _ahead(text, timex):
            bounds.append(Bound(f"'{timex.text}' ({first}) lies ahead: on or before {covered[1].isoformat()}",
                                latest=covered[1]))
        elif _told_as_past(text, timex):
            bounds.append(Bound(f"'{timex.text}' ({first}) is past: on or after {covered[0].isoformat()}",
                                earliest=covered[0], day=covered[0] == covered[1]))
    return bounds


# A month named without its year is the nearest one: a past one within eleven months before the
# writing, one put ahead (a plan) within half a year after it.
YEARLESS_PAST_REACH_DAYS = 335
YEARLESS_AHEAD_REACH_DAYS = 183


def _yearless_days(rule: TimeRule) -> list[tuple[int, int]] | None:
    """(month, first day), (month, last day) of a year-less month or month-day rule; None for others."""
    if rule.kind is RuleKind.MONTH and rule.month and not rule.after_previous:
        month = int(rule.month)
        return [(month, 1), (month, calendar.monthrange(2001, month)[1])]
    if rule.kind is RuleKind.MONTH_DAY and rule.month and rule.day and not rule.after_previous:
        return [(int(rule.month), int(rule.day))] * 2
    return None


def _intersect(left: list[tuple[dt.date, dt.date]], right: list[tuple[dt.date, dt.date]]) -> list[tuple[dt.date, dt.date]]:
    return [(max(a, c), min(b, d)) for a, b in left for c, d in right if max(a, c) <= min(b, d)]


def _yearless_bound(text: str, timexes: list[Timex], earliest: dt.date, latest: dt.date,
                    story: tuple[dt.date, dt.date] | None = None) -> Bound | None:
    """Months named without a year ("a proposal made in August", "likely in the last week of
    October") are the nearest ones (YEARLESS_PAST_REACH_DAYS, YEARLESS_AHEAD_REACH_DAYS). Each such expression allows a window per candidate year; the
    windows all of them share, within [earliest, latest], bound the writing (their whole span)."""
    allowed = [(earliest, latest)]
    used = []
    past_reach, ahead_reach = dt.timedelta(days=YEARLESS_PAST_REACH_DAYS), dt.timedelta(days=YEARLESS_AHEAD_REACH_DAYS)
    for timex in sorted(timexes, key=lambda t: t.start):
        days = _yearless_days(_rule_of(timex)) if timex.type == "DATE" else None
        if days is None:
            continue
        ahead = _ahead(text, timex)
        if not ahead and not _told_as_past(text, timex):
            continue
        windows = []
        for year in range(earliest.year - 1, latest.year + 2):
            try:
                first, last = dt.date(year, *days[0]), dt.date(year, *days[1])
            except ValueError:  # February 29 of a common year
                continue
            windows.append((first - ahead_reach, last) if ahead else (first, last + past_reach))
        narrowed = _intersect(allowed, windows)
        if narrowed:
            allowed = narrowed
            used.append(f"'{timex.text}' ({'ahead' if ahead else 'past'})")
    if not used:
        return None
    nearest = _nearest(allowed, story)
    chosen = " (the window nearest the story's dated coverage)" if len(nearest) < len(_nearest(allowed, None)) else ""
    first, last = min(a for a, _ in nearest), max(b for _, b in nearest)
    return Bound(f"{' and '.join(used)}: {MONTHS_WITHOUT_YEAR_REASON}, so {first.isoformat()}..{last.isoformat()}"
                 f"{chosen}", earliest=first, latest=last)


def _apply(found: list[dt.date], bound: Bound, applied: list[Bound]) -> bool:
    """Narrows [earliest, latest] by the bound when they are compatible; False (nothing changed) when not."""
    earliest = max(found[0], bound.earliest) if bound.earliest else found[0]
    latest = min(found[1], bound.latest) if bound.latest else found[1]
    if earliest > latest or (earliest, latest) == tuple(found):
        return False
    found[:] = [earliest, latest]
    applied.append(bound)
    return True


def _binding_reasons(applied: list[Bound], found: list[dt.date]) -> list[str]:
    """The reasons of the clues that make the final range's ends (the last one to set each end)."""
    reasons = []
    for end, attribute in ((0, "earliest"), (1, "latest")):
        setting = [b for b in applied if getattr(b, attribute) == found[end]]
        if setting and setting[-1].reason not in reasons:
            reasons.append(setting[-1].reason)
    return reasons


def infer_publication(text: str, timexes: list[Timex], today: str | None = None,
                      coverage: list[Bound] = (), named_until: dict[str, str] | None = None,
                      story: tuple[dt.date, dt.date] | None = None,
                      recency_days: int | None = None) -> PublicationDating:
    """The narrowest honest publication range of an undated text, with the clues it rests on.

    From the text: the latest written-out date (not announced as ahead) and a year count added
    to the "since YYYY" it explains bound it from below; dated title facts ("President-elect
    Donald Trump", data file title_facts.json) vote with the periods they held, and the days most
    of them share bound both ends and win over a date that contradicts them; dates put ahead
    ("will meet in March 2026") bound it from above. `coverage`: clues from dated articles of
    the same happenings (firm ones first, then the dated neighbours' window). Then relative
    expressions that mean the same days across the range narrow it again, and, when the range
    is still wide, news is assumed written within RECENCY_DAYS of the latest single day it names (written out, or fixed by the range).
    `named_until` (day -> the last publication day of dated articles naming it): a day the coverage
    still names long after it ("April 20", the day of the explosion) is the story's landmark, not
    the news of the day, so the recency window runs from the last dated article naming it.
    `story` (first, last day of the store's source-dated articles): of disjoint windows the text
    allows (two terms of a title, a month of this year or the next), the ones nearest it.
    `recency_days`: how long after the latest day it names news is written, measured on the
    store's dated articles (`story.redate.recency_window`); RECENCY_DAYS without a store.
    `today` (ISO) closes open ranges; it defaults to the real today.
    """
    cap = dt.date.fromisoformat(today) if today else dt.date.today()
    text = text or ""
    applied: list[Bound] = []
    explicit = _latest_explicit_date(text, timexes, cap, story)
    lower = explicit[0] if explicit else None
    if explicit:
        applied.append(Bound(f"writes out '{explicit[2].text}': on or after {lower.isoformat()}", earliest=lower,
                             day=explicit[0] == explicit[1]))
    elapsed = _elapsed_lower_bound(text, timexes, cap)
    if elapsed and (lower is None or elapsed[0] > lower):
        lower = elapsed[0]
        applied.append(Bound(elapsed[1], earliest=lower))
    votes = _title_votes(text, cap)
    regions = _best_regions([periods for _, periods in votes])
    if regions and sum((last - first).days + 1 for first, last in regions) < MIN_TITLE_REGION_DAYS:
        newest = max(max(start for start, _ in periods) for _, periods in votes)
        votes = [(words, periods) for words, periods in votes if max(end for _, end in periods) > newest]
        regions = _best_regions([periods for _, periods in votes])
    titles = _pick_region(regions, lower, story)
    if titles:
        held = [words for words, periods in votes if any(s <= titles[1] and titles[0] <= e for s, e in periods)]
        chosen = " (the period nearest the story's dated coverage)" if titles != _pick_region(regions, lower) else ""
        applied.append(Bound(f"{TITLES_REASON}{', '.join(repr(w) for w in held)}: {titles[0].isoformat()}.."
                             f"{titles[1].isoformat()}{chosen}", earliest=titles[0], latest=titles[1]))
    if titles and lower and lower <= titles[1]:
        found = [max(lower, titles[0]), titles[1]]
    elif titles:
        found = list(titles)
    elif lower:
        found = [lower, cap]
    else:
        found = None
    firm = [b for b in coverage if b.firm]
    if found is None:  # nothing in the text: the coverage alone, firm lower bounds first
        starts = [b for b in firm if b.earliest] or [b for b in coverage if b.earliest and not b.firm]
        if not starts:
            return PublicationDating(None, [])
        first = min(starts, key=lambda b: b.earliest)
        found = [first.earliest, cap]
        applied.append(first)
    for bound in _ahead_bounds(text, timexes, cap) + _change_note_bounds(text, timexes, cap) + firm + [
            b for b in coverage if not b.firm]:
        _apply(found, bound, applied)
    for _ in range(2):  # a narrower range can fix more relative expressions
        yearless = _yearless_bound(text, timexes, *found, story)
        relative = _relative_bounds(text, timexes, *found) + ([yearless] if yearless else [])
        if not any([_apply(found, bound, applied) for bound in relative]):
            break
    days = [b.earliest for b in applied if b.day]
    latest_day = max(days) if days else None
    recency = RECENCY_DAYS if recency_days is None else recency_days
    if latest_day and (found[1] - found[0]).days > recency and found[0] <= latest_day:
        named = (named_until or {}).get(latest_day.isoformat())
        since = max(latest_day, dt.date.fromisoformat(named)) if named else latest_day
        still = f" (dated articles still name it on {since.isoformat()})" if since > latest_day else ""
        measured = " (how long the store's dated articles go on naming a day)" if recency_days is not None else ""
        _apply(found, Bound(f"news within {recency} days{measured} after the latest day it names, {latest_day.isoformat()}{still}",
                            latest=since + dt.timedelta(days=recency),
                            firm=False), applied)
    if found[1] == cap and not any(b.latest == cap for b in applied):
        applied.append(Bound(f"nothing bounds it from above: up to {cap.isoformat()}", latest=cap))
    return PublicationDating([found[0].isoformat(), found[1].isoformat()], _binding_reasons(applied, found))


def infer_published_range(text: str, timexes: list[Timex], today: str | None = None) -> list[str] | None:
    """[earliest, latest] publication date of an undated text from the text alone; None without evidence."""
    return infer_publication(text, timexes, today).range


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


def reanchor_label(anchor_range: list[str] | None) -> str | None:
    """A timex's `anchor` after re-dating to a range: the day, or the ISO interval 'first/last'."""
    if not anchor_range:
        return None
    return anchor_range[0] if anchor_range[0] == anchor_range[1] else f"{anchor_range[0]}/{anchor_range[1]}"


def reanchor_to_range(timexes: list[Timex], text: str, anchor_range: list[str] | None) -> list[Timex]:
    """The timexes valued against a publication known only as a range [first, last]: a relative
    expression keeps the value it has from either end ("on Monday" written 2025-05-20..22 is
    2025-05-19) and has none when the ends disagree. The anchor is `reanchor_label(anchor_range)`."""
    if not anchor_range:
        return reanchor_timexes(timexes, text, None)
    first = reanchor_timexes(timexes, text, anchor_range[0])
    if anchor_range[0] == anchor_range[1]:
        return first
    last = reanchor_timexes(timexes, text, anchor_range[1])
    label = reanchor_label(anchor_range)
    return [replace(a, value=a.value if a.value == b.value else None, anchor=label) for a, b in zip(first, last)]


def _rule_of(timex: Timex) -> TimeRule:
    """The stored rule, or the current value as a constant when there is no readable rule."""
    return TimeRule.from_json(timex.rule, timex.value)


# --------------------------------------------------------------------------- event dates

_REPORTING_LEMMAS = {"say", "tell", "report", "announce", "comment", "remark", "write", "post"}


def _is_reporting_date(timex: Timex, parsed) -> bool:
    """'..., according to a report on Sunday': the date of the report, not of what it reports.
    Needs the parse: the expression hangs off a reporting word that is not the sentence's root."""
    if parsed is None:
        return False
    span = span_at(parsed, timex.start, timex.end)
    if span is None:
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


COMPARATIVE_POSITION = re.compile(r"^\s*(earlier|later)\b", re.IGNORECASE)


def _anchor_days(timex: Timex) -> tuple[dt.date, dt.date] | None:
    """The first and last day the report may have been written: its day, or both ends of an undated report's range
    ('2010-03-01/2010-09-30', `reanchor_label`)."""
    if not timex.anchor:
        return None
    try:
        ends = [dt.date.fromisoformat(part[:10]) for part in timex.anchor.split("/")]
    except ValueError:
        return None
    return ends[0], ends[-1]


def _before_or_after_now(timex: Timex) -> tuple[dt.date, dt.date] | None:
    """'earlier this year' / 'later this month' count from the report's day, not from the period's ends: the part of
    the period up to its anchor (after it), which the comparative names, where 'early' / 'late' name its first (last)
    third. 'Earlier this year Jackson's father, Joe, filed a wrongful death lawsuit' (BBC, 16 September 2010, filed 25
    June) was shown as 1 January..2 May. An undated report counts to the latest day of its range ('earlier') or from
    the earliest ('later'). A period that does not hold the report ('earlier last year') counts from a time the
    sentence does not give: the whole period. None when the expression is no comparative."""
    found = COMPARATIVE_POSITION.match(timex.text or "")
    covered = value_range(timex.value)
    anchor = _anchor_days(timex)
    if not found or not covered or not anchor or timex.mod not in ("START", "END"):
        return None
    first, last = anchor
    if found.group(1).lower() == "earlier":
        return (covered[0], min(last, covered[1])) if covered[0] <= first <= covered[1] else covered
    # what is still to come: from the day after the report's ('later today' is an expression of its own); on the
    # period's last day only that day is left
    if first == covered[1]:
        return first, first
    return (first + dt.timedelta(days=1), covered[1]) if covered[0] <= first < covered[1] else covered


LAST_WEEK = re.compile(r"^\s*last\s+week\s*$", re.IGNORECASE)
SATURDAY = 6  # ISO weekday


def _last_week_at_a_weekend(timex: Timex) -> tuple[dt.date, dt.date] | None:
    """'last week' written on a Saturday or Sunday: the calendar week before (its TIMEX3 value) or the working week
    just ending, which weekend reports often mean, so both up to the day before the report. 'BP boss Tony Hayward met
    with an Abu Dhabi state investment fund last week' (Reuters, Sunday 11 July 2010) met it on Wednesday 7 July, and
    'Black Eyed Peas withdrew ... last week' (BBC, Saturday 8 October 2011) withdrew on 4-5 October; 'testified in
    Congress last week' (Guardian, Sunday 20 June 2010) is the week before (9 June). An undated report is read at the
    latest day of its range. None on a weekday."""
    covered = value_range(timex.value)
    anchor = _anchor_days(timex)
    if not LAST_WEEK.match(timex.text or "") or not covered or not anchor or timex.mod:
        return None
    latest = anchor[1]
    week_before = latest - dt.timedelta(days=latest.isoweekday() - 1 + 7)  # the Monday of the week before
    if latest.isoweekday() < SATURDAY or covered[0] != week_before:
        return None
    return covered[0], latest - dt.timedelta(days=1)


PAST_WEEK = re.compile(r"^\s*the\s+(past|last)\s+week\s*$", re.IGNORECASE)


def _the_past_week(timex: Timex) -> tuple[dt.date, dt.date] | None:
    """'the past week' / 'the last week' is the seven days up to the report, not the calendar week before, which its
    TIMEX3 value names: 'Thousands signed contracts in the past week' (Reuters, Friday 7 May 2010) was 26 April..2 May,
    days the contracts mostly were not signed on. None for any other expression."""
    anchor = _anchor_days(timex)
    if not PAST_WEEK.match(timex.text or "") or not anchor or timex.mod:
        return None
    return anchor[0] - dt.timedelta(days=7), anchor[1]


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
    first, last = (_before_or_after_now(chosen) or _last_week_at_a_weekend(chosen) or _the_past_week(chosen)
                   or _narrow(*value_range(chosen.value), chosen.mod))
    if first == last:
        return first.isoformat(), None
    return None, [first.isoformat(), last.isoformat()]
