"""An officer and an HQ both made by release 0.1.0 (tests/fixtures/release-0.1-sync, written by
tests/fixtures/make_release_0_1_sync.py) upgrade cleanly through migration 0005 and the real command line.

HQ holds the officer's 8 records by sync. Opening HQ migrates its store but writes no migration revision
for them: the 7 that the migration changes wait for their author ("awaiting author migration"); record
11 (killed figures, no SDG 16.1.2 lines), which the migration does not change, gets the same review item
as at the officer. The officer's upgraded app writes the 7 migrated revisions; pushed and imported, they
merge at HQ with no conflict, give HQ's copies their acts and clear the waiting items. Both audit chains
verify, and HQ's indicators for the month are the officer's.

The expectations are written by hand from the fixture's record list (make_release_0_1_workspace.RECORDS)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import text

from conftest import run_cli
from fieldcase.domain.records import record_to_json
from fieldcase.services.records import CaseService
from fieldcase.store import migrate
from fieldcase.workspace import Workspace

FIXTURE = Path(__file__).parent / "fixtures" / "release-0.1-sync"
OFFICER_PASSPHRASE = "release zero one fixture"
HQ_PASSPHRASE = "release zero one hq"
RECORDS = (1, 3, 4, 5, 7, 8, 10, 11)
MIGRATED = (1, 3, 4, 5, 7, 8, 10)  # record 11: the migration changes nothing, so no new revision anywhere
MIGRATION = "fieldcase-migration"


def rid(n: int) -> str:
    return f"00000000-0000-4000-8000-{n:012d}"


def _ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stderr + result.stdout
    assert "Traceback" not in result.stderr, result.stderr
    return result.stdout


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    target = tmp_path / "release-0.1-sync"
    shutil.copytree(FIXTURE, target)
    return target


def _revisions(path: Path, passphrase: str) -> list[tuple[str, int, str]]:
    with Workspace.unlock(path, passphrase) as ws, ws.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(  # type: ignore[misc]
            "SELECT record_id, rev, author FROM case_revision ORDER BY record_id, rev"))]


def _shown(path: Path, passphrase: str) -> dict[int, dict[str, object]]:
    """Each record as `show --json` prints it (record_to_json of the head revision, through JSON)."""
    with Workspace.unlock(path, passphrase) as ws:
        service = CaseService(ws)
        return {n: json.loads(json.dumps(record_to_json(service.get(rid(n)), with_meta=True), ensure_ascii=False))
                for n in RECORDS}


def _review(out: str) -> set[tuple[str, str]]:
    """(record id, reason) of each line `acts review` printed."""
    return {(line.split()[0], line.split(":", 1)[1].strip()) for line in out.splitlines() if "  rev " in line}


def test_release_0_1_officer_and_hq_upgrade_and_sync_without_conflict(copy: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    hq_dir, officer_dir, target = copy / "hq", copy / "officer", copy / "target"

    def at_officer(*args: str) -> str:
        return _ok(run_cli(*args, workspace=officer_dir, passphrase=OFFICER_PASSPHRASE))

    def at_hq(*args: str) -> str:
        return _ok(run_cli(*args, workspace=hq_dir, passphrase=HQ_PASSPHRASE))

    # both stores as release 0.1 left them: 8 records, one revision each, HQ's by sync
    with monkeypatch.context() as m:
        m.setattr(migrate, "upgrade", lambda *_a, **_k: None)
        for path, passphrase in ((hq_dir, HQ_PASSPHRASE), (officer_dir, OFFICER_PASSPHRASE)):
            with Workspace.unlock(path, passphrase) as ws, ws.engine.connect() as conn:
                assert migrate.current_revision(ws.engine) == "0004"
                assert conn.execute(text("SELECT count(*) FROM case_revision")).scalar() == len(RECORDS)
                origins = conn.execute(text("SELECT count(*) FROM sync_revision_origin")).scalar()
                assert origins == (len(RECORDS) if path == hq_dir else 0)
    # HQ migrates: nothing of the officer's is rewritten; the records that will change wait for their author
    hq_before = _revisions(hq_dir, HQ_PASSPHRASE)
    with Workspace.unlock(hq_dir, HQ_PASSPHRASE) as ws, ws.engine.connect() as conn:
        assert migrate.current_revision(ws.engine) == migrate.HEAD_REVISION
        assert conn.execute(text("SELECT count(*) FROM audit_log WHERE action = 'case.migrate'")).scalar() == 0
    assert hq_before == [(rid(n), 1, "Officer Fixture") for n in RECORDS]
    assert _review(at_hq("acts", "review")) == {
        *((rid(n), "awaiting author migration") for n in MIGRATED),
        (rid(11), "conflict relation not recorded")}

    # the officer migrates: one new revision by fieldcase-migration for each record the migration changes
    officer_review = _review(at_officer("acts", "review"))
    assert officer_review == {(rid(3), "due diligence not assessed"), (rid(4), "legacy sdg code carried over"),
                              (rid(11), "conflict relation not recorded")}
    assert _revisions(officer_dir, OFFICER_PASSPHRASE) == sorted(
        [(rid(n), 1, "Officer Fixture") for n in RECORDS] + [(rid(n), 2, MIGRATION) for n in MIGRATED])
    with Workspace.unlock(officer_dir, OFFICER_PASSPHRASE) as ws, ws.engine.connect() as conn:
        officer_audit_before = conn.execute(text("SELECT count(*) FROM audit_log")).scalar()
        assert conn.execute(text("SELECT count(*) FROM audit_log WHERE action = 'case.migrate'")).scalar() == len(
            MIGRATED)

    # the officer's saved folder target points at the folder the fixture was made in: point it at the copy
    at_officer("sync", "target", "add", "hq-folder", str(target))
    assert "uploaded" in at_officer("sync", "push", "--to", "hq-folder")
    result = run_cli("hq", "import", "--dir", str(hq_dir), "--from", str(target), "--json",
                     passphrase=HQ_PASSPHRASE)
    outcomes = json.loads(_ok(result))
    assert "conflict" not in result.stderr
    assert [(o["status"], o["sequence"], o["added"], o["duplicates"], o["conflicts"]) for o in outcomes] == [
        ("accepted", 2, len(MIGRATED), 0, [])]
    with Workspace.unlock(hq_dir, HQ_PASSPHRASE) as ws, ws.engine.connect() as conn:
        (detail,) = conn.execute(text("SELECT detail FROM audit_log WHERE action = 'sync.import' "
                                      "ORDER BY seq DESC LIMIT 1")).scalars()
        assert json.loads(detail)["conflicts"] == 0 and json.loads(detail)["revisions"] == len(MIGRATED)
        # HQ's copies: the officer's migration revisions, merged on top of rev 1 (their base)
        origins = conn.execute(text(
            "SELECT r.record_id, r.rev, r.author, o.origin_rev FROM case_revision r "
            "JOIN sync_revision_origin o ON o.revision_id = r.id WHERE r.rev = 2 ORDER BY r.record_id")).all()
    assert [tuple(o) for o in origins] == [(rid(n), 2, MIGRATION, 2) for n in MIGRATED]
    assert _revisions(hq_dir, HQ_PASSPHRASE) == _revisions(officer_dir, OFFICER_PASSPHRASE)

    # the same acts, conflict relation and violation types on both sides, as `show --json` prints them:
    # every record read from each store as `show` reads and prints it (one unlock per side instead of a
    # process per record and side), and for records 1 and 10 `show --json` itself prints the same
    keys = ("acts", "conflict_related", "violation_types", "people", "revision")
    at_hq_all, at_officer_all = _shown(hq_dir, HQ_PASSPHRASE), _shown(officer_dir, OFFICER_PASSPHRASE)
    for n in (1, 10):
        for show, read in ((at_hq, at_hq_all), (at_officer, at_officer_all)):
            printed = json.loads(show("show", rid(n), "--json"))
            assert {k: printed.get(k) for k in keys} == {k: read[n].get(k) for k in keys}, n
    for n in RECORDS:
        at_hq_shown, at_officer_shown = at_hq_all[n], at_officer_all[n]
        for key in keys:
            assert at_hq_shown.get(key) == at_officer_shown.get(key), (n, key)
        assert bool(at_hq_shown.get("acts")) == (n not in (10, 11)), n
        assert not any(v.startswith("sdg16101.") for v in at_hq_shown.get("violation_types", [])), n
    assert at_hq_all[10]["conflict_related"] is True

    # the waiting items are gone; what is left is what the migration could not derive for record 11.
    # (The officer's own items for records 3 and 4 are written by the migration in the officer's store
    # only: review items do not travel by sync.)
    assert _review(at_hq("acts", "review")) == {(rid(11), "conflict relation not recorded")}

    # HQ's answer closes the loop at the officer
    at_officer("sync", "pull", "--from", "hq-folder")
    status = json.loads(at_officer("sync", "status", "--json"))
    assert status["pending_revisions"] == 0 and status["acknowledged_revisions"] == len(RECORDS) + len(MIGRATED)

    # both audit chains verify; the officer's grew only by the push and the pull
    for path, passphrase in ((hq_dir, HQ_PASSPHRASE), (officer_dir, OFFICER_PASSPHRASE)):
        with Workspace.unlock(path, passphrase) as ws:
            assert CaseService(ws).verify_audit_chain() > 0
    assert "hash chain intact" in at_hq("verify-audit")
    assert "hash chain intact" in at_officer("verify-audit")
    with Workspace.unlock(officer_dir, OFFICER_PASSPHRASE) as ws, ws.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM audit_log")).scalar() > officer_audit_before

    # HQ counts what the officer counts. By hand: V-001 A (record 1), V-004 F (carried over, record 4),
    # V-005 F (threats, record 5), V-007 once under C (records 7 and 8); record 3 (E by an armed group,
    # due diligence not assessed) is excluded. 16.1.2: the 3 deaths of record 10.
    hq_indicators = json.loads(at_hq("indicators", "--period", "2026-09", "--json"))
    officer_indicators = json.loads(at_officer("indicators", "--period", "2026-09", "--json"))
    assert hq_indicators["sdg_16_10_1"]["headline"]["total"] == officer_indicators["sdg_16_10_1"]["headline"][
        "total"] == 4
    assert hq_indicators == officer_indicators
    release_0_1 = json.loads((FIXTURE / "indicators-2026-09.release-0.1.json").read_text(encoding="utf-8"))
    assert release_0_1["sdg_16_1_2"]["total"] == 3
