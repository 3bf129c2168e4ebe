"""One document's analysis from one parse, and the spaCy component that makes it inside `nlp.pipe`.

The ingest runner sends `(text, Document)` pairs through `nlp.pipe(as_tuples=True)`; the
`storyline_timex` component writes each document's time expressions to `doc.spans["timex"]`,
then the `storyline_analysis` component, last in the pipeline, replaces each Doc's context (the Document)
with an `Analysed`: the document, its analysis (entities, roles, time, quotes, event mentions,
position claims) and the copy index's store-independent features (sentences, MinHash). So with
N worker processes (`pipeline.SpacyExecutor`) everything per document runs next to the parse, and
only the `Analysed` travels back. A Doc without a Document as context passes through untouched.
Search vectors are not made here: the first search by meaning embeds the passages stored since
(`search.ensure_passage_vectors`), which took the ingest's largest cost after the parse off it.
"""
from __future__ import annotations

import os
import time
from dataclasses import dataclass, field

from spacy.language import Language

from storyline.model import Document, DocumentAnalysis

COMPONENT = "storyline_analysis"
TIMEX_COMPONENT = "storyline_timex"


@dataclass
class Analysed:
    """What the analysis stage returns for one document: its analysis or the one-line error."""

    doc: Document
    analysis: DocumentAnalysis | None = None
    error: str | None = None
    copy_features: object | None = None  # dedup.index.CopyFeatures
    cpu_seconds: dict[str, float] = field(default_factory=dict)  # per analysis stage (StageClock)


def failure_line(source: str, error: Exception, why: str = "") -> str:
    """An unexpected error as the one line a user sees: the input, why (if known), the error type,
    its first line."""
    first = str(error).splitlines()[0] if str(error) else ""
    return f"{source}: failed ({why}{type(error).__name__}: {first})"


class StageClock:
    """CPU seconds per stage, summed over documents (`time.process_time` of the process the stage
    runs in): how the benchmarks see where an ingest's CPU goes, from the product's own run."""

    def __init__(self):
        self.seconds: dict[str, float] = {}
        self.started = time.process_time()

    def lap(self, stage: str) -> None:
        now = time.process_time()
        self.seconds[stage] = self.seconds.get(stage, 0.0) + now - self.started
        self.started = now


def analyze_parsed(parsed, doc: Document, clock: StageClock | None = None) -> DocumentAnalysis:
    """All per-document NLP over one parse: entities, roles, time, quotes, event mentions, position
    claims. Fills in an inferred publication date on `doc` when it has none."""
    from storyline.nlp.time.dating import infer_publication
    from storyline.nlp.attribution_model import learned_quotes
    from storyline.nlp.entities import extract_mentions, extract_roles
    from storyline.nlp.quotes import quote_date
    from storyline.nlp.spacy_model import span_text
    from storyline.nlp.time.component import timexes_of
    from storyline.story.events import extract_event_mentions
    from storyline.story.positions import extract_claims, group_holder_mentions

    clock = clock or StageClock()
    timexes = timexes_of(parsed, doc)  # written by the storyline_timex component in the pipeline
    if not doc.published and not doc.published_range:
        dating = infer_publication(doc.text, timexes)
        doc.published_range, doc.published_reasons = dating.range, dating.reasons
        if doc.published_range:
            doc.published_how = "inferred"
    clock.lap("time")
    mentions = extract_mentions(parsed, doc.id)
    roles = extract_roles(parsed, doc.id, doc.published, mentions=mentions)
    clock.lap("entities")
    quotes = learned_quotes(parsed, doc.id, mentions)
    for quote in quotes:
        quote.date = quote_date(quote, parsed, timexes) or doc.published
    clock.lap("quotes")
    event_mentions = extract_event_mentions(parsed, doc, timexes, mentions)
    clock.lap("events")
    claims = extract_claims(parsed, doc, timexes, mentions, quotes)
    mentions = mentions + group_holder_mentions(parsed, claims, mentions)  # groups holding a position are actors
    clock.lap("claims")
    return DocumentAnalysis(
        sentences=[(sent.start_char, sent.end_char) for sent in parsed.sents if span_text(sent).strip()],
        mentions=mentions,
        roles=roles,
        quotes=quotes,
        timexes=timexes,
        event_mentions=event_mentions,
        claims=claims,
    )


