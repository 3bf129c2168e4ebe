"""The HTTP API under /api: every web view's data as JSON in the shape of the contract records."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, HTTPException, Query, Request, UploadFile
from fastapi.responses import Response
from pydantic import BaseModel, Field

from storyline.export.records import (
    entity_names,
    event_records,
    position_records,
    quote_records,
    summarised_timeline_records,
    timeline_records,
    with_frame,
)
from storyline.store import Store
from storyline.web import search as passage_search
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
    """One read-only connection per request: SQLite connections are cheap and then never shared
    by threads."""
    store = Store(request.app.state.db_path, readonly=True)
    try:
        yield store
    finally:
        store.close()


def open_writable_store(request: Request) -> Iterator[Store]:
    """Search by meaning keeps the passage vectors it computes in the store."""
    store = Store(request.app.state.db_path)
    try:
        yield store
    finally:
        store.close()


StoreDep = Annotated[Store, Depends(open_store)]
WritableStoreDep = Annotated[Store, Depends(open_writable_store)]


def iso_date(value: str | None, name: str) -> str | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        raise HTTPException(422, f"{name}: not a YYYY-MM-DD date: {value!r}")


def not_found(what: str, key: str) -> HTTPException:
    return HTTPException(404, f"no {what} {key!r}")


# --- reading ---------------------------------------------------------------------------------

@router.get("/health", tags=["meta"])
def health(store: StoreDep) -> dict[str, Any]:
    return {"status": "ok", "documents": store.document_count()}


@router.get("/timeline", tags=["timeline"],
            summary="The story's important happenings oldest first, one per event, with headline and sources")
def timeline(store: StoreDep, actor: str | None = None, since: str | None = None, until: str | None = None,
             all: bool = Query(False, description="every event, background and undated ones too"),
             dates: int | None = Query(None, ge=1, le=1_000, description="a summarised timeline of N dates"),
             per_date: int = Query(1, ge=1, le=100, description="with dates: events per date"),
             limit: int | None = Query(None, ge=1, le=10_000), offset: int = Query(0, ge=0, le=MAX_OFFSET)) -> list[dict[str, Any]]:
    """The same functions and order as `storyline timeline` (docs/timeline.md)."""
    since, until = iso_date(since, "since"), iso_date(until, "until")
    if all:
        return with_frame(store, event_records(store, actor=actor, since=since, until=until, limit=limit, offset=offset))
    if dates:
        rows = summarised_timeline_records(store, dates, per_date, actor=actor, since=since, until=until)
    else:
        rows = timeline_records(store, actor=actor, since=since, until=until)
    return rows[offset:][:limit] if limit else rows[offset:]


@router.get("/events/{event_id}", tags=["timeline"], summary="One event with its evidence spans, sources and quotes")
def event(event_id: str, store: StoreDep) -> dict[str, Any]:
    detail = views.event_detail(store, event_id)
    if detail is None:
        raise not_found("event", event_id)
    return detail


@router.get("/documents", tags=["sources"], summary="Documents without their text")
def documents(store: StoreDep) -> list[dict[str, Any]]:
    return views.document_summaries(store)


@router.get("/documents/{document_id}", tags=["sources"], summary="One document with its text, quotes and event spans")
def document(document_id: str, store: StoreDep) -> dict[str, Any]:
    detail = views.document_detail(store, document_id)
    if detail is None:
        raise not_found("document", document_id)
    return detail


@router.get("/sources", tags=["sources"], summary="Outlets, documents, the copy/rewrite tree, independent counts")
def sources(store: StoreDep) -> dict[str, Any]:
    return views.sources_overview(store)


@router.get("/entities", tags=["actors"], summary="Actors with roles and counts, most mentioned first")
def entities(store: StoreDep, type: str | None = None) -> list[dict[str, Any]]:
    actors = views.actor_list(store)
    return [a for a in actors if a["type"] == type.upper()] if type else actors


@router.get("/entities/{entity_id}", tags=["actors"], summary="One actor's quotes, positions and events over time")
def entity(entity_id: str, store: StoreDep) -> dict[str, Any]:
    detail = views.actor_detail(store, entity_id)
    if detail is None:
        raise not_found("actor", entity_id)
    return detail


@router.get("/graph", tags=["actors"], summary="Who talked to whom: people and organisations in the same call, meeting, negotiation or visit")
def graph(store: StoreDep) -> dict[str, Any]:
    return views.talk_graph(store)


@router.get("/quotes", tags=["actors"])
def quotes(store: StoreDep, speaker: str | None = None, about: str | None = None,
           limit: int | None = Query(None, ge=1, le=10_000), offset: int = Query(0, ge=0, le=MAX_OFFSET)) -> list[dict[str, Any]]:
    return quote_records(store, speaker=speaker, about=about, limit=limit, offset=offset)


@router.get("/positions", tags=["actors"])
def positions(store: StoreDep, actor: str | None = None) -> list[dict[str, Any]]:
    return position_records(store, actor=actor)


@router.get("/search", tags=["search"], summary="Ranked passages: full text, semantic or both (hybrid)")
def search(store: WritableStoreDep, q: str = Query(..., min_length=1, max_length=500),
           mode: str = Query("hybrid", pattern="^(hybrid|text|semantic)$"),
           actor: str | None = None, since: str | None = None, until: str | None = None,
           outlet: str | None = None, limit: int = Query(20, ge=1, le=200)) -> dict[str, Any]:
    filters = passage_search.SearchFilters(actor=actor or None, since=iso_date(since, "since"),
                                           until=iso_date(until, "until"), outlet=outlet or None)
    results = passage_search.search(store, q, mode=mode, filters=filters, limit=limit)
    return {"query": q, "mode": mode, "results": results}


@router.get("/outlets", tags=["sources"], summary="Outlet names, for filters")
def outlets(store: StoreDep) -> list[str]:
    return sorted({d["outlet"] for d in views.document_summaries(store) if d["outlet"]})


@router.get("/export", tags=["meta"], summary="The whole analysis as json, jsonl, md, html (a download) or csv "
                                               "(a .zip of one table per record kind)")
def export(store: StoreDep, format: str = Query("json", pattern="^(json|jsonl|md|html|csv)$")) -> Response:
    from storyline.export import render_export

    if format == "csv":
        import os
        import tempfile

        from fastapi.responses import FileResponse
        from starlette.background import BackgroundTask

        from storyline.export.tables import write_tables

        handle, path = tempfile.mkstemp(suffix=".zip", prefix="storyline-export-")
        os.close(handle)
        write_tables(store, path)
        return FileResponse(path, media_type="application/zip", filename="storyline-csv.zip",
                            background=BackgroundTask(os.unlink, path))
    media = {"json": "application/json", "jsonl": "application/x-ndjson", "md": "text/markdown",
             "html": "text/html"}[format]
    body = render_export(store, format)
    headers = {"Content-Disposition": f'attachment; filename="storyline.{format}"',
               # the HTML briefing carries its own inline CSS and no script at all
               "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'"}
    return Response(body, media_type=f"{media}; charset=utf-8", headers=headers)


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
def ingest_text(article: PastedArticle, request: Request) -> dict[str, Any]:
    published = iso_date(article.published, "published")
    reader = pasted_text_reader(article.text, article.title, article.outlet, published, article.url)
    return submit(request, "text", reader)


@router.post("/ingest/url", tags=["ingest"], status_code=202, max_body_size=URL_BODY_LIMIT,
             summary="Fetch and ingest a URL or feed (a background job)")
def ingest_url(target: ArticleUrl, request: Request) -> dict[str, Any]:
    return submit(request, "url", url_reader(target.url, public_only=request.app.state.public_urls_only))


@router.post("/ingest/files", tags=["ingest"], status_code=202, max_body_size=UPLOAD_BODY_LIMIT,
             summary="Ingest uploaded files (a background job)")
async def ingest_files(request: Request, files: list[UploadFile] = File(...)) -> dict[str, Any]:
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
def job(job_id: str, request: Request) -> dict[str, Any]:
    found = request.app.state.jobs.get(job_id)
    if found is None:
        raise not_found("job", job_id)
    return found
