"""Possible duplicates at scale: the planted set of demo/duplicates.py inside 100,000 records.

    PYTHONPATH=desktop .venv/bin/python bench/bench_matches.py                     # 100,000 records
    PYTHONPATH=desktop .venv/bin/python bench/bench_matches.py --records 10000     # quick check

A real encrypted workspace (SQLCipher, the floor KDF profile) is filled in a child process with the planted
set (people across scripts and spellings, incidents reported by a witness, a clinic and a radio station) and
unrelated background incidents spread over 5 years and 180 districts (demo/duplicates.synthetic_regions).
Then, each in a fresh child process (so no page cache or Python heap carries over, and each child's peak RSS
is its own):

* baseline   unlock and list every record (`CaseService.list`, all rows): what reading the same records costs;
* matches    unlock and `MatchService.find()` over the whole workspace (cold: the facts are read), then again
             (warm: the facts kept in memory for the unlock), then the one-record view (`find(record_id=...)`)
             for 20 planted records (median);

and the parent prints time and peak RSS with their ratio to the baseline, and precision and recall on the
planted pairs: over everything found, and over the pairs that name a planted record or person (the planted
set's own precision, what the background's density does not decide). Timings on this shared 2-core machine
are noisy; the ratios are measured in the same run. The workspace is deleted at the end.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "desktop") not in sys.path:
    sys.path.insert(0, str(ROOT / "desktop"))

PASSPHRASE = "bench matches passphrase"
TRUTH = "truth.json"  # ids only (no names, no record text): the planted pairs


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def fill(folder: Path, records: int) -> dict[str, object]:
    from fieldcase.demo.duplicates import _Maker, background_records, planted_set, synthetic_regions
    from fieldcase.domain.records import record_from_json
    from fieldcase.services.records import CaseService
    from fieldcase.workspace import Workspace

    planted = planted_set(seed=16, background=0)
    background = background_records(_Maker(99), max(0, records - len(planted.records)), days=5 * 365,
                                     regions=synthetic_regions())
    ws, _recovery = Workspace.create(folder / "ws", PASSPHRASE, "Bench Officer (fictional)")
    started = time.perf_counter()
    try:
        service = CaseService(ws)
        everything = planted.records + background
        for start in range(0, len(everything), 10_000):
            service.save_many([record_from_json(r) for r in everything[start:start + 10_000]])
    finally:
        ws.lock()
    (folder / TRUTH).write_text(json.dumps({
        "same_people": sorted(planted.same_people), "same_incidents": sorted(planted.same_incidents),
        "planted_people": sorted(planted.planted_people), "planted_records": sorted(planted.planted_records)}))
    return {"records": len(everything), "planted_records": len(planted.records),
            "fill_s": time.perf_counter() - started}


def baseline(folder: Path) -> dict[str, object]:
    from fieldcase.domain.records import CaseFilter
    from fieldcase.services import session

    ws = session.unlock(folder / "ws", PASSPHRASE)
    try:
        started = time.perf_counter()
        rows = session.Session(ws).cases.list(CaseFilter(), limit=10**7)
        elapsed = time.perf_counter() - started
    finally:
        ws.lock()
    return {"listed": len(rows), "list_s": elapsed, "peak_mib": _peak_mib()}


def matches(folder: Path) -> dict[str, object]:
    from fieldcase.demo.duplicates import measure
    from fieldcase.services import session

    truth = json.loads((folder / TRUTH).read_text())
    same_people = {tuple(p) for p in truth["same_people"]}
    same_incidents = {tuple(p) for p in truth["same_incidents"]}
    planted_people, planted_records = set(truth["planted_people"]), set(truth["planted_records"])
    ws = session.unlock(folder / "ws", PASSPHRASE)
    try:
        service = session.Session(ws).matches
        started = time.perf_counter()
        report = service.find()
        cold = time.perf_counter() - started
        peak = _peak_mib()
        started = time.perf_counter()
        service.find()
        warm = time.perf_counter() - started
        singles = []
        for record_id in sorted(planted_records)[:20]:
            started = time.perf_counter()
            service.find(record_id=record_id)
            singles.append(time.perf_counter() - started)
    finally:
        ws.lock()
    out: dict[str, object] = {"cold_s": cold, "warm_s": warm, "one_record_median_s": statistics.median(singles),
                              "peak_mib": peak, "pairs": len(report.pairs), "compared": report.compared,
                              "skipped_blocks": report.skipped_blocks, "people_named": report.people,
                              "incidents": report.incidents}
    for kind, truth_pairs, planted in (("person", same_people, planted_people),
                                       ("incident", same_incidents, planted_records)):
        found = {(p.first.id, p.second.id) for p in report.pairs if p.kind == kind}
        near_planted = {pair for pair in found if set(pair) & planted}
        everything, planted_only = measure(found, truth_pairs), measure(near_planted, truth_pairs)
        out[kind] = {"found": everything.found, "true": everything.true_found, "planted": everything.planted,
                     "recall": everything.recall, "precision": everything.precision,
                     "precision_planted": planted_only.precision, "found_planted": planted_only.found}
    return out


def _child(phase: str, folder: Path, records: int) -> dict[str, object]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "desktop"), "FIELDCASE_KDF_PROFILE": "floor"}
    done = subprocess.run([sys.executable, __file__, "--phase", phase, "--folder", str(folder),
                           "--records", str(records)], capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        raise SystemExit(f"bench_matches: the {phase} phase failed")
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--phase", choices=("fill", "baseline", "matches"))
    parser.add_argument("--folder", type=Path)
    parser.add_argument("--keep", type=Path, metavar="DIR",
                        help="fill DIR once and keep it (a later run with the same DIR skips the fill)")
    args = parser.parse_args()
    if args.phase:
        phase = {"fill": lambda: fill(args.folder, args.records), "baseline": lambda: baseline(args.folder),
                 "matches": lambda: matches(args.folder)}[args.phase]
        print(json.dumps(phase()))
        return 0
    folder = args.keep or Path(tempfile.mkdtemp(prefix="fieldcase-bench-matches-"))
    try:
        if (folder / TRUTH).exists():
            print(f"bench_matches: the workspace filled earlier in {folder}")
        else:
            folder.mkdir(parents=True, exist_ok=True)
            filled = _child("fill", folder, args.records)
            print(f"bench_matches: {filled['records']:,} records ({filled['planted_records']} planted), "
                  f"filled in {filled['fill_s']:.0f} s")
        base = _child("baseline", folder, args.records)
        found = _child("matches", folder, args.records)
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    list_s, base_peak = float(base["list_s"]), float(base["peak_mib"])  # type: ignore[arg-type]
    print(f"  baseline: list all {base['listed']:,} records      {list_s:7.2f} s   peak RSS {base_peak:6.0f} MiB")
    for label, key in (("matches, whole workspace (cold)", "cold_s"), ("matches, again (facts kept)", "warm_s"),
                       ("matches, one record (median)", "one_record_median_s")):
        value = float(found[key])  # type: ignore[arg-type]
        print(f"  {label:<34} {value:7.3f} s   x{value / list_s:.3f} of the baseline")
    peak = float(found["peak_mib"])  # type: ignore[arg-type]
    print(f"  peak RSS of the matching child       {peak:6.0f} MiB  x{peak / base_peak:.2f} of the baseline child")
    print(f"  people with a name {found['people_named']:,}, incidents {found['incidents']:,}; "
          f"pairs scored {found['compared']:,}; blocks too common to compare {found['skipped_blocks']}")
    for kind in ("person", "incident"):
        m = found[kind]
        assert isinstance(m, dict)
        print(f"  {kind:<8} planted pairs {m['planted']}, found {m['found']} ({m['true']} true): recall "
              f"{m['recall']:.3f}, precision {m['precision']:.3f} overall, {m['precision_planted']:.3f} over the "
              f"{m['found_planted']} pairs naming a planted {kind}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