def analyse_one(parsed, doc: Document) -> Analysed:
    """The analysis and copy features of one parsed document; an error is kept, never raised,
    so one broken document cannot fail the batch it was parsed in."""
    from storyline.dedup.index import copy_features

    from storyline.nlp.time.component import CPU_KEY

    clock = StageClock()
    clock.seconds.update(parsed.user_data.pop(CPU_KEY, {}))  # stages run as components before this one
    try:
        analysis = analyze_parsed(parsed, doc, clock)
        features = copy_features(doc)
        clock.lap("copy_features")
        return Analysed(doc, analysis, copy_features=features, cpu_seconds=clock.seconds)
    except Exception as error:  # one broken document must not stop the batch
        return Analysed(doc, error=failure_line(doc.source, error))


class AnalysisComponent:
    """Replaces a Doc's Document context with its `Analysed`, in `nlp.pipe`, batch by batch."""

    def __call__(self, parsed):
        return next(self.pipe([parsed]))

    def pipe(self, stream, batch_size: int = 16):
        from spacy.util import minibatch

        from storyline.nlp.spacy_model import release_parse_columns
        from storyline.nlp.time.component import release_timex_spans

        for docs in minibatch(stream, size=batch_size):
            for parsed in docs:
                context = getattr(parsed, "_context", None)
                if not isinstance(context, Document):
                    continue
                parsed._context = analyse_one(parsed, context)
                release_timex_spans(parsed)
                release_parse_columns(parsed)
                # the tok2vec tensor is what makes a Doc large; nothing after this stage reads it,
                # and a worker would send it back to the ingest process for nothing
                parsed.tensor = parsed.tensor[:0, :0] if parsed.tensor.ndim == 2 else parsed.tensor
            yield from docs


@Language.factory(COMPONENT)
def make_analysis_component(nlp, name):
    return AnalysisComponent()


def ensure_analysis(nlp):
    """Adds the known-places ruler after the entity recogniser, the time-expression component (for
    Docs made for a Document) and the analysis as the pipeline's last components, once; returns
    the same pipeline."""
    import storyline.nlp.time.component  # noqa: F401  (registers the storyline_timex factory)
    from storyline.nlp.entities import PLACES_COMPONENT

    if PLACES_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(PLACES_COMPONENT, after="ner" if "ner" in nlp.pipe_names else None)
    if TIMEX_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(TIMEX_COMPONENT, before=COMPONENT if COMPONENT in nlp.pipe_names else None,
                     last=COMPONENT not in nlp.pipe_names, config={"documents_only": True})
    if COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, last=True)
        _import_what_the_analysis_loads()
    return nlp


def _import_what_the_analysis_loads() -> None:
    """Loads the modules the analysis imports on first use (the copy index, the attribution
    tagger, events, positions) with the pipeline, so that a freeze after it
    (`nlp.spacy_model.freeze_what_is_loaded`) takes them out of the collector's passes too."""
    import storyline.dedup.index  # noqa: F401
    import storyline.nlp.attribution_model  # noqa: F401
    import storyline.story.events  # noqa: F401
    import storyline.story.positions  # noqa: F401


_children_watch_parent = False


def forked_children_die_with_parent() -> None:
    """From now on every process forked from this one (the ingest's worker processes) ends as soon
    as this process ends, even by kill -9, instead of waiting for work for ever. Registered once
    per process: `os.register_at_fork` hooks cannot be removed."""
    global _children_watch_parent
    if not _children_watch_parent:
        _children_watch_parent = True
        os.register_at_fork(after_in_child=lambda: die_with_parent(os.getppid()))


def die_with_parent(parent_pid: int) -> None:
    """Ends this worker as soon as the process that started it ends, even by kill -9 (which runs
    no clean-up there): a daemon thread waits on a pidfd of the parent, then exits the worker."""
    import select
    import threading

    try:
        handle = os.pidfd_open(parent_pid)
    except (AttributeError, OSError):  # no pidfd (not Linux >= 5.3): poll the pid instead
        handle = None

    def alive() -> bool:
        try:
            os.kill(parent_pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        return True

    def watch() -> None:
        if handle is not None:
            select.select([handle], [], [])
        else:
            while alive():
                time.sleep(1.0)
        os._exit(1)

    if handle is None and not alive():
        os._exit(1)
    threading.Thread(target=watch, name="storyline-parent-watch", daemon=True).start()
