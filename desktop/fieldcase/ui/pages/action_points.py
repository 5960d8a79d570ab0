"""Action points: every recommended action in one list, filtered by status, risk area, overdue or words,
with the status changed in place. It reads and writes through the analysis service's action API only."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...tasks import call
from ..runner import TaskError, TaskRunner
from ..text import safe_line
from ..widgets.flip_box import FlipBox
from ..widgets.inline_progress import InlineProgress

if TYPE_CHECKING:
    from ...analysis.actions import ActionPoint
    from ...services.analysis import AnalysisService


class ActionPointsPage(QWidget):
    def __init__(self, service: AnalysisService, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionPointsPage")
        self._service, self._runner = service, runner
        self._all: list[ActionPoint] = []
        self.shown: list[ActionPoint] = []
        self._areas: dict[str, str] = {}
        self._statuses = {"open": self.tr("Open"), "in_progress": self.tr("In progress"), "done": self.tr("Done"),
                          "dropped": self.tr("Dropped")}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.setSpacing(10)
        top = FlipBox(self)
        title = QLabel(self.tr("Action points"), self)
        title.setObjectName("pageTitle")
        top.add(title)
        self.search = QLineEdit(self)
        self.search.setObjectName("actionSearch")
        self.search.setPlaceholderText(self.tr("Words in the action, owner or description"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox(self)
        self.status.setObjectName("actionStatusFilter")
        self.status.addItem(self.tr("Open or in progress"), "active")
        self.status.addItem(self.tr("Any status"), None)
        for value, label in self._statuses.items():
            self.status.addItem(label, value)
        self.area = QComboBox(self)
        self.area.setObjectName("actionAreaFilter")
        self.area.addItem(self.tr("All risk areas"), None)
        self.overdue = QCheckBox(self.tr("Overdue only"), self)
        top.add_groups((self.search, self.status), (self.area, self.overdue))  # stacked when a translation is long
        layout.addWidget(top)
        self.count = QLabel(self)
        self.count.setObjectName("hint")
        layout.addWidget(self.count)
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("actionPoints")
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Owner"), self.tr("Due"), self.tr("Status"),
                                              self.tr("Risk areas"), self.tr("Review")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selected_changed)
        layout.addWidget(self.table, 1)
        self.details = QLabel(self)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setWordWrap(True)
        layout.addWidget(self.details)
        set_label = QLabel(self.tr("Set the status of the selected action point:"), self)
        self.set_status = QComboBox(self)
        for value, label in self._statuses.items():
            self.set_status.addItem(label, value)
        # closing a point needs its outcome (done) or the reason (dropped): the review reads them in the follow-up
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("Outcome (done) or reason (dropped)"))
        self.note.setAccessibleName(self.tr("Outcome or reason"))
        self.note.setMinimumWidth(200)
        self.note.returnPressed.connect(self._apply_status)
        self.apply = QPushButton(self.tr("Set status"), self)
        self.apply.setObjectName("primary")
        self.apply.clicked.connect(self._apply_status)
        # one row while it fits, two when a translation is long (French, Spanish at 1024 px)
        row = FlipBox(self, spacing=8)
        row.add_row(set_label, self.set_status, trailing=False)
        row.add_row(self.note, self.apply, trailing=False)
        layout.addWidget(row)
        self.progress = InlineProgress(self)
        layout.addWidget(self.progress)
        self.message = QLabel(self)
        self.message.setObjectName("inlineError")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        for signal in (self.status.currentIndexChanged, self.area.currentIndexChanged):
            signal.connect(lambda _i: self._filter())
        self.overdue.toggled.connect(lambda _on: self._filter())
        self.search.textChanged.connect(lambda _t: self._filter())
        self._selected_changed()
        self.reload()

    # -- loading -------------------------------------------------------------------------------------
    def reload(self) -> None:
        def loaded(result: tuple[list[ActionPoint], dict[str, str]]) -> None:
            self.progress.finish()
            self._all, areas = result
            if areas != self._areas:
                self._areas = areas
                current = self.area.currentData()
                self.area.blockSignals(True)
                self.area.clear()
                self.area.addItem(self.tr("All risk areas"), None)
                for value, label in sorted(areas.items(), key=lambda item: item[1]):
                    self.area.addItem(label, value)
                self.area.setCurrentIndex(max(self.area.findData(current), 0))
                self.area.blockSignals(False)
            self._filter()

        service = self._service
        job = self._runner.run(call(lambda: (service.actions(), service.risk_area_labels())), owner=self,
                               on_done=loaded, on_error=self._failed)
        self.progress.start(job, self.tr("Reading the action points…"))

    def _failed(self, error: TaskError) -> None:
        self.progress.finish()
        self.message.setText(error.message)
        self.message.show()

    def _filter(self) -> None:
        status, area = self.status.currentData(), self.area.currentData()
        words = self.search.text().strip().casefold().split()
        today = dt.date.today()
        shown = []
        for action in self._all:
            if status == "active" and action.status not in ("open", "in_progress"):
                continue
            if status not in (None, "active") and action.status != status:
                continue
            if area and area not in action.risk_areas:
                continue
            if self.overdue.isChecked() and not action.overdue(today):
                continue
            text = f"{action.title} {action.owner} {action.description}".casefold()
            if any(w not in text for w in words):
                continue
            shown.append(action)
        shown.sort(key=lambda a: (a.due or "9999", a.title))
        self.shown = shown
        self.table.setRowCount(len(shown))
        for r, action in enumerate(shown):
            overdue = action.overdue(today)
            due = (action.due or "—") + ("  " + self.tr("(overdue)") if overdue else "")
            values = (safe_line(action.title, 200), safe_line(action.owner, 80), due,
                      self._statuses.get(action.status, action.status),
                      ", ".join(self._areas.get(a, a) for a in action.risk_areas),
                      " ".join(p for p in (action.period or "", action.region or "") if p))
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                if c == 2 and overdue:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.count.setText(self.tr("Shown: %1 of %2").replace("%1", str(len(shown))).replace("%2", str(len(self._all))))
        self._selected_changed()

    def _selected(self) -> ActionPoint | None:
        rows = self.table.selectionModel().selectedRows()
        return self.shown[rows[0].row()] if rows else None

    def _selected_changed(self) -> None:
        action = self._selected()
        self.apply.setEnabled(action is not None)
        self.set_status.setEnabled(action is not None)
        self.note.setEnabled(action is not None)
        if action is None:
            self.details.setText("")
            return
        self.set_status.setCurrentIndex(max(self.set_status.findData(action.status), 0))
        self.details.setText(safe_line(action.description, 600) or self.tr("No description."))

    def _apply_status(self) -> None:
        action = self._selected()
        if action is None:
            return
        status, note = self.set_status.currentData(), self.note.text().strip()
        self.message.hide()
        service = self._service

        def done(_action: object) -> None:
            self.note.clear()
            self.reload()

        job = self._runner.run(call(lambda: service.update_action(action.action_id, status=status, note=note)),
                               owner=self, on_done=done, on_error=self._failed)
        self.progress.start(job, self.tr("Saving…"))
