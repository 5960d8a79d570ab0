"""The HQ users page: who has access, with which role and clearance. A reviewer adds, removes and resets
others' passphrases here; every user changes their own. The list comes from services/hq_users.py, which
needs the HQ store: a user below the top clearance sees only their own account. Whatever derives a key or
writes runs in a dialog, on a worker thread (ui/hq/user_dialogs.py); the list is read again after each change."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...services import hq_users
from ...services.hq_access import HqSession
from ...services.hq_users import HqUser
from ...tasks import call
from ...text import clean_line
from ..rtl import select_row
from ..runner import TaskError, TaskRunner
from ..welcome.common import message_label
from .records import level_label, role_label
from .user_dialogs import AddUserDialog, ChangeOwnPassphraseDialog, RemoveUserDialog, ResetPassphraseDialog

NAME_ROLE = Qt.ItemDataRole.UserRole + 1


class HqUsersPage(QWidget):
    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._session: HqSession | None = None
        self._dialog: QDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        self.hint = QLabel(self)
        self.hint.setObjectName("hint")
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.message = message_label(self)
        layout.addWidget(self.message)
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("Clearance")])
        self.table = QTableView(self)
        self.table.setObjectName("hqUsers")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add user…"), self)
        self.add_button.setObjectName("hqAddUser")
        self.add_button.clicked.connect(self.add_user)
        self.remove_button = QPushButton(self.tr("Remove…"), self)
        self.remove_button.setObjectName("hqRemoveUser")
        self.remove_button.clicked.connect(self.remove_user)
        self.reset_button = QPushButton(self.tr("Reset passphrase…"), self)
        self.reset_button.setObjectName("hqResetPassphrase")
        self.reset_button.clicked.connect(self.reset_passphrase)
        self.own_button = QPushButton(self.tr("Change my passphrase…"), self)
        self.own_button.setObjectName("hqChangeOwnPassphrase")
        self.own_button.clicked.connect(self.change_own_passphrase)
        for button in (self.add_button, self.remove_button, self.reset_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.own_button)
        layout.addLayout(row)
        self.status = QLabel(self)
        self.status.setObjectName("hint")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.status)
        self._set_manage(False)

    # -- the list -------------------------------------------------------------------------------------
    def show_session(self, session: HqSession) -> None:
        self._session = session
        user = session.user
        self._set_manage(hq_users.may_manage(user))
        if hq_users.may_manage(user):
            self.hint.setText(self.tr("As a reviewer you add users, remove them and give a user who forgot "
                                      "theirs a new passphrase. Choose a user in the list to remove them or reset "
                                      "their passphrase."))
        elif hq_users.may_list(user):
            self.hint.setText(self.tr("Only a reviewer adds or removes users; you can change your own passphrase."))
        else:
            self.hint.setText(self.tr("The list of HQ users needs the strictly confidential clearance; your "
                                      "account is shown. Only a reviewer adds or removes users; you can change your "
                                      "own passphrase."))
        self.refresh()

    def refresh(self) -> None:
        session = self._session
        if session is None:
            return
        self.message.hide()
        if not hq_users.may_list(session.user):
            self._listed([session.user])
            return
        self.status.setText(self.tr("Loading the users…"))
        self._runner.run(call(lambda: hq_users.list_users(session.store)), owner=self, on_done=self._listed,
                         on_error=self._failed)

    def _listed(self, users: list[HqUser]) -> None:
        self.model.removeRows(0, self.model.rowCount())
        for user in users:
            items = [QStandardItem(clean_line(user.name, 64)), QStandardItem(role_label(user.role)),
                     QStandardItem(level_label(user.clearance))]
            items[0].setData(user, NAME_ROLE)
            self.model.appendRow(items)
        self.status.setText(self.tr("%n user(s)", "", len(users)))
        self._update_buttons()

    def _failed(self, error: TaskError) -> None:
        self.status.setText("")
        self.message.setText(error.message)
        self.message.show()

    def row_of(self, name: str) -> int:
        return next((r for r in range(self.model.rowCount()) if self.user_at(r).name == name), -1)

    def user_at(self, row: int) -> HqUser:
        user = self.model.item(row, 0).data(NAME_ROLE)
        assert isinstance(user, HqUser)
        return user

    def select(self, name: str) -> None:
        """Choose a user as a click would (QTableView.selectRow can do nothing in a mirrored layout)."""
        select_row(self.table, self.row_of(name))

    def selected(self) -> HqUser | None:
        rows = self.table.selectionModel().selectedRows()
        return self.user_at(rows[0].row()) if rows else None

    def _set_manage(self, manage: bool) -> None:
        for button in (self.add_button, self.remove_button, self.reset_button):
            button.setVisible(manage)
        self._update_buttons()

    def _update_buttons(self) -> None:
        """Remove and reset act on another user chosen in the list (a reviewer changes their own passphrase)."""
        chosen = self.selected()
        other = chosen is not None and self._session is not None and chosen.name != self._session.user.name
        self.remove_button.setEnabled(other)
        self.reset_button.setEnabled(other)

    # -- the changes ----------------------------------------------------------------------------------
    def add_user(self) -> None:
        if self._session is not None:
            self._open(AddUserDialog(self._session, self._runner, self))

    def remove_user(self) -> None:
        chosen = self.selected()
        if self._session is not None and chosen is not None:
            self._open(RemoveUserDialog(self._session, chosen, self._runner, self))

    def reset_passphrase(self) -> None:
        chosen = self.selected()
        if self._session is not None and chosen is not None:
            self._open(ResetPassphraseDialog(self._session, chosen, self._runner, self))

    def change_own_passphrase(self) -> None:
        if self._session is not None:
            self._open(ChangeOwnPassphraseDialog(self._session, self._runner, self))

    def _open(self, dialog: QDialog) -> None:
        self._dialog = dialog
        dialog.finished.connect(self._closed)
        dialog.changed.connect(self.refresh)  # type: ignore[attr-defined]
        dialog.open()

    def _closed(self) -> None:
        self._dialog = None

    @property
    def dialog(self) -> QDialog | None:
        """The dialog open over this page, if any."""
        return self._dialog

    def clear(self) -> None:
        """Forget everything shown (at lock); a dialog still open is closed with its fields wiped."""
        if self._dialog is not None:
            self._dialog.done(QDialog.DialogCode.Rejected)
        self._dialog = None
        self._session = None
        self.model.removeRows(0, self.model.rowCount())
        self.message.hide()
        self.status.setText("")
        self.hint.setText("")
