"""Unlock, integrity, duress and quick-delete benchmark (issue 14).

    .venv/bin/python bench/bench_unlock.py                 # everything, default Argon2id profile (as shipped)
    .venv/bin/python bench/bench_unlock.py --only duress --runs 20
    .venv/bin/python bench/bench_unlock.py --gb 1          # size of the big store and of the attachments

1. startup   process start -> populated window on the demo workspace, with the page-by-page integrity
             check running in the background (as shipped) and without it (baseline, same run); the
             start-up target (bench_startup.TARGET_S) is for the time without Argon2id.
2. check     the full check (`fieldcase check`'s work) on a store grown to --gb GiB, against reading the
             same file once sequentially (baseline, same run).
3. duress    unlock with the real and with the duress passphrase, --runs each, interleaved: medians and
             their difference (target < 20 %).
4. wipe      `fieldcase wipe --yes` on a workspace with --gb GiB of attachments: time until the key slots
             are gone and the passphrase opens nothing (target < 2 s), the whole wipe, and a scan of the
             folder for canary strings afterwards.

This machine has 2 cores shared with other work: timings are noisy; ratios are within one run.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))
sys.path.insert(0, str(ROOT / "bench"))
RESULTS = ROOT / "bench" / "results" / "unlock.json"
PASSPHRASE = "bench passphrase, long enough"
DURESS = "the harmless decoy one"
CANARIES = [f"CANARY-{i:02d}-{os.urandom(6).hex()}" for i in range(8)]


# -- 1. start-up with the background check --------------------------------------------------------------

def startup_child(workspace: Path, passphrase: str, with_check: bool) -> None:
    started = time.perf_counter()
    from fieldcase.crypto import keys

    argon2_s = 0.0
    original = keys._argon2_kek

    def timed(p: str, kdf: dict) -> bytes:  # type: ignore[type-arg]
        nonlocal argon2_s
        t = time.perf_counter()
        try:
            return original(p, kdf)
        finally:
            argon2_s += time.perf_counter() - t

    keys._argon2_kek = timed  # type: ignore[assignment]
    if not with_check:
        from fieldcase.services import integrity

        integrity.check_pages = lambda ws: None  # type: ignore[assignment,return-value]
    from fieldcase.app import build

    app, window = build(["--workspace", str(workspace)])
    form = window.welcome.unlock_form
    while form.folder.path() is None:
        app.processEvents()
    form.passphrase.setText(passphrase)
    form.unlock()
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        app.processEvents()
        view = window.view
        if view is not None and not view.cases.model.loading and view.cases.model.summary(0) is not None:
            break
        time.sleep(0.001)
    else:
        raise SystemExit("the window did not populate")
    view.cases.table.viewport().repaint()
    app.processEvents()
    ready = time.perf_counter()
    check_done = None
    if with_check:
        while window.integrity_report is None and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.001)
        check_done = time.perf_counter() - started
    print(json.dumps({"argon2_s": argon2_s, "inside_s": ready - started, "check_done_s": check_done,
                      "report": repr(window.integrity_report)}), flush=True)
    os._exit(0)


def _startup_run(workspace: Path, env: dict[str, str], with_check: bool) -> dict[str, float]:
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, __file__, "--child", str(workspace), "1" if with_check else "0"],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("{"):
            data = json.loads(line)
            data["wall_s"] = time.perf_counter() - start
            data["without_argon2_s"] = data["wall_s"] - data["argon2_s"]
            proc.wait(timeout=60)
            return data
    raise SystemExit(f"child failed ({proc.wait()})")


def bench_startup(scratch: Path, runs: int, profile: str) -> dict[str, object]:
    from bench_startup import TARGET_S
    from fieldcase.config import Settings, save_settings
    from fieldcase.services.demo import DEMO_PASSPHRASE, create_demo_workspace

    env = {k: v for k, v in os.environ.items() if not k.startswith("FIELDCASE_")}
    env.update({"FIELDCASE_KDF_PROFILE": profile, "XDG_CONFIG_HOME": str(scratch / "config"),
                "XDG_DATA_HOME": str(scratch / "data"), "PYTHONPATH": str(ROOT / "desktop")})
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    workspace = scratch / "demo"
    count = create_demo_workspace(workspace, DEMO_PASSPHRASE)
    os.environ["XDG_CONFIG_HOME"] = env["XDG_CONFIG_HOME"]
    save_settings(Settings(demo_workspaces=(str(workspace),)))
    env["FIELDCASE_BENCH_PASSPHRASE"] = DEMO_PASSPHRASE
    _startup_run(workspace, env, True)  # warm the OS cache
    with_check, without = [], []
    for _ in range(runs):
        with_check.append(_startup_run(workspace, env, True))
        without.append(_startup_run(workspace, env, False))
    med = statistics.median
    result = {"records": count, "runs": runs, "target_s": TARGET_S,
              "with_check_without_argon2_s": round(med(r["without_argon2_s"] for r in with_check), 3),
              "baseline_without_argon2_s": round(med(r["without_argon2_s"] for r in without), 3),
              "check_finished_after_s": round(med(r["check_done_s"] for r in with_check), 3),
              "argon2_s": round(med(r["argon2_s"] for r in with_check), 3),
              "report": with_check[-1]["report"]}
    result["ratio"] = round(result["with_check_without_argon2_s"] / result["baseline_without_argon2_s"], 3)
    result["met"] = result["with_check_without_argon2_s"] < TARGET_S
    return result


# -- 2. the full check on a big store -------------------------------------------------------------------

def bench_check(scratch: Path, gib: float) -> dict[str, object]:
    from sqlalchemy import text

    from fieldcase.services.integrity import full_check
    from fieldcase.workspace import STORE_FILE, Workspace

    folder = scratch / "big"
    ws, _ = Workspace.create(folder, PASSPHRASE, "Bench")
    # Bulk bytes in a scratch table of the real store (what matters to the check is pages, not rows).
    target = int(gib * (1 << 30))
    t0 = time.perf_counter()
    with ws.engine.begin() as conn:
        conn.execute(text("CREATE TABLE bench_filler (id INTEGER PRIMARY KEY, body BLOB)"))
        written = 0
        while written < target:
            conn.execute(text("INSERT INTO bench_filler (body) VALUES (:b)"),
                         [{"b": os.urandom(64 * 1024)} for _ in range(64)])
            written += 64 * 64 * 1024
    fill_s = time.perf_counter() - t0
    ws.lock()
    size = (folder / STORE_FILE).stat().st_size
    t0 = time.perf_counter()
    with open(folder / STORE_FILE, "rb") as f:
        while f.read(1 << 22):
            pass
    read_s = time.perf_counter() - t0
    ws = Workspace.unlock(folder, PASSPHRASE)
    t0 = time.perf_counter()
    result = full_check(ws)
    check_s = time.perf_counter() - t0
    ws.lock()
    import shutil

    shutil.rmtree(folder)
    return {"store_bytes": size, "fill_s": round(fill_s, 1), "sequential_read_s": round(read_s, 2),
            "full_check_s": round(check_s, 2), "ratio_to_read": round(check_s / read_s, 1), "ok": result.ok,
            "mib_per_s": round(size / (1 << 20) / check_s, 1)}


# -- 3. duress vs real unlock ---------------------------------------------------------------------------

def bench_duress(scratch: Path, runs: int) -> dict[str, object]:
    from fieldcase.services import duress, session
    from fieldcase.workspace import Workspace

    folder = scratch / "duress"
    ws, _ = Workspace.create(folder, PASSPHRASE, "Bench")
    duress.set_duress(ws, PASSPHRASE, DURESS, wipe_real=False)
    ws.lock()
    real, fake = [], []
    for _ in range(runs):
        for passphrase, into in ((PASSPHRASE, real), (DURESS, fake)):
            t0 = time.perf_counter()
            opened = session.unlock(folder, passphrase)
            into.append(time.perf_counter() - t0)
            opened.lock()
    med_real, med_fake = statistics.median(real), statistics.median(fake)
    return {"runs": runs, "real_median_s": round(med_real, 3), "duress_median_s": round(med_fake, 3),
            "difference": round(abs(med_fake - med_real) / med_real, 3),
            "real_all_s": [round(x, 3) for x in real], "duress_all_s": [round(x, 3) for x in fake]}


def _incidents_with(canaries: list[str]) -> list:  # type: ignore[type-arg]
    from fieldcase.domain.records import CaseRecord, Location, PartialDate

    return [CaseRecord(kind="incident", title=f"{c} title", date=PartialDate("2026-10"),
                       location=Location("XTV", adm1_pcode="XT01", adm1_name="Region"), severity=2,
                       narrative=f"{c} narrative") for c in canaries]


# -- 4. quick delete of a workspace with big attachments ------------------------------------------------

def bench_wipe(scratch: Path, gib: float) -> dict[str, object]:
    from fieldcase.errors import NotAWorkspace
    from fieldcase.services import session
    from fieldcase.services.records import CaseService
    from fieldcase.workspace import Workspace

    folder = scratch / "wipe"
    ws, _ = Workspace.create(folder, PASSPHRASE, "Bench")
    cases = CaseService(ws)
    records = cases.save_many(_incidents_with(CANARIES))
    piece = 256 << 20
    total = int(gib * (1 << 30))
    evidence = scratch / "evidence.bin"
    line = (" ".join(CANARIES) + "\n").encode()
    t0 = time.perf_counter()
    n = 0
    while n * piece < total:
        with open(evidence, "wb") as out:
            block = line * ((1 << 20) // len(line))
            for _ in range(piece // len(block)):
                out.write(block)
        cases.attach(records[n % len(records)].id or "", evidence)
        n += 1
    attach_s = time.perf_counter() - t0
    evidence.unlink()
    ws.lock()
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    env = {k: v for k, v in os.environ.items() if not k.startswith("FIELDCASE_")}
    env["PYTHONPATH"] = str(ROOT / "desktop")
    t0 = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "fieldcase", "--workspace", str(folder), "wipe", "--yes"],
                          capture_output=True, text=True, env=env)
    wall = time.perf_counter() - t0
    opens = True
    try:
        session.unlock(folder, PASSPHRASE).lock()
    except NotAWorkspace:
        opens = False
    found = []
    if folder.exists():
        for p in folder.rglob("*"):
            if p.is_file():
                data = p.read_bytes()
                found += [c for c in CANARIES if c.encode() in data]
    return {"workspace_bytes": size, "attachments": n, "attach_s": round(attach_s, 1), "cli_exit": done.returncode,
            "cli_output": done.stdout.strip(), "wipe_wall_s_including_process_start": round(wall, 2),
            "passphrase_still_opens": opens, "canaries_found": found, "folder_left": folder.exists()}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", choices=("startup", "check", "duress", "wipe"), action="append")
    parser.add_argument("--runs", type=int, default=20, help="duress/real unlocks each (default 20)")
    parser.add_argument("--startup-runs", type=int, default=5)
    parser.add_argument("--gb", type=float, default=1.0)
    parser.add_argument("--profile", choices=("default", "floor"), default="default")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        startup_child(Path(args.child[0]), os.environ["FIELDCASE_BENCH_PASSPHRASE"], args.child[1] == "1")
        return 0
    os.environ["FIELDCASE_KDF_PROFILE"] = args.profile
    scratch = Path(tempfile.mkdtemp(prefix="fieldcase-bench-unlock-"))
    parts = args.only or ["startup", "check", "duress", "wipe"]
    results: dict[str, object] = {"profile": args.profile}
    for part in parts:
        t0 = time.perf_counter()
        if part == "startup":
            results[part] = bench_startup(scratch, args.startup_runs, args.profile)
        elif part == "check":
            results[part] = bench_check(scratch, args.gb)
        elif part == "duress":
            results[part] = bench_duress(scratch, args.runs)
        else:
            results[part] = bench_wipe(scratch, args.gb)
        print(f"{part} ({time.perf_counter() - t0:.0f} s): {json.dumps(results[part])}", flush=True)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    previous = json.loads(RESULTS.read_text()) if RESULTS.is_file() else {}
    RESULTS.write_text(json.dumps({**previous, **results}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
