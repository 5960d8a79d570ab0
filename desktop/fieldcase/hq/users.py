"""HQ users: one key slot per person (as LUKS or KeePassXC), each wrapping only the keys that person may hold.

    HQDIR/hq-users.json   format tag, the HQ id, and one slot per user: name, role, clearance, Argon2id
                          parameters (crypto/keys.py, the workspace's own KDF and bounds), nonce, wrapped keys

A slot is AES-256-GCM under the key derived from the user's passphrase. Its plaintext is the set of keys the
user's clearance allows: the store key (the HQ store's SQLCipher key, which opens every record) only at the
top clearance; below it, the key of each compartment at or under the clearance (hq/compartments.py). The
associated data binds the HQ id, the user's name, role, clearance and KDF parameters, so an edited role or
clearance, or a slot copied under another name, does not open; and a slot can never yield a key it was not
given. Names, roles and clearances are in clear (they are needed to choose the slot before any key exists).

A slot also holds the user's own age identity (X25519, made with the slot); its recipient is in clear beside
the slot and bound into the associated data. When a user is removed, the key of their compartment is replaced
(services/hq_users.py) and the new key is sent to each remaining user of that level as a `pending` entry of
this file, age-encrypted to the recipient recorded for them in the HQ store (hq/recipients.py): the removed
user's identity does not decrypt it. The user's next sign-in takes it into their slot (re-wrapped under the
passphrase they just gave). A slot made before slots had identities has no recipient: its user is told to ask
a reviewer for a passphrase reset instead.
"""

from __future__ import annotations

import base64
import contextlib
import json
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyrage
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from ..canonical import canonical_bytes
from ..crypto import keys
from ..errors import CorruptWorkspace, FieldcaseError, WrongPassphrase
from ..fsutil import atomic_write_bytes
from ..workspace import utc_now

USERS_FILE = "hq-users.json"
FORMAT = "fieldcase-hq-users/1"
SLOT_FORMAT = "fieldcase-hq-user-slot/1"  # the associated data's tag; a slot with a recipient also binds it

# Record confidentiality, lowest first (domain/records.py; schema/incident.schema.json).
LEVELS = ("restricted", "confidential", "strictly_confidential")
TOP = LEVELS[-1]
COMPARTMENT_LEVELS = LEVELS[:-1]  # each has its own database and key; the top level is the HQ store itself
ROLES = ("viewer", "analyst", "reviewer")
DEFAULT_CLEARANCE = {"viewer": "confidential", "analyst": TOP, "reviewer": TOP}
FIRST_USER = "admin"
# What each role may do (services check it); every role reads within its clearance.
PERMISSIONS: dict[str, tuple[str, ...]] = {
    "read": ROLES,
    "analyse": ("analyst", "reviewer"),  # briefs, analysis, importing packages, links as the same, conflicts
    "manage": ("reviewer",),  # users, officers, keys, targets, documents
}  # the name the one-passphrase HQ's passphrase gets when it becomes a user


def level_rank(level: str) -> int:
    """Unknown levels count as the top one: what cannot be classified is withheld, never shown."""
    return LEVELS.index(level) if level in LEVELS else len(LEVELS) - 1


@dataclass(frozen=True)
class HqUser:
    name: str
    role: str
    clearance: str

    def may_read(self, confidentiality: str) -> bool:
        return level_rank(confidentiality) <= level_rank(self.clearance)


@dataclass
class HeldKeys:
    """What a slot gave: the store key (top clearance only), the compartment keys and the user's own age
    identity (None in a slot from before identities). Wipe with `wipe()`."""

    store: bytearray | None
    levels: dict[str, bytearray] = field(default_factory=dict)
    identity: bytearray | None = None

    def wipe(self) -> None:
        keys.wipe(self.store)
        keys.wipe(self.identity)
        self.store = self.identity = None
        for key in self.levels.values():
            keys.wipe(key)
        self.levels = {}

    def recipient(self) -> str | None:
        """The public half of the identity: where a replaced level key is sent to this user."""
        if self.identity is None:
            return None
        return str(pyrage.x25519.Identity.from_str(self.identity.decode("ascii")).to_public())


