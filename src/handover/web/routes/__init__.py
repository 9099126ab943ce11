"""The app's routes, one module per noun; each serves its pages and its JSON under /api."""

from fastapi import APIRouter

from handover.web.routes import agreements, auth, claims, events, home, log, reports, sources

__all__ = ["ROUTERS"]

ROUTERS: tuple[APIRouter, ...] = (
    home.router, events.router, reports.router, claims.router, agreements.router,
    sources.router, log.router, auth.router,
)
