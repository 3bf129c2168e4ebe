"""The HTTP API under /api: every web view's data as JSON in the shape of the contract records."""
from __future__ import annotations

import base64
import json
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator
from datetime import date
from typing import Annotated, Any, TypeVar

from fastapi import APIRouter, Depends, File, HTTPException, Query, Request, UploadFile
from fastapi.responses import Response
from pydantic import BaseModel, Field

from storyline import search as passage_search
from storyline.export.records import (
    keyed_documents,
    keyed_events,
    keyed_positions,
    keyed_quotes,
    summarised_timeline_records,
    timeline_records,
    with_frame,
)
from storyline.store import Store
from storyline.store import queries
from storyline.store.queries import entity_names, keyed_actors
from storyline.story.build import STORY_MARKER
from storyline.web import models
from storyline.web import views
from storyline.web.jobs import QueueFull, pasted_text_reader, uploaded_files_reader, url_reader

MAX_PASTED_CHARS = 2_000_000
MAX_UPLOAD_FILES = 50
MAX_UPLOAD_BYTES = 20 * 1024 * 1024  # all files of one upload together
# Request bodies (FastAPI's max_body_size): the app default is small, the ingest routes get more.
DEFAULT_BODY_LIMIT = 64 * 1024
TEXT_BODY_LIMIT = 8 * 1024 * 1024  # 2M characters, JSON-escaped
UPLOAD_BODY_LIMIT = MAX_UPLOAD_BYTES + 1024 * 1024  # the files plus multipart overhead
URL_BODY_LIMIT = 16 * 1024
MAX_OFFSET = 2**31 - 1  # far beyond any store; SQLite takes up to 2**63 - 1, Python more

router = APIRouter(prefix="/api")


def open_store(request: Request) -> Iterator[Store]:
    """One read-only connection per request: SQLite connections are cheap and then never shared by threads."""
    store = Store(request.app.state.db_path, readonly=True)
    try:
        yield store
    finally:
        store.close()


class StoryListings:
    """Listings computed from the whole story (the default and summarised timelines, the sources
    overview), kept per app until the story changes: every request of a page would otherwise rank
    every stored event again. The key starts with the story marker that each story build writes."""

    def __init__(self, size: int = 64):
        self.size = size
        self.entries: OrderedDict[tuple, Any] = OrderedDict()
        self.lock = threading.Lock()

    def get(self, store: Store, key: tuple, compute: Callable[[], Any]) -> Any:
        key = (store.get_state(STORY_MARKER), *key)
        with self.lock:
            if key in self.entries:
                self.entries.move_to_end(key)
                return self.entries[key]
        value = compute()
        with self.lock:
            self.entries[key] = value
            while len(self.entries) > self.size:
                self.entries.popitem(last=False)
        return value

    def json(self, store: Store, key: tuple, compute: Callable[[], Any], model: type[BaseModel]) -> Response:
        """The listing as its response model's JSON, serialised once per story: checking and
        encoding a large listing (the sources overview) costs more than computing it from the store."""
        body = self.get(store, ("json", *key), lambda: model.model_validate(compute()).model_dump_json().encode())
        return Response(body, media_type="application/json")


def story_listings(request: Request) -> StoryListings:
    return request.app.state.story_listings


StoreDep = Annotated[Store, Depends(open_store)]
ListingsDep = Annotated[StoryListings, Depends(story_listings)]


def iso_date(value: str | None, name: str) -> str | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        raise HTTPException(422, f"{name}: not a YYYY-MM-DD date: {value!r}")


T = TypeVar("T")


def not_found(what: str, key: str) -> HTTPException:
    return HTTPException(404, f"no {what} {key!r}")


def found(record: T | None, what: str, key: str) -> T:
    """The record, or a 404 naming what was asked for."""
    if record is None:
        raise not_found(what, key)
    return record


# --- reading ---------------------------------------------------------------------------------

PageSize = Annotated[int, Query(ge=1, le=1000, description="at most this many items")]
After = Annotated[str | None, Query(max_length=2000, description="the `next` token of the previous page")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, deprecated=True, description="rows to skip (use `after`)")]


