"""Many officers' packages for one PostgreSQL HQ, imported by several `hq import` processes at once
(tests/test_hq_concurrency.py, small; bench/bench_hq.py, 50 officers x 200 packages).

`build` enrols the officers and writes their packages into one folder; `clone` copies the HQ (its
folder and its database, `CREATE DATABASE ... TEMPLATE`) so the same packages can be imported by one
worker into one copy and by several into another; `records_digest` is what must come out equal.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text

from fieldcase.domain.records import CaseRecord, Location, PartialDate
from fieldcase.hq.store import HqStore
from fieldcase.services.records import CaseService
from fieldcase.services.sync import resolve_target
from fieldcase.workspace import Workspace

ROOT = Path(__file__).resolve().parents[1]
PASSPHRASE = "correct horse battery staple"
REGIONS = ("XT01", "XT02", "XT03", "XT04")


@dataclass
class Workload:
    hq_dir: Path
    database: str  # the HQ database's name on the server
    spool: Path  # the folder holding every officer's packages
    officers: int
    packages: int  # per officer
    revisions: int  # written by all officers together


def _records(officer: int, package_no: int, per_package: int) -> list[CaseRecord]:
    region = REGIONS[officer % len(REGIONS)]
    return [CaseRecord(kind="incident", title=f"Officer {officer} package {package_no} incident {i}",
                       date=PartialDate(f"2026-{1 + (package_no + i) % 12:02d}-{1 + i % 28:02d}"),
                       location=Location("XTV", adm1_pcode=region, adm1_name=f"Region {region}"),
                       severity=1 + (officer + i) % 5, narrative=f"Narrative {officer}/{package_no}/{i}.",
                       verification="vs.reported")
            for i in range(per_package)]


def build(root: Path, server: object, *, officers: int, packages: int, per_package: int = 2,
          edits: bool = True, log: bool = False) -> Workload:
    """An HQ on `server` (tests/pg_server.PgServer) with `officers` enrolled officers, each of whom pushed
    `packages` packages (new records, and from the second on an edit of an earlier record) to one folder."""
    from sync_helpers import make_officer  # the tests' own set-up (importable from bench/ too)

    name = f"hq_{os.getpid()}_{int(time.time() * 1000) % 10**9}"
    url = server.create_database(name)  # type: ignore[attr-defined]
    hq = HqStore.create(root / "hq", PASSPHRASE, "HQ Load", url)
    spool = root / "spool"
    spool.mkdir(parents=True)
    revisions = 0
    started = time.monotonic()
    for o in range(officers):
        officer = make_officer(root / f"officer{o}", hq, f"Officer {o:03d}", REGIONS[o % len(REGIONS)])
        target = resolve_target(officer.ws, str(spool))
        cases = CaseService(officer.ws)
        saved: list[CaseRecord] = []
        for p in range(packages):
            batch = cases.save_many(_records(o, p, per_package))
            revisions += len(batch)
            if edits and saved:  # an edit of an earlier record: a second revision of it travels
                old = saved[p % len(saved)]
                cases.save(_edited(old), expected_rev=old.rev)
                revisions += 1
            saved.extend(batch)
            officer.sync.push(target)
        officer.ws.lock()
        shutil.rmtree(root / f"officer{o}")  # its packages are in the spool; the workspace is not needed
        if log:
            print(f"  officer {o + 1}/{officers} pushed {packages} packages ({time.monotonic() - started:.0f} s)",
                  file=sys.stderr, flush=True)
    hq.lock()
    return Workload(root / "hq", name, spool, officers, packages, revisions)


def _edited(record: CaseRecord) -> CaseRecord:
    from dataclasses import replace

    return replace(record, narrative=record.narrative + " Revised after a follow-up visit.", severity=5)


def clone(work: Workload, server: object, into: Path, suffix: str) -> Workload:
    """The same HQ, its folder and its database copied (the HQ must be locked: no open connection)."""
    name = f"{work.database}_{suffix}"
    server.psql("postgres", f'CREATE DATABASE "{name}" TEMPLATE "{work.database}"')  # type: ignore[attr-defined]
    shutil.copytree(work.hq_dir, into)
    keyfile = into / "workspace.json"
    body = json.loads(keyfile.read_text())
    body["store"]["database"] = body["store"]["database"].rsplit("/", 1)[0] + "/" + name
    keyfile.write_text(json.dumps(body, indent=2) + "\n")
    return Workload(into, name, work.spool, work.officers, work.packages, work.revisions)


Finished = subprocess.CompletedProcess[str]


def run_workers(work: Workload, workers: int, *, timeout: float = 3600, code: Path | None = None,
                while_running: Callable[[], None] | None = None) -> tuple[float, list[Finished]]:
    """`workers` real `fieldcase hq import` processes started together; wall time and their results.
    `code`: another checkout's root to run them from (bench/bench_hq.py --baseline), else this one.
    `while_running`: called once they are all started, before they are waited for."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("FIELDCASE_")}
    env.update({"PYTHONPATH": str((code or ROOT) / "desktop"), "FIELDCASE_KDF_PROFILE": "floor",
                "FIELDCASE_PASSPHRASE": PASSPHRASE})
    argv = [sys.executable, "-m", "fieldcase", "hq", "import", "--dir", str(work.hq_dir), "--from", str(work.spool),
            "--json"]
    begin = time.monotonic()
    children = [subprocess.Popen(argv, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True) for _ in range(workers)]
    if while_running:
        try:
            while_running()
        except BaseException:
            for child in children:
                child.kill()
                child.communicate()
            raise
    results = []
    for child in children:
        out, err = child.communicate(timeout=timeout)
        results.append(subprocess.CompletedProcess(argv, child.returncode, out, err))
    return time.monotonic() - begin, results