@dataclass(frozen=True)
class PendingKey:
    """A replaced level key on its way to one user: `sealed` is the key age-encrypted to their recorded
    recipient, None when they had none (a reviewer must reset their passphrase)."""

    user: str
    level: str
    sealed: str | None
    at: str

    def to_json(self) -> dict[str, Any]:
        return {"user": self.user, "level": self.level, "sealed": self.sealed, "at": self.at}

    @staticmethod
    def from_json(data: Any) -> PendingKey:
        try:
            pending = PendingKey(str(data["user"]), str(data["level"]),
                                 None if data["sealed"] is None else str(data["sealed"]), str(data["at"]))
            if pending.sealed is not None:
                keys.unb64(pending.sealed)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise CorruptWorkspace("The HQ users file is damaged (a key sent to a user is malformed).") from exc
        return pending


def seal_level_key(key: bytearray, recipient: str) -> str:
    """A level key age-encrypted to one user's recipient (base64, for the users file)."""
    return keys.b64(pyrage.encrypt(bytes(key), [pyrage.x25519.Recipient.from_str(recipient)]))


@dataclass(frozen=True)
class UserSlot:
    user: HqUser
    kdf: dict[str, Any]
    nonce: str
    wrapped: str
    created_at: str
    recipient: str | None = None  # the slot's identity's public half; None in a slot from before identities

    def to_json(self) -> dict[str, Any]:
        body = {"name": self.user.name, "role": self.user.role, "clearance": self.user.clearance,
                "kdf": self.kdf, "nonce": self.nonce, "wrapped": self.wrapped, "created_at": self.created_at}
        if self.recipient is not None:
            body["recipient"] = self.recipient
        return body

    @staticmethod
    def from_json(data: Any) -> UserSlot:
        try:
            user = HqUser(str(data["name"]), str(data["role"]), str(data["clearance"]))
            recipient = data.get("recipient")
            slot = UserSlot(user, dict(data["kdf"]), str(data["nonce"]), str(data["wrapped"]),
                            str(data["created_at"]), None if recipient is None else str(recipient))
            keys.unb64(slot.nonce)
            keys.unb64(slot.wrapped)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise CorruptWorkspace("The HQ users file is damaged (a user's key slot is malformed).") from exc
        return slot


def _associated_data(hq_id: str, user: HqUser, kdf: dict[str, Any], recipient: str | None) -> bytes:
    bound: dict[str, Any] = {"format": SLOT_FORMAT, "hq": hq_id, "name": user.name, "role": user.role,
                             "clearance": user.clearance, "kdf": kdf}
    if recipient is not None:  # a slot from before identities binds what it bound then
        bound["recipient"] = recipient
    return canonical_bytes(bound)


def require(user: HqUser, action: str) -> None:
    if user.role not in PERMISSIONS.get(action, ()):
        raise FieldcaseError("{user} is a {role} at HQ, and this needs the role: {roles}. Nothing was changed.",
                             user=user.name, role=user.role, roles=", ".join(PERMISSIONS.get(action, ())))


def sign_in(directory: Path, hq_id: str, name: str | None, passphrase: str) -> tuple[HqUser, HeldKeys]:
    """The user (by name, else the first reviewer) and the keys their slot holds, with any level key sent to
    them since (taken into their slot); the caller wipes them."""
    users = UsersFile.load(directory, hq_id)
    slot = users.find(name or users.default_user())
    held = open_slot(hq_id, slot, passphrase)
    waiting = [p for p in users.pending if p.user == slot.user.name]
    if waiting:
        try:
            _take_pending(slot.user, held, waiting)
            fresh = make_slot(hq_id, slot.user, passphrase, held, utc_now())
        except BaseException:
            held.wipe()
            raise
        users = UsersFile.load(directory, hq_id)  # as it is now: another change may have been saved meanwhile
        if slot in users.slots:  # not removed nor reset meanwhile (else writing would bring the old slot back)
            users.replace(fresh)
            users.pending = [p for p in users.pending if p not in waiting]
            with contextlib.suppress(OSError):  # a read-only HQ folder: the entries stay, taken again next time
                users.save(directory)
    return slot.user, held


