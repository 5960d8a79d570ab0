"""HQ store on PostgreSQL: sealed columns, append-only guards, the country-wide assessment rule.

Nothing changes on SQLite (a SQLCipher file is encrypted whole; its guards are triggers from 0001-0005).
On PostgreSQL (chosen only by `fieldcase hq init --database postgresql://...`, so the database is new and
its tables empty when this runs):

* every column listed in store/sealed.py becomes `bytea`: it holds AES-256-GCM ciphertext sealed under a
  key the server never sees;
* the tables that are history get triggers that refuse UPDATE and DELETE (as SQLite's RAISE(ABORT));
* a partial unique index gives country-wide (NULL region) assessments the uniqueness SQLite's trigger gives.

Revision ID: 0011_hq_postgres
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = '0011_hq_postgres'
down_revision: str | None = '0009_gazetteer_search'
branch_labels = None
depends_on = None

# The append-only tables of 0001, 0002, 0003 and 0005.
APPEND_ONLY = ("case_revision", "case_violation", "case_tag", "case_person", "case_source", "case_death",
               "case_attachment", "person_revision", "source_revision", "attachment", "audit_log",
               "risk_assessment", "action_point", "mechanism_reference", "framework_release",
               "sync_revision_origin", "sync_remote_audit", "sync_received",
               "case_act", "case_act_perpetrator", "act_review")


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "postgresql":
        return
    from fieldcase.store.sealed import SEALED

    for table, columns in SEALED.items():
        if conn.execute(sa.text(f"SELECT EXISTS (SELECT 1 FROM {table})")).scalar():
            raise RuntimeError(f"{table} already has rows: a PostgreSQL HQ store must be created empty")
        for column in columns:
            op.execute(f"ALTER TABLE {table} ALTER COLUMN {column} TYPE bytea USING NULL")
    op.execute("""CREATE FUNCTION fieldcase_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$""")
    for table in APPEND_ONLY:
        op.execute(f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                   "FOR EACH ROW EXECUTE FUNCTION fieldcase_append_only()")
    op.execute("CREATE UNIQUE INDEX ux_risk_assessment_country_rev ON risk_assessment (period, risk_area, rev) "
               "WHERE adm1_pcode IS NULL")


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "postgresql":
        return
    op.execute("DROP INDEX IF EXISTS ux_risk_assessment_country_rev")
    for table in APPEND_ONLY:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
    op.execute("DROP FUNCTION IF EXISTS fieldcase_append_only()")
