"""First run: create, open or try the demo; the demo in its own folder, clearly fictional; recent workspaces."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from fieldcase.app import build
from fieldcase.config import config_dir
from fieldcase.services.demo import DEMO_PASSPHRASE
from fieldcase.workspace import default_workspace_dir, is_workspace

from .conftest import wait_for


def test_first_run_demo_then_own_workspace_then_recent_list(qtbot) -> None:  # type: ignore[no-untyped-def]
    default = default_workspace_dir()
    _app, window = build([])
    qtbot.addWidget(window)
    welcome = window.welcome
    try:
        wait_for(qtbot, lambda: welcome.stack.currentWidget() is welcome.first_run)
        assert not default.exists()  # nothing was made behind the officer's back
        assert welcome.first_run.isVisible() and welcome.first_run.create_button.isVisible()

        # the demo: its own folder, never the default one, and marked fictional
        qtbot.mouseClick(welcome.first_run.demo_button, Qt.MouseButton.LeftButton)
        demo = default.parent / "demo"
        wait_for(qtbot, lambda: is_workspace(demo) and window.settings.is_demo(demo), timeout=30_000)
        form = welcome.unlock_form
        assert form.folder.path() == demo and not default.exists()
        assert form.demo_hint.isVisible() and "fictional" in form.demo_hint.text()
        qtbot.mouseClick(form.fill_demo, Qt.MouseButton.LeftButton)
        qtbot.keyClick(form.passphrase, Qt.Key.Key_Return)
        wait_for(qtbot, lambda: window.view is not None, timeout=15_000)
        assert "fictional" in window.view.workspace_label.text()
        window.lock()

        # the officer's own workspace takes the default folder
        assert form.recent.isVisible() and form.recent.count() == 1
        assert "fictional" in form.recent.item(0).text()
        welcome.show_create()
        create = welcome.create_form
        assert create.folder.path() == default
        create.officer.setText("Amina Diallo (fictional)")
        create.passphrase.setText("river lantern copper seventy")
        create.repeat.setText("river lantern copper seventy")
        create.submit()
        # the work's progress is on the form (not a window of its own), without Cancel: it must finish
        assert create.progress.isVisibleTo(create) and not create.progress.cancel_button.isVisibleTo(create)
        assert create.progress.text.text() == "Creating the encrypted workspace…"
        wait_for(qtbot, lambda: welcome.stack.currentWidget() is welcome.recovery_view, timeout=15_000)
        assert not create.progress.isVisibleTo(create)
        welcome.recovery_view.written.setChecked(True)
        welcome.recovery_view._continue()
        wait_for(qtbot, lambda: window.view is not None, timeout=15_000)
        assert is_workspace(default) and not window.settings.is_demo(default)
        window.lock()

        # the recent list: newest first, a click fills the folder and says whether it is the demo
        assert [form.recent.item(i).data(Qt.ItemDataRole.UserRole) for i in range(form.recent.count())] == [
            str(default), str(demo)]
        rect = form.recent.visualItemRect(form.recent.item(1))
        qtbot.mouseClick(form.recent.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert form.folder.path() == demo and form.demo_hint.isVisible()
        qtbot.mouseClick(form.recent.viewport(), Qt.MouseButton.LeftButton,
                         pos=form.recent.visualItemRect(form.recent.item(0)).center())
        assert form.folder.path() == default and not form.demo_hint.isVisible()
        saved = json.loads((config_dir() / "settings.json").read_text())
        assert saved["recent_workspaces"] == [str(default), str(demo)]  # in the app's settings only
        assert "recent" not in (default / "workspace.json").read_text()
        assert DEMO_PASSPHRASE not in json.dumps(saved)
    finally:
        window.lock()
        window.runner.wait()
