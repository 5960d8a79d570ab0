"""Sync use cases for the officer (enrol, targets, push, pull, status) shared by the CLI and the UI.

The UI shows `status()` (last push, pending / sent / acknowledged items) and runs `PushTask` /
`PullTask` through its runner (they follow the `tasks.Task` protocol: progress + cancel).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyrage

from ..crypto.identity import build_csr, fingerprint
from ..errors import Cancelled, FieldcaseError
from ..store import audit, identity_links, keyvalue, syncstore
from ..sync import bundles, enrolment, inbox, outbox, package
from ..sync.formats import PackageRefused, SyncError
from ..sync.receive import Outcome
from ..sync.transports import FolderTarget, Target, WebDavTarget
from ..sync.webdav import WebDavClient
from ..tasks import IsCancelled, Progress
from ..workspace import Workspace, utc_now

SECRET_TARGET_PREFIX = "sync-target:"


@dataclass(frozen=True)
class SyncStatus:
    enrolled: bool
    hq_name: str | None
    ca_sha256: str | None
    last_push: str | None  # when the newest package was built
    last_acknowledged: str | None
    pending_revisions: int  # written here, not yet in any package
    pending_attachments: int
    sent_packages: int  # built, not yet acknowledged by HQ
    acknowledged_packages: int
    acknowledged_revisions: int  # revisions HQ confirmed it received
    root_sha256: str | None = None  # HQ's offline root key, once pinned (compare it by another channel)
    bundle_version: int = 0  # the root-signed key bundle installed (0: none yet)
    bundle_expires_at: str | None = None  # after it, HQ must send a new bundle (packages still go out)
    pending_links: int = 0  # identity link/unlink decisions (services/identity_links.py) not yet in a package


@dataclass(frozen=True)
class PushReport:
    built: list[str]
    uploaded: list[str]
    already_there: list[str]


# -- targets (also used by HQ: its store is a workspace too) ------------------------------------

def add_target(ws: Workspace, name: str, location: str, username: str | None = None,
               password: str | None = None, *, profile: str | None = None) -> None:
    """A folder, a WebDAV URL, or an S3 bucket (s3://bucket/prefix: the credentials, region and endpoint
    from the standard AWS environment variables or `profile`, kept encrypted in the store)."""
    if not name or len(name) > 40 or "/" in name:
        raise FieldcaseError("A target name must be 1-40 characters without '/'.")
    kind = "webdav" if location.startswith(("http://", "https://")) else "folder"
    if location.startswith("s3://"):
        from ..sync import s3

        kind, username = "s3", None
        location = str(s3.S3Location.parse(location))
        credentials = s3.credentials_from_environment(profile)
        s3.make_client(credentials)  # refuses plain http to another machine
        password = credentials.to_bytes().decode("utf-8")
    elif kind == "webdav":
        WebDavClient(location, username, password)  # refuses plain http to another machine
    else:
        location = str(Path(location).expanduser().resolve())
    with ws.db.writing() as conn:
        syncstore.add_target(conn, {"name": name, "kind": kind, "location": location, "username": username,
                                    "created_at": utc_now()})
        keyvalue.delete_secrets(conn, [SECRET_TARGET_PREFIX + name])
        if password is not None:
            keyvalue.put_secrets(conn, {SECRET_TARGET_PREFIX + name: password.encode("utf-8")})
        audit.append(conn, [audit.AuditEvent("sync.target", "target", name, None, {"kind": kind})],
                     actor=ws.officer, at=utc_now())


def list_targets(ws: Workspace) -> list[dict[str, Any]]:
    with ws.db.reading() as conn:
        return [{"name": t.name, "kind": t.kind, "location": t.location, "username": t.username}
                for t in syncstore.targets(conn)]


def resolve_target(ws: Workspace, spec: str) -> Target:
    """A configured target by name, an s3:// location, else a folder path (WebDAV needs a configured
    target: credentials)."""
    with ws.db.reading() as conn:
        row = syncstore.target(conn, spec)
    if row is not None:
        if row.kind == "folder":
            return FolderTarget(row.name, Path(row.location))
        secret = ws.secret(SECRET_TARGET_PREFIX + row.name)
        if row.kind == "s3":
            from ..sync import s3

            if secret is None:
                raise SyncError("The S3 target {name} has no credentials; add it again.", name=row.name)
            return s3.S3Target(row.name, row.location, s3.make_client(s3.S3Credentials.from_bytes(secret)))
        return WebDavTarget(row.name, WebDavClient(row.location, row.username,
                                                   secret.decode("utf-8") if secret is not None else None))
    if spec.startswith("s3://"):  # credentials from the environment or AWS_PROFILE, used now, not kept
        from ..sync import s3

        return s3.S3Target(spec[-100:], spec, s3.make_client(s3.credentials_from_environment()))
    if spec.startswith(("http://", "https://")):
        raise SyncError("Add WebDAV servers as a named target first (the password is kept in the encrypted "
                        "workspace): fieldcase sync target add NAME URL --user USER")
    path = Path(spec).expanduser().resolve()
    if not path.is_dir():
        raise SyncError("{target} is neither a configured target nor an existing folder.", target=spec)
    return FolderTarget(("folder:" + str(path))[-100:], path)


# -- the officer --------------------------------------------------------------------------------

class SyncService:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    # enrolment
    def sync_identity(self) -> Any:
        """The age identity HQ's replies are encrypted to (made on first use, kept in the store)."""
        value = self.ws.secret(inbox.SECRET_SYNC_IDENTITY)
        if value is None:
            identity = pyrage.x25519.Identity.generate()
            with self.ws.db.writing() as conn:
                keyvalue.put_secrets(conn, {inbox.SECRET_SYNC_IDENTITY: str(identity).encode()})
            return identity
        return pyrage.x25519.Identity.from_str(value.decode())

    def enrolment_request(self) -> bytes:
        signer = self.ws.signing_identity()
        return enrolment.make_request(
            officer=self.ws.officer, workspace_id=self.ws.keyfile.workspace_id, csr_pem=build_csr(signer),
            age_recipient=str(self.sync_identity().to_public()), created_at=utc_now(),
            key_der=signer.key_der, cert_pem=signer.cert_pem)

    def enrol(self, data: bytes, *, expect_ca_sha256: str | None = None,
              expect_root_sha256: str | None = None) -> dict[str, Any]:
        pinned = self.ws.meta(inbox.META_CA)
        body = enrolment.read_enrolment(data, pinned_ca_pem=pinned.encode("ascii") if pinned else None)
        ca_pem = str(body["ca_cert"]).encode("ascii")
        ca_sha = fingerprint(ca_pem)
        if expect_ca_sha256 and _norm(expect_ca_sha256) != _norm(ca_sha):
            raise PackageRefused("untrusted-certificate", "The enrolment file's CA fingerprint is not the one "
                                 "you expected; it was refused.")
        if body.get("workspace_id") != self.ws.keyfile.workspace_id:
            raise PackageRefused("misdirected", "This enrolment file was made for another workspace.")
        hq_id = str(body["hq_id"])
        signed_bundle = body["key_bundle"]
        if expect_root_sha256 and not (bundles.is_root_signed(signed_bundle) and _norm(expect_root_sha256) == _norm(
                bundles.root_fingerprint(str(signed_bundle["body"].get("root_public", ""))))):
            raise PackageRefused("untrusted-certificate", "The enrolment file's root key fingerprint is not the one "
                                 "you expected; it was refused.")
        with self.ws.db.reading() as conn:  # checked before anything is installed
            current = syncstore.peer(conn, hq_id)
            bundles.apply(conn, signed_bundle, hq_id=hq_id, ca_pem=ca_pem,
                          keyset_version=current.keyset_version if current else 0, write=False)
        self.sync_identity()
        self.ws.install_certificate(str(body["officer_cert"]).encode("ascii"), (ca_pem,))
        hq_cert = str(body["hq_cert"]).encode("ascii")
        now = utc_now()
        with self.ws.db.writing() as conn:
            current = syncstore.peer(conn, hq_id)
            applied = bundles.apply(conn, signed_bundle, hq_id=hq_id, ca_pem=ca_pem,
                                    keyset_version=current.keyset_version if current else 0)
            version = applied.keyset_version
            row: dict[str, object] = {
                "peer_id": hq_id, "role": "hq", "name": str(body.get("hq_name", "HQ")), "region": None,
                "cert_pem": hq_cert, "cert_sha256": fingerprint(hq_cert), "enrolled_at": now}
            if applied.recipients is not None:
                row.update(recipients=json.dumps(applied.recipients), keyset_version=version)
            syncstore.upsert_peer(conn, row)
            keyvalue.set_meta(conn, {inbox.META_HQ: hq_id, inbox.META_CA: ca_pem.decode("ascii"),
                                     "sync.frameworks": json.dumps(body.get("frameworks", []))})
            root = bundles.pinned_root(conn)
            audit.append(conn, [audit.AuditEvent("sync.enrol", "hq", hq_id, None, {
                "ca_sha256": ca_sha, "keyset_version": version,
                "root_sha256": bundles.root_fingerprint(root) if root else None})], actor=self.ws.officer, at=now)
        return {"hq_id": hq_id, "hq_name": row["name"], "ca_sha256": ca_sha, "keyset_version": version,
                "root_sha256": bundles.root_fingerprint(root) if root else None,
                "frameworks": body.get("frameworks", [])}

    def _hq(self) -> Any:
        hq_id = self.ws.meta(inbox.META_HQ)
        if hq_id is None:
            raise SyncError("This workspace is not enrolled with HQ yet: send `fieldcase enrol-request` to HQ, "
                            "then import their answer with `fieldcase enrol FILE`.")
        with self.ws.db.reading() as conn:
            return syncstore.peer(conn, hq_id)

    # push / pull
    def push(self, target: Target, *, progress: Progress | None = None, cancelled: IsCancelled | None = None,
             max_records: int = outbox.MAX_RECORDS, max_bytes: int = outbox.MAX_BYTES) -> PushReport:
        """Build what HQ has not got (resuming earlier unsent packages), then upload every package not yet
        delivered to `target`. Safe to interrupt at any point and run again."""
        hq = self._hq()
        recipients = outbox.recipients_of(hq, str(self.sync_identity().to_public()))
        built = outbox.build_pending(self.ws, hq, recipients, max_records=max_records, max_bytes=max_bytes,
                                     progress=None)
        with self.ws.db.reading() as conn:
            delivered = syncstore.uploaded(conn, target.name)
            pending = [r for r in syncstore.outbox(conn, hq.peer_id)
                       if r.package_id not in delivered and r.acknowledged_at is None]
            blobs = {r.package_id: syncstore.outbox_blobs(conn, r.package_id) for r in pending}
        total = sum(r.size + sum(b.cipher_size for b in blobs[r.package_id]) for r in pending)
        done = 0
        uploaded: list[str] = []
        there: list[str] = []
        directory = outbox.outbox_dir(self.ws)
        listing = target.list()
        for row in pending:
            # the attachments' pieces first: a package on the target means its pieces are there too
            for blob in blobs[row.package_id]:
                offset = 0
                for digest, size in zip(blob.pieces, package.piece_sizes(blob.cipher_size, blob.piece_size),
                                        strict=True):
                    if cancelled and cancelled():
                        raise Cancelled("Push cancelled; what was uploaded stays, run it again to go on.")
                    name = package.piece_name(self.ws.keyfile.workspace_id, digest, size)
                    if listing.get(name) != size:
                        target.upload(directory / blob.file_name, _shifted(progress, done, total), name=name,
                                      offset=offset, length=size, sha256=digest)
                    offset += size
                    done += size
            if cancelled and cancelled():
                raise Cancelled("Push cancelled; what was uploaded stays, run it again to go on.")
            fresh = target.upload(directory / row.file_name, _shifted(progress, done, total))
            with self.ws.db.writing() as conn:
                syncstore.mark_uploaded(conn, row.package_id, target.name, utc_now())
            (uploaded if fresh else there).append(row.file_name)
            done += row.size
            if progress:
                progress(done, total)
        return PushReport([b.path.name for b in built], uploaded, there)

    def pull(self, target: Target, *, progress: Progress | None = None,
             cancelled: IsCancelled | None = None) -> list[Outcome]:
        """Take HQ's replies; then purge what the retention setting says is due (services/purge.py).
        Cancelling stops between replies (each is applied in one transaction)."""
        from .purge import PurgeService

        hq = self._hq()
        outcomes = inbox.pull(self.ws, target, hq.peer_id, self.sync_identity(), progress=progress,
                              cancelled=cancelled)
        if any(o.status == "accepted" for o in outcomes):
            PurgeService(self.ws).apply_retention()
        return outcomes

    # state
    def status(self) -> SyncStatus:
        hq_id = self.ws.meta(inbox.META_HQ)
        ca = self.ws.meta(inbox.META_CA)
        with self.ws.db.reading() as conn:
            hq = syncstore.peer(conn, hq_id) if hq_id else None
            rows = syncstore.outbox(conn, hq_id) if hq_id else []
            mark = max((r.revision_mark for r in rows), default=0)
            pending = syncstore.own_revisions(conn, mark)
            pending_att = sum(len(v) for v in syncstore.unsent_attachments(conn, [r.id for r in pending]).values())
            acked_mark = syncstore.acknowledged_mark(conn, hq_id) if hq_id else 0
            acked_revs = len(syncstore.own_revisions(conn, 0, upto_id=acked_mark)) if acked_mark else 0
            root = bundles.pinned_root(conn)
            installed = bundles.installed(conn) or {}
            links = len(identity_links.to_send(conn, self.ws.keyfile.workspace_id, hq_id)) if hq_id else 0
        acked = [r for r in rows if r.acknowledged_at]
        return SyncStatus(
            enrolled=hq is not None, hq_name=hq.name if hq else None,
            ca_sha256=fingerprint(ca.encode("ascii")) if ca else None,
            last_push=rows[-1].created_at if rows else None,
            last_acknowledged=max((r.acknowledged_at for r in acked), default=None),
            pending_revisions=len(pending), pending_attachments=pending_att,
            sent_packages=len(rows) - len(acked), acknowledged_packages=len(acked),
            acknowledged_revisions=acked_revs, root_sha256=bundles.root_fingerprint(root) if root else None,
            bundle_version=int(installed.get("version", 0)), bundle_expires_at=installed.get("expires_at"),
            pending_links=links)

    def record_state(self, record_id: str) -> str:
        """'received' (HQ acknowledged its current revision), 'sent' (in a package) or 'pending'."""
        hq_id = self.ws.meta(inbox.META_HQ)
        if hq_id is None:
            return "pending"
        with self.ws.db.reading() as conn:
            head = syncstore.head_revision_id(conn, record_id)
            sent = syncstore.sent_mark(conn, hq_id)
            acked = syncstore.acknowledged_mark(conn, hq_id)
        if head is None:
            return "pending"
        return "received" if head <= acked else "sent" if head <= sent else "pending"

    def targets(self) -> list[dict[str, Any]]:
        return list_targets(self.ws)

    def add_target(self, name: str, location: str, username: str | None = None, password: str | None = None) -> None:
        add_target(self.ws, name, location, username, password)

    def documents(self) -> list[dict[str, Any]]:
        with self.ws.db.reading() as conn:
            return [{"doc_id": d.doc_id, "kind": d.kind, "name": d.name, "body": d.body, "created_at": d.created_at}
                    for d in syncstore.received_documents(conn, self.ws.keyfile.workspace_id)]


def _shifted(progress: Progress | None, base: int, total: int) -> Callable[[int], None] | None:
    """A file's upload progress (bytes of that file) as progress of the whole push."""
    if progress is None:
        return None
    return lambda n: progress(base + n, total)


def _norm(fp: str) -> str:
    return fp.replace(":", "").strip().upper()


@dataclass(frozen=True)
class PushTask:
    """The Sync button: push to one target (progress in bytes uploaded)."""

    service: SyncService
    target: str

    def run(self, progress: Progress, cancelled: IsCancelled) -> PushReport:
        return self.service.push(resolve_target(self.service.ws, self.target), progress=progress,
                                 cancelled=cancelled)


@dataclass(frozen=True)
class PullTask:
    service: SyncService
    target: str

    def run(self, progress: Progress, cancelled: IsCancelled) -> list[Outcome]:
        progress(0, 0)
        return self.service.pull(resolve_target(self.service.ws, self.target), progress=progress,
                                 cancelled=cancelled)
