"""Over the corpus: claims whose holder links to an entity become statements; the statements of one actor
on one issue fold into positions, each naming the stance it changed from and the contradictions of its
time (`ledger`)."""
from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta
from dataclasses import dataclass
from typing import Any

from storyline.dedup.sources import independent_sources, root_original
from storyline.model import Claim, Document, Position
from storyline.nlp.entities import is_outlet_name, short_forms
from storyline.story import lexicon
from storyline.story.events import UNDATED_PAST_WINDOW_DAYS
from storyline.story.speakers import EntityLookup, entity_at, overlapping_entity, spans_by_document
from storyline.story.positions.words import HOLDER_LABELS
from storyline.story.positions.issue import issue_family, OPEN_ISSUE_FAMILY


@dataclass
class Statement:
    """One claim whose holder is a linked entity: the unit positions are folded from."""

    actor: str
    issue: str
    family: str
    stance: str
    date: str | None
    date_range: list[str] | None
    doc: str
    start: int
    end: int
    quote: str | None
    earlier: bool = False
    before: str | None = None  # for an earlier stance: the date of the sentence that mentions it
    listed: bool = True  # the claim's listing (Claim.listed)
    detail: str | None = None  # Claim.detail: what of a taxonomy issue it is about (None: not read)
    listing: str = ""  # Claim.listing: why it is or is not listed


def statements_from_claims(claims: list[Claim], entity_of: EntityLookup, entity_names: dict[str, tuple[str, str]],
                           documents: dict[str, Document]) -> list[Statement]:
    """Claims whose holder is a linked person, organisation or government that is not a news outlet.
    `entity_names`: entity id -> (name, type)."""
    spans = spans_by_document(entity_of) if not callable(entity_of) else {}
    outlets = {doc.outlet for doc in documents.values() if doc.outlet}
    found = []
    for claim in claims:
        actor = entity_at(entity_of, claim.doc, claim.holder_start, claim.holder_end) \
            or overlapping_entity(spans, claim.doc, claim.holder_start, claim.holder_end)
        if actor is None or actor.startswith("text:") or not is_specific_issue(claim):
            continue
        name, kind = entity_names.get(actor, (claim.holder_text, ""))
        person = kind == "PERSON"
        if kind and kind not in HOLDER_LABELS or is_outlet_name(name, outlets, person) \
                or is_outlet_name(claim.holder_text, outlets, person):
            continue
        if claim.issue == name or claim.issue.lower() in {part.lower() for part in name.split()}:
            continue  # "Russia rejected Russia": a place is not its own issue
        document = documents.get(claim.doc)
        published = document.published[:10] if document and document.published else None
        date, date_range = claim.date, claim.date_range
        if not date and not date_range and not claim.earlier:  # the sentence has no date of its own
            date, date_range = published, None if published else (document.published_range if document else None)
        latest = published or (document.published_range[1] if document and document.published_range else None)
        found.append(Statement(actor, claim.issue, claim.issue_family, claim.stance, date, date_range,
                               claim.doc, claim.start, claim.end, claim.quote, claim.earlier,
                               latest if claim.earlier else None, claim.listed, claim.detail,
                               claim.listing))
    return _short_names_as_written_in_full(found, entity_names)


def _short_names_as_written_in_full(statements: list[Statement], entity_names: dict[str, tuple[str, str]]) -> list[Statement]:
    """'The House of Representatives on Friday approved ...' and, further down, 'the House also approved ...': within
    one document a holder named by the short form of another holder's name (`short_forms`: the head before an 'of'
    phrase), of the same kind, is that holder, so the article's one chamber holds one position, not two. Only within
    the document: across the coverage 'the House' may be another one."""
    by_doc: dict[str, set[str]] = {}
    for statement in statements:
        by_doc.setdefault(statement.doc, set()).add(statement.actor)
    for statement in statements:
        name, kind = entity_names.get(statement.actor, ("", ""))
        if not name or " " in name:
            continue
        longer = [other for other in by_doc[statement.doc] if other != statement.actor
                  and entity_names.get(other, ("", ""))[1] == kind and name in short_forms(entity_names[other][0])]
        if len(longer) == 1:
            statement.actor = longer[0]
    return statements


