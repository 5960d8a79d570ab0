"""A change made from an older revision never silently overwrites a newer one: the check and the write are
one transaction (BEGIN IMMEDIATE), in the service both drivers call (issue 16)."""

from __future__ import annotations

import json
import threading
from dataclasses import replace
from pathlib import Path

import pytest

from conftest import run_cli
from fieldcase.domain.records import CaseRecord, Location, PartialDate
from fieldcase.errors import RecordChanged
from fieldcase.services.records import CaseService
from fieldcase.workspace import Workspace


def _record() -> CaseRecord:
    return CaseRecord(kind="incident", title="Checkpoint detention", date=PartialDate("2026-09-03"),
                      location=Location("XKV"), verification="vs.reported")


def test_two_writers_racing_from_the_same_revision_one_wins_one_is_told(workspace: Workspace) -> None:
    cases = CaseService(workspace)
    base = cases.save(_record())
    start = threading.Barrier(2)
    outcomes: dict[str, object] = {}

    def writer(name: str, severity: int) -> None:
        mine = cases.get(base.id or "")  # both read revision 1
        start.wait()
        try:
            outcomes[name] = cases.save(replace(mine, severity=severity), expected_rev=mine.rev).rev
        except RecordChanged as exc:
            outcomes[name] = exc

    threads = [threading.Thread(target=writer, args=(name, sev)) for name, sev in (("a", 2), ("b", 5))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    won = [v for v in outcomes.values() if v == 2]
    lost = [v for v in outcomes.values() if isinstance(v, RecordChanged)]
    assert len(won) == 1 and len(lost) == 1, outcomes
    assert "changed elsewhere since revision 1" in str(lost[0]) and "nothing was saved" in str(lost[0])
    assert [h.rev for h in cases.history(base.id or "")] == [1, 2]  # no lost update, no third revision


def test_a_stale_save_is_refused_and_a_current_one_goes_through(workspace: Workspace) -> None:
    cases = CaseService(workspace)
    base = cases.save(_record())
    cases.save(replace(base, severity=3), expected_rev=1)
    with pytest.raises(RecordChanged, match="now at revision 2"):
        cases.save(replace(base, severity=4), expected_rev=1)
    assert cases.get(base.id or "").severity == 3
    assert cases.save(replace(cases.get(base.id or ""), severity=4), expected_rev=2).rev == 3


def test_cli_import_with_a_stale_base_revision_writes_nothing(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    assert run_cli("init", workspace=ws).returncode == 0
    first = {"kind": "incident", "title": "Checkpoint detention", "date": "2026-09-03",
             "location": {"country": "XKV"}}
    (tmp_path / "a.json").write_text(json.dumps([first]), encoding="utf-8")
    assert run_cli("import", str(tmp_path / "a.json"), workspace=ws).returncode == 0
    record_id = json.loads(run_cli("list", "--json", workspace=ws).stdout)["records"][0]["id"]
    edited = dict(first, id=record_id, base_rev=1, severity=2)
    (tmp_path / "b.json").write_text(json.dumps([edited]), encoding="utf-8")
    assert run_cli("import", str(tmp_path / "b.json"), workspace=ws).returncode == 0  # from rev 1: fine, rev 2
    stale = dict(first, id=record_id, base_rev=1, severity=5)
    (tmp_path / "c.json").write_text(json.dumps([stale]), encoding="utf-8")
    refused = run_cli("import", str(tmp_path / "c.json"), workspace=ws)
    assert refused.returncode == 11 and "changed elsewhere since revision 1" in refused.stderr
    shown = json.loads(run_cli("show", record_id, "--json", workspace=ws).stdout)
    assert shown["severity"] == 2 and [h["rev"] for h in shown["history"]] == [1, 2]
    # the same rule for the analyst's verbs that write a revision (tag): they read and write in one service call
    assert run_cli("tag", record_id[:8], "cca.internal_security", "--rationale", "armed group checkpoints",
                   workspace=ws).returncode == 0
