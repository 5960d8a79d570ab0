"""The emergency settings in the app (until now command-line only): the duress passphrase dialog and
"Delete after failed unlocks" on the Settings page. Real encrypted workspaces, the real window offscreen,
unlocking through the unlock screen (services/session.unlock, as the app does); no mocks.

With FIELDCASE_SHOTS set to a folder, the emergency part of the page and the dialog are saved there as PNG
in English, French and Arabic (run under xvfb-run at 1024x768)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QGroupBox, QLabel, QScrollArea, QWidget

from conftest import PASSPHRASE
from fieldcase.crypto import unlock_guard
from fieldcase.errors import WrongPassphrase
from fieldcase.services import duress, session
from fieldcase.services.records import CaseService
from fieldcase.ui.layout_check import clipped
from fieldcase.workspace import KEY_FILE, Workspace
from sync_helpers import incidents

from .conftest import unlock, wait_for

DURESS = "river stone lantern orchard"
CANARY = "CANARY-duress-" + os.urandom(4).hex()


def _made(folder: Path, records: int = 0, *, duress_wipe: bool | None = None) -> None:
    ws, _ = Workspace.create(folder, PASSPHRASE, "Officer A")
    ws.take_pending_recovery_key()  # written down: unlocking goes straight to the list
    if records:
        CaseService(ws).save_many([r.__class__(**{**r.__dict__, "title": f"{CANARY} {i}"})
                                   for i, r in enumerate(incidents(records))])
    if duress_wipe is not None:
        duress.set_duress(ws, PASSPHRASE, DURESS, wipe_real=duress_wipe)
    ws.lock()


def _settings(qtbot, window):  # type: ignore[no-untyped-def]
    page = window.view.show_page("settings")
    wait_for(qtbot, lambda: page.duress_button.isEnabled() and page.wipe_after.isEnabled())
    return page


def _open_dialog(qtbot, page):  # type: ignore[no-untyped-def]
    qtbot.mouseClick(page.duress_button, Qt.MouseButton.LeftButton)
    dialog = page._dialog
    assert dialog.objectName() == "duressPassphrase" and dialog.isVisible()
    return dialog


def _set_duress(qtbot, page, *, wipe: bool) -> None:  # type: ignore[no-untyped-def]
    dialog = _open_dialog(qtbot, page)
    assert not dialog.wipe.isChecked()  # off unless chosen
    assert not dialog.remove.isVisible()  # nothing to remove yet
    qtbot.keyClicks(dialog.current, PASSPHRASE)
    qtbot.keyClicks(dialog.duress, DURESS)
    qtbot.keyClicks(dialog.repeat, DURESS)
    if wipe:
        dialog.wipe.setChecked(True)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.progress.isVisible() and not dialog.current.isEnabled()
    wait_for(qtbot, dialog.outcome.isVisible, timeout=60_000)
    assert not dialog.message.isVisible()
    assert dialog.current.text() == dialog.duress.text() == dialog.repeat.text() == ""  # wiped
    assert dialog.outcome.text().startswith("Duress passphrase set")
    dialog.reject()


def _emergency_texts(page: QWidget) -> list[str]:
    box = page.findChild(QGroupBox, "emergency")
    return [label.text() for label in box.findChildren(QLabel) if label.isVisibleTo(page)]


def test_keep_mode_decoy_then_real_records_then_removed(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "ws"
    _made(folder, 2)
    plain = tmp_path / "plain"  # a workspace that never had a duress passphrase, to compare the decoy with
    _made(plain)
    window.start(plain)
    unlock(qtbot, window, plain, PASSPHRASE)
    never_set = _emergency_texts(_settings(qtbot, window))
    window.lock()

    window.start(folder)
    unlock(qtbot, window, folder, PASSPHRASE)
    page = _settings(qtbot, window)
    assert page.duress_state.text().startswith("Not set.")
    _set_duress(qtbot, page, wipe=False)
    assert page.duress_state.text() == "Set: typing it opens an empty decoy workspace; this one stays as it is."
    window.lock()

    # The duress passphrase on the unlock screen: the decoy, empty, shown as the folder that was opened,
    # straight to the case list (no new workspace's recovery-key screen, which `unlock` would hang on)
    unlock(qtbot, window, folder, DURESS)
    decoy = window.workspace
    assert CaseService(decoy).count() == 0 and decoy.path != folder and decoy.opened_from == folder
    page = _settings(qtbot, window)
    assert _emergency_texts(page) == never_set  # nothing says a duress passphrase exists
    folder_label = page.findChildren(QLabel)
    assert str(folder) in [label.text() for label in folder_label] and str(decoy.path) not in str(
        [label.text() for label in folder_label])
    assert window.view.workspace_label.toolTip() == str(folder)
    dialog = _open_dialog(qtbot, page)
    assert not dialog.remove.isVisible()
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "Set"
    dialog.reject()
    window.lock()
    assert not decoy.path.exists()  # the decoy leaves nothing behind
    assert window.welcome.unlock_form.folder.path() == folder  # the unlock screen is back on the real folder
    assert str(decoy.path) not in window.saved_settings[-1].recent_workspaces

    # The real passphrase still opens the real records; the page says the duress passphrase is set
    unlock(qtbot, window, folder, PASSPHRASE)
    assert CaseService(window.workspace).count() == 2
    page = _settings(qtbot, window)
    assert page.duress_state.text().startswith("Set: typing it opens an empty decoy")
    dialog = _open_dialog(qtbot, page)
    assert dialog.remove.isVisible()
    qtbot.mouseClick(dialog.remove, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Type your current passphrase to remove the duress passphrase."
    qtbot.keyClicks(dialog.current, "not the passphrase at all")
    qtbot.mouseClick(dialog.remove, Qt.MouseButton.LeftButton)
    wait_for(qtbot, dialog.message.isVisible, timeout=60_000)
    wait_for(qtbot, lambda: not dialog.progress.isVisible())
    assert dialog.message.text() == "The current passphrase is wrong; nothing was changed."
    dialog.current.clear()
    qtbot.keyClicks(dialog.current, PASSPHRASE)
    qtbot.mouseClick(dialog.remove, Qt.MouseButton.LeftButton)
    wait_for(qtbot, dialog.outcome.isVisible, timeout=60_000)
    assert dialog.outcome.text() == "The duress passphrase was removed: it opens nothing now."
    assert page.duress_state.text().startswith("Not set.")
    dialog.reject()
    window.lock()
    with pytest.raises(WrongPassphrase):
        session.unlock(folder, DURESS, sleep=lambda _s: None)
    assert CaseService(Workspace.unlock(folder, PASSPHRASE)).count() == 2


def test_wipe_mode_destroys_the_real_workspace_and_the_decoy_takes_its_place(  # type: ignore[no-untyped-def]
        qtbot, window, tmp_path: Path) -> None:
    folder = tmp_path / "ws"
    _made(folder, 2)
    real_id = Workspace.unlock(folder, PASSPHRASE).keyfile.workspace_id
    window.start(folder)
    unlock(qtbot, window, folder, PASSPHRASE)
    page = _settings(qtbot, window)
    never_set = _emergency_texts(page)
    _set_duress(qtbot, page, wipe=True)
    assert page.duress_state.text() == "Set: typing it quick-deletes this workspace, then opens an empty decoy."
    window.lock()

    unlock(qtbot, window, folder, DURESS)
    decoy = window.workspace
    assert CaseService(decoy).count() == 0 and decoy.path == folder
    assert decoy.keyfile.workspace_id != real_id
    assert _emergency_texts(_settings(qtbot, window)) == never_set  # the decoy's page: not set, off
    window.lock()
    found = [p.name for p in folder.rglob("*") if p.is_file()
             for form in (CANARY.encode(), CANARY.encode("utf-16-le")) if form in p.read_bytes()]
    assert found == []  # no file holds a record of the real workspace
    with pytest.raises(WrongPassphrase):
        session.unlock(folder, PASSPHRASE, sleep=lambda _s: None)
    with session.unlock(folder, DURESS) as again:  # the duress passphrase goes on opening the decoy
        assert CaseService(again).count() == 0


def test_dialog_errors_in_the_users_words(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "ws"
    _made(folder)
    window.start(folder)
    unlock(qtbot, window, folder, PASSPHRASE)
    dialog = _open_dialog(qtbot, _settings(qtbot, window))
    before = (folder / KEY_FILE).read_bytes()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def attempt(current: str, duress: str, repeat: str) -> str:
        for edit, text in ((dialog.current, current), (dialog.duress, duress), (dialog.repeat, repeat)):
            edit.clear()
            qtbot.keyClicks(edit, text)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        wait_for(qtbot, lambda: dialog.message.isVisible() and not dialog.progress.isVisible(), timeout=60_000)
        text = dialog.message.text()
        assert current not in text and duress not in text  # never echoed
        return text

    assert attempt(PASSPHRASE, "tiny1", "tiny1") == (
        "The duress passphrase is too short: use at least 8 characters.")
    assert attempt(PASSPHRASE, DURESS, DURESS + " x") == "The two duress passphrases differ."
    assert attempt(PASSPHRASE, PASSPHRASE, PASSPHRASE) == "The duress passphrase must differ from your passphrase."
    assert attempt("wrong current one", DURESS, DURESS) == "The current passphrase is wrong; nothing was changed."
    assert (folder / KEY_FILE).read_bytes() == before  # nothing written

    # Cancel while the work runs (Argon2id, then timing a decoy): nothing changes, the dialog says so
    for edit, text in ((dialog.current, PASSPHRASE), (dialog.duress, DURESS), (dialog.repeat, DURESS)):
        edit.clear()
        qtbot.keyClicks(edit, text)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.progress.cancel_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: dialog.message.isVisible() and not dialog.progress.isVisible(), timeout=60_000)
    assert dialog.message.text() == "Cancelled: nothing was changed."
    assert (folder / KEY_FILE).read_bytes() == before and window.view.session.keys.duress_mode() == "off"
    dialog.reject()


def test_delete_after_three_failed_unlocks_set_in_the_page(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "ws"
    _made(folder, 1)
    window.start(folder)
    unlock(qtbot, window, folder, PASSPHRASE)
    page = _settings(qtbot, window)
    # the default is off: no quick delete, wrong passphrases only delay the next try
    assert page.wipe_after.value() == 0 and page.wipe_after.text() == "Off"
    assert page.wipe_after_state.text() == "In force: off. Wrong passphrases only delay the next try."
    assert page.wipe_after.maximum() == unlock_guard.CHAIN_LENGTH
    page.wipe_after.setValue(3)
    qtbot.mouseClick(page.apply_wipe_after, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: "3" in page.wipe_after_state.text())
    assert page.wipe_after_state.text() == "In force: quick delete after 3 wrong passphrases in a row."
    window.lock()
    unlock(qtbot, window, folder, PASSPHRASE)  # shown again when the page opens
    page = _settings(qtbot, window)
    assert page.wipe_after.value() == 3
    assert page.wipe_after_state.text() == "In force: quick delete after 3 wrong passphrases in a row."

    # "off" restores the default
    page.wipe_after.setValue(0)
    qtbot.mouseClick(page.apply_wipe_after, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: page.wipe_after_state.text().startswith("In force: off"))
    assert unlock_guard.read(folder).wipe_after is None
    window.lock()
    for _ in range(4):
        with pytest.raises(WrongPassphrase):
            session.unlock(folder, "a wrong passphrase", sleep=lambda _s: None)
    assert (folder / KEY_FILE).is_file()

    unlock(qtbot, window, folder, PASSPHRASE)
    page = _settings(qtbot, window)
    assert page.wipe_after.value() == 0
    page.wipe_after.setValue(3)
    qtbot.mouseClick(page.apply_wipe_after, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: "3" in page.wipe_after_state.text())
    window.lock()
    for attempt in range(3):
        assert (folder / KEY_FILE).is_file(), attempt
        with pytest.raises(WrongPassphrase):
            session.unlock(folder, "a wrong passphrase", sleep=lambda _s: None)
    assert not folder.exists() or not any(folder.iterdir())  # quick-deleted on the third
    with pytest.raises(Exception):  # noqa: B017 - the passphrase opens nothing now
        session.unlock(folder, PASSPHRASE, sleep=lambda _s: None)


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_emergency_part_and_dialog_fit_at_1024x768(qtbot, window, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                    language: str) -> None:
    folder = tmp_path / "ws"
    _made(folder, duress_wipe=True)  # the fullest state: the longest status, "Remove" shown
    window.setMinimumSize(0, 0)
    window.resize(1024, 768)
    window.start(folder)
    unlock(qtbot, window, folder, PASSPHRASE)
    if language != "en":
        window.view.show_page("settings").language.chosen.emit(language)  # as picked in Settings
        wait_for(qtbot, lambda: window.view.show_page("settings").findChild(QGroupBox, "emergency").title()
                 != "Emergency")
    page = _settings(qtbot, window)
    box = page.findChild(QGroupBox, "emergency")
    page.findChild(QScrollArea).ensureWidgetVisible(box, 0, 0)
    qtbot.wait(100)
    assert clipped(box) == []
    dialog = _open_dialog(qtbot, page)
    assert dialog.remove.isVisible()
    qtbot.waitExposed(dialog)
    qtbot.wait(100)
    problems = clipped(dialog)
    if shots := os.environ.get("FIELDCASE_SHOTS"):
        dialog.grab().save(os.path.join(shots, f"duress-dialog-{language}.png"))
    assert problems == []
    if language == "ar":
        assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    if shots := os.environ.get("FIELDCASE_SHOTS"):
        window.grab().save(os.path.join(shots, f"emergency-settings-{language}.png"))
        dialog.grab().save(os.path.join(shots, f"duress-dialog-{language}.png"))
    dialog.reject()


def test_quick_delete_from_a_keep_mode_decoy_destroys_the_folder_it_shows(qtbot, window,  # type: ignore[no-untyped-def]
                                                                          tmp_path: Path) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

    folder = tmp_path / "ws"
    _made(folder, 1, duress_wipe=False)
    window.start(folder)
    unlock(qtbot, window, folder, DURESS)
    decoy = window.workspace.path
    assert decoy != folder
    window.quick_delete()

    def confirm() -> QMessageBox | None:
        return next((w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)
                     and w.objectName() == "quickDeleteConfirm" and w.isVisible()), None)

    wait_for(qtbot, lambda: confirm() is not None)
    box = confirm()
    assert box is not None and str(folder) in box.text() and str(decoy) not in box.text()
    box.findChild(QPushButton, "quickDeleteButton").click()
    wait_for(qtbot, lambda: not folder.exists(), timeout=15_000)
    assert not decoy.exists()
