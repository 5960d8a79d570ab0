"""Case records: the use cases the CLI and the UI share (save, import, list, show, attach)."""

from __future__ import annotations

import hashlib
import mimetypes
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from ..domain.evolve import evolve
from ..domain.records import AttachmentInfo, CaseFilter, CaseRecord, CaseSummary, RevisionInfo
from ..errors import Cancelled, FieldcaseError, RecordChanged
from ..frameworks.derivation import builtin_derivation
from ..store import audit, cases, drafts, syncstore
from ..workspace import SECRET_ATTACHMENT_IDENTITY, Workspace, utc_now

if TYPE_CHECKING:
    from ..crypto.attachments import AttachmentVault
    from ..frameworks.registry import FrameworkRegistry

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]

# Records per transaction when importing: one transaction for all-or-nothing imports is the default;
# batches only bound memory for the row lists built in Python.
IMPORT_BATCH = 2000


@dataclass(frozen=True)
class CaseFacets:
    regions: tuple[tuple[str, str], ...]  # (admin-1 P-code, name), by name
    violation_types: tuple[str, ...]
    countries: tuple[str, ...]  # most used first


def pin_framework_versions(record: CaseRecord, registry: FrameworkRegistry | None) -> CaseRecord:
    """Tags remember the framework id and version they were made under. A tag that is already pinned
    keeps its pin: installing a newer framework release must not change what an older tag meant.
    The record's violation types include its acts' types, so filters and signals see every act.
    (`registry` may be None only for a record without risk tags.)"""
    act_types = tuple(a.act_type for a in record.acts if a.act_type not in record.violation_types)
    if act_types:
        record = replace(record, violation_types=(*record.violation_types, *dict.fromkeys(act_types)))
    if not record.risk_tags:
        return record
    assert registry is not None
    tags = []
    for tag in record.risk_tags:
        if tag.framework_id and tag.framework_version:
            tags.append(tag)
            continue
        framework = registry.framework_of(tag.category)
        tags.append(evolve(tag, framework_id=framework.id if framework else tag.framework_id,
                           framework_version=str(framework.release) if framework else tag.framework_version))
    return evolve(record, risk_tags=tuple(tags))  # replace() without __init__: every imported row comes here


