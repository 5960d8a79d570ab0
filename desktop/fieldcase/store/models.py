"""ORM models. Every edit is a new immutable revision; only `*_head` rows move.

A case record (incident or community information) is the set of its revisions: `case_revision`
holds the fields of one version, and its child tables (violations, people, sources, tags, deaths,
attachments) hang off that revision, so an old version stays complete. `case_head` points at the
newest revision and is the only row that changes; it can be rebuilt from the revisions. Database
triggers (see migrations) forbid UPDATE and DELETE on revisions and on the audit log.
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from sqlalchemy import (
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

UUID_LEN = 36


class Base(DeclarativeBase):
    # Every model here maps one Table (none maps a join or a select), so `Model.__table__` is a Table and
    # can be handed to insert()/update()/delete() as such (DeclarativeBase types it as any FromClause).
    __table__: ClassVar[Table]


class Meta(Base):
    """Workspace facts: workspace id (must match the key file), officer name, creation time."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Secret(Base):
    """Key material that lives only inside the encrypted store (attachment identity, credentials)."""

    __tablename__ = "secret"
    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[bytes] = mapped_column(LargeBinary)


class PersonRevision(Base):
    """A victim, witness, source person or perpetrator; confidential by default."""

    __tablename__ = "person_revision"
    __table_args__ = (UniqueConstraint("person_id", "rev"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[str] = mapped_column(String(UUID_LEN))  # looked up through UNIQUE (person_id, rev)
    rev: Mapped[int] = mapped_column(Integer)
    author: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[str] = mapped_column(String(40))
    pseudonym: Mapped[str] = mapped_column(String(300))
    name: Mapped[str | None] = mapped_column(String(300))
    sex: Mapped[str] = mapped_column(String(20), default="unknown")
    age_group: Mapped[str] = mapped_column(String(20), default="unknown")
    victim_groups: Mapped[str] = mapped_column(Text, default="")  # space-separated sdg16101.victim.* ids
    cooperated_with_un: Mapped[str | None] = mapped_column(String(40))
    reprisal_suspected: Mapped[bool] = mapped_column(Boolean, default=False)
    at_risk: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_naming: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_referral: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_recorded_on: Mapped[dt.date | None] = mapped_column(Date)


class SourceRevision(Base):
    """An information source; Admiralty reliability A-F belongs to the source."""

    __tablename__ = "source_revision"
    __table_args__ = (UniqueConstraint("source_id", "rev"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_id: Mapped[str] = mapped_column(String(UUID_LEN))  # looked up through UNIQUE (source_id, rev)
    rev: Mapped[int] = mapped_column(Integer)
    author: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(300))
    type: Mapped[str | None] = mapped_column(String(120))
    reliability: Mapped[str] = mapped_column(String(1))
    connection: Mapped[str | None] = mapped_column(String(120))


class CaseRevision(Base):
    __tablename__ = "case_revision"
    __table_args__ = (
        UniqueConstraint("record_id", "rev"),
        Index("ix_case_revision_region_date", "adm1_pcode", "date_start"),
        Index("ix_case_revision_date", "date_start"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    record_id: Mapped[str] = mapped_column(String(UUID_LEN))  # looked up through UNIQUE (record_id, rev)
    rev: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))  # incident | community_info
    author: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[str] = mapped_column(String(40))
    content_hash: Mapped[str] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(String(300))
    narrative: Mapped[str] = mapped_column(Text, default="")
    info_type: Mapped[str | None] = mapped_column(String(30))
    date_start: Mapped[dt.date] = mapped_column(Date)
    date_end: Mapped[dt.date] = mapped_column(Date)  # last day covered: precision made explicit
    date_precision: Mapped[str] = mapped_column(String(5))  # day | month | year
    date_text: Mapped[str] = mapped_column(String(10))  # as entered: YYYY, YYYY-MM or YYYY-MM-DD
    date_end_text: Mapped[str | None] = mapped_column(String(10))
    reported_on: Mapped[dt.date | None] = mapped_column(Date)
    country: Mapped[str] = mapped_column(String(3))
    adm1_pcode: Mapped[str | None] = mapped_column(String(20))
    adm1_name: Mapped[str | None] = mapped_column(String(300))
    adm2_pcode: Mapped[str | None] = mapped_column(String(20))
    adm2_name: Mapped[str | None] = mapped_column(String(300))
    place: Mapped[str | None] = mapped_column(String(300))
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    coord_precision_m: Mapped[int | None] = mapped_column(Integer)
    perpetrator_category: Mapped[str | None] = mapped_column(String(120))
    perpetrator_status: Mapped[str] = mapped_column(String(20), default="unknown")
    severity: Mapped[int | None] = mapped_column(Integer)
    verification: Mapped[str] = mapped_column(String(30), default="vs.reported")
    status: Mapped[str] = mapped_column(String(20), default="open")
    confidentiality: Mapped[str] = mapped_column(String(30), default="confidential")
    reprisal: Mapped[bool] = mapped_column(Boolean, default=False)
    early_warning: Mapped[bool] = mapped_column(Boolean, default=False)
    killed: Mapped[int | None] = mapped_column(Integer)
    injured: Mapped[int | None] = mapped_column(Integer)
    abducted: Mapped[int | None] = mapped_column(Integer)
    displaced: Mapped[int | None] = mapped_column(Integer)
    participants: Mapped[int | None] = mapped_column(Integer)
    # Related to an armed conflict; NULL: not recorded (migration 0005).
    conflict_related: Mapped[bool | None] = mapped_column(Boolean)
    # The other country of a cross-border incident or signal; the proposed early action (migration 0006).
    cross_border: Mapped[str | None] = mapped_column(String(3))
    early_action: Mapped[str | None] = mapped_column(Text)


class CaseHead(Base):
    """The current revision of each record: the one mutable pointer, rebuildable from revisions."""

    __tablename__ = "case_head"
    record_id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    revision_id: Mapped[int] = mapped_column(ForeignKey("case_revision.id"), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[str] = mapped_column(String(40))  # first revision's time


class CaseViolation(Base):
    __tablename__ = "case_violation"
    revision_id: Mapped[int] = mapped_column(ForeignKey("case_revision.id"), primary_key=True)
    violation_type: Mapped[str] = mapped_column(String(120), primary_key=True, index=True)


class CaseTag(Base):
    """A framework tag, pinned to the framework version it was made under, with a rationale."""

    __tablename__ = "case_tag"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # looked up through ix_case_tag_revision_category (revision_id, category), migration 0002
    revision_id: Mapped[int] = mapped_column(ForeignKey("case_revision.id"))
    framework_id: Mapped[str] = mapped_column(String(80))
    framework_version: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(120), index=True)
    rationale: Mapped[str] = mapped_column(Text, default="")


class CasePerson(Base):
    """A person's part in one revision of a case (the ESF 'Act'/'Involvement'/'Information' link)."""

    __tablename__ = "case_person"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    revision_id: Mapped[int] = mapped_column(ForeignKey("case_revision.id"), index=True)
    person_id: Mapped[str] = mapped_column(String(UUID_LEN), index=True)
    role: Mapped[str] = mapped_column(String(20))
    # Release 0.1 kept "linked to work" per person; it is now per act (CaseAct.linked_to_work). The
    # column stays for the revisions written then (migration 0005 reads it); new rows get False.
    act_linked_to_work: Mapped[bool] = mapped_column(Boolean, default=False)


class CaseSource(Base):
    __tablename__ = "case_source"
    revision_id: Mapped[int] = mapped_column(ForeignKey("case_revision.id"), primary_key=True)
    source_id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    credibility: Mapped[int] = mapped_column(Integer)  # Admiralty 1-6 for this item


class CaseDeath(Base):
    """SDG 16.1.2 disaggregation of conflict-related deaths in one revision."""

    __tablename__ = "case_death"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    revision_id: Mapped[int] = mapped_column(ForeignKey("case_revision.id"), index=True)
    count: Mapped[int] = mapped_column(Integer)
    sex: Mapped[str] = mapped_column(String(40))
    age_group: Mapped[str] = mapped_column(String(40))
    cause: Mapped[str] = mapped_column(String(120))
    status: Mapped[str] = mapped_column(String(40))


class CaseAct(Base):
    """One act against one victim in one revision (HURIDOCS ESF 'Act'), in the record's order.

    `person_id` is the victim (one of the revision's people). The SDG 16.10.1 type is never stored:
    it is derived (frameworks/derivation.py); `sdg_override` is an analyst's documented exception.
    """

    __tablename__ = "case_act"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    revision_id: Mapped[int] = mapped_column(ForeignKey("case_revision.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)  # 0-based order in the record
    person_id: Mapped[str] = mapped_column(String(UUID_LEN))
    act_type: Mapped[str] = mapped_column(String(120))
    linked_to_work: Mapped[bool] = mapped_column(Boolean)
    state_due_diligence_failure: Mapped[bool | None] = mapped_column(Boolean)  # NULL: not assessed
    due_diligence_rationale: Mapped[str] = mapped_column(Text)
    fate_concealed: Mapped[bool] = mapped_column(Boolean)
    sdg_override: Mapped[str | None] = mapped_column(String(20))
    override_rationale: Mapped[str] = mapped_column(Text)


class CaseActPerpetrator(Base):
    """Who committed an act (HURIDOCS ESF 'Involvement'), in the act's order."""

    __tablename__ = "case_act_perpetrator"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    act_id: Mapped[int] = mapped_column(ForeignKey("case_act.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20))
    category: Mapped[str | None] = mapped_column(String(120))


class ActReview(Base):
    """Something migration 0005 could not derive when it gave release-0.1 records their acts.

    Append-only. An item is open while its record is still at `rev` (nobody has revised it since)."""

    __tablename__ = "act_review"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    record_id: Mapped[str] = mapped_column(String(UUID_LEN), index=True)
    rev: Mapped[int] = mapped_column(Integer)  # the revision the item is about
    act_position: Mapped[int | None] = mapped_column(Integer)  # NULL: about the record
    reason: Mapped[str] = mapped_column(String(60))
    detail: Mapped[str] = mapped_column(Text)
    created_at: Mapped[str] = mapped_column(String(40))


class Attachment(Base):
    """Evidence file metadata. The bytes are in attachments/<blob> encrypted; the name only here."""

    __tablename__ = "attachment"
    id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    blob_id: Mapped[str] = mapped_column(String(64), unique=True)
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    stored_size: Mapped[int] = mapped_column(Integer)
    media_type: Mapped[str] = mapped_column(String(120))
    original_name: Mapped[str] = mapped_column(String(500))
    added_at: Mapped[str] = mapped_column(String(40))
    added_by: Mapped[str] = mapped_column(String(200))


class AttachmentSeal(Base):
    """Which age recipients besides the workspace's own a blob was encrypted to at intake (HQ's keys
    once enrolled), and the SHA-256 of each piece of its ciphertext as written: such a blob travels
    in a sync push as it is, without being read again to pack it."""

    __tablename__ = "attachment_seal"
    blob_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    recipients: Mapped[str] = mapped_column(Text)  # JSON list, sorted
    piece_size: Mapped[int] = mapped_column(Integer)
    pieces: Mapped[str] = mapped_column(Text)  # JSON list of SHA-256 hex, in order


class CaseAttachment(Base):
    __tablename__ = "case_attachment"
    revision_id: Mapped[int] = mapped_column(ForeignKey("case_revision.id"), primary_key=True)
    attachment_id: Mapped[str] = mapped_column(ForeignKey("attachment.id"), primary_key=True)


class Draft(Base):
    """Unsaved editor state, autosaved inside the encrypted store (never a plaintext temp file).

    Drafts are working copies, not history: they are replaced as the officer types and removed
    when the record is saved or the draft discarded.
    """

    __tablename__ = "draft"
    id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    record_id: Mapped[str | None] = mapped_column(String(UUID_LEN))  # the record being edited, if any
    kind: Mapped[str] = mapped_column(String(20))
    payload: Mapped[str] = mapped_column(Text)  # the record's JSON form, possibly incomplete
    updated_at: Mapped[str] = mapped_column(String(40))


class AuditEntry(Base):
    """Append-only; each entry's hash covers the previous entry's hash (a hash chain)."""

    __tablename__ = "audit_log"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[str] = mapped_column(String(40))
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(UUID_LEN))
    entity_rev: Mapped[int | None] = mapped_column(Integer)
    detail: Mapped[str] = mapped_column(Text)  # canonical JSON
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)



# -- analysis (migration 0002): assessments, action points, mechanism references, framework releases --

class RiskAssessment(Base):
    """The officer's level and trend for one risk area in one month (country-wide when adm1 is NULL),
    kept with the computed suggestion it was set against. Append-only: a change is a new `rev`."""

    __tablename__ = "risk_assessment"
    # NULL adm1 means country-wide; SQLite treats NULLs as distinct in a unique constraint, so a
    # trigger (migration 0002) guards the country-wide revisions.
    __table_args__ = (UniqueConstraint("period", "risk_area", "adm1_pcode", "rev"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    period: Mapped[str] = mapped_column(String(7))  # YYYY-MM
    risk_area: Mapped[str] = mapped_column(String(120))
    adm1_pcode: Mapped[str | None] = mapped_column(String(20))
    rev: Mapped[int] = mapped_column(Integer)
    level: Mapped[str] = mapped_column(String(30))
    trend: Mapped[str] = mapped_column(String(30))
    rationale: Mapped[str] = mapped_column(Text)
    computed_level: Mapped[str] = mapped_column(String(30))
    computed_trend: Mapped[str] = mapped_column(String(30))
    computed_score: Mapped[int] = mapped_column(Integer)
    author: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[str] = mapped_column(String(40))


class ActionPointRevision(Base):
    """A recommended action point; every edit (status, owner, due date) is a new revision."""

    __tablename__ = "action_point"
    __table_args__ = (UniqueConstraint("action_id", "rev"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    action_id: Mapped[str] = mapped_column(String(UUID_LEN), index=True)
    rev: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    risk_areas: Mapped[str] = mapped_column(Text, default="")  # space-separated category ids
    mechanism_refs: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of reference ids
    owner: Mapped[str] = mapped_column(String(200))
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20))  # open | in_progress | done | dropped
    period: Mapped[str | None] = mapped_column(String(7))
    adm1_pcode: Mapped[str | None] = mapped_column(String(20))
    author: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[str] = mapped_column(String(40))
    # Migration 0006: the outcome (done) or reason (dropped) of this change, and the day it took effect
    # (the follow-up table places changes in briefing periods by this day; NULL: the day it was written).
    note: Mapped[str] = mapped_column(Text, default="")
    effective_on: Mapped[dt.date | None] = mapped_column(Date)


class MechanismReferenceRevision(Base):
    """A UPR recommendation, Special Procedures communication, treaty-body observation, ... (domain.md §6)."""

    __tablename__ = "mechanism_reference"
    __table_args__ = (UniqueConstraint("ref_id", "rev"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ref_id: Mapped[str] = mapped_column(String(200), index=True)
    rev: Mapped[int] = mapped_column(Integer)
    mechanism: Mapped[str] = mapped_column(String(30))
    symbol: Mapped[str] = mapped_column(String(200))
    code: Mapped[str | None] = mapped_column(String(60))
    text: Mapped[str] = mapped_column(Text, default="")
    date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str | None] = mapped_column(String(120))
    url: Mapped[str | None] = mapped_column(String(500))
    author: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[str] = mapped_column(String(40))
    # Migration 0006: the recommendation as a record (recommending States or mandates, the State's
    # response date, themes, linked risk areas and SDG targets; lists are JSON).
    recommending: Mapped[str] = mapped_column(Text, default="[]")
    response_date: Mapped[dt.date | None] = mapped_column(Date)
    themes: Mapped[str] = mapped_column(Text, default="[]")
    risk_areas: Mapped[str] = mapped_column(Text, default="[]")
    sdg_targets: Mapped[str] = mapped_column(Text, default="[]")


class MonthlyNarrative(Base):
    """The officer's written part of a monthly assessment (migration 0006): opportunities and entry points,
    mitigating factors, outlook, recommendations to the Regional Monthly Review. Append-only revisions;
    an empty adm1_pcode means country-wide."""

    __tablename__ = "monthly_narrative"
    __table_args__ = (UniqueConstraint("period", "adm1_pcode", "rev"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    period: Mapped[str] = mapped_column(String(7))
    adm1_pcode: Mapped[str] = mapped_column(String(20), default="")
    rev: Mapped[int] = mapped_column(Integer)
    opportunities: Mapped[str] = mapped_column(Text, default="")
    mitigating: Mapped[str] = mapped_column(Text, default="")
    outlook: Mapped[str] = mapped_column(Text, default="")
    recommendations: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[str] = mapped_column(String(40))


class FrameworkRelease(Base):
    """A framework release installed into this workspace (e.g. shipped by HQ), loaded over the built-ins."""

    __tablename__ = "framework_release"
    __table_args__ = (UniqueConstraint("framework_id", "release"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    framework_id: Mapped[str] = mapped_column(String(80))
    release: Mapped[int] = mapped_column(Integer)
    version: Mapped[str] = mapped_column(String(200))
    sha256: Mapped[str] = mapped_column(String(64))  # of `document`, checked when loaded
    document: Mapped[str] = mapped_column(Text)  # the file's text as validated
    source_name: Mapped[str] = mapped_column(String(300))  # the file name it was installed from
    installed_at: Mapped[str] = mapped_column(String(40))
    installed_by: Mapped[str] = mapped_column(String(200))


# Covering indexes for the monthly analysis (migration 0002): the signal for 100,000 records reads
# only these, never the wide revision rows (every page read is a page decrypted).
Index("ix_case_revision_signal", CaseRevision.date_start, CaseRevision.date_precision, CaseRevision.adm1_pcode,
      CaseRevision.kind, CaseRevision.severity, CaseRevision.verification, CaseRevision.early_warning,
      CaseRevision.reprisal)
Index("ix_case_tag_revision_category", CaseTag.revision_id, CaseTag.category)
Index("ix_person_revision_analysis", PersonRevision.person_id, PersonRevision.rev, PersonRevision.victim_groups,
      PersonRevision.cooperated_with_un, PersonRevision.reprisal_suspected, PersonRevision.sex,
      PersonRevision.age_group)

# SDG 16.1.2 rows (migration 0005): the records with a casualty figure, read without the wide revision rows.
Index("ix_case_revision_killed", CaseRevision.date_start, CaseRevision.date_precision, CaseRevision.adm1_pcode,
      CaseRevision.adm2_pcode, CaseRevision.verification, CaseRevision.conflict_related, CaseRevision.killed,
      CaseRevision.record_id, sqlite_where=CaseRevision.killed > 0)
# A revision's date, place, verification, conflict relation and killed by row id (migration 0005): the SDG
# indicator rows start from acts and death lines and read this instead of the wide revision rows.
Index("ix_case_revision_ident", CaseRevision.id, CaseRevision.date_start, CaseRevision.date_precision,
      CaseRevision.adm1_pcode, CaseRevision.adm2_pcode, CaseRevision.verification, CaseRevision.conflict_related,
      CaseRevision.killed, CaseRevision.record_id)


from . import conflict_models as _conflict_models  # noqa: E402,F401  (sync_conflict, migration 0015)
from . import gazetteer_models as _gazetteer_models  # noqa: E402,F401  (registers the gazetteer table on Base)
from . import hq_models as _hq_models  # noqa: E402,F401  (hq_withheld, migration 0016_hq_users)
from . import identity_models as _identity_models  # noqa: E402,F401  (identity links, migration 0014)
from . import purge_models as _purge_models  # noqa: E402,F401  (the purged table, migration 0012_fleet)
from . import sync_models as _sync_models  # noqa: E402,F401  (registers the sync tables on Base)


class ExternalDataset(Base):
    """A dataset records were imported from (ACLED, a KoboToolbox form, later HXL/UCDP): what it is, its
    terms of use and the attribution its publisher requires (migration 0008_bulk_import)."""

    __tablename__ = "external_dataset"
    id: Mapped[str] = mapped_column(String(120), primary_key=True)  # "acled", "xlsform:<form id>"
    title: Mapped[str] = mapped_column(String(300))
    publisher: Mapped[str] = mapped_column(String(300))
    licence: Mapped[str] = mapped_column(Text)
    attribution: Mapped[str] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(String(500))
    last_imported_at: Mapped[str] = mapped_column(String(40))


class CaseProvenance(Base):
    """Where an imported record came from: its dataset, the id it has there (so a re-import revises it),
    the version it had and the hash of its source row (an unchanged row adds no revision), the file it was
    last read from, and the source's columns no Fieldcase field holds, kept as they came (JSON)."""

    __tablename__ = "case_provenance"
    __table_args__ = (UniqueConstraint("dataset_id", "external_id"),)
    record_id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    dataset_id: Mapped[str] = mapped_column(ForeignKey("external_dataset.id"))
    external_id: Mapped[str] = mapped_column(String(120))
    external_version: Mapped[str | None] = mapped_column(String(60))
    row_hash: Mapped[str] = mapped_column(String(64))
    origin: Mapped[str] = mapped_column(String(300))
    detail: Mapped[str] = mapped_column(Text, default="{}")
    imported_at: Mapped[str] = mapped_column(String(40))


from . import sealed as _sealed  # noqa: E402  (what PostgreSQL stores sealed: see store/sealed.py)

_sealed.install(dict(Base.metadata.tables))
