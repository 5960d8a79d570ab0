"""The app's import of context data (issue 20): an Insecurity Insight-style workbook is previewed (mapping,
first rows, licence) before anything is written; Cancel writes nothing, Import imports it."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from make_context_fixtures import write_ii_xlsx

from .conftest import settled, wait_for


def _preview(qtbot):  # type: ignore[no-untyped-def]
    from fieldcase.ui.dialogs.context_preview import ContextPreviewDialog

    wait_for(qtbot, lambda: any(isinstance(w, ContextPreviewDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()))
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, ContextPreviewDialog) and w.isVisible())


def test_context_workbook_is_previewed_then_imported(qtbot, unlocked_demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cases = unlocked_demo.view.cases
    before = cases._service.count()
    book = write_ii_xlsx(tmp_path / "sind-health.xlsx")

    cases.import_file(book)
    dialog = _preview(qtbot)
    fills = {dialog.mapping.item(r, 0).text(): dialog.mapping.item(r, 1).text()
             for r in range(dialog.mapping.rowCount())}
    assert fills["Health Workers Killed (#affected+killed+health_workers+xq)"] == "Killed"
    assert fills["Health Workers Injured (#afected+injured)"] == "kept as source data"
    assert dialog.rows.rowCount() == 3 and dialog.rows.item(0, 2).text() == "Attack on health care: Khartoum"
    shots = os.environ.get("FIELDCASE_SCREENSHOTS")
    if shots:
        dialog.grab().save(str(Path(shots) / "context-preview.png"))
    dialog.reject()
    qtbot.wait(200)
    assert cases._service.count() == before  # Cancel: nothing written

    cases.import_file(book)
    _preview(qtbot).import_button.click()
    wait_for(qtbot, lambda: any(isinstance(w, QMessageBox) and w.isVisible() and "Imported 3" in w.text()
                                for w in QApplication.topLevelWidgets()))
    wait_for(qtbot, lambda: settled(cases.model))
    assert cases._service.count() == before + 3
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QMessageBox):
            w.close()
