"""Acts in the store: written and read back (get_record and the batch loader alike), kept per revision,
append-only; the analysis rows built from them; and acts surviving a sync push, HQ import and pull."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from fieldcase.domain.records import (
    Act,
    CaseRecord,
    Casualties,
    Deaths,
    Location,
    PartialDate,
    Perpetrator,
    PersonLink,
    content_hash,
)
from fieldcase.errors import NotFound
from fieldcase.hq import importer
from fieldcase.services.sync import resolve_target
from fieldcase.store import analysis_rows, cases, revision_batch
from fieldcase.workspace import Workspace
from sync_helpers import make_hq, make_officer

NOW = "2026-10-20T08:00:00.000000+00:00"
LATER = "2026-10-21T08:00:00.000000+00:00"
KILLING = "huridocs.mt04.010101020000"
TORTURE = "huridocs.mt04.020111110000"
DETENTION = "huridocs.mt04.030102000000"
THREAT = "huridocs.mt04.020103020000"
HRD = "sdg16101.victim.hrd"


def _record(**extra: object) -> CaseRecord:
    people = (PersonLink(role="victim", pseudonym="V-1", sex="female", age_group="adult", victim_groups=(HRD,)),
              PersonLink(role="witness", pseudonym="W-1"),
              PersonLink(role="victim", pseudonym="V-2", sex="male", age_group="child"))
    acts = (
        Act("V-1", DETENTION, (Perpetrator("state", "huridocs.mt24.010100000000"), Perpetrator("non_state")),
            linked_to_work=True, state_due_diligence_failure=None),
        Act("V-1", TORTURE, (Perpetrator("state_acquiescence"),), linked_to_work=True,
            state_due_diligence_failure=True, due_diligence_rationale="No investigation opened.",
            sdg_override="sdg16101.C", override_rationale="Torture in custody, confirmed by a medical report."),
        Act("V-2", THREAT, (Perpetrator("non_state", "huridocs.mt24.020000000000"), Perpetrator("unknown"),
                            Perpetrator("state")), state_due_diligence_failure=False, fate_concealed=True),
        Act("V-2", KILLING, (), sdg_override="sdg16101.none", override_rationale="Attempt only."),
    )
    fields: dict[str, object] = {
        "kind": "incident", "title": "Two defenders detained", "date": PartialDate("2026-10-03"),
        "location": Location("XTV", adm1_pcode="XT01", adm1_name="North", adm2_pcode="XT0101"),
        "verification": "vs.verified", "violation_types": (TORTURE, DETENTION), "people": people, "acts": acts,
        "conflict_related": False, "casualties": Casualties(killed=1),
    }
    fields.update(extra)
    return CaseRecord(**fields)  # type: ignore[arg-type]


def _write(ws: Workspace, records: list[CaseRecord], now: str = NOW) -> list[CaseRecord]:
    with ws.engine.begin() as conn:
        return cases.write_records(conn, records, "Officer Test", now)


def _revision_id(ws: Workspace, record_id: str, rev: int) -> int:
    with ws.engine.connect() as conn:
        return conn.execute(text("SELECT id FROM case_revision WHERE record_id = :r AND rev = :v"),
                            {"r": record_id, "v": rev}).scalar_one()


def test_acts_round_trip_through_get_record_and_the_batch_loader(workspace: Workspace) -> None:
    original = _record()
    (stored,) = _write(workspace, [original])
    with workspace.engine.connect() as conn:
        back = cases.get_record(conn, stored.id or "")
        batch = revision_batch.load(conn, [_revision_id(workspace, stored.id or "", 1)])
        (info,) = cases.history(conn, stored.id or "")
    assert back.acts == original.acts  # order, perpetrators (order too), overrides, DD None/True/False
    assert back.conflict_related is False
    assert list(batch.values()) == [back]
    assert content_hash(back) == info.content_hash == content_hash(stored)
    # each act's victim is a person id in the store
    with workspace.engine.connect() as conn:
        rows = conn.execute(text("SELECT a.position, a.person_id, p.role FROM case_act a JOIN case_person p "
                                 "ON p.person_id = a.person_id AND p.revision_id = a.revision_id "
                                 "ORDER BY a.position")).all()
        linked = conn.execute(text("SELECT count(*) FROM case_person WHERE act_linked_to_work")).scalar()
    assert [r.position for r in rows] == [0, 1, 2, 3] and {r.role for r in rows} == {"victim"}
    assert rows[0].person_id == rows[1].person_id != rows[2].person_id == rows[3].person_id
    assert linked == 0  # the per-person flag of release 0.1 is no longer written


def test_conflict_related_none_and_no_acts_read_back_as_empty(workspace: Workspace) -> None:
    (stored,) = _write(workspace, [_record(acts=(), conflict_related=None)])
    with workspace.engine.connect() as conn:
        back = cases.get_record(conn, stored.id or "")
    assert back.acts == () and back.conflict_related is None


def test_a_new_revision_keeps_the_old_revisions_acts(workspace: Workspace) -> None:
    (first,) = _write(workspace, [_record()])
    with workspace.engine.connect() as conn:
        current = cases.get_record(conn, first.id or "")
    people = tuple(replace(p, pseudonym="V-1b") if p.pseudonym == "V-1" else p for p in current.people)
    changed = replace(current, people=people, conflict_related=True,
                      acts=(Act("V-1b", KILLING, (Perpetrator("state"),), linked_to_work=True),))
    _write(workspace, [changed], LATER)
    with workspace.engine.connect() as conn:
        old = cases.get_record(conn, first.id or "", 1)
        new = cases.get_record(conn, first.id or "")
        history = cases.history(conn, first.id or "")
    assert old.acts == _record().acts and old.conflict_related is False
    assert [a.victim for a in old.acts] == ["V-1", "V-1", "V-2", "V-2"]  # the pseudonym as it was then
    assert new.rev == 2 and new.acts == changed.acts and new.conflict_related is True
    assert [h.content_hash for h in history] == [content_hash(old), content_hash(new)]


def test_act_tables_are_append_only(workspace: Workspace) -> None:
    _write(workspace, [_record()])
    for statement in ("UPDATE case_act SET act_type = 'x'", "DELETE FROM case_act",
                      "UPDATE case_act_perpetrator SET status = 'state'", "DELETE FROM case_act_perpetrator",
                      "UPDATE case_revision SET conflict_related = 1"):
        with pytest.raises(IntegrityError), workspace.engine.begin() as conn:
            conn.execute(text(statement))


def test_an_act_naming_someone_not_in_the_record_is_refused(workspace: Workspace) -> None:
    record = _record(acts=(Act("Nobody", KILLING),))
    with pytest.raises(NotFound, match="Nobody"):
        _write(workspace, [record])
    with workspace.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM case_revision")).scalar() == 0


def test_act_rows_death_rows_and_reviews(workspace: Workspace) -> None:
    in_window = _record()
    year_only = _record(title="Year only", date=PartialDate("2026"), acts=_record().acts[:1], conflict_related=None)
    outside = _record(title="Outside", date=PartialDate("2026-08-30"))
    other_region = _record(title="Elsewhere", location=Location("XTV", adm1_pcode="XT02"))
    lines_only = _record(title="Shelling", acts=(), people=(), casualties=Casualties(),
                         deaths=(Deaths(2, "sdg1612.sex.woman"), Deaths(1)), conflict_related=True)
    stored = _write(workspace, [in_window, year_only, outside, other_region, lines_only])
    first, last = dt.date(2026, 10, 1), dt.date(2026, 10, 31)
    with workspace.engine.connect() as conn:
        acts = analysis_rows.act_rows(conn, first, last)
        acts_xt02 = analysis_rows.act_rows(conn, first, last, region="XT02")
        deaths = analysis_rows.death_rows(conn, first, last)
        reviews = analysis_rows.act_reviews(conn)
    by_record: dict[str, list[object]] = {}
    for row in acts:
        by_record.setdefault(row.record_id, []).append(row)
    ids = [r.id for r in stored]
    assert set(by_record) == {ids[0], ids[1], ids[3]}
    assert [r.act_index for r in by_record[ids[0]]] == [0, 1, 2, 3]
    row = by_record[ids[0]][2]
    assert (row.pseudonym, row.sex, row.age_group, row.act_type, row.perpetrator_statuses, row.fate_concealed,
            row.state_due_diligence_failure, row.adm1, row.adm2) == (
        "V-2", "male", "child", THREAT, ("non_state", "unknown", "state"), True, False, "XT01", "XT0101")
    first_act = by_record[ids[0]][0]
    assert first_act.victim_groups == (HRD,) and first_act.linked_to_work and first_act.sdg_override is None
    assert by_record[ids[0]][3].sdg_override == "sdg16101.none" and by_record[ids[0]][3].perpetrator_statuses == ()
    assert by_record[ids[1]][0].precision == "year"
    assert {r.record_id for r in acts_xt02} == {ids[3]}
    got = {d.record_id: d for d in deaths}
    assert set(got) == {ids[0], ids[1], ids[3], ids[4]}  # killed > 0, or 16.1.2 lines
    assert got[ids[0]].killed == 1 and got[ids[0]].lines == () and got[ids[0]].conflict_related is False
    assert got[ids[1]].conflict_related is None and got[ids[1]].precision == "year"
    assert got[ids[4]].killed is None and got[ids[4]].conflict_related is True
    assert [(line.count, line.sex) for line in got[ids[4]].lines] == [(2, "sdg1612.sex.woman"),
                                                                      (1, "sdg1612.sex.unknown")]
    assert reviews == []


def test_a_year_only_record_is_read_once_in_a_window_holding_1_january(workspace: Workspace) -> None:
    _write(workspace, [_record(date=PartialDate("2026"))])
    with workspace.engine.connect() as conn:
        assert len(analysis_rows.signal_rows(conn, dt.date(2026, 1, 1), dt.date(2026, 1, 31))) == 1
        assert len(analysis_rows.act_rows(conn, dt.date(2026, 1, 1), dt.date(2026, 1, 31))) == 4
        assert len(analysis_rows.death_rows(conn, dt.date(2026, 1, 1), dt.date(2026, 1, 31))) == 1


def test_acts_survive_push_hq_import_and_pull(tmp_path: Path) -> None:
    hq = make_hq(tmp_path / "hq")
    officer = make_officer(tmp_path / "officer", hq)
    usb = tmp_path / "usb"
    usb.mkdir()
    (stored,) = _write(officer.ws, [_record()])
    record_id = stored.id or ""
    officer.sync.push(resolve_target(officer.ws, str(usb)))
    report = importer.import_from(hq, resolve_target(hq.ws, str(usb)))
    assert report.count("refused") == 0 and report.count("held") == 0, report.outcomes
    with hq.ws.engine.connect() as conn:
        at_hq = cases.get_record(conn, record_id)
        (hq_info,) = cases.history(conn, record_id)
    with officer.ws.engine.connect() as conn:
        here = cases.get_record(conn, record_id)
    assert at_hq.acts == here.acts == _record().acts and at_hq.conflict_related is False
    assert hq_info.content_hash == content_hash(here)

    # HQ revises the acts; the officer pulls the revision
    revised = replace(at_hq, conflict_related=None, acts=(*at_hq.acts[2:], Act("V-1", KILLING, linked_to_work=True)))
    with hq.ws.engine.begin() as conn:
        cases.write_records(conn, [revised], "HQ Analyst", LATER)
    importer.import_from(hq, resolve_target(hq.ws, str(usb)))
    for outcome in officer.sync.pull(resolve_target(officer.ws, str(usb))):
        assert outcome.status == "accepted", outcome
    with officer.ws.engine.connect() as conn:
        pulled = cases.get_record(conn, record_id)
        old = cases.get_record(conn, record_id, 1)
    assert pulled.rev == 2 and pulled.acts == revised.acts and pulled.conflict_related is None
    assert old.acts == _record().acts
    officer.ws.lock()
    hq.lock()
