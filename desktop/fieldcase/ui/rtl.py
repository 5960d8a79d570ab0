"""Right-to-left helpers: what Qt's own calls get wrong when the layout is mirrored.

QTableView.selectRow() finds the row's first column at the viewport's leading edge; mirrored, it asks
for the column at x = viewport width, one pixel past the last, gets none, and selects nothing (seen
in Qt 6 with an Arabic interface: the added row, the first revision, the chosen target stayed
unselected). Selecting through the selection model does not depend on geometry.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView


def select_row(view: QAbstractItemView, row: int) -> None:
    """Select `row` whole and make it current, in either layout direction."""
    model, selection = view.model(), view.selectionModel()
    if model is None or selection is None or not 0 <= row < model.rowCount():
        return
    index = model.index(row, 0)
    flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    selection.setCurrentIndex(index, flags)
    view.scrollTo(index)
