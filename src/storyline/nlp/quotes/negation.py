"""Cues that deny rather than assert ('never said', 'denied saying'), read from the parse's attribute columns."""
from __future__ import annotations

import numpy
from spacy.attrs import DEP, HEAD, LEMMA, POS
from spacy.symbols import AUX, VERB

# Verbs that turn a speech cue under them into a denial ("denied saying", "declined to comment"); the story
# lexicon's DENIAL_VERBS is the narrower set that makes an event "denied".
NEGATING_VERBS = frozenset({"deny", "decline", "refuse", "dispute", "reject"})
SAID_UNDER_DENIAL_DEPS = frozenset({"xcomp", "ccomp", "pcomp"})


def negated_cues(parsed) -> set[int]:
    """Token indexes of cue verbs that deny rather than assert: a negation on the verb ('never
    said', 'did not say'), a verb of denial ('denied that'), or a verb of saying governed by one
    ('denied saying', 'refused to say', 'declined to comment'). Each is one head-child check, read
    from the Doc's attribute columns: a DependencyMatcher ran a token Matcher and an ancestor walk
    for every verb of the text to find the same."""
    columns = parsed.to_array([DEP, POS, LEMMA, HEAD])  # uint64: string hashes use all 64 bits
    if not len(columns):
        return set()
    strings = parsed.vocab.strings
    dep, pos, lemma = columns[:, 0], columns[:, 1], columns[:, 2]
    head = numpy.arange(len(parsed)) + columns[:, 3].astype(numpy.int64)  # HEAD: signed offset to the head
    verb = pos == VERB
    negated = head[(dep == numpy.uint64(strings["neg"])) & (verb[head] | (pos[head] == AUX))]
    denial = numpy.isin(lemma, numpy.array([strings[word] for word in NEGATING_VERBS], dtype=numpy.uint64))
    said_deps = numpy.array([strings[name] for name in SAID_UNDER_DENIAL_DEPS], dtype=numpy.uint64)
    said_under_denial = numpy.isin(dep, said_deps) & verb & denial[head]
    return set(negated.tolist()) | set(numpy.flatnonzero(denial | said_under_denial).tolist())
