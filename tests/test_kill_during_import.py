"""A process killed (SIGKILL) at a random moment of a 10,000-record import loses nothing committed:
after each kill the store opens, passes integrity_check, holds every import whose commit returned
(and no part of one that did not), and the audit chain still verifies."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import text

from conftest import PASSPHRASE, ROOT
from fieldcase.services.records import CaseService
from fieldcase.workspace import Workspace

RUNS = 20
RECORDS = 10_000


def _import_file(folder: Path, tag: str) -> Path:
    rng = random.Random(tag)
    records = [{
        "kind": "incident", "title": f"{tag} roadblock report {i}", "date": f"2026-{rng.randint(1, 12):02d}",
        "location": {"country": "XKV", "adm1_pcode": f"XK0{rng.randint(1, 8)}"},
        "narrative": f"{tag} " + " ".join(rng.choice(["armed", "men", "stopped", "a", "bus", "near", "the", "river",
                                                      "crossing", "and", "searched", "passengers"])
                                          for _ in range(60)),
        "severity": rng.randint(1, 5), "violation_types": ["huridocs.mt04.020103020000"],
    } for i in range(RECORDS)]
    path = folder / f"{tag}.json"
    path.write_text(json.dumps(records))
    return path


def _start_import(workspace: Path, file: Path) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FIELDCASE_")}
    env.update({"PYTHONPATH": str(ROOT / "desktop"), "FIELDCASE_PASSPHRASE": PASSPHRASE,
                "FIELDCASE_KDF_PROFILE": "floor"})
    return subprocess.Popen([sys.executable, "-m", "fieldcase", "--workspace", str(workspace), "import", str(file)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def _check_store(workspace: Path) -> dict[str, int]:
    """Open the store afresh as the app would and count each run's records."""
    with Workspace.unlock(workspace, PASSPHRASE) as ws:
        with ws.engine.connect() as conn:
            assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            rows = conn.execute(text("SELECT substr(r.title, 1, 6) AS tag, count(*) FROM case_revision r "
                                     "JOIN case_head h ON h.revision_id = r.id GROUP BY tag")).all()
            fts = conn.execute(text("SELECT count(*) FROM case_search")).scalar()
        CaseService(ws).verify_audit_chain()
    counts = {tag: n for tag, n in rows}
    assert fts == sum(counts.values())  # the search index matches the heads exactly
    return counts


def test_sigkill_at_random_moments_of_an_import(tmp_path: Path) -> None:
    workspace = tmp_path / "ws"
    Workspace.create(workspace, PASSPHRASE, "Officer")[0].lock()
    seed = int(os.environ.get("FIELDCASE_KILL_SEED", time.time_ns() % 1_000_000))
    rng = random.Random(seed)

    # Calibrate: how long one uninterrupted import takes here.
    started = time.monotonic()
    calibration = _start_import(workspace, _import_file(tmp_path, "RUN-00"))
    assert calibration.wait(timeout=300) == 0, calibration.stderr.read() if calibration.stderr else ""
    duration = time.monotonic() - started
    committed = {"RUN-00": RECORDS}
    assert _check_store(workspace) == committed

    outcomes = {"killed": 0, "finished": 0}
    for run in range(1, RUNS + 1):
        tag = f"RUN-{run:02d}"
        file = _import_file(tmp_path, tag)
        child = _start_import(workspace, file)
        time.sleep(rng.uniform(0.2, 1.15) * duration)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=60)
        stdout = child.stdout.read() if child.stdout else ""
        reported = f"Imported {RECORDS} record(s)" in stdout
        outcomes["finished" if child.returncode == 0 else "killed"] += 1

        counts = _check_store(workspace)
        got = counts.get(tag, 0)
        assert got in (0, RECORDS), f"run {tag} (seed {seed}): {got} records: a partial import survived"
        if reported:
            assert got == RECORDS, f"run {tag} (seed {seed}): commit returned but records are missing"
        if got:
            committed[tag] = RECORDS
        assert counts == committed, f"seed {seed}: earlier imports changed: {counts} != {committed}"
        file.unlink()
    print(f"seed {seed}: {outcomes}, import takes {duration:.1f} s, {len(committed) - 1} of {RUNS} committed")
    assert outcomes["killed"] >= RUNS // 2, f"seed {seed}: too few runs were actually killed: {outcomes}"
