"""A small learned judge of attribution cues: is this verb or noun a cue of attribution?

A logistic regression over sparse features of one token of a spaCy parse (its lemma, tag,
dependency, what hangs from it, what it hangs from), trained on the PolNeAR train split by
`scripts/train_cue_model.py`. The rules in `storyline.nlp.quotes` still find the source and
content; the model only widens the set of words they start from (PolNeAR's long tail of cues:
"seemed", "blamed", "fears", "the report found"). Weights ship as JSON in
`storyline/nlp/models/cue_model.json` and are scored here in pure Python.
"""
from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path

MODEL_PATH = Path(__file__).parent / "models" / "cue_model.json"
CANDIDATE_POS = ("VERB", "NOUN")
AGENT_LABELS = ("PERSON", "ORG", "NORP", "GPE")


def token_features(token) -> list[str]:
    """Sparse binary features of one candidate token."""
    lemma = token.lemma_.lower()
    head = token.head
    feats = [
        "bias",
        f"lemma={lemma}",
        f"pos={token.pos_}",
        f"tag={token.tag_}",
        f"dep={token.dep_}",
        f"lemma_dep={lemma}|{token.dep_}",
        f"lemma_tag={lemma}|{token.tag_}",
        f"head_lemma={head.lemma_.lower()}",
        f"head_pos={head.pos_}",
        f"dep_headpos={token.dep_}|{head.pos_}",
    ]
    for child in token.children:
        feats.append(f"cdep={child.dep_}")
        feats.append(f"lemma_cdep={lemma}|{child.dep_}")
        if child.dep_ in ("nsubj", "nsubjpass", "poss", "agent"):
            kind = child.ent_type_ if child.ent_type_ in AGENT_LABELS else child.pos_
            feats.append(f"subj={child.dep_}|{kind}")
            feats.append(f"lemma_subj={lemma}|{kind}")
            feats.append(f"subj_lemma={child.lemma_.lower()}")
        if child.dep_ in ("dobj", "pobj", "attr"):
            feats.append(f"obj_lemma={child.dep_}|{child.lemma_.lower()}")
        if child.dep_ in ("prep", "prt", "mark", "aux", "auxpass"):
            feats.append(f"cword={child.dep_}|{child.lower_}")
            feats.append(f"lemma_cword={lemma}|{child.lower_}")
        if child.dep_ in ("ccomp", "xcomp", "acl", "advcl"):
            marks = [g.lower_ for g in child.children if g.dep_ in ("mark", "aux") and g.lower_ in ("that", "to", "if", "whether")]
            for mark in marks:
                feats.append(f"clause={child.dep_}|{mark}")
    feats.append(f"head2_lemma={head.head.lemma_.lower()}")
    doc = token.doc
    if token.i > 0:
        feats.append(f"prev={doc[token.i - 1].lower_}")
    if token.i + 1 < len(doc):
        feats.append(f"next={doc[token.i + 1].lower_}")
        feats.append(f"lemma_next={lemma}|{doc[token.i + 1].lower_}")
    return feats


@lru_cache(maxsize=1)
def _load() -> dict | None:
    if not MODEL_PATH.exists():
        return None
    return json.loads(MODEL_PATH.read_text(encoding="utf-8"))


def cue_probability(token, default: float = 0.0) -> float:
    """P(token is an attribution cue); `default` when no model ships or the token is no candidate."""
    model = _load()
    if model is None or token.pos_ not in CANDIDATE_POS:
        return default
    weights = model["weights"]
    score = model.get("intercept", 0.0) + sum(weights.get(f, 0.0) for f in token_features(token))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


def is_learned_cue(token, threshold: float | None = None) -> bool:
    model = _load()
    if model is None:
        return False
    return cue_probability(token) >= (model["threshold"] if threshold is None else threshold)
