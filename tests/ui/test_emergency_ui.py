"""Issue 14 in the app: the persistent wrong-passphrase count, the integrity alarm banner (writes stop) and
quick delete behind one confirmation. Real workspaces, the real window, offscreen."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from tests.ui.conftest import unlock, wait_for

from conftest import PASSPHRASE
from fieldcase.crypto import unlock_guard
from fieldcase.services.records import CaseService
from fieldcase.workspace import KEY_FILE, STORE_FILE, Workspace
from sync_helpers import incidents

SHOTS = Path(__file__).resolve().parents[2] / "bench" / "results" / "screens"


def _made(folder: Path, records: int = 0) -> Workspace:
    """A workspace whose officer has already written the recovery key down (no recovery-key screen)."""
    ws, _ = Workspace.create(folder, PASSPHRASE, "Officer")
    ws.take_pending_recovery_key()
    if records:
        CaseService(ws).save_many(incidents(records))
    return ws


def _confirm_box() -> QMessageBox | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.objectName() == "quickDeleteConfirm" and widget.isVisible():
            return widget
    return None


def test_quick_delete_from_settings_destroys_the_workspace_after_one_confirmation(qtbot, window,  # type: ignore[no-untyped-def]
                                                                                 tmp_path: Path) -> None:
    folder = tmp_path / "ws"
    _made(folder, 2).lock()
    window.start(folder)
    unlock(qtbot, window, folder, PASSPHRASE)
    page = window.view.show_page("settings")
    button = page.findChild(QPushButton, "quickDelete")
    assert button is not None and button.isVisible()
    button.click()
    wait_for(qtbot, lambda: _confirm_box() is not None)
    box = _confirm_box()
    assert box is not None
    box.findChild(QPushButton, "quickDeleteButton").click()
    wait_for(qtbot, lambda: not folder.exists(), timeout=15_000)
    assert window.is_locked
    wait_for(qtbot, lambda: "destroyed" in window.welcome.unlock_form.message.text())


def test_cancelling_the_confirmation_deletes_nothing(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "ws"
    _made(folder).lock()
    window.start(folder)
    window.quick_delete()  # the shortcut's slot, from the unlock screen
    wait_for(qtbot, lambda: _confirm_box() is not None)
    box = _confirm_box()
    assert box is not None
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.wait(200)
    assert (folder / KEY_FILE).is_file()


def test_a_rolled_back_store_shows_the_alarm_and_refuses_to_save(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "ws"
    _made(folder, 2).lock()
    shutil.copy2(folder / STORE_FILE, tmp_path / "old.db")
    with Workspace.unlock(folder, PASSPHRASE) as again:
        CaseService(again).save_many(incidents(2, "Later"))
    shutil.copy2(tmp_path / "old.db", folder / STORE_FILE)
    window.resize(1320, 840)
    window.start(folder)
    unlock(qtbot, window, folder, PASSPHRASE)
    view = window.view
    wait_for(qtbot, lambda: view.banner.isVisible())
    assert view.banner.objectName() == "alarmBanner" and "rolled back" in view.banner.text()
    assert "HQ holds every record" in view.banner.text()
    wait_for(qtbot, lambda: window.integrity_report is not None)  # the page check ran in the background
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / "integrity-alarm.png"))


def test_the_wrong_passphrase_delay_survives_a_restart(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "ws"
    _made(folder).lock()
    for _ in range(3):  # e.g. from the command line, or before the app was restarted
        unlock_guard.record_failure(folder)
    window.start(folder)
    form = window.welcome.unlock_form
    assert form.failures == 3
    assert form.waiting_s > 0 and not form.unlock_button.isEnabled()
