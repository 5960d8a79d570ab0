"""Fixtures for the desktop tests: real encrypted workspaces, real widgets (pytest-qt), no mocks.

* every test gets its own config and data folders (settings never leak between tests);
* the demo workspace is made once per session and copied per test (a workspace is a folder);
* the 100,000-record store is built once and kept in pytest's cache folder between runs.
"""

from __future__ import annotations

import datetime as dt
import shutil
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from conftest import PASSPHRASE
from fieldcase.config import Settings
from fieldcase.services.demo import DEMO_PASSPHRASE, create_demo_workspace
from fieldcase.workspace import Workspace

BIG_STORE_RECORDS = 100_000
BIG_STORE_BATCH = 5_000


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("FIELDCASE_WORKSPACE", raising=False)


@pytest.fixture(autouse=True)
def _english(qapp) -> None:  # type: ignore[no-untyped-def]
    """Every UI test starts in English with its plural forms, as the app does with no language chosen."""
    from fieldcase.ui.language import apply_language

    apply_language(qapp, "en")


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo-template") / "demo"
    create_demo_workspace(path, DEMO_PASSPHRASE)
    return path


@pytest.fixture
def demo_dir(demo_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "demo"
    shutil.copytree(demo_template, target)
    return target


@pytest.fixture
def window(qtbot, tmp_path: Path) -> Iterator:  # type: ignore[no-untyped-def]
    """The real main window on the unlock screen (short wrong-passphrase delays)."""
    from fieldcase.ui.main_window import MainWindow
    from fieldcase.ui.resources import apply_style

    saved: list[Settings] = []
    apply_style(qtbot_app())
    win = MainWindow(Settings(), saved.append, demo_passphrase=DEMO_PASSPHRASE, unlock_delays_s=(0, 1, 2, 4))
    win.saved_settings = saved  # type: ignore[attr-defined]
    qtbot.addWidget(win)
    win.show()
    yield win
    win.lock()
    win.runner.cancel_all()
    win.runner.wait(10_000)


def qtbot_app():  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert app is not None
    return app


def unlock(qtbot, win, path: Path, passphrase: str) -> None:  # type: ignore[no-untyped-def]
    """Type the passphrase and press Enter, as a person would; wait for the populated case list."""
    from PySide6.QtCore import Qt

    form = win.welcome.unlock_form
    form.folder.set_path(path)
    form.passphrase.clear()
    qtbot.keyClicks(form.passphrase, passphrase)
    qtbot.keyClick(form.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.view is not None, timeout=15_000)
    qtbot.waitUntil(lambda: not win.view.cases.model.loading, timeout=15_000)


@pytest.fixture
def unlocked_demo(qtbot, window, demo_dir: Path):  # type: ignore[no-untyped-def]
    window.settings = window.settings.with_demo(demo_dir)
    window.start(demo_dir)
    unlock(qtbot, window, demo_dir, DEMO_PASSPHRASE)
    return window


def wait_for(qtbot, condition: Callable[[], object], timeout: int = 10_000) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: bool(condition()), timeout=timeout)


# -- the 100,000-record store ------------------------------------------------------------------------

def _big_records(n: int) -> list:  # type: ignore[type-arg]
    """Small but realistic summaries: what the list shows and filters on (no long narratives)."""
    import random

    from fieldcase.domain.records import CaseRecord, Location, PartialDate, Tag

    rng = random.Random(4242)
    regions = [(f"XT0{i}", name) for i, name in enumerate(
        ("Solmara", "Vardenne", "Orsavale", "Caldrisk", "Hesk", "Teral", "Ysmir"), start=1)]
    areas = ["cca.political_stability", "cca.democratic_space", "cca.internal_security",
             "cca.displacement_migration", "cca.social_cohesion_gender_equality_non_discrimination"]
    words = ["arrest", "detention", "checkpoint", "market", "protest", "displacement", "threat", "meeting",
             "leaflet", "clash"]
    start = dt.date(2024, 1, 1)
    out = []
    for i in range(n):
        pcode, name = regions[rng.randrange(len(regions))]
        day = start + dt.timedelta(days=rng.randrange(900))
        out.append(CaseRecord(
            kind="incident" if rng.random() < 0.8 else "community_info",
            info_type=None, title=f"{rng.choice(words).capitalize()} {rng.choice(words)} near {name} #{i:06d}",
            narrative=f"{rng.choice(words)} {rng.choice(words)} {rng.choice(words)}",
            date=PartialDate(day.isoformat()), location=Location("XTV", pcode, name, place=f"Place {i % 97}"),
            severity=rng.randint(1, 5), verification=rng.choice(("vs.reported", "vs.verified", "vs.corroborated")),
            risk_tags=(Tag(rng.choice(areas), "", "unsdg.cca.mdra", "1"),)))
        if out[-1].kind == "community_info":
            from dataclasses import replace

            out[-1] = replace(out[-1], info_type="meeting")
    return out


def _build_big_store(path: Path) -> None:
    from fieldcase.store import cases

    ws, _key = Workspace.create(path, PASSPHRASE, "Load Test (fictional)")
    ws.take_pending_recovery_key()  # as if shown and written down: unlocking goes straight to the list
    with ws, ws.engine.begin() as conn:
        records = _big_records(BIG_STORE_RECORDS)
        for first in range(0, len(records), BIG_STORE_BATCH):
            cases.write_records(conn, records[first:first + BIG_STORE_BATCH], "Load Test (fictional)",
                                "2026-01-01T00:00:00.000000+00:00")


@pytest.fixture(scope="session")
def big_store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A workspace with 100,000 records (passphrase: tests' PASSPHRASE), cached between runs."""
    from fieldcase.store.migrate import HEAD_REVISION

    pytest_cache = getattr(request.config, "cache", None)  # absent with -p no:cacheprovider: build per session
    cache = (Path(pytest_cache.mkdir(f"fieldcase-store-100k-{HEAD_REVISION}-v2")) if pytest_cache is not None
             else tmp_path_factory.mktemp("big-cache"))
    path = cache / "workspace"
    if not (path / "workspace.json").is_file():
        shutil.rmtree(path, ignore_errors=True)
        building = tmp_path_factory.mktemp("big") / "workspace"
        started = time.monotonic()
        _build_big_store(building)
        shutil.move(str(building), str(path))
        print(f"\nbuilt the 100,000-record store in {time.monotonic() - started:.1f} s (cached in {cache})")
    # each session works on its own copy: a test must not change the cached store
    copy = tmp_path_factory.mktemp("big-copy") / "workspace"
    shutil.copytree(path, copy)
    return copy


def settled(model) -> bool:  # type: ignore[no-untyped-def]
    """The case list's current query has answered (debounce included: call after filters.flush())."""
    return not model.loading