def is_specific_issue(claim: Claim) -> bool:
    """A taxonomy issue, a named place, an action ('release the police videos') or an open issue
    that names something ('the Affordable Care Act'). Open issues named by a bare thing ('offered a
    witty look', 'asked for his milk', 'pledged 400m euros') stay claims in the store but state no
    position: on the judged sheets most of them were listings, personal requests or garbled phrases
    (docs/positions.md)."""
    return claim.issue_family != OPEN_ISSUE_FAMILY or claim.action or claim.measure \
        or any(word[:1].isupper() for word in claim.issue.split())


def _day(statement: Statement) -> str:
    """Sort key: an earlier stance goes before the news of the article that mentions it, the week before its day (what
    an undated act of an article is given, `events.UNDATED_PAST_WINDOW_DAYS`): 'has long demanded' in an article of 12
    February was held before a swap it signalled 'earlier this week' (`positions_from_statements` puts one just before
    the stance of its own sentence)."""
    if statement.earlier:
        if not statement.before:
            return "9999 0"
        return (date.fromisoformat(statement.before[:10]) - timedelta(days=UNDATED_PAST_WINDOW_DAYS)).isoformat() + " 0"
    day = statement.date or (statement.date_range[0] if statement.date_range else None)
    return (day or "9999") + " 1"


def issue_key(issue: str) -> frozenset[str]:
    """The words that name an issue, whatever their order, linking words and plural ending: 'ban on Muslims' and
    'ban Muslims', 'Apple boycott' and 'boycott Apple', 'build wall on Mexican border' and 'build wall along Mexican
    border' name one thing in two wordings, which the parse gives as it finds them. A possessor keeps its "'s"
    ("Russia's attack on Ukraine" is not Ukraine's on Russia) and words that turn a thing round ('not', 'against',
    'without') are no linking words."""
    words = _initialisms_as_initials(issue).lower().replace("\u2019", "'").replace("-", " ").split()
    return frozenset(_singular(word) for word in words if word not in lexicon.ISSUE_LINKING_WORDS)


NAME_WORDS = re.compile(r"\b(?:[A-Z]\.){2,}|\b[A-Z][a-z]+(?: [A-Z][a-z]+)+\b")


def _initialisms_as_initials(issue: str) -> str:
    """'ban on Muslims entering United States' and 'ban Muslims from entering U.S.' (session 50, PolNeAR train): a name
    of several capitalised words and its dotted initials are one name to the key, each written as its initials
    ('US'), so that one proposal worded with either reads as one issue of its actor's ledger."""
    return NAME_WORDS.sub(lambda m: "".join(w[0] for w in m.group(0).replace(".", " ").split()), issue)


def _singular(word: str) -> str:
    """'muslims' -> 'muslim', 'taxes' and 'tax' -> 'tax', 'policies' -> 'policy', 'surpluses' and 'surplus' -> 'surplus':
    issues write their nouns as the text does (`issue.nouns_as_written`), so one thing comes in both numbers. A key, not
    a word to show: a final 'e' goes too, so that 'causes' and 'cause' meet ('caus')."""
    word = word.rstrip(",;:")
    if len(word) <= 3:
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    return word[:-1] if word.endswith("e") and len(word) > 3 else word


