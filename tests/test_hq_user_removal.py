"""Removing an HQ user takes their compartment key out of use (services/hq_users.remove_user).

The removed user is modelled as the people a security auditor worries about: they kept a copy of hq-users.json
from before their removal and know their passphrase, so they hold their old level key and their old age
identity. After the removal: that key opens neither the rebuilt compartment nor the one rebuilt after the next
import (checked with SQLite3 Multiple Ciphers, an independent SQLCipher implementation); their identity opens
none of the keys sent to the others; the user of the same level with an identity reads the new records at their
next sign-in, through their own passphrase only; the user whose slot predates identities is told to ask for a
passphrase reset, and after one reads too; the other level's key is untouched. Runs on the SQLCipher HQ store
and on a real PostgreSQL server.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import apsw
import pyrage
import pytest

from conftest import run_cli
from fieldcase.crypto import keys
from fieldcase.domain.records import CaseRecord, Location, PartialDate
from fieldcase.errors import FieldcaseError, WrongPassphrase
from fieldcase.hq import compartments
from fieldcase.hq import users as hq_users
from fieldcase.hq.store import HqStore
from fieldcase.services import hq as hq_services
from fieldcase.services import hq_access
from fieldcase.services import hq_users as user_services
from fieldcase.services.sync import resolve_target
from fieldcase.store import syncstore
from fieldcase.workspace import KeyFile
from hq_roles_setup import add_slot_from_before_identities
from sync_helpers import PASSPHRASE, Officer, make_hq, make_officer

VERA, VIC, LEE, RITA = "vera passphrase one", "vic passphrase two", "lee passphrase three", "rita passphrase four"
BEFORE, AFTER = "Checkpoint closed at Vantrel", "Arrest of the Quillomar organiser"


def _record(title: str, level: str) -> CaseRecord:
    return CaseRecord(kind="incident", title=title, narrative=f"{title}.", confidentiality=level,
                      date=PartialDate("2026-11-02"), severity=3, location=Location("XTV"))


def _sqlite3mc_text(path: Path, key: bytes) -> str:
    """Every value of every table, read with an independent SQLCipher implementation (apsw.Error: wrong key)."""
    conn = apsw.Connection(str(path), flags=apsw.SQLITE_OPEN_READONLY)
    conn.execute("PRAGMA cipher='sqlcipher'")
    conn.execute("PRAGMA legacy=4")
    conn.execute(f"PRAGMA key=\"x'{key.hex()}'\"")
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return "\n".join(str(v) for t in tables for row in conn.execute(f'SELECT * FROM "{t}"') for v in row)


def _slot_keys(hq_dir: Path, users_json: bytes, name: str, passphrase: str) -> hq_users.HeldKeys:
    """What `name`'s slot in that (possibly kept) copy of the users file gives to their passphrase."""
    hq_id = KeyFile.load(hq_dir).workspace_id
    data = json.loads(users_json)
    (slot,) = [hq_users.UserSlot.from_json(s) for s in data["users"] if s["name"] == name]
    return hq_users.open_slot(hq_id, slot, passphrase)


@dataclass
class Setting:
    hq_dir: Path
    officer: Officer
    usb: Path


@pytest.fixture
def setting(tmp_path: Path, hq_backend: str) -> Iterator[Setting]:
    """Records at both lower levels arrived from an officer's package; users: admin (reviewer), vera, vic and
    lee (confidential viewers, lee's slot from before identities) and rita (restricted viewer)."""
    hq = make_hq(tmp_path / "hq")
    officer = make_officer(tmp_path / "officer", hq)
    usb = tmp_path / "usb"
    usb.mkdir()
    try:
        officer.cases.save_many([_record(BEFORE, "confidential"), _record("Road closed", "restricted")])
        officer.sync.push(resolve_target(officer.ws, str(usb)))
        assert hq_services.import_packages(hq, str(usb)).count("accepted") == 1
        user_services.add_user(hq, "vera", "viewer", VERA)
        user_services.add_user(hq, "vic", "viewer", VIC)
        user_services.add_user(hq, "rita", "viewer", RITA, clearance="restricted")
        add_slot_from_before_identities(hq, "lee", LEE)
    finally:
        hq.lock()
    try:
        yield Setting(tmp_path / "hq", officer, usb)
    finally:
        officer.ws.lock()


