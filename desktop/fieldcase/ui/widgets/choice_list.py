"""Pick several values from a long vocabulary: type to search, Add, and a list with Remove.

Adding takes only what the person meant: the entry highlighted in the completion list, else the
entry whose label is the typed text (case-insensitive), else the one entry whose label contains it.
Anything else adds nothing and says so. After an add the box is empty and stays empty: Enter is
handled here, before QComboBox and QCompleter see it, because they would otherwise re-select an
entry of their own (the completer re-applies its highlighted row to the now unfiltered list).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..vocab import Choice
from .parts import button_row, error_label


def searchable_combo(choices: Sequence[Choice], parent: QWidget, placeholder: str) -> QComboBox:
    combo = QComboBox(parent)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    for value, label in choices:
        combo.addItem(label.strip(), value)
        combo.setItemData(combo.count() - 1, label.strip(), Qt.ItemDataRole.ToolTipRole)
    combo.setCurrentIndex(-1)
    line_edit, completer = combo.lineEdit(), combo.completer()
    assert line_edit is not None and completer is not None  # an editable combo box has both
    line_edit.setPlaceholderText(placeholder)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setMaxVisibleItems(20)
    # long terms (HURIDOCS, and longer still in French or Spanish): the list may be wider than the box, up to
    # a limit, and what still does not fit is cut at the end (the full term is the item's tooltip)
    for view in (combo.view(), completer.popup()):
        if view is not None:
            view.setTextElideMode(Qt.TextElideMode.ElideRight)
    combo.view().setMinimumWidth(min(640, combo.view().sizeHintForColumn(0) + 32))
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(30)
    return combo


def chosen_value(combo: QComboBox) -> str | None:
    index = combo.findText(combo.currentText().strip(), Qt.MatchFlag.MatchFixedString)
    return combo.itemData(index) if index >= 0 else None


def match_value(combo: QComboBox) -> str | None:
    """The value of the entry whose label is the typed text (case-insensitive), else of the only
    entry whose label contains it; None when nothing or several match."""
    text = " ".join(combo.currentText().split()).casefold()
    if not text:
        return None
    labels = [(" ".join(combo.itemText(i).split()).casefold(), i) for i in range(combo.count())]
    exact = [i for label, i in labels if label == text]
    if exact:
        return combo.itemData(exact[0])
    containing = [i for label, i in labels if text in label]
    return combo.itemData(containing[0]) if len(containing) == 1 else None


_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ChoiceList(QWidget):
    changed = Signal()

    def __init__(self, choices: Sequence[Choice], parent: QWidget, *, placeholder: str, add_text: str) -> None:
        super().__init__(parent)
        self._labels = {value: label.strip() for value, label in choices}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.combo = searchable_combo(choices, self, placeholder)
        self.add_button = QPushButton(add_text, self)
        self.add_button.clicked.connect(lambda: self._add())
        # installed after the completer's own filter, so they run first (Qt calls the newest first)
        completer, line_edit = self.combo.completer(), self.combo.lineEdit()
        assert completer is not None and line_edit is not None  # searchable_combo is editable
        popup = completer.popup()
        assert popup is not None  # a completer always has its popup
        self._popup: QAbstractItemView = popup
        self._popup.installEventFilter(self)
        line_edit.installEventFilter(self)
        row.addWidget(self.combo, 1)
        row.addWidget(self.add_button)
        layout.addLayout(row)
        self.list = QListWidget(self)
        self.list.setMaximumHeight(130)
        self.list.setAccessibleName(placeholder)
        layout.addWidget(self.list)
        self.error = error_label(self)
        layout.addWidget(self.error)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.clicked.connect(self._remove)
        layout.addLayout(button_row(self.remove_button))

    def values(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def set_values(self, values: Sequence[str]) -> None:
        self.list.clear()
        for value in values:
            self._append(value)

    def _append(self, value: str) -> None:
        item = QListWidgetItem(self._labels.get(value, value), self.list)
        item.setData(Qt.ItemDataRole.UserRole, value)
        item.setToolTip(value)

    def add_value(self, value: str) -> bool:
        if value in self.values():
            return False
        self._append(value)
        self.changed.emit()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and event.key() in _ENTER
                and watched in (self._popup, self.combo.lineEdit())):
            highlighted = self._popup.currentIndex() if self._popup.isVisible() else QModelIndex()
            self._popup.hide()
            self._add(highlighted.data(Qt.ItemDataRole.UserRole) if highlighted.isValid() else None)
            return True  # neither the combo box nor the completer acts on this Enter
        return super().eventFilter(watched, event)

    def _add(self, value: str | None = None) -> None:
        value = value or match_value(self.combo)
        if value is None:
            self.set_error(self.tr("Choose a value from the list."))
            return
        self.set_error(None)
        self.add_value(value)
        self.clear_entry()
        QTimer.singleShot(0, self, self._keep_cleared)

    def clear_entry(self) -> None:
        self._popup.hide()
        self.combo.setCurrentIndex(-1)
        self.combo.clearEditText()

    def _keep_cleared(self) -> None:
        if self.combo.currentIndex() != -1:  # something re-selected an entry after the add
            self.clear_entry()

    def _remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.changed.emit()

    def set_error(self, message: str | None) -> None:
        self.error.setText(message or "")
        self.error.setVisible(bool(message))
