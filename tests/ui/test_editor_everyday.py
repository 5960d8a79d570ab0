"""The editor's everyday aids, on the real demo workspace: the gazetteer picker, the partial-date field checked
as it is left, the unsaved marker (also after adding a person), the title bar, Ctrl+W and the F1 sheet, and
a missing location marked on its field in words."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from fieldcase.services.gazetteer import GazetteerService

from .conftest import wait_for

COD_AB = Path(__file__).parents[1] / "fixtures" / "cod_ab_xtv.csv"


def _new(qtbot, win):  # type: ignore[no-untyped-def]
    qtbot.mouseClick(win.view.cases.new_incident, Qt.MouseButton.LeftButton)
    editor = next(iter(win.view.editors.editors.values()))
    qtbot.waitExposed(editor)
    return editor


def test_gazetteer_picker_fills_names_and_pcodes(qtbot, unlocked_demo) -> None:  # type: ignore[no-untyped-def]
    win = unlocked_demo
    GazetteerService(win.workspace).import_file(COD_AB, country="XTV")
    editor = _new(qtbot, win)
    where = editor.where
    assert where.field("location.country").get() == "XTV"  # the workspace's country
    picker = editor.place_picker
    editor.tabs.setCurrentIndex(1)
    picker.setFocus()
    qtbot.keyClicks(picker, "mina")
    wait_for(qtbot, lambda: picker.labels())
    assert picker.labels() == ["Al-Mina / الميناء — district, in Saltmarsh (XT0202)"]
    popup = picker.completer_.popup()
    wait_for(qtbot, lambda: popup.isVisible())
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    wait_for(qtbot, lambda: where.field("location.adm2_pcode").get() == "XT0202")
    assert [where.field(p).get() for p in ("location.adm1_name", "location.adm1_pcode", "location.adm2_name")] == [
        "Saltmarsh", "XT02", "Al-Mina"]
    # Arabic, with the article and a hamza the officer did not type
    picker.setText("المرتفعات")  # QTest types ASCII only: as an input method would, set the text
    picker.textEdited.emit(picker.text())
    wait_for(qtbot, lambda: picker.labels() and picker.labels()[0].startswith("Northern Highlands / المرتفعات"))
    picker.choose(0)
    assert where.field("location.adm1_pcode").get() == "XT01" and where.field("location.adm2_pcode").get() is None
    editor.force_close()


def test_partial_date_is_checked_when_the_field_is_left(qtbot, unlocked_demo) -> None:  # type: ignore[no-untyped-def]
    editor = _new(qtbot, unlocked_demo)
    editor.activateWindow()
    wait_for(qtbot, lambda: editor.isActiveWindow())  # focus moves with Tab in the active window only
    editor.tabs.setCurrentIndex(1)
    date = editor.where.field("date")
    for typed, stored in (("2025", "2025"), ("2025-03", "2025-03"), ("9/3/2025", "2025-03-09")):
        date.editor.clear()
        date.editor.setFocus()
        qtbot.keyClicks(date.editor, typed)
        qtbot.keyClick(date.editor, Qt.Key.Key_Tab)  # leave the field
        assert date.editor.text() == stored and not date.error.isVisibleTo(editor), typed
    date.editor.clear()
    date.editor.setFocus()
    qtbot.keyClicks(date.editor, "2025-02-30")
    qtbot.keyClick(date.editor, Qt.Key.Key_Tab)
    assert date.error.isVisibleTo(editor)
    assert date.error.text() == "Type a year (2026), a month (2026-03) or a day (2026-03-09) that exists."
    assert date.editor.property("invalid") is True
    # the calendar gives a full day
    date.editor.open_calendar()
    calendar = date.editor.calendar
    assert calendar is not None
    wait_for(qtbot, lambda: calendar.isVisible())
    calendar.setSelectedDate(calendar.selectedDate().addDays(-3))
    calendar.clicked.emit(calendar.selectedDate())
    assert len(date.editor.text()) == 10 and not date.error.isVisibleTo(editor)
    reported = editor.where.field("reported_on")  # a full date only
    reported.editor.setText("2025-03")
    assert reported.editor.check() == "Type a day that exists, as year-month-day: 2026-03-09."
    editor.force_close()


def test_unsaved_marker_title_and_shortcuts(qtbot, unlocked_demo) -> None:  # type: ignore[no-untyped-def]
    win = unlocked_demo
    record_id = win.view.cases._service.list(limit=1)[0].id  # a demo record
    win.view.editors.open_record(record_id)
    wait_for(qtbot, lambda: record_id in win.view.editors.editors)
    editor = win.view.editors.editors[record_id]
    qtbot.waitExposed(editor)
    qtbot.wait(50)
    assert not editor.isWindowModified() and not editor.unsaved_marker.isVisibleTo(editor)
    title = editor.windowTitle()
    assert record_id[:8] in title and "Fieldcase" not in title  # Qt adds the app name once, after it
    assert editor.what.field("title").get() not in title  # record text stays out of the title bar
    # ... and inside the window, above every tab, where the officer reads it; it follows the field as typed
    recorded = editor.what.field("title").get()
    assert editor.header.text() == recorded and editor.header.isVisibleTo(editor)
    for tab in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(tab)
        assert editor.header.isVisibleTo(editor)
    editor.tabs.setCurrentIndex(0)
    editor.what.field("title").set(recorded + " (follow-up)")
    wait_for(qtbot, lambda: editor.header.text() == recorded + " (follow-up)")
    assert "follow-up" not in editor.windowTitle() and record_id[:8] in editor.windowTitle()
    editor.what.field("title").set(recorded)

    editor.tabs.setCurrentIndex(2)
    qtbot.mouseClick(editor.people.add_button, Qt.MouseButton.LeftButton)
    dialog = editor.people.dialog
    dialog.form.field("role").set("witness")
    qtbot.keyClicks(dialog.form.field("pseudonym").editor, "W-900")
    qtbot.mouseClick(dialog.findChild(QPushButton, "primary"), Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: editor.isWindowModified() and editor.unsaved_marker.isVisibleTo(editor))

    editor.activateWindow()
    wait_for(qtbot, lambda: editor.isActiveWindow())  # shortcuts act in the active window
    qtbot.keyClick(editor, Qt.Key.Key_F1)
    wait_for(qtbot, lambda: editor._sheet.isVisible())
    assert "Ctrl+W" in [w.text() for w in editor._sheet.findChildren(type(editor.unsaved_marker))]
    editor._sheet.close()
    editor.activateWindow()
    wait_for(qtbot, lambda: editor.isActiveWindow())

    qtbot.keyClick(editor, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)  # asks first: unsaved changes
    wait_for(qtbot, lambda: editor.guard is not None)
    editor.guard.button(editor.guard.StandardButton.Discard).click()
    wait_for(qtbot, lambda: record_id not in win.view.editors.editors)
    QApplication.processEvents()


def test_a_missing_location_is_marked_on_the_country_field(qtbot, unlocked_demo) -> None:  # type: ignore[no-untyped-def]
    editor = _new(qtbot, unlocked_demo)
    editor.where.field("location.country").set(None)
    editor.what.field("title").editor.setText("Market closed by armed men")
    editor.where.field("date").editor.setText("2026-01")
    editor.save()
    country = editor.where.field("location.country")
    assert country.error.isVisibleTo(editor) and country.error.text() == "Required."
    assert country.editor.property("invalid") is True
    assert "location" not in editor.general_error.text()
    editor.force_close()


def test_settings_imports_a_gazetteer_with_progress_in_the_page(qtbot, unlocked_demo) -> None:  # type: ignore[no-untyped-def]
    page = unlocked_demo.view.show_page("settings")
    box = page.places
    assert "None yet" in box.summary.text()
    box.country.setText("xtv")
    box.import_file(COD_AB)
    assert box.progress.isVisibleTo(page) and not box.import_button.isEnabled()
    wait_for(qtbot, lambda: box.import_button.isEnabled())
    assert box.summary.text() == "XTV — regions (admin 1): 3, districts (admin 2): 5"
    assert not box.progress.isVisibleTo(page)
    assert unlocked_demo.view.session.gazetteer.country() == "XTV"
    box.country.setText("X1")
    box.country.returnPressed.emit()
    wait_for(qtbot, lambda: box.message.isVisibleTo(page) and "three-letter" in box.message.text())


def test_files_dropped_on_attachments_are_attached_with_progress_in_the_page(qtbot, unlocked_demo,  # type: ignore[no-untyped-def]
                                                                            tmp_path: Path) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    win = unlocked_demo
    record_id = win.view.cases._service.list(limit=1)[0].id
    win.view.editors.open_record(record_id)
    wait_for(qtbot, lambda: record_id in win.view.editors.editors)
    editor = win.view.editors.editors[record_id]
    panel = editor.attachments
    editor.tabs.setCurrentWidget(panel)
    before = panel.table.rowCount()
    files = []
    for name in ("statement.txt", "photo-notes.txt"):
        files.append(tmp_path / name)
        files[-1].write_text("fictional field note " * 2000, encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    where = QPointF(panel.rect().center())
    enter = QDragEnterEvent(where.toPoint(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(panel, enter)
    assert enter.isAccepted()
    drop = QDropEvent(where, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(panel, drop)
    assert panel.progress.isVisibleTo(editor)  # inside the editor, no floating window
    assert not [w for w in QApplication.topLevelWidgets() if w.objectName() == "taskProgress" and w.isVisible()]
    wait_for(qtbot, lambda: panel.table.rowCount() == before + 2, timeout=30_000)
    wait_for(qtbot, lambda: not panel.progress.isVisibleTo(editor))
    names = {panel.table.item(r, 0).text() for r in range(panel.table.rowCount())}
    assert {"statement.txt", "photo-notes.txt"} <= names
    editor.force_close()
