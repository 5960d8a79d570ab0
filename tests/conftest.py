"""Shared fixtures. Qt runs offscreen; Argon2id uses the floor profile (64 MiB, t=3) for speed."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Self

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


def run_cli_two_at_a_time(workspace: Path, calls: list[tuple[str, ...]]) -> dict[tuple[str, ...],
                                                                             subprocess.CompletedProcess[str]]:
    """Read-only CLI calls on one workspace, two processes at a time (the machine has 2 cores and the test
    process only waits). Two processes must not unlock one workspace at once (each unlock re-seals its
    failed-attempt record), so the second series runs on a copy of the folder: the same encrypted store,
    byte for byte. The copy is made once, next to the workspace."""
    import shutil
    from concurrent.futures import ThreadPoolExecutor

    twin = workspace.with_name(workspace.name + "-copy")
    if not twin.exists():
        shutil.copytree(workspace, twin)

    def series(part: tuple[list[tuple[str, ...]], Path]) -> list[tuple[tuple[str, ...],
                                                                  subprocess.CompletedProcess[str]]]:
        todo, path = part
        return [(argv, run_cli(*argv, workspace=path)) for argv in todo]

    unique = list(dict.fromkeys(calls))
    with ThreadPoolExecutor(max_workers=2) as pool:
        return {argv: result for done in pool.map(series, [(unique[0::2], workspace), (unique[1::2], twin)])
                for argv, result in done}


class IndicatorRuns:
    """The `indicators --json` output of one workspace for each (period, *flags) the tests read, each call
    run once (test_sdg16101_golden.py, test_sdg_handcount.py)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.cache: dict[tuple[str, ...], dict[str, Any]] = {}

    def indicators(self, period: str, *flags: str) -> dict[str, Any]:
        key = (period, *flags)
        if key not in self.cache:
            result = run_cli("indicators", "--period", period, *flags, "--json", workspace=self.path)
            assert result.returncode == 0, result.stderr[-2000:]
            self.cache[key] = json.loads(result.stdout)
        return self.cache[key]

    def prefetch(self, keys: list[tuple[str, ...]]) -> Self:
        """Run the `indicators` calls the tests read two at a time (run_cli_two_at_a_time). A call that fails
        is left out: the test runs it again and reports it."""
        done = run_cli_two_at_a_time(self.path, [("indicators", "--period", k[0], *k[1:], "--json") for k in keys])
        for key in keys:
            result = done[("indicators", "--period", key[0], *key[1:], "--json")]
            if result.returncode == 0:
                self.cache[key] = json.loads(result.stdout)
        return self


# -- the HQ store on both backends: the SQLCipher file and a real PostgreSQL server --------------------

@pytest.fixture(scope="session")
def postgres() -> Iterator[object]:
    """A PostgreSQL server for the session (tests/pg_server.py); skipped only when it cannot start at all,
    and never skipped in CI (CI=true): there a missing server is a failure."""
    from pg_server import postgres_server

    manager = postgres_server()
    try:
        server = manager.__enter__()
    except RuntimeError as exc:
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the PostgreSQL tests: {exc}")
        pytest.skip(str(exc))
    try:
        yield server
    finally:
        manager.__exit__(None, None, None)


@pytest.fixture(scope="module", params=["sqlcipher", "postgresql"])
def hq_backend(request: pytest.FixtureRequest) -> Iterator[str]:
    """Parametrises a module's HQ over both stores: `sync_helpers.make_hq` (and `hq_init_args`) create
    the HQ store in a new PostgreSQL database of the session's server when the param says so."""
    import uuid

    import sync_helpers

    if request.param == "postgresql":
        server = request.getfixturevalue("postgres")
        sync_helpers.NEW_HQ_DATABASE = lambda: server.create_database(f"hq_{uuid.uuid4().hex[:16]}")
    try:
        yield request.param
    finally:
        sync_helpers.NEW_HQ_DATABASE = None


@pytest.fixture(scope="session")
def s3_server() -> Iterator[object]:
    """A SeaweedFS S3 gateway for the session (tests/s3_server.py); skipped only when it cannot start at all,
    and never skipped in CI (CI=true)."""
    from s3_server import seaweedfs_server

    manager = seaweedfs_server()
    try:
        server = manager.__enter__()
    except RuntimeError as exc:
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the S3 tests: {exc}")
        pytest.skip(str(exc))
    try:
        yield server
    finally:
        manager.__exit__(None, None, None)


@pytest.fixture
def s3_env(s3_server: object, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """The standard AWS variables for the test server, set in this process (and returned for children)."""
    env = s3_server.env()  # type: ignore[attr-defined]
    for key in ("AWS_PROFILE", "AWS_SESSION_TOKEN", "AWS_ENDPOINT_URL_S3", "AWS_DEFAULT_REGION"):
        monkeypatch.delenv(key, raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    return env


@contextlib.contextmanager
def tmpfs(mount_point: Path, size: str) -> Iterator[Path]:
    """A real tmpfs of `size` (e.g. "3m") mounted at `mount_point` for a full-disk test, unmounted after;
    skipped where it cannot be mounted (not root; CI runs as root)."""
    mount_point.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root (CI runs as root)")
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(mount_point)],
                            capture_output=True, text=True)
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {result.stderr.strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)
