"""Set, replace or remove the duress passphrase (services/duress.py): a second passphrase that opens an
empty decoy workspace and, if chosen, quick-deletes this one first.

Modelled on ChangePassphraseDialog: the current passphrase is asked first; the work (Argon2id runs and the
timing of a decoy, seconds on a slow laptop) runs off the UI thread with its progress and a Cancel that
works until anything is written; errors and the outcome are said inside the dialog, never echoing what
was typed. The page only opens this after an unlock with the real passphrase; a decoy has no duress
passphrase of its own, so there it reads "not set" like any workspace without one."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QFormLayout, QPushButton, QVBoxLayout, QWidget

from ...tasks import IsCancelled, Progress
from ..runner import TaskRunner
from ..widgets.parts import plain_label
from ..widgets.password_edit import PasswordEdit
from ..widgets.strength import MIN_LENGTH, StrengthMeter, strength
from .key_work import KeyWorkDialog

if TYPE_CHECKING:
    from ...services.duress import DuressMode
    from ...services.security import KeyService


class DuressPassphraseDialog(KeyWorkDialog):
    changed = Signal(str)  # the mode now in force: "off", "keep" or "wipe"

    def __init__(self, keys: KeyService, runner: TaskRunner, mode: DuressMode, parent: QWidget) -> None:
        super().__init__(runner, parent, "duress")
        self.setObjectName("duressPassphrase")
        self.setWindowTitle(self.tr("Duress passphrase"))
        self.setMinimumWidth(640)  # the French strength hint beside a long field label needs it (fit test)
        self._keys = keys
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr(
            "A second passphrase to give if you are forced to unlock: typed on the unlock screen, it opens an "
            "empty decoy workspace instead of this one. Nothing on the computer shows that it exists."),
            self, "hint"))
        form = QFormLayout()
        self.current = PasswordEdit(self)
        self.duress = PasswordEdit(self)
        self.meter = StrengthMeter(self)
        self.duress.textChanged.connect(self.meter.update_for)
        self.repeat = PasswordEdit(self)
        form.addRow(self.tr("Current passphrase"), self.current)
        form.addRow(self.tr("Duress passphrase"), self.duress)
        form.addRow("", self.meter)
        form.addRow(self.tr("Repeat"), self.repeat)
        layout.addLayout(form)
        self.wipe = QCheckBox(self.tr("Also quick-delete this workspace when the duress passphrase is typed"), self)
        self.wipe.setObjectName("duressWipe")
        self.wipe.setChecked(False)
        layout.addWidget(self.wipe)
        layout.addWidget(plain_label(self.tr(
            "Then every record, draft and attachment on this computer is destroyed before the decoy opens; "
            "only what reached HQ survives. This cannot be undone."), self, "hint"))
        self.remove = QPushButton(self.tr("Remove duress passphrase"), self)
        self.remove.setObjectName("removeDuress")
        self.remove.setToolTip(self.tr("Asks for the current passphrase only."))
        self.remove.clicked.connect(self._remove)
        self.remove.setVisible(mode != "off")
        layout.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignLeading)
        self.add_footer(layout)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Set") if mode == "off" else self.tr("Replace"))
        self.buttons.accepted.connect(self._set)

    def _inputs(self) -> Sequence[QWidget]:
        return (self.current, self.duress, self.repeat, self.wipe, self.remove)

    def _passphrases(self) -> Sequence[PasswordEdit]:
        return (self.current, self.duress, self.repeat)

    def _set(self) -> None:
        current, duress = self.current.text(), self.duress.text()
        if not current:
            self._fail(self.tr("Type your current passphrase first."))
            return
        if len(duress) < MIN_LENGTH:
            self._fail(self.tr("The duress passphrase is too short: use at least %1 characters.").replace(
                "%1", str(MIN_LENGTH)))
            return
        if strength(duress) == 0:
            self._fail(self.tr("This passphrase is too easy to guess: add a few unrelated words."))
            return
        if duress != self.repeat.text():
            self._fail(self.tr("The two duress passphrases differ."))
            return
        if duress == current:
            self._fail(self.tr("The duress passphrase must differ from your passphrase."))
            return
        keys, wipe_real = self._keys, self.wipe.isChecked()

        def work(progress: Progress, cancelled: IsCancelled) -> str:
            progress(0, 0)
            return keys.set_duress(current, duress, wipe_real=wipe_real, cancelled=cancelled)

        self._start(work, self.tr("Setting the duress passphrase…"), self._done,
                    self.tr("Cancelled: nothing was changed."))

    def _remove(self) -> None:
        current = self.current.text()
        if not current:
            self._fail(self.tr("Type your current passphrase to remove the duress passphrase."))
            return
        keys = self._keys

        def work(progress: Progress, cancelled: IsCancelled) -> str:
            progress(0, 0)
            return keys.clear_duress(current, cancelled=cancelled)

        self._start(work, self.tr("Removing the duress passphrase…"), self._done,
                    self.tr("Cancelled: nothing was changed."))

    def _done(self, mode: str) -> None:
        self.meter.hide()  # emptied, it would advise on a passphrase no longer being typed
        self.remove.hide()
        self._finish(self._outcome_text(mode), self.tr("Close"))
        self.changed.emit(mode)

    def _outcome_text(self, mode: str) -> str:
        if mode == "wipe":
            return self.tr("Duress passphrase set: typing it quick-deletes this workspace, then opens an empty "
                           "decoy. Your passphrase and the recovery key open this workspace as before.")
        if mode == "keep":
            return self.tr("Duress passphrase set: typing it opens an empty decoy workspace; this workspace "
                           "stays as it is. Your passphrase and the recovery key open it as before.")
        return self.tr("The duress passphrase was removed: it opens nothing now.")
