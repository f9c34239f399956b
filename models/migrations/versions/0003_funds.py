"""Party-building funds: entries (vouchers), posted lines, attachments, voucher counters,
budgets and the admin-editable rules, seeded with domain.md's defaults.

Triggers freeze what is posted: an entry whose status is 'posted' cannot be updated or
deleted, and lines (written only at posting) cannot be updated or deleted at all.

Revision ID: 0003_funds
Revises: 0002_users_audit
Create Date: 2026-11-25
"""
from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0003_funds"
down_revision = "0002_users_audit"
branch_labels = None
depends_on = None

DUES_USES = ["培训党员", "订阅或购买党员教育材料和设备", "表彰先进", "慰问困难党员", "救灾"]
CATEGORIES = DUES_USES + ["党建活动", "阵地建设", "办公用品", "其他"]

FROZEN_SQLITE = [
    "CREATE TRIGGER fund_entry_posted_no_update BEFORE UPDATE ON fund_entry "
    "WHEN OLD.status = 'posted' "
    "BEGIN SELECT RAISE(ABORT, 'posted fund entries cannot be changed'); END",
    "CREATE TRIGGER fund_entry_posted_no_delete BEFORE DELETE ON fund_entry "
    "WHEN OLD.status = 'posted' "
    "BEGIN SELECT RAISE(ABORT, 'posted fund entries cannot be deleted'); END",
    "CREATE TRIGGER fund_line_no_update BEFORE UPDATE ON fund_line "
    "BEGIN SELECT RAISE(ABORT, 'fund lines cannot be changed'); END",
    "CREATE TRIGGER fund_line_no_delete BEFORE DELETE ON fund_line "
    "BEGIN SELECT RAISE(ABORT, 'fund lines cannot be deleted'); END",
]
FROZEN_POSTGRES = [
    "CREATE FUNCTION fund_entry_posted_frozen() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "BEGIN IF OLD.status = 'posted' THEN "
    "RAISE EXCEPTION 'posted fund entries cannot be changed or deleted'; END IF; "
    "IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$",
    "CREATE TRIGGER fund_entry_posted_frozen BEFORE UPDATE OR DELETE ON fund_entry "
    "FOR EACH ROW EXECUTE FUNCTION fund_entry_posted_frozen()",
    "CREATE FUNCTION fund_line_frozen() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "BEGIN RAISE EXCEPTION 'fund lines cannot be changed or deleted'; END $$",
    "CREATE TRIGGER fund_line_frozen BEFORE UPDATE OR DELETE ON fund_line "
    "FOR EACH ROW EXECUTE FUNCTION fund_line_frozen()",
    "CREATE TRIGGER fund_line_no_truncate BEFORE TRUNCATE ON fund_line "
    "FOR EACH STATEMENT EXECUTE FUNCTION fund_line_frozen()",
]


def editable_columns() -> list[sa.Column]:
    return [
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'),
                  nullable=False),
        sa.Column('updated_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'),
                  nullable=False),
        sa.Column('updated_by', sa.String(length=64), nullable=False),
    ]


