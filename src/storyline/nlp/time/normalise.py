"""Normalisation: each pattern kind's normaliser turns a match into a TIMEX3 type and a
`TimeRule` (or rejects it). `NORMALISERS` maps the kind names of `lexicon.PATTERNS` to them."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from storyline.nlp.time import lexicon
from storyline.nlp.time.patterns import month_words, weekday_words
from storyline.nlp.time.resolve import valid_day
from storyline.nlp.time.rule import RuleKind, TimeRule, constant

def _lower(groups: dict, name: str) -> str | None:
    value = groups.get(name)
    return re.sub(r"\s+", " ", value.lower()).rstrip(".") if value else None


def _is_capitalised(word: str | None) -> bool:
    return word is None or word[:1].isupper()


def _number(text: str | None) -> float | str | None:
    """'twenty four' -> 24, '3' -> 3, 'several' -> 'X'."""
    if text is None:
        return None
    text = re.sub(r"[\s-]+", " ", text.lower().strip())
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", text):
        text = text.replace(",", "")
    if re.fullmatch(r"\d+ 1/2", text):  # "2 1/2 years"
        return int(text.split(" ")[0]) + 0.5
    if text in lexicon.VAGUE_QUANTITIES:
        return "X"
    if text in lexicon.NUMBER_WORDS:
        return lexicon.NUMBER_WORDS[text]
    try:
        return float(text) if "." in text else int(text)
    except ValueError:
        pass
    parts = text.split(" ")
    if parts[-1] == "hundred" and len(parts) == 2 and parts[0] in lexicon.NUMBER_WORDS:
        return lexicon.NUMBER_WORDS[parts[0]] * 100
    if all(p in lexicon.NUMBER_WORDS for p in parts):
        values = [lexicon.NUMBER_WORDS[p] for p in parts]
        if len(values) == 2 and values[1] == 100:
            return values[0] * 100
        return sum(values)
    return None


def written_number(text: str | None) -> int | float | None:
    """'eleven' -> 11, '1,000' -> 1000, '1.5 million' -> 1500000, 'twenty-four' -> 24: one value however
    a count is written, so a toll told in digits and in words is one figure. None for what is no number
    ('first', 'several')."""
    words = re.sub(r"[\s-]+", " ", (text or "").lower().strip()).split()
    scale = 1
    while words and words[-1] in lexicon.SCALES:
        scale *= lexicon.SCALES[words.pop()]
    value = _number(" ".join(words)) if words else (scale if scale > 1 else None)
    if isinstance(value, str) or value is None:
        return None
    value = value * scale if words else value
    return int(value) if float(value).is_integer() else value


def _unit(text: str | None) -> str | None:
    if text is None:
        return None
    word = text.lower()
    return lexicon.UNIT_PLURALS.get(word, word)


def _duration_value(number, unit: str) -> str:
    """TIMEX3 duration: P3Y, PT24H, PXD, P2W (fortnight)."""
    letter = lexicon.UNITS[unit]
    if letter == "2W":
        number, letter = (number * 2 if number != "X" else "X"), "W"
    if isinstance(number, float) and number.is_integer():
        number = int(number)
    if unit == "weekend":
        return f"P{number}WE"
    if letter in ("DE", "CE") and number != "X":  # TimeML writes two decades as P20Y
        number, letter = number * (10 if letter == "DE" else 100), "Y"
        if isinstance(number, float) and number.is_integer():
            number = int(number)
    prefix = "PT" if unit in lexicon.TIME_UNITS else "P"
    smaller_unit = _SMALLER_UNIT.get(("T" if unit in lexicon.TIME_UNITS else "") + letter)
    if isinstance(number, float) and smaller_unit:
        whole, rest = divmod(number, 1)
        smaller, factor = smaller_unit
        if float(rest * factor).is_integer():  # TimeML writes 2 1/2 years as P2Y6M
            value = f"{int(whole)}{letter}" if whole else ""
            if letter == "D":
                return f"P{value}T{int(rest * factor)}{smaller}"
            return f"{prefix}{value}{int(rest * factor)}{smaller}"
    return f"{prefix}{number}{letter}"


# A fractional count of a unit is written as whole units plus the next smaller unit.
_SMALLER_UNIT = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "TH": ("M", 60), "TM": ("S", 60)}


def _shift_letter(unit: str) -> str:
    return {"fortnight": "W", "night": "D"}.get(unit, lexicon.UNITS[unit])


def _mod(groups: dict) -> str | None:
    pos = _lower(groups, "pos")
    if pos:
        return lexicon.POSITION_MODS.get(pos) or lexicon.POSITION_MODS.get(pos.rstrip("-"))
    approx = _lower(groups, "approx")
    return lexicon.APPROX_MODS.get(approx) if approx else None


def _constant(type_: str, value: str, mod: str | None = None) -> tuple[str, TimeRule]:
    return type_, constant(value, mod or None)


# Each normaliser gets the match groups, the matched text and its context and returns
# (type, rule) or None to reject the match.

def _n_absolute_date(g, ctx):
    year, month, day = int(g["year"]), _month_number(g), int(g["day"])
    if not valid_day(year, month, day):
        return None
    return _constant("DATE", f"{year:04d}-{month:02d}-{day:02d}")


def _month_number(g) -> int:
    if g.get("mnum"):
        return int(g["mnum"])
    return lexicon.MONTHS[_lower(g, "month")]


def _shift_and_part_of_day(rule: TimeRule, g) -> tuple[str, TimeRule]:
    """A named day may be shifted ("next Tuesday") and narrowed to a part of it ("Tuesday night"),
    which makes it a TIME."""
    if g.get("shift"):
        rule.shift = lexicon.SHIFT_WORDS[_lower(g, "shift")]
    pod = _lower(g, "pod")
    if pod:
        rule.part_of_day = lexicon.PARTS_OF_DAY[pod]
        return "TIME", rule
    return "DATE", rule


def _n_month_day(g, ctx):
    if not _is_capitalised(g.get("month")):
        return None
    month, day = _month_number(g), int(g["day"])
    if not valid_day(2000, month, day):
        return None
    rule = TimeRule(RuleKind.MONTH_DAY, month=month, day=day, direction=ctx.direction)
    kind, rule = _shift_and_part_of_day(rule, g)
    if rule.shift is None and re.search(r"\bended\s+$", ctx.before, re.IGNORECASE):
        rule.up_to_anchor = True  # "the fiscal year ended Jan. 31", "the trial ended Feb. 12": over by the story
    return kind, rule


def _n_month_year(g, ctx):
    if not _is_capitalised(g.get("month")):
        return None
    return _constant("DATE", f"{int(g['year']):04d}-{_month_number(g):02d}", _mod(g))


def _n_month_of_year(g, ctx):
    """'June last year', 'early October this year'."""
    if not _is_capitalised(g.get("month")):
        return None
    return "DATE", TimeRule(RuleKind.SHIFT, unit="Y", steps=lexicon.SHIFT_WORDS[_lower(g, "qshift")],
                            suffix=f"-{_month_number(g):02d}", mod=_mod(g))


def _n_month_of_that_year(g, ctx):
    """'25 June that year', 'June of the same year': counted from the last year the text named, as
    'that year' alone is; resolved apart, the month would take the anchor's year (a 2011 report of
    a 2009 death read 'died on 25 June that year' as 2011-06-25)."""
    if not _is_capitalised(g.get("month")):
        return None
    month = _month_number(g)
    suffix = f"-{month:02d}"
    if g.get("day"):
        if not valid_day(2000, month, int(g["day"])):
            return None
        suffix += f"-{int(g['day']):02d}"
    # "May of the following year": a year on from the one named last ("Dec. 31 of the previous year", one back)
    steps = {"following": 1, "next": 1, "previous": -1, "prior": -1}.get(_lower(g, "year_shift") or "", 0)
    return "DATE", TimeRule(RuleKind.SHIFT, unit="Y", steps=steps, suffix=suffix, mod=_mod(g), after_previous=True)


def _n_month(g, ctx):
    word = g.get("month")
    if not _is_capitalised(word):
        return None
    if word.lower() in lexicon.AMBIGUOUS_MONTHS - {"may"}:
        return None  # "Jan", "Mar" without a period are names or parts of names
    if word.lower() == "may" and not (g.get("pos") or g.get("shift")):
        if not ctx.before.rstrip().lower().endswith(("in", "of", "since", "until", "by", "early", "late", "mid", "last", "next", "this")):
            return None
    shift = lexicon.SHIFT_WORDS.get(_lower(g, "shift")) if g.get("shift") else None
    return "DATE", TimeRule(RuleKind.MONTH, month=_month_number(g), direction=ctx.direction, shift=shift, mod=_mod(g))


def _n_weekday(g, ctx):
    word = g.get("weekday")
    if not _is_capitalised(word):
        return None
    rule = TimeRule(RuleKind.WEEKDAY, weekday=lexicon.WEEKDAYS[_lower(g, "weekday")], direction=ctx.direction)
    return _shift_and_part_of_day(rule, g)


_NUMBERED_LABEL = re.compile(lexicon.NUMBERED_LABEL_BEFORE.format("|".join(
    re.escape(word) for word in sorted(lexicon.NUMBERED_LABELS, key=len, reverse=True))), re.I)


_CLOCK_ZONE = re.compile(lexicon.CLOCK_ZONE_AFTER)


def _n_year(g, ctx):
    year = int(g["year"])
    if not 1000 <= year <= 2100:
        return None
    after = ctx.after.lstrip()
    next_word = re.match(r"[\w%]+", after)
    if next_word and next_word.group(0).lower() in lexicon.NOT_YEAR_FOLLOWERS:
        return None
    if re.search(r"(?:[$€£#]|No\.|\d[,.]?)\s*$", ctx.before) or after.startswith(("%", ",0")):
        return None
    if re.match(r"\.\d", ctx.after):  # "close at 2082.1": an index level, not a year
        return None
    if _NUMBERED_LABEL.search(ctx.before):  # "section 1543", "Resolution 1973": a label, not a year
        return None
    if year % 100 < 60 and year // 100 < 24 and _CLOCK_ZONE.match(after):  # "1930 CDT": a time of day
        return None
    if not g.get("pos") and not ctx.text[:1].isalpha() and ctx.looks_like_count:
        return None
    return _constant("DATE", f"{year:04d}", _mod(g))


def _n_decade(g, ctx):
    if g.get("decade"):
        value = g["decade"][:3]
    elif g.get("decade2"):
        value = "19" + g["decade2"][0]
    else:
        value = "19" + str(lexicon.DECADE_WORDS[_lower(g, "decade_word")])
    return _constant("DATE", value, _mod(g))


def _n_century(g, ctx):
    """'the 20th century' -> 19."""
    number = int(g["cnum"]) if g.get("cnum") else lexicon.CENTURY_ORDINALS[_lower(g, "cent_word")]
    if number < 1:
        return None
    return _constant("DATE", f"{number - 1:02d}", _mod(g))


def _n_season(g, ctx):
    has_context = g.get("pos") or g.get("shift") or g.get("year")
    has_context = has_context or ctx.text.lower().startswith("the")
    if not has_context and not re.search(r"(?:\bin|\bthe|\bthis|\bthat|\bby|\bnext|\blast)\s+$", ctx.before.lower()):
        return None
    season = lexicon.SEASONS[_lower(g, "season")]
    if g.get("year"):
        return _constant("DATE", f"{int(g['year']):04d}-{season}", _mod(g))
    rule = TimeRule(RuleKind.SEASON, season=season, direction=ctx.direction)
    if _lower(g, "shift") in ("this past", "this coming"):
        # "this past spring": the latest spring before the writing, which may be this year's
        rule.direction = "past" if _lower(g, "shift") == "this past" else "future"
    elif g.get("shift"):
        rule.shift = lexicon.SHIFT_WORDS[_lower(g, "shift")]
    rule.mod = _mod(g)
    return "DATE", rule


def _n_quarter(g, ctx):
    ordinal = lexicon.ORDINALS.get(_lower(g, "ord")) if g.get("ord") else None
    if ordinal is not None and not 1 <= ordinal <= 4 and ordinal != -1:
        return None
    latest = _lower(g, "latest")
    text = ctx.text.lower()
    if not (ordinal or latest or g.get("shift") or g.get("year") or text.startswith("the")):
        return None
    if g.get("year") and ordinal and ordinal > 0:
        return _constant("DATE", f"{int(g['year']):04d}-Q{ordinal}")
    rule = TimeRule(RuleKind.QUARTER, direction=ctx.direction, forecast=ctx.forecast)
    ended = _quarter_end_month(ctx.after)
    if ended and not ordinal and not latest:
        return "DATE", TimeRule(RuleKind.MONTH_DAY_QUARTER, month=ended[0], day=ended[1], direction=ctx.direction)
    if ordinal and ordinal > 0:
        rule.quarter = ordinal
        if latest in ("year-earlier", "year-ago"):
            rule.year_shift = -1
        if g.get("qshift"):
            rule.year_shift = lexicon.SHIFT_WORDS[_lower(g, "qshift")]
    elif ordinal == -1 or g.get("shift"):
        rule.shift = lexicon.SHIFT_WORDS.get(_lower(g, "shift"), -1) if g.get("shift") else -1
    else:
        rule.shift, rule.in_quarter_context = "latest", True
        rule.years_back = 1 if latest in ("year-earlier", "year-ago") else 0
    return "DATE", rule


_QUARTER_END = re.compile(r"\s+end(?:ed|ing)\s+(" + month_words() + r")\s+([0-3]?\d)\b", re.IGNORECASE)


def _quarter_end_month(after: str) -> tuple[int, int] | None:
    """'the quarter ended Sept. 30' -> (9, 30): the quarter is the one containing that day."""
    match = _QUARTER_END.match(after)
    if not match:
        return None
    month, day = lexicon.MONTHS[match.group(1).lower().rstrip(".")], int(match.group(2))
    return (month, day) if valid_day(2000, month, day) else None


def _n_half_code(g, ctx):
    half = g.get("hnum") or g.get("hnum2")
    return _constant("DATE", f"{int(g['year']):04d}-H{half}")


def _n_fiscal_year_code(g, ctx):
    year = int(g["year"]) if g.get("year") else 2000 + int(g["fy2"])
    return _constant("DATE", f"{year:04d}")


def _n_week_of_month(g, ctx):
    """'the last week of October': the month, with START or END."""
    if not _is_capitalised(g.get("month")):
        return None
    mod = "START" if _lower(g, "wpos") in ("first", "opening") else "END" if _lower(g, "wpos") in ("last", "final", "closing") else None
    month = _month_number(g)
    if g.get("year"):
        return _constant("DATE", f"{int(g['year']):04d}-{month:02d}", mod)
    return "DATE", TimeRule(RuleKind.MONTH, month=month, direction=ctx.direction, mod=mod)


def _n_quarter_code(g, ctx):
    quarter = g.get("qnum") or g.get("qnum2")
    return _constant("DATE", f"{int(g['year']):04d}-Q{quarter}")


def _n_half(g, ctx):
    half = lexicon.HALF_WORDS[_lower(g, "half")]
    if g.get("year"):
        return _constant("DATE", f"{int(g['year']):04d}-{half}")
    if g.get("hshift"):
        return "DATE", TimeRule(RuleKind.SHIFT, unit="Y", steps=lexicon.SHIFT_WORDS[_lower(g, "hshift")], suffix="-" + half)
    return None


def _is_title(ctx) -> bool:
    """'ABC's "This Week"', 'VOA Today', 'USA Today': a programme or paper named with time words.
    Common words are capitalised only at a sentence start or in a name, so a time word (not a
    month or day name) written with a capital inside a sentence is part of a name."""
    words = ctx.text.split()
    if ctx.text.isupper():
        return False  # a headline in capitals
    if len(words) > 1:
        return any(word[:1].isupper() for word in words[1:])
    if not words[0][:1].isupper():
        return False
    previous = ctx.before.rstrip()
    return bool(re.search(r"(?:[a-z,]|\b[A-Z]\w*)$", previous))  # "... said Today", "VOA Today", not "Co. Today"


def _n_shift_unit(g, ctx):
    unit = _unit(g["unit"])
    if unit in lexicon.TIME_UNITS or unit == "night" or _is_title(ctx):
        return None
    return "DATE", TimeRule(RuleKind.SHIFT, unit=_shift_letter(unit), steps=lexicon.SHIFT_WORDS[_lower(g, "shift")],
                            mod=_mod(g))


def _n_in_the_unit(g, ctx):
    """'earlier in the week', 'later in the year': this week / year, its part before (after) the report."""
    return "DATE", TimeRule(RuleKind.SHIFT, unit=_shift_letter(_unit(g["unit"])), steps=0, mod=_mod(g))


def _n_the_past_unit(g, ctx):
    unit = _unit(g["unit"])
    if _lower(g, "span_word") == "following" and not re.search(r"\b(?:over|for|during|within|throughout)\s*$", ctx.before):
        return None  # "the following year he was appointed": a date after the one just named
    if _lower(g, "span_word") in ("first", "final") and unit == "quarter":
        return None
    shift = {"past": -1, "last": -1, "previous": -1, "next": 1, "coming": 1}.get(_lower(g, "span_word"))
    if shift is not None and unit not in lexicon.TIME_UNITS and unit not in ("day", "night"):
        # "the past year", "the last decade", "the next year": TimeBank and AQUAINT write the
        # calendar unit before or after the story's (1997, 198, 1990), never P1Y
        return "DATE", TimeRule(RuleKind.SHIFT, unit=_shift_letter(unit), steps=shift, mod=_mod(g))
    return _constant("DURATION", _duration_value(1, unit), _mod(g))


def _n_ago(g, ctx):
    number, unit = _number(g.get("num")), _unit(g.get("unit"))
    if number is None or unit not in lexicon.UNITS:
        return None
    direction = lexicon.AGO_WORDS[_lower(g, "ago")]
    if number == "X":
        return _constant("DATE", "PAST_REF" if direction < 0 else "FUTURE_REF")
    if unit in lexicon.TIME_UNITS:
        return "DATE", TimeRule(RuleKind.SHIFT, unit="D", steps=0)
    letter = _shift_letter(unit)
    steps = int(number) if float(number).is_integer() else number
    if letter == "WE":
        letter = "W"
    # "a day earlier", "a week earlier": before the day the text last named ("ago" and "back" count from the report's
    # day; "a year earlier" in a results report is the quarter's, `in_quarter_context`)
    rule = TimeRule(RuleKind.SHIFT, unit=letter, steps=direction * steps,
                    after_previous=_lower(g, "ago") == "earlier" and letter in {"D", "W"})
    if letter == "Y" and steps == 1 and direction < 0 and not _compares_months(ctx):
        rule.in_quarter_context = True
    if letter == "DE" or letter == "CE":
        rule = TimeRule(RuleKind.SHIFT, unit="Y", steps=direction * steps * (10 if letter == "DE" else 100))
    return "DATE", rule


def _n_year_earlier(g, ctx):
    unit = _lower(g, "rel")
    if g.get("months"):  # "the year-earlier nine months": that stretch, a duration
        number = _number(g.get("num"))
        return _constant("DURATION", _duration_value(number, "month")) if isinstance(number, int) else None
    rule = TimeRule(RuleKind.SHIFT, unit=_shift_letter(unit), steps=-1)
    if unit == "year" and not _compares_months(ctx):
        rule.in_quarter_context = True
    return "DATE", rule


_MONTHS_PERIOD = re.compile(r"\b(?:six|nine|\d{1,2})[\s-]months?\b|\bfirst\s+half\b|\byear[\s-]to[\s-]date\b", re.IGNORECASE)


def _compares_months(ctx) -> bool:
    """'in the first nine months, net rose from a year earlier': the comparison is with that
    stretch of the year before, written as the year, not with the reported quarter."""
    return bool(_MONTHS_PERIOD.search(ctx.sentence))


def _n_year_quarter(g, ctx):
    """'the 1988 third quarter', "this year's second quarter", 'the 1989 period'."""
    ordinal = lexicon.ORDINALS.get(_lower(g, "ord")) if g.get("ord") else None
    if _lower(g, "period") == "quarter" and not (ordinal and ordinal > 0):
        ordinal = None
    suffix = f"-Q{ordinal}" if ordinal and ordinal > 0 else ""
    if g.get("year"):
        rule = constant(f"{int(g['year']):04d}{suffix}")
    else:
        rule = TimeRule(RuleKind.SHIFT, unit="Y", steps=lexicon.SHIFT_WORDS[_lower(g, "qshift")], suffix=suffix)
    if not suffix and _lower(g, "period") == "quarter":
        # "the 1988 quarter", "last year's quarter": the quarter being reported, in that year
        # ("the 1988 period" may be the year or the nine months, so it stays the year)
        rule.in_quarter_context = True
        rule.quarter_year = int(g["year"]) if g.get("year") else None
    return "DATE", rule


def _spoken_year(g) -> int | None:
    """'nineteen ninety-four' -> 1994, 'two thousand and one' -> 2001, 'two thousand' -> 2000."""
    if g.get("sy_century"):
        century = lexicon.TEENS.get(_lower(g, "sy_century")) or lexicon.TENS[_lower(g, "sy_century")]
        rest = _lower(g, "sy_rest")
        rest_value = 0 if rest == "hundred" else _number(rest)
        return century * 100 + rest_value if isinstance(rest_value, int) else None
    return 2000 + (lexicon.ONES.get(_lower(g, "sy_ones"), 0) if g.get("sy_ones") else 0)


def _n_spoken_year(g, ctx):
    if not g.get("sy_century") and not g.get("sy_ones") and not ctx.text.lower().startswith("the year"):
        return None  # a bare "two thousand" is a number
    year = _spoken_year(g)
    return _constant("DATE", f"{year:04d}") if year else None


def _n_month_spoken_year(g, ctx):
    year = _spoken_year(g)
    if not year or not _is_capitalised(g.get("month")):
        return None
    return _constant("DATE", f"{year:04d}-{_month_number(g):02d}")


def _n_season_spoken_year(g, ctx):
    year = _spoken_year(g)
    return _constant("DATE", f"{year:04d}-{lexicon.SEASONS[_lower(g, 'season')]}") if year else None


def _n_holiday(g, ctx):
    return "DATE", TimeRule(RuleKind.HOLIDAY, holiday=_lower(g, "holiday"), direction=ctx.direction,
                            shift=lexicon.SHIFT_WORDS[_lower(g, "shift")] if g.get("shift") else None)


def _n_duration(g, ctx):
    number, unit = _number(g.get("num")), _unit(g.get("unit"))
    if number is None or unit not in lexicon.UNITS:
        return None
    num_word = (g.get("num") or "").lower()
    if num_word in ("a", "an") and unit in ("second", "quarter", "night"):
        return None
    if isinstance(number, (int, float)) and number >= 1000 and unit in ("second", "quarter", "year"):
        return None
    if unit == "quarter" and re.match(r"s?\s+of\b", ctx.after):
        return None  # "three-quarters of the vote"
    if "and a half" in ctx.text.lower() and number != "X":
        number = number + 0.5
    if ctx.text.lower().endswith("old") or _is_rate(ctx):
        return None
    if ctx.text.lower() == "one day" and _MODAL_BEFORE.search(ctx.before):
        return _constant("DATE", "FUTURE_REF")  # "Islam will one day be ...": some day ahead, not a day's length
    return _constant("DURATION", _duration_value(number, unit), _mod(g))


_MODAL_BEFORE = re.compile(r"\b(?:will|would|could|may|might|can|shall|'ll)\s+$", re.IGNORECASE)


def _n_duration_range(g, ctx):
    """'two to three weeks': a duration whose count is a range, written PX<unit>."""
    low, high, unit = _number(g.get("num_low")), _number(g.get("num")), _unit(g.get("unit"))
    if unit not in lexicon.UNITS or not isinstance(low, (int, float)) or not isinstance(high, (int, float)):
        return None
    if not 0 < low < high or (unit == "quarter" and re.match(r"s?\s+of\b", ctx.after)):
        return None  # "from 10 to 5 years" is two figures, "one or two quarters of" a share
    return _constant("DURATION", _duration_value("X", unit), _mod(g))


_AMOUNT_BEFORE = re.compile(
    r"(?:\d%?|\b(?:" + "|".join(re.escape(w) for w in lexicon.AMOUNT_WORDS if w.isalpha()) + r"))"
    r"(?:\s+[a-z]+)?\s*$", re.IGNORECASE)


def _is_rate(ctx) -> bool:
    """'$500 million a year', '10,000 units annually': a rate after an amount, not a time."""
    return re.sub(r"\s+", " ", ctx.text.lower()) in lexicon.RATE_EXPRESSIONS and bool(_AMOUNT_BEFORE.search(ctx.before))


def _n_vague_duration(g, ctx):
    return _constant("DURATION", _duration_value("X", _unit(g["unit"])), _mod(g))


def _n_weekday_plural(g, ctx):
    """'on Mondays', 'Tuesday nights': every such day (or part of it), a TIMEX3 SET."""
    if not _is_capitalised(g.get("weekday")) or g["weekday"].endswith("."):
        return None
    value = f"XXXX-WXX-{lexicon.WEEKDAYS[_lower(g, 'weekday')]}"
    pod = _lower(g, "pod_plural")
    return _constant("SET", value + ("T" + lexicon.PARTS_OF_DAY[pod[:-1]] if pod else ""))


def _n_bare_units(g, ctx):
    """'years' is PXY; 'recent weeks' / 'coming months' point at the past or the future."""
    text = ctx.text.lower()
    if re.match(r"[\s-]old\b", ctx.after):
        return None
    if _lower(g, "bare") in ("hours", "minutes") and _of_a_day(ctx.after):
        return None  # "in the early hours of Thursday morning": the day is the expression
    if re.match(r"(?:the\s+)?(?:past|last)\s", text):
        return _constant("DATE", "PAST_REF")
    if re.match(r"(?:the\s+)?next\s", text):
        return _constant("DATE", "FUTURE_REF")
    # "in recent weeks", "in coming months": TimeBank writes a stretch of unknown length, PXW
    return _constant("DURATION", _duration_value("X", _unit(g["bare"])))


def _n_fixed(g, ctx):
    if _is_rate(ctx) or _is_title(ctx):
        return None
    type_, value = lexicon.FIXED_EXPRESSIONS[_lower(g, "fixed")]
    if value == "T24:00" and ctx.direction == "past":
        # "collected 15,000 barrels in the 24 hours to midnight", "the ban took effect at midnight": told as done,
        # the midnight that opened the report's day, the end of the day before
        return "TIME", TimeRule(RuleKind.SHIFT, unit="D", steps=-1, clock=value[1:])
    if value.startswith("T"):
        return "TIME", TimeRule(RuleKind.SHIFT, unit="D", steps=0, clock=value[1:])
    return _constant(type_, value)


def _n_dayword(g, ctx):
    if _is_title(ctx):
        return None
    offset, pod = lexicon.DAY_WORDS[_lower(g, "dayword")]
    pod = lexicon.PARTS_OF_DAY[_lower(g, "pod")] if g.get("pod") else pod
    rule = TimeRule(RuleKind.SHIFT, unit="D", steps=offset)
    if _lower(g, "dayword") == "overnight":
        rule.after_previous = True  # the night before the day the text last named (TimeBank: "Friday ... overnight
        # losses" is Thursday night), else before the report's day
    if pod:
        rule.part_of_day = pod
        return "TIME", rule
    return "DATE", rule


def _clock_time(g) -> str | None:
    hour, minute, ampm = int(g["hour"]), g.get("minute"), _lower(g, "ampm")
    if minute is None and ampm is None:
        return None
    if ampm:
        ampm = ampm.replace(".", "").replace(" ", "")
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm.startswith("p") else 0)
    if hour > 24:
        return None
    return f"{hour:02d}:{int(minute or 0):02d}"


def _n_clock(g, ctx):
    time = _clock_time(g)
    if time is None:
        return None
    if g.get("minute") and not g.get("ampm") and not g.get("tz") and "." in ctx.text:
        return None  # 3.25 is a number, not a time
    day = _day_rule(g, ctx)
    if day.is_constant:
        if not _valid_iso_day(day.value):
            return None
        return "TIME", constant(f"{day.value}T{time}")
    day.clock = time
    return "TIME", day


def _day_rule(g, ctx) -> TimeRule:
    """The day a clock time or 'noon' is on: a named weekday/date, a day word, or the anchor."""
    if g.get("weekday"):
        return TimeRule(RuleKind.WEEKDAY, weekday=lexicon.WEEKDAYS[_lower(g, "weekday")], direction=ctx.direction)
    if g.get("month") and g.get("day") and g.get("year"):
        return constant(f"{int(g['year']):04d}-{_month_number(g):02d}-{int(g['day']):02d}")
    if g.get("month") and g.get("day"):
        return TimeRule(RuleKind.MONTH_DAY, month=_month_number(g), day=int(g["day"]), direction=ctx.direction)
    if g.get("dayword"):
        return TimeRule(RuleKind.SHIFT, unit="D", steps=lexicon.DAY_WORDS[_lower(g, "dayword")][0])
    return TimeRule(RuleKind.SHIFT, unit="D", steps=0)


def _valid_iso_day(value: str) -> bool:
    try:
        dt.date.fromisoformat(value)
        return True
    except ValueError:
        return False


def _n_clock_noon(g, ctx):
    day = _day_rule(g, ctx)
    day.clock = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}[_lower(g, "noon")]
    return "TIME", day


def _n_pod_weekday(g, ctx):
    if not _is_capitalised(g.get("weekday")):
        return None
    rule = _day_rule(g, ctx)
    rule.part_of_day = lexicon.PARTS_OF_DAY[_lower(g, "pod")]
    return "TIME", rule


def _n_set_every(g, ctx):
    if g.get("weekday"):
        return _constant("SET", f"XXXX-WXX-{lexicon.WEEKDAYS[_lower(g, 'weekday')]}")
    if g.get("pod"):
        return _constant("SET", f"XXXX-XX-XXT{lexicon.PARTS_OF_DAY[_lower(g, 'pod')]}")
    if g.get("month"):  # "each July"
        return _constant("SET", f"XXXX-{_month_number(g):02d}") if _is_capitalised(g["month"]) else None
    if g.get("season"):  # "every summer"
        return _constant("SET", f"XXXX-{lexicon.SEASONS[_lower(g, 'season')]}")
    unit = _unit(g.get("unit"))
    if unit not in lexicon.UNITS:
        return None
    every = _lower(g, "every_n")
    number = 2 if every == "other" else (_number(every) if every else 1)
    return _constant("SET", _duration_value(number, unit))


def _n_set_per(g, ctx):
    return _constant("SET", _duration_value(1, _unit(g["unit"])))


_OF_A_DAY = re.compile(r"\s+of\s+(?:" + weekday_words() + "|" + month_words() + r"|\d|today|yesterday|tomorrow)",
                       re.IGNORECASE)


def _of_a_day(after: str) -> bool:
    return bool(_OF_A_DAY.match(after))


def _n_part_of_day(g, ctx):
    if _of_a_day(ctx.after):
        return None  # "on the night of Oct. 23": the date that follows is the time expression
    # "met in the afternoon" names no day of its own: the day the text last named, as "that afternoon" (the
    # publication day when the text named none); inside a noun's phrase ("during the course of the night") it places
    # nothing the report tells of, and keeps the report's day
    told_in = bool(re.search(r"\bin\s+$", ctx.before, re.IGNORECASE))
    return "TIME", TimeRule(RuleKind.SHIFT, unit="D", steps=0, part_of_day=lexicon.PARTS_OF_DAY[_lower(g, "pod")],
                            after_previous=told_in)


def _n_the_weekend(g, ctx):
    return "DATE", TimeRule(RuleKind.WEEKEND, direction=ctx.direction)


# Words that may follow an anaphoric "the day after" / "the day before" ("left the day after and ...", "met the day
# before in Paris", "the day before that": the day named last); any other word starts the happening it counts from ("the day after the explosion", "the day before
# he resigned"), whose day the text does not give here.
ANAPHORIC_CONTINUATIONS = frozenset({"and", "or", "but", "in", "at", "on", "with", "to", "from", "for", "by", "then",
                                     "also", "too", "as", "when", "while", "so", "that"})  # "the day before that"


def _n_anaphoric(g, ctx):
    if _lower(g, "ana2"):
        following = re.match(r"\s+([A-Za-z']+)", ctx.after)
        if following and following.group(1).lower() not in ANAPHORIC_CONTINUATIONS:
            return None  # "the day after the explosion": counted from the explosion, not from the last day named
    word = _lower(g, "ana") or _lower(g, "ana2") or "same"
    unit = _lower(g, "ana_unit") or _lower(g, "ana3") or "day"
    offset = {"next": 1, "following": 1, "after": 1, "previous": -1, "prior": -1, "before": -1}.get(word, 0)
    if unit in lexicon.PARTS_OF_DAY:
        return "TIME", TimeRule(RuleKind.SHIFT, unit="D", steps=offset, part_of_day=lexicon.PARTS_OF_DAY[unit],
                                after_previous=True)
    return "DATE", TimeRule(RuleKind.SHIFT, unit=_shift_letter(unit), steps=offset, after_previous=True)


def _n_unit_edge(g, ctx):
    """'the end of the year', 'year-end': the current unit with mod END."""
    unit = _lower(g, "edge_unit") or "year"
    return "DATE", TimeRule(RuleKind.SHIFT, unit=_shift_letter(unit), steps=0, mod="END")


def _n_whole_year(g, ctx):
    whole = _lower(g, "whole")
    if whole == "fiscal":
        return _constant("DURATION", "P1Y")
    shift = -1 if whole.startswith(("latest", "previous")) else 0
    return "DATE", TimeRule(RuleKind.SHIFT, unit="Y", steps=shift)


def _n_latest_period(g, ctx):
    text = ctx.text.lower()
    return "DATE", TimeRule(RuleKind.QUARTER, shift="latest", in_quarter_context=True,
                            years_back=1 if "year" in text else 0)


def _n_vague_quarters(g, ctx):
    word = _lower(g, "vq")
    return _constant("DATE", "FUTURE_REF" if word in ("coming", "future") else "PAST_REF")


def _n_for_the_unit(g, ctx):
    """'net for the year ended March 31' is a year's span; 'For the year, volume was flat' and
    'a high for the year' are the year the story is in."""
    unit = _unit(g["unit"])
    if re.match(r"\s+end(?:ed|ing)\b", ctx.after):
        return _constant("DURATION", _duration_value(1, unit))
    return "DATE", TimeRule(RuleKind.SHIFT, unit=_shift_letter(unit), steps=0)


NORMALISERS = {
    "for_the_unit": _n_for_the_unit,
    "half_code": _n_half_code, "fiscal_year_code": _n_fiscal_year_code, "week_of_month": _n_week_of_month,
    "unit_edge": _n_unit_edge, "whole_year": _n_whole_year, "latest_period": _n_latest_period,
    "vague_quarters": _n_vague_quarters,
    "iso_date": _n_absolute_date, "numeric_date": _n_absolute_date,
    "month_day_year": _n_absolute_date, "day_month_year": _n_absolute_date,
    "month_day": _n_month_day, "day_month": _n_month_day, "month_year": _n_month_year,
    "month": _n_month, "month_of_year": _n_month_of_year, "month_of_that_year": _n_month_of_that_year, "weekday": _n_weekday, "pod_weekday": _n_pod_weekday, "year": _n_year,
    "decade": _n_decade, "century": _n_century, "season": _n_season,
    "year_season": lambda g, ctx: _constant("DATE", f"{int(g['year']):04d}-{lexicon.SEASONS[_lower(g, 'season')]}"),
    "quarter": _n_quarter, "quarter_adj": _n_quarter, "quarter_code": _n_quarter_code,
    "half": _n_half, "shift_unit": _n_shift_unit, "in_the_unit": _n_in_the_unit, "the_past_unit": _n_the_past_unit,
    "ago": _n_ago, "year_earlier": _n_year_earlier, "duration": _n_duration,
    "vague_duration": _n_vague_duration, "duration_range": _n_duration_range, "weekday_plural": _n_weekday_plural, "bare_units": _n_bare_units, "fixed": _n_fixed,
    "dayword": _n_dayword, "clock": _n_clock, "clock_noon": _n_clock_noon,
    "weekday_clock": _n_clock, "set_every": _n_set_every, "set_per": _n_set_per,
    "year_quarter": _n_year_quarter, "spoken_year": _n_spoken_year,
    "month_spoken_year": _n_month_spoken_year, "season_spoken_year": _n_season_spoken_year, "holiday": _n_holiday,
    "part_of_day": _n_part_of_day, "the_weekend": _n_the_weekend, "anaphoric_day": _n_anaphoric,
}


@dataclass
class MatchContext:
    """What a normaliser may look at besides the groups: the text around the match."""

    text: str
    before: str
    after: str
    direction: str | None  # past | future | present | None (unknown)
    looks_like_count: bool = False
    sentence: str = ""
    forecast: bool = False  # a forecast verb governs the match ("expected a fourth-quarter loss")


