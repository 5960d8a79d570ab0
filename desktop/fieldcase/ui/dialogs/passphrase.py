"""Change the passphrase (asks for the current one first), and replace the recovery key.

The change takes two Argon2id derivations (seconds on a slow laptop): it runs off the UI thread with its
progress, a Cancel that works until the new key file is written, and the outcome inside the dialog."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ...tasks import FunctionTask, IsCancelled, Progress
from ..runner import TaskError, TaskRunner
from ..widgets.inline_progress import InlineProgress
from ..widgets.password_edit import PasswordEdit
from ..widgets.strength import MIN_LENGTH, StrengthMeter, strength

if TYPE_CHECKING:
    from ...services.security import KeyService


class ChangePassphraseDialog(QDialog):
    def __init__(self, keys: KeyService, runner: TaskRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("changePassphrase")
        self.setWindowTitle(self.tr("Change the passphrase"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumWidth(520)
        self._keys, self._runner = keys, runner
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("The store is not re-encrypted: the workspace key is wrapped again under the new "
                              "passphrase. The recovery key keeps working."), self)
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        form = QFormLayout()
        self.current = PasswordEdit(self)
        self.new = PasswordEdit(self)
        self.meter = StrengthMeter(self)
        self.new.textChanged.connect(self.meter.update_for)
        self.repeat = PasswordEdit(self)
        form.addRow(self.tr("Current passphrase"), self.current)
        form.addRow(self.tr("New passphrase"), self.new)
        form.addRow("", self.meter)
        form.addRow(self.tr("Repeat"), self.repeat)
        layout.addLayout(form)
        self.progress = InlineProgress(self)
        self.progress.setObjectName("passphraseProgress")
        layout.addWidget(self.progress)
        self.outcome = QLabel(self)
        self.outcome.setObjectName("passphraseOutcome")
        self.outcome.setWordWrap(True)
        self.outcome.setTextFormat(Qt.TextFormat.PlainText)
        self.outcome.hide()
        layout.addWidget(self.outcome)
        self.message = QLabel(self)
        self.message.setObjectName("inlineError")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Change passphrase"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("primary")
        self.buttons.accepted.connect(self._change)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _fail(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _change(self) -> None:
        new = self.new.text()
        if len(new) < MIN_LENGTH:
            self._fail(self.tr("The new passphrase is too short: use at least %1 characters.").replace(
                "%1", str(MIN_LENGTH)))
            return
        if strength(new) == 0:
            self._fail(self.tr("This passphrase is too easy to guess: add a few unrelated words."))
            return
        if new != self.repeat.text():
            self._fail(self.tr("The two new passphrases differ."))
            return
        self._set_busy(True)
        self.message.hide()
        keys, current = self._keys, self.current.text()

        def work(progress: Progress, cancelled: IsCancelled) -> None:
            progress(0, 0)
            keys.change_passphrase(current, new, cancelled=cancelled)

        job = self._runner.run(FunctionTask(work), owner=self, on_done=self._changed, on_error=self._failed,
                               on_cancelled=self._cancelled)
        self.progress.start(job, self.tr("Changing the passphrase…"))

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.current, self.new, self.repeat, self.buttons):
            widget.setEnabled(not busy)

    def _failed(self, error: TaskError) -> None:
        self.progress.finish()
        self._set_busy(False)
        self._fail(error.message)

    def _cancelled(self) -> None:
        self.progress.finish()
        self._set_busy(False)
        self._fail(self.tr("Cancelled: the passphrase was not changed."))

    def _changed(self, _result: object) -> None:
        self.progress.finish()
        for edit in (self.current, self.new, self.repeat):
            edit.wipe()
        self._set_busy(False)
        for widget in (self.current, self.new, self.repeat):
            widget.setEnabled(False)
        self.meter.hide()  # emptied, it would advise on a passphrase no longer being typed
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        self.outcome.setText(self.tr("The passphrase was changed. Use the new one the next time you unlock; "
                                     "the recovery key still works."))
        self.outcome.show()

    def reject(self) -> None:
        if self.progress.running:  # Esc or the title bar's close while the change runs: stop it, stay open
            self.progress.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.progress.running:
            self.progress.cancel()
            event.ignore()
            return
        super().closeEvent(event)


class NewRecoveryKeyDialog(QDialog):
    """Shows a freshly made recovery key once; closing needs the 'written down' confirmation."""

    def __init__(self, key: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("newRecoveryKey")
        self.setWindowTitle(self.tr("New recovery key"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        text = QLabel(self.tr("The old recovery key no longer works. Write this one down and keep it apart from "
                              "this computer; it is not shown again."), self)
        text.setWordWrap(True)
        layout.addWidget(text)
        from ..welcome.recovery import two_lines

        label = QLabel(two_lines(key), self)
        label.setObjectName("recoveryKey")
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        layout.addWidget(label)
        self.written = QCheckBox(self.tr("I have written it down and will keep it safe"), self)
        layout.addWidget(self.written)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.written.toggled.connect(ok.setEnabled)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
