"""Locking, idle time, and errors shown as readable messages (never tracebacks) through the runner."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton

from fieldcase.errors import Cancelled, FieldcaseError
from fieldcase.tasks import FunctionTask, IsCancelled, Progress, call
from fieldcase.ui.runner import TaskError, TaskRunner
from fieldcase.ui.security import IdleWatcher

from .conftest import wait_for


def _boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_unexpected_error_shows_a_generic_message_without_details(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    owner = QObject()

    def boom() -> None:
        raise RuntimeError("Name of witness W-031: Ilse Varga; Traceback follows")

    runner.run(call(boom), owner=owner)
    wait_for(qtbot, _boxes)
    box = _boxes()[0]
    assert "Ilse Varga" not in box.text() and "Traceback" not in box.text() and "RuntimeError" not in box.text()
    assert "not completed" in box.text()
    assert box.textFormat() == Qt.TextFormat.PlainText
    box.close()

    errors: list[TaskError] = []
    runner.run(call(_raise, FieldcaseError("The disk is full: nothing was changed.")), owner=owner,
               on_error=errors.append)
    wait_for(qtbot, lambda: errors)
    assert errors[0].message == "The disk is full: nothing was changed." and errors[0].code == "error"


def _raise(exc: BaseException) -> None:
    raise exc


def test_progress_dialog_with_cancel(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    owner = QObject()
    cancelled: list[bool] = []
    seen: list[int] = []

    def slow(progress: Progress, is_cancelled: IsCancelled) -> int:
        for step in range(400):
            if is_cancelled():
                raise Cancelled()
            progress(step, 400)
            seen.append(step)
            time.sleep(0.01)
        return 400

    runner.run(FunctionTask(slow), owner=owner, title="Importing…", on_cancelled=lambda: cancelled.append(True),
               on_done=lambda _r: cancelled.append(False))
    wait_for(qtbot, lambda: any(isinstance(w, QProgressDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()))
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible())
    wait_for(qtbot, lambda: dialog.value() > 0)
    assert dialog.maximum() == 400
    qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)  # its Cancel button
    wait_for(qtbot, lambda: cancelled)
    assert cancelled == [True] and len(seen) < 400
    assert runner.wait(5_000)
    assert not _boxes()  # a cancellation is not an error


def test_results_after_a_reset_are_dropped(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    owner = QObject()
    got: list[object] = []
    runner.run(call(time.sleep, 0.2), owner=owner, on_done=got.append)
    runner.cancel_all()  # what a lock does: whatever was computed for the unlocked workspace is not shown
    assert runner.wait(5_000)
    qtbot.wait(100)
    assert got == []


def test_idle_watcher_counts_keys_and_clicks_as_activity(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLineEdit

    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    watcher = IdleWatcher(400)
    fired: list[bool] = []
    watcher.idle.connect(lambda: fired.append(True))
    watcher.start()
    for _ in range(6):  # typing for ~0.6 s keeps it awake
        qtbot.keyClicks(edit, "a")
        qtbot.wait(100)
    assert not fired
    wait_for(qtbot, lambda: fired, timeout=2_000)
    assert fired == [True]  # once, then it stops until started again


def test_lock_shortcut_closes_dialogs_and_editors(qtbot, unlocked_demo) -> None:  # type: ignore[no-untyped-def]
    win = unlocked_demo
    workspace = win.workspace
    editor = win.view.editors.new_record("incident")
    qtbot.keyClicks(editor.what.field("title").editor, "Never saved, kept as draft")
    win.view.cases.show_drafts()
    win.view.show_page("settings")._new_recovery_key()  # a question box is open too
    assert _boxes()
    qtbot.keyClick(editor, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # from the editor window
    assert win.is_locked and workspace.is_locked
    qtbot.wait(50)
    assert not _boxes()
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not win] == []
    assert win.welcome.unlock_form.passphrase.text() == ""
    # the unsaved new record survived as an encrypted draft
    from fieldcase.services.demo import DEMO_PASSPHRASE
    from fieldcase.workspace import Workspace

    with Workspace.unlock(workspace.path, DEMO_PASSPHRASE) as again:
        from fieldcase.services.records import CaseService

        drafts = CaseService(again).drafts()
    assert [d["payload"]["record"]["title"] for d in drafts] == ["Never saved, kept as draft"]
    assert drafts[0]["record_id"] is None
