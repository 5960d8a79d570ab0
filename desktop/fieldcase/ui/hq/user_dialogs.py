"""The dialogs of the HQ users page: add a user, remove one, reset another's passphrase (a reviewer's), change
one's own (anyone's). Each derives keys with Argon2id and writes the users file, so the work runs on the
window's TaskRunner with its progress inside the dialog; once begun it runs to its end (a half-written change
is what the services order their steps to avoid), and the outcome is said in the dialog. Passphrase fields are
wiped when the work starts and when the dialog closes; no message repeats a passphrase."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...services import hq_users
from ...services.hq_access import HqSession
from ...services.hq_users import HqUser, KeyRotation, Removal
from ...tasks import call
from ...text import clean_line
from ..runner import TaskError, TaskRunner
from ..widgets.inline_progress import InlineProgress
from ..widgets.parts import plain_label
from ..widgets.password_edit import PasswordEdit
from ..widgets.strength import MIN_LENGTH, StrengthMeter, strength
from .records import level_label, role_label


def _name(user: HqUser) -> str:
    return clean_line(user.name, 64)


class _HqUserDialog(QDialog):
    """The frame every users dialog shares: an explanation, a form, the progress, the outcome, the buttons."""

    changed = Signal()  # the users file changed: the page lists the users again

    def __init__(self, runner: TaskRunner, parent: QWidget, title: str, intro: str, action: str) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        self._runner = runner
        self.layout_ = QVBoxLayout(self)
        self.intro = plain_label(intro, self, "hint")
        self.layout_.addWidget(self.intro)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.progress = InlineProgress(self)
        self.layout_.addWidget(self.progress)
        self.outcome = plain_label("", self, "inlineInfo")
        self.outcome.hide()
        self.layout_.addWidget(self.outcome)
        self.message = plain_label("", self, "inlineError")
        self.message.hide()
        self.layout_.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(action)
        self.ok.setObjectName("primary")
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.layout_.addWidget(self.buttons)

    # subclasses: the fields to disable while working, the passphrase fields to wipe, the checks and the work
    def _fields(self) -> list[QWidget]:
        return []

    def _secrets(self) -> list[PasswordEdit]:
        return [w for w in self._fields() if isinstance(w, PasswordEdit)]

    def _submit(self) -> None:
        raise NotImplementedError

    def _outcome(self, result: Any) -> str:
        raise NotImplementedError

    def fail(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def check_new_passphrase(self, new: PasswordEdit, repeat: PasswordEdit) -> bool:
        """The same rules as the workspace's own passphrase dialog (ui/dialogs/passphrase.py)."""
        if len(new.text()) < MIN_LENGTH:
            self.fail(self.tr("The new passphrase is too short: use at least %1 characters.").replace(
                "%1", str(MIN_LENGTH)))
            return False
        if strength(new.text()) == 0:
            self.fail(self.tr("This passphrase is too easy to guess: add a few unrelated words."))
            return False
        if new.text() != repeat.text():
            self.fail(self.tr("The two new passphrases differ."))
            return False
        return True

    def start(self, work: Callable[[], Any], text: str) -> None:
        """Run `work` (it has taken what it needs from the fields, which are wiped now) on a worker thread."""
        self.message.hide()
        for edit in self._secrets():
            edit.wipe()
        self._show_meters(False)  # emptied, they would advise on a passphrase no longer being typed
        self._set_busy(True)
        job = self._runner.run(call(work), owner=self, on_done=self._finished, on_error=self._failed)
        self.progress.start(job, text, cancellable=False)

    def _show_meters(self, shown: bool) -> None:
        for meter in self.findChildren(StrengthMeter):
            meter.setVisible(shown)

    def _set_busy(self, busy: bool) -> None:
        for widget in [*self._fields(), self.buttons]:
            widget.setEnabled(not busy)

    def _failed(self, error: TaskError) -> None:
        self.progress.finish()
        self._set_busy(False)
        self._show_meters(True)  # the passphrases are typed again
        self.fail(error.message)

    def _finished(self, result: Any) -> None:
        self.progress.finish()
        self._set_busy(False)
        for widget in self._fields():
            widget.setEnabled(False)
        self.ok.hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        self._hide_question()
        self.outcome.setText(self._outcome(result))
        self.outcome.show()
        self._fit()
        self.changed.emit()

    def _hide_question(self) -> None:
        """What only made sense before the change (the remove dialog's question)."""

    def _fit(self) -> None:
        """Grow or shrink to the wrapped text now shown (a dialog keeps its first size otherwise, clipping it)."""
        self.layout_.activate()
        width = self.width()
        height = (self.layout_.totalHeightForWidth(width) if self.layout_.hasHeightForWidth()
                  else self.sizeHint().height())
        self.resize(width, height)

    @property
    def done_ok(self) -> bool:
        """The change was made (the outcome is shown)."""
        return self.ok.isHidden()

    def reject(self) -> None:
        if self.progress.running:  # a change once begun runs to its end; the dialog stays until it has
            return
        super().reject()

    def done(self, code: int) -> None:
        for edit in self._secrets():
            edit.wipe()
        super().done(code)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.progress.running:
            event.ignore()
            return
        super().closeEvent(event)


