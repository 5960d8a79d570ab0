"""Sync packages: standard age (Debian's `age` decrypts them), signed manifests, and every kind of bad
package refused with a clear reason while the HQ store stays exactly as it was."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import tarfile
import uuid
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from fieldcase.domain.records import (
    Act,
    Casualties,
    Consent,
    Deaths,
    Perpetrator,
    PersonLink,
    SourceLink,
    Tag,
    content_hash,
)
from fieldcase.hq import importer
from fieldcase.hq.store import HqStore
from fieldcase.services.records import CaseService
from fieldcase.services.sync import resolve_target
from fieldcase.store import syncstore
from fieldcase.sync import enrolment, items, package
from fieldcase.sync.formats import PackageRefused
from fieldcase.sync.receive import Outcome
from fieldcase.workspace import utc_now
from sync_helpers import Officer, incidents, make_hq, make_officer, random_file, store_digest

pytestmark = pytest.mark.usefixtures("hq_backend")  # SQLCipher and PostgreSQL HQ stores


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory, hq_backend: str) -> Iterator[tuple[HqStore, Officer, Path, Path]]:
    """An HQ, an enrolled officer with records and a 20 MB attachment, and its first package pushed."""
    root = tmp_path_factory.mktemp("sync")
    hq = make_hq(root / "hq")
    officer = make_officer(root / "officer", hq)
    stored = officer.cases.save_many(incidents(40))
    officer.cases.attach(stored[0].id or "", random_file(root / "evidence.bin", 20_000_000))
    usb = root / "usb"
    usb.mkdir()
    officer.sync.push(resolve_target(officer.ws, str(usb)))
    yield hq, officer, usb, root
    officer.ws.lock()
    hq.lock()


def _package(folder: Path) -> Path:
    files = sorted(folder.glob("*.push.*.fcpkg"))
    assert files
    return files[0]


def _import_one(hq: HqStore, path: Path) -> Outcome:
    return importer.import_file(hq, path)


def test_debian_age_decrypts_a_pushed_package_with_the_hq_identity_file(world: tuple) -> None:
    hq, _officer, usb, root = world
    identity_file = root / "hq_identity.txt"
    identity_file.write_text(hq.keyset().keys[0].identity + "\n")
    plain = root / "package.tar"
    result = subprocess.run(["age", "-d", "-i", str(identity_file), "-o", str(plain), str(_package(usb))],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    with tarfile.open(plain) as tar:
        names = tar.getnames()
        assert names[0] == "fieldcase-package"
        assert tar.extractfile("fieldcase-package").read() == b"fieldcase-package/2\n"  # type: ignore[union-attr]
        manifest = json.loads(tar.extractfile("manifest.json").read())  # type: ignore[union-attr]
        assert names[-2:] == ["manifest.json", "manifest.sig"]
    assert manifest["format"] == "fieldcase-package/2" and manifest["sequence"] == 1
    schema = json.loads((Path(__file__).parents[1] / "schema" / "sync-manifest.schema.json").read_text())
    Draft202012Validator(schema).validate(manifest)
    assert set(hq.keyset().recipients()) <= set(manifest["recipients"])
    plain.unlink()
    # the 20 MB attachment: its pieces, joined, are one standard age file holding the evidence + zero padding
    (att,) = manifest["attachments"]
    pieces = [usb / package.piece_name(manifest["sender"]["id"], digest, size) for digest, size in
              zip(att["cipher"]["pieces"], package.piece_sizes(att["cipher"]["size"], att["cipher"]["piece_size"]),
                  strict=True)]
    assert len(pieces) == 2 and all(p.stat().st_size <= 16 * 2**20 for p in pieces)
    joined = root / "attachment.age"
    with open(joined, "wb") as out:
        for piece in pieces:
            out.write(piece.read_bytes())
    decrypted = subprocess.run(["age", "-d", "-i", str(identity_file), str(joined)], capture_output=True)
    assert decrypted.returncode == 0, decrypted.stderr
    evidence = (root / "evidence.bin").read_bytes()
    assert decrypted.stdout[:len(evidence)] == evidence and not decrypted.stdout[len(evidence):].strip(b"\0")
    assert hashlib.sha256(evidence).hexdigest() == att["sha256"]
    joined.unlink()


def test_an_analysts_own_age_key_can_be_added_as_a_recipient(tmp_path: Path) -> None:
    from fieldcase.hq import keyset as ks

    hq = make_hq(tmp_path / "hq")
    key = tmp_path / "analyst.txt"
    subprocess.run(["age-keygen", "-o", str(key)], check=True, capture_output=True)
    recipient = subprocess.run(["age-keygen", "-y", str(key)], check=True, capture_output=True,
                               text=True).stdout.strip()
    hq.save_keyset(ks.add_external(hq.keyset(), recipient, "analyst 2", utc_now()), "hq.add-recipient")
    officer = make_officer(tmp_path / "o", hq)
    officer.cases.save_many(incidents(3))
    usb = tmp_path / "usb"
    usb.mkdir()
    officer.sync.push(resolve_target(officer.ws, str(usb)))
    result = subprocess.run(["age", "-d", "-i", str(key), str(_package(usb))], capture_output=True)
    assert result.returncode == 0 and result.stdout[257:262] == b"ustar"
    officer.ws.lock()
    hq.lock()


def test_revision_items_round_trip_with_the_same_content_hash(world: tuple) -> None:
    _hq, officer, _usb, _root = world
    base = officer.cases.save(replace(
        incidents(1, "Rich")[0], violation_types=("huridocs.mt04.010101020000",),
        acts=(Act("V-1", "huridocs.mt04.010101020000", (Perpetrator("state", "huridocs.mt24.010104000000"),),
                  linked_to_work=True, state_due_diligence_failure=None, sdg_override="sdg16101.B",
                  override_rationale="why"),), conflict_related=True,
        casualties=Casualties(killed=2, injured=1), deaths=(Deaths(2),),
        people=(PersonLink("victim", "V-1", name="Secret Name", consent=Consent(True, False, None)),),
        sources=(SourceLink("Local monitor", "B", 2),), risk_tags=(Tag("cca.internal_security", "why"),)))
    line = items.revision_item(base, officer.id, None, content_hash(base))
    back = items.incoming_revision(line, items.revision_key(officer.id, base.id or "", base.rev or 0),
                                   package.sha256_hex(line), sender=officer.id)
    assert content_hash(back.record) == content_hash(base)
    assert back.record.people[0].name == "Secret Name" and back.record.risk_tags == base.risk_tags


# -- refusals: nothing enters the HQ store ----------------------------------------------------------

def _refused(hq: HqStore, path: Path, reasons: set[str]) -> Outcome:
    before = store_digest(hq.ws)
    outcome = _import_one(hq, path)
    assert outcome.status in ("refused", "held", "replayed"), outcome
    assert outcome.reason in reasons, outcome
    assert outcome.message and len(outcome.message) < 300
    assert store_digest(hq.ws) == before
    assert not list((hq.ws.path / "attachments").rglob("*.part"))
    return outcome


def _copy_push(usb: Path, folder: Path) -> Path:
    """The first package and every attachment piece, copied into `folder`."""
    folder.mkdir(exist_ok=True)
    for piece in usb.glob("*.fcatt"):
        shutil.copyfile(piece, folder / piece.name)
    source = _package(usb)
    shutil.copyfile(source, folder / source.name)
    return folder / source.name


@pytest.mark.parametrize("where", ["age-header", "first-chunk", "middle", "last-byte"])
def test_a_single_changed_byte_is_refused(world: tuple, tmp_path: Path, where: str) -> None:
    hq, _officer, usb, _root = world
    bad = _copy_push(usb, tmp_path / "copy")
    data = bytearray(bad.read_bytes())
    header_end = data.index(b"\n---") + 50
    offset = {"age-header": 60, "first-chunk": header_end + 100, "middle": len(data) // 2,
              "last-byte": len(data) - 1}[where]
    data[offset] ^= 0x01
    bad.write_bytes(bytes(data))
    outcome = _refused(hq, bad, {"damaged", "not-for-us"})
    assert "tampered" in outcome.message or "header was changed" in outcome.message


@pytest.mark.parametrize("where", ["age-header", "start", "middle", "end"])
def test_a_single_changed_byte_in_an_attachment_piece_is_refused(world: tuple, tmp_path: Path, where: str) -> None:
    hq, _officer, usb, _root = world
    path = _copy_push(usb, tmp_path / "copy")
    piece = sorted(path.parent.glob("*.fcatt"), key=lambda p: p.stat().st_size)[-1 if where != "end" else 0]
    data = bytearray(piece.read_bytes())
    data[{"age-header": 60, "start": 4096, "middle": len(data) // 2, "end": len(data) - 1}[where]] ^= 0x80
    piece.write_bytes(bytes(data))
    outcome = _refused(hq, path, {"hash-mismatch", "damaged"})  # age may notice first (a broken header)
    assert "changed or replaced" in outcome.message or "could not be decrypted" in outcome.message


def test_a_missing_or_truncated_attachment_piece_is_refused(world: tuple, tmp_path: Path) -> None:
    hq, _officer, usb, _root = world
    path = _copy_push(usb, tmp_path / "copy")
    piece = max(path.parent.glob("*.fcatt"), key=lambda p: p.stat().st_size)
    data = piece.read_bytes()
    piece.write_bytes(data[:-70_000])
    assert "truncated" in _refused(hq, path, {"truncated"}).message
    piece.unlink()
    assert "has not arrived" in _refused(hq, path, {"incomplete"}).message


def test_a_truncated_package_is_refused(world: tuple, tmp_path: Path) -> None:
    hq, _officer, usb, _root = world
    source = _package(usb)
    data = source.read_bytes()
    cut = tmp_path / source.name
    cut.write_bytes(data[: len(data) - 70_000])
    outcome = _refused(hq, cut, {"truncated"})
    assert "truncated" in outcome.message
    # cut short and renamed to hide it: age's last-chunk flag still catches it
    renamed = tmp_path / package.file_name(*source.name.split(".")[0:1], "push", 1, str(uuid.uuid4()),
                                           len(data) - 70_000)
    shutil.copyfile(cut, renamed)
    _refused(hq, renamed, {"damaged"})


def _forge(signer: Officer, claimed: Officer, hq: HqStore, folder: Path, *, sequence: int = 1,
           previous: str | None = None) -> Path:
    """A package that claims to come from `claimed` but is signed with `signer`'s key."""
    identity = signer.ws.signing_identity()
    record = signer.cases.save(incidents(1, "Forged")[0])
    line = items.revision_item(record, claimed.id, None, content_hash(record))
    header = package.Header(str(uuid.uuid4()), "push", {"id": claimed.id, "name": "x",
                                                         "cert_sha256": identity.fingerprint},
                            hq.hq_id, sequence, previous, utc_now(), hq.keyset().recipients())
    batch = package.Batch("revision", [(items.revision_key(claimed.id, record.id or "", 1), line)])
    folder.mkdir(exist_ok=True)
    return package.build(folder, header, iter([batch]), key_der=identity.key_der, cert_pem=identity.cert_pem).path


