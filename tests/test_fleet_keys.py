"""Fleet keys at HQ, through the real sync path (folder transport, real age packages):

* a revoked device's packages from its revocation sequence on are all refused at import, nothing of
  them is written, it gets no replies and cannot enrol again; the revocation travels in the signed bundle;
* HQ rotates its key and signs a bundle with the offline root: after one pull, no new package (nor
  attachment piece) opens with the retired key (`age -d` says so), all open with the new one;
* forged, altered, older, reused-version, expired and CA-only (downgrade) bundles are refused;
* a workspace enrolled before HQ had a root pins it on first use and audit-logs the fingerprint.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import subprocess
import uuid
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import text

from fieldcase.hq import fleet, importer, root
from fieldcase.hq import keyset as ks
from fieldcase.hq.store import HqStore
from fieldcase.services import fleet as fleet_services
from fieldcase.services.sync import resolve_target
from fieldcase.store import keyvalue, syncstore
from fieldcase.sync import bundles
from fieldcase.sync.formats import PackageRefused
from fieldcase.workspace import utc_now
from sync_helpers import incidents, make_hq, make_officer, random_file, store_digest

ROOT_PASS = "root passphrase kept offline"


def _usb(tmp_path: Path, name: str = "usb") -> Path:
    path = tmp_path / name
    path.mkdir()
    return path


def _with_root(hq: HqStore, tmp_path: Path) -> Path:
    key_file = tmp_path / "root.key"
    fleet_services.root_init(hq, key_file, ROOT_PASS)
    return key_file


def _queue_note(hq: HqStore) -> None:
    """Something for HQ to say, so the next import writes a reply (which carries the bundle)."""
    with hq.ws.db.writing() as conn:
        syncstore.add_document(conn, {"doc_id": str(uuid.uuid4()), "origin": hq.hq_id, "peer_id": None,
                                      "kind": "feedback", "name": "note.txt", "body": "ok", "created_at": utc_now()})


def _push(officer: object, usb: Path, n: int, prefix: str) -> list[str]:
    officer.cases.save_many(incidents(n, prefix))  # type: ignore[attr-defined]
    return officer.sync.push(resolve_target(officer.ws, str(usb)), max_records=1).built  # type: ignore[attr-defined]


def _identity_file(folder: Path, identities: list[str]) -> Path:
    path = folder / f"id-{uuid.uuid4()}.txt"
    path.write_text("\n".join(identities) + "\n")
    return path


def test_a_revoked_devices_packages_from_its_revocation_point_are_all_refused(tmp_path: Path) -> None:
    hq = make_hq(tmp_path / "hq")
    key_file = _with_root(hq, tmp_path)
    fleet_services.sign_bundle(hq, key_file, ROOT_PASS)  # through the root key file, once
    key = root.load_root(key_file, ROOT_PASS)
    usb = _usb(tmp_path)
    lost = make_officer(tmp_path / "lost", hq, "Officer Lost")
    late = make_officer(tmp_path / "late", hq, "Officer Late")
    other = make_officer(tmp_path / "other", hq, "Officer Other")
    hq_target = resolve_target(hq.ws, str(usb))

    assert len(_push(lost, usb, 2, "Before")) == 2
    assert len(_push(late, usb, 2, "Before late")) == 2
    assert [o.status for o in importer.import_from(hq, hq_target).outcomes] == ["accepted"] * 4

    # `lost` is revoked at the next sequence (the default); `late` from sequence 5 (3 and 4 are still good)
    assert fleet_services.revoke(hq, lost.id).from_sequence == 3
    assert fleet_services.revoke(hq, late.id, 5).from_sequence == 5
    after_lost = _push(lost, usb, 6, "Seized")  # sequences 3..8, all after the revocation point
    after_late = _push(late, usb, 4, "Late")  # sequences 3..6
    assert len(after_lost) == 6 and len(after_late) == 4
    before = store_digest(hq.ws)
    report = importer.import_from(hq, hq_target, reply=False)
    by_file = {o.file: o for o in report.outcomes}
    refused = [by_file[name] for name in after_lost] + [o for o in report.outcomes if o.sender == late.id
                                                         and o.sequence >= 5]
    assert len(refused) == 8 and all(o.status == "refused" and o.reason == "revoked" for o in refused)  # 100 %
    assert sorted(o.sequence for o in report.outcomes if o.sender == late.id and o.status == "accepted") == [3, 4]
    after = store_digest(hq.ws)
    assert after["case_revision"] == before["case_revision"] + 2  # only late's sequences 3 and 4
    with hq.ws.engine.connect() as conn:
        titles = {r.title for r in conn.execute(text("SELECT title FROM case_revision"))}
    assert not any(t.startswith("Seized") for t in titles)
    assert not any(t in titles for t in ("Late 2", "Late 3"))

    # the revocations travel in the next root-signed bundle; revoked devices get no reply
    fleet.sign_bundle(hq, key)
    _queue_note(hq)
    replies = importer.send_replies(hq, hq_target)
    assert replies and not [r for r in replies if lost.id in r]
    assert all(o.status == "accepted" for o in other.sync.pull(resolve_target(other.ws, str(usb))))
    with other.ws.db.reading() as conn:
        body = bundles.installed(conn)
    assert body is not None and {r["workspace_id"]: r["from_sequence"] for r in body["revocations"]} == {
        lost.id: 3, late.id: 5}

    # a revoked workspace cannot come back through a new enrolment request
    with pytest.raises(PackageRefused) as refused_enrol:
        fleet_services_enrol(hq, lost)
    assert refused_enrol.value.reason == "revoked"
    for o in (lost, late, other):
        o.ws.lock()
    hq.lock()


def fleet_services_enrol(hq: HqStore, officer: object) -> None:
    from fieldcase.services import hq as hq_services

    hq_services.enrol_officer(hq, officer.sync.enrolment_request(), "Again")  # type: ignore[attr-defined]


def test_after_one_pull_no_new_package_is_encrypted_to_a_retired_hq_key(tmp_path: Path) -> None:
    hq = make_hq(tmp_path / "hq")
    usb = _usb(tmp_path)
    officer = make_officer(tmp_path / "o", hq)  # enrolled before HQ had a root (release 0.1 style)
    officer.cases.save_many(incidents(1, "First"))
    # attached before the rotation: sealed at intake to the key that is about to retire
    early = officer.cases.save_many(incidents(1, "Early attachment"))[0]
    officer.sync.push(resolve_target(officer.ws, str(usb)))
    officer.cases.attach(early.id or "", random_file(tmp_path / "early.bin", 300_000))
    retired_identity = hq.keyset().keys[0].identity

    key_file = _with_root(hq, tmp_path)
    hq.save_keyset(ks.rotate(hq.keyset(), utc_now()), "hq.rotate-keys")
    info = fleet_services.sign_bundle(hq, key_file, ROOT_PASS)
    assert info.retired == [hq.keyset().keys[0].recipient] and info.recipients == [hq.keyset().keys[1].recipient]
    new_identity = hq.keyset().keys[1].identity
    hq_target = resolve_target(hq.ws, str(usb))
    assert [o.status for o in importer.import_from(hq, hq_target).outcomes] == ["accepted"]

    # one sync: the officer pulls the reply with the root-signed bundle (pinning the root on first use)
    assert [o.status for o in officer.sync.pull(resolve_target(officer.ws, str(usb)))] == ["accepted"]
    with officer.ws.db.reading() as conn:
        peer = syncstore.peer(conn, hq.hq_id)
        assert bundles.pinned_root(conn) == fleet.root_public(hq)
    assert json.loads(peer.recipients) == info.recipients
    with officer.ws.engine.connect() as conn:
        actions = [r[0] for r in conn.execute(text("SELECT action FROM audit_log"))]
    assert "sync.root-pinned" in actions

    built = _push(officer, usb, 4, "After rotation")  # 5 packages: the early attachment's record too
    later = officer.cases.save_many(incidents(1, "Later attachment"))[0]
    officer.cases.attach(later.id or "", random_file(tmp_path / "later.bin", 200_000))
    built += officer.sync.push(resolve_target(officer.ws, str(usb))).built
    with officer.ws.db.reading() as conn:
        ids = {r.file_name: r.package_id for r in syncstore.outbox(conn)}
        blobs = [b.file_name for name in built for b in syncstore.outbox_blobs(conn, ids[name])]
    files = [usb / name for name in built] + [officer.ws.path / "outbox" / name for name in blobs]
    assert len(built) >= 5 and len(blobs) == 2
    old_id = _identity_file(tmp_path, [retired_identity])
    new_id = _identity_file(tmp_path, [new_identity])
    opened_with_retired = sum(
        subprocess.run(["age", "-d", "-o", "/dev/null", "-i", str(old_id), str(f)], capture_output=True).returncode == 0
        for f in files)
    opened_with_new = sum(
        subprocess.run(["age", "-d", "-o", "/dev/null", "-i", str(new_id), str(f)], capture_output=True).returncode == 0
        for f in files)
    assert (opened_with_retired, opened_with_new) == (0, len(files))
    # and HQ takes them all in with its keyset (the retired key still opens the older packages)
    assert {o.status for o in importer.import_from(hq, hq_target).outcomes} == {"accepted"}
    officer.ws.lock()
    hq.lock()


def _deliver(hq: HqStore, officer: object, usb: Path, signed: dict[str, object]) -> tuple[str, str]:
    """Put `signed` in HQ's reply slot, send a reply through the folder, pull it: (status, reason)."""
    with hq.ws.db.writing() as conn:
        keyvalue.set_meta(conn, {fleet.META_BUNDLE: root.dumps(signed)})  # type: ignore[arg-type]
    _queue_note(hq)
    importer.send_replies(hq, resolve_target(hq.ws, str(usb)))
    (outcome,) = officer.sync.pull(resolve_target(officer.ws, str(usb)))  # type: ignore[attr-defined]
    return outcome.status, outcome.reason


