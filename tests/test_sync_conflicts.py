"""Sync conflicts kept until decided (issue 19): a real conflict between an officer and HQ (real workspaces,
real packages), listed, shown and resolved field by field with the command line on either side; the decision
is a new revision with both parents, audit-logged without record content, and the other side's copy of the
conflict closes when the resolution reaches it. HQ on SQLCipher and on PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from conflict_helpers import make_conflict, sync_round
from conftest import run_cli
from fieldcase.services.conflicts import ConflictService
from fieldcase.services.records import CaseService

pytestmark = pytest.mark.usefixtures("hq_backend")  # SQLCipher and PostgreSQL HQ stores

HQ_TITLE = "Detention of two journalists at the Solmara checkpoint"
FIELD_NARRATIVE = "Two journalists were held for six hours and their phones seized."


def _conflict_entries(ws) -> list[dict]:  # type: ignore[no-untyped-def]
    from fieldcase.store.models import AuditEntry

    with ws.engine.connect() as conn:
        rows = conn.execute(text("SELECT entity_id, entity_rev, actor, detail FROM audit_log "
                                 "WHERE action = 'conflict.resolve' ORDER BY seq")
                            .columns(detail=AuditEntry.__table__.c.detail.type))
        return [{"record": r.entity_id, "rev": r.entity_rev, "actor": r.actor, **json.loads(r.detail)} for r in rows]


def test_hq_resolves_with_the_cli_and_the_officers_copy_closes_on_the_next_sync(tmp_path: Path) -> None:
    c = make_conflict(tmp_path)
    hq_dir = c.hq.ws.path
    c.hq.lock()

    listed = run_cli("hq", "conflicts", "list", "--json", "--dir", str(hq_dir))
    assert listed.returncode == 0, listed.stderr
    [conflict] = json.loads(listed.stdout)
    assert (conflict["record_id"], conflict["status"], conflict["local_rev"], conflict["incoming_rev"],
            conflict["base_rev"], conflict["origin_name"]) == (c.record_id, "open", 2, 3, 1, "Officer Amal")

    shown = run_cli("hq", "conflicts", "show", str(conflict["id"]), "--json", "--dir", str(hq_dir))
    assert shown.returncode == 0, shown.stderr
    fields = {f["field"]: (f["mine"], f["theirs"]) for f in json.loads(shown.stdout)["fields"]}
    # HQ's "mine" is its own edit; "theirs" the officer's; people and acts are the same on both sides
    assert fields == {"title": (HQ_TITLE, "Detention at the Solmara checkpoint"),
                      "date": ("2026-09-14", "2026-09-12"),
                      "location": ("North checkpoint, Solmara (XT01), XTV",
                                   "North checkpoint, Route 4, Solmara (XT01), XTV"),
                      "narrative": ("Two journalists were held for six hours.", FIELD_NARRATIVE),
                      "severity": ("4", "2")}
    text_view = run_cli("hq", "conflicts", "show", str(conflict["id"]), "--dir", str(hq_dir))
    assert "Officer Amal" in text_view.stdout and "North checkpoint, Route 4" in text_view.stdout

    refused = run_cli("hq", "conflicts", "resolve", str(conflict["id"]), "--field", "title=mine", "--dir", str(hq_dir))
    assert refused.returncode == 1 and "Choose mine or theirs for every field" in refused.stderr
    bad = run_cli("hq", "conflicts", "resolve", str(conflict["id"]), "--take", "theirs", "--field", "people=mine",
                  "--dir", str(hq_dir))
    assert bad.returncode == 1 and "same on both sides" in bad.stderr
    done = run_cli("hq", "conflicts", "resolve", str(conflict["id"]), "--take", "theirs", "--field", "title=mine",
                   "--field", "severity=mine", "--dir", str(hq_dir))
    assert done.returncode == 0, done.stderr
    assert "revision 4" in done.stdout
    again = run_cli("hq", "conflicts", "resolve", str(conflict["id"]), "--take", "mine", "--dir", str(hq_dir))
    assert again.returncode == 1 and "already resolved" in again.stderr
    assert json.loads(run_cli("hq", "conflicts", "list", "--json", "--dir", str(hq_dir)).stdout) == []

    from fieldcase.hq.store import HqStore
    from sync_helpers import PASSPHRASE

    hq = c.hq = HqStore.open(hq_dir, PASSPHRASE)
    decided = CaseService(hq.ws).get(c.record_id)
    assert (decided.rev, decided.title, decided.severity, decided.narrative, decided.date.text,
            decided.location.place) == (4, HQ_TITLE, 4, FIELD_NARRATIVE, "2026-09-12", "North checkpoint, Route 4")
    assert ConflictService(hq.ws).history_parents(c.record_id) == {4: (2, 3)}
    [entry] = _conflict_entries(hq.ws)
    assert entry["rev"] == 4 and entry["parents"] == [2, 3] and entry["actor"] == "admin"  # the HQ user
    assert entry["fields"] == {"date": "theirs", "location": "theirs", "narrative": "theirs", "severity": "mine",
                               "title": "mine"}
    assert FIELD_NARRATIVE not in json.dumps(entry) and HQ_TITLE not in json.dumps(entry)  # no content
    CaseService(hq.ws).verify_audit_chain()

    # the resolution reaches the officer: applied on top of their head, their copy of the conflict closes
    at_hq, at_officer = sync_round(hq, c.officer, c.usb)
    assert at_hq == [] and at_officer == []
    officer_view = ConflictService(c.officer.ws)
    assert officer_view.list() == []
    [closed] = officer_view.list(status=None)
    assert closed.status == "resolved" and closed.resolved_by == "admin" and closed.resolved_rev == 4
    mine = c.officer.cases.get(c.record_id)
    assert (mine.rev, mine.title, mine.severity, mine.narrative) == (4, HQ_TITLE, 4, FIELD_NARRATIVE)
    c.officer.ws.lock()
    hq.lock()


def test_officer_cli_lists_and_resolves_and_a_closed_conflict_cannot_be_changed(tmp_path: Path) -> None:
    c = make_conflict(tmp_path)
    ws_dir = c.officer.ws.path
    c.officer.ws.lock()
    assert "1     open" in run_cli("conflicts", "list", workspace=ws_dir).stdout
    [conflict] = json.loads(run_cli("conflicts", "list", "--json", workspace=ws_dir).stdout)
    assert (conflict["local_rev"], conflict["incoming_rev"], conflict["origin_name"]) == (2, 3, "HQ Geneva")
    unknown = run_cli("conflicts", "resolve", "99", "--take", "mine", workspace=ws_dir)
    assert unknown.returncode == 9 and "no sync conflict 99" in unknown.stderr
    done = run_cli("conflicts", "resolve", str(conflict["id"]), "--take", "mine", "--field", "title=theirs",
                   workspace=ws_dir)
    assert done.returncode == 0, done.stderr
    [closed] = json.loads(run_cli("conflicts", "list", "--all", "--json", workspace=ws_dir).stdout)
    assert closed["status"] == "resolved" and closed["resolved_rev"] == 4
    assert run_cli("verify-audit", workspace=ws_dir).returncode == 0

    from fieldcase.workspace import Workspace
    from sync_helpers import PASSPHRASE

    ws = Workspace.unlock(ws_dir, PASSPHRASE)
    try:
        record = CaseService(ws).get(c.record_id)
        assert (record.title, record.severity, record.date.text) == (HQ_TITLE, 2, "2026-09-12")
        with ws.engine.begin() as conn, pytest.raises(DBAPIError, match="only an open conflict changes"):
            conn.execute(text("UPDATE sync_conflict SET resolved_rev = 9"))
        with ws.engine.begin() as conn, pytest.raises(DBAPIError, match="rows are kept"):
            conn.execute(text("DELETE FROM sync_conflict"))
    finally:
        ws.lock()
    # on the HQ store (SQLCipher or PostgreSQL) the guard holds too, and an open conflict's origin cannot move
    with c.hq.ws.engine.begin() as conn, pytest.raises(DBAPIError, match="only an open conflict changes"):
        conn.execute(text("UPDATE sync_conflict SET local_rev = 1"))
    with c.hq.ws.engine.begin() as conn, pytest.raises(DBAPIError, match="rows are kept"):
        conn.execute(text("DELETE FROM sync_conflict"))
    c.hq.lock()
