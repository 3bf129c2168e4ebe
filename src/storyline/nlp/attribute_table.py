"""The model's attribute_ruler with its one-token rules looked up in a table (issue #17).

The shipped `attribute_ruler` runs a `Matcher` of ~180 patterns over every token, mostly "this TAG
(and this word) -> this POS and MORPH"; it cost as much CPU as the parser. `AttributeTable` is the
same component (same patterns, same serialisation, same name in the pipeline) that answers every
rule of the shape "one token, constrained by TAG / ORTH / LOWER / DEP (a string, IN or NOT_IN a
list of strings) or IS_SPACE" from a table made from the component's own patterns. Of the other
rules (several tokens, REGEX), those of a fixed run of tokens each tested by ORTH / LOWER / TAG /
DEP are matched on the Doc's columns in numpy (`FixedRun`), and a `Matcher` runs any rule left.
The result is the ruler's: every match is found on the Doc as it came in, and for each token and
attribute the latest rule in pattern order wins, as in `AttributeRuler.set_annotations`.
"""
from __future__ import annotations

import math
import re

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline.attributeruler import AttributeRuler, attribute_ruler_score
from spacy.tokens._retokenize import normalize_token_attrs, set_token_attrs

FACTORY = "storyline_attribute_table"
RULER = "attribute_ruler"  # the model's component, replaced under the same name
# Token attributes a table rule may constrain: Doc columns the Matcher compares as they are
MATCHED = {"TAG": TAG, "ORTH": ORTH, "LOWER": LOWER, "DEP": DEP, "IS_SPACE": IS_SPACE}
WRITTEN = {"POS": POS, "MORPH": MORPH, "LEMMA": LEMMA, "TAG": TAG, "DEP": DEP}  # ... and may set
RUN_TESTED = {"TAG": TAG, "ORTH": ORTH, "LOWER": LOWER, "DEP": DEP}  # Doc columns a `FixedRun` token may test


def table_constraints(pattern: dict) -> list[dict[int, tuple[bool, frozenset]]] | None:
    """A rule's alternatives as {attribute: (allowed?, values)} when every alternative is one
    token constrained by TAG / ORTH / LOWER / DEP equal to a string, IN or NOT_IN a list of
    strings, or IS_SPACE true or false, and the rule sets only POS / MORPH / LEMMA / TAG / DEP;
    None for any other shape (REGEX, several tokens...: the Matcher keeps it)."""
    if pattern.get("index", 0) not in (0, -1):
        return None
    if not pattern["attrs"] or any(str(name).upper() not in WRITTEN for name in pattern["attrs"]):
        return None
    alternatives = []
    for alternative in pattern["patterns"]:
        if len(alternative) != 1 or not alternative[0]:
            return None
        constraint = {}
        for name, value in alternative[0].items():
            attr = MATCHED.get(str(name).upper())
            if attr is None:
                return None
            if attr == IS_SPACE:
                if not isinstance(value, bool):
                    return None
                constraint[attr] = (True, frozenset([int(value)]))
            elif isinstance(value, str):
                constraint[attr] = (True, frozenset([value]))
            elif (isinstance(value, dict) and len(value) == 1 and next(iter(value)) in ("IN", "NOT_IN")
                  and isinstance(next(iter(value.values())), list)
                  and all(isinstance(item, str) for item in next(iter(value.values())))):
                operator, values = next(iter(value.items()))
                constraint[attr] = (operator == "IN", frozenset(values))
            else:
                return None
        alternatives.append(constraint)
    return alternatives


def positions_in(values: numpy.ndarray, sorted_set: numpy.ndarray) -> numpy.ndarray:
    """Each value's index in `sorted_set` (sorted, without repeats), or len(sorted_set) for a value
    not in it, by binary search."""
    if not len(sorted_set):
        return numpy.zeros(len(values), dtype=numpy.int64)
    at = numpy.searchsorted(sorted_set, values)
    inside = at < len(sorted_set)
    found = inside.copy()
    found[inside] = sorted_set[at[inside]] == values[inside]
    return numpy.where(found, at, len(sorted_set))


def member_of(values: numpy.ndarray, sorted_set: numpy.ndarray) -> numpy.ndarray:
    """`numpy.isin(values, sorted_set)` for a sorted array without repeats, by binary search:
    `isin` sorts both arrays together on every call, several times per Doc here."""
    return positions_in(values, sorted_set) < len(sorted_set)


