"""Change the passphrase (asks for the current one first), and replace the recovery key.

The change takes two Argon2id derivations (seconds on a slow laptop): it runs off the UI thread with its
progress, a Cancel that works until the new key file is written, and the outcome inside the dialog."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ...tasks import IsCancelled, Progress
from ..runner import TaskRunner
from ..widgets.parts import plain_label
from ..widgets.password_edit import PasswordEdit
from ..widgets.strength import MIN_LENGTH, StrengthMeter, strength
from .key_work import KeyWorkDialog

if TYPE_CHECKING:
    from ...services.security import KeyService


class ChangePassphraseDialog(KeyWorkDialog):
    def __init__(self, keys: KeyService, runner: TaskRunner, parent: QWidget) -> None:
        super().__init__(runner, parent, "passphrase")
        self.setObjectName("changePassphrase")
        self.setWindowTitle(self.tr("Change the passphrase"))
        self.setMinimumWidth(520)
        self._keys = keys
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr("The store is not re-encrypted: the workspace key is wrapped again under "
                                             "the new passphrase. The recovery key keeps working."), self, "hint"))
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
        self.add_footer(layout)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Change passphrase"))
        self.buttons.accepted.connect(self._change)

    def _inputs(self) -> Sequence[QWidget]:
        return (self.current, self.new, self.repeat)

    def _passphrases(self) -> Sequence[PasswordEdit]:
        return (self.current, self.new, self.repeat)

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
        keys, current = self._keys, self.current.text()

        def work(progress: Progress, cancelled: IsCancelled) -> None:
            progress(0, 0)
            keys.change_passphrase(current, new, cancelled=cancelled)

        self._start(work, self.tr("Changing the passphrase…"), self._changed,
                    self.tr("Cancelled: the passphrase was not changed."))

    def _changed(self, _result: object) -> None:
        self.meter.hide()  # emptied, it would advise on a passphrase no longer being typed
        self._finish(self.tr("The passphrase was changed. Use the new one the next time you unlock; the recovery "
                             "key still works."), self.tr("Close"))


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
