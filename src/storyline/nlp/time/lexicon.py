"""Word tables and surface patterns for time expressions (the one month table of the package).

Everything language-specific lives here as data: `patterns.py` compiles the
patterns below (after substituting the {PLACEHOLDER} word classes) and hands each match to the
normaliser (`normalise.py`) named by the pattern's kind. Adding a phrasing means adding a row, not an `if`.
"""
from __future__ import annotations

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
# Abbreviations that are also ordinary words only count with a trailing period or a day number.
AMBIGUOUS_MONTHS = {"mar", "may", "jun", "jan", "dec"}
# A month as page furniture writes it (datelines, captions, comment stamps), capitalised: a caller
# compiling without re.IGNORECASE (clean/boilerplate) tells "May 3, 2010" from "may"; callers add the
# optional period (`\.?`) and their own groups. The time expressions use `patterns.month_words()` instead.
MONTH_NAME = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
              r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")

WEEKDAYS = {
    "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3,
    "thursday": 4, "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5,
    "saturday": 6, "sat": 6, "sunday": 7, "sun": 7,
}

SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}

PARTS_OF_DAY = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
}

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
    "a couple of": 2, "a couple": 2, "couple of": 2, "half a dozen": 6, "a dozen": 12, "dozen": 12,
}
# Scale words a written number ends with ('1.5 million people'): the count is the product.
SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
ONES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
         "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
# Quantities that say "some number of": TIMEX3 writes the number as X.
VAGUE_QUANTITIES = {"several", "a few", "few", "some", "many", "the next few", "a number of"}

ORDINALS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
    "twelfth": 12, "last": -1, "final": -1,
}

# Calendar units: the TIMEX3 duration letter, and the granularity a relative reference to it has.
UNITS = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "night": "D", "week": "W",
    "fortnight": "2W", "month": "M", "quarter": "Q", "year": "Y", "decade": "DE",
    "century": "CE", "weekend": "WE", "millennium": "ML",
}
TIME_UNITS = {"second", "minute", "hour"}  # durations written PT..
UNIT_PLURALS = {
    "seconds": "second", "minutes": "minute", "mins": "minute", "min": "minute", "hours": "hour",
    "hrs": "hour", "days": "day", "nights": "night", "weeks": "week", "months": "month",
    "quarters": "quarter", "years": "year", "yrs": "year", "decades": "decade",
    "centuries": "century", "weekends": "weekend", "fortnights": "fortnight", "millennia": "millennium",
}

# Words that shift a calendar unit relative to the anchor: "last week" = one week before.
SHIFT_WORDS = {
    "this past": -1, "this coming": 1, "last": -1, "past": -1, "previous": -1, "prior": -1, "preceding": -1,
    "this": 0, "current": 0, "present": 0, "coming": 1, "next": 1, "following": 1, "upcoming": 1,
}
# "early next year" keeps the value and adds a TIMEX3 mod.
POSITION_MODS = {
    "early": "START", "earlier": "START", "beginning of": "START", "the beginning of": "START",
    "the start of": "START", "start of": "START", "late": "END", "later": "END",
    "the end of": "END", "end of": "END", "mid": "MID", "mid-": "MID", "the middle of": "MID",
    "middle of": "MID", "the first half of": "START", "the second half of": "END",
}
# Approximation words kept inside the span, as TimeML does ("nearly two years").
APPROX_MODS = {
    "about": "APPROX", "around": "APPROX", "roughly": "APPROX", "approximately": "APPROX",
    "some": "APPROX", "nearly": "EQUAL_OR_LESS", "almost": "LESS_THAN", "more than": "MORE_THAN",
    "over": "MORE_THAN", "at least": "EQUAL_OR_MORE", "less than": "LESS_THAN",
    "under": "LESS_THAN", "up to": "EQUAL_OR_LESS",
    "fewer than": "LESS_THAN", "no more than": "EQUAL_OR_LESS", "well over": "MORE_THAN",
    "barely": "EQUAL_OR_LESS",
}

