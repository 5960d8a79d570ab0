"""The case list's filters: search as you type (debounced), type, period, region, risk area,
violation type, verification. Emits a `CaseFilter` (domain/records.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ...domain.records import CaseFilter
from ..vocab import Choice, Vocabulary
from .choice_list import chosen_value, searchable_combo

DEBOUNCE_MS = 250
PERIODS = ("all", "30d", "3m", "12m", "year", "custom")


def period_range(period: str, today: dt.date) -> tuple[dt.date | None, dt.date | None]:
    if period == "30d":
        return today - dt.timedelta(days=30), today
    if period == "3m":
        return today - dt.timedelta(days=91), today
    if period == "12m":
        return today - dt.timedelta(days=365), today
    if period == "year":
        return dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)
    return None, None


def combo(parent: QWidget, any_label: str, choices: Sequence[Choice], name: str) -> QComboBox:
    box = QComboBox(parent)
    box.setObjectName(name)
    box.addItem(any_label, None)
    for value, label in choices:
        box.addItem(label, value)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(8)  # holds at 1024 px; the full name is in the list and the tooltip
    return box


class FilterBar(QWidget):
    changed = Signal(object)  # CaseFilter

    def __init__(self, vocab: Vocabulary, kinds: Sequence[Choice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vocab = vocab
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._emit)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(8)

        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search titles, narratives, places, P-codes, pseudonyms (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        self.kind = combo(self, self.tr("All types"), kinds, "kindFilter")
        self.period = combo(self, self.tr("Any time"), (
            ("30d", self.tr("Last 30 days")), ("3m", self.tr("Last 3 months")), ("12m", self.tr("Last 12 months")),
            ("year", self.tr("This year")), ("custom", self.tr("Between dates…"))), "periodFilter")
        self.date_from = QDateEdit(self)
        self.date_to = QDateEdit(self)
        today = QDate.currentDate()
        for edit, value in ((self.date_from, today.addMonths(-3)), (self.date_to, today)):
            edit.setCalendarPopup(True)
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # before the format: mirrored, it is reversed
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(value)
            edit.dateChanged.connect(lambda _d: self._timer.start())
            edit.hide()
        self.region = combo(self, self.tr("All regions"), (), "regionFilter")
        self.risk_area = combo(self, self.tr("All risk areas"), vocab.risk_areas, "riskAreaFilter")
        self.violation = searchable_combo((), self, self.tr("Any violation type"))
        self.violation.setObjectName("violationFilter")
        self.violation.setMinimumContentsLength(9)
        self.verification = combo(self, self.tr("Any verification"), vocab.verification, "verificationFilter")
        self.verification.setMinimumContentsLength(10)  # with the French navigation, 1024 px holds the row
        self.clear_button = QPushButton(self.tr("Clear filters"), self)
        self.clear_button.clicked.connect(self.clear)

        for box in (self.kind, self.period, self.region, self.risk_area, self.verification):
            box.currentIndexChanged.connect(lambda _i: self._timer.start())
        self.period.currentIndexChanged.connect(self._period_changed)
        self.violation.currentIndexChanged.connect(lambda _i: self._timer.start())
        violation_edit = self.violation.lineEdit()
        assert violation_edit is not None  # the violation box is a searchable (editable) combo box
        violation_edit.editingFinished.connect(self._timer.start)

        grid.addWidget(self.search, 0, 0, 1, 3)
        grid.addWidget(self.kind, 0, 3)
        dates = QHBoxLayout()
        dates.setSpacing(6)
        dates.addWidget(self.period, 1)
        dates.addWidget(self.date_from)
        self._dash = QLabel("–", self)
        self._dash.hide()
        dates.addWidget(self._dash)
        dates.addWidget(self.date_to)
        grid.addLayout(dates, 0, 4, 1, 2)
        grid.addWidget(self.region, 1, 0)
        grid.addWidget(self.risk_area, 1, 1)
        grid.addWidget(self.violation, 1, 2)
        grid.addWidget(self.verification, 1, 3)
        grid.addWidget(self.clear_button, 1, 5, Qt.AlignmentFlag.AlignTrailing)
        for col, stretch in enumerate((3, 2, 2, 2, 2, 1)):
            grid.setColumnStretch(col, stretch)

    def set_facets(self, regions: Sequence[tuple[str, str]], violation_types: Sequence[str]) -> None:
        current = self.region.currentData()
        self.region.blockSignals(True)
        while self.region.count() > 1:
            self.region.removeItem(1)
        for pcode, name in regions:
            self.region.addItem(f"{name} ({pcode})", pcode)
        self.region.setCurrentIndex(max(0, self.region.findData(current)))
        self.region.blockSignals(False)
        self.violation.blockSignals(True)
        self.violation.clear()
        for value in violation_types:
            self.violation.addItem(self._vocab.label(value), value)
        self.violation.setCurrentIndex(-1)
        self.violation.blockSignals(False)

    def _period_changed(self) -> None:
        custom = self.period.currentData() == "custom"
        for widget in (self.date_from, self.date_to, self._dash):
            widget.setVisible(custom)

    def current(self, today: dt.date | None = None) -> CaseFilter:
        period = self.period.currentData()
        date_from: dt.date | None
        date_to: dt.date | None
        if period == "custom":
            start, end = self.date_from.date().toPython(), self.date_to.date().toPython()
            assert isinstance(start, dt.date) and isinstance(end, dt.date)  # QDate.toPython() is typed as object
            date_from, date_to = min(start, end), max(start, end)
        else:
            date_from, date_to = period_range(period or "all", today or dt.date.today())
        return CaseFilter(search=self.search.text().strip() or None, kind=self.kind.currentData(),
                          date_from=date_from, date_to=date_to, adm1_pcode=self.region.currentData(),
                          risk_area=self.risk_area.currentData(), violation_type=chosen_value(self.violation),
                          verification=self.verification.currentData())

    def is_filtered(self) -> bool:
        return self.current() != CaseFilter()

    def clear(self) -> None:
        for widget in (self.kind, self.period, self.region, self.risk_area, self.verification):
            widget.blockSignals(True)
            widget.setCurrentIndex(0)
            widget.blockSignals(False)
        self._period_changed()
        self.violation.setCurrentIndex(-1)
        self.violation.clearEditText()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._emit()

    def _emit(self) -> None:
        self._timer.stop()
        self.changed.emit(self.current())

    def flush(self) -> None:
        """Apply a pending (debounced) change now."""
        if self._timer.isActive():
            self._emit()