class RegexVerdicts:
    """A Matcher REGEX test (`re.search` on the string of a token's value), its verdict kept per string
    hash: a document's words recur in the next, and the test would search them again."""

    def __init__(self, regex: re.Pattern, strings):
        self.regex, self.strings = regex, strings
        self.found: dict[int, bool] = {}

    def of(self, hashes: list[int]) -> numpy.ndarray:
        """The verdict (bool) of each hash."""
        found, search, strings = self.found, self.regex.search, self.strings
        for key in hashes:
            if key not in found:
                found[key] = search(strings[key]) is not None
        return numpy.fromiter(map(found.__getitem__, hashes), dtype=bool, count=len(hashes))


class RunColumns:
    """The columns (string hashes) of one Doc that fixed runs test, each column's distinct values
    found once for all the runs' REGEX tests."""

    def __init__(self, doc, attrs: list[int]):
        array = doc.to_array(attrs).reshape(len(doc), len(attrs))
        self.length = len(doc)
        self.columns = {attr: array[:, k] for k, attr in enumerate(attrs)}
        self._distinct: dict[int, tuple[list[int], numpy.ndarray]] = {}

    def regex_met(self, attr: int, verdicts: RegexVerdicts) -> numpy.ndarray:
        """Each token's verdict of the REGEX test on its value of `attr`."""
        if attr not in self._distinct:
            keys, inverse = numpy.unique(self.columns[attr], return_inverse=True)
            self._distinct[attr] = keys.tolist(), inverse.reshape(-1)
        keys, inverse = self._distinct[attr]
        return verdicts.of(keys)[inverse]


class FixedRun:
    """One alternative of a Matcher rule whose tokens are each matched once (no "OP") and tested only
    by ORTH / LOWER / TAG / DEP: equal to a string, IN or NOT_IN a list of strings, or a REGEX
    search on the value's string, as spaCy's Matcher tests them (by string hash, and a regex on the
    string). Matched on the Doc's columns in numpy: the Matcher calls a Python predicate of each IN
    or REGEX test for every token of the Doc (the model's nine such rules, 'gon na', "let 's", an
    expletive before 'is' ..., on the parses of the sample 150 and 60 bpoil_foxnews articles: 0.37
    CPU s in the Matcher, 0.065 as runs, the same matches)."""

    def __init__(self, tokens: list[list[tuple[int, str, object]]]):
        self.tokens = tokens  # per token: (column, "==" / "IN" / "NOT_IN" / "REGEX", hash / sorted hashes / RegexVerdicts)

    @classmethod
    def of(cls, alternative, strings) -> FixedRun | None:
        """The alternative as a run, or None for any other shape (the Matcher keeps it)."""
        if not alternative:
            return None
        tokens = []
        for spec in alternative:
            if not spec:
                return None
            tests = []
            for name, value in spec.items():
                column = RUN_TESTED.get(str(name).upper())
                if column is None:
                    return None
                if isinstance(value, str):
                    tests.append((column, "==", strings.add(value)))
                elif isinstance(value, dict) and len(value) == 1:
                    operator, operand = next(iter(value.items()))
                    if operator in ("IN", "NOT_IN") and isinstance(operand, list) and all(isinstance(v, str) for v in operand):
                        tests.append((column, operator, numpy.unique(numpy.array([strings.add(v) for v in operand],
                                                                                 dtype=numpy.uint64))))
                    elif operator == "REGEX" and isinstance(operand, str):
                        tests.append((column, operator, RegexVerdicts(re.compile(operand), strings)))
                    else:
                        return None
                else:
                    return None
            tokens.append(tests)
        return cls(tokens)

    def starts(self, doc_columns: RunColumns) -> list[int]:
        """The first token of every match in a Doc."""
        n, length = doc_columns.length, len(self.tokens)
        if n < length:
            return []
        met = numpy.ones(n - length + 1, dtype=bool)
        for offset, tests in enumerate(self.tokens):
            for column, operator, operand in tests:
                values = doc_columns.columns[column][offset:offset + len(met)]
                if operator == "==":
                    met &= values == operand
                elif operator == "REGEX":
                    met &= doc_columns.regex_met(column, operand)[offset:offset + len(met)]
                else:
                    met &= member_of(values, operand) != (operator == "NOT_IN")
        return numpy.flatnonzero(met).tolist()


