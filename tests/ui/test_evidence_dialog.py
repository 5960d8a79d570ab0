"""The evidence package from the case editor: choices, progress and Cancel inside the dialog, a package
that verifies, and a cancelled export that leaves nothing behind."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt

from fieldcase.evidence.verify import verify_package
from fieldcase.store.cases import CaseFilter

from .conftest import wait_for


def _editor(qtbot, win):  # type: ignore[no-untyped-def]
    record_id = win.view.cases._service.list(CaseFilter(kind="incident"), limit=1)[0].id
    win.view.editors.open_record(record_id)
    wait_for(qtbot, lambda: record_id in win.view.editors.editors)
    editor = win.view.editors.editors[record_id]
    qtbot.waitExposed(editor)
    return editor, record_id


def _dialog(qtbot, editor):  # type: ignore[no-untyped-def]
    assert editor.evidence_button.isEnabled()
    qtbot.mouseClick(editor.evidence_button, Qt.MouseButton.LeftButton)
    dialog = editor.evidence_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_export_from_the_editor_with_progress_then_verify(qtbot, unlocked_demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    editor, record_id = _editor(qtbot, unlocked_demo)
    dialog = _dialog(qtbot, editor)
    # which case: its title inside the dialog, never in the dialog's own title bar
    assert dialog.record_title.text() == editor.what.field("title").get()
    assert dialog.record_title.text() not in dialog.windowTitle()
    assert dialog.redaction() == "standard"  # do no harm by default
    qtbot.mouseClick(dialog.strict, Qt.MouseButton.LeftButton, pos=QPoint(8, dialog.strict.height() // 2))
    assert dialog.redaction() == "strict"
    out = tmp_path / "case.zip"
    dialog.output.setText(str(out))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.progress.isVisible() and dialog.cancel_button.isVisible() and not dialog.export_button.isEnabled()
    wait_for(qtbot, lambda: dialog.exported is not None, timeout=60_000)
    assert dialog.progress.maximum() > 0 and dialog.progress.value() == dialog.progress.maximum()
    assert not dialog.progress.isVisible() and dialog.outcome.isVisible()
    assert str(out) in dialog.outcome.text() and dialog.exported.tagmanifest_sha256 in dialog.outcome.text()
    report = verify_package(out)
    assert report.ok, [(c.name, c.problems) for c in report.checks]
    assert report.first("Fieldcase-Case-Id") == record_id and report.first("Fieldcase-Redaction") == "strict"
    assert dialog.output.text() != str(out)  # the next export does not overwrite this one


def test_cancel_inside_the_dialog_writes_nothing(qtbot, unlocked_demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    editor, _record_id = _editor(qtbot, unlocked_demo)
    dialog = _dialog(qtbot, editor)
    folder = tmp_path / "out"
    folder.mkdir()
    dialog.output.setText(str(folder / "cancelled.zip"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: dialog.job is None, timeout=60_000)
    assert "Cancelled" in dialog.message.text() and dialog.exported is None
    assert dialog.export_button.isEnabled() and not dialog.cancel_button.isVisible()
    assert list(folder.iterdir()) == []  # neither the package nor its staging folder


def test_a_bad_recipient_is_explained_in_the_dialog(qtbot, unlocked_demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    editor, _record_id = _editor(qtbot, unlocked_demo)
    dialog = _dialog(qtbot, editor)
    folder = tmp_path / "out"
    folder.mkdir()
    dialog.output.setText(str(folder / "sealed.zip"))
    dialog.recipient.setText("age1notakey")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: dialog.job is None and dialog.message.isVisible(), timeout=30_000)
    assert "age public key" in dialog.message.text() and "age1notakey" not in dialog.message.text()
    assert list(folder.iterdir()) == []
