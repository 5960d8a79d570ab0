"""brief indexes: on PostgreSQL, the monthly signal's window read from one covering index

Revision ID: 0018_brief_indexes
Revises: 0017_search_contentless
Create Date: 2026-12-06 12:15:00

The regional signal (store/analysis_rows.py `_WINDOW`) reads, for one admin-1 region and four months, each
current revision's id, record id, date, precision, kind, severity, verification and flags. SQLite answers it
from ix_case_revision_signal alone (a SQLite index carries the row id). A PostgreSQL index does not: the server
read the region-date index, then 54,000 heap pages for 162,000 rows (0.74 s of a 4 s query at 1,000,000
records). This index holds every column the window reads, region first (the briefing's filter), so the
server scans it alone (`EXPLAIN (ANALYZE)`: the window 1.56 s -> 0.65 s, the whole signal query 6.3 s ->
3.9 s; bench/bench_hq.py). PostgreSQL only (INCLUDE columns); SQLite already has what it needs. Not in
models.py: the SQLite schema the models describe is unchanged.
"""

from collections.abc import Sequence

from alembic import op

revision: str = '0018_brief_indexes'
down_revision: str | None = "0017_search_contentless"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NAME = "ix_case_revision_region_window"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"CREATE INDEX IF NOT EXISTS {NAME} ON case_revision (adm1_pcode, date_start) "
               "INCLUDE (id, record_id, date_precision, kind, severity, verification, early_warning, reprisal)")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"DROP INDEX IF EXISTS {NAME}")
