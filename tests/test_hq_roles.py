"""Roles at HQ (issue 19): HQ users with their own key slots, and confidentiality enforced by keys.

A viewer (clearance confidential) signs in with their own passphrase: the services refuse them the strictly
confidential record's content, and their keys open no file that holds it: the HQ store does not open with
them (SQLite3 Multiple Ciphers, an independent SQLCipher implementation, reads garbage), the compartment
their key opens holds every record at or below their level and not one byte of the strictly confidential
one, and on PostgreSQL its sealed columns do not decrypt. An analyst and a reviewer read it, and each read
is in the audit log (who, when, which record). The records arrive the real way: an officer's package,
imported at HQ. Runs on the SQLCipher HQ store and on a real PostgreSQL server (tests/pg_server.py).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import apsw
import pytest

from fieldcase.crypto import keys
from fieldcase.domain.records import CaseFilter, CaseRecord, Location, PartialDate
from fieldcase.errors import FieldcaseError, WrongPassphrase
from fieldcase.hq import compartments
from fieldcase.hq import users as hq_users
from fieldcase.hq.store import HqStore
from fieldcase.services import hq as hq_services
from fieldcase.services import hq_access
from fieldcase.services import hq_users as user_services
from fieldcase.services.records import CaseService
from fieldcase.services.sync import resolve_target
from fieldcase.store import syncstore
from fieldcase.workspace import KeyFile, Workspace
from hq_roles_setup import (
    ANALYST_PASS,
    SECRET_NAME,
    SECRET_NARRATIVE,
    SECRET_TITLE,
    VIEWER_PASS,
    build_hq_with_users,
)
from sync_helpers import PASSPHRASE


@pytest.fixture(scope="module")
def hq_dir(tmp_path_factory: pytest.TempPathFactory, hq_backend: str) -> Iterator[Path]:
    """An HQ with three records (one per level) imported from an officer's package, and three users."""
    yield build_hq_with_users(tmp_path_factory.mktemp(f"roles-{hq_backend}"))


def _ids(session: hq_access.HqSession) -> dict[str, str]:
    return {r.confidentiality: r.record_id for r in session.records()}


def test_a_viewer_gets_no_strictly_confidential_content_from_the_services(hq_dir: Path) -> None:
    with hq_access.sign_in(hq_dir, "vera", VIEWER_PASS) as viewer:
        assert viewer.user == hq_users.HqUser("vera", "viewer", "confidential")
        rows = {r.confidentiality: r for r in viewer.records()}
        assert rows["restricted"].readable and rows["restricted"].title == "Road closure reported"
        assert rows["confidential"].readable and rows["confidential"].title == "Threats against a teacher"
        above = rows["strictly_confidential"]
        assert not above.readable and above.title is None and above.date_text is None and above.region is None
        detail = viewer.record(above.record_id)
        assert detail.record is None and not detail.row.readable
        assert viewer.record(rows["confidential"].record_id).record is not None
        with pytest.raises(FieldcaseError, match="only the strictly_confidential clearance"):
            _ = viewer.store
    with pytest.raises(FieldcaseError, match="only the strictly_confidential clearance opens"):
        HqStore.open(hq_dir, VIEWER_PASS, "vera")
    with pytest.raises(WrongPassphrase):
        hq_access.sign_in(hq_dir, "vera", ANALYST_PASS)


def _sqlite3mc(path: Path, key: bytes) -> apsw.Connection:
    conn = apsw.Connection(str(path), flags=apsw.SQLITE_OPEN_READONLY)
    conn.execute("PRAGMA cipher='sqlcipher'")
    conn.execute("PRAGMA legacy=4")
    conn.execute(f"PRAGMA key=\"x'{key.hex()}'\"")
    return conn


def _all_text(conn: apsw.Connection) -> str:
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    parts: list[str] = []
    for table in tables:
        for row in conn.execute(f'SELECT * FROM "{table}"'):
            parts.extend(v.decode("utf-8", "replace") if isinstance(v, bytes) else str(v) for v in row)
    return "\n".join(parts)


