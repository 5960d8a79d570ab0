"""Four `hq import` processes at once on one PostgreSQL HQ store: every package imported exactly once,
no revision lost, every officer's sequence chain intact, and the same records as one worker imports.
(bench/bench_hq.py runs the full size: 50 officers x 200 packages.)"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from fieldcase.hq import compartments
from fieldcase.hq.importer import import_file
from fieldcase.hq.store import HqStore
from fieldcase.hq.users import COMPARTMENT_LEVELS
from fieldcase.store import audit, locks, pg, syncstore
from hq_workload import PASSPHRASE, accepted, build, clone, records_digest, run_workers

OFFICERS, PACKAGES = 6, 4


def test_four_concurrent_import_workers_equal_one(tmp_path: Path, postgres: object) -> None:
    work = build(tmp_path / "load", postgres, officers=OFFICERS, packages=PACKAGES)
    single = clone(work, postgres, tmp_path / "hq-single", "single")
    many = clone(work, postgres, tmp_path / "hq-many", "many")
    total = OFFICERS * PACKAGES

    _seconds, results = run_workers(single, 1)
    assert results[0].returncode == 0, results[0].stderr
    assert len(accepted(results)) == total

    with _audit_chain_held(postgres, many.database) as release_once_all_four_wait:
        _seconds, results = run_workers(many, 4, while_running=release_once_all_four_wait)
    assert all(r.returncode == 0 for r in results), [r.stderr for r in results]
    ids = accepted(results)
    assert len(ids) == total and len(set(ids)) == total  # each package accepted by exactly one worker
    assert all(accepted([r]) for r in results)  # the work really was shared out: each worker took an officer

    expected, got = records_digest(single.hq_dir), records_digest(many.hq_dir)
    assert got == expected
    assert got["received_count"] == got["distinct_packages"] == total
    assert got["revisions_count"] == work.revisions  # zero lost revisions (HQ wrote none of its own)
    assert got["audit_chain_verifies"]

    assert _compartments_current(many.hq_dir)  # rebuilt by the last worker out, after every import

    # a second round finds nothing new: nothing is imported twice
    _seconds, results = run_workers(many, 4)
    assert all(r.returncode == 0 for r in results) and accepted(results) == []
    assert records_digest(many.hq_dir) == got


@contextmanager
def _audit_chain_held(server: object, database: str, workers: int = 4) -> Iterator[Callable[[], None]]:
    """Hold the HQ store's audit-chain lock from outside, so that the workers started meanwhile each stop at
    their first commit: it gives a function that waits until `workers` of them each hold an officer's claim
    and wait for that lock, then lets them go. Without it, one worker that starts a little earlier can
    import every officer before the others have unlocked the store (a CI run saw that), and the test
    would not show four workers sharing the packages."""
    engine = create_engine(pg.parse_url(server.url(database)))  # type: ignore[attr-defined]
    conn = engine.connect().execution_options(isolation_level="AUTOCOMMIT")
    key = {"ns": pg.LOCK_NAMESPACE, "k": pg.AUDIT_LOCK}
    conn.execute(text("SELECT pg_advisory_lock(:ns, :k)"), key)
    released = False

    def release_once_all_wait() -> None:
        nonlocal released
        deadline = time.monotonic() + 120
        while True:
            waiting, claims = conn.execute(text(
                "SELECT count(*) FILTER (WHERE classid::bigint = :ns AND objid::bigint = :k AND NOT granted), "
                "count(*) FILTER (WHERE classid::bigint = :claims AND granted) FROM pg_locks "
                "WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database "
                "WHERE datname = current_database())"), {**key, "claims": pg.CLAIM_NAMESPACE}).one()
            if waiting == workers and claims == workers:
                break
            assert time.monotonic() < deadline, f"{waiting} workers wait for the audit chain, {claims} claims"
            time.sleep(0.05)
        conn.execute(text("SELECT pg_advisory_unlock(:ns, :k)"), key)
        released = True

    try:
        yield release_once_all_wait
    finally:
        if not released:
            conn.execute(text("SELECT pg_advisory_unlock(:ns, :k)"), key)
        conn.close()
        engine.dispose()


def test_two_imports_interleave_and_the_audit_chain_stays_one_line(tmp_path: Path, postgres: object,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Officer A's import is held inside its transaction after writing its revisions (just before it takes
    the audit chain's lock); officer B's whole import commits meanwhile. Then A commits: both packages are
    in, B's audit entries come before A's, and the chain verifies. (With one store-wide write lock held for
    the whole transaction, B would wait for A and the test would fail on B's deadline.)"""
    work = build(tmp_path / "load", postgres, officers=2, packages=1, edits=False)
    files = sorted(work.spool.glob("*.push.*.fcpkg"))
    assert len(files) == 2
    first, second = HqStore.open(work.hq_dir, PASSPHRASE), HqStore.open(work.hq_dir, PASSPHRASE)
    paused, resume = threading.Event(), threading.Event()
    real_hold = audit.hold_audit_chain

    def hold(conn: object) -> None:  # the wait is in A's thread only; the lock itself is the real one
        if threading.current_thread().name == "import-a" and not paused.is_set():
            paused.set()
            assert resume.wait(120)
        real_hold(conn)

    monkeypatch.setattr(audit, "hold_audit_chain", hold)
    outcomes: dict[str, object] = {}
    a = threading.Thread(name="import-a", target=lambda: outcomes.update(a=import_file(first, files[0])))
    try:
        a.start()
        assert paused.wait(120)  # A is inside its transaction, its revisions written
        b = threading.Thread(name="import-b", target=lambda: outcomes.update(b=import_file(second, files[1])))
        b.start()
        b.join(60)
        assert not b.is_alive(), "the second import waited for the first one's transaction"
    finally:
        resume.set()
        a.join(120)
    assert [outcomes[k].status for k in ("a", "b")] == ["accepted", "accepted"]  # type: ignore[attr-defined]
    with first.ws.db.reading() as conn:
        merges = [(row.actor, row.action, row.detail) for row in syncstore.audit_entries(conn, 0)
                  if row.action in ("case.merge", "sync.import")]
    officers = [json.loads(detail).get("officer") for _actor, action, detail in merges if action == "sync.import"]
    assert officers == [outcomes["b"].sender, outcomes["a"].sender]  # type: ignore[attr-defined]
    first.lock()
    second.lock()
    digest = records_digest(work.hq_dir)
    assert digest["audit_chain_verifies"] and digest["received_count"] == 2
    assert digest["revisions_count"] == work.revisions