class AttributeTable(AttributeRuler):
    """An `AttributeRuler` (patterns, `add`, serialisation inherited) whose one-token rules are a
    table lookup over the Doc's arrays; the table and the Matcher of the other rules are rebuilt
    from `self.patterns` whenever a pattern is added."""

    def __init__(self, vocab, name: str = RULER, *, validate: bool = False, scorer=attribute_ruler_score):
        super().__init__(vocab, name, validate=validate, scorer=scorer)
        self._table = None

    def clear(self) -> None:
        super().clear()
        self._table = None

    def add(self, patterns, attrs: dict, index: int = 0) -> None:
        super().add(patterns, attrs, index)
        self._table = None

    def build_table(self) -> None:
        """Splits the patterns into table rules and Matcher rules. A token's key is its value of
        each attribute a table rule constrains, or one stand-in for every value no rule names; the
        table maps a key to {attribute: (rule number, value)} of the latest table rule setting it.
        Which alternatives a key meets is the AND of one bit mask per attribute, made here; keys
        are filled as they are first seen (`_entry`): the product of every named value is large."""
        strings = self.vocab.strings
        self._rules, residual = [], Matcher(self.vocab, validate=self.validate)
        self._residual_attrs: dict[int, tuple[dict, dict, int]] = {}
        self._runs: list[tuple[int, list[FixedRun]]] = []  # rules of fixed runs only, matched in numpy
        for number, pattern in enumerate(self.patterns):
            attrs = normalize_token_attrs(self.vocab, pattern["attrs"])
            constraints = table_constraints(pattern)
            if constraints is None:
                runs = [FixedRun.of(alternative, strings) for alternative in pattern["patterns"]]
                if runs and all(run is not None for run in runs):
                    self._runs.append((number, runs))
                else:
                    residual.add(str(number), pattern["patterns"])
                columns = {attr: value for attr, value in attrs.items() if attr in (POS, MORPH, LEMMA)}
                others = {attr: value for attr, value in attrs.items() if attr not in (POS, MORPH, LEMMA)}
                self._residual_attrs[number] = (columns, others, pattern.get("index", 0))
            else:
                hashed = [{attr: (allowed, frozenset(value if attr == IS_SPACE else strings.add(value)
                                                     for value in values))
                           for attr, (allowed, values) in c.items()} for c in constraints]
                self._rules.append((number, hashed, attrs))
        self._residual = residual if len(residual) else None
        self._run_columns = sorted({column for _, runs in self._runs for run in runs
                                    for tests in run.tokens for column, _, _ in tests})
        self._keyed = sorted({attr for _, alternatives, _ in self._rules for c in alternatives for attr in c})
        named = [sorted(frozenset().union(*(c[attr][1] for _, alternatives, _ in self._rules
                                            for c in alternatives if attr in c))) for attr in self._keyed]
        # a value no rule names stands for all such values: any number that is not named itself
        self._other = [next(v for v in range(len(values) + 1) if v not in values) for values in named]
        self._named = [numpy.array(values, dtype=numpy.uint64) for values in named]  # sorted, for `positions_in`
        # a key's number in `set_from_table` (None: too many named values to number keys in 64 bits)
        self._radix = ([math.prod(len(values) + 1 for values in named[:j]) for j in range(len(named))]
                       if math.prod(len(values) + 1 for values in named) < 1 << 63 else None)
        # alternative k's bit in masks[j][value] is set when the value of keyed attribute j meets it
        alternatives = [(number, c) for number, cs, _ in self._rules for c in cs]
        self._masks = []
        for attr, values, other in zip(self._keyed, named, self._other):
            self._masks.append({value: sum(1 << k for k, (_, c) in enumerate(alternatives)
                                           if attr not in c or (value in c[attr][1]) == c[attr][0])
                                for value in [*values, other]})
        self._alternative_rule = [number for number, _ in alternatives]
        self._rule_attrs = {number: attrs for number, _, attrs in self._rules}
        self._written = sorted({attr for _, _, attrs in self._rules for attr in attrs}
                               | {attr for columns, _, _ in self._residual_attrs.values() for attr in columns})
        self._table = {}

    def _entry(self, key: tuple) -> dict:
        """{attribute: (rule number, value)} for a token with this key, from the table rules."""
        met = -1
        for masks, value in zip(self._masks, key):
            met &= masks[value]
        entry, applied = {}, set()
        k = 0
        while met:
            if met & 1:
                number = self._alternative_rule[k]
                if number not in applied:
                    applied.add(number)
                    entry.update((attr, (number, value)) for attr, value in self._rule_attrs[number].items())
            met >>= 1
            k += 1
        return entry

    def __call__(self, doc):
        error_handler = self.get_error_handler()
        try:
            self.set_from_table(doc)
            return doc
        except Exception as error:
            return error_handler(self.name, self, [doc], error)

    def set_from_table(self, doc) -> None:
        """Finds every rule's matches on the Doc as given, then writes the set columns once
        (POS, MORPH, LEMMA and whatever a table rule sets); a Matcher rule's other attributes are
        set token by token, in rule order."""
        if self._table is None:
            self.build_table()
        if not len(doc) or not (self._written or self._residual_attrs):
            return
        if self._keyed:
            keys = doc.to_array(self._keyed).reshape(len(doc), len(self._keyed))
            # a token's key as one number: each attribute's position among the values rules name (or
            # past them: any other value), in mixed radix; its distinct numbers are the distinct keys,
            # found by a sort of integers instead of `numpy.unique(keys, axis=0)`'s sort of rows
            codes = numpy.zeros(len(doc), dtype=numpy.int64)
            for j, (values, other) in enumerate(zip(self._named, self._other)):
                at = positions_in(keys[:, j], values)
                keys[at == len(values), j] = other
                if self._radix is not None:
                    codes += at * self._radix[j]
            if self._radix is not None:
                _, first, inverse = numpy.unique(codes, return_index=True, return_inverse=True)
                distinct = keys[first]
            else:
                distinct, inverse = numpy.unique(keys, axis=0, return_inverse=True)
            inverse = inverse.reshape(-1)
        else:  # no table rules
            distinct, inverse = numpy.zeros((1, 0), dtype=numpy.uint64), numpy.zeros(len(doc), dtype=int)
        table = self._table
        entries = []
        for row in distinct.tolist():
            key = tuple(row)
            entry = table.get(key)
            if entry is None:
                entry = table[key] = self._entry(key)
            entries.append(entry)
        written = doc.to_array(self._written).reshape(len(doc), len(self._written))
        for j, attr in enumerate(self._written):
            sets = numpy.array([attr in entry for entry in entries], dtype=bool)
            if sets.any():
                values = numpy.array([entry[attr][1] if attr in entry else 0 for entry in entries], dtype=numpy.uint64)
                written[:, j] = numpy.where(sets[inverse], values[inverse], written[:, j])
        later = []
        for number, i in self._residual_matches(doc):
            columns_set, others, _ = self._residual_attrs[number]
            entry = entries[inverse[i]]
            for attr, value in columns_set.items():
                if attr not in entry or entry[attr][0] < number:
                    written[i, self._written.index(attr)] = value
            others = {attr: value for attr, value in others.items() if attr not in entry or entry[attr][0] < number}
            if others:
                later.append((i, others))
        doc.from_array(self._written, written)
        for i, others in later:  # in rule order, after the columns a table rule may have set too
            set_token_attrs(doc[i], others)

    def _residual_matches(self, doc) -> list[tuple[int, int]]:
        """(rule number, token index) of the other rules' matches (fixed runs and the Matcher's), in
        the ruler's order; a match two alternatives of a rule find counts once, as in the Matcher."""
        strings = self.vocab.strings
        spans = set()
        if self._runs:
            columns = RunColumns(doc, self._run_columns)
            spans.update((number, start, start + len(run.tokens)) for number, runs in self._runs for run in runs
                         for start in run.starts(columns))
        if self._residual is not None:
            spans.update((int(strings[match_id]), start, end)
                         for match_id, start, end in self._residual(doc, allow_missing=True, as_spans=False))
        found = []
        for number, start, end in sorted(spans):
            index = self._residual_attrs[number][2]
            position = index if index >= 0 else end - start + index
            if not 0 <= position < end - start:
                raise ValueError(f"attribute rule {number}: index {index} outside its match of {end - start} tokens")
            found.append((number, start + position))
        return found


@Language.factory(FACTORY, default_config={"validate": False})
def make_attribute_table(nlp: Language, name: str, validate: bool) -> AttributeTable:
    return AttributeTable(nlp.vocab, name, validate=validate)


def replace_attribute_ruler(nlp):
    """Puts an `AttributeTable` holding the model's attribute_ruler patterns in its place (same
    name, same position); returns the same pipeline. A pipeline without the ruler is left as is."""
    if RULER not in nlp.pipe_names or isinstance(nlp.get_pipe(RULER), AttributeTable):
        return nlp
    patterns = nlp.get_pipe(RULER).patterns
    table = nlp.replace_pipe(RULER, FACTORY)
    table.add_patterns(patterns)
    table.build_table()
    return nlp
