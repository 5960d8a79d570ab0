"""A real sync conflict: an officer and HQ edit the same record between two syncs (real workspaces, real
age-encrypted packages through a folder), so both sides hold one open conflict about it."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from fieldcase.domain.records import Act, CaseRecord, Location, PartialDate, Perpetrator, PersonLink
from fieldcase.hq import importer
from fieldcase.hq.store import HqStore
from fieldcase.services.records import CaseService
from fieldcase.services.sync import resolve_target
from sync_helpers import Officer, make_hq, make_officer


@dataclass
class Conflicted:
    hq: HqStore
    officer: Officer
    usb: Path
    record_id: str


def original() -> CaseRecord:
    return CaseRecord(
        kind="incident", title="Detention at the Solmara checkpoint", date=PartialDate("2026-09"),
        location=Location("XTV", adm1_pcode="XT01", adm1_name="Solmara", place="North checkpoint"),
        narrative="Two journalists were held for six hours.", severity=3,
        people=(PersonLink(role="victim", pseudonym="J1", sex="female", age_group="adult"),),
        acts=(Act(victim="J1", act_type="huridocs.mt04.030102000000",
                  perpetrators=(Perpetrator(status="state"),)),))


def sync_round(hq: HqStore, officer: Officer, usb: Path) -> tuple[list[str], list[str]]:
    """Push, import at HQ (HQ replies), pull; the conflict texts each side reported."""
    officer.sync.push(resolve_target(officer.ws, str(usb)))
    report = importer.import_from(hq, resolve_target(hq.ws, str(usb)))
    assert report.count("refused") == 0 and report.count("held") == 0, report.outcomes
    pulled = officer.sync.pull(resolve_target(officer.ws, str(usb)))
    assert all(o.status == "accepted" for o in pulled), pulled
    return [c for o in report.outcomes for c in o.conflicts], [c for o in pulled for c in o.conflicts]


def make_conflict(tmp_path: Path) -> Conflicted:
    """Officer rev 1 reaches HQ; then HQ changes the title, the date and the severity while the officer
    changes the narrative, the date, the place and the severity; one more sync round."""
    hq = make_hq(tmp_path / "hq", "HQ Geneva")
    officer = make_officer(tmp_path / "officer", hq, "Officer Amal")
    usb = tmp_path / "usb"
    usb.mkdir()
    record = officer.cases.save(original())
    record_id = record.id or ""
    sync_round(hq, officer, usb)
    hq_cases = CaseService(hq.ws)
    at_hq = hq_cases.get(record_id)
    hq_cases.save(replace(at_hq, title="Detention of two journalists at the Solmara checkpoint",
                          date=PartialDate("2026-09-14"), severity=4), expected_rev=at_hq.rev)
    mine = officer.cases.get(record_id)
    officer.cases.save(replace(mine, narrative="Two journalists were held for six hours and their phones seized.",
                               date=PartialDate("2026-09-12"), severity=2,
                               location=replace(mine.location, place="North checkpoint, Route 4")),
                       expected_rev=mine.rev)
    at_hq_texts, at_officer_texts = sync_round(hq, officer, usb)
    assert len(at_hq_texts) == 1 and len(at_officer_texts) == 1  # both sides found the one conflict
    return Conflicted(hq, officer, usb, record_id)