def page_of(rows, limit: int) -> dict[str, Any]:
    """The first `limit` of (record, key) rows and the token of the next page (None: the last)."""
    items, last_key = [], None
    for record, key in rows:
        if len(items) == limit:
            return {"items": items, "next": encode_token(last_key)}
        items.append(record)
        last_key = key
    return {"items": items, "next": None}


def encode_token(key: list) -> str:
    return base64.urlsafe_b64encode(json.dumps(key, separators=(",", ":")).encode()).decode().rstrip("=")


def decode_token(token: str | None, size: int) -> list | None:
    """The key a `next` token carries; a token not made here is a 422."""
    if not token:
        return None
    try:
        key = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
    except ValueError:
        key = None
    if not isinstance(key, list) or len(key) != size or not all(isinstance(v, (str, int, type(None))) for v in key):
        raise HTTPException(422, "after: not a `next` token of this list")
    return key


def day(value: date | None) -> str | None:
    return value.isoformat() if value else None


@router.get("/health", tags=["meta"])
def health(store: StoreDep) -> models.Health:
    return models.Health(status="ok", documents=store.document_count())


@router.get("/timeline", tags=["timeline"],
            summary="The story's important happenings oldest first, one per event, with headline and sources "
                    "(paged: `next`)")
def timeline(store: StoreDep, listings: ListingsDep, actor: str | None = Query(None, description="name, alias or surname"),
             since: date | None = None, until: date | None = None,
             all: bool = Query(False, description="every event, background and undated ones too"),
             dates: int | None = Query(None, ge=1, le=1_000, description="a summarised timeline of N dates"),
             per_date: int = Query(1, ge=1, le=100, description="with dates: events per date"),
             limit: PageSize = 100, after: After = None, offset: Offset = 0) -> models.Page[models.Event]:
    """The same functions and order as `storyline timeline` (docs/timeline.md)."""
    key = decode_token(after, 2)
    if all:
        rows = keyed_events(store, actor=actor, since=day(since), until=day(until), limit=limit + 1, offset=offset,
                            after=key)
        page = page_of(rows, limit)
        page["items"] = with_frame(store, page["items"])
        return page
    if dates:
        records = listings.get(store, ("summarised", dates, per_date, actor, since, until), lambda: summarised_timeline_records(
            store, dates, per_date, actor=actor, since=day(since), until=day(until)))
    else:
        records = listings.get(store, ("timeline", actor, since, until), lambda: timeline_records(
            store, actor=actor, since=day(since), until=day(until)))
    return page_of(after_key(records, key)[offset:], limit)


def after_key(records: list[dict[str, Any]], key: list | None) -> list[tuple[dict[str, Any], list]]:
    """A chosen timeline (a list computed whole) as (record, key [id, position]) rows after `key`:
    after that event where it still is, else after its former position."""
    rows = [(record, [record["id"], index]) for index, record in enumerate(records)]
    if not key:
        return rows
    event_id, position = key
    found = next((index for index, record in enumerate(records) if record["id"] == event_id), None)
    start = found + 1 if found is not None else (position + 1 if isinstance(position, int) else 0)
    return rows[start:]


@router.get("/events/{event_id}", tags=["timeline"], summary="One event with its evidence spans, sources and quotes")
def event(event_id: str, store: StoreDep) -> models.EventDetail:
    return found(views.event_detail(store, event_id), "event", event_id)


@router.get("/documents", tags=["sources"], summary="Documents without their text, in stored order (paged: `next`)")
def documents(store: StoreDep, outlet: str | None = None, limit: PageSize = 100,
              after: After = None) -> models.Page[models.DocumentSummary]:
    return page_of(keyed_documents(store, outlet=outlet, limit=limit + 1, after=decode_token(after, 1)), limit)


@router.get("/documents/{document_id}", tags=["sources"], summary="One document with its text, quotes and event spans")
def document(document_id: str, store: StoreDep) -> models.DocumentDetail:
    return found(views.document_detail(store, document_id), "document", document_id)


@router.get("/sources", tags=["sources"], summary="Outlets, documents, the copy/rewrite tree, independent counts",
            response_model=models.SourcesOverview)
