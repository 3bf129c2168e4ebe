"""Time expressions: recognition and TIMEX3 normalisation anchored on the document date.

Recognition compiles the surface patterns of `timex_rules.PATTERNS` (longest match wins).
Each match is turned by its kind's normaliser into a *rule*: a small JSON-able dict that says
how to compute the value from an anchor ("weekday 3, looking back", "shift year by -1", or a
constant value). The rule is kept on the Timex so a later, better anchor can re-resolve it
without re-reading the text (`resolve_rule`, used by `dating.reanchor_timexes`).
"""
from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from typing import Any

from storyline.model import Timex
from storyline.nlp import timex_rules as R
from storyline.nlp.spacy_model import text_of

Rule = dict[str, Any]


# --------------------------------------------------------------------------- patterns

def _alternation(words) -> str:
    """Regex alternation of phrases, longest first, spaces matching any whitespace."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def _month_words() -> str:
    full = [w for w in R.MONTHS if len(w) > 4 or w in ("may", "june", "july")]
    abbreviations = [w for w in R.MONTHS if w not in full]
    return "|".join([_alternation(full), "(?:" + _alternation(abbreviations) + r")\.?"])


def _weekday_words() -> str:
    full = [w for w in R.WEEKDAYS if w.endswith("day")]
    abbreviations = [w for w in R.WEEKDAYS if w not in full]
    return "|".join([_alternation(full), "(?:" + _alternation(abbreviations) + r")\."])


_NUMBER = _alternation(R.NUMBER_WORDS)
_CLOCK = (r"(?P<hour>[012]?\d)(?:[:.](?P<minute>[0-5]\d))?"
          r"(?:\s*(?P<ampm>[ap]\.m\.|[ap]\.m\b|[ap]m\b|[ap]\.\s?m\.))?"
          r"(?:\s+(?P<tz>[ECMP][SD]?T|GMT|UTC|BST|CES?T|EES?T|MSK))?")

_NUMBER_BODY = (r"\d{1,3}(?:,\d{3})+|\d+\s+1/2|\d+(?:\.\d+)?|(?:" + _alternation(R.TENS) + r")[\s-]+(?:" + _alternation(R.ONES)
                + r")|(?:" + _alternation(list(R.ONES) + ["a"]) + r")\s+hundred|" + _NUMBER + "|"
                + _alternation(R.VAGUE_QUANTITIES))

_PLACEHOLDERS = {
    "MONTH": "(?P<month>" + _month_words() + ")",
    "WEEKDAY": "(?P<weekday>" + _weekday_words() + ")",
    "DAYNUM": r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?",
    "YEAR": r"(?P<year>(?:1[5-9]|20)\d\d)",
    "POD": "(?P<pod>" + _alternation(R.PARTS_OF_DAY) + ")",
    "POS": "(?P<pos>" + _alternation(R.POSITION_MODS) + ")",
    "SHIFT": "(?P<shift>" + _alternation(R.SHIFT_WORDS) + ")",
    "UNIT": "(?P<unit>" + _alternation(list(R.UNITS) + list(R.UNIT_PLURALS)) + ")",
    "UNIT1": "(?P<unit>" + _alternation(R.UNITS) + ")",
    "NUM": "(?P<num>" + _NUMBER_BODY + ")",
    "NUM_LOW": "(?P<num_low>" + _NUMBER_BODY + ")",
    "SPOKEN_TWO_DIGITS": ("(?:" + _alternation(R.TENS) + r")(?:[\s-]+(?:" + _alternation(R.ONES) + "))?|"
                          + _alternation(list(R.TEENS) + ["hundred"])),
    "SPOKEN_ONES": _alternation(R.ONES),
    "OR_SO": r"(?:\s+or\s+so\b)?",
    "HOLIDAY": "(?P<holiday>" + _alternation(R.HOLIDAYS) + ")",
    "APPROX": "(?P<approx>" + _alternation(R.APPROX_MODS) + ")",
    "AGO": "(?P<ago>" + _alternation(R.AGO_WORDS) + ")",
    "SEASON": "(?P<season>" + _alternation(R.SEASONS) + ")",
    "CENT_WORD": "(?P<cent_word>" + _alternation(R.CENTURY_ORDINALS) + ")",
    "DECADE_WORD": "(?P<decade_word>" + _alternation(R.DECADE_WORDS) + ")",
    "HALF": "(?P<half>" + _alternation(R.HALF_WORDS) + ")",
    "ORD": "(?P<ord>" + _alternation(R.ORDINALS) + ")",
    "FIXED": "(?P<fixed>" + _alternation(R.FIXED_EXPRESSIONS) + ")",
    "DAYWORD": "(?P<dayword>" + _alternation(R.DAY_WORDS) + ")",
    "CLOCK": _CLOCK,
}


def _compile(pattern: str) -> re.Pattern:
    body = re.sub(r"\{([A-Z][A-Z_0-9]*)\}", lambda m: _PLACEHOLDERS[m.group(1)], pattern)
    return re.compile(r"(?<![\w'])(?<!\d[,.])(?:" + body + r")(?![\w])(?!-[^\W\d])", re.IGNORECASE)


COMPILED = [(kind, _compile(pattern)) for kind, pattern in R.PATTERNS]


def _trigger_words() -> set[str]:
    """Words one of which every time expression contains: the last word of each entry of the word
    tables ('the day after tomorrow' -> 'tomorrow'), since an entry matches whole or not at all."""
    tables = (R.MONTHS, R.WEEKDAYS, R.SEASONS, R.PARTS_OF_DAY, R.UNITS, R.UNIT_PLURALS, R.FIXED_EXPRESSIONS,
              R.DAY_WORDS, R.DECADE_WORDS, R.HOLIDAYS, R.TRIGGER_WORDS)
    words = set()
    for table in tables:
        for key in table:
            word = [w for w in re.findall(r"[^\W\d_]+", key.lower()) if len(w) > 1][-1]
            words.add(word)
    return words


# Numbers a time expression can hold without a trigger word: a year, a clock time, a decade
# ('90s). A count ("three days") or a day of the month comes with a unit or month name.
_NUMBER_TRIGGER = r"\d{4}|\d[:.]\d\d|\d\s*[ap]\.?\s?m|'\d0"
_TRIGGER = re.compile(_NUMBER_TRIGGER + r"|(?<![^\W\d_])(?:" + _alternation(_trigger_words()) + r")s?(?![^\W\d_])",
                      re.IGNORECASE)  # "s?": "on Mondays"
# How far a time expression reaches before its first trigger and after its last one, with room
# to spare: at most 23 characters on TBAQ and 100 Fox News articles ("at least a couple more days").
_REACH = 48


def _regions(text: str) -> list[tuple[int, int]]:
    """Stretches of `text` that can hold a time expression: each trigger with _REACH characters
    either side, overlapping ones merged, each ending at a space so no word is cut. The ~55
    patterns then scan only these instead of the whole text (issue #17)."""
    regions: list[list[int]] = []
    for match in _TRIGGER.finditer(text):
        start, end = max(0, match.start() - _REACH), min(len(text), match.end() + _REACH)
        if regions and start <= regions[-1][1]:
            regions[-1][1] = max(regions[-1][1], end)
        else:
            regions.append([start, end])
    for region in regions:
        space = re.compile(r"\s").search(text, region[1])
        region[1] = space.start() if space else len(text)
    merged: list[tuple[int, int]] = []
    for start, end in regions:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


# --------------------------------------------------------------------------- recognition

@dataclass
class Candidate:
    """A pattern match turned into a type and a resolution rule."""

    start: int
    end: int
    kind: str
    type: str
    rule: Rule
    priority: int


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
    if text in R.VAGUE_QUANTITIES:
        return "X"
    if text in R.NUMBER_WORDS:
        return R.NUMBER_WORDS[text]
    try:
        return float(text) if "." in text else int(text)
    except ValueError:
        pass
    parts = text.split(" ")
    if parts[-1] == "hundred" and len(parts) == 2 and parts[0] in R.NUMBER_WORDS:
        return R.NUMBER_WORDS[parts[0]] * 100
    if all(p in R.NUMBER_WORDS for p in parts):
        values = [R.NUMBER_WORDS[p] for p in parts]
        if len(values) == 2 and values[1] == 100:
            return values[0] * 100
        return sum(values)
    return None


def _unit(text: str | None) -> str | None:
    if text is None:
        return None
    word = text.lower()
    return R.UNIT_PLURALS.get(word, word)


def _duration_value(number, unit: str) -> str:
    """TIMEX3 duration: P3Y, PT24H, PXD, P2W (fortnight)."""
    letter = R.UNITS[unit]
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
    prefix = "PT" if unit in R.TIME_UNITS else "P"
    smaller_unit = _SMALLER_UNIT.get(("T" if unit in R.TIME_UNITS else "") + letter)
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
    return {"fortnight": "W", "night": "D"}.get(unit, R.UNITS[unit])


def _mod(groups: dict) -> str | None:
    pos = _lower(groups, "pos")
    if pos:
        return R.POSITION_MODS.get(pos) or R.POSITION_MODS.get(pos.rstrip("-"))
    approx = _lower(groups, "approx")
    return R.APPROX_MODS.get(approx) if approx else None


def _constant(type_: str, value: str, mod: str | None = None) -> tuple[str, Rule]:
    rule: Rule = {"v": value}
    if mod:
        rule["mod"] = mod
    return type_, rule


# Each normaliser gets the match groups, the matched text and its context and returns
# (type, rule) or None to reject the match.

def _n_absolute_date(g, ctx):
    year, month, day = int(g["year"]), _month_number(g), int(g["day"])
    if not _valid_day(year, month, day):
        return None
    return _constant("DATE", f"{year:04d}-{month:02d}-{day:02d}")


def _month_number(g) -> int:
    if g.get("mnum"):
        return int(g["mnum"])
    return R.MONTHS[_lower(g, "month")]


def _valid_day(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
        return True
    except ValueError:
        return False


def _n_month_day(g, ctx):
    if not _is_capitalised(g.get("month")):
        return None
    month, day = _month_number(g), int(g["day"])
    if not _valid_day(2000, month, day):
        return None
    rule = {"k": "md", "m": month, "d": day, "dir": ctx.direction}
    if g.get("shift"):
        rule["shift"] = R.SHIFT_WORDS[_lower(g, "shift")]
    pod = _lower(g, "pod")
    if pod:
        rule["pod"] = R.PARTS_OF_DAY[pod]
        return "TIME", rule
    return "DATE", rule


def _n_month_year(g, ctx):
    if not _is_capitalised(g.get("month")):
        return None
    return _constant("DATE", f"{int(g['year']):04d}-{_month_number(g):02d}", _mod(g))


def _n_month_of_year(g, ctx):
    """'June last year', 'early October this year'."""
    if not _is_capitalised(g.get("month")):
        return None
    rule: Rule = {"k": "shift", "u": "Y", "n": R.SHIFT_WORDS[_lower(g, "qshift")], "suffix": f"-{_month_number(g):02d}"}
    if _mod(g):
        rule["mod"] = _mod(g)
    return "DATE", rule


def _n_month(g, ctx):
    word = g.get("month")
    if not _is_capitalised(word):
        return None
    if word.lower() in R.AMBIGUOUS_MONTHS - {"may"}:
        return None  # "Jan", "Mar" without a period are names or parts of names
    if word.lower() == "may" and not (g.get("pos") or g.get("shift")):
        if not ctx.before.rstrip().lower().endswith(("in", "of", "since", "until", "by", "early", "late", "mid", "last", "next", "this")):
            return None
    shift = R.SHIFT_WORDS.get(_lower(g, "shift")) if g.get("shift") else None
    rule = {"k": "month", "m": _month_number(g), "dir": ctx.direction}
    if shift is not None:
        rule["shift"] = shift
    if _mod(g):
        rule["mod"] = _mod(g)
    return "DATE", rule


def _n_weekday(g, ctx):
    word = g.get("weekday")
    if not _is_capitalised(word):
        return None
    rule: Rule = {"k": "weekday", "w": R.WEEKDAYS[_lower(g, "weekday")], "dir": ctx.direction}
    if g.get("shift"):
        rule["shift"] = R.SHIFT_WORDS[_lower(g, "shift")]
    pod = _lower(g, "pod")
    if pod:
        rule["pod"] = R.PARTS_OF_DAY[pod]
        return "TIME", rule
    return "DATE", rule


_NUMBERED_LABEL = re.compile(R.NUMBERED_LABEL_BEFORE.format("|".join(
    re.escape(word) for word in sorted(R.NUMBERED_LABELS, key=len, reverse=True))), re.I)


def _n_year(g, ctx):
    year = int(g["year"])
    if not 1000 <= year <= 2100:
        return None
    after = ctx.after.lstrip()
    next_word = re.match(r"[\w%]+", after)
    if next_word and next_word.group(0).lower() in R.NOT_YEAR_FOLLOWERS:
        return None
    if re.search(r"(?:[$€£#]|No\.|\d[,.]?)\s*$", ctx.before) or after.startswith(("%", ",0")):
        return None
    if re.match(r"\.\d", ctx.after):  # "close at 2082.1": an index level, not a year
        return None
    if _NUMBERED_LABEL.search(ctx.before):  # "section 1543", "Resolution 1973": a label, not a year
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
        value = "19" + str(R.DECADE_WORDS[_lower(g, "decade_word")])
    return _constant("DATE", value, _mod(g))


def _n_century(g, ctx):
    """'the 20th century' -> 19."""
    number = int(g["cnum"]) if g.get("cnum") else R.CENTURY_ORDINALS[_lower(g, "cent_word")]
    if number < 1:
        return None
    return _constant("DATE", f"{number - 1:02d}", _mod(g))


def _n_season(g, ctx):
    has_context = g.get("pos") or g.get("shift") or g.get("year")
    has_context = has_context or ctx.text.lower().startswith("the")
    if not has_context and not re.search(r"(?:\bin|\bthe|\bthis|\bthat|\bby|\bnext|\blast)\s+$", ctx.before.lower()):
        return None
    season = R.SEASONS[_lower(g, "season")]
    if g.get("year"):
        return _constant("DATE", f"{int(g['year']):04d}-{season}", _mod(g))
    rule: Rule = {"k": "season", "s": season, "dir": ctx.direction}
    if _lower(g, "shift") in ("this past", "this coming"):
        # "this past spring": the latest spring before the writing, which may be this year's
        rule["dir"] = "past" if _lower(g, "shift") == "this past" else "future"
    elif g.get("shift"):
        rule["shift"] = R.SHIFT_WORDS[_lower(g, "shift")]
    if _mod(g):
        rule["mod"] = _mod(g)
    return "DATE", rule


def _n_quarter(g, ctx):
    ordinal = R.ORDINALS.get(_lower(g, "ord")) if g.get("ord") else None
    if ordinal is not None and not 1 <= ordinal <= 4 and ordinal != -1:
        return None
    latest = _lower(g, "latest")
    text = ctx.text.lower()
    if not (ordinal or latest or g.get("shift") or g.get("year") or text.startswith("the")):
        return None
    if g.get("year") and ordinal and ordinal > 0:
        return _constant("DATE", f"{int(g['year']):04d}-Q{ordinal}")
    rule: Rule = {"k": "quarter", "dir": ctx.direction}
    ended = _quarter_end_month(ctx.after)
    if ended and not ordinal and not latest:
        return "DATE", {"k": "md_quarter", "m": ended[0], "d": ended[1], "dir": ctx.direction}
    if ordinal and ordinal > 0:
        rule["q"] = ordinal
        if latest in ("year-earlier", "year-ago"):
            rule["yshift"] = -1
        if g.get("qshift"):
            rule["yshift"] = R.SHIFT_WORDS[_lower(g, "qshift")]
    elif ordinal == -1 or g.get("shift"):
        rule["shift"] = R.SHIFT_WORDS.get(_lower(g, "shift"), -1) if g.get("shift") else -1
    elif latest in ("year-earlier", "year-ago"):
        rule["shift"] = "latest"
        rule["ctx"] = "quarter"
        rule["years_back"] = 1
    else:
        rule["shift"] = "latest"
        rule["ctx"] = "quarter"
    return "DATE", rule


_QUARTER_END = re.compile(r"\s+end(?:ed|ing)\s+(" + _month_words() + r")\s+([0-3]?\d)\b", re.IGNORECASE)


def _quarter_end_month(after: str) -> tuple[int, int] | None:
    """'the quarter ended Sept. 30' -> (9, 30): the quarter is the one containing that day."""
    match = _QUARTER_END.match(after)
    if not match:
        return None
    month, day = R.MONTHS[match.group(1).lower().rstrip(".")], int(match.group(2))
    return (month, day) if _valid_day(2000, month, day) else None


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
    rule: Rule = {"k": "month", "m": month, "dir": ctx.direction}
    if mod:
        rule["mod"] = mod
    return "DATE", rule


def _n_quarter_code(g, ctx):
    quarter = g.get("qnum") or g.get("qnum2")
    return _constant("DATE", f"{int(g['year']):04d}-Q{quarter}")


def _n_half(g, ctx):
    half = R.HALF_WORDS[_lower(g, "half")]
    if g.get("year"):
        return _constant("DATE", f"{int(g['year']):04d}-{half}")
    if g.get("hshift"):
        return "DATE", {"k": "shift", "u": "Y", "n": R.SHIFT_WORDS[_lower(g, "hshift")], "suffix": "-" + half}
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
    if unit in R.TIME_UNITS or unit == "night" or _is_title(ctx):
        return None
    rule: Rule = {"k": "shift", "u": _shift_letter(unit), "n": R.SHIFT_WORDS[_lower(g, "shift")]}
    if _mod(g):
        rule["mod"] = _mod(g)
    return "DATE", rule


def _n_the_past_unit(g, ctx):
    unit = _unit(g["unit"])
    if _lower(g, "span_word") == "following" and not re.search(r"\b(?:over|for|during|within|throughout)\s*$", ctx.before):
        return None  # "the following year he was appointed": a date after the one just named
    if _lower(g, "span_word") in ("first", "final") and unit == "quarter":
        return None
    shift = {"past": -1, "last": -1, "previous": -1, "next": 1, "coming": 1}.get(_lower(g, "span_word"))
    if shift is not None and unit not in R.TIME_UNITS and unit not in ("day", "night"):
        # "the past year", "the last decade", "the next year": TimeBank and AQUAINT write the
        # calendar unit before or after the story's (1997, 198, 1990), never P1Y
        rule: Rule = {"k": "shift", "u": _shift_letter(unit), "n": shift}
        if _mod(g):
            rule["mod"] = _mod(g)
        return "DATE", rule
    return _constant("DURATION", _duration_value(1, unit), _mod(g))


def _n_ago(g, ctx):
    number, unit = _number(g.get("num")), _unit(g.get("unit"))
    if number is None or unit not in R.UNITS:
        return None
    direction = R.AGO_WORDS[_lower(g, "ago")]
    if number == "X":
        return _constant("DATE", "PAST_REF" if direction < 0 else "FUTURE_REF")
    if unit in R.TIME_UNITS:
        return "DATE", {"k": "shift", "u": "D", "n": 0}
    letter = _shift_letter(unit)
    steps = int(number) if float(number).is_integer() else number
    if letter == "WE":
        letter = "W"
    rule = {"k": "shift", "u": letter, "n": direction * steps}
    if letter == "Y" and steps == 1 and direction < 0 and not _compares_months(ctx):
        rule["ctx"] = "quarter"
    if letter == "DE" or letter == "CE":
        rule = {"k": "shift", "u": "Y", "n": direction * steps * (10 if letter == "DE" else 100)}
    return "DATE", rule


def _n_year_earlier(g, ctx):
    unit = _lower(g, "rel")
    rule: Rule = {"k": "shift", "u": _shift_letter(unit), "n": -1}
    if unit == "year" and not _compares_months(ctx):
        rule["ctx"] = "quarter"
    return "DATE", rule


_MONTHS_PERIOD = re.compile(r"\b(?:six|nine|\d{1,2})[\s-]months?\b|\bfirst\s+half\b|\byear[\s-]to[\s-]date\b", re.IGNORECASE)


def _compares_months(ctx) -> bool:
    """'in the first nine months, net rose from a year earlier': the comparison is with that
    stretch of the year before, written as the year, not with the reported quarter."""
    return bool(_MONTHS_PERIOD.search(ctx.sentence))


def _n_year_quarter(g, ctx):
    """'the 1988 third quarter', "this year's second quarter", 'the 1989 period'."""
    ordinal = R.ORDINALS.get(_lower(g, "ord")) if g.get("ord") else None
    if _lower(g, "period") == "quarter" and not (ordinal and ordinal > 0):
        ordinal = None
    suffix = f"-Q{ordinal}" if ordinal and ordinal > 0 else ""
    if g.get("year"):
        rule: Rule = {"v": f"{int(g['year']):04d}{suffix}"}
    else:
        rule = {"k": "shift", "u": "Y", "n": R.SHIFT_WORDS[_lower(g, "qshift")], "suffix": suffix}
    if not suffix and _lower(g, "period") == "quarter":
        # "the 1988 quarter", "last year's quarter": the quarter being reported, in that year
        # ("the 1988 period" may be the year or the nine months, so it stays the year)
        rule.update({"ctx": "quarter", "qyear": int(g["year"])} if g.get("year") else {"ctx": "quarter"})
    return "DATE", rule


def _n_spoken_year(g, ctx):
    if g.get("sy_century"):
        century = R.TEENS.get(_lower(g, "sy_century")) or R.TENS[_lower(g, "sy_century")]
        rest = _lower(g, "sy_rest")
        rest_value = 0 if rest == "hundred" else _number(rest)
        if not isinstance(rest_value, int):
            return None
        return _constant("DATE", f"{century * 100 + rest_value:04d}")
    ones = R.ONES.get(_lower(g, "sy_ones"), 0) if g.get("sy_ones") else 0
    if not ctx.text.lower().startswith("the year") and not ones:
        return None
    return _constant("DATE", f"{2000 + ones:04d}")


def _n_holiday(g, ctx):
    return "DATE", {"k": "holiday", "h": _lower(g, "holiday"), "dir": ctx.direction,
                    "shift": R.SHIFT_WORDS[_lower(g, "shift")] if g.get("shift") else None}


def _n_duration(g, ctx):
    number, unit = _number(g.get("num")), _unit(g.get("unit"))
    if number is None or unit not in R.UNITS:
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
    return _constant("DURATION", _duration_value(number, unit), _mod(g))


def _n_duration_range(g, ctx):
    """'two to three weeks': a duration whose count is a range, written PX<unit>."""
    low, high, unit = _number(g.get("num_low")), _number(g.get("num")), _unit(g.get("unit"))
    if unit not in R.UNITS or not isinstance(low, (int, float)) or not isinstance(high, (int, float)):
        return None
    if not 0 < low < high or (unit == "quarter" and re.match(r"s?\s+of\b", ctx.after)):
        return None  # "from 10 to 5 years" is two figures, "one or two quarters of" a share
    return _constant("DURATION", _duration_value("X", unit), _mod(g))


_AMOUNT_BEFORE = re.compile(
    r"(?:\d%?|\b(?:" + "|".join(re.escape(w) for w in R.AMOUNT_WORDS if w.isalpha()) + r"))"
    r"(?:\s+[a-z]+)?\s*$", re.IGNORECASE)


def _is_rate(ctx) -> bool:
    """'$500 million a year', '10,000 units annually': a rate after an amount, not a time."""
    return re.sub(r"\s+", " ", ctx.text.lower()) in R.RATE_EXPRESSIONS and bool(_AMOUNT_BEFORE.search(ctx.before))


def _n_vague_duration(g, ctx):
    return _constant("DURATION", _duration_value("X", _unit(g["unit"])), _mod(g))


def _n_weekday_plural(g, ctx):
    """'on Mondays', 'Tuesday nights': every such day (or part of it), a TIMEX3 SET."""
    if not _is_capitalised(g.get("weekday")) or g["weekday"].endswith("."):
        return None
    value = f"XXXX-WXX-{R.WEEKDAYS[_lower(g, 'weekday')]}"
    pod = _lower(g, "pod_plural")
    return _constant("SET", value + ("T" + R.PARTS_OF_DAY[pod[:-1]] if pod else ""))


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
    type_, value = R.FIXED_EXPRESSIONS[_lower(g, "fixed")]
    if value.startswith("T"):
        return "TIME", {"k": "shift", "u": "D", "n": 0, "time": value[1:]}
    return _constant(type_, value)


def _n_dayword(g, ctx):
    if _is_title(ctx):
        return None
    offset, pod = R.DAY_WORDS[_lower(g, "dayword")]
    pod = R.PARTS_OF_DAY[_lower(g, "pod")] if g.get("pod") else pod
    rule: Rule = {"k": "shift", "u": "D", "n": offset}
    if pod:
        rule["pod"] = pod
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
    if "v" in day:
        if not _valid_iso_day(day["v"]):
            return None
        return "TIME", {"v": f"{day['v']}T{time}"}
    day["time"] = time
    return "TIME", day


def _day_rule(g, ctx) -> Rule:
    """The day a clock time or 'noon' is on: a named weekday/date, a day word, or the anchor."""
    if g.get("weekday"):
        return {"k": "weekday", "w": R.WEEKDAYS[_lower(g, "weekday")], "dir": ctx.direction}
    if g.get("month") and g.get("day") and g.get("year"):
        return {"v": f"{int(g['year']):04d}-{_month_number(g):02d}-{int(g['day']):02d}"}
    if g.get("month") and g.get("day"):
        return {"k": "md", "m": _month_number(g), "d": int(g["day"]), "dir": ctx.direction}
    if g.get("dayword"):
        return {"k": "shift", "u": "D", "n": R.DAY_WORDS[_lower(g, "dayword")][0]}
    return {"k": "shift", "u": "D", "n": 0}


def _valid_iso_day(value: str) -> bool:
    try:
        dt.date.fromisoformat(value)
        return True
    except ValueError:
        return False


def _n_clock_noon(g, ctx):
    day = _day_rule(g, ctx)
    day["time"] = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}[_lower(g, "noon")]
    return "TIME", day


def _n_pod_weekday(g, ctx):
    if not _is_capitalised(g.get("weekday")):
        return None
    rule = _day_rule(g, ctx)
    rule["pod"] = R.PARTS_OF_DAY[_lower(g, "pod")]
    return "TIME", rule


def _n_set_every(g, ctx):
    if g.get("weekday"):
        return _constant("SET", f"XXXX-WXX-{R.WEEKDAYS[_lower(g, 'weekday')]}")
    if g.get("pod"):
        return _constant("SET", f"XXXX-XX-XXT{R.PARTS_OF_DAY[_lower(g, 'pod')]}")
    if g.get("month"):  # "each July"
        return _constant("SET", f"XXXX-{_month_number(g):02d}") if _is_capitalised(g["month"]) else None
    if g.get("season"):  # "every summer"
        return _constant("SET", f"XXXX-{R.SEASONS[_lower(g, 'season')]}")
    unit = _unit(g.get("unit"))
    if unit not in R.UNITS:
        return None
    every = _lower(g, "every_n")
    number = 2 if every == "other" else (_number(every) if every else 1)
    return _constant("SET", _duration_value(number, unit))


def _n_set_per(g, ctx):
    return _constant("SET", _duration_value(1, _unit(g["unit"])))


_OF_A_DAY = re.compile(r"\s+of\s+(?:" + _weekday_words() + "|" + _month_words() + r"|\d|today|yesterday|tomorrow)",
                       re.IGNORECASE)


def _of_a_day(after: str) -> bool:
    return bool(_OF_A_DAY.match(after))


def _n_part_of_day(g, ctx):
    if _of_a_day(ctx.after):
        return None  # "on the night of Oct. 23": the date that follows is the time expression
    return "TIME", {"k": "shift", "u": "D", "n": 0, "pod": R.PARTS_OF_DAY[_lower(g, "pod")]}


def _n_the_weekend(g, ctx):
    return "DATE", {"k": "weekend", "dir": ctx.direction}


def _n_anaphoric(g, ctx):
    word = _lower(g, "ana") or _lower(g, "ana2") or "same"
    unit = _lower(g, "ana_unit") or _lower(g, "ana3") or "day"
    offset = {"next": 1, "following": 1, "after": 1, "previous": -1, "prior": -1, "before": -1}.get(word, 0)
    if unit in R.PARTS_OF_DAY:
        return "TIME", {"k": "shift", "u": "D", "n": offset, "pod": R.PARTS_OF_DAY[unit], "ref": "previous"}
    return "DATE", {"k": "shift", "u": _shift_letter(unit), "n": offset, "ref": "previous"}


def _n_unit_edge(g, ctx):
    """'the end of the year', 'year-end': the current unit with mod END."""
    unit = _lower(g, "edge_unit") or "year"
    return "DATE", {"k": "shift", "u": _shift_letter(unit), "n": 0, "mod": "END"}


def _n_whole_year(g, ctx):
    whole = _lower(g, "whole")
    if whole == "fiscal":
        return _constant("DURATION", "P1Y")
    shift = -1 if whole.startswith(("latest", "previous")) else 0
    return "DATE", {"k": "shift", "u": "Y", "n": shift}


def _n_latest_period(g, ctx):
    text = ctx.text.lower()
    if "year" in text:
        return "DATE", {"k": "quarter", "shift": "latest", "ctx": "quarter", "years_back": 1}
    return "DATE", {"k": "quarter", "shift": "latest", "ctx": "quarter"}


def _n_vague_quarters(g, ctx):
    word = _lower(g, "vq")
    return _constant("DATE", "FUTURE_REF" if word in ("coming", "future") else "PAST_REF")


def _n_for_the_unit(g, ctx):
    """'net for the year ended March 31' is a year's span; 'For the year, volume was flat' and
    'a high for the year' are the year the story is in."""
    unit = _unit(g["unit"])
    if re.match(r"\s+end(?:ed|ing)\b", ctx.after):
        return _constant("DURATION", _duration_value(1, unit))
    return "DATE", {"k": "shift", "u": _shift_letter(unit), "n": 0}


NORMALISERS = {
    "for_the_unit": _n_for_the_unit,
    "half_code": _n_half_code, "fiscal_year_code": _n_fiscal_year_code, "week_of_month": _n_week_of_month,
    "unit_edge": _n_unit_edge, "whole_year": _n_whole_year, "latest_period": _n_latest_period,
    "vague_quarters": _n_vague_quarters,
    "iso_date": _n_absolute_date, "numeric_date": _n_absolute_date,
    "month_day_year": _n_absolute_date, "day_month_year": _n_absolute_date,
    "month_day": _n_month_day, "day_month": _n_month_day, "month_year": _n_month_year,
    "month": _n_month, "month_of_year": _n_month_of_year, "weekday": _n_weekday, "pod_weekday": _n_pod_weekday, "year": _n_year,
    "decade": _n_decade, "century": _n_century, "season": _n_season,
    "year_season": lambda g, ctx: _constant("DATE", f"{int(g['year']):04d}-{R.SEASONS[_lower(g, 'season')]}"),
    "quarter": _n_quarter, "quarter_adj": _n_quarter, "quarter_code": _n_quarter_code,
    "half": _n_half, "shift_unit": _n_shift_unit, "the_past_unit": _n_the_past_unit,
    "ago": _n_ago, "year_earlier": _n_year_earlier, "duration": _n_duration,
    "vague_duration": _n_vague_duration, "duration_range": _n_duration_range, "weekday_plural": _n_weekday_plural, "bare_units": _n_bare_units, "fixed": _n_fixed,
    "dayword": _n_dayword, "clock": _n_clock, "clock_noon": _n_clock_noon,
    "weekday_clock": _n_clock, "set_every": _n_set_every, "set_per": _n_set_per,
    "year_quarter": _n_year_quarter, "spoken_year": _n_spoken_year, "holiday": _n_holiday,
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


# --------------------------------------------------------------------------- tense

_FUTURE_RE = re.compile(r"\b(?:" + "|".join(re.escape(m) for m in R.FUTURE_MARKERS) + r")\b", re.I)


def _direction_from_words(text: str, start: int) -> str | None:
    """'future' when a marker (will, scheduled, ...) stands in the same clause just before, else None."""
    window = text[max(0, start - 50):start]
    clause = re.split(r"[.!?;,\n]|\bsaid\b|\bsays\b", window)[-1]
    if re.search(r"\bhad\b", clause, re.IGNORECASE):
        return None  # "had been due to expire Friday": a plan seen from the past
    return "future" if _FUTURE_RE.search(clause) else None


_REPORTING_VERBS = {"say", "tell", "report", "announce", "state", "claim", "be", "have", "write", "note"}
_FUTURE_AUX = {"will", "'ll", "shall", "wo", "ll"}


def _governing_verb(parsed, start: int, end: int):
    span = parsed.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    token = span.root
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX") or token.head is token:
            break
        token = token.head
    return token if token.pos_ in ("VERB", "AUX") else None


def _direction_from_parse(parsed, start: int, end: int, news_present_is_future: bool = True) -> str | None:
    """Tense of the verb governing the expression: will/going to -> future, VBD/VBN -> past.
    The news present ("meets Monday") points ahead only for day names, not for a bare month
    ("the developments come after ... the debate in September")."""
    verb = _governing_verb(parsed, start, end)
    if verb is None:
        return None
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxiliaries}
    if words & _FUTURE_AUX:
        return "future"
    if verb.tag_ == "VB" and verb.head.lower_ == "going" or "being" in words:
        return "future"
    if verb.tag_ == "VBG" and words & {"is", "are", "'s", "'re", "am"}:
        return "future"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxiliaries):
        return "past"
    if verb.tag_ == "VBN" and (not auxiliaries or words & {"has", "have", "'ve"}):
        return "past"
    if any(a.tag_ == "MD" for a in auxiliaries) and verb.tag_ in ("VB", "VBG"):
        return "future"
    if verb.tag_ == "VB" and verb.dep_ == "xcomp" and verb.head.lemma_ in ("plan", "expect", "hope", "want", "intend", "schedule", "agree"):
        return "future"
    if news_present_is_future and verb.tag_ in ("VBZ", "VBP") and verb.lemma_ not in _REPORTING_VERBS:
        return "future"  # news present with a day name: "meets Monday", "arrives Friday"
    if verb.tag_ in ("VBZ", "VBP"):
        return "present"
    return None


