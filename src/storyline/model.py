"""The data model: plain data classes that flow between the pipeline stages.

ingest -> RawDocument; clean -> Document; nlp -> Mention/Quote/Timex per document;
dedup -> CopyLink; story -> Entity/Event/Position. Offsets are always character
offsets into `Document.text` (the cleaned body).
"""
from __future__ import annotations

import copy
from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any, Literal, TypedDict

# --- kinds: the values a field takes ------------------------------------------------------------

InputFormat = Literal["text", "html", "jsonl", "feed", "warc"]
DatedHow = Literal["metadata", "dateline", "inferred", "given"]  # where a publication date came from
CopyKind = Literal["exact", "near", "rewrite"]
EntityType = Literal["PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "OTHER"]
UsedAs = Literal["place", "person", "owner", "thing", "organisation", "modifier"]  # how a sentence uses a name: in Brega, X said, X's, the X, director of X, the X rig
QuoteKind = Literal["direct", "indirect", "mixed"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
EventStatus = Literal["happened", "planned", "reported", "denied", "called off"]
ParticipantRole = Literal["agent", "patient", "with"]


# --- records nested in the data classes (kept as JSON objects in the store and the export) --------

class Span(TypedDict):
    """A stretch of one document's text."""

    doc: str
    start: int
    end: int


class HeldRole(TypedDict):
    """A title or function an entity holds, as one document states it."""

    role: str
    org: str | None
    doc: str
    date: str | None


class Statement(Span, total=False):
    """One statement of a position: its span, when it was made, the quote it is in."""

    date: str | None
    date_range: list[str | None] | None
    quote: str | None
    earlier: bool  # held before the sentence's date ("an earlier demand")
    before: str | None


class Contradiction(Span):
    """Another source's statement of the same time giving the actor another stance."""

    stance: str


@dataclass
class RawDocument:
    """What a reader found: one article before cleaning. Exactly one of text/html is set."""

    source: str  # path, URL or "-" (with a position suffix for multi-record inputs)
    text: str | None = None
    html: str | None = None
    title: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date from metadata, if any
    outlet: str | None = None
    author: str | None = None
    format: InputFormat = "text"
    warnings: list[str] = field(default_factory=list)  # fields a reader ignored, one line each


@dataclass
class Document:
    id: str
    source: str
    text: str
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    url: str | None = None
    published: str | None = None
    published_range: list[str] | None = None  # [earliest, latest] when only a range is known
    published_how: DatedHow | None = None
    published_reasons: list[str] = field(default_factory=list)  # the clues an inferred date or range rests on
    removed: list[str] = field(default_factory=list)
    content_hash: str = ""
    copy_of: str | None = None
    copy_kind: CopyKind | None = None


@dataclass
class Mention:
    """A named-entity mention in one document (before cross-document linking)."""

    doc: str
    start: int
    end: int
    text: str
    label: EntityType
    used_as: UsedAs | None = None
    honorific: str | None = None  # the courtesy title written before it, lower case without a dot ("mr", "mrs")
    modifies: str | None = None  # a modifier's noun, lower case: "administration" of "the Obama administration"
    # a clause's subject ("Eric Trump called"), not an object or a modifier ("a photo of Heidi Cruz")
    subject: bool = False


@dataclass
class Role:
    """A title or function held by a person, as stated in one document."""

    person_start: int
    person_end: int
    person_text: str
    role: str
    org: str | None
    doc: str
    date: str | None = None


@dataclass
class Quote:
    id: str
    doc: str
    text: str
    start: int
    end: int
    kind: QuoteKind
    speaker: str | None = None  # entity id, filled in when entities are linked
    speaker_text: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    date: str | None = None
    # The entity mention the speaker stands for: the name inside the speaker phrase, or for a
    # pronoun speaker ("she said") its antecedent. None when no named entity fits ("one diplomat").
    speaker_ref_start: int | None = None
    speaker_ref_end: int | None = None
    speaker_ref_text: str | None = None
    # The cue denies rather than asserts the content ("never said", "denied saying"): the speaker
    # did not say it. Exported with the contract's quote fields.
    negated: bool = False
    # A statement of a known speaker (nlp.quotes.statements): what quote listings show by default.
    # False for sourceless beliefs, unresolved pronouns, listings, noun phrases: kept, exported.
    statement: bool = True
    # A quote interrupted by its own cue and speaker ('"We will," he said, "fight on."'): the quoted parts'
    # [start, end] without their marks. `text` and the offsets stay the whole span (PolNeAR draws one span over
    # the parts, the contract holds the text to its offsets); listings show the parts (export.records.shown_text).
    parts: list[list[int]] | None = None


@dataclass
class Timex:
    doc: str
    start: int
    end: int
    text: str
    type: TimexType
    value: str | None  # TIMEX3 value: 2025-02-12, 2025-W07, 2025-10, P3Y, PRESENT_REF ...
    anchor: str | None  # the date the value was resolved against
    rule: str | None = None  # JSON of the unresolved form, so a new anchor re-resolves it (nlp.time.rule.TimeRule)
    mod: str | None = None  # TIMEX3 mod: START | END | MID | APPROX | MORE_THAN ...


@dataclass
class Entity:
    id: str
    name: str
    type: EntityType
    aliases: list[str] = field(default_factory=list)
    roles: list[HeldRole] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    # how many 'he' ("male") and 'she' ("female") speakers the coverage's quotes resolve to this person
    pronoun_sexes: dict[str, int] = field(default_factory=dict)


@dataclass
class CopyLink:
    """`doc` copies `original`; evidence holds aligned (copy sentence, original sentence, score)."""

    doc: str
    original: str
    kind: CopyKind
    score: float
    evidence: list[tuple[str, str, float]] = field(default_factory=list)


@dataclass
class EventMention:
    """One sentence reporting something that happened (or will, or is said to have)."""

    doc: str
    start: int
    end: int
    sentence: str
    type: str
    status: EventStatus
    date: str | None = None
    date_range: list[str] | None = None
    participants: list[str] = field(default_factory=list)  # mention texts as written
    location: str | None = None
    duration: str | None = None
    trigger: str | None = None
    roles: list[ParticipantRole] = field(default_factory=list)  # one per participant
    object: str | None = None  # what the act is about when no one named: "territorial concessions"
    background: bool = False  # told as history behind the news ("which started three years ago when ...")
    dated_by: str = ""  # what gave its date: "own" clause, a "saying" or other clause, the "sentence", "publication", "inferred"
    realis: bool = True  # told as done, not as a possibility, forecast, plan or present scene
    # the clause ("own"/"saying") of a time expression the article's date could not value yet: what
    # `dated_by` becomes when a redating values it, whatever dated the mention meanwhile
    pending_basis: str = ""
    clause: str | None = None  # the trigger's clause cut to who did what ('BP will pay $20bn into a clean-up fund')
    count: str | None = None  # the number the act is told with: '149' people died, killed '60', '19' deaths (a tally)


@dataclass
class Event:
    id: str
    type: str
    date: str | None
    date_range: list[str] | None
    participants: list[str]  # entity ids
    location: str | None
    summary: str
    status: EventStatus
    mentions: list[Span] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    independent_sources: int = 0
    duration: str | None = None
    roles: dict[ParticipantRole, list[str]] = field(default_factory=dict)  # role -> entity ids
    object: str | None = None
    background: bool = False  # every mention tells it as history (the timeline adds the story's span)
    dated_by: str = ""  # what dated its evidence sentence (EventMention.dated_by; "" for older analyses)
    realis: bool = True  # its evidence sentence tells it as done
    clause: str | None = None  # its evidence mention's `EventMention.clause`: the headline when the frame is unsure


@dataclass
class Claim:
    """One sentence saying that someone holds a stance on an issue, before holders are linked to
    entities: "Putin demanded that Ukraine cede Donetsk" (holder Putin, issue Donetsk, demand)."""

    doc: str
    start: int  # the evidence: the sentence stating it
    end: int
    holder_start: int  # the holder as written ("Putin", "we" inside a quote)
    holder_end: int
    holder_text: str
    issue: str  # the specific issue: "Donetsk", "ceasefire", "NATO membership"
    issue_family: str  # its family in story.lexicon.ISSUE_FAMILIES: territory, ceasefire, security ...
    stance: str  # one of story.lexicon.STANCES
    cue: str  # the words that carry the stance ("demanded", "backed off")
    date: str | None = None
    date_range: list[str] | None = None
    quote: str | None = None  # the quote the claim is stated in, when the holder is its speaker
    earlier: bool = False  # "an earlier demand": held before the sentence's date
    action: bool = False  # an issue outside the taxonomy that is something to do ("release the video")
    listed: bool = True  # shown by default (story.positions.claims.listing_by_the_word); every claim is stored
    listing: str = ""  # why it is or is not shown by default ('a directive to a named party'); "": not read
    measure: bool = False  # an issue outside the taxonomy naming a measure on one of it ("a moratorium on charter schools")
    # what of a taxonomy issue the sentence is about, when its word only modifies it ("tax treatment" of "eliminating
    # the tax treatment of carried interest"); "" when the issue's word names it ("lower taxes"); None: not read
    detail: str | None = None


@dataclass
class Position:
    actor: str  # entity id
    topic: str  # the specific issue
    stance: str
    date: str | None
    quote: str | None
    evidence: Span | dict = field(default_factory=dict)  # the best statement
    issue_family: str | None = None
    date_range: list[str | None] | None = None  # [earliest, latest]; an open end is None
    previous: str | None = None  # the stance this actor held on the issue before this one
    mentions: list[Statement] = field(default_factory=list)  # every statement of it (dates let additions re-merge)
    sources: list[str] = field(default_factory=list)
    independent_sources: int = 0
    # statements by other sources of the same time giving this actor another stance on the issue
    contradicted_by: list[Contradiction] = field(default_factory=list)
    listed: bool = True  # shown by `storyline positions` without --all: one of its statements is listed
    listing: str = ""  # why its evidence is or is not listed (`Claim.listing`); "": stored before it was kept
    # its place in the actor's ledger on the issue (0 first; each later one changed from the one before,
    # `previous`): the one order the store, CLI, web and export list positions in (docs/positions.md)
    step: int = 0


def to_dict(obj: Any) -> dict[str, Any]:
    """`dataclasses.asdict(obj)`, with Python 3.12's fast path for values of an immutable built-in type (kept, not
    deep-copied one by one, which was most of the CPU of storing an analysis on 3.11)."""
    return _plain(obj)


_ATOMIC_TYPES = frozenset({type(None), bool, int, float, str, complex, bytes})
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _plain(obj: Any) -> Any:
    """`dataclasses._asdict_inner` with `dict` as the dict factory, atoms returned as they are."""
    kind = type(obj)
    if kind in _ATOMIC_TYPES:
        return obj
    names = _FIELD_NAMES.get(kind)
    if names is None and is_dataclass(obj) and not isinstance(obj, type):
        names = _FIELD_NAMES[kind] = tuple(f.name for f in fields(obj))
    if names is not None:
        return {name: _plain(getattr(obj, name)) for name in names}
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return kind(*[_plain(value) for value in obj])
    if isinstance(obj, (list, tuple)):
        return kind(_plain(value) for value in obj)
    if isinstance(obj, dict):
        return kind((_plain(key), _plain(value)) for key, value in obj.items())
    return copy.deepcopy(obj)


@dataclass
class DocumentAnalysis:
    """Everything the per-document NLP stage found in one document."""

    sentences: list[tuple[int, int]] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    event_mentions: list[EventMention] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)


def from_dict(cls: type, data: dict[str, Any]):
    """Builds a data class from stored JSON, ignoring keys a newer or older version wrote (looked up in
    the class's field dict itself: a story build reads every stored record through here)."""
    names = cls.__dataclass_fields__
    return cls(**{key: value for key, value in data.items() if key in names})


ANALYSIS_PARTS: dict[str, type] = {"mentions": Mention, "roles": Role, "quotes": Quote, "timexes": Timex,
                                   "event_mentions": EventMention, "claims": Claim}


def analysis_to_dict(analysis: DocumentAnalysis) -> dict[str, list]:
    """The one serialised form of an analysis: each part as a list of JSON objects (sentences as pairs)."""
    return {"sentences": [list(pair) for pair in analysis.sentences],
            **{part: [to_dict(item) for item in getattr(analysis, part)] for part in ANALYSIS_PARTS}}


def analysis_from_dict(data: dict[str, list]) -> DocumentAnalysis:
    """`analysis_to_dict` read back; parts an older version did not write are empty."""
    return DocumentAnalysis(sentences=[tuple(pair) for pair in data.get("sentences", [])],
                            **{part: [from_dict(cls, item) for item in data.get(part, [])]
                               for part, cls in ANALYSIS_PARTS.items()})
