"""The web app: ``create_app(database_url, token=...)`` builds one FastAPI app over one ledger.

>>> from handover.web import create_app                       # doctest: +SKIP
>>> app = create_app("sqlite:///handover.db", token="s3cret")  # doctest: +SKIP

Pages are rendered on the server and readable with JavaScript off; the same data is served as
JSON under ``/api`` (described at ``/openapi.json``). Everything, CSS and scripts included, is
served by the app itself. Writes need the token (see :mod:`handover.web.security`).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request, Response
from fastapi.staticfiles import StaticFiles

from handover.errors import InputError
from handover.ledger import Ledger
from handover.web.cache import ViewCache
from handover.web.deps import WebState
from handover.web.errors import ErrorBody, error_body, install_error_handlers, wants_json
from handover.web.middleware import MAX_BODY_BYTES, GuardMiddleware
from handover.web.render import make_environment
from handover.web.security import Guard

__all__ = ["MAX_BODY_BYTES", "create_app", "too_large"]

STATIC = Path(__file__).resolve().parent / "static"


def create_app(database_url: str, *, token: str) -> FastAPI:
    """The web app over the ledger at ``database_url``; ``token`` authorises every change."""
    if not token or not token.strip():
        raise InputError("the web app needs a non-empty write token")
    ledger = Ledger.open(database_url)
    state = WebState(ledger=ledger, guard=Guard(token.strip()),
                     cache=ViewCache(lambda: _log_size(ledger)), pages=make_environment())

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        ledger.close()

    app = FastAPI(title="handover", version=_version(), docs_url=None, redoc_url=None,
                  openapi_url="/openapi.json", lifespan=lifespan,
                  description="A verifiable ledger of prisoner exchanges and repatriations "
                              "of remains. Reads are open; writes need "
                              "`Authorization: Bearer <token>`.",
                  responses={422: {"model": ErrorBody, "description": "invalid request"}})
    app.state.handover = state
    install_error_handlers(app)
    app.add_middleware(GuardMiddleware)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    _include_routes(app)
    return app


def _include_routes(app: FastAPI) -> None:
    from handover.web.routes import ROUTERS

    for router in ROUTERS:
        app.include_router(router)


def too_large(request: Request) -> Response:
    """The answer to a request whose body is over the limit (413, in the usual shape)."""
    from fastapi.responses import JSONResponse

    message = f"the request is over the {MAX_BODY_BYTES // (1024 * 1024)} MB limit"
    if wants_json(request):
        return JSONResponse(error_body(413, message), status_code=413)
    from handover.web.render import render_page

    return render_page(request, "error.html", {"status": 413, "title": "Too large",
                                               "message": message, "errors": []}, status=413)


def _log_size(ledger: Ledger) -> int:
    return ledger.log.size()


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("handover")
    except PackageNotFoundError:
        return "0"
