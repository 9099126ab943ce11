"""``handover verify`` and ``handover log``: proving the ledger was not rewritten."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Annotated

import typer

from handover.cli.options import DbOpt, FormatOpt, OutputFormat
from handover.cli.render import console, error_console, print_json
from handover.cli.session import opened
from handover.errors import EXIT_PROBLEM, HandoverError, InputError

__all__ = ["app", "verify"]

app = typer.Typer(help="The Merkle log: checkpoints, keys, receipts and witnesses.",
                  no_args_is_help=True)

KeyOpt = Annotated[str | None, typer.Option(
    "--key", help="The log's verifier key (vkey) to trust; default: the ledger's own key.")]


def verify(
    key: KeyOpt = None,
    checkpoint: Annotated[list[Path] | None, typer.Option(
        help="A signed checkpoint seen earlier (a witness's, a receipt's), repeatable.")] = None,
    db: DbOpt = None,
    fmt: FormatOpt = OutputFormat.TABLE,
) -> None:
    """Check every record against the Merkle log and the signed checkpoints.

    Exit 0 when intact; exit 1 naming the first record or checkpoint that does not match.

    Example: handover verify --key "$(handover log key)"
    """
    notes = [_read(path) for path in checkpoint or []]
    with opened(db) as ledger:
        result = ledger.verify(key, notes)
    if fmt is OutputFormat.JSON:
        print_json({"ok": result.ok, "size": result.size, "root_hash": result.root.hex(),
                    "checkpoint_size": result.checkpoint_size, "problems": list(result.problems)})
    elif result.ok:
        console.print(f"ledger intact: {result.size} records, root {result.root.hex()}, "
                      f"signed checkpoint at size {result.checkpoint_size}")
    for problem in result.problems:
        error_console.print(f"error: {problem}", markup=False)
    if not result.ok:
        raise typer.Exit(EXIT_PROBLEM)


@app.command("checkpoint")
def checkpoint(db: DbOpt = None) -> None:
    """Print the latest signed checkpoint, with its witnesses' cosignatures.

    Example: handover log checkpoint > checkpoint.txt
    """
    with opened(db) as ledger:
        note = ledger.log.checkpoint()
    if note is None:
        raise InputError("the log is empty: no checkpoint yet")
    typer.echo(note, nl=False)


@app.command("key")
def key(db: DbOpt = None) -> None:
    """Print the log's verifier key in signed-note vkey form.

    Example: handover log key
    """
    with opened(db) as ledger:
        typer.echo(ledger.log.vkey())


@app.command("prove")
def prove(
    record_id: Annotated[int, typer.Argument(help="Any record's id (its log index).")],
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Receipt file.")] = None,
    db: DbOpt = None,
) -> None:
    """Write a C2SP tlog-proof receipt for one record: it verifies with no database.

    Example: handover log prove 12 -o claim-12.receipt
    """
    with opened(db) as ledger:
        receipt = ledger.log.prove(record_id)
    if output is None:
        typer.echo(receipt, nl=False)
    else:
        output.write_text(receipt, encoding="utf-8")
        console.print(f"wrote receipt for record {record_id} to {output}")


@app.command("verify-receipt")
def verify_receipt(
    receipt: Annotated[Path, typer.Argument(help="A receipt from `handover log prove`.")],
    key: Annotated[str, typer.Option("--key", help="The log's verifier key (vkey).")],
    witness: Annotated[list[str] | None, typer.Option(
        help="A witness's verifier key, repeatable.")] = None,
    require: Annotated[int, typer.Option(
        help="How many of the --witness keys must have cosigned.")] = 0,
    fmt: FormatOpt = OutputFormat.TABLE,
) -> None:
    """Verify a receipt with no database: the record, its proof and the signed checkpoint.

    Example: handover log verify-receipt claim-12.receipt --key "example.org/log+1a2b3c4d+AX..."
    """
    from handover.merkle.receipt import verify_receipt as check

    text = _read(receipt)
    try:
        verified = check(text, [key], required_witnesses=witness or [], k=require)
    except HandoverError as exc:
        raise type(exc)(exc.message, path=receipt) from None
    entry = verified.entry.decode("utf-8", errors="replace")
    if fmt is OutputFormat.JSON:
        print_json({"ok": True, "index": verified.index, "tree_size": verified.checkpoint.size,
                    "origin": verified.checkpoint.origin, "witnesses": list(verified.witnesses),
                    "entry": entry})
        return
    console.print(f"receipt valid: record {verified.index} is in {verified.checkpoint.origin} "
                  f"at tree size {verified.checkpoint.size}"
                  + (f", cosigned by {', '.join(verified.witnesses)}" if verified.witnesses
                     else ""))
    typer.echo(entry)


@app.command("consistency")
def consistency(
    old: Annotated[int, typer.Option(help="The older tree size.")],
    new: Annotated[int | None, typer.Option(help="The newer size; default: latest.")] = None,
    db: DbOpt = None,
) -> None:
    """Print a consistency proof between two tree sizes, one base64 hash per line.

    Example: handover log consistency --old 40
    """
    with opened(db) as ledger:
        proof = ledger.log.consistency(old, new)
    for value in proof:
        typer.echo(base64.b64encode(value).decode("ascii"))


@app.command("cosign")
def cosign(
    witness: Annotated[Path | None, typer.Option(help="A local witness folder.")] = None,
    witness_url: Annotated[str | None, typer.Option(
        help="A witness's add-checkpoint URL (the only network use, when given).")] = None,
    witness_key: Annotated[str | None, typer.Option(
        help="With --witness-url: the witness's verifier key.")] = None,
    db: DbOpt = None,
) -> None:
    """Ask a witness to cosign the latest checkpoint, and keep its cosignature.

    Example: handover log cosign --witness ./witness-neutral
    """
    from handover.ledger.cosigning import cosign_with_folder, cosign_with_url

    if (witness is None) == (witness_url is None):
        raise InputError("give exactly one of --witness or --witness-url")
    if witness_url is not None and not witness_key:
        raise InputError("--witness-url needs --witness-key, the witness's verifier key")
    with opened(db) as ledger:
        name = (cosign_with_folder(ledger, witness) if witness is not None
                else cosign_with_url(ledger, witness_url or "", witness_key or ""))
    console.print(f"checkpoint cosigned by {name}")


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError("no such file", path=path) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read: {exc}", path=path) from None
