"""Which lines of pasted or scraped page text are page furniture rather than article.

Rules are data: each pattern names the kind of furniture it catches, so `removed` can be
read and checked by a person.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# Lines that are furniture wherever they appear.
LINE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("breadcrumb", re.compile(r"^-?\s*[\w &]{1,30}\s*>\s*$|^-\s+[\w&][\w &]{0,25}$")),
    ("separator", re.compile(r"^[-–—•*·]{1,3}$")),
    ("share", re.compile(r"^(share|share this (post|article|story)|share on \w+|tweet|email|print|copy link|comments?|\d+ comments?)$", re.I)),
    ("subscribe", re.compile(r"^(sign up|subscribe|subscribing\.*|you've been subscribed!?|something went wrong|join our (community|newsletter)|be the first to know|get notified|get the (latest|best)|don't miss)\b.*$", re.I)),
    ("newsletter", re.compile(r"\b(newsletters?|delivered (directly )?to your inbox|free daily email|sign up for|escape your echo chamber)\b", re.I)),
    ("photo credit", re.compile(r"^(\(?(photo|image|picture|video)s?\)?\s*(credit|by)?:?.*|.*\b(getty images|shutterstock|ap photo|afp via getty|reuters/|/reuters|epa-efe|/ap|ap/)\b.*)$", re.I)),
    ("initials", re.compile(r"^([A-Z]\s){0,3}[A-Z]$")),
    ("advertising", re.compile(r"^(advertisement|sponsored( content)?\b.*|promoted\b.*|story continues below.*|ad feedback)$", re.I)),
    ("related heading", re.compile(r"^(related( topics| articles| stories| content| coverage)?|more (from|on|stories)\b.*|read (more|next|also)\b.*|recommended( for you)?|most (popular|read)|trending( now)?|you may also like|see also)\s*:?$", re.I)),
    ("author bio", re.compile(r"^[A-Z][a-z]+ (has (worked|written|been)|is an? (senior |staff |freelance )?(news |politics |culture )?(writer|reporter|editor|correspondent|journalist))\b.*", re.I)),
]

# After one of these, in the second half of the page, the article is over.
TAIL_MARKERS = re.compile(
    r"^(comments?|related topics|related (articles|stories|content)|more (from|stories)\b.*|"
    r"sponsored content\b.*|be the first to know|recommended( for you)?|read next|you may also like|most popular)$",
    re.I,
)

# Headline glued to a section label, typical of related-story teaser lists ("...in 2026The Week Recommends").
GLUED_TEASER = re.compile(r"[a-z0-9’'?]([A-Z][a-z]+ )?(Speed Read|In Depth|The Explainer|In the Spotlight|IN THE SPOTLIGHT|The Week Recommends|Opinion|Analysis|Explainer)\b")


@dataclass
class LineVerdict:
    index: int
    line: str
    reason: str | None  # None means: article text


def furniture_reason(line: str) -> str | None:
    stripped = line.strip()
    for reason, pattern in LINE_PATTERNS:
        if pattern.search(stripped):
            return reason
    if GLUED_TEASER.search(stripped):
        return "related story"
    return None


def find_tail_start(lines: list[str]) -> int | None:
    """Index of the line where trailing page furniture (comments, related lists) begins."""
    content = [i for i, line in enumerate(lines) if line.strip()]
    if len(content) < 4:
        return None
    halfway = content[len(content) // 2]
    for index in content:
        if index >= halfway and TAIL_MARKERS.match(lines[index].strip()):
            return index
    return None


def find_teaser_lists(lines: list[str]) -> set[int]:
    """Runs of short items separated by lone '-' lines: lists of links to other stories."""
    separators = [i for i, line in enumerate(lines) if line.strip() in {"-", "–", "•"}]
    if len(separators) < 2:
        return set()
    removed: set[int] = set()
    for first, second in zip(separators, separators[1:]):
        between = [i for i in range(first + 1, second) if lines[i].strip()]
        if len(between) <= 2 and all(len(lines[i]) < 400 for i in between):
            removed.update(range(first, second + 1))
    last = separators[-1]
    if last in removed:
        trailing = [i for i in range(last + 1, len(lines)) if lines[i].strip()]
        if len(trailing) <= 2 and all(len(lines[i]) < 400 for i in trailing):
            removed.update(range(last, len(lines)))
    return removed


def find_repeated_lines(lines: list[str], head_lines: int = 5) -> dict[int, str]:
    """A line near the top repeated later (a standfirst restated in the body, a doubled headline).
    Only the top counts: lists and Q&A legitimately repeat lines further down."""
    keys = [_normalise(line) for line in lines]
    repeated: dict[int, str] = {}
    head = [i for i, key in enumerate(keys) if key][:head_lines]
    for i in head:
        key = keys[i]
        if len(key) < 25:
            continue
        for later in range(i + 1, len(keys)):
            if keys[later] and (keys[later] == key or (len(key) >= 60 and key in keys[later])):
                repeated[i] = "repeated line"
                break
    return repeated


def _normalise(line: str) -> str:
    text = line.strip().lower()
    text = re.sub(r"[`’‘´]", "'", text)
    text = re.sub(r"[“”]", '"', text)
    return re.sub(r"\s+", " ", text)


def normalised_line(line: str) -> str:
    return _normalise(line)
