"""Two-way service lists (双服务清单): categories, yearly lists per resident unit, items,
their history, deliveries with participants and hours, evidence attachments.

Revision ID: 0013_services
Revises: 0012_governance
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013_services"
down_revision = "0012_governance"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "service_category",
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False
        ),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_category")),
        sa.UniqueConstraint("name", name=op.f("uq_service_category_name")),
    )
    op.create_table(
        "service_list",
        sa.Column("community_id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False
        ),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["community_id"], ["community.id"], name=op.f("fk_service_list_community_id_community")
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["resident_unit.id"], name=op.f("fk_service_list_unit_id_resident_unit")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_list")),
        sa.UniqueConstraint("unit_id", "year", name=op.f("uq_service_list_unit_id")),
    )
    with op.batch_alter_table("service_list", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_service_list_community_id"), ["community_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_service_list_unit_id"), ["unit_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_service_list_year"), ["year"], unique=False)

    op.create_table(
        "service_item",
        sa.Column("list_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("direction", sa.String(length=20), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("planned_on", sa.Date(), nullable=False),
        sa.Column("expected_beneficiaries", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("claimant_kind", sa.String(length=20), nullable=False),
        sa.Column("claimant_person_id", sa.Integer(), nullable=True),
        sa.Column("claimant_text", sa.String(length=100), nullable=False),
        sa.Column("claimed_on", sa.Date(), nullable=True),
        sa.Column("community_signer", sa.String(length=50), nullable=False),
        sa.Column("community_post", sa.String(length=50), nullable=False),
        sa.Column("community_signed_on", sa.Date(), nullable=True),
        sa.Column("unit_signer", sa.String(length=50), nullable=False),
        sa.Column("unit_post", sa.String(length=50), nullable=False),
        sa.Column("unit_signed_on", sa.Date(), nullable=True),
        sa.Column("rating", sa.String(length=20), nullable=False),
        sa.Column("rating_comment", sa.String(length=500), nullable=False),
        sa.Column("rated_on", sa.Date(), nullable=True),
        sa.Column("origin_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False
        ),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["category_id"],
            ["service_category.id"],
            name=op.f("fk_service_item_category_id_service_category"),
        ),
        sa.ForeignKeyConstraint(
            ["claimant_person_id"],
            ["person.id"],
            name=op.f("fk_service_item_claimant_person_id_person"),
        ),
        sa.ForeignKeyConstraint(
            ["list_id"], ["service_list.id"], name=op.f("fk_service_item_list_id_service_list")
        ),
        sa.ForeignKeyConstraint(
            ["origin_id"], ["service_item.id"], name=op.f("fk_service_item_origin_id_service_item")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_item")),
        sa.UniqueConstraint("list_id", "number", name=op.f("uq_service_item_list_id")),
    )
    with op.batch_alter_table("service_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_service_item_category_id"), ["category_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_service_item_claimant_person_id"), ["claimant_person_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_service_item_list_id"), ["list_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_service_item_origin_id"), ["origin_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_service_item_state"), ["state"], unique=False)

    op.create_table(
        "service_delivery",
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("delivered_on", sa.Date(), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("beneficiaries", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False
        ),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"], ["service_item.id"], name=op.f("fk_service_delivery_item_id_service_item")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_delivery")),
    )
    with op.batch_alter_table("service_delivery", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_service_delivery_item_id"), ["item_id"], unique=False)

    op.create_table(
        "service_event",
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("from_state", sa.String(length=20), nullable=False),
        sa.Column("to_state", sa.String(length=20), nullable=False),
        sa.Column("event_date", sa.Date(), nullable=True),
        sa.Column("note", sa.String(length=500), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False
        ),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"], ["service_item.id"], name=op.f("fk_service_event_item_id_service_item")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_event")),
    )
    with op.batch_alter_table("service_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_service_event_item_id"), ["item_id"], unique=False)

    op.create_table(
        "service_attachment",
        sa.Column("delivery_id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False
        ),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["delivery_id"],
            ["service_delivery.id"],
            name=op.f("fk_service_attachment_delivery_id_service_delivery"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_attachment")),
    )
    with op.batch_alter_table("service_attachment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_service_attachment_delivery_id"), ["delivery_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_service_attachment_sha256"), ["sha256"], unique=False)

    op.create_table(
        "service_participant",
        sa.Column("delivery_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False
        ),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["delivery_id"],
            ["service_delivery.id"],
            name=op.f("fk_service_participant_delivery_id_service_delivery"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_service_participant_person_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_participant")),
        sa.UniqueConstraint(
            "delivery_id", "person_id", name=op.f("uq_service_participant_delivery_id")
        ),
    )
    with op.batch_alter_table("service_participant", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_service_participant_delivery_id"), ["delivery_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_service_participant_person_id"), ["person_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("service_participant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_service_participant_person_id"))
        batch_op.drop_index(batch_op.f("ix_service_participant_delivery_id"))

    op.drop_table("service_participant")
    with op.batch_alter_table("service_attachment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_service_attachment_sha256"))
        batch_op.drop_index(batch_op.f("ix_service_attachment_delivery_id"))

    op.drop_table("service_attachment")
    with op.batch_alter_table("service_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_service_event_item_id"))

    op.drop_table("service_event")
    with op.batch_alter_table("service_delivery", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_service_delivery_item_id"))

    op.drop_table("service_delivery")
    with op.batch_alter_table("service_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_service_item_state"))
        batch_op.drop_index(batch_op.f("ix_service_item_origin_id"))
        batch_op.drop_index(batch_op.f("ix_service_item_list_id"))
        batch_op.drop_index(batch_op.f("ix_service_item_claimant_person_id"))
        batch_op.drop_index(batch_op.f("ix_service_item_category_id"))

    op.drop_table("service_item")
    with op.batch_alter_table("service_list", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_service_list_year"))
        batch_op.drop_index(batch_op.f("ix_service_list_unit_id"))
        batch_op.drop_index(batch_op.f("ix_service_list_community_id"))

    op.drop_table("service_list")
    op.drop_table("service_category")
