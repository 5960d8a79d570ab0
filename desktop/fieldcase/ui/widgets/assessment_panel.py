"""Beside the risk board: one cell's computed signal, the officer's level and rationale (edited in
place), the records behind the cell, and the action points for the risk area."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.records import CaseSummary
from ..models.risk_grid import GridCell, month_label
from ..rtl import isolate
from ..signal_reasons import reasons_text
from ..text import safe_line
from .parts import plain_label


class AssessmentPanel(QWidget):
    save_requested = Signal(object, str, str, str)  # GridCell, level, trend, rationale
    record_opened = Signal(str)
    add_action_requested = Signal(object)  # GridCell

    def __init__(self, levels: Sequence[tuple[str, str]], trends: Sequence[tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cell: GridCell | None = None
        self._levels, self._trends = dict(levels), dict(trends)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.title = plain_label(self.tr("Select a cell of the grid"), self, "sectionTitle")
        layout.addWidget(self.title)
        self.computed = plain_label("", self, "hint")
        layout.addWidget(self.computed)

        box = QGroupBox(self.tr("Officer's assessment"), self)
        form = QFormLayout(box)
        self.level = QComboBox(box)
        self.level.setObjectName("officerLevel")
        self.level.setPlaceholderText(self.tr("No data: choose a level"))  # shown on a month with no records
        for value, label in levels:
            self.level.addItem(label, value)
        self.trend = QComboBox(box)
        self.trend.setObjectName("officerTrend")
        self.trend.setPlaceholderText(self.tr("Choose a trend"))
        for value, label in trends:
            self.trend.addItem(label, value)
        self.rationale = QPlainTextEdit(box)
        self.rationale.setObjectName("officerRationale")
        self.rationale.setPlaceholderText(self.tr("Why this level: a sentence or two (required)"))
        self.rationale.setTabChangesFocus(True)
        self.rationale.setFixedHeight(84)
        for combo in (self.level, self.trend):  # a long placeholder (French, Spanish) must not widen the panel:
            combo.setMinimumWidth(120)  # an explicit minimum overrides the hint the placeholder makes
        form.addRow(self.tr("Level"), self.level)
        form.addRow(self.tr("Trend"), self.trend)
        form.addRow(self.tr("Rationale"), self.rationale)
        self.state = plain_label("", box, "hint")
        form.addRow("", self.state)
        self.message = plain_label("", box, "fieldError")
        self.message.hide()
        form.addRow("", self.message)
        self.save_button = QPushButton(self.tr("Save assessment"), box)
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self._save)
        form.addRow("", self.save_button)
        layout.addWidget(box)

        records_box = QGroupBox(self.tr("Records in this cell"), self)
        records_layout = QVBoxLayout(records_box)
        self.records = QListWidget(records_box)
        self.records.setObjectName("cellRecords")
        self.records.setMinimumHeight(120)
        self.records.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # "date  title": starts visible, mirrored too
        self.records.itemActivated.connect(self._open_record)
        self.records.itemDoubleClicked.connect(self._open_record)
        records_layout.addWidget(self.records)
        layout.addWidget(records_box, 1)

        actions_box = QGroupBox(self.tr("Action points for this risk area"), self)
        actions_layout = QVBoxLayout(actions_box)
        self.action_list = QListWidget(actions_box)
        self.action_list.setObjectName("actionPoints")
        self.action_list.setMinimumHeight(80)
        actions_layout.addWidget(self.action_list)
        row = QHBoxLayout()
        self.add_action = QPushButton(self.tr("Add action point…"), actions_box)
        self.add_action.clicked.connect(lambda: self._cell and self.add_action_requested.emit(self._cell))
        row.addWidget(self.add_action)
        row.addStretch(1)
        actions_layout.addLayout(row)
        layout.addWidget(actions_box, 1)
        self.setEnabled(False)

    @property
    def cell(self) -> GridCell | None:
        return self._cell

    def show_cell(self, cell: GridCell, area_label: str, region_label: str) -> None:
        self._cell = cell
        self.setEnabled(True)
        self.title.setText(f"{area_label} — {month_label(cell.month)} ({region_label})")
        if cell.no_data:
            computed = self.tr("No data: no records for this area in the month, so nothing is suggested. An empty "
                               "month is not evidence of low risk; set a level only from what you know outside "
                               "the records.")
        else:
            computed = self.tr("Computed from %n record(s) (%2 verified): suggests %3, %4 (score %5).", "",
                               cell.count).replace("%2", str(cell.verified)).replace(
                "%3", self._levels.get(cell.level, cell.level)).replace(
                "%4", self._trends.get(cell.trend, cell.trend)).replace("%5", str(cell.score))
        if cell.reasons:
            computed += "\n" + "\n".join("• " + isolate(reason) for reason in reasons_text(cell.reasons))
        self.computed.setText(computed)
        # no data and no setting: nothing chosen (the placeholder shows), never "Low" by default
        floor = -1 if cell.no_data else 0
        self.level.setCurrentIndex(max(floor, self.level.findData(cell.officer_level or cell.level)))
        self.trend.setCurrentIndex(max(floor, self.trend.findData(cell.officer_trend or cell.trend)))
        self.rationale.setPlainText(cell.rationale)
        states = {"computed": self.tr("Not assessed yet: the suggestion is shown."),
                  "confirmed": self.tr("Assessed: agrees with the suggestion."),
                  "override": self.tr("Assessed: overrides the suggestion (kept in the audit log).")}
        if cell.no_data:
            states = {"computed": self.tr("Not assessed yet: no data."),
                      "override": self.tr("Assessed from outside the records (no data in the month; kept in the "
                                          "audit log).")}
        state = states.get(cell.status, "")
        if cell.stale:
            state += " " + self.tr("Records changed since it was set: review it.")
        self.state.setText(state)
        self.message.hide()
        self.records.clear()
        self.action_list.clear()

    def show_records(self, rows: Sequence[CaseSummary], total: int) -> None:
        self.records.clear()
        for row in rows:
            item = QListWidgetItem(f"{row.date_text}  {safe_line(row.title, 140)}", self.records)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setToolTip(safe_line(row.title, 600))
        if total > len(rows):
            more = QListWidgetItem(self.tr("… and %1 more (filter the case list to see them all)")
                                   .replace("%1", str(total - len(rows))), self.records)
            more.setFlags(Qt.ItemFlag.NoItemFlags)

    def show_actions(self, actions: Sequence[Any], area_labels: Callable[[str], str]) -> None:
        del area_labels
        self.action_list.clear()
        for action in actions:
            due = f" · {action.due}" if action.due else ""
            text = f"{safe_line(action.title, 120)} — {safe_line(action.owner, 60)} ({action.status}){due}"
            QListWidgetItem(text, self.action_list)
        if not actions:
            item = QListWidgetItem(self.tr("None yet."), self.action_list)
            item.setFlags(Qt.ItemFlag.NoItemFlags)

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.save_button.setEnabled(True)

    def _save(self) -> None:
        if self._cell is None:
            return
        rationale = self.rationale.toPlainText().strip()
        if self.level.currentData() is None or self.trend.currentData() is None:
            self.show_error(self.tr("Choose a level and a trend."))
            return
        if not rationale:
            self.show_error(self.tr("A rationale is required: say in a sentence or two why."))
            return
        self.message.hide()
        self.save_button.setEnabled(False)
        self.save_requested.emit(self._cell, self.level.currentData(), self.trend.currentData(), rationale)

    def saved(self) -> None:
        self.save_button.setEnabled(True)

    def _open_record(self, item: QListWidgetItem) -> None:
        record_id = item.data(Qt.ItemDataRole.UserRole)
        if record_id:
            self.record_opened.emit(record_id)
