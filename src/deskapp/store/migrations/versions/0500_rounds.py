"""rounds: move-ins, decoration, release slips, stairwell rounds, surveys

Revision ID: 0500_rounds
Revises: 0001_foundation
Create Date: 2026-11-27 10:18:53.556447
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op



revision = '0500_rounds'
down_revision = '0001_foundation'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('rounds_sequences',
    sa.Column('series', sa.String(length=8), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('last', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('series', 'year', name=op.f('pk_rounds_sequences'))
    )
    op.create_table('survey_campaigns',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=False),
    sa.Column('sample_share', sa.BigInteger(), nullable=True),
    sa.Column('seed', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_survey_campaigns')),
    sa.UniqueConstraint('name', name=op.f('uq_survey_campaigns_name'))
    )
    op.create_table('survey_questions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('campaign_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.String(length=80), nullable=False),
    sa.Column('scale', sa.Enum('FIVE', 'THREE', name='scale', native_enum=False, length=24), nullable=False),
    sa.ForeignKeyConstraint(['campaign_id'], ['survey_campaigns.id'], name=op.f('fk_survey_questions_campaign_id_survey_campaigns')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_survey_questions'))
    )
    with op.batch_alter_table('survey_questions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_survey_questions_campaign_id'), ['campaign_id'], unique=False)

    op.create_table('round_routes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('building_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['building_id'], ['buildings.id'], name=op.f('fk_round_routes_building_id_buildings')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_round_routes'))
    )
    with op.batch_alter_table('round_routes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_round_routes_building_id'), ['building_id'], unique=False)

    op.create_table('round_points',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('route_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.ForeignKeyConstraint(['route_id'], ['round_routes.id'], name=op.f('fk_round_points_route_id_round_routes')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_round_points'))
    )
    with op.batch_alter_table('round_points', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_round_points_route_id'), ['route_id'], unique=False)

    op.create_table('round_runs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('route_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('steward', sa.String(length=80), nullable=False),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('finished_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['route_id'], ['round_routes.id'], name=op.f('fk_round_runs_route_id_round_routes')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_round_runs')),
    sa.UniqueConstraint('route_id', 'day', name=op.f('uq_round_runs_route_id_day'))
    )
    with op.batch_alter_table('round_runs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_round_runs_day'), ['day'], unique=False)

    op.create_table('decorations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('state', sa.Enum('APPLIED', 'REJECTED', 'WORKING', 'STOPPED', 'FIRST_ACCEPTED', 'ACCEPTED', 'CLOSED', name='decorationstate', native_enum=False, length=24), nullable=False),
    sa.Column('owner_name', sa.String(length=80), nullable=False),
    sa.Column('owner_phone', sa.String(length=20), nullable=False),
    sa.Column('company', sa.String(length=120), nullable=False),
    sa.Column('leader', sa.String(length=40), nullable=False),
    sa.Column('leader_phone', sa.String(length=20), nullable=False),
    sa.Column('licence', sa.String(length=60), nullable=False),
    sa.Column('works', sa.String(length=200), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=False),
    sa.Column('deposit', sa.BigInteger(), nullable=False),
    sa.Column('fees', sa.BigInteger(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('applied_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('applied_by', sa.String(length=80), nullable=False),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('decided_by', sa.String(length=80), nullable=False),
    sa.Column('decision_note', sa.Text(), nullable=False),
    sa.Column('unit_state_before', sa.Enum('UNDELIVERED', 'VACANT', 'OCCUPIED', 'RENTED', 'DECORATING', name='unitstate', native_enum=False, length=24), nullable=True),
    sa.Column('power_requested_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('power_requested_by', sa.String(length=80), nullable=False),
    sa.Column('power_done_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('power_done_by', sa.String(length=80), nullable=False),
    sa.Column('stopped_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('stop_reason', sa.Text(), nullable=False),
    sa.Column('first_inspected_on', sa.Date(), nullable=True),
    sa.Column('first_inspected_by', sa.String(length=80), nullable=False),
    sa.Column('first_note', sa.Text(), nullable=False),
    sa.Column('second_due_on', sa.Date(), nullable=True),
    sa.Column('second_inspected_on', sa.Date(), nullable=True),
    sa.Column('second_inspected_by', sa.String(length=80), nullable=False),
    sa.Column('second_note', sa.Text(), nullable=False),
    sa.Column('refund_amount', sa.BigInteger(), nullable=True),
    sa.Column('refunded_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('refunded_by', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_decorations_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_decorations')),
    sa.UniqueConstraint('number', name=op.f('uq_decorations_number'))
    )
    with op.batch_alter_table('decorations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_decorations_applied_at'), ['applied_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_decorations_state'), ['state'], unique=False)
        batch_op.create_index(batch_op.f('ix_decorations_unit_id'), ['unit_id'], unique=False)

    op.create_table('move_ins',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('handed_over_on', sa.Date(), nullable=False),
    sa.Column('owner_name', sa.String(length=80), nullable=False),
    sa.Column('state_before', sa.Enum('UNDELIVERED', 'VACANT', 'OCCUPIED', 'RENTED', 'DECORATING', name='unitstate', native_enum=False, length=24), nullable=False),
    sa.Column('state_after', sa.Enum('UNDELIVERED', 'VACANT', 'OCCUPIED', 'RENTED', 'DECORATING', name='unitstate', native_enum=False, length=24), nullable=False),
    sa.Column('keys_count', sa.Integer(), nullable=False),
    sa.Column('cards', sa.String(length=200), nullable=False),
    sa.Column('checklist', sa.Text(), nullable=False),
    sa.Column('readings', sa.Text(), nullable=False),
    sa.Column('fees_note', sa.String(length=200), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_move_ins_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_move_ins'))
    )
    with op.batch_alter_table('move_ins', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_move_ins_handed_over_on'), ['handed_over_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_move_ins_unit_id'), ['unit_id'], unique=False)

    op.create_table('release_slips',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('DECORATION', 'MOVING_OUT', 'TENANT_OUT', 'OTHER', name='releasekind', native_enum=False, length=24), nullable=False),
    sa.Column('applicant', sa.String(length=40), nullable=False),
    sa.Column('company', sa.String(length=120), nullable=False),
    sa.Column('id_number', sa.String(length=30), nullable=False),
    sa.Column('phone', sa.String(length=20), nullable=False),
    sa.Column('plate', sa.String(length=12), nullable=False),
    sa.Column('valid_from', sa.DateTime(timezone=True), nullable=False),
    sa.Column('valid_until', sa.DateTime(timezone=True), nullable=False),
    sa.Column('confirmed_by', sa.String(length=40), nullable=False),
    sa.Column('confirmer_relation', sa.Enum('OWNER', 'AUTHORISED', name='confirmerrelation', native_enum=False, length=24), nullable=False),
    sa.Column('confirm_method', sa.Enum('IN_PERSON', 'PHONE', 'WRITTEN', name='confirmmethod', native_enum=False, length=24), nullable=False),
    sa.Column('confirmed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('issued_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('issued_by', sa.String(length=80), nullable=False),
    sa.Column('returned_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('returned_by', sa.String(length=40), nullable=False),
    sa.Column('returned_recorded_by', sa.String(length=80), nullable=False),
    sa.Column('voided_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('voided_by', sa.String(length=80), nullable=False),
    sa.Column('void_reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_release_slips_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_release_slips')),
    sa.UniqueConstraint('number', name=op.f('uq_release_slips_number')),
    sa.UniqueConstraint('year', 'seq', name=op.f('uq_release_slips_year_seq'))
    )
    with op.batch_alter_table('release_slips', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_release_slips_issued_at'), ['issued_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_release_slips_unit_id'), ['unit_id'], unique=False)

    op.create_table('round_results',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('run_id', sa.Integer(), nullable=False),
    sa.Column('point_id', sa.Integer(), nullable=False),
    sa.Column('ok', sa.Boolean(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['point_id'], ['round_points.id'], name=op.f('fk_round_results_point_id_round_points')),
    sa.ForeignKeyConstraint(['run_id'], ['round_runs.id'], name=op.f('fk_round_results_run_id_round_runs')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_round_results')),
    sa.UniqueConstraint('run_id', 'point_id', name=op.f('uq_round_results_run_id_point_id'))
    )
    with op.batch_alter_table('round_results', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_round_results_run_id'), ['run_id'], unique=False)

    op.create_table('survey_samples',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('campaign_id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('building', sa.String(length=40), nullable=False),
    sa.Column('contacted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('contacted_by', sa.String(length=80), nullable=False),
    sa.Column('method', sa.String(length=8), nullable=False),
    sa.Column('reached', sa.Boolean(), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('respondent', sa.String(length=40), nullable=False),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['campaign_id'], ['survey_campaigns.id'], name=op.f('fk_survey_samples_campaign_id_survey_campaigns')),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_survey_samples_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_survey_samples')),
    sa.UniqueConstraint('campaign_id', 'unit_id', name=op.f('uq_survey_samples_campaign_id_unit_id'))
    )
    with op.batch_alter_table('survey_samples', schema=None) as batch_op:
        batch_op.create_index('ix_survey_samples_campaign', ['campaign_id'], unique=False)

    op.create_table('decoration_checks',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('decoration_id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('inspector', sa.String(length=80), nullable=False),
    sa.Column('outcome', sa.Enum('CHECKED', 'NOBODY', 'REFUSED', name='checkoutcome', native_enum=False, length=24), nullable=False),
    sa.Column('results', sa.Text(), nullable=False),
    sa.Column('violation', sa.Boolean(), nullable=False),
    sa.Column('violation_text', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['decoration_id'], ['decorations.id'], name=op.f('fk_decoration_checks_decoration_id_decorations')),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_decoration_checks_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_decoration_checks')),
    sa.UniqueConstraint('decoration_id', 'day', name=op.f('uq_decoration_checks_decoration_id_day'))
    )
    with op.batch_alter_table('decoration_checks', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_decoration_checks_day'), ['day'], unique=False)
        batch_op.create_index(batch_op.f('ix_decoration_checks_unit_id'), ['unit_id'], unique=False)

    op.create_table('decoration_deductions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('decoration_id', sa.Integer(), nullable=False),
    sa.Column('reason', sa.String(length=200), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['decoration_id'], ['decorations.id'], name=op.f('fk_decoration_deductions_decoration_id_decorations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_decoration_deductions'))
    )
    with op.batch_alter_table('decoration_deductions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_decoration_deductions_decoration_id'), ['decoration_id'], unique=False)

    op.create_table('decoration_extensions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('decoration_id', sa.Integer(), nullable=False),
    sa.Column('old_end', sa.Date(), nullable=False),
    sa.Column('new_end', sa.Date(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('by', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['decoration_id'], ['decorations.id'], name=op.f('fk_decoration_extensions_decoration_id_decorations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_decoration_extensions'))
    )
    with op.batch_alter_table('decoration_extensions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_decoration_extensions_decoration_id'), ['decoration_id'], unique=False)

    op.create_table('decoration_workers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('decoration_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('id_number', sa.String(length=30), nullable=False),
    sa.Column('phone', sa.String(length=20), nullable=False),
    sa.Column('pass_no', sa.String(length=24), nullable=False),
    sa.ForeignKeyConstraint(['decoration_id'], ['decorations.id'], name=op.f('fk_decoration_workers_decoration_id_decorations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_decoration_workers'))
    )
    with op.batch_alter_table('decoration_workers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_decoration_workers_decoration_id'), ['decoration_id'], unique=False)

    with op.batch_alter_table('release_slips', schema=None) as batch_op:
        batch_op.create_index('ix_release_slips_open', ['returned_at', 'voided_at', 'issued_at'], unique=False)

    op.create_table('release_slip_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('slip_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('unit', sa.String(length=8), nullable=False),
    sa.ForeignKeyConstraint(['slip_id'], ['release_slips.id'], name=op.f('fk_release_slip_items_slip_id_release_slips')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_release_slip_items'))
    )
    with op.batch_alter_table('release_slip_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_release_slip_items_slip_id'), ['slip_id'], unique=False)

    op.create_table('round_findings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('result_id', sa.Integer(), nullable=False),
    sa.Column('item', sa.String(length=20), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('follow_up', sa.Enum('REPAIR', 'CLEANING', name='followup', native_enum=False, length=24), nullable=True),
    sa.Column('follow_up_ref', sa.String(length=40), nullable=False),
    sa.Column('follow_up_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['result_id'], ['round_results.id'], name=op.f('fk_round_findings_result_id_round_results')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_round_findings'))
    )
    with op.batch_alter_table('round_findings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_round_findings_result_id'), ['result_id'], unique=False)

    op.create_table('survey_answers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sample_id', sa.Integer(), nullable=False),
    sa.Column('question_id', sa.Integer(), nullable=False),
    sa.Column('score', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['question_id'], ['survey_questions.id'], name=op.f('fk_survey_answers_question_id_survey_questions')),
    sa.ForeignKeyConstraint(['sample_id'], ['survey_samples.id'], name=op.f('fk_survey_answers_sample_id_survey_samples')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_survey_answers')),
    sa.UniqueConstraint('sample_id', 'question_id', name=op.f('uq_survey_answers_sample_id_question_id'))
    )
    with op.batch_alter_table('survey_answers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_survey_answers_sample_id'), ['sample_id'], unique=False)

    op.create_table('rectifications',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('decoration_id', sa.Integer(), nullable=False),
    sa.Column('check_id', sa.Integer(), nullable=False),
    sa.Column('items', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('issued_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('issued_by', sa.String(length=80), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=False),
    sa.Column('rectified_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('rectified_by', sa.String(length=80), nullable=False),
    sa.Column('rectified_note', sa.Text(), nullable=False),
    sa.Column('escalated_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['check_id'], ['decoration_checks.id'], name=op.f('fk_rectifications_check_id_decoration_checks')),
    sa.ForeignKeyConstraint(['decoration_id'], ['decorations.id'], name=op.f('fk_rectifications_decoration_id_decorations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rectifications')),
    sa.UniqueConstraint('number', name=op.f('uq_rectifications_number'))
    )
    with op.batch_alter_table('rectifications', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_rectifications_deadline'), ['deadline'], unique=False)
        batch_op.create_index(batch_op.f('ix_rectifications_decoration_id'), ['decoration_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('rectifications', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_rectifications_decoration_id'))
        batch_op.drop_index(batch_op.f('ix_rectifications_deadline'))

    op.drop_table('rectifications')
    with op.batch_alter_table('survey_answers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_survey_answers_sample_id'))

    op.drop_table('survey_answers')
    with op.batch_alter_table('round_findings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_round_findings_result_id'))

    op.drop_table('round_findings')
    with op.batch_alter_table('release_slip_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_release_slip_items_slip_id'))

    op.drop_table('release_slip_items')
    with op.batch_alter_table('decoration_workers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_decoration_workers_decoration_id'))

    op.drop_table('decoration_workers')
    with op.batch_alter_table('decoration_extensions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_decoration_extensions_decoration_id'))

    op.drop_table('decoration_extensions')
    with op.batch_alter_table('decoration_deductions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_decoration_deductions_decoration_id'))

    op.drop_table('decoration_deductions')
    with op.batch_alter_table('decoration_checks', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_decoration_checks_unit_id'))
        batch_op.drop_index(batch_op.f('ix_decoration_checks_day'))

    op.drop_table('decoration_checks')
    with op.batch_alter_table('survey_samples', schema=None) as batch_op:
        batch_op.drop_index('ix_survey_samples_campaign')

    op.drop_table('survey_samples')
    with op.batch_alter_table('round_results', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_round_results_run_id'))

    op.drop_table('round_results')
    with op.batch_alter_table('release_slips', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_release_slips_unit_id'))
        batch_op.drop_index(batch_op.f('ix_release_slips_issued_at'))

    op.drop_table('release_slips')
    with op.batch_alter_table('move_ins', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_move_ins_unit_id'))
        batch_op.drop_index(batch_op.f('ix_move_ins_handed_over_on'))

    op.drop_table('move_ins')
    with op.batch_alter_table('decorations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_decorations_unit_id'))
        batch_op.drop_index(batch_op.f('ix_decorations_state'))
        batch_op.drop_index(batch_op.f('ix_decorations_applied_at'))

    op.drop_table('decorations')
    with op.batch_alter_table('round_runs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_round_runs_day'))

    op.drop_table('round_runs')
    with op.batch_alter_table('round_points', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_round_points_route_id'))

    op.drop_table('round_points')
    with op.batch_alter_table('round_routes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_round_routes_building_id'))

    op.drop_table('round_routes')
    with op.batch_alter_table('survey_questions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_survey_questions_campaign_id'))

    op.drop_table('survey_questions')
    op.drop_table('survey_campaigns')
    op.drop_table('rounds_sequences')
