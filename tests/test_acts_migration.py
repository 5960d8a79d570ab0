"""Migration 0005 on a workspace written by release 0.1.0 (tests/fixtures/release-0.1, made by
tests/fixtures/make_release_0_1_workspace.py): it opens and migrates, loses nothing, and gives each of
the 11 records the acts, conflict relation and review items the rules of the migration call for.

The expectations below are written by hand from the fixture's record list, not from the code's output."""

from __future__ import annotations

import hashlib
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import text

from fieldcase.domain.records import Act, Perpetrator, content_hash
from fieldcase.store import analysis_rows, audit, cases, migrate, revision_batch
from fieldcase.workspace import Workspace

FIXTURE = Path(__file__).parent / "fixtures" / "release-0.1" / "workspace"
PASSPHRASE = "release zero one fixture"
CARRIED = ("Carried over from the SDG 16.10.1 type coded by hand before acts existed; confirm the act type and "
           "the derivation.")
STATE, ACQ, NON_STATE = (Perpetrator("state"),), (Perpetrator("state_acquiescence"),), (Perpetrator("non_state"),)


def rid(n: int) -> str:
    return f"00000000-0000-4000-8000-{n:012d}"


def mt04(code: str) -> str:
    return f"huridocs.mt04.{code}"


# record -> (revision after the migration, violation types, conflict_related, acts)
EXPECTED: dict[int, tuple[int, tuple[str, ...], bool | None, tuple[Act, ...]]] = {
    # State killing coded A: the act derives A; the hand code goes
    1: (2, (mt04("010101020000"),), None, (Act("V-001", mt04("010101020000"), STATE, linked_to_work=True),)),
    # torture with State acquiescence coded C: derives C
    2: (2, (mt04("020111110000"),), None, (Act("V-002", mt04("020111110000"), ACQ, linked_to_work=True),)),
    # kidnapping by an armed group coded E: no due-diligence finding, so no override (left for review)
    3: (2, (mt04("030104000000"),), None, (Act("V-003", mt04("030104000000"), NON_STATE, linked_to_work=True),)),
    # F by the State with no act type: a new act of type Other carries F
    4: (2, (), None, (Act("V-004", mt04("900000000000"), STATE, linked_to_work=True,
                          sdg_override="sdg16101.F", override_rationale=CARRIED),)),
    # death threats by the State, never hand coded: the act derives F now
    5: (2, (mt04("020103020000"),), None, (Act("V-005", mt04("020103020000"), STATE, linked_to_work=True),)),
    # non-State killing coded A: a killing derives A whatever the due diligence, so no review
    6: (2, (mt04("010101040000"),), None, (Act("V-006", mt04("010101040000"), NON_STATE, linked_to_work=True),)),
    # the same person detained (D), then tortured (C): each act derives its code
    7: (2, (mt04("030102000000"),), None, (Act("V-007", mt04("030102000000"), STATE, linked_to_work=True),)),
    8: (2, (mt04("020111110000"),), None, (Act("V-007", mt04("020111110000"), STATE, linked_to_work=True),)),
    # assault (a type the derivation does not cover) coded F, not linked to work: F carried over on that act
    9: (2, (mt04("020101000000"),), None, (Act("V-009", mt04("020101000000"), STATE, linked_to_work=False,
                                               sdg_override="sdg16101.F", override_rationale=CARRIED),)),
    # shelling with 16.1.2 lines and no victims: conflict-related, no acts
    10: (2, (mt04("010105020000"),), True, ()),
    # two bodies, no lines, no victims: nothing changes, so no new revision (only a review item)
    11: (1, (mt04("010108000000"),), None, ()),
}

# Open review items: (record, revision, act position, reason). Record 6 is not here: derive() gives a non-State
# killing type A (the due-diligence finding does not change a killing's type). Record 9 is: its hand-coded F
# is carried over as an override like record 4's, and every carried-over code is left for review.
REVIEWS = {
    (rid(3), 2, 0, "due_diligence_not_assessed"),
    (rid(4), 2, 0, "legacy_sdg_code_carried_over"),
    (rid(9), 2, 0, "legacy_sdg_code_carried_over"),
    (rid(11), 1, None, "conflict_relation_not_recorded"),
}

COUNTED = ("case_head", "person_revision", "source_revision", "attachment")


def _snapshot(ws: Workspace) -> dict[str, object]:
    with ws.engine.connect() as conn:
        out: dict[str, object] = {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar() for t in COUNTED}
        out["revisions"] = conn.execute(text(
            "SELECT id, record_id, rev, author, created_at, content_hash, title FROM case_revision ORDER BY id")).all()
        out["violations"] = conn.execute(text("SELECT * FROM case_violation ORDER BY 1, 2")).all()
        out["people"] = conn.execute(text("SELECT * FROM person_revision ORDER BY id")).all()
        out["links"] = conn.execute(text("SELECT * FROM case_person ORDER BY id")).all()
        out["audit"] = conn.execute(text("SELECT seq, hash FROM audit_log ORDER BY seq")).all()
    return out


@pytest.fixture
def fixture_dir(tmp_path: Path) -> Path:
    target = tmp_path / "release-0.1"
    shutil.copytree(FIXTURE, target)
    return target


