"""witness cosignatures

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "cosignatures",
        sa.Column("checkpoint_size", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("witness", sa.String(length=400), nullable=False),
        sa.Column("line", sa.Text(), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["checkpoint_size"],
            ["checkpoints.size"],
            name=op.f("fk_cosignatures_checkpoint_size_checkpoints"),
        ),
        sa.PrimaryKeyConstraint("checkpoint_size", "witness", name=op.f("pk_cosignatures")),
    )


def downgrade() -> None:
    op.drop_table("cosignatures")
