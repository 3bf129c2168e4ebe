"""Quote marks: which characters open and close a quote, and the rule for unbalanced marks."""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

OPENING_MARKS = {"“": "”", "«": "»", "„": "“", "‹": "›", '"': '"'}
CLOSING_MARKS = {"”", "»", "›", '"'}
QUOTE_MARKS = set(OPENING_MARKS) | CLOSING_MARKS
MAX_QUOTE_CHARS = 6000  # a quote over several paragraphs, from its first mark to its last
# One paragraph's quote, mark to mark: above the longest well-formed one in 400 PolNeAR train
# articles (1,289 characters); farther apart, the marks are unbalanced (see find_quote_spans).
MAX_PARAGRAPH_QUOTE_CHARS = 1500
# the only characters find_quote_spans acts on: every other one leaves its state as it was
MARK_OR_BREAK = re.compile("[\n" + "".join(sorted(QUOTE_MARKS)) + "]")


@dataclass
class QuoteSpan:
    """Characters from the opening mark to the closing mark, inclusive."""

    start: int
    end: int

    @property
    def inner_start(self) -> int:
        return self.start + 1

    @property
    def inner_end(self) -> int:
        return self.end - 1


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Matched quote-mark spans. The rule for unbalanced marks: a quote ends at its closing mark
    within the same paragraph and at most MAX_PARAGRAPH_QUOTE_CHARS after its (re)opening mark;
    a paragraph break ends it unless the next paragraph opens with the same mark (the
    multi-paragraph convention, up to MAX_QUOTE_CHARS in all; in a page flattened onto one line,
    the same mark reopening after a sentence's end continues it too). An opening mark with no closing
    mark in reach is stray and dropped; a mark found out of reach opens a new quote instead (a
    straight '"' cannot say which way it faces), so one stray mark never swallows a whole
    flattened article or its comments. The text is walked from one mark or line break to the next
    (`MARK_OR_BREAK`), not character by character: no other character changes what is open."""
    spans = []
    open_at = segment_at = None
    opener = None
    i = 0
    while (found := MARK_OR_BREAK.search(text, i)) is not None:
        i = found.start()
        char = text[i]
        if char == "\n" and open_at is not None:
            following = _next_paragraph_start(text, i)
            if following is not None and text[following] == opener and following - open_at < MAX_QUOTE_CHARS:
                segment_at = following
                i = following + 1  # the reopening mark continues the same quote
                continue
            open_at = segment_at = opener = None
        elif open_at is None:
            if char in OPENING_MARKS:
                open_at, segment_at, opener = i, i, char
        elif i - segment_at > MAX_PARAGRAPH_QUOTE_CHARS and char in QUOTE_MARKS:
            # out of reach: the earlier opening mark was stray
            open_at, segment_at, opener = (i, i, char) if char in OPENING_MARKS else (None, None, None)
        elif char == OPENING_MARKS[opener] or (char in CLOSING_MARKS and opener != "„"):
            spans.append(QuoteSpan(open_at, i + 1))
            open_at = segment_at = opener = None
        elif char == opener and char != '"':
            if text[segment_at:i].rstrip()[-1:] in (".", "?", "!"):
                segment_at = i  # a page flattened onto one line: the next paragraph reopens the same quote
            else:
                open_at = segment_at = i  # a second opening mark: the first one was stray
        i += 1
    return spans


def _next_paragraph_start(text: str, newline_at: int) -> int | None:
    j = newline_at
    while j < len(text) and text[j].isspace():
        j += 1
    return j if j < len(text) else None


class QuoteIndex:
    """Answers 'which quote span holds this character' quickly."""

    def __init__(self, spans: list[QuoteSpan]):
        self.spans = spans
        self.starts = [s.start for s in spans]

    def holding(self, char: int) -> QuoteSpan | None:
        k = bisect_right(self.starts, char) - 1
        if k >= 0 and self.spans[k].start <= char < self.spans[k].end:
            return self.spans[k]
        return None

    def overlapping(self, start: int, end: int) -> list[QuoteSpan]:
        return [s for s in self.spans if s.start < end and start < s.end]


def quote_kind(text: str, start: int, end: int, quotes_index) -> str:
    """direct: all words inside quote marks; mixed: some; indirect: none."""
    inside = quotes_index.overlapping(start, end)
    if not inside:
        return "indirect"
    outside = list(text[start:end])
    for span in inside:
        for i in range(max(span.start, start), min(span.end, end)):
            outside[i - start] = " "
    if any(ch.isalnum() for ch in outside):
        return "mixed"
    return "direct"


def display_span(text: str, start: int, end: int, kind: str) -> tuple[int, int]:
    """Direct quotes without their marks and trailing comma; others as found."""
    if kind == "direct":
        while start < end and (text[start] in QUOTE_MARKS or text[start].isspace()):
            start += 1
        while end > start and (text[end - 1] in QUOTE_MARKS or text[end - 1] in "," or text[end - 1].isspace()):
            end -= 1
    return start, end


def unquoted_words(text: str, start: int, end: int, quoted: list[QuoteSpan]) -> bool:
    chars = list(text[start:end])
    for span in quoted:
        for i in range(max(span.start, start), min(span.end, end)):
            chars[i - start] = " "
    return any(ch.isalnum() for ch in chars)