def _direction(text: str, start: int, end: int, parsed, news_present_is_future: bool = True) -> str | None:
    if re.match(r"['’]s\b", text[end:end + 2]):
        return "past"  # "Tuesday's declaration": a day already named by its event
    if parsed is not None:
        tense = _direction_from_parse(parsed, start, end, news_present_is_future)
        if tense in ("past", "future"):
            return tense
    return _direction_from_words(text, start)


# --------------------------------------------------------------------------- resolution

def _parse_anchor(anchor: str | None) -> dt.date | None:
    if not anchor:
        return None
    try:
        return dt.date.fromisoformat(anchor[:10])
    except ValueError:
        return None


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


def _resolve_weekday(anchor: dt.date, weekday: int, direction: str | None, shift=None) -> dt.date:
    """Weekday 1..7 relative to the anchor; 'last' is strictly before, 'next' strictly after."""
    delta = weekday - anchor.isoweekday()
    if shift == -1:
        return anchor + dt.timedelta(days=delta - 7 if delta >= 0 else delta)
    if shift == 1:
        return anchor + dt.timedelta(days=delta + 7 if delta <= 0 else delta)
    if shift == 0:
        return anchor + dt.timedelta(days=delta)
    if direction == "future":
        return anchor + dt.timedelta(days=delta if delta >= 0 else delta + 7)
    return anchor + dt.timedelta(days=delta if delta <= 0 else delta - 7)


