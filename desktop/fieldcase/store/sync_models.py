"""ORM models for sync (both sides: a field officer's workspace and the HQ store).

* `sync_peer`: the other side. At HQ one row per enrolled officer; at an officer one row for HQ.
  It keeps the sequence numbers and manifest hashes of both directions (they only go up).
* `sync_outbox`: packages this store built (ciphertext files in `outbox/`), with the high-water marks
  of what each one carries; `sync_upload` says where each was delivered.
* `sync_outbox_blob`: the attachment ciphertexts sent beside a package, piece by piece.
* `sync_received`: packages accepted from a peer (idempotency: a package is applied once).
* `sync_revision_origin`: for every revision that came from a peer, who wrote it and under which
  revision number there (the idempotency key is origin + record id + origin revision).
* `sync_remote_audit`: the peer's audit entries, kept as a verified continuation of its hash chain.
* `sync_document`: framework releases and other documents sent to or received from a peer.
* `sync_target`: where packages go (a folder, a WebDAV URL); passwords live in `secret`.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .models import UUID_LEN, Base


class SyncPeer(Base):
    __tablename__ = "sync_peer"
    peer_id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    role: Mapped[str] = mapped_column(String(10))  # officer | hq
    name: Mapped[str] = mapped_column(String(200))
    region: Mapped[str | None] = mapped_column(String(40))
    cert_pem: Mapped[bytes] = mapped_column(LargeBinary)
    cert_sha256: Mapped[str] = mapped_column(String(95), unique=True)
    recipients: Mapped[str] = mapped_column(Text)  # JSON list of age recipients ("age1...")
    keyset_version: Mapped[int] = mapped_column(Integer, default=0)
    enrolled_at: Mapped[str] = mapped_column(String(40))
    in_sequence: Mapped[int] = mapped_column(Integer, default=0)
    in_manifest_sha256: Mapped[str | None] = mapped_column(String(64))
    out_sequence: Mapped[int] = mapped_column(Integer, default=0)
    out_manifest_sha256: Mapped[str | None] = mapped_column(String(64))


class SyncOutbox(Base):
    __tablename__ = "sync_outbox"
    __table_args__ = (UniqueConstraint("peer_id", "sequence"),)
    package_id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    peer_id: Mapped[str] = mapped_column(String(UUID_LEN))
    sequence: Mapped[int] = mapped_column(Integer)
    file_name: Mapped[str] = mapped_column(String(200))
    manifest_sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[str] = mapped_column(String(40))
    revision_mark: Mapped[int] = mapped_column(Integer)  # newest case_revision.id considered
    audit_mark: Mapped[int] = mapped_column(Integer)  # newest audit_log.seq included
    items: Mapped[int] = mapped_column(Integer)
    size: Mapped[int] = mapped_column(Integer)
    acknowledged_at: Mapped[str | None] = mapped_column(String(40))


class SyncUpload(Base):
    __tablename__ = "sync_upload"
    package_id: Mapped[str] = mapped_column(ForeignKey("sync_outbox.package_id"), primary_key=True)
    target: Mapped[str] = mapped_column(String(100), primary_key=True)
    uploaded_at: Mapped[str] = mapped_column(String(40))


class SyncSentAttachment(Base):
    __tablename__ = "sync_sent_attachment"
    attachment_id: Mapped[str] = mapped_column(ForeignKey("attachment.id"), primary_key=True)
    package_id: Mapped[str] = mapped_column(ForeignKey("sync_outbox.package_id"))


class SyncOutboxBlob(Base):
    """An attachment's ciphertext travelling beside a package (`outbox/<file_name>`), sent in pieces
    whose SHA-256s the package's signed manifest lists."""

    __tablename__ = "sync_outbox_blob"
    package_id: Mapped[str] = mapped_column(ForeignKey("sync_outbox.package_id"), primary_key=True)
    attachment_id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    file_name: Mapped[str] = mapped_column(String(200))
    cipher_size: Mapped[int] = mapped_column(Integer)
    piece_size: Mapped[int] = mapped_column(Integer)
    pieces: Mapped[str] = mapped_column(Text)  # JSON list of SHA-256 hex, in order


class SyncReceived(Base):
    __tablename__ = "sync_received"
    __table_args__ = (UniqueConstraint("peer_id", "sequence"),)
    package_id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    peer_id: Mapped[str] = mapped_column(String(UUID_LEN))
    sequence: Mapped[int] = mapped_column(Integer)
    manifest_sha256: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(10))  # push | reply
    file_name: Mapped[str] = mapped_column(String(300))
    items: Mapped[int] = mapped_column(Integer)
    received_at: Mapped[str] = mapped_column(String(40))


class SyncRevisionOrigin(Base):
    __tablename__ = "sync_revision_origin"
    __table_args__ = (UniqueConstraint("origin", "record_id", "origin_rev"),)
    revision_id: Mapped[int] = mapped_column(ForeignKey("case_revision.id"), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(UUID_LEN))
    origin: Mapped[str] = mapped_column(String(UUID_LEN))
    origin_rev: Mapped[int] = mapped_column(Integer)
    item_sha256: Mapped[str] = mapped_column(String(64))
    package_id: Mapped[str] = mapped_column(String(UUID_LEN))


class SyncRemoteAudit(Base):
    __tablename__ = "sync_remote_audit"
    origin: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[str] = mapped_column(String(40))
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(UUID_LEN))
    entity_rev: Mapped[int | None] = mapped_column(Integer)
    detail: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class SyncDocument(Base):
    __tablename__ = "sync_document"
    doc_id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    origin: Mapped[str] = mapped_column(String(UUID_LEN))
    peer_id: Mapped[str | None] = mapped_column(String(UUID_LEN))  # outgoing: to whom (None: everyone)
    kind: Mapped[str] = mapped_column(String(40))  # framework | feedback
    name: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[str] = mapped_column(String(40))


class SyncDocumentSent(Base):
    __tablename__ = "sync_document_sent"
    doc_id: Mapped[str] = mapped_column(ForeignKey("sync_document.doc_id"), primary_key=True)
    peer_id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    package_id: Mapped[str] = mapped_column(String(UUID_LEN))


class SyncTarget(Base):
    __tablename__ = "sync_target"
    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))  # folder | webdav
    location: Mapped[str] = mapped_column(Text)
    username: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[str] = mapped_column(String(40))


APPEND_ONLY = ("sync_revision_origin", "sync_remote_audit", "sync_received")