def test_forged_altered_older_and_expired_bundles_are_refused(tmp_path: Path) -> None:
    hq = make_hq(tmp_path / "hq")
    key_file = _with_root(hq, tmp_path)
    fleet_services.sign_bundle(hq, key_file, ROOT_PASS)  # version 1
    key = root.load_root(key_file, ROOT_PASS)
    good_v2 = fleet.sign_bundle(hq, key)
    hq.save_keyset(ks.rotate(hq.keyset(), utc_now()), "hq.rotate-keys")
    good_v3 = fleet.sign_bundle(hq, key)
    attacker = ks.new_key(utc_now()).recipient
    body4 = {**good_v3["body"], "version": 4, "recipients": [attacker]}
    mallory = Ed25519PrivateKey.generate()
    cases = {
        "good": fleet.sign_bundle(hq, key),  # version 4, genuine: the control
        # signed by another key while naming HQ's root
        "forged": {"body": body4, "alg": "ed25519",
                   "signature": base64.b64encode(mallory.sign(bundles.canonical_json(body4))).decode()},
        # a whole other root
        "other-root": root.sign({**body4, "root_public": root.public_b64(mallory)}, mallory),
        # HQ's genuine signature, recipients swapped afterwards
        "altered": {**good_v3, "body": {**good_v3["body"], "recipients": [attacker]}},
        "older": good_v2,
        "expired": fleet.sign_bundle(hq, key, valid_days=1, now=dt.datetime.now(dt.UTC) - dt.timedelta(days=2)),
        "ca-downgrade": ks.sign_bundle(ks.bundle(ks.Keyset(99, (ks.new_key(utc_now()),)), hq.hq_id, utc_now()),
                                       hq.ca().key_der, hq.ca().cert_pem),
    }
    reasons = {}
    for name, signed in cases.items():
        # each officer enrols with the genuine version 3 (pinning the root), then receives one reply
        with hq.ws.db.writing() as conn:
            keyvalue.set_meta(conn, {fleet.META_BUNDLE: root.dumps(good_v3)})
        usb = _usb(tmp_path, f"usb-{name}")
        officer = make_officer(tmp_path / name, hq, f"Officer {name}")
        with officer.ws.db.reading() as conn:
            before = json.loads(syncstore.peer(conn, hq.hq_id).recipients)
        assert before == good_v3["body"]["recipients"]
        reasons[name] = _deliver(hq, officer, usb, signed)
        with officer.ws.db.reading() as conn:
            after = json.loads(syncstore.peer(conn, hq.hq_id).recipients)
            installed = bundles.installed(conn)
        assert attacker not in after
        assert (after, installed["version"] if installed else 0) == (
            (before, 3) if name != "good" else (signed["body"]["recipients"], 4)), name
        officer.ws.lock()
    assert reasons == {"good": ("accepted", ""), "forged": ("refused", "forged"),
                       "other-root": ("refused", "forged"), "altered": ("refused", "forged"),
                       "older": ("refused", "rollback"), "expired": ("refused", "expired"),
                       "ca-downgrade": ("refused", "forged")}
    hq.lock()


