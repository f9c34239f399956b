"""A per-database secret for the keyed digests of personal data in the audit trail.

Revision ID: 0008_audit_key
Revises: 0007_bodies_course
Create Date: 2026-11-30

The key is made here, once per database, so every PC of an office that shares one
PostgreSQL database computes the same digests, and a backup or restore carries it along
with the numbers it protects. Triggers make the row write-once: a changed key would
silently turn every digest in the trail into a mismatch.
"""
from __future__ import annotations

import secrets

import sqlalchemy as sa
from alembic import op

revision = "0008_audit_key"
down_revision = "0007_bodies_course"
branch_labels = None
depends_on = None

WRITE_ONCE_SQLITE = [
    "CREATE TRIGGER app_key_no_update BEFORE UPDATE ON app_key "
    "BEGIN SELECT RAISE(ABORT, 'app_key is write-once'); END",
    "CREATE TRIGGER app_key_no_delete BEFORE DELETE ON app_key "
    "BEGIN SELECT RAISE(ABORT, 'app_key is write-once'); END",
]
WRITE_ONCE_POSTGRES = [
    "CREATE FUNCTION app_key_write_once() RETURNS trigger LANGUAGE plpgsql AS "
    "$$ BEGIN RAISE EXCEPTION 'app_key is write-once'; END $$",
    "CREATE TRIGGER app_key_no_change BEFORE UPDATE OR DELETE ON app_key "
    "FOR EACH ROW EXECUTE FUNCTION app_key_write_once()",
    "CREATE TRIGGER app_key_no_truncate BEFORE TRUNCATE ON app_key "
    "FOR EACH STATEMENT EXECUTE FUNCTION app_key_write_once()",
]


def upgrade() -> None:
    table = op.create_table(
        "app_key",
        sa.Column("name", sa.String(length=32), nullable=False),
        sa.Column("value", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_app_key")),
    )
    op.bulk_insert(table, [{"name": "audit_digest", "value": secrets.token_hex(32)}])
    sqlite = op.get_bind().dialect.name == "sqlite"
    for statement in WRITE_ONCE_SQLITE if sqlite else WRITE_ONCE_POSTGRES:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER app_key_no_update")
        op.execute("DROP TRIGGER app_key_no_delete")
    else:
        op.execute("DROP TRIGGER app_key_no_change ON app_key")
        op.execute("DROP TRIGGER app_key_no_truncate ON app_key")
        op.execute("DROP FUNCTION app_key_write_once()")
    op.drop_table("app_key")
