"""A short list of sub-records (people, sources, deaths) with Add / Edit / Remove.

Rows are JSON dicts; each is edited in a FormDialog built from the same FieldSpecs. The table is a
plain QTableWidget: these lists hold a handful of rows, never thousands.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..dialogs.form_dialog import FormDialog
from ..rtl import select_row
from ..text import safe_line
from .fields import FieldSpec
from .parts import button_row, error_label

Column = tuple[str, Callable[[dict[str, Any]], str]]
MAX_COLUMN_WIDTH = 240


class RowTable(QWidget):
    changed = Signal()

    def __init__(self, noun: str, columns: Sequence[Column], specs: Sequence[FieldSpec], parent: QWidget,
                 *, new_row: Callable[[], dict[str, Any]] = dict, intro: str = "",
                 copy_sensitive: Callable[[str], None] | None = None, hint: str = "", add_label: str = "",
                 cell_chars: int = 120, column_caps: Sequence[int] = ()) -> None:
        """`intro` heads the row dialog, `hint` the table; `column_caps` bounds the first columns' widths
        (the others but the last take MAX_COLUMN_WIDTH at most)."""
        super().__init__(parent)
        self._noun, self._columns, self._specs = noun, list(columns), list(specs)
        self._new_row, self._intro, self._copy = new_row, intro, copy_sensitive
        self._cell_chars, self._column_caps = cell_chars, list(column_caps)
        self.rows: list[dict[str, Any]] = []
        self._dialog: QDialog | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if hint:
            note = QLabel(hint, self)
            note.setObjectName("hint")
            note.setWordWrap(True)
            layout.addWidget(note)
        self.table = QTableWidget(0, len(self._columns), self)
        self.table.setHorizontalHeaderLabels([title for title, _ in self._columns])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setAlternatingRowColors(True)
        self.table.setAccessibleName(noun)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)

        self.error = error_label(self)
        layout.addWidget(self.error)

        self.add_button = QPushButton(add_label or self.tr("Add…"), self)
        self.add_button.setObjectName("add_" + noun.lower().replace(" ", "_"))
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.extra_buttons = button_row(self.add_button, self.edit_button, self.remove_button)
        layout.addLayout(self.extra_buttons)
        self._update_buttons()

    # -- data --------------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[dict[str, Any]]) -> None:
        self.rows = [dict(r) for r in rows]
        self._rows_changed()

    def _rows_changed(self) -> None:
        """The rows were replaced, added to, edited or removed (a subclass may drop what it knew of them)."""
        self._refresh()

    def _refresh(self) -> None:
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            for c, (_title, fn) in enumerate(self._columns):
                item = QTableWidgetItem(safe_line(fn(row), self._cell_chars))
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        for column in range(self.table.columnCount() - 1):
            cap = self._column_caps[column] if column < len(self._column_caps) else MAX_COLUMN_WIDTH
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), cap))
        self._update_buttons()

    def selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _update_buttons(self) -> None:
        has = self.selected_row() is not None
        self.edit_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    def set_errors(self, messages: Sequence[str]) -> None:
        self.error.setText("\n".join(messages))
        self.error.setVisible(bool(messages))

    # -- editing -----------------------------------------------------------------------------------
    def add(self) -> None:
        self._open(None, self._new_row())

    def edit_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self._open(row, self.rows[row])

    def remove_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            del self.rows[row]
            self._rows_changed()
            self.changed.emit()

    def _open(self, index: int | None, value: dict[str, Any]) -> None:
        title = self.tr("Add: %1").replace("%1", self._noun) if index is None else \
            self.tr("Edit: %1").replace("%1", self._noun)
        dialog = FormDialog(title, self._specs, value, self.window(), intro=self._intro,
                            copy_sensitive=self._copy)
        dialog.setObjectName("rowDialog")
        self._show(dialog, index, dialog.value)

    def _show(self, dialog: QDialog, index: int | None, value: Callable[[], dict[str, Any]]) -> None:
        """Open the dialog for row `index` (None: a new row); once accepted, `value()` is stored there."""
        self._dialog = dialog

        def done() -> None:
            if index is None:
                self.rows.append(value())
                target = len(self.rows) - 1
            else:
                self.rows[index] = value()
                target = index
            self._rows_changed()
            select_row(self.table, target)
            self.changed.emit()

        dialog.accepted.connect(done)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    @property
    def dialog(self) -> QDialog | None:
        """The row dialog last opened (tests drive it)."""
        return self._dialog
