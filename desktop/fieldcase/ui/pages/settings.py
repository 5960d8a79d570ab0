"""Settings: idle auto-lock, passphrase and recovery key, emergency measures (quick delete, delete after
failed unlocks, the duress passphrase), and what this workspace is."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ... import __version__
from ...config import MAX_IDLE_MINUTES, MIN_IDLE_MINUTES, Settings
from ...tasks import call
from ..dialogs.duress import DuressPassphraseDialog
from ..dialogs.passphrase import ChangePassphraseDialog, NewRecoveryKeyDialog
from ..runner import TaskError, TaskRunner
from ..text import safe_line
from ..widgets.language_choice import LanguageChoice
from ..widgets.parts import scrolled_page

if TYPE_CHECKING:
    from ...services.duress import DuressMode
    from ...services.gazetteer import GazetteerService
    from ...services.security import KeyService


def _label(text: str, parent: QWidget, selectable: bool = False) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class SettingsPage(QWidget):
    def __init__(self, settings: Settings, on_change: Callable[[Settings], None], keys: KeyService,
                 runner: TaskRunner, lock: Callable[[], None], parent: QWidget | None = None, *,
                 quick_delete: Callable[[], None] | None = None,
                 places: GazetteerService | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsPage")
        self._settings, self._on_change, self._keys, self._runner = settings, on_change, keys, runner
        self._dialog: QWidget | None = None
        body, layout = scrolled_page(self, self.tr("Settings"))

        language_box = QGroupBox(self.tr("Language"), body)
        language_row = QHBoxLayout(language_box)
        self.language = LanguageChoice(language_box)
        self.language.chosen.connect(self._language_chosen)
        language_row.addWidget(self.language)
        language_row.addWidget(_label(self.tr("Applies at once and is remembered. Open editors keep what you "
                                              "have typed."), language_box), 1)
        layout.addWidget(language_box)

        security = QGroupBox(self.tr("Locking"), body)
        form = QFormLayout(security)
        self.idle = QDoubleSpinBox(security)
        self.idle.setObjectName("idleMinutes")
        self.idle.setDecimals(0)
        self.idle.setRange(MIN_IDLE_MINUTES, MAX_IDLE_MINUTES)
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setValue(settings.idle_lock_minutes)
        self.idle.setMaximumWidth(140)
        self.idle.valueChanged.connect(self._idle_changed)
        form.addRow(self.tr("Lock after being idle for"), self.idle)
        lock_row = QHBoxLayout()
        lock_button = QPushButton(self.tr("Lock now"), security)
        lock_button.clicked.connect(lock)
        lock_row.addWidget(lock_button)
        lock_row.addWidget(_label(self.tr("Shortcut: Ctrl+L. Locking closes every window of the workspace and "
                                          "drops its keys from memory; unsaved edits are kept as encrypted "
                                          "drafts."), security), 1)
        form.addRow("", lock_row)
        form.addRow("", _label(self.tr("Window contents are never saved to disk. A name copied from a record is "
                                       "cleared from the clipboard after 30 seconds."), security))
        layout.addWidget(security)

        keys_box = QGroupBox(self.tr("Passphrase and recovery key"), body)
        row = QHBoxLayout(keys_box)
        change = QPushButton(self.tr("Change passphrase…"), keys_box)
        change.clicked.connect(self._change_passphrase)
        recovery = QPushButton(self.tr("Make a new recovery key…"), keys_box)
        recovery.clicked.connect(self._new_recovery_key)
        row.addWidget(change)
        row.addWidget(recovery)
        row.addStretch(1)
        layout.addWidget(keys_box)
        if places is not None:
            from ..widgets.places_box import PlacesBox

            self.places = PlacesBox(places, runner, body)
            layout.addWidget(self.places)

        layout.addWidget(self._emergency_box(body, quick_delete))

        about = QGroupBox(self.tr("This workspace"), body)
        info = QFormLayout(about)
        info.addRow(self.tr("Folder"), _label(str(self._keys.path), about, selectable=True))
        info.addRow(self.tr("Officer"), _label(safe_line(self._keys.officer, 120), about))
        info.addRow(self.tr("Workspace id"), _label(self._keys.workspace_id, about, selectable=True))
        info.addRow(self.tr("Encryption"), _label(self.tr("SQLCipher 4 store under a random 256-bit key; the key "
                                                          "is unlocked with Argon2id. Attachments: age."), about))
        info.addRow(self.tr("Version"), _label(__version__, about))
        layout.addWidget(about)
        layout.addStretch(1)

    # -- emergency ---------------------------------------------------------------------------------
    def _emergency_box(self, body: QWidget, quick_delete: Callable[[], None] | None) -> QGroupBox:
        from ...services.security import MAX_WIPE_AFTER

        emergency = QGroupBox(self.tr("Emergency"), body)
        emergency.setObjectName("emergency")
        rows = QVBoxLayout(emergency)
        if quick_delete is not None:
            erow = QHBoxLayout()
            wipe = QPushButton(self.tr("Quick delete…"), emergency)
            wipe.setObjectName("quickDelete")
            wipe.clicked.connect(quick_delete)
            erow.addWidget(wipe)
            erow.addWidget(_label(self.tr("Shortcut: Ctrl+Shift+Delete, also on the unlock screen. After one "
                                          "confirmation the keys are destroyed first, then every record, draft "
                                          "and attachment on this computer; only what reached HQ survives."),
                                  emergency), 1)
            rows.addLayout(erow)

        # Delete after failed unlocks: 0 shows as "Off"
        failures = QHBoxLayout()
        failures.addWidget(_label(self.tr("Delete after failed unlocks"), emergency))
        self.wipe_after = QSpinBox(emergency)
        self.wipe_after.setObjectName("wipeAfter")
        self.wipe_after.setRange(0, MAX_WIPE_AFTER)
        self.wipe_after.setSpecialValueText(self.tr("Off"))
        self.wipe_after.setMinimumWidth(110)
        self.wipe_after.setEnabled(False)  # until the value in force is read
        failures.addWidget(self.wipe_after)
        self.apply_wipe_after = QPushButton(self.tr("Apply"), emergency)
        self.apply_wipe_after.setObjectName("applyWipeAfter")
        self.apply_wipe_after.setEnabled(False)
        self.apply_wipe_after.clicked.connect(self._apply_wipe_after)
        failures.addWidget(self.apply_wipe_after)
        self.wipe_after_state = _label("", emergency)
        self.wipe_after_state.setObjectName("wipeAfterState")
        failures.addWidget(self.wipe_after_state, 1)
        rows.addLayout(failures)
        rows.addWidget(_label(self.tr("After that many wrong passphrases in a row, the workspace is quick-deleted "
                                      "as by Quick delete; this cannot be undone."), emergency))

        duress_row = QHBoxLayout()
        self.duress_button = QPushButton(self.tr("Duress passphrase…"), emergency)
        self.duress_button.setObjectName("duressButton")
        self.duress_button.setEnabled(False)  # until the state is read
        self.duress_button.clicked.connect(self._open_duress)
        duress_row.addWidget(self.duress_button)
        self.duress_state = _label("", emergency)
        self.duress_state.setObjectName("duressState")
        duress_row.addWidget(self.duress_state, 1)
        rows.addLayout(duress_row)
        self.emergency_error = _label("", emergency)
        self.emergency_error.setObjectName("inlineError")
        self.emergency_error.hide()
        rows.addWidget(self.emergency_error)
        self._duress_mode: DuressMode = "off"
        keys = self._keys
        self._runner.run(call(lambda: (keys.duress_mode(), keys.wipe_after())), owner=self,
                         on_done=self._emergency_read, on_error=self._emergency_failed)
        return emergency

    def _emergency_read(self, state: tuple[DuressMode, int | None]) -> None:
        mode, failures = state
        self._show_duress(mode)
        self._show_wipe_after(failures)
        self.wipe_after.setValue(failures or 0)

    def _emergency_failed(self, error: TaskError) -> None:
        self.wipe_after.setEnabled(True)
        self.apply_wipe_after.setEnabled(True)
        self.emergency_error.setText(error.message)
        self.emergency_error.show()

    def _show_wipe_after(self, failures: int | None) -> None:
        self.wipe_after.setEnabled(True)
        self.apply_wipe_after.setEnabled(True)
        if failures is None:
            self.wipe_after_state.setText(self.tr("In force: off. Wrong passphrases only delay the next try."))
        else:
            self.wipe_after_state.setText(self.tr("In force: quick delete after %n wrong passphrases in a row.", "",
                                                  failures))

    def _apply_wipe_after(self) -> None:
        value = self.wipe_after.value()
        self.wipe_after.setEnabled(False)
        self.apply_wipe_after.setEnabled(False)
        self.emergency_error.hide()
        self._runner.run(call(self._keys.set_wipe_after, value or None), owner=self,
                         on_done=self._wipe_after_applied, on_error=self._emergency_failed)

    def _wipe_after_applied(self, failures: int | None) -> None:
        self._show_wipe_after(failures)
        self.wipe_after.setValue(failures or 0)

    def _show_duress(self, mode: DuressMode) -> None:
        self._duress_mode = mode
        self.duress_button.setEnabled(True)
        if mode == "wipe":
            text = self.tr("Set: typing it quick-deletes this workspace, then opens an empty decoy.")
        elif mode == "keep":
            text = self.tr("Set: typing it opens an empty decoy workspace; this one stays as it is.")
        else:
            text = self.tr("Not set. A second passphrase that opens an empty decoy workspace instead of this one.")
        self.duress_state.setText(text)

    def _open_duress(self) -> None:
        dialog = DuressPassphraseDialog(self._keys, self._runner, self._duress_mode, self.window())
        dialog.changed.connect(lambda mode: self._show_duress(mode))
        self._dialog = dialog
        dialog.open()

    def _language_chosen(self, code: str) -> None:
        self._settings = replace(self._settings, language=code)
        self._on_change(self._settings)

    def _idle_changed(self, minutes: float) -> None:
        self._settings = replace(self._settings, idle_lock_minutes=float(minutes))
        self._on_change(self._settings)

    def _change_passphrase(self) -> None:
        dialog = ChangePassphraseDialog(self._keys, self._runner, self.window())
        self._dialog = dialog
        dialog.open()

    def _new_recovery_key(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("New recovery key"),
                          self.tr("Make a new recovery key? The current one stops working at once."),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self.window())
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(button: int) -> None:
            if button == QMessageBox.StandardButton.Yes:
                self._runner.run(call(self._keys.replace_recovery_key), owner=self, on_done=self._show_key)

        box.finished.connect(answered)
        self._dialog = box
        box.open()

    def _show_key(self, key: str) -> None:
        dialog = NewRecoveryKeyDialog(key, self.window())
        self._dialog = dialog
        dialog.open()
