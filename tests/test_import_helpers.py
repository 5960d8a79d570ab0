"""Imports whose rows are shaped in helper processes (services/import_prepare.py; issue 17, speed).

The helpers make up ids and work out each record's content hash and search words ahead of the writer. These
tests run real spawned helpers on small chunks and check what a mistake there would break: the hash the audit
chain commits to must be the hash of the record as stored (recomputed here from the stored revision), search
must find narratives and names, problems must be the same rows, labels and reasons as without helpers (a record
id repeated in two chunks included), and a cancel or a refusal leaves nothing written and no helper running.
"""

from __future__ import annotations

import json
import multiprocessing
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from conftest import PASSPHRASE
from fieldcase.domain.records import CaseFilter, content_hash
from fieldcase.errors import Cancelled, ImportRejected
from fieldcase.services import import_prepare
from fieldcase.services.import_flow import import_file
from fieldcase.services.records import CaseService
from fieldcase.store.models import AuditEntry
from fieldcase.workspace import Workspace


def _rows(n: int) -> list[dict[str, Any]]:
    rows = []
    for i in range(n):
        rows.append({
            "kind": "incident", "title": f"Checkpoint stop {i}", "date": f"2026-05-{1 + i % 28:02d}",
            "narrative": f"Witnesses describe vehicle number {i} held at the Northgate checkpoint for hours.",
            "location": {"country": "XKV", "adm1_pcode": "XK03", "adm1_name": "Eastfield", "place": "Northgate"},
            "verification": "vs.reported",
            "people": [{"role": "victim", "pseudonym": f"V-{i:04d}", "name": f"Halima Qorane{i}",
                        "sex": "female", "age_group": "adult", "consent": {"naming": True, "referral": False}}],
            "sources": [{"name": f"Witness W-{i:04d}", "reliability": "B", "credibility": 2}],
        })
    return rows


def _write(path: Path, rows: list[dict[str, Any]]) -> Path:
    # one record a line, as exports write them: record i is on line i + 2
    path.write_text("[\n" + ",\n".join(json.dumps(r) for r in rows) + "\n]\n", encoding="utf-8")
    return path


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(import_prepare, "CHUNK", 7)  # many chunks in flight, in order, across the helpers


def test_helpers_store_records_whose_hashes_the_audit_chain_commits_to(
        workspace: Workspace, tmp_path: Path, small_chunks: None) -> None:
    outcome = import_file(workspace, _write(tmp_path / "in.json", _rows(60)), helpers=2)
    assert (outcome.created, outcome.revised) == (60, 0)
    service = CaseService(workspace)
    records = service.list(CaseFilter())
    assert len(records) == 60
    with workspace.db.reading() as conn:
        committed = {(e.entity_id, e.entity_rev): json.loads(e.detail)["content_hash"]
                     for e in conn.execute(select(AuditEntry.__table__).where(AuditEntry.action == "case.create"))}
    for summary in records:
        stored = service.get(summary.id)
        assert stored.people[0].person_id and stored.sources[0].source_id  # made up by a helper, stored
        assert committed[(stored.id, 1)] == content_hash(stored)  # recomputed from what the store holds
    assert service.verify_audit_chain() > 60
    assert service.count(CaseFilter(search="Northgate vehicle 37")) == 1
    assert service.count(CaseFilter(search="V-0041")) == 1  # a pseudonym: in the body
    # real names go to the names column only: found only where names may be searched
    assert service.count(CaseFilter(search="Qorane41", search_names=True)) == 60  # same phonetic key
    assert service.count(CaseFilter(search="Qorane41")) == 0
    assert not multiprocessing.active_children()


