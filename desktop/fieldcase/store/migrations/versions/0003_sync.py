"""sync: peers, outbox, received packages, revision origins, remote audit, documents, targets

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 20:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Rows that are history: an accepted package, a merged revision's origin, a peer's audit entry.
APPEND_ONLY = ("sync_revision_origin", "sync_remote_audit", "sync_received")


def upgrade() -> None:
    op.create_table('sync_peer',
    sa.Column('peer_id', sa.String(length=36), nullable=False),
    sa.Column('role', sa.String(length=10), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('region', sa.String(length=40), nullable=True),
    sa.Column('cert_pem', sa.LargeBinary(), nullable=False),
    sa.Column('cert_sha256', sa.String(length=95), nullable=False),
    sa.Column('recipients', sa.Text(), nullable=False),
    sa.Column('keyset_version', sa.Integer(), nullable=False),
    sa.Column('enrolled_at', sa.String(length=40), nullable=False),
    sa.Column('in_sequence', sa.Integer(), nullable=False),
    sa.Column('in_manifest_sha256', sa.String(length=64), nullable=True),
    sa.Column('out_sequence', sa.Integer(), nullable=False),
    sa.Column('out_manifest_sha256', sa.String(length=64), nullable=True),
    sa.PrimaryKeyConstraint('peer_id'),
    sa.UniqueConstraint('cert_sha256')
    )
    op.create_table('sync_outbox',
    sa.Column('package_id', sa.String(length=36), nullable=False),
    sa.Column('peer_id', sa.String(length=36), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('file_name', sa.String(length=200), nullable=False),
    sa.Column('manifest_sha256', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.String(length=40), nullable=False),
    sa.Column('revision_mark', sa.Integer(), nullable=False),
    sa.Column('audit_mark', sa.Integer(), nullable=False),
    sa.Column('items', sa.Integer(), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('acknowledged_at', sa.String(length=40), nullable=True),
    sa.PrimaryKeyConstraint('package_id'),
    sa.UniqueConstraint('peer_id', 'sequence')
    )
    op.create_table('sync_upload',
    sa.Column('package_id', sa.String(length=36), nullable=False),
    sa.Column('target', sa.String(length=100), nullable=False),
    sa.Column('uploaded_at', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['package_id'], ['sync_outbox.package_id'], ),
    sa.PrimaryKeyConstraint('package_id', 'target')
    )
    op.create_table('sync_sent_attachment',
    sa.Column('attachment_id', sa.String(length=36), nullable=False),
    sa.Column('package_id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['attachment_id'], ['attachment.id'], ),
    sa.ForeignKeyConstraint(['package_id'], ['sync_outbox.package_id'], ),
    sa.PrimaryKeyConstraint('attachment_id')
    )
    op.create_table('sync_received',
    sa.Column('package_id', sa.String(length=36), nullable=False),
    sa.Column('peer_id', sa.String(length=36), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('manifest_sha256', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('file_name', sa.String(length=300), nullable=False),
    sa.Column('items', sa.Integer(), nullable=False),
    sa.Column('received_at', sa.String(length=40), nullable=False),
    sa.PrimaryKeyConstraint('package_id'),
    sa.UniqueConstraint('peer_id', 'sequence')
    )
    op.create_table('sync_revision_origin',
    sa.Column('revision_id', sa.Integer(), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('origin_rev', sa.Integer(), nullable=False),
    sa.Column('item_sha256', sa.String(length=64), nullable=False),
    sa.Column('package_id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['revision_id'], ['case_revision.id'], ),
    sa.PrimaryKeyConstraint('revision_id'),
    sa.UniqueConstraint('origin', 'record_id', 'origin_rev')
    )
    op.create_table('sync_remote_audit',
    sa.Column('origin', sa.String(length=36), nullable=False),
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
    sa.PrimaryKeyConstraint('origin', 'seq')
    )
    op.create_table('sync_document',
    sa.Column('doc_id', sa.String(length=36), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('peer_id', sa.String(length=36), nullable=True),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('created_at', sa.String(length=40), nullable=False),
    sa.PrimaryKeyConstraint('doc_id')
    )
    op.create_table('sync_document_sent',
    sa.Column('doc_id', sa.String(length=36), nullable=False),
    sa.Column('peer_id', sa.String(length=36), nullable=False),
    sa.Column('package_id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['doc_id'], ['sync_document.doc_id'], ),
    sa.PrimaryKeyConstraint('doc_id', 'peer_id')
    )
    op.create_table('sync_target',
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('location', sa.Text(), nullable=False),
    sa.Column('username', sa.String(length=200), nullable=True),
    sa.Column('created_at', sa.String(length=40), nullable=False),
    sa.PrimaryKeyConstraint('name')
    )
    sqlite = op.get_bind().dialect.name == "sqlite"  # PostgreSQL's guards: 0011_hq_postgres
    for table in APPEND_ONLY if sqlite else ():
        op.execute(f"CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table} "
                   f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END")
        op.execute(f"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} "
                   f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END")


def downgrade() -> None:
    for table in APPEND_ONLY:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_no_update")
        op.execute(f"DROP TRIGGER IF EXISTS {table}_no_delete")
    for table in ('sync_target', 'sync_document_sent', 'sync_document', 'sync_remote_audit',
                  'sync_revision_origin', 'sync_received', 'sync_sent_attachment', 'sync_upload',
                  'sync_outbox', 'sync_peer'):
        op.drop_table(table)
