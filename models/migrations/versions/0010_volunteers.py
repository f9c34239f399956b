"""Volunteer teams and hours, the 微讲堂 menu and bookings, in-service Party members.

Revision ID: 0010_volunteers
Revises: 0009_election_config
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_volunteers"
down_revision = "0009_election_config"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "lecture",
        sa.Column("topic", sa.String(length=200), nullable=False),
        sa.Column("lecturer", sa.String(length=50), nullable=False),
        sa.Column("provider", sa.String(length=200), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=True),
        sa.Column("start_minute", sa.Integer(), nullable=True),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lecture")),
    )
    with op.batch_alter_table("lecture", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_lecture_day"), ["day"], unique=False)

    op.create_table(
        "volunteer_setting",
        sa.Column("feedback_period", sa.String(length=10), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_volunteer_setting")),
    )
    op.create_table(
        "volunteer_team",
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("leader", sa.String(length=50), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["volunteer_team.id"],
            name=op.f("fk_volunteer_team_parent_id_volunteer_team"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_volunteer_team")),
        sa.UniqueConstraint("parent_id", "name", name=op.f("uq_volunteer_team_parent_id")),
    )
    with op.batch_alter_table("volunteer_team", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_volunteer_team_parent_id"), ["parent_id"], unique=False
        )

    op.create_table(
        "lecture_booking",
        sa.Column("lecture_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("phone", sa.String(length=30), nullable=False),
        sa.Column("booked_on", sa.Date(), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("attended", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["lecture_id"], ["lecture.id"], name=op.f("fk_lecture_booking_lecture_id_lecture")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lecture_booking")),
    )
    with op.batch_alter_table("lecture_booking", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_lecture_booking_lecture_id"), ["lecture_id"], unique=False
        )

    op.create_table(
        "volunteer_activity",
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("start_minute", sa.Integer(), nullable=False),
        sa.Column("end_minute", sa.Integer(), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["team_id"],
            ["volunteer_team.id"],
            name=op.f("fk_volunteer_activity_team_id_volunteer_team"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_volunteer_activity")),
    )
    with op.batch_alter_table("volunteer_activity", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_volunteer_activity_day"), ["day"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_volunteer_activity_team_id"), ["team_id"], unique=False
        )

    op.create_table(
        "service_member",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.Column("employer", sa.String(length=200), nullable=False),
        sa.Column("employer_org", sa.String(length=200), nullable=False),
        sa.Column("compound_id", sa.Integer(), nullable=True),
        sa.Column("registered_on", sa.Date(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["compound_id"], ["compound.id"], name=op.f("fk_service_member_compound_id_compound")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_service_member_person_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["resident_unit.id"], name=op.f("fk_service_member_unit_id_resident_unit")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_member")),
        sa.UniqueConstraint("person_id", name=op.f("uq_service_member_person_id")),
    )
    with op.batch_alter_table("service_member", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_service_member_unit_id"), ["unit_id"], unique=False)

    op.create_table(
        "volunteer_hours",
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["volunteer_activity.id"],
            name=op.f("fk_volunteer_hours_activity_id_volunteer_activity"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_volunteer_hours_person_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_volunteer_hours")),
        sa.UniqueConstraint(
            "activity_id", "person_id", name=op.f("uq_volunteer_hours_activity_id")
        ),
    )
    with op.batch_alter_table("volunteer_hours", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_volunteer_hours_activity_id"), ["activity_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_volunteer_hours_person_id"), ["person_id"], unique=False
        )

    op.create_table(
        "volunteer_member",
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("joined_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_volunteer_member_person_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["team_id"],
            ["volunteer_team.id"],
            name=op.f("fk_volunteer_member_team_id_volunteer_team"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_volunteer_member")),
        sa.UniqueConstraint("team_id", "person_id", name=op.f("uq_volunteer_member_team_id")),
    )
    with op.batch_alter_table("volunteer_member", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_volunteer_member_person_id"), ["person_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_volunteer_member_team_id"), ["team_id"], unique=False)

    op.create_table(
        "micro_wish",
        sa.Column("wisher", sa.String(length=50), nullable=False),
        sa.Column("content", sa.String(length=200), nullable=False),
        sa.Column("posted_on", sa.Date(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("claimed_on", sa.Date(), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["service_member.id"],
            name=op.f("fk_micro_wish_member_id_service_member"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_micro_wish")),
    )
    with op.batch_alter_table("micro_wish", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_micro_wish_member_id"), ["member_id"], unique=False)

    op.create_table(
        "member_service",
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("start_minute", sa.Integer(), nullable=False),
        sa.Column("end_minute", sa.Integer(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("wish_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["service_member.id"],
            name=op.f("fk_member_service_member_id_service_member"),
        ),
        sa.ForeignKeyConstraint(
            ["wish_id"], ["micro_wish.id"], name=op.f("fk_member_service_wish_id_micro_wish")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_member_service")),
    )
    with op.batch_alter_table("member_service", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_member_service_day"), ["day"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_member_service_member_id"), ["member_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("member_service", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_member_service_member_id"))
        batch_op.drop_index(batch_op.f("ix_member_service_day"))

    op.drop_table("member_service")
    with op.batch_alter_table("micro_wish", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_micro_wish_member_id"))

    op.drop_table("micro_wish")
    with op.batch_alter_table("volunteer_member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_volunteer_member_team_id"))
        batch_op.drop_index(batch_op.f("ix_volunteer_member_person_id"))

    op.drop_table("volunteer_member")
    with op.batch_alter_table("volunteer_hours", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_volunteer_hours_person_id"))
        batch_op.drop_index(batch_op.f("ix_volunteer_hours_activity_id"))

    op.drop_table("volunteer_hours")
    with op.batch_alter_table("service_member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_service_member_unit_id"))

    op.drop_table("service_member")
    with op.batch_alter_table("volunteer_activity", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_volunteer_activity_team_id"))
        batch_op.drop_index(batch_op.f("ix_volunteer_activity_day"))

    op.drop_table("volunteer_activity")
    with op.batch_alter_table("lecture_booking", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_lecture_booking_lecture_id"))

    op.drop_table("lecture_booking")
    with op.batch_alter_table("volunteer_team", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_volunteer_team_parent_id"))

    op.drop_table("volunteer_team")
    op.drop_table("volunteer_setting")
    with op.batch_alter_table("lecture", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_lecture_day"))

    op.drop_table("lecture")