def _resolve_quarter(anchor: dt.date, rule: Rule) -> str:
    current = (anchor.month - 1) // 3 + 1
    if "q" in rule:
        year = anchor.year + rule.get("yshift", 0)
        if "yshift" not in rule and rule.get("dir") == "past" and rule["q"] > current:
            year -= 1
        return f"{year:04d}-Q{rule['q']}"
    shift = rule.get("shift")
    if shift == "latest":
        shift = -1 - 4 * rule.get("years_back", 0)
    return _shift_value(anchor, "Q", shift)


def _resolve_season(anchor: dt.date, rule: Rule) -> str:
    starts = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
    start_month = starts[rule["s"]]
    shift = rule.get("shift")
    year = anchor.year
    if shift in (-1, 1):
        year += shift
    elif rule.get("dir") == "past" and start_month > anchor.month:
        year -= 1
    elif rule.get("dir") == "future" and start_month + 2 < anchor.month:
        year += 1  # "this coming spring" written in October: next year's
    return f"{year:04d}-{rule['s']}"


def _holiday_date(year: int, holiday: str) -> dt.date:
    spec = R.HOLIDAYS[holiday]
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


def _resolve_holiday(anchor: dt.date, rule: Rule) -> str:
    """The holiday's occurrence nearest the anchor, or the one before/after by tense or shift."""
    shift, direction = rule.get("shift"), rule.get("dir")
    options = [_holiday_date(anchor.year + k, rule["h"]) for k in (-1, 0, 1)]
    if shift == -1 or (shift is None and direction == "past"):
        options = [d for d in options if d <= anchor] or options
        return max(options).isoformat()
    if shift == 1 or (shift is None and direction == "future"):
        options = [d for d in options if d >= anchor] or options
        return min(options).isoformat()
    return min(options, key=lambda d: abs((d - anchor).days)).isoformat()


