"""Receiving one package, on either side: decrypt, verify, check the sequence, fetch the attachments,
then apply in ONE transaction. Attachments are stored encrypted in the receiver's vault as their
pieces stream in ("pending"); they are deleted again unless the transaction commits.

Sequence rules (per sender, both directions):
* the same package id again -> "replayed", nothing changes (idempotent);
* a sequence at or below the last accepted one (another package) -> refused "replayed";
* a sequence beyond the next one -> "gap": held, not applied, until the missing ones arrive
  (the previous-hash chain cannot be checked without them);
* the next sequence whose `previous` is not the last accepted manifest hash -> refused "chain".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..crypto.attachments import AttachmentVault, StoredBlob, decrypt_padded
from ..errors import DiskFull
from ..store import audit, cases, identity_links, locks, syncstore
from ..store.database import UnitOfWork as Connection
from ..workspace import SECRET_ATTACHMENT_IDENTITY, Workspace, utc_now
from . import items, package
from .formats import PackageRefused, sha256_hex
from .piecestream import OpenPiece, PieceReader, no_pieces
from .plainstream import PlaintextReader


@dataclass
class Outcome:
    file: str
    status: str  # accepted | replayed | refused | held
    reason: str = ""
    message: str = ""
    package_id: str = ""
    sender: str = ""
    sequence: int = 0
    added: int = 0
    duplicates: int = 0
    attachments: int = 0
    conflicts: list[str] = field(default_factory=list)
    new_records: int = 0  # records the receiver did not hold before (HQ import)
    links: int = 0  # identity link events among `added` (the rest are revisions)
    template: str = ""  # the refusal's message template and values: the UI translates it (errors.py)
    params: dict[str, str] = field(default_factory=dict)


Apply = Callable[[Connection, package.VerifiedPackage, dict[str, str]], syncstore.MergeResult]


class Receiver:
    """Fetches a package's attachments into the vault ("pending") and deletes them again unless the
    package's transaction commits."""

    def __init__(self, ws: Workspace) -> None:
        identity = ws.secret(SECRET_ATTACHMENT_IDENTITY)
        if identity is None:
            raise PackageRefused("no-key", "This store has no attachment key; it may be damaged.")
        self.ws = ws
        self.vault = AttachmentVault(ws.attachments_dir(), identity.decode())
        self.pending: dict[str, StoredBlob] = {}  # attachment id -> blob
        self.keep: set[str] = set()  # blob ids

    def fetch(self, att: dict[str, Any], open_piece: OpenPiece, identities: list[Any]) -> StoredBlob:
        """Read the attachment's pieces (each checked against the signed manifest), decrypt, check the
        padding, size and plaintext SHA-256, and store it encrypted in this store's vault."""
        what = f"Attachment {att['id']}"
        size = int(att["size"])
        pieces = PieceReader(att["pieces"], open_piece, what)
        try:
            with PlaintextReader(lambda out: decrypt_padded(pieces, identities, size, out, what),
                                 str(att["sha256"]), what) as plain:
                blob = self.vault.put_stream(plain)
        except DiskFull:
            raise
        except Exception:
            if isinstance(pieces.error, PackageRefused):
                raise pieces.error from None
            raise PackageRefused("damaged", "{what} could not be decrypted with the keys held here or does not "
                                 "match its signed SHA-256: refused.", what=what) from None
        finally:
            pieces.close()
        self.pending[str(att["id"])] = blob
        if blob.sha256 != att["sha256"] or blob.size != size:
            raise PackageRefused("hash-mismatch", "{what} does not match its signed SHA-256.", what=what)
        return blob

    def discard(self) -> None:
        for blob in self.pending.values():
            if blob.blob_id not in self.keep:
                self.vault.delete(blob.blob_id)
        self.pending.clear()


