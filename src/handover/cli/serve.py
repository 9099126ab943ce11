"""``handover serve``: the web app and JSON API, on loopback unless told otherwise."""

from __future__ import annotations

import os
import secrets
from typing import Annotated

import typer

from handover.cli.options import DbOpt
from handover.cli.render import console

__all__ = ["serve"]

_LOOPBACK = ("127.0.0.1", "localhost", "::1")


def serve(
    host: Annotated[str, typer.Option(help="Address to bind; loopback by default.")]
    = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    db: DbOpt = None,
) -> None:
    """Serve the web app and the JSON API (OpenAPI at /openapi.json).

    Changes need the token printed at start-up, or the one set in $HANDOVER_TOKEN.

    Example: handover serve --port 8000 --db ledger.db
    """
    import uvicorn

    from handover.storage import database_url
    from handover.web import create_app

    token = os.environ.get("HANDOVER_TOKEN") or secrets.token_urlsafe(24)
    app = create_app(database_url(db), token=token)
    console.print(f"handover on http://{host}:{port}/  (write token: {token})")
    if host not in _LOOPBACK:
        # Plain HTTP beyond this machine: the token and session cookie could be read on the way.
        console.print(f"warning: serving on {host} over plain HTTP; put a TLS proxy in front "
                      "before anyone logs in from another machine", markup=False)
    uvicorn.run(app, host=host, port=port, log_level="warning")
