"""Upward packages (上报): keys, exports, the street's received packages and their data.

Revision ID: 0011_upward
Revises: 0010_volunteers
Create Date: 2026-11-30

Also makes the per-database namespace of record UUIDs (app_key "upward_namespace"), once,
so a record's UUID stays the same in every package this database ever sends.
"""
from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0011_upward"
down_revision = "0010_volunteers"
branch_labels = None
depends_on = None


def editable_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("CURRENT_TIMESTAMP"),
                  nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("CURRENT_TIMESTAMP"),
                  nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
    ]


def _pk(table: str) -> sa.PrimaryKeyConstraint:
    return sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}"))


def upgrade() -> None:
    op.create_table("upward_setting", sa.Column("share_person_names", sa.Boolean(),
                                                nullable=False),
                    *editable_columns(), _pk("upward_setting"))
    op.create_table(
        "upward_key",
        sa.Column("office_code", sa.String(length=20), nullable=False),
        sa.Column("office_name", sa.String(length=100), nullable=False),
        sa.Column("street_name", sa.String(length=100), nullable=False),
        sa.Column("public_key", sa.String(length=64), nullable=False),
        sa.Column("fingerprint", sa.String(length=40), nullable=False),
        sa.Column("own", sa.Boolean(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("retired_at", sa.DateTime(), nullable=True),
        sa.Column("note", sa.String(length=200), nullable=False),
        *editable_columns(), _pk("upward_key"))
    op.create_index(op.f("ix_upward_key_office_code"), "upward_key", ["office_code"])
    op.create_index(op.f("ix_upward_key_fingerprint"), "upward_key", ["fingerprint"])
    op.create_table(
        "upward_export",
        sa.Column("period", sa.String(length=10), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("created", sa.String(length=32), nullable=False),
        sa.Column("audit_head", sa.String(length=64), nullable=False),
        sa.Column("fingerprint", sa.String(length=40), nullable=False),
        *editable_columns(), _pk("upward_export"),
        sa.UniqueConstraint("period", "sequence", name=op.f("uq_upward_export_period")))
    op.create_index(op.f("ix_upward_export_period"), "upward_export", ["period"])
    op.create_table(
        "upward_package",
        sa.Column("package_sha256", sa.String(length=64), nullable=False),
        sa.Column("office_code", sa.String(length=20), nullable=False),
        sa.Column("office_name", sa.String(length=100), nullable=False),
        sa.Column("period", sa.String(length=10), nullable=False),
        sa.Column("period_kind", sa.String(length=10), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("fingerprint", sa.String(length=40), nullable=False),
        sa.Column("manifest", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("late", sa.Boolean(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("decided_by", sa.String(length=50), nullable=False),
        *editable_columns(), _pk("upward_package"),
        sa.UniqueConstraint("package_sha256", name=op.f("uq_upward_package_package_sha256")))
    op.create_index(op.f("ix_upward_package_office_code"), "upward_package", ["office_code"])
    op.create_index(op.f("ix_upward_package_period"), "upward_package", ["period"])
    op.create_table(
        "upward_data",
        sa.Column("package_id", sa.Integer(), nullable=False),
        sa.Column("module", sa.String(length=30), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        *editable_columns(), _pk("upward_data"),
        sa.ForeignKeyConstraint(["package_id"], ["upward_package.id"],
                                name=op.f("fk_upward_data_package_id_upward_package")),
        sa.UniqueConstraint("package_id", "module", name=op.f("uq_upward_data_package_id")))
    op.create_index(op.f("ix_upward_data_package_id"), "upward_data", ["package_id"])
    app_key = sa.table("app_key", sa.column("name", sa.String), sa.column("value", sa.String))
    present = op.get_bind().execute(
        sa.select(app_key.c.name).where(app_key.c.name == "upward_namespace")).first()
    if present is None:  # a downgrade keeps it (app_key is write-once)
        op.bulk_insert(app_key, [{"name": "upward_namespace", "value": str(uuid.uuid4())}])


def downgrade() -> None:
    for table in ("upward_data", "upward_package", "upward_export", "upward_key",
                  "upward_setting"):
        op.drop_table(table)
    # app_key is write-once (0008's triggers): the namespace row stays, harmless and unique.