def test_release_0_1_workspace_migrates_without_losing_anything(fixture_dir: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    with monkeypatch.context() as m:  # the raw store as release 0.1 left it
        m.setattr(migrate, "upgrade", lambda *_a, **_k: None)
        with Workspace.unlock(fixture_dir, PASSPHRASE) as ws:
            assert migrate.current_revision(ws.engine) == "0004"
            before = _snapshot(ws)
    assert before["case_head"] == 11 and before["person_revision"] == 8 and len(before["audit"]) == 21  # type: ignore[arg-type]

    with Workspace.unlock(fixture_dir, PASSPHRASE) as ws:
        assert migrate.current_revision(ws.engine) == migrate.HEAD_REVISION
        after = _snapshot(ws)
        with ws.engine.connect() as conn:
            assert audit.verify(conn) == 21 + 10
            migrations = conn.execute(text("SELECT entity_id, entity_rev, actor, detail FROM audit_log "
                                           "WHERE action = 'case.migrate' ORDER BY seq")).all()
            heads = {n: cases.get_record(conn, rid(n)) for n in EXPECTED}
            stored_hashes = {n: cases.history(conn, rid(n))[-1].content_hash for n in EXPECTED}
            head_ids = conn.execute(text("SELECT record_id, revision_id FROM case_head")).all()
            batch = revision_batch.load(conn, [r.revision_id for r in head_ids])
            originals = {n: cases.get_record(conn, rid(n), 1) for n in EXPECTED}
            fts = conn.execute(text("SELECT rowid FROM case_search ORDER BY rowid")).scalars().all()
            found = conn.execute(text("SELECT rowid FROM case_search WHERE case_search MATCH 'bodies'")
                                 ).scalars().all()
            reviews = analysis_rows.act_reviews(conn)
            integrity = conn.execute(text("PRAGMA integrity_check")).scalar()
    assert integrity == "ok"

    # nothing lost: every record, person and link is still there; old revisions and the audit chain untouched
    for table in COUNTED:
        assert after[table] == before[table], table
    assert after["revisions"][:11] == before["revisions"]  # type: ignore[index]
    assert len(after["revisions"]) == 11 + 10  # type: ignore[arg-type]
    assert after["audit"][:21] == before["audit"]  # type: ignore[index]
    assert set(after["violations"]) >= set(before["violations"])  # type: ignore[arg-type]
    assert after["people"] == before["people"]  # no person revision written
    assert after["links"][:9] == before["links"] and len(after["links"]) == 9 + 9  # type: ignore[index,arg-type]

    # each record as the rules say
    for n, (rev, violations, conflict, acts) in EXPECTED.items():
        record = heads[n]
        assert (record.rev, record.violation_types, record.conflict_related, record.acts) == (
            rev, violations, conflict, acts), n
        assert originals[n].acts == () and originals[n].conflict_related is None  # rev 1 as written by 0.1
        assert any(v.startswith("sdg16101.") for v in originals[n].violation_types) == (n in (1, 2, 3, 4, 6, 7, 8, 9))
    assert sorted(batch.values(), key=lambda r: r.id or "") == [heads[n] for n in sorted(EXPECTED)]

    # one audit entry per new revision, committing to the hash the record reads back with
    assert [(m.entity_id, m.entity_rev, m.actor) for m in migrations] == [
        (rid(n), 2, "fieldcase-migration") for n in range(1, 11)]
    for m in migrations:
        n = int(m.entity_id[-2:])
        assert m.detail == f'{{"content_hash":"{content_hash(heads[n])}","from_rev":1,"reason":"acts"}}'
    for n in EXPECTED:
        assert stored_hashes[n] == content_hash(heads[n]), n
        assert heads[n].author == ("fieldcase-migration" if n != 11 else heads[n].author)

    # the search index holds exactly the current revisions
    assert sorted(fts) == sorted(r.revision_id for r in head_ids)
    assert found == [dict(head_ids)[rid(11)]]

    assert {(r.record_id, r.rev, r.act_position, r.reason) for r in reviews} == REVIEWS
    assert len(reviews) == len(REVIEWS)


def test_review_items_close_when_the_record_is_revised_and_reopening_changes_nothing(fixture_dir: Path) -> None:
    with Workspace.unlock(fixture_dir, PASSPHRASE) as ws:
        with ws.engine.connect() as conn:
            record = cases.get_record(conn, rid(11))
        with ws.engine.begin() as conn:
            cases.write_records(conn, [replace(record, conflict_related=False)], "Officer", "2026-12-02T10:00:00+00:00")
        with ws.engine.connect() as conn:
            open_items = {(r.record_id, r.reason) for r in analysis_rows.act_reviews(conn)}
            total = conn.execute(text("SELECT count(*) FROM case_revision")).scalar()
            digest = hashlib.sha256(repr(conn.execute(text("SELECT * FROM audit_log")).all()).encode()).hexdigest()
    assert (rid(11), "conflict_relation_not_recorded") not in open_items and len(open_items) == 3
    with Workspace.unlock(fixture_dir, PASSPHRASE) as ws, ws.engine.connect() as conn:  # migrated once only
        assert conn.execute(text("SELECT count(*) FROM case_revision")).scalar() == total
        assert hashlib.sha256(repr(conn.execute(text("SELECT * FROM audit_log")).all()).encode()).hexdigest() == digest