def _day_resolution(anchor: dt.date, rule: Rule) -> dt.date | None:
    kind = rule.get("k")
    if kind == "weekday":
        return _resolve_weekday(anchor, rule["w"], rule.get("dir"), rule.get("shift"))
    if kind == "md":
        # Tense misleads here ("extended to Nov. 16"): the nearest such date wins, unless
        # "last"/"next" says which side of the anchor it is on.
        year = _nearest_year(anchor, rule["m"], rule["d"])
        if rule.get("shift") in (-1, 1):
            year = _pick_year(anchor, rule["m"], rule["d"], None, rule["shift"])
        return dt.date(year, rule["m"], rule["d"]) if _valid_day(year, rule["m"], rule["d"]) else None
    if kind == "shift" and rule["u"] == "D":
        return anchor + dt.timedelta(days=int(rule["n"]))
    return None


def _nearest_year(anchor: dt.date, month: int, day: int) -> int:
    """Year putting month/day closest to the anchor, a future date counting as farther away
    (news mostly reports what has happened; weight measured on TimeBank/AQUAINT)."""
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        if _valid_day(year, month, day):
            days = (dt.date(year, month, day) - anchor).days
            distance = days * R.FUTURE_DISTANCE_WEIGHT if days > 0 else -days
            candidates.append((distance, year))
    return min(candidates)[1] if candidates else anchor.year


