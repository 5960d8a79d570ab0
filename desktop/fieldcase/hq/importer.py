"""`fieldcase hq import`: take every officer package from a target, verify and merge it, then answer
each officer whose packages were accepted (or who has HQ edits or documents waiting) with a signed
reply package encrypted to that officer.

Nothing from a refused package enters the HQ store, not even an audit entry: refusals are reported
(and come back on every run until the file is removed). Files already imported are skipped by
name unless `recheck` is set, in which case they are decrypted again and found to be replays.
"""

from __future__ import annotations

import contextlib
import json
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..store import audit, identity_links, revision_batch, syncstore
from ..store.database import UnitOfWork as Connection
from ..sync import items, package
from ..sync.piecestream import OpenPiece
from ..sync.receive import (
    Outcome,
    Receiver,
    apply_attachments,
    apply_audit,
    apply_links,
    hold_touched,
    incoming_revisions,
    merge_revisions,
    receive,
)
from ..sync.transports import FolderTarget, Target
from ..workspace import utc_now
from .store import HqStore

STAGING_DIR = "staging"
OUTBOX_DIR = "outbox"


@dataclass
class ImportReport:
    outcomes: list[Outcome] = field(default_factory=list)
    replies: list[str] = field(default_factory=list)
    skipped: int = 0  # packages of officers another `hq import` process was working on
    found: int = 0  # new packages on the target when the import began
    cancelled: bool = False  # stopped between packages; `left` were not touched and no replies were written
    left: int = 0

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)


def _apply_push(hq: HqStore) -> Callable[[Connection, Any, package.VerifiedPackage, Receiver, Outcome], None]:
    def apply(conn: Connection, peer: Any, verified: package.VerifiedPackage, receiver: Receiver,
              outcome: Outcome) -> None:
        now = utc_now()
        incoming = incoming_revisions(verified, peer.peer_id)
        hold_touched(conn, verified, incoming)  # before anything about them is read (concurrent workers)
        apply_audit(conn, peer.peer_id, verified.items.get("audit", []))
        outcome.attachments = apply_attachments(conn, receiver, verified)
        result = merge_revisions(conn, verified, sender=peer.peer_id, own_id=hq.hq_id, actor=hq.name, now=now,
                                 incoming=incoming)
        links, link_duplicates, link_conflicts = apply_links(conn, verified, sender=peer.peer_id, actor=hq.name,
                                                             now=now)
        outcome.added, outcome.duplicates = result.added + links, result.duplicates + link_duplicates
        outcome.new_records, outcome.links = result.new_records, links
        outcome.conflicts = result.conflicts + link_conflicts
        audit.append(conn, [audit.AuditEvent("sync.import", "package", outcome.package_id, outcome.sequence, {
            "officer": peer.peer_id, "revisions": result.added, "attachments": outcome.attachments,
            "conflicts": len(result.conflicts), "manifest_sha256": verified.manifest_sha256,
            **({"identity_links": links} if links else {})})],
            actor=hq.name, at=now)
    return apply


def _find_officer(conn: Connection, sender: str) -> Any:
    row = syncstore.peer(conn, sender)
    return row if row is not None and row.role == "officer" else None


def import_file(hq: HqStore, path: Path, open_piece: OpenPiece | None = None) -> Outcome:
    """Import one package file; its attachment pieces come from `open_piece` (default: the package's
    own folder)."""
    from .fleet import check_admitted, revoked_from

    folder = FolderTarget("import", path.parent)
    # the keys and the revocations are read in receive's one snapshot, with the sender and its sequence
    return receive(hq.ws, path, lambda: hq.keyset().identities(), kind="push", expected_to=hq.hq_id,
                   find_peer=_find_officer, who=lambda p: f"officer {p.name}", apply=_apply_push(hq),
                   open_piece=open_piece or (lambda name: folder.fetch(name, path.parent)),
                   admit=lambda peer, manifest: check_admitted(revoked_from(hq), peer.peer_id,
                                                               manifest.get("sequence")),
                   concurrent=True)


