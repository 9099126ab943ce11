"""The witness's HTTP endpoint: ``POST /add-checkpoint`` as C2SP tlog-witness specifies."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request, Response

from handover.errors import HandoverError
from handover.witness import WitnessFolder

__all__ = ["create_witness_app"]


def create_witness_app(folder: Path) -> FastAPI:
    """An app serving one witness folder."""
    witness = WitnessFolder(folder)
    witness.vkey()
    app = FastAPI(title="handover witness", docs_url=None, redoc_url=None)

    @app.post("/add-checkpoint")
    async def add_checkpoint(request: Request) -> Response:
        body = await request.body()
        try:
            answer = witness.add_checkpoint(body)
        except HandoverError as exc:
            return Response(exc.message + "\n", status_code=400, media_type="text/plain")
        return Response(answer.body, status_code=answer.status, media_type=answer.content_type)

    return app
