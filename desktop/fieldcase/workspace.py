"""A workspace: one officer's folder, holding

    workspace.json   format tag, workspace id, store format, the key slots (no secrets in the clear) and
                     the seal (crypto/seal.py: the store's state at its last write, to detect rollback)
    store.db         the SQLCipher 4 store (+ -wal/-shm while open), keyed with the data key
    attachments/     evidence files, each encrypted (age format) under an identity kept in the store

Unlocking unwraps the data key; locking disposes every connection and wipes the key buffer.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import paths
from .crypto import keys, seal
from .errors import (
    Cancelled,
    CorruptWorkspace,
    FieldcaseError,
    IntegrityAlarm,
    NotAWorkspace,
    WorkspaceExists,
    WrongPassphrase,
)
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
    # Always keys.PASSPHRASE_SLOTS of them, sharing one kdf: the officer's, filler, perhaps a duress slot.
    passphrase_slots: list[keys.Slot] = field(default_factory=list)
    recovery: keys.Slot | None = None
    seal: dict[str, Any] | None = None
    # An HQ store on PostgreSQL (`hq init --database`): its URL without a password; None for store.db.
    database: str | None = None

    @property
    def slots(self) -> dict[str, keys.Slot]:
        """The recovery slot by kind (0.1's view, for tools and tests); passphrase slots are anonymous."""
        return {"recovery": self.recovery} if self.recovery is not None else {}

    def to_bytes(self) -> bytes:
        store: dict[str, Any] = {"file": STORE_FILE, "cipher": "sqlcipher4", "cipher_page_size": self.page_size}
        if self.database is not None:
            store = {"database": self.database, "sealed_columns": "aes-256-gcm", "cipher_page_size": self.page_size}
        slots = [*self.passphrase_slots, *([self.recovery] if self.recovery is not None else [])]
        body: dict[str, Any] = {
            "format": FORMAT, "workspace_id": self.workspace_id, "created_at": self.created_at,
            "store": store,
            "slots": [s.to_json() for s in slots]}
        if self.seal is not None:
            body["seal"] = self.seal
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
            slots = [keys.Slot.from_json(item) for item in data["slots"]]
            page_size = int(data["store"]["cipher_page_size"])
            database = data["store"].get("database")
            uuid.UUID(data["workspace_id"])
            sealed = data.get("seal")
            keyfile = KeyFile(data["workspace_id"], str(data["created_at"]), page_size,
                              [s for s in slots if s.kind == "passphrase"],
                              next((s for s in slots if s.kind == "recovery"), None),
                              dict(sealed) if isinstance(sealed, dict) else None,
                              None if database is None else str(database))
        except (KeyError, TypeError, ValueError):
            raise CorruptWorkspace("{file} is damaged (fields missing); it was left untouched.", file=path) from None
        if len(keyfile.passphrase_slots) > keys.PASSPHRASE_SLOTS:
            raise CorruptWorkspace("{file} is damaged (too many key slots); it was left untouched.", file=path)
        if keyfile.passphrase_slots:  # a 0.1 key file: filler slots are added now, saved with the next write
            kdf = keyfile.passphrase_slots[0].kdf
            keyfile.passphrase_slots += [keys.filler_slot(kdf)
                                         for _ in range(keys.PASSPHRASE_SLOTS - len(keyfile.passphrase_slots))]
        return keyfile

    def save(self, directory: Path) -> None:
        atomic_write_bytes(directory / KEY_FILE, self.to_bytes())


class Workspace:
    """An unlocked workspace. Use `create`, `unlock` or `unlock_with_recovery_key`; call `lock()`."""

    def __init__(self, path: Path, keyfile: KeyFile, data_key: bytearray) -> None:
        self.path = path
        # The folder the officer opened, as the app shows and remembers it: `path` itself, except for a
        # duress decoy made in a temporary folder (services/duress.py), which must not show that folder.
        self.opened_from = path
        self.keyfile = keyfile
        self._key: bytearray | None = data_key
        self._db: Database | None = None
        self._officer: str | None = None
        self._seal_lock = threading.Lock()
        # What unlock found about the failed-unlock record (crypto/unlock_guard.py); None: nothing to say.
        self.guard_notice: FieldcaseError | None = None
        self.on_lock: list[Callable[[], None]] = []  # run after the key is wiped (the decoy removes itself)
        self.before_lock: list[Callable[[], None]] = []  # run first (a running integrity check stops)
        # Set at HQ (hq/store.py): the user whose reads of strictly confidential records are audit-logged.
        self.audited_reader: tuple[str, str] | None = None  # (user name, role)

    # -- opening ----------------------------------------------------------------------------------
    @classmethod
    def create(cls, path: Path, passphrase: str, officer: str, *,
               kdf_params: dict[str, int] | None = None, database: str | None = None) -> tuple[Workspace, str]:
        """Make a new workspace; returns it unlocked with its recovery key (to show once). `database`: a
        PostgreSQL URL for an HQ store on a server (it must be an empty database)."""
        if (path / KEY_FILE).exists():
            raise WorkspaceExists("{file} already holds a Fieldcase workspace; nothing was changed.", file=path)
        if path.exists() and any(path.iterdir()):
            raise WorkspaceExists("{file} is not empty; choose a new or empty folder for the workspace.", file=path)
        if len(passphrase) < 8:
            raise FieldcaseError("The passphrase is too short: use at least 8 characters "
                                 "(a few unrelated words are best).")
        kdf = keys.new_kdf(kdf_params)
        return cls.create_with_kek(path, keys.passphrase_kek(passphrase, kdf), kdf, officer, database=database)

    @classmethod
    def create_with_kek(cls, path: Path, kek: bytes, kdf: dict[str, Any], officer: str, *,
                        database: str | None = None) -> tuple[Workspace, str]:
        """`create` once the passphrase's key-encryption key is derived (the duress decoy reuses the one
        its unlock derived, so it costs no second Argon2id run)."""
        if path.exists() and any(path.iterdir()):
            raise WorkspaceExists("{file} is not empty; choose a new or empty folder for the workspace.", file=path)
        stored_database = None
        if database is not None:  # checked before anything is created
            from .store.pg import stored_form

            stored_database = stored_form(database)
        new_folder = not path.exists()
        try:
            path.mkdir(mode=0o700, parents=True, exist_ok=True)
            (path / ATTACHMENTS_DIR).mkdir(mode=0o700, exist_ok=True)
        except OSError as exc:
            raise disk_error(exc, str(path)) from None
        workspace_id = str(uuid.uuid4())
        data_key = keys.new_data_key()
        recovery_key = keys.new_recovery_key()
        keyfile = KeyFile(workspace_id, utc_now(), DEFAULT_CIPHER_PAGE_SIZE, database=stored_database)
        keyfile.passphrase_slots = keys.passphrase_slots(kdf, workspace_id, [(kek, data_key, keys.ROLE_REAL)])
        keyfile.recovery = keys.wrap_with_recovery_key(data_key, recovery_key, workspace_id)
        ws = cls(path, keyfile, data_key)
        from .crypto.attachments import new_identity
        from .crypto.identity import generate_identity

        now = keyfile.created_at
        officer_id = generate_identity(officer, workspace_id)
        try:
            ws._open_store(new=True, location=database)
        except BaseException:
            ws.lock()
            if database is not None and new_folder:  # the server refused: leave no half-made HQ folder behind
                import shutil

                shutil.rmtree(path, ignore_errors=True)
            raise
        with ws.db.writing() as conn:
            keyvalue.set_meta(conn, {"workspace_id": workspace_id, "officer": officer, "created_at": now})
            keyvalue.put_secrets(conn, {SECRET_ATTACHMENT_IDENTITY: new_identity().encode(),
                                        SECRET_PENDING_RECOVERY: recovery_key.encode()})
            _store_signing_identity(conn, officer_id)
            audit.append(conn, [audit.AuditEvent("workspace.create", "workspace", workspace_id),
                                _identity_event("identity.create", officer_id)], actor=officer, at=now)
        # The key file is written last: a workspace exists only once its store is complete.
        from .crypto import unlock_guard

        ws._start_sealing(bump=False)
        ws.seal_guard(unlock_guard.reset(path, None))
        return ws, recovery_key

    @classmethod
    def unlock(cls, path: Path, passphrase: str) -> Workspace:
        """Open with the officer's passphrase only (a duress slot is refused here: see services/session). An
        HQ directory with users (hq/users.py) opens through its first reviewer's slot, as that reviewer."""
        keyfile = KeyFile.load(path)
        from .hq.users import UsersFile, first_reviewer_key

        if UsersFile.exists(path):
            user, store_key = first_reviewer_key(path, keyfile.workspace_id, passphrase)
            ws = cls._opened(path, keyfile, store_key)
            ws.audited_reader = (user.name, user.role)
            return ws
        key, role = keys.open_passphrase_slots(keyfile.passphrase_slots, passphrase, keyfile.workspace_id)
        if role != keys.ROLE_REAL:
            keys.wipe(key)
            raise WrongPassphrase()
        return cls._opened(path, keyfile, key)

    @classmethod
    def unlock_with_recovery_key(cls, path: Path, recovery_key: str) -> Workspace:
        keyfile = KeyFile.load(path)
        slot = keyfile.recovery
        if slot is None:
            raise CorruptWorkspace("{file} has no recovery slot.", file=path / KEY_FILE)
        return cls._opened(path, keyfile, keys.unwrap_with_recovery_key(slot, recovery_key, keyfile.workspace_id))

    @classmethod
    def unlock_with_data_key(cls, path: Path, data_key: bytearray) -> Workspace:
        """Open with a data key another slot already unwrapped (an HQ user's, hq/users.py); it is wiped at lock."""
        return cls._opened(path, KeyFile.load(path), data_key)

    @classmethod
    def _opened(cls, path: Path, keyfile: KeyFile, data_key: bytearray) -> Workspace:
        if keyfile.database is None and not (path / STORE_FILE).is_file():
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
        try:
            ws._check_seal()
            ws._start_sealing(bump=True)
        except BaseException:
            ws.lock()
            raise
        return ws

    # -- the seal: rollback detection (crypto/seal.py) ---------------------------------------------
    def _audit_head(self) -> tuple[int, str]:
        with self.db.reading() as conn:
            return audit.last_link(conn)

    def _check_seal(self) -> None:
        """Compare the store with the state sealed in the key file at its last write. A store behind the
        seal (an older copy put back) raises the integrity alarm: it stays readable, writes stop."""
        assert self._key is not None
        if self.keyfile.seal is None:  # written by 0.1 or before its first write: nothing to compare
            return
        if self.keyfile.database is not None:  # a PostgreSQL HQ store: see _start_sealing
            return
        sealed = seal.verified(self._key, self.keyfile.workspace_id, self.keyfile.seal)
        if sealed is None:
            self.raise_alarm(IntegrityAlarm(
                "The key file's seal does not verify: workspace.json was edited or damaged, so a rollback of "
                "the store cannot be ruled out. Writes are stopped."))
            return
        with self.db.reading() as conn:
            head_seq, _ = audit.last_link(conn)
            at_sealed = audit.entry_hash(conn, sealed["audit_seq"]) if sealed["audit_seq"] else audit.GENESIS
        if head_seq < sealed["audit_seq"] or at_sealed != sealed["audit_hash"]:
            self.raise_alarm(IntegrityAlarm(
                "store.db is older than this workspace's key file: it was rolled back or replaced by an "
                "earlier copy, and records written since may be missing. Writes are stopped."))

    def raise_alarm(self, alarm: IntegrityAlarm) -> None:
        """Stop every write from now on (the store stays readable); the first alarm is kept."""
        if self._db is not None and self._db.alarm is None:
            self._db.alarm = alarm

    @property
    def alarm(self) -> IntegrityAlarm | None:
        return self._db.alarm if self._db is not None else None

    def _start_sealing(self, *, bump: bool) -> None:
        # A PostgreSQL HQ store is written by several worker processes at once and lives on a server whose
        # backups are its administrator's: a seal in one HQ folder's key file cannot follow it.
        if self.keyfile.database is not None:
            return
        self.db.after_write = self._reseal
        if self.alarm is None:
            self._reseal(bump=bump)

    def _reseal(self, *, bump: bool = False) -> None:
        """Write the key file with the store's current audit head (after each write, and at unlock)."""
        if self._key is None or self.alarm is not None:
            return
        with self._seal_lock:
            seq, head = self._audit_head()
            current = self.keyfile.seal
            if (not bump and current is not None and current.get("audit_seq") == seq
                    and current.get("audit_hash") == head):
                return
            counter = int(current["counter"]) + 1 if current and type(current.get("counter")) is int else 1
            guard = str(current.get("guard", "")) if current else ""
            self.keyfile.seal = seal.make(self._key, self.keyfile.workspace_id, counter, seq, head, guard)
            self.keyfile.save(self.path)

    def seal_guard(self, anchor: str) -> None:
        """Seal the anchor of the failed-unlock record (crypto/unlock_guard.py) into the key file."""
        if self._key is None or self.alarm is not None:
            return
        with self._seal_lock:
            seq, head = self._audit_head()
            current = self.keyfile.seal
            counter = int(current["counter"]) + 1 if current and type(current.get("counter")) is int else 1
            self.keyfile.seal = seal.make(self._key, self.keyfile.workspace_id, counter, seq, head, anchor)
            self.keyfile.save(self.path)

    def sealed_guard(self) -> str | None:
        """The failed-unlock record's anchor as sealed, or None when there is no (valid) seal."""
        if self._key is None or self.keyfile.seal is None:
            return None
        sealed = seal.verified(self._key, self.keyfile.workspace_id, self.keyfile.seal)
        return str(sealed["guard"]) if sealed else None

    # -- state ------------------------------------------------------------------------------------
    @property
    def is_locked(self) -> bool:
        return self._key is None

    def _open_store(self, *, new: bool = False, location: str | None = None) -> None:
        """Open the store with the data key and run its migrations: the one step at unlock that changes
        the schema (and, for an older release's data, the records; see store/migrations)."""
        if self._key is None:
            raise FieldcaseError("The workspace is locked.")
        if self.keyfile.database is not None:
            db = Database.open_postgres(location or self.keyfile.database, self._key)
            if new and not db.is_empty():
                db.close()
                raise WorkspaceExists("The database already holds tables; an HQ store needs a new, empty "
                                      "database. Nothing was changed.")
        else:
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

    def copy_data_key(self) -> bytearray:
        """A copy of the data key, to wrap into another slot (an HQ user's); the caller wipes it."""
        if self._key is None:
            raise FieldcaseError("The workspace is locked.")
        return bytearray(self._key)

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
        self.stop_background()
        if self._db is not None:
            self._db.close()
            self._db = None
        keys.wipe(self._key)
        self._key = None
        hooks, self.on_lock = self.on_lock, []
        for hook in hooks:
            hook()

    def stop_background(self) -> None:
        """Stop background work on the store (a running integrity check) at once."""
        stops, self.before_lock = self.before_lock, []
        for stop in stops:
            stop()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.lock()

    # -- key management ---------------------------------------------------------------------------
    def change_passphrase(self, new_passphrase: str, *, kdf_params: dict[str, int] | None = None,
                          cancelled: Callable[[], bool] | None = None) -> None:
        """Re-wrap the data key under a new passphrase; the store is not re-encrypted. The new slot's
        Argon2id parameters are at least as strong as the old one's, whatever the profile asks for.
        `cancelled` is checked once the new keys are derived, before the key file is written."""
        if self._key is None:
            raise FieldcaseError("The workspace is locked.")
        if len(new_passphrase) < 8:
            raise FieldcaseError("The new passphrase is too short: use at least 8 characters.")
        if self.alarm is not None:
            raise self.alarm
        from .services import duress  # the duress slot, if any, is re-wrapped under the new salt too

        previous = self.keyfile.passphrase_slots[0].kdf if self.keyfile.passphrase_slots else {}
        kdf = keys.new_kdf(keys.at_least_as_strong(previous, kdf_params))
        wrapped = [(keys.passphrase_kek(new_passphrase, kdf), self._key, keys.ROLE_REAL)]
        wrapped += duress.rewrapped(self, kdf)
        if cancelled is not None and cancelled():  # the last point where nothing has changed
            for _kek, key, role in wrapped:
                if role != keys.ROLE_REAL:
                    keys.wipe(key)
            raise Cancelled()
        self.keyfile.passphrase_slots = keys.passphrase_slots(kdf, self.keyfile.workspace_id, wrapped)
        for _kek, key, role in wrapped:
            if role != keys.ROLE_REAL:
                keys.wipe(key)
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
        self.keyfile.recovery = keys.wrap_with_recovery_key(self._key, recovery_key, self.keyfile.workspace_id)
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
    """The workspace used when none is named, in the platform's data folder (see paths.py)."""
    return paths.default_workspace_dir()