def accepted(results: list[subprocess.CompletedProcess[str]]) -> list[str]:
    """The package ids every worker reports as accepted (a package twice would show here twice)."""
    ids = []
    for result in results:
        ids += [o["package_id"] for o in json.loads(result.stdout or "[]") if o["status"] == "accepted"]
    return ids


def records_digest(hq_dir: Path) -> dict[str, object]:
    """What an import must produce whatever the number of workers: every revision with its origin, the
    heads, the accepted packages, each officer's sequence chain, the attachments; row ids and the order
    of the audit entries (which depend on who committed first) left out. The audit chain must verify."""
    ws = Workspace.unlock(hq_dir, PASSPHRASE)
    try:
        out: dict[str, object] = {}
        with ws.engine.connect() as conn:
            def rows(sql: str) -> list[tuple[object, ...]]:
                return [tuple(r) for r in conn.execute(text(sql))]

            queries = {
                "revisions": "SELECT r.record_id, r.rev, r.author, r.created_at, r.content_hash, o.origin, "
                             "o.origin_rev, o.item_sha256 FROM case_revision r LEFT JOIN sync_revision_origin o "
                             "ON o.revision_id = r.id ORDER BY r.record_id, r.rev",
                "heads": "SELECT h.record_id, r.rev FROM case_head h JOIN case_revision r ON r.id = h.revision_id "
                         "ORDER BY h.record_id",
                "received": "SELECT peer_id, sequence, package_id, manifest_sha256 FROM sync_received "
                            "ORDER BY peer_id, sequence",
                "chains": "SELECT peer_id, in_sequence, in_manifest_sha256 FROM sync_peer ORDER BY peer_id",
                "remote_audit": "SELECT origin, seq, hash FROM sync_remote_audit ORDER BY origin, seq",
                "attachments": "SELECT id, sha256, size FROM attachment ORDER BY id",
            }
            for key, sql in queries.items():
                found = rows(sql)
                out[key + "_count"] = len(found)
                out[key + "_sha256"] = hashlib.sha256(repr(found).encode()).hexdigest()
            out["distinct_packages"] = conn.execute(text(
                "SELECT count(DISTINCT package_id) FROM sync_received")).scalar()
        out["audit_chain_verifies"] = CaseService(ws).verify_audit_chain() > 0
        return out
    finally:
        ws.lock()
