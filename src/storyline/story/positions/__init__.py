"""Positions: who wants what on which issue, and how it moved (docs/positions.md).

Two steps, like events:
1. Per document, on the parse: claims. `holder_slots` walks from each stance word (a verb such
   as "demanded", "backed off", "rejected"; an adjective such as "willing"; a noun such as
   "insistence" or "call") to its holder in the slot the construction gives it: the subject,
   the "by" agent of a passive or participle, the possessive of a noun, the subject of the verb a
   clause hangs from. The issue is looked for in what the stance word governs: a named place where
   land is given, taken or held ("cede control of the Donetsk region"), else a word of the issue
   taxonomy (`lexicon.ISSUES`). Negation, questions, conditions and hypotheticals are read off
   the parse. "X said Y rejected Z" gives Y's claim (X is only the source); a holder who is "I" or
   "we" inside a quote is the quote's speaker.
2. Over the corpus: claims whose holder links to an entity that is not a news outlet become
   statements; statements of one actor on one issue, ordered by date, fold into one position per
   run of the same stance (all statements as mentions, their documents as sources, copies counted
   once); each position names the stance it changed from (`previous`), and statements of the same
   time from other documents giving another stance are listed side by side (`contradicted_by`).
"""
from __future__ import annotations

from storyline.story.positions.stance import cue_stance
from storyline.story.positions.issue import issue_detail, place_name
from storyline.story.positions.holder import group_holder_mentions
from storyline.story.positions.claims import extract_claims, stance_word_candidates
from storyline.story.positions.ledger import (
    extract_positions, is_specific_issue, ledger, positions_from_statements, Statement, statements_from_claims,
    statements_of_positions)

__all__ = ["cue_stance", "extract_claims", "extract_positions", "group_holder_mentions", "is_specific_issue", "issue_detail", "ledger",
           "place_name", "positions_from_statements", "stance_word_candidates", "Statement", "statements_from_claims", "statements_of_positions"]
