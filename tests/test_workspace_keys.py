"""Key slots, unlocking, bad inputs: every failure is specific and leaves the files untouched."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from conftest import PASSPHRASE
from fieldcase.crypto import keys
from fieldcase.errors import (
    CorruptWorkspace,
    InsecureDriver,
    NotAWorkspace,
    WorkspaceExists,
    WrongPassphrase,
    WrongRecoveryKey,
)
from fieldcase.store.engine import _apply_pragmas
from fieldcase.workspace import KEY_FILE, STORE_FILE, Workspace


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_unlock_with_passphrase_and_recovery_key_gives_the_same_data_key(workspace_dir: Path) -> None:
    ws, recovery = Workspace.create(workspace_dir, PASSPHRASE, "Officer")
    key = ws.raw_key_hex()
    ws.lock()
    with Workspace.unlock(workspace_dir, PASSPHRASE) as again:
        assert again.raw_key_hex() == key
    # People type recovery keys in lower case, with spaces instead of dashes.
    with Workspace.unlock_with_recovery_key(workspace_dir, recovery.lower().replace("-", " ")) as rec:
        assert rec.raw_key_hex() == key


def test_wrong_passphrase_is_refused(workspace: Workspace, workspace_dir: Path) -> None:
    workspace.lock()
    with pytest.raises(WrongPassphrase, match="Wrong passphrase"):
        Workspace.unlock(workspace_dir, "not the passphrase")


def test_recovery_key_typo_and_foreign_key_are_told_apart(workspace: Workspace, workspace_dir: Path) -> None:
    workspace.lock()
    good = keys.new_recovery_key()  # valid format, but not this workspace's
    with pytest.raises(WrongRecoveryKey, match="does not belong"):
        Workspace.unlock_with_recovery_key(workspace_dir, good)
    typo = good[:-1] + ("A" if good[-1] != "A" else "B")
    with pytest.raises(WrongRecoveryKey, match="typo"):
        Workspace.unlock_with_recovery_key(workspace_dir, typo)
    with pytest.raises(WrongRecoveryKey, match="not a recovery key"):
        Workspace.unlock_with_recovery_key(workspace_dir, "hello")


def test_change_passphrase_rewraps_without_reencrypting(workspace: Workspace, workspace_dir: Path) -> None:
    key = workspace.raw_key_hex()
    workspace.change_passphrase("a brand new passphrase")
    workspace.lock()
    with pytest.raises(WrongPassphrase):
        Workspace.unlock(workspace_dir, PASSPHRASE)
    with Workspace.unlock(workspace_dir, "a brand new passphrase") as ws:
        assert ws.raw_key_hex() == key  # same data key: the store was not re-encrypted


def test_lock_wipes_the_key_buffer_and_closes_the_store(workspace: Workspace) -> None:
    buffer = workspace._key
    assert buffer is not None and any(buffer)
    workspace.lock()
    assert buffer == bytearray(len(buffer))
    assert workspace.is_locked
    with pytest.raises(Exception, match="locked"):
        _ = workspace.engine


def test_kdf_parameters_are_authenticated(workspace: Workspace, workspace_dir: Path) -> None:
    workspace.lock()
    path = workspace_dir / KEY_FILE
    original = json.loads(path.read_text())
    # Strengthened-looking but altered parameters: the slot's checksum tells an edit from a wrong passphrase
    # (issue 14, defect 5; b8269ed said "wrong passphrase" here).
    tampered = json.loads(json.dumps(original))
    tampered["slots"][0]["kdf"]["t"] = 4
    path.write_text(json.dumps(tampered))
    with pytest.raises(CorruptWorkspace, match="altered"):
        Workspace.unlock(workspace_dir, PASSPHRASE)
    # A 0.1 slot has no checksum: there the GCM associated data still refuses the edit.
    passphrase_slots = [slot for slot in tampered["slots"] if slot["kind"] == "passphrase"]
    for slot in tampered["slots"]:
        slot.pop("check")
    for slot in passphrase_slots:
        slot["kdf"]["t"] = 4
    path.write_text(json.dumps(tampered))
    with pytest.raises(WrongPassphrase):
        Workspace.unlock(workspace_dir, PASSPHRASE)
    # Weakened below the floor: refused before any derivation.
    for slot in passphrase_slots:
        slot["kdf"]["m_kib"] = 1024
    path.write_text(json.dumps(tampered))
    with pytest.raises(CorruptWorkspace, match="too weak"):
        Workspace.unlock(workspace_dir, PASSPHRASE)
    path.write_text(json.dumps(original))
    Workspace.unlock(workspace_dir, PASSPHRASE).lock()


def test_a_folder_that_is_not_a_workspace(tmp_path: Path) -> None:
    with pytest.raises(NotAWorkspace, match="not a Fieldcase workspace"):
        Workspace.unlock(tmp_path, PASSPHRASE)
    with pytest.raises(NotAWorkspace, match="does not exist"):
        Workspace.unlock(tmp_path / "missing", PASSPHRASE)
    (tmp_path / KEY_FILE).write_text('{"format": "something-else"}')
    with pytest.raises(NotAWorkspace, match="unknown format"):
        Workspace.unlock(tmp_path, PASSPHRASE)
    (tmp_path / KEY_FILE).write_text("{not json")
    with pytest.raises(CorruptWorkspace, match="damaged"):
        Workspace.unlock(tmp_path, PASSPHRASE)


def test_init_refuses_an_existing_or_non_empty_folder(workspace: Workspace, workspace_dir: Path,
                                                      tmp_path: Path) -> None:
    with pytest.raises(WorkspaceExists):
        Workspace.create(workspace_dir, PASSPHRASE, "x")
    other = tmp_path / "other"
    other.mkdir()
    (other / "notes.txt").write_text("mine")
    with pytest.raises(WorkspaceExists, match="not empty"):
        Workspace.create(other, PASSPHRASE, "x")
    assert (other / "notes.txt").read_text() == "mine"


def test_corrupt_store_is_reported_and_never_repaired(workspace: Workspace, workspace_dir: Path) -> None:
    workspace.lock()
    store = workspace_dir / STORE_FILE
    data = bytearray(store.read_bytes())
    data[100] ^= 0xFF  # inside page 1: its HMAC no longer verifies
    store.write_bytes(bytes(data))
    before = _digest(store)
    with pytest.raises(CorruptWorkspace, match="left exactly as it is"):
        Workspace.unlock(workspace_dir, PASSPHRASE)
    assert _digest(store) == before
    assert not (workspace_dir / (STORE_FILE + "-wal")).exists() or \
        (workspace_dir / (STORE_FILE + "-wal")).stat().st_size == 0


def test_store_from_another_workspace_is_refused(workspace: Workspace, workspace_dir: Path,
                                                 tmp_path: Path) -> None:
    workspace.lock()
    other_dir = tmp_path / "other"
    other, _ = Workspace.create(other_dir, PASSPHRASE, "Other")
    other.lock()
    shutil.copy(other_dir / STORE_FILE, workspace_dir / STORE_FILE)
    before = _digest(workspace_dir / STORE_FILE)
    with pytest.raises(CorruptWorkspace, match="another workspace"):
        Workspace.unlock(workspace_dir, PASSPHRASE)
    assert _digest(workspace_dir / STORE_FILE) == before


def test_fails_closed_when_the_driver_is_not_sqlcipher() -> None:
    plain = sqlite3.connect(":memory:")
    with pytest.raises(InsecureDriver, match="not SQLCipher"):
        _apply_pragmas(plain, encrypted=True)


def test_history_tables_are_append_only(workspace: Workspace) -> None:
    from fieldcase.domain.records import CaseRecord, Location, PartialDate
    from fieldcase.services.records import CaseService

    CaseService(workspace).save(CaseRecord(kind="incident", title="Append-only check",
                                           date=PartialDate("2026-05"), location=Location("XKV")))
    for statement in ("UPDATE case_revision SET title = 'rewritten'", "DELETE FROM case_revision",
                      "UPDATE audit_log SET actor = 'someone else'", "DELETE FROM audit_log"):
        with pytest.raises(IntegrityError, match="append-only"), workspace.engine.begin() as conn:
            conn.execute(text(statement))


def test_people_keep_stable_ids_and_gain_revisions_only_when_changed(workspace: Workspace) -> None:
    from fieldcase.domain.records import CaseRecord, Location, PartialDate, PersonLink
    from fieldcase.services.records import CaseService

    pid = "0b7e8a52-4d7e-4c1e-9a57-2f5d1c3b9e01"
    w1 = PersonLink(role="witness", pseudonym="W-031", person_id=pid)
    w2 = PersonLink(role="victim", pseudonym="W-031", person_id=pid, reprisal_suspected=True)
    base = CaseRecord(kind="incident", title="Threats after a UN meeting", date=PartialDate("2026-08"),
                      location=Location("XTV"))
    service = CaseService(workspace)
    first, _second, third = service.save_many([
        base.__class__(**{**base.__dict__, "people": (w1,)}),
        base.__class__(**{**base.__dict__, "title": "Arrest", "people": (w1,)}),
        base.__class__(**{**base.__dict__, "title": "Travel ban", "people": (w2,)}),
    ])
    with workspace.engine.connect() as conn:
        revs = conn.execute(text("SELECT rev, reprisal_suspected FROM person_revision WHERE person_id = :p "
                                 "ORDER BY rev"), {"p": pid}).all()
    assert [tuple(r) for r in revs] == [(1, False), (2, True)]
    assert service.get(third.id).people[0].reprisal_suspected is True
    assert service.get(first.id).people[0].person_id == pid
