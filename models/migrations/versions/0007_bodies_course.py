"""Self-governance bodies and their members; the course of an election (筹备组, dates,
candidates' qualification review, 备案 documents).

Revision ID: 0007_bodies_course
Revises: 0006_ballot_entry
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_bodies_course"
down_revision = "0006_ballot_entry"
branch_labels = None
depends_on = None
TABLES = ["election_course", "self_body", "body_member", "candidate_review", "prep_member"]


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
        "election_course",
        sa.Column("vote_id", sa.Integer(), nullable=False),
        sa.Column("prep_formed_on", sa.Date(), nullable=True),
        sa.Column("notice_on", sa.Date(), nullable=True),
        sa.Column("meeting_on", sa.Date(), nullable=True),
        sa.Column("meeting_place", sa.String(length=200), nullable=False),
        sa.Column("meeting_form", sa.String(length=20), nullable=False),
        sa.Column("elected_on", sa.Date(), nullable=True),
        sa.Column("first_meeting_on", sa.Date(), nullable=True),
        sa.Column("filed_on", sa.Date(), nullable=True),
        sa.Column("filing_documents", sa.Text(), nullable=False),
        *editable_columns(),
        sa.ForeignKeyConstraint(
            ["vote_id"], ["owner_vote.id"], name=op.f("fk_election_course_vote_id_owner_vote")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_election_course")),
        sa.UniqueConstraint("vote_id", name=op.f("uq_election_course_vote_id")),
    )
    op.create_table(
        "self_body",
        sa.Column("compound_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("scope", sa.String(length=100), nullable=False),
        sa.Column("term_start", sa.Date(), nullable=True),
        sa.Column("term_end", sa.Date(), nullable=True),
        sa.Column("filed_on", sa.Date(), nullable=True),
        sa.Column("vote_id", sa.Integer(), nullable=True),
        *editable_columns(),
        sa.ForeignKeyConstraint(
            ["compound_id"], ["compound.id"], name=op.f("fk_self_body_compound_id_compound")
        ),
        sa.ForeignKeyConstraint(
            ["vote_id"], ["owner_vote.id"], name=op.f("fk_self_body_vote_id_owner_vote")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_self_body")),
    )
    op.create_index(op.f("ix_self_body_compound_id"), "self_body", ["compound_id"], unique=False)
    op.create_table(
        "body_member",
        sa.Column("body_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("post", sa.String(length=20), nullable=False),
        sa.Column("party_member", sa.Boolean(), nullable=False),
        sa.Column("branch_secretary", sa.Boolean(), nullable=False),
        sa.Column("community_cadre", sa.Boolean(), nullable=False),
        sa.Column("joined_on", sa.Date(), nullable=False),
        sa.Column("left_on", sa.Date(), nullable=True),
        sa.Column("left_reason", sa.String(length=200), nullable=False),
        *editable_columns(),
        sa.ForeignKeyConstraint(
            ["body_id"], ["self_body.id"], name=op.f("fk_body_member_body_id_self_body")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_body_member_person_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_body_member")),
    )
    op.create_index(op.f("ix_body_member_body_id"), "body_member", ["body_id"], unique=False)
    op.create_table(
        "candidate_review",
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("recommended_by", sa.String(length=100), nullable=False),
        sa.Column("eligible", sa.Boolean(), nullable=True),
        sa.Column("reviewer", sa.String(length=50), nullable=False),
        sa.Column("reviewed_on", sa.Date(), nullable=True),
        sa.Column("reason", sa.String(length=300), nullable=False),
        sa.Column("party_member", sa.Boolean(), nullable=False),
        *editable_columns(),
        sa.ForeignKeyConstraint(
            ["item_id"], ["vote_item.id"], name=op.f("fk_candidate_review_item_id_vote_item")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_candidate_review")),
        sa.UniqueConstraint("item_id", name=op.f("uq_candidate_review_item_id")),
    )
    op.create_table(
        "prep_member",
        sa.Column("course_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("side", sa.String(length=20), nullable=False),
        sa.Column("leader", sa.Boolean(), nullable=False),
        *editable_columns(),
        sa.ForeignKeyConstraint(
            ["course_id"],
            ["election_course.id"],
            name=op.f("fk_prep_member_course_id_election_course"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_prep_member")),
    )
    op.create_index(op.f("ix_prep_member_course_id"), "prep_member", ["course_id"], unique=False)


def downgrade() -> None:
    for table in reversed(TABLES):
        op.drop_table(table)