def _passphrase_rows(dialog: _HqUserDialog) -> tuple[PasswordEdit, StrengthMeter, PasswordEdit]:
    new = PasswordEdit(dialog)
    new.setObjectName("hqNewPassphrase")
    meter = StrengthMeter(dialog)
    new.textChanged.connect(meter.update_for)
    repeat = PasswordEdit(dialog)
    repeat.setObjectName("hqRepeatPassphrase")
    return new, meter, repeat


class AddUserDialog(_HqUserDialog):
    def __init__(self, session: HqSession, runner: TaskRunner, parent: QWidget) -> None:
        super().__init__(runner, parent, self.tr("Add an HQ user"), self.tr(
            "The new user signs in with this name and passphrase: give them the passphrase in person. Their "
            "clearance decides which keys their slot holds: a viewer or analyst below strictly confidential "
            "opens only the records up to their level."), self.tr("Add user"))
        self.setObjectName("hqAddUserDialog")
        self._session = session
        self.name = QLineEdit(self)
        self.name.setObjectName("hqNewUserName")
        self.name.setMaxLength(64)
        self.role = QComboBox(self)
        self.role.setObjectName("hqNewUserRole")
        for role in hq_users.ROLES:
            self.role.addItem(role_label(role), role)
        self.clearance = QComboBox(self)
        self.clearance.setObjectName("hqNewUserClearance")
        for level in hq_users.LEVELS:
            self.clearance.addItem(level_label(level), level)
        self.role.currentIndexChanged.connect(self._role_changed)
        self.new, self.meter, self.repeat = _passphrase_rows(self)
        self.form.addRow(self.tr("User name"), self.name)
        self.form.addRow(self.tr("Role"), self.role)
        self.form.addRow(self.tr("Clearance"), self.clearance)
        self.form.addRow(self.tr("Their passphrase"), self.new)
        self.form.addRow("", self.meter)
        self.form.addRow(self.tr("Repeat"), self.repeat)
        self._role_changed()

    def _role_changed(self) -> None:
        """The role's default clearance; a reviewer hands out every key, so has the top one and no other."""
        role = self.role.currentData()
        self.clearance.setCurrentIndex(self.clearance.findData(hq_users.DEFAULT_CLEARANCE.get(role, "restricted")))
        self.clearance.setEnabled(role != "reviewer")

    def _fields(self) -> list[QWidget]:
        return [self.name, self.role, self.clearance, self.new, self.repeat]

    def _set_busy(self, busy: bool) -> None:
        super()._set_busy(busy)
        if not busy:
            self.clearance.setEnabled(self.role.currentData() != "reviewer")

    def _submit(self) -> None:
        name = self.name.text().strip()
        if not name:
            self.fail(self.tr("Enter the new user's name."))
            return
        if not self.check_new_passphrase(self.new, self.repeat):
            return
        session, role, clearance, passphrase = (self._session, self.role.currentData(),
                                                self.clearance.currentData(), self.new.text())
        self.start(lambda: hq_users.add_user(session.store, name, role, passphrase, clearance),
                   self.tr("Adding the user…"))

    def _outcome(self, result: HqUser) -> str:
        return self.tr("%1 was added: %2, clearance %3. They can sign in now.").replace("%1", _name(result)).replace(
            "%2", role_label(result.role)).replace("%3", level_label(result.clearance))


