"""Benchmark: rebuilding the HQ compartments (hq/compartments.py) after an import, against writing the same
records into the HQ store (the baseline, measured in the same run).

    /path/to/venv/bin/python bench/bench_hq_compartments.py [--records 2000]

Set-up: an SQLCipher HQ (Argon2id floor profile); `--records` demo-like records, a third at each
confidentiality level, saved into the HQ store in one batch (timed: the baseline). Timed: a full rebuild of
both compartments (every record read from the HQ store and written into each compartment at or above its
level), and a second rebuild that finds them current (the HQ store's highest revision id unchanged).
This machine has 2 cores shared with other work: timings are noisy (say so when reporting); the ratio to
the baseline is the figure to compare. Writes a JSON summary to stdout and bench/results/.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))
os.environ.setdefault("FIELDCASE_KDF_PROFILE", "floor")

from fieldcase.domain.records import CaseRecord, Location, PartialDate, PersonLink  # noqa: E402
from fieldcase.hq import compartments  # noqa: E402
from fieldcase.hq.store import HqStore  # noqa: E402
from fieldcase.services.records import CaseService  # noqa: E402

LEVELS = ("restricted", "confidential", "strictly_confidential")


def records(n: int) -> list[CaseRecord]:
    return [CaseRecord(kind="incident", title=f"Incident {i}", narrative=f"Narrative of incident {i}. " * 8,
                       confidentiality=LEVELS[i % 3], date=PartialDate(f"2026-{1 + i % 12:02d}-{1 + i % 28:02d}"),
                       location=Location("XTV", adm1_pcode=f"XT0{1 + i % 4}", adm1_name=f"Region {1 + i % 4}"),
                       severity=1 + i % 5, people=(PersonLink("victim", f"Person {i}", name=f"Name {i}"),))
            for i in range(n)]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        hq = HqStore.create(Path(tmp) / "hq", "bench passphrase", "HQ Bench")
        try:
            batch = records(args.records)
            start = time.perf_counter()
            CaseService(hq.ws).save_many(batch)
            baseline = time.perf_counter() - start
            start = time.perf_counter()
            counts = compartments.rebuild(hq.ws)
            rebuild = time.perf_counter() - start
            start = time.perf_counter()
            compartments.rebuild(hq.ws)
            current = time.perf_counter() - start
            sizes = {lv: compartments.path_of(hq.ws.path, lv).stat().st_size for lv in compartments.COMPARTMENT_LEVELS}
        finally:
            hq.lock()
    summary = {"records": args.records, "save_into_hq_s": round(baseline, 3), "rebuild_s": round(rebuild, 3),
               "rebuild_to_save_ratio": round(rebuild / baseline, 2), "already_current_s": round(current, 3),
               "records_per_compartment": counts, "compartment_bytes": sizes,
               "note": "2 shared cores: noisy timings; compare the ratio"}
    print(json.dumps(summary, indent=2))
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / "bench_hq_compartments.json").write_text(json.dumps(summary, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
