"""What routes depend on: the app's one open ledger, its caches, and the write checks.

Reads need nothing. Writes need the token: API routes take ``Authorization: Bearer <token>``;
form routes take the login session cookie plus the form's CSRF field, from the same origin.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from typing import Annotated
from urllib.parse import urlsplit

from fastapi import Depends, Header, Request
from jinja2 import Environment
from starlette.datastructures import FormData

from handover.ingest import MAX_BYTES
from handover.ledger import Ledger
from handover.web.cache import ViewCache
from handover.web.errors import WebError
from handover.web.security import SESSION_COOKIE, Guard

__all__ = ["ApiWriter", "FormWriter", "Session", "State", "WebState", "current_session",
           "form_text", "read_form", "web_state"]


@dataclass
class WebState:
    """Everything one app instance holds: the ledger, its view cache, guard and templates."""

    ledger: Ledger
    guard: Guard
    cache: ViewCache
    pages: Environment
    # Stands for a session's CSRF token in pages rendered once for every reviewer.
    placeholder: str = field(default_factory=lambda: f"csrf-{secrets.token_hex(16)}")


def web_state(request: Request) -> WebState:
    """The state of the app serving ``request``."""
    state = request.app.state.handover
    assert isinstance(state, WebState)
    return state


State = Annotated[WebState, Depends(web_state)]


def current_session(request: Request) -> str | None:
    """The logged-in session of this request, if any."""
    return web_state(request).guard.session(request.cookies.get(SESSION_COOKIE))


def require_bearer(state: State,
                   authorization: Annotated[str | None, Header()] = None) -> None:
    """API writes: ``Authorization: Bearer <token>``; 401 without it, 403 with a wrong one."""
    if not authorization:
        raise WebError(401, "this change needs the write token: "
                            "send 'Authorization: Bearer <token>'",
                       headers={"WWW-Authenticate": "Bearer"})
    if not state.guard.bearer_ok(authorization):
        raise WebError(403, "the write token is wrong", headers={"WWW-Authenticate": "Bearer"})


async def require_form_session(request: Request, state: State) -> str:
    """Form writes: a login session, a same-origin request and the session's CSRF token."""
    _check_origin(request)
    session = current_session(request)
    if session is None:
        raise WebError(401, "log in with the write token before changing the ledger")
    form = await read_form(request)
    csrf = form.get("csrf")
    if not isinstance(csrf, str) or not state.guard.csrf_ok(session, csrf):
        raise WebError(403, "the form's security token is missing or out of date; "
                            "reload the page and try again")
    return session


async def read_form(request: Request) -> FormData:
    """The submitted form, with text fields allowed up to the library's upload limit."""
    return await request.form(max_files=2, max_fields=40, max_part_size=MAX_BYTES + 1)


def form_text(form: FormData, name: str) -> str:
    """A text field of a form, stripped; empty when absent or a file."""
    value = form.get(name)
    return value.strip() if isinstance(value, str) else ""


def _check_origin(request: Request) -> None:
    """Refuse cross-site form posts: browsers send Origin on POST; it must name this host."""
    origin = request.headers.get("origin")
    if origin is None:
        return
    if urlsplit(origin).netloc != request.headers.get("host", ""):
        raise WebError(403, "cross-site form submissions are refused")


ApiWriter = Annotated[None, Depends(require_bearer)]
FormWriter = Annotated[str, Depends(require_form_session)]
Session = Annotated[str | None, Depends(current_session)]
