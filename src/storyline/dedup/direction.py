"""Which of two matching documents is the original and which the copy.

Evidence, strongest first: the earlier publication date; crediting the other document's outlet
("Vox reported: ...", so the citing one is the copy); naming the outlet that did the reporting
("told ABC News", "ABC News' X contributed to this report" — rewriters strip these);
having a date at all (a dateline is the publisher's own page furniture); being more complete
(more content sentences); and, last, having been seen first.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

OUTLET_NAME = r"(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}"
ATTRIBUTION_PATTERNS = [
    re.compile(r"\b(?:told|said to|confirmed to|in an interview with|in a statement to)\s+" + OUTLET_NAME),
    re.compile(r"\bcontributed to this (?:report|story|article)\b", re.IGNORECASE),
    re.compile(r"\b(?:reported|obtained|reviewed|seen) by\s+" + OUTLET_NAME),
    re.compile(r"\((?:Reuters|AP|AFP|Bloomberg|dpa|UPI|CNN|BBC)\)\s*[-–—]"),  # wire dateline credit
]


def attribution_count(text: str, outlet: str | None = None) -> int:
    """How often the text credits the reporting outlet itself, a mark of the original report."""
    count = sum(len(pattern.findall(text)) for pattern in ATTRIBUTION_PATTERNS)
    if outlet and outlet.strip():
        count += text.count(outlet.strip())
    return count


@dataclass
class DocFacts:
    """What direction needs to know about a document, as stored in the index."""

    doc_id: str
    published: str | None
    attributions: int
    n_sentences: int
    seq: int  # order in which the index saw the document
    outlet: str | None = None


def originality_key(facts: DocFacts) -> tuple:
    """Larger is more likely the original; the date is compared separately (earlier wins)."""
    return (facts.attributions, facts.published is not None, facts.n_sentences, -facts.seq)


def cites(sentences: list[str], outlet: str | None) -> bool:
    """Whether the sentences name `outlet` (as a whole word): a copy crediting its source."""
    if not outlet or len(outlet.strip()) < 2:
        return False
    pattern = re.compile(r"(?<!\w)" + re.escape(outlet.strip()) + r"(?!\w)")
    return any(pattern.search(sentence) for sentence in sentences)


def choose_original(a: DocFacts, b: DocFacts, a_cites_b: bool = False,
                    b_cites_a: bool = False) -> tuple[DocFacts, DocFacts]:
    """(original, copy) for two documents already known to be copies of one another."""
    if a.published and b.published and a.published[:10] != b.published[:10]:
        return (a, b) if a.published < b.published else (b, a)
    if a_cites_b != b_cites_a:
        return (b, a) if a_cites_b else (a, b)
    return (a, b) if originality_key(a) >= originality_key(b) else (b, a)
