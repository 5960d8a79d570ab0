"""A row that becomes a column when there is not room for it side by side (a page's title and its controls,
the indicators' two cards): the layout holds at 1024 px wide without clipping a word or scrolling sideways."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QWidget


class FlipBox(QWidget):
    def __init__(self, parent: QWidget | None = None, *, spacing: int = 12) -> None:
        super().__init__(parent)
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(spacing)
        self._items: list[QWidget] = []

    def add(self, widget: QWidget, stretch: int = 0) -> QWidget:
        self.box.addWidget(widget, stretch)
        self._items.append(widget)
        return widget

    def add_row(self, *widgets: QWidget, trailing: bool = True) -> QWidget:
        """A group kept on one line (controls), right-aligned while beside the others."""
        holder = QWidget(self)
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        if trailing:
            row.addStretch(1)
        for widget in widgets:
            widget.setParent(holder)
            row.addWidget(widget)
        return self.add(holder, 1)

    def add_groups(self, *groups: Sequence[QWidget]) -> FlipBox:
        """Groups of controls side by side while there is room, one under the other when not (a translated row
        too long for 1024 px): each group is kept on one line, right-aligned."""
        inner = FlipBox(self, spacing=8)
        for group in groups:
            inner.add_row(*group)
        self.add(inner, 1)
        return inner

    @property
    def stacked(self) -> bool:
        return self.box.direction() == QBoxLayout.Direction.TopToBottom

    def _side_by_side_width(self) -> int:
        shown = [w for w in self._items if not w.isHidden()]
        return sum(w.minimumSizeHint().width() for w in shown) + self.box.spacing() * max(len(shown) - 1, 0)

    def minimumSizeHint(self) -> QSize:
        # as narrow as the widest item: below the side-by-side width the items stack
        shown = [w for w in self._items if not w.isHidden()]
        width = max((w.minimumSizeHint().width() for w in shown), default=0)
        return QSize(width, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        wanted = (QBoxLayout.Direction.LeftToRight if event.size().width() >= self._side_by_side_width()
                  else QBoxLayout.Direction.TopToBottom)
        if wanted != self.box.direction():
            self.box.setDirection(wanted)
            self.updateGeometry()
        super().resizeEvent(event)