def test_a_removed_users_kept_key_and_identity_open_nothing_after_and_the_others_read_on(setting: Setting) -> None:
    hq_dir = setting.hq_dir
    kept_users_file = (hq_dir / hq_users.USERS_FILE).read_bytes()  # what vera keeps before she is removed
    confidential, restricted = (compartments.path_of(hq_dir, lv) for lv in ("confidential", "restricted"))
    held = _slot_keys(hq_dir, kept_users_file, "vera", VERA)
    vera_key, vera_identity = bytes(held.levels["confidential"]), held.identity
    assert vera_identity is not None
    assert BEFORE in _sqlite3mc_text(confidential, vera_key)  # it opened her compartment until now
    held = _slot_keys(hq_dir, kept_users_file, "rita", RITA)
    rita_key = bytes(held.levels["restricted"])
    held.wipe()

    with HqStore.open(hq_dir, PASSPHRASE) as admin:
        removal = user_services.remove_user(admin, "vera")
    assert (removal.replaced_levels, removal.sent_to, removal.need_reset) == (("confidential",), ("vic",), ("lee",))

    with pytest.raises(apsw.Error):  # the compartment was rebuilt under a new key at once
        _sqlite3mc_text(confidential, vera_key)
    assert "Road closed" in _sqlite3mc_text(restricted, rita_key)  # the other level's key did not change
    with pytest.raises(WrongPassphrase):
        hq_access.sign_in(hq_dir, "vera", VERA)
    pending = json.loads((hq_dir / hq_users.USERS_FILE).read_bytes())["pending"]
    assert [(p["user"], p["level"], p["sealed"] is None) for p in pending] == [
        ("vic", "confidential", False), ("lee", "confidential", True)]
    with pytest.raises(pyrage.DecryptError):  # her identity does not open the key sent to vic
        pyrage.decrypt(keys.unb64(pending[0]["sealed"]),
                       [pyrage.x25519.Identity.from_str(vera_identity.decode("ascii"))])

    # A record HQ receives after the removal: the next rebuild is under the new key too.
    setting.officer.cases.save_many([_record(AFTER, "confidential")])
    setting.officer.sync.push(resolve_target(setting.officer.ws, str(setting.usb)))
    with HqStore.open(hq_dir, PASSPHRASE) as admin:
        assert hq_services.import_packages(admin, str(setting.usb)).count("accepted") == 1
        current = compartments.level_keys(admin.ws)
    new_key = bytes(current["confidential"])
    assert bytes(current["restricted"]) == rita_key
    for key in current.values():
        keys.wipe(key)
    with pytest.raises(apsw.Error):
        _sqlite3mc_text(confidential, vera_key)
    assert AFTER in _sqlite3mc_text(confidential, new_key)

    # vic reads both records with nothing but his passphrase; his slot now holds the new key.
    with hq_access.sign_in(hq_dir, "vic", VIC) as vic:
        assert {r.title for r in vic.records() if r.confidentiality == "confidential"} == {BEFORE, AFTER}
    held = _slot_keys(hq_dir, (hq_dir / hq_users.USERS_FILE).read_bytes(), "vic", VIC)
    assert bytes(held.levels["confidential"]) == new_key
    held.wipe()
    left = json.loads((hq_dir / hq_users.USERS_FILE).read_bytes())["pending"]
    assert [p["user"] for p in left] == ["lee"]

    # lee's slot cannot take it: told so, in words that name the way out; after a reset lee reads.
    with pytest.raises(FieldcaseError, match="Ask a reviewer to reset your passphrase") as refused:
        hq_access.sign_in(hq_dir, "lee", LEE)
    assert LEE not in str(refused.value)
    with HqStore.open(hq_dir, PASSPHRASE) as admin:
        user_services.reset_passphrase(admin, "lee", "lee passphrase renewed")
    with hq_access.sign_in(hq_dir, "lee", "lee passphrase renewed") as lee:
        assert AFTER in {r.title for r in lee.records()}
    assert "pending" not in json.loads((hq_dir / hq_users.USERS_FILE).read_bytes())
    with hq_access.sign_in(hq_dir, "rita", RITA) as rita:  # never sent anything: signs in as before
        assert {r.title for r in rita.records() if r.readable} == {"Road closed"}

    with HqStore.open(hq_dir, PASSPHRASE) as admin, admin.ws.db.reading() as conn:
        events = [(e.actor, e.action, e.entity_id, json.loads(e.detail or "{}"))
                  for e in syncstore.audit_entries(conn, 0) if e.action in ("hq.level-key-replace", "hq.user-remove")]
    assert events == [
        ("admin", "hq.level-key-replace", "confidential", {"reason": "hq.user-remove", "user": "vera"}),
        ("admin", "hq.user-remove", "vera", {"role": "viewer", "clearance": "confidential",
                                              "level_keys_replaced": ["confidential"], "level_key_sent_to": ["vic"],
                                              "passphrase_reset_needed": ["lee"]})]


