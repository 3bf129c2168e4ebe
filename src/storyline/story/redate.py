"""Dating undated documents again from what the store knows: the article's own clues
(`nlp.time.dating.infer_publication`) plus the dated coverage of the same happenings.

Coverage clues, from links the store already keeps:
- a copy or rewrite of a dated original takes the original's date (it was written from it);
- a document that dated documents copy was written on or before the earliest of them;
- the dated documents the copy index finds most like it (content-word MinHash neighbours: the
  same happenings in other words) say roughly when: a soft window over their dates, widened by
  a margin but kept inside the story's dated coverage, that gives way to the article's own firm clues;
- a span counted from a happening the dated coverage places ("in the five months since the disaster":
  the day the dated articles name beside "disaster"), soft too (`elapsed_bounds`);
- for an article whose own text bounds nothing, or nothing inside the story's dated coverage (its
  clues allow every day of it), last and weakest, that coverage: a store holds one story, so it was
  most likely written while the story was being covered (the first to the last source-dated day).
Only documents whose date came from their source (metadata, dateline, given) count as dated
coverage, so inferred dates never feed each other.

After a new range, the document's relative expressions are valued against it
(`nlp.time.dating.reanchor_to_range`) and its event mentions dated again.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import replace
from functools import cached_property

from storyline.dedup.text import SENTENCE_END, keywords
from storyline.model import Document
from storyline.nlp.time.rule import RuleKind, TimeRule
from storyline.story.events import undated_event_range
from storyline.nlp.time.dating import (
    MONTHS_WITHOUT_YEAR_REASON,
    TITLES_REASON,
    Bound,
    PublicationDating,
    date_of_span,
    infer_publication,
    reanchor_label,
    reanchor_to_range,
)
from storyline.store import Store
from storyline.store.queries import (
    dated_span,
    days_named_at,
    days_named_until,
    latest_named_days,
    undated_holding,
    undated_resting_on,
    undated_spanning,
)

SOURCE_DATED = ("metadata", "dateline", "given")
NEIGHBOURS = 8  # the most similar dated documents, whose dates span the window
MIN_NEIGHBOUR_JACCARD = 0.05  # estimated content-word Jaccard: any LSH candidate but bare collisions
NEIGHBOUR_MARGIN_DAYS = 30  # the window reaches this far beyond their first and last date, inside the story's coverage
# (kept inside it since session 23: chosen on the development half among margins 0/15/20/30, trimmed spans,
# either end alone, and a window measured on the store's dated articles; development 96% / 104 d -> 95% / 79 d)
MIN_NEIGHBOURS = 2  # one dated neighbour alone is too often weeks away: it says nothing
# (chosen on the development topics among 1-4, with RECENCY_DAYS 30 or 60: 1 -> 2 raised the share inside 84% -> 89%)
# (chosen on the development topics of `storyline eval dating`: median / span, 3-8 neighbours, 0-90 days)
STORY_REASON = "no date in its text"
# the same clue for an article whose own clues allow every day of that coverage ("writes out '2007'",
# "titles 'President Barack Obama'"): they say nothing inside it, as no date says nothing (dating10)
STORY_HELD_REASON = "its own clues allow every day of the story's dated coverage"
# Clues that allow disjoint windows (a title's two terms, a month of this year or the next), where
# the story's dated coverage picks the nearest (`infer_publication(story=...)`): words of their
# reasons, from nlp/time/dating.py. A document dated by them before the coverage existed or moved is
# dated again when new dated documents arrive, as a full build would date it.
WINDOW_CHOICE_REASONS = (MONTHS_WITHOUT_YEAR_REASON, TITLES_REASON)
# The dated neighbours' window (`coverage_bounds`): kept inside the story's dated coverage once MIN_STORY_DATED
# articles measure it, so a document dated by it is dated again when new dated documents arrive (the coverage may
# widen, or be measured for the first time), as a full build would date it (session 23 review).
NEIGHBOURS_REASON = "dated articles most like it"
STORY_MARGIN_DAYS = 0  # an article without a date of its own: within the story's dated coverage, widened by this
# (chosen on the development topics: 0, 15, 30 days; also tried for every article, which narrowed some
# wrongly, e.g. seed 002 published months after the seeds' last dated article)
MIN_STORY_DATED = 10  # dated articles needed before their first..last days stand for the story's coverage period
# (as MIN_LAGS below: a handful of dated articles is a sample, not the period; one gives a single day, and 102
# undated SemEval articles stored beside one dated article were all dated to its day)


RECENCY_QUANTILE = 0.9  # of the store's (publication - latest day named) lags: the recency window
MIN_LAGS = 10  # dated articles naming a day needed to measure it; fewer: nlp.time.dating.RECENCY_DAYS


def recency_window(store: Store) -> int | None:
    """How many days after the latest day it names (with month and day) a dated article of this
    store was published, at RECENCY_QUANTILE: the same story's coverage says how long its news
    goes on naming a day. None when too few dated articles name one."""
    lags = sorted((dt.date.fromisoformat(published) - dt.date.fromisoformat(day)).days
                  for published, day in latest_named_days(store, SOURCE_DATED))
    if len(lags) < MIN_LAGS:
        return None
    return lags[min(len(lags) - 1, int(RECENCY_QUANTILE * len(lags)))]


# Time elapsed since a happening the dated coverage places (`elapsed_bounds`, session 28): "in the five months
# since the disaster" is written five months after the day the store's dated articles name beside "disaster".
ELAPSED_UNIT_DAYS = {"D": 1, "W": 7, "M": 30.44}
# what the text must hold for the clue (a count's unit, then "since the" / "after the"), read before parsing anything
# and to pick the stored texts an addition re-dates: "the" alone is in nearly every article
ELAPSED_FRAGMENTS = tuple(f"{unit} {word} the" for unit in ("day", "days", "week", "weeks", "fortnight", "month", "months")
                          for word in ("since", "after"))
_SINCE_HAPPENING = re.compile(r"\s*(since|after)\s+the\s+((?:[^\W\d_][\w'’-]*[ \t]*){1,4})")
_COUNTED_AHEAD = re.compile(r"\b(?:first|next|following|coming)\b", re.IGNORECASE)  # "the first six months after"
# how many units a count of N stands for: "five months" is 4.5 to 5.5 (rounded to the nearest; 4.5 to 6 tried: the same
# share inside on the development half), "more than three" 3 to 4, "nearly four" 3 to 4
ELAPSED_SPANS = {"": (-0.5, 0.5), "APPROX": (-0.5, 0.5), "MORE_THAN": (0, 1), "EQUAL_OR_MORE": (0, 1),
                 "LESS_THAN": (-1, 0), "EQUAL_OR_LESS": (-1, 0)}
MIN_HAPPENING_VOTES = 3  # dated articles naming the day beside the happening's words
HAPPENING_LEAD = 2  # ... at least this many times as many as name any other day beside them
ELAPSED_REASON = "the day the store's dated articles give"


def redatable(doc: Document) -> bool:
    """Without a date from its source (none, or one this module inferred)."""
    return not doc.published or doc.published_how == "inferred" or doc.published_how is None


def _source_dated(store: Store, ids: list[str]) -> dict[str, str]:
    if not ids:
        return {}
    rows = store.publication(ids)
    return {doc_id: published[:10] for doc_id, published, how in rows if published and how in SOURCE_DATED}


def coverage_bounds(store: Store, doc: Document, copy_index, story: Bound | None = None) -> list[Bound]:
    """Clues to `doc`'s publication from dated documents in the store (see the module docstring).
    `story` (`story_bound`, once MIN_STORY_DATED articles measured it): the dated neighbours' window,
    soft like it, is kept inside the story's dated coverage, so its margin does not reach before the
    story's first or after its last dated article (an article of the story was most likely written
    while it was covered)."""
    bounds = []
    copies = _source_dated(store, store.copies_of([doc.id]))
    if copies:
        first = min(copies, key=lambda other: (copies[other], other))
        bounds.append(Bound(f"copied by {first} published {copies[first]}: on or before it",
                            latest=dt.date.fromisoformat(copies[first])))
    similar = [(other, score) for other, score in copy_index.similar(doc.id) if score >= MIN_NEIGHBOUR_JACCARD]
    dated = _source_dated(store, [other for other, _ in similar])
    nearest = [(other, dated[other]) for other, _ in similar if other in dated][:NEIGHBOURS]
    if len(nearest) >= MIN_NEIGHBOURS:
        days = sorted(dt.date.fromisoformat(day) for _, day in nearest)
        margin = dt.timedelta(days=NEIGHBOUR_MARGIN_DAYS)
        earliest, latest = days[0] - margin, days[-1] + margin
        inside = ""
        if story and (story.earliest > earliest or story.latest < latest):
            earliest, latest = max(earliest, story.earliest), min(latest, story.latest)
            inside = f", inside the story's dated coverage {story.earliest.isoformat()}..{story.latest.isoformat()}"
        bounds.append(Bound(f"{len(nearest)} {NEIGHBOURS_REASON} ({', '.join(other for other, _ in nearest[:3])}"
                            f"{', ...' if len(nearest) > 3 else ''}) published {days[0].isoformat()}.."
                            f"{days[-1].isoformat()}: within {NEIGHBOUR_MARGIN_DAYS} days of them{inside}",
                            earliest=earliest, latest=latest, firm=False))
    return bounds


def story_bound(span: tuple[str, str, int] | None) -> Bound | None:
    """The story's dated coverage (`store.queries.dated_span` of the source-dated articles) as a soft
    clue, for an article whose own text bounds nothing: a store holds one story, so it was most likely
    written while the story was covered."""
    if not span:
        return None
    first_day, last_day, count = span
    margin = dt.timedelta(days=STORY_MARGIN_DAYS)
    return Bound(f"{STORY_REASON}; the story's {count} dated articles were published {first_day}..{last_day}"
                 + (f" (within {STORY_MARGIN_DAYS} days of them)" if STORY_MARGIN_DAYS else ""),
                 earliest=dt.date.fromisoformat(first_day) - margin, latest=dt.date.fromisoformat(last_day) + margin,
                 firm=False)


def _sentence_at(text: str, offset: int) -> str:
    """The sentence (or line) holding `offset`, split as dedup splits sentences."""
    start, end = text.rfind("\n", 0, offset) + 1, text.find("\n", offset)
    line = text[start:len(text) if end < 0 else end]
    first, last = 0, len(line)
    for boundary in SENTENCE_END.finditer(line):
        if boundary.end() <= offset - start:
            first = boundary.end()
        elif boundary.start() >= offset - start:
            last = boundary.start()
            break
    return line[first:last]


def happening_day(words: set[str], namings: list[tuple[str, str, frozenset[str]]]) -> tuple[str, int] | None:
    """The day the dated articles place a happening on: the day most of them name in a sentence sharing
    one of its words, by at least MIN_HAPPENING_VOTES articles and HAPPENING_LEAD times as many as any
    other day (a landmark of the story, "the explosion", not a kind of thing that happens every week)."""
    votes: dict[str, set[str]] = defaultdict(set)
    for doc_id, day, sentence_words in namings:
        if words & sentence_words:
            votes[day].add(doc_id)
    ranked = sorted(((len(docs), day) for day, docs in votes.items()), reverse=True)
    if not ranked or ranked[0][0] < MIN_HAPPENING_VOTES:
        return None
    if len(ranked) > 1 and ranked[0][0] < HAPPENING_LEAD * ranked[1][0]:
        return None
    return ranked[0][1], ranked[0][0]


def elapsed_bounds(text: str, timexes: list, namings: list[tuple[str, str, frozenset[str]]]) -> list[Bound]:
    """Clues from a span of days, weeks or months counted from a happening the dated coverage places
    (`happening_day`): "in the five months since the disaster" was written 4.5 to 5.5 months after its day
    (ELAPSED_SPANS: "more than" N to N+1, "nearly" N-1 to N); "five months after the explosion, the well was
    sealed" tells something that happened then: on or after it, a day the text names (news recency counts
    from it). Soft: the text's firm clues win."""
    bounds = []
    for timex in timexes:
        count = re.fullmatch(r"P(\d+)([DWM])", timex.value or "") if timex.type == "DURATION" else None
        phrase = _SINCE_HAPPENING.match(text, timex.end) if count else None
        if not phrase or _COUNTED_AHEAD.search(text[max(0, timex.start - 20):timex.end]):
            continue
        placed = happening_day(keywords(phrase.group(2)), namings)
        if not placed:
            continue
        number, unit = int(count.group(1)), ELAPSED_UNIT_DAYS[count.group(2)]
        low, high = ELAPSED_SPANS.get(timex.mod or "", ELAPSED_SPANS[""])
        day = dt.date.fromisoformat(placed[0])
        earliest = day + dt.timedelta(days=round((number + low) * unit))
        latest = day + dt.timedelta(days=round((number + high) * unit)) if phrase.group(1).lower() == "since" else None
        words = text[timex.start:phrase.end()].strip()
        bounds.append(Bound(f"'{words}': {placed[0]}, {ELAPSED_REASON} ({placed[1]} of them name it beside these words)"
                            f"{'' if latest else ', tells what happened then'}: "
                            + (f"{earliest.isoformat()}..{latest.isoformat()}" if latest else f"on or after {earliest.isoformat()}"),
                            earliest=earliest, latest=latest, firm=False, day=latest is None))
    return bounds


