"""Time expressions: recognition and TIMEX3 normalisation anchored on the document date.

Recognition runs the surface patterns of `lexicon.PATTERNS` (`patterns.COMPILED`), each near the
trigger words it needs (`patterns.TriggerRegions`; longest match wins); each match's normaliser
(`normalise.NORMALISERS`) turns it into a type and a `TimeRule`, which `resolve` values against
the anchor. The rule is kept on the Timex (as JSON) so a later, better anchor can re-resolve it
without re-reading the text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from storyline.model import Timex
from storyline.nlp.spacy_model import text_of
from storyline.nlp.time.normalise import NORMALISERS, MatchContext
from storyline.nlp.time.patterns import COMPILED
from storyline.nlp.time.patterns import TriggerRegions
from storyline.nlp.time.resolve import resolve_rules_in_order
from storyline.nlp.time.rule import RuleKind, TimeRule, constant
from storyline.nlp.time.tense import direction, is_forecast


@dataclass
class Candidate:
    """A pattern match turned into a type and a resolution rule."""

    start: int
    end: int
    kind: str
    type: str
    rule: TimeRule
    priority: int


def _matches(regex: re.Pattern, text: str, regions: list[tuple[int, int]] | None):
    if regions is None:
        yield from regex.finditer(text)
        return
    for start, end in regions:
        yield from regex.finditer(text, start, end)


def _candidates(text: str, parsed, whole_text: bool = False) -> list[Candidate]:
    """Every pattern's matches turned into candidates; `whole_text` scans all of it rather than
    the trigger regions (the same result, which a test checks, only slower)."""
    found: list[Candidate] = []
    regions = None if whole_text else TriggerRegions(text)
    for priority, (kind, regex) in enumerate(COMPILED):
        for match in _matches(regex, text, None if regions is None else regions.of_pattern(priority)):
            start, end = match.span()
            if end - start < 2 and not text[start:end].isdigit():
                continue
            groups = {k: v for k, v in match.groupdict().items() if v is not None}
            context = MatchContext(
                text=match.group(0), before=text[max(0, start - 30):start], after=text[end:end + 30],
                direction=direction(text, start, end, parsed, news_present_is_future=kind != "month")
                if _needs_direction(kind) or kind == "fixed" and match.group(0).lower() == "midnight" else None,
                looks_like_count=_looks_like_count(text, start, end),
                sentence=_sentence_around(text, start, end),
                forecast=kind in ("quarter", "quarter_adj") and is_forecast(parsed, start, end),
            )
            result = NORMALISERS[kind](groups, context)
            if result is None:
                continue
            found.append(Candidate(start, end, kind, result[0], result[1], priority))
    return found


def _sentence_around(text: str, start: int, end: int, reach: int = 300) -> str:
    """The sentence a match is in, roughly: from the last sentence end before it to the next."""
    before = text[max(0, start - reach):start]
    stops = list(re.finditer(r"[.!?]\s+(?=[A-Z\"'`(])|\n\s*\n", before))
    sentence_start = start - len(before) + (stops[-1].end() if stops else 0)
    after = text[end:end + reach]
    stop = re.search(r"[.!?](?=\s+[A-Z\"'`(]|\s*$)|\n\s*\n", after)
    return text[sentence_start:end + (stop.start() + 1 if stop else len(after))]


def _needs_direction(kind: str) -> bool:
    return kind in {"month_day", "day_month", "month", "weekday", "week_of_month", "pod_weekday", "season", "quarter",
                    "quarter_adj", "clock", "clock_noon", "holiday", "weekday_clock", "the_weekend"}


def _looks_like_count(text: str, start: int, end: int) -> bool:
    """A bare number in a list of figures ("2,000 and 1990 units") rather than a year."""
    before = text[max(0, start - 12):start]
    return bool(re.search(r"\d\s*(?:and|or|to|-)\s*$", before)) and not re.search(r"\b(?:1[5-9]|20)\d\d\s*(?:and|or|to|-)\s*$", before)


def _select(candidates: list[Candidate]) -> list[Candidate]:
    """Longest non-overlapping matches; ties go to the earlier pattern in the table."""
    chosen: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    for cand in sorted(candidates, key=lambda c: (-(c.end - c.start), c.priority, c.start)):
        if any(cand.start < e and s < cand.end for s, e in taken):
            continue
        chosen.append(cand)
        taken.append((cand.start, cand.end))
    return sorted(chosen, key=lambda c: c.start)


_CLOCK_TO_DAY_GAP = re.compile(r"\s*(?:\(\d{3,4}\s*GMT\))?\s*,?\s*(?:on\s+)?(?:[A-Z][a-z]{2}\.?,?\s+)?")


def _is_bare_clock(rule: TimeRule) -> bool:
    return bool(rule.clock and rule.kind is RuleKind.SHIFT and rule.steps == 0 and not rule.after_previous)


def _attach_times_to_days(chosen: list[Candidate], text: str) -> None:
    """'10:42 AM EST, Thu January 9, 2025', 'at 10:35 a.m. (0735 GMT) Friday': a clock time
    without a day of its own takes the date written right after it."""
    for clock, day in zip(chosen, chosen[1:]):
        rule = clock.rule
        if not _is_bare_clock(rule):
            continue
        if not _CLOCK_TO_DAY_GAP.fullmatch(text[clock.end:day.start]):
            continue
        if day.rule.is_constant and re.fullmatch(r"\d{4}-\d\d-\d\d", day.rule.value or ""):
            clock.rule = constant(f"{day.rule.value}T{rule.clock}")
        elif (day.rule.kind in (RuleKind.MONTH_DAY, RuleKind.WEEKDAY) and day.rule.clock is None
              and day.rule.part_of_day is None):
            clock.rule = replace(day.rule, clock=rule.clock)


_JOINED_DATES_GAP = re.compile(r"\s*(?:and|or|to|until|through|-|\u2013)\s*", re.IGNORECASE)
_WRITTEN_YEAR = re.compile(r"(\d{4})(?:-\d\d){1,2}")


def _share_the_written_year(chosen: list[Candidate], text: str) -> None:
    """'Accidents in March and August 2006', 'from January to March 2008': a month (or month and day) joined to a
    date whose year is written takes that year, not the one nearest the report."""
    for first, second in zip(chosen, chosen[1:]):
        rule, written = first.rule, second.rule
        if rule.kind not in (RuleKind.MONTH, RuleKind.MONTH_DAY) or rule.shift is not None or not written.is_constant:
            continue
        year = _WRITTEN_YEAR.fullmatch(written.value or "")
        if year is None or not _JOINED_DATES_GAP.fullmatch(text[first.end:second.start]):
            continue
        day = f"-{rule.day:02d}" if rule.kind is RuleKind.MONTH_DAY and rule.day else ""
        first.rule = constant(f"{year.group(1)}-{rule.month:02d}{day}")


def extract_timexes(text: str, anchor: str | None, doc_id: str = "", parsed=None, *,
                    scan_whole_text: bool = False) -> list[Timex]:
    """Time expressions in `text`, valued against `anchor` (ISO date or None).

    `parsed` (a spaCy Doc of exactly `text`) lets the governing verb's tense decide whether a
    bare weekday or month looks back or ahead; without it nearby words decide.
    `scan_whole_text` runs the patterns over all of the text instead of the stretches near a
    trigger word: the same result, slower; scripts/bench_timex.py times the two.
    """
    if not text:
        return []
    if parsed is not None and text_of(parsed) != text:
        parsed = None
    chosen = _select(_candidates(text, parsed, whole_text=scan_whole_text))
    _attach_times_to_days(chosen, text)
    _share_the_written_year(chosen, text)
    values = resolve_rules_in_order([c.rule for c in chosen], anchor)
    timexes = []
    for cand, value in zip(chosen, values):
        timexes.append(Timex(
            doc=doc_id, start=cand.start, end=cand.end, text=text[cand.start:cand.end],
            type=cand.type, value=value, anchor=anchor,
            rule=cand.rule.to_json(), mod=cand.rule.mod,
        ))
    return timexes

