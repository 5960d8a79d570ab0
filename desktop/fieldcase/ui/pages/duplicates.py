"""Possible duplicates across the whole workspace: reached from the case files ("Possible duplicates")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ..runner import TaskRunner
from ..widgets.duplicates import DuplicatesView
from ..widgets.flip_box import FlipBox

if TYPE_CHECKING:
    from ...services.matches import MatchService
    from ..vocab import Choice


class DuplicatesPage(QWidget):
    """The workspace's possible duplicates. `same_requested(kind, first_id, second_id)` passes on the view's
    signal (see DuplicatesView); `back_requested` returns to the case files; `open_record_requested(id)`."""

    same_requested = Signal(str, str, str)
    open_record_requested = Signal(str)
    back_requested = Signal()

    def __init__(self, service: MatchService, runner: TaskRunner, enums: dict[str, tuple[Choice, ...]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatesPage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.setSpacing(10)
        top = FlipBox(self)
        title = QLabel(self.tr("Possible duplicates"), self)
        title.setObjectName("pageTitle")
        top.add(title)
        self.back = QPushButton(self.tr("Back to the case files"), self)
        self.back.clicked.connect(self.back_requested)
        top.add_row(self.back)
        layout.addWidget(top)
        intro = QLabel(self.tr("People named in several records and incidents reported by several sources, "
                               "ranked by how alike they are. Double-click a side to open its record."), self)
        intro.setObjectName("hint")
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(intro)
        self.view = DuplicatesView(service, runner, enums, parent=self)
        self.view.same_requested.connect(self.same_requested)
        self.view.open_record_requested.connect(self.open_record_requested)
        layout.addWidget(self.view, 1)
        self.view.refresh()
