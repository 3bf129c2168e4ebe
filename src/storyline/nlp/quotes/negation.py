"""Cues that deny rather than assert ('never said', 'denied saying'), found with a DependencyMatcher."""
from __future__ import annotations

from functools import lru_cache


def negated_cues(parsed) -> set[int]:
    """Token indexes of cue verbs that deny rather than assert: a negation on the verb ('never
    said', 'did not say'), a verb of denial ('denied that'), or a verb of saying governed by one
    ('denied saying', 'refused to say', 'declined to comment')."""
    matcher = _negation_matcher(parsed.vocab)
    found = set()
    for _, token_ids in matcher(parsed):
        found.add(token_ids[0] if len(token_ids) == 2 and parsed[token_ids[1]].dep_ == "neg" else token_ids[-1])
    return found


DENIAL_VERBS = ["deny", "decline", "refuse", "dispute", "reject"]


@lru_cache(maxsize=4)
def _negation_matcher(vocab):
    """Built once per process and vocabulary, like `story.positions.claim_matcher`."""
    from spacy.matcher import DependencyMatcher

    matcher = DependencyMatcher(vocab)
    matcher.add("NEGATED", [[
        {"RIGHT_ID": "cue", "RIGHT_ATTRS": {"POS": {"IN": ["VERB", "AUX"]}}},
        {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "neg", "RIGHT_ATTRS": {"DEP": "neg"}},
    ]])
    matcher.add("DENIAL", [[{"RIGHT_ID": "cue", "RIGHT_ATTRS": {"LEMMA": {"IN": DENIAL_VERBS}}}]])
    matcher.add("DENIED_SAYING", [[
        {"RIGHT_ID": "denial", "RIGHT_ATTRS": {"LEMMA": {"IN": DENIAL_VERBS}}},
        {"LEFT_ID": "denial", "REL_OP": ">", "RIGHT_ID": "cue",
         "RIGHT_ATTRS": {"DEP": {"IN": ["xcomp", "ccomp", "pcomp"]}, "POS": "VERB"}},
    ]])
    return matcher
