"""Indicators: SDG 16.10.1 (violence against journalists, trade unionists and human rights defenders,
counted in victims) and SDG 16.1.2 (conflict-related deaths), by period and region. Data:
AnalysisService.indicators, which applies the OHCHR metadata's counting rules."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...tasks import call
from ..runner import TaskError, TaskRunner
from ..vocab import Choice, Vocabulary

if TYPE_CHECKING:
    from ...services.records import CaseFacets, CaseService

Count = Sequence[tuple[str, int]]


class CountTable(QTableWidget):
    """A small two-column table: what, how many."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(0, 2, parent)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setShowGrid(False)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def show_counts(self, counts: Count, label: Any, empty: str) -> None:
        rows = [(label(key), str(value)) for key, value in counts] or [(empty, "")]
        self.setRowCount(len(rows))
        for r, (name, value) in enumerate(rows):
            self.setItem(r, 0, QTableWidgetItem(name))
            number = QTableWidgetItem(value)
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.setItem(r, 1, number)
        self.resizeRowsToContents()
        height = sum(self.rowHeight(r) for r in range(self.rowCount())) + 4
        self.setFixedHeight(max(32, height))


class IndicatorsPage(QWidget):
    def __init__(self, workspace: Any, service: CaseService, runner: TaskRunner, vocab: Vocabulary,
                 enums: dict[str, tuple[Choice, ...]], facets: CaseFacets | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from ...services.analysis import AnalysisService

        self.setObjectName("indicatorsPage")
        self.available = True
        self._analysis, self._service, self._runner, self._vocab = AnalysisService(workspace), service, runner, vocab
        self._regions = dict(facets.regions) if facets else {}
        self._enum = {key: dict(values) for key, values in enums.items()}
        self.report: Any = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.setSpacing(10)
        top = QHBoxLayout()
        title = QLabel(self.tr("Indicators"), self)
        title.setObjectName("pageTitle")
        top.addWidget(title)
        top.addStretch(1)
        self.first = QDateEdit(self)
        self.last = QDateEdit(self)
        for edit in (self.first, self.last):
            edit.setDisplayFormat("yyyy-MM")
            edit.setCalendarPopup(True)
        today = QDate.currentDate()
        self.first.setDate(QDate(today.year(), 1, 1))
        self.last.setDate(today)
        self.region = QComboBox(self)
        self.region.addItem(self.tr("Country-wide"), None)
        for pcode, name in self._regions.items():
            self.region.addItem(f"{name} ({pcode})", pcode)
        self.unverified = QCheckBox(self.tr("Include records not yet verified"), self)
        for label, widget in ((self.tr("From"), self.first), (self.tr("to"), self.last),
                              (self.tr("Region"), self.region)):
            top.addWidget(QLabel(label, self))
            top.addWidget(widget)
        top.addWidget(self.unverified)
        layout.addLayout(top)
        self.note = QLabel(self)
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget(scroll)
        columns = QHBoxLayout(body)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(16)
        self.victims_total, self.victims = self._group(
            columns, self.tr("SDG 16.10.1 — journalists, trade unionists and human rights defenders"),
            (("type", self.tr("By violation type (most serious)")), ("group", self.tr("By victim group")),
             ("sex", self.tr("By sex")), ("age", self.tr("By age group")),
             ("perpetrator", self.tr("By perpetrator status")), ("region", self.tr("By region")),
             ("excluded", self.tr("Left out, and why"))))
        self.deaths_total, self.deaths = self._group(
            columns, self.tr("SDG 16.1.2 — conflict-related deaths"),
            (("cause", self.tr("By cause")), ("sex", self.tr("By sex")), ("age", self.tr("By age group")),
             ("status", self.tr("By status")), ("region", self.tr("By region"))))
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)

        self.first.dateChanged.connect(lambda _d: self.reload())
        self.last.dateChanged.connect(lambda _d: self.reload())
        self.region.currentIndexChanged.connect(lambda _i: self.reload())
        self.unverified.toggled.connect(lambda _on: self.reload())
        self._start()

    def _group(self, columns: QHBoxLayout, title: str,
               parts: Sequence[tuple[str, str]]) -> tuple[QLabel, dict[str, CountTable]]:
        box = QGroupBox(title, self)
        grid = QGridLayout(box)
        grid.setVerticalSpacing(6)
        total = QLabel(box)
        total.setObjectName("bigNumber")
        total.setTextFormat(Qt.TextFormat.PlainText)
        grid.addWidget(total, 0, 0, 1, 2)
        tables: dict[str, CountTable] = {}
        for index, (key, heading) in enumerate(parts):
            label = QLabel(heading, box)
            label.setObjectName("sectionTitle")
            table = CountTable(box)
            row = 1 + (index // 2) * 2
            grid.addWidget(label, row, index % 2)
            grid.addWidget(table, row + 1, index % 2, Qt.AlignmentFlag.AlignTop)
            tables[key] = table
        grid.setRowStretch(grid.rowCount(), 1)
        columns.addWidget(box, 1, Qt.AlignmentFlag.AlignTop)
        return total, tables

    # -- loading -----------------------------------------------------------------------------------
    def _start(self) -> None:
        def newest(rows: list[Any]) -> None:
            text = rows[0].date_text if rows else ""
            if len(text) >= 7:
                for edit in (self.first, self.last):
                    edit.blockSignals(True)
                self.last.setDate(QDate(int(text[:4]), int(text[5:7]), 1))
                self.first.setDate(QDate(int(text[:4]), 1, 1))
                for edit in (self.first, self.last):
                    edit.blockSignals(False)
            self.reload()

        self._runner.run(call(lambda: self._service.list(limit=1)), owner=self, on_done=newest)

    def period(self) -> str:
        first, last = self.first.date(), self.last.date()
        if last < first:
            first, last = last, first
        a, b = f"{first.year():04d}-{first.month():02d}", f"{last.year():04d}-{last.month():02d}"
        return a if a == b else f"{a}..{b}"

    def reload(self) -> None:
        period, region, unverified = self.period(), self.region.currentData(), self.unverified.isChecked()
        self.note.setText(self.tr("Counting…"))
        self._runner.run(call(self._analysis.indicators, period, region, unverified), owner=self,
                         on_done=self._show, on_error=self._failed)

    def _failed(self, error: TaskError) -> None:
        self.note.setText(error.message)

    def _label(self, key: str) -> str:
        for table in ("sex", "age_group", "perpetrator_status"):
            if key in self._enum.get(table, {}):
                return self._enum[table][key]
        return self._regions.get(key) or self._vocab.label(key)

    def _show(self, report: Any) -> None:
        self.report = report
        v, d = report.sdg_16_10_1, report.sdg_16_1_2
        none = self.tr("none")
        basis = self.tr("verified records only") if v.verified_only else self.tr("including records not yet verified")
        self.note.setText(self.tr("Period %1, %2. Counting rules: OHCHR indicator metadata (a victim is counted once, "
                                  "under the most serious violation).").replace("%1", v.period.label)
                          .replace("%2", basis))
        self.victims_total.setText(self.tr("%1 victim(s)").replace("%1", str(v.total)))
        excluded = {"discounted": self.tr("record discounted"), "unverified": self.tr("not verified"),
                    "not_in_victim_group": self.tr("not a journalist, trade unionist or defender"),
                    "act_not_linked_to_work": self.tr("act not linked to their work"),
                    "perpetrator_unknown": self.tr("perpetrator unknown"),
                    "non_state_without_due_diligence": self.tr("non-State actor (no due-diligence finding)")}
        for key, counts in (("type", v.by_violation_type), ("group", v.by_victim_group), ("sex", v.by_sex),
                            ("age", v.by_age_group), ("perpetrator", v.by_perpetrator_status),
                            ("region", v.by_region)):
            self.victims[key].show_counts(counts, self._label, none)
        self.victims["excluded"].show_counts(v.excluded, lambda k: excluded.get(k, k), none)
        self.deaths_total.setText(self.tr("%1 death(s)").replace("%1", str(d.total)))
        for key, counts in (("cause", d.by_cause), ("sex", d.by_sex), ("age", d.by_age_group),
                            ("status", d.by_status), ("region", d.by_region)):
            self.deaths[key].show_counts(counts, self._label, none)