# Single words or fixed phrases with one value: (type, value) or (type, shift unit, offset).
FIXED_EXPRESSIONS = {
    "now": ("DATE", "PRESENT_REF"),
    "currently": ("DATE", "PRESENT_REF"), "current": ("DATE", "PRESENT_REF"),
    "at present": ("DATE", "PRESENT_REF"), "nowadays": ("DATE", "PRESENT_REF"),
    "these days": ("DATE", "PRESENT_REF"), "the present": ("DATE", "PRESENT_REF"),
    "presently": ("DATE", "PRESENT_REF"),
    "recently": ("DATE", "PAST_REF"), "recent": ("DATE", "PAST_REF"), "lately": ("DATE", "PAST_REF"),
    "the past": ("DATE", "PAST_REF"), 
    
    "the future": ("DATE", "FUTURE_REF"), 
     "the near future": ("DATE", "FUTURE_REF"),
    
    "daily": ("SET", "P1D"), "weekly": ("SET", "P1W"), "monthly": ("SET", "P1M"),
    "annually": ("SET", "P1Y"), "yearly": ("SET", "P1Y"), "hourly": ("SET", "PT1H"),
    "nightly": ("SET", "P1D"),  "biweekly": ("SET", "P2W"),
    "noon": ("TIME", "T12:00"), "midday": ("TIME", "T12:00"), "midnight": ("TIME", "T24:00"),
}

# Relative day words: offset in days from the anchor, plus an optional part of day.
DAY_WORDS = {
    "today": (0, None), "tonight": (0, "NI"), "yesterday": (-1, None), "tomorrow": (1, None),
    "the day before yesterday": (-2, None), "the day after tomorrow": (2, None),
    "last night": (-1, "NI"), "this morning": (0, "MO"), "this afternoon": (0, "AF"),
    "this evening": (0, "EV"), "overnight": (-1, "NI"), "earlier today": (0, None),
    "later today": (0, None), "later this afternoon": (0, "AF"), "earlier this morning": (0, "MO"),
    "tomorrow morning": (1, "MO"), "tomorrow night": (1, "NI"), "yesterday morning": (-1, "MO"),
    "yesterday afternoon": (-1, "AF"), "yesterday evening": (-1, "EV"),
    "tomorrow afternoon": (1, "AF"), "tomorrow evening": (1, "EV"),
}


# Direction words after a quantity that count from the document date: "three years ago",
# "a year earlier", "two weeks from now". "Later" and "before" count from another event ("three
# days later", "ten days before the vote"): TimeML marks only the quantity, as a DURATION.
AGO_WORDS = {"ago": -1, "earlier": -1, "back": -1, "from now": 1, "hence": 1}

# A month or date without a year goes to the nearest year; a future one counts this many times
# farther away, since news mostly reports the past.
FUTURE_DISTANCE_WEIGHT = 2.0

# Words in the clause before a weekday that mark a future reading without a parse.
FUTURE_MARKERS = (
    "will", "'ll", "shall", "going to", "is to", "are to", "scheduled", "expected to",
    "set to", "plans to", "plan to", "planned to", "due to", "upcoming", "to be held", "until",
    "is being set up", "are being set up",
)

# Words that, after a present 'be' and before an infinitive, place the act ahead ("is due to hold", "are set to
# meet", "is scheduled to testify"): the general English of schedules (`tense._due_to`, with the parse).
SCHEDULE_WORDS = frozenset({"due", "set", "scheduled", "slated", "expected"})

DECADE_WORDS = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
}

HALF_WORDS = {"first half": "H1", "second half": "H2", "1st half": "H1", "2nd half": "H2", "last half": "H2",
              "latter half": "H2", "first two quarters": "H1", "last two quarters": "H2"}

# Centuries named by ordinal: "the 20th century" is TIMEX3 "19" (the years 19xx).
CENTURY_ORDINALS = {"nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty first": 21}