def resolve_rule(rule: Rule, anchor: str | None) -> str | None:
    """TIMEX3 value of a rule against an ISO anchor date; None when it needs an anchor and has none."""
    if "v" in rule:
        return rule["v"]
    day = _parse_anchor(anchor)
    if day is None:
        return None
    try:
        return _resolve(rule, day)
    except (ValueError, OverflowError, KeyError, TypeError):
        return None


def _resolve(rule: Rule, anchor: dt.date) -> str | None:
    kind = rule.get("k")
    suffix = ""
    if rule.get("time"):
        suffix = "T" + rule["time"]
    elif rule.get("pod"):
        suffix = "T" + rule["pod"]
    if kind in ("weekday", "md") or (kind == "shift" and rule["u"] == "D"):
        day = _day_resolution(anchor, rule)
        return day.isoformat() + suffix if day else None
    if kind == "shift":
        value = _shift_value(anchor, rule["u"], rule["n"])
        return value + rule.get("suffix", "") if value else None
    if kind == "month":
        shift = rule.get("shift")
        if shift == 0:
            year = anchor.year
        else:
            year = _pick_year(anchor, rule["m"], 1 if shift is None else 15, rule.get("dir"), shift)
            if shift is None and rule.get("dir") not in ("past", "future"):
                year = _nearest_year(anchor, rule["m"], 15)
            if shift is None and rule["m"] == anchor.month:
                year = anchor.year
        return f"{year:04d}-{rule['m']:02d}"
    if kind == "quarter":
        return _resolve_quarter(anchor, rule)
    if kind == "md_quarter":
        day = _day_resolution(anchor, {"k": "md", "m": rule["m"], "d": rule["d"]})
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}" if day else None
    if kind == "season":
        return _resolve_season(anchor, rule)
    if kind == "holiday":
        return _resolve_holiday(anchor, rule)
    if kind == "weekend":
        monday = _resolve_weekday(anchor, 6, rule.get("dir"))
        return _week_value(monday) + "-WE"
    return None


