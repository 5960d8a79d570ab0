"""Monthly assessment benchmark: `assess` and `indicators` on an encrypted store of 100,000 incidents.

    PYTHONPATH=desktop .venv/bin/python bench/bench_assess.py                    # 100,000 records
    PYTHONPATH=desktop .venv/bin/python bench/bench_assess.py --records 20000    # quicker
    PYTHONPATH=desktop .venv/bin/python bench/bench_assess.py --rebuild          # ignore the cached store

The store is built once through the real write path (`store.cases.write_records`, batches of 2,000 in
one transaction) and cached in bench/results/assess-<N>/ (a SQLCipher workspace; the passphrase below
is printed on purpose: the data is generated and fictional). Data: 12 months (2025-11 to 2026-10), 8
regions, 1-3 CCA risk areas per record with regional and seasonal weights, atrocity indicators
(hate speech among them), SDG 16.10.1 victims (journalists, trade unionists, defenders; some in two
groups) with acts of every act class, perpetrator status and due-diligence finding, deaths with the 16.1.2
disaggregation and a conflict relation, month- and year-only dates, every verification status.

Timed in a fresh process with the workspace unlocked (key derivation not timed):
* `AnalysisService.assess("2026-10")`: first call (cold page cache) and median of 5;
* `AnalysisService.indicators("2026-10")`: the 12-month headline and the month (median of 5);
* both together, as the risk board and a briefing need them: median of 5.
Target (issue 10): assessment + 12-month indicators < 1 s (median). Prints PASS/FAIL and writes
bench/results/assess.json.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import shutil
import statistics
import sys
import time
import uuid
from pathlib import Path
from typing import Any

os.environ.setdefault("FIELDCASE_KDF_PROFILE", "floor")  # unlocking is not what is measured
ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "desktop") not in sys.path:
    sys.path.insert(0, str(ROOT / "desktop"))

from fieldcase.domain.records import (  # noqa: E402
    Act,
    CaseRecord,
    Casualties,
    Deaths,
    Location,
    PartialDate,
    Perpetrator,
    PersonLink,
    SourceLink,
    Tag,
)

RESULTS = ROOT / "bench" / "results"
PASSPHRASE = "benchmark data only, fictional"
AUTHOR = "Bench Officer (fictional)"
NOW = "2026-11-05T09:30:00.000000+00:00"
BATCH = 2000
REPS = 5
TARGET_S = 1.0
GENERATOR_VERSION = 3  # bump when the data changes, so a cached store is rebuilt
MONTHS = [f"{2025 + (10 + i) // 12}-{(10 + i) % 12 + 1:02d}" for i in range(12)]  # 2025-11 .. 2026-10
REGIONS = [(f"FC0{i}", name) for i, name in enumerate(
    ("Northern Highlands", "Lake District", "Capital Region", "Eastern Plains", "River Delta", "Southern Border",
     "Western Hills", "Coastal Province"), start=1)]
CCA = ["cca.political_stability", "cca.democratic_space", "cca.justice_rule_of_law",
       "cca.social_cohesion_gender_equality_non_discrimination", "cca.economic_stability", "cca.internal_security",
       "cca.regional_global_influences", "cca.displacement_migration", "cca.public_health",
       "cca.food_security_agriculture_land", "cca.infrastructure_social_services", "cca.environment_climate"]
FOA = ["foa.rf08.i07", "foa.rf07.i05", "foa.rf09.i04", "foa.rf08.i05", "foa.rf06.i02", "foa.rf11.i01"]
# act types of every class in the SDG 16.10.1 derivation table (killing, torture, disappearance, deprivation
# of liberty, other harmful acts) and one it does not cover (eviction)
ACT_TYPES = [f"huridocs.mt04.{code}" for code in ("010101020000", "020111110000", "030103000000", "030102000000",
                                                   "030104000000", "020103020000", "020102000000", "050103000000")]
ACT_W = [3, 4, 2, 30, 6, 40, 10, 5]
GROUPS = ["sdg16101.victim.journalist", "sdg16101.victim.trade_unionist", "sdg16101.victim.hrd"]
VERIFICATION = ["vs.reported", "vs.under_review", "vs.corroborated", "vs.verified", "vs.not_verified", "vs.discounted"]
VERIFICATION_W = [25, 15, 20, 32, 5, 3]
PERPETRATOR_STATUS = ("state", "state_acquiescence", "non_state", "unknown")
CAUSES = ["heavy_explosive", "planted_uxo", "salw", "incendiary", "denial_survival", "unknown"]
_WORD_TEXT = (
    "armed men checkpoint detained witness police soldiers militia village market night family community "
    "leader journalist detention released beaten threatened shots road camp displaced authorities station "
    "custody whereabouts relatives lawyer court protest crowd injured hospital the of and to a in was "
    "were at by on from with that after before during near reported said"
)
WORDS = tuple(_WORD_TEXT.split())


def _month_weight(month_index: int, region_index: int) -> float:
    """Two regions escalate over the year, one calms down, the rest stay flat (with noise)."""
    if region_index in (1, 5):
        return 0.6 + month_index * 0.08
    if region_index == 3:
        return 1.4 - month_index * 0.06
    return 1.0


def generate(n: int, seed: int = 2026) -> list[CaseRecord]:
    rng = random.Random(seed)
    cells = [(m, r) for m in range(12) for r in range(len(REGIONS))]
    weights = [_month_weight(m, r) for m, r in cells]
    out = []
    for i in range(n):
        m, r = rng.choices(cells, weights)[0]
        pcode, region = REGIONS[r]
        year, month = map(int, MONTHS[m].split("-"))
        roll = rng.random()
        if roll < 0.03:
            date = PartialDate(str(year))
        elif roll < 0.15:
            date = PartialDate(MONTHS[m])
        else:
            date = PartialDate(dt.date(year, month, rng.randint(1, 28)).isoformat())
        areas = rng.sample(CCA[:8] if rng.random() < 0.8 else CCA, rng.choice((1, 1, 2, 2, 3)))
        tags = [Tag(a, "pattern noted by the field team") for a in areas]
        tags += [Tag(f, "indicator noted") for f in FOA if rng.random() < 0.04]
        people: list[PersonLink] = []
        violations: list[str] = []
        acts: list[Act] = []
        status = rng.choices(PERPETRATOR_STATUS, (40, 15, 30, 15))[0]
        if rng.random() < 0.12:
            groups = tuple(rng.sample(GROUPS, 2 if rng.random() < 0.1 else 1))
            violations = sorted(set(rng.choices(ACT_TYPES, ACT_W, k=rng.choice((1, 1, 2)))))
            pseudonym = f"V-{i:06d}"
            people.append(PersonLink(role="victim", pseudonym=pseudonym, person_id=str(uuid.UUID(
                int=rng.getrandbits(128), version=4)), sex=rng.choice(("female", "male", "male", "unknown")),
                age_group=rng.choices(("adult", "child", "elderly", "unknown"), (85, 5, 5, 5))[0],
                victim_groups=groups, cooperated_with_un="field_presence" if rng.random() < 0.1 else None,
                reprisal_suspected=rng.random() < 0.3))
            linked = rng.random() < 0.85
            acts = [Act(pseudonym, act_type, (Perpetrator(status),), linked_to_work=linked,
                        state_due_diligence_failure=rng.choice((True, False, None)),
                        fate_concealed=rng.random() < 0.05) for act_type in violations]
        if rng.random() < 0.35:  # most incidents also have a witness; they are people the signal reads too
            people.append(PersonLink(role="witness", pseudonym=f"W-{i:06d}", sex=rng.choice(("female", "male")),
                                     age_group="adult"))
        killed = rng.choice((0,) * 18 + (1, 3))
        deaths = (Deaths(killed, "sdg1612.sex.man", "sdg1612.age.adult", f"sdg1612.cause.{rng.choice(CAUSES)}",
                         "sdg1612.status.civilian"),) if killed else ()
        narrative = " ".join(rng.choices(WORDS, k=rng.randint(90, 150))).capitalize() + "."
        out.append(CaseRecord(
            kind="incident" if rng.random() < 0.85 else "community_info",
            title=f"{rng.choice(WORDS).capitalize()} {rng.choice(WORDS)} near {region} {i}", date=date,
            location=Location("FCX", adm1_pcode=pcode, adm1_name=region, adm2_pcode=f"{pcode}0{rng.randint(1, 6)}"),
            narrative=narrative, violation_types=tuple(violations), perpetrator_status=status, acts=tuple(acts),
            conflict_related=(rng.random() < 0.7) if killed else None,
            severity=rng.choices((1, 2, 3, 4, 5), (20, 30, 25, 17, 8))[0],
            verification=rng.choices(VERIFICATION, VERIFICATION_W)[0],
            reprisal=rng.random() < 0.01, early_warning=rng.random() < 0.05,
            casualties=Casualties(killed=killed or None), deaths=deaths, people=tuple(people),
            sources=(SourceLink(name=f"Source {rng.randrange(3000):04d}", reliability=rng.choice("ABCDEF"),
                                credibility=rng.randint(1, 6)),),
            risk_tags=tuple(tags)))
    return out


def build_store(path: Path, n: int) -> float:
    from fieldcase.frameworks.builtin import builtin_registry
    from fieldcase.store import cases
    from fieldcase.workspace import Workspace

    if path.exists():
        shutil.rmtree(path)
    registry = builtin_registry()

    def pin(record: CaseRecord) -> CaseRecord:
        from dataclasses import replace

        tags = []
        for t in record.risk_tags:
            fw = registry.framework_of(t.category)
            tags.append(replace(t, framework_id=fw.id, framework_version=str(fw.release)) if fw else t)
        return replace(record, risk_tags=tuple(tags))

    records = [pin(r) for r in generate(n)]
    ws, _recovery = Workspace.create(path, PASSPHRASE, AUTHOR)
    start = time.perf_counter()
    with ws, ws.engine.begin() as conn:
        for i in range(0, n, BATCH):
            cases.write_records(conn, records[i:i + BATCH], AUTHOR, NOW)
            print(f"\r  wrote {min(i + BATCH, n):,} of {n:,}", end="", flush=True)
    print()
    (path / "bench.json").write_text(json.dumps({"records": n, "generator": GENERATOR_VERSION}))
    return time.perf_counter() - start


def _timed(fn: Any, reps: int) -> tuple[float, list[float], Any]:
    times, result = [], None
    for _ in range(reps):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), times, result


def measure(path: Path) -> dict[str, Any]:
    from fieldcase.services.analysis import AnalysisService
    from fieldcase.workspace import Workspace

    with Workspace.unlock(path, PASSPHRASE) as ws:
        service = AnalysisService(ws)
        service.registry()  # framework loading is start-up, not the assessment
        start = time.perf_counter()
        first = service.assess("2026-10")
        cold = time.perf_counter() - start
        assess_median, assess_times, report = _timed(lambda: service.assess("2026-10"), REPS)
        indicators_median, _, ind = _timed(lambda: service.indicators("2026-10"), REPS)
        both_median, both_times, _ = _timed(lambda: (service.assess("2026-10"), service.indicators("2026-10")), REPS)
    del first
    return {
        "assess_cold_s": round(cold, 4), "assess_median_s": round(assess_median, 4),
        "assess_runs_s": [round(t, 4) for t in assess_times],
        "indicators_median_s": round(indicators_median, 4),
        "assess_and_indicators_median_s": round(both_median, 4),
        "assess_and_indicators_runs_s": [round(t, 4) for t in both_times],
        "records_in_month": report.report.records,
        "escalating": [a.signal.risk_area for a in report.escalating],
        "victims_16_10_1_month": ind.sdg_16_10_1.month.total if ind.sdg_16_10_1.month else None,
        "victims_16_10_1_12_months": ind.sdg_16_10_1.headline.total,
        "deaths_16_1_2_12_months": ind.sdg_16_1_2.headline.total,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--rebuild", action="store_true", help="build the store even if a cached one exists")
    args = parser.parse_args(argv)
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"assess-{args.records}"
    marker = path / "bench.json"
    cached = marker.is_file() and json.loads(marker.read_text()) == {"records": args.records,
                                                                     "generator": GENERATOR_VERSION}
    build_s = None
    if args.rebuild or not cached:
        print(f"Building a store of {args.records:,} incidents in {path} ...")
        build_s = build_store(path, args.records)
        print(f"  built in {build_s:.1f} s")
    else:
        print(f"Using the cached store in {path} (--rebuild to make it again).")
    result = measure(path)
    passed = result["assess_and_indicators_median_s"] < TARGET_S
    print(f"assess 2026-10:            cold {result['assess_cold_s'] * 1000:7.1f} ms, median of {REPS} "
          f"{result['assess_median_s'] * 1000:7.1f} ms  ({result['records_in_month']:,} records in the month)")
    print(f"indicators 2026-10:        median {result['indicators_median_s'] * 1000:7.1f} ms  (12 months + month; "
          f"{result['victims_16_10_1_12_months']:,} victims in 12 months)")
    print(f"escalating areas: {', '.join(result['escalating']) or 'none'}")
    both = result["assess_and_indicators_median_s"]
    print(f"{'PASS' if passed else 'FAIL'}: assess + indicators median {both:.3f} s "
          f"{'<' if passed else '>='} {TARGET_S:.0f} s for {args.records:,} incidents")
    (RESULTS / "assess.json").write_text(json.dumps({
        "records": args.records, "build_s": build_s, "target_s": TARGET_S, "passed": passed,
        "machine": {"python": platform.python_version(), "platform": platform.platform(),
                    "cpus": os.cpu_count()}, **result}, indent=1) + "\n")
    return 0 if passed else 1


if __name__ == "__main__":
    raise SystemExit(main())