# Words after a bare four-digit number that show it is a count, not a year.
NOT_YEAR_FOLLOWERS = {
    "people", "troops", "soldiers", "men", "women", "children", "votes", "jobs", "shares",
    "dollars", "euros", "pounds", "tons", "tonnes", "miles", "kilometers", "km", "feet", "meters",
    "acres", "units", "cars", "homes", "houses", "workers", "employees", "points", "members",
    "cases", "deaths", "civilians", "drones", "missiles", "barrels", "years", "hours", "days",
    "percent", "%", "others", "residents", "students", "companies", "times", "pages",
    "words", "seats", "delegates", "officers", "police", "copies", "signatures", "fans",
    "square", "cubic", "tanks", "rockets", "shells", "prisoners", "hostages", "refugees",
}

# Nouns that label a thing by its number: "section 1543", "Resolution 1973", "Article 2011",
# "Flight 1549", "U.S. Code 1801". A four-digit number right after one is that
# label, not a year (and so is one after "§" or "No.").
NUMBERED_LABELS = {
    "section", "sections", "sec", "subsection", "article", "articles", "art", "chapter", "title",
    "paragraph", "para", "clause", "resolution", "resolutions", "rule", "rules", "regulation",
    "code", "amendment", "directive", "decree", "statute", "usc",
    "u.s.c", "c.f.r", "cfr", "docket", "exhibit", "form", "annex", "item",
    "page", "pages", "line", "lines", "flight", "route", "highway", "interstate", "room", "suite",
    "model", "version", "number", "no", "nos", "channel", "gate", "platform", "pier", "precinct",
}
NUMBERED_LABEL_BEFORE = r"(?:\b(?:{})\.?|§+)\s*$"

# A four-figure number followed by a time zone is a 24-hour clock time ("at 1930 CDT", "0030 GMT",
# "1600 GMT"), which British and wire copy write without a colon: a time of day, never a year.
CLOCK_ZONE_AFTER = r"(?:[ECMP][SD]?T|GMT|UTC|BST|CES?T|EES?T|MSK|local\s+time)\b"

# "$500 million a year", "grow 8.5% annually": a rate after an amount, which TimeML leaves
# unmarked. The amount ends in a number, a percent sign or one of these words (plus at most one
# noun: "10,000 units annually").
AMOUNT_WORDS = {"%", "percent", "cents", "cent", "thousand", "million", "billion", "trillion", "dollars"}
RATE_EXPRESSIONS = {"a year", "a month", "a week", "a day", "an hour", "per year", "per month",
                    "annually", "yearly", "monthly", "weekly", "daily", "hourly"}

