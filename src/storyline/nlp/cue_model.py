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
    """Sparse binary features of one candidate token (attributes read once: each spaCy
    attribute access builds an object)."""
    lemma = token.lemma_.lower()
    dep, tag = token.dep_, token.tag_
    head = token.head
    head_pos = head.pos_
    feats = [
        "bias",
        f"lemma={lemma}",
        f"pos={token.pos_}",
        f"tag={tag}",
        f"dep={dep}",
        f"lemma_dep={lemma}|{dep}",
        f"lemma_tag={lemma}|{tag}",
        f"head_lemma={head.lemma_.lower()}",
        f"head_pos={head_pos}",
        f"dep_headpos={dep}|{head_pos}",
    ]
    for child in token.children:
        child_dep = child.dep_
        feats.append(f"cdep={child_dep}")
        feats.append(f"lemma_cdep={lemma}|{child_dep}")
        if child_dep in ("nsubj", "nsubjpass", "poss", "agent"):
            ent_type = child.ent_type_
            kind = ent_type if ent_type in AGENT_LABELS else child.pos_
            feats.append(f"subj={child_dep}|{kind}")
            feats.append(f"lemma_subj={lemma}|{kind}")
            feats.append(f"subj_lemma={child.lemma_.lower()}")
        elif child_dep in ("dobj", "pobj", "attr"):
            feats.append(f"obj_lemma={child_dep}|{child.lemma_.lower()}")
        elif child_dep in ("prep", "prt", "mark", "aux", "auxpass"):
            word = child.lower_
            feats.append(f"cword={child_dep}|{word}")
            feats.append(f"lemma_cword={lemma}|{word}")
        elif child_dep in ("ccomp", "xcomp", "acl", "advcl"):
            for grandchild in child.children:
                if grandchild.dep_ in ("mark", "aux"):
                    word = grandchild.lower_
                    if word in ("that", "to", "if", "whether"):
                        feats.append(f"clause={child_dep}|{word}")
    feats.append(f"head2_lemma={head.head.lemma_.lower()}")
    doc = token.doc
    i = token.i
    if i > 0:
        feats.append(f"prev={doc[i - 1].lower_}")
    if i + 1 < len(doc):
        following = doc[i + 1].lower_
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
    model = _load()
    if model is None or token.pos_ not in CANDIDATE_POS:
        return default
    # the rules and the attribution tagger both ask for the same tokens: kept per parse
    known = token.doc.user_data.get("storyline_cue_p")
    if known is None or len(known) != len(token.doc):
        known = token.doc.user_data["storyline_cue_p"] = [None] * len(token.doc)
    if known[token.i] is None:
        weights = model["weights"]
        score = model.get("intercept", 0.0) + sum(weights.get(f, 0.0) for f in token_features(token))
        known[token.i] = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))
    return known[token.i]


def is_learned_cue(token, threshold: float | None = None) -> bool:
    model = _load()
    if model is None:
        return False
    return cue_probability(token) >= (model["threshold"] if threshold is None else threshold)
