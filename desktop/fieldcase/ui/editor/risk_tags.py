"""Risk tags: a framework category (CCA risk area, atrocity risk factor or indicator) and the rationale."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..text import safe_line
from ..vocab import Vocabulary
from ..widgets.choice_list import chosen_value, searchable_combo
from ..widgets.parts import button_row, error_label


class RiskTagsEditor(QWidget):
    changed = Signal()

    def __init__(self, vocab: Vocabulary, parent: QWidget) -> None:
        super().__init__(parent)
        self._vocab = vocab
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.category = searchable_combo(vocab.risk_tags, self, self.tr("Risk area or indicator — type to search"))
        self.category.setObjectName("riskTagCategory")
        self.rationale = QLineEdit(self)
        self.rationale.setObjectName("riskTagRationale")
        self.rationale.setPlaceholderText(self.tr("Why: the rationale for this tag"))
        self.rationale.setMaxLength(1000)
        self.rationale.returnPressed.connect(self.add_from_inputs)
        self.add_button = QPushButton(self.tr("Add tag"), self)
        self.add_button.setObjectName("addRiskTag")
        self.add_button.clicked.connect(self.add_from_inputs)
        row.addWidget(self.category, 3)
        row.addWidget(self.rationale, 3)
        row.addWidget(self.add_button)
        layout.addLayout(row)

        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("riskTags")
        self.table.setHorizontalHeaderLabels([self.tr("Tag"), self.tr("Rationale (double-click to edit)")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 400)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setMinimumHeight(140)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        layout.addWidget(self.table, 1)

        self.error = error_label(self)
        layout.addWidget(self.error)
        remove = QPushButton(self.tr("Remove tag"), self)
        remove.clicked.connect(self._remove)
        layout.addLayout(button_row(remove))

    def values(self) -> list[dict[str, Any]]:
        out = []
        for row in range(self.table.rowCount()):
            category_item, rationale_item = self.table.item(row, 0), self.table.item(row, 1)
            assert category_item is not None and rationale_item is not None  # every row gets both cells
            category = category_item.data(Qt.ItemDataRole.UserRole)
            rationale = (rationale_item.text() or "").strip()
            out.append({"category": category, "rationale": rationale} if rationale else {"category": category})
        return out

    def set_values(self, tags: Sequence[dict[str, Any]]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for tag in tags:
            self._append(tag["category"], tag.get("rationale", ""))
        self.table.blockSignals(False)

    def _append(self, category: str, rationale: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        label = QTableWidgetItem(safe_line(self._vocab.label(category), 200))
        label.setData(Qt.ItemDataRole.UserRole, category)
        label.setToolTip(category)
        label.setFlags(label.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.table.setItem(row, 0, label)
        self.table.setItem(row, 1, QTableWidgetItem(rationale))

    def add(self, category: str, rationale: str = "") -> None:
        self._append(category, rationale.strip())
        self.changed.emit()

    def add_from_inputs(self) -> None:
        category = chosen_value(self.category)
        if category is None:
            self.set_errors([self.tr("Choose a risk area or indicator from the list.")])
            return
        self.set_errors([])
        self.add(category, self.rationale.text())
        self.category.setCurrentIndex(-1)
        self.category.clearEditText()
        self.rationale.clear()

    def _remove(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def set_errors(self, messages: Sequence[str]) -> None:
        self.error.setText("\n".join(messages))
        self.error.setVisible(bool(messages))