def issue_wordings(statements: list[Statement]) -> dict[tuple[str, str], str]:
    """(actor, issue as worded) -> the one wording of that issue the actor's positions are shown under: of an actor's
    wordings with one `issue_key`, the one stated most often, then the longer, then the first in alphabetical order
    (so a full build and an addition choose alike). An actor's ledger is one line per issue only if its wordings
    are one issue: round 45's pool bed held Trump's 'ban Muslims' and 'ban on Muslims' as two issues, so the one
    proposal did not read as one line of how his stance moved."""
    counts: dict[tuple[str, frozenset[str]], dict[str, int]] = {}
    for statement in statements:
        wordings = counts.setdefault((statement.actor, issue_key(statement.issue)), {})
        wordings[statement.issue] = wordings.get(statement.issue, 0) + 1
    shown = {}
    for (actor, _), wordings in counts.items():
        chosen = min(wordings, key=lambda wording: (-wordings[wording], -len(wording), wording))
        shown.update({(actor, wording): chosen for wording in wordings})
    return shown


def positions_from_statements(statements: list[Statement], copy_of: dict[str, str | None]) -> list[Position]:
    """One position per run of one stance of one actor on one issue, in date order; an issue worded in several ways
    is one issue (`issue_wordings`)."""
    wording = issue_wordings(statements)
    by_issue: dict[tuple[str, str], list[Statement]] = {}
    for statement in statements:
        by_issue.setdefault((statement.actor, wording[(statement.actor, statement.issue)]), []).append(statement)
    positions: list[Position] = []
    for (actor, issue), items in sorted(by_issue.items()):
        # an earlier stance goes just before the statement that mentions it, even when that one is
        # dated only by a wide range ("before 2026-12-01" must not follow a drop of 2019..2026)
        mentioned_in = {(s.doc, s.start): _day(s)[:-2] for s in items if not s.earlier}
        stated = {id(s): n for n, s in enumerate(items)}  # one sentence's stances in the order of their words
        items = sorted(items, key=lambda s: (mentioned_in[(s.doc, s.start)] + " 0" if s.earlier and (s.doc, s.start)
                                             in mentioned_in else _day(s), s.doc, s.start, stated[id(s)]))
        reworded = _rewordings(items, copy_of)
        told_again = {id(copy) for copies in reworded.values() for copy in copies}
        runs: list[list[Statement]] = []
        for statement in _without_contradicted([s for s in items if id(s) not in told_again], copy_of):
            if runs and runs[-1][-1].stance == statement.stance:
                runs[-1].append(statement)
            else:
                runs.append([statement])
        for run in runs:
            run += [copy for original in list(run) for copy in reworded.get(id(original), [])]
        before: list[Statement] = []
        for step, run in enumerate(runs):
            previous = before[0].stance if before and _one_matter(before, run) and _turned(before, run) else None
            position = _position(actor, issue, run, copy_of, previous)
            position.contradicted_by = _contradictions(run, items, copy_of)
            position.step = step
            positions.append(position)
            before = run
    return positions


def _rewordings(items: list[Statement], copy_of: dict[str, str | None]) -> dict[int, list[Statement]]:
    """A copy's or rewrite's statement that tells again one of its original's on the issue, at the same time and as
    long-held or not alike, by the original statement (id) it joins: 'has consistently advocated for the complete
    restoration' in a rewrite of 'has long demanded full territorial liberation' is the same claim, one step of the
    ledger with both for evidence, not a change from demand to support."""
    joined: dict[int, list[Statement]] = {}
    for statement in items:
        original = root_original(statement.doc, copy_of)
        if original == statement.doc:
            continue
        told = [other for other in items if other.doc == original and other.earlier == statement.earlier]
        if len(told) > 1:  # which one it tells again: the one of its time (a copy stored before its original was
            # dated by its own clues, so only where the original leaves a choice)
            told = [other for other in told if _day(other)[:10] == _day(statement)[:10]]
        told.sort(key=lambda other: (other.stance != statement.stance, other.start))
        if told:
            joined.setdefault(id(told[0]), []).append(statement)
    return joined


