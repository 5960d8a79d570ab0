"""Charts and small graphics drawn with reportlab.graphics (no images, no network tiles)."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from . import fonts
from .model import Trend
from .styles import GREEN, INK, MUTED, NAVY, RULE, SERIES_COLOURS, SKY


def _drawing(width: float, height: float) -> Drawing:
    """A Drawing whose default font is the shipped one (reportlab's default, Helvetica, is not embedded)."""
    fonts.register()
    d = Drawing(width, height)
    d.initialFontName = fonts.SANS
    return d


def trend_chart(trend: Trend, width: float, height: float = 170) -> Drawing:
    """Monthly lines for each series over the window, with a legend on top."""
    fonts.register()
    d = _drawing(width, height)
    chart = HorizontalLineChart()
    chart.x, chart.y = 34, 22
    chart.width, chart.height = width - 48, height - 52
    chart.data = [list(s.values) for s in trend.series] or [[0] * len(trend.months)]
    chart.categoryAxis.categoryNames = list(trend.months)
    chart.categoryAxis.labels.fontName = fonts.SANS
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.fillColor = MUTED
    chart.categoryAxis.strokeColor = RULE
    chart.valueAxis.labels.fontName = fonts.SANS
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.gridStrokeColor = colors.HexColor("#E4E9EE")
    chart.valueAxis.gridStrokeWidth = 0.5
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.valueMin = 0
    top = max([max(s.values, default=0) for s in trend.series] or [0])
    step = _nice_step(top)
    chart.valueAxis.valueMax = max(step * 4, (top // step + 1) * step)
    chart.valueAxis.valueStep = step
    chart.joinedLines = 1
    for i, _series in enumerate(trend.series):
        line = chart.lines[i]
        line.strokeColor = SERIES_COLOURS[i % len(SERIES_COLOURS)]
        line.strokeWidth = 2 if i == 0 else 1.4
        line.symbol = None
    d.add(chart)
    legend = Legend()
    legend.x, legend.y = 34, height - 6
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 130
    legend.fontName = fonts.SANS
    legend.fontSize = 7.5
    legend.dx, legend.dy = 10, 3
    legend.colorNamePairs = [(SERIES_COLOURS[i % len(SERIES_COLOURS)], fonts.visual(s.label))
                             for i, s in enumerate(trend.series)]
    if any(fonts.has_rtl(s.label) for s in trend.series):
        legend.fontName = fonts.ARABIC
    d.add(legend)
    return d


def _nice_step(top: int) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000):
        if top / step <= 6:
            return step
    return 10000


def region_bar(verified: int, total: int, scale: int, width: float = 110, height: float = 9) -> Drawing:
    """One row's bar: the whole length for all incidents, the darker part for the verified ones."""
    d = _drawing(width, height)
    if scale <= 0:
        return d
    full = width * total / scale
    d.add(Rect(0, 0, full, height, fillColor=SKY, strokeColor=None))
    d.add(Rect(0, 0, width * verified / scale, height, fillColor=NAVY, strokeColor=None))
    return d


def trend_arrow(trend: str, size: float = 9) -> Drawing:
    """A small glyph for a trend (the shipped font has no arrows): up red, down green, flat grey."""
    d = _drawing(size + 2, size)
    if trend == "deteriorating":
        d.add(Polygon([1, 1, size + 1, 1, size / 2 + 1, size], fillColor=colors.HexColor("#B3261E"), strokeColor=None))
    elif trend == "improving":
        d.add(Polygon([1, size, size + 1, size, size / 2 + 1, 1], fillColor=GREEN, strokeColor=None))
    else:
        d.add(Rect(1, size / 2 - 1.2, size, 2.4, fillColor=MUTED, strokeColor=None))
    return d


def legend_swatches(items: Sequence[tuple[colors.Color, str]], width: float) -> Drawing:
    """A one-line legend of coloured squares (for the risk levels)."""
    fonts.register()
    d = _drawing(width, 12)
    x = 0.0
    for colour, label in items:
        d.add(Rect(x, 1.5, 9, 9, fillColor=colour, strokeColor=RULE, strokeWidth=0.3))
        font = fonts.ARABIC if fonts.has_rtl(label) else fonts.SANS
        shown = fonts.visual(label)
        d.add(String(x + 12, 3, shown, fontName=font, fontSize=7.5, fillColor=INK))
        x += 12 + stringWidth(shown, font, 7.5) + 10  # swatch, gap, label, gap (measured: no overlap)
    return d