def import_from(hq: HqStore, target: Target, *, recheck: bool = False, reply: bool = True,
                progress: Callable[[int, int], None] | None = None,
                cancelled: Callable[[], bool] | None = None) -> ImportReport:
    """Import every new push package on `target`, officer by officer in sequence order.

    `cancelled` is asked before each package: each is applied in its own transaction, so a stop leaves every
    package fully imported or untouched (`report.left` of them); the replies then wait for the next import.

    Several `hq import` processes may run at once on one PostgreSQL store: each officer is claimed by one
    of them at a time (`Database.claim`, an advisory lock), so a package is never decrypted by two, and
    the sequence rules plus the sender's lock in `receive` keep every package applied exactly once even if
    two met. Their transactions overlap (`writing(concurrent=True)`): each locks the sender, then the ids
    its package writes, then the audit chain (store/pg.py). Officers another process holds are left to it
    (`report.skipped`)."""
    report = ImportReport()
    listing = target.list()
    with hq.ws.db.reading() as conn:
        done = set() if recheck else syncstore.received_files(conn)
    queues: dict[str, list[tuple[int, str]]] = {}
    for name in listing:
        parsed = package.parse_file_name(name)
        if parsed is not None and parsed["kind"] == "push" and name not in done:
            queues.setdefault(str(parsed["owner"]), []).append((int(parsed["sequence"]), name))
    total = report.found = sum(len(q) for q in queues.values())
    staging = _staging(hq)
    finished = 0
    if progress:
        progress(0, total)
    for owner in sorted(queues):
        if cancelled and cancelled():
            break
        with hq.ws.db.claim(CLAIM_PREFIX + owner) as mine:
            if not mine:
                report.skipped += len(queues[owner])
                finished += len(queues[owner])
                continue
            if not recheck:  # another process may have finished this officer since the listing
                with hq.ws.db.reading() as conn:
                    done = syncstore.received_files(conn)
            for _seq, name in sorted(queues[owner]):
                if cancelled and cancelled():
                    break
                if name not in done:
                    with target.fetch(name, staging) as path:
                        report.outcomes.append(import_file(hq, path, lambda piece: target.fetch(piece, staging)))
                finished += 1
                if progress:
                    progress(finished, total)
    with contextlib.suppress(OSError):  # empty once every download was removed
        staging.rmdir()
    report.left = total - finished
    report.cancelled = report.left > 0
    if reply and not report.cancelled:
        report.replies = send_replies(hq, target)
    return report


CLAIM_PREFIX = "officer:"


def _staging(hq: HqStore) -> Path:
    """This process's own staging folder: concurrent workers never download into each other's files."""
    return hq.ws.path / STAGING_DIR / f"p{os.getpid()}"


# -- replies --------------------------------------------------------------------------------------

def _outbox(hq: HqStore) -> Path:
    path = hq.ws.path / OUTBOX_DIR
    path.mkdir(mode=0o700, exist_ok=True)
    return path


