"""What every dialog whose work derives keys shares (Argon2id: seconds on a slow laptop): the work runs off the
UI thread with its progress and Cancel inside the dialog; the inputs are disabled while it runs; Esc and the
title bar's close cancel the work rather than close; errors and the outcome are said in the dialog; the typed
passphrases are wiped once it is done. Subclasses lay out their own fields, then call `add_footer`, and give
their words (their own translation context) to `_start` and `_finish`."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QVBoxLayout, QWidget

from ...tasks import FunctionTask, IsCancelled, Progress
from ..runner import TaskError, TaskRunner
from ..widgets.inline_progress import InlineProgress, StaysOpenWhileWorking
from ..widgets.parts import plain_label
from ..widgets.password_edit import PasswordEdit


class KeyWorkDialog(StaysOpenWhileWorking):
    def __init__(self, runner: TaskRunner, parent: QWidget, name: str) -> None:
        """`name`: the prefix of the progress's and outcome's object names."""
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._runner = runner
        self._cancelled_text = ""
        self.progress = InlineProgress(self)
        self.progress.setObjectName(f"{name}Progress")
        self.outcome = plain_label("", self, f"{name}Outcome")
        self.outcome.hide()
        self.message = plain_label("", self, "inlineError")
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("primary")
        self.buttons.rejected.connect(self.reject)

    def add_footer(self, layout: QVBoxLayout) -> None:
        for widget in (self.progress, self.outcome, self.message, self.buttons):
            layout.addWidget(widget)

    def _inputs(self) -> Sequence[QWidget]:
        """What is disabled while the work runs, and for good once it is done."""
        raise NotImplementedError

    def _passphrases(self) -> Sequence[PasswordEdit]:
        """What is wiped once the work is done."""
        raise NotImplementedError

    def _fail(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _start(self, work: Callable[[Progress, IsCancelled], Any], text: str, on_done: Callable[[Any], None],
               cancelled_text: str) -> None:
        self._cancelled_text = cancelled_text
        self._set_busy(True)
        self.message.hide()
        job = self._runner.run(FunctionTask(work), owner=self, on_done=on_done, on_error=self._failed,
                               on_cancelled=self._cancelled)
        self.progress.start(job, text)

    def _set_busy(self, busy: bool) -> None:
        for widget in (*self._inputs(), self.buttons):
            widget.setEnabled(not busy)

    def _failed(self, error: TaskError) -> None:
        self.progress.finish()
        self._set_busy(False)
        self._fail(error.message)

    def _cancelled(self) -> None:
        self.progress.finish()
        self._set_busy(False)
        self._fail(self._cancelled_text)

    def _finish(self, outcome: str, close_text: str) -> None:
        """The work is done: the passphrases wiped, the inputs closed, only Close left, the outcome shown."""
        self.progress.finish()
        for edit in self._passphrases():
            edit.wipe()
        for widget in self._inputs():
            widget.setEnabled(False)
        self.buttons.setEnabled(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(close_text)
        self.outcome.setText(outcome)
        self.outcome.show()
