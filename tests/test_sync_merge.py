"""Three officers x 1,000 incidents, edits at HQ and in the field over several syncs: every revision
arrives on the other side (none lost, none twice), concurrent edits are kept side by side and
reported, and importing everything again changes nothing."""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import text

from fieldcase.hq import importer
from fieldcase.hq.store import HqStore
from fieldcase.services.records import CaseService
from fieldcase.services.sync import resolve_target
from fieldcase.store.models import CaseRevision
from fieldcase.workspace import Workspace
from sync_helpers import Officer, incidents, make_hq, make_officer, store_digest

pytestmark = pytest.mark.usefixtures("hq_backend")  # SQLCipher and PostgreSQL HQ stores

N = 1000


# the title's column type: it unseals the title where the store seals it (a PostgreSQL HQ, store/sealed.py)
TITLE = CaseRevision.__table__.c.title.type


def _own_revisions(ws: Workspace) -> set[tuple[str, int, str]]:
    """(record, revision number here, title) of every revision written in this store itself."""
    with ws.engine.connect() as conn:
        return {(r.record_id, r.rev, r.title) for r in conn.execute(text(
            "SELECT record_id, rev, title FROM case_revision r WHERE NOT EXISTS "
            "(SELECT 1 FROM sync_revision_origin o WHERE o.revision_id = r.id)").columns(title=TITLE))}


def _merged_from(ws: Workspace, origin: str) -> set[tuple[str, int, str]]:
    """(record, revision number at the origin, title) of every revision merged from `origin`."""
    with ws.engine.connect() as conn:
        return {(r.record_id, r.origin_rev, r.title) for r in conn.execute(text(
            "SELECT o.record_id, o.origin_rev, r.title FROM sync_revision_origin o "
            "JOIN case_revision r ON r.id = o.revision_id WHERE o.origin = :o").columns(title=TITLE), {"o": origin})}


def _sync_round(hq: HqStore, officers: list[Officer], usb: Path) -> importer.ImportReport:
    for o in officers:
        o.sync.push(resolve_target(o.ws, str(usb)))
    report = importer.import_from(hq, resolve_target(hq.ws, str(usb)))
    assert report.count("refused") == 0 and report.count("held") == 0, report.outcomes
    for o in officers:
        for outcome in o.sync.pull(resolve_target(o.ws, str(usb))):
            assert outcome.status == "accepted", outcome
    return report


def _edit(service: CaseService, ids: list[str], label: str) -> None:
    service.save_many([replace(service.get(i), title=f"{service.get(i).title} / {label}") for i in ids])


def test_three_officers_edits_on_both_sides_zero_lost_revisions(tmp_path: Path) -> None:
    rng = random.Random(6)
    hq = make_hq(tmp_path / "hq")
    hq_cases = CaseService(hq.ws)
    officers = [make_officer(tmp_path / f"officer{i}", hq, f"Officer {i}", f"XT0{i + 1}") for i in range(3)]
    usb = tmp_path / "usb"
    usb.mkdir()
    ids = {o.id: [r.id or "" for r in o.cases.save_many(incidents(N, f"Officer {i} incident", f"XT0{i + 1}"))]
           for i, o in enumerate(officers)}

    _sync_round(hq, officers, usb)  # round 1: everything reaches HQ; HQ acknowledges
    for o in officers:
        status = o.sync.status()
        assert status.pending_revisions == 0 and status.acknowledged_revisions == N
        assert o.sync.record_state(ids[o.id][0]) == "received"

    conflicts = 0
    for round_no in (2, 3, 4):
        for o in officers:  # HQ comments on some records, the officer edits others, and a few both
            both = rng.sample(ids[o.id], 10)
            _edit(hq_cases, rng.sample(ids[o.id], 40) + both, f"HQ feedback r{round_no}")
            _edit(o.cases, rng.sample(ids[o.id], 80) + both, f"field edit r{round_no}")
        report = _sync_round(hq, officers, usb)
        conflicts += sum(len(out.conflicts) for out in report.outcomes)
        for o in officers:
            assert o.sync.status().pending_revisions == 0
    assert conflicts >= 30  # the records edited on both sides were reported, and kept
    from fieldcase.services.conflicts import ConflictService

    kept = ConflictService(hq.ws).list(status=None)  # and each is kept until someone decides (issue 19)
    assert len(kept) == conflicts and {c.status for c in kept} == {"open"}

    for o in officers:
        sent = _own_revisions(o.ws)
        assert _merged_from(hq.ws, o.id) == sent  # every field revision is at HQ, with its content
        hq_own = {r for r in _own_revisions(hq.ws) if r[0] in set(ids[o.id])}
        assert _merged_from(o.ws, hq.hq_id) == hq_own  # every HQ revision of their records is in the field
    with hq.ws.engine.connect() as conn:
        total = conn.execute(text("SELECT count(*) FROM case_revision")).scalar()
    assert total == sum(len(_own_revisions(o.ws)) for o in officers) + len(_own_revisions(hq.ws))
    assert total == 3 * N + 3 * 3 * (50 + 90)  # every edit on either side is one revision at HQ

    # the whole import again, decrypting and verifying every package: nothing changes
    before = store_digest(hq.ws)
    again = importer.import_from(hq, resolve_target(hq.ws, str(usb)), recheck=True)
    assert again.outcomes and {o.status for o in again.outcomes} == {"replayed"}
    assert again.replies == []
    assert store_digest(hq.ws) == before
    for o in officers:
        o.ws.lock()
    hq.lock()
