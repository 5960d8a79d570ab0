"""sync conflicts: a record edited on both sides of a sync, kept until someone resolves it

Revision ID: 0015_sync_conflicts
Revises: 0012_fleet
Create Date: 2026-12-06 09:00:00

`sync_conflict` (store/conflict_models.py) names the record, the local and the incoming revision, and its
status. Its guards, on both dialects (a PostgreSQL HQ resolves conflicts too): no row is ever deleted; a row
changes only while it is open, and then only its incoming side (a later revision from the same peer that
continues it) or its closing (status, resolved_rev/at/by). What was detected, against what, stays.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0015_sync_conflicts'
down_revision: str | None = "0014_identity_links"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_FIXED = ("id", "record_id", "local_rev", "base_rev", "origin", "package_id", "detected_at")


def upgrade() -> None:
    op.create_table('sync_conflict',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('local_rev', sa.Integer(), nullable=False),
    sa.Column('incoming_rev', sa.Integer(), nullable=False),
    sa.Column('base_rev', sa.Integer(), nullable=True),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('origin_rev', sa.Integer(), nullable=False),
    sa.Column('package_id', sa.String(length=36), nullable=False),
    sa.Column('detected_at', sa.String(length=40), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('resolved_rev', sa.Integer(), nullable=True),
    sa.Column('resolved_at', sa.String(length=40), nullable=True),
    sa.Column('resolved_by', sa.String(length=200), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_sync_conflict_record_id'), 'sync_conflict', ['record_id'], unique=False)
    op.create_index(op.f('ix_sync_conflict_status'), 'sync_conflict', ['status'], unique=False)
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        changed = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in _FIXED)
        op.execute("CREATE TRIGGER sync_conflict_no_delete BEFORE DELETE ON sync_conflict "
                   "BEGIN SELECT RAISE(ABORT, 'sync_conflict rows are kept'); END")
        op.execute(f"CREATE TRIGGER sync_conflict_no_update BEFORE UPDATE ON sync_conflict "
                   f"WHEN OLD.status <> 'open' OR {changed} "
                   "BEGIN SELECT RAISE(ABORT, 'sync_conflict: only an open conflict changes, and only in its "
                   "incoming side or its resolution'); END")
    elif dialect == "postgresql":
        changed = " OR ".join(f"NEW.{c} IS DISTINCT FROM OLD.{c}" for c in _FIXED)
        op.execute(f"""CREATE FUNCTION fieldcase_sync_conflict_guard() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF TG_OP = 'DELETE' THEN RAISE EXCEPTION 'sync_conflict rows are kept'; END IF;
              IF OLD.status <> 'open' OR {changed} THEN
                RAISE EXCEPTION 'sync_conflict: only an open conflict changes, and only in its %',
                    'incoming side or its resolution';
              END IF;
              RETURN NEW;
            END $$""")
        op.execute("CREATE TRIGGER sync_conflict_guard BEFORE UPDATE OR DELETE ON sync_conflict "
                   "FOR EACH ROW EXECUTE FUNCTION fieldcase_sync_conflict_guard()")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS sync_conflict_no_delete")
        op.execute("DROP TRIGGER IF EXISTS sync_conflict_no_update")
    elif dialect == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS sync_conflict_guard ON sync_conflict")
        op.execute("DROP FUNCTION IF EXISTS fieldcase_sync_conflict_guard()")
    op.drop_index(op.f('ix_sync_conflict_status'), table_name='sync_conflict')
    op.drop_index(op.f('ix_sync_conflict_record_id'), table_name='sync_conflict')
    op.drop_table('sync_conflict')
