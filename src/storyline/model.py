"""The data model: plain data classes that flow between the pipeline stages.

ingest -> RawDocument; clean -> Document; nlp -> Mention/Quote/Timex per document;
dedup -> CopyLink; story -> Entity/Event/Position. Offsets are always character
offsets into `Document.text` (the cleaned body).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


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
    format: str = "text"  # text | html | jsonl | feed | warc
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
    published_how: str | None = None  # metadata | dateline | inferred | given | None
    published_reasons: list[str] = field(default_factory=list)  # the clues an inferred date or range rests on
    removed: list[str] = field(default_factory=list)
    content_hash: str = ""
    copy_of: str | None = None
    copy_kind: str | None = None  # exact | near | rewrite | None


@dataclass
class Mention:
    """A named-entity mention in one document (before cross-document linking)."""

    doc: str
    start: int
    end: int
    text: str
    label: str  # PERSON | ORG | GPE | LOC | NORP | EVENT | OTHER
    used_as: str | None = None  # how the sentence uses the name: "place" (in Brega), "person" (X said), "thing" (the X)


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
    kind: str  # direct | indirect | mixed
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


@dataclass
class Timex:
    doc: str
    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str | None  # TIMEX3 value: 2025-02-12, 2025-W07, 2025-10, P3Y, PRESENT_REF ...
    anchor: str | None  # the date the value was resolved against
    rule: str | None = None  # JSON of the unresolved form, so a new anchor re-resolves it (nlp.time.rule.TimeRule)
    mod: str | None = None  # TIMEX3 mod: START | END | MID | APPROX | MORE_THAN ...


@dataclass
class Entity:
    id: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    roles: list[dict[str, Any]] = field(default_factory=list)  # {"role", "org", "doc"}
    mentions: list[dict[str, Any]] = field(default_factory=list)  # {"doc", "start", "end"}


@dataclass
class CopyLink:
    """`doc` copies `original`; evidence holds aligned (copy sentence, original sentence, score)."""

    doc: str
    original: str
    kind: str  # exact | near | rewrite
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
    status: str  # happened | planned | reported | denied | called off
    date: str | None = None
    date_range: list[str] | None = None
    participants: list[str] = field(default_factory=list)  # mention texts as written
    location: str | None = None
    duration: str | None = None
    trigger: str | None = None
    roles: list[str] = field(default_factory=list)  # per participant: agent | patient | with
    object: str | None = None  # what the act is about when no one named: "territorial concessions"
    background: bool = False  # told as history behind the news ("which started three years ago when ...")


@dataclass
class Event:
    id: str
    type: str
    date: str | None
    date_range: list[str] | None
    participants: list[str]  # entity ids
    location: str | None
    summary: str
    status: str
    mentions: list[dict[str, Any]] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    independent_sources: int = 0
    duration: str | None = None
    roles: dict[str, list[str]] = field(default_factory=dict)  # agent / patient / with -> entity ids
    object: str | None = None
    background: bool = False  # every mention tells it as history (the timeline adds the story's span)


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


@dataclass
class Position:
    actor: str  # entity id
    topic: str  # the specific issue
    stance: str
    date: str | None
    quote: str | None
    evidence: dict[str, Any] = field(default_factory=dict)  # the best statement: {"doc", "start", "end"}
    issue_family: str | None = None
    date_range: list[str] | None = None
    previous: str | None = None  # the stance this actor held on the issue before this one
    # every statement of it: {"doc", "start", "end", "date", "quote"} (dates let additions re-merge)
    mentions: list[dict[str, Any]] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    independent_sources: int = 0
    # statements by other sources of the same time giving this actor another stance on the issue
    contradicted_by: list[dict[str, Any]] = field(default_factory=list)


def to_dict(obj: Any) -> dict[str, Any]:
    return asdict(obj)


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
    """Builds a data class from stored JSON, ignoring keys a newer or older version wrote."""
    names = {f for f in cls.__dataclass_fields__}
    return cls(**{key: value for key, value in data.items() if key in names})
