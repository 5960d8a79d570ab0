"""Find text the layout cut short: labels, buttons and table headers too narrow for their words.

Used by the layout test (tests/ui/test_layout_fit.py, at 1280×720) and by packaging/screenshots.py, which
prints what it finds beside each screenshot. A label that is deliberately elided carries its full text in a
tooltip and says so with the `elided` property; everything else must show its words whole.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QAbstractButton, QHeaderView, QLabel, QStyle, QStyleOptionHeader, QWidget


def _shown(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) and widget.width() > 0 and widget.height() > 0


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text or label.textFormat() == Qt.TextFormat.RichText or not label.pixmap().isNull():
        return None
    if label.property("elided") and label.toolTip():
        return None
    room = label.contentsRect().width() - 2 * label.margin() - max(label.indent(), 0)
    if label.wordWrap():
        needed_height = label.heightForWidth(label.width())
        if needed_height > label.height() + 1:
            return f"label cut at the bottom ({label.height()} of {needed_height} px): {text[:60]!r}"
        return None
    widest = max(label.fontMetrics().horizontalAdvance(line) for line in text.split("\n"))
    if widest > room + 1:
        return f"label clipped ({room} of {widest} px): {text[:60]!r}"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    if not text:
        return None
    if button.sizeHint().width() > button.width() + 1:
        return f"button clipped ({button.width()} of {button.sizeHint().width()} px): {text[:60]!r}"
    return None


def _header_problems(header: QHeaderView) -> list[str]:
    model = header.model()
    if model is None or header.orientation() != Qt.Orientation.Horizontal:
        return []
    found = []
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = str(model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
        if not text:
            continue
        # the width the style itself asks for this section (text, margins, the sort arrow when shown)
        option = QStyleOptionHeader()
        option.initFrom(header)
        option.text = text
        option.section = section
        option.orientation = Qt.Orientation.Horizontal
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == section:
            option.sortIndicator = QStyleOptionHeader.SortIndicator.SortDown
        needed = header.style().sizeFromContents(QStyle.ContentsType.CT_HeaderSection, option, QSize(),
                                                 header).width()
        if needed > header.sectionSize(section) + 1:
            found.append(f"header elided ({header.sectionSize(section)} of {needed} px): {text[:60]!r}")
    return found


def clipped(root: QWidget) -> list[str]:
    """What is cut short in `root` as laid out now (each entry names the widget's object name and text)."""
    problems: list[str] = []
    for label in root.findChildren(QLabel):
        if _shown(label, root) and (problem := _label_problem(label)):
            problems.append(f"{label.objectName() or type(label).__name__}: {problem}")
    for button in root.findChildren(QAbstractButton):
        if _shown(button, root) and (problem := _button_problem(button)):
            problems.append(f"{button.objectName() or type(button).__name__}: {problem}")
    for header in root.findChildren(QHeaderView):
        if _shown(header, root):
            owner = header.parent()
            name = (owner.objectName() if owner is not None else "") or "table"
            problems += [f"{name}: {p}" for p in _header_problems(header)]
    return problems