def _take_pending(user: HqUser, held: HeldKeys, waiting: list[PendingKey]) -> None:
    """Put the level keys sent to `user` in place of the ones their slot held (in the file's order: the
    last sent wins)."""
    for pending in waiting:
        if pending.level != user.clearance:
            raise CorruptWorkspace("The HQ users file is damaged (a key sent to a user is malformed).")
        if pending.sealed is None or held.identity is None:
            raise FieldcaseError("Your key to the {level} records was replaced when another HQ user was removed, "
                                 "and your key slot is too old to receive the new one. Ask a reviewer to reset "
                                 "your passphrase (Users in the HQ window, or fieldcase hq user passwd {user}). "
                                 "Nothing was opened.",
                                 level=pending.level, user=user.name)
        try:
            identity = pyrage.x25519.Identity.from_str(held.identity.decode("ascii"))
            key = bytearray(pyrage.decrypt(keys.unb64(pending.sealed), [identity]))
        except (pyrage.DecryptError, ValueError) as exc:
            raise CorruptWorkspace("The HQ users file is damaged (a key sent to a user does not open).") from exc
        keys.wipe(held.levels.get(pending.level))
        held.levels[pending.level] = key


def first_reviewer_key(directory: Path, hq_id: str, passphrase: str) -> tuple[HqUser, bytearray]:
    """The store key through the first reviewer's slot: what the one passphrase of an HQ directory opened
    before it had users, so `Workspace.unlock(HQDIR, passphrase)` keeps opening it (as that reviewer)."""
    user, held = sign_in(directory, hq_id, None, passphrase)
    store_key, held.store = held.store, None
    held.wipe()
    if store_key is None:  # a reviewer always has the top clearance (check_user); a damaged file otherwise
        raise CorruptWorkspace("The HQ users file is damaged (a user's key slot is malformed).")
    return user, store_key


def check_user(user: HqUser) -> None:
    if not user.name.strip() or len(user.name) > 64 or any(ord(c) < 32 for c in user.name):
        raise FieldcaseError("The {field} must be 1 to 64 printable characters.", field="User name")
    if user.role not in ROLES:
        raise FieldcaseError("The {field} must be one of: {choices}.", field="Role", choices=", ".join(ROLES))
    if user.clearance not in LEVELS:
        raise FieldcaseError("The {field} must be one of: {choices}.", field="Clearance", choices=", ".join(LEVELS))
    if user.role == "reviewer" and user.clearance != TOP:
        # a reviewer adds users, so must hold every key a new user could be given
        raise FieldcaseError("A reviewer needs the strictly_confidential clearance (they hand out every key).")


def keys_for(clearance: str, store_key: bytearray, level_keys: dict[str, bytearray]) -> HeldKeys:
    """The keys a clearance may hold, copied out of the giver's: the store key for the top clearance (the level
    keys are inside the store), else the key of that level's compartment only (which holds every record at
    or below it); and a new age identity of the user's own."""
    identity = bytearray(str(pyrage.x25519.Identity.generate()).encode("ascii"))
    if clearance == TOP:
        return HeldKeys(bytearray(store_key), identity=identity)
    return HeldKeys(None, {clearance: bytearray(level_keys[clearance])}, identity)


def _plain(held: HeldKeys) -> bytes:
    body: dict[str, Any] = {"store": keys.b64(bytes(held.store)) if held.store is not None else None,
                            "levels": {lv: keys.b64(bytes(k)) for lv, k in sorted(held.levels.items())}}
    if held.identity is not None:
        body["identity"] = held.identity.decode("ascii")
    return json.dumps(body, sort_keys=True).encode("ascii")


def make_slot(hq_id: str, user: HqUser, passphrase: str, held: HeldKeys, now: str) -> UserSlot:
    check_user(user)
    if len(passphrase) < 8:
        raise FieldcaseError("The passphrase is too short: use at least 8 characters "
                             "(a few unrelated words are best).")
    kdf = keys.new_kdf()
    nonce = secrets.token_bytes(12)
    recipient = held.recipient()
    plain = bytearray(_plain(held))
    try:
        wrapped = AESGCM(keys.passphrase_kek(passphrase, kdf)).encrypt(
            nonce, bytes(plain), _associated_data(hq_id, user, kdf, recipient))
    finally:
        keys.wipe(plain)
    return UserSlot(user, kdf, keys.b64(nonce), keys.b64(wrapped), now, recipient)


