"""A plain ASGI middleware: refuse oversized bodies early, add security headers everywhere.

Written against ASGI directly rather than Starlette's ``BaseHTTPMiddleware``, which wraps
every response in an extra task and stream and costs time on every request.
"""

from __future__ import annotations

from starlette.datastructures import Headers, MutableHeaders
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = ["MAX_BODY_BYTES", "SECURITY_HEADERS", "GuardMiddleware"]

# Uploads are capped by the library at 10 MB; the multipart envelope adds a little.
MAX_BODY_BYTES = 11 * 1024 * 1024

SECURITY_HEADERS = {
    # Nothing but our own files may run or load, so even a failure to escape could not execute.
    "Content-Security-Policy": ("default-src 'self'; script-src 'self'; style-src 'self'; "
                                "img-src 'self' data:; object-src 'none'; base-uri 'none'; "
                                "frame-ancestors 'none'; form-action 'self'"),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
}


class GuardMiddleware:
    """Answers 413 before reading a body over the limit; adds the security headers."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Handle one ASGI call."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    if name not in headers:
                        headers.append(name, value)
            await send(message)

        length = Headers(scope=scope).get("content-length", "")
        if length.isdigit() and int(length) > MAX_BODY_BYTES:
            from handover.web.app import too_large

            response = too_large(Request(scope, receive))
            await response(scope, receive, send_with_headers)
            return
        await self.app(scope, receive, send_with_headers)