def test_packages_touching_the_same_record_wait_for_each_other(tmp_path: Path, postgres: object) -> None:
    """The record lock an import takes (store/locks.py) really excludes a second transaction on that record
    until the first commits, and leaves other records free."""
    url = postgres.create_database("hq_record_locks")  # type: ignore[attr-defined]
    hq = HqStore.create(tmp_path / "hq", PASSPHRASE, "HQ Locks", url)
    try:
        got: list[str] = []
        with hq.ws.db.writing(concurrent=True) as conn:
            locks.hold_ids(conn, records=["r-1", "r-2"])

            def other(record: str) -> None:
                with hq.ws.db.writing(concurrent=True) as c:
                    locks.hold_ids(c, records=[record])
                    got.append(record)

            free, held = threading.Thread(target=other, args=("r-3",)), threading.Thread(target=other, args=("r-2",))
            free.start()
            held.start()
            free.join(30)
            held.join(2)
            assert got == ["r-3"] and held.is_alive()
        held.join(30)
        assert got == ["r-3", "r-2"]
    finally:
        hq.lock()


def _compartments_current(hq_dir: Path) -> bool:
    """Every compartment was built from the store as it now is (its mark: the highest revision id)."""
    hq = HqStore.open(hq_dir, PASSPHRASE)
    try:
        with hq.ws.db.reading() as conn:
            mark = str(syncstore.max_revision_id(conn))
        held = compartments.level_keys(hq.ws)
        return all(compartments._mark_of(hq_dir, level, held[level]) == mark for level in COMPARTMENT_LEVELS)
    finally:
        hq.lock()


def test_only_the_last_process_out_is_told_it_is_last(tmp_path: Path, postgres: object) -> None:
    """Database.attending, which decides which `hq import` rebuilds the compartments: a process leaving while
    another still attends is not last; the one leaving after it is."""
    url = postgres.create_database("hq_attending")  # type: ignore[attr-defined]
    first = HqStore.create(tmp_path / "hq", PASSPHRASE, "HQ Attending", url)
    second = HqStore.open(tmp_path / "hq", PASSPHRASE)
    try:
        with first.ws.db.attending("hq-import") as outer:
            with second.ws.db.attending("hq-import") as inner:
                pass
            assert not inner.last
        assert outer.last
        with second.ws.db.attending("hq-import") as alone:
            pass
        assert alone.last
    finally:
        first.lock()
        second.lock()


def test_an_import_takes_the_audit_chains_lock_last(tmp_path: Path, postgres: object,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Every other import waits for the audit chain's lock, held to commit: an import takes it only once
    all its other writes are done (its package recorded as received, the officer's chain moved on), so
    that lock covers just the chain's own few statements and the commit."""
    work = build(tmp_path / "load", postgres, officers=1, packages=1, edits=False)
    [file] = sorted(work.spool.glob("*.push.*.fcpkg"))
    hq = HqStore.open(work.hq_dir, PASSPHRASE)
    real_hold = audit.hold_audit_chain
    seen: list[tuple[bool, int]] = []

    def hold(conn: object) -> None:
        peer = syncstore.peers(conn, "officer")[0]  # type: ignore[arg-type]
        seen.append((bool(syncstore.received_files(conn)), peer.in_sequence))  # type: ignore[arg-type]
        real_hold(conn)

    monkeypatch.setattr(audit, "hold_audit_chain", hold)
    try:
        assert import_file(hq, file).status == "accepted"
    finally:
        hq.lock()
    assert seen == [(True, 1)]  # taken once, after the package's other writes
