"""A learned listing filter for positions (#14): of the claims the listing rule lists, withhold those a
small logistic regression, trained on the judged position sheets, scores as likely wrong.

The rule (`positions.is_listed`) was chosen on the sentences of development sheets and read 0.78-0.82 there
but 0.65 on the held-out seed-1422 sheet. The model reads general features of a claim and its sentence's
parse (stance, issue family, lexicon issue or free words, holder kind and slot, the cue's lemma class,
negation, modals, conditions, questions, quotation marks, distances, sentence length, the rule's own
decision), never a word naming a person, a topic or a sheet. `scripts/train_listing_model.py` fits it and
writes `story/listing_model.json` (weights, intercept, threshold, the commit of the sheets it read);
scoring here is a dot product in pure Python, so ingest imports no scikit-learn. Every claim stays
stored; only `Claim.listed` changes (docs/positions.md, "A learned listing filter").
"""
from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Token

from storyline.model import Claim
from storyline.nlp.lexicon import FIRST_PERSON, VIEW_VERBS
from storyline.nlp.spacy_model import span_at
from storyline.story import lexicon
from storyline.story.positions import HOLDER_LABELS, PERSONAL_PRONOUNS, RELATIVE_PRONOUNS

MODEL_PATH = Path(__file__).parent / "listing_model.json"
FAMILIES = sorted({family for family, _ in lexicon.ISSUES.values()} | {"territory", "other"})
CUE_DEPS = ("ROOT", "ccomp", "xcomp", "conj", "relcl", "acl", "advcl", "pcomp", "pobj", "dobj", "nsubj", "amod")
QUOTE_MARKS = '"“”'
PRONOUNS = PERSONAL_PRONOUNS | (RELATIVE_PRONOUNS - {"whom"})


def cue_token(claim: Claim, parsed: Doc) -> Token | None:
    """The stance word of a claim in its sentence: the verb of a quoted modal ('should release'), else the
    cue's first word ('backed' of 'backed off'); of several such words, the one nearest the holder."""
    sentence = span_at(parsed, claim.start, claim.end)
    if sentence is None:
        return None
    words = claim.cue.split()
    word = words[-1] if len(words) > 1 and words[0].lower() in lexicon.DEONTIC_MODALS else words[0]
    found = [t for t in sentence if t.text == word]
    if not found:
        return None
    return min(found, key=lambda t: abs(t.idx - claim.holder_start))


def _cue_class(cue: Token, claim: Claim) -> str:
    """The cue's lemma class (never the lemma itself)."""
    lemma = cue.lemma_.lower()
    if len(claim.cue.split()) > 1 and claim.cue.split()[0].lower() in lexicon.DEONTIC_MODALS:
        return "quoted_modal"
    if lemma in lexicon.DIRECTIVE_CUES:
        return "directive"
    if lemma in lexicon.STANCE_TAKING_CUES:
        return "stance_taking"
    if lemma in lexicon.COMMITMENT_VERBS:
        return "commitment"
    if lemma in lexicon.READY_ADJECTIVES or cue.pos_ == "ADJ":
        return "ready"
    if lemma in lexicon.STANCE_NOUNS or cue.pos_ == "NOUN":
        return "stance_noun"
    return "other_verb"


def _inside_quotation_marks(cue: Token, parsed: Doc, claim: Claim) -> bool:
    before = parsed.text[claim.start:cue.idx]
    opened = before.count("“") - before.count("”")
    return opened > 0 or (opened == 0 and before.count('"') % 2 == 1)


def _reported(cue: Token) -> bool:
    """Whether a verb of saying stands above the cue ('said Russia rejected', 'claims the NRA's refusal')."""
    return any(a.lemma_.lower() in VIEW_VERBS for a in cue.ancestors)