class StoreClues:
    """What the store says about when its undated documents were written, read once per re-dating."""

    def __init__(self, store: Store):
        from storyline.dedup.index import CopyIndex

        self.store, self.copy_index = store, CopyIndex(store.conn)

    @cached_property
    def story_wide(self) -> tuple[dict[str, str], Bound | None, int | None, Bound | None]:
        """(days named until, the story's coverage clue, the recency window, that clue again when enough dated
        articles measured the coverage to make it a range for an article whose text bounds nothing, else None:
        fewer still choose among an article's own disjoint windows): read when first needed."""
        span = dated_span(self.store, SOURCE_DATED)
        story = story_bound(span)
        measured_story = story if span and span[2] >= MIN_STORY_DATED else None
        return days_named_until(self.store, SOURCE_DATED), story, recency_window(self.store), measured_story

    @cached_property
    def namings(self) -> list[tuple[str, str, frozenset[str]]]:
        """(dated document, a day it names, the content words of the sentence naming it): where the
        coverage places its happenings (read when an undated text first counts time since one)."""
        named = days_named_at(self.store, SOURCE_DATED)
        texts = {doc.id: doc.text for doc in self.store.documents(sorted({doc_id for doc_id, _, _ in named}))}
        return [(doc_id, day, frozenset(keywords(_sentence_at(texts[doc_id], offset)))) for doc_id, day, offset in named]


