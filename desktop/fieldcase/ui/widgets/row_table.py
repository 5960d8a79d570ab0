"""A short list of sub-records (people, sources, deaths) with Add / Edit / Remove.

Rows are JSON dicts; each is edited in a FormDialog built from the same FieldSpecs. The table is a
plain QTableWidget: these lists hold a handful of rows, never thousands.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..dialogs.form_dialog import FormDialog
from ..text import safe_line
from .fields import FieldSpec

Column = tuple[str, Callable[[dict[str, Any]], str]]
MAX_COLUMN_WIDTH = 240


class RowTable(QWidget):
    changed = Signal()

    def __init__(self, noun: str, columns: Sequence[Column], specs: Sequence[FieldSpec], parent: QWidget,
                 *, new_row: Callable[[], dict[str, Any]] = dict, intro: str = "",
                 copy_sensitive: Callable[[str], None] | None = None) -> None:
        super().__init__(parent)
        self._noun, self._columns, self._specs = noun, list(columns), list(specs)
        self._new_row, self._intro, self._copy = new_row, intro, copy_sensitive
        self.rows: list[dict[str, Any]] = []
        self._dialog: FormDialog | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
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

        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add…"), self)
        self.add_button.setObjectName("add_" + noun.lower().replace(" ", "_"))
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        self.extra_buttons = buttons
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self._update_buttons()

    # -- data --------------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[dict[str, Any]]) -> None:
        self.rows = [dict(r) for r in rows]
        self._refresh()

    def _refresh(self) -> None:
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            for c, (_title, fn) in enumerate(self._columns):
                item = QTableWidgetItem(safe_line(fn(row), 120))
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        for column in range(self.table.columnCount() - 1):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), MAX_COLUMN_WIDTH))
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
            self._refresh()
            self.changed.emit()

    def _open(self, index: int | None, value: dict[str, Any]) -> None:
        title = self.tr("Add: %1").replace("%1", self._noun) if index is None else \
            self.tr("Edit: %1").replace("%1", self._noun)
        dialog = FormDialog(title, self._specs, value, self.window(), intro=self._intro,
                            copy_sensitive=self._copy)
        dialog.setObjectName("rowDialog")
        self._dialog = dialog

        def done() -> None:
            if index is None:
                self.rows.append(dialog.value())
                target = len(self.rows) - 1
            else:
                self.rows[index] = dialog.value()
                target = index
            self._refresh()
            self.table.selectRow(target)
            self.changed.emit()

        dialog.accepted.connect(done)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    @property
    def dialog(self) -> FormDialog | None:
        """The row dialog last opened (tests drive it)."""
        return self._dialog