def test_the_same_file_with_and_without_helpers_stores_the_same_content(
        tmp_path: Path, small_chunks: None) -> None:
    source = _write(tmp_path / "in.json", _rows(30))
    stored: list[list[tuple[Any, ...]]] = []
    for helpers in (0, 1):
        ws, _ = Workspace.create(tmp_path / f"ws{helpers}", PASSPHRASE, "Officer Test")
        try:
            import_file(ws, source, helpers=helpers)
            service = CaseService(ws)
            stored.append(sorted(
                (r.title, r.narrative, r.date.text, r.location.place, r.people[0].name, r.people[0].pseudonym,
                 r.sources[0].reliability, r.verification)
                for r in (service.get(s.id) for s in service.list(CaseFilter()))))
        finally:
            ws.lock()
    assert stored[0] == stored[1] and len(stored[0]) == 30


def test_problems_are_the_same_with_helpers_and_nothing_is_written(
        workspace: Workspace, tmp_path: Path, small_chunks: None) -> None:
    rows = _rows(40)
    rows[3]["date"] = "2026-13-40"
    del rows[18]["location"]
    rows[25]["id"] = rows[9]["id"] = "3f2a91c0-1b2c-4d5e-8f90-0a1b2c3d4e5f"  # in different chunks of 7
    rows[33]["people"][0]["role"] = "bystander"
    path = _write(tmp_path / "bad.json", rows)
    found = []
    for helpers in (0, 1):
        with pytest.raises(ImportRejected) as caught:
            import_file(workspace, path, helpers=helpers)
        found.append([(p.line, p.field, p.label, p.reason) for p in caught.value.problems])
        assert CaseService(workspace).count(CaseFilter()) == 0
    assert found[0] == found[1]
    assert {line for line, *_ in found[0]} == {5, 20, 27, 35}
    assert any(line == 27 and field == "id" and "line 11" in reason for line, field, _l, reason in found[0])
    assert not multiprocessing.active_children()


def test_a_cancel_with_helpers_running_writes_nothing_and_stops_them(
        workspace: Workspace, tmp_path: Path, small_chunks: None, monkeypatch: pytest.MonkeyPatch) -> None:
    from fieldcase.services import import_flow

    monkeypatch.setattr(import_flow, "BATCH", 10)  # batches written before the cancel: rolled back
    asked = {"n": 0}

    def cancelled() -> bool:
        asked["n"] += 1
        return asked["n"] > 35

    with pytest.raises(Cancelled):
        import_file(workspace, _write(tmp_path / "in.json", _rows(80)), helpers=1, cancelled=cancelled)
    assert CaseService(workspace).count(CaseFilter()) == 0
    assert not multiprocessing.active_children()


def test_when_the_helpers_cannot_start_the_rows_are_shaped_here(small_chunks: None) -> None:
    """A helper whose start fails (here: a framework release whose SHA-256 does not match, so the helper's
    registry cannot be built) breaks the pool; every row is still shaped, in order, in this process."""
    from fieldcase.services.workspace_frameworks import registry_with
    from fieldcase.store.framework_releases import InstalledRelease

    broken = InstalledRelease("x", 1, "1", "0" * 64, "{}", "x.json", "2026-01-01T00:00:00Z", "Officer Test")
    rows = [(i + 2, item, None) for i, item in enumerate(_rows(20))]
    shaped = list(import_prepare.shaped_rows(iter(rows), registry_with([]), [broken], helpers=1))
    assert [row.line for row, _p in shaped] == [line for line, _i, _p in rows]
    assert all(row.record is not None and row.shaped is not None and not row.problems for row, _p in shaped)
    assert all(row.shaped.content_hash == content_hash(row.record) for row, _p in shaped if row.record and row.shaped)
    assert not multiprocessing.active_children()