_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s+(?!(?:and|or|to|in|on|at|of|for|by|with|from|when|as|is|was|were|will|has|had|have|but|that"
                         r"|which|who|this|last|next)\b)[a-z]")


def day_names_of_other_years(text: str, timexes: list, named_until: dict[str, str], first_covered: dt.date) -> list:
    """Days without their year used as the name of a happening ("the Sept. 11 terrorist attacks") that the
    store's dated articles name on that month and day only in years before the story's coverage ("Sept. 11,
    2001"), or never: a landmark of another year, so a bound of the nearest such day would be wrong; they
    bound nothing. A name the coverage places in its own time ("the April 20 explosion": 2010-04-20) is read
    as before."""
    years: dict[str, set[int]] = defaultdict(set)
    for day in named_until:
        years[day[5:10]].add(int(day[:4]))
    other = []
    for timex in timexes:
        rule = TimeRule.from_json(timex.rule, timex.value) if timex.rule else None
        if rule is None or rule.kind is not RuleKind.MONTH_DAY or not rule.month or not rule.day:
            continue
        if any(year >= first_covered.year - 1 for year in years.get(f"{rule.month:02d}-{rule.day:02d}", ())):
            continue
        if _THE_BEFORE.search(text[max(0, timex.start - 10):timex.start]) and _NOUN_AFTER.match(text, timex.end):
            other.append(timex)
    return other


def date_document(clues: StoreClues, doc: Document, timexes: list, today: str | None = None) -> PublicationDating:
    """The publication range of one undated, uncopied document from its text and the store's dated
    coverage (nothing written)."""
    named_until, story, recency, measured_story = clues.story_wide
    if named_until and measured_story:
        other = day_names_of_other_years(doc.text, timexes, named_until, measured_story.earliest)
        timexes = [timex for timex in timexes if timex not in other]
    coverage = coverage_bounds(clues.store, doc, clues.copy_index, measured_story)
    own = infer_publication(doc.text, timexes, today).range if measured_story else None
    if measured_story and own is None:
        coverage.append(measured_story)
    elif measured_story and own[0] <= measured_story.earliest.isoformat() and measured_story.latest.isoformat() <= own[1]:
        coverage.append(replace(measured_story, reason=STORY_HELD_REASON + measured_story.reason[len(STORY_REASON):]))
    if any(fragment in doc.text.lower() for fragment in ELAPSED_FRAGMENTS):
        coverage += elapsed_bounds(doc.text, timexes, clues.namings)
    return infer_publication(doc.text, timexes, today, coverage, named_until,
                             (story.earliest, story.latest) if story else None, recency)


def redate_documents(store: Store, documents: list[Document], today: str | None = None) -> list[Document]:
    """Dates each redatable document again and stores what changed (dates, reasons, timex values,
    event mention dates), each in its own transaction; returns the documents that changed."""
    clues = StoreClues(store)
    by_id = {doc.id: doc for doc in documents}
    originals = _source_dated(store, sorted({doc.copy_of for doc in documents if doc.copy_of}))
    changed = []
    for doc in documents:
        if not redatable(doc):
            continue
        analysis = store.analysis(doc.id)
        before = (doc.published, doc.published_range, doc.published_reasons)
        original = originals.get(doc.copy_of) or (by_id[doc.copy_of].published if doc.copy_of in by_id else None)
        if original:
            doc.published, doc.published_range = original[:10], None
            doc.published_reasons = [f"{doc.copy_kind or 'copy'} of {doc.copy_of} published {original[:10]}"]
        else:
            dating = date_document(clues, doc, analysis.timexes, today)
            doc.published_reasons = dating.reasons
            if dating.range and dating.range[0] == dating.range[1]:
                doc.published, doc.published_range = dating.range[0], None
            else:
                doc.published, doc.published_range = None, dating.range
        doc.published_how = "inferred" if doc.published or doc.published_range else None
        anchor_range = [doc.published] * 2 if doc.published else doc.published_range
        anchored = all(t.anchor == reanchor_label(anchor_range) for t in analysis.timexes)
        if (doc.published, doc.published_range, doc.published_reasons) == before and anchored:
            continue
        timexes = reanchor_to_range(analysis.timexes, doc.text, anchor_range)
        for mention in analysis.event_mentions:
            # only a mention the stage saw a time for is dated by its sentence: one dated by its report's week, or
            # left undated, found none of its own (every time of its sentence was another act's: 'We discussed ...,
            # the meeting that is being set up on Friday', issue #13 round 18) and keeps the report's week
            saw_a_time = bool(mention.pending_basis) or mention.dated_by in {"own", "saying", "sentence"}
            mention.date, mention.date_range = date_of_span(mention.start, mention.end, timexes) if saw_a_time else (None, None)
            # an expression of the mention's own or another clause that waited for a date keeps its
            # clause's label, as the stage gives it: the same labels in any storing order
            pending = mention.pending_basis or (mention.dated_by if mention.dated_by in {"own", "saying"} else "")
            if mention.date or mention.date_range:  # a time expression of the sentence: of its own clause only if the stage found one there
                mention.dated_by, mention.pending_basis = pending or "sentence", ""
            elif mention.status != "planned":
                mention.date_range = undated_event_range(doc)
                mention.dated_by = ("publication" if doc.published else "inferred") if mention.date_range else pending
                mention.pending_basis = pending if mention.date_range else ""
        with store.transaction():
            store.update_document_dates(doc)
            store.update_timexes(doc.id, timexes)
            store.update_event_mentions(doc.id, analysis.event_mentions)
        changed.append(doc)
    return changed


def ranged_by_their_reports(events: list, documents: dict[str, Document]) -> None:
    """An event told as done (happened, reported, called off: `story.events.REALIS_STATUSES`; not a plan
    nor a denied one) with no date of its own, whose every report is an article dated only by an
    inferred range too wide to date its mentions (`story.events.MAX_INFERRED_RANGE_DAYS`), takes that
    range as the week before publication, as a narrow one would give each mention: it happened shortly
    before an article written in that range (the days its reports allow in common). Set on the event
    after clustering, never on its mentions, so a wide range joins no happening of another article (a
    call in May would meet every call of the year) and stays a range row instead of vanishing."""
    from storyline.story.events import MAX_INFERRED_RANGE_DAYS, REALIS_STATUSES, UNDATED_PAST_WINDOW_DAYS, days_between

    def wide_range(doc_id: str) -> list[str] | None:
        doc = documents.get(doc_id)
        if doc is None or doc.published or not doc.published_range:
            return None
        return doc.published_range if days_between(*doc.published_range) > MAX_INFERRED_RANGE_DAYS else None

    for event in events:
        if event.date or event.date_range or event.status not in REALIS_STATUSES or not event.sources:
            continue
        ranges = [wide_range(doc) for doc in event.sources]
        if not all(ranges):
            continue
        earliest = max(dt.date.fromisoformat(low[:10]) for low, _ in ranges) - dt.timedelta(days=UNDATED_PAST_WINDOW_DAYS)
        latest = min(dt.date.fromisoformat(high[:10]) for _, high in ranges)
        if earliest <= latest:
            event.date_range, event.dated_by = [earliest.isoformat(), latest.isoformat()], "inferred"


def undated_near(store: Store, doc_ids: list[str]) -> list[Document]:
    """Stored redatable documents that new dated documents copy, are copied by, or resemble, and,
    when new dated documents came, those whose range rests on the story's dated coverage, chose
    (or could choose) among windows by it, rests on the dated neighbours' window (which that coverage
    bounds), counts time since a happening ("months since the": the day the coverage places it on may
    move), whose range holds every day of the new coverage, or that have none: the ones whose coverage
    clues the new documents change."""
    from storyline.dedup.index import CopyIndex

    copy_index = CopyIndex(store.conn)
    dated = _source_dated(store, doc_ids)
    related = set(store.copies_of(list(dated)))
    for doc in store.documents(list(dated)):
        related |= {doc.copy_of} if doc.copy_of else set()
        related |= {other for other, score in copy_index.similar(doc.id) if score >= MIN_NEIGHBOUR_JACCARD}
    if dated:
        related |= set(undated_resting_on(store, STORY_REASON, WINDOW_CHOICE_REASONS + (NEIGHBOURS_REASON, STORY_HELD_REASON)))
        span = dated_span(store, SOURCE_DATED)
        related |= set(undated_spanning(store, *span[:2])) if span else set()  # may now rest on STORY_HELD_REASON
        related |= set(undated_holding(store, ELAPSED_FRAGMENTS))  # the days its happenings are placed on may move
    return [doc for doc in store.documents(sorted(related - set(doc_ids))) if redatable(doc)]
