"""A new action point for a risk area: what, who, by when, and the mechanism references it cites."""

from __future__ import annotations

from typing import TypedDict

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


class ActionPointValues(TypedDict):
    title: str
    owner: str
    due: str | None
    references: list[str]
    description: str


class ActionPointDialog(QDialog):
    def __init__(self, area_label: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("actionPointDialog")
        self.setWindowTitle(self.tr("New action point"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("For the risk area: %1").replace("%1", area_label), self)
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setObjectName("hint")
        layout.addWidget(note)
        form = QFormLayout()
        self.title = QLineEdit(self)
        self.title.setMaxLength(300)
        self.owner = QLineEdit(self)
        self.owner.setPlaceholderText(self.tr("A person, team or agency"))
        self.due = QLineEdit(self)
        self.due.setPlaceholderText("YYYY-MM-DD")
        self.references = QLineEdit(self)
        self.references.setPlaceholderText(self.tr("e.g. UPR:XTV:4:A/HRC/58/12:128.26; AL XTV 3/2026"))
        self.description = QPlainTextEdit(self)
        self.description.setFixedHeight(90)
        self.description.setTabChangesFocus(True)
        form.addRow(self.tr("Action"), self.title)
        form.addRow(self.tr("Owner"), self.owner)
        form.addRow(self.tr("Due"), self.due)
        form.addRow(self.tr("References"), self.references)
        form.addRow(self.tr("Description"), self.description)
        layout.addLayout(form)
        self.message = QLabel(self)
        self.message.setObjectName("inlineError")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("primary")
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def values(self) -> ActionPointValues:
        refs = [r.strip() for r in self.references.text().split(";") if r.strip()]
        return {"title": self.title.text().strip(), "owner": self.owner.text().strip(),
                "due": self.due.text().strip() or None, "references": refs,
                "description": self.description.toPlainText().strip()}

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.buttons.setEnabled(True)
