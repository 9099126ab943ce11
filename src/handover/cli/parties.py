"""``handover parties``: the parties and their aliases."""

from __future__ import annotations

from typing import Annotated

import typer

from handover.cli.options import DbOpt, FormatOpt, OutputFormat, choice
from handover.cli.render import console, emit
from handover.cli.session import opened
from handover.domain import Alias, PartyKind
from handover.errors import InputError

__all__ = ["app"]

app = typer.Typer(help="Parties to exchanges and intermediaries, with their aliases.",
                  no_args_is_help=True)


@app.command("list")
def list_parties(
    db: DbOpt = None,
    fmt: FormatOpt = OutputFormat.TABLE,
    lang: Annotated[str | None, typer.Option(help="Only aliases in en, uk or ru.")] = None,
) -> None:
    """List the parties this ledger knows, built-in and added.

    Example: handover parties list --format json
    """
    with opened(db) as ledger:
        found = ledger.parties.all()
    rows: list[dict[str, object]] = [
        {"name": p.name, "kind": p.kind.value,
         "aliases": p.alias_texts(lang) if fmt is OutputFormat.JSON
         else _shorten(p.alias_texts(lang))}
        for p in found
    ]
    emit(rows, fmt, ["name", "kind", "aliases"])


@app.command("add")
def add(
    name: Annotated[str, typer.Argument(help="Canonical English short name.")],
    kind: Annotated[str, typer.Option(help="side or intermediary.")] = "side",
    alias: Annotated[list[str] | None, typer.Option(help="LANG:TEXT, repeatable.")] = None,
    db: DbOpt = None,
) -> None:
    """Add a party, with aliases.

    Example: handover parties add Transnistria --alias en:Tiraspol --alias ru:Приднестровье
    """
    party_kind = choice(PartyKind, kind, "party kind")
    with opened(db) as ledger:
        party = ledger.parties.add(name, party_kind, [_alias(a) for a in alias or []])
    console.print(f"added party {party.name} ({party.kind.value})")


@app.command("alias")
def add_alias(
    party: Annotated[str, typer.Argument(help="The party, by name or any alias.")],
    text: Annotated[str, typer.Argument(help="The new alias as written in reports.")],
    lang: Annotated[str, typer.Option(help="en, uk or ru.")] = "en",
    case_sensitive: Annotated[bool, typer.Option(help="Match only in this case (acronyms).")]
    = False,
    db: DbOpt = None,
) -> None:
    """Teach the ledger another name for a party.

    Example: handover parties alias Ukraine "Kyiv's negotiators" --lang en
    """
    with opened(db) as ledger:
        found = ledger.parties.alias(party, Alias(text, lang, case_sensitive))
    console.print(f"{text!r} now names {found.name}")


def _alias(spec: str) -> Alias:
    lang, sep, text = spec.partition(":")
    if not sep or not text.strip():
        raise InputError(f"alias {spec!r} is not LANG:TEXT")
    return Alias(text.strip(), lang.strip(), case_sensitive=text.strip().isupper())


def _shorten(aliases: list[str], limit: int = 8) -> str:
    shown = ", ".join(aliases[:limit])
    return f"{shown}, … (+{len(aliases) - limit})" if len(aliases) > limit else shown