def upgrade() -> None:
    op.create_table('fund_entry',
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('fund', sa.String(length=20), nullable=False),
    sa.Column('holder_org_id', sa.Integer(), nullable=True),
    sa.Column('entry_date', sa.Date(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('summary', sa.String(length=200), nullable=False),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.Column('counterparty', sa.String(length=200), nullable=False),
    sa.Column('category', sa.String(length=50), nullable=False),
    sa.Column('approver', sa.String(length=50), nullable=False),
    sa.Column('meeting_ref', sa.String(length=200), nullable=False),
    sa.Column('meeting_date', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('drafted_by', sa.String(length=50), nullable=False),
    sa.Column('voucher_year', sa.Integer(), nullable=True),
    sa.Column('voucher_no', sa.Integer(), nullable=True),
    sa.Column('posted_at', sa.DateTime(), nullable=True),
    sa.Column('posted_by', sa.String(length=50), nullable=False),
    sa.Column('reverses_id', sa.Integer(), nullable=True),
    *editable_columns(),
    sa.CheckConstraint('amount > 0', name=op.f('ck_fund_entry_amount_positive')),
    sa.CheckConstraint("(status = 'draft' AND voucher_no IS NULL) OR "
                       "(status = 'posted' AND voucher_no IS NOT NULL)",
                       name=op.f('ck_fund_entry_voucher_posted')),
    sa.ForeignKeyConstraint(['holder_org_id'], ['party_org.id'],
                            name=op.f('fk_fund_entry_holder_org_id_party_org')),
    sa.ForeignKeyConstraint(['reverses_id'], ['fund_entry.id'],
                            name=op.f('fk_fund_entry_reverses_id_fund_entry')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fund_entry')),
    sa.UniqueConstraint('reverses_id', name=op.f('uq_fund_entry_reverses_id')),
    sa.UniqueConstraint('voucher_year', 'voucher_no', name=op.f('uq_fund_entry_voucher_year'))
    )
    op.create_index(op.f('ix_fund_entry_entry_date'), 'fund_entry', ['entry_date'])
    op.create_index(op.f('ix_fund_entry_holder_org_id'), 'fund_entry', ['holder_org_id'])
    op.create_table('fund_line',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('entry_id', sa.Integer(), nullable=False),
    sa.Column('fund', sa.String(length=20), nullable=False),
    sa.Column('holder_org_id', sa.Integer(), nullable=True),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.CheckConstraint('amount <> 0', name=op.f('ck_fund_line_amount_nonzero')),
    sa.ForeignKeyConstraint(['entry_id'], ['fund_entry.id'],
                            name=op.f('fk_fund_line_entry_id_fund_entry')),
    sa.ForeignKeyConstraint(['holder_org_id'], ['party_org.id'],
                            name=op.f('fk_fund_line_holder_org_id_party_org')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fund_line'))
    )
    op.create_index('ix_fund_line_account', 'fund_line', ['fund', 'holder_org_id'])
    op.create_index(op.f('ix_fund_line_entry_id'), 'fund_line', ['entry_id'])
    op.create_table('fund_attachment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('entry_id', sa.Integer(), nullable=False),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.BigInteger(), nullable=False),
    sa.Column('added_at', sa.DateTime(), nullable=False),
    sa.Column('added_by', sa.String(length=50), nullable=False),
    sa.ForeignKeyConstraint(['entry_id'], ['fund_entry.id'],
                            name=op.f('fk_fund_attachment_entry_id_fund_entry')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fund_attachment'))
    )
    op.create_index(op.f('ix_fund_attachment_entry_id'), 'fund_attachment', ['entry_id'])
    op.create_table('fund_voucher_counter',
    sa.Column('year', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('last_no', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('year', name=op.f('pk_fund_voucher_counter'))
    )
    op.create_table('fund_budget',
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('holder_org_id', sa.Integer(), nullable=False),
    sa.Column('category', sa.String(length=50), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    *editable_columns(),
    sa.CheckConstraint('amount >= 0', name=op.f('ck_fund_budget_amount_not_negative')),
    sa.ForeignKeyConstraint(['holder_org_id'], ['party_org.id'],
                            name=op.f('fk_fund_budget_holder_org_id_party_org')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fund_budget')),
    sa.UniqueConstraint('year', 'holder_org_id', 'category', name=op.f('uq_fund_budget_year'))
    )
    op.create_index(op.f('ix_fund_budget_holder_org_id'), 'fund_budget', ['holder_org_id'])
    config = op.create_table('fund_config',
    sa.Column('dues_uses', sa.Text(), nullable=False),
    sa.Column('categories', sa.Text(), nullable=False),
    sa.Column('decision_threshold', sa.BigInteger(), nullable=False),
    sa.Column('dues_need_decision', sa.Boolean(), nullable=False),
    *editable_columns(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fund_config'))
    )
    op.bulk_insert(config, [{
        "id": 1, "version": 1, "updated_by": "",
        "dues_uses": json.dumps(DUES_USES, ensure_ascii=False),
        "categories": json.dumps(CATEGORIES, ensure_ascii=False),
        "decision_threshold": 500_000, "dues_need_decision": True}])
    sqlite = op.get_bind().dialect.name == "sqlite"
    for statement in FROZEN_SQLITE if sqlite else FROZEN_POSTGRES:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("fund_entry_posted_no_update", "fund_entry_posted_no_delete",
                     "fund_line_no_update", "fund_line_no_delete"):
            op.execute(f"DROP TRIGGER {name}")
    else:
        op.execute("DROP TRIGGER fund_entry_posted_frozen ON fund_entry")
        op.execute("DROP TRIGGER fund_line_frozen ON fund_line")
        op.execute("DROP TRIGGER fund_line_no_truncate ON fund_line")
        op.execute("DROP FUNCTION fund_entry_posted_frozen()")
        op.execute("DROP FUNCTION fund_line_frozen()")
    for table in ("fund_config", "fund_budget", "fund_voucher_counter", "fund_attachment",
                  "fund_line", "fund_entry"):
        op.drop_table(table)
