"""Proof the store is standard SQLCipher 4: an independent implementation (SQLite3 Multiple Ciphers,
PyPI apsw-sqlite3mc) opens store.db with the raw data key recovered through the recovery key."""

from __future__ import annotations

from pathlib import Path

import apsw
import pytest

from conftest import PASSPHRASE
from fieldcase.crypto import keys
from fieldcase.domain.records import CaseRecord, Location, PartialDate
from fieldcase.services.records import CaseService
from fieldcase.workspace import STORE_FILE, KeyFile, Workspace


def _open_independently(store: Path, raw_key_hex: str, page_size: int) -> apsw.Connection:
    conn = apsw.Connection(str(store), flags=apsw.SQLITE_OPEN_READONLY)
    conn.execute("PRAGMA cipher='sqlcipher'")
    conn.execute("PRAGMA legacy=4")
    if page_size != 4096:  # SQLCipher 4's default needs no setting: the key alone opens the store
        conn.execute(f"PRAGMA legacy_page_size={page_size}")
    conn.execute(f"PRAGMA key=\"x'{raw_key_hex}'\"")
    return conn


def test_sqlite3mc_reads_rows_and_fts_with_the_key_from_the_recovery_key(workspace_dir: Path) -> None:
    ws, recovery = Workspace.create(workspace_dir, PASSPHRASE, "Officer")
    with ws:
        CaseService(ws).save_many([
            CaseRecord(kind="incident", title="Checkpoint closure near Eastfield", date=PartialDate("2026-04-02"),
                       location=Location("XKV"), narrative="Residents reported a pangolin-shaped flag."),
            CaseRecord(kind="community_info", info_type="meeting", title="Women's council meeting",
                       date=PartialDate("2026-04"), location=Location("XKV")),
        ])
    keyfile = KeyFile.load(workspace_dir)
    data_key = keys.unwrap_with_recovery_key(keyfile.slots["recovery"], recovery, keyfile.workspace_id)

    conn = _open_independently(workspace_dir / STORE_FILE, bytes(data_key).hex(), keyfile.page_size)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    titles = sorted(r[0] for r in conn.execute(
        "SELECT r.title FROM case_revision r JOIN case_head h ON h.revision_id = r.id"))
    assert titles == ["Checkpoint closure near Eastfield", "Women's council meeting"]
    hits = conn.execute("SELECT r.title FROM case_search s JOIN case_revision r ON r.id = s.rowid "
                        "WHERE case_search MATCH 'pangolin'").fetchall()
    assert hits == [("Checkpoint closure near Eastfield",)]
    assert conn.execute("SELECT count(*) FROM audit_log").fetchone()[0] >= 3


def test_sqlite3mc_refuses_a_wrong_key(workspace: Workspace, workspace_dir: Path) -> None:
    page_size = workspace.keyfile.page_size
    workspace.lock()
    conn = _open_independently(workspace_dir / STORE_FILE, "00" * 32, page_size)
    with pytest.raises(apsw.Error):
        conn.execute("SELECT count(*) FROM sqlite_master").fetchall()


def test_store_file_has_no_sqlite_header(workspace: Workspace, workspace_dir: Path) -> None:
    workspace.lock()
    assert not (workspace_dir / STORE_FILE).read_bytes()[:16].startswith(b"SQLite format 3")
