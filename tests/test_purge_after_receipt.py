"""Purge after receipt through the real sync path (folder transport): what HQ's signed acknowledgement
covers can be purged — the content goes (every table, the full-text index, the vault file, the outbox
copies), the hashes and the audit entries stay (the chain still verifies); anything not acknowledged
(a new record, a revision made after the acknowledgement, an unacknowledged attachment) is refused with
nothing changed; the retention setting purges after a pull; the command line does the same."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from sqlalchemy import text

from conftest import run_cli
from fieldcase.errors import FieldcaseError
from fieldcase.hq import importer
from fieldcase.services.purge import NotAcknowledged, PurgeService
from fieldcase.services.sync import resolve_target
from sync_helpers import incidents, make_hq, make_officer, random_file, store_digest

CANARY = "canary-7f3a"


def _all_text(ws: object) -> str:
    """Every value of every table of the store, as text (the content's last hiding places)."""
    parts = []
    with ws.engine.connect() as conn:  # type: ignore[attr-defined]
        tables = [r[0] for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'"))]
        for table in tables:
            parts += [repr(tuple(row)) for row in conn.execute(text(f'SELECT * FROM "{table}"'))]
    return "\n".join(parts)


def _round_trip(officer: object, hq: object, usb: Path) -> None:
    officer.sync.push(resolve_target(officer.ws, str(usb)))  # type: ignore[attr-defined]
    importer.import_from(hq, resolve_target(hq.ws, str(usb)))  # type: ignore[arg-type,attr-defined]
    officer.sync.pull(resolve_target(officer.ws, str(usb)))  # type: ignore[attr-defined]


def test_purge_keeps_hashes_and_audit_and_removes_the_content(tmp_path: Path) -> None:
    hq = make_hq(tmp_path / "hq")
    officer = make_officer(tmp_path / "o", hq)
    usb = tmp_path / "usb"
    usb.mkdir()
    secret, kept, revised = officer.cases.save_many([
        dataclasses.replace(incidents(1, f"Secret {CANARY}")[0], narrative=f"Witness {CANARY}-n said so."),
        *incidents(2, "Other")])
    evidence = random_file(tmp_path / "evidence.bin", 100_000)
    attachment = officer.cases.attach(secret.id or "", evidence)
    _round_trip(officer, hq, usb)
    assert officer.sync.record_state(secret.id or "") == "received"
    # after the acknowledgement: a revision of one record, a new record, a new attachment on the kept one
    officer.cases.save(dataclasses.replace(officer.cases.get(revised.id or ""), title="Revised after ack"),
                       expected_rev=1)
    (fresh,) = officer.cases.save_many(incidents(1, "Not sent yet"))
    late_att = officer.cases.attach(kept.id or "", random_file(tmp_path / "late.bin", 10_000))
    service = PurgeService(officer.ws)

    before = store_digest(officer.ws)
    for refused in (revised.id, fresh.id):
        with pytest.raises(NotAcknowledged, match="has not acknowledged"):
            service.purge_record(refused or "")
    with pytest.raises(NotAcknowledged):
        service.purge_attachment(_att_id(late_att))
    assert store_digest(officer.ws) == before  # refusals change nothing

    with officer.ws.engine.connect() as conn:
        hashes = list(conn.execute(text("SELECT id, rev, content_hash FROM case_revision WHERE record_id = :r"),
                                   {"r": secret.id}))
        audit_before = list(conn.execute(text("SELECT seq, action, hash FROM audit_log WHERE entity_id = :r"),
                                         {"r": secret.id}))
    blob = next(p for p in officer.ws.attachments_dir().rglob("*") if p.is_file() and p.stat().st_size > 100_000)
    assert CANARY in _all_text(officer.ws)
    assert any(p.suffix == ".fcpkg" for p in (officer.ws.path / "outbox").iterdir())

    result = service.purge_record((secret.id or "")[:8])
    assert result.detail["attachments"] == 1 and result.content_hash == hashes[-1].content_hash

    # what goes: the content, everywhere in the store; the vault file; the outbox copies
    assert CANARY not in _all_text(officer.ws)
    assert not blob.exists()
    assert not [p for p in (officer.ws.path / "outbox").iterdir() if p.suffix in (".fcpkg", ".fcblob")]
    with pytest.raises(FieldcaseError):
        officer.cases.get(secret.id or "")
    assert secret.id not in {r.id for r in officer.cases.list()}
    with pytest.raises(FieldcaseError):
        officer.cases.export_attachment(_att_id(attachment), open(tmp_path / "out.bin", "wb"))  # noqa: SIM115
    # what stays: the revision hashes, the audit entries (plus the purge's), the attachment's SHA-256
    with officer.ws.engine.connect() as conn:
        assert list(conn.execute(text("SELECT id, rev, content_hash FROM case_revision WHERE record_id = :r"),
                                 {"r": secret.id})) == hashes
        audit_after = list(conn.execute(text("SELECT seq, action, hash FROM audit_log WHERE entity_id = :r"),
                                        {"r": secret.id}))
        sha = conn.execute(text("SELECT sha256 FROM attachment WHERE id = :a"), {"a": _att_id(attachment)}).scalar()
    assert audit_after[:len(audit_before)] == audit_before and audit_after[-1].action == "case.purge"
    assert officer.cases.verify_audit_chain() > 0
    import hashlib

    assert sha == hashlib.sha256(evidence.read_bytes()).hexdigest()
    assert {(p["kind"], p["id"]) for p in service.purged()} == {("record", secret.id),
                                                               ("attachment", _att_id(attachment))}
    # the other records are untouched and still sync
    assert officer.cases.get(kept.id or "").title == kept.title
    _round_trip(officer, hq, usb)
    assert officer.sync.record_state(revised.id or "") == "received"
    # the store is still append-only for everything not purged
    with officer.ws.engine.begin() as conn, pytest.raises(Exception, match="append-only"):
        conn.execute(text("UPDATE case_revision SET title = 'x' WHERE record_id = :r"), {"r": kept.id})
    officer.ws.lock()
    hq.lock()


def _att_id(info: object) -> str:
    return str(info.id)


def test_retention_purges_after_a_pull_and_the_cli(tmp_path: Path) -> None:
    hq = make_hq(tmp_path / "hq")
    officer = make_officer(tmp_path / "o", hq)
    usb = tmp_path / "usb"
    usb.mkdir()
    first, second = officer.cases.save_many(incidents(2, f"Kept {CANARY}"))
    officer.sync.push(resolve_target(officer.ws, str(usb)))
    (third,) = officer.cases.save_many(incidents(1, "Pending"))
    PurgeService(officer.ws).set_retention(0)
    importer.import_from(hq, resolve_target(hq.ws, str(usb)))
    officer.sync.pull(resolve_target(officer.ws, str(usb)))  # acknowledges the first two: retention 0 purges them
    assert {r.id for r in officer.cases.list()} == {third.id}
    assert CANARY not in _all_text(officer.ws)
    ws_path = officer.ws.path
    officer.ws.lock()
    hq.lock()

    refused = run_cli("purge", third.id or "", workspace=ws_path)
    assert refused.returncode == 15 and "has not acknowledged" in refused.stderr
    listed = run_cli("purge", "--list", workspace=ws_path)
    assert listed.returncode == 0 and first.id in listed.stdout and second.id in listed.stdout
    off = run_cli("purge", "--retention", "off", workspace=ws_path)
    assert off.returncode == 0 and "Retention off" in off.stdout
