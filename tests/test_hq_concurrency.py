"""Four `hq import` processes at once on one PostgreSQL HQ store: every package imported exactly once,
no revision lost, every officer's sequence chain intact, and the same records as one worker imports.
(bench/bench_hq.py runs the full size: 50 officers x 200 packages.)"""

from __future__ import annotations

from pathlib import Path

from hq_workload import accepted, build, clone, records_digest, run_workers

OFFICERS, PACKAGES = 6, 4


def test_four_concurrent_import_workers_equal_one(tmp_path: Path, postgres: object) -> None:
    work = build(tmp_path / "load", postgres, officers=OFFICERS, packages=PACKAGES)
    single = clone(work, postgres, tmp_path / "hq-single", "single")
    many = clone(work, postgres, tmp_path / "hq-many", "many")
    total = OFFICERS * PACKAGES

    _seconds, results = run_workers(single, 1)
    assert results[0].returncode == 0, results[0].stderr
    assert len(accepted(results)) == total

    _seconds, results = run_workers(many, 4)
    assert all(r.returncode == 0 for r in results), [r.stderr for r in results]
    ids = accepted(results)
    assert len(ids) == total and len(set(ids)) == total  # each package accepted by exactly one worker
    assert sum(1 for r in results if accepted([r])) >= 2  # the work really was shared out

    expected, got = records_digest(single.hq_dir), records_digest(many.hq_dir)
    assert got == expected
    assert got["received_count"] == got["distinct_packages"] == total
    assert got["revisions_count"] == work.revisions  # zero lost revisions (HQ wrote none of its own)
    assert got["audit_chain_verifies"]

    # a second round finds nothing new: nothing is imported twice
    _seconds, results = run_workers(many, 4)
    assert all(r.returncode == 0 for r in results) and accepted(results) == []
    assert records_digest(many.hq_dir) == got