def check_sequence(conn: Connection, peer: Any, manifest: dict[str, Any], manifest_sha256: str) -> str | None:
    """None when the package is the next one; 'replayed' for a package already applied; raises otherwise."""
    package_id = str(manifest.get("package_id"))
    seen = syncstore.received(conn, package_id)
    if seen is not None:
        if seen.manifest_sha256 == manifest_sha256:
            return "replayed"
        raise PackageRefused("replayed", "A different package with this package id was already accepted.")
    sequence = manifest.get("sequence")
    if not isinstance(sequence, int) or sequence < 1:
        raise PackageRefused("malformed", "The package has no valid sequence number.")
    if sequence <= peer.in_sequence:
        raise PackageRefused("replayed", "Sequence {sequence} is not newer than the last accepted "
                             "({in_sequence}): a replayed or rolled-back package.",
                             sequence=sequence, in_sequence=peer.in_sequence)
    if sequence > peer.in_sequence + 1:
        raise PackageRefused("gap", "Packages {first}..{last} from this sender have "
                             "not arrived yet; sequence {sequence} is held until they do.",
                             first=peer.in_sequence + 1, last=sequence - 1, sequence=sequence)
    if manifest.get("previous") != peer.in_manifest_sha256:
        raise PackageRefused("chain", "The package does not follow the last accepted package from this "
                             "sender (its previous-package hash differs): refused.")
    return None


def apply_audit(conn: Connection, origin: str, lines: list[tuple[str, bytes]]) -> int:
    """The sender's audit entries must continue its hash chain exactly where the last package ended."""
    seq, prev = syncstore.remote_audit_head(conn, origin)
    rows = []
    for key, line in lines:
        e = items.audit_entry(line)
        expected = audit._hash(prev, seq + 1, e["at"], e["actor"], e["action"], e["entity"], e["entity_id"],
                               e["entity_rev"], e["detail"])
        if key != f"audit:{e['seq']}" or e["seq"] != seq + 1 or e["prev_hash"] != prev or e["hash"] != expected:
            raise PackageRefused("audit-chain", "The sender's audit log entries do not continue its hash chain.")
        rows.append(e)
        seq, prev = e["seq"], e["hash"]
    syncstore.add_remote_audit(conn, origin, rows)
    return len(rows)


def apply_attachments(conn: Connection, receiver: Receiver, verified: package.VerifiedPackage) -> int:
    added = 0
    for att in verified.attachments:
        have = syncstore.attachment_exists(conn, str(att["id"]))
        if have is not None:
            if have.sha256 != att["sha256"]:
                raise PackageRefused("conflict", "Attachment {attachment_id} already exists here with other content.",
                                     attachment_id=att['id'])
            continue
        blob = receiver.pending.get(str(att["id"]))
        if blob is None:
            raise PackageRefused("incomplete", "Attachment {attachment_id} was not fetched with its package.",
                                 attachment_id=att['id'])
        receiver.keep.add(blob.blob_id)
        cases.add_attachment_row(conn, {
            "id": att["id"], "blob_id": blob.blob_id, "sha256": blob.sha256, "size": blob.size,
            "stored_size": blob.stored_size, "media_type": str(att["media_type"]),
            "original_name": str(att["original_name"]), "added_at": str(att["added_at"]),
            "added_by": str(att["added_by"])})
        added += 1
    return added


def incoming_revisions(verified: package.VerifiedPackage, sender: str) -> list[syncstore.Incoming]:
    """The package's revision items, parsed and checked against their keys and sender."""
    return [items.incoming_revision(line, key, sha256_hex(line), sender=sender)
            for key, line in verified.items.get("revision", [])]


def hold_touched(conn: Connection, verified: package.VerifiedPackage, incoming: list[syncstore.Incoming]) -> None:
    """Lock every id the package writes (a concurrent import on PostgreSQL; nothing on SQLite): before
    anything about them is read, so another import's package touching the same record waits."""
    records = [i.record for i in incoming]
    locks.hold_ids(conn, records=[r.id or "" for r in records],
                   people=[p.person_id for r in records for p in r.people if p.person_id],
                   sources=[s.source_id for r in records for s in r.sources if s.source_id],
                   attachments=[str(a["id"]) for a in verified.attachments])


def merge_revisions(conn: Connection, verified: package.VerifiedPackage, *, sender: str, own_id: str,
                    actor: str, now: str, incoming: list[syncstore.Incoming] | None = None
                    ) -> syncstore.MergeResult:
    if incoming is None:
        incoming = incoming_revisions(verified, sender)
    for item in incoming:
        for att in item.record.attachments:
            if syncstore.attachment_exists(conn, att.id) is None:
                raise PackageRefused("missing-attachment", "A revision refers to attachment {attachment_id}, which "
                                     "has not been received.", attachment_id=att.id)
    return syncstore.merge(conn, incoming, own_id=own_id, package_id=str(verified.manifest["package_id"]),
                           actor=actor, now=now)