def sources(store: StoreDep, listings: ListingsDep) -> Response:
    return listings.json(store, ("sources",), lambda: views.sources_overview(store), models.SourcesOverview)


@router.get("/entities", tags=["actors"], summary="Actors with roles and counts, most mentioned first (paged: `next`)")
def entities(store: StoreDep, type: str | None = Query(None, description="PERSON, ORG, GPE, LOC, NORP, EVENT or OTHER"),
             limit: PageSize = 100, after: After = None) -> models.Page[models.Actor]:
    page = page_of(keyed_actors(store, entity_type=type.upper() if type else None, limit=limit + 1,
                                after=decode_token(after, 3)), limit)
    page["items"] = views.with_counts(store, page["items"])
    return page


@router.get("/entities/{entity_id}", tags=["actors"], summary="One actor's quotes, positions and events over time")
def entity(entity_id: str, store: StoreDep) -> models.ActorDetail:
    return found(views.actor_detail(store, entity_id), "actor", entity_id)


@router.get("/graph", tags=["actors"], summary="Who talked to whom: people and organisations in the same call, meeting, negotiation or visit")
def graph(store: StoreDep) -> models.Graph:
    return views.talk_graph(store)


@router.get("/quotes", tags=["actors"], summary="Who said what, oldest first (paged: `next`)")
def quotes(store: StoreDep, speaker: str | None = Query(None, description="name, alias or surname"),
           about: str | None = Query(None, description="words the quote contains"),
           all: bool = Query(False, description="every stored attribution, not only statements of a known speaker"),
           limit: PageSize = 100, after: After = None, offset: Offset = 0) -> models.Page[models.Quote]:
    return page_of(keyed_quotes(store, speaker=speaker, about=about, limit=limit + 1, offset=offset,
                                after=decode_token(after, 3), statements_only=not all), limit)


@router.get("/positions", tags=["actors"], summary="Each actor's positions, per issue in ledger order (paged: `next`)")
def positions(store: StoreDep, actor: str | None = Query(None, description="name, alias or surname"),
              all: bool = Query(False, description="every stored position, not only the listed ones (docs/positions.md)"),
              limit: PageSize = 100, after: After = None) -> models.Page[models.Position]:
    return page_of(keyed_positions(store, actor=actor, limit=limit + 1, after=decode_token(after, 6),
                                   listed_only=not all), limit)


@router.get("/search", tags=["search"], summary="Ranked passages: full text, semantic or both (hybrid)")
def search(store: StoreDep, q: str = Query(..., min_length=1, max_length=500),
           mode: str = Query("hybrid", pattern="^(hybrid|text|semantic)$"),
           actor: str | None = None, since: date | None = None, until: date | None = None,
           outlet: str | None = None, limit: int = Query(20, ge=1, le=200)) -> models.SearchResults:
    filters = passage_search.SearchFilters(actor=actor or None, since=day(since), until=day(until),
                                           outlet=outlet or None)
    results = passage_search.search(store, q, mode=mode, filters=filters, limit=limit, embed_missing=False)
    return {"query": q, "mode": mode, "results": results}


@router.get("/outlets", tags=["sources"], summary="Outlet names, for filters")
def outlets(store: StoreDep) -> list[str]:
    return queries.outlets(store)


EXPORT_MEDIA = {"json": "application/json", "jsonl": "application/x-ndjson", "md": "text/markdown",
                "html": "text/html", "csv": "application/zip"}


@router.get("/export", tags=["meta"], summary="The whole analysis as json, jsonl, md, html (a download) or csv "
                                               "(a .zip of one table per record kind)", response_class=Response,
            responses={200: {"description": "a download; json is the contract object (docs/export.md)",
                             "content": {media: {"schema": {"type": "string", "format": "binary"}}
                                         for media in EXPORT_MEDIA.values()}}})
