"""Purge after receipt: once HQ's signed acknowledgement covers a record or an attachment, the officer
can remove the field copy — by hand (`fieldcase purge`) or by a retention setting applied after each
pull. What stays: the revision rows with their content hashes, the attachment row with its SHA-256 and
size, the `purged` listing, and the audit log (a `case.purge` / `attachment.purge` entry is added).
What goes: the content (see store/purge.py), the encrypted attachment file, and this workspace's copies
of acknowledged packages in outbox/ (they hold the same content, encrypted to HQ and to this workspace).

Anything HQ has not acknowledged is refused: nothing is purged, and the error says why. Copies outside
the workspace (a USB stick, the WebDAV server) are not this workspace's to delete.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from ..crypto.attachments import AttachmentVault
from ..errors import FieldcaseError
from ..store import audit, cases, keyvalue, syncstore
from ..store import purge as store
from ..sync import inbox, outbox
from ..workspace import SECRET_ATTACHMENT_IDENTITY, Workspace, utc_now

META_RETENTION = "purge.retention_days"


class NotAcknowledged(FieldcaseError):
    code = "not-acknowledged"
    exit_status = 15


@dataclass(frozen=True)
class Purged:
    kind: str  # record | attachment
    entity_id: str
    content_hash: str  # what stays: the record's content hash, the attachment's SHA-256
    detail: dict[str, int] = field(default_factory=dict)


class PurgeService:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    def _hq_id(self) -> str:
        hq_id = self.ws.meta(inbox.META_HQ)
        if hq_id is None:
            raise NotAcknowledged("This workspace is not enrolled with HQ, so nothing was acknowledged: nothing "
                                  "can be purged.")
        return hq_id

    def purge_record(self, id_or_prefix: str) -> Purged:
        """Purge one record (and its attachments, which must be acknowledged too)."""
        hq_id = self._hq_id()
        now = utc_now()
        with self.ws.db.writing() as conn:
            record_id = cases.resolve_id(conn, id_or_prefix)
            content_hash, acked_at = store.record_coverage(conn, record_id, hq_id)
            if content_hash is None or acked_at is None:
                raise NotAcknowledged("HQ has not acknowledged this record's latest revision yet: it was not "
                                      "purged (push, let HQ import, then pull).")
            atts = [a for a in store.record_attachments(conn, record_id)
                    if not store.is_purged(conn, "attachment", a.id)]
            for a in atts:
                if store.attachment_acknowledged_at(conn, a.id, hq_id) is None:
                    raise NotAcknowledged("HQ has not acknowledged one of this record's attachments yet: "
                                          "nothing was purged.")
            counts = store.purge_record(conn, record_id, content_hash, now)
            for a in atts:
                store.purge_attachment(conn, a.id, a.sha256, now)
            counts["attachments"] = len(atts)
            audit.append(conn, [audit.AuditEvent("case.purge", "case", record_id, None, {
                "content_hash": content_hash, "acknowledged_at": acked_at, **counts})]
                + [audit.AuditEvent("attachment.purge", "attachment", a.id, None, {"sha256": a.sha256})
                   for a in atts], actor=self.ws.officer, at=now)
        self._delete_files([a.blob_id for a in atts])
        return Purged("record", record_id, content_hash, counts)

    def purge_attachment(self, attachment_id: str) -> Purged:
        hq_id = self._hq_id()
        now = utc_now()
        with self.ws.db.writing() as conn:
            row = store.attachment(conn, attachment_id)
            if row is None:
                raise FieldcaseError("There is no attachment with this id.")
            if store.is_purged(conn, "attachment", attachment_id):
                raise FieldcaseError("This attachment was purged already.")
            if store.attachment_acknowledged_at(conn, attachment_id, hq_id) is None:
                raise NotAcknowledged("HQ has not acknowledged this attachment yet: it was not purged.")
            store.purge_attachment(conn, attachment_id, row.sha256, now)
            audit.append(conn, [audit.AuditEvent("attachment.purge", "attachment", attachment_id, None,
                                                 {"sha256": row.sha256})], actor=self.ws.officer, at=now)
        self._delete_files([row.blob_id])
        return Purged("attachment", attachment_id, row.sha256, {})

    def purge_acknowledged(self, older_than_days: int | None = None) -> list[Purged]:
        """Every record HQ acknowledged (at least `older_than_days` ago, when given)."""
        hq_id = self._hq_id()
        before = None
        if older_than_days is not None:
            if older_than_days < 0:
                raise FieldcaseError("The number of days must be 0 or more.")
            moment = dt.datetime.now(dt.UTC) - dt.timedelta(days=older_than_days)
            before = moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        with self.ws.db.reading() as conn:
            ids = store.acknowledged_heads(conn, hq_id, before)
        done = []
        for record_id in ids:
            try:
                done.append(self.purge_record(record_id))
            except NotAcknowledged:
                continue  # an attachment not yet acknowledged: the record waits for the next round
        return done

    # -- the retention setting --------------------------------------------------------------------
    def retention_days(self) -> int | None:
        value = self.ws.meta(META_RETENTION)
        return int(value) if value else None

    def set_retention(self, days: int | None) -> None:
        if days is not None and not 0 <= days <= 3650:
            raise FieldcaseError("The retention must be 0 to 3650 days.")
        with self.ws.db.writing() as conn:
            keyvalue.set_meta(conn, {META_RETENTION: "" if days is None else str(days)})
            audit.append(conn, [audit.AuditEvent("purge.retention", "workspace", "purge", None,
                                                 {"days": days})], actor=self.ws.officer, at=utc_now())

    def apply_retention(self) -> list[Purged]:
        """Purge what the retention setting says is due (nothing without a setting)."""
        days = self.retention_days()
        return [] if days is None else self.purge_acknowledged(days)

    def purged(self) -> list[dict[str, Any]]:
        with self.ws.db.reading() as conn:
            return [{"kind": r.kind, "id": r.entity_id, "content_hash": r.content_hash, "purged_at": r.purged_at}
                    for r in store.purged(conn) if r.kind in ("record", "attachment")]

    # -- files ----------------------------------------------------------------------------------------
    def _delete_files(self, blob_ids: list[str]) -> None:
        """The purged attachments' vault files, and every acknowledged package's files in outbox/."""
        identity = self.ws.secret(SECRET_ATTACHMENT_IDENTITY)
        if identity is not None and blob_ids:
            vault = AttachmentVault(self.ws.attachments_dir(), identity.decode())
            for blob_id in blob_ids:
                vault.delete(blob_id)
        with self.ws.db.reading() as conn:
            acked = [r for r in syncstore.outbox(conn) if r.acknowledged_at is not None]
            names = [r.file_name for r in acked]
            names += [b.file_name for r in acked for b in syncstore.outbox_blobs(conn, r.package_id)]
        directory = outbox.outbox_dir(self.ws)
        for name in names:
            (directory / name).unlink(missing_ok=True)
