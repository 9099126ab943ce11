"""Parties: the built-in registry plus parties and aliases people add to this ledger."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sqlalchemy import select

from handover.domain import Alias, Party, PartyKind, PartyRegistry
from handover.errors import InputError
from handover.storage.tables import parties, party_aliases

if TYPE_CHECKING:
    from handover.ledger.facade import Ledger

__all__ = ["PartyBook"]

LANGUAGES = ("en", "uk", "ru")


class PartyBook:
    """The parties this ledger knows, and how to teach it more."""

    def __init__(self, ledger: Ledger) -> None:
        self._ledger = ledger
        self._registry: PartyRegistry | None = None

    def registry(self) -> PartyRegistry:
        """The built-in registry extended with this ledger's own parties and aliases."""
        if self._registry is None:
            registry = PartyRegistry.builtin()
            with self._ledger.db.reading() as connection:
                for row in connection.execute(select(parties).order_by(parties.c.id)).mappings():
                    registry.add(Party(row["name"], PartyKind(row["kind"])))
                query = select(party_aliases).order_by(party_aliases.c.id)
                for row in connection.execute(query).mappings():
                    registry.add_alias(
                        row["party"], Alias(row["text"], row["lang"], row["case_sensitive"])
                    )
            self._registry = registry
        return self._registry

    def all(self) -> list[Party]:
        """Every party, built-in and added, in registry order."""
        return list(self.registry())

    def add(self, name: str, kind: PartyKind, aliases: Sequence[Alias] = ()) -> Party:
        """Add a new party with optional aliases."""
        name = name.strip()
        if not name:
            raise InputError("a party needs a name")
        if self.registry().resolve(name) is not None:
            raise InputError(f"party {name!r} already exists as {self.registry().resolve(name)!r}")
        with self._ledger.write() as session:
            session.insert(parties, {"name": name, "kind": kind.value})
            for alias in aliases:
                session.insert(party_aliases, _alias_values(name, alias))
        self._registry = None
        party = self.registry().get(name)
        assert party is not None
        return party

    def alias(self, name: str, alias: Alias) -> Party:
        """Teach the ledger one more name for an existing party."""
        registry = self.registry()
        canonical = registry.resolve(name)
        if canonical is None:
            raise InputError(f"unknown party {name!r} (add it with `handover parties add`)")
        if alias.lang not in LANGUAGES:
            raise InputError(f"unknown language {alias.lang!r} (expected en, uk or ru)")
        taken = registry.resolve(alias.text)
        if taken is not None:
            raise InputError(f"alias {alias.text!r} already names {taken!r}")
        with self._ledger.write() as session:
            session.insert(party_aliases, _alias_values(canonical, alias))
        self._registry = None
        party = self.registry().get(canonical)
        assert party is not None
        return party


def _alias_values(name: str, alias: Alias) -> dict[str, object]:
    return {"party": name, "text": alias.text.strip(), "lang": alias.lang,
            "case_sensitive": alias.case_sensitive}
