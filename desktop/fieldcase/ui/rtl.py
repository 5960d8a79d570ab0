"""Right-to-left helpers: what Qt's own calls get wrong when the layout is mirrored.

QTableView.selectRow() finds the row's first column at the viewport's leading edge; mirrored, it asks
for the column at x = viewport width, one pixel past the last, gets none, and selects nothing (seen
in Qt 6 with an Arabic interface: the added row, the first revision, the chosen target stayed
unselected). Selecting through the selection model does not depend on geometry.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionHeader,
    QStyleOptionViewItem,
    QWidget,
)


def select_row(view: QAbstractItemView, row: int) -> None:
    """Select `row` whole and make it current, in either layout direction."""
    model, selection = view.model(), view.selectionModel()
    if model is None or selection is None or not 0 <= row < model.rowCount():
        return
    index = model.index(row, 0)
    flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    selection.setCurrentIndex(index, flags)
    view.scrollTo(index)


def first_strong_is_ltr(text: str) -> bool:
    """Whether the text's first letter of a strong direction is left to right (Latin), as Unicode's P2."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return True
        if kind in ("R", "AL"):
            return False
    return False


class BidiItemStyle(QProxyStyle):
    """Item-view cells laid out in their own text's direction when the interface is mirrored.

    Qt lays a cell out in the view's direction: mirrored, a Latin title is a left-to-right run inside a
    right-to-left paragraph, so its elision mark and closing punctuation land on its left. A cell whose
    text starts with a Latin letter (a title, a place, an id, a P-code) is laid out left to right and
    elided at its right end; it stays aligned to the leading (right) edge like the rest of the column.
    """

    def drawControl(self, element: QStyle.ControlElement, option: QStyleOption, painter: QPainter,
                    widget: QWidget | None = None) -> None:
        if (element == QStyle.ControlElement.CE_ItemViewItem and isinstance(option, QStyleOptionViewItem)
                and option.direction == Qt.LayoutDirection.RightToLeft and first_strong_is_ltr(option.text)):
            cell = QStyleOptionViewItem(option)
            cell.direction = Qt.LayoutDirection.LeftToRight
            horizontal = option.displayAlignment & Qt.AlignmentFlag.AlignHorizontal_Mask
            if horizontal in (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignLeading):
                vertical = option.displayAlignment & Qt.AlignmentFlag.AlignVertical_Mask
                cell.displayAlignment = vertical | Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
            super().drawControl(element, cell, painter, widget)
            return
        if (element == QStyle.ControlElement.CE_HeaderLabel and isinstance(option, QStyleOptionHeader)
                and option.direction == Qt.LayoutDirection.RightToLeft and first_strong_is_ltr(option.text)):
            label = QStyleOptionHeader(option)  # a row header holding a Latin name (a risk area), elided
            label.direction = Qt.LayoutDirection.LeftToRight
            horizontal = option.textAlignment & Qt.AlignmentFlag.AlignHorizontal_Mask
            if horizontal in (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignLeading):
                vertical = option.textAlignment & Qt.AlignmentFlag.AlignVertical_Mask
                label.textAlignment = vertical | Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
            super().drawControl(element, label, painter, widget)
            return
        super().drawControl(element, option, painter, widget)


def isolate(text: str) -> str:
    """`text` as its own direction run when the interface is mirrored (first-strong isolate, U+2068/U+2069).

    For Latin text placed in an Arabic sentence or after a bullet: its punctuation and numbers stay
    with it instead of being reordered into the surrounding right-to-left line.
    """
    if QGuiApplication.layoutDirection() != Qt.LayoutDirection.RightToLeft or not text:
        return text
    return f"\u2068{text}\u2069"
