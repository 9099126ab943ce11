"""One error shape for the whole web app, converted at one boundary.

Every failure of an API route answers ``{"ok": false, "error": ..., "errors": [...],
"status": N}`` (datasette's ``error_body`` idea); pages answer a plain HTML page saying the same.
Library errors map to statuses here and nowhere else; stack traces never reach a client.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from handover.errors import (
    ExtractionError,
    HandoverError,
    InputError,
    NotFoundError,
    StorageError,
    VerificationError,
)

__all__ = ["ErrorBody", "WebError", "error_body", "install_error_handlers", "status_for",
           "wants_json"]

log = logging.getLogger("handover.web")

# Most specific first: the first class an error is an instance of decides its status.
_STATUSES: tuple[tuple[type[HandoverError], int], ...] = (
    (NotFoundError, 404),
    (InputError, 422),
    (ExtractionError, 422),
    (VerificationError, 409),
    (StorageError, 503),
)

_TITLES = {400: "Bad request", 401: "Login needed", 403: "Not allowed", 404: "Not found",
           405: "Method not allowed", 409: "Conflict", 413: "Too large", 422: "Not accepted",
           500: "Internal error", 503: "Ledger unavailable"}


class ErrorBody(BaseModel):
    """The JSON body of every error answer."""

    ok: bool = False
    error: str
    errors: list[str] = []
    status: int


class WebError(Exception):
    """An error raised by a route with the status it should answer."""

    def __init__(self, status: int, message: str, *, headers: dict[str, str] | None = None
                 ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers


def error_body(status: int, message: str, errors: list[str] | None = None) -> dict[str, Any]:
    """The error shape: ``{"ok": false, "error": message, "errors": [...], "status": N}``."""
    return {"ok": False, "error": message, "errors": errors or [message], "status": status}


def status_for(exc: HandoverError) -> int:
    """The HTTP status a library error answers."""
    for kind, status in _STATUSES:
        if isinstance(exc, kind):
            return status
    return 400


def wants_json(request: Request) -> bool:
    """API routes (and the OpenAPI document) answer JSON; pages answer HTML."""
    path = request.url.path
    return path == "/api" or path.startswith(("/api/", "/openapi"))


def _respond(request: Request, status: int, message: str, errors: list[str] | None = None,
             headers: dict[str, str] | None = None) -> Response:
    if wants_json(request):
        return JSONResponse(error_body(status, message, errors), status_code=status,
                            headers=headers)
    from handover.web.render import render_page

    context = {"status": status, "title": _TITLES.get(status, "Error"), "message": message,
               "errors": errors or []}
    return render_page(request, "error.html", context, status=status, headers=headers)


async def _on_web_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, WebError)
    return _respond(request, exc.status, exc.message, headers=exc.headers)


async def _on_handover_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HandoverError)
    return _respond(request, status_for(exc), exc.line())


async def _on_http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    message = exc.detail if isinstance(exc.detail, str) else _TITLES.get(exc.status_code, "error")
    if exc.status_code == 404 and message == "Not Found":
        message = f"nothing at {request.url.path}"
    headers = dict(exc.headers) if exc.headers else None
    return _respond(request, exc.status_code, message, headers=headers)


async def _on_validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    problems = [_describe(problem) for problem in exc.errors()]
    malformed = any(p.get("type") == "json_invalid" for p in exc.errors())
    status = 400 if malformed else 422
    summary = "malformed JSON body" if malformed else "; ".join(problems)
    return _respond(request, status, summary, problems)


async def _on_unexpected(request: Request, exc: Exception) -> Response:
    # The trace goes to the server log only; the client learns that something failed.
    log.error("unexpected error on %s %s", request.method, request.url.path, exc_info=exc)
    return _respond(request, 500, "internal error: the server could not answer this request")


def _describe(problem: Any) -> str:
    where = ".".join(str(part) for part in problem.get("loc", ()) if part != "body")
    text = str(problem.get("msg", "invalid value"))
    return f"{where}: {text}" if where else text


def install_error_handlers(app: FastAPI) -> None:
    """Route every kind of failure through the one error shape."""
    app.add_exception_handler(WebError, _on_web_error)
    app.add_exception_handler(HandoverError, _on_handover_error)
    app.add_exception_handler(StarletteHTTPException, _on_http_error)
    app.add_exception_handler(RequestValidationError, _on_validation_error)
    app.add_exception_handler(Exception, _on_unexpected)
