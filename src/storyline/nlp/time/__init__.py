"""Time: the one home of time expressions and dates.

- `lexicon`: word tables and surface patterns (data, one row per phrasing);
- `patterns`: the patterns compiled, trigger regions;
- `rule`: `TimeRule`, the typed unresolved form of an expression (what to compute from an anchor);
- `normalise`: a match -> TIMEX3 type and `TimeRule`;
- `tense`: whether an expression looks back or ahead;
- `resolve`: a `TimeRule` valued against an anchor, a document's rules in text order;
- `extract`: `extract_timexes(text, anchor)`, the plain function entry point;
- `component`: the same as a spaCy component (`storyline_timex`, `doc.spans["timex"]`);
- `dating`: publication ranges of undated documents, re-anchoring, the date of a sentence's event;
- `sentence_dates`: a fast day-level reader for whole evaluation collections.
"""
from storyline.nlp.time.dating import (Bound, PublicationDating, date_of_span, infer_publication,
                                       infer_published_range, reanchor_label, reanchor_timexes, reanchor_to_range,
                                       value_range)
from storyline.nlp.time.extract import extract_timexes
from storyline.nlp.time.resolve import resolve_rule, resolve_rules_in_order
from storyline.nlp.time.rule import RuleKind, TimeRule

__all__ = ["Bound", "PublicationDating", "RuleKind", "TimeRule", "date_of_span", "extract_timexes", "infer_publication",
           "infer_published_range", "reanchor_label", "reanchor_timexes", "reanchor_to_range", "resolve_rule",
           "resolve_rules_in_order", "value_range"]
