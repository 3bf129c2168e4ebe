"""Surface patterns: the `lexicon.PATTERNS` rows compiled with their {PLACEHOLDER} word classes,
and the trigger words that say where in a text a time expression can be."""
from __future__ import annotations

import re

from storyline.nlp.time import lexicon


def alternation(words) -> str:
    """Regex alternation of phrases, longest first, spaces matching any whitespace."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def letter_tree(words) -> str:
    """The same alternation as a tree of the words' letters ('jan(?:uary)?'): at a position the
    engine tries only the words going on from the letters read so far, not every word, and still
    the longer of two words where one begins the other (as longest first did). The trigger scan
    of the corpus.py sample's texts took 0.16 -> 0.05 CPU s (the same hits)."""
    tree: dict = {}
    for word in set(words):
        node = tree
        for character in word:
            node = node.setdefault(character, {})
        node[""] = {}  # a word ends here

    def branches(node: dict) -> str:
        going_on = [(r"\s+" if character == " " else re.escape(character)) + branches(node[character])
                    for character in sorted(node) if character]
        options = going_on + ([""] if "" in node else [])
        if len(options) == 1:
            return options[0]
        if len(going_on) == 1:
            return f"(?:{going_on[0]})?"
        return "(?:" + "|".join(options) + ")"

    return branches(tree)


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
_NUMBER_TRIGGER = r"(?P<year>\d{4})|\d[:.]\d\d|\d\s*[ap]\.?\s?m|'\d0"
_TRIGGER_WORDS = _trigger_words()
_LETTER = re.compile(r"[^\W\d_]")
_TRIGGER = re.compile(_NUMBER_TRIGGER + r"|(?<![^\W\d_])(?:" + letter_tree(_TRIGGER_WORDS) + r")s?(?![^\W\d_])",
                      re.IGNORECASE)  # "s?": "on Mondays"
# How far a time expression reaches before its first trigger and after its last one, with room
# to spare: at most 23 characters on TBAQ and 100 Fox News articles ("at least a couple more days").
_REACH = 48
YEAR_KEY = "{YEAR}"  # the key of a four-digit number among the trigger keys


def trigger_key(word: str) -> str:
    """A trigger word as the patterns and the text are compared by: lower case, a plural's 's' off
    when the singular is a trigger word too ('days' -> 'day', 'Mondays' -> 'monday')."""
    word = word.lower()
    return word[:-1] if word.endswith("s") and word[:-1] in _TRIGGER_WORDS else word


