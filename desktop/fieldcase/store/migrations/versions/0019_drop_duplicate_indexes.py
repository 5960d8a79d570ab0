"""drop duplicate indexes: four single-column indexes that a composite index already leads with

Revision ID: 0019_drop_duplicate_indexes
Revises: 0018_brief_indexes
Create Date: 2026-12-06 15:30:00

Since 0001 each revision table kept an index on its entity id beside the unique (entity id, rev) constraint,
and 0002 gave case_tag (revision_id, category) beside 0001's (revision_id). A B-tree whose leading column is
the one looked up answers the same lookups (SQLite and PostgreSQL alike: `WHERE record_id IN (...)`,
`ORDER BY rev`), so the single-column twins only cost a random insert each per written row and about
166 bytes a record on disk (bench/bench_import.py's dbstat breakdown: 50 + 49 + 50 + 17).
Dropped: ix_case_revision_record_id, ix_person_revision_person_id, ix_source_revision_source_id,
ix_case_tag_revision_id. Nothing names them (no INDEXED BY); the downgrade recreates them.
"""

from collections.abc import Sequence

from alembic import op

revision: str = '0019_drop_duplicate_indexes'
down_revision: str | None = "0018_brief_indexes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# index name -> (table, column); each is covered by the composite index named beside it
DUPLICATES = {
    "ix_case_revision_record_id": ("case_revision", "record_id"),  # UNIQUE (record_id, rev)
    "ix_person_revision_person_id": ("person_revision", "person_id"),  # UNIQUE (person_id, rev)
    "ix_source_revision_source_id": ("source_revision", "source_id"),  # UNIQUE (source_id, rev)
    "ix_case_tag_revision_id": ("case_tag", "revision_id"),  # ix_case_tag_revision_category (0002)
}


def upgrade() -> None:
    for name in DUPLICATES:
        op.execute(f"DROP INDEX IF EXISTS {name}")


def downgrade() -> None:
    for name, (table, column) in DUPLICATES.items():
        op.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table} ({column})")
