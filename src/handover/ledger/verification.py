"""``handover verify``: recompute every leaf, the tree and the checkpoints, and name what differs.

Checks, each naming the record or checkpoint concerned:
- every record's canonical bytes still hash to its log leaf (a row edited in SQL);
- every log entry has its record (a row deleted) and every record its entry (a row added
  outside the log); the log has no gap;
- the stored subtree hashes and the log head agree with the leaves (a truncated or patched log);
- every stored checkpoint is signed by the trusted key, for this origin, with the root the
  leaves give at its size, and the latest covers the whole log (a forged checkpoint);
- checkpoints obtained earlier (from a witness or a receipt) are consistent with the log (a
  rollback or a fork).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from sqlalchemy import Connection, select

from handover.errors import HandoverError
from handover.merkle import leaf_hash, node_hash
from handover.merkle.checkpoint import Checkpoint, open_checkpoint
from handover.merkle.keys import Verifier
from handover.merkle.store import root_at
from handover.storage import Database
from handover.storage.canonical import entry_bytes
from handover.storage.tables import (
    RECORD_TABLES,
    checkpoints,
    log_entries,
    log_head,
    log_nodes,
)

__all__ = ["LedgerVerification", "verify_ledger"]

_LAST = 2**63

Row = Mapping[Any, Any]


@dataclass(frozen=True)
class LedgerVerification:
    """The outcome: problems ordered by the log index they concern, the first one first."""

    size: int
    root: bytes
    checkpoint_size: int | None
    problems: tuple[str, ...] = field(default=())

    @property
    def ok(self) -> bool:
        """True when nothing differs."""
        return not self.problems


def verify_ledger(db: Database, trusted: Verifier,
                  earlier_checkpoints: Sequence[str] = ()) -> LedgerVerification:
    """Verify the whole ledger against its log and the trusted log key."""
    found: list[tuple[int, str]] = []
    with db.reading() as connection:
        entries = [Entry(int(idx), str(kind), bytes(leaf)) for idx, kind, leaf in
                   connection.execute(select(log_entries.c.idx, log_entries.c.record_type,
                                             log_entries.c.leaf_hash)
                                      .order_by(log_entries.c.idx))]
        tree = _Levels([e.leaf for e in entries])
        found += _gaps([e.idx for e in entries])
        found += _records(connection, entries)
        found += _head_and_nodes(connection, tree)
        latest, problems = _checkpoints(connection, db.origin, trusted, tree)
        found += problems
    found += _earlier(earlier_checkpoints, db.origin, trusted, tree)
    found.sort(key=lambda item: item[0])
    return LedgerVerification(tree.size, tree.root(tree.size), latest,
                              tuple(message for _, message in found))


class _Levels:
    """Every perfect subtree hash of the leaves, computed once, level by level."""

    def __init__(self, leaves: list[bytes]) -> None:
        self.size = len(leaves)
        self.levels = [leaves]
        while len(self.levels[-1]) > 1:
            below = self.levels[-1]
            self.levels.append([node_hash(below[i], below[i + 1])
                                for i in range(0, len(below) - 1, 2)])

    def get(self, level: int, index: int) -> bytes:
        """A perfect subtree hash (the SubtreeStore protocol, read side)."""
        return self.levels[level][index]

    def has(self, level: int, index: int) -> bool:
        """Whether the leaves complete this perfect subtree."""
        return level < len(self.levels) and index < len(self.levels[level])

    def put(self, nodes: Sequence[tuple[int, int, bytes]]) -> None:
        """Never called: this store is read-only."""
        raise NotImplementedError

    def root(self, size: int) -> bytes:
        """The root of the first ``size`` leaves, from the perfect subtrees."""
        return root_at(self, size)


class Entry(NamedTuple):
    """One log entry as stored."""

    idx: int
    record_type: str
    leaf: bytes


def _gaps(indices: list[int]) -> list[tuple[int, str]]:
    for position, idx in enumerate(indices):
        if idx != position:
            return [(position, f"log entry {position} is missing: the log has a gap")]
    return []


def _records(connection: Connection, entries: Sequence[Entry]) -> list[tuple[int, str]]:
    """Compare each table's rows with the log entries of that type, merging by id."""
    by_type: dict[str, list[Entry]] = {}
    for entry in entries:
        by_type.setdefault(entry.record_type, []).append(entry)
    problems = [(items[0].idx, f"log entry {items[0].idx} names unknown record type {kind!r}")
                for kind, items in by_type.items() if kind not in RECORD_TABLES]
    for name, table in RECORD_TABLES.items():
        rows = connection.execute(select(table).order_by(table.c.id)).mappings()
        problems += _merge(name, iter(rows), by_type.get(name, []))
    return problems