def required_keys(pattern: str) -> frozenset[str] | None:
    """Trigger keys one of which every match of a `lexicon.PATTERNS` row holds as a whole word (a
    trigger word written in the row or in a word class it needs, or YEAR_KEY for its {YEAR}), read
    off the row's parsed regex; None when some match may hold none (a bare clock time, a numeric
    date), so the row scans near every trigger. A word counts only where nothing before it in the
    row can be a letter: in "{POS}\\s*{SEASON}" the season may end a word ('midsummer'), which the
    trigger scan does not see. After a word no row puts a letter but a plural's 's', which the scan
    takes ("s?"); `test_timex` compares with scanning everything. A pattern then scans only near
    its own keys (issue #17): on the corpus.py sample the time stage took 1.05 -> 0.59 CPU s."""
    from re import _constants as sre
    from re import _parser

    marker = "\ue000"  # {YEAR}: a four-digit number, told from other digits by the trigger scan alone
    body = re.sub(r"\{([A-Z][A-Z_0-9]*)\}",
                  lambda m: marker if m.group(1) == "YEAR" else _PLACEHOLDERS[m.group(1)], pattern)

    def apart(op, value, before: bool) -> bool:
        """Whether the character before what follows this item can only be a non-letter (or none),
        given `before`, the same of the character before the item."""
        if op is sre.LITERAL:
            return not chr(value).isalpha()
        if op is sre.IN:
            return all(kind is sre.CATEGORY and code in (sre.CATEGORY_SPACE, sre.CATEGORY_DIGIT)
                       or kind is sre.LITERAL and not chr(code).isalpha() for kind, code in value)
        if op is sre.SUBPATTERN:
            return apart_after(value[-1], before)
        if op is sre.BRANCH:
            return all(apart_after(branch, before) for branch in value[1])
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            repeated = apart_after(value[2], before)
            return repeated if value[0] >= 1 else repeated and before
        return before if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT) else False

    def apart_after(items, before: bool) -> bool:
        for op, value in items:
            before = apart(op, value, before)
        return before

    def needed(items, before: bool) -> frozenset[str] | None:
        """The union of the keys of every part each match of `items` holds (None: no such part)."""
        found: list[frozenset[str]] = []
        run: list[str] = []
        run_apart = before

        def flush() -> None:
            for word in re.finditer(r"[^\W\d_]+", "".join(run)):
                key = trigger_key(word.group())
                if key in _TRIGGER_WORDS and (word.start() or run_apart):
                    found.append(frozenset([key]))
            run.clear()

        for op, value in items:
            if op is sre.LITERAL and chr(value) != marker:
                if not run:
                    run_apart = before
                run.append(chr(value))
            else:
                flush()
                part = None
                if op is sre.LITERAL:
                    part = frozenset([YEAR_KEY])
                elif op is sre.SUBPATTERN:
                    part = needed(value[-1], before)
                elif op is sre.BRANCH:
                    branches = [needed(branch, before) for branch in value[1]]
                    part = None if any(b is None for b in branches) else frozenset().union(*branches)
                elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and value[0] >= 1:
                    part = needed(value[2], before)
                if part:
                    found.append(part)
            before = apart(op, value, before)
        flush()
        return frozenset().union(*found) if found else None

    return needed(_parser.parse(body, re.IGNORECASE), True)


PATTERN_KEYS = [required_keys(pattern) for _, pattern in lexicon.PATTERNS]  # in the order of COMPILED


def _merged(hits: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Each hit with _REACH characters either side, overlapping ones merged, each ending at a space
    so no word is cut."""
    regions: list[list[int]] = []
    for hit_start, hit_end in hits:
        start, end = max(0, hit_start - _REACH), min(len(text), hit_end + _REACH)
        if regions and start <= regions[-1][1]:
            regions[-1][1] = max(regions[-1][1], end)
        else:
            regions.append([start, end])
    for region in regions:
        space = _SPACE.search(text, region[1])
        region[1] = space.start() if space else len(text)
    merged: list[tuple[int, int]] = []
    for start, end in regions:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


_SPACE = re.compile(r"\s")


class TriggerRegions:
    """The stretches of one text each pattern scans, from one trigger scan: near any trigger
    (`all`), or for a pattern with `PATTERN_KEYS`, near its own keys only."""

    def __init__(self, text: str):
        self.text = text
        self.hits: list[tuple[int, int, str | None]] = []  # (start, end, key; None: a number not a year)
        for match in _TRIGGER.finditer(text):
            if match.lastgroup == "year":
                key = YEAR_KEY
            else:
                key = trigger_key(match.group()) if _LETTER.match(match.group()) else None
            self.hits.append((match.start(), match.end(), key))
        self.all = _merged([(start, end) for start, end, _ in self.hits], text)
        self._by_keys: dict[frozenset[str], list[tuple[int, int]]] = {}

    def of_pattern(self, index: int) -> list[tuple[int, int]]:
        """Where pattern `index` of `COMPILED` can match."""
        keys = PATTERN_KEYS[index]
        if keys is None:
            return self.all
        found = self._by_keys.get(keys)
        if found is None:
            found = self._by_keys[keys] = _merged([(s, e) for s, e, key in self.hits if key in keys], self.text)
        return found


def regions(text: str) -> list[tuple[int, int]]:
    """Stretches of `text` that can hold a time expression: each trigger with _REACH characters
    either side, overlapping ones merged, each ending at a space so no word is cut. Each of the ~60
    patterns scans only these, or only those near its own trigger words (`TriggerRegions`)."""
    return TriggerRegions(text).all
