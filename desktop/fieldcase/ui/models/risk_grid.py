"""The risk board's grid: CCA risk areas (rows) x months (columns), one cell per area and month.

Each cell holds the month's computed signal (records, score, suggested level and trend) and the
officer's level if one was set. `HeatDelegate` paints it: the background by the officer's level where there
is one (their judgement is what the board reports), else by the computed suggestion; the record count; a trend
arrow; and, where the officer set a level, the suggestion as a secondary mark: a badge "S" with the suggested
level's letter in its colour (marked "≠" when the officer's level overrides it). A month with no records for
the area is "no data" (analysis/signals.py), never low: grey, with the words "no data", unless the officer
set a level for it, which then colours it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QLocale, QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ...analysis.signals import NO_DATA
from ..rtl import isolate
from ..signal_reasons import reasons_text

LEVEL_COLOURS = {"risk.low": "#e3f1e4", "risk.medium": "#fdf0c4", "risk.high": "#f9cfae", "risk.very_high": "#ef9f98",
                 NO_DATA: "#e1e4e8"}
NO_DATA_INK = "#5b6670"
LEVEL_SHORT = {"risk.low": "L", "risk.medium": "M", "risk.high": "H", "risk.very_high": "VH"}
TREND_ARROWS = {"trend.deteriorating": "↑", "trend.stable": "→", "trend.improving": "↓"}
CELL_ROLE = Qt.ItemDataRole.UserRole + 1

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class GridCell:
    area: str
    month: str  # YYYY-MM
    region: str | None
    count: int
    score: int
    level: str  # computed suggestion
    trend: str
    reasons: tuple[Any, ...]  # analysis.signals.Reason, said in the interface's language by ui/signal_reasons.py
    verified: int
    officer_level: str | None
    officer_trend: str | None
    rationale: str
    status: str  # computed | confirmed | override
    stale: bool

    @property
    def shown_level(self) -> str:
        return self.officer_level or self.level

    @property
    def no_data(self) -> bool:
        """No records for the area in the month: the computation has nothing to suggest."""
        return self.level == NO_DATA

    @property
    def colour_level(self) -> str:
        """The level the cell is painted with: the officer's where set, else the suggestion (or no data)."""
        return self.officer_level or self.level


def cells_from_reports(months: Sequence[str], reports: Sequence[Any]) -> tuple[list[tuple[str, str]], dict]:
    """(areas as (id, label) in board order, {(area, month): GridCell}) from AssessmentReports."""
    areas: list[tuple[str, str]] = []
    cells: dict[tuple[str, str], GridCell] = {}
    for month, report in zip(months, reports, strict=True):
        for item in report.top_level:
            signal = item.signal
            if (signal.risk_area, item.label) not in areas:
                areas.append((signal.risk_area, item.label))
            officer = item.officer
            cells[(signal.risk_area, month)] = GridCell(
                area=signal.risk_area, month=month, region=signal.region, count=signal.count,
                score=signal.suggestion.score, level=signal.level, trend=signal.trend,
                reasons=tuple(signal.suggestion.points), verified=signal.verified,
                officer_level=officer.level if officer else None, officer_trend=officer.trend if officer else None,
                rationale=officer.rationale if officer else "", status=item.status, stale=item.stale)
    return areas, cells


def short_label(label: str) -> str:
    """The first part of a risk area's name, before its first comma (Latin or Arabic)."""
    return re.split("[,،]", label, maxsplit=1)[0].strip()


def month_label(month: str, *, two_lines: bool = False) -> str:
    year, number = int(month[:4]), int(month[5:7])
    return QLocale().toString(QDate(year, number, 1), "MMM\nyyyy" if two_lines else "MMM yyyy")


