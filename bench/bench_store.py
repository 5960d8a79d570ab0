"""Store benchmark: SQLCipher vs plain SQLite through the real store code.

    PYTHONPATH=desktop .venv/bin/python bench/bench_store.py              # 100,000 records, 3 reps
    PYTHONPATH=desktop .venv/bin/python bench/bench_store.py --records 10000 --reps 1   # quick check

Each variant and repetition gets a fresh temporary database and fresh child processes (one fills it,
a second one opens it again, as after an unlock, and runs the queries), so no page cache (SQLite's or
the Python heap) leaks from one measurement into another. Variants:

* ``plain``      plain SQLite (the baseline the targets are measured against), via
                 ``make_engine(path, None, plaintext_for_benchmark=True)``: the sqlcipher3 library's SQLite with
                 no key (since migration 0017 the search index needs SQLite 3.43+; Python's own is older here);
* ``sqlcipher``  sqlcipher3 with a random 32-byte raw key and engine.py's default page size;
* ``nokey``      (informative) formerly the sqlcipher3 library with no key beside stdlib sqlite3; now the
                 same engine as ``plain`` (kept so the result files keep their shape).

All variants use the same ``make_engine`` pragmas; the child reports the effective pragmas and the
parent checks they match. Measured per child:

* bulk insert of N generated incidents through ``cases.write_records`` in batches of 2,000 inside one
  transaction (commit included; data generation and schema creation are not timed);
* FTS search ``list_cases(CaseFilter(search="<two words>"), limit=50)``: median of 20 warm queries;
* search as an officer types an identifier (a pseudonym, a P-code, a place), with names searched too
  (``search_names=True``: name variants by phonetic key): median of 20 warm queries;
* filtered list ``list_cases(CaseFilter(adm1_pcode, verification, date_from, date_to), limit=100)``
  and ``count_cases`` of the same filter: median of 20 warm queries each.

The parent takes the median over repetitions, prints the table, checks the targets and writes
``bench/results/store.json``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "desktop") not in sys.path:
    sys.path.insert(0, str(ROOT / "desktop"))

RESULTS = ROOT / "bench" / "results" / "store.json"
VARIANTS = ("plain", "sqlcipher", "nokey")
LABELS = {"plain": "plain (sqlcipher3, no key)", "sqlcipher": "SQLCipher (raw key)",
          "nokey": "sqlcipher3, no key"}
BATCH = 2000
QUERIES = 20
AUTHOR = "Bench Officer (fictional)"
NOW = "2026-01-15T09:30:00.000000+00:00"

# Targets: SQLCipher / plain SQLite (the same library, no key).
TARGET_INSERT_RATIO = 1.6
TARGET_QUERY_RATIO = 1.1
TARGET_QUERY_MS = 100.0

# -- deterministic data ---------------------------------------------------------------------------

REGIONS = [  # fictional admin-1 units of a fictional country
    ("FC01", "Northern Highlands"), ("FC02", "Lake District"), ("FC03", "Capital Region"),
    ("FC04", "Eastern Plains"), ("FC05", "River Delta"), ("FC06", "Southern Border"),
    ("FC07", "Western Hills"), ("FC08", "Coastal Province"),
]
PLACES = ["Kessa", "Tarum", "Lowe Bridge", "Marat", "Ilunga", "Sefa", "Dorin", "Oblast Market",
          "Nabi Camp", "Harlow", "Pesh", "Vantu", "Ergo Junction", "Milla", "Korr", "Amsel"]
VIOLATIONS = ["sdg16101.A", "sdg16101.B", "sdg16101.C", "sdg16101.D", "sdg16101.E", "sdg16101.F"]
VIOLATION_WORDS = {"sdg16101.A": "Killing", "sdg16101.B": "Abduction", "sdg16101.C": "Disappearance",
                   "sdg16101.D": "Arbitrary detention", "sdg16101.E": "Torture",
                   "sdg16101.F": "Attack"}
CCA = ["cca.political_stability", "cca.democratic_space", "cca.justice_rule_of_law",
       "cca.internal_security", "cca.displacement_migration",
       "cca.social_cohesion_gender_equality_non_discrimination"]
CCA_FRAMEWORK = ("unsdg.cca.mdra",
                 "2019 CCA Companion Piece / Cooperation Framework annexes (reconstructed; see verification)")
VERIFICATION = ["vs.reported", "vs.under_review", "vs.corroborated", "vs.verified", "vs.not_verified",
                "vs.discounted"]
VERIFICATION_W = [30, 15, 20, 25, 7, 3]
VICTIMS = ["journalist", "trade unionist", "human rights defender", "community leader", "lawyer",
           "student activist", "teacher", "farmer", "displaced woman", "local councillor"]
VICTIM_GROUPS = {"journalist": "sdg16101.victim.journalist", "trade unionist": "sdg16101.victim.trade_unionist",
                 "human rights defender": "sdg16101.victim.hrd"}
PERPETRATORS = ["state_security", "police", "armed_forces", "militia", "armed_group", "unknown_armed_men"]
SOURCE_TYPES = ["src.victim", "src.witness", "src.cso", "src.media", "src.official", "src.family"]

# Field-report vocabulary. The order sets the frequency (Zipf-like weights), so function words are
# common and most domain words are rare, as in real narratives.
FUNCTION_WORDS = (  # noqa: SIM905 - a word list reads better as text
    "the of and to a in was were at by on from with that his her their they he she it after before "
    "during near while for as had been not who which said reported "
).split()
DOMAIN_WORDS = (  # noqa: SIM905
    "armed men checkpoint detained arrested witness witnesses police soldiers militia vehicle village "
    "market night morning evening house family members community leader journalist detention released "
    "beaten threatened shots fired road convoy camp displaced returned authorities officers station "
    "custody interrogated phone confiscated documents identity card border crossing patrol unit "
    "commander uniform masked unidentified taken away whereabouts unknown relatives lawyer access "
    "denied court hearing charges terrorism incitement protest demonstration crowd tear gas dispersed "
    "injured killed wounded hospital clinic medical treatment bruises torture ill-treatment electric "
    "shocks blindfolded handcuffed transferred prison facility cell solitary confinement visit "
    "refused ransom abduction kidnapped motorbike pickup truck checkpoint curfew raid search warrant "
    "property looted burned shop school teacher students union strike workers dismissed harassment "
    "surveillance followed intimidation summons intelligence service interrogation statement forced "
    "confession signed release bail guarantee fine sentence verdict appeal complaint filed "
    "investigation prosecutor opened closed district governor mayor council elders meeting mediation "
    "tension clashes ethnic group herders farmers land dispute cattle water well harvest fields "
    "attack ambush landmine explosion mortar shelling airstrike drone helicopter flight fled forest "
    "bush river bridge ferry boat fishermen traders bus passengers driver fuel tanker aid workers "
    "humanitarian warehouse food distribution registration radio station broadcast newspaper article "
    "social media post video footage photographs recorded source informant reliable corroborated "
    "contacted interviewed remotely telephone messaging encrypted fear reprisal cooperation mission "
    "office visited monitoring team observed damage graves burial bodies identified morgue autopsy "
    "certificate death threats letter graffiti warning leave town "
).split()
VOCAB = FUNCTION_WORDS + list(dict.fromkeys(DOMAIN_WORDS))
VOCAB_CUM: list[float] = []
_acc = 0.0
for _rank, _w in enumerate(VOCAB, start=1):
    _acc += 1.0 / (_rank ** 0.9)
    VOCAB_CUM.append(_acc)

# Two-word searches (the last is a prefix in fts_query), mid-to-rare domain words as an officer would type.
FTS_SEARCHES = ["checkpoint witness", "journalist detained", "tear gas", "ransom kidnapped",
                "land dispute", "forced confession", "radio station", "night raid", "curfew police",
                "convoy ambush"]


# Identifiers an officer types: a victim's pseudonym, an admin-1 P-code, a place, a place and a word.
ID_SEARCHES = ["V-101-004242", "FC05", "Lowe Bridge", "Kessa checkpoint", "V-101-09"]


def _narrative(rng: random.Random) -> str:
    target = rng.randint(600, 1000)
    sentences: list[str] = []
    length = 0
    while length < target:
        words = rng.choices(VOCAB, cum_weights=VOCAB_CUM, k=rng.randint(8, 22))
        sentence = " ".join(words).capitalize() + "."
        sentences.append(sentence)
        length += len(sentence) + 1
    return " ".join(sentences)[:target].rstrip() + "."


def generate_json(n: int, seed: int = 16101) -> list[dict[str, Any]]:
    """`n` realistic, clearly fictional incidents in the import (JSON) form, deterministically."""
    rng = random.Random(seed)
    start = dt.date(2025, 1, 1)
    out = []
    for i in range(n):
        pcode, region = REGIONS[rng.randrange(len(REGIONS))]
        place = rng.choice(PLACES)
        day = start + dt.timedelta(days=rng.randrange(365))
        date = day.isoformat() if rng.random() < 0.9 else day.isoformat()[:7]
        violations = rng.sample(VIOLATIONS, rng.randint(1, 2))
        victim = rng.choice(VICTIMS)
        person: dict[str, Any] = {
            "role": "victim", "pseudonym": f"V-{seed % 1000:03d}-{i:06d}",
            "sex": rng.choice(["female", "male", "unknown"]),
            "age_group": rng.choices(["adult", "child", "elderly", "unknown"], [80, 8, 7, 5])[0],
            # the draw that was once the person's act_linked_to_work (now on acts): kept, so the data stay comparable
            "at_risk": (victim in VICTIM_GROUPS and rng.random() < 0.7, rng.random() < 0.3)[1],
            "consent": {"naming": rng.random() < 0.2, "referral": rng.random() < 0.5},
        }
        if victim in VICTIM_GROUPS:
            person["victim_groups"] = [VICTIM_GROUPS[victim]]
        record = {
            "kind": "incident",
            "title": f"{VIOLATION_WORDS[violations[0]]} of {victim} near {place} {rng.choice(DOMAIN_WORDS)}",
            "narrative": _narrative(rng),
            "date": date,
            "reported_on": (day + dt.timedelta(days=rng.randrange(30))).isoformat(),
            "location": {"country": "FCX", "adm1_pcode": pcode, "adm1_name": region,
                         "adm2_pcode": f"{pcode}{rng.randrange(1, 7):02d}", "place": place,
                         "lat": round(rng.uniform(-4.0, 4.0), 4), "lon": round(rng.uniform(28.0, 34.0), 4),
                         "coord_precision_m": rng.choice([100, 1000, 5000])},
            "violation_types": violations,
            "perpetrator_category": f"perp.{rng.choice(PERPETRATORS)}",
            "perpetrator_status": rng.choice(["state", "state_acquiescence", "non_state", "unknown"]),
            "severity": rng.randint(1, 5),
            "verification": rng.choices(VERIFICATION, VERIFICATION_W)[0],
            "status": rng.choices(["open", "follow_up", "closed"], [50, 30, 20])[0],
            "confidentiality": rng.choice(["restricted", "confidential", "strictly_confidential"]),
            "reprisal": rng.random() < 0.05,
            "early_warning": rng.random() < 0.08,
            "casualties": {"killed": rng.choice([0, 0, 0, 1, 2]), "injured": rng.randrange(4)},
            "people": [person],
            "sources": [{"name": f"Source {rng.randrange(5000):04d}", "type": rng.choice(SOURCE_TYPES),
                         "reliability": rng.choice("ABCDEF"), "credibility": rng.randint(1, 6)}],
            "risk_tags": [{"category": c, "rationale": "pattern of " + rng.choice(DOMAIN_WORDS)}
                          for c in rng.sample(CCA, rng.randint(1, 2))],
        }
        out.append(record)
    return out


def generate_records(n: int, seed: int = 16101) -> list[Any]:
    """The records as write_records takes them, risk tags already pinned to their framework."""
    from dataclasses import replace

    from fieldcase.domain.records import record_from_json

    records = []
    for item in generate_json(n, seed):
        r = record_from_json(item)
        records.append(replace(r, risk_tags=tuple(
            replace(t, framework_id=CCA_FRAMEWORK[0], framework_version=CCA_FRAMEWORK[1]) for t in r.risk_tags)))
    return records


def validate_sample(n: int = 300, seed: int = 16101) -> int:
    """Schema-check the first generated records (so the data is what an import would accept)."""
    import jsonschema

    schema = json.loads((ROOT / "schema" / "incident.schema.json").read_text())
    jsonschema.validate(generate_json(n, seed), schema, format_checker=jsonschema.FormatChecker())
    return n


# -- child: one variant, one repetition -----------------------------------------------------------

def _filters(n_filters: int = 10) -> list[dict[str, Any]]:
    """Region x quarter windows, verified only."""
    out = []
    for i in range(n_filters):
        pcode = REGIONS[i % len(REGIONS)][0]
        month = 1 + (3 * i) % 9  # quarters starting Jan..Sep
        date_from = dt.date(2025, month, 1)
        date_to = dt.date(2025, month + 3, 1) - dt.timedelta(days=1)
        out.append({"adm1_pcode": pcode, "verification": "vs.verified", "date_from": date_from,
                    "date_to": date_to})
    return out


def _timed(fn: Any, engine: Any, arg: Any) -> tuple[float, Any]:
    with engine.connect() as conn:
        t0 = time.perf_counter()
        result = fn(conn, arg)
        elapsed = time.perf_counter() - t0
    return elapsed, result


def _warm_queries(engine: Any, fn: Any, args: list[Any]) -> dict[str, Any]:
    first = []
    for a in args:  # warm-up: each distinct query once, untimed for the median
        first.append(_timed(fn, engine, a)[0])
    times, sizes = [], []
    for i in range(QUERIES):
        elapsed, result = _timed(fn, engine, args[i % len(args)])
        times.append(elapsed)
        sizes.append(result if isinstance(result, int) else len(result))
    return {"median_s": statistics.median(times), "min_s": min(times), "max_s": max(times),
            "warmup_pass_s": sum(first), "results_per_query": sizes[:len(args)]}


def _pragmas(engine: Any, variant: str) -> dict[str, Any]:
    from sqlalchemy import text

    names = ["page_size", "cache_size", "journal_mode", "synchronous", "secure_delete", "temp_store",
             "wal_autocheckpoint", "foreign_keys", "busy_timeout"]
    out: dict[str, Any] = {}
    with engine.connect() as conn:
        for name in names:
            value = conn.exec_driver_sql(f"PRAGMA {name}").scalar()
            # SQLCipher answers PRAGMA page_size as text; compare numbers as numbers.
            out[name] = int(value) if isinstance(value, str) and value.lstrip("-").isdigit() else value
        out["sqlite_version"] = conn.execute(text("select sqlite_version()")).scalar()
        if variant == "sqlcipher":
            for name in ("cipher_version", "cipher_page_size", "cipher_use_hmac", "cipher_hmac_algorithm",
                         "cipher_kdf_algorithm", "cipher_memory_security"):
                try:
                    out[name] = conn.exec_driver_sql(f"PRAGMA {name}").scalar()
                except Exception as exc:
                    out[name] = f"n/a ({type(exc).__name__})"
    return out


def _size(path: Path) -> dict[str, int]:
    out = {}
    for suffix in ("", "-wal", "-shm"):
        p = Path(str(path) + suffix)
        out["db" + suffix.replace("-", "_")] = p.stat().st_size if p.exists() else 0
    return out


def _rss_mb() -> dict[str, float]:
    """Current and peak resident memory of this process (Linux), in MB."""
    out = {}
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(("VmRSS:", "VmHWM:")):
                out[line.split(":")[0]] = int(line.split()[1]) / 1024
    except OSError:
        pass
    return {"rss_mb": out.get("VmRSS", 0.0), "peak_rss_mb": out.get("VmHWM", 0.0)}


def _open_engine(variant: str, path: Path, key: bytearray | None) -> Any:
    from fieldcase.store import engine as engine_mod

    # "nokey" and "plain" are now the same engine: make_engine's plain path itself uses the sqlcipher3 library
    # with no key (Python's own sqlite3, 3.40 here, lacks FTS5's contentless_delete, migration 0017).
    return engine_mod.make_engine(path, key, plaintext_for_benchmark=key is None)


def child_insert(variant: str, path: Path, key: bytearray | None, n: int, seed: int,
                 profile: str | None) -> dict[str, Any]:
    """Phase 1 (own process): schema, then the timed bulk insert; leaves the closed database behind."""
    import gc

    from fieldcase.store import cases, migrate

    t_gen = time.perf_counter()
    records = generate_records(n, seed)
    t_gen = time.perf_counter() - t_gen

    engine = _open_engine(variant, path, key)
    migrate.upgrade(engine)  # schema creation: not timed
    with engine.connect() as conn:  # the pooled connection is open and checked before timing
        conn.exec_driver_sql("SELECT count(*) FROM case_revision").scalar()
    gc.collect()

    profiler = None
    if profile == variant:
        import cProfile
        profiler = cProfile.Profile()
        profiler.enable()
    t0 = time.perf_counter()
    with engine.begin() as conn:
        for start in range(0, n, BATCH):
            cases.write_records(conn, records[start:start + BATCH], AUTHOR, NOW)
    t_insert = time.perf_counter() - t0
    if profiler is not None:
        profiler.disable()
        import pstats
        prof_path = Path(tempfile.gettempdir()) / f"fieldcase-store-insert-{variant}.prof"
        profiler.dump_stats(str(prof_path))
        pstats.Stats(profiler, stream=sys.stderr).sort_stats("tottime").print_stats(25)
    size_after_commit = _size(path)
    engine.dispose()  # the last connection closes: WAL checkpointed into the database
    with open(path, "rb") as f:
        header = f.read(16)
    return {"generate_s": t_gen, "insert_s": t_insert, "insert_records_per_s": n / t_insert,
            "size_after_commit": size_after_commit, "size_closed": _size(path),
            "plaintext_header": header.startswith(b"SQLite format 3")}


def child_query(variant: str, path: Path, key: bytearray | None) -> dict[str, Any]:
    """Phase 2 (fresh process, as after an unlock): warm queries on the database phase 1 wrote."""
    from fieldcase.store import cases
    from fieldcase.store.cases import CaseFilter

    mem_before = _rss_mb()
    engine = _open_engine(variant, path, key)
    pragmas = _pragmas(engine, variant)
    fts = _warm_queries(engine, lambda c, q: cases.list_cases(c, CaseFilter(search=q), limit=50), FTS_SEARCHES)
    ids = _warm_queries(engine, lambda c, q: cases.list_cases(c, CaseFilter(search=q, search_names=True), limit=50),
                        ID_SEARCHES)
    filters = [CaseFilter(**f) for f in _filters()]
    listed = _warm_queries(engine, lambda c, f: cases.list_cases(c, f, limit=100), filters)
    counted = _warm_queries(engine, lambda c, f: cases.count_cases(c, f), filters)
    mem_after = _rss_mb()
    with engine.connect() as conn:
        total = cases.count_cases(conn, CaseFilter())
        fts["matches_per_query"] = [cases.count_cases(conn, CaseFilter(search=q)) for q in FTS_SEARCHES]
    engine.dispose()
    return {"stored_records": total, "fts": fts, "id_search": ids, "filtered_list": listed, "filtered_count": counted,
            "pragmas": pragmas, "query_rss_growth_mb": mem_after["rss_mb"] - mem_before["rss_mb"],
            "query_peak_rss_mb": mem_after["peak_rss_mb"]}


# -- parent ---------------------------------------------------------------------------------------

def _run_phase(phase: str, variant: str, path: Path, key: bytes | None, n: int, seed: int,
               profile: str | None) -> dict[str, Any]:
    with tempfile.NamedTemporaryFile(prefix="bench-store-", suffix=".json", delete=False) as f:
        out = Path(f.name)
    try:
        cmd = [sys.executable, str(Path(__file__).resolve()), "--child", variant, "--phase", phase,
               "--db", str(path), "--records", str(n), "--seed", str(seed), "--child-out", str(out)]
        if profile:
            cmd += ["--profile", profile]
        env = dict(os.environ)
        env["PYTHONPATH"] = str(ROOT / "desktop") + os.pathsep + env.get("PYTHONPATH", "")
        # The key goes through stdin, not argv or the environment.
        subprocess.run(cmd, check=True, env=env, input=(key.hex() if key else "").encode())
        return json.loads(out.read_text())
    finally:
        out.unlink(missing_ok=True)


def _spawn(variant: str, n: int, seed: int, profile: str | None) -> dict[str, Any]:
    """One repetition of one variant: a fresh temp database, a process to fill it, one to query it."""
    tmp = Path(tempfile.mkdtemp(prefix=f"fieldcase-bench-{variant}-"))
    key = secrets.token_bytes(32) if variant == "sqlcipher" else None
    try:
        path = tmp / "store.db"
        result = {"variant": variant, "records": n}
        result.update(_run_phase("insert", variant, path, key, n, seed, profile))
        result.update(_run_phase("query", variant, path, key, n, seed, profile))
        return result
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _med(runs: list[dict[str, Any]], *keys: str) -> float:
    values = []
    for r in runs:
        v: Any = r
        for k in keys:
            v = v[k]
        values.append(v)
    return statistics.median(values)


def _versions() -> dict[str, str]:
    import sqlite3
    from importlib.metadata import version

    import sqlalchemy
    import sqlcipher3

    return {"python": platform.python_version(), "stdlib_sqlite": sqlite3.sqlite_version,
            "sqlcipher3_pkg": version("sqlcipher3"), "sqlcipher3_sqlite": sqlcipher3.sqlite_version,
            "sqlalchemy": sqlalchemy.__version__, "machine": f"{platform.machine()} {os.cpu_count()} cpu",
            "platform": platform.platform()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--records", type=int, default=100_000)
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--seed", type=int, default=16101)
    ap.add_argument("--variants", default=",".join(VARIANTS),
                    help="comma-separated subset of " + ",".join(VARIANTS) + " (plain and sqlcipher are needed "
                         "for the targets)")
    ap.add_argument("--profile", choices=VARIANTS, help="cProfile the bulk insert of this variant "
                    "(slows it; prints the top functions, writes $TMPDIR/fieldcase-store-insert-<variant>.prof)")
    ap.add_argument("--out", type=Path, default=RESULTS)
    ap.add_argument("--child", choices=VARIANTS, help=argparse.SUPPRESS)
    ap.add_argument("--child-out", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--phase", choices=("insert", "query"), help=argparse.SUPPRESS)
    ap.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.child:
        key_hex = sys.stdin.read().strip()
        key = bytearray(bytes.fromhex(key_hex)) if key_hex else None
        if args.phase == "insert":
            result = child_insert(args.child, args.db, key, args.records, args.seed, args.profile)
        else:
            result = child_query(args.child, args.db, key)
        args.child_out.write_text(json.dumps(result))
        return 0

    wall0 = time.perf_counter()
    variants = [v for v in args.variants.split(",") if v]
    validated = validate_sample(min(300, args.records), args.seed)
    print(f"bench_store: {args.records:,} records, {args.reps} repetition(s), variants {', '.join(variants)}; "
          f"{validated} generated records schema-checked", flush=True)
    runs: dict[str, list[dict[str, Any]]] = {v: [] for v in variants}
    for rep in range(args.reps):
        order = variants[rep % len(variants):] + variants[:rep % len(variants)]  # rotate: no order bias
        for v in order:
            r = _spawn(v, args.records, args.seed, args.profile)
            runs[v].append(r)
            print(f"  rep {rep + 1} {v:9s} insert {r['insert_s']:7.2f} s  fts {r['fts']['median_s'] * 1e3:7.2f} ms  "
                  f"ids {r['id_search']['median_s'] * 1e3:6.2f} ms  "
                  f"list {r['filtered_list']['median_s'] * 1e3:6.2f} ms  count "
                  f"{r['filtered_count']['median_s'] * 1e3:6.2f} ms  (generate {r['generate_s']:.1f} s)", flush=True)

    med: dict[str, dict[str, float]] = {}
    for v, rs in runs.items():
        med[v] = {"insert_s": _med(rs, "insert_s"), "fts_ms": _med(rs, "fts", "median_s") * 1e3,
                  "id_ms": _med(rs, "id_search", "median_s") * 1e3,
                  "list_ms": _med(rs, "filtered_list", "median_s") * 1e3,
                  "count_ms": _med(rs, "filtered_count", "median_s") * 1e3,
                  "fts_first_pass_ms": _med(rs, "fts", "warmup_pass_s") * 1e3,
                  "db_mb": _med(rs, "size_closed", "db") / 1e6,
                  "query_rss_growth_mb": _med(rs, "query_rss_growth_mb"),
                  "wal_after_commit_mb": _med(rs, "size_after_commit", "db_wal") / 1e6}

    rows = [("bulk insert (s)", "insert_s", "{:.2f}"), ("FTS search, limit 50 (ms)", "fts_ms", "{:.2f}"),
            ("pseudonym/P-code/place, names on (ms)", "id_ms", "{:.2f}"),
            ("filtered list, limit 100 (ms)", "list_ms", "{:.2f}"),
            ("count_cases, same filter (ms)", "count_ms", "{:.2f}"),
            ("(info) 10 FTS searches, 1st pass (ms)", "fts_first_pass_ms", "{:.1f}"),
            ("(info) query process RSS growth (MB)", "query_rss_growth_mb", "{:.0f}"),
            ("DB file after close (MB)", "db_mb", "{:.1f}"),
            ("WAL file after commit (MB)", "wal_after_commit_mb", "{:.1f}")]
    have = "plain" in med and "sqlcipher" in med
    cols = [v for v in VARIANTS if v in med]
    header = f"{'median of ' + str(args.reps) + ' rep(s)':38s}" + "".join(f"{LABELS[v]:>24s}" for v in cols)
    if have:
        header += f"{'SQLCipher/plain':>17s}"
    if have and "nokey" in med:
        header += f"{'SQLCipher/nokey':>17s}"
    print()
    print(header)
    print("-" * len(header))
    for label, key, fmt in rows:
        line = f"{label:38s}" + "".join(f"{fmt.format(med[v][key]):>24s}" for v in cols)
        if have:
            line += f"{med['sqlcipher'][key] / med['plain'][key]:>16.2f}x"
        if have and "nokey" in med:
            line += f"{med['sqlcipher'][key] / med['nokey'][key]:>16.2f}x"
        print(line)
    first = {v: rs[0] for v, rs in runs.items()}
    for v in cols:
        r = first[v]
        print(f"  rows per query ({v}): FTS matches {r['fts']['matches_per_query']} (list limit 50), list "
              f"{r['filtered_list']['results_per_query']}, count {r['filtered_count']['results_per_query']}")
        break

    # Fair baseline: every variant must run with the same pragmas.
    fair_keys = ("page_size", "cache_size", "journal_mode", "synchronous", "secure_delete", "temp_store",
                 "wal_autocheckpoint", "foreign_keys")
    pragma_sets = {v: {k: first[v]["pragmas"][k] for k in fair_keys} for v in cols}
    fair = len({json.dumps(p, sort_keys=True) for p in pragma_sets.values()}) == 1
    print(f"\nsettings ({'identical in all variants' if fair else 'DIFFER: NOT A FAIR COMPARISON'}): "
          + ", ".join(f"{k}={pragma_sets[cols[0]][k]}" for k in fair_keys))
    if not fair:
        for v, p in pragma_sets.items():
            print(f"  {v}: {p}")
    if "sqlcipher" in first:
        p = first["sqlcipher"]["pragmas"]
        print("SQLCipher: " + ", ".join(f"{k}={p.get(k)}" for k in ("cipher_version", "cipher_page_size",
              "cipher_use_hmac", "cipher_hmac_algorithm", "cipher_memory_security", "sqlite_version")))
    encrypted_ok = ("sqlcipher" not in first or not first["sqlcipher"]["plaintext_header"])
    print(f"encrypted file header is not 'SQLite format 3': {encrypted_ok}")

    checks: list[dict[str, Any]] = []
    if have:
        c, p = med["sqlcipher"], med["plain"]

        def check(name: str, ok: bool, detail: str) -> None:
            checks.append({"target": name, "pass": ok, "detail": detail})

        ratio = c["insert_s"] / p["insert_s"]
        check(f"bulk insert <= {TARGET_INSERT_RATIO}x plain", ratio <= TARGET_INSERT_RATIO, f"{ratio:.2f}x")
        check(f"identifier search < {TARGET_QUERY_MS:.0f} ms", c["id_ms"] < TARGET_QUERY_MS, f"{c['id_ms']:.2f} ms")
        for label, key in (("FTS search", "fts_ms"), ("filtered list", "list_ms"),
                           ("count_cases (filtered)", "count_ms")):
            ratio = c[key] / p[key]
            check(f"{label} <= {TARGET_QUERY_RATIO}x plain", ratio <= TARGET_QUERY_RATIO, f"{ratio:.2f}x")
            check(f"{label} < {TARGET_QUERY_MS:.0f} ms", c[key] < TARGET_QUERY_MS, f"{c[key]:.2f} ms")
        check("fair baseline (same pragmas)", fair, "identical" if fair else "differ")
        check("store encrypted at rest (no SQLite header)", encrypted_ok, "ok" if encrypted_ok else "PLAINTEXT")
        print()
        for ch in checks:
            print(f"  {'PASS' if ch['pass'] else 'FAIL'}  {ch['target']:42s} {ch['detail']}")

    wall = time.perf_counter() - wall0
    print(f"\nwall time {wall:.0f} s")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({
        "benchmark": "bench/bench_store.py", "records": args.records, "reps": args.reps, "seed": args.seed,
        "batch": BATCH, "queries_per_metric": QUERIES, "fts_searches": FTS_SEARCHES,
        "filters": [{k: str(v) for k, v in f.items()} for f in _filters()],
        "versions": _versions(), "medians": med,
        "ratios_sqlcipher_over_plain": ({k: med["sqlcipher"][k] / med["plain"][k] for k in med["plain"]}
                                        if have else None),
        "ratios_sqlcipher_over_nokey": ({k: med["sqlcipher"][k] / med["nokey"][k] for k in med["nokey"]}
                                        if have and "nokey" in med else None),
        "targets": {"insert_ratio_max": TARGET_INSERT_RATIO, "query_ratio_max": TARGET_QUERY_RATIO,
                    "query_ms_max": TARGET_QUERY_MS},
        "checks": checks, "all_pass": bool(checks) and all(ch["pass"] for ch in checks),
        "wall_s": wall, "runs": runs,
    }, indent=1, default=str))
    print(f"results: {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}")
    return 0 if checks and all(ch["pass"] for ch in checks) else 1


if __name__ == "__main__":
    sys.exit(main())