class RemoveUserDialog(_HqUserDialog):
    def __init__(self, session: HqSession, user: HqUser, runner: TaskRunner, parent: QWidget) -> None:
        name = _name(user)
        super().__init__(runner, parent, self.tr("Remove an HQ user"),
                         self.tr("Remove %1 (%2, clearance %3)?").replace("%1", name).replace(
                             "%2", role_label(user.role)).replace("%3", level_label(user.clearance)),
                         self.tr("Remove user"))
        self.setObjectName("hqRemoveUserDialog")
        self.intro.setObjectName("")  # the question, in the ordinary text colour
        self._session, self._user = session, user
        lines = [self.tr("Their key slot is removed: their passphrase opens nothing here any more.")]
        if user.clearance == hq_users.TOP:
            lines.append(self.tr("They could open every level, so the keys to the restricted and confidential "
                                 "records are replaced and those records are encrypted again under the new keys: "
                                 "the keys %1 could read open none of them afterwards. The other users of those "
                                 "levels are sent the new keys and take them at their next sign-in.").replace(
                "%1", name))
            lines.append(self.tr("%1 also held the store key, which opens HQ's age identities and its CA key. "
                                 "Removing them cannot take back copies they may have kept: to stop new packages "
                                 "reaching them, rotate HQ's keys afterwards (fieldcase hq keys --rotate).").replace(
                "%1", name))
        else:
            lines.append(self.tr("The key to the %1 records is replaced and those records are encrypted again "
                                 "under it: the key %2 held opens none of them afterwards. The other users of that "
                                 "level are sent the new key and take it at their next sign-in.").replace(
                "%1", level_label(user.clearance)).replace("%2", name))
        self.details = plain_label("\n\n".join(lines), self, "removeDetails")
        self.layout_.insertWidget(1, self.details)
        self.rotate_button = QPushButton(self.tr("Rotate HQ's keys now"), self)
        self.rotate_button.setObjectName("rotateHqKeys")
        self.rotate_button.clicked.connect(self._rotate)
        self.rotate_button.hide()  # offered once a user who held the store key is removed
        self.layout_.insertWidget(self.layout_.indexOf(self.outcome) + 1, self.rotate_button, 0,
                                  Qt.AlignmentFlag.AlignLeading)

    def _hide_question(self) -> None:
        self.intro.hide()
        self.details.hide()

    def _submit(self) -> None:
        session, name = self._session, self._user.name
        self.start(lambda: hq_users.remove_user(session.store, name), self.tr("Removing the user and replacing keys…"))

    def _outcome(self, result: Removal) -> str:
        name = _name(result.user)
        levels = ", ".join(level_label(level) for level in result.replaced_levels)
        lines = [self.tr("%1 was removed. Keys replaced: %2.").replace("%1", name).replace("%2", levels)]
        if result.sent_to:
            sent = self.tr("The new key of their level was sent to: %1. Each takes it at their next sign-in.")
            lines.append(sent.replace("%1", ", ".join(clean_line(n, 64) for n in result.sent_to)))
        else:
            lines.append(self.tr("No other user of the levels whose keys were replaced needed a new key."))
        if result.need_reset:
            lines.append(self.tr("These users cannot receive it: give each a new passphrase (Reset passphrase…): "
                                 "%1.").replace("%1", ", ".join(clean_line(n, 64) for n in result.need_reset)))
        if result.held_store_key:
            lines.append(self.tr("%1 also held the store key: rotate HQ's keys (fieldcase hq keys --rotate) so that "
                                 "new packages do not reach them.").replace("%1", name))
            self.rotate_button.show()
        return "\n".join(lines)

    def _rotate(self) -> None:
        session = self._session
        self.rotate_button.setEnabled(False)
        self.buttons.setEnabled(False)
        self.message.hide()
        job = self._runner.run(call(lambda: hq_users.rotate_keys_after_removal(session.store)), owner=self,
                               on_done=self._rotated, on_error=self._rotate_failed)
        self.progress.start(job, self.tr("Rotating HQ's keys…"), cancellable=False)

    def _rotated(self, rotation: KeyRotation) -> None:
        self.progress.finish()
        self.buttons.setEnabled(True)
        self.rotate_button.hide()
        text = self.tr("HQ's keys were rotated (keyset version %1): officers encrypt new packages to the new key "
                       "from their next pull.").replace("%1", str(rotation.keyset_version))
        if rotation.root_must_sign:
            text += "\n" + self.tr("HQ signs its key bundles with an offline root key: sign a new bundle "
                                   "(fieldcase hq bundle sign) so that officers take the new key.")
        self.outcome.setText(self.outcome.text() + "\n\n" + text)
        self._fit()

    def _rotate_failed(self, error: TaskError) -> None:
        self.progress.finish()
        self.buttons.setEnabled(True)
        self.rotate_button.setEnabled(True)
        self.fail(error.message)


