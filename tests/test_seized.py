"""Issue 14, "Seized, lost or searched": one test per defect (1, 5, 6, 7, 8, 10, 11), each run against the
real encrypted files and the real command line. Every one of them failed on b8269ed (REPORT: run with
PYTHONPATH pointing at `git archive b8269ed` to see it)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from conftest import PASSPHRASE, ROOT, run_cli
from fieldcase.crypto import keys
from fieldcase.errors import AuditChainBroken, CorruptWorkspace, FieldcaseError, WrongPassphrase
from fieldcase.hq import importer
from fieldcase.services import session
from fieldcase.services.records import CaseService
from fieldcase.services.sync import resolve_target
from fieldcase.workspace import KEY_FILE, STORE_FILE, Workspace
from sync_helpers import incidents, make_hq, make_officer


def _with_records(path: Path, n: int = 300) -> None:
    ws, _ = Workspace.create(path, PASSPHRASE, "Officer")
    CaseService(ws).save_many(incidents(n))
    ws.lock()


# -- defect 1: damaged pages ------------------------------------------------------------------------------

def test_a_damaged_page_no_query_touches_raises_the_alarm_and_stops_writes(workspace_dir: Path) -> None:
    _with_records(workspace_dir)
    store = workspace_dir / STORE_FILE
    original = store.read_bytes()
    pages = len(original) // 4096
    opened = None
    for page in range(pages // 2, pages):  # a page whose damage unlock itself does not trip over
        damaged = bytearray(original)
        damaged[page * 4096 + 1000] ^= 0x01
        store.write_bytes(bytes(damaged))
        try:
            opened = session.unlock(workspace_dir, PASSPHRASE)
            break
        except CorruptWorkspace:
            continue
    assert opened is not None
    with opened as ws:
        from fieldcase.services.integrity import full_check

        result = full_check(ws)
        assert not result.ok and len(result.pages.bad_pages) == 1
        assert ws.alarm is not None and "damaged" in ws.alarm.message
        with pytest.raises(FieldcaseError) as refused:  # writes stop: nothing more is lost
            CaseService(ws).save(incidents(1, "After")[0])
        assert refused.value.code == "integrity-alarm"
    proc = run_cli("check", workspace=workspace_dir)
    assert proc.returncode == 12, proc.stderr
    assert "pages failed their integrity check" in proc.stderr and "HQ holds every record" in proc.stderr
    store.write_bytes(original)
    ok = run_cli("check", workspace=workspace_dir)
    assert ok.returncode == 0 and "every page verified" in ok.stdout, ok.stderr


# -- defect 5: Argon2id parameters bounded on both sides ----------------------------------------------------

@pytest.mark.parametrize("edit", [{"t": 10**9}, {"m_kib": 4 * 1024 * 1024}, {"p": 255}, {"t": 2.9999}])
def test_out_of_range_kdf_parameters_are_a_damaged_key_file_at_once(workspace: Workspace, workspace_dir: Path,
                                                                     edit: dict[str, int]) -> None:
    workspace.lock()
    path = workspace_dir / KEY_FILE
    data = json.loads(path.read_text())
    for slot in data["slots"]:
        slot.pop("check", None)  # as 0.1 wrote it: no checksum to fall back on, only the bounds
        if slot["kind"] == "passphrase":
            slot["kdf"].update(edit)
    path.write_text(json.dumps(data))
    start = time.monotonic()
    with pytest.raises(CorruptWorkspace, match="out of range"):
        session.unlock(workspace_dir, PASSPHRASE)
    assert time.monotonic() - start < 2


def test_an_edited_parameter_is_a_damaged_key_file_not_a_wrong_passphrase(workspace: Workspace,
                                                                           workspace_dir: Path) -> None:
    workspace.lock()
    path = workspace_dir / KEY_FILE
    data = json.loads(path.read_text())
    for slot in data["slots"]:
        if slot["kind"] == "passphrase":
            slot["kdf"]["m_kib"] = 128 * 1024  # within bounds, but not what the slot was written with
    path.write_text(json.dumps(data))
    proc = run_cli("list", workspace=workspace_dir)
    assert proc.returncode == CorruptWorkspace.exit_status and "damaged" in proc.stderr, proc.stderr


# -- defect 6: a slot is re-wrapped only with parameters at least as strong --------------------------------

def test_change_passphrase_never_weakens_the_key_derivation(workspace_dir: Path) -> None:
    strong = {"m_kib": 96 * 1024, "t": 4, "p": 2}
    ws, _ = Workspace.create(workspace_dir, PASSPHRASE, "Officer", kdf_params=strong)
    ws.lock()
    # The command line, in an environment whose profile is the floor (64 MiB, t=3, p=4).
    proc = run_cli("change-passphrase", workspace=workspace_dir, env={"FIELDCASE_NEW_PASSPHRASE": "a new long one"})
    assert proc.returncode == 0, proc.stderr
    kdf = json.loads((workspace_dir / KEY_FILE).read_text())["slots"][0]["kdf"]
    assert kdf["m_kib"] >= strong["m_kib"] and kdf["t"] >= strong["t"] and kdf["p"] >= 4
    session.unlock(workspace_dir, "a new long one").lock()


# -- defect 7: a persistent, tamper-evident failure counter with a growing delay ----------------------------

def test_wrong_passphrases_are_counted_across_processes_with_a_growing_delay(workspace: Workspace,
                                                                            workspace_dir: Path) -> None:
    workspace.lock()
    for _ in range(2):  # two separate processes: the count survives both
        assert run_cli("list", workspace=workspace_dir, passphrase="not the passphrase").returncode == 3
    guard = workspace_dir / "unlock-guard.json"
    assert json.loads(guard.read_text())["failures"] == 2
    slept: list[float] = []
    with pytest.raises(WrongPassphrase):  # the third attempt first waits out the second delay
        session.unlock(workspace_dir, "still not it", sleep=slept.append)
    assert slept and 0 < slept[0] <= 1.0
    slept.clear()
    start = time.monotonic()  # the command line waits too (2 s after three failures)
    assert run_cli("list", workspace=workspace_dir, passphrase="again wrong").returncode == 3
    assert time.monotonic() - start >= 2

    # An edited count no longer verifies: the longest delay applies.
    data = json.loads(guard.read_text())
    data["failures"] = 0
    guard.write_text(json.dumps(data))
    with pytest.raises(WrongPassphrase):
        session.unlock(workspace_dir, "wrong", sleep=slept.append)
    assert slept == [30.0]

    # A consistent file made from scratch verifies, but the seal in the key file tells at the next unlock.
    guard.unlink()
    with session.unlock(workspace_dir, PASSPHRASE, sleep=lambda _s: None) as ws:
        assert ws.guard_notice is not None and "altered or removed" in ws.guard_notice.message
    with session.unlock(workspace_dir, PASSPHRASE) as ws:
        assert ws.guard_notice is None
    assert run_cli("list", workspace=workspace_dir, passphrase="wrong once").returncode == 3
    with session.unlock(workspace_dir, PASSPHRASE) as ws:
        assert ws.guard_notice is not None
        assert ws.guard_notice.template == "Wrong passphrases entered since the last unlock: {count}."
        assert ws.guard_notice.params == {"count": "1"}


# -- defect 8: the process cannot be dumped or ptrace-attached ---------------------------------------------

_DUMPABLE = ("import ctypes, ctypes.util, sys\n"
             "libc = ctypes.CDLL(ctypes.util.find_library('c'))\n"
             "{start}\n"
             "print('dumpable', libc.prctl(3, 0, 0, 0, 0))\n")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux's")
@pytest.mark.parametrize("start", [
    "from fieldcase.cli import main\n"
    "try:\n    main(['--workspace', '/nonexistent/x', 'list'])\nexcept SystemExit:\n    pass",
    "from fieldcase.app import build\nbuild(['--workspace', '/nonexistent/x'])",
])
def test_the_cli_and_the_app_make_themselves_non_dumpable(start: str, tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "desktop"), "QT_QPA_PLATFORM": "offscreen",
           "XDG_CONFIG_HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path)}
    proc = subprocess.run([sys.executable, "-c", _DUMPABLE.format(start=start)], capture_output=True, text=True,
                          env=env, timeout=120)
    assert "dumpable 0" in proc.stdout, (proc.stdout, proc.stderr)
    # The control: the same interpreter without Fieldcase is dumpable (a fresh process, because this test
    # process may have run the CLI in-process earlier in the suite, which clears the flag for it too).
    control = subprocess.run([sys.executable, "-c", _DUMPABLE.format(start="pass")], capture_output=True, text=True,
                             env=env, timeout=120)
    assert "dumpable 1" in control.stdout, (control.stdout, control.stderr)


# -- defect 10: a rolled-back store is detected at unlock ---------------------------------------------------

def test_a_store_rolled_back_to_an_earlier_copy_is_detected_at_unlock(workspace: Workspace, workspace_dir: Path,
                                                                     tmp_path: Path) -> None:
    CaseService(workspace).save_many(incidents(3, "Early"))
    workspace.lock()
    shutil.copy2(workspace_dir / STORE_FILE, tmp_path / "old.db")
    with session.unlock(workspace_dir, PASSPHRASE) as ws:
        CaseService(ws).save_many(incidents(2, "Later"))
    shutil.copy2(tmp_path / "old.db", workspace_dir / STORE_FILE)  # the copy is self-consistent
    with session.unlock(workspace_dir, PASSPHRASE) as ws:
        assert CaseService(ws).verify_audit_chain() > 0  # the chain alone cannot tell
        assert ws.alarm is not None and "rolled back" in ws.alarm.message
        with pytest.raises(FieldcaseError) as refused:
            CaseService(ws).save(incidents(1, "Blind")[0])
        assert refused.value.code == "integrity-alarm"
    proc = run_cli("check", workspace=workspace_dir)
    assert proc.returncode == 12 and "rolled back" in proc.stderr


# -- defect 11: audit sequence numbers are never reused ------------------------------------------------------

def test_audit_truncation_is_caught_at_hq_on_the_very_next_sync(tmp_path: Path) -> None:
    hq = make_hq(tmp_path / "hq")
    officer = make_officer(tmp_path / "officer", hq)
    usb = tmp_path / "usb"
    usb.mkdir()
    officer.cases.save_many(incidents(3))
    officer.sync.push(resolve_target(officer.ws, str(usb)))
    first = importer.import_from(hq, resolve_target(hq.ws, str(usb)))
    assert first.count("refused") == 0
    with officer.ws.engine.begin() as conn:  # someone with the key cuts the log's tail off
        top = conn.execute(text("SELECT max(seq) FROM audit_log")).scalar()
        conn.execute(text("DROP TRIGGER audit_log_no_delete"))
        conn.execute(text("DELETE FROM audit_log WHERE seq > :s"), {"s": top - 4})
    officer.cases.save(incidents(1, "After the cut")[0])
    with officer.ws.engine.connect() as conn:
        seqs = [r[0] for r in conn.execute(text("SELECT seq FROM audit_log ORDER BY seq"))]
    assert seqs[-1] > top  # the new entry did not reuse a number
    with pytest.raises(AuditChainBroken):  # the gap shows locally too
        officer.cases.verify_audit_chain()
    officer.sync.push(resolve_target(officer.ws, str(usb)))
    second = importer.import_from(hq, resolve_target(hq.ws, str(usb)))
    assert second.count("refused") == 1, second.outcomes
    officer.ws.lock()
    hq.lock()


def test_release_0_1_key_file_still_opens_and_gains_filler_slots(tmp_path: Path) -> None:
    fixture = ROOT / "tests" / "fixtures" / "release-0.1" / "workspace"
    shutil.copytree(fixture, tmp_path / "ws")
    passphrase = "release zero one fixture"  # tests/fixtures/make_release_0_1_workspace.py
    with session.unlock(tmp_path / "ws", passphrase) as ws:
        assert len(ws.keyfile.passphrase_slots) == keys.PASSPHRASE_SLOTS
    data = json.loads((tmp_path / "ws" / KEY_FILE).read_text())
    assert sum(s["kind"] == "passphrase" for s in data["slots"]) == keys.PASSPHRASE_SLOTS and "seal" in data
    session.unlock(tmp_path / "ws", passphrase).lock()