# Surface patterns: (kind, regex). {NAME} placeholders are word classes built from the tables
# above (see patterns.py `_PLACEHOLDERS`). The kind names the normaliser; longer matches win.
PATTERNS: list[tuple[str, str]] = [
    ("iso_date", r"(?P<year>(?:1[5-9]|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)"),
    ("numeric_date", r"(?P<mnum>[01]?\d)/(?P<day>[0-3]?\d)/(?P<year>(?:1[5-9]|20)\d\d)"),
    ("month_day_year", r"(?:{WEEKDAY},?\s+)?{MONTH}\s+{DAYNUM},?\s+{YEAR}"),
    ("day_month_year", r"(?:{WEEKDAY},?\s+)?{DAYNUM}\s+(?:of\s+)?{MONTH},?\s+{YEAR}"),
    ("month_day", r"(?:{WEEKDAY},?\s+|{SHIFT}\s+)?{MONTH}\s+{DAYNUM}(?![\d,]*\d)(?:,?\s+{POD})?"),
    ("day_month", r"(?:{WEEKDAY},?\s+)?{DAYNUM}\s+(?:of\s+)?{MONTH}"),
    ("month_year", r"(?:{POS}\s*)?{MONTH},?\s+(?:of\s+)?{YEAR}"),
    ("month", r"(?:{POS}\s*|{SHIFT}\s+)?{MONTH}"),
    ("month_of_year", r"(?:{POS}\s*)?{MONTH},?\s+(?:of\s+)?(?P<qshift>this|last|next)\s+year"),
    # "25 June that year", "in June of the same year", "May of the following year": counted from the year the text
    # named last, not the anchor's
    ("month_of_that_year", r"(?:{WEEKDAY},?\s+)?{MONTH}\s+{DAYNUM},?\s+(?:of\s+)?(?:that|the\s+same|the\s+(?P<year_shift>following|next|previous|prior))\s+year"),
    ("month_of_that_year", r"(?:{WEEKDAY},?\s+)?{DAYNUM}\s+(?:of\s+)?{MONTH},?\s+(?:of\s+)?(?:that|the\s+same|the\s+(?P<year_shift>following|next|previous|prior))\s+year"),
    ("month_of_that_year", r"(?:{POS}\s*)?{MONTH},?\s+(?:of\s+)?(?:that|the\s+same|the\s+(?P<year_shift>following|next|previous|prior))\s+year"),
    ("weekday", r"(?:{SHIFT}\s+)?{WEEKDAY}(?:\s+{POD})?"),
    ("weekday_plural", r"{WEEKDAY}(?:s|\s+(?P<pod_plural>mornings|afternoons|evenings|nights))"),
    ("pod_weekday", r"(?:(?:early|late)\s+)?{POD}\s+(?:of\s+)?{WEEKDAY}"),
    ("year", r"(?:{POS}\s*|(?:fiscal|calendar|the\s+year|the\s+fiscal\s+year|fy)\s+)?{YEAR}"),
    ("century", r"(?:the\s+)?(?:{POS}\s*)?(?:(?P<cnum>1?\d|2[01])(?:st|nd|rd|th)|{CENT_WORD})[\s-]+century"),
    ("decade", r"(?:the\s+)?(?:{POS}\s*)?(?:(?P<decade>(?:1[5-9]|20)\d0)'?s|'(?P<decade2>\d0)'?s|{DECADE_WORD})"),
    ("season", r"(?:the\s+)?(?:{POS}\s*)?(?:{SHIFT}\s+)?{SEASON}(?:\s+(?:of\s+)?{YEAR})?"),
    ("year_season", r"{YEAR}\s+{SEASON}"),
    ("quarter", r"(?:the\s+)?(?:{SHIFT}\s+|(?P<latest>latest|recent|most\s+recent|same|year-earlier|year-ago)\s+)?(?:fiscal\s+)?(?:{ORD}\s+)?(?:fiscal[\s-]+|calendar[\s-]+)?quarter(?:\s+of\s+(?:fiscal\s+|calendar\s+)?{YEAR}|\s+of\s+(?P<qshift>this|last|next)\s+year)?"),
    ("quarter_adj", r"(?:fiscal[\s-]+)?{ORD}-quarter"),
    ("quarter_code", r"Q(?P<qnum>[1-4])\s+{YEAR}"),
    ("quarter_code", r"{YEAR}\s+Q(?P<qnum2>[1-4])"),
    ("half_code", r"H(?P<hnum>[12])\s+{YEAR}"),
    ("half_code", r"{YEAR}\s+H(?P<hnum2>[12])"),
    ("fiscal_year_code", r"FY\s?(?:{YEAR}|(?P<fy2>\d\d))"),
    ("week_of_month", r"the\s+(?P<wpos>first|last|final|second|third|fourth|closing|opening)\s+(?:week|days|weekend)\s+of\s+{MONTH}(?:,?\s+{YEAR})?"),
    ("half", r"(?:the\s+)?{HALF}(?:\s+of\s+(?:fiscal\s+)?{YEAR}|\s+of\s+(?P<hshift>this|last|next)\s+year)?"),
    ("shift_unit", r"(?:{POS}\s*|the\s+(?=current|present))?{SHIFT}\s+{UNIT1}"),
    # "earlier in the week", "later in the year": the report's own week, month or year, as "earlier this week" (not the
    # day: TimeBank leaves "earlier in the day" unmarked)
    ("in_the_unit", r"(?P<pos>earlier|later)\s+in\s+the\s+(?P<unit>week|month|year)"),
    ("the_past_unit", r"(?:(?!over\s){APPROX}\s+)?the\s+(?P<span_word>past|last|next|coming|previous|first|final|remaining|preceding|following)\s+{UNIT1}{OR_SO}"),
    ("ago", r"(?:{APPROX}\s+)?{NUM}[\s-]+{UNIT}\s+(?:and\s+a\s+half\s+|or\s+so\s+)?{AGO}"),
    ("year_earlier", r"(?:the\s+)?(?:comparable\s+|same\s+)?(?P<rel>year|month|week|day|quarter)-(?:earlier|ago)(?:\s+(?P<period>period|quarter)|\s+{NUM}\s+(?P<months>months))?"),
    ("year_quarter", r"(?:the\s+)?(?:{YEAR}|(?P<qshift>this|last|next)\s+year's)(?:\s+fiscal)?\s+(?:{ORD}[\s-]+)?(?P<period>quarter|period)"),
    ("spoken_year", r"(?:the\s+year\s+)?(?:(?P<sy_century>nineteen|twenty)[\s-]+(?P<sy_rest>{SPOKEN_TWO_DIGITS})|two\s+thousand(?:\s+and\s+(?P<sy_ones>{SPOKEN_ONES}))?)"),
    # "January nineteen ninety-seven", "the winter of nineteen ninety-four" (broadcast transcripts)
    ("month_spoken_year", r"{MONTH},?\s+(?:of\s+)?(?:(?P<sy_century>nineteen|twenty)[\s-]+(?P<sy_rest>{SPOKEN_TWO_DIGITS})|two\s+thousand(?:\s+and\s+(?P<sy_ones>{SPOKEN_ONES}))?)"),
    ("season_spoken_year", r"(?:the\s+)?{SEASON}\s+of\s+(?:(?P<sy_century>nineteen|twenty)[\s-]+(?P<sy_rest>{SPOKEN_TWO_DIGITS})|two\s+thousand(?:\s+and\s+(?P<sy_ones>{SPOKEN_ONES}))?)"),
    ("holiday", r"(?:(?P<shift>last|next|this)\s+)?{HOLIDAY}"),
    ("duration", r"(?:{APPROX}\s+(?!the\b))?(?:the\s+(?:(?:past|last|next|first|final|previous|coming|latest|remaining|following|preceding)\s+)?)?{NUM}(?:\s+and\s+a\s+half|\s+more)?\s+(?:(?:additional|extra|trading|business|working)\s+)?{UNIT}(?:\s+and\s+a\s+half)?(?:\s+old)?{OR_SO}"),
    # "two to three weeks", "the next 12 to 18 months": one span, a count TimeML writes as X
    ("duration_range", r"(?:{APPROX}\s+(?!the\b))?(?:the\s+(?:(?:past|last|next|first|previous|coming|following)\s+)?)?{NUM_LOW}\s+(?:to|or)\s+{NUM}\s+{UNIT}"),
    ("duration", r"(?:{APPROX}\s+)?{NUM}-{UNIT}(?:-long|-old)?"),
    ("vague_duration", r"(?:(?!over\s+the\b){APPROX}\s+)?(?:the\s+(?:past|last|next|coming|previous)\s+)?(?P<vague>several|a\s+few|few|many|the\s+next\s+few|a\s+number\s+of)\s+{UNIT}"),
    ("bare_units", r"(?:the\s+)?(?:(?:past|last|next|coming|recent|early|first)\s+)?(?P<bare>years|months|weeks|decades|centuries|hours|minutes)"),
    ("bare_units", r"(?:the\s+)?(?:past|last|next|coming|recent|following)\s+(?P<bare>days)"),
    ("fixed", r"{FIXED}"),
    ("dayword", r"(?:{POS}\s*)?{DAYWORD}(?:\s+{POD})?"),
    ("clock", r"(?:{APPROX}\s+)?{CLOCK}(?:,?\s+(?:on\s+)?{WEEKDAY}|,?\s+(?:on\s+)?{MONTH}\s+{DAYNUM}(?:,?\s+{YEAR})?|\s+{DAYWORD})?"),
    ("clock_noon", r"(?P<noon>noon|midnight|midday)\s+(?:on\s+)?{WEEKDAY}"),
    ("weekday_clock", r"{WEEKDAY}(?:,?\s+at)?\s+{CLOCK}"),
    ("set_every", r"(?:every|each)\s+(?:(?P<every_n>other|{NUM})\s+)?(?:{WEEKDAY}|{UNIT}|{POD}|{MONTH}|{SEASON})"),
    ("set_per", r"(?P<freq>once|twice|three\s+times|four\s+times|(?:\d+|several|many)\s+times)\s+(?:a|per|each|every)\s+{UNIT1}"),
    ("part_of_day", r"the\s+{POD}"),
    ("unit_edge", r"(?:around\s+)?(?:the\s+)?(?:end\s+of\s+the\s+(?P<edge_unit>year|month|week|quarter)|(?P<edge_unit2>year)(?:-|\s+|'s\s+)end)"),
    ("whole_year", r"the\s+(?P<whole>full|entire|whole|current\s+fiscal|fiscal|latest\s+fiscal|previous\s+fiscal)\s+year"),
    ("latest_period", r"the\s+(?:latest|most\s+recent|recent)\s+(?:period|quarter)|the\s+(?:comparable|same|corresponding)\s+period(?:\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year))?"
                      r"|the\s+quarter\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year)"),
    ("vague_quarters", r"(?P<vq>coming|future|recent|past|previous)\s+quarters"),
    ("the_weekend", r"the\s+weekend"),
    ("for_the_unit", r"(?<=for\s)the\s+(?P<unit>year|week|month)"),
    ("for_the_unit", r"the\s+(?P<unit>year)(?=\s+end(?:ed|ing)\b)"),
    ("anaphoric_day", r"the\s+(?P<ana>next|following|previous|same|prior)\s+(?P<ana_unit>day|morning|night|evening|week|month|year)|the\s+day\s+(?P<ana2>before|after)|(?:(?:earlier|later)\s+)?that\s+(?P<ana3>day|night|morning|week|month|year)"),
]

