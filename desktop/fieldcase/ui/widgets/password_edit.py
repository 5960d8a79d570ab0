"""A password line edit with a show/hide toggle; never offers copy or drag of its content."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from ..icons import icon


class PasswordEdit(QLineEdit):
    def __init__(self, parent: QWidget | None = None, placeholder: str = "") -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setPlaceholderText(placeholder)
        self.setInputMethodHints(Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhNoPredictiveText
                                 | Qt.InputMethodHint.ImhSensitiveData)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setDragEnabled(False)
        self._toggle = self.addAction(icon("eye", "#5b6675"), QLineEdit.ActionPosition.TrailingPosition)
        self._toggle.setCheckable(True)
        self._toggle.setToolTip(self.tr("Show or hide the passphrase"))
        self._toggle.toggled.connect(self._reveal)

    def _reveal(self, shown: bool) -> None:
        self.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self._toggle.setIcon(icon("eye-off" if shown else "eye", "#5b6675"))

    def wipe(self) -> None:
        """Clear the text (Python strings cannot be zeroed; at least the widget forgets it)."""
        self._toggle.setChecked(False)
        self.clear()
