"""identity links: two people or two incidents recorded as the same, as append-only link events

Revision ID: 0014_identity_links
Revises: 0012_fleet
Create Date: 2026-12-06 09:00:00

`identity_link_event` holds every decision: `link` (kind person|incident, the two sides, the reason, who,
when, where it was decided) and `unlink` (the link it undoes, with its own reason). Nothing is updated or
deleted: a link is in force while no `unlink` event names it. Records and people are never touched.
`identity_link_sent` is sync bookkeeping: which events went to which peer in which package.

On PostgreSQL (an HQ store) the reason is sealed like the other free-text columns (`bytea`, store/sealed.py)
and the event table gets 0011's append-only trigger; on SQLite it gets RAISE(ABORT) triggers.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0014_identity_links'
down_revision: str | None = '0012_fleet'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    op.create_table('identity_link_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.String(length=36), nullable=False),
    sa.Column('link_id', sa.String(length=36), nullable=False),
    sa.Column('action', sa.String(length=10), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('first_record', sa.String(length=36), nullable=False),
    sa.Column('first_person', sa.String(length=36), nullable=True),
    sa.Column('second_record', sa.String(length=36), nullable=False),
    sa.Column('second_person', sa.String(length=36), nullable=True),
    sa.Column('reason', sa.LargeBinary() if postgres else sa.Text(), nullable=False),
    sa.Column('actor', sa.String(length=200), nullable=False),
    sa.Column('at', sa.String(length=40), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('package_id', sa.String(length=36), nullable=True),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('event_id')
    )
    op.create_index('ix_identity_link_event_link_id', 'identity_link_event', ['link_id'], unique=False)
    op.create_table('identity_link_sent',
    sa.Column('event_id', sa.String(length=36), nullable=False),
    sa.Column('peer_id', sa.String(length=36), nullable=False),
    sa.Column('package_id', sa.String(length=36), nullable=False),
    sa.PrimaryKeyConstraint('event_id', 'peer_id')
    )
    if postgres:  # fieldcase_append_only() is 0011's
        op.execute("CREATE TRIGGER identity_link_event_append_only BEFORE UPDATE OR DELETE ON identity_link_event "
                   "FOR EACH ROW EXECUTE FUNCTION fieldcase_append_only()")
    elif op.get_bind().dialect.name == "sqlite":
        for event, name in (("UPDATE", "no_update"), ("DELETE", "no_delete")):
            op.execute(f"CREATE TRIGGER identity_link_event_{name} BEFORE {event} ON identity_link_event "
                       "BEGIN SELECT RAISE(ABORT, 'identity_link_event is append-only'); END")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS identity_link_event_append_only ON identity_link_event")
    else:
        op.execute("DROP TRIGGER IF EXISTS identity_link_event_no_update")
        op.execute("DROP TRIGGER IF EXISTS identity_link_event_no_delete")
    op.drop_table('identity_link_sent')
    op.drop_index('ix_identity_link_event_link_id', table_name='identity_link_event')
    op.drop_table('identity_link_event')
