"""Briefing benchmark: a month with 2,000 incidents, built and signed (target < 5 s).

    PYTHONPATH=desktop .venv/bin/python bench/bench_briefing.py              # 2,000 incidents, 3 runs
    PYTHONPATH=desktop .venv/bin/python bench/bench_briefing.py --incidents 500 --runs 1

The workspace is a real encrypted one (fast Argon2id profile: unlocking is not what is measured).
It holds the demo's eight months, plus `--incidents` incidents copied from the demo's incidents into
the benchmark month with fresh ids, people and sources, so the month has the demo's mix of
severities, verification statuses, deaths, people and tags at 20 times the volume.

It also holds the demo's RMR inputs (recommendations, action points with their history, the officer's
levels and written assessment), and the copied incidents keep their early-warning and reprisal flags, so
the RMR sections (last month's levels, early warning, reprisals, atrocity factors, recommendations,
follow-up) are built at that volume too.

Timed: `BriefingService.build` end to end, exactly what `fieldcase brief` runs: read the month and
the five before it, assemble and redact, render with reportlab (cover, charts, tables, a ~45-page
annex), sign with pyHanko (P-256, PAdES B-B), write atomically and append to the export log.
The first run includes importing reportlab and pyHanko; the median is over all runs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "desktop") not in sys.path:
    sys.path.insert(0, str(ROOT / "desktop"))
os.environ.setdefault("FIELDCASE_KDF_PROFILE", "floor")

RESULTS = ROOT / "bench" / "results" / "briefing.json"
MONTH = "2026-10"
TARGET_SECONDS = 5.0


def make_workspace(path: Path, incidents: int, seed: int = 7):  # type: ignore[no-untyped-def]
    from fieldcase.demo import generate_demo_records
    from fieldcase.demo.rmr import enrich
    from fieldcase.domain.records import PartialDate, record_from_json
    from fieldcase.services.demo import add_demo_rmr
    from fieldcase.services.records import CaseService
    from fieldcase.workspace import Workspace

    demo = [record_from_json(item) for item in enrich(generate_demo_records())]
    base = [r for r in demo if r.kind == "incident"]
    rng = random.Random(seed)
    extra = []
    for _ in range(incidents):
        r = rng.choice(base)
        day = PartialDate(f"{MONTH}-{rng.randint(1, 31):02d}")
        new_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        people = tuple(replace(p, person_id=None, pseudonym=f"B-{rng.randrange(10**6):06d}") for p in r.people)
        renamed = {old.pseudonym: new.pseudonym for old, new in zip(r.people, people, strict=True)}
        acts = tuple(replace(a, victim=renamed.get(a.victim, a.victim)) for a in r.acts)  # acts name victims
        extra.append(replace(r, id=new_id, date=day, date_end=None, people=people, acts=acts,
                             sources=tuple(replace(s, source_id=None) for s in r.sources)))
    ws, _ = Workspace.create(path, "benchmark passphrase", "Bench Officer (fictional)")
    CaseService(ws).save_many(demo + extra)
    add_demo_rmr(ws)  # the RMR inputs: recommendations, action points with history, levels, written assessment
    return ws


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--incidents", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-save", action="store_true", help="do not write bench/results/briefing.json")
    args = parser.parse_args(argv)

    from fieldcase.services.briefing import BriefingService

    with tempfile.TemporaryDirectory(prefix="fc-bench-") as tmp:
        ws = make_workspace(Path(tmp) / "ws", args.incidents)
        with ws:
            service = BriefingService(ws)
            times, result = [], None
            for i in range(args.runs):
                start = time.perf_counter()
                result = service.build(MONTH, out=Path(tmp) / f"brief-{i}.pdf")
                times.append(time.perf_counter() - start)
    assert result is not None
    median = statistics.median(times)
    print(f"briefing for {MONTH}: {result.records:,} records ({args.incidents:,} added incidents), "
          f"{result.pages} pages, {result.size / 1e6:.1f} MB")
    print("build + sign + write, per run: " + ", ".join(f"{t:.2f} s" for t in times))
    print(f"median {median:.2f} s (target < {TARGET_SECONDS:.0f} s): {'OK' if median < TARGET_SECONDS else 'TOO SLOW'}")
    if not args.no_save:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps({
            "when": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), "month": MONTH,
            "incidents_added": args.incidents, "records": result.records, "pages": result.pages,
            "bytes": result.size, "runs_s": [round(t, 3) for t in times], "median_s": round(median, 3),
            "target_s": TARGET_SECONDS}, indent=1) + "\n")
    return 0 if median < TARGET_SECONDS else 1


if __name__ == "__main__":
    raise SystemExit(main())
