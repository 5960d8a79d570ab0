"""Benchmark: the HQ on PostgreSQL: import throughput with 1, 2 and 4 `hq import` workers, and the
regional `hq brief` over 1,000,000 records.

    /path/to/venv/bin/python bench/bench_hq.py [--officers 50] [--packages 200] [--workers 1,2,4] [--rounds 1]
                                               [--brief-records 1000000] [--skip-import] [--skip-brief]
                                               [--baseline OTHER_CHECKOUT]

Needs Debian's postgresql package (a server is started as in the tests: initdb in a temporary folder,
127.0.0.1 only, run as the `postgres` user when root; fsync stays ON here, unlike the tests).

1. Import. Set-up (not timed): `--officers` officers enrolled at one HQ each push `--packages` packages
   (2 new records each, and from the second package on an edit of an earlier record) into one folder;
   the HQ (folder + database) is cloned once per worker count (CREATE DATABASE ... TEMPLATE). Timed:
   N real `fieldcase hq import` processes started together on their clone until all have finished.
   Reported: revisions per second, and the ratio to 1 worker measured in the same run, for the whole
   commands and for their import phase alone (start to the last package's commit, from
   sync_received.received_at; after it the last worker out rebuilds the compartments, whole: a cost
   that grows with the store, not with the packages, desktop/README.md); the CPU seconds the
   workers and the server used, the cores that makes, and how idle the machine was (other work on a
   shared machine caps what a second worker can add) and how long they were ready to run but waited for
   a CPU (run-queue wait, /proc/PID/schedstat); with `--baseline` (e.g. `git worktree add` or
   `git archive` of an older commit) the same runs of that code and this run's ratio to them. Every clone must
   end with the same records digest (tests/hq_workload.records_digest) and every package accepted once.
2. Brief. Set-up (not timed): the demo records (12 months, 4 regions, acts, deaths, tags) saved into a
   PostgreSQL HQ through the app, then copied inside the server (INSERT ... SELECT over generate_series,
   new record and row ids; sealed values copied as they are) up to `--brief-records` current records.
   Timed: `fieldcase hq brief --region XT02 --period 2026-10` in a child process; wall time and the
   child's peak RSS (ru_maxrss).

This machine has 2 cores shared with other work: timings are noisy (say so when reporting).
Writes a JSON summary to stdout and bench/results/bench_hq.json.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))
sys.path.insert(0, str(ROOT / "tests"))
os.environ.setdefault("FIELDCASE_KDF_PROFILE", "floor")


def bench_import(root: Path, server: Any, officers: int, packages: int, workers: list[int],
                 rounds: int = 1, baseline: Path | None = None) -> dict[str, Any]:
    """With `rounds` > 1 the worker counts alternate (1, 2, 4, 1, 2, 4, ...) and each reports its median:
    on a shared machine the load of other work drifts by more than the effect being measured. With
    `baseline` (another checkout's root, e.g. the previous release) each run is followed by the same run
    of that code on its own clone of the same packages: the two are compared within one run."""
    from statistics import median

    from hq_workload import accepted, build, clone, records_digest, run_workers

    begin = time.monotonic()
    work = build(root / "load", server, officers=officers, packages=packages, log=True)
    setup = time.monotonic() - begin
    print(f"set-up: {officers} officers x {packages} packages, {work.revisions} revisions in {setup:.0f} s",
          file=sys.stderr, flush=True)
    codes: list[tuple[str, Path | None]] = [("this", None)] + ([("baseline", baseline)] if baseline else [])
    runs: dict[str, dict[str, Any]] = {name: {} for name, _code in codes}
    digests = []
    for round_no in range(rounds):
        for n in workers:
            for name, code in codes:
                copy = clone(work, server, root / f"hq-{name}-{n}-{round_no}", f"{name[0]}{n}r{round_no}")
                before, started = _cpu(server), time.time()
                with _Waits(server) as waits:
                    seconds, results = run_workers(copy, n, code=code)
                used = {k: round(v - before[k], 3) for k, v in _cpu(server).items()}
                last = server.psql(copy.database, "SELECT max(received_at) FROM sync_received").strip()
                importing = dt.datetime.fromisoformat(last).timestamp() - started if last else seconds
                ids = accepted(results)
                ok = all(r.returncode == 0 for r in results) and len(ids) == len(set(ids)) == officers * packages
                digests.append(records_digest(copy.hq_dir))
                server.psql("postgres", f'DROP DATABASE "{copy.database}"')  # keeps the server's disk small
                run = runs[name].setdefault(str(n), {"workers": n, "seconds_each_round": [],
                                                     "import_phase_seconds_each_round": [],
                                                     "every_package_once": True, "errors": [], "cpu": []})
                run["seconds_each_round"].append(round(seconds, 1))
                run["import_phase_seconds_each_round"].append(round(importing, 1))
                run["every_package_once"] = run["every_package_once"] and ok
                run["errors"] += [r.stderr[-500:] for r in results if r.returncode]
                cores = (used["workers_cpu_s"] + used["server_cpu_s"]) / seconds
                idle = used["machine_idle_s"] / (used["machine_total_s"] or 1)
                run["cpu"].append({"workers_cpu_s": round(used["workers_cpu_s"], 1),
                                   "server_cpu_s": round(used["server_cpu_s"], 1), "cores_used": round(cores, 2),
                                   "ready_but_no_cpu_s": waits.summary(),
                                   "machine_idle": round(idle, 3), "load_1min": os.getloadavg()[0]})
                print(f"{name} {n} worker(s): {seconds:.1f} s ({importing:.1f} s to the last package's commit), "
                      f"{work.revisions / seconds:.1f} revisions/s, ok={ok}, cores used {cores:.2f}, "
                      f"machine idle {idle:.0%}", file=sys.stderr, flush=True)
    for by_count in runs.values():
        for run in by_count.values():
            seconds, importing = median(run["seconds_each_round"]), median(run["import_phase_seconds_each_round"])
            run.update({"seconds": round(seconds, 1), "revisions_per_second": round(work.revisions / seconds, 1),
                        "packages_per_second": round(officers * packages / seconds, 2),
                        "import_phase_seconds": round(importing, 1),
                        "import_phase_revisions_per_second": round(work.revisions / importing, 1)})
        first = by_count[str(workers[0])]
        for run in by_count.values():
            run["speed-up_vs_1_worker"] = round(run["revisions_per_second"] / first["revisions_per_second"], 2)
            run["import_phase_speed-up_vs_1_worker"] = round(
                run["import_phase_revisions_per_second"] / first["import_phase_revisions_per_second"], 2)
    out: dict[str, Any] = {
        "officers": officers, "packages_per_officer": packages, "revisions": work.revisions,
        "setup_seconds": round(setup), "runs": runs["this"],
        "same_records_digest_for_every_worker_count": all(d == digests[0] for d in digests),
        "digest": digests[0]}
    if baseline:
        out["baseline"] = {"code": str(baseline), "runs": runs["baseline"],
                           "this_vs_baseline": {n: round(r["revisions_per_second"]
                                                         / runs["baseline"][n]["revisions_per_second"], 2)
                                                for n, r in runs["this"].items()}}
    return out


class _Waits:
    """How long the workers and the server's backends were ready to run but waited for a CPU (the run-queue
    wait in /proc/PID/schedstat, sampled every 0.1 s while the workers run): on a machine other work keeps
    busy this, not the import, is what a second worker cannot get past."""

    def __init__(self, server: Any) -> None:
        data = Path(server.psql("postgres", "SHOW data_directory").strip())
        self.parents = {"workers": os.getpid(), "server": int((data / "postmaster.pid").read_text().split()[0])}
        self.seen: dict[tuple[str, int], int] = {}
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._poll, daemon=True)

    def __enter__(self) -> _Waits:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.thread.join()

    def _poll(self) -> None:
        by_parent = {pid: name for name, pid in self.parents.items()}
        while not self.stop.is_set():
            for entry in os.listdir("/proc"):
                if not entry.isdigit():
                    continue
                try:
                    parent = int(Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[1])
                    if parent in by_parent:
                        waited = int(Path(f"/proc/{entry}/schedstat").read_text().split()[1])
                        self.seen[(by_parent[parent], int(entry))] = waited
                except (OSError, IndexError, ValueError):
                    continue  # gone meanwhile
            self.stop.wait(0.1)

    def summary(self) -> dict[str, float]:
        return {name: round(sum(ns for (who, _pid), ns in self.seen.items() if who == name) / 1e9, 1)
                for name in self.parents}


def _cpu(server: Any) -> dict[str, float]:
    """CPU seconds so far: this script's finished children (the workers), the PostgreSQL server (its
    postmaster with every backend, ended ones included), and the whole machine's busy/idle time."""
    tick = os.sysconf("SC_CLK_TCK")
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    data = Path(server.psql("postgres", "SHOW data_directory").strip())
    postmaster = int((data / "postmaster.pid").read_text().split()[0])

    def times(pid: int) -> tuple[int, list[int]]:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return int(fields[1]), [int(x) for x in fields[11:15]]  # ppid; utime stime cutime cstime

    ticks = sum(times(postmaster)[1])
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                parent, spent = times(int(entry))
            except (OSError, IndexError, ValueError):
                continue  # gone meanwhile
            if parent == postmaster:
                ticks += spent[0] + spent[1]
    machine = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    return {"workers_cpu_s": children.ru_utime + children.ru_stime, "server_cpu_s": ticks / tick,
            "machine_idle_s": (machine[3] + machine[4]) / tick, "machine_total_s": sum(machine) / tick}