def _one_matter(before: list[Statement], after: list[Statement]) -> bool:
    """Whether two runs of stances on one issue are about one matter, so the second changed from the first: some
    statement of each names the issue in the same way (`issue_detail`), or one was not read so. Under a coarse
    taxonomy issue, a demand to end the tax treatment of carried interest and a promise of lower taxes are two
    matters of the taxes issue, not a change of stance (PolNeAR dev: Trump / taxes, demand -> propose)."""
    details = {s.detail for s in before}
    return None in details or any(s.detail is None or s.detail in details for s in after)


def _turned(before: list[Statement], after: list[Statement]) -> bool:
    """Whether the stance went another way (`lexicon.STANCE_DIRECTIONS`): a proposal then a demand of the same thing
    is one position told in two words, not a change (round-32b row 70: Trump's "proposal" and "call" for a ban on
    Muslims were read as propose -> demand -> propose)."""
    return lexicon.STANCE_DIRECTIONS.get(before[0].stance) != lexicon.STANCE_DIRECTIONS.get(after[0].stance)


def _same_time(a: Statement, b: Statement) -> bool:
    return a.doc != b.doc and _day(a)[:10] == _day(b)[:10] and not a.earlier and not b.earlier


def _without_contradicted(items: list[Statement], copy_of: dict[str, str | None]) -> list[Statement]:
    """Within one document an actor holds one stance per issue unless the text says it moved
    (an earlier stance, a later date): of two same-dated stances the more often stated stays, else the
    first stated (in one sentence, the first stance word: 'has long demanded full territorial
    liberation and ... signaled a willingness to swap territory, giving up land')."""
    kept = []
    order = {id(s): n for n, s in enumerate(items)}
    for statement in items:
        rivals = [s for s in items if s.doc == statement.doc and s.stance != statement.stance
                  and _day(s) == _day(statement)]
        if rivals:
            mine = sum(1 for s in items if s.doc == statement.doc and s.stance == statement.stance and _day(s) == _day(statement))
            theirs = max(sum(1 for s in items if s.doc == statement.doc and s.stance == r.stance and _day(s) == _day(statement))
                         for r in rivals)
            if mine < theirs or mine == theirs and min((r.start, order[id(r)]) for r in rivals) \
                    < (statement.start, order[id(statement)]):
                continue
        kept.append(statement)
    return kept


def _contradictions(run: list[Statement], items: list[Statement], copy_of: dict[str, str | None]) -> list[dict[str, Any]]:
    """Statements from other original sources of the same day giving the actor another stance."""
    found, seen = [], set()
    for statement in run:
        for other in items:
            if other.stance == statement.stance or not _same_time(statement, other):
                continue
            if root_original(other.doc, copy_of) == root_original(statement.doc, copy_of):
                continue
            key = (other.doc, other.start, other.stance)
            if key not in seen:
                seen.add(key)
                found.append({"stance": other.stance, "doc": other.doc, "start": other.start, "end": other.end})
    return found