class ResetPassphraseDialog(_HqUserDialog):
    def __init__(self, session: HqSession, user: HqUser, runner: TaskRunner, parent: QWidget) -> None:
        super().__init__(runner, parent, self.tr("Reset a passphrase"), self.tr(
            "Give %1 a new passphrase, when they forgot theirs or a removal could not send them a new key. Their "
            "key slot is made again with the keys of their clearance as they are now; tell them the new passphrase "
            "in person.").replace("%1", _name(user)), self.tr("Reset passphrase"))
        self.setObjectName("hqResetPassphraseDialog")
        self._session, self._user = session, user
        self.new, self.meter, self.repeat = _passphrase_rows(self)
        self.form.addRow(self.tr("New passphrase"), self.new)
        self.form.addRow("", self.meter)
        self.form.addRow(self.tr("Repeat"), self.repeat)

    def _fields(self) -> list[QWidget]:
        return [self.new, self.repeat]

    def _submit(self) -> None:
        if not self.check_new_passphrase(self.new, self.repeat):
            return
        session, name, passphrase = self._session, self._user.name, self.new.text()
        self.start(lambda: hq_users.reset_passphrase(session.store, name, passphrase),
                   self.tr("Resetting the passphrase…"))

    def _outcome(self, result: None) -> str:
        return self.tr("%1's passphrase was reset: they sign in with the new one.").replace("%1", _name(self._user))


class ChangeOwnPassphraseDialog(_HqUserDialog):
    def __init__(self, session: HqSession, runner: TaskRunner, parent: QWidget) -> None:
        super().__init__(runner, parent, self.tr("Change my passphrase"), self.tr(
            "Your key slot is wrapped again under the new passphrase, holding the same keys; your current one "
            "opens nothing afterwards."), self.tr("Change passphrase"))
        self.setObjectName("hqChangeOwnPassphraseDialog")
        self._session = session
        self.current = PasswordEdit(self)
        self.current.setObjectName("hqCurrentPassphrase")
        self.new, self.meter, self.repeat = _passphrase_rows(self)
        self.form.addRow(self.tr("Current passphrase"), self.current)
        self.form.addRow(self.tr("New passphrase"), self.new)
        self.form.addRow("", self.meter)
        self.form.addRow(self.tr("Repeat"), self.repeat)

    def _fields(self) -> list[QWidget]:
        return [self.current, self.new, self.repeat]

    def _submit(self) -> None:
        if not self.current.text():
            self.fail(self.tr("Enter your current passphrase."))
            return
        if not self.check_new_passphrase(self.new, self.repeat):
            return
        path, name, current, new = self._session.path, self._session.user.name, self.current.text(), self.new.text()
        if path is None:  # every session made by sign_in knows its directory
            self.fail(self.tr("The HQ directory is locked."))
            return
        self.start(lambda: hq_users.change_own_passphrase(path, name, current, new),
                   self.tr("Changing your passphrase…"))

    def _outcome(self, result: HqUser) -> str:
        return self.tr("Your passphrase was changed: sign in with the new one next time.")