def test_a_viewers_keys_open_no_file_holding_the_strictly_confidential_record(hq_dir: Path,
                                                                             hq_backend: str) -> None:
    hq_id = KeyFile.load(hq_dir).workspace_id
    _viewer, held = hq_users.sign_in(hq_dir, hq_id, "vera", VIEWER_PASS)
    try:
        assert held.store is None and set(held.levels) == {"confidential"}  # all the viewer's slot holds
        key = bytes(held.levels["confidential"])
    finally:
        held.wipe()
    # Their compartment opens, holds the confidential and restricted records whole, and of the strictly
    # confidential one only its id, kind and level.
    conn = _sqlite3mc(compartments.path_of(hq_dir, "confidential"), key)
    everything = _all_text(conn)
    assert "A teacher was threatened." in everything and "Public road closed." in everything
    for secret in (SECRET_NARRATIVE, SECRET_NAME, SECRET_TITLE, "Oruvane", "Qorvessan"):
        assert secret not in everything
    withheld = conn.execute("SELECT kind, confidentiality FROM hq_withheld").fetchall()
    assert withheld == [("incident", "strictly_confidential")]
    # Their key opens neither the HQ store nor the other compartment.
    others = [compartments.path_of(hq_dir, "restricted")]
    if hq_backend == "sqlcipher":
        others.append(hq_dir / "store.db")
    for other in others:
        with pytest.raises(apsw.Error):
            _sqlite3mc(other, key).execute("SELECT count(*) FROM sqlite_master").fetchall()
    # No file in the HQ directory holds the secret in clear (every database page is encrypted).
    for path in hq_dir.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert SECRET_NARRATIVE.encode() not in data and SECRET_NAME.encode() not in data, path


@pytest.mark.parametrize("hq_backend", ["postgresql"], indirect=True)  # the SQLCipher file: the test above
def test_on_postgresql_the_viewers_key_does_not_open_the_sealed_columns(hq_dir: Path, hq_backend: str) -> None:
    from sqlalchemy import create_engine, text

    from fieldcase.errors import CorruptWorkspace
    from fieldcase.store.sealed import Sealer

    hq_id = KeyFile.load(hq_dir).workspace_id
    _user, held = hq_users.sign_in(hq_dir, hq_id, "vera", VIEWER_PASS)
    viewer_sealer = Sealer(held.levels["confidential"])
    held.wipe()
    url = KeyFile.load(hq_dir).database
    assert url is not None
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT narrative, title FROM case_revision "
                                     "WHERE confidentiality = 'strictly_confidential'")).all()
    finally:
        engine.dispose()
    assert rows
    for narrative, title in rows:
        assert SECRET_NARRATIVE.encode() not in bytes(narrative) and SECRET_TITLE.encode() not in bytes(title)
        with pytest.raises(CorruptWorkspace):
            viewer_sealer.open(bytes(narrative), b"case_revision.narrative")


def _read_events(hq_dir: Path) -> list[tuple[str, str, str, str]]:
    with HqStore.open(hq_dir, PASSPHRASE) as hq, hq.ws.db.reading() as conn:
        return [(e.actor, e.at, e.entity_id, json.loads(e.detail)["role"]) for e in syncstore.audit_entries(conn, 0)
                if e.action == hq_access.READ_ACTION]


def test_an_analyst_and_a_reviewer_read_it_and_each_read_is_audited(hq_dir: Path) -> None:
    before = _read_events(hq_dir)
    with hq_access.sign_in(hq_dir, "ana", ANALYST_PASS) as analyst:
        secret_id = _ids(analyst)["strictly_confidential"]
        found = analyst.record(secret_id).record
        assert found is not None and found.narrative == SECRET_NARRATIVE
        assert found.people[0].name == SECRET_NAME
        analyst.record(_ids(analyst)["confidential"])  # not strictly confidential: not a read to log
    with hq_access.sign_in(hq_dir, None, PASSPHRASE) as reviewer:  # no name: the first reviewer, "admin"
        assert reviewer.user == hq_users.HqUser("admin", "reviewer", "strictly_confidential")
        found = reviewer.record(secret_id).record
        assert found is not None and found.title == SECRET_TITLE
    after = _read_events(hq_dir)[len(before):]
    assert [(actor, entity, role) for actor, _at, entity, role in after] == [
        ("ana", secret_id, "analyst"), ("admin", secret_id, "reviewer")]
    assert all(at.startswith("20") for _a, at, _e, _r in after)


