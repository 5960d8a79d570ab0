"""Changing the passphrase from Settings: the Argon2id work runs off the UI thread with its progress and
Cancel inside the dialog (never a window of its own), and the outcome is said in the dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QProgressDialog, QPushButton

from conftest import PASSPHRASE
from fieldcase.crypto import keys
from fieldcase.workspace import Workspace

from .conftest import unlock, wait_for

NEW = "a quite different passphrase for the test"


def _dialog(qtbot, window, tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "ws"
    ws, _recovery = Workspace.create(path, PASSPHRASE, "Officer A")
    ws.take_pending_recovery_key()
    ws.lock()
    window.start(path)
    unlock(qtbot, window, path, PASSPHRASE)
    settings = window.view.show_page("settings")
    button = next(b for b in settings.findChildren(QPushButton) if b.text() == "Change passphrase…")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = settings._dialog
    assert dialog.objectName() == "changePassphrase" and dialog.isVisible()
    qtbot.keyClicks(dialog.current, PASSPHRASE)
    qtbot.keyClicks(dialog.new, NEW)
    qtbot.keyClicks(dialog.repeat, NEW)
    return dialog, path


def _no_progress_window() -> bool:
    return not [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]


def test_change_shows_progress_in_the_dialog_then_the_outcome(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog, path = _dialog(qtbot, window, tmp_path)
    before = (path / "workspace.json").read_bytes()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.progress.isVisible() and dialog.progress.window() is dialog and _no_progress_window()
    assert dialog.progress.text.text() == "Changing the passphrase…" and dialog.progress.cancel_button.isVisible()
    assert not dialog.current.isEnabled() and not dialog.buttons.isEnabled()
    wait_for(qtbot, dialog.outcome.isVisible, timeout=30_000)
    assert not dialog.progress.isVisible() and not dialog.message.isVisible()
    assert dialog.outcome.text().startswith("The passphrase was changed.")
    assert not ok.isVisible() and dialog.isVisible()  # the dialog stays to say so; Close closes it
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Close"
    assert dialog.current.text() == dialog.new.text() == ""  # wiped
    assert (path / "workspace.json").read_bytes() != before
    slots = keys.open_passphrase_slots  # the new passphrase opens the key file's slots, the old one no more
    keyfile = window.workspace.keyfile
    key, _role = slots(keyfile.passphrase_slots, NEW, keyfile.workspace_id)
    assert bytes(key).hex() == window.workspace.raw_key_hex()
    dialog.reject()
    assert not dialog.isVisible()


def test_cancel_and_escape_stop_the_change_with_nothing_written(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog, path = _dialog(qtbot, window, tmp_path)
    before = (path / "workspace.json").read_bytes()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.progress.cancel_button, Qt.MouseButton.LeftButton)  # at once: Argon2id takes a while
    assert dialog.progress.text.text() == "Cancelling…"
    wait_for(qtbot, lambda: dialog.message.isVisible(), timeout=30_000)
    assert dialog.message.text() == "Cancelled: the passphrase was not changed."
    assert not dialog.progress.isVisible() and not dialog.outcome.isVisible()
    assert dialog.current.isEnabled() and ok.isEnabled() and dialog.isVisible()
    assert (path / "workspace.json").read_bytes() == before

    # Esc while the change runs cancels it too, and the dialog stays open to say so
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.progress.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    wait_for(qtbot, lambda: not dialog.progress.isVisible(), timeout=30_000)
    assert dialog.isVisible() and dialog.message.text() == "Cancelled: the passphrase was not changed."
    assert (path / "workspace.json").read_bytes() == before