# --------------------------------------------------------------------------- entry points

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
    regions = None if whole_text else _regions(text)
    for priority, (kind, regex) in enumerate(COMPILED):
        for match in _matches(regex, text, regions):
            start, end = match.span()
            if end - start < 2 and not text[start:end].isdigit():
                continue
            groups = {k: v for k, v in match.groupdict().items() if v is not None}
            context = MatchContext(
                text=match.group(0), before=text[max(0, start - 30):start], after=text[end:end + 30],
                direction=_direction(text, start, end, parsed, news_present_is_future=kind != "month")
                if _needs_direction(kind) else None,
                looks_like_count=_looks_like_count(text, start, end),
                sentence=_sentence_around(text, start, end),
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


_CLOCK_TO_DAY_GAP = re.compile(r"\s*,?\s*(?:on\s+)?(?:[A-Z][a-z]{2}\.?,?\s+)?")


def _attach_times_to_days(chosen: list[Candidate], text: str) -> None:
    """'10:42 AM EST, Thu January 9, 2025', 'at 3pm on 5/6/2024': a clock time without a day
    of its own takes the date written right after it."""
    for clock, day in zip(chosen, chosen[1:]):
        rule = clock.rule
        if not (rule.get("time") and rule.get("k") == "shift" and rule.get("n") == 0 and "ref" not in rule):
            continue
        if not _CLOCK_TO_DAY_GAP.fullmatch(text[clock.end:day.start]):
            continue
        if "v" in day.rule and re.fullmatch(r"\d{4}-\d\d-\d\d", day.rule["v"]):
            clock.rule = {"v": f"{day.rule['v']}T{rule['time']}"}
        elif day.rule.get("k") in ("md", "weekday") and "time" not in day.rule and "pod" not in day.rule:
            clock.rule = {**day.rule, "time": rule["time"]}


def resolve_rules_in_order(rules: list[Rule], anchor: str | None) -> list[str | None]:
    """Values for a document's rules in text order; anaphoric ones ("the next day") use the
    last day-precise date before them, else the anchor."""
    values: list[str | None] = []
    reference = anchor
    last_quarter: str | None = None
    by_unit: dict[str, str] = {}  # "Y"/"M": the last date written to that precision
    for rule in rules:
        if rule.get("ref") == "previous" and rule.get("u") in by_unit:
            value = resolve_rule(rule, by_unit[rule["u"]])  # "later that year", "the following month"
        elif rule.get("ref") == "previous":
            value = resolve_rule(rule, reference)
        elif rule.get("ctx") == "quarter" and last_quarter and anchor:
            value = _quarter_in_context(rule, last_quarter)
        else:
            value = resolve_rule(rule, anchor)
        values.append(value)
        if value and re.fullmatch(r"\d{4}-\d\d-\d\d(?:T.*)?", value):
            reference = value[:10]
        _note_precision(by_unit, value)
        if value and rule.get("ctx") != "quarter" and _is_completed_quarter(value, anchor):
            last_quarter = value
    return values


def _is_completed_quarter(value: str, anchor: str | None) -> bool:
    """A named quarter that had ended by the anchor: the one a results story can be about
    ("expects a weak fourth quarter" in November is an outlook, not the quarter reported)."""
    match = re.fullmatch(r"(\d{4})-Q([1-4])", value)
    day = _parse_anchor(anchor)
    if not match:
        return False
    if day is None:
        return True
    return (int(match.group(1)), int(match.group(2))) < (day.year, (day.month - 1) // 3 + 1)


def _note_precision(by_unit: dict[str, str], value: str | None) -> None:
    """Remember the last year and the last month a text named, as ISO days to count from."""
    match = re.match(r"(\d{4})(?:-(\d\d)(?![\d]))?", value or "")
    if not match or not 1000 <= int(match.group(1)) <= 2100:
        return
    by_unit["Y"] = f"{match.group(1)}-01-01"
    if match.group(2) and 1 <= int(match.group(2)) <= 12:
        by_unit["M"] = f"{match.group(1)}-{match.group(2)}-01"


def _quarter_in_context(rule: Rule, quarter: str) -> str:
    """In a text about quarterly results, 'a year earlier' is that quarter a year before."""
    year, q = int(quarter[:4]), quarter[-1]
    if "qyear" in rule:
        return f"{rule['qyear']:04d}-Q{q}"
    back = -int(rule.get("n", -1)) if rule.get("k") == "shift" else rule.get("years_back", 0)
    return f"{year - back:04d}-Q{q}"


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
    values = resolve_rules_in_order([c.rule for c in chosen], anchor)
    timexes = []
    for cand, value in zip(chosen, values):
        timexes.append(Timex(
            doc=doc_id, start=cand.start, end=cand.end, text=text[cand.start:cand.end],
            type=cand.type, value=value, anchor=anchor,
            rule=json.dumps(cand.rule, sort_keys=True), mod=cand.rule.get("mod"),
        ))
    return timexes
