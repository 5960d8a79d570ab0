"""The risk board colours a cell by the officer's level when there is one; the suggestion is the badge."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem, QTableView

from fieldcase.analysis.signals import NO_DATA
from fieldcase.ui.models.risk_grid import LEVEL_COLOURS, GridCell, HeatDelegate, RiskGridModel

CELL = GridCell(area="cca.democratic_space", month="2026-05", region=None, count=7, score=9, level="risk.medium",
                trend="trend.stable", reasons=(), verified=3, officer_level=None, officer_trend=None, rationale="",
                status="computed", stale=False)


def _painted(qtbot, cell: GridCell) -> QImage:  # type: ignore[no-untyped-def]
    levels = {"risk.low": "Low", "risk.medium": "Medium", "risk.high": "High", "risk.very_high": "Very high",
              NO_DATA: "No data"}
    model = RiskGridModel(levels, {"trend.stable": "Stable"})
    model.set_data(["2026-05"], [(cell.area, "Democratic space")], {(cell.area, cell.month): cell})
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    image = QImage(160, 60, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    option = QStyleOptionViewItem()
    option.rect = QRect(0, 0, 160, 60)
    option.font = view.font()
    HeatDelegate(view).paint(painter, option, model.index(0, 0))
    painter.end()
    return image


def test_the_officers_level_colours_the_cell(qtbot) -> None:  # type: ignore[no-untyped-def]
    assert CELL.colour_level == "risk.medium"
    high = replace(CELL, officer_level="risk.high", status="override")
    assert high.colour_level == "risk.high"
    # the background (bottom-left corner, away from the text and the badge) is the officer's colour
    assert _painted(qtbot, high).pixelColor(12, 50).name() == LEVEL_COLOURS["risk.high"]
    assert _painted(qtbot, CELL).pixelColor(12, 50).name() == LEVEL_COLOURS["risk.medium"]
    # the suggestion's colour is still there, in the badge at the top right
    badge = _painted(qtbot, high)
    assert any(badge.pixelColor(x, 10).name() == LEVEL_COLOURS["risk.medium"] for x in range(100, 156))
