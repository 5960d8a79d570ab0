"""search contentless: the FTS5 search index keeps its words' positions only, not a second copy of them

Revision ID: 0017_search_contentless
Revises: 0016_hq_users
Create Date: 2026-12-06 09:00:00

`case_search` (0009) stored every indexed text twice: once in the index and once in its content table
(`case_search_content`, about 1 KB a record, a fifth of the store). Nothing reads those columns back: a
search asks only for matching rowids (store/cases.py), and the words are derived data, recomputed from
the revisions. The index becomes contentless (`content=''`) with `contentless_delete=1` (SQLite 3.43+;
SQLCipher 4.6 ships 3.46 or later) so a revision that stops being current is still deleted by rowid.
The index is rebuilt here from every current revision, as 0009 filled it. A store created after this
release already gets the contentless table from 0009 (it uses the live definition) and is left as is.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0017_search_contentless'
down_revision: str | None = "0016_hq_users"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 2000
# 0009's definition, for the downgrade (frozen here: the live one in search_index is the contentless one)
WITH_CONTENT = ("CREATE VIRTUAL TABLE case_search USING fts5(body, names, namekeys, "
                "tokenize='unicode61 remove_diacritics 0')")


def _rebuild(create: str) -> None:
    from fieldcase.store import revision_batch, search_index

    conn = op.get_bind()
    op.execute("DROP TABLE IF EXISTS case_search")
    op.execute(create)
    heads: list[int] = list(conn.execute(sa.text("SELECT revision_id FROM case_head ORDER BY revision_id")).scalars())
    for start in range(0, len(heads), BATCH):
        records = revision_batch.load(conn, heads[start:start + BATCH])
        search_index.reindex(conn, [], list(records.items()))


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":  # a PostgreSQL HQ store has no search index
        return
    from fieldcase.store import search_index

    sql = op.get_bind().execute(sa.text("SELECT sql FROM sqlite_master WHERE type = 'table' "
                                        "AND name = 'case_search'")).scalar()
    if sql == search_index.CREATE:
        return  # created contentless by 0009 (the live definition): nothing to rebuild
    _rebuild(search_index.CREATE)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    _rebuild(WITH_CONTENT)
