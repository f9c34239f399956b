"""The election rules an administrator sets for the province (periods, sizes, parking).

Revision ID: 0009_election_config
Revises: 0008_audit_key
Create Date: 2026-11-30

No row is seeded: without one the national defaults apply, and the first save is audited
like any other record.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_election_config"
down_revision = "0008_audit_key"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "election_config",
        sa.Column("values", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("CURRENT_TIMESTAMP"),
                  nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("CURRENT_TIMESTAMP"),
                  nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_election_config")),
    )


def downgrade() -> None:
    op.drop_table("election_config")
