"""The HQ directory: an encrypted Workspace (meta role=hq) holding the keyset, the CA and the merged store.

    HQDIR/workspace.json, store.db, attachments/   as for any workspace; its passphrase slots are filler once
                                                   the HQ has users (the recovery slot stays)
    HQDIR/hq-users.json                            one key slot per HQ user (hq/users.py)
    HQDIR/compartments/                            the records below the top level, per level (hq/compartments.py)
    HQDIR/outbox/                                  replies to officers (age ciphertext)
    HQDIR/staging/                                 packages downloaded from WebDAV (age ciphertext)

The age identities and the CA key live only in the store's encrypted `secret` table. HQ signs
replies with the HQ workspace's own signing identity, whose certificate the CA issues at `init`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..crypto.ca import CertificateAuthority
from ..crypto.identity import OfficerIdentity, build_csr
from ..errors import FieldcaseError
from ..store import audit, keyvalue
from ..workspace import Workspace, utc_now
from . import keyset as ks
from . import users as hq_users
from .users import HqUser

SECRET_KEYSET = "hq-keyset"
SECRET_CA_KEY = "hq-ca-key"
META_ROLE = "role"
META_CA_CERT = "hq.ca-cert"
META_ROOT_BUNDLE = "hq.root-bundle"  # the key bundle signed by the offline root (hq/fleet.py), once there is one


class HqStore:
    """The HQ store opened with the store key: only a user with the top clearance gets one."""

    def __init__(self, ws: Workspace, user: HqUser) -> None:
        if ws.meta(META_ROLE) != "hq":
            ws.lock()
            raise FieldcaseError("{folder} is an officer's workspace, not an HQ directory "
                                 "(make one with: fieldcase hq init --dir DIR).", folder=ws.path)
        self.ws = ws
        self.user = user
        ws.audited_reader = (user.name, user.role)  # services/records.py audits strictly confidential reads

    def require(self, action: str) -> None:
        """Refuse an action the signed-in user's role does not allow (hq/users.py PERMISSIONS)."""
        hq_users.require(self.user, action)

    @property
    def hq_id(self) -> str:
        return self.ws.keyfile.workspace_id

    @property
    def name(self) -> str:
        return self.ws.officer

    # -- opening --------------------------------------------------------------------------------
    @classmethod
    def create(cls, path: Path, passphrase: str, name: str = "HQ", database: str | None = None,
               user: str = hq_users.FIRST_USER) -> HqStore:
        """`database`: a PostgreSQL URL (an empty database) instead of the SQLCipher file in `path`.
        The passphrase becomes the slot of `user`, the first reviewer."""
        hq_users.check_user(HqUser(user, "reviewer", hq_users.TOP))
        ws, _recovery = Workspace.create(path, passphrase, name, database=database)
        now = utc_now()
        ca = CertificateAuthority.create(f"{name} Fieldcase CA")
        keyset = ks.new_keyset(now)
        with ws.db.writing() as conn:
            keyvalue.set_meta(conn, {META_ROLE: "hq", META_CA_CERT: ca.cert_pem.decode("ascii")})
            keyvalue.put_secrets(conn, {SECRET_KEYSET: keyset.to_bytes(), SECRET_CA_KEY: ca.key_der})
            audit.append(conn, [audit.AuditEvent("hq.init", "hq", ws.keyfile.workspace_id, None,
                                                 {"keyset_version": keyset.version})], actor=name, at=now)
        identity = ws.signing_identity()
        ws.install_certificate(ca.issue(build_csr(identity)), (ca.cert_pem,))
        return cls._as_first_reviewer(ws, user, passphrase)

    @classmethod
    def _as_first_reviewer(cls, ws: Workspace, user: str, passphrase: str) -> HqStore:
        """A one-passphrase HQ store, its passphrase made the first reviewer's slot (locked again if that fails)."""
        hq = cls(ws, HqUser(user, "reviewer", hq_users.TOP))
        try:
            hq.convert_to_users(passphrase)
        except BaseException:
            hq.lock()
            raise
        return hq

    @classmethod
    def open(cls, path: Path, passphrase: str, user: str | None = None) -> HqStore:
        """Open as `user` (default: the first reviewer). A one-passphrase HQ (no users file yet) opens with its
        passphrase, which becomes the first reviewer's slot (named `user`, or FIRST_USER)."""
        if not hq_users.UsersFile.exists(path):
            return cls._as_first_reviewer(Workspace.unlock(path, passphrase), user or hq_users.FIRST_USER, passphrase)
        from ..workspace import KeyFile

        found, held = hq_users.sign_in(path, KeyFile.load(path).workspace_id, user, passphrase)
        if held.store is None:
            held.wipe()
            raise FieldcaseError("{user} has the {clearance} clearance, and this needs the whole HQ store, which "
                                 "only the strictly_confidential clearance opens. Nothing was opened.",
                                 user=found.name, clearance=found.clearance)
        store_key, held.store = held.store, None
        held.wipe()
        return cls(Workspace.unlock_with_data_key(path, store_key), found)

    def convert_to_users(self, passphrase: str) -> None:
        """The one-passphrase HQ becomes an HQ with users: the level keys are made, the passphrase becomes
        this (reviewer) user's slot, the key file's passphrase slots become filler (so the shared passphrase
        opens nothing by itself any more; the recovery slot stays), and the compartments are built."""
        from ..crypto import keys
        from . import compartments, recipients

        compartments.level_keys(self.ws)  # made and kept in the store before any slot can need them
        store_key = self.ws.copy_data_key()
        try:
            held = hq_users.keys_for(hq_users.TOP, store_key, {})
        finally:
            keys.wipe(store_key)
        try:
            slot = hq_users.make_slot(self.hq_id, self.user, passphrase, held, utc_now())
        finally:
            held.wipe()
        hq_users.UsersFile(self.hq_id, [slot]).save(self.ws.path)
        recipients.record(self.ws, self.user.name, slot.recipient)
        kdf = self.ws.keyfile.passphrase_slots[0].kdf
        self.ws.keyfile.passphrase_slots = [keys.filler_slot(kdf) for _ in range(keys.PASSPHRASE_SLOTS)]
        self.ws.keyfile.save(self.ws.path)
        with self.ws.db.writing() as conn:
            audit.append(conn, [audit.AuditEvent("hq.user-add", "hq-user", self.user.name, None,
                                                 {"role": self.user.role, "clearance": self.user.clearance,
                                                  "from": "one-passphrase HQ"})], actor=self.user.name, at=utc_now())
        compartments.rebuild(self.ws)

    def lock(self) -> None:
        self.ws.lock()

    def __enter__(self) -> HqStore:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.lock()

    # -- keys -----------------------------------------------------------------------------------
    def ca(self) -> CertificateAuthority:
        key = self.ws.secret(SECRET_CA_KEY)
        cert = self.ws.meta(META_CA_CERT)
        if key is None or cert is None:
            raise FieldcaseError("The HQ directory has no certificate authority; it may be damaged.")
        return CertificateAuthority(key, cert.encode("ascii"))

    def keyset(self) -> ks.Keyset:
        data = self.ws.secret(SECRET_KEYSET)
        if data is None:
            raise FieldcaseError("The HQ directory has no keyset; it may be damaged.")
        return ks.Keyset.from_bytes(data)

    def save_keyset(self, keyset: ks.Keyset, action: str) -> None:
        with self.ws.db.writing() as conn:
            keyvalue.put_secrets(conn, {SECRET_KEYSET: keyset.to_bytes()})
            audit.append(conn, [audit.AuditEvent(action, "hq", self.hq_id, None,
                                                 {"keyset_version": keyset.version,
                                                  "recipients": keyset.recipients()})], actor=self.name,
                         at=utc_now())

    def signer(self) -> OfficerIdentity:
        return self.ws.signing_identity()

    def signed_bundle(self) -> dict[str, Any]:
        """The root-signed bundle when HQ has signed one (hq/fleet.py), else the CA-signed one of release 0.1."""
        root_signed = self.ws.meta(META_ROOT_BUNDLE)
        if root_signed:
            return dict(json.loads(root_signed))
        ca = self.ca()
        return ks.sign_bundle(ks.bundle(self.keyset(), self.hq_id, utc_now()), ca.key_der, ca.cert_pem)


def frameworks_in_use() -> list[dict[str, Any]]:
    from ..frameworks.builtin import builtin_registry

    return [{"id": f.id, "release": f.release} for f in builtin_registry().frameworks()]