class CaseService:
    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace

    def _pin_framework_versions(self, record: CaseRecord, registry: FrameworkRegistry | None = None) -> CaseRecord:
        if registry is None and record.risk_tags:
            from .workspace_frameworks import workspace_registry

            registry = workspace_registry(self.ws)  # built-ins plus releases installed in this workspace
        return pin_framework_versions(record, registry)

    # -- writing ----------------------------------------------------------------------------------
    def save(self, record: CaseRecord, *, expected_rev: int | None = None) -> CaseRecord:
        """Store a new record, or a new revision of an existing one (when `record.id` is set).

        `expected_rev`: the revision the change was made from. If someone stored another revision since,
        nothing is written and RecordChanged says so; the check and the write are one transaction."""
        return self.save_many([record], expected_revs=[expected_rev])[0]

    def import_records(self, records: Sequence[CaseRecord], *, progress: Progress | None = None,
                       cancelled: IsCancelled | None = None) -> list[CaseRecord]:
        """Records read from an import file: one that names its base revision (`base_rev`) is refused, with
        the whole file, if the workspace holds a newer one (the conflict check of `save`)."""
        return self.save_many(records, expected_revs=[r.rev if r.id else None for r in records],
                              progress=progress, cancelled=cancelled)

    def save_many(self, records: Sequence[CaseRecord], *, expected_revs: Sequence[int | None] | None = None,
                  progress: Progress | None = None, cancelled: IsCancelled | None = None) -> list[CaseRecord]:
        """All or nothing: one transaction; the result is returned only after COMMIT. `expected_revs`, when
        given, holds each record's base revision (None: no check), as for `save`."""
        author, now = self.ws.officer, utc_now()
        registry = None
        if any(r.risk_tags for r in records):
            from .workspace_frameworks import workspace_registry

            registry = workspace_registry(self.ws)
        pinned = [self._pin_framework_versions(r, registry) for r in records]
        stored: list[CaseRecord] = []
        with self.ws.db.writing() as conn:
            if expected_revs is not None:
                _check_not_changed(conn, records, expected_revs)
            for start in range(0, len(pinned), IMPORT_BATCH):
                if cancelled and cancelled():
                    raise Cancelled()
                batch = cases.write_records(conn, pinned[start:start + IMPORT_BATCH], author, now)
                audit.append(conn, override_events(conn, batch), actor=author, at=now)
                stored += batch
                if progress:
                    progress(len(stored), len(pinned))
        return stored

    def attach(self, record_id: str, source: Path, *, progress: Callable[[int], None] | None = None,
               cancelled: IsCancelled | None = None) -> AttachmentInfo:
        """Encrypt a file into the workspace and link it to a new revision of the record."""
        from ..crypto.attachments import CIPHER_PIECE

        record = self.get(record_id)
        vault = self._vault(share_with_hq=True)
        blob = vault.put_file(source, progress=progress, cancelled=cancelled)
        info = AttachmentInfo(
            id=str(uuid.uuid4()), sha256=blob.sha256, size=blob.size,
            media_type=mimetypes.guess_type(source.name)[0] or "application/octet-stream",
            original_name=source.name, added_at=utc_now(), added_by=self.ws.officer)
        try:
            with self.ws.db.writing() as conn:
                cases.add_attachment_row(conn, {
                    "id": info.id, "blob_id": blob.blob_id, "sha256": info.sha256, "size": info.size,
                    "stored_size": blob.stored_size, "media_type": info.media_type,
                    "original_name": info.original_name, "added_at": info.added_at, "added_by": info.added_by},
                    blob.sealed_to, blob.pieces, CIPHER_PIECE)
                audit.append(conn, [audit.AuditEvent("attachment.add", "attachment", info.id, None,
                                                     {"sha256": info.sha256, "size": info.size,
                                                      "record": record.id})],
                             actor=self.ws.officer, at=info.added_at)
                cases.write_records(conn, [replace(record, attachments=(*record.attachments, info))],
                                    self.ws.officer, info.added_at)
        except BaseException:
            vault.delete(blob.blob_id)  # the ciphertext is useless without its row; leave no orphan
            raise
        return info

    def _vault(self, *, share_with_hq: bool = False) -> AttachmentVault:
        """The workspace's vault; for intake once enrolled, new blobs are also sealed to HQ's current
        age keys, so a sync push carries them as they are (packages are encrypted to HQ anyway)."""
        from ..crypto.attachments import AttachmentVault

        identity = self.ws.secret(SECRET_ATTACHMENT_IDENTITY)
        if identity is None:
            raise FieldcaseError("This workspace has no attachment key; it may be damaged.")
        share_with: list[str] = []
        if share_with_hq:
            with self.ws.db.reading() as conn:
                share_with = syncstore.hq_recipients(conn)
        return AttachmentVault(self.ws.attachments_dir(), identity.decode(), share_with=share_with)

    def _attachment(self, attachment_id: str) -> tuple[AttachmentInfo, str]:
        with self.ws.db.reading() as conn:
            return cases.attachment_blob(conn, attachment_id)

    def export_attachment(self, attachment_id: str, destination: BinaryIO) -> AttachmentInfo:
        """Decrypt an attachment into `destination` and check it against the SHA-256 taken at intake."""
        info, blob_id = self._attachment(attachment_id)
        _check_intake_hash(info, self._vault().export_to(blob_id, info.size, destination))
        return info

    # -- drafts (autosave) ------------------------------------------------------------------------
    def save_draft(self, draft_id: str, kind: str, payload: dict[str, Any], record_id: str | None = None) -> None:
        """Keep the editor's current state, encrypted in the store; cheap enough to call every few seconds."""
        with self.ws.db.writing() as conn:
            drafts.save(conn, draft_id, record_id, kind, payload, utc_now())

    def load_draft(self, draft_id: str) -> dict[str, Any] | None:
        with self.ws.db.reading() as conn:
            return drafts.load(conn, draft_id)

    def drafts(self) -> list[dict[str, Any]]:
        with self.ws.db.reading() as conn:
            return drafts.list_all(conn)

    def discard_draft(self, draft_id: str) -> None:
        with self.ws.db.writing() as conn:
            drafts.discard(conn, draft_id)

    # -- reading ----------------------------------------------------------------------------------
    def resolve(self, id_or_prefix: str) -> str:
        with self.ws.db.reading() as conn:
            return cases.resolve_id(conn, id_or_prefix)

    def get(self, id_or_prefix: str, rev: int | None = None) -> CaseRecord:
        if self.ws.audited_reader is not None:  # at HQ: a strictly confidential read is audit-logged
            from .hq_access import audited_read

            return audited_read(self.ws, id_or_prefix, rev)
        with self.ws.db.reading() as conn:
            return cases.get_record(conn, cases.resolve_id(conn, id_or_prefix), rev)

    def history(self, record_id: str) -> list[RevisionInfo]:
        with self.ws.db.reading() as conn:
            return cases.history(conn, cases.resolve_id(conn, record_id))

    def list(self, f: CaseFilter | None = None, *, limit: int = 100, offset: int = 0, sort: str = "date",
             descending: bool = True) -> list[CaseSummary]:
        if self.ws.audited_reader is not None:  # at HQ: strictly confidential titles shown are audit-logged
            from .hq_access import audited_list

            return audited_list(self.ws, f or CaseFilter(), limit=limit, offset=offset, sort=sort,
                                descending=descending)
        with self.ws.db.reading() as conn:
            return cases.list_cases(conn, f or CaseFilter(), limit=limit, offset=offset, sort=sort,
                                    descending=descending)

    def count(self, f: CaseFilter | None = None) -> int:
        with self.ws.db.reading() as conn:
            return cases.count_cases(conn, f or CaseFilter())

    def verify_audit_chain(self) -> int:
        with self.ws.db.reading() as conn:
            return audit.verify(conn)

    # -- for the desktop --------------------------------------------------------------------------
    def facets(self) -> CaseFacets:
        """The regions, violation types and countries the stored records use (for filters and forms)."""
        with self.ws.db.reading() as conn:
            regions, violations, countries = cases.facets(conn)
        return CaseFacets(tuple(regions), tuple(violations), tuple(countries))

    def read_attachment(self, attachment_id: str) -> tuple[AttachmentInfo, bytes]:
        """An attachment's plaintext in memory (for a preview), checked against its intake SHA-256.

        Nothing is written to disk; files above the vault's preview limit are refused.
        """
        info, blob_id = self._attachment(attachment_id)
        data = self._vault().read_bytes(blob_id, info.size)
        _check_intake_hash(info, hashlib.sha256(data).hexdigest())
        return info, data