def test_roles_are_enforced_in_the_services(hq_dir: Path) -> None:
    with HqStore.open(hq_dir, ANALYST_PASS, "ana") as analyst:
        with pytest.raises(FieldcaseError, match="needs the role: reviewer"):
            user_services.add_user(analyst, "mallory", "reviewer", "another passphrase")
        with pytest.raises(FieldcaseError, match="needs the role: reviewer"):
            hq_services.update_keyset(analyst, rotate=True)
        assert [u.name for u in user_services.list_users(analyst)] == ["admin", "ana", "vera"]
        with pytest.raises(FieldcaseError, match="needs the role: reviewer"):
            user_services.reset_passphrase(analyst, "vera", "chosen by the analyst")
    with HqStore.open(hq_dir, PASSPHRASE) as reviewer:  # a reviewer resets a forgotten passphrase
        user_services.reset_passphrase(reviewer, "vera", "vera's temporary passphrase")
        with pytest.raises(FieldcaseError, match="cannot remove yourself"):
            user_services.remove_user(reviewer, "admin")
    with hq_access.sign_in(hq_dir, "vera", "vera's temporary passphrase") as viewer:
        assert viewer.user.clearance == "confidential" and len(viewer.records()) == 3
    user_services.change_own_passphrase(hq_dir, "vera", "vera's temporary passphrase", VIEWER_PASS)


def test_an_edited_role_or_clearance_opens_nothing(hq_dir: Path, tmp_path: Path) -> None:
    users_file = hq_dir / hq_users.USERS_FILE
    original = users_file.read_bytes()
    try:
        for field, value in (("role", "reviewer"), ("clearance", "strictly_confidential")):
            data = json.loads(original)
            next(u for u in data["users"] if u["name"] == "vera")[field] = value
            users_file.write_text(json.dumps(data))
            with pytest.raises(WrongPassphrase):
                hq_access.sign_in(hq_dir, "vera", VIEWER_PASS)
    finally:
        users_file.write_bytes(original)


def test_keys_are_wiped_on_lock(hq_dir: Path) -> None:
    viewer = hq_access.sign_in(hq_dir, "vera", VIEWER_PASS)
    key = viewer._key
    assert key is not None and any(key)
    viewer.lock()
    assert not any(key) and viewer.is_locked
    with pytest.raises(FieldcaseError):
        viewer.records()


def test_the_one_passphrase_hq_becomes_its_first_reviewer(tmp_path: Path) -> None:
    """An HQ directory made before users existed (role=hq, one passphrase): its passphrase becomes the slot of
    the first reviewer, the key file's passphrase slots no longer open it, the recovery key still does."""
    from fieldcase.store import keyvalue

    old = tmp_path / "old-hq"
    ws, recovery = Workspace.create(old, PASSPHRASE, "HQ")
    with ws, ws.db.writing() as conn:
        keyvalue.set_meta(conn, {"role": "hq"})
    assert not hq_users.UsersFile.exists(old)
    with HqStore.open(old, PASSPHRASE) as hq:
        assert hq.user == hq_users.HqUser("admin", "reviewer", "strictly_confidential")
    assert [u.name for u in hq_users.UsersFile.load(old, KeyFile.load(old).workspace_id).users()] == ["admin"]
    keyfile = KeyFile.load(old)
    with pytest.raises(WrongPassphrase):  # the key file's own slots are filler now: only user slots open it
        keys.open_slots(keyfile.passphrase_slots, PASSPHRASE, keyfile.workspace_id)
    with Workspace.unlock(old, PASSPHRASE) as ws:  # tools that open it as before do so as the first reviewer
        assert ws.audited_reader == ("admin", "reviewer")
    with hq_access.sign_in(old, "admin", PASSPHRASE) as again:
        assert again.records() == []
    user_services.change_own_passphrase(old, "admin", PASSPHRASE, "the reviewer's own passphrase")
    for opening in (lambda: Workspace.unlock(old, PASSPHRASE), lambda: HqStore.open(old, PASSPHRASE)):
        with pytest.raises(WrongPassphrase):  # the once-shared passphrase opens nothing any more
            opening()
    assert compartments.path_of(old, "restricted").is_file()
    Workspace.unlock_with_recovery_key(old, recovery).lock()


