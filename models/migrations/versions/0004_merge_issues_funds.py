"""Merge the issue-ledger and funds branches, which were developed side by side.

Revision ID: 0004_merge
Revises: 0003_issues, 0003_funds
Create Date: 2026-11-25
"""
from __future__ import annotations

revision = "0004_merge"
down_revision = ("0003_issues", "0003_funds")
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
