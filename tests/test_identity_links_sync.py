"""Identity links travel: links two officers make reach HQ in their push packages and change HQ's counts; an
HQ analyst links records of different officers; an officer's unlink travels too. On the SQLCipher and the
PostgreSQL HQ store (the reason is sealed there). Records: tests/identity_planted.py (officer A: R1 R2 R4 R7
R8; officer B: R3 R5 R6 R9 R10). Every figure is counted by hand from the rules given in
tests/test_identity_links.py."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text

import sync_helpers
from conftest import run_cli
from fieldcase.hq import importer
from fieldcase.hq.store import HqStore
from fieldcase.services.analysis import AnalysisService
from fieldcase.services.identity_links import IdentityLinkService, link_same, unlink
from fieldcase.services.sync import resolve_target
from identity_planted import OFFICER_A, OFFICER_B, planted
from sync_helpers import Officer, make_hq, make_officer

pytestmark = pytest.mark.usefixtures("hq_backend")  # SQLCipher and PostgreSQL HQ stores


def _figures(owner: HqStore | Officer) -> tuple[int, dict[str, int], int]:
    report = AnalysisService(owner.ws).indicators("2026-06")
    victims = report.sdg_16_10_1.headline
    return victims.total, dict(victims.by_violation_type), report.sdg_16_1_2.headline.total


def _import(hq: HqStore, officers: list[Officer], usb: Path) -> importer.ImportReport:
    for o in officers:
        o.sync.push(resolve_target(o.ws, str(usb)))
    report = importer.import_from(hq, resolve_target(hq.ws, str(usb)))
    assert report.count("refused") == 0 and report.count("held") == 0, [o.message for o in report.outcomes]
    return report


def _two_officers_with_the_planted_records(
        tmp_path: Path) -> tuple[HqStore, Officer, Officer, dict[str, str], Path]:
    """HQ, officers A and B enrolled, each holding its share of tests/identity_planted.py (ids by name), and an
    empty folder for their packages."""
    hq = make_hq(tmp_path / "hq")
    a = make_officer(tmp_path / "a", hq, "Officer A", "XT01")
    b = make_officer(tmp_path / "b", hq, "Officer B", "XT01")
    records = planted()
    ids = {name: r.id or "" for name, r in zip(OFFICER_A, a.cases.save_many([records[n] for n in OFFICER_A]),
                                               strict=True)}
    ids |= {name: r.id or "" for name, r in zip(OFFICER_B, b.cases.save_many([records[n] for n in OFFICER_B]),
                                                strict=True)}
    usb = tmp_path / "usb"
    usb.mkdir()
    return hq, a, b, ids, usb


def test_links_travel_to_hq_and_change_its_counts(tmp_path: Path, hq_backend: str) -> None:
    hq, a, b, ids, usb = _two_officers_with_the_planted_records(tmp_path)

    # Officer A: Mohammed A. (R1) = Mohamed Ali (R2); the market shelling R7 = R8.
    a_person = link_same(a.ws, "person", f"{ids['R1']}:Mohammed A.", f"{ids['R2']}:Mohamed Ali",
                         "Same father's name and checkpoint")
    a_market = link_same(a.ws, "incident", ids["R7"], ids["R8"], "Same market, same day")
    report = _import(hq, [a, b], usb)
    assert sum(o.added for o in report.outcomes) == 10 + 2  # ten revisions, two link events
    # At HQ. 16.10.1: {R1, R2} (A, D: A), R3 F, R4 C, R5 C, R6 A -> 5 persons; A 2, C 2, F 1.
    # 16.1.2: {R7, R8} counted 5 and 7 -> 7; R9 6; R10 unverified -> 13.
    assert _figures(hq) == (5, {"sdg16101.A": 2, "sdg16101.C": 2, "sdg16101.F": 1}, 13)
    received = {k.link_id: k for k in IdentityLinkService(hq).links()}
    assert set(received) == {a_person, a_market}
    assert received[a_person].actor == "Officer A" and received[a_person].origin == a.id and received[a_person].received
    assert received[a_person].reason == "Same father's name and checkpoint"

    # An HQ analyst links across officers: Mohamed Ali (A's R2) = محمد علي (B's R3); Amina (A's R4) = Amina K.
    # (B's R5), and those two incidents; the clinic's report R9 (B) = the radio's R8 (A).
    link_same(hq, "person", f"{ids['R2']}:Mohamed Ali", f"{ids['R3']}:محمد علي", "Arabic spelling, same paper")
    link_same(hq, "person", f"{ids['R4']}:Amina", f"{ids['R5']}:Amina K.", "Same detention centre")
    link_same(hq, "incident", ids["R4"], ids["R5"], "One torture event, two officers")
    link_same(hq, "incident", ids["R8"], ids["R9"], "Clinic admitted the market dead")
    # 16.10.1: {R1, R2, R3} A; {R4, R5} C; R6 A -> 3 persons; A 2, C 1.
    # 16.1.2: {R7, R8, R9} counted 5, 7, 6 -> R8's 7 stands -> 7.
    assert _figures(hq) == (3, {"sdg16101.A": 2, "sdg16101.C": 1}, 7)

    # Officer A undoes both of their links; the unlinks travel with the next push (no new revision).
    unlink(a.ws, a_person, "Second interview: different fathers' names")
    unlink(a.ws, a_market, "The witness was at another market")
    assert a.sync.status().pending_links == 2 and a.sync.status().pending_revisions == 0
    report = _import(hq, [a], usb)
    assert [o.added for o in report.outcomes] == [2]
    assert a.sync.status().pending_links == 0
    # 16.10.1: R1 alone A; {R2, R3} (D, F: D); {R4, R5} C; R6 A -> 4 persons; A 2, C 1, D 1.
    # 16.1.2: R7 alone 5; {R8, R9} 7 and 6 -> 7 -> 12.
    assert _figures(hq) == (4, {"sdg16101.A": 2, "sdg16101.C": 1, "sdg16101.D": 1}, 12)
    assert not _import(hq, [a, b], usb).outcomes  # nothing new: no package is built again

    # HQ's audit log holds each received decision with who made it and the package it came in
    with hq.ws.db.reading() as conn:
        from fieldcase.store.models import AuditEntry

        detail = AuditEntry.__table__.c.detail.type  # sealed on PostgreSQL
        entries = conn.execute(text("SELECT action, actor, detail FROM audit_log WHERE entity = 'identity_link' "
                                    "ORDER BY seq").columns(detail=detail)).all()
        raw = [r[0] for r in conn.execute(text("SELECT reason FROM identity_link_event"))]  # as the server holds it
    if hq_backend == "postgresql":  # sealed: what a database administrator reads is ciphertext
        assert raw and all(isinstance(r, bytes) and b"checkpoint" not in r and b"market" not in r for r in raw)
    else:
        assert "Same father's name and checkpoint" in raw
    by_action = [(e.action, e.actor, json.loads(e.detail).get("decided_by")) for e in entries]
    assert by_action.count(("identity_link.link", "HQ Test", "Officer A")) == 2
    assert by_action.count(("identity_link.unlink", "HQ Test", "Officer A")) == 2
    assert by_action.count(("identity_link.link", "admin", None)) == 4  # the HQ user's own (the first reviewer)
    hq.lock()
    a.ws.lock()
    b.ws.lock()

    # the HQ command line lists them (the analyst's four in force; the officer's two undone)
    listed = run_cli("hq", "same", "list", "--all", "--json", "--dir", str(tmp_path / "hq"))
    assert listed.returncode == 0, listed.stderr
    links = json.loads(listed.stdout)
    assert sorted((k["kind"], k["in_force"], k["received"]) for k in links) == [
        ("incident", False, True), ("incident", True, False), ("incident", True, False),
        ("person", False, True), ("person", True, False), ("person", True, False)]


def test_links_hq_decides_between_one_officers_records_reach_that_officer(tmp_path: Path) -> None:
    """HQ's analyst links two of officer A's people and two of A's incidents, and one of A's people with one of
    B's. A's next pull brings the first two (and, later, HQ's undoing of one), so A counts as HQ does; the link
    across officers is sent to neither (neither holds both records). Nothing HQ decided goes back to HQ."""
    hq, a, b, ids, usb = _two_officers_with_the_planted_records(tmp_path)
    _import(hq, [a, b], usb)
    # Officer A alone (R1 R2 R4 R7 R8). 16.10.1: R1 A, R2 D, R4 C -> 3 persons; 16.1.2: R7 5 + R8 7 -> 12.
    assert _figures(a) == (3, {"sdg16101.A": 1, "sdg16101.C": 1, "sdg16101.D": 1}, 12)

    link_same(hq, "person", f"{ids['R1']}:Mohammed A.", f"{ids['R2']}:Mohamed Ali", "Same father's name")
    market = link_same(hq, "incident", ids["R7"], ids["R8"], "Same market, same day")
    link_same(hq, "person", f"{ids['R2']}:Mohamed Ali", f"{ids['R3']}:محمد علي", "Arabic spelling, same paper")

    def send_and_pull() -> list[int]:
        importer.send_replies(hq, resolve_target(hq.ws, str(usb)))
        added = []
        for officer in (a, b):
            outcomes = officer.sync.pull(resolve_target(officer.ws, str(usb)))
            assert all(o.status == "accepted" for o in outcomes), [o.message for o in outcomes]
            added.append(sum(o.added for o in outcomes))
        return added

    assert send_and_pull() == [2, 0]
    # A, with HQ's two links. 16.10.1: {R1, R2} (A, D: A), R4 C -> 2 persons; 16.1.2: {R7, R8} -> 7.
    assert _figures(a) == (2, {"sdg16101.A": 1, "sdg16101.C": 1}, 7)
    assert {(k.kind, k.origin, k.actor, k.received) for k in IdentityLinkService(a.ws).links()} == {
        ("person", hq.hq_id, "admin", True), ("incident", hq.hq_id, "admin", True)}
    assert IdentityLinkService(b.ws).links() == []
    assert a.sync.status().pending_links == 0  # HQ's own decisions are not sent back to it

    unlink(hq, market, "The radio report was about another market")
    assert send_and_pull() == [1, 0]
    # 16.1.2: R7 5 + R8 7 -> 12 again; the people stay linked.
    assert _figures(a) == (2, {"sdg16101.A": 1, "sdg16101.C": 1}, 12)
    assert send_and_pull() == [0, 0]  # nothing new: no link is sent twice
    hq.lock()
    a.ws.lock()
    b.ws.lock()


def test_a_malformed_or_forged_link_item_refuses_the_package() -> None:
    from fieldcase.sync import items
    from fieldcase.sync.formats import PackageRefused, canonical_json

    event = {"event_id": "e1", "link_id": "e1", "action": "link", "kind": "person", "first_record": "r1",
             "first_person": "p1", "second_record": "r2", "second_person": "p2", "reason": "why", "actor": "A",
             "at": "2026-06-01T00:00:00+00:00", "origin": "officer-a"}
    assert items.incoming_link(canonical_json(event), "link:e1", sender="officer-a")["reason"] == "why"
    for bad, key, sender in (({**event, "origin": "officer-b"}, "link:e1", "officer-a"),  # decided elsewhere
                             (event, "link:e2", "officer-a"),  # key does not match
                             ({**event, "second_person": None}, "link:e1", "officer-a"),  # a person link needs both
                             ({**event, "action": "merge"}, "link:e1", "officer-a"),
                             ({**event, "extra": 1}, "link:e1", "officer-a")):
        with pytest.raises(PackageRefused):
            items.incoming_link(canonical_json(bad), key, sender=sender)


_ = sync_helpers  # the hq_backend fixture sets sync_helpers.NEW_HQ_DATABASE
