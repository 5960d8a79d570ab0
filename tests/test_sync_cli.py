"""The whole sync workflow through the real command line, over a real WebDAV server: HQ keys and CA,
enrolment, push, `age -d` with HQ's identity file, import, acknowledgement, a refused package, and
the regional briefing built from the HQ store."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from conftest import run_cli
from sync_helpers import hq_init_args
from webdav_server import webdav_server

pytestmark = pytest.mark.usefixtures("hq_backend")  # SQLCipher and PostgreSQL HQ stores

RECORDS = [
    {"kind": "incident", "title": f"Arbitrary detention {i}", "date": f"2026-03-1{i % 9}",
     "location": {"country": "XKV", "adm1_pcode": "XK02", "adm1_name": "Saltmarsh"}, "severity": 1 + i % 5,
     "violation_types": ["huridocs.mt04.030102000000"], "verification": "vs.verified",
     "risk_tags": [{"category": "cca.democratic_space", "rationale": "union activity targeted"}]}
    for i in range(12)
]


def _ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stderr + result.stdout
    return result.stdout


def test_enrol_push_decrypt_import_pull_through_the_cli(tmp_path: Path) -> None:
    ws, hq = tmp_path / "officer", tmp_path / "hq"
    with webdav_server(tmp_path / "dav") as dav:
        env = {"FIELDCASE_WEBDAV_PASSWORD": dav.password}
        _ok(run_cli("init", "--officer", "Officer A", workspace=ws))
        data = tmp_path / "records.json"
        data.write_text(json.dumps(RECORDS), encoding="utf-8")
        _ok(run_cli("import", str(data), workspace=ws))
        out = _ok(run_cli("hq", "init", "--dir", str(hq), "--name", "HQ Geneva", *hq_init_args()))
        ca = re.search(r"CA fingerprint.*: ([0-9A-F:]{95})", out)
        assert ca, out
        _ok(run_cli("enrol-request", "--out", str(tmp_path / "request"), workspace=ws))
        _ok(run_cli("hq", "enrol", "--dir", str(hq), "--officer", "Officer A", "--region", "XK02",
                    "--request", str(tmp_path / "request"), "--out", str(tmp_path / "enrolment")))
        assert (tmp_path / "enrolment").read_bytes().startswith(b"fieldcase-enrolment/1\n")
        assert "HQ Geneva" in _ok(run_cli("enrol", str(tmp_path / "enrolment"), "--expect-ca", ca[1],
                                          workspace=ws))
        _ok(run_cli("sync", "target", "add", "hq-dav", dav.url, "--user", dav.user, workspace=ws, env=env))
        assert "uploaded 1" in _ok(run_cli("sync", "push", "--to", "hq-dav", workspace=ws))
        assert "uploaded 0" in _ok(run_cli("sync", "push", "--to", "hq-dav", workspace=ws))  # nothing new

        # Debian's age reads the package with HQ's identity file
        _ok(run_cli("hq", "keys", "--dir", str(hq), "--export-identity", str(tmp_path / "hq_identity.txt")))
        (pushed,) = dav.root.glob("*.push.*.fcpkg")
        result = subprocess.run(["age", "-d", "-i", str(tmp_path / "hq_identity.txt"), str(pushed)],
                                capture_output=True)
        assert result.returncode == 0 and b"fieldcase-package/2" in result.stdout[:1024]

        _ok(run_cli("hq", "target", "--dir", str(hq), "hq-dav", dav.url, "--user", dav.user, env=env))
        out = _ok(run_cli("hq", "import", "--dir", str(hq), "--from", "hq-dav"))
        assert "1 accepted" in out and "1 reply" in out
        _ok(run_cli("sync", "pull", "--from", "hq-dav", workspace=ws))
        status = json.loads(_ok(run_cli("sync", "status", "--json", workspace=ws)))
        assert status["acknowledged_packages"] == 1 and status["acknowledged_revisions"] == len(RECORDS)
        assert status["pending_revisions"] == 0

        # a damaged package: refused with its reason, non-zero exit, nothing imported
        bad = bytearray(pushed.read_bytes())
        bad[len(bad) // 2] ^= 0xFF
        forged = dav.root / pushed.name.replace(".00000001.", ".00000002.")
        forged.write_bytes(bytes(bad))
        result = run_cli("hq", "import", "--dir", str(hq), "--from", "hq-dav")
        assert result.returncode == 13 and "[damaged]" in result.stderr and "Traceback" not in result.stderr

        listing = json.loads(_ok(run_cli("list", "--json", workspace=hq)))
        assert listing["total"] == len(RECORDS)
        out = _ok(run_cli("hq", "brief", "--dir", str(hq), "--region", "XK02", "--period", "2026-03",
                          "--out", str(tmp_path / "brief.pdf")))
        assert (tmp_path / "brief.pdf").read_bytes().startswith(b"%PDF")