def test_bundle_checks_without_the_sync_path(tmp_path: Path) -> None:
    """The pure checks: same version with other content, and an expired bundle at the edge."""
    key = Ed25519PrivateKey.generate()
    keyset = ks.new_keyset(utc_now())
    now = dt.datetime(2027, 1, 1, tzinfo=dt.UTC)
    body = root.bundle_body(keyset, hq_id="h", version=3, revocations=[], root_public=root.public_b64(key),
                            issued_at=now, valid_days=1)
    signed = root.sign(body, key)
    pinned = root.public_b64(key)
    assert bundles.verify(signed, hq_id="h", pinned_root=pinned, installed_version=2, now=now)["version"] == 3
    with pytest.raises(PackageRefused, match="expired") as exc:
        bundles.verify(signed, hq_id="h", pinned_root=pinned, installed_version=2, now=now + dt.timedelta(days=1))
    assert exc.value.reason == "expired"
    other = root.sign({**body, "issued_at": "2027-01-01T00:00:01Z"}, key)
    with pytest.raises(PackageRefused) as exc:
        bundles.verify(other, hq_id="h", pinned_root=pinned, installed_version=3,
                       installed_body=bundles.canonical_json(body), now=now)
    assert exc.value.reason == "rollback"
    # the installed bundle itself, arriving again after its expiry, is no news and not refused
    later = now + dt.timedelta(days=30)
    assert bundles.verify(signed, hq_id="h", pinned_root=pinned, installed_version=3,
                          installed_body=bundles.canonical_json(body), now=later)["version"] == 3
    with pytest.raises(PackageRefused) as exc:
        bundles.verify(signed, hq_id="another hq", pinned_root=pinned, installed_version=0, now=now)
    assert exc.value.reason == "malformed"
