"""A full disk: the import or attachment fails with a clear message and the workspace keeps everything
it had. Runs on a real, tiny tmpfs (needs root to mount, as CI has)."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from conftest import PASSPHRASE, run_cli, tmpfs
from fieldcase.workspace import Workspace


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    with tmpfs(tmp_path / "tiny", "3m") as mount_point:
        yield mount_point


def _records(n: int, tag: str) -> list[dict[str, object]]:
    return [{"kind": "incident", "title": f"{tag} record {i}", "date": "2026-05-04",
             "location": {"country": "XTV"}, "narrative": f"{tag} " + os.urandom(1500).hex()} for i in range(n)]


def _state(ws_path: Path) -> tuple[int, int, str]:
    with Workspace.unlock(ws_path, PASSPHRASE) as ws, ws.engine.connect() as conn:
        heads = conn.execute(text("SELECT count(*) FROM case_head")).scalar_one()
        audit = conn.execute(text("SELECT count(*) FROM audit_log")).scalar_one()
        ok = conn.execute(text("PRAGMA integrity_check")).scalar_one()
    return heads, audit, ok


def test_import_and_attachment_on_a_full_disk(tiny_disk: Path, tmp_path: Path) -> None:
    ws_path = tiny_disk / "ws"
    assert run_cli("init", workspace=ws_path).returncode == 0
    small = tmp_path / "small.json"
    small.write_text(json.dumps(_records(20, "KEEP")))
    assert run_cli("import", str(small), workspace=ws_path).returncode == 0
    before = _state(ws_path)
    assert before[0] == 20 and before[2] == "ok"

    big = tmp_path / "big.json"
    big.write_text(json.dumps(_records(2000, "TOOBIG")))  # ~6 MB of narratives on a 3 MB disk
    result = run_cli("import", str(big), workspace=ws_path)
    assert result.returncode == 7, result.stderr
    assert "disk is full" in result.stderr and "Traceback" not in result.stderr
    assert _state(ws_path) == before  # nothing half-imported, nothing lost

    listed = json.loads(run_cli("list", "--json", "--limit", "1", workspace=ws_path).stdout)
    evidence = tmp_path / "video.mp4"
    evidence.write_bytes(os.urandom(4 * 1024 * 1024))
    result = run_cli("attach", listed["records"][0]["id"], str(evidence), workspace=ws_path)
    assert result.returncode == 7, result.stderr
    assert "disk is full" in result.stderr and "Traceback" not in result.stderr
    assert _state(ws_path) == before
    leftovers = [p for p in (ws_path / "attachments").rglob("*") if p.is_file()]
    assert leftovers == []  # the partial ciphertext was removed
