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
    # the rules and the attribution tagger both ask, the tagger for every candidate: all of a
    # parse's candidates are scored at once, on its columns, and kept with the parse
    known = token.doc.user_data.get("storyline_cue_p")
    if known is None or len(known) != len(token.doc):
        known = token.doc.user_data["storyline_cue_p"] = _probabilities(token.doc, model)
    return known[token.i]


def _probabilities(doc, model: dict) -> list[float | None]:
    """P(cue) of every candidate token of `doc` (None for the others)."""
    weights, intercept = model["weights"], model.get("intercept", 0.0)
    found: list[float | None] = [None] * len(doc)
    for i, features in candidate_features(doc).items():
        score = intercept + sum(weights.get(f, 0.0) for f in features)
        found[i] = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))
    return found


def candidate_features(doc) -> dict[int, list[str]]:
    """`token_features` of every candidate token (CANDIDATE_POS), read off the parse's columns:
    one `to_array` instead of a Token object for each of the dozen attributes each feature
    reads. The same features in the same order (the sum of weights is then the same float)."""
    from spacy.attrs import DEP, ENT_TYPE, HEAD, LEMMA, LOWER, POS, TAG

    strings = doc.vocab.strings
    columns = doc.to_array([LEMMA, POS, TAG, DEP, LOWER, ENT_TYPE, HEAD]).tolist()
    names: dict[int, str] = {}

    def name(key: int) -> str:
        found = names.get(key)
        if found is None:
            found = names[key] = strings[key]
        return found

    n = len(columns)
    lemma = [name(row[0]).lower() for row in columns]
    pos = [name(row[1]) for row in columns]
    tag, dep, lower = ([name(row[k]) for row in columns] for k in (2, 3, 4))
    heads = [i + (offset - (1 << 64) if offset >= 1 << 63 else offset) for i, (*_, offset) in enumerate(columns)]
    children: list[list[int]] = [[] for _ in range(n)]
    for i, head in enumerate(heads):
        if head != i:
            children[head].append(i)
    features = {}
    for i in range(n):
        if pos[i] not in CANDIDATE_POS:
            continue
        word_lemma, word_dep, word_tag, head = lemma[i], dep[i], tag[i], heads[i]
        feats = [
            "bias",
            f"lemma={word_lemma}",
            f"pos={pos[i]}",
            f"tag={word_tag}",
            f"dep={word_dep}",
            f"lemma_dep={word_lemma}|{word_dep}",
            f"lemma_tag={word_lemma}|{word_tag}",
            f"head_lemma={lemma[head]}",
            f"head_pos={pos[head]}",
            f"dep_headpos={word_dep}|{pos[head]}",
        ]
        for child in children[i]:
            child_dep = dep[child]
            feats.append(f"cdep={child_dep}")
            feats.append(f"lemma_cdep={word_lemma}|{child_dep}")
            if child_dep in ("nsubj", "nsubjpass", "poss", "agent"):
                ent_type = name(columns[child][5]) if columns[child][5] else ""
                kind = ent_type if ent_type in AGENT_LABELS else pos[child]
                feats.append(f"subj={child_dep}|{kind}")
                feats.append(f"lemma_subj={word_lemma}|{kind}")
                feats.append(f"subj_lemma={lemma[child]}")
            elif child_dep in ("dobj", "pobj", "attr"):
                feats.append(f"obj_lemma={child_dep}|{lemma[child]}")
            elif child_dep in ("prep", "prt", "mark", "aux", "auxpass"):
                feats.append(f"cword={child_dep}|{lower[child]}")
                feats.append(f"lemma_cword={word_lemma}|{lower[child]}")
            elif child_dep in ("ccomp", "xcomp", "acl", "advcl"):
                for grandchild in children[child]:
                    if dep[grandchild] in ("mark", "aux") and lower[grandchild] in ("that", "to", "if", "whether"):
                        feats.append(f"clause={child_dep}|{lower[grandchild]}")
        feats.append(f"head2_lemma={lemma[heads[head]]}")
        if i > 0:
            feats.append(f"prev={lower[i - 1]}")
        if i + 1 < n:
            feats.append(f"next={lower[i + 1]}")
            feats.append(f"lemma_next={word_lemma}|{lower[i + 1]}")
        features[i] = feats
    return features


def is_learned_cue(token, threshold: float | None = None) -> bool:
    model = _load()
    if model is None:
        return False
    return cue_probability(token) >= (model["threshold"] if threshold is None else threshold)
