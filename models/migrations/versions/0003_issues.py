"""Issue ledger (问题台账): problems, categories, meetings, assignments, letters, scoring.

Besides the tables: on SQLite an FTS5 trigram index over number/title/description kept in
step by triggers (problem_fts); on PostgreSQL a pg_trgm GIN index for ILIKE when the
extension can be created. problem_event is append-only, like audit_log.

Revision ID: 0003_issues
Revises: 0002_users_audit
Create Date: 2026-11-25
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_issues"
down_revision = "0002_users_audit"
branch_labels = None
depends_on = None

FTS_SQLITE = [
    # External-content table: the text lives once, in problem; the index holds trigrams.
    "CREATE VIRTUAL TABLE problem_fts USING fts5(number, title, description, "
    "content='problem', content_rowid='id', tokenize='trigram')",
    "CREATE TRIGGER problem_fts_insert AFTER INSERT ON problem BEGIN "
    "INSERT INTO problem_fts(rowid, number, title, description) "
    "VALUES (new.id, new.number, new.title, new.description); END",
    "CREATE TRIGGER problem_fts_delete AFTER DELETE ON problem BEGIN "
    "INSERT INTO problem_fts(problem_fts, rowid, number, title, description) "
    "VALUES ('delete', old.id, old.number, old.title, old.description); END",
    # Only when the searched text changes, not at every change of state.
    "CREATE TRIGGER problem_fts_update AFTER UPDATE OF number, title, description ON problem "
    "BEGIN "
    "INSERT INTO problem_fts(problem_fts, rowid, number, title, description) "
    "VALUES ('delete', old.id, old.number, old.title, old.description); "
    "INSERT INTO problem_fts(rowid, number, title, description) "
    "VALUES (new.id, new.number, new.title, new.description); END",
]
EVENTS_APPEND_ONLY_SQLITE = [
    "CREATE TRIGGER problem_event_no_update BEFORE UPDATE ON problem_event "
    "BEGIN SELECT RAISE(ABORT, 'problem_event is append-only'); END",
    "CREATE TRIGGER problem_event_no_delete BEFORE DELETE ON problem_event "
    "BEGIN SELECT RAISE(ABORT, 'problem_event is append-only'); END",
]
EVENTS_APPEND_ONLY_POSTGRES = [
    "CREATE FUNCTION problem_event_append_only() RETURNS trigger LANGUAGE plpgsql AS "
    "$$ BEGIN RAISE EXCEPTION 'problem_event is append-only'; END $$",
    "CREATE TRIGGER problem_event_no_change BEFORE UPDATE OR DELETE ON problem_event "
    "FOR EACH ROW EXECUTE FUNCTION problem_event_append_only()",
]
# Must be the same expression as models.issues.search.pg_search_text().
PG_TRGM_INDEX = ("CREATE INDEX ix_problem_search_trgm ON problem USING gin "
                 "((number || ' ' || title || ' ' || description) gin_trgm_ops)")


def _postgres_trigram_index() -> None:
    """pg_trgm when the server ships it and we may create it; else ILIKE scans (correct,
    slower). A savepoint keeps a refused CREATE EXTENSION from aborting the migration."""
    bind = op.get_bind()
    available = bind.execute(sa.text(
        "SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'")).first()
    if available is None:
        return
    savepoint = bind.begin_nested()
    try:
        bind.execute(sa.text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
        bind.execute(sa.text(PG_TRGM_INDEX))
    except sa.exc.DBAPIError:
        savepoint.rollback()
    else:
        savepoint.commit()


def upgrade() -> None:
    op.create_table('coordination_meeting',
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('topic', sa.String(length=200), nullable=False),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.Column('convener', sa.String(length=200), nullable=False),
    sa.Column('participants', sa.Text(), nullable=False),
    sa.Column('outcome', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_coordination_meeting'))
    )
    op.create_index(op.f('ix_coordination_meeting_held_on'), 'coordination_meeting', ['held_on'], unique=False)
    op.create_table('issue_category',
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=50), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['parent_id'], ['issue_category.id'], name=op.f('fk_issue_category_parent_id_issue_category')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_issue_category')),
    sa.UniqueConstraint('parent_id', 'name', name=op.f('uq_issue_category_parent_id'))
    )
    op.create_index(op.f('ix_issue_category_parent_id'), 'issue_category', ['parent_id'], unique=False)
    op.create_table('issue_counter',
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('last_value', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('kind', 'year', name=op.f('pk_issue_counter'))
    )
    op.create_table('issue_setting',
    sa.Column('key', sa.String(length=50), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_issue_setting')),
    sa.UniqueConstraint('key', name=op.f('uq_issue_setting_key'))
    )
    op.create_table('joint_meeting',
    sa.Column('community_id', sa.Integer(), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.Column('minutes', sa.Text(), nullable=False),
    sa.Column('other_attendees', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['community_id'], ['community.id'], name=op.f('fk_joint_meeting_community_id_community')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_joint_meeting'))
    )
    op.create_index(op.f('ix_joint_meeting_held_on'), 'joint_meeting', ['held_on'], unique=False)
    op.create_table('joint_meeting_attendee',
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['joint_meeting.id'], name=op.f('fk_joint_meeting_attendee_meeting_id_joint_meeting'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_joint_meeting_attendee_person_id_person')),
    sa.PrimaryKeyConstraint('meeting_id', 'person_id', name=op.f('pk_joint_meeting_attendee'))
    )
    op.create_table('problem',
    sa.Column('community_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.Column('assigning_body', sa.String(length=200), nullable=False),
    sa.Column('source_unit_id', sa.Integer(), nullable=True),
    sa.Column('category_id', sa.Integer(), nullable=False),
    sa.Column('major_category_id', sa.Integer(), nullable=False),
    sa.Column('compound_id', sa.Integer(), nullable=True),
    sa.Column('building_id', sa.Integer(), nullable=True),
    sa.Column('reporter_name', sa.String(length=50), nullable=False),
    sa.Column('reporter_person_id', sa.Integer(), nullable=True),
    sa.Column('found_on', sa.Date(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('urgency', sa.String(length=10), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=True),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('in_scope', sa.Boolean(), nullable=True),
    sa.Column('scope_reason', sa.Text(), nullable=False),
    sa.Column('level', sa.Integer(), nullable=True),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('department', sa.String(length=200), nullable=False),
    sa.Column('resolved_on', sa.Date(), nullable=True),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('reopen_count', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['building_id'], ['building.id'], name=op.f('fk_problem_building_id_building')),
    sa.ForeignKeyConstraint(['category_id'], ['issue_category.id'], name=op.f('fk_problem_category_id_issue_category')),
    sa.ForeignKeyConstraint(['community_id'], ['community.id'], name=op.f('fk_problem_community_id_community')),
    sa.ForeignKeyConstraint(['compound_id'], ['compound.id'], name=op.f('fk_problem_compound_id_compound')),
    sa.ForeignKeyConstraint(['major_category_id'], ['issue_category.id'], name=op.f('fk_problem_major_category_id_issue_category')),
    sa.ForeignKeyConstraint(['reporter_person_id'], ['person.id'], name=op.f('fk_problem_reporter_person_id_person')),
    sa.ForeignKeyConstraint(['source_unit_id'], ['resident_unit.id'], name=op.f('fk_problem_source_unit_id_resident_unit')),
    sa.ForeignKeyConstraint(['unit_id'], ['resident_unit.id'], name=op.f('fk_problem_unit_id_resident_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_problem')),
    sa.UniqueConstraint('number', name=op.f('uq_problem_number'))
    )
    op.create_index(op.f('ix_problem_category_id'), 'problem', ['category_id'], unique=False)
    op.create_index(op.f('ix_problem_compound_id'), 'problem', ['compound_id'], unique=False)
    op.create_index('ix_problem_found_on_id', 'problem', ['found_on', 'id'], unique=False)
    op.create_index(op.f('ix_problem_level'), 'problem', ['level'], unique=False)
    op.create_index(op.f('ix_problem_major_category_id'), 'problem', ['major_category_id'], unique=False)
    op.create_index('ix_problem_state_deadline', 'problem', ['state', 'deadline'], unique=False)
    op.create_index(op.f('ix_problem_unit_id'), 'problem', ['unit_id'], unique=False)
    op.create_table('assignment',
    sa.Column('problem_id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('level', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('department', sa.String(length=200), nullable=False),
    sa.Column('decision', sa.Text(), nullable=False),
    sa.Column('assigned_on', sa.Date(), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=False),
    sa.Column('reported_on', sa.Date(), nullable=True),
    sa.Column('result', sa.String(length=20), nullable=False),
    sa.Column('ended_on', sa.Date(), nullable=True),
    sa.Column('result_note', sa.Text(), nullable=False),
    sa.Column('reopen_count', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['problem_id'], ['problem.id'], name=op.f('fk_assignment_problem_id_problem')),
    sa.ForeignKeyConstraint(['unit_id'], ['resident_unit.id'], name=op.f('fk_assignment_unit_id_resident_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assignment')),
    sa.UniqueConstraint('problem_id', 'seq', name=op.f('uq_assignment_problem_id'))
    )
    op.create_index(op.f('ix_assignment_deadline'), 'assignment', ['deadline'], unique=False)
    op.create_index(op.f('ix_assignment_problem_id'), 'assignment', ['problem_id'], unique=False)
    op.create_index(op.f('ix_assignment_unit_id'), 'assignment', ['unit_id'], unique=False)
    op.create_table('coordination_problem',
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('problem_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['coordination_meeting.id'], name=op.f('fk_coordination_problem_meeting_id_coordination_meeting'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['problem_id'], ['problem.id'], name=op.f('fk_coordination_problem_problem_id_problem')),
    sa.PrimaryKeyConstraint('meeting_id', 'problem_id', name=op.f('pk_coordination_problem'))
    )
    op.create_index(op.f('ix_coordination_problem_problem_id'), 'coordination_problem', ['problem_id'], unique=False)
    op.create_table('meeting_decision',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('problem_id', sa.Integer(), nullable=False),
    sa.Column('in_scope', sa.Boolean(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['joint_meeting.id'], name=op.f('fk_meeting_decision_meeting_id_joint_meeting')),
    sa.ForeignKeyConstraint(['problem_id'], ['problem.id'], name=op.f('fk_meeting_decision_problem_id_problem')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_decision')),
    sa.UniqueConstraint('meeting_id', 'problem_id', name=op.f('uq_meeting_decision_meeting_id'))
    )
    op.create_index(op.f('ix_meeting_decision_meeting_id'), 'meeting_decision', ['meeting_id'], unique=False)
    op.create_index(op.f('ix_meeting_decision_problem_id'), 'meeting_decision', ['problem_id'], unique=False)
    op.create_table('problem_attachment',
    sa.Column('problem_id', sa.Integer(), nullable=False),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.BigInteger(), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['problem_id'], ['problem.id'], name=op.f('fk_problem_attachment_problem_id_problem')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_problem_attachment'))
    )
    op.create_index(op.f('ix_problem_attachment_problem_id'), 'problem_attachment', ['problem_id'], unique=False)
    op.create_index(op.f('ix_problem_attachment_sha256'), 'problem_attachment', ['sha256'], unique=False)
    op.create_table('problem_event',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('problem_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('display_name', sa.String(length=50), nullable=False),
    sa.Column('action', sa.String(length=20), nullable=False),
    sa.Column('from_state', sa.String(length=20), nullable=False),
    sa.Column('to_state', sa.String(length=20), nullable=False),
    sa.Column('event_date', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['problem_id'], ['problem.id'], name=op.f('fk_problem_event_problem_id_problem')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_problem_event'))
    )
    op.create_index(op.f('ix_problem_event_problem_id'), 'problem_event', ['problem_id'], unique=False)
    op.create_table('accountability',
    sa.Column('problem_id', sa.Integer(), nullable=False),
    sa.Column('assignment_id', sa.Integer(), nullable=True),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('department', sa.String(length=200), nullable=False),
    sa.Column('person_name', sa.String(length=50), nullable=False),
    sa.Column('measure', sa.String(length=20), nullable=False),
    sa.Column('decided_on', sa.Date(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['assignment_id'], ['assignment.id'], name=op.f('fk_accountability_assignment_id_assignment')),
    sa.ForeignKeyConstraint(['problem_id'], ['problem.id'], name=op.f('fk_accountability_problem_id_problem')),
    sa.ForeignKeyConstraint(['unit_id'], ['resident_unit.id'], name=op.f('fk_accountability_unit_id_resident_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_accountability'))
    )
    op.create_index(op.f('ix_accountability_problem_id'), 'accountability', ['problem_id'], unique=False)
    op.create_table('assignment_update',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('assignment_id', sa.Integer(), nullable=False),
    sa.Column('on_date', sa.Date(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['assignment_id'], ['assignment.id'], name=op.f('fk_assignment_update_assignment_id_assignment')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assignment_update'))
    )
    op.create_index(op.f('ix_assignment_update_assignment_id'), 'assignment_update', ['assignment_id'], unique=False)
    op.create_table('supervision_letter',
    sa.Column('problem_id', sa.Integer(), nullable=False),
    sa.Column('assignment_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=60), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('recipient', sa.String(length=200), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('reply_by', sa.Date(), nullable=True),
    sa.Column('issuer_mark', sa.String(length=100), nullable=False),
    sa.Column('signature', sa.String(length=100), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['assignment_id'], ['assignment.id'], name=op.f('fk_supervision_letter_assignment_id_assignment')),
    sa.ForeignKeyConstraint(['problem_id'], ['problem.id'], name=op.f('fk_supervision_letter_problem_id_problem')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_supervision_letter')),
    sa.UniqueConstraint('number', name=op.f('uq_supervision_letter_number')),
    sa.UniqueConstraint('year', 'seq', name=op.f('uq_supervision_letter_year'))
    )
    op.create_index(op.f('ix_supervision_letter_assignment_id'), 'supervision_letter', ['assignment_id'], unique=False)
    op.create_index(op.f('ix_supervision_letter_problem_id'), 'supervision_letter', ['problem_id'], unique=False)
    if op.get_bind().dialect.name == "sqlite":
        for statement in FTS_SQLITE + EVENTS_APPEND_ONLY_SQLITE:
            op.execute(statement)
    else:
        for statement in EVENTS_APPEND_ONLY_POSTGRES:
            op.execute(statement)
        _postgres_trigram_index()


TABLES = ("supervision_letter", "assignment_update", "accountability", "problem_event",
          "problem_attachment", "meeting_decision", "coordination_problem", "assignment",
          "problem", "joint_meeting_attendee", "joint_meeting", "issue_setting",
          "issue_counter", "issue_category", "coordination_meeting")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("problem_fts_insert", "problem_fts_delete", "problem_fts_update",
                     "problem_event_no_update", "problem_event_no_delete"):
            op.execute(f"DROP TRIGGER {name}")
        op.execute("DROP TABLE problem_fts")
    else:
        op.execute("DROP INDEX IF EXISTS ix_problem_search_trgm")
        op.execute("DROP TRIGGER problem_event_no_change ON problem_event")
        op.execute("DROP FUNCTION problem_event_append_only()")
    for table in TABLES:
        op.drop_table(table)
