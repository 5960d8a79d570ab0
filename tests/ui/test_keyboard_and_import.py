"""Keyboard navigation through the main window, and an import with progress, cancel and readable errors."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from .conftest import settled, wait_for


def test_keyboard_navigation(qtbot, unlocked_demo) -> None:  # type: ignore[no-untyped-def]
    win = unlocked_demo
    view = win.view
    cases = view.cases
    # Ctrl+F to the search box, type, Tab out, then Enter on a row opens its editor
    qtbot.keyClick(cases.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert cases.filters.search.hasFocus() or QApplication.focusWidget() is cases.filters.search
    qtbot.keyClicks(cases.filters.search, "stadium")
    cases.filters.flush()
    wait_for(qtbot, lambda: settled(cases.model) and cases.model.summary(0) is not None)
    cases.table.setFocus()
    cases.table.setCurrentIndex(cases.model.index(0, 2))
    qtbot.keyClick(cases.table, Qt.Key.Key_Return)
    record_id = cases.model.summary(0).id
    wait_for(qtbot, lambda: record_id in view.editors.editors)
    editor = view.editors.editors[record_id]
    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # Esc closes an editor with nothing changed
    wait_for(qtbot, lambda: record_id not in view.editors.editors)
    # Ctrl+N: a new incident; Ctrl+1..5: the pages (window shortcuts: the main window must be active again)
    win.activateWindow()
    wait_for(qtbot, lambda: QApplication.activeWindow() is win)
    qtbot.keyClick(cases.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(view.editors.editors) == 1
    next(iter(view.editors.editors.values())).force_close()
    win.activateWindow()
    wait_for(qtbot, lambda: QApplication.activeWindow() is win)
    for number, name in ((2, "riskBoardPage"), (3, "indicatorsPage"), (4, "syncPage"), (5, "settingsPage"),
                         (1, "casesPage")):
        qtbot.keyClick(view.pages.currentWidget(), Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert view.pages.currentWidget().objectName() == name
        assert view.nav.currentRow() == number - 1


def _record(i: int) -> dict:  # type: ignore[type-arg]
    return {"kind": "incident", "title": f"Imported test incident {i:03d}", "date": "2026-10-05",
            "location": {"country": "XTV", "adm1_pcode": "XT02", "adm1_name": "Vardenne"},
            "verification": "vs.reported"}


def test_import_with_progress_and_readable_rejection(qtbot, unlocked_demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    win = unlocked_demo
    cases = win.view.cases
    before = cases.model.total
    good = tmp_path / "records.json"
    good.write_text(json.dumps([_record(i) for i in range(25)]), encoding="utf-8")
    cases.import_file(good)
    # the progress is in the page (text, bar, Cancel), not a window of its own; one import at a time
    assert cases.progress.isVisible() and cases.progress.window() is win
    assert cases.progress.text.text() == "Importing records.json…" and cases.progress.cancel_button.isVisible()
    assert not cases.import_button.isEnabled()
    assert not [w for w in QApplication.topLevelWidgets() if w.objectName() == "taskProgress"]
    wait_for(qtbot, lambda: any(isinstance(w, QMessageBox) and w.isVisible() and "Imported 25" in w.text()
                                for w in QApplication.topLevelWidgets()))
    assert not cases.progress.isVisible() and cases.import_button.isEnabled()
    wait_for(qtbot, lambda: settled(cases.model) and cases.model.total == before + 25)
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QMessageBox):
            w.close()

    bad = tmp_path / "bad.json"
    rows = [_record(1), {**_record(2), "date": "2026-13-40"}, {"kind": "incident"}]
    bad.write_text("[\n" + ",\n".join(json.dumps(r) for r in rows) + "\n]\n")  # record n on line n + 1
    cases.import_file(bad)
    wait_for(qtbot, lambda: any(isinstance(w, QMessageBox) and w.isVisible() and "nothing was imported" in w.text()
                                for w in QApplication.topLevelWidgets()))
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    assert "line 3: Date" in box.text() and "line 4: Title: is required" in box.text()  # by line and label
    assert "Traceback" not in box.text()
    box.close()
    assert cases._service.count() == before + 25  # all or nothing
