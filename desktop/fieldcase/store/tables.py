"""Short names for the tables of a case record and the audit log, for the Core queries of several modules
(cases, revision_batch, briefing_rows, syncstore): each is its model's Table."""

from __future__ import annotations

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
