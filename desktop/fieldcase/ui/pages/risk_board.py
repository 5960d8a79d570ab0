"""Risk board: CCA risk areas x months as a heat grid with the computed signal and the officer's level.

Clicking a cell shows why the signal says what it says, the records behind it, the officer's level,
trend and rationale (edited in place) and the action points for the area. Data: AnalysisService.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...analysis.signals import NO_DATA, NO_DATA_TREND, RULE_ID
from ...domain.records import CaseFilter
from ...tasks import call
from ..dialogs.action_point import ActionPointDialog
from ..dialogs.export_briefing import ExportBriefingDialog
from ..models.risk_grid import LEVEL_COLOURS, HeatDelegate, RiskGridModel, cells_from_reports, month_label
from ..runner import TaskError, TaskRunner
from ..vocab import Vocabulary
from ..widgets.assessment_panel import AssessmentPanel
from ..widgets.flip_box import FlipBox

if TYPE_CHECKING:
    from ...services.analysis import AnalysisService
    from ...services.briefing import BriefingService
    from ...services.records import CaseFacets, CaseService
    from ...services.rmr import RmrService
    from ..editor.manager import EditorManager
    from ..widgets.rmr_panel import RmrPanel

LEVELS = ("risk.low", "risk.medium", "risk.high", "risk.very_high")
TRENDS = ("trend.improving", "trend.stable", "trend.deteriorating")
DISCOUNTED = "vs.discounted"
CELL_RECORDS_LIMIT = 2000


def months_ending(end: str, count: int) -> list[str]:
    year, month = int(end[:4]), int(end[5:7])
    index = year * 12 + month - 1
    return [f"{i // 12:04d}-{i % 12 + 1:02d}" for i in range(index - count + 1, index + 1)]


def counted_in_month(rows: list[Any], month: str) -> list[Any]:
    """The records the signal counts for a month: dated (to the month or day) to start in it, not discounted.

    The case filter selects records overlapping the month; the signal places a record where it starts.
    """
    return [r for r in rows if len(r.date_text) >= 7 and r.date_text[:7] == month and r.verification != DISCOUNTED]


def month_bounds(month: str) -> tuple[dt.date, dt.date]:
    first = dt.date(int(month[:4]), int(month[5:7]), 1)
    following = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return first, following - dt.timedelta(days=1)


class RiskBoardPage(QWidget):
    def __init__(self, analysis: AnalysisService, briefing: Callable[[], BriefingService], service: CaseService,
                 runner: TaskRunner, vocab: Vocabulary, editors: EditorManager, facets: CaseFacets | None,
                 parent: QWidget | None = None, rmr: RmrService | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("riskBoardPage")
        self.available = True
        self._analysis = analysis
        self._briefing = briefing  # made when the export dialog first opens (it loads the PDF engine)
        self._regions = list(facets.regions) if facets else []
        self._service, self._runner, self._vocab, self._editors = service, runner, vocab, editors
        self._areas: dict[str, str] = {}
        self.loaded_months: list[str] = []
        levels = [(v, vocab.label(v)) for v in LEVELS]  # what the officer can set
        trends = [(v, vocab.label(v)) for v in TRENDS]
        no_data = self.tr("No data")  # no records in the month: not a level (analysis/signals.py)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.setSpacing(10)
        top = FlipBox(self)
        title = QLabel(self.tr("Risk board"), self)
        title.setObjectName("pageTitle")
        top.add(title)
        controls: list[QWidget] = []
        self.region = QComboBox(self)
        self.region.setObjectName("boardRegion")
        self.region.addItem(self.tr("Country-wide"), None)
        for pcode, name in (facets.regions if facets else ()):
            self.region.addItem(f"{name} ({pcode})", pcode)
            self.region.setItemData(self.region.count() - 1, f"{name} ({pcode})", Qt.ItemDataRole.ToolTipRole)
        # not as wide as the longest region: with the French or Arabic navigation the row overflowed 1024 px
        self.region.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.region.setMinimumContentsLength(16)
        self.region.view().setMinimumWidth(self.region.view().sizeHintForColumn(0) + 32)  # the list: names whole
        self.end = QDateEdit(self)
        self.end.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # before the format: a mirrored one reverses it
        self.end.setDisplayFormat("yyyy-MM")
        self.end.setCalendarPopup(True)
        self.end.setDate(QDate.currentDate())
        self.span = QSpinBox(self)
        self.span.setRange(3, 12)
        self.span.setValue(6)
        self.span.setSuffix(self.tr(" months"))
        for label, widget in ((self.tr("Region"), self.region), (self.tr("Up to"), self.end),
                              (self.tr("Show"), self.span)):
            controls += [QLabel(label, self), widget]
        self.export_button = QPushButton(self.tr("Export briefing…"), self)
        self.export_button.setObjectName("exportBriefing")
        self.export_button.setToolTip(self.tr("A signed PDF briefing of the month shown last, for headquarters"))
        self.export_button.clicked.connect(self.open_export)
        top.add_groups(controls[:4], (*controls[4:], self.export_button))  # stacked when a translation is long
        layout.addWidget(top)
        layout.addLayout(self._legend([*levels, (NO_DATA, no_data)], trends))

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.model = RiskGridModel({**dict(levels), NO_DATA: no_data}, {**dict(trends), NO_DATA_TREND: no_data}, self)
        self.grid = QTableView(splitter)
        self.grid.setObjectName("riskGrid")
        self.grid.setModel(self.model)
        self.grid.setItemDelegate(HeatDelegate(self.grid))
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setShowGrid(False)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.horizontalHeader().setMinimumSectionSize(62)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.grid.verticalHeader().setDefaultSectionSize(40)
        self.grid.verticalHeader().setFixedWidth(200)
        self.grid.setAccessibleName(self.tr("Risk areas by month"))
        self.grid.selectionModel().currentChanged.connect(self._cell_changed)
        self.panel = AssessmentPanel(levels, trends, splitter)
        self.panel.save_requested.connect(self._save)
        self.panel.record_opened.connect(editors.open_record)
        self.panel.add_action_requested.connect(self._add_action)
        scroll = QScrollArea(splitter)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.panel)
        scroll.setMinimumWidth(360)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        splitter.addWidget(self.grid)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([640, 400])
        self.rmr_panel: RmrPanel | None = None
        if rmr is not None:  # the month's written assessment for the RMR, under the grid (ui/widgets/rmr_panel.py)
            from ..widgets.rmr_panel import RmrPanel

            column = QSplitter(Qt.Orientation.Vertical, self)
            column.addWidget(splitter)
            self.rmr_panel = RmrPanel(rmr, runner, column)
            column.addWidget(self.rmr_panel)
            column.setStretchFactor(0, 3)
            column.setStretchFactor(1, 1)
            column.setSizes([520, 230])
            layout.addWidget(column, 1)
        else:
            layout.addWidget(splitter, 1)
        self.summary = QLabel(self)
        self.summary.setObjectName("hint")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self._dialog: ActionPointDialog | None = None
        self.export_dialog: ExportBriefingDialog | None = None

        self.region.currentIndexChanged.connect(lambda _i: self.reload())
        self.span.valueChanged.connect(lambda _v: self.reload())
        self.end.dateChanged.connect(lambda _d: self.reload())
        self._start()

    def _legend(self, levels: list[tuple[str, str]], trends: list[tuple[str, str]]) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(6)
        for value, label in levels:
            chip = QLabel(label, self)
            chip.setStyleSheet(f"background: {LEVEL_COLOURS[value]}; border-radius: 4px; padding: 2px 8px;")
            row.addWidget(chip, 0, Qt.AlignmentFlag.AlignVCenter)
        arrows = "   ".join(f"{a}\u00a0{label}" for a, (_v, label) in zip(("↓", "→", "↑"), trends, strict=True))
        note = QLabel(self.tr("Colour: your level where you set one, else the suggested level (no data: no "
                              "records, not low risk) · number: records · %1 · badge “S”: the suggestion where you "
                              "set a level (≠: yours differs)")
                      .replace("%1", arrows), self)
        note.setObjectName("hint")
        note.setWordWrap(True)
        row.addWidget(note, 1)
        return row

    # -- loading -----------------------------------------------------------------------------------
    def _start(self) -> None:
        """Open on the newest month that has records (the demo's story ends before today)."""
        def newest(rows: list[Any]) -> None:
            text = rows[0].date_text if rows else ""
            if len(text) >= 7:
                self.end.blockSignals(True)
                self.end.setDate(QDate(int(text[:4]), int(text[5:7]), 1))
                self.end.blockSignals(False)
            self.reload()

        self._runner.run(call(lambda: self._service.list(limit=1)), owner=self, on_done=newest)

    def current_region(self) -> str | None:
        return self.region.currentData()

    def reload(self) -> None:
        end = self.end.date()
        months = months_ending(f"{end.year():04d}-{end.month():02d}", self.span.value())
        region, analysis = self.current_region(), self._analysis

        def work() -> tuple[list[str], list[Any]]:
            return months, [analysis.assess(m, region) for m in months]

        self.summary.setText(self.tr("Computing…"))
        self._runner.run(call(work), owner=self, on_done=self._loaded, on_error=self._failed)

    def _loaded(self, result: tuple[list[str], list[Any]]) -> None:
        months, reports = result
        areas, cells = cells_from_reports(months, reports)
        areas = [(area, self._vocab.label(area)) for area, _english in areas]  # in the interface's language
        self._areas = dict(areas)
        self.model.set_data(months, areas, cells)
        header = self.grid.horizontalHeader()  # month names are wider in some languages ("أغسطس", "sept.")
        widest = max((header.fontMetrics().horizontalAdvance(line) for m in months
                      for line in month_label(m, two_lines=True).split("\n")), default=0)
        header.setMinimumSectionSize(max(62, widest + 20))
        self.loaded_months = months
        latest = reports[-1].report
        self.summary.setText(self.tr("%1: %n record(s) placed in the month, %3 without a risk area, %4 dated "
                                     "only to the year. Suggestions follow rule %5; the officer "
                                     "sets the level.", "", latest.records).replace("%5", RULE_ID).replace(
            "%1", months[-1]).replace("%3", str(latest.untagged)).replace("%4", str(latest.imprecise)))
        if self.model.rowCount():
            self.grid.setCurrentIndex(self.model.index(0, self.model.columnCount() - 1))
        if self.rmr_panel is not None:
            self.rmr_panel.load(months[-1], self.current_region(), self.region.currentText())

    def _failed(self, error: TaskError) -> None:
        self.summary.setText(error.message)

    # -- a cell ------------------------------------------------------------------------------------
    def select(self, area: str, month: str) -> None:
        row, column = self.model.area_ids().index(area), self.model.months().index(month)
        self.grid.setCurrentIndex(self.model.index(row, column))

    def _cell_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        cell = self.model.cell(current)
        if cell is None:
            return
        region_label = self.region.currentText()
        self.panel.show_cell(cell, self._areas.get(cell.area, cell.area), region_label)
        first, last = month_bounds(cell.month)
        case_filter = CaseFilter(risk_area=cell.area, date_from=first, date_to=last, adm1_pcode=cell.region)
        service, analysis = self._service, self._analysis

        def work() -> tuple[list[Any], int, list[Any]]:
            rows = counted_in_month(service.list(case_filter, limit=CELL_RECORDS_LIMIT), cell.month)
            return rows[:100], len(rows), analysis.actions(risk_area=cell.area)

        def shown(result: tuple[list[Any], int, list[Any]]) -> None:
            if self.panel.cell is not None and (self.panel.cell.area, self.panel.cell.month) == (cell.area, cell.month):
                rows, total, actions = result
                self.panel.show_records(rows, total)
                self.panel.show_actions(actions, self._vocab.label)

        self._runner.run(call(work), owner=self, on_done=shown)

    def _save(self, cell: Any, level: str, trend: str, rationale: str) -> None:
        analysis, region = self._analysis, cell.region

        def work() -> Any:
            analysis.set_level(cell.month, cell.area, level, trend, rationale, region)
            return analysis.assess(cell.month, region)

        def done(report: Any) -> None:
            _areas, cells = cells_from_reports([cell.month], [report])
            for updated in cells.values():
                self.model.update_cell(updated)
            self.panel.saved()
            self.select(cell.area, cell.month)
            self._cell_changed(self.grid.currentIndex(), QModelIndex())

        self._runner.run(call(work), owner=self, on_done=done,
                         on_error=lambda error: self.panel.show_error(error.message))

    def _add_action(self, cell: Any) -> None:
        dialog = ActionPointDialog(self._areas.get(cell.area, cell.area), self.window())
        self._dialog = dialog
        analysis = self._analysis

        def added(_action: object) -> None:
            dialog.accept()
            self._cell_changed(self.grid.currentIndex(), QModelIndex())

        def submit() -> None:
            values = dialog.values()
            dialog.buttons.setEnabled(False)
            self._runner.run(
                call(lambda: analysis.add_action(values["title"], values["owner"], [cell.area],
                                                 description=values["description"], references=values["references"],
                                                 due=values["due"], period=cell.month, region=cell.region)),
                owner=dialog, on_done=added, on_error=lambda error: dialog.show_error(error.message))

        dialog.buttons.accepted.connect(submit)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def open_export(self) -> ExportBriefingDialog:
        """The Export briefing dialog, preset to the board's last month and region."""
        end = self.end.date()
        dialog = ExportBriefingDialog(self._briefing(), self._runner, self._regions, self.window(),
                                      period=f"{end.year():04d}-{end.month():02d}", region=self.current_region())
        self.export_dialog = dialog
        dialog.open()
        return dialog

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.grid.setFocus()
