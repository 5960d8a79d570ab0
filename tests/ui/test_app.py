"""The entry point: which workspace is offered at start; settings hold preferences only (first run:
test_first_run.py)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from fieldcase.app import choose_workspace, parse_args
from fieldcase.config import Settings, load_settings
from fieldcase.services.demo import DEMO_PASSPHRASE
from fieldcase.workspace import default_workspace_dir

from .conftest import unlock


def test_choose_workspace(tmp_path: Path, demo_dir: Path) -> None:
    default = default_workspace_dir()
    none = argparse.Namespace(workspace=None, demo=False)
    assert choose_workspace(none, Settings()) == (None, False)  # nothing yet: the first-run screen
    assert choose_workspace(none, Settings(last_workspace=str(demo_dir))) == (demo_dir, False)
    assert choose_workspace(parse_args(["--workspace", str(demo_dir)]), Settings()) == (demo_dir, False)
    fresh = tmp_path / "fresh"
    assert choose_workspace(parse_args(["--workspace", str(fresh), "--demo"]), Settings()) == (fresh, True)
    assert choose_workspace(parse_args(["--demo"]), Settings(demo_workspaces=(str(demo_dir),))) == (demo_dir, False)
    default.mkdir(parents=True)
    (default / "notes.txt").write_text("not a workspace")
    assert choose_workspace(none, Settings()) == (None, False)  # a folder that is not a workspace: first run
    assert choose_workspace(parse_args(["--demo"]), Settings()) == (default.parent / "demo", True)  # its own folder
    assert choose_workspace(none, Settings(recent_workspaces=("/gone", str(demo_dir)))) == (demo_dir, False)


def test_settings_file_is_tolerant_and_private(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{not json")
    assert load_settings(path) == Settings()
    path.write_text(json.dumps({"idle_lock_minutes": 0.01, "demo_workspaces": ["/x", 3]}))
    settings = load_settings(path)
    assert settings.idle_lock_minutes == 1.0 and settings.demo_workspaces == ("/x",)


def test_idle_time_setting_applies_at_once(qtbot, unlocked_demo) -> None:  # type: ignore[no-untyped-def]
    page = unlocked_demo.view.show_page("settings")
    page.idle.setValue(12)
    assert unlocked_demo.idle.timeout_ms == 12 * 60_000
    assert unlocked_demo.saved_settings[-1].idle_lock_minutes == 12


def test_right_to_left_layout(qtbot, window, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        window.settings = window.settings.with_demo(demo_dir)
        window.start(demo_dir)
        unlock(qtbot, window, demo_dir, DEMO_PASSPHRASE)
        view = window.view
        assert view.isRightToLeft()
        assert view.nav.mapTo(view, view.nav.rect().topLeft()).x() > view.width() // 2  # the bar moves right
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
