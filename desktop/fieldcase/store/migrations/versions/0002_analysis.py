"""analysis: risk assessments, action points, mechanism references, installed framework releases

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# History, like 0001's IMMUTABLE tables: rows are only ever added.
IMMUTABLE = ("risk_assessment", "action_point", "mechanism_reference", "framework_release")


def upgrade() -> None:
    op.create_table('risk_assessment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('period', sa.String(length=7), nullable=False),
    sa.Column('risk_area', sa.String(length=120), nullable=False),
    sa.Column('adm1_pcode', sa.String(length=20), nullable=True),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('level', sa.String(length=30), nullable=False),
    sa.Column('trend', sa.String(length=30), nullable=False),
    sa.Column('rationale', sa.Text(), nullable=False),
    sa.Column('computed_level', sa.String(length=30), nullable=False),
    sa.Column('computed_trend', sa.String(length=30), nullable=False),
    sa.Column('computed_score', sa.Integer(), nullable=False),
    sa.Column('author', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.String(length=40), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('period', 'risk_area', 'adm1_pcode', 'rev')
    )
    # The unique constraint treats NULL (country-wide) regions as all different; this closes that gap.
    # (PostgreSQL, an HQ store: a partial unique index and the append-only guards, in 0011_hq_postgres.)
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        op.execute("CREATE TRIGGER risk_assessment_unique_country_rev BEFORE INSERT ON risk_assessment "
                   "WHEN NEW.adm1_pcode IS NULL AND EXISTS (SELECT 1 FROM risk_assessment WHERE period = NEW.period "
                   "AND risk_area = NEW.risk_area AND adm1_pcode IS NULL AND rev = NEW.rev) "
                   "BEGIN SELECT RAISE(ABORT, 'risk_assessment revision already exists'); END")

    op.create_table('action_point',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('action_id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('risk_areas', sa.Text(), nullable=False),
    sa.Column('mechanism_refs', sa.Text(), nullable=False),
    sa.Column('owner', sa.String(length=200), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('period', sa.String(length=7), nullable=True),
    sa.Column('adm1_pcode', sa.String(length=20), nullable=True),
    sa.Column('author', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.String(length=40), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('action_id', 'rev')
    )
    with op.batch_alter_table('action_point', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_action_point_action_id'), ['action_id'], unique=False)

    op.create_table('mechanism_reference',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('ref_id', sa.String(length=200), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('mechanism', sa.String(length=30), nullable=False),
    sa.Column('symbol', sa.String(length=200), nullable=False),
    sa.Column('code', sa.String(length=60), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('date', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=120), nullable=True),
    sa.Column('url', sa.String(length=500), nullable=True),
    sa.Column('author', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.String(length=40), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('ref_id', 'rev')
    )
    with op.batch_alter_table('mechanism_reference', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mechanism_reference_ref_id'), ['ref_id'], unique=False)

    op.create_table('framework_release',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('framework_id', sa.String(length=80), nullable=False),
    sa.Column('release', sa.Integer(), nullable=False),
    sa.Column('version', sa.String(length=200), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('document', sa.Text(), nullable=False),
    sa.Column('source_name', sa.String(length=300), nullable=False),
    sa.Column('installed_at', sa.String(length=40), nullable=False),
    sa.Column('installed_by', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('framework_id', 'release')
    )

    # Covering indexes for the monthly analysis: it reads these instead of the wide revision rows.
    with op.batch_alter_table('case_revision', schema=None) as batch_op:
        batch_op.create_index('ix_case_revision_signal', ['date_start', 'date_precision', 'adm1_pcode', 'kind',
                                                          'severity', 'verification', 'early_warning', 'reprisal'])
    with op.batch_alter_table('case_tag', schema=None) as batch_op:
        batch_op.create_index('ix_case_tag_revision_category', ['revision_id', 'category'])
    with op.batch_alter_table('person_revision', schema=None) as batch_op:
        batch_op.create_index('ix_person_revision_analysis', ['person_id', 'rev', 'victim_groups', 'cooperated_with_un',
                                                              'reprisal_suspected', 'sex', 'age_group'])

    for table in IMMUTABLE if sqlite else ():
        op.execute(f"CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table} "
                   f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END")
        op.execute(f"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} "
                   f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END")


def downgrade() -> None:
    for table in IMMUTABLE:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_no_update")
        op.execute(f"DROP TRIGGER IF EXISTS {table}_no_delete")
    op.execute("DROP TRIGGER IF EXISTS risk_assessment_unique_country_rev")
    with op.batch_alter_table('person_revision', schema=None) as batch_op:
        batch_op.drop_index('ix_person_revision_analysis')
    with op.batch_alter_table('case_tag', schema=None) as batch_op:
        batch_op.drop_index('ix_case_tag_revision_category')
    with op.batch_alter_table('case_revision', schema=None) as batch_op:
        batch_op.drop_index('ix_case_revision_signal')
    op.drop_table('framework_release')
    with op.batch_alter_table('mechanism_reference', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mechanism_reference_ref_id'))
    op.drop_table('mechanism_reference')
    with op.batch_alter_table('action_point', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_action_point_action_id'))
    op.drop_table('action_point')
    op.drop_table('risk_assessment')