class RiskGridModel(QAbstractTableModel):
    def __init__(self, level_labels: dict[str, str], trend_labels: dict[str, str], parent: Any = None) -> None:
        super().__init__(parent)
        self._areas: list[tuple[str, str]] = []
        self._months: list[str] = []
        self._cells: dict[tuple[str, str], GridCell] = {}
        self._levels, self._trends = level_labels, trend_labels

    def set_data(self, months: Sequence[str], areas: Sequence[tuple[str, str]],
                 cells: dict[tuple[str, str], GridCell]) -> None:
        self.beginResetModel()
        self._months, self._areas, self._cells = list(months), list(areas), dict(cells)
        self.endResetModel()

    def update_cell(self, cell: GridCell) -> None:
        self._cells[(cell.area, cell.month)] = cell
        if cell.area in self.area_ids() and cell.month in self._months:
            index = self.index(self.area_ids().index(cell.area), self._months.index(cell.month))
            self.dataChanged.emit(index, index)

    def area_ids(self) -> list[str]:
        return [a for a, _ in self._areas]

    def cell(self, index: AnyIndex) -> GridCell | None:
        if not index.isValid():
            return None
        return self._cells.get((self._areas[index.row()][0], self._months[index.column()]))

    def months(self) -> list[str]:
        return list(self._months)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._areas)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._months)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                return month_label(self._months[section], two_lines=True)  # fits narrow columns
            label = short_label(self._areas[section][1])  # "Social cohesion, gender ..." -> "Social cohesion"
            return isolate(label if len(label) <= 26 else label[:25].rstrip() + "…")  # "…" after the Latin, mirrored
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Vertical:
            return self._areas[section][1]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        cell = self.cell(index)
        if cell is None:
            return None
        if role == CELL_ROLE:
            return cell
        if role == Qt.ItemDataRole.AccessibleTextRole or role == Qt.ItemDataRole.DisplayRole:
            if cell.no_data:
                text = self.tr("No records: no data")
            else:
                text = self.tr("%n record(s), suggested %2, %3", "", cell.count).replace(
                    "%2", self._levels.get(cell.level, cell.level)).replace(
                    "%3", self._trends.get(cell.trend, cell.trend))
            if cell.officer_level:
                text += self.tr("; officer: %1").replace("%1", self._levels.get(cell.officer_level, ""))
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [self.tr("No data: no records for this area in the month (not a sign of low risk)")
                     if cell.no_data else
                     self.tr("Suggested: %1, %2 (score %3)").replace("%1", self._levels.get(cell.level, cell.level))
                     .replace("%2", self._trends.get(cell.trend, cell.trend)).replace("%3", str(cell.score))]
            if cell.officer_level:
                lines.append(self.tr("Officer: %1, %2").replace("%1", self._levels.get(cell.officer_level, ""))
                             .replace("%2", self._trends.get(cell.officer_trend or "", "")))
            lines += list(reasons_text(cell.reasons))
            return "\n".join(lines)
        return None


class HeatDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        cell: GridCell | None = index.data(CELL_ROLE)
        if cell is None:
            super().paint(painter, option, index)
            return
        painter.save()
        rect = option.rect.adjusted(2, 2, -2, -2)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(LEVEL_COLOURS.get(cell.colour_level, "#f4f6f9")))
        painter.drawRoundedRect(rect, 5, 5)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setPen(QPen(QColor("#1f5fae"), 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 5, 5)
        ink = QColor("#1f2933")
        font = QFont(option.font)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(ink)
        inner = rect.adjusted(8, 0, -6, 0)
        if cell.no_data and not cell.officer_level:  # with the officer's level: their colour, badge and 0 records
            small = QFont(option.font)
            small.setPointSizeF(option.font.pointSizeF() * 0.9)
            painter.setFont(small)
            painter.setPen(QColor(NO_DATA_INK))
            left = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
            painter.drawText(inner, left, painter.fontMetrics().elidedText(
                self.tr("no data"), Qt.TextElideMode.ElideRight, inner.width()))
            painter.setFont(font)
            painter.setPen(ink)
        else:
            painter.drawText(inner, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), str(cell.count))
        arrow = TREND_ARROWS.get(cell.officer_trend or cell.trend, "")
        if cell.officer_level:
            # the suggestion, secondary: its letter on its own colour, outlined; "≠" when overridden
            badge_font = QFont(option.font)
            badge_font.setPointSizeF(option.font.pointSizeF() * 0.75)
            badge_font.setBold(True)
            painter.setFont(badge_font)
            suggested = "–" if cell.no_data else LEVEL_SHORT.get(cell.level, "?")
            text = "S " + suggested + ("≠" if cell.status == "override" else "")
            width = painter.fontMetrics().horizontalAdvance(text) + 10
            badge = QRect(rect.right() - width - 3, rect.top() + 3, width, 15)
            painter.setPen(QPen(QColor("#17324d"), 1))
            painter.setBrush(QColor(LEVEL_COLOURS.get(cell.level, "#f4f6f9")))
            painter.drawRoundedRect(badge, 6, 6)
            painter.setPen(ink)
            painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), text)
            painter.setFont(font)
            painter.setPen(ink)
            right = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight)
            painter.drawText(inner.adjusted(0, 14, 0, 0), right, arrow)
        else:
            painter.drawText(inner, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight), arrow)
        painter.restore()
