"""The HTTP API's response models: the contract's records (../shared/CONTRACT.md, `storyline.model`)
as pydantic models, so `/docs` shows every response's schema and FastAPI validates what it sends.

Records allow extra fields: a field the story gains reaches API clients before its model names it.
"""
from __future__ import annotations

from typing import Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field

Day = str  # ISO YYYY-MM-DD (the store's dates; a range is [earliest, latest])


class Record(BaseModel):
    model_config = ConfigDict(extra="allow")


class Span(Record):
    doc: str
    start: int = Field(description="character offset into the document's text")
    end: int


class Role(Record):
    role: str
    org: str | None = None
    doc: str | None = None


class CopyInfo(Record):
    original: str
    kind: str = Field(description="exact, near or rewrite")
    score: float


class DocumentSummary(Record):
    """A document without its text."""
    id: str
    source: str = Field(description="path or URL it was read from")
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    url: str | None = None
    published: Day | None = None
    published_range: list[Day] | None = None
    published_how: str | None = Field(None, description="metadata, dateline, inferred or given")
    published_reasons: list[str] | None = None
    copy_of: str | None = None
    copy_kind: str | None = None
    story: str | None = Field(None, description="the story cluster the document joined")
    label: str | None = Field(None, description="how to name it: title, else URL, else first sentence")
    length: int | None = Field(None, description="characters of text")


class Quote(Record):
    id: str
    doc: str
    text: str
    start: int
    end: int
    kind: str = Field(description="direct, indirect or mixed")
    speaker: str | None = Field(None, description="entity id")
    speaker_text: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    date: Day | None = None


class EventMentionSpan(Span):
    pass


class Event(Record):
    id: str
    type: str
    date: Day | None = None
    date_range: list[Day] | None = None
    participants: list[str] = Field(default_factory=list, description="entity ids")
    location: str | None = None
    summary: str
    headline: str | None = None
    status: str = Field(description="happened, planned, reported, denied or called off")
    salience: float | None = None
    background: bool | None = None
    mentions: list[Span] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list, description="document ids")
    independent_sources: int = 0


class Position(Record):
    actor: str = Field(description="entity id")
    topic: str
    issue_family: str | None = None
    stance: str
    date: Day | None = None
    date_range: list[Day] | None = None
    previous: str | None = None
    quote: str | None = Field(None, description="quote id")
    evidence: Span | None = None
    mentions: list[Span] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list)
    independent_sources: int | None = None


class ActorName(Record):
    id: str
    name: str
    type: str = Field(description="PERSON, ORG, GPE, LOC, NORP, EVENT or OTHER")
    aliases: list[str] = Field(default_factory=list)
    roles: list[Role] = Field(default_factory=list)


class Entity(ActorName):
    mentions: list[Span] = Field(default_factory=list)


class Actor(ActorName):
    """An actor in a list: counts instead of mentions (`/api/entities/{id}` has those)."""
    mention_count: int
    quote_count: int
    position_count: int


class CopyLink(Record):
    doc: str
    original: str
    kind: str
    score: float
    evidence: list = Field(default_factory=list, description="aligned passage pairs")


Item = TypeVar("Item")


class Page(BaseModel, Generic[Item]):
    """One page of a list; pass `next` back as `after` for the following page (null: the last)."""
    items: list[Item]
    next: str | None = None


class Health(BaseModel):
    status: str
    documents: int


class Excerpt(BaseModel):
    before: str
    span: str
    after: str


class MentionInContext(Span):
    title: str | None = None
    outlet: str | None = None
    published: Day | None = None
    excerpt: Excerpt


class EventDetail(BaseModel):
    event: Event
    mentions: list[MentionInContext]
    sources: list[DocumentSummary]
    quotes: list[Quote]


class EventInDocument(BaseModel):
    event: str
    type: str
    start: int
    end: int


class DocumentDetail(DocumentSummary):
    text: str
    removed: list[str] = Field(default_factory=list)
    quotes: list[Quote]
    event_mentions: list[EventInDocument]


class ActorDetail(BaseModel):
    entity: Entity
    quotes: list[Quote]
    positions: list[Position]
    events: list[Event]


class GraphNode(BaseModel):
    id: str
    name: str
    type: str
    mentions: int | None = None


class GraphEdge(BaseModel):
    source: str
    target: str
    events: list[str]
    count: int


class Graph(BaseModel):
    nodes: list[GraphNode]
    edges: list[GraphEdge]


class OutletCount(BaseModel):
    outlet: str
    documents: int
    originals: int
    copies: int


class CopyTreeNode(BaseModel):
    id: str
    title: str | None = None
    label: str | None = None
    source: str | None = None
    outlet: str | None = None
    published: Day | None = None
    kind: str | None = None
    score: float | None = None
    children: list[CopyTreeNode] = Field(default_factory=list)


class EventSourceCount(BaseModel):
    id: str
    summary: str
    date: Day | None = None
    date_range: list[Day] | None = None
    sources: int
    independent_sources: int


class SourcesOverview(BaseModel):
    documents: list[DocumentSummary]
    outlets: list[OutletCount]
    copies: list[CopyLink]
    tree: list[CopyTreeNode]
    independent_documents: int
    events: list[EventSourceCount]


class SearchHit(Record):
    doc: str
    start: int
    end: int
    text: str
    score: float
    title: str | None = None
    date: Day | None = None
    outlet: str | None = None
    match: str | None = Field(None, description="text, semantic or both")


class SearchResults(BaseModel):
    query: str
    mode: str
    results: list[SearchHit]


class Job(Record):
    """An ingest job (`storyline.web.jobs.Job`) as it stands."""
    id: str
    kind: str = Field(description="text, files or url")
    state: str = Field(description="queued, running, done or failed")
    stage: str = Field(description="waiting, reading, analysing, rebuilding or finished")
    total: int = 0
    processed: int = 0
    new: int = 0
    duplicate: int = 0
    failed: int = 0
    errors: list[str] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    new_ids: list[str] = Field(default_factory=list)
    inputs: list[dict] = Field(default_factory=list, description="per input: what was read, new, duplicate, failed")
    created: float