def export(request: Request, format: str = Query("json", pattern="^(json|jsonl|md|html|csv)$")) -> Response:
    """json, jsonl, md and html are streamed as they are read from the store (flat memory at any
    size); the store is opened here and closed when the stream ends, not by a dependency."""
    from fastapi.responses import StreamingResponse

    from storyline.export import export_chunks

    store = Store(request.app.state.db_path, readonly=True)
    if format == "csv":
        import os
        import tempfile

        from fastapi.responses import FileResponse
        from starlette.background import BackgroundTask

        from storyline.export.tables import write_tables

        handle, path = tempfile.mkstemp(suffix=".zip", prefix="storyline-export-")
        os.close(handle)
        try:
            write_tables(store, path)
        finally:
            store.close()
        return FileResponse(path, media_type="application/zip", filename="storyline-csv.zip",
                            background=BackgroundTask(os.unlink, path))

    def stream() -> Iterator[bytes]:
        try:
            for chunk in export_chunks(store, format):
                yield chunk.encode("utf-8")
        finally:
            store.close()

    headers = {"Content-Disposition": f'attachment; filename="storyline.{format}"',
               # the HTML briefing carries its own inline CSS and no script at all
               "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'"}
    return StreamingResponse(stream(), media_type=f"{EXPORT_MEDIA[format]}; charset=utf-8", headers=headers)


@router.get("/names", tags=["actors"], summary="Entity id -> name, for labelling ids in other records")
def names(store: StoreDep) -> dict[str, str]:
    return entity_names(store)


# --- ingesting -------------------------------------------------------------------------------

class PastedArticle(BaseModel):
    text: str = Field(..., min_length=1, max_length=MAX_PASTED_CHARS)
    title: str | None = Field(None, max_length=1000)
    outlet: str | None = Field(None, max_length=200)
    published: str | None = Field(None, description="YYYY-MM-DD")
    url: str | None = Field(None, max_length=2000)


class ArticleUrl(BaseModel):
    url: str = Field(..., min_length=8, max_length=2000, pattern="^https?://")


@router.post("/ingest/text", tags=["ingest"], status_code=202, max_body_size=TEXT_BODY_LIMIT,
             summary="Ingest a pasted article (a background job)")
def ingest_text(article: PastedArticle, request: Request) -> models.Job:
    published = iso_date(article.published, "published")
    reader = pasted_text_reader(article.text, article.title, article.outlet, published, article.url)
    return submit(request, "text", reader)


@router.post("/ingest/url", tags=["ingest"], status_code=202, max_body_size=URL_BODY_LIMIT,
             summary="Fetch and ingest a URL or feed (a background job)")
def ingest_url(target: ArticleUrl, request: Request) -> models.Job:
    return submit(request, "url", url_reader(target.url, public_only=request.app.state.public_urls_only))


@router.post("/ingest/files", tags=["ingest"], status_code=202, max_body_size=UPLOAD_BODY_LIMIT,
             summary="Ingest uploaded files (a background job)")
async def ingest_files(request: Request, files: list[UploadFile] = File(...)) -> models.Job:
    if len(files) > MAX_UPLOAD_FILES:
        raise HTTPException(413, f"at most {MAX_UPLOAD_FILES} files at once")
    contents, total = [], 0
    for upload in files:
        data = await upload.read(MAX_UPLOAD_BYTES + 1)
        total += len(data)
        if total > MAX_UPLOAD_BYTES:
            raise HTTPException(413, f"upload larger than {MAX_UPLOAD_BYTES // (1024 * 1024)} MB")
        contents.append((_safe_name(upload.filename), data))
    return submit(request, "files", uploaded_files_reader(contents, public_only=request.app.state.public_urls_only))


def submit(request: Request, kind: str, reader) -> dict[str, Any]:
    try:
        return request.app.state.jobs.submit(kind, reader)
    except QueueFull as error:
        raise HTTPException(429, str(error), headers={"Retry-After": "30"}) from None


def _safe_name(filename: str | None) -> str:
    """Only the base name is kept: it labels the document's source and picks its reader, no more."""
    name = (filename or "upload").replace("\\", "/").rsplit("/", 1)[-1]
    return name[:200] or "upload"


@router.get("/jobs/{job_id}", tags=["ingest"], summary="Progress of an ingest job")
def job(job_id: str, request: Request) -> models.Job:
    found = request.app.state.jobs.get(job_id)
    if found is None:
        raise not_found("job", job_id)
    return found