def _check_not_changed(conn: Any, records: Sequence[CaseRecord], expected_revs: Sequence[int | None]) -> None:
    """Inside the write transaction (which holds the write lock): refuse if a record moved past its base."""
    wanted = {r.id: rev for r, rev in zip(records, expected_revs, strict=True) if r.id and rev is not None}
    if not wanted:
        return
    heads = cases.heads_of(conn, list(wanted))
    for record_id, base in wanted.items():
        current = heads[record_id][1] if record_id in heads else None
        if current != base:
            where = f"it is now at revision {current}" if current is not None else "it no longer exists"
            raise RecordChanged("Record {record_id} was changed elsewhere since revision {base} ({where}); "
                                "nothing was saved. Open it again and redo the change on the current revision.",
                                record_id=record_id[:8], base=base, where=where)


def override_events(conn: Any, stored: Sequence[CaseRecord]) -> list[audit.AuditEvent]:
    """An audit entry for every act whose SDG 16.10.1 override was set, changed or removed by this revision:
    the analyst's exception to the derived type is on the record, with its reason."""
    events: list[audit.AuditEvent] = []
    table = builtin_derivation()
    for record in stored:
        before: dict[tuple[str, str], tuple[str | None, str]] = {}
        if record.rev and record.rev > 1 and record.id:
            previous = cases.get_record(conn, record.id, record.rev - 1)
            before = {(a.victim, a.act_type): (a.sdg_override, a.override_rationale) for a in previous.acts}
        elif not any(a.sdg_override for a in record.acts):
            continue
        for index, act in enumerate(record.acts):
            old = before.get((act.victim, act.act_type), (None, ""))
            if (act.sdg_override, act.override_rationale) == old:
                continue
            derived = table.derive(act.act_type, [p.status for p in act.perpetrators],
                                   act.state_due_diligence_failure, act.fate_concealed)
            events.append(audit.AuditEvent(
                "act.override" if act.sdg_override else "act.override-removed", "case", record.id or "", record.rev,
                {"act": index, "victim": act.victim, "act_type": act.act_type,
                 "derived": derived.sdg_type or derived.excluded, "override": act.sdg_override,
                 "previous_override": old[0], "rationale": act.override_rationale}))
    return events


def _check_intake_hash(info: AttachmentInfo, digest: str) -> None:
    if digest != info.sha256:
        raise FieldcaseError("Attachment {attachment_id} does not match the SHA-256 recorded at intake.",
                             attachment_id=info.id)
