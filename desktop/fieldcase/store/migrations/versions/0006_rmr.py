"""rmr: recommendations as records, action-point history notes, the officer's monthly narrative, cross-border

Revision ID: 0006_rmr
Revises: 0005
Create Date: 2026-12-06 06:00:00

Adds columns only (nothing existing is rewritten): a mechanism reference gains the recommending States or
mandates, the date of the State's response, themes, linked risk areas and SDG targets; an action-point
revision gains the outcome or reason of its change and the day it took effect; a case revision gains the
other country of a cross-border incident and the proposed early action. A new table holds the officer's
written part of a monthly assessment (opportunities, mitigating factors, outlook, recommendations to the RMR).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0006_rmr'
down_revision: str | None = '0005'  # the brief names it "0005_acts"; the integrator re-chains
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


class _table:
    def __init__(self, name: str) -> None:
        self.name = name

    def __enter__(self) -> '_table':
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def add_column(self, column: sa.Column) -> None:  # type: ignore[type-arg]
        op.add_column(self.name, column)

    def drop_column(self, name: str) -> None:
        op.drop_column(self.name, name)


def upgrade() -> None:
    # plain ALTER TABLE ADD/DROP COLUMN: SQLite does both in place; a batch copy would trip the foreign keys
    with _table('mechanism_reference') as t:
        t.add_column(sa.Column('recommending', sa.Text(), nullable=False, server_default='[]'))
        t.add_column(sa.Column('response_date', sa.Date(), nullable=True))
        t.add_column(sa.Column('themes', sa.Text(), nullable=False, server_default='[]'))
        t.add_column(sa.Column('risk_areas', sa.Text(), nullable=False, server_default='[]'))
        t.add_column(sa.Column('sdg_targets', sa.Text(), nullable=False, server_default='[]'))
    with _table('action_point') as t:
        t.add_column(sa.Column('note', sa.Text(), nullable=False, server_default=''))
        t.add_column(sa.Column('effective_on', sa.Date(), nullable=True))
    with _table('case_revision') as t:
        t.add_column(sa.Column('cross_border', sa.String(length=3), nullable=True))
        t.add_column(sa.Column('early_action', sa.Text(), nullable=True))
    op.create_table('monthly_narrative',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('period', sa.String(length=7), nullable=False),
    sa.Column('adm1_pcode', sa.String(length=20), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('opportunities', sa.Text(), nullable=False),
    sa.Column('mitigating', sa.Text(), nullable=False),
    sa.Column('outlook', sa.Text(), nullable=False),
    sa.Column('recommendations', sa.Text(), nullable=False),
    sa.Column('author', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.String(length=40), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('period', 'adm1_pcode', 'rev')
    )


def downgrade() -> None:
    op.drop_table('monthly_narrative')
    with _table('case_revision') as t:
        t.drop_column('early_action')
        t.drop_column('cross_border')
    with _table('action_point') as t:
        t.drop_column('effective_on')
        t.drop_column('note')
    with _table('mechanism_reference') as t:
        for c in ('sdg_targets', 'risk_areas', 'themes', 'response_date', 'recommending'):
            t.drop_column(c)