def listing_features(claim: Claim, parsed: Doc) -> dict[str, float]:
    """General features of one claim in its parsed sentence (no word that names a person, topic or sheet)."""
    feats: dict[str, float] = {"bias": 1.0, f"stance={claim.stance}": 1.0,
                               f"family={claim.issue_family}": 1.0}
    words = claim.issue.split()
    lexicon_issue = claim.issue_family not in ("other", "territory")
    feats["issue_lexicon"] = float(lexicon_issue)
    feats["issue_place"] = float(claim.issue_family == "territory")
    feats["issue_free_words"] = 0.0 if lexicon_issue or claim.issue_family == "territory" else min(len(words), 6) / 6
    feats["issue_one_word"] = float(len(words) == 1 and claim.issue_family == "other")  # "help", "money": a bare thing
    feats["action"] = float(claim.action)
    feats["earlier"] = float(claim.earlier)
    feats["holder_quote_speaker"] = float(claim.quote is not None)
    sentence = span_at(parsed, claim.start, claim.end)
    n_tokens = len(sentence) if sentence is not None else 1
    feats["sentence_length"] = min(math.log1p(n_tokens) / math.log1p(80), 1.5)
    feats["question"] = float(parsed.text[claim.start:claim.end].rstrip().rstrip('"”’\'').endswith("?"))
    in_sentence = claim.start <= claim.holder_start < claim.end
    holder = span_at(parsed, claim.holder_start, claim.holder_end) if in_sentence else None
    feats["holder_outside_sentence"] = float(not in_sentence)  # a pronoun resolved to a name said before
    if holder is not None:
        root = holder.root
        kind = next((t.ent_type_ for t in holder if t.ent_type_ in HOLDER_LABELS), "")
        feats[f"holder_kind={kind or ('pronoun' if root.lower_ in PRONOUNS | FIRST_PERSON else 'noun')}"] = 1.0
        feats["holder_first_person"] = float(root.lower_ in FIRST_PERSON)
        feats["holder_words"] = min(len(holder), 5) / 5
    cue = cue_token(claim, parsed)
    if cue is None:
        feats["cue_not_found"] = 1.0
        return feats
    feats[f"cue_class={_cue_class(cue, claim)}"] = 1.0
    feats[f"cue_pos={cue.pos_ if cue.pos_ in ('VERB', 'NOUN', 'ADJ') else 'other'}"] = 1.0
    feats[f"cue_dep={cue.dep_ if cue.dep_ in CUE_DEPS else 'other'}"] = 1.0
    feats["cue_depth"] = min(sum(1 for _ in cue.ancestors), 6) / 6
    feats["cue_phrasal"] = float(len(claim.cue.split()) > 1 and not feats.get("cue_class=quoted_modal"))
    feats["cue_negated"] = float(any(c.dep_ == "neg" for c in cue.children))
    feats["cue_modal"] = float(any(c.dep_ == "aux" and c.tag_ == "MD" for c in cue.children))
    feats["cue_future"] = float(any(c.dep_ == "aux" and c.lower_ in lexicon.FUTURE_AUXILIARIES for c in cue.children))
    feats["cue_past"] = float(cue.tag_ in ("VBD", "VBN"))
    feats["cue_progressive"] = float(cue.tag_ == "VBG")
    feats["cue_has_xcomp"] = float(any(c.dep_ == "xcomp" for c in cue.children))
    feats["cue_has_ccomp"] = float(any(c.dep_ == "ccomp" for c in cue.children))
    feats["cue_has_object"] = float(any(c.dep_ == "dobj" for c in cue.children))
    feats["cue_object_named"] = float(any(c.dep_ == "dobj" and (c.pos_ == "PROPN" or c.ent_type_ in HOLDER_LABELS)
                                          for c in cue.children))
    feats["cue_in_quotes"] = float(_inside_quotation_marks(cue, parsed, claim))
    feats["cue_reported"] = float(_reported(cue))
    feats["condition_in_sentence"] = float(sentence is not None and any(
        t.lower_ in lexicon.CONDITION_MARKERS and t.dep_ == "mark" for t in sentence))
    feats["quote_marks_in_sentence"] = float(any(m in parsed.text[claim.start:claim.end] for m in QUOTE_MARKS))
    _add_pairs(feats)
    if holder is not None and in_sentence:
        feats["holder_cue_distance"] = min(math.log1p(abs(cue.i - holder.root.i)) / math.log1p(30), 1.5)
        feats["holder_is_subject"] = float(holder.root.dep_ in ("nsubj", "nsubjpass") and holder.root.head.i == cue.i)
        feats["holder_is_possessive"] = float(holder.root.dep_ == "poss")
        feats["holder_after_cue"] = float(holder.root.i > cue.i)
    return feats


def _add_pairs(feats: dict[str, float]) -> None:
    """Pairs of the one-hot features that a linear model cannot combine itself: the cue class with the
    stance, the issue family, the holder's kind and slot (a promise on an open issue, a quoted modal by a
    speaker, a proposal made by a group are each their own case). Chosen on out-of-fold AUC of the training
    sheets (0.76 without, 0.80 with)."""
    one_hot = [name for name in feats if "=" in name and not name.startswith("cue_class=")]
    cue_class = [name for name in feats if name.startswith("cue_class=")]
    wanted = [n for n in one_hot if n.startswith(("stance=", "family=", "holder_kind="))]
    wanted += [n for n in ("holder_outside_sentence", "holder_quote_speaker", "cue_in_quotes") if feats.get(n)]
    stance = [n for n in one_hot if n.startswith("stance=")]
    for a in wanted:
        for b in cue_class + (stance if a in ("holder_quote_speaker", "cue_in_quotes") else []):
            feats[f"{a}&{b}"] = 1.0


@lru_cache(maxsize=1)
def load_model() -> dict | None:
    """The shipped model (read once per process), or None when no model file ships."""
    if not MODEL_PATH.exists():
        return None
    return json.loads(MODEL_PATH.read_text(encoding="utf-8"))


def score(features: dict[str, float], model: dict) -> float:
    """P(a reader judges the claim right) under the logistic regression's weights."""
    weights = model["weights"]
    value = model["intercept"] + sum(weights.get(name, 0.0) * x for name, x in features.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, value))))


def withhold_unlikely(claims: list[Claim], parsed: Doc) -> list[Claim]:
    """The listing hook: a claim the rule lists stays listed only when the model scores it at or above its
    threshold. Without a model file the rule alone decides."""
    model = load_model()
    if model is None:
        return claims
    for claim in claims:
        if claim.listed:
            claim.listed = score(listing_features(claim, parsed), model) >= model["threshold"]
    return claims
