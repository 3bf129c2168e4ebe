"""A line break ends a sentence: without this the small English models run sentences across
headlines, captions and paragraphs, and a speaker or quote spills into the next paragraph. An
abbreviated title before a name never ends one ('said Coast Guard Adm. Thad W. Allen')."""
from __future__ import annotations

from spacy.language import Language

COMPONENT = "paragraph_boundaries"
# Abbreviated titles written before a name (English newswire style).
TITLE_ABBREVIATIONS = frozenset(
    "mr. mrs. ms. dr. prof. rev. sen. rep. gov. lt. gen. col. maj. capt. cmdr. adm. sgt. cpl. pvt. supt.".split()
)


@Language.component(COMPONENT)
def paragraph_boundaries(doc):
    """Mark the first token after a newline as a sentence start and the name after an abbreviated
    title as none (the parser keeps both)."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text or "\n" in previous.whitespace_:
            token.is_sent_start = True
        elif previous.lower_ in TITLE_ABBREVIATIONS and token.is_title:
            token.is_sent_start = False
    return doc


def ensure_paragraph_boundaries(nlp):
    """Add the component before the parser once; returns the same pipeline."""
    if COMPONENT not in nlp.pipe_names:
        before = "parser" if "parser" in nlp.pipe_names else None
        nlp.add_pipe(COMPONENT, before=before) if before else nlp.add_pipe(COMPONENT, first=True)
    return nlp
