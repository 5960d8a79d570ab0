"""A workspace: one officer's folder, holding

    workspace.json   format tag, workspace id, store format, and the key slots (no secrets in the clear)
    store.db         the SQLCipher 4 store (+ -wal/-shm while open), keyed with the data key
    attachments/     evidence files, each encrypted (age format) under an identity kept in the store

Unlocking unwraps the data key; locking disposes every connection and wipes the key buffer.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .crypto import keys
from .errors import CorruptWorkspace, FieldcaseError, NotAWorkspace, WorkspaceExists
from .fsutil import atomic_write_bytes, disk_error
from .store import audit, keyvalue
from .store.database import Database, UnitOfWork
from .store.engine import DEFAULT_CIPHER_PAGE_SIZE

if TYPE_CHECKING:
    from .crypto.identity import OfficerIdentity

KEY_FILE = "workspace.json"
STORE_FILE = "store.db"
ATTACHMENTS_DIR = "attachments"
FORMAT = "fieldcase-workspace/1"

SECRET_ATTACHMENT_IDENTITY = "attachment-identity"
SECRET_PENDING_RECOVERY = "pending-recovery-key"
# The officer's signing identity (crypto/identity.py): PKCS#8 key, certificate PEM, issuing CA chain PEM.
SECRET_SIGNING_KEY = "officer-signing-key"
SECRET_SIGNING_CERT = "officer-certificate"
SECRET_SIGNING_CHAIN = "officer-certificate-chain"


def utc_now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


@dataclass
class KeyFile:
    workspace_id: str
    created_at: str
    page_size: int
    slots: dict[str, keys.Slot] = field(default_factory=dict)

    def to_bytes(self) -> bytes:
        body = {"format": FORMAT, "workspace_id": self.workspace_id, "created_at": self.created_at,
                "store": {"file": STORE_FILE, "cipher": "sqlcipher4", "cipher_page_size": self.page_size},
                "slots": [s.to_json() for s in self.slots.values()]}
        return (json.dumps(body, indent=2) + "\n").encode("utf-8")

    @staticmethod
    def load(directory: Path) -> KeyFile:
        path = directory / KEY_FILE
        if not directory.is_dir():
            raise NotAWorkspace("{folder} does not exist or is not a folder.", folder=directory)
        if not path.is_file():
            raise NotAWorkspace("{folder} is not a Fieldcase workspace (it has no {key_file}). "
                                "Create one with: fieldcase --workspace {folder} init",
                                folder=directory, key_file=KEY_FILE)
        try:
            data: Any = json.loads(path.read_bytes())
        except (OSError, ValueError):
            raise CorruptWorkspace("{file} is damaged (not readable JSON); it was left untouched.", file=path) from None
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise NotAWorkspace("{file} is not a Fieldcase workspace key file (unknown format).", file=path)
        try:
            slots = {s.kind: s for s in (keys.Slot.from_json(item) for item in data["slots"])}
            page_size = int(data["store"]["cipher_page_size"])
            uuid.UUID(data["workspace_id"])
            return KeyFile(data["workspace_id"], str(data["created_at"]), page_size, slots)
        except (KeyError, TypeError, ValueError):
            raise CorruptWorkspace("{file} is damaged (fields missing); it was left untouched.", file=path) from None

    def save(self, directory: Path) -> None:
        atomic_write_bytes(directory / KEY_FILE, self.to_bytes())


class Workspace:
    """An unlocked workspace. Use `create`, `unlock` or `unlock_with_recovery_key`; call `lock()`."""

    def __init__(self, path: Path, keyfile: KeyFile, data_key: bytearray) -> None:
        self.path = path
        self.keyfile = keyfile
        self._key: bytearray | None = data_key
        self._db: Database | None = None
        self._officer: str | None = None

    # -- opening ----------------------------------------------------------------------------------
    @classmethod
    def create(cls, path: Path, passphrase: str, officer: str, *,
               kdf_params: dict[str, int] | None = None) -> tuple[Workspace, str]:
        """Make a new workspace; returns it unlocked with its recovery key (to show once)."""
        if (path / KEY_FILE).exists():
            raise WorkspaceExists("{file} already holds a Fieldcase workspace; nothing was changed.", file=path)
        if path.exists() and any(path.iterdir()):
            raise WorkspaceExists("{file} is not empty; choose a new or empty folder for the workspace.", file=path)
        if len(passphrase) < 8:
            raise FieldcaseError("The passphrase is too short: use at least 8 characters "
                                 "(a few unrelated words are best).")
        try:
            path.mkdir(mode=0o700, parents=True, exist_ok=True)
            (path / ATTACHMENTS_DIR).mkdir(mode=0o700, exist_ok=True)
        except OSError as exc:
            raise disk_error(exc, str(path)) from None
        workspace_id = str(uuid.uuid4())
        data_key = keys.new_data_key()
        recovery_key = keys.new_recovery_key()
        keyfile = KeyFile(workspace_id, utc_now(), DEFAULT_CIPHER_PAGE_SIZE)
        keyfile.slots["passphrase"] = keys.wrap_with_passphrase(data_key, passphrase, workspace_id, kdf_params)
        keyfile.slots["recovery"] = keys.wrap_with_recovery_key(data_key, recovery_key, workspace_id)
        ws = cls(path, keyfile, data_key)
        from .crypto.attachments import new_identity
        from .crypto.identity import generate_identity

        now = keyfile.created_at
        officer_id = generate_identity(officer, workspace_id)
        try:
            ws._open_store()
        except BaseException:
            ws.lock()
            raise
        with ws.db.writing() as conn:
            keyvalue.set_meta(conn, {"workspace_id": workspace_id, "officer": officer, "created_at": now})
            keyvalue.put_secrets(conn, {SECRET_ATTACHMENT_IDENTITY: new_identity().encode(),
                                        SECRET_PENDING_RECOVERY: recovery_key.encode()})
            _store_signing_identity(conn, officer_id)
            audit.append(conn, [audit.AuditEvent("workspace.create", "workspace", workspace_id),
                                _identity_event("identity.create", officer_id)], actor=officer, at=now)
        # The key file is written last: a workspace exists only once its store is complete.
        keyfile.save(path)
        return ws, recovery_key

    @classmethod
    def unlock(cls, path: Path, passphrase: str) -> Workspace:
        keyfile = KeyFile.load(path)
        slot = keyfile.slots.get("passphrase")
        if slot is None:
            raise CorruptWorkspace("{file} has no passphrase slot; it was left untouched.", file=path / KEY_FILE)
        return cls._opened(path, keyfile, keys.unwrap_with_passphrase(slot, passphrase, keyfile.workspace_id))

    @classmethod
    def unlock_with_recovery_key(cls, path: Path, recovery_key: str) -> Workspace:
        keyfile = KeyFile.load(path)
        slot = keyfile.slots.get("recovery")
        if slot is None:
            raise CorruptWorkspace("{file} has no recovery slot.", file=path / KEY_FILE)
        return cls._opened(path, keyfile, keys.unwrap_with_recovery_key(slot, recovery_key, keyfile.workspace_id))

    @classmethod
    def _opened(cls, path: Path, keyfile: KeyFile, data_key: bytearray) -> Workspace:
        if not (path / STORE_FILE).is_file():
            keys.wipe(data_key)
            raise CorruptWorkspace("{file} has a key file but no {store_file}; nothing was changed.",
                                   file=path, store_file=STORE_FILE)
        ws = cls(path, keyfile, data_key)
        try:
            ws._open_store()
            stored_id = ws.meta("workspace_id")
        except BaseException:
            ws.lock()
            raise
        if stored_id != keyfile.workspace_id:
            ws.lock()
            raise CorruptWorkspace("{store_file} belongs to a different workspace than {key_file}; "
                                   "both were left untouched.", store_file=STORE_FILE, key_file=KEY_FILE)
        return ws

    # -- state ------------------------------------------------------------------------------------
    @property
    def is_locked(self) -> bool:
        return self._key is None

    def _open_store(self) -> None:
        """Open the store with the data key and run its migrations: the one step at unlock that changes
        the schema (and, for an older release's data, the records; see store/migrations)."""
        if self._key is None:
            raise FieldcaseError("The workspace is locked.")
        db = Database.open(self.path / STORE_FILE, self._key, self.keyfile.page_size)
        try:
            db.upgrade()
        except BaseException:
            db.close()
            raise
        self._db = db

    @property
    def db(self) -> Database:
        """Where services take their units of work (`db.reading()`, `db.writing()`)."""
        if self._key is None or self._db is None:
            raise FieldcaseError("The workspace is locked.")
        return self._db

    @property
    def engine(self) -> Any:
        """The SQLAlchemy engine, for tests and independent verification tools only."""
        return self.db.engine

    def raw_key_hex(self) -> str:
        """For independent verification tools only (tests, auditors)."""
        if self._key is None:
            raise FieldcaseError("The workspace is locked.")
        return bytes(self._key).hex()

    def meta(self, key: str) -> str | None:
        with self.db.reading() as conn:
            return keyvalue.meta(conn, key)

    @property
    def officer(self) -> str:
        if self._officer is None:
            self._officer = self.meta("officer") or "officer"
        return self._officer

    def secret(self, name: str) -> bytes | None:
        with self.db.reading() as conn:
            return keyvalue.secret(conn, name)

    def attachments_dir(self) -> Path:
        return self.path / ATTACHMENTS_DIR

    def lock(self) -> None:
        """Close every connection and wipe the data key. Safe to call twice."""
        if self._db is not None:
            self._db.close()
            self._db = None
        keys.wipe(self._key)
        self._key = None

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.lock()

    # -- key management ---------------------------------------------------------------------------
    def change_passphrase(self, new_passphrase: str, *, kdf_params: dict[str, int] | None = None) -> None:
        """Re-wrap the data key under a new passphrase; the store is not re-encrypted."""
        if self._key is None:
            raise FieldcaseError("The workspace is locked.")
        if len(new_passphrase) < 8:
            raise FieldcaseError("The new passphrase is too short: use at least 8 characters.")
        self.keyfile.slots["passphrase"] = keys.wrap_with_passphrase(
            self._key, new_passphrase, self.keyfile.workspace_id, kdf_params)
        self.keyfile.save(self.path)
        with self.db.writing() as conn:
            audit.append(conn, [audit.AuditEvent("key.change-passphrase", "workspace", self.keyfile.workspace_id)],
                         actor=self.officer, at=utc_now())

    def take_pending_recovery_key(self) -> str | None:
        """The recovery key made at init, returned once and then erased from the store."""
        with self.db.writing() as conn:
            value = keyvalue.secret(conn, SECRET_PENDING_RECOVERY)
            if value is None:
                return None
            keyvalue.delete_secrets(conn, [SECRET_PENDING_RECOVERY])
            audit.append(conn, [audit.AuditEvent("key.recovery-shown", "workspace", self.keyfile.workspace_id)],
                         actor=self.officer, at=utc_now())
        return value.decode()

    def replace_recovery_key(self) -> str:
        """A new recovery key; the old one stops working."""
        if self._key is None:
            raise FieldcaseError("The workspace is locked.")
        recovery_key = keys.new_recovery_key()
        self.keyfile.slots["recovery"] = keys.wrap_with_recovery_key(self._key, recovery_key,
                                                                      self.keyfile.workspace_id)
        self.keyfile.save(self.path)
        with self.db.writing() as conn:
            keyvalue.delete_secrets(conn, [SECRET_PENDING_RECOVERY])
            audit.append(conn, [audit.AuditEvent("key.recovery-replaced", "workspace",
                                                 self.keyfile.workspace_id)], actor=self.officer, at=utc_now())
        return recovery_key

    # -- the officer's signing identity -------------------------------------------------------------
    def signing_identity(self) -> OfficerIdentity:
        """The officer's signing key and certificate; made here for workspaces created before they existed."""
        from .crypto.identity import OfficerIdentity, generate_identity, split_pem_bundle

        with self.db.writing() as conn:
            rows = keyvalue.secrets(conn, (SECRET_SIGNING_KEY, SECRET_SIGNING_CERT, SECRET_SIGNING_CHAIN))
            if SECRET_SIGNING_KEY in rows and SECRET_SIGNING_CERT in rows:
                chain = rows.get(SECRET_SIGNING_CHAIN) or b""
                return OfficerIdentity(rows[SECRET_SIGNING_KEY], rows[SECRET_SIGNING_CERT],
                                       split_pem_bundle(chain) if chain else ())
            made = generate_identity(self.officer, self.keyfile.workspace_id)
            _store_signing_identity(conn, made)
            audit.append(conn, [_identity_event("identity.create", made)], actor=self.officer, at=utc_now())
        return made

    def install_certificate(self, cert_pem: bytes, chain_pem: tuple[bytes, ...] = ()) -> OfficerIdentity:
        """Replace the signing certificate with one HQ issued for the same key (checked first)."""
        from .crypto.identity import with_issued_certificate

        updated = with_issued_certificate(self.signing_identity(), cert_pem, chain_pem)
        with self.db.writing() as conn:
            _store_signing_identity(conn, updated)
            audit.append(conn, [_identity_event("identity.certificate-installed", updated)], actor=self.officer,
                         at=utc_now())
        return updated


def _store_signing_identity(conn: UnitOfWork, identity: OfficerIdentity) -> None:
    keyvalue.put_secrets(conn, {SECRET_SIGNING_KEY: identity.key_der, SECRET_SIGNING_CERT: identity.cert_pem,
                                SECRET_SIGNING_CHAIN: b"".join(identity.chain_pem)})


def _identity_event(action: str, identity: OfficerIdentity) -> audit.AuditEvent:
    return audit.AuditEvent(action, "identity", "officer", None,
                            {"certificate_sha256": identity.fingerprint, "subject": identity.subject,
                             "self_signed": identity.self_signed})


def is_workspace(path: Path) -> bool:
    return (path / KEY_FILE).is_file()


def default_workspace_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "fieldcase" / "workspace"
