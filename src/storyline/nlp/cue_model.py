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
from itertools import repeat
from pathlib import Path

from storyline.nlp.spacy_model import parse_columns

MODEL_PATH = Path(__file__).parent / "models" / "cue_model.json"
CANDIDATE_POS = ("VERB", "NOUN")
AGENT_LABELS = ("PERSON", "ORG", "NORP", "GPE")


def token_features(token) -> list[str]:
    """Sparse binary features of one candidate token."""
    return features_at(parse_columns(token.doc), token.i)


def features_at(columns, i: int) -> list[str]:
    """Sparse binary features of token `i` of a parse, read off its columns
    (`spacy_model.parse_columns`)."""
    lemma_of, dep_of, lower_of = columns.lemma, columns.dep, columns.lower
    lemma = lemma_of[i]
    dep, tag = dep_of[i], columns.tag[i]
    head = columns.head[i]
    head_pos = columns.pos[head]
    feats = [
        "bias",
        f"lemma={lemma}",
        f"pos={columns.pos[i]}",
        f"tag={tag}",
        f"dep={dep}",
        f"lemma_dep={lemma}|{dep}",
        f"lemma_tag={lemma}|{tag}",
        f"head_lemma={lemma_of[head]}",
        f"head_pos={head_pos}",
        f"dep_headpos={dep}|{head_pos}",
    ]
    for child in columns.children[i]:
        child_dep = dep_of[child]
        feats.append(f"cdep={child_dep}")
        feats.append(f"lemma_cdep={lemma}|{child_dep}")
        if child_dep in ("nsubj", "nsubjpass", "poss", "agent"):
            ent_type = columns.ent_type[child]
            kind = ent_type if ent_type in AGENT_LABELS else columns.pos[child]
            feats.append(f"subj={child_dep}|{kind}")
            feats.append(f"lemma_subj={lemma}|{kind}")
            feats.append(f"subj_lemma={lemma_of[child]}")
        elif child_dep in ("dobj", "pobj", "attr"):
            feats.append(f"obj_lemma={child_dep}|{lemma_of[child]}")
        elif child_dep in ("prep", "prt", "mark", "aux", "auxpass"):
            word = lower_of[child]
            feats.append(f"cword={child_dep}|{word}")
            feats.append(f"lemma_cword={lemma}|{word}")
        elif child_dep in ("ccomp", "xcomp", "acl", "advcl"):
            for grandchild in columns.children[child]:
                if dep_of[grandchild] in ("mark", "aux"):
                    word = lower_of[grandchild]
                    if word in ("that", "to", "if", "whether"):
                        feats.append(f"clause={child_dep}|{word}")
    feats.append(f"head2_lemma={lemma_of[columns.head[head]]}")
    if i > 0:
        feats.append(f"prev={lower_of[i - 1]}")
    if i + 1 < len(lower_of):
        following = lower_of[i + 1]
        feats.append(f"next={following}")
        feats.append(f"lemma_next={lemma}|{following}")
    return feats


@lru_cache(maxsize=1)
def _load() -> dict | None:
    if not MODEL_PATH.exists():
        return None
    return json.loads(MODEL_PATH.read_text(encoding="utf-8"))


def cue_probability(token, default: float = 0.0) -> float:
    """P(token is an attribution cue); `default` when no model ships or the token is no candidate."""
    if token.pos_ not in CANDIDATE_POS:
        return default
    return candidate_probability(token.doc, token.i, default)


def candidate_probability(parsed, i: int, default: float = 0.0) -> float:
    """`cue_probability` of token `i` of a parse, a candidate (its POS in CANDIDATE_POS: the caller
    checks, this does not), asked by index: the attribution tagger asks it of every verb and noun, and
    needs no Token object for it."""
    model = _load()
    if model is None:
        return default
    # the rules and the attribution tagger both ask for the same tokens: kept per parse, with the
    # parse's columns read once for all of them
    known = parsed.user_data.get("storyline_cue_p")
    if known is None or len(known) != len(parsed):
        known = parsed.user_data["storyline_cue_p"] = [None] * len(parsed)
    if known[i] is None:
        weights = model["weights"]
        features = features_at(parse_columns(parsed), i)
        score = model.get("intercept", 0.0) + sum(map(weights.get, features, repeat(0.0)))
        known[i] = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))
    return known[i]


def is_learned_cue(token, threshold: float | None = None) -> bool:
    model = _load()
    if model is None:
        return False
    return cue_probability(token) >= (model["threshold"] if threshold is None else threshold)
