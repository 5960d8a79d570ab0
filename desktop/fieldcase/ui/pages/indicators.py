"""Indicators: SDG 16.10.1 (violence against journalists, trade unionists and human rights defenders,
counted in victims) and SDG 16.1.2 (conflict-related deaths) for the 12 months to a chosen month (the
figure HQ reports), with the month alone beside it, by region. Data: AnalysisService.indicators, which
applies the OHCHR metadata's counting rules."""

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
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...tasks import call
from ..rtl import isolate
from ..runner import TaskError, TaskRunner
from ..vocab import Choice, Vocabulary
from ..widgets.flip_box import FlipBox
from ..widgets.parts import scroll_area

if TYPE_CHECKING:
    from ...services.analysis import AnalysisService
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
            self.setItem(r, 0, QTableWidgetItem(isolate(name)))  # "Adult (18 and above)" keeps its bracket
            number = QTableWidgetItem(value)
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.setItem(r, 1, number)
        self.resizeRowsToContents()
        height = sum(self.rowHeight(r) for r in range(self.rowCount())) + 4
        self.setFixedHeight(max(32, height))


class IndicatorsPage(QWidget):
    def __init__(self, analysis: AnalysisService, service: CaseService, runner: TaskRunner, vocab: Vocabulary,
                 enums: dict[str, tuple[Choice, ...]], facets: CaseFacets | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("indicatorsPage")
        self.available = True
        self._analysis, self._service, self._runner, self._vocab = analysis, service, runner, vocab
        self._regions = dict(facets.regions) if facets else {}
        self._enum = {key: dict(values) for key, values in enums.items()}
        self.report: Any = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.setSpacing(10)
        top = FlipBox(self)
        title = QLabel(self.tr("Indicators"), self)
        title.setObjectName("pageTitle")
        top.add(title)
        controls: list[QWidget] = []
        self.last = QDateEdit(self)
        self.last.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # before the format: a mirrored one reverses it
        self.last.setDisplayFormat("yyyy-MM")
        self.last.setCalendarPopup(True)
        self.last.setDate(QDate.currentDate())
        self.region = QComboBox(self)
        self.region.addItem(self.tr("Country-wide"), None)
        for pcode, name in self._regions.items():
            self.region.addItem(f"{name} ({pcode})", pcode)
        self.unverified = QCheckBox(self.tr("Include records not yet verified"), self)
        for label, widget in ((self.tr("12 months to"), self.last), (self.tr("Region"), self.region)):
            controls += [QLabel(label, self), widget]
        top.add_groups(controls, (self.unverified,))  # stacked when a translation is long
        layout.addWidget(top)
        self.note = QLabel(self)
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)

        scroll = scroll_area(self)
        body = columns = FlipBox(scroll, spacing=16)  # one card under the other when narrow
        self.victims_total, self.victims = self._group(
            columns, self.tr("SDG 16.10.1 — journalists, trade unionists and human rights defenders"),
            (("type", self.tr("By violation type (most serious)")), ("group", self.tr("By victim group")),
             ("sex", self.tr("By sex")), ("age", self.tr("By age group")), ("sex_age", self.tr("By sex and age")),
             ("perpetrator", self.tr("By perpetrator (State / non-State)")), ("region", self.tr("By region")),
             ("district", self.tr("By district")), ("excluded", self.tr("Left out, and why"))))
        self.deaths_total, self.deaths = self._group(
            columns, self.tr("SDG 16.1.2 — conflict-related deaths"),
            (("cause", self.tr("By cause")), ("sex", self.tr("By sex")), ("age", self.tr("By age group")),
             ("status", self.tr("By status")), ("region", self.tr("By region")),
             ("excluded", self.tr("Deaths not counted, and why"))))
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)

        self.last.dateChanged.connect(lambda _d: self.reload())
        self.region.currentIndexChanged.connect(lambda _i: self.reload())
        self.unverified.toggled.connect(lambda _on: self.reload())
        self._start()

    def _group(self, columns: FlipBox, title: str,
               parts: Sequence[tuple[str, str]]) -> tuple[QLabel, dict[str, CountTable]]:
        box = QGroupBox(title, self)
        grid = QGridLayout(box)
        grid.setVerticalSpacing(6)
        total = QLabel(box)
        total.setObjectName("bigNumber")
        total.setTextFormat(Qt.TextFormat.PlainText)
        total.setWordWrap(True)  # the 12 months on one line, the month under it: the two columns stay side by side
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
        columns.add(box, 1)
        return total, tables

    # -- loading -----------------------------------------------------------------------------------
    def _start(self) -> None:
        def newest(rows: list[Any]) -> None:
            text = rows[0].date_text if rows else ""
            if len(text) >= 7:
                self.last.blockSignals(True)
                self.last.setDate(QDate(int(text[:4]), int(text[5:7]), 1))
                self.last.blockSignals(False)
            self.reload()

        self._runner.run(call(lambda: self._service.list(limit=1)), owner=self, on_done=newest)

    def period(self) -> str:
        last = self.last.date()
        return f"{last.year():04d}-{last.month():02d}"

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
        year, month, deaths, deaths_month = v.headline, v.month, d.headline, d.month
        none = self.tr("none")
        basis = self.tr("verified records only") if v.verified_only else self.tr("including records not yet verified")
        self.note.setText(self.tr("%1, %2. Counting rules: OHCHR indicator metadata (a victim is counted once, "
                                  "under the most serious violation; the type is derived from each act).")
                          .replace("%1", year.window.label).replace("%2", basis))
        total = self.tr("%n victim(s) in the 12 months", "", year.total)
        if month is not None:
            total += "\n" + self.tr("%1 in %2").replace("%1", str(month.total)).replace("%2", month.window.label)
        self.victims_total.setText(total)
        excluded = {"discounted": self.tr("record discounted"), "unverified": self.tr("not verified"),
                    "not_in_victim_group": self.tr("not a journalist, trade unionist or defender"),
                    "act_not_linked_to_work": self.tr("act not linked to their work"),
                    "act_type_not_covered": self.tr("act type not covered by the indicator"),
                    "perpetrator_unknown": self.tr("perpetrator unknown"),
                    "non_state_without_due_diligence": self.tr("non-State actor, State did not fail in due diligence"),
                    "due_diligence_not_assessed": self.tr("non-State actor, due diligence not assessed"),
                    "torture_without_public_official": self.tr("torture without a public official's involvement"),
                    "non_state_other_harmful_act": self.tr("other harmful act by a non-State actor"),
                    "analyst_override": self.tr("analyst override: does not qualify"),
                    "conflict_relation_not_recorded": self.tr("not marked as related to an armed conflict"),
                    "not_conflict_related": self.tr("not related to an armed conflict"),
                    "same_incident": self.tr("another report of an incident already counted")}
        perpetrator = {"state": self.tr("State (incl. acquiescence)"), "non_state": self.tr("Non-State"),
                       "unknown": self.tr("Unknown")}
        for key, counts in (("type", year.by_violation_type), ("group", year.by_victim_group), ("sex", year.by_sex),
                            ("age", year.by_age_group), ("region", year.by_adm1), ("district", year.by_adm2)):
            self.victims[key].show_counts(counts, self._label, none)
        self.victims["sex_age"].show_counts(
            year.by_sex_age, lambda k: " · ".join(self._label(part) for part in k.split("|")), none)
        self.victims["perpetrator"].show_counts(year.by_perpetrator_status, lambda k: perpetrator.get(k, k), none)
        self.victims["excluded"].show_counts(year.excluded, lambda k: excluded.get(k, k), none)
        total = self.tr("%n death(s) in the 12 months", "", deaths.total)
        if deaths_month is not None:
            total += "\n" + self.tr("%1 in %2").replace("%1", str(deaths_month.total)).replace(
                "%2", deaths_month.window.label)
        self.deaths_total.setText(total)
        for key, counts in (("cause", deaths.by_cause), ("sex", deaths.by_sex), ("age", deaths.by_age_group),
                            ("status", deaths.by_status), ("region", deaths.by_adm1)):
            self.deaths[key].show_counts(counts, self._label, none)
        self.deaths["excluded"].show_counts(deaths.not_counted, lambda k: excluded.get(k, k), none)
