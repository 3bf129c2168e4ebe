"""The time-expression stage as a spaCy component: `nlp.add_pipe("storyline_timex")` writes each
time expression of a parsed text to `doc.spans["timex"]` (label = TIMEX3 type) with its `Timex`
on `span._.timex`.

The anchor (document creation date, ISO) is the date of the `Document` the Doc was made for when
it came through `nlp.pipe(((text, document) ...), as_tuples=True)` (the ingest runner), else
`doc._.dct`, set before the component runs. In the ingest pipeline (`analysis.ensure_analysis`)
it runs with `documents_only=True`, so Docs parsed for other purposes pay nothing for it; the
analysis then reads the spans (`timexes_of`) instead of extracting again.
"""
from __future__ import annotations

import time

from spacy.language import Language
from spacy.tokens import Doc, Span

from storyline.model import Document, Timex
from storyline.nlp.spacy_model import keep_text, text_of
from storyline.nlp.time.extract import extract_timexes

SPAN_KEY = "timex"
CPU_KEY = "storyline_cpu"  # user_data: CPU seconds per stage spent in components, for the analysis' clock

if not Doc.has_extension("dct"):
    Doc.set_extension("dct", default=None)
if not Span.has_extension("timex"):
    Span.set_extension("timex", default=None)


def add_timex_spans(doc: Doc, doc_id: str = "") -> Doc:
    """Time expressions of `doc` valued against `doc._.dct`, as spans in `doc.spans["timex"]`."""
    spans = []
    for timex in extract_timexes(text_of(doc), doc._.dct, doc_id, parsed=doc):
        span = doc.char_span(timex.start, timex.end, label=timex.type, alignment_mode="expand")
        if span is None:
            continue
        span._.timex = timex
        spans.append(span)
    doc.spans[SPAN_KEY] = spans
    return doc


def timexes_of(doc: Doc, document: Document) -> list[Timex]:
    """The document's time expressions from `doc.spans["timex"]`, written by the component for
    this document (anchored on its date); when the component has not run (a Doc parsed without
    the document as context), the component's code runs now, once."""
    if SPAN_KEY not in doc.spans or doc._.dct != document.published:
        doc._.dct = document.published
        add_timex_spans(doc, document.id)
    return [span._.timex for span in doc.spans[SPAN_KEY]]


def release_timex_spans(doc: Doc) -> None:
    """Drops the spans and their `Timex` values once the analysis holds them: Python objects in
    `user_data` cannot travel back from spaCy's worker processes (Doc.to_bytes)."""
    if SPAN_KEY in doc.spans:
        del doc.spans[SPAN_KEY]
    for key in [key for key in doc.user_data if isinstance(key, tuple) and key[:2] == ("._.", "timex")]:
        del doc.user_data[key]


class TimexComponent:
    """`add_timex_spans`, anchored on the Document given as the Doc's context when there is one;
    `documents_only`: leave Docs without one untouched."""

    def __init__(self, documents_only: bool = False):
        self.documents_only = documents_only

    def __call__(self, doc: Doc) -> Doc:
        context = getattr(doc, "_context", None)
        if not isinstance(context, Document):
            return doc if self.documents_only else add_timex_spans(doc)
        started = time.process_time()
        keep_text(doc, context.text)
        doc._.dct = context.published
        add_timex_spans(doc, context.id)
        spent = doc.user_data.setdefault(CPU_KEY, {})
        spent["time"] = spent.get("time", 0.0) + time.process_time() - started
        return doc


@Language.factory("storyline_timex", default_config={"documents_only": False})
def make_timex_component(nlp: Language, name: str, documents_only: bool):
    return TimexComponent(documents_only)