def _position(actor: str, issue: str, run: list[Statement], copy_of: dict[str, str | None], previous: str | None) -> Position:
    dated = any(not s.earlier for s in run)
    best = min(run, key=lambda s: (not s.listed, dated and s.earlier, s.quote is None,
                                   root_original(s.doc, copy_of) != s.doc, _day(s), s.doc, s.start))
    # the evidence shows a statement the position's date is of: an earlier one ('Clinton bashed Trump's proposal',
    # held before) tells no day, and the date below is the dated statements' (round 45: a range of other articles'
    # days shown with a sentence from an article published before them)
    mentions, seen = [], set()
    for statement in run:
        key = (statement.doc, statement.start, statement.end)
        if key not in seen:
            seen.add(key)
            mentions.append({"doc": statement.doc, "start": statement.start, "end": statement.end,
                             "date": statement.date, "date_range": statement.date_range, "quote": statement.quote,
                             "earlier": statement.earlier, "before": statement.before, "listed": statement.listed,
                             "listing": statement.listing, "detail": statement.detail})
            if statement.issue != issue:
                mentions[-1]["issue"] = statement.issue  # as this statement worded it (`issue_wordings`)
    days = sorted({s.date for s in run if s.date})
    date = days[0] if days else None
    date_range = [days[0], days[-1]] if len(days) > 1 else None
    spans = [(s.date, s.date) for s in run if s.date] + [tuple(s.date_range) for s in run
                                                          if not s.date and s.date_range and s.date_range[0]]
    if days and min(start for start, _ in spans) < days[0]:
        # a statement known only by a range that opens before the first day ('called for', no day: the week before
        # its article) may be the first: the position is dated by the span of all, not by the first day told
        date, date_range = None, [min(start for start, _ in spans), max(end for _, end in spans)]
    if date is None and not days:
        ranges = [s.date_range for s in run if s.date_range]
        if ranges:
            date_range = [min(r[0] for r in ranges), max(r[1] for r in ranges)]
        elif all(s.earlier for s in run):
            befores = [s.before for s in run if s.before]
            date_range = [None, min(befores)] if befores else None
    first = date or (date_range[0] if date_range else None)
    held = [s.before for s in run if s.earlier and s.before]
    if first and held and min(held) < first:
        # told as held before an article published before the first day told ("In response to Trump's proposal to
        # bar Muslims ...", 7 Dec, and the proposal dated the week before 20 Dec elsewhere): the position is older
        # than its dated statements, so it is held on or before the last of them, not from the first
        date, date_range = None, [None, date_range[1] if date_range else date]
    sources = sorted({s.doc for s in run})
    return Position(
        actor=actor, topic=issue, stance=run[0].stance, date=date, quote=best.quote,
        evidence={"doc": best.doc, "start": best.start, "end": best.end}, issue_family=run[0].family,
        date_range=date_range, previous=previous, mentions=mentions, sources=sources,
        independent_sources=independent_sources(sources, copy_of),
        listed=any(s.listed for s in run), listing=best.listing,
    )


def statements_of_positions(positions: Iterable[dict[str, Any] | Position]) -> list[Statement]:
    """Stored positions back into their statements, so an addition re-folds an actor's ledger."""
    found = []
    for position in positions:
        data = position if isinstance(position, dict) else position.__dict__
        for mention in data.get("mentions") or []:
            found.append(Statement(data["actor"], mention.get("issue") or data["topic"],
                                   data.get("issue_family") or issue_family(data["topic"]),
                                   data["stance"], mention.get("date"), mention.get("date_range"), mention["doc"],
                                   mention["start"], mention["end"], mention.get("quote"), bool(mention.get("earlier")),
                                   mention.get("before"), mention.get("listed", data.get("listed", True)),
                                   mention.get("detail"), mention.get("listing", "")))
    return found


def extract_positions(claims: list[Claim], entity_of: EntityLookup, entity_names: dict[str, tuple[str, str]],
                      documents: list[Document] | dict[str, Document], copy_of: dict[str, str | None] | None = None,
                      stored: Iterable[dict[str, Any]] = ()) -> list[Position]:
    """Each actor's positions from the documents' claims (plus the statements of `stored` positions
    when documents are added to a stored story), one per run of a stance, each (actor, issue) in its chain order."""
    by_id = documents if isinstance(documents, dict) else {d.id: d for d in documents}
    copy_of = copy_of if copy_of is not None else {doc.id: doc.copy_of for doc in by_id.values()}
    statements = statements_of_positions(stored) + statements_from_claims(claims, entity_of, entity_names, by_id)
    return positions_from_statements(statements, copy_of)


def ledger(positions: list[dict[str, Any]]) -> dict[tuple[str, str], list[dict[str, Any]]]:
    """(actor, issue) -> its positions in chain order (`step`): how the actor's stance on the issue moved."""
    grouped: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for position in positions:
        grouped.setdefault((position["actor"], position["topic"]), []).append(position)
    for items in grouped.values():
        items.sort(key=lambda position: position.get("step", 0))
    return grouped
