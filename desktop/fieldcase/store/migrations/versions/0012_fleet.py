"""fleet: purge after receipt — the field copy of content HQ acknowledged can be removed, keeping its hashes

Revision ID: 0012_fleet
Revises: 0005
Create Date: 2026-12-06 06:30:00

`purged` lists what was purged (a record, a person or source it alone referred to, an attachment) with the
content hash that stays. The append-only guards of the record tables (0001, 0005) are recreated with one
exception: rows of something listed in `purged` may be blanked or deleted (the purge writes the listing
and the blanking in one transaction, services/purge.py). Everything else stays append-only.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0012_fleet'
down_revision: str | None = '0011_hq_postgres'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BY_REVISION = ("EXISTS (SELECT 1 FROM case_revision r JOIN purged p ON p.kind = 'record' "
                "AND p.entity_id = r.record_id WHERE r.id = OLD.revision_id)")
# table -> the condition under which its rows belong to purged content
EXEMPT = {
    "case_revision": "EXISTS (SELECT 1 FROM purged p WHERE p.kind = 'record' AND p.entity_id = OLD.record_id)",
    "case_violation": _BY_REVISION, "case_tag": _BY_REVISION, "case_person": _BY_REVISION,
    "case_source": _BY_REVISION, "case_death": _BY_REVISION, "case_act": _BY_REVISION,
    "case_attachment": _BY_REVISION,
    "attachment": "EXISTS (SELECT 1 FROM purged p WHERE p.kind = 'attachment' AND p.entity_id = OLD.id)",
    "case_act_perpetrator": "EXISTS (SELECT 1 FROM case_act a JOIN case_revision r ON r.id = a.revision_id "
                            "JOIN purged p ON p.kind = 'record' AND p.entity_id = r.record_id WHERE a.id = OLD.act_id)",
    "person_revision": "EXISTS (SELECT 1 FROM purged p WHERE p.kind = 'person' AND p.entity_id = OLD.person_id)",
    "source_revision": "EXISTS (SELECT 1 FROM purged p WHERE p.kind = 'source' AND p.entity_id = OLD.source_id)",
}


def _guards(table: str, condition: str | None) -> None:
    op.execute(f"DROP TRIGGER IF EXISTS {table}_no_update")
    op.execute(f"DROP TRIGGER IF EXISTS {table}_no_delete")
    when = f" WHEN NOT {condition}" if condition else ""
    for event, name in (("UPDATE", "no_update"), ("DELETE", "no_delete")):
        op.execute(f"CREATE TRIGGER {table}_{name} BEFORE {event} ON {table}{when} "
                   f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END")


def upgrade() -> None:
    op.create_table('purged',
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('entity_id', sa.String(length=36), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('purged_at', sa.String(length=40), nullable=False),
    sa.PrimaryKeyConstraint('kind', 'entity_id')
    )
    if op.get_bind().dialect.name != "sqlite":  # a PostgreSQL HQ store: its guards are 0011's; purge is the field's
        return
    op.execute("CREATE TRIGGER purged_no_update BEFORE UPDATE ON purged "
               "BEGIN SELECT RAISE(ABORT, 'purged is append-only'); END")
    op.execute("CREATE TRIGGER purged_no_delete BEFORE DELETE ON purged "
               "BEGIN SELECT RAISE(ABORT, 'purged is append-only'); END")
    for table, condition in EXEMPT.items():
        _guards(table, condition)


def downgrade() -> None:
    for table in EXEMPT:
        _guards(table, None)
    op.execute("DROP TRIGGER IF EXISTS purged_no_update")
    op.execute("DROP TRIGGER IF EXISTS purged_no_delete")
    op.drop_table('purged')
