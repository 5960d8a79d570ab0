"""Shared fixtures. Qt runs offscreen; Argon2id uses the floor profile (64 MiB, t=3) for speed."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("FIELDCASE_KDF_PROFILE", "floor")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))

from fieldcase.workspace import Workspace  # noqa: E402

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def workspace_dir(tmp_path: Path) -> Path:
    return tmp_path / "ws"


@pytest.fixture
def workspace(workspace_dir: Path) -> Iterator[Workspace]:
    ws, _recovery = Workspace.create(workspace_dir, PASSPHRASE, "Officer Test")
    yield ws
    ws.lock()


def run_cli(*args: str, workspace: Path | None = None, passphrase: str | None = PASSPHRASE,
            env: dict[str, str] | None = None, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run the real command line in a child process, as a person or an HQ script would."""
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("FIELDCASE_")}
    full_env.update({"PYTHONPATH": str(ROOT / "desktop"), "FIELDCASE_KDF_PROFILE": "floor"})
    if passphrase is not None:
        full_env["FIELDCASE_PASSPHRASE"] = passphrase
    full_env.update(env or {})
    argv = [sys.executable, "-m", "fieldcase"]
    if workspace is not None:
        argv += ["--workspace", str(workspace)]
    return subprocess.run([*argv, *args], capture_output=True, text=True, env=full_env, timeout=timeout,
                          stdin=subprocess.DEVNULL)
