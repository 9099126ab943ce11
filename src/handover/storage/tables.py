"""The ledger's tables, defined once with SQLAlchemy Core; Alembic migrations follow them.

Every domain table is insert-only: a record's ``id`` is the index of the Merkle log leaf that
holds its canonical bytes, so ids are unique across tables and a correction is a new row.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

__all__ = [
    "RECORD_TABLES",
    "agreements",
    "checkpoints",
    "claims",
    "cosignatures",
    "evidence",
    "ledger_meta",
    "log_entries",
    "log_head",
    "log_nodes",
    "metadata",
    "parties",
    "party_aliases",
    "reports",
    "reviews",
    "sources",
]

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)


def _recorded_at() -> Column[object]:
    return Column("recorded_at", DateTime(timezone=True), nullable=False)


ledger_meta = Table(
    "ledger_meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

log_head = Table(
    "log_head",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("size", BigInteger, nullable=False),
)

log_entries = Table(
    "log_entries",
    metadata,
    Column("idx", BigInteger, primary_key=True, autoincrement=False),
    Column("record_type", String(32), nullable=False),
    Column("leaf_hash", LargeBinary(32), nullable=False),
)

log_nodes = Table(
    "log_nodes",
    metadata,
    Column("level", Integer, primary_key=True, autoincrement=False),
    Column("idx", BigInteger, primary_key=True, autoincrement=False),
    Column("hash", LargeBinary(32), nullable=False),
)

checkpoints = Table(
    "checkpoints",
    metadata,
    Column("size", BigInteger, primary_key=True, autoincrement=False),
    Column("root_hash", LargeBinary(32), nullable=False),
    Column("note", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

cosignatures = Table(
    "cosignatures",
    metadata,
    Column("checkpoint_size", BigInteger, ForeignKey("checkpoints.size"), primary_key=True,
           autoincrement=False),
    Column("witness", String(400), primary_key=True),
    Column("line", Text, nullable=False),
    Column("added_at", DateTime(timezone=True), nullable=False),
)

parties = Table(
    "parties",
    metadata,
    Column("id", BigInteger, primary_key=True, autoincrement=False),
    Column("name", String(200), nullable=False, unique=True),
    Column("kind", String(32), nullable=False),
    _recorded_at(),
)

party_aliases = Table(
    "party_aliases",
    metadata,
    Column("id", BigInteger, primary_key=True, autoincrement=False),
    Column("party", String(200), nullable=False, index=True),
    Column("text", String(400), nullable=False),
    Column("lang", String(8), nullable=False),
    Column("case_sensitive", Boolean, nullable=False),
    _recorded_at(),
)

sources = Table(
    "sources",
    metadata,
    Column("id", BigInteger, primary_key=True, autoincrement=False),
    Column("name", String(400), nullable=False, index=True),
    Column("kind", String(32), nullable=False),
    Column("affiliation", String(200)),
    Column("relayed_by", String(400)),
    Column("supersedes", BigInteger, ForeignKey("sources.id")),
    _recorded_at(),
)

reports = Table(
    "reports",
    metadata,
    Column("id", BigInteger, primary_key=True, autoincrement=False),
    Column("sha256", String(64), nullable=False, unique=True),
    Column("text", Text, nullable=False),
    Column("title", Text),
    Column("url", Text),
    Column("language", String(8)),
    Column("published", Date),
    Column("filename", Text),
    Column("media_type", String(64)),
    _recorded_at(),
)

claims = Table(
    "claims",
    metadata,
    Column("id", BigInteger, primary_key=True, autoincrement=False),
    Column("report_id", BigInteger, ForeignKey("reports.id"), index=True),
    Column("source_id", BigInteger, ForeignKey("sources.id"), index=True),
    Column("giver", String(200)),
    Column("receiver", String(200)),
    Column("category", String(16), nullable=False),
    Column("count", BigInteger),
    Column("qualifier", String(16), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("event_date", Date, index=True),
    Column("statement_date", Date),
    Column("speaker", Text),
    Column("quote", Text, nullable=False),
    Column("quote_start", Integer, nullable=False),
    Column("quote_end", Integer, nullable=False),
    Column("flags", JSON, nullable=False),
    Column("supersedes", BigInteger, ForeignKey("claims.id"), index=True),
    Column("citation", Text),
    Column("note", Text),
    _recorded_at(),
)

reviews = Table(
    "reviews",
    metadata,
    Column("id", BigInteger, primary_key=True, autoincrement=False),
    Column("claim_id", BigInteger, ForeignKey("claims.id"), nullable=False, index=True),
    Column("state", String(16), nullable=False),
    Column("reviewer", String(200)),
    Column("note", Text),
    _recorded_at(),
)

agreements = Table(
    "agreements",
    metadata,
    Column("id", BigInteger, primary_key=True, autoincrement=False),
    Column("name", Text, nullable=False),
    Column("date", Date),
    Column("venue", Text),
    Column("parties", JSON, nullable=False),
    Column("mediators", JSON, nullable=False),
    Column("terms", JSON, nullable=False),
    Column("supersedes", BigInteger, ForeignKey("agreements.id")),
    _recorded_at(),
)

evidence = Table(
    "evidence",
    metadata,
    Column("id", BigInteger, primary_key=True, autoincrement=False),
    Column("location", Text, nullable=False),
    Column("sha256", String(64)),
    Column("media_type", String(128), nullable=False),
    Column("description", Text, nullable=False),
    Column("event_ids", JSON, nullable=False),
    Column("authenticity", String(32), nullable=False),
    Column("size", BigInteger),
    Column("supersedes", BigInteger, ForeignKey("evidence.id")),
    _recorded_at(),
)

RECORD_TABLES: dict[str, Table] = {
    t.name: t for t in (parties, party_aliases, sources, reports, claims, reviews, agreements,
                        evidence)
}
