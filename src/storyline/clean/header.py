"""The top of an article: its title, its dateline, and the outlet where the page names itself."""
from __future__ import annotations

import re
from datetime import date

from storyline.nlp.time.lexicon import MONTH_NAME, MONTHS  # MONTHS: month names and abbreviations -> 1..12

_MONTH = rf"({MONTH_NAME})\.?"
_TIME = r"(?:[,;]?\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s*[A-Z]{2,4})?)?"
# A page's stamp may put its clock time first and shorten the weekday: "12:16 PM, Thursday, 28 May
# 2009", "14:44 UK time, Wednesday, 29 April 2009", "Mon Apr 27, 2009 4:19 am BST".
_LEADING_CLOCK = r"(?:\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+(?:[A-Z]{1,3}T|UTC|UK time))?,?\s+)?"
_PREFIX = (r"(?:(?:published|updated|posted|last updated)\s*(?:on)?\s*:?\s*)?" + _LEADING_CLOCK
           + r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?")
DATELINE_PATTERNS = [
    re.compile(rf"^{_PREFIX}{_MONTH}\s+(\d{{1,2}}),?\s+(\d{{4}}){_TIME}\s*$", re.I),  # February 12, 2025, 5:21 PM
    re.compile(rf"^{_PREFIX}(\d{{1,2}})\s+{_MONTH},?\s+(\d{{4}}){_TIME}\s*$", re.I),  # 12 February 2025
    re.compile(rf"^{_PREFIX}(\d{{4}})-(\d{{2}})-(\d{{2}})(?:[T ]\d{{2}}:\d{{2}}(?::\d{{2}})?\S*)?\s*$", re.I),  # 2025-02-12
]
HEADER_LINES = 8  # datelines and titles live in the first few lines only
MAX_TITLE_CHARS = 200

CONTRIBUTED_BY = re.compile(r"^(?P<outlet>[A-Z][\w.&]*(?: [A-Z][\w.&]*){0,3})[’']s? [^.]{0,120}\bcontributed to this (report|story|article)")
COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?(?P<outlet>[A-Z][\w.&]*(?: [A-Z][\w.&]*){0,3})", re.I)


def parse_dateline(line: str) -> str | None:
    """ISO date of a line that is nothing but a date (with optional time), else None."""
    stripped = line.strip()
    if len(stripped) > 60:
        return None
    for number, pattern in enumerate(DATELINE_PATTERNS):
        match = pattern.match(stripped)
        if not match:
            continue
        if number == 0:
            month, day, year = MONTHS[match.group(1)[:3].lower()], int(match.group(2)), int(match.group(3))
        elif number == 1:
            day, month, year = int(match.group(1)), MONTHS[match.group(2)[:3].lower()], int(match.group(3))
        else:
            year, month, day = int(match.group(1)), int(match.group(2)), int(match.group(3))
        try:
            return date(year, month, day).isoformat()
        except ValueError:
            return None
    return None


def looks_like_title(line: str, repeated: bool) -> bool:
    """Short, and not a finished sentence unless the page repeats it as headlines are."""
    stripped = line.strip()
    if not stripped or len(stripped) > MAX_TITLE_CHARS:
        return False
    if stripped.endswith((".", ",", ";")) and not repeated:
        return False
    return len(stripped.split()) >= 3


def outlet_from_lines(kept: list[str], removed: list[str]) -> str | None:
    """The outlet where the page names itself: a credit line or a copyright line."""
    for line in kept + removed:
        match = CONTRIBUTED_BY.match(line.strip()) or COPYRIGHT.match(line.strip())
        if match:
            return match.group("outlet").strip()
    return None


def is_outlet_name_line(line: str, neighbour_removed: bool, removed_lines: list[str]) -> bool:
    """A bare name line next to page furniture that names it again ("The Week" above
    "Sign up for The Week's Free Newsletters") is the page's own masthead."""
    name = line.strip()
    if not neighbour_removed or not 1 <= len(name.split()) <= 4:
        return False
    if not name[:1].isupper() or name.endswith((".", ":", "?", "!")):
        return False
    return any(name in other and other.strip() != name for other in removed_lines)
