"""The HTTP API's response models: the contract's records (../shared/CONTRACT.md) built from the data
classes of `storyline.model`, so `/docs` shows every response's real schema (kinds as enums) and a
field added to a data class reaches the API's schema without a second copy here.

Records allow extra fields: a field the story gains reaches API clients before its model names it.
"""
from __future__ import annotations

import dataclasses
import types
import typing
from typing import Any, Generic, TypeVar, Union

from pydantic import BaseModel, ConfigDict, Field, create_model

from storyline import model
from storyline.web import jobs

Day = str  # ISO YYYY-MM-DD (the store's dates; a range is [earliest, latest])


class Record(BaseModel):
    model_config = ConfigDict(extra="allow")


def nested_model(record: type, name: str | None = None, descriptions: dict[str, str] | None = None) -> type[BaseModel]:
    """A pydantic record with the keys of one of the model's nested records (a TypedDict of
    `storyline.model`): a key that may be left out or be None defaults to None."""
    descriptions = descriptions or {}
    fields: dict[str, Any] = {}
    for key, hint in typing.get_type_hints(record).items():
        optional = key in record.__optional_keys__ or type(None) in typing.get_args(hint)
        fields[key] = (hint | None if optional else hint, Field(None if optional else ..., description=descriptions.get(key)))
    made = create_model(name or record.__name__, __base__=Record, __module__=__name__, **fields)
    made.__doc__ = record.__doc__
    return made


Span = nested_model(model.Span, descriptions={"start": "character offset into the document's text"})
Role = nested_model(model.HeldRole, "Role")
Statement = nested_model(model.Statement, descriptions={"quote": "quote id"})
Contradiction = nested_model(model.Contradiction)

# The model's nested records (TypedDicts) as the pydantic models above.
NESTED: dict[Any, type[BaseModel]] = {model.Span: Span, model.HeldRole: Role, model.Statement: Statement,
                                      model.Contradiction: Contradiction}


def _api_type(hint: Any) -> Any:
    """A data class field's type with the model's nested records swapped for their pydantic models."""
    if hint in NESTED:
        return NESTED[hint]
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if not args or origin is typing.Literal:
        return hint
    swapped = tuple(_api_type(arg) for arg in args)
    if origin in (Union, types.UnionType):
        return Union[swapped]
    return origin[swapped]


def record_model(cls: type, name: str | None = None, omit: tuple[str, ...] = (), then: type[BaseModel] | None = None,
                 descriptions: dict[str, str] | None = None, doc: str | None = None) -> type[BaseModel]:
    """A pydantic record with the fields of the data class `cls` (types and defaults; a field that
    may be None defaults to None) less `omit`, followed by the fields of `then`."""
    hints = typing.get_type_hints(cls)
    descriptions = descriptions or {}
    fields: dict[str, Any] = {}
    for field in dataclasses.fields(cls):
        if field.name in omit:
            continue
        hint = _api_type(hints[field.name])
        if field.default_factory is not dataclasses.MISSING:
            info = Field(default_factory=field.default_factory, description=descriptions.get(field.name))
        else:
            default = field.default if field.default is not dataclasses.MISSING else \
                None if type(None) in typing.get_args(hint) else ...
            info = Field(default, description=descriptions.get(field.name))
        fields[field.name] = (hint, info)
    for field_name, info in (then.model_fields.items() if then else ()):
        fields[field_name] = (info.annotation, info)
    made = create_model(name or cls.__name__, __base__=Record, __module__=__name__, **fields)
    made.__doc__ = doc or cls.__doc__
    return made


class CopyInfo(Record):
    original: str
    kind: model.CopyKind
    score: float


class DocumentFrame(BaseModel):
    """What a listing adds to a stored document."""
    story: str | None = Field(None, description="the story cluster the document joined")
    label: str | None = Field(None, description="how to name it: title, else URL, else first sentence")
    length: int | None = Field(None, description="characters of text")


DocumentSummary = record_model(model.Document, "DocumentSummary", omit=("text", "removed", "content_hash"),
                               then=DocumentFrame, doc="A document without its text.",
                               descriptions={"source": "path or URL it was read from"})

Quote = record_model(model.Quote, descriptions={"speaker": "entity id"})


class EventFrame(BaseModel):
    """What the timeline adds to a stored event, read against the whole story."""
    headline: str | None = None
    salience: float | None = None
    timeline_date: Day | None = Field(None, description="with dates: the day the event stands for")


Event = record_model(model.Event, then=EventFrame, descriptions={"participants": "entity ids", "sources": "document ids"})

Position = record_model(model.Position, descriptions={"actor": "entity id", "quote": "quote id"})

Entity = record_model(model.Entity)
ActorName = record_model(model.Entity, "ActorName", omit=("mentions",), doc="An entity's names, type and roles.")


class Actor(ActorName):
    """An actor in a list: counts instead of mentions (`/api/entities/{id}` has those)."""
    mention_count: int
    quote_count: int
    position_count: int


CopyLink = record_model(model.CopyLink, descriptions={"evidence": "aligned passage pairs"})


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
    copy_of_label: str | None = Field(None, description="the original's name (title, URL or first sentence)")
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


class CopyTreeNode(DocumentSummary):
    """A document in the copy tree: its summary, how it copies its parent (kind, score), the
    documents that copy it."""
    kind: model.CopyKind | None = None
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


class SearchHit(Span):
    """A passage found: its span in the document, its text and how well it matched."""
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


Job = record_model(jobs.Job, doc="An ingest job (`storyline.web.jobs.Job`) as it stands.", descriptions={
    "kind": "text, files or url", "state": "queued, running, done or failed",
    "stage": "waiting, reading, analysing, rebuilding or finished",
    "inputs": "per input: what was read, new, duplicate, failed"})
