"""Logging in with the write token, and out again."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from handover.web.deps import FormWriter, State, form_text, read_form
from handover.web.render import render_page
from handover.web.routes.claims import local_path
from handover.web.security import SESSION_COOKIE, SESSION_SECONDS

__all__ = ["router"]

router = APIRouter(include_in_schema=False)


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request, back: Annotated[str, Query(alias="next")] = "/") -> Response:
    """The login form: one field for the write token."""
    return render_page(request, "login.html", {"next": local_path(back, "/"), "error": None})


@router.post("/login")
async def login(request: Request, state: State) -> Response:
    """Check the token; on success set the session cookie and go where the person was going."""
    form = await read_form(request)
    back = local_path(form_text(form, "next"), "/")
    if not state.guard.token_ok(form_text(form, "token")):
        return render_page(request, "login.html",
                           {"next": back, "error": "That is not the write token."}, status=401)
    response = RedirectResponse(back, status_code=303)
    response.set_cookie(SESSION_COOKIE, state.guard.new_session(), max_age=SESSION_SECONDS,
                        httponly=True, samesite="strict", path="/",
                        secure=request.url.scheme == "https")
    return response


@router.post("/logout")
def logout(request: Request, _: FormWriter) -> Response:
    """End the session in this browser."""
    response = RedirectResponse("/", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/", httponly=True, samesite="strict")
    return response
