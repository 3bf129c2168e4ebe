"""`storyline serve`: the FastAPI app (JSON API under /api, a single-page UI, offline API docs).

The UI is plain JS and CSS shipped in `static/`; pages are one HTML shell whose script reads
the path (/timeline, /actors/ID, /documents/ID?start=..&end=..) and asks /api for the data. The
two HTML pages (the shell and the API docs) are Jinja2 templates in `templates/` sharing one
layout, rendered once when the app is made.
"""
from __future__ import annotations

import gc
import threading
from importlib import resources
from pathlib import Path

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from jinja2 import Environment, PackageLoader

from storyline import __version__
from storyline.store import Store, StoreError
from storyline.web.api import DEFAULT_BODY_LIMIT, StoryListings, router
from storyline.web.jobs import JobRunner
from storyline.web.security import SecurityMiddleware

LOCAL_HOSTS = ["127.0.0.1", "localhost", "::1"]
PAGES = ["/", "/timeline", "/actors", "/actors/{entity_id}", "/sources", "/search", "/ingest",
         "/documents/{document_id}"]
MEDIA_TYPES = {".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
               ".css": "text/css; charset=utf-8", ".svg": "image/svg+xml", ".png": "image/png",
               ".ico": "image/x-icon"}


def static_dir() -> Path:
    return Path(str(resources.files("storyline.web") / "static"))


def static_files() -> dict[str, Path]:
    """The only files /static serves: a fixed name -> path map, so no request can reach elsewhere."""
    return {path.name: path for path in static_dir().iterdir()
            if path.is_file() and path.suffix in MEDIA_TYPES}


def rendered_page(name: str) -> str:
    """One of the app's HTML pages (`templates/NAME.html.j2`), rendered from the shared layout."""
    environment = Environment(loader=PackageLoader("storyline.web", "templates"), autoescape=True)
    return environment.get_template(f"{name}.html.j2").render()


def create_app(db_path: str, allowed_hosts: list[str] | None = None, jobs: JobRunner | None = None,
               public_urls_only: bool = False) -> FastAPI:
    """The app over one store file. `allowed_hosts`: Host header names accepted (default: loopback).
    `public_urls_only`: URL ingest refuses addresses inside this machine's network (set when the
    server listens beyond loopback, so that no one else can make it fetch from there)."""
    app = FastAPI(title="storyline", version=__version__, docs_url=None, redoc_url=None,
                  max_body_size=DEFAULT_BODY_LIMIT,
                  description="A sourced, dated, deduplicated record of a news story. JSON records follow "
                              "the storyline/1 contract (CONTRACT.md).")
    app.state.db_path = str(db_path)
    app.state.story_listings = StoryListings()
    app.state.jobs = jobs or JobRunner(str(db_path))
    app.state.public_urls_only = public_urls_only
    app.include_router(router)
    app.add_exception_handler(StoreError, store_unavailable)
    add_page_routes(app)
    add_static_route(app)
    app.add_middleware(SecurityMiddleware, allowed_hosts=allowed_hosts or LOCAL_HOSTS)
    return app


async def store_unavailable(request: Request, error: StoreError) -> JSONResponse:
    """A missing or foreign store file is the server's problem, said in one line, not a traceback."""
    return JSONResponse({"detail": str(error)}, status_code=503)


def add_page_routes(app: FastAPI) -> None:
    shell, api_docs = rendered_page("index"), rendered_page("docs")

    def page() -> HTMLResponse:
        return HTMLResponse(shell, headers={"Cache-Control": "no-cache"})

    for path in PAGES:
        app.add_api_route(path, page, methods=["GET"], include_in_schema=False)

    def docs() -> HTMLResponse:
        """API docs drawn from /openapi.json by our own script: no CDN, works offline."""
        return HTMLResponse(api_docs)

    app.add_api_route("/docs", docs, methods=["GET"], include_in_schema=False)


def add_static_route(app: FastAPI) -> None:
    files = static_files()

    def static(name: str) -> FileResponse:
        path = files.get(name)
        if path is None:
            raise HTTPException(404, "no such file")
        return FileResponse(path, media_type=MEDIA_TYPES[path.suffix], headers={"Cache-Control": "no-cache"})

    app.add_api_route("/static/{name}", static, methods=["GET"], include_in_schema=False)


def warm_up_search(db_path: str) -> None:
    """Loads the sentence encoder and reads the store's passage vectors in the background, so the
    first search is as fast as the rest; then moves every object alive (the models' half a
    million) out of the garbage collector's sight (`gc.freeze`): a full collection over them
    paused every request for ~290 ms."""
    try:
        from storyline.dedup.embed import load_embedder
        from storyline.search import ensure_passage_vectors, passage_index

        load_embedder(quantised=True)  # the search's graph
        store = Store(db_path, readonly=True)
        try:
            ensure_passage_vectors(store)  # passages ingested since the last search by meaning
            passage_index(store.path).refresh(store)
        finally:
            store.close()
    except Exception as error:  # search by meaning then reports the problem itself
        print(f"storyline: search not warmed up ({type(error).__name__}: {error})")
    gc.collect()
    gc.freeze()


def limit_malloc_arenas(arenas: int = 2) -> None:
    """glibc gives each request thread its own malloc arena and keeps what they freed: after 2,000
    requests from 16 clients the server held +10% (+3% with two arenas). What MALLOC_ARENA_MAX
    does, set before the server's threads start; nothing on other C libraries."""
    import ctypes
    import ctypes.util

    M_ARENA_MAX = -8  # glibc's malloc.h
    try:
        ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").mallopt(M_ARENA_MAX, arenas)
    except (OSError, AttributeError):
        pass


def serve(db_path: str, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Runs the app with uvicorn; on a non-loopback --host any Host header is accepted."""
    import uvicorn

    limit_malloc_arenas()

    allowed = LOCAL_HOSTS if host in LOCAL_HOSTS else ["*"]
    print(f"storyline: serving {db_path} at http://{host}:{port}/ (API docs at /docs)")
    threading.Thread(target=warm_up_search, args=(str(db_path),), name="storyline-warm-up", daemon=True).start()
    app = create_app(db_path, allowed_hosts=allowed, public_urls_only=host not in LOCAL_HOSTS)
    uvicorn.run(app, host=host, port=port, log_level="warning")