def _varied_rows() -> list[dict[str, Any]]:
    """New records written as shaped rows, between records that must be written as records: one with its own
    id, one with an act, one whose person has an id, and new records with deaths, tags and no people."""
    rows = _rows(14)
    rows[2]["id"] = "5d1c0b9a-8e7f-4a6b-9c5d-3e2f1a0b9c8d"
    rows[5]["acts"] = [{"victim": "V-0005", "act_type": "huridocs.mt04.030102000000",
                        "perpetrators": [{"status": "state"}], "linked_to_work": True}]
    rows[5]["violation_types"] = ["huridocs.mt04.030102000000"]
    rows[8]["people"][0]["person_id"] = "0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9"
    rows[10].update(deaths=[{"count": 2, "sex": "sdg1612.sex.man", "status": "sdg1612.status.civilian"}],
                    conflict_related=True, casualties={"killed": 2},
                    risk_tags=[{"category": "cca.internal_security", "rationale": "armed checkpoint"},
                               {"category": "cca.democratic_space"}],
                    violation_types=["huridocs.mt04.010100000000", "huridocs.mt04.030102000000"])
    rows[11]["people"], rows[11]["sources"] = [], []
    return rows


TABLES = ("case_revision", "case_head", "case_violation", "case_tag", "case_person", "case_source", "case_death",
          "case_act", "case_act_perpetrator", "person_revision", "source_revision")


def _import_and_dump(ws: Workspace, source: Path, as_rows: bool, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Import `source` with ids 1, 2, 3… and a fixed time; every table's rows and the import's audit entries."""
    import uuid

    from sqlalchemy import text

    from fieldcase.services import import_flow

    counter = iter(range(1, 10_000))
    monkeypatch.setattr(uuid, "uuid4", lambda: uuid.UUID(int=next(counter), version=4))
    monkeypatch.setattr(import_flow, "utc_now", lambda: "2026-12-06T12:00:00.000000+00:00")
    if not as_rows:
        monkeypatch.setattr(import_flow, "has_rmr_columns", lambda _conn: False)
    written_as_rows: list[int] = []
    write_new_records = import_flow.cases.write_new_records
    monkeypatch.setattr(import_flow.cases, "write_new_records", lambda conn, new, *rest: (
        written_as_rows.append(len(new)), write_new_records(conn, new, *rest)))
    try:
        outcome = import_file(ws, source, helpers=0)
    finally:
        monkeypatch.undo()
    assert (outcome.created, outcome.revised) == (14, 0)
    assert sum(written_as_rows) == (11 if as_rows else 0)  # all but the three that must be records
    with ws.db.reading() as conn:
        dump: dict[str, Any] = {t: sorted(map(tuple, conn.execute(text(f"SELECT * FROM {t}")))) for t in TABLES}
        dump["audit"] = [tuple(r) for r in conn.execute(text(
            "SELECT action, entity, entity_id, entity_rev, detail, actor, at FROM audit_log "
            "WHERE action LIKE 'case.%' OR action LIKE 'person.%' OR action LIKE 'source.%' ORDER BY seq"))]
    dump["search"] = [CaseService(ws).count(CaseFilter(search=word)) for word in ("Northgate", "V-0011", "9")]
    return dump


def test_new_records_written_as_shaped_rows_store_what_writing_records_stores(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same file into two new workspaces, with the same made-up ids and time: once as it runs (wholly new
    records inserted as the rows they were shaped into), once with every row written as a record (the path
    edits and sync use). Every case, person and source table and the import's audit entries must be equal."""
    source = _write(tmp_path / "in.json", _varied_rows())
    dumps = []
    for as_rows in (True, False):
        ws, _ = Workspace.create(tmp_path / f"ws-{as_rows}", PASSPHRASE, "Officer Test")
        try:
            dumps.append(_import_and_dump(ws, source, as_rows, monkeypatch))
        finally:
            ws.lock()
    rows_dump, records_dump = dumps
    assert len(rows_dump["case_revision"]) == 14 and len(rows_dump["case_death"]) == 1
    assert len(rows_dump["case_act"]) == 1 and len(rows_dump["audit"]) == 14
    for name, found in records_dump.items():
        assert rows_dump[name] == found, name
