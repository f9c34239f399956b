"""小区治理: grids and patrols with their findings, compound joint meetings and their
follow-ups, the 融心调解室 (cases, parties, mediators, sittings), capable residents with
trainings and posts, 党建指导员, property services, 党群之家 with bookings and funds links.

Revision ID: 0012_governance
Revises: 0011_upward
Create Date: 2026-11-30 08:35:23.668560
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012_governance"
down_revision = "0011_upward"
branch_labels = None
depends_on = None
TABLES = ["compound_meeting", "compound_meeting_attendee", "grid", "patrol_team", "compound_meeting_action", "grid_place", "mediation_case", "patrol", "patrol_team_member", "mediation_party", "mediation_session", "mediator", "patrol_finding", "patrol_member", "governance_training", "party_home", "property_service", "home_booking", "capable_resident", "party_instructor", "home_funding", "resident_post", "training_attendance"]


def editable_columns() -> list[sa.Column]:
    """The columns every Editable table shares (models.base.Editable)."""
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("CURRENT_TIMESTAMP"),
                  nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("CURRENT_TIMESTAMP"),
                  nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
    ]


def upgrade() -> None:
    """Three parts only to keep each function short; the order is Alembic's (foreign keys)."""
    _tables_1()
    _tables_2()
    _tables_3()