def build_reply(hq: HqStore, officer_id: str) -> package.Built | None:
    """A reply for one officer when there is anything to say: new acknowledgements, HQ revisions of
    that officer's records, identity links decided at HQ between two of that officer's records (so the
    officer counts a person or an event once, as HQ does), or documents. None otherwise (so a second import
    run writes nothing)."""
    with hq.ws.db.reading() as conn:
        peer = syncstore.peer(conn, officer_id)
        replies = syncstore.outbox(conn, officer_id)
        acked_through = max((r.audit_mark for r in replies), default=0)
        revision_mark = max((r.revision_mark for r in replies), default=0)
        revisions = syncstore.own_revisions(conn, revision_mark, records_of=officer_id)
        documents = syncstore.documents_to_send(conn, hq.hq_id, officer_id)
        links = identity_links.to_send(conn, hq.hq_id, officer_id, among=syncstore.records_from(officer_id))
    if peer.in_sequence <= acked_through and not revisions and not documents and not links:
        return None
    signer = hq.signer()
    header = package.Header(
        package_id=str(uuid.uuid4()), kind="reply",
        sender={"id": hq.hq_id, "name": hq.name, "cert_sha256": signer.fingerprint}, to=officer_id,
        sequence=peer.out_sequence + 1, previous=peer.out_manifest_sha256, created_at=utc_now(),
        recipients=[*json.loads(peer.recipients), *hq.keyset().recipients()],
        extra={"acknowledge": {"through_sequence": peer.in_sequence, "manifest_sha256": peer.in_manifest_sha256},
               "key_bundle": hq.signed_bundle()})
    with hq.ws.db.reading() as conn:
        parts: list[package.Batch] = []
        records = revision_batch.load(conn, [r.id for r in revisions])
        bases = syncstore.bases(conn, revisions, hq.hq_id)
        merged = syncstore.merge_parents(conn, revisions, hq.hq_id)
        lines = [(items.revision_key(hq.hq_id, r.record_id, r.rev),
                  items.revision_item(records[r.id], hq.hq_id, bases[r.id], r.content_hash, merged.get(r.id)))
                 for r in revisions]
        for start in range(0, len(lines), package.BATCH):
            parts.append(package.Batch("revision", lines[start:start + package.BATCH]))
        if links:
            parts.append(package.Batch("link", [items.link_item(row) for row in links]))
        if documents:
            parts.append(package.Batch("document", [(f"doc:{d.doc_id}", _document_line(d)) for d in documents]))
    built = package.build(_outbox(hq), header, iter(parts), key_der=signer.key_der, cert_pem=signer.cert_pem)
    with hq.ws.db.writing() as conn:
        syncstore.add_outbox(conn, {
            "package_id": header.package_id, "peer_id": officer_id, "sequence": header.sequence,
            "file_name": built.path.name, "manifest_sha256": built.manifest_sha256, "created_at": header.created_at,
            "revision_mark": max([revision_mark, *(r.id for r in revisions)]), "audit_mark": peer.in_sequence,
            "items": len(revisions) + len(links) + len(documents), "size": built.size, "acknowledged_at": None}, [])
        syncstore.set_peer(conn, officer_id, out_sequence=header.sequence, out_manifest_sha256=built.manifest_sha256)
        identity_links.mark_sent(conn, [row.event_id for row in links], officer_id, header.package_id)
        syncstore.mark_documents_sent(conn, [d.doc_id for d in documents], officer_id, header.package_id)
    return built


def _document_line(doc: Any) -> bytes:
    from ..sync.formats import canonical_json

    return canonical_json({"doc_id": doc.doc_id, "origin": doc.origin, "kind": doc.kind, "name": doc.name,
                           "body": doc.body, "created_at": doc.created_at})


def send_replies(hq: HqStore, target: Target) -> list[str]:
    """Build what is due, then upload every reply not yet delivered to this target; officer by officer,
    each claimed as in `import_from`, so concurrent workers never build or upload the same reply."""
    from .fleet import revoked_from

    revoked = revoked_from(hq)  # a revoked device gets no more replies (it may be in other hands)
    with hq.ws.db.reading() as conn:
        officers = [p.peer_id for p in syncstore.peers(conn, "officer") if p.peer_id not in revoked]
    sent = []
    for officer_id in officers:
        with hq.ws.db.claim(CLAIM_PREFIX + officer_id) as mine:
            if not mine:
                continue
            build_reply(hq, officer_id)
            with hq.ws.db.reading() as conn:
                delivered = syncstore.uploaded(conn, target.name)
                pending = [r for r in syncstore.outbox(conn, officer_id) if r.package_id not in delivered]
            for row in pending:
                target.upload(_outbox(hq) / row.file_name)
                with hq.ws.db.writing() as conn:
                    syncstore.mark_uploaded(conn, row.package_id, target.name, utc_now())
                sent.append(row.file_name)
    return sent