def test_a_package_signed_by_an_unenrolled_key_is_refused(world: tuple, tmp_path: Path) -> None:
    hq, officer, _usb, _root = world
    stranger = make_officer(tmp_path / "stranger", None, "Stranger")
    # an unknown sender
    _refused(hq, _forge(stranger, stranger, hq, tmp_path / "a"), {"unenrolled"})
    # an enrolled officer's identity, signed with another key
    outcome = _refused(hq, _forge(stranger, officer, hq, tmp_path / "b", sequence=2), {"unenrolled-signer"})
    assert "not enrolled" in outcome.message
    stranger.ws.lock()


def test_replayed_gapped_and_unchained_packages(world: tuple, tmp_path: Path) -> None:
    hq, officer, usb, _root = world
    first = _package(usb)
    assert _import_one(hq, first).status == "accepted"
    with hq.ws.engine.connect() as conn:
        (att,) = conn.execute(syncstore.ATT.select()).all()
    with open(os.devnull, "wb") as sink:  # the attachment arrived whole, re-encrypted into HQ's vault
        assert CaseService(hq.ws).export_attachment(att.id, sink).sha256 == att.sha256
    # the same package again, from another folder: a replay, and nothing changes
    again = tmp_path / "replay"
    again.mkdir()
    shutil.copy(first, again / first.name)
    assert _refused(hq, again / first.name, {"replayed"}).status == "replayed"
    report = importer.import_from(hq, resolve_target(hq.ws, str(again)), recheck=True, reply=False)
    assert [o.status for o in report.outcomes] == ["replayed"]
    # a new package under an old sequence number (rollback), one that skips a number, one off the chain
    with hq.ws.engine.connect() as conn:
        last = syncstore.peer(conn, officer.id).in_manifest_sha256
    _refused(hq, _forge(officer, officer, hq, tmp_path / "old", sequence=1), {"replayed"})
    assert _refused(hq, _forge(officer, officer, hq, tmp_path / "gap", sequence=3, previous=last),
                    {"gap"}).status == "held"
    _refused(hq, _forge(officer, officer, hq, tmp_path / "chain", sequence=2, previous="0" * 64), {"chain"})
    assert _import_one(hq, _forge(officer, officer, hq, tmp_path / "next", sequence=2, previous=last)).status \
        == "accepted"


