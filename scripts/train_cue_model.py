"""Train the attribution-cue classifier (storyline.nlp.cue_model) on PolNeAR train.

    python scripts/train_cue_model.py /work/shared/datasets/polnear [--parsed train.spacy]

Parses the train split with the project model and paragraph boundaries (a few minutes on two
cores; --parsed reuses a DocBin of exactly those parses), labels every VERB/NOUN token 1 when
it lies inside a gold Cue span, fits an L2 logistic regression (scikit-learn, liblinear) and
writes src/storyline/nlp/models/cue_model.json: feature -> weight, intercept and threshold.
Only train is used: dev stays held out.
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from spacy.tokens import DocBin

from storyline.eval.polnear import load_split
from storyline.nlp.cue_model import CANDIDATE_POS, MODEL_PATH, token_features
from storyline.nlp.paragraphs import ensure_paragraph_boundaries
from storyline.nlp.quotes import QuoteIndex, find_quote_spans
from storyline.nlp.spacy_model import load_spacy


def examples(documents, parsed_docs):
    X, y = [], []
    for document, parsed in zip(documents, parsed_docs):
        cue_chars = set()
        for attribution in document.attributions:
            if attribution.cue:
                cue_chars.update(range(*attribution.cue))
        quotes_index = QuoteIndex(find_quote_spans(parsed.text))
        for token in parsed:
            if token.pos_ not in CANDIDATE_POS or quotes_index.holding(token.idx) is not None:
                continue
            X.append(dict.fromkeys(token_features(token), 1))
            y.append(int(token.idx in cue_chars))
    return X, y


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("path", help="PolNeAR root")
    parser.add_argument("--parsed", help="DocBin of the train split parsed as load_split orders it")
    parser.add_argument("--c", type=float, default=0.5, help="inverse L2 strength")
    parser.add_argument("--threshold", type=float, default=0.5)
    parser.add_argument("--out", default=str(MODEL_PATH))
    parser.add_argument("--first", type=int, default=None, help="train on the first N documents only (tuning)")
    args = parser.parse_args()

    started = time.perf_counter()
    documents = load_split(args.path, "train")
    nlp = ensure_paragraph_boundaries(load_spacy())
    if args.parsed:
        parsed_docs = list(DocBin().from_disk(args.parsed).get_docs(nlp.vocab))
    else:
        parsed_docs = list(nlp.pipe([d.text for d in documents], batch_size=16))
    if args.first:
        documents, parsed_docs = documents[: args.first], parsed_docs[: args.first]
    X, y = examples(documents, parsed_docs)
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(X).tocsr()
    matrix.indices = matrix.indices.astype(np.int32)  # liblinear wants 32-bit indices
    matrix.indptr = matrix.indptr.astype(np.int32)
    model = LogisticRegression(C=args.c, solver="liblinear", max_iter=1000)
    model.fit(matrix, y)
    names = vectorizer.get_feature_names_out()
    weights = {
        name: round(float(w), 4) for name, w in zip(names, model.coef_[0]) if abs(w) >= 0.01
    }
    out = {
        "about": "storyline attribution-cue classifier; see scripts/train_cue_model.py",
        "trained_on": "PolNeAR train split, VERB/NOUN tokens outside quote marks",
        "examples": len(y),
        "positives": int(sum(y)),
        "C": args.c,
        "threshold": args.threshold,
        "intercept": round(float(model.intercept_[0]), 4),
        "weights": dict(sorted(weights.items())),
    }
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(out, indent=0, ensure_ascii=False), encoding="utf-8")
    print(f"{len(y)} tokens, {sum(y)} cues, {len(weights)} weights -> {args.out} "
          f"({Path(args.out).stat().st_size // 1024} KB) in {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
