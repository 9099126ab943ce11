"""Tamper evidence: every way of rewriting the ledger behind its back is caught and named."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import Engine, create_engine, text

from handover.domain import Category, Claim, ReviewState
from handover.ledger import Ledger
from handover.merkle.checkpoint import Checkpoint, sign_checkpoint
from handover.merkle.keys import generate_signer


def _ledger(db_url: str) -> Ledger:
    ledger = Ledger.create(db_url)
    first = ledger.claims.add(Claim("Russia", "Ukraine", Category.BODIES, 1200,
                                    event_date=date(2025, 6, 13), speaker="Vladimir Medinsky"))
    ledger.claims.review(first.id, ReviewState.ACCEPTED, reviewer="analyst")
    ledger.claims.add(Claim("Ukraine", "Russia", Category.BODIES, 27, speaker="TASS"))
    return ledger


def _sql(db_url: str, *statements: str) -> None:
    engine: Engine = create_engine(db_url)
    with engine.begin() as connection:
        for statement in statements:
            connection.execute(text(statement))
    engine.dispose()


def test_intact_ledger_verifies(db_url: str) -> None:
    ledger = _ledger(db_url)
    result = ledger.verify()
    assert result.ok, result.problems
    assert result.size == result.checkpoint_size == 5
    ledger.close()


def test_row_edited_in_sql(db_url: str) -> None:
    ledger = _ledger(db_url)
    _sql(db_url, "UPDATE claims SET count = 1300 WHERE id = 1")
    assert ledger.verify().problems == (
        "record 1 (claims) does not match its log leaf: altered after it was written",)
    ledger.close()


def test_row_deleted(db_url: str) -> None:
    ledger = _ledger(db_url)
    _sql(db_url, "DELETE FROM reviews WHERE id = 2")
    assert ledger.verify().problems[0] == (
        "record 2 (reviews) is missing: deleted after it was logged")
    ledger.close()


def test_row_added_without_a_leaf(db_url: str) -> None:
    ledger = _ledger(db_url)
    _sql(db_url, "INSERT INTO sources (id, name, kind, recorded_at) "
                 "VALUES (99, 'Invented voice', 'official', '2025-06-13 00:00:00')")
    assert ledger.verify().problems == (
        "record 99 (sources) has no log entry: added outside the log",)
    ledger.close()


def test_truncated_log(db_url: str) -> None:
    ledger = _ledger(db_url)
    _sql(db_url, "DELETE FROM claims WHERE id = 4", "DELETE FROM log_entries WHERE idx = 4",
         "DELETE FROM log_nodes WHERE idx >= 2 AND level = 1",
         "UPDATE log_head SET size = 4")
    problems = ledger.verify().problems
    assert problems[0] == ("stored checkpoint at size 5 is longer than the log (4 entries): "
                           "the log was truncated or rolled back")
    ledger.close()


def test_forged_checkpoint(db_url: str) -> None:
    ledger = _ledger(db_url)
    forger = generate_signer(ledger.db.origin)
    latest = ledger.log.latest()
    assert latest is not None
    forged = sign_checkpoint(Checkpoint(latest.origin, latest.size, bytes(32)), [forger])
    _sql(db_url, f"UPDATE checkpoints SET note = '{forged}' WHERE size = {latest.size}")
    problems = ledger.verify().problems
    assert len(problems) == 1
    assert problems[0].startswith("stored checkpoint: ")
    ledger.close()


def test_rollback_is_caught_by_an_earlier_checkpoint(db_url: str) -> None:
    ledger = _ledger(db_url)
    earlier = ledger.log.checkpoint()
    assert earlier is not None
    _sql(db_url, "DELETE FROM claims WHERE id = 4", "DELETE FROM sources WHERE id = 3",
         "DELETE FROM checkpoints WHERE size > 3", "DELETE FROM log_entries WHERE idx >= 3",
         "DELETE FROM log_nodes WHERE level = 1 AND idx >= 1",
         "DELETE FROM log_nodes WHERE level = 2", "UPDATE log_head SET size = 3")
    assert ledger.verify().ok
    problems = ledger.verify(earlier_checkpoints=[earlier]).problems
    assert problems == ("earlier checkpoint at size 5 is longer than the log (3 entries): the "
                        "log was truncated or rolled back",)
    ledger.close()


def test_fork_is_caught_by_an_earlier_checkpoint(db_url: str) -> None:
    ledger = _ledger(db_url)
    earlier = ledger.log.checkpoint()
    assert earlier is not None
    _sql(db_url, "UPDATE claims SET count = 28 WHERE id = 4")
    problems = ledger.verify(earlier_checkpoints=[earlier]).problems
    assert problems[0] == ("record 4 (claims) does not match its log leaf: altered after it "
                           "was written")
    ledger.close()


def test_verify_needs_the_right_key(db_url: str) -> None:
    ledger = _ledger(db_url)
    stranger = generate_signer(ledger.db.origin).verifier().vkey()
    problems = ledger.verify(vkey=stranger).problems
    assert problems and all(p.startswith("stored checkpoint: ") for p in problems)
    ledger.close()


@pytest.mark.parametrize("level", [1, 2])
def test_altered_subtree_node(db_url: str, level: int) -> None:
    ledger = _ledger(db_url)
    zero = "X'" + "00" * 32 + "'" if db_url.startswith("sqlite") else "'\\x" + "00" * 32 + "'"
    _sql(db_url, f"UPDATE log_nodes SET hash = {zero} WHERE level = {level} AND idx = 0")
    assert ledger.verify().problems == (
        f"stored subtree hash (level {level}, index 0) does not match the leaves",)
    ledger.close()
