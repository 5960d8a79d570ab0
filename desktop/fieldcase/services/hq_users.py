"""HQ users (`fieldcase hq user add|list|remove|passwd`): each with a role, a clearance and a key slot
(hq/users.py) holding only the keys the clearance allows. Adding, removing and resetting another user's
passphrase is a reviewer's (they hold the store key, hence every level key); changing one's own passphrase is
anyone's (their slot re-wrapped under the new passphrase, holding the same keys). Each change is audit-logged
in the HQ store when the store key is at hand.

Removing a user removes their slot and replaces the key of each compartment they could open (their own below
the top clearance; every one at the top, where the store holds them all): each compartment is rebuilt under
its new key at once, and the new key is sent (age-encrypted, hq/users.py) to each remaining user of that level,
whose next sign-in takes it. So a key the removed user copied opens no compartment HQ rebuilds after. A
remaining user whose slot predates identities cannot be sent it; they are named, and a reviewer resets their
passphrase. A user of the top clearance also held the store key and what the store keeps (HQ's age identities,
its CA key): like LUKS or KeePassXC, removing the slot cannot take those back (that would need a new store key
and a new HQ identity: not done here), and the result says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..crypto import keys
from ..errors import FieldcaseError
from ..hq import compartments, recipients
from ..hq import users as hq_users
from ..hq.store import HqStore
from ..hq.users import COMPARTMENT_LEVELS, DEFAULT_CLEARANCE, LEVELS, PERMISSIONS, ROLES, TOP, HqUser
from ..store import audit
from ..workspace import KeyFile, utc_now

__all__ = ["DEFAULT_CLEARANCE", "LEVELS", "ROLES", "TOP", "HqUser", "Removal", "add_user", "change_own_passphrase",
           "list_users", "may_list", "may_manage", "remove_user", "reset_passphrase"]


@dataclass(frozen=True)
class Removal:
    """What removing a user did beyond removing their slot."""

    user: HqUser
    replaced_levels: tuple[str, ...]  # the compartments whose keys were replaced
    sent_to: tuple[str, ...]  # the users of those levels a new key was sent to
    need_reset: tuple[str, ...]  # the users of those levels whose slots cannot receive it: reset their passphrase

    @property
    def held_store_key(self) -> bool:
        return self.user.clearance == TOP


def may_manage(user: HqUser) -> bool:
    """Whether the user may add, remove and reset others (the services refuse anyone else anyway)."""
    return user.role in PERMISSIONS["manage"]


def may_list(user: HqUser) -> bool:
    """Whether `list_users` can serve this user: it needs the HQ store, which only the top clearance opens."""
    return user.clearance == TOP


def _users(hq: HqStore) -> hq_users.UsersFile:
    return hq_users.UsersFile.load(hq.ws.path, hq.hq_id)


def _slot_for(hq: HqStore, user: HqUser, passphrase: str) -> hq_users.UserSlot:
    """A new slot for `user` (with a new identity, whose recipient the caller records once the slot is saved)."""
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


def _audit(hq: HqStore, action: str, name: str, detail: dict[str, object] | None = None) -> None:
    with hq.ws.db.writing() as conn:
        audit.append(conn, [audit.AuditEvent(action, "hq-user", name, None, detail)], actor=hq.user.name, at=utc_now())


def add_user(hq: HqStore, name: str, role: str, passphrase: str, clearance: str | None = None) -> HqUser:
    hq.require("manage")
    user = HqUser(name.strip(), role, clearance or DEFAULT_CLEARANCE.get(role, "restricted"))
    hq_users.check_user(user)
    users = _users(hq)
    if any(u.name == user.name for u in users.users()):
        raise FieldcaseError("There is already an HQ user named {user}; nothing was changed.", user=user.name)
    slot = _slot_for(hq, user, passphrase)
    users.replace(slot)
    users.save(hq.ws.path)
    recipients.record(hq.ws, user.name, slot.recipient)
    _audit(hq, "hq.user-add", user.name, {"role": user.role, "clearance": user.clearance})
    return user


def list_users(hq: HqStore) -> list[HqUser]:
    hq.require("read")
    return sorted(_users(hq).users(), key=lambda u: u.name)


def remove_user(hq: HqStore, name: str) -> Removal:
    """Order: the compartments are rebuilt under their new keys first, then the users file saved. Interrupted
    in between, the removed user's slot still exists but its keys open nothing, and running the removal again
    replaces the keys once more and sends them."""
    hq.require("manage")
    target = _users(hq).find(name).user
    if target.name == hq.user.name:
        raise FieldcaseError("You cannot remove yourself; another reviewer can. Nothing was changed.")
    # below the top clearance their slot held their level's key; at the top they could read every level key
    levels = COMPARTMENT_LEVELS if target.clearance == hq_users.TOP else (target.clearance,)
    new_keys = compartments.replace_level_keys(hq.ws, levels, hq.user.name,
                                               {"reason": "hq.user-remove", "user": target.name})
    sent: list[str] = []
    unsent: list[str] = []
    try:
        users = _users(hq)
        users.slots = [s for s in users.slots if s.user.name != target.name]
        users.pending = [p for p in users.pending if p.user != target.name]
        known, now = recipients.recorded(hq.ws), utc_now()
        for slot in users.slots:
            new_key = new_keys.get(slot.user.clearance)
            if new_key is None:
                continue
            recipient = known.get(slot.user.name)
            if recipient is not None and recipient == slot.recipient:
                sealed: str | None = hq_users.seal_level_key(new_key, recipient)
                sent.append(slot.user.name)
            else:  # no identity, or a recipient in the file that is not the one recorded: not sent there
                sealed = None
                unsent.append(slot.user.name)
            users.pending = [p for p in users.pending if p.user != slot.user.name]  # superseded
            users.pending.append(hq_users.PendingKey(slot.user.name, slot.user.clearance, sealed, now))
    finally:
        for new_key in new_keys.values():
            keys.wipe(new_key)
    users.save(hq.ws.path)
    recipients.record(hq.ws, target.name, None)
    _audit(hq, "hq.user-remove", target.name, {"role": target.role, "clearance": target.clearance,
                                                "level_keys_replaced": list(levels), "level_key_sent_to": sent,
                                                "passphrase_reset_needed": unsent})
    return Removal(target, tuple(levels), tuple(sent), tuple(unsent))


@dataclass(frozen=True)
class KeyRotation:
    keyset_version: int
    root_must_sign: bool  # HQ has an offline root key: officers take the new key once it signs a new bundle


def rotate_keys_after_removal(hq: HqStore) -> KeyRotation:
    """After removing a top-clearance user (who could read HQ's age identities): a new identity in HQ's keyset
    (services/hq.update_keyset; the old ones kept for older packages), so the packages officers encrypt from
    their next pull on are to a key the removed user never held."""
    from ..hq import fleet
    from .hq import update_keyset

    info = update_keyset(hq, rotate=True)
    return KeyRotation(info.version, fleet.root_public(hq) is not None)


def reset_passphrase(hq: HqStore, name: str, new_passphrase: str) -> None:
    """A reviewer gives another user (who forgot theirs) a new passphrase."""
    hq.require("manage")
    users = _users(hq)
    slot = _slot_for(hq, users.find(name).user, new_passphrase)  # holds the level's key as it is now
    users.replace(slot)
    users.pending = [p for p in users.pending if p.user != name]  # sent to the identity the old slot held
    users.save(hq.ws.path)
    recipients.record(hq.ws, name, slot.recipient)
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