# -- the brief over 1,000,000 records -------------------------------------------------------------

def _columns(conn: Any, table: str) -> list[str]:
    from sqlalchemy import text

    return [r[0] for r in conn.execute(text(
        "SELECT column_name FROM information_schema.columns WHERE table_name = :t ORDER BY ordinal_position"),
        {"t": table})]


def _copy(conn: Any, table: str, copies: int, replace: dict[str, str]) -> None:
    """INSERT INTO table SELECT ... FROM table CROSS JOIN generate_series(1, copies) AS k, with the given
    columns computed from k (new ids, new record ids); the others copied as they are."""
    from sqlalchemy import text

    cols = _columns(conn, table)
    select = ", ".join(replace.get(c, f"t.{c}") for c in cols)
    conn.execute(text(f"INSERT INTO {table} ({', '.join(cols)}) SELECT {select} FROM {table} t "
                      f"CROSS JOIN generate_series(1, {copies}) AS k WHERE t.{cols[0]} IS NOT NULL"))


def build_brief_store(root: Path, server: Any, records: int) -> tuple[Path, int]:
    from sqlalchemy import text

    from fieldcase.demo import generate_demo_records
    from fieldcase.domain.records import record_from_json
    from fieldcase.hq.store import HqStore
    from fieldcase.services.records import CaseService
    from hq_workload import PASSPHRASE

    url = server.create_database("hq_brief")
    hq = HqStore.create(root / "hq-brief", PASSPHRASE, "HQ Brief", url)
    base = CaseService(hq.ws).save_many([record_from_json(r) for r in generate_demo_records(months=12)])
    copies = max(0, -(-records // len(base)) - 1)
    with hq.ws.db.engine.begin() as conn:
        stride = {t: conn.execute(text(f"SELECT coalesce(max(id), 0) + 1 FROM {t}")).scalar()
                  for t in ("case_revision", "case_act", "case_tag", "case_person", "case_death")}
        rid = f"t.id + k * {stride['case_revision']}"
        new_record = "overlay(t.record_id placing lpad(to_hex(k), 8, '0') from 1 for 8)"
        _copy(conn, "case_revision", copies, {"id": rid, "record_id": new_record})
        _copy(conn, "case_head", copies, {"record_id": new_record, "revision_id": f"t.revision_id + k * "
                                          f"{stride['case_revision']}"})
        rev = f"t.revision_id + k * {stride['case_revision']}"
        _copy(conn, "case_violation", copies, {"revision_id": rev})
        _copy(conn, "case_source", copies, {"revision_id": rev})
        for table in ("case_tag", "case_person", "case_death"):
            _copy(conn, table, copies, {"id": f"t.id + k * {stride[table]}", "revision_id": rev})
        _copy(conn, "case_act", copies, {"id": f"t.id + k * {stride['case_act']}", "revision_id": rev})
        perp = conn.execute(text("SELECT coalesce(max(id), 0) + 1 FROM case_act_perpetrator")).scalar()
        _copy(conn, "case_act_perpetrator", copies, {"id": f"t.id + k * {perp}",
                                                     "act_id": f"t.act_id + k * {stride['case_act']}"})
        for table in ("case_revision", "case_act", "case_tag", "case_person", "case_death", "case_act_perpetrator"):
            conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                              f"(SELECT max(id) FROM {table}))"))
        total = conn.execute(text("SELECT count(*) FROM case_head")).scalar()
    hq.lock()
    # what autovacuum does after a bulk load, done now rather than while the brief runs: planner statistics, and
    # the visibility map that lets the covering indexes (0018_brief_indexes) answer without the table's pages
    server.psql("hq_brief", "VACUUM ANALYZE")
    return root / "hq-brief", int(total or 0)


