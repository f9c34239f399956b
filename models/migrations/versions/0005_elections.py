"""Owners' roll and owners' votes: units, owners, shares, votes, items, the frozen roll's
heads, ballots and roll amendments.

Revision ID: 0005_elections
Revises: 0004_merge
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_elections"
down_revision = "0004_merge"
branch_labels = None
depends_on = None
TABLES = [
    "owner",
    "owner_unit",
    "owner_vote",
    "owner_share",
    "roll_amendment",
    "vote_item",
    "vote_voter",
    "ballot",
]


def editable_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False
        ),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "owner",
        sa.Column("compound_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("identity", sa.String(length=40), nullable=False),
        *editable_columns(),
        sa.ForeignKeyConstraint(
            ["compound_id"], ["compound.id"], name=op.f("fk_owner_compound_id_compound")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_owner")),
        sa.UniqueConstraint("compound_id", "identity", name=op.f("uq_owner_compound_id")),
    )
    op.create_index(op.f("ix_owner_compound_id"), "owner", ["compound_id"], unique=False)
    op.create_table(
        "owner_unit",
        sa.Column("compound_id", sa.Integer(), nullable=False),
        sa.Column("building", sa.String(length=20), nullable=False),
        sa.Column("entrance", sa.String(length=20), nullable=False),
        sa.Column("room", sa.String(length=20), nullable=False),
        sa.Column("area", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("area_source", sa.String(length=10), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("developer_unsold", sa.Boolean(), nullable=False),
        *editable_columns(),
        sa.ForeignKeyConstraint(
            ["compound_id"], ["compound.id"], name=op.f("fk_owner_unit_compound_id_compound")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_owner_unit")),
        sa.UniqueConstraint(
            "compound_id", "building", "entrance", "room", name=op.f("uq_owner_unit_compound_id")
        ),
    )
    op.create_index(op.f("ix_owner_unit_compound_id"), "owner_unit", ["compound_id"], unique=False)
    op.create_table(
        "owner_vote",
        sa.Column("compound_id", sa.Integer(), nullable=False),
        sa.Column("matter", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("seats", sa.Integer(), nullable=True),
        sa.Column("roll_frozen_at", sa.DateTime(), nullable=True),
        sa.Column("roll_sha256", sa.String(length=64), nullable=False),
        *editable_columns(),
        sa.ForeignKeyConstraint(
            ["compound_id"], ["compound.id"], name=op.f("fk_owner_vote_compound_id_compound")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_owner_vote")),
    )
    op.create_index(op.f("ix_owner_vote_compound_id"), "owner_vote", ["compound_id"], unique=False)
    op.create_table(
        "owner_share",
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        *editable_columns(),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["owner.id"], name=op.f("fk_owner_share_owner_id_owner")
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"],
            ["owner_unit.id"],
            name=op.f("fk_owner_share_unit_id_owner_unit"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_owner_share")),
        sa.UniqueConstraint("unit_id", "owner_id", name=op.f("uq_owner_share_unit_id")),
    )
    op.create_index(op.f("ix_owner_share_owner_id"), "owner_share", ["owner_id"], unique=False)
    op.create_index(op.f("ix_owner_share_unit_id"), "owner_share", ["unit_id"], unique=False)
    op.create_table(
        "roll_amendment",
        sa.Column("vote_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=500), nullable=False),
        sa.Column("sha256_before", sa.String(length=64), nullable=False),
        sa.Column("sha256_after", sa.String(length=64), nullable=False),
        *editable_columns(),
        sa.ForeignKeyConstraint(
            ["vote_id"], ["owner_vote.id"], name=op.f("fk_roll_amendment_vote_id_owner_vote")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_roll_amendment")),
    )
    op.create_index(op.f("ix_roll_amendment_vote_id"), "roll_amendment", ["vote_id"], unique=False)
    op.create_table(
        "vote_item",
        sa.Column("vote_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        *editable_columns(),
        sa.ForeignKeyConstraint(
            ["vote_id"], ["owner_vote.id"], name=op.f("fk_vote_item_vote_id_owner_vote")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vote_item")),
        sa.UniqueConstraint("vote_id", "name", name=op.f("uq_vote_item_vote_id")),
    )
    op.create_index(op.f("ix_vote_item_vote_id"), "vote_item", ["vote_id"], unique=False)
    op.create_table(
        "vote_voter",
        sa.Column("vote_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("units", sa.Text(), nullable=False),
        sa.Column("area", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("owners", sa.Text(), nullable=False),
        sa.Column("developer", sa.Boolean(), nullable=False),
        *editable_columns(),
        sa.ForeignKeyConstraint(
            ["vote_id"], ["owner_vote.id"], name=op.f("fk_vote_voter_vote_id_owner_vote")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vote_voter")),
        sa.UniqueConstraint("vote_id", "number", name=op.f("uq_vote_voter_vote_id")),
    )
    op.create_index(op.f("ix_vote_voter_vote_id"), "vote_voter", ["vote_id"], unique=False)
    op.create_table(
        "ballot",
        sa.Column("vote_id", sa.Integer(), nullable=False),
        sa.Column("voter_id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=10), nullable=False),
        sa.Column("choices", sa.Text(), nullable=False),
        sa.Column("invalid_reason", sa.String(length=200), nullable=False),
        *editable_columns(),
        sa.ForeignKeyConstraint(
            ["vote_id"], ["owner_vote.id"], name=op.f("fk_ballot_vote_id_owner_vote")
        ),
        sa.ForeignKeyConstraint(
            ["voter_id"], ["vote_voter.id"], name=op.f("fk_ballot_voter_id_vote_voter")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ballot")),
        sa.UniqueConstraint("vote_id", "voter_id", name=op.f("uq_ballot_vote_id")),
    )
    op.create_index(op.f("ix_ballot_vote_id"), "ballot", ["vote_id"], unique=False)
    op.create_index(op.f("ix_ballot_voter_id"), "ballot", ["voter_id"], unique=False)


def downgrade() -> None:
    for table in reversed(TABLES):
        op.drop_table(table)