def test_the_cli_users_and_reading_as_one_of_them(hq_dir: Path) -> None:
    from conftest import run_cli

    hq = str(hq_dir)
    listed = run_cli("hq", "user", "list", "--dir", hq)
    assert listed.returncode == 0, listed.stderr
    assert [line.split() for line in listed.stdout.splitlines()] == [
        ["admin", "reviewer", "strictly_confidential"], ["ana", "analyst", "strictly_confidential"],
        ["vera", "viewer", "confidential"]]
    records = run_cli("hq", "records", "--dir", hq, "--user", "vera", passphrase=VIEWER_PASS)
    assert records.returncode == 0, records.stderr
    assert "(above your clearance)" in records.stdout and "Threats against a teacher" in records.stdout
    assert SECRET_TITLE not in records.stdout
    prefix = next(line.split()[0] for line in records.stdout.splitlines() if "above your clearance" in line)
    shown = run_cli("hq", "show", prefix, "--dir", hq, "--user", "vera", passphrase=VIEWER_PASS)
    assert shown.returncode == 0 and "above your clearance; no content." in shown.stdout
    assert SECRET_NARRATIVE not in shown.stdout
    refused = run_cli("hq", "import", "--dir", hq, "--user", "vera", "--from", str(hq_dir), passphrase=VIEWER_PASS)
    assert refused.returncode != 0 and "only the strictly_confidential clearance opens" in refused.stderr
    refused = run_cli("hq", "user", "add", "walt", "--role", "viewer", "--dir", hq, "--user", "ana",
                      passphrase=ANALYST_PASS, env={"FIELDCASE_NEW_PASSPHRASE": "walt passphrase"})
    assert refused.returncode != 0 and "needs the role: reviewer" in refused.stderr
    assert "Traceback" not in refused.stderr
    for old, new in ((VIEWER_PASS, "vera's new passphrase"), ("vera's new passphrase", VIEWER_PASS)):
        changed = run_cli("hq", "user", "passwd", "--dir", hq, "--user", "vera", passphrase=old,
                          env={"FIELDCASE_NEW_PASSPHRASE": new})
        assert changed.returncode == 0 and "vera's passphrase was changed" in changed.stdout, changed.stderr
    with hq_access.sign_in(hq_dir, "vera", VIEWER_PASS) as viewer:
        assert viewer.user.clearance == "confidential"


