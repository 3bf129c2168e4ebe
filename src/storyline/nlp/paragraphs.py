"""A line break ends a sentence: without this the small English models run sentences across
headlines, captions and paragraphs, and a speaker or quote spills into the next paragraph."""
from __future__ import annotations

from spacy.language import Language

COMPONENT = "paragraph_boundaries"


@Language.component(COMPONENT)
def paragraph_boundaries(doc):
    """Mark the first token after a newline as a sentence start (the parser keeps it)."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text or "\n" in previous.whitespace_:
            token.is_sent_start = True
    return doc


def ensure_paragraph_boundaries(nlp):
    """Add the component before the parser once; returns the same pipeline."""
    if COMPONENT not in nlp.pipe_names:
        before = "parser" if "parser" in nlp.pipe_names else None
        nlp.add_pipe(COMPONENT, before=before) if before else nlp.add_pipe(COMPONENT, first=True)
    return nlp
