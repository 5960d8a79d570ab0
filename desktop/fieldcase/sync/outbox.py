"""The officer's outbox: turn what HQ has not got yet into signed, encrypted packages on disk.

What is new is read from high-water marks (case_revision.id and audit_log.seq of the last package
built) plus the set of attachments already sent; revisions merged from HQ are never sent back.
Packages are built in `<workspace>/outbox/` before anything is uploaded, so an interrupted push
resumes with the very same package (same id, same sequence). A package's row is written only after
its file is complete; a file without a row (a crash in between) is deleted and rebuilt.

A package is closed after `max_records` revisions or once its attachments pass `max_bytes`
(a single larger attachment travels alone). Audit entries and identity links decided here (two people
or incidents linked as the same, or such a link undone: services/identity_links.py) ride along with the
first package of a push; a push with no new revision, attachment or link builds nothing.

Attachments travel beside the package as age ciphertext (`<package id>.<attachment id>.fcblob`
here, uploaded in pieces). A blob sealed to HQ's current keys at intake is hard-linked from the
vault as it is (blobs are never rewritten); an older one (attached before enrolment, or before HQ
changed keys) is decrypted and sealed again for HQ. Either way the SHA-256 of each 16 MiB piece was
taken as the ciphertext was written, so packing never reads an attachment; the upload hashes every
piece again as it copies it and stops before a damaged one reaches the target.
"""

from __future__ import annotations

import json
import os
import shutil
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ..fsutil import fsync_dir
from ..store import identity_links, revision_batch, syncstore
from ..workspace import SECRET_ATTACHMENT_IDENTITY, Workspace, utc_now
from . import items, package
from .formats import PACKAGE_SUFFIX, SyncError
from .plainstream import PlaintextReader

OUTBOX_DIR = "outbox"
BLOB_SUFFIX = ".fcblob"  # an attachment's ciphertext for HQ, kept whole here; sent in pieces
MAX_RECORDS = 5000
MAX_BYTES = 2 * 2**30  # of attachments: HQ can take in the first part of a huge push before the rest

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Plan:
    revisions: list[Any]  # rows (id, record_id, rev)
    attachments: list[Any]  # attachment rows
    audit_upto: int
    revision_mark: int
    links: list[Any] = field(default_factory=list)  # identity link events not yet sent to HQ


def outbox_dir(ws: Workspace) -> Path:
    path = ws.path / OUTBOX_DIR
    path.mkdir(mode=0o700, exist_ok=True)
    return path


def clean_orphans(ws: Workspace) -> None:
    """Remove half-built packages and complete files no outbox row knows (a crash before COMMIT)."""
    directory = outbox_dir(ws)
    with ws.db.reading() as conn:
        known = {row.file_name for row in syncstore.outbox(conn)}
        known |= {row.file_name for row in syncstore.outbox_blobs(conn)}
    for entry in directory.iterdir():
        ours = entry.name.endswith((PACKAGE_SUFFIX, BLOB_SUFFIX))
        if entry.name.endswith(".part") or (ours and entry.name not in known):
            entry.unlink(missing_ok=True)


def plan(ws: Workspace, hq_id: str, *, max_records: int = MAX_RECORDS, max_bytes: int = MAX_BYTES) -> list[Plan]:
    with ws.db.reading() as conn:
        rev_mark, audit_mark = syncstore.last_marks(conn, hq_id)
        revisions = syncstore.own_revisions(conn, rev_mark)
        audit_upto = max(syncstore.max_audit_seq(conn), audit_mark)
        unsent = syncstore.unsent_attachments(conn, [r.id for r in revisions])
        plans: list[Plan] = []
        group: list[Any] = []
        atts: list[Any] = []
        size = 0
        for row in revisions:
            new = unsent.get(row.id, [])
            new_bytes = sum(a.size for a in new)
            if group and (len(group) >= max_records or (new and size + new_bytes > max_bytes)):
                plans.append(Plan(group, atts, audit_upto, group[-1].id))
                group, atts, size = [], [], 0
            group.append(row)
            atts += new
            size += new_bytes
        if group:
            plans.append(Plan(group, atts, audit_upto, group[-1].id))
        links = identity_links.to_send(conn, ws.keyfile.workspace_id, hq_id)
        if links and plans:
            plans[0] = replace(plans[0], links=links)
        elif links:  # only links to send: a package of its own
            plans.append(Plan([], [], audit_upto, rev_mark, links))
    return plans


def _batches(conn: Any, p: Plan, own_id: str, audit_after: int) -> Iterator[package.Batch]:
    rows = p.revisions
    for start in range(0, len(rows), package.BATCH):
        chunk = rows[start:start + package.BATCH]
        records = revision_batch.load(conn, [r.id for r in chunk])
        bases = syncstore.bases(conn, chunk, own_id)
        merged = syncstore.merge_parents(conn, chunk, own_id)
        yield package.Batch("revision", [
            (items.revision_key(own_id, r.record_id, r.rev),
             items.revision_item(records[r.id], own_id, bases[r.id], r.content_hash, merged.get(r.id)))
            for r in chunk])
    if p.links:
        yield package.Batch("link", [items.link_item(row) for row in p.links])
    batch: list[tuple[str, bytes]] = []
    for entry in syncstore.audit_entries(conn, audit_after):
        if entry.seq > p.audit_upto:
            break
        batch.append(items.audit_item(entry))
        if len(batch) >= package.BATCH:
            yield package.Batch("audit", batch)
            batch = []
    if batch:
        yield package.Batch("audit", batch)


def _meta(a: Any) -> dict[str, Any]:
    return {"id": a.id, "sha256": a.sha256, "size": a.size, "media_type": a.media_type,
            "original_name": a.original_name, "added_at": a.added_at, "added_by": a.added_by}


