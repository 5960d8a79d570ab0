"""Pieces shared by the welcome forms: a folder chooser, headings, the inline message line."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget


def heading(text: str, parent: QWidget, name: str = "heading") -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def message_label(parent: QWidget, name: str = "inlineError") -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.hide()
    return label


def link_button(text: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName("link")
    button.setFlat(True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


class FolderField(QWidget):
    """A folder path with a Browse button (Qt's own dialog: no recent-files list is written)."""

    changed = Signal(str)

    def __init__(self, parent: QWidget, caption: str) -> None:
        super().__init__(parent)
        self._caption = caption
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("workspacePath")
        self.edit.textChanged.connect(self.changed)
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self.browse)
        layout.addWidget(self.edit, 1)
        layout.addWidget(browse)
        self._dialog: QFileDialog | None = None

    def path(self) -> Path | None:
        text = self.edit.text().strip()
        return Path(text).expanduser() if text else None

    def set_path(self, path: Path | None) -> None:
        self.edit.setText(str(path) if path else "")
        self.edit.setToolTip(str(path) if path else "")

    def browse(self) -> None:
        from ..widgets.file_places import add_sidebar_places

        dialog = QFileDialog(self.window(), self._caption)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        add_sidebar_places(dialog)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        current = self.path()
        if current is not None:
            dialog.setDirectory(str(current.parent if not current.exists() else current))
        dialog.fileSelected.connect(lambda chosen: self.set_path(Path(chosen)))
        dialog.finished.connect(dialog.deleteLater)
        self._dialog = dialog
        dialog.open()
