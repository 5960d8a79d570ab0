"""Possible duplicates: a ranked list of pairs (people, incidents), each with its score and the reasons for it.

Used twice: for the whole workspace (pages/duplicates.py, reached from the case files) and for one record (the
editor's "Possible duplicates" tab). The work (reading the store, matching) runs off the UI thread with its
progress and a Cancel button inside the view. People are shown by pseudonym unless "Show names" is ticked;
the reasons never hold a name or record text (analysis/matching.py), so they are shown either way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services.identity_links import person_key
from ...tasks import FunctionTask, IsCancelled, Progress
from ..rtl import isolate
from ..runner import Job, TaskError, TaskRunner
from ..text import safe_line
from .inline_progress import InlineProgress

if TYPE_CHECKING:
    from ...analysis.matching import Reason
    from ...services.matches import MatchPair, MatchReport, MatchService, MatchSide
    from ..vocab import Choice

SHOWN_AT_MOST = 500  # pairs listed for the whole workspace (the count says how many more)


def link_id(kind: str, side: MatchSide) -> str:
    """A pair's side as the link service names it: a record id, or RECORD:PERSON for a person."""
    if kind == "incident" or not side.record_ids:
        return side.id
    return person_key(side.record_ids[0], side.id)


class DuplicatesView(QWidget):
    """The list of possible duplicates, for the workspace (`record_id` None) or for one record.

    Signals:
        same_requested(kind, first_id, second_id): "Mark as the same…" was pressed on a pair. `kind` is
            "person" (the ids as services/identity_links.py takes them: RECORD:PERSON, the first record the
            person appears in) or "incident" (record ids). The view does not link anything itself: whoever
            receives the signal asks for the reason and records the decision (ui/workspace_view.py).
        open_record_requested(record_id): a side of a pair was double-clicked (a person: the first record
            they appear in).
    """

    same_requested = Signal(str, str, str)
    open_record_requested = Signal(str)

    def __init__(self, service: MatchService, runner: TaskRunner, enums: dict[str, tuple[Choice, ...]],
                 record_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatesView")
        self._service, self._runner, self._record_id = service, runner, record_id
        self._labels = {key: dict(values) for key, values in enums.items()}
        self._job: Job | None = None
        self.report: MatchReport | None = None
        self.pairs: list[MatchPair] = []

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        controls = QHBoxLayout()
        self.kind = QComboBox(self)
        self.kind.setObjectName("duplicatesKind")
        self.kind.setAccessibleName(self.tr("Show"))
        self.kind.addItem(self.tr("People and incidents"), None)
        self.kind.addItem(self.tr("People"), "person")
        self.kind.addItem(self.tr("Incidents"), "incident")
        self.names = QCheckBox(self.tr("Show names"), self)
        self.names.setToolTip(self.tr("Show people's real names instead of their pseudonyms"))
        self.find_button = QPushButton(self.tr("Look again"), self)
        self.find_button.setToolTip(self.tr("Compare the records again (after changes)"))
        controls.addWidget(self.kind)
        controls.addWidget(self.names)
        controls.addStretch(1)
        controls.addWidget(self.find_button)
        layout.addLayout(controls)

        self.progress = InlineProgress(self)
        layout.addWidget(self.progress)
        self.summary = QLabel(self)
        self.summary.setObjectName("hint")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.message = QLabel(self)
        self.message.setObjectName("inlineError")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)

        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("duplicatesTable")
        self.table.setAccessibleName(self.tr("Possible duplicates"))
        self.table.setHorizontalHeaderLabels([self.tr("Score"), self.tr("One"), self.tr("The other"),
                                              self.tr("Why"), ""])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # widths set by _fit_columns
        header.setStretchLastSection(False)

        self.table.cellDoubleClicked.connect(self._double_clicked)
        layout.addWidget(self.table, 1)

        self.kind.currentIndexChanged.connect(lambda _i: self.refresh())
        self.names.toggled.connect(lambda _on: self._show())
        self.find_button.clicked.connect(self.refresh)

    # -- running -------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Look for possible duplicates (off the UI thread; a run still going is cancelled first)."""
        if self._job is not None:
            self._job.cancel()
        service, kind, record_id = self._service, self.kind.currentData(), self._record_id
        limit = None if record_id else SHOWN_AT_MOST

        def work(progress: Progress, cancelled: IsCancelled) -> MatchReport:
            return service.find(kind=kind, record_id=record_id, limit=limit, progress=progress, cancelled=cancelled)

        self.message.hide()
        job: Job | None = None

        def current() -> bool:  # a run replaced by a newer one reports nothing
            if job is not self._job:
                return False
            self._job = None
            self.progress.finish()
            return True

        def found(report: MatchReport) -> None:
            if current():
                self.report = report
                self.pairs = list(report.pairs)
                self._show()

        def failed(error: TaskError) -> None:
            if current():
                self.message.setText(error.message)
                self.message.show()

        def cancelled() -> None:
            if current():
                self.summary.setText(self.tr("Stopped before the end: nothing is listed."))
                self.report, self.pairs = None, []
                self.table.setRowCount(0)

        job = self._runner.run(FunctionTask(work), owner=self, on_done=found, on_error=failed,
                               on_cancelled=cancelled, on_progress=self.progress.update)
        self._job = job
        self.progress.start(job, self.tr("Comparing the records…"))

    # -- showing -------------------------------------------------------------------------------------
    def _show(self) -> None:
        report = self.report
        if report is None:
            return
        if not self.pairs:
            self.summary.setText(self.tr("No possible duplicates of this record.") if self._record_id
                                 else self.tr("No possible duplicates found."))
        elif report.total > len(self.pairs):
            self.summary.setText(self.tr("The %1 most likely of %n possible duplicates, best first.", "",
                                         report.total).replace("%1", str(len(self.pairs))))
        else:
            self.summary.setText(self.tr("%n possible duplicate(s), best first. Mark a pair as the same only "
                                         "after checking both records.", "", len(self.pairs)))
        self.table.setRowCount(0)  # the buttons of an earlier list go with their rows
        self.table.setRowCount(len(self.pairs))
        for row, pair in enumerate(self.pairs):
            score = QTableWidgetItem(f"{pair.score}")
            score.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            score.setToolTip(self.tr("How alike the two are, out of 100"))
            self.table.setItem(row, 0, score)
            self.table.setItem(row, 1, QTableWidgetItem(self._side_text(pair.kind, pair.first)))
            self.table.setItem(row, 2, QTableWidgetItem(self._side_text(pair.kind, pair.second)))
            self.table.setItem(row, 3, QTableWidgetItem("\n".join(self.reason_label(r) for r in pair.reasons)))
            button = QPushButton(self.tr("Mark as the same…"), self.table)
            button.setObjectName("markSame")
            button.setMinimumWidth(self._button_width())
            button.setToolTip(self.tr("Record that these are one person or one incident (both records are kept)"))
            button.clicked.connect(lambda _checked=False, p=pair: self.same_requested.emit(
                p.kind, link_id(p.kind, p.first), link_id(p.kind, p.second)))
            holder = QWidget(self.table)
            box = QVBoxLayout(holder)
            box.setContentsMargins(8, 4, 8, 4)
            box.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            self.table.setCellWidget(row, 4, holder)
        self._fit_columns()

    def reason_label(self, reason: Reason) -> str:
        """A reason in the user's language (the codes of analysis/matching.REASON_TEXT)."""
        n = reason.count or 0
        labels = {
            "name.same": lambda: self.tr("Same name"),
            "name.spelling": lambda: self.tr("Names spelled differently that sound alike"),
            "name.script": lambda: self.tr("The same name written in Arabic and in Latin letters"),
            "name.initial": lambda: self.tr("An initial matches the full name"),
            "name.partial": lambda: self.tr("Part of the name matches"),
            "sex.same": lambda: self.tr("Same sex"),
            "age.same": lambda: self.tr("Same age group"),
            "age.differs": lambda: self.tr("Different age groups"),
            "place.district": lambda: self.tr("Same district"),
            "place.region": lambda: self.tr("Same region"),
            "place.differs": lambda: self.tr("Different regions"),
            "place.near": lambda: self.tr("%n km apart", "", n),
            "role.same": lambda: self.tr("Same role in both records"),
            "date.same": lambda: self.tr("Same day"),
            "date.near": lambda: self.tr("Dates %n day(s) apart", "", n),
            "date.overlap": lambda: self.tr("Overlapping dates (one known only to the month or year)"),
            "acts.common": lambda: self.tr("%n act type(s) in common", "", n),
            "acts.none": lambda: self.tr("No act type in common"),
            "victims.common": lambda: self.tr("%n victim(s) in common", "", n),
            "victims.none": lambda: self.tr("No victim in common"),
        }
        label = labels.get(reason.code)
        return label() if label else reason.code

    def _button_width(self) -> int:
        return self.fontMetrics().horizontalAdvance(self.tr("Mark as the same…")) + 40  # the style's padding

    def _fit_columns(self) -> None:
        """Score and button as wide as they need; the two sides 35% each of the rest, the reasons 30%; then
        each row as tall as its wrapped text (after the widths, so nothing is cut short)."""
        table = self.table
        score = max(56, table.horizontalHeader().sectionSizeHint(0))
        button = self._button_width() + 20
        # room kept for the vertical scroll bar even before it shows: it appears once the rows are filled, and
        # would otherwise push the button column out of sight behind a horizontal scroll bar
        bar = table.verticalScrollBar()
        width = table.viewport().width() - (0 if bar.isVisible() else bar.sizeHint().width())
        rest = max(300, width - score - button)
        side = rest * 35 // 100  # the sides hold the longest text (name, facts, record title, date)
        widths = (score, side, side, rest - 2 * side, button)
        for column, width in enumerate(widths):
            table.setColumnWidth(column, width)
        # the rows' heights measured here: the view's own estimate leaves the last wrapped line out
        metrics = table.fontMetrics()
        least = self._button_width() // 4 + 24
        for row in range(table.rowCount()):
            tallest = least
            for column in (1, 2, 3):
                item = table.item(row, column)
                if item is not None:
                    box = metrics.boundingRect(QRect(0, 0, max(40, widths[column] - 24), 100_000),
                                               int(Qt.TextFlag.TextWordWrap), item.text())
                    tallest = max(tallest, box.height() + 12)
            table.setRowHeight(row, tallest)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def _side_text(self, kind: str, side: MatchSide) -> str:
        if kind == "incident":
            where = ", ".join(part for part in (side.date_text, safe_line(side.place, 80)) if part)
            return "\n".join(line for line in (isolate(safe_line(side.label, 120)), isolate(where)) if line)
        shown = side.name if self.names.isChecked() and side.name else side.label
        kind_label = self.tr("Person")
        facts = [self._labels.get("sex", {}).get(side.sex or "unknown", ""),
                 self._labels.get("age_group", {}).get(side.age_group or "unknown", ""),
                 ", ".join(self._labels.get("role", {}).get(r, r) for r in side.roles)]
        record = " · ".join(part for part in (safe_line(side.record_title, 80), side.date_text or "") if part)
        lines = [f"{kind_label}: {isolate(safe_line(shown, 80))}", " · ".join(f for f in facts if f),
                 isolate(record)]
        if len(side.record_ids) > 1:
            lines.append(self.tr("In %n record(s)", "", len(side.record_ids)))
        return "\n".join(line for line in lines if line)

    def _double_clicked(self, row: int, column: int) -> None:
        if column not in (1, 2) or row >= len(self.pairs):
            return
        pair = self.pairs[row]
        side = pair.first if column == 1 else pair.second
        if side.record_ids:
            self.open_record_requested.emit(side.record_ids[0])
