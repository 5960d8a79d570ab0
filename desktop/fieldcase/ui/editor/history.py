"""Revision history: who saved each revision when, and what changed between two of them."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.records import RevisionInfo
from ...tasks import call
from ..rtl import select_row
from ..runner import TaskRunner
from ..text import safe_line, short_time
from .diff import DiffRow, changed_stretch, comparable, record_diff

if TYPE_CHECKING:
    from ...services.conflicts import ConflictService
    from ...services.records import CaseService

_ROW = re.compile(r"^(people|sources|deaths|risk_tags|attachments)\[(\d+)\](?:\.(.+))?$")


class HistoryPanel(QWidget):
    def __init__(self, service: CaseService, runner: TaskRunner, parent: QWidget,
                 labels: dict[str, str] | None = None) -> None:
        super().__init__(parent)
        self._service, self._runner = service, runner
        self._labels = labels or {}
        self._record_id: str | None = None
        self._revisions: list[RevisionInfo] = []
        self._conflicts: ConflictService | None = None
        self._open_conflicts: Callable[[str], Any] | None = None
        self._merged_from: dict[int, tuple[int, int]] = {}
        self._compares = 0  # comparisons asked so far: only the latest answer is shown
        layout = QVBoxLayout(self)
        self.conflict_bar = QWidget(self)
        self.conflict_bar.setObjectName("banner")
        bar = QHBoxLayout(self.conflict_bar)
        self.conflict_text = QLabel(self.conflict_bar)
        self.conflict_text.setObjectName("conflictText")
        self.conflict_text.setWordWrap(True)
        self.conflict_button = QPushButton(self.tr("Resolve…"), self.conflict_bar)
        self.conflict_button.setObjectName("resolveConflict")
        self.conflict_button.clicked.connect(self._resolve)
        bar.addWidget(self.conflict_text, 1)
        bar.addWidget(self.conflict_button)
        self.conflict_bar.hide()
        layout.addWidget(self.conflict_bar)
        hint = QLabel(self.tr("Select one revision to see what it changed, or two (Ctrl+click) to compare them."),
                      self)
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.revisions = QTableWidget(0, 4, splitter)
        self.revisions.setObjectName("revisions")
        self.revisions.setHorizontalHeaderLabels([self.tr("Revision"), self.tr("Saved by"), self.tr("When"),
                                                  self.tr("Content hash")])
        self.revisions.verticalHeader().setVisible(False)
        self.revisions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.revisions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.revisions.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.revisions.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.revisions.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.revisions.itemSelectionChanged.connect(self._selection_changed)
        self.diff = QTableWidget(0, 3, splitter)
        self.diff.setObjectName("diff")
        self.diff.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Before"), self.tr("After")])
        self.diff.verticalHeader().setVisible(False)
        self.diff.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.diff.setWordWrap(True)
        header = self.diff.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.diff.setColumnWidth(0, 220)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        self.caption = QLabel(self)
        self.caption.setObjectName("hint")
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.caption)
        self.diff_rows: list[DiffRow] = []

    def attach_conflicts(self, service: ConflictService, open_conflicts: Callable[[str], Any]) -> None:
        """Show this record's open sync conflicts (with a way to resolve them) and which revisions merged two."""
        self._conflicts, self._open_conflicts = service, open_conflicts
        self._load_conflicts()

    def _load_conflicts(self) -> None:
        service, record_id = self._conflicts, self._record_id
        if service is None or record_id is None:
            self.conflict_bar.hide()
            return

        def work() -> tuple[int, dict[int, tuple[int, int]]]:
            return len(service.list(record_id=record_id)), service.history_parents(record_id)

        self._runner.run(call(work), owner=self, on_done=self._show_conflicts)

    def _show_conflicts(self, result: tuple[int, dict[int, tuple[int, int]]]) -> None:
        count, self._merged_from = result
        self.conflict_text.setText(self.tr("This record was edited here and elsewhere at the same time: %n sync "
                                           "conflict(s) wait for your decision.", "", count))
        self.conflict_bar.setVisible(count > 0)
        if self._revisions:
            self._show_revisions(self._revisions)

    def _resolve(self) -> None:
        if self._open_conflicts is not None and self._record_id is not None:
            self._open_conflicts(self._record_id)

    def load(self, record_id: str | None) -> None:
        self._record_id = record_id
        self._load_conflicts()
        if record_id is None:
            self.revisions.setRowCount(0)
            self.diff.setRowCount(0)
            self.caption.setText(self.tr("A new record has no history yet."))
            return
        self._runner.run(call(self._service.history, record_id), owner=self, on_done=self._show_revisions)

    def _show_revisions(self, revisions: list[RevisionInfo]) -> None:
        self._revisions = revisions
        self.revisions.blockSignals(True)
        self.revisions.setRowCount(len(revisions))
        for row, rev in enumerate(reversed(revisions)):
            number = str(rev.rev)
            if rev.rev in self._merged_from:  # a conflict resolution: the revision table keeps one parent, this both
                number = self.tr("%1 (merges %2 and %3)").replace("%1", number).replace(
                    "%2", str(self._merged_from[rev.rev][0])).replace("%3", str(self._merged_from[rev.rev][1]))
            values = (number, safe_line(rev.author, 80), short_time(rev.created_at), rev.content_hash[:16])
            for col, value in enumerate(values):
                self.revisions.setItem(row, col, QTableWidgetItem(value))
        self.revisions.blockSignals(False)
        if revisions:
            before = self._selected_revs()
            select_row(self.revisions, 0)
            if self._selected_revs() == before:  # row 0 was selected already (a reload): compare what it holds now
                self._selection_changed()

    @property
    def revision_count(self) -> int:
        return len(self._revisions)

    def _selected_revs(self) -> list[int]:
        rows = sorted({i.row() for i in self.revisions.selectedIndexes()})
        ordered = list(reversed(self._revisions))
        return sorted(ordered[r].rev for r in rows if r < len(ordered))

    def _selection_changed(self) -> None:
        revs = self._selected_revs()
        if not revs or self._record_id is None:
            return
        if len(revs) == 1:
            after = revs[0]
            before = after - 1 if after > 1 else None
        else:
            before, after = revs[0], revs[-1]
        self.compare(before, after)

    def compare(self, before: int | None, after: int) -> None:
        service, record_id = self._service, self._record_id
        if record_id is None:  # no record shown yet: nothing to compare
            return

        def work() -> list[DiffRow]:
            new = comparable(service.get(record_id, after))
            old = comparable(service.get(record_id, before)) if before else {}
            return record_diff(old, new)

        self._compares += 1
        asked = self._compares

        def show(rows: list[DiffRow]) -> None:
            if asked == self._compares:  # an answer to an earlier question (before a reload) arriving late
                self._show_diff(before, after, rows)

        self._runner.run(call(work), owner=self, on_done=show)

    def field_label(self, path: str) -> str:
        """`people[0].consent.naming` -> "Person 1 › Consents to being named" (labels from the editor)."""
        match = _ROW.match(path)
        if match:
            noun = self._labels.get(match[1] + "[]", match[1])
            sub = match[3] or ""
            label = self._labels.get(f"{match[1]}.{sub}", sub)
            return f"{noun} {int(match[2]) + 1}" + (f" › {label}" if label else "")
        return self._labels.get(path, path)

    def _show_diff(self, before: int | None, after: int, rows: list[DiffRow]) -> None:
        self.diff_rows = rows
        self.diff.setRowCount(len(rows))
        absent = QColor("#8a94a6")
        for r, row in enumerate(rows):
            name = QTableWidgetItem(self.field_label(row.path))
            name.setToolTip(row.path)
            self.diff.setItem(r, 0, name)
            old_text, new_text = changed_stretch(row.before or "", row.after or "")
            for c, value, shown in ((1, row.before, old_text), (2, row.after, new_text)):
                item = QTableWidgetItem(safe_line(shown, 500) if value is not None else self.tr("(not set)"))
                if value is None:
                    item.setForeground(absent)
                item.setToolTip(safe_line(value, 2000) if value else "")
                self.diff.setItem(r, c, item)
        self.diff.resizeRowsToContents()
        if before is None:
            self.caption.setText(self.tr("Revision %1 created the record with %n field(s).", "", len(rows))
                                 .replace("%1", str(after)))
        else:
            self.caption.setText(self.tr("Revision %1 → %2: %n field(s) changed.", "", len(rows))
                                 .replace("%1", str(before)).replace("%2", str(after)))