def _tables_1() -> None:
    op.create_table('compound_meeting',
    sa.Column('compound_id', sa.Integer(), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.Column('agenda', sa.Text(), nullable=False),
    *editable_columns(),
    sa.ForeignKeyConstraint(['compound_id'], ['compound.id'], name=op.f('fk_compound_meeting_compound_id_compound')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_compound_meeting'))
    )
    with op.batch_alter_table('compound_meeting', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_compound_meeting_compound_id'), ['compound_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_compound_meeting_held_on'), ['held_on'], unique=False)

    op.create_table('compound_meeting_attendee',
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('side', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=50), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=True),
    *editable_columns(),
    sa.ForeignKeyConstraint(['meeting_id'], ['compound_meeting.id'], name=op.f('fk_compound_meeting_attendee_meeting_id_compound_meeting')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_compound_meeting_attendee_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_compound_meeting_attendee'))
    )
    with op.batch_alter_table('compound_meeting_attendee', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_compound_meeting_attendee_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('grid',
    sa.Column('community_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('keeper_id', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    *editable_columns(),
    sa.ForeignKeyConstraint(['community_id'], ['community.id'], name=op.f('fk_grid_community_id_community')),
    sa.ForeignKeyConstraint(['keeper_id'], ['person.id'], name=op.f('fk_grid_keeper_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_grid')),
    sa.UniqueConstraint('community_id', 'name', name=op.f('uq_grid_community_id'))
    )
    with op.batch_alter_table('grid', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_grid_community_id'), ['community_id'], unique=False)

    op.create_table('patrol_team',
    sa.Column('community_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('leader_id', sa.Integer(), nullable=True),
    *editable_columns(),
    sa.ForeignKeyConstraint(['community_id'], ['community.id'], name=op.f('fk_patrol_team_community_id_community')),
    sa.ForeignKeyConstraint(['leader_id'], ['person.id'], name=op.f('fk_patrol_team_leader_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_patrol_team'))
    )
    with op.batch_alter_table('patrol_team', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_patrol_team_community_id'), ['community_id'], unique=False)

    op.create_table('compound_meeting_action',
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('decision', sa.Text(), nullable=False),
    sa.Column('owner', sa.String(length=100), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('done_note', sa.Text(), nullable=False),
    sa.Column('problem_id', sa.Integer(), nullable=True),
    *editable_columns(),
    sa.ForeignKeyConstraint(['meeting_id'], ['compound_meeting.id'], name=op.f('fk_compound_meeting_action_meeting_id_compound_meeting')),
    sa.ForeignKeyConstraint(['problem_id'], ['problem.id'], name=op.f('fk_compound_meeting_action_problem_id_problem')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_compound_meeting_action')),
    sa.UniqueConstraint('problem_id', name=op.f('uq_compound_meeting_action_problem_id'))
    )
    with op.batch_alter_table('compound_meeting_action', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_compound_meeting_action_due_on'), ['due_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_compound_meeting_action_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('grid_place',
    sa.Column('grid_id', sa.Integer(), nullable=False),
    sa.Column('building_id', sa.Integer(), nullable=True),
    sa.Column('lane_id', sa.Integer(), nullable=True),
    *editable_columns(),
    sa.ForeignKeyConstraint(['building_id'], ['building.id'], name=op.f('fk_grid_place_building_id_building')),
    sa.ForeignKeyConstraint(['grid_id'], ['grid.id'], name=op.f('fk_grid_place_grid_id_grid')),
    sa.ForeignKeyConstraint(['lane_id'], ['lane.id'], name=op.f('fk_grid_place_lane_id_lane')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_grid_place')),
    sa.UniqueConstraint('building_id', name=op.f('uq_grid_place_building_id')),
    sa.UniqueConstraint('lane_id', name=op.f('uq_grid_place_lane_id'))
    )
    with op.batch_alter_table('grid_place', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_grid_place_grid_id'), ['grid_id'], unique=False)

    op.create_table('mediation_case',
    sa.Column('community_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('opened_on', sa.Date(), nullable=False),
    sa.Column('dispute_type', sa.String(length=20), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('compound_id', sa.Integer(), nullable=True),
    sa.Column('outcome', sa.String(length=20), nullable=True),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('agreement', sa.Text(), nullable=False),
    sa.Column('problem_id', sa.Integer(), nullable=True),
    *editable_columns(),
    sa.ForeignKeyConstraint(['community_id'], ['community.id'], name=op.f('fk_mediation_case_community_id_community')),
    sa.ForeignKeyConstraint(['compound_id'], ['compound.id'], name=op.f('fk_mediation_case_compound_id_compound')),
    sa.ForeignKeyConstraint(['problem_id'], ['problem.id'], name=op.f('fk_mediation_case_problem_id_problem')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mediation_case')),
    sa.UniqueConstraint('number', name=op.f('uq_mediation_case_number')),
    sa.UniqueConstraint('problem_id', name=op.f('uq_mediation_case_problem_id'))
    )
    with op.batch_alter_table('mediation_case', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mediation_case_community_id'), ['community_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mediation_case_opened_on'), ['opened_on'], unique=False)

    op.create_table('patrol',
    sa.Column('community_id', sa.Integer(), nullable=False),
    sa.Column('patrolled_on', sa.Date(), nullable=False),
    sa.Column('grid_id', sa.Integer(), nullable=True),
    sa.Column('team_id', sa.Integer(), nullable=True),
    sa.Column('route', sa.String(length=200), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    *editable_columns(),
    sa.ForeignKeyConstraint(['community_id'], ['community.id'], name=op.f('fk_patrol_community_id_community')),
    sa.ForeignKeyConstraint(['grid_id'], ['grid.id'], name=op.f('fk_patrol_grid_id_grid')),
    sa.ForeignKeyConstraint(['team_id'], ['patrol_team.id'], name=op.f('fk_patrol_team_id_patrol_team')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_patrol'))
    )
    with op.batch_alter_table('patrol', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_patrol_community_id'), ['community_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_patrol_grid_id'), ['grid_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_patrol_patrolled_on'), ['patrolled_on'], unique=False)


def _tables_2() -> None:
    op.create_table('patrol_team_member',
    sa.Column('team_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('joined_on', sa.Date(), nullable=False),
    sa.Column('left_on', sa.Date(), nullable=True),
    *editable_columns(),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_patrol_team_member_person_id_person')),
    sa.ForeignKeyConstraint(['team_id'], ['patrol_team.id'], name=op.f('fk_patrol_team_member_team_id_patrol_team')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_patrol_team_member'))
    )
    with op.batch_alter_table('patrol_team_member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_patrol_team_member_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_patrol_team_member_team_id'), ['team_id'], unique=False)

    op.create_table('mediation_party',
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('side', sa.String(length=10), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('id_number', sa.String(length=18), nullable=True),
    sa.Column('phone', sa.String(length=30), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=False),
    *editable_columns(),
    sa.ForeignKeyConstraint(['case_id'], ['mediation_case.id'], name=op.f('fk_mediation_party_case_id_mediation_case')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_mediation_party_person_id_person')),
    sa.ForeignKeyConstraint(['unit_id'], ['resident_unit.id'], name=op.f('fk_mediation_party_unit_id_resident_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mediation_party'))
    )
    with op.batch_alter_table('mediation_party', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mediation_party_case_id'), ['case_id'], unique=False)

    op.create_table('mediation_session',
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('place', sa.String(length=100), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    *editable_columns(),
    sa.ForeignKeyConstraint(['case_id'], ['mediation_case.id'], name=op.f('fk_mediation_session_case_id_mediation_case')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mediation_session'))
    )
    with op.batch_alter_table('mediation_session', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mediation_session_case_id'), ['case_id'], unique=False)

    op.create_table('mediator',
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=50), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=True),
    *editable_columns(),
    sa.ForeignKeyConstraint(['case_id'], ['mediation_case.id'], name=op.f('fk_mediator_case_id_mediation_case')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_mediator_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mediator'))
    )
    with op.batch_alter_table('mediator', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mediator_case_id'), ['case_id'], unique=False)

    op.create_table('patrol_finding',
    sa.Column('patrol_id', sa.Integer(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('compound_id', sa.Integer(), nullable=True),
    sa.Column('building_id', sa.Integer(), nullable=True),
    sa.Column('lane_id', sa.Integer(), nullable=True),
    sa.Column('settled_on', sa.Date(), nullable=True),
    sa.Column('settled_note', sa.Text(), nullable=False),
    sa.Column('problem_id', sa.Integer(), nullable=True),
    *editable_columns(),
    sa.ForeignKeyConstraint(['building_id'], ['building.id'], name=op.f('fk_patrol_finding_building_id_building')),
    sa.ForeignKeyConstraint(['compound_id'], ['compound.id'], name=op.f('fk_patrol_finding_compound_id_compound')),
    sa.ForeignKeyConstraint(['lane_id'], ['lane.id'], name=op.f('fk_patrol_finding_lane_id_lane')),
    sa.ForeignKeyConstraint(['patrol_id'], ['patrol.id'], name=op.f('fk_patrol_finding_patrol_id_patrol')),
    sa.ForeignKeyConstraint(['problem_id'], ['problem.id'], name=op.f('fk_patrol_finding_problem_id_problem')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_patrol_finding')),
    sa.UniqueConstraint('problem_id', name=op.f('uq_patrol_finding_problem_id'))
    )
    with op.batch_alter_table('patrol_finding', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_patrol_finding_patrol_id'), ['patrol_id'], unique=False)

    op.create_table('patrol_member',
    sa.Column('patrol_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    *editable_columns(),
    sa.ForeignKeyConstraint(['patrol_id'], ['patrol.id'], name=op.f('fk_patrol_member_patrol_id_patrol')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_patrol_member_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_patrol_member')),
    sa.UniqueConstraint('patrol_id', 'person_id', name=op.f('uq_patrol_member_patrol_id'))
    )
    with op.batch_alter_table('patrol_member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_patrol_member_patrol_id'), ['patrol_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_patrol_member_person_id'), ['person_id'], unique=False)

    op.create_table('governance_training',
    sa.Column('community_id', sa.Integer(), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('form', sa.String(length=20), nullable=False),
    sa.Column('topic', sa.String(length=200), nullable=False),
    sa.Column('place', sa.String(length=200), nullable=False),
    *editable_columns(),
    sa.ForeignKeyConstraint(['community_id'], ['community.id'], name=op.f('fk_governance_training_community_id_community')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_governance_training'))
    )
    with op.batch_alter_table('governance_training', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_governance_training_community_id'), ['community_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_governance_training_held_on'), ['held_on'], unique=False)

    op.create_table('party_home',
    sa.Column('compound_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=False),
    sa.Column('rooms', sa.Text(), nullable=False),
    sa.Column('opening_hours', sa.String(length=100), nullable=False),
    sa.Column('facilities', sa.Text(), nullable=False),
    *editable_columns(),
    sa.ForeignKeyConstraint(['compound_id'], ['compound.id'], name=op.f('fk_party_home_compound_id_compound')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_party_home'))
    )
    with op.batch_alter_table('party_home', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_party_home_compound_id'), ['compound_id'], unique=False)


def _tables_3() -> None:
    op.create_table('property_service',
    sa.Column('compound_id', sa.Integer(), nullable=False),
    sa.Column('company', sa.String(length=200), nullable=False),
    sa.Column('origin', sa.String(length=20), nullable=False),
    sa.Column('contract_start', sa.Date(), nullable=False),
    sa.Column('contract_end', sa.Date(), nullable=True),
    sa.Column('contact_name', sa.String(length=50), nullable=False),
    sa.Column('contact_phone', sa.String(length=30), nullable=False),
    *editable_columns(),
    sa.ForeignKeyConstraint(['compound_id'], ['compound.id'], name=op.f('fk_property_service_compound_id_compound')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_property_service'))
    )
    with op.batch_alter_table('property_service', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_property_service_compound_id'), ['compound_id'], unique=False)

    op.create_table('home_booking',
    sa.Column('home_id', sa.Integer(), nullable=False),
    sa.Column('room', sa.String(length=50), nullable=False),
    sa.Column('starts_at', sa.DateTime(), nullable=False),
    sa.Column('ends_at', sa.DateTime(), nullable=False),
    sa.Column('purpose', sa.String(length=200), nullable=False),
    sa.Column('booked_by', sa.String(length=100), nullable=False),
    *editable_columns(),
    sa.ForeignKeyConstraint(['home_id'], ['party_home.id'], name=op.f('fk_home_booking_home_id_party_home')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_home_booking'))
    )
    with op.batch_alter_table('home_booking', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_home_booking_home_id'), ['home_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_home_booking_starts_at'), ['starts_at'], unique=False)

    op.create_table('capable_resident',
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('compound_id', sa.Integer(), nullable=True),
    sa.Column('source_group', sa.String(length=20), nullable=False),
    sa.Column('found_how', sa.String(length=20), nullable=False),
    sa.Column('registered_on', sa.Date(), nullable=False),
    sa.Column('has_ability', sa.Boolean(), nullable=False),
    sa.Column('has_public_spirit', sa.Boolean(), nullable=False),
    sa.Column('is_willing', sa.Boolean(), nullable=False),
    sa.Column('has_influence', sa.Boolean(), nullable=False),
    sa.Column('has_time', sa.Boolean(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    *editable_columns(),
    sa.ForeignKeyConstraint(['compound_id'], ['compound.id'], name=op.f('fk_capable_resident_compound_id_compound')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_capable_resident_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_capable_resident')),
    sa.UniqueConstraint('person_id', name=op.f('uq_capable_resident_person_id'))
    )
    with op.batch_alter_table('capable_resident', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_capable_resident_compound_id'), ['compound_id'], unique=False)

    op.create_table('party_instructor',
    sa.Column('compound_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=50), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('sent_on', sa.Date(), nullable=False),
    sa.Column('ended_on', sa.Date(), nullable=True),
    *editable_columns(),
    sa.ForeignKeyConstraint(['compound_id'], ['compound.id'], name=op.f('fk_party_instructor_compound_id_compound')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_party_instructor_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_party_instructor'))
    )
    with op.batch_alter_table('party_instructor', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_party_instructor_compound_id'), ['compound_id'], unique=False)

    op.create_table('home_funding',
    sa.Column('home_id', sa.Integer(), nullable=False),
    sa.Column('entry_id', sa.Integer(), nullable=False),
    *editable_columns(),
    sa.ForeignKeyConstraint(['entry_id'], ['fund_entry.id'], name=op.f('fk_home_funding_entry_id_fund_entry')),
    sa.ForeignKeyConstraint(['home_id'], ['party_home.id'], name=op.f('fk_home_funding_home_id_party_home')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_home_funding')),
    sa.UniqueConstraint('entry_id', name=op.f('uq_home_funding_entry_id'))
    )
    with op.batch_alter_table('home_funding', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_home_funding_home_id'), ['home_id'], unique=False)

    op.create_table('resident_post',
    sa.Column('resident_id', sa.Integer(), nullable=False),
    sa.Column('post', sa.String(length=20), nullable=False),
    sa.Column('compound_id', sa.Integer(), nullable=True),
    sa.Column('started_on', sa.Date(), nullable=False),
    sa.Column('ended_on', sa.Date(), nullable=True),
    *editable_columns(),
    sa.ForeignKeyConstraint(['compound_id'], ['compound.id'], name=op.f('fk_resident_post_compound_id_compound')),
    sa.ForeignKeyConstraint(['resident_id'], ['capable_resident.id'], name=op.f('fk_resident_post_resident_id_capable_resident')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_resident_post'))
    )
    with op.batch_alter_table('resident_post', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_resident_post_resident_id'), ['resident_id'], unique=False)

    op.create_table('training_attendance',
    sa.Column('training_id', sa.Integer(), nullable=False),
    sa.Column('resident_id', sa.Integer(), nullable=False),
    *editable_columns(),
    sa.ForeignKeyConstraint(['resident_id'], ['capable_resident.id'], name=op.f('fk_training_attendance_resident_id_capable_resident')),
    sa.ForeignKeyConstraint(['training_id'], ['governance_training.id'], name=op.f('fk_training_attendance_training_id_governance_training')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_training_attendance')),
    sa.UniqueConstraint('training_id', 'resident_id', name=op.f('uq_training_attendance_training_id'))
    )
    with op.batch_alter_table('training_attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_training_attendance_resident_id'), ['resident_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_training_attendance_training_id'), ['training_id'], unique=False)


def downgrade() -> None:
    for table in reversed(TABLES):
        op.drop_table(table)
