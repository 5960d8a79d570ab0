"""Under the risk board: the month's written assessment for the Regional Monthly Review (opportunities and
entry points, mitigating factors, outlook, recommendations to the RMR), shown and edited in place.

It follows the board's last month and region; saving writes a new revision (services/rmr.py) off the UI
thread, and the briefing prints the newest one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from ...tasks import call
from ..runner import TaskError, TaskRunner
from .parts import error_label

if TYPE_CHECKING:
    from ...analysis.narrative import Narrative
    from ...services.rmr import RmrService

FIELDS = ("opportunities", "mitigating", "outlook", "recommendations")


class RmrPanel(QWidget):
    def __init__(self, service: RmrService, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rmrPanel")
        self._service, self._runner = service, runner
        self.period: str | None = None
        self.region: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(6)
        top = QHBoxLayout()
        self.title = QLabel(self.tr("Written assessment for the Regional Monthly Review"), self)
        self.title.setObjectName("sectionTitle")
        # both labels wrap: in one row, whole, they kept the risk board wider than a 1024-px screen
        self.title.setWordWrap(True)
        top.addWidget(self.title, 3)
        self.status = QLabel(self)
        self.status.setObjectName("hint")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.status, 2)
        self.save_button = QPushButton(self.tr("Save written assessment"), self)
        self.save_button.setObjectName("saveRmr")
        self.save_button.clicked.connect(self.save)
        top.addWidget(self.save_button)
        layout.addLayout(top)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        titles = {"opportunities": self.tr("Opportunities and entry points"),
                  "mitigating": self.tr("Mitigating factors"), "outlook": self.tr("Outlook"),
                  "recommendations": self.tr("Recommendations to the RMR")}
        hints = {"opportunities": self.tr("Openings the UN can use: commitments, dialogues, allies"),
                 "mitigating": self.tr("What lowers the risk: institutions, leaders, networks"),
                 "outlook": self.tr("Where the situation is heading in the coming months, and the triggers"),
                 "recommendations": self.tr("Action points proposed to the review, one per line (start with - )")}
        self.edits: dict[str, QPlainTextEdit] = {}
        for i, field in enumerate(FIELDS):
            label = QLabel(titles[field], self)
            edit = QPlainTextEdit(self)
            edit.setObjectName(f"rmr_{field}")
            edit.setPlaceholderText(hints[field])
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(70)
            edit.textChanged.connect(self._changed)
            label.setBuddy(edit)
            grid.addWidget(label, (i // 2) * 2, i % 2)
            grid.addWidget(edit, (i // 2) * 2 + 1, i % 2)
            self.edits[field] = edit
        layout.addLayout(grid, 1)
        self.error = error_label(self)
        layout.addWidget(self.error)
        self._loading = False
        self.save_button.setEnabled(False)

    def load(self, period: str, region: str | None, region_label: str) -> None:
        """Show the newest revision for the month and region (read off the UI thread)."""
        self.period, self.region = period, region
        self.title.setText(self.tr("Written assessment for the RMR: %1, %2").replace("%1", period)
                           .replace("%2", region_label))
        service = self._service
        self.status.setText(self.tr("Loading…"))
        self._runner.run(call(lambda: service.narrative(period, region)), owner=self, on_done=self._show,
                         on_error=self._failed)

    def _show(self, narrative: Narrative) -> None:
        if (narrative.period, narrative.region) != (self.period, self.region):
            return  # the board moved on while this was read
        self._loading = True
        for field in FIELDS:
            self.edits[field].setPlainText(getattr(narrative, field))
        self._loading = False
        self.save_button.setEnabled(False)
        self.error.hide()
        self.status.setText(self.tr("Revision %1 by %2").replace("%1", str(narrative.rev))
                            .replace("%2", narrative.author) if narrative.rev else self.tr("Not written yet"))

    def _changed(self) -> None:
        if not self._loading:
            self.save_button.setEnabled(self.period is not None)
            self.status.setText(self.tr("Not saved"))

    def values(self) -> dict[str, str]:
        return {field: self.edits[field].toPlainText() for field in FIELDS}

    def save(self) -> None:
        if self.period is None:
            return
        period, region, values, service = self.period, self.region, self.values(), self._service
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Saving…"))
        self._runner.run(call(lambda: service.set_narrative(period, region, **values)), owner=self,
                         on_done=self._show, on_error=self._failed)

    def _failed(self, error: TaskError) -> None:
        self.error.setText(error.message)
        self.error.show()
        self.status.setText("")
        self.save_button.setEnabled(True)

    def text(self, field: str) -> Any:
        return self.edits[field].toPlainText()
