"""Nothing readable on disk: after init, import and an attachment, no file under the workspace or the
temp directory holds a marker word, the attachment's bytes, or its original file name."""

from __future__ import annotations

import json
import os
import secrets
from pathlib import Path

from conftest import PASSPHRASE, run_cli
from fieldcase.services.records import CaseService
from fieldcase.workspace import Workspace

MARKERS = ["ZEBRAQUARTZ", "Yevgenia Marchetti-Oyelaran", "Kettlewhistle", "QUOKKAFJORD", "мирный-марш"]
ATTACHMENT_NAME = "PELICANDRIFT-witness-statement.jpg"


def _records() -> list[dict[str, object]]:
    return [{
        "kind": "incident", "title": f"Detention of a defender in {MARKERS[2]}", "date": "2026-09-14",
        "location": {"country": "XKV", "adm1_pcode": "XK01", "adm1_name": "Northreach", "place": MARKERS[2]},
        "narrative": f"The defender {MARKERS[0]} was held for two days. {MARKERS[4]}",
        "violation_types": ["huridocs.mt04.030102000000"], "severity": 4, "verification": "vs.corroborated",
        "people": [{"role": "victim", "pseudonym": "V-104", "name": MARKERS[1], "sex": "female",
                    "victim_groups": ["sdg16101.victim.hrd"]}],
        "acts": [{"victim": "V-104", "act_type": "huridocs.mt04.030102000000", "perpetrators": [{"status": "state"}],
                  "linked_to_work": True, "due_diligence_rationale": f"Noted by {MARKERS[0]}"}],
        "sources": [{"name": f"Source {MARKERS[3]}", "reliability": "B", "credibility": 2}],
    } for _ in range(3)]


def _needles(attachment: bytes) -> dict[str, bytes]:
    needles = {m: m.encode("utf-8") for m in MARKERS}
    needles["attachment name"] = ATTACHMENT_NAME.encode()
    needles["attachment name (utf-16)"] = ATTACHMENT_NAME.encode("utf-16-le")
    # Any 32-byte window of the attachment would betray it; check several, spread over the file.
    for i, offset in enumerate(range(0, len(attachment) - 32, len(attachment) // 8)):
        needles[f"attachment bytes @{i}"] = attachment[offset:offset + 32]
    return needles


def _scan(folders: list[Path], needles: dict[str, bytes]) -> list[str]:
    found = []
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                found += [f"{path}: {name}" for name, needle in needles.items() if needle in data]
                if data.startswith(b"SQLite format 3"):
                    found.append(f"{path}: plaintext SQLite header")
    return found


def test_no_marker_attachment_or_name_on_disk(tmp_path: Path) -> None:
    workspace = tmp_path / "ws"
    scratch_tmp = tmp_path / "tmpdir"  # the temp directory every child process is given
    inputs = tmp_path / "inputs"  # the officer's own files, outside both
    scratch_tmp.mkdir()
    inputs.mkdir()
    env = {"TMPDIR": str(scratch_tmp)}
    import_file = inputs / "records.json"
    import_file.write_text(json.dumps(_records(), ensure_ascii=False), encoding="utf-8")
    attachment = secrets.token_bytes(256 * 1024)
    (inputs / ATTACHMENT_NAME).write_bytes(attachment)

    assert run_cli("init", "--officer", "Scan Officer", workspace=workspace, env=env).returncode == 0
    result = run_cli("import", str(import_file), workspace=workspace, env=env)
    assert result.returncode == 0, result.stderr
    listed = json.loads(run_cli("list", "--json", workspace=workspace, env=env).stdout)
    record_id = listed["records"][0]["id"]
    result = run_cli("attach", record_id, str(inputs / ATTACHMENT_NAME), workspace=workspace, env=env)
    assert result.returncode == 0, result.stderr
    assert run_cli("list", "--search", MARKERS[0], workspace=workspace, env=env).returncode == 0

    needles = _needles(attachment)
    # Control: the scanner does find every needle in the officer's own plaintext inputs.
    found_in_inputs = {hit.split(": ", 1)[1] for hit in _scan([inputs], needles)}
    assert found_in_inputs >= {m for m in MARKERS} | {"attachment bytes @3"}
    assert _scan([workspace, scratch_tmp], needles) == []

    # While the store is open and its WAL holds fresh, uncheckpointed pages, still nothing readable.
    os.environ["TMPDIR"] = str(scratch_tmp)
    try:
        ws = Workspace.unlock(workspace, PASSPHRASE)
        service = CaseService(ws)
        record = service.get(record_id)
        service.save(record)  # a new revision, sitting in the -wal file
        with ws.engine.connect() as conn:
            wal = workspace / "store.db-wal"
            assert wal.exists() and wal.stat().st_size > 0
            assert _scan([workspace, scratch_tmp], needles) == []
            conn.close()
        ws.lock()
    finally:
        os.environ.pop("TMPDIR")
    assert _scan([workspace, scratch_tmp], needles) == []
    assert sorted(p.name for p in scratch_tmp.iterdir()) == []
