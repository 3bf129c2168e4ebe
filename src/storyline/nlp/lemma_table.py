"""The model's lemmatizer with each lemma looked up once per (word, POS, morphology) (issue #17).

spaCy's rule lemmatizer cost as much CPU as the parser (0.48 CPU s on 30 bpoil_foxnews articles,
parser 0.47): for each candidate form of a word it asks `form in index`, and the model's index is
a list (57,528 nouns), so each unseen inflected word scans it; and it visits every token in Python
(its cache, keyed on ORTH, POS and MORPH, skips the base forms, which are most words). Two changes,
neither touching what a lemma is:
- the index lists answer `in` from a set of their words (`IndexList`: still the same list, in the
  same order, for everything else, serialisation included);
- `LemmaTable` is the same lemmatizer (same class, mode, tables and `lemmatize`) that reads ORTH,
  POS and MORPH with one `Doc.to_array`, asks `lemmatize` once for each key it has not seen (a
  lemma is a function of that key: the rules read the token's text, POS and morphology) and
  writes the LEMMA column back. Tokens whose lemma is already set (the attribute_ruler's
  exceptions: "ai n't" -> "be") stay as they are, as in the shipped component (`overwrite` false).
"""
from __future__ import annotations

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.tokens import Token

FACTORY = "storyline_lemma_table"
LEMMATIZER = "lemmatizer"  # the model's component, replaced under the same name
INDEX = "lemma_index"  # the lookups table of known base forms per POS, read with `in`


class IndexList(list):
    """A list of words whose `in` is a set lookup: spaCy's `rule_lemmatize` asks `form in index`
    of the index's per-POS lists. Everything else (order, iteration, msgpack) is the list's."""

    def __init__(self, words):
        super().__init__(words)
        self._members = frozenset(self)

    def __contains__(self, word) -> bool:
        return word in self._members


def indexed_lookups(lookups: Lookups) -> Lookups:
    """A copy of `lookups` whose lemma index lists are `IndexList`s (the other tables shared)."""
    copied = Lookups()
    for name in lookups.tables:
        table = lookups.get_table(name)
        if name == INDEX:
            copied.add_table(name, {key: IndexList(words) if isinstance(words, list) else words
                                    for key, words in table.items()})
        else:
            copied.set_table(name, table)
    return copied


class LemmaTable(EnglishLemmatizer):
    """`EnglishLemmatizer` whose `__call__` answers each (ORTH, POS, MORPH) key from a table that
    `lemmatize` fills the first time the key is seen (a hash of the lemma string, kept for the
    process's life as spaCy's own cache is)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._lemmas: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc):
        if not self._validated:
            self._validate_tables()
        error_handler = self.get_error_handler()
        try:
            self.set_from_table(doc)
            return doc
        except Exception as error:
            return error_handler(self.name, self, [doc], error)

    def set_from_table(self, doc) -> None:
        if not len(doc):
            return
        columns = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = columns[:, 3].copy()
        wanted = numpy.ones(len(doc), dtype=bool) if self.overwrite else lemmas == 0
        if not wanted.any():
            return
        keys, inverse = numpy.unique(columns[wanted, :3], axis=0, return_inverse=True)
        table, strings, rows = self._lemmas, self.vocab.strings, numpy.flatnonzero(wanted)
        values = []
        for key, first in zip(map(tuple, keys.tolist()), _first_positions(inverse.reshape(-1), len(keys))):
            value = table.get(key)
            if value is None:  # the shipped component's own answer, for the first token with this key
                token = doc[int(rows[first])]
                value = table[key] = strings.add(self.lemmatize(token)[0])
            values.append(value)
        lemmas[wanted] = numpy.array(values, dtype=numpy.uint64)[inverse.reshape(-1)]
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))


def _first_positions(inverse, count: int) -> list[int]:
    """For each of `count` distinct keys, the first row holding it."""
    first = numpy.full(count, len(inverse), dtype=numpy.int64)
    numpy.minimum.at(first, inverse, numpy.arange(len(inverse)))
    return first.tolist()


@Language.factory(FACTORY, default_config={"model": None, "mode": "rule", "overwrite": False})
def make_lemma_table(nlp: Language, name: str, model, mode: str, overwrite: bool) -> LemmaTable:
    return LemmaTable(nlp.vocab, model, name, mode=mode, overwrite=overwrite)


def replace_lemmatizer(nlp):
    """Puts a `LemmaTable` with the model's lemmatizer's mode and tables in its place (same name,
    same position); returns the same pipeline. A pipeline whose lemmatizer is not spaCy's English
    one (or has none) is left as it is."""
    if LEMMATIZER not in nlp.pipe_names:
        return nlp
    shipped = nlp.get_pipe(LEMMATIZER)
    if type(shipped) is not EnglishLemmatizer:
        return nlp
    table = nlp.replace_pipe(LEMMATIZER, FACTORY, config={"mode": shipped.mode, "overwrite": shipped.overwrite})
    table.lookups = indexed_lookups(shipped.lookups)
    table._validated = shipped._validated
    register_word_lemma(table.lookups)
    return nlp


WORD_LEMMA = "word_lemma"  # Token extension: the lemma as a word a reader knows (`word_lemma`)


def register_word_lemma(lookups: Lookups) -> None:
    """Sets the Token extension `word_lemma` on the lemmatizer's tables (`word_lemma`)."""
    index, exceptions = lookups.get_table(INDEX), lookups.get_table("lemma_exc")
    Token.set_extension(WORD_LEMMA, getter=lambda token: word_lemma(token, index, exceptions), force=True)


def word_lemma(token, index, exceptions) -> str:
    """The lower-cased lemma, or the word as written where the rules' lemma is no word: a form the tables do not
    know while the written word is one ('hamstre' of 'to hamstring', the rules' guess at an '-ing' ending), or a
    plural the exceptions turn into a singular no reader writes while the plural is a word of its own ('datum'
    of 'data'; 'taxes' -> 'tax' stays, 'taxes' being no base form)."""
    lemma, word, pos = token.lemma_.lower(), token.lower_, token.pos_.lower()
    known = index.get(pos)
    if lemma == word or known is None or word not in known:
        return lemma
    if lemma not in known:
        return word
    return word if lemma in exceptions.get(pos, {}).get(word, ()) and not word.startswith(lemma) else lemma