def test_a_record_raised_to_strictly_confidential_leaves_the_viewers_compartment(tmp_path: Path) -> None:
    """An officer raises a record's level; after the next import the viewer's compartment no longer holds it
    (the file is rebuilt, not edited: no stale copy), and reading it through `fieldcase show` on the HQ
    directory (the first reviewer) is audit-logged like any other strictly confidential read."""
    from dataclasses import replace

    from conftest import run_cli
    from fieldcase.services.records import CaseService
    from sync_helpers import make_hq, make_officer

    hq = make_hq(tmp_path / "hq")
    try:
        officer = make_officer(tmp_path / "officer", hq)
        (saved,) = officer.cases.save_many([CaseRecord(
            kind="incident", title="Threats against a teacher", narrative="A teacher named Ilvane was threatened.",
            confidentiality="confidential", date=PartialDate("2026-10-03"), location=Location("XTV"))])
        (tmp_path / "usb").mkdir()
        officer.sync.push(resolve_target(officer.ws, str(tmp_path / "usb")))
        assert hq_services.import_packages(hq, str(tmp_path / "usb")).count("accepted") == 1
        user_services.add_user(hq, "vera", "viewer", VIEWER_PASS)
        with hq_access.sign_in(hq.ws.path, "vera", VIEWER_PASS) as viewer:
            assert [r.readable for r in viewer.records()] == [True]
        CaseService(officer.ws).save(replace(saved, confidentiality="strictly_confidential"),
                                     expected_rev=saved.rev)
        officer.sync.push(resolve_target(officer.ws, str(tmp_path / "usb")))
        officer.ws.lock()
        assert hq_services.import_packages(hq, str(tmp_path / "usb")).count("accepted") == 1
    finally:
        hq.lock()
    with hq_access.sign_in(tmp_path / "hq", "vera", VIEWER_PASS) as viewer:
        (row,) = viewer.records()
        assert not row.readable and row.confidentiality == "strictly_confidential" and row.title is None
    assert b"Ilvane" not in compartments.path_of(tmp_path / "hq", "confidential").read_bytes()
    _user, held = hq_users.sign_in(tmp_path / "hq", KeyFile.load(tmp_path / "hq").workspace_id, "vera", VIEWER_PASS)
    conn = _sqlite3mc(compartments.path_of(tmp_path / "hq", "confidential"), bytes(held.levels["confidential"]))
    held.wipe()
    assert "Ilvane" not in _all_text(conn)
    shown = run_cli("show", row.record_id, workspace=tmp_path / "hq")
    assert shown.returncode == 0 and "Ilvane" in shown.stdout, shown.stderr
    assert [(actor, entity) for actor, _at, entity, _role in _read_events(tmp_path / "hq")] == [
        ("admin", row.record_id)]
    listed = run_cli("list", workspace=tmp_path / "hq")  # the title is content too: the listing is logged
    assert listed.returncode == 0 and "Threats against a teacher" in listed.stdout, listed.stderr
    with HqStore.open(tmp_path / "hq", PASSPHRASE) as store, store.ws.db.reading() as conn:
        lists = [(e.actor, json.loads(e.detail)["strictly_confidential_titles_shown"])
                 for e in syncstore.audit_entries(conn, 0) if e.action == "hq.list-records"]
    assert lists == [("admin", [row.record_id])]


def test_links_and_conflict_decisions_at_hq_need_an_analyst_and_carry_their_name(tmp_path: Path) -> None:
    """Deciding that two records are the same (issue 19) is an analyst's or reviewer's act, audited under the
    signed-in user's own name; a viewer, even one cleared for everything, is refused and nothing is written."""
    from fieldcase.services.identity_links import IdentityLinkService

    directory = build_hq_with_users(tmp_path / "links")
    with HqStore.open(directory, PASSPHRASE) as admin:
        user_services.add_user(admin, "val", "viewer", "viewer passphrase three", "strictly_confidential")
    with HqStore.open(directory, ANALYST_PASS, "ana") as analyst:
        ids = sorted(r.id for r in CaseService(analyst.ws).list(CaseFilter(), limit=10))
        link_id = IdentityLinkService(analyst).link("incident", ids[0], ids[1], "Same road, same day, two sources")
        with analyst.ws.db.reading() as conn:
            entry = [e for e in syncstore.audit_entries(conn, 0) if e.action == "identity_link.link"][-1]
        assert entry.actor == "ana" and entry.entity_id == link_id
    with HqStore.open(directory, "viewer passphrase three", "val") as viewer:
        with pytest.raises(FieldcaseError, match="needs the role: analyst, reviewer"):
            IdentityLinkService(viewer).unlink(link_id, "not the same")
        assert [x.in_force for x in IdentityLinkService(viewer).links(include_undone=True)] == [True]