# Words written in the patterns below (or ending an entry of HALF_WORDS, CENTURY_ORDINALS) that
# are not in a table: with the tables' words and some numbers they are the triggers near which
# the recogniser looks (patterns.py `regions`); a pattern whose every match lacked all of them
# would go unseen, which test_timex checks on real text.
TRIGGER_WORDS = {"quarter", "period", "fiscal", "fy", "nineteen", "twenty", "thousand", "noon", "midnight",
                 "midday", "weekend", "half", "century", "decade"}

# Fixed-date holidays (month, day) and moveable ones as (month, weekday, nth; -1 = last).
HOLIDAYS = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "new year's day": (1, 1), "new year's eve": (12, 31), "new year's": (1, 1),
    "independence day": (7, 4), "the fourth of july": (7, 4), "veterans day": (11, 11),
    "halloween": (10, 31), "valentine's day": (2, 14), "bastille day": (7, 14),
    "thanksgiving": (11, 4, 4), "thanksgiving day": (11, 4, 4), "labor day": (9, 1, 1),
    "memorial day": (5, 1, -1), "martin luther king day": (1, 1, 3), "presidents day": (2, 1, 3),
    "mother's day": (5, 7, 2), "father's day": (6, 7, 3), "election day": (11, 2, "election"),
}
