"""Text normalisation, sentence splitting and the token sets that MinHash is computed over.

Kept regex-based (no spaCy parse) because dedup runs on every incoming document and must be
cheap; sentence boundaries only need to be good enough to align a copy with its original.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata

from storyline.data import word_list

WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)
SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")
MIN_SENTENCE_CHARS = 25
SHINGLE_WORDS = 5


def _english_stop_words() -> frozenset[str]:
    """scikit-learn's English stop words (the Glasgow list), shipped as `data/english_stop_words.txt`
    so an ingest need not import sklearn: its set-up imports SciPy, pandas and joblib, ~1 CPU s per
    process for this one set (tests/test_dedup.py checks the copy still equals sklearn's)."""
    return frozenset(word_list("english_stop_words.txt"))


ENGLISH_STOP_WORDS = _english_stop_words()


def normalise(text: str) -> str:
    """Case-, accent-, quote- and whitespace-insensitive form, so trivial re-encodings hash equal."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(WORD.findall(text))


def content_hash(text: str) -> str:
    """Hash of the normalised text: equal for exact duplicates that differ only in layout."""
    return normalised_hash(normalise(text))


def normalised_hash(normalised: str) -> str:
    """`content_hash` of a text from its `normalise`d form."""
    return hashlib.sha1(normalised.encode("utf-8")).hexdigest()


def words(text: str) -> list[str]:
    return normalise(text).split()


def split_sentences(text: str) -> list[str]:
    """Sentences (and one-line paragraphs) long enough to carry content; short furniture is dropped."""
    sentences = []
    for line in text.splitlines():
        for piece in SENTENCE_END.split(line.strip()):
            piece = piece.strip()
            if len(piece) >= MIN_SENTENCE_CHARS and len(WORD.findall(piece)) >= 5:
                sentences.append(piece)
    return sentences


def word_shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    """Overlapping word n-grams: near duplicates share most of them, rewordings very few."""
    return shingles_of(words(text), size)


def shingles_of(tokens: list[str], size: int = SHINGLE_WORDS) -> set[str]:
    """`word_shingles` of a text from its `words`."""
    if len(tokens) < size:
        return {" ".join(tokens)} if tokens else set()
    return {" ".join(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


def _stem(token: str) -> str:
    """A crude plural/possessive strip, enough for 'talks'~'talk' and "Ukraine's"~'ukraine'."""
    token = token.split("'")[0]
    if len(token) > 4 and token.endswith("s") and not token.endswith("ss"):
        token = token[:-1]
    return token


def keywords(text: str) -> set[str]:
    """Content words (no stop words, no short tokens): what a rewording keeps — names, numbers, nouns."""
    return keywords_of(words(text))


def keywords_of(tokens: list[str]) -> set[str]:
    """`keywords` of a text from its `words`."""
    result = set()
    for token in tokens:
        if token in ENGLISH_STOP_WORDS:
            continue
        if len(token) < 3 and not token.isdigit():
            continue
        result.add(_stem(token))
    return result
