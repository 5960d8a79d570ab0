"""sealed attachments: blobs encrypted to HQ at intake, and ciphertexts sent beside packages

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 22:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('attachment_seal',
    sa.Column('blob_id', sa.String(length=64), nullable=False),
    sa.Column('recipients', sa.Text(), nullable=False),
    sa.Column('piece_size', sa.Integer(), nullable=False),
    sa.Column('pieces', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('blob_id')
    )
    op.create_table('sync_outbox_blob',
    sa.Column('package_id', sa.String(length=36), nullable=False),
    sa.Column('attachment_id', sa.String(length=36), nullable=False),
    sa.Column('file_name', sa.String(length=200), nullable=False),
    sa.Column('cipher_size', sa.Integer(), nullable=False),
    sa.Column('piece_size', sa.Integer(), nullable=False),
    sa.Column('pieces', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['package_id'], ['sync_outbox.package_id'], ),
    sa.PrimaryKeyConstraint('package_id', 'attachment_id')
    )


def downgrade() -> None:
    op.drop_table('sync_outbox_blob')
    op.drop_table('attachment_seal')
