"""initial schema

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-25 19:39:58.884190
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('attachment',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('blob_id', sa.String(length=64), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('stored_size', sa.Integer(), nullable=False),
    sa.Column('media_type', sa.String(length=120), nullable=False),
    sa.Column('original_name', sa.String(length=500), nullable=False),
    sa.Column('added_at', sa.String(length=40), nullable=False),
    sa.Column('added_by', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('blob_id')
    )
    op.create_table('audit_log',
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('at', sa.String(length=40), nullable=False),
    sa.Column('actor', sa.String(length=200), nullable=False),
    sa.Column('action', sa.String(length=60), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.String(length=36), nullable=False),
    sa.Column('entity_rev', sa.Integer(), nullable=True),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('seq'),
    sa.UniqueConstraint('hash')
    )
    op.create_table('case_revision',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('author', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.String(length=40), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('narrative', sa.Text(), nullable=False),
    sa.Column('info_type', sa.String(length=30), nullable=True),
    sa.Column('date_start', sa.Date(), nullable=False),
    sa.Column('date_end', sa.Date(), nullable=False),
    sa.Column('date_precision', sa.String(length=5), nullable=False),
    sa.Column('date_text', sa.String(length=10), nullable=False),
    sa.Column('date_end_text', sa.String(length=10), nullable=True),
    sa.Column('reported_on', sa.Date(), nullable=True),
    sa.Column('country', sa.String(length=3), nullable=False),
    sa.Column('adm1_pcode', sa.String(length=20), nullable=True),
    sa.Column('adm1_name', sa.String(length=300), nullable=True),
    sa.Column('adm2_pcode', sa.String(length=20), nullable=True),
    sa.Column('adm2_name', sa.String(length=300), nullable=True),
    sa.Column('place', sa.String(length=300), nullable=True),
    sa.Column('lat', sa.Float(), nullable=True),
    sa.Column('lon', sa.Float(), nullable=True),
    sa.Column('coord_precision_m', sa.Integer(), nullable=True),
    sa.Column('perpetrator_category', sa.String(length=120), nullable=True),
    sa.Column('perpetrator_status', sa.String(length=20), nullable=False),
    sa.Column('severity', sa.Integer(), nullable=True),
    sa.Column('verification', sa.String(length=30), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('confidentiality', sa.String(length=30), nullable=False),
    sa.Column('reprisal', sa.Boolean(), nullable=False),
    sa.Column('early_warning', sa.Boolean(), nullable=False),
    sa.Column('killed', sa.Integer(), nullable=True),
    sa.Column('injured', sa.Integer(), nullable=True),
    sa.Column('abducted', sa.Integer(), nullable=True),
    sa.Column('displaced', sa.Integer(), nullable=True),
    sa.Column('participants', sa.Integer(), nullable=True),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('record_id', 'rev')
    )
    with op.batch_alter_table('case_revision', schema=None) as batch_op:
        batch_op.create_index('ix_case_revision_date', ['date_start'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_revision_record_id'), ['record_id'], unique=False)
        batch_op.create_index('ix_case_revision_region_date', ['adm1_pcode', 'date_start'], unique=False)

    op.create_table('draft',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=True),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.String(length=40), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('meta',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('person_revision',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('author', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.String(length=40), nullable=False),
    sa.Column('pseudonym', sa.String(length=300), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=True),
    sa.Column('sex', sa.String(length=20), nullable=False),
    sa.Column('age_group', sa.String(length=20), nullable=False),
    sa.Column('victim_groups', sa.Text(), nullable=False),
    sa.Column('cooperated_with_un', sa.String(length=40), nullable=True),
    sa.Column('reprisal_suspected', sa.Boolean(), nullable=False),
    sa.Column('at_risk', sa.Boolean(), nullable=False),
    sa.Column('consent_naming', sa.Boolean(), nullable=False),
    sa.Column('consent_referral', sa.Boolean(), nullable=False),
    sa.Column('consent_recorded_on', sa.Date(), nullable=True),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('person_id', 'rev')
    )
    with op.batch_alter_table('person_revision', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_revision_person_id'), ['person_id'], unique=False)

    op.create_table('secret',
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('value', sa.LargeBinary(), nullable=False),
    sa.PrimaryKeyConstraint('name')
    )
    op.create_table('source_revision',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source_id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('author', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('type', sa.String(length=120), nullable=True),
    sa.Column('reliability', sa.String(length=1), nullable=False),
    sa.Column('connection', sa.String(length=120), nullable=True),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('source_id', 'rev')
    )
    with op.batch_alter_table('source_revision', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_source_revision_source_id'), ['source_id'], unique=False)

    op.create_table('case_attachment',
    sa.Column('revision_id', sa.Integer(), nullable=False),
    sa.Column('attachment_id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['attachment_id'], ['attachment.id'], ),
    sa.ForeignKeyConstraint(['revision_id'], ['case_revision.id'], ),
    sa.PrimaryKeyConstraint('revision_id', 'attachment_id')
    )
    op.create_table('case_death',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('revision_id', sa.Integer(), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.Column('sex', sa.String(length=40), nullable=False),
    sa.Column('age_group', sa.String(length=40), nullable=False),
    sa.Column('cause', sa.String(length=120), nullable=False),
    sa.Column('status', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['revision_id'], ['case_revision.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('case_death', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_death_revision_id'), ['revision_id'], unique=False)

    op.create_table('case_head',
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('revision_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('created_at', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['revision_id'], ['case_revision.id'], ),
    sa.PrimaryKeyConstraint('record_id'),
    sa.UniqueConstraint('revision_id')
    )
    op.create_table('case_person',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('revision_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('act_linked_to_work', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['revision_id'], ['case_revision.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('case_person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_person_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_person_revision_id'), ['revision_id'], unique=False)

    op.create_table('case_source',
    sa.Column('revision_id', sa.Integer(), nullable=False),
    sa.Column('source_id', sa.String(length=36), nullable=False),
    sa.Column('credibility', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['revision_id'], ['case_revision.id'], ),
    sa.PrimaryKeyConstraint('revision_id', 'source_id')
    )
    op.create_table('case_tag',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('revision_id', sa.Integer(), nullable=False),
    sa.Column('framework_id', sa.String(length=80), nullable=False),
    sa.Column('framework_version', sa.String(length=200), nullable=False),
    sa.Column('category', sa.String(length=120), nullable=False),
    sa.Column('rationale', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['revision_id'], ['case_revision.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('case_tag', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_tag_category'), ['category'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_tag_revision_id'), ['revision_id'], unique=False)

    op.create_table('case_violation',
    sa.Column('revision_id', sa.Integer(), nullable=False),
    sa.Column('violation_type', sa.String(length=120), nullable=False),
    sa.ForeignKeyConstraint(['revision_id'], ['case_revision.id'], ),
    sa.PrimaryKeyConstraint('revision_id', 'violation_type')
    )
    with op.batch_alter_table('case_violation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_violation_violation_type'), ['violation_type'], unique=False)


    _create_fts_and_guards()


# Tables whose rows are history: nothing may change or remove them once written.
IMMUTABLE = ("case_revision", "case_violation", "case_tag", "case_person", "case_source", "case_death",
             "case_attachment", "person_revision", "source_revision", "attachment", "audit_log")


def _create_fts_and_guards() -> None:
    if op.get_bind().dialect.name != "sqlite":  # PostgreSQL (an HQ store): its guards are in 0011_hq_postgres
        return
    # Full-text index over the current revision of each record (rowid = case_revision.id), stored
    # inside the encrypted database like every other table.
    op.execute("CREATE VIRTUAL TABLE case_fts USING fts5(title, narrative, tokenize='unicode61 remove_diacritics 2')")
    for table in IMMUTABLE:
        op.execute(f"CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table} "
                   f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END")
        op.execute(f"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} "
                   f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END")


def downgrade() -> None:
    for table in IMMUTABLE:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_no_update")
        op.execute(f"DROP TRIGGER IF EXISTS {table}_no_delete")
    op.execute("DROP TABLE IF EXISTS case_fts")
    with op.batch_alter_table('case_violation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_violation_violation_type'))

    op.drop_table('case_violation')
    with op.batch_alter_table('case_tag', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_tag_revision_id'))
        batch_op.drop_index(batch_op.f('ix_case_tag_category'))

    op.drop_table('case_tag')
    op.drop_table('case_source')
    with op.batch_alter_table('case_person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_person_revision_id'))
        batch_op.drop_index(batch_op.f('ix_case_person_person_id'))

    op.drop_table('case_person')
    op.drop_table('case_head')
    with op.batch_alter_table('case_death', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_death_revision_id'))

    op.drop_table('case_death')
    op.drop_table('case_attachment')
    with op.batch_alter_table('source_revision', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_source_revision_source_id'))

    op.drop_table('source_revision')
    op.drop_table('secret')
    with op.batch_alter_table('person_revision', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_revision_person_id'))

    op.drop_table('person_revision')
    op.drop_table('meta')
    op.drop_table('draft')
    with op.batch_alter_table('case_revision', schema=None) as batch_op:
        batch_op.drop_index('ix_case_revision_region_date')
        batch_op.drop_index(batch_op.f('ix_case_revision_record_id'))
        batch_op.drop_index('ix_case_revision_date')

    op.drop_table('case_revision')
    op.drop_table('audit_log')
    op.drop_table('attachment')
