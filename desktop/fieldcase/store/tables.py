"""Short names for the tables of a case record and the audit log, for the Core queries of several modules
(cases, revision_batch, briefing_rows, syncstore): each is its model's Table."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from .models import (
    Attachment,
    AttachmentSeal,
    AuditEntry,
    CaseAct,
    CaseActPerpetrator,
    CaseAttachment,
    CaseDeath,
    CaseHead,
    CasePerson,
    CaseRevision,
    CaseSource,
    CaseTag,
    CaseViolation,
    PersonRevision,
    SourceRevision,
)

REV = CaseRevision.__table__
HEAD = CaseHead.__table__
SEAL = AttachmentSeal.__table__
PERSON = PersonRevision.__table__
SOURCE = SourceRevision.__table__
TAG = CaseTag.__table__
VIOL = CaseViolation.__table__
CPERSON = CasePerson.__table__
CSOURCE = CaseSource.__table__
DEATH = CaseDeath.__table__
ATT = Attachment.__table__
CATT = CaseAttachment.__table__
ACT = CaseAct.__table__
PERP = CaseActPerpetrator.__table__
AUDIT = AuditEntry.__table__

# Columns added by migration 0006. The data step of migration 0005 runs this live store code on a
# schema that does not have them yet, so revisions are read and written without them there.
RMR_COLUMNS = ("cross_border", "early_action")


def has_rmr_columns(conn: Any) -> bool:
    if conn.dialect.name != "sqlite":  # a PostgreSQL HQ store is made new, at the head revision
        return True
    return bool(conn.exec_driver_sql(
        "SELECT count(*) FROM pragma_table_info('case_revision') WHERE name = 'cross_border'").scalar())


def revision_select(conn: Any) -> Any:
    """`select(REV)`, without the 0006 columns on a schema older than 0006."""
    if has_rmr_columns(conn):
        return select(REV)
    return select(*[c for c in REV.c if c.name not in RMR_COLUMNS])
