"""A line break ends a sentence: without this the small English models run sentences across
headlines, captions and paragraphs, and a speaker or quote spills into the next paragraph. An
abbreviated title before a name never ends one ('said Coast Guard Adm. Thad W. Allen')."""
from __future__ import annotations

import re

import numpy
from spacy.attrs import IS_TITLE, LOWER, ORTH, SENT_START
from spacy.language import Language

COMPONENT = "paragraph_boundaries"
# Abbreviated titles written before a name (English newswire style).
TITLE_ABBREVIATIONS = frozenset(
    "mr. mrs. ms. dr. prof. rev. sen. rep. gov. lt. gen. col. maj. capt. cmdr. adm. sgt. cpl. pvt. supt.".split()
)
NOT_A_START = numpy.array(-1).astype(numpy.uint64)  # SENT_START -1 as Doc.to_array / from_array hold it
LINE_BREAKS = re.compile(r"\n+")


def paragraph_starts(text: str) -> list[int]:
    """Where each paragraph of a stored text begins: cleaning leaves one paragraph per line."""
    return [0] + [match.end() for match in LINE_BREAKS.finditer(text) if match.end() < len(text)]


@Language.component(COMPONENT)
def paragraph_boundaries(doc):
    """Mark the first token after a newline as a sentence start and the name after an abbreviated
    title as none (the parser keeps both). Read and written as the Doc's columns, each distinct
    word's text looked up once: a Token object for every token and its neighbour, and spaCy's
    `is_sent_start` setter (which scans the whole Doc for a parse on every call), cost ~0.3 CPU s
    on the benchmark sample."""
    if len(doc) < 2:
        return doc
    columns = doc.to_array([ORTH, LOWER, IS_TITLE, SENT_START])
    orth, lower, title, starts = columns.T
    strings = doc.vocab.strings
    with_newline = numpy.array([key for key in set(orth.tolist()) if "\n" in strings[key]], dtype=orth.dtype)
    titles = numpy.array([key for key in set(lower.tolist()) if strings[key] in TITLE_ABBREVIATIONS], dtype=lower.dtype)
    after_newline = numpy.isin(orth[:-1], with_newline)
    after_title = numpy.isin(lower[:-1], titles) & (title[1:] == 1) & ~after_newline
    if after_newline.any() or after_title.any():
        starts = starts.copy()
        starts[1:][after_newline] = 1
        starts[1:][after_title] = NOT_A_START
        doc.from_array([SENT_START], starts)
    return doc


def ensure_paragraph_boundaries(nlp):
    """Add the component before the parser once; returns the same pipeline."""
    if COMPONENT not in nlp.pipe_names:
        before = "parser" if "parser" in nlp.pipe_names else None
        nlp.add_pipe(COMPONENT, before=before) if before else nlp.add_pipe(COMPONENT, first=True)
    return nlp