def open_slot(hq_id: str, slot: UserSlot, passphrase: str) -> HeldKeys:
    kek = keys.passphrase_kek(passphrase, slot.kdf)  # refuses parameters outside the floor and ceiling
    try:
        plain = bytearray(AESGCM(kek).decrypt(keys.unb64(slot.nonce), keys.unb64(slot.wrapped),
                                              _associated_data(hq_id, slot.user, slot.kdf, slot.recipient)))
    except (InvalidTag, ValueError):
        raise WrongPassphrase("Wrong user name or passphrase: the HQ directory was not opened.") from None
    try:
        body = json.loads(bytes(plain))
        store, identity = body.get("store"), body.get("identity")
        held = HeldKeys(bytearray(base64.b64decode(store)) if store else None,
                        {str(lv): bytearray(base64.b64decode(k)) for lv, k in body["levels"].items()},
                        bytearray(identity.encode("ascii")) if identity else None)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise CorruptWorkspace("The HQ users file is damaged (a user's key slot is malformed).") from exc
    finally:
        keys.wipe(plain)
    try:
        # the store key exactly at the top clearance; the identity the one the slot's recipient names
        sound = (held.store is not None) == (slot.user.clearance == TOP) and held.recipient() == slot.recipient
    except (pyrage.IdentityError, UnicodeDecodeError):
        sound = False
    if not sound:
        held.wipe()
        raise CorruptWorkspace("The HQ users file is damaged (a user's key slot is malformed).")
    return held


@dataclass
class UsersFile:
    hq_id: str
    slots: list[UserSlot]
    pending: list[PendingKey] = field(default_factory=list)

    def find(self, name: str) -> UserSlot:
        for slot in self.slots:
            if slot.user.name == name:
                return slot
        # the same words as a wrong passphrase: the file's names are in clear, but say no more than needed
        raise WrongPassphrase("Wrong user name or passphrase: the HQ directory was not opened.")

    def default_user(self) -> str:
        """The user a command without --user opens as: the first reviewer (the migrated one-passphrase HQ)."""
        for slot in self.slots:
            if slot.user.role == "reviewer":
                return slot.user.name
        raise FieldcaseError("Give the user name (--user NAME): this HQ directory has several users.")

    def users(self) -> list[HqUser]:
        return [s.user for s in self.slots]

    def replace(self, slot: UserSlot) -> None:
        """Add, or put in place of the same user's slot (the order stays: the first reviewer stays first)."""
        names = [s.user.name for s in self.slots]
        if slot.user.name in names:
            self.slots[names.index(slot.user.name)] = slot
        else:
            self.slots.append(slot)

    def to_bytes(self) -> bytes:
        body: dict[str, Any] = {"format": FORMAT, "hq_id": self.hq_id, "users": [s.to_json() for s in self.slots]}
        if self.pending:
            body["pending"] = [p.to_json() for p in self.pending]
        return (json.dumps(body, indent=2, ensure_ascii=False) + "\n").encode("utf-8")

    def save(self, directory: Path) -> None:
        atomic_write_bytes(directory / USERS_FILE, self.to_bytes())

    @staticmethod
    def exists(directory: Path) -> bool:
        return (directory / USERS_FILE).is_file()

    @staticmethod
    def load(directory: Path, hq_id: str) -> UsersFile:
        try:
            data: Any = json.loads((directory / USERS_FILE).read_bytes())
        except (OSError, ValueError):
            raise CorruptWorkspace("{file} is damaged (not readable JSON); it was left untouched.",
                                   file=directory / USERS_FILE) from None
        if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("hq_id") != hq_id:
            raise CorruptWorkspace("{file} does not belong to this HQ directory; it was left untouched.",
                                   file=directory / USERS_FILE)
        try:
            slots = [UserSlot.from_json(item) for item in data["users"]]
            pending = [PendingKey.from_json(item) for item in data.get("pending", [])]
        except (KeyError, TypeError) as exc:
            raise CorruptWorkspace("The HQ users file is damaged (a user's key slot is malformed).") from exc
        return UsersFile(hq_id, slots, pending)
