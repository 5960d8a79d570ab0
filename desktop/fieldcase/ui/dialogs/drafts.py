"""Unsaved drafts kept in the encrypted store: reopen or discard them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..rtl import select_row
from ..text import safe_line, short_time


class DraftsDialog(QDialog):
    def __init__(self, drafts: list[dict[str, Any]], kind_labels: dict[str, str], parent: QWidget,
                 open_draft: Callable[[dict[str, Any]], None], discard_draft: Callable[[str], None]) -> None:
        super().__init__(parent)
        self.setObjectName("draftsDialog")
        self.setWindowTitle(self.tr("Unsaved drafts"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(720, 400)
        self._drafts, self._open, self._discard = list(drafts), open_draft, discard_draft
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("Changes are kept here, encrypted, until they are saved as a revision or discarded."),
                      self)
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.table = QTableWidget(len(self._drafts), 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Title"), self.tr("Type"), self.tr("Last change")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, draft in enumerate(self._drafts):
            record = (draft.get("payload") or {}).get("record") or {}
            title = safe_line(record.get("title"), 120) or self.tr("(untitled)")
            if not draft.get("record_id"):
                title += " " + self.tr("(never saved)")
            values = (title, kind_labels.get(draft.get("kind") or "", ""), short_time(draft.get("updated_at")))
            for col, value in enumerate(values):
                self.table.setItem(row, col, QTableWidgetItem(value))
        self.table.setColumnWidth(0, 380)
        self.table.doubleClicked.connect(lambda _i: self._open_selected())
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        open_button = QPushButton(self.tr("Open"), self)
        open_button.setObjectName("primary")
        discard = QPushButton(self.tr("Discard"), self)
        buttons.addButton(open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(discard, QDialogButtonBox.ButtonRole.DestructiveRole)
        open_button.clicked.connect(self._open_selected)
        discard.clicked.connect(self._discard_selected)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if self._drafts:
            select_row(self.table, 0)

    def _selected(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _open_selected(self) -> None:
        row = self._selected()
        if row is not None:
            self._open(self._drafts[row])
            self.accept()

    def _discard_selected(self) -> None:
        row = self._selected()
        if row is not None:
            self._discard(self._drafts[row]["id"])
            del self._drafts[row]
            self.table.removeRow(row)
