"""hq users: the `hq_withheld` table of HQ compartment databases (hq/compartments.py)

Revision ID: 0016_hq_users
Revises: 0012_fleet
Create Date: 2026-12-06 09:00:00

HQ users and their key slots live in HQDIR/hq-users.json (hq/users.py), not in a table: a slot must be read
before any database can be opened. A compartment database (one per confidentiality level below the top,
keyed with that level's key) is an ordinary store holding the records at or below its level; of each record
above it, `hq_withheld` keeps only the id, kind and level. Empty everywhere else.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0016_hq_users'
down_revision: str | None = "0015_sync_conflicts"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('hq_withheld',
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('confidentiality', sa.String(length=30), nullable=False),
    sa.PrimaryKeyConstraint('record_id')
    )


def downgrade() -> None:
    op.drop_table('hq_withheld')