def test_enrolment_files_are_refused_when_tampered_or_from_another_ca(tmp_path: Path) -> None:
    from fieldcase.hq import enrolment as hq_enrolment

    hq = make_hq(tmp_path / "hq")
    officer = make_officer(tmp_path / "o", None)
    data, _info = hq_enrolment.enrol(hq, officer.sync.enrolment_request(), "Officer A")
    for offset in (0, 30, len(data) // 2, len(data) - 40):
        bad = bytearray(data)
        bad[offset] ^= 0x04
        with pytest.raises(PackageRefused):
            officer.sync.enrol(bytes(bad))
    with pytest.raises(PackageRefused):
        enrolment.read_request(officer.sync.enrolment_request().replace(b"Officer A", b"Officer B"))
    officer.sync.enrol(data)
    other = make_hq(tmp_path / "hq2", "Impostor HQ")
    data2, _ = hq_enrolment.enrol(other, officer.sync.enrolment_request(), "Officer A")
    with pytest.raises(PackageRefused, match="different HQ certificate authority"):
        officer.sync.enrol(data2)
    officer.ws.lock()
    hq.lock()
    other.lock()


def test_batch_reading_gives_the_same_records_as_get_record(tmp_path: Path) -> None:
    from sqlalchemy import select

    from fieldcase.services.demo import create_demo_workspace
    from fieldcase.store import cases, revision_batch
    from fieldcase.workspace import Workspace

    create_demo_workspace(tmp_path / "demo", "demo passphrase")
    ws = Workspace.unlock(tmp_path / "demo", "demo passphrase")
    with ws.engine.connect() as conn:
        rows = conn.execute(select(cases.REV.c.id, cases.REV.c.record_id, cases.REV.c.rev)).all()
        batch = revision_batch.load(conn, [r.id for r in rows])
        assert len(batch) == len(rows) > 50
        for r in rows:
            assert batch[r.id] == cases.get_record(conn, r.record_id, r.rev)
    ws.lock()


def test_key_rotation_and_framework_documents_reach_the_officer(tmp_path: Path) -> None:
    import json as _json

    from fieldcase.hq import keyset as ks

    hq = make_hq(tmp_path / "hq")
    officer = make_officer(tmp_path / "o", hq)
    usb = tmp_path / "usb"
    usb.mkdir()
    officer.cases.save_many(incidents(2))
    officer.sync.push(resolve_target(officer.ws, str(usb)))  # encrypted to keyset version 1
    old_recipient = hq.keyset().recipients()[0]
    hq.save_keyset(ks.rotate(hq.keyset(), utc_now()), "hq.rotate-keys")
    new_recipient = hq.keyset().recipients()[0]
    with hq.ws.engine.begin() as conn:
        syncstore.add_document(conn, {"doc_id": str(uuid.uuid4()), "origin": hq.hq_id, "peer_id": None,
                                      "kind": "framework", "name": "un.foa.atrocity.json", "body": "{}",
                                      "created_at": utc_now()})
    report = importer.import_from(hq, resolve_target(hq.ws, str(usb)))  # old packages still open (retired key)
    assert [o.status for o in report.outcomes] == ["accepted"]
    assert [o.status for o in officer.sync.pull(resolve_target(officer.ws, str(usb)))] == ["accepted"]
    with officer.ws.engine.connect() as conn:
        peer = syncstore.peer(conn, hq.hq_id)
    assert peer.keyset_version == 2 and _json.loads(peer.recipients) == [new_recipient]
    assert [d["name"] for d in officer.sync.documents()] == ["un.foa.atrocity.json"]
    officer.cases.save_many(incidents(1, "After rotation"))
    built = officer.sync.push(resolve_target(officer.ws, str(usb))).built
    manifest_recipients = _json.loads(_tar_member(hq, usb / built[0], "manifest.json"))["recipients"]
    assert new_recipient in manifest_recipients and old_recipient not in manifest_recipients
    officer.ws.lock()
    hq.lock()


def _tar_member(hq: HqStore, path: Path, name: str) -> bytes:
    key = path.parent / "key.txt"
    key.write_text("\n".join(k.identity for k in hq.keyset().keys) + "\n")
    plain = subprocess.run(["age", "-d", "-i", str(key), str(path)], check=True, capture_output=True).stdout
    key.unlink()
    import io

    with tarfile.open(fileobj=io.BytesIO(plain)) as tar:
        return tar.extractfile(name).read()  # type: ignore[union-attr]


def _identity_file(folder: Path, identities: list[str]) -> Path:
    path = folder / f"id-{uuid.uuid4()}.txt"
    path.write_text("\n".join(identities) + "\n")
    return path


def test_attachments_sealed_at_intake_travel_as_they_are_and_older_ones_are_sealed_again(tmp_path: Path) -> None:
    """After enrolment a new evidence file is encrypted to HQ's keys as well, and the push links that very
    ciphertext into the outbox; one attached before enrolment, or under keys HQ has since replaced, is
    decrypted and sealed again for HQ's current keys (never for a retired one)."""
    from fieldcase.hq import enrolment as hq_enrolment
    from fieldcase.hq import keyset as ks
    from fieldcase.sync import outbox

    hq = make_hq(tmp_path / "hq")
    officer = make_officer(tmp_path / "o", None)
    records = officer.cases.save_many(incidents(3))
    before = officer.cases.attach(records[0].id or "", random_file(tmp_path / "before.bin", 300_000))
    officer.sync.enrol(hq_enrolment.enrol(hq, officer.sync.enrolment_request(), "Officer A")[0])
    after = officer.cases.attach(records[1].id or "", random_file(tmp_path / "after.bin", 200_000))
    usb = tmp_path / "usb"
    usb.mkdir()
    officer.sync.push(resolve_target(officer.ws, str(usb)))
    with officer.ws.engine.connect() as conn:
        blob_of = {a.id: a.blob_id for a in conn.execute(syncstore.ATT.select())}
        staged = {b.attachment_id: outbox.outbox_dir(officer.ws) / b.file_name for b in syncstore.outbox_blobs(conn)}
    vault_path = officer.cases._vault().blob_path
    assert os.path.samefile(staged[after.id], vault_path(blob_of[after.id]))  # the intake ciphertext itself
    assert not os.path.samefile(staged[before.id], vault_path(blob_of[before.id]))
    old_key = _identity_file(tmp_path, [k.identity for k in hq.keyset().keys])
    for path in staged.values():  # both open with HQ's identity file
        assert subprocess.run(["age", "-d", "-i", str(old_key), "-o", os.devnull, str(path)]).returncode == 0
    assert [o.status for o in importer.import_from(hq, resolve_target(hq.ws, str(usb))).outcomes] == ["accepted"]

    # HQ replaces its keys; an attachment sealed under the old ones but not yet sent is sealed again
    pending = officer.cases.attach(records[2].id or "", random_file(tmp_path / "pending.bin", 100_000))
    hq.save_keyset(ks.rotate(hq.keyset(), utc_now()), "hq.rotate-keys")
    importer.send_replies(hq, resolve_target(hq.ws, str(usb)))
    assert [o.status for o in officer.sync.pull(resolve_target(officer.ws, str(usb)))] == ["accepted"]
    officer.sync.push(resolve_target(officer.ws, str(usb)))
    with officer.ws.engine.connect() as conn:
        (resealed,) = [outbox.outbox_dir(officer.ws) / b.file_name for b in syncstore.outbox_blobs(conn)
                       if b.attachment_id == pending.id]
    new_key = _identity_file(tmp_path, [hq.keyset().keys[0].identity])
    retired = _identity_file(tmp_path, [k.identity for k in hq.keyset().keys[1:]])
    assert subprocess.run(["age", "-d", "-i", str(new_key), "-o", os.devnull, str(resealed)]).returncode == 0
    assert subprocess.run(["age", "-d", "-i", str(retired), "-o", os.devnull, str(resealed)],
                          capture_output=True).returncode != 0
    report = importer.import_from(hq, resolve_target(hq.ws, str(usb)))
    assert [o.status for o in report.outcomes] == ["accepted"] and report.outcomes[0].attachments == 1
    with open(os.devnull, "wb") as sink:
        for info in (before, after, pending):
            assert CaseService(hq.ws).export_attachment(info.id, sink).sha256 == info.sha256
    officer.ws.lock()
    hq.lock()


def test_an_attachment_damaged_on_disk_is_not_sent(tmp_path: Path) -> None:
    """Packing trusts the piece hashes taken when the ciphertext was written; the upload checks them
    again, so a blob damaged on the officer's disk never reaches the target (and HQ would refuse it)."""
    from fieldcase.sync.formats import SyncError

    hq = make_hq(tmp_path / "hq")
    officer = make_officer(tmp_path / "o", hq)
    (record,) = officer.cases.save_many(incidents(1))
    info = officer.cases.attach(record.id or "", random_file(tmp_path / "photo.jpg", 100_000))
    with officer.ws.engine.connect() as conn:
        (att,) = [a for a in conn.execute(syncstore.ATT.select()) if a.id == info.id]
    blob = officer.cases._vault().blob_path(att.blob_id)
    data = bytearray(blob.read_bytes())
    data[len(data) // 2] ^= 0x10
    blob.write_bytes(bytes(data))
    usb = tmp_path / "usb"
    usb.mkdir()
    with pytest.raises(SyncError, match="no longer matches the SHA-256"):
        officer.sync.push(resolve_target(officer.ws, str(usb)))
    assert not list(usb.iterdir())
    officer.ws.lock()
    hq.lock()
