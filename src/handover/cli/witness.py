"""``handover witness``: a C2SP tlog-witness, as a command and as an HTTP endpoint."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from handover.cli.render import console, error_console
from handover.errors import EXIT_PROBLEM

__all__ = ["app"]

app = typer.Typer(help="Witness a log: cosign checkpoints that extend what was seen before.",
                  no_args_is_help=True)

FolderOpt = Annotated[Path, typer.Option("--dir", help="The witness's folder.")]


@app.command("init")
def init(
    name: Annotated[str, typer.Argument(help="The witness's key name, e.g. monitor.example/w1")],
    folder: FolderOpt,
) -> None:
    """Create a witness: a new cosigning key and empty state; prints its verifier key.

    Example: handover witness init monitor.example/neutral --dir ./witness-neutral
    """
    from handover.witness import WitnessFolder

    typer.echo(WitnessFolder(folder).create(name))


@app.command("key")
def key(folder: FolderOpt) -> None:
    """Print the witness's verifier key.

    Example: handover witness key --dir ./witness-neutral
    """
    from handover.witness import WitnessFolder

    typer.echo(WitnessFolder(folder).vkey())


@app.command("trust")
def trust(
    vkey: Annotated[str, typer.Argument(help="The log's verifier key (`handover log key`).")],
    folder: FolderOpt,
) -> None:
    """Trust a log: its checkpoints, signed by this key, may be cosigned.

    Example: handover witness trust "$(handover log key)" --dir ./witness-neutral
    """
    from handover.witness import WitnessFolder

    console.print(f"trusting log {WitnessFolder(folder).trust(vkey)}")


@app.command("add-checkpoint")
def add_checkpoint(
    folder: FolderOpt,
    request: Annotated[Path | None, typer.Argument(
        help="The add-checkpoint request body; standard input when omitted.")] = None,
) -> None:
    """Handle one add-checkpoint request; print the cosignature, or why it was refused.

    Example: handover witness add-checkpoint request.txt --dir ./witness-neutral
    """
    from handover.witness import WitnessFolder

    body = request.read_bytes() if request is not None else sys.stdin.buffer.read()
    response = WitnessFolder(folder).add_checkpoint(body)
    if not response.ok:
        error_console.print(f"error: refused ({response.status}): {response.reason}",
                            markup=False)
        raise typer.Exit(EXIT_PROBLEM)
    typer.echo(response.body, nl=False)


@app.command("serve")
def serve(
    folder: FolderOpt,
    host: Annotated[str, typer.Option(help="Address to bind; loopback by default.")]
    = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8100,
) -> None:
    """Serve the witness over HTTP: POST /add-checkpoint (C2SP tlog-witness).

    Example: handover witness serve --dir ./witness-neutral --port 8100
    """
    import uvicorn

    from handover.web.witness_app import create_witness_app

    console.print(f"witness on http://{host}:{port}/add-checkpoint")
    uvicorn.run(create_witness_app(folder), host=host, port=port, log_level="warning")
