"""bulk import: external datasets and the provenance of imported records (issue 17)

Revision ID: 0008_bulk_import
Revises: 0005
Create Date: 2026-12-06 06:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0008_bulk_import'
down_revision: str | None = '0006_rmr'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('external_dataset',
    sa.Column('id', sa.String(length=120), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('publisher', sa.String(length=300), nullable=False),
    sa.Column('licence', sa.Text(), nullable=False),
    sa.Column('attribution', sa.Text(), nullable=False),
    sa.Column('url', sa.String(length=500), nullable=True),
    sa.Column('last_imported_at', sa.String(length=40), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('case_provenance',
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('dataset_id', sa.String(length=120), nullable=False),
    sa.Column('external_id', sa.String(length=120), nullable=False),
    sa.Column('external_version', sa.String(length=60), nullable=True),
    sa.Column('row_hash', sa.String(length=64), nullable=False),
    sa.Column('origin', sa.String(length=300), nullable=False),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.Column('imported_at', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['dataset_id'], ['external_dataset.id'], ),
    sa.PrimaryKeyConstraint('record_id'),
    sa.UniqueConstraint('dataset_id', 'external_id')
    )


def downgrade() -> None:
    op.drop_table('case_provenance')
    op.drop_table('external_dataset')
