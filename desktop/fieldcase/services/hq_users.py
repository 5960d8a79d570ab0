"""HQ users (`fieldcase hq user add|list|remove|passwd`): each with a role, a clearance and a key slot
(hq/users.py) holding only the keys the clearance allows. Adding, removing and resetting another user's
passphrase is a reviewer's (they hold the store key, hence every level key); changing one's own passphrase is
anyone's (their slot re-wrapped under the new passphrase, holding the same keys). Each change is audit-logged
in the HQ store when the store key is at hand.

Removing a user removes their slot; like LUKS or KeePassXC, it cannot take back a key they copied while they
held it (for that, make a new HQ key set: not done here).
"""

from __future__ import annotations

from pathlib import Path

from ..crypto import keys
from ..errors import FieldcaseError
from ..hq import compartments
from ..hq import users as hq_users
from ..hq.store import HqStore
from ..hq.users import DEFAULT_CLEARANCE, HqUser
from ..store import audit
from ..workspace import KeyFile, utc_now

__all__ = ["HqUser", "add_user", "change_own_passphrase", "list_users", "remove_user", "reset_passphrase"]


def _users(hq: HqStore) -> hq_users.UsersFile:
    return hq_users.UsersFile.load(hq.ws.path, hq.hq_id)


def _slot_for(hq: HqStore, user: HqUser, passphrase: str) -> hq_users.UserSlot:
    store_key = hq.ws.copy_data_key()
    level_keys = compartments.level_keys(hq.ws)
    try:
        held = hq_users.keys_for(user.clearance, store_key, level_keys)
    finally:
        keys.wipe(store_key)
        for key in level_keys.values():
            keys.wipe(key)
    try:
        return hq_users.make_slot(hq.hq_id, user, passphrase, held, utc_now())
    finally:
        held.wipe()


def _audit(hq: HqStore, action: str, name: str, detail: dict[str, str] | None = None) -> None:
    with hq.ws.db.writing() as conn:
        audit.append(conn, [audit.AuditEvent(action, "hq-user", name, None, detail)], actor=hq.user.name, at=utc_now())


def add_user(hq: HqStore, name: str, role: str, passphrase: str, clearance: str | None = None) -> HqUser:
    hq.require("manage")
    user = HqUser(name.strip(), role, clearance or DEFAULT_CLEARANCE.get(role, "restricted"))
    hq_users.check_user(user)
    users = _users(hq)
    if any(u.name == user.name for u in users.users()):
        raise FieldcaseError("There is already an HQ user named {user}; nothing was changed.", user=user.name)
    users.replace(_slot_for(hq, user, passphrase))
    users.save(hq.ws.path)
    _audit(hq, "hq.user-add", user.name, {"role": user.role, "clearance": user.clearance})
    return user


def list_users(hq: HqStore) -> list[HqUser]:
    hq.require("read")
    return sorted(_users(hq).users(), key=lambda u: u.name)


def remove_user(hq: HqStore, name: str) -> None:
    hq.require("manage")
    users = _users(hq)
    target = users.find(name).user
    if target.name == hq.user.name:
        raise FieldcaseError("You cannot remove yourself; another reviewer can. Nothing was changed.")
    users.slots = [s for s in users.slots if s.user.name != target.name]
    users.save(hq.ws.path)
    _audit(hq, "hq.user-remove", target.name, {"role": target.role, "clearance": target.clearance})


def reset_passphrase(hq: HqStore, name: str, new_passphrase: str) -> None:
    """A reviewer gives another user (who forgot theirs) a new passphrase."""
    hq.require("manage")
    users = _users(hq)
    users.replace(_slot_for(hq, users.find(name).user, new_passphrase))
    users.save(hq.ws.path)
    _audit(hq, "hq.user-passwd", name)


def change_own_passphrase(path: Path, name: str | None, passphrase: str, new_passphrase: str) -> HqUser:
    """Any user: the same keys, re-wrapped under the new passphrase (a fresh salt)."""
    hq_id = KeyFile.load(path).workspace_id
    user, held = hq_users.sign_in(path, hq_id, name, passphrase)
    try:
        slot = hq_users.make_slot(hq_id, user, new_passphrase, held, utc_now())
    finally:
        held.wipe()
    users = hq_users.UsersFile.load(path, hq_id)
    users.replace(slot)
    users.save(path)
    if user.clearance == hq_users.TOP:  # only the store key can write the audit log
        with HqStore.open(path, new_passphrase, user.name) as hq:
            _audit(hq, "hq.user-passwd", user.name)
    return user