@pytest.mark.parametrize("hq_backend", ["sqlcipher"], indirect=True)
def test_a_recipient_changed_in_the_users_file_is_not_sent_the_key(setting: Setting) -> None:
    """Whoever can write hq-users.json puts their own recipient beside vic's slot: the new key goes only to
    the recipient recorded in the HQ store, so to nobody here, and vic is named for a reset."""
    users_path = setting.hq_dir / hq_users.USERS_FILE
    intruder = pyrage.x25519.Identity.generate()
    body = json.loads(users_path.read_bytes())
    for slot in body["users"]:
        if slot["name"] == "vic":
            slot["recipient"] = str(intruder.to_public())
    users_path.write_text(json.dumps(body))
    with HqStore.open(setting.hq_dir, PASSPHRASE) as admin:
        removal = user_services.remove_user(admin, "vera")
    assert removal.sent_to == () and set(removal.need_reset) == {"vic", "lee"}
    pending = json.loads(users_path.read_bytes())["pending"]
    assert all(p["sealed"] is None for p in pending)


@pytest.mark.parametrize("hq_backend", ["sqlcipher"], indirect=True)
def test_the_command_line_says_what_a_removal_did_and_did_not_do(setting: Setting) -> None:
    hq_dir = str(setting.hq_dir)
    with HqStore.open(setting.hq_dir, PASSPHRASE) as admin:
        user_services.add_user(admin, "ana", "analyst", "ana passphrase five")
        before = {lv: bytes(k) for lv, k in compartments.level_keys(admin.ws).items()}
    done = run_cli("hq", "user", "remove", "vera", "--dir", hq_dir)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "Removed vera's key slot.",
        "The key to the confidential records was replaced and that compartment rebuilt under it: the key vera "
        "held opens none of them now.",
        "The new key of their level was sent to: vic (each takes it at their next sign-in).",
        "These users' key slots cannot receive it; reset their passphrases (fieldcase hq user passwd NAME): lee."]
    done = run_cli("hq", "user", "remove", "ana", "--dir", hq_dir)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "Removed ana's key slot.",
        "The keys to the restricted and confidential records were replaced and those compartments rebuilt under "
        "them: the keys ana could read open none of them now.",
        "The new key of their level was sent to: vic, rita (each takes it at their next sign-in).",
        "These users' key slots cannot receive it; reset their passphrases (fieldcase hq user passwd NAME): lee.",
        "ana also held the store key (strictly_confidential clearance), which opens HQ's age identities and CA key. "
        "Removing the slot cannot take back copies they may have kept: to stop new packages reaching them, rotate "
        "HQ's keys (fieldcase hq keys --rotate --dir DIR)."]
    with HqStore.open(setting.hq_dir, PASSPHRASE) as admin:
        after = {lv: bytes(k) for lv, k in compartments.level_keys(admin.ws).items()}
    # vera's removal replaced the confidential key; ana (who could read both from the store) both of them
    assert after["restricted"] != before["restricted"] and after["confidential"] != before["confidential"]
    with hq_access.sign_in(setting.hq_dir, "rita", RITA) as rita:  # rita takes her new key and reads on
        assert {r.title for r in rita.records() if r.readable} == {"Road closed"}
    with pytest.raises(apsw.Error):
        _sqlite3mc_text(compartments.path_of(setting.hq_dir, "restricted"), before["restricted"])


@pytest.mark.parametrize("hq_backend", ["sqlcipher"], indirect=True)
def test_a_user_removed_while_signing_in_is_not_brought_back(setting: Setting,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """vic signs in and takes the key sent to him; while his slot is re-wrapped (an Argon2id run), a reviewer
    removes him. The sign-in must not write his slot back into the users file."""
    with HqStore.open(setting.hq_dir, PASSPHRASE) as admin:
        user_services.remove_user(admin, "vera")  # vic now has a key waiting
    real_make_slot = hq_users.make_slot

    def removed_meanwhile(*args: object, **kwargs: object) -> hq_users.UserSlot:
        with HqStore.open(setting.hq_dir, PASSPHRASE) as admin:
            user_services.remove_user(admin, "vic")
        return real_make_slot(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(hq_users, "make_slot", removed_meanwhile)
    _user, held = hq_users.sign_in(setting.hq_dir, KeyFile.load(setting.hq_dir).workspace_id, "vic", VIC)
    held.wipe()
    monkeypatch.undo()
    users = json.loads((setting.hq_dir / hq_users.USERS_FILE).read_bytes())
    assert "vic" not in [u["name"] for u in users["users"]]
    with pytest.raises(WrongPassphrase):
        hq_access.sign_in(setting.hq_dir, "vic", VIC)