def apply_links(conn: Connection, verified: package.VerifiedPackage, *, sender: str, actor: str,
                now: str) -> tuple[int, int, list[str]]:
    """The identity link events the sender decided (services/identity_links.py), after its revisions:
    (added, duplicates, conflicts)."""
    rows = [items.incoming_link(line, key, sender=sender) for key, line in verified.items.get("link", [])]
    if not rows:
        return 0, 0, []
    return identity_links.add_received(conn, rows, str(verified.manifest["package_id"]), actor, now)


def receive(ws: Workspace, path: Path, identities: list[Any] | Callable[[], list[Any]], *, kind: str,
            expected_to: str, find_peer: Callable[[Connection, str], Any], who: Callable[[Any], str],
            apply: Callable[[Connection, Any, package.VerifiedPackage, Receiver, Outcome], None],
            open_piece: OpenPiece = no_pieces,
            admit: Callable[[Any, dict[str, Any]], None] | None = None, concurrent: bool = False) -> Outcome:
    """Decrypt + verify + sequence-check + fetch attachments + apply one package file; never raises
    PackageRefused. `identities` (or a function giving them) decrypt it; `open_piece` gives the
    attachment pieces named in the manifest (from the target); `admit(peer, manifest)` may refuse a
    verified package before anything is fetched or written (HQ: a revoked device). `concurrent` (HQ
    import): the transaction runs beside other imports' and locks the sender here, then `apply` locks
    what it writes (`hold_touched`). Everything read before the write transaction (keys, the sender,
    what `admit` reads, the sequence check) is read in one snapshot: one transaction, not one each."""
    outcome = Outcome(path.name, "refused")
    receiver: Receiver | None = None
    try:
        with ws.db.snapshot(lazy=True):
            receiver = Receiver(ws)
            keys = identities() if callable(identities) else identities
            raw = package.read(path, keys)
            outcome.sender, outcome.package_id = raw.sender_id, str(raw.manifest.get("package_id", ""))
            with ws.db.reading() as conn:
                peer = find_peer(conn, raw.sender_id)
            if peer is None:
                raise PackageRefused("unenrolled", "The package's sender is not enrolled here (unknown sender "
                                     "or signing key): refused.")
            verified = raw.verify(peer.cert_pem, who=who(peer))
            manifest = verified.manifest
            if manifest.get("kind") != kind or manifest.get("to") != expected_to:
                raise PackageRefused("misdirected", "The package is not addressed to this store.")
            outcome.sequence = int(manifest.get("sequence", 0))
            if admit is not None:
                admit(peer, manifest)
            with ws.db.reading() as conn:  # a replay is found before any attachment is fetched
                replayed = check_sequence(conn, peer, manifest, verified.manifest_sha256) == "replayed"
                wanted = [a for a in verified.attachments
                          if syncstore.attachment_exists(conn, str(a["id"])) is None]
        if not replayed:
            for att in wanted:
                receiver.fetch(att, open_piece, keys)
        with ws.db.writing(concurrent=concurrent) as conn, audit.deferred(conn):
            # the audit entries are chained last, just before the commit (audit.deferred)
            locks.hold_sender(conn, raw.sender_id)
            peer = find_peer(conn, raw.sender_id)
            if check_sequence(conn, peer, manifest, verified.manifest_sha256) == "replayed":
                outcome.status, outcome.reason = "replayed", "replayed"
                outcome.message = "Already accepted earlier (a replay): nothing changed."
                return outcome
            apply(conn, peer, verified, receiver, outcome)
            syncstore.add_received(conn, {
                "package_id": outcome.package_id, "peer_id": peer.peer_id, "sequence": outcome.sequence,
                "manifest_sha256": verified.manifest_sha256, "kind": kind, "file_name": path.name,
                "items": outcome.added + outcome.attachments, "received_at": utc_now()})
            syncstore.set_peer(conn, peer.peer_id, in_sequence=outcome.sequence,
                               in_manifest_sha256=verified.manifest_sha256)
        outcome.status = "accepted"
    except PackageRefused as exc:
        outcome.status = "held" if exc.reason == "gap" else "refused"
        outcome.reason, outcome.message = exc.reason, exc.message
        outcome.template, outcome.params = exc.template, exc.params
        if receiver is not None:
            receiver.keep.clear()
    except BaseException:
        if receiver is not None:
            receiver.keep.clear()
        raise
    finally:
        if receiver is not None:
            receiver.discard()
    return outcome
