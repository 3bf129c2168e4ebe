"""The time-expression stage as a spaCy component: `nlp.add_pipe("storyline_timex")` writes each
time expression of a parsed text to `doc.spans["timex"]` (label = TIMEX3 type) with its `Timex`
on `span._.timex`. The anchor (document creation date, ISO) is read from `doc._.dct`; set it
before the component runs, e.g. with `nlp.pipe(((text, {"dct": date}) ...), as_tuples=True)` and
`doc._.dct = context["dct"]`, or call `extract_timexes` directly, which is the same code."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from storyline.nlp.spacy_model import text_of
from storyline.nlp.time.extract import extract_timexes

SPAN_KEY = "timex"

if not Doc.has_extension("dct"):
    Doc.set_extension("dct", default=None)
if not Span.has_extension("timex"):
    Span.set_extension("timex", default=None)


def add_timex_spans(doc: Doc) -> Doc:
    """Time expressions of `doc` valued against `doc._.dct`, as spans in `doc.spans["timex"]`."""
    spans = []
    for timex in extract_timexes(text_of(doc), doc._.dct, parsed=doc):
        span = doc.char_span(timex.start, timex.end, label=timex.type, alignment_mode="expand")
        if span is None:
            continue
        span._.timex = timex
        spans.append(span)
    doc.spans[SPAN_KEY] = spans
    return doc


@Language.factory("storyline_timex")
def make_timex_component(nlp: Language, name: str):
    return add_timex_spans
