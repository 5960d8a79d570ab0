"""Quick delete and the duress passphrase (issue 14): the real files, the real command line."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from conftest import PASSPHRASE, run_cli
from fieldcase.crypto import keys
from fieldcase.errors import NotAWorkspace, WrongPassphrase
from fieldcase.services import duress, session
from fieldcase.services.records import CaseService
from fieldcase.workspace import KEY_FILE, STORE_FILE, Workspace
from sync_helpers import incidents

CANARIES = [f"CANARY-{i:02d}-{os.urandom(6).hex()}" for i in range(8)]
DURESS = "the harmless one"


def _scan(folder: Path, needles: list[str]) -> list[str]:
    """Every canary found in any file under `folder` (as UTF-8 and UTF-16, the forms SQLite and Qt use)."""
    found = []
    forms = [(n, n.encode("utf-8")) for n in needles] + [(n, n.encode("utf-16-le")) for n in needles]
    for path in (p for p in folder.rglob("*") if p.is_file()) if folder.exists() else []:
        data = path.read_bytes()
        found += [f"{n} in {path.name}" for n, raw in forms if raw in data]
    return found


def _filled(path: Path, tmp_path: Path, attachment_bytes: int = 2 << 20) -> None:
    ws, _ = Workspace.create(path, PASSPHRASE, "Officer")
    cases = CaseService(ws)
    records = cases.save_many([r.__class__(**{**r.__dict__, "title": f"{c} title", "narrative": f"{c} narrative"})
                               for r, c in zip(incidents(len(CANARIES)), CANARIES, strict=True)])
    evidence = tmp_path / "evidence.bin"
    evidence.write_bytes((" ".join(CANARIES) + "\n").encode() * (attachment_bytes // 200))
    cases.attach(records[0].id or "", evidence)
    cases.save_draft("draft-1", "incident", {"title": CANARIES[0]})
    ws.lock()
    evidence.unlink()


def test_wipe_from_the_cli_destroys_the_keys_first_and_leaves_no_canary(workspace_dir: Path, tmp_path: Path) -> None:
    _filled(workspace_dir, tmp_path)
    assert (workspace_dir / STORE_FILE).stat().st_size > 0
    refused = run_cli("wipe", workspace=workspace_dir, passphrase=None)  # no terminal, no --yes: nothing happens
    assert refused.returncode != 0 and (workspace_dir / KEY_FILE).is_file()
    start = time.monotonic()
    done = run_cli("wipe", "--yes", workspace=workspace_dir, passphrase=None)
    assert done.returncode == 0, done.stderr
    with pytest.raises(NotAWorkspace):
        session.unlock(workspace_dir, PASSPHRASE)
    assert time.monotonic() - start < 10  # a whole child process; the key step itself is reported below
    assert "key slots gone after" in done.stdout
    assert _scan(workspace_dir, CANARIES) == [] and not workspace_dir.exists()


def test_the_key_file_goes_before_anything_else(workspace: Workspace, workspace_dir: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from fieldcase import wipe

    workspace.lock()
    seen: list[set[str]] = []
    real_overwrite = wipe._overwrite

    def spy(path: Path) -> None:
        seen.append({p.name for p in workspace_dir.iterdir()})
        real_overwrite(path)

    monkeypatch.setattr(wipe, "_overwrite", spy)
    report = wipe.wipe_workspace(workspace_dir)
    assert KEY_FILE in seen[0] and all(KEY_FILE not in names for names in seen[1:])
    assert report.keys_destroyed_s < 2


def test_wipe_after_n_failed_unlocks(workspace: Workspace, workspace_dir: Path) -> None:
    session.set_wipe_after(workspace, 2)
    workspace.lock()
    for _ in range(2):
        with pytest.raises(WrongPassphrase):
            session.unlock(workspace_dir, "wrong guess", sleep=lambda _s: None)
    assert not workspace_dir.exists()
    with pytest.raises(NotAWorkspace):
        session.unlock(workspace_dir, PASSPHRASE)


# -- duress --------------------------------------------------------------------------------------------------

def test_duress_opens_an_empty_decoy_and_the_real_workspace_stays(workspace: Workspace, workspace_dir: Path) -> None:
    CaseService(workspace).save_many(incidents(3))
    duress.set_duress(workspace, PASSPHRASE, DURESS, wipe_real=False)
    workspace.lock()
    with session.unlock(workspace_dir, DURESS) as decoy:
        assert CaseService(decoy).count() == 0 and decoy.path != workspace_dir
        decoy_dir = decoy.path
    assert not decoy_dir.exists()  # the decoy leaves nothing behind
    with session.unlock(workspace_dir, PASSPHRASE) as ws:
        assert CaseService(ws).count() == 3 and duress.is_set(ws)
        ws.change_passphrase("a brand new passphrase")  # the duress slot follows the new salt
    with session.unlock(workspace_dir, DURESS) as decoy:
        assert CaseService(decoy).count() == 0
    with pytest.raises(WrongPassphrase):
        session.unlock(workspace_dir, PASSPHRASE, sleep=lambda _s: None)


def test_duress_with_wipe_destroys_the_real_workspace_and_keeps_opening_the_decoy(workspace: Workspace,
                                                                                  workspace_dir: Path) -> None:
    CaseService(workspace).save_many([r.__class__(**{**r.__dict__, "title": CANARIES[0]}) for r in incidents(1)])
    duress.set_duress(workspace, PASSPHRASE, DURESS, wipe_real=True)
    workspace.lock()
    with session.unlock(workspace_dir, DURESS) as decoy:
        assert decoy.path == workspace_dir and CaseService(decoy).count() == 0
    assert _scan(workspace_dir, CANARIES) == []
    with pytest.raises(WrongPassphrase):
        session.unlock(workspace_dir, PASSPHRASE, sleep=lambda _s: None)
    with session.unlock(workspace_dir, DURESS) as again:
        assert CaseService(again).count() == 0


def _outside_store(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and not p.name.startswith(STORE_FILE)}


def _shape(value: object) -> object:
    """The JSON's structure with every string replaced by its length: what a diff could compare."""
    if isinstance(value, dict):
        return {k: _shape(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_shape(v) for v in value]
    return len(value) if isinstance(value, str) else type(value).__name__


def _changed(before: dict[str, bytes], after: dict[str, bytes]) -> dict[str, object]:
    """Which files and which key-file fields changed (by path), and whether the shapes stayed the same."""
    assert set(before) == set(after)
    b, a = json.loads(before[KEY_FILE]), json.loads(after[KEY_FILE])
    assert _shape(b) == _shape(a)
    fields = set()
    for i, (sb, sa) in enumerate(zip(b["slots"], a["slots"], strict=True)):
        fields |= {f"slot{i}.{k}" for k in sb if sb[k] != sa[k]} | {f"slot{i}.kdf.{k}" for k in sb["kdf"]
                                                                      if sb["kdf"][k] != sa["kdf"][k]}
    fields |= {f"seal.{k}" for k in b["seal"] if b["seal"][k] != a["seal"][k]}
    return {"files": sorted(n for n in before if before[n] != after[n]), "fields": sorted(fields)}


def test_setting_a_duress_passphrase_changes_nothing_outside_the_store_that_a_passphrase_change_does_not(
        tmp_path: Path) -> None:
    one, _ = Workspace.create(tmp_path / "one", PASSPHRASE, "Officer")
    two, _ = Workspace.create(tmp_path / "two", PASSPHRASE, "Officer")
    before_one, before_two = _outside_store(one.path), _outside_store(two.path)
    duress.set_duress(one, PASSPHRASE, DURESS, wipe_real=True)
    two.change_passphrase("another passphrase")
    diff_one = _changed(before_one, _outside_store(one.path))
    diff_two = _changed(before_two, _outside_store(two.path))
    # Both rewrite every passphrase slot (salt, nonce, ciphertext, checksum) and the seal, nothing else:
    # the same files, the same fields, the same sizes.
    assert diff_one == diff_two
    assert diff_one["files"] == [KEY_FILE]
    slots = json.loads(_outside_store(one.path)[KEY_FILE])["slots"]
    assert sum(s["kind"] == "passphrase" for s in slots) == keys.PASSPHRASE_SLOTS
    assert not any("duress" in n.decode("latin-1") for n in _outside_store(one.path).values())
    one.lock()
    two.lock()


def test_unlock_takes_the_same_work_whichever_passphrase(workspace: Workspace, workspace_dir: Path) -> None:
    """Work, not time (timings live in bench/bench_unlock.py): one Argon2id run and every slot tried."""
    duress.set_duress(workspace, PASSPHRASE, DURESS, wipe_real=False)
    workspace.lock()
    calls: list[int] = []
    real_unwrap = keys._unwrap

    def counting(*args: object, **kwargs: object) -> bytearray | None:
        calls.append(1)
        return real_unwrap(*args, **kwargs)  # type: ignore[arg-type]

    keys._unwrap = counting  # type: ignore[assignment]
    try:
        counts = []
        for passphrase in (PASSPHRASE, DURESS):
            calls.clear()
            with session.unlock(workspace_dir, passphrase):
                counts.append(len(calls))
    finally:
        keys._unwrap = real_unwrap  # type: ignore[assignment]
    assert counts[0] == counts[1] == keys.PASSPHRASE_SLOTS * len(keys.ROLES)
