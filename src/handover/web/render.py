"""Server-side rendering: one Jinja2 environment per app, autoescaping everything.

Report text, quotes and names are always inserted as escaped text; no template marks report
content safe. The common context gives every page the login state and, for a logged-in
person, the CSRF token its forms carry.
"""

from __future__ import annotations

from collections.abc import Callable
from contextvars import ContextVar
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse, Response
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from handover.web.present import FILTERS

__all__ = ["TEMPLATES", "cached_page", "make_environment", "render_page"]

TEMPLATES = Path(__file__).resolve().parent / "templates"

# Set while a page is rendered to be shared between sessions (see cached_page).
_SHARED: ContextVar[bool] = ContextVar("handover_shared_page", default=False)

NAV = (("/", "Dashboard"), ("/events", "Events"), ("/reports", "Reports"),
       ("/claims", "Review"), ("/agreements", "Agreements"), ("/sources", "Sources"),
       ("/log", "Log"), ("/reports/new", "Add a report"))


def make_environment() -> Environment:
    """The template environment: autoescape on for every template, undefined names fail."""
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters.update(FILTERS)
    env.globals["nav"] = NAV
    return env


def render_page(request: Request, name: str, context: dict[str, Any], *, status: int = 200,
                headers: dict[str, str] | None = None) -> HTMLResponse:
    """Render template ``name`` with the common context added."""
    from handover.web.deps import current_session, web_state

    state = web_state(request)
    session = current_session(request)
    csrf = "" if session is None else (
        state.placeholder if _SHARED.get() else state.guard.csrf_token(session))
    common = {"path": request.url.path, "logged_in": session is not None, "csrf": csrf,
              "api": None}
    html = state.pages.get_template(name).render({**common, **context})
    return HTMLResponse(html, status_code=status, headers=headers)


def cached_page(request: Request, build: Callable[[], HTMLResponse]) -> Response:
    """A page rendered once per ledger state, path and query, for readers and reviewers.

    A reviewer's page differs from a reader's by its forms and the session's CSRF token, so
    the two are kept apart, and a reviewer's copy holds a per-app placeholder (which no
    report text can guess) replaced by the session's token when it is served.
    """
    from handover.web.deps import current_session, web_state

    state = web_state(request)
    session = current_session(request)
    key = f"{'reviewer' if session else 'reader'}:{request.url.path}?{request.url.query}"

    def rendered() -> tuple[bytes, int]:
        token = _SHARED.set(True)
        try:
            response = build()
        finally:
            _SHARED.reset(token)
        return bytes(response.body), response.status_code

    body, status = state.cache.page(key, rendered)
    if session is not None:
        body = body.replace(state.placeholder.encode(), state.guard.csrf_token(session).encode())
    return Response(body, status_code=status, media_type="text/html; charset=utf-8")
