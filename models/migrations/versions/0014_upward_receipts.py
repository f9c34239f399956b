"""The street's receipts (回执) a community imports, one row per distinct receipt, each
naming the package (upward_export) it decides on.

Revision ID: 0014_upward_receipts
Revises: 0013_services
Create Date: 2026-11-30
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014_upward_receipts"
down_revision = "0013_services"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "upward_receipt",
        sa.Column("export_id", sa.Integer(), nullable=False),
        sa.Column("receipt_sha256", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("decided_by", sa.String(length=50), nullable=False),
        sa.Column("street_code", sa.String(length=20), nullable=False),
        sa.Column("street_name", sa.String(length=100), nullable=False),
        sa.Column("fingerprint", sa.String(length=40), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("CURRENT_TIMESTAMP"),
                  nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("CURRENT_TIMESTAMP"),
                  nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["export_id"], ["upward_export.id"],
                                name=op.f("fk_upward_receipt_export_id_upward_export")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_upward_receipt")),
        sa.UniqueConstraint("receipt_sha256", name=op.f("uq_upward_receipt_receipt_sha256")),
    )
    op.create_index(op.f("ix_upward_receipt_export_id"), "upward_receipt", ["export_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_upward_receipt_export_id"), table_name="upward_receipt")
    op.drop_table("upward_receipt")