@dataclass(frozen=True)
class Staged:
    """An attachment's ciphertext for HQ in the outbox, with the SHA-256 of each of its pieces."""

    path: Path
    size: int
    pieces: list[str]


def _stage_blobs(ws: Workspace, p: Plan, package_id: str, share_with: list[str]) -> list[Staged]:
    """Put each attachment's ciphertext for HQ into the outbox: linked as it is when sealed to HQ's
    current keys at intake (its piece hashes were taken when it was written; the upload checks them
    again), sealed again otherwise. Returns them in the order of `p.attachments`."""
    if not p.attachments:
        return []
    from ..crypto.attachments import AttachmentVault

    identity = ws.secret(SECRET_ATTACHMENT_IDENTITY)
    if identity is None:
        raise SyncError("This workspace has no attachment key; it may be damaged.")
    vault = AttachmentVault(ws.attachments_dir(), identity.decode())
    with ws.db.reading() as conn:
        seals = syncstore.seals(conn, [a.blob_id for a in p.attachments])
    directory = outbox_dir(ws)
    staged: list[Staged] = []
    dest = directory
    try:
        for a in p.attachments:
            dest = directory / f"{package_id}.{a.id}{BLOB_SUFFIX}"
            seal = seals.get(a.blob_id)
            if seal is not None and set(seal.recipients) == set(share_with) and seal.piece_size == package.PIECE:
                _link_or_copy(vault.blob_path(a.blob_id), dest)
                staged.append(Staged(dest, a.stored_size, seal.pieces))
            else:
                with PlaintextReader.of_blob(vault, a.blob_id, a.size, a.sha256) as plain:
                    blob = vault.seal_copy(plain, dest, share_with)
                staged.append(Staged(dest, blob.stored_size, list(blob.pieces)))
        fsync_dir(directory)
    except BaseException:
        for path in [item.path for item in staged] + ([dest] if dest != directory else []):
            path.unlink(missing_ok=True)
        raise
    return staged


def _link_or_copy(source: Path, dest: Path) -> None:
    try:
        os.link(source, dest)
    except FileNotFoundError:
        raise SyncError("An attachment's encrypted file is missing from the workspace; nothing was sent.") from None
    except OSError:  # a file system without hard links: copy (ciphertext only)
        part = dest.with_name(dest.name + ".part")
        with open(source, "rb") as src, open(part, "wb") as out:
            shutil.copyfileobj(src, out, 1 << 20)
            out.flush()
            os.fsync(out.fileno())
        os.replace(part, dest)


def build_pending(ws: Workspace, hq: Any, recipients: list[str], *, max_records: int = MAX_RECORDS,
                  max_bytes: int = MAX_BYTES, progress: Progress | None = None) -> list[package.Built]:
    """Build every package HQ still needs; each is recorded (with the new sequence) only once complete."""
    clean_orphans(ws)
    share_with = list(json.loads(hq.recipients))
    plans = plan(ws, hq.peer_id, max_records=max_records, max_bytes=max_bytes)
    built: list[package.Built] = []
    for index, p in enumerate(plans):
        package_id = str(uuid.uuid4())
        staged = _stage_blobs(ws, p, package_id, share_with)
        try:
            built.append(_build_one(ws, hq, recipients, p, package_id, staged))
        except BaseException:
            for item in staged:
                item.path.unlink(missing_ok=True)
            raise
        if progress:
            progress(index + 1, len(plans))
    return built


def _build_one(ws: Workspace, hq: Any, recipients: list[str], p: Plan, package_id: str,
               staged: list[Staged]) -> package.Built:
    own_id = ws.keyfile.workspace_id
    identity = ws.signing_identity()
    attachments = [{**_meta(a), "cipher": {"size": s.size, "piece_size": package.PIECE, "pieces": s.pieces}}
                   for a, s in zip(p.attachments, staged, strict=True)]
    with ws.db.reading() as conn:
        peer = syncstore.peer(conn, hq.peer_id)
        _, audit_after = syncstore.last_marks(conn, hq.peer_id)
        header = package.Header(
            package_id=package_id, kind="push",
            sender={"id": own_id, "name": ws.officer, "cert_sha256": identity.fingerprint},
            to=hq.peer_id, sequence=peer.out_sequence + 1, previous=peer.out_manifest_sha256,
            created_at=utc_now(), recipients=recipients)
        result = package.build(outbox_dir(ws), header, _batches(conn, p, own_id, audit_after),
                               key_der=identity.key_der, cert_pem=identity.cert_pem,
                               attachments=lambda: attachments)
    with ws.db.writing() as conn:
        syncstore.add_outbox(conn, {
            "package_id": header.package_id, "peer_id": hq.peer_id, "sequence": header.sequence,
            "file_name": result.path.name, "manifest_sha256": result.manifest_sha256,
            "created_at": header.created_at, "revision_mark": p.revision_mark, "audit_mark": p.audit_upto,
            "items": len(p.revisions) + len(p.attachments) + len(p.links), "size": result.size, "acknowledged_at": None,
        }, [a.id for a in p.attachments], [
            {"attachment_id": a.id, "file_name": s.path.name, "cipher_size": s.size, "piece_size": package.PIECE,
             "pieces": s.pieces} for a, s in zip(p.attachments, staged, strict=True)])
        syncstore.set_peer(conn, hq.peer_id, out_sequence=header.sequence,
                           out_manifest_sha256=result.manifest_sha256)
        identity_links.mark_sent(conn, [row.event_id for row in p.links], hq.peer_id, header.package_id)
    return result


def recipients_of(peer: Any, own_recipient: str) -> list[str]:
    return [*json.loads(peer.recipients), own_recipient]
