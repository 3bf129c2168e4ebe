"""Sentence alignment between two documents: the evidence behind a near-duplicate or rewrite call.

Two similarity matrices are used: lexical (rapidfuzz ratio, cheap, catches copies with small
edits) and semantic (MiniLM cosine, catches sentence-by-sentence rewordings). Either way the
alignment is one-to-one and greedy on the best pairs first.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process

from storyline.dedup.text import keywords

LEXICAL_PAIR_THRESHOLD = 0.90  # ratio/100 at which two sentences are "the same sentence, lightly edited"
SEMANTIC_PAIR_THRESHOLD = 0.75  # MiniLM cosine at which two sentences say the same thing
# On the seeds, the reworded pair 003/004 aligns 36 sentences at cosine >= 0.75; every other seed
# pair aligns at most 3 (the best unrelated sentence pairs reach 0.65-0.85).
KEYWORD_PAIR_THRESHOLD = 0.60  # content-word overlap of a sentence and its rewording
MIN_KEYWORD_COVERAGE = 0.45  # gate before embedding: seeds 003/004 0.82, other seed pairs <= 0.40
MIN_COVERAGE = 0.5  # share of the shorter document's sentences that must align
MIN_ALIGNED = 3


@dataclass
class Alignment:
    pairs: list[tuple[int, int, float]]  # (sentence index in a, sentence index in b, similarity)
    coverage: float  # aligned pairs / sentences of the shorter document
    score: float  # summed pair similarity / sentences of the shorter document

    def is_copy(self) -> bool:
        return len(self.pairs) >= MIN_ALIGNED and self.coverage >= MIN_COVERAGE


def lexical_similarity(sentences_a: list[str], sentences_b: list[str]) -> np.ndarray:
    """Character-level similarity in [0, 1] of every sentence pair (rapidfuzz, C++ and multi-row)."""
    if not sentences_a or not sentences_b:
        return np.zeros((len(sentences_a), len(sentences_b)), dtype=np.float32)
    scores = process.cdist(sentences_a, sentences_b, scorer=fuzz.ratio, dtype=np.uint8, workers=1)
    return scores.astype(np.float32) / 100.0


def keyword_similarity(sentences_a: list[str], sentences_b: list[str]) -> np.ndarray:
    """Overlap in [0, 1] of each sentence pair's content words (rapidfuzz token_set_ratio).

    A rewording keeps most names, numbers and nouns of its sentence, so this cheap matrix tells
    which document pairs are worth embedding.
    """
    if not sentences_a or not sentences_b:
        return np.zeros((len(sentences_a), len(sentences_b)), dtype=np.float32)
    words_a = [" ".join(sorted(keywords(s))) for s in sentences_a]
    words_b = [" ".join(sorted(keywords(s))) for s in sentences_b]
    scores = process.cdist(words_a, words_b, scorer=fuzz.token_set_ratio, dtype=np.uint8, workers=1)
    return scores.astype(np.float32) / 100.0


def semantic_similarity(vectors_a: np.ndarray, vectors_b: np.ndarray) -> np.ndarray:
    """Cosine of every sentence pair (vectors are unit length)."""
    return vectors_a @ vectors_b.T


def one_to_one(candidates: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Greedy one-to-one matching: each candidate pair (i, j) whose i and whose j no pair kept
    before holds, in the caller's order (best first; how ties fall is the caller's choice, and
    changes how many pairs are kept)."""
    used_a: set[int] = set()
    used_b: set[int] = set()
    kept = []
    for i, j in candidates:
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        kept.append((i, j))
    return kept


def align(similarity: np.ndarray, threshold: float) -> Alignment:
    """Greedy one-to-one matching of sentence pairs at or above `threshold`, best pairs first
    (ties: the earlier sentence of a, then of b)."""
    rows, cols = np.nonzero(similarity >= threshold)
    order = np.argsort(-similarity[rows, cols], kind="stable")
    kept = one_to_one((int(rows[k]), int(cols[k])) for k in order)
    pairs = sorted((i, j, float(similarity[i, j])) for i, j in kept)
    shorter = max(1, min(similarity.shape)) if similarity.size else 1
    return Alignment(pairs, len(pairs) / shorter, sum(p[2] for p in pairs) / shorter)


def evidence(alignment: Alignment, copy_sentences: list[str], original_sentences: list[str],
             copy_is_a: bool) -> list[tuple[str, str, float]]:
    """The aligned pairs as (copy sentence, original sentence, score) for CopyLink.evidence."""
    result = []
    for i, j, score in alignment.pairs:
        copy_index, original_index = (i, j) if copy_is_a else (j, i)
        result.append((copy_sentences[copy_index], original_sentences[original_index], round(score, 3)))
    return result
