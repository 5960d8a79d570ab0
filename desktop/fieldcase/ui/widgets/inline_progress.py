"""Progress shown inside the page that started the work (a bar, what is happening, Cancel), not a window; and
the dialog that keeps its work's progress inside it and stays open while the work runs."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from ..runner import Job


class InlineProgress(QWidget):
    shown = Signal(bool)  # True when work starts, False when it ends (pages disable what must wait)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inlineProgress")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.text = QLabel(self)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)  # a long target or file name wraps rather than widening the page
        self.bar = QProgressBar(self)
        self.bar.setMaximumWidth(240)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel)
        self.bar.setMinimumWidth(160)
        row.addWidget(self.text, 1)  # the text takes the slack: the bar and Cancel keep their own sizes
        row.addWidget(self.bar)
        row.addWidget(self.cancel_button)
        self._job: Job | None = None
        self._cancellable = True
        self.hide()

    def start(self, job: Job, text: str, *, cancellable: bool = True) -> None:
        """`cancellable=False` for work that must run to its end once begun (no Cancel button shown)."""
        self._job, self._cancellable = job, cancellable
        self.text.setText(text)
        self.bar.setRange(0, 0)
        self.cancel_button.setVisible(cancellable)
        self.cancel_button.setEnabled(cancellable)
        self.show()
        self.shown.emit(True)

    @property
    def running(self) -> bool:
        return self._job is not None

    def update(self, done: int, total: int) -> None:  # type: ignore[override]  # not QWidget.update: a slot
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))

    def finish(self) -> None:
        self._job = None
        self.hide()
        self.shown.emit(False)

    def cancel(self) -> None:
        """What the Cancel button does (also for a dialog's own Cancel or Esc while the work runs)."""
        if self._job is not None and self._cancellable:
            self._job.cancel()
            self.cancel_button.setEnabled(False)
            self.text.setText(self.tr("Cancelling…"))


class StaysOpenWhileWorking(QDialog):
    """A dialog whose work shows in its own `progress`: Esc, its Close/Cancel button and the title bar's close
    cancel the running work instead of closing, so the dialog stays to show how the work ended."""

    progress: InlineProgress  # set by the subclass

    def reject(self) -> None:
        if self.progress.running:
            self.progress.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.progress.running:
            self.progress.cancel()
            event.ignore()
            return
        super().closeEvent(event)
