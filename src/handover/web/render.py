"""Server-side rendering: one Jinja2 environment per app, autoescaping everything.

Report text, quotes and names are always inserted as escaped text; no template marks report
content safe. The common context gives every page the login state and, for a logged-in
person, the CSRF token its forms carry.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from handover.web.present import FILTERS

__all__ = ["TEMPLATES", "make_environment", "render_page"]

TEMPLATES = Path(__file__).resolve().parent / "templates"

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
    common = {
        "path": request.url.path,
        "logged_in": session is not None,
        "csrf": state.guard.csrf_token(session) if session is not None else "",
        "api": None,
    }
    html = state.pages.get_template(name).render({**common, **context})
    return HTMLResponse(html, status_code=status, headers=headers)
