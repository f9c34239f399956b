"""Double entry of paper ballots (two passes) and the proxy register.

Revision ID: 0006_ballot_entry
Revises: 0005_elections
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_ballot_entry"
down_revision = "0005_elections"
branch_labels = None
depends_on = None
TABLES = ["ballot_draft", "vote_proxy"]


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
        "ballot_draft",
        sa.Column("vote_id", sa.Integer(), nullable=False),
        sa.Column("voter_id", sa.Integer(), nullable=False),
        sa.Column("pass_no", sa.Integer(), nullable=False),
        sa.Column("clerk", sa.String(length=64), nullable=False),
        sa.Column("channel", sa.String(length=10), nullable=False),
        sa.Column("choices", sa.Text(), nullable=False),
        sa.Column("invalid_reason", sa.String(length=200), nullable=False),
        *editable_columns(),
        sa.ForeignKeyConstraint(
            ["vote_id"], ["owner_vote.id"], name=op.f("fk_ballot_draft_vote_id_owner_vote")
        ),
        sa.ForeignKeyConstraint(
            ["voter_id"], ["vote_voter.id"], name=op.f("fk_ballot_draft_voter_id_vote_voter")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ballot_draft")),
        sa.UniqueConstraint("vote_id", "voter_id", "pass_no", name=op.f("uq_ballot_draft_vote_id")),
    )
    op.create_index(op.f("ix_ballot_draft_vote_id"), "ballot_draft", ["vote_id"], unique=False)
    op.create_index(op.f("ix_ballot_draft_voter_id"), "ballot_draft", ["voter_id"], unique=False)
    op.create_table(
        "vote_proxy",
        sa.Column("vote_id", sa.Integer(), nullable=False),
        sa.Column("voter_id", sa.Integer(), nullable=False),
        sa.Column("proxy_name", sa.String(length=100), nullable=False),
        sa.Column("proxy_id_masked", sa.String(length=40), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=True),
        *editable_columns(),
        sa.ForeignKeyConstraint(
            ["vote_id"], ["owner_vote.id"], name=op.f("fk_vote_proxy_vote_id_owner_vote")
        ),
        sa.ForeignKeyConstraint(
            ["voter_id"], ["vote_voter.id"], name=op.f("fk_vote_proxy_voter_id_vote_voter")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vote_proxy")),
        sa.UniqueConstraint("vote_id", "voter_id", name=op.f("uq_vote_proxy_vote_id")),
    )
    op.create_index(op.f("ix_vote_proxy_vote_id"), "vote_proxy", ["vote_id"], unique=False)
    op.create_index(op.f("ix_vote_proxy_voter_id"), "vote_proxy", ["voter_id"], unique=False)


def downgrade() -> None:
    for table in reversed(TABLES):
        op.drop_table(table)