def _merge(name: str, rows: Iterator[Row], logged: list[Entry]) -> Iterator[tuple[int, str]]:
    row = next(rows, None)
    for entry in logged:
        while row is not None and row["id"] < entry.idx:
            yield _unlogged(name, row)
            row = next(rows, None)
        if row is None or row["id"] != entry.idx:
            yield entry.idx, f"record {entry.idx} ({name}) is missing: deleted after it was logged"
            continue
        if leaf_hash(entry_bytes(name, row)) != entry.leaf:
            yield entry.idx, (f"record {entry.idx} ({name}) does not match its log leaf: "
                              "altered after it was written")
        row = next(rows, None)
    while row is not None:
        yield _unlogged(name, row)
        row = next(rows, None)


def _unlogged(name: str, row: Row) -> tuple[int, str]:
    return row["id"], f"record {row['id']} ({name}) has no log entry: added outside the log"


def _head_and_nodes(connection: Connection, tree: _Levels) -> list[tuple[int, str]]:
    problems = []
    head = int(connection.execute(select(log_head.c.size)).scalar_one())
    if head != tree.size:
        problems.append((min(head, tree.size),
                         f"log head says {head} entries but the log holds {tree.size}"))
    stored = connection.execute(select(log_nodes.c.level, log_nodes.c.idx, log_nodes.c.hash))
    for level, idx, value in stored:
        if not tree.has(level, idx) or tree.get(level, idx) != bytes(value):
            problems.append((idx << level, f"stored subtree hash (level {level}, index {idx}) "
                             "does not match the leaves"))
    return problems


def _checkpoints(connection: Connection, origin: str, trusted: Verifier, tree: _Levels
                 ) -> tuple[int | None, list[tuple[int, str]]]:
    problems: list[tuple[int, str]] = []
    latest = None
    for row in connection.execute(select(checkpoints).order_by(checkpoints.c.size)):
        latest = row.size
        problem = _check_one(row.note, origin, trusted, tree, "stored checkpoint")
        if problem is not None:
            problems.append(problem)
    if tree.size and latest != tree.size:
        problems.append((latest or 0, f"entries {latest or 0}..{tree.size - 1} are not "
                         "covered by a signed checkpoint"))
    return latest, problems


def _earlier(notes: Sequence[str], origin: str, trusted: Verifier, tree: _Levels
             ) -> list[tuple[int, str]]:
    problems = []
    for note in notes:
        problem = _check_one(note, origin, trusted, tree, "earlier checkpoint")
        if problem is not None:
            problems.append(problem)
    return problems


def _check_one(note: str, origin: str, trusted: Verifier, tree: _Levels,
               what: str) -> tuple[int, str] | None:
    try:
        checkpoint: Checkpoint = open_checkpoint(note, [trusted], origin=origin).checkpoint
    except HandoverError as exc:
        return _LAST, f"{what}: {exc.message}"
    if checkpoint.size > tree.size:
        return (tree.size, f"{what} at size {checkpoint.size} is longer than the log "
                f"({tree.size} entries): the log was truncated or rolled back")
    root = tree.root(checkpoint.size)
    if root != checkpoint.root_hash:
        return (checkpoint.size - 1, f"{what} at size {checkpoint.size} has root "
                f"{checkpoint.root_hash.hex()[:16]}…, the log gives {root.hex()[:16]}…: "
                "the log was rewritten or forked")
    return None
