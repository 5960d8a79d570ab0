"""gazetteer and search: the COD-AB gazetteer table; the search index of folded words and name keys

Revision ID: 0009_gazetteer_search
Revises: 0005
Create Date: 2026-12-06 05:50:00

`case_search` replaces release 0.1's `case_fts` (title and narrative as typed): it holds the folded words of
the title, narrative, places, P-codes and pseudonyms, the people's names apart, and the names' phonetic keys
(fieldcase/search_keys.py, store/search_index.py). The index is filled here from every current revision.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0009_gazetteer_search'
down_revision: str | None = '0008_bulk_import'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 2000


def upgrade() -> None:
    op.create_table('gazetteer_unit',
    sa.Column('pcode', sa.String(length=20), nullable=False),
    sa.Column('level', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('name_local', sa.String(length=300), nullable=True),
    sa.Column('parent_pcode', sa.String(length=20), nullable=True),
    sa.Column('country', sa.String(length=3), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('pcode')
    )
    op.create_index('ix_gazetteer_unit_country_level', 'gazetteer_unit', ['country', 'level', 'parent_pcode'],
                    unique=False)
    if op.get_bind().dialect.name != "sqlite":  # a PostgreSQL HQ store: no FTS5, its texts are sealed
        return
    op.execute("DROP TABLE IF EXISTS case_fts")
    # the index's definition and row builder are the live ones (search_index): the index is derived data,
    # rebuilt from the revisions, so a later release that changes it rebuilds it the same way
    from fieldcase.store import revision_batch, search_index

    op.execute(search_index.CREATE)
    conn = op.get_bind()
    heads: list[int] = list(conn.execute(sa.text("SELECT revision_id FROM case_head ORDER BY revision_id")).scalars())
    for start in range(0, len(heads), BATCH):
        records = revision_batch.load(conn, heads[start:start + BATCH])
        search_index.reindex(conn, [], list(records.items()))


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS case_search")
    op.execute("CREATE VIRTUAL TABLE case_fts USING fts5(title, narrative, tokenize='unicode61 remove_diacritics 2')")
    op.execute("INSERT INTO case_fts(rowid, title, narrative) SELECT r.id, r.title, r.narrative "
               "FROM case_head h JOIN case_revision r ON r.id = h.revision_id")
    op.drop_index('ix_gazetteer_unit_country_level', table_name='gazetteer_unit')
    op.drop_table('gazetteer_unit')
