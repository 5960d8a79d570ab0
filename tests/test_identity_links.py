"""Linking people and incidents as the same (issue 19, "Merging with provenance"; Must show 2).

The figures are counted by hand from the metadata's rules (SDG 16.10.1 metadata 4.c: victims counted once per
window, under the most serious type in the order A killing, C torture, B enforced disappearance, D arbitrary
detention, E kidnapping, F other harmful acts; SDG 16.1.2: conflict-related deaths of verified records), with
this app's rule for an incident reported several times: its counted report with the most deaths stands for
it. The planted records are described in tests/identity_planted.py.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text

from conftest import run_cli
from fieldcase.analysis.periods import Period
from fieldcase.briefing.figures import AnalysisFigures
from fieldcase.errors import FieldcaseError
from fieldcase.services.analysis import AnalysisService
from fieldcase.services.identity_links import IdentityLinkService, link_same, links_for, unlink
from fieldcase.services.records import CaseService
from fieldcase.workspace import Workspace
from identity_planted import planted

PERIOD = "2026-06"  # headline window 2025-07 .. 2026-06 holds every planted record


def _save(ws: Workspace) -> dict[str, str]:
    stored = CaseService(ws).save_many(list(planted().values()))
    return {name: r.id or "" for name, r in zip(planted(), stored, strict=True)}


def _figures(ws: Workspace) -> tuple[int, dict[str, int], int, dict[str, int]]:
    report = AnalysisService(ws).indicators(PERIOD)
    victims, deaths = report.sdg_16_10_1.headline, report.sdg_16_1_2.headline
    return victims.total, dict(victims.by_violation_type), deaths.total, dict(deaths.not_counted)


def _person(ids: dict[str, str], name: str, pseudonym: str) -> str:
    return f"{ids[name]}:{pseudonym}"


def test_merged_duplicates_are_counted_once_and_unlinking_restores_the_counts(workspace: Workspace) -> None:
    ids = _save(workspace)

    # Before any link. 16.10.1: six victim records, each a different person id, each act qualifies:
    # R1 A, R2 D, R3 F, R4 C, R5 C, R6 A -> 6 persons; A 2, C 2, D 1, F 1.
    # 16.1.2: verified, conflict-related deaths R7 5 + R8 7 + R9 6 = 18; R10 (12) is unverified, not counted.
    assert _figures(workspace) == (6, {"sdg16101.A": 2, "sdg16101.C": 2, "sdg16101.D": 1, "sdg16101.F": 1},
                                   18, {"unverified": 12})

    links = {
        "mohammed_12": link_same(workspace, "person", _person(ids, "R1", "Mohammed A."),
                                 _person(ids, "R2", "mohamed ali"), "Same father's name and checkpoint; B2 source"),
        "mohammed_23": link_same(workspace, "person", _person(ids, "R2", "Mohamed Ali"),
                                 _person(ids, "R3", "محمد علي"), "Arabic spelling of the same name, same newspaper"),
        "amina": link_same(workspace, "person", _person(ids, "R4", "Amina"), _person(ids, "R5", "amina k."),
                           "Same detention centre and date"),
        "torture": link_same(workspace, "incident", ids["R4"], ids["R5"], "Two reports of one torture event"),
        "market_78": link_same(workspace, "incident", ids["R7"], ids["R8"], "Same market, same day"),
        "market_89": link_same(workspace, "incident", ids["R8"][:8], ids["R9"], "Clinic admitted the market dead"),
        "market_810": link_same(workspace, "incident", ids["R8"], ids["R10"], "Video shows the same market"),
    }

    # After the links. 16.10.1: persons {R1, R2, R3} (acts A, D, F: most serious A), {R4, R5} (C, C: C),
    # R6 (A) -> 3 persons; A 2 (Mohammed Ali, Sara), C 1 (Amina).
    # 16.1.2: one shelling {R7, R8, R9, R10}; its counted reports are R7 (5), R8 (7), R9 (6); R10 is
    # unverified and cannot stand for it. The largest counted report, R8, stands: 7 deaths. Not counted:
    # unverified 12 (R10), same incident 5 + 6 = 11 (R7, R9).
    assert _figures(workspace) == (3, {"sdg16101.A": 2, "sdg16101.C": 1}, 7,
                                   {"same_incident": 11, "unverified": 12})
    # the briefing's indicator tables read the same counts: the 16.10.1 total row and the 16.1.2 total row,
    # column "Verified, 12 months"
    tables = AnalysisFigures(AnalysisService(workspace), None, str, str).indicators(Period.month(PERIOD))
    assert tables[0].rows[-1][:2] == ("Total", "3") and tables[2].rows[-1][:2] == ("Total", "7")
    assert "11 same incident" in tables[2].note

    # Undo R2 = R3 and R8 = R9. 16.10.1: {R1, R2} (A, D: A), R3 alone (F), {R4, R5} (C), R6 (A) -> 4 persons;
    # A 2, C 1, F 1. 16.1.2: {R7, R8, R10} counted reports R7 5, R8 7 -> R8 stands, 7; R9 alone, 6 -> 13.
    # Not counted: unverified 12, same incident 5 (R7).
    service = IdentityLinkService(workspace)
    service.unlink(links["mohammed_23"], "Different fathers' names after a second interview")
    unlink(workspace, links["market_89"][:8], "The clinic's dead came from another district")
    assert _figures(workspace) == (4, {"sdg16101.A": 2, "sdg16101.C": 1, "sdg16101.F": 1}, 13,
                                   {"same_incident": 5, "unverified": 12})

    # The month alone (2026-06) holds no act and no death: links do not move anything into it.
    month = AnalysisService(workspace).indicators(PERIOD).sdg_16_10_1.month
    assert month is not None and month.total == 0


def test_nothing_is_deleted_and_the_decision_is_audited_and_undoable(workspace: Workspace) -> None:
    ids = _save(workspace)
    cases = CaseService(workspace)
    before = {name: cases.get(rid) for name, rid in ids.items()}
    link_id = link_same(workspace, "person", f"{ids['R4']}:Amina", f"{ids['R5']}:Amina K.",
                        "Same detention centre and date")
    undo_id = unlink(workspace, link_id, "A second source names another woman")

    # both records are as they were (same revision, same people), and nothing else was written to them
    for name, rid in ids.items():
        assert cases.get(rid) == before[name]
    with workspace.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM case_revision")).scalar() == len(ids)
        events = conn.execute(text("SELECT action, link_id, reason, actor FROM identity_link_event ORDER BY id")).all()
        entries = conn.execute(text("SELECT action, entity_id, actor, detail FROM audit_log "
                                    "WHERE entity = 'identity_link' ORDER BY seq")).all()
        # the events are append-only, as the records are
        for statement in ("UPDATE identity_link_event SET reason = 'x'", "DELETE FROM identity_link_event"):
            with pytest.raises(Exception, match="append-only"):
                conn.execute(text(statement))
    assert [(e.action, e.link_id) for e in events] == [("link", link_id), ("unlink", link_id)]
    assert [e.actor for e in events] == ["Officer Test", "Officer Test"]
    assert [(a.action, a.entity_id, a.actor) for a in entries] == [
        ("identity_link.link", link_id, "Officer Test"), ("identity_link.unlink", link_id, "Officer Test")]
    assert json.loads(entries[0].detail)["reason"] == "Same detention centre and date"
    assert json.loads(entries[1].detail)["reason"] == "A second source names another woman"
    assert cases.verify_audit_chain() >= 4
    assert undo_id != link_id

    # the history keeps the link and its undoing; relinking is a new link
    (listed,) = links_for(workspace, ids["R5"])
    assert listed.link_id == link_id and not listed.in_force and listed.undone is not None
    assert listed.undone.reason == "A second source names another woman"
    assert (listed.first.person_label, listed.second.person_label) == ("Amina", "Amina K.")
    again = link_same(workspace, "person", f"{ids['R4']}:Amina", f"{ids['R5']}:Amina K.", "Confirmed by phone")
    assert again != link_id
    assert [k.in_force for k in links_for(workspace, ids["R4"])] == [False, True]


def test_bad_requests_get_clear_errors_without_the_rejected_value(workspace: Workspace) -> None:
    ids = _save(workspace)
    info = CaseService(workspace).save(planted()["R1"].__class__(
        kind="community_info", title="Market rumours", date=planted()["R1"].date,
        location=planted()["R1"].location, info_type=None))
    good = f"{ids['R1']}:Mohammed A."
    cases = [
        (("person", good, f"{ids['R2']}:Mohamed Ali", "  "), "Reason: say why"),
        (("animal", good, f"{ids['R2']}:Mohamed Ali", "x"), "Kind: give person or incident"),
        (("person", good, f"{ids['R2']}:Zebedee-9", "x"), "Second person: that record has no person"),
        (("person", good, ids["R2"], "x"), "Second person: give the record and the person as RECORD:PERSON"),
        (("person", good, "nonsense-id!:Mohamed Ali", "x"), "Second person: give a record id"),
        (("person", good, "ffffff0:Mohamed Ali", "x"), "Second person: no single record in this store"),
        (("person", good, good, "x"), "cannot be linked with itself"),
        (("incident", ids["R7"], info.id or "", "x"), "Second incident: only incidents can be linked"),
    ]
    for args, expected in cases:
        with pytest.raises(FieldcaseError) as caught:
            link_same(workspace, *args)
        assert expected in caught.value.message, caught.value.message
        for rejected in ("Zebedee-9", "nonsense-id!", "ffffff0", "animal"):
            assert rejected not in caught.value.message
    link_id = link_same(workspace, "incident", ids["R7"], ids["R8"], "Same market")
    link_same(workspace, "incident", ids["R8"], ids["R9"], "Same market")
    with pytest.raises(FieldcaseError, match="already linked as the same"):
        link_same(workspace, "incident", ids["R9"], ids["R7"], "Same market, again")  # through R8
    unlink(workspace, link_id, "Wrong market")
    with pytest.raises(FieldcaseError, match="already undone"):
        unlink(workspace, link_id, "Wrong market")
    with pytest.raises(FieldcaseError, match="no link with that id"):
        unlink(workspace, "abcdef12", "x")
    with pytest.raises(FieldcaseError, match="Reason: say why"):
        unlink(workspace, link_id, "")


def test_the_command_line_links_lists_and_unlinks(workspace: Workspace, workspace_dir: Path) -> None:
    ids = _save(workspace)
    workspace.lock()
    done = run_cli("same", "link", "--person", f"{ids['R4'][:8]}:Amina", f"{ids['R5']}:Amina K.",
                   "--reason", "Same detention centre", workspace=workspace_dir)
    assert done.returncode == 0, done.stderr
    link_id = done.stdout.split("link ")[1].split(".")[0]
    done = run_cli("same", "link", "--incident", ids["R7"], ids["R8"], workspace=workspace_dir)
    assert done.returncode == 2 and "--reason" in done.stderr  # the reason is required
    done = run_cli("same", "link", "--person", f"{ids['R4']}:Secret Name 77", f"{ids['R5']}:Amina K.",
                   "--reason", "x", workspace=workspace_dir)
    assert done.returncode == 2 and "First person: that record has no person" in done.stderr
    assert "Secret Name 77" not in done.stderr + done.stdout
    listed = json.loads(run_cli("same", "list", "--json", workspace=workspace_dir).stdout)
    assert [(k["link_id"], k["kind"], k["first"]["person"], k["second"]["person"], k["reason"], k["in_force"])
            for k in listed] == [(link_id, "person", "Amina", "Amina K.", "Same detention centre", True)]
    indicators = json.loads(run_cli("indicators", "--period", PERIOD, "--json", workspace=workspace_dir).stdout)
    # 6 persons before; Amina's two records are one person now -> 5
    assert indicators["sdg_16_10_1"]["headline"]["total"] == 5
    done = run_cli("same", "unlink", link_id[:8], "--reason", "Different woman", workspace=workspace_dir)
    assert done.returncode == 0, done.stderr
    assert "No links in force." in run_cli("same", "list", workspace=workspace_dir).stdout
    everything = run_cli("same", "list", "--all", workspace=workspace_dir).stdout
    assert "[undone]" in everything and "Different woman" in everything
    indicators = json.loads(run_cli("indicators", "--period", PERIOD, "--json", workspace=workspace_dir).stdout)
    assert indicators["sdg_16_10_1"]["headline"]["total"] == 6
