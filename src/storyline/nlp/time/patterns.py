"""Surface patterns: the `lexicon.PATTERNS` rows compiled with their {PLACEHOLDER} word classes,
and the trigger words that say where in a text a time expression can be."""
from __future__ import annotations

import re

from storyline.nlp.time import lexicon


def alternation(words) -> str:
    """Regex alternation of phrases, longest first, spaces matching any whitespace."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def month_words() -> str:
    full = [w for w in lexicon.MONTHS if len(w) > 4 or w in ("may", "june", "july")]
    abbreviations = [w for w in lexicon.MONTHS if w not in full]
    return "|".join([alternation(full), "(?:" + alternation(abbreviations) + r")\.?"])


def weekday_words() -> str:
    full = [w for w in lexicon.WEEKDAYS if w.endswith("day")]
    abbreviations = [w for w in lexicon.WEEKDAYS if w not in full]
    return "|".join([alternation(full), "(?:" + alternation(abbreviations) + r")\."])


_NUMBER = alternation(lexicon.NUMBER_WORDS)
_CLOCK = (r"(?P<hour>[012]?\d)(?:[:.](?P<minute>[0-5]\d))?"
          r"(?:\s*(?P<ampm>[ap]\.m\.|[ap]\.m\b|[ap]m\b|[ap]\.\s?m\.))?"
          r"(?:\s+(?P<tz>[ECMP][SD]?T|GMT|UTC|BST|CES?T|EES?T|MSK))?")

_NUMBER_BODY = (r"\d{1,3}(?:,\d{3})+|\d+\s+1/2|\d+(?:\.\d+)?|(?:" + alternation(lexicon.TENS) + r")[\s-]+(?:" + alternation(lexicon.ONES)
                + r")|(?:" + alternation(list(lexicon.ONES) + ["a"]) + r")\s+hundred|" + _NUMBER + "|"
                + alternation(lexicon.VAGUE_QUANTITIES))

_PLACEHOLDERS = {
    "MONTH": "(?P<month>" + month_words() + ")",
    "WEEKDAY": "(?P<weekday>" + weekday_words() + ")",
    "DAYNUM": r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?",
    "YEAR": r"(?P<year>(?:1[5-9]|20)\d\d)",
    "POD": "(?P<pod>" + alternation(lexicon.PARTS_OF_DAY) + ")",
    "POS": "(?P<pos>" + alternation(lexicon.POSITION_MODS) + ")",
    "SHIFT": "(?P<shift>" + alternation(lexicon.SHIFT_WORDS) + ")",
    "UNIT": "(?P<unit>" + alternation(list(lexicon.UNITS) + list(lexicon.UNIT_PLURALS)) + ")",
    "UNIT1": "(?P<unit>" + alternation(lexicon.UNITS) + ")",
    "NUM": "(?P<num>" + _NUMBER_BODY + ")",
    "NUM_LOW": "(?P<num_low>" + _NUMBER_BODY + ")",
    "SPOKEN_TWO_DIGITS": ("(?:" + alternation(lexicon.TENS) + r")(?:[\s-]+(?:" + alternation(lexicon.ONES) + "))?|"
                          + alternation(list(lexicon.TEENS) + ["hundred"])),
    "SPOKEN_ONES": alternation(lexicon.ONES),
    "OR_SO": r"(?:\s+or\s+so\b)?",
    "HOLIDAY": "(?P<holiday>" + alternation(lexicon.HOLIDAYS) + ")",
    "APPROX": "(?P<approx>" + alternation(lexicon.APPROX_MODS) + ")",
    "AGO": "(?P<ago>" + alternation(lexicon.AGO_WORDS) + ")",
    "SEASON": "(?P<season>" + alternation(lexicon.SEASONS) + ")",
    "CENT_WORD": "(?P<cent_word>" + alternation(lexicon.CENTURY_ORDINALS) + ")",
    "DECADE_WORD": "(?P<decade_word>" + alternation(lexicon.DECADE_WORDS) + ")",
    "HALF": "(?P<half>" + alternation(lexicon.HALF_WORDS) + ")",
    "ORD": "(?P<ord>" + alternation(lexicon.ORDINALS) + ")",
    "FIXED": "(?P<fixed>" + alternation(lexicon.FIXED_EXPRESSIONS) + ")",
    "DAYWORD": "(?P<dayword>" + alternation(lexicon.DAY_WORDS) + ")",
    "CLOCK": _CLOCK,
}


def compile_pattern(pattern: str) -> re.Pattern:
    body = re.sub(r"\{([A-Z][A-Z_0-9]*)\}", lambda m: _PLACEHOLDERS[m.group(1)], pattern)
    return re.compile(r"(?<![\w'])(?<!\d[,.])(?:" + body + r")(?![\w])(?!-[^\W\d])", re.IGNORECASE)


COMPILED = [(kind, compile_pattern(pattern)) for kind, pattern in lexicon.PATTERNS]


def _trigger_words() -> set[str]:
    """Words one of which every time expression contains: the last word of each entry of the word
    tables ('the day after tomorrow' -> 'tomorrow'), since an entry matches whole or not at all."""
    tables = (lexicon.MONTHS, lexicon.WEEKDAYS, lexicon.SEASONS, lexicon.PARTS_OF_DAY, lexicon.UNITS, lexicon.UNIT_PLURALS, lexicon.FIXED_EXPRESSIONS,
              lexicon.DAY_WORDS, lexicon.DECADE_WORDS, lexicon.HOLIDAYS, lexicon.TRIGGER_WORDS)
    words = set()
    for table in tables:
        for key in table:
            word = [w for w in re.findall(r"[^\W\d_]+", key.lower()) if len(w) > 1][-1]
            words.add(word)
    return words


# Numbers a time expression can hold without a trigger word: a year, a clock time, a decade
# ('90s). A count ("three days") or a day of the month comes with a unit or month name.
_NUMBER_TRIGGER = r"\d{4}|\d[:.]\d\d|\d\s*[ap]\.?\s?m|'\d0"
_TRIGGER = re.compile(_NUMBER_TRIGGER + r"|(?<![^\W\d_])(?:" + alternation(_trigger_words()) + r")s?(?![^\W\d_])",
                      re.IGNORECASE)  # "s?": "on Mondays"
# How far a time expression reaches before its first trigger and after its last one, with room
# to spare: at most 23 characters on TBAQ and 100 Fox News articles ("at least a couple more days").
_REACH = 48


def regions(text: str) -> list[tuple[int, int]]:
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


