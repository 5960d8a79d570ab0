"""Settings: idle auto-lock, passphrase and recovery key, and what this workspace is."""

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
    QWidget,
)

from ... import __version__
from ...config import MAX_IDLE_MINUTES, MIN_IDLE_MINUTES, Settings
from ...tasks import call
from ..dialogs.passphrase import ChangePassphraseDialog, NewRecoveryKeyDialog
from ..runner import TaskRunner
from ..text import safe_line
from ..widgets.language_choice import LanguageChoice
from ..widgets.parts import scrolled_page

if TYPE_CHECKING:
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

        if quick_delete is not None:
            emergency = QGroupBox(self.tr("Emergency"), body)
            erow = QHBoxLayout(emergency)
            wipe = QPushButton(self.tr("Quick delete…"), emergency)
            wipe.setObjectName("quickDelete")
            wipe.clicked.connect(quick_delete)
            erow.addWidget(wipe)
            erow.addWidget(_label(self.tr("Shortcut: Ctrl+Shift+Delete, also on the unlock screen. After one "
                                          "confirmation the keys are destroyed first, then every record, draft "
                                          "and attachment on this computer; only what reached HQ survives."),
                                  emergency), 1)
            layout.addWidget(emergency)

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
