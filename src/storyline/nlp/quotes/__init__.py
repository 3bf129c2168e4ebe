"""Who said what: direct, mixed and indirect quotes with their speaker and cue.

- `marks`: quote-mark spans per paragraph (a quote may run over several paragraphs when each new
  one reopens it); an unmatched mark is dropped, so an odd number of marks never swallows the
  rest of the article.
- `attribution`: cue words ("say", "tell", "describe as", "according to", ...) on the parse: the
  subject of the verb is the speaker, its clausal complement the content.
- `unclaimed`: quotes no cue verb claimed go to the cue right before them ("Trump said:" + quote)
  or to the speaker of the previous quote; headline and transcript lines ("TAPPER: ...").
- `speakers`: a speaker is a person, an organisation or a description of one, never a date,
  "this article" or a filler; the named entity it stands for.
- `pronouns`: "she said" resolved to the most salient person of the same gender in the last few
  sentences, or left unresolved when two fit; no neural coreference.
- `negation`: "never said", "denied saying" marked on the quote.
- `dates`: a quote is dated by its cue ("said Tuesday"), not by its content.
- `extract`: the flow, with one boundary: `rule_candidates` produces `Attribution`s and
  `quotes_from_candidates` turns any list of them into `Quote`s.

Which stored entity a speaker is across documents is decided in `story.speakers`.
"""
from storyline.nlp.quotes.attribution import Attribution
from storyline.nlp.quotes.dates import quote_date
from storyline.nlp.quotes.extract import extract_quotes, quotes_from_candidates, rule_candidates
from storyline.nlp.quotes.marks import QuoteIndex, QuoteSpan, find_quote_spans, quote_kind
from storyline.nlp.quotes.negation import negated_cues

__all__ = [
    "Attribution",
    "QuoteIndex",
    "QuoteSpan",
    "extract_quotes",
    "find_quote_spans",
    "negated_cues",
    "quote_date",
    "quote_kind",
    "quotes_from_candidates",
    "rule_candidates",
]
