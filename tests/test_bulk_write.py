"""The bulk write path of imports (issue 17): rows written as tuples (store/bulk_rows.py) hold exactly what
Core's insert writes, and an import audits each record once, in an entry that names the people and sources
the record brought and commits to the content hash of what was stored."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import insert, select

from conftest import run_cli
from fieldcase.domain.records import content_hash
from fieldcase.services.import_flow import import_file
from fieldcase.services.records import CaseService
from fieldcase.store import audit
from fieldcase.store.bulk_rows import insert_rows
from fieldcase.store.tables import AUDIT, PERSON
from fieldcase.workspace import Workspace


def _person(person_id: str, **fields: object) -> dict[str, object]:
    return {"person_id": person_id, "rev": 1, "author": "Officer Test", "created_at": "2026-10-01T09:00:00Z",
            "pseudonym": "V-01", "name": "Rana Idris", "sex": "female", "age_group": "adult",
            "victim_groups": "", "cooperated_with_un": None, "reprisal_suspected": True, "at_risk": False,
            "consent_recorded_on": dt.date(2026, 9, 30), **fields}


def test_rows_written_as_tuples_are_the_rows_core_writes(workspace: Workspace) -> None:
    # consent_naming / consent_referral are left out: their defaults (False) must be filled in as Core does;
    # the date goes through the column type's own conversion, a None stays NULL.
    with workspace.db.writing() as conn:
        conn.execute(insert(PERSON), [_person("core-1"), _person("core-2", consent_recorded_on=None)])
        insert_rows(conn, PERSON, [_person("bulk-1"), _person("bulk-2", consent_recorded_on=None)])
    with workspace.db.reading() as conn:
        rows = {r.person_id: r._mapping for r in conn.execute(select(PERSON))}
        raw = dict(conn.exec_driver_sql("SELECT person_id, consent_recorded_on FROM person_revision").all())

    def same(a: str, b: str) -> None:
        assert {k: v for k, v in rows[a].items() if k not in ("id", "person_id")} == \
            {k: v for k, v in rows[b].items() if k not in ("id", "person_id")}

    same("core-1", "bulk-1")
    same("core-2", "bulk-2")
    assert rows["bulk-1"]["consent_naming"] is False and rows["bulk-1"]["reprisal_suspected"] is True
    assert raw["bulk-1"] == raw["core-1"] == "2026-09-30" and raw["bulk-2"] is None


RECORD = {
    "kind": "incident", "title": "Threats against a community monitor", "date": "2026-09-02",
    "location": {"country": "XKV", "adm1_pcode": "XK02", "adm1_name": "Saltmarsh"},
    "narrative": "Two men threatened the monitor after a meeting.", "violation_types": ["huridocs.mt04.030102000000"],
    "severity": 2, "verification": "vs.verified",
    "people": [{"role": "witness", "pseudonym": "W-01"}, {"role": "witness", "pseudonym": "W-02"}],
    "sources": [{"name": "Monitor's own account", "reliability": "B", "credibility": 2}],
}


def test_an_import_audits_each_record_once_naming_what_it_brought(workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "in.json"
    path.write_text(json.dumps([RECORD, {**RECORD, "title": "Second threat", "people": []}]), encoding="utf-8")
    assert import_file(workspace, path).created == 2
    with workspace.db.reading() as conn:
        entries = [r._mapping for r in conn.execute(select(AUDIT).order_by(AUDIT.c.seq))]
        people = {r.person_id: r.rev for r in conn.execute(select(PERSON.c.person_id, PERSON.c.rev))}
        assert audit.verify(conn) == len(entries)
    cases = [e for e in entries if e["entity"] == "case"]
    assert len(cases) == 2 and {e["action"] for e in cases} == {"case.create"}
    assert not [e for e in entries if e["entity"] in ("person", "source")]  # named in the case entries instead
    service = CaseService(workspace)
    named_people: dict[str, int] = {}
    for entry in cases:
        detail = json.loads(entry["detail"])
        stored = service.get(entry["entity_id"])
        assert detail["content_hash"] == content_hash(stored)  # what an evidence package checks, per revision
        assert [i for i, _rev in detail.get("people", [])] == [p.person_id for p in stored.people]
        assert [i for i, _rev in detail["sources"]] == [s.source_id for s in stored.sources]
        named_people.update({i: rev for i, rev in detail.get("people", [])})
    assert named_people == people and len(people) == 2
    workspace.lock()
    assert run_cli("verify-audit", workspace=workspace.path).returncode == 0


def test_an_import_gives_the_garbage_collector_back_as_it_found_it(workspace: Workspace, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    # import_flow freezes the objects that exist and collects less often while an import runs (a fifth of a
    # large import's CPU time went to walking them): after it, accepted or refused, nothing stays frozen
    import gc

    from fieldcase.errors import ImportRejected
    from fieldcase.services import import_flow

    before, frozen = gc.get_threshold(), gc.get_freeze_count()
    seen: list[tuple[tuple[int, int, int], bool]] = []
    real_run = import_flow._ImportRun.run

    def watching(self: import_flow._ImportRun, *args: object) -> tuple[str, ...]:
        seen.append((gc.get_threshold(), gc.get_freeze_count() > frozen))
        return real_run(self, *args)  # type: ignore[arg-type]

    good, bad = tmp_path / "good.json", tmp_path / "bad.json"
    good.write_text(json.dumps([RECORD]), encoding="utf-8")
    bad.write_text(json.dumps([{**RECORD, "date": "someday"}]), encoding="utf-8")
    monkeypatch.setattr(import_flow._ImportRun, "run", watching)
    assert import_file(workspace, good).created == 1
    with pytest.raises(ImportRejected):
        import_file(workspace, bad)
    assert seen == [(import_flow._IMPORT_GC_THRESHOLD, True)] * 2
    assert gc.get_threshold() == before and gc.get_freeze_count() == frozen