def bench_brief(root: Path, server: Any, records: int) -> dict[str, Any]:
    from hq_workload import PASSPHRASE

    begin = time.monotonic()
    hq_dir, total = build_brief_store(root, server, records)
    print(f"brief store: {total} current records in {time.monotonic() - begin:.0f} s", file=sys.stderr, flush=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith("FIELDCASE_")}
    env.update({"PYTHONPATH": str(ROOT / "desktop"), "FIELDCASE_KDF_PROFILE": "floor",
                "FIELDCASE_PASSPHRASE": PASSPHRASE, "QT_QPA_PLATFORM": "offscreen"})
    out = root / "brief.pdf"
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.monotonic()
    result = subprocess.run([sys.executable, "-m", "fieldcase", "hq", "brief", "--dir", str(hq_dir), "--region",
                             "XT02", "--period", "2026-10", "--out", str(out)], env=env, capture_output=True,
                            text=True, stdin=subprocess.DEVNULL)
    seconds = time.monotonic() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {"records": total, "seconds": round(seconds, 1), "peak_rss_mib": round(max(peak, before) / 1024),
            "ok": result.returncode == 0 and out.is_file(), "stderr": result.stderr[-500:],
            "note": "ru_maxrss is the largest of this script's children so far (the brief runs last)"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--officers", type=int, default=50)
    parser.add_argument("--packages", type=int, default=200)
    parser.add_argument("--workers", default="1,2,4")
    parser.add_argument("--rounds", type=int, default=1, help="alternate the worker counts this many times (medians)")
    parser.add_argument("--brief-records", type=int, default=1_000_000)
    parser.add_argument("--skip-import", action="store_true")
    parser.add_argument("--skip-brief", action="store_true")
    parser.add_argument("--baseline", type=Path, help="another checkout's root: its workers run the same imports "
                        "right after these, for a before/after ratio measured in the same run")
    args = parser.parse_args()
    from pg_server import postgres_server

    summary: dict[str, Any] = {"machine": f"{os.cpu_count()} CPUs (shared; timings are noisy)"}
    with tempfile.TemporaryDirectory(prefix="bench-hq-") as tmp, postgres_server(fsync=True) as server:
        root = Path(tmp)
        if not args.skip_import:
            summary["import"] = bench_import(root, server, args.officers, args.packages,
                                             [int(n) for n in args.workers.split(",")], args.rounds,
                                             args.baseline)
        if not args.skip_brief:
            summary["brief"] = bench_brief(root, server, args.brief_records)
    text_out = json.dumps(summary, indent=2)
    print(text_out)
    results = ROOT / "bench" / "results"
    results.mkdir(exist_ok=True)
    (results / "bench_hq.json").write_text(text_out + "\n")


if __name__ == "__main__":
    main()
