"""The case list over the 100,000-record store: a real table model that holds only a few pages."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from conftest import PASSPHRASE
from fieldcase.store.cases import CaseFilter
from fieldcase.ui.models.case_table import MAX_PAGES, PAGE_SIZE

from .conftest import BIG_STORE_RECORDS, settled, unlock, wait_for


def _visible_rows_loaded(table, model) -> bool:  # type: ignore[no-untyped-def]
    top = table.rowAt(0)
    bottom = table.rowAt(table.viewport().height() - 1)
    bottom = model.rowCount() - 1 if bottom < 0 else bottom
    return top >= 0 and all(model.summary(r) is not None for r in (top, bottom))


def test_100k_store_never_materialises_more_than_a_few_pages(qtbot, window, big_store: Path) -> None:  # type: ignore[no-untyped-def]
    window.start(big_store)
    unlock(qtbot, window, big_store, PASSPHRASE)
    cases = window.view.cases
    model, table = cases.model, cases.table
    assert model.rowCount() == BIG_STORE_RECORDS  # the scroll bar is honest: every record counts
    assert model.materialised_rows() == PAGE_SIZE  # but only the first page is in memory
    wait_for(qtbot, lambda: window.view.count_label.text() == "100000 records")

    # scroll a little, page by page, as someone reading the list would
    for _ in range(12):
        qtbot.keyClick(table, Qt.Key.Key_PageDown)
        wait_for(qtbot, lambda: _visible_rows_loaded(table, model))
    assert table.rowAt(0) > 150
    # jump around: the end, the middle, back to the top
    qtbot.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    wait_for(qtbot, lambda: _visible_rows_loaded(table, model))
    assert model.summary(BIG_STORE_RECORDS - 1) is not None
    table.verticalScrollBar().setValue(table.verticalScrollBar().maximum() // 2)
    wait_for(qtbot, lambda: _visible_rows_loaded(table, model))
    qtbot.keyClick(table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    wait_for(qtbot, lambda: _visible_rows_loaded(table, model))

    assert model.max_materialised <= MAX_PAGES * PAGE_SIZE  # never more than a few pages, however far we went
    assert len(model.pages_held()) <= MAX_PAGES

    # sorting and searching run as queries, not over rows held in Python
    table.sortByColumn(5, Qt.SortOrder.AscendingOrder)  # severity
    wait_for(qtbot, lambda: settled(model) and model.sort_state() == ("severity", False))
    assert model.summary(0).severity == 1
    qtbot.keyClicks(cases.filters.search, "checkpoint market")
    cases.filters.flush()
    wait_for(qtbot, lambda: settled(model))
    expected = cases._service.count(CaseFilter(search="checkpoint market"))
    assert 0 < model.total == expected < BIG_STORE_RECORDS
    assert model.max_materialised <= MAX_PAGES * PAGE_SIZE
