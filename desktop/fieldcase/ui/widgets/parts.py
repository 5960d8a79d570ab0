"""Small widget pieces the pages and editors share: a wrapping plain-text label, the red message under a field
or list, a row of buttons,
a frameless scroll area, a scrolling page under its title, a dialog's OK / Cancel."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)


def plain_label(text: str, parent: QWidget, name: str | None = None) -> QLabel:
    """A wrapping plain-text label (typed or stored text is never read as markup)."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


def error_label(parent: QWidget) -> QLabel:
    """A hidden, wrapping plain-text label styled as a field error (objectName fieldError)."""
    label = QLabel(parent)
    label.setObjectName("fieldError")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.hide()
    return label


def button_row(*buttons: QPushButton) -> QHBoxLayout:
    """The buttons side by side, pushed to the leading edge."""
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


def scroll_area(parent: QWidget) -> QScrollArea:
    """A frameless scroll area whose widget takes its width."""
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    return area


def scrolled_page(page: QWidget, title: str) -> tuple[QWidget, QVBoxLayout]:
    """Lay out `page` as one scrolling column headed by its title: (the column, its layout) to fill."""
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    scroll = scroll_area(page)
    body = QWidget(scroll)
    layout = QVBoxLayout(body)
    layout.setContentsMargins(24, 20, 24, 20)
    layout.setSpacing(16)
    heading = QLabel(title, body)
    heading.setObjectName("pageTitle")
    layout.addWidget(heading)
    scroll.setWidget(body)
    outer.addWidget(scroll)
    return body, layout


def ok_cancel(dialog: QDialog, on_ok: Callable[[], None]) -> QDialogButtonBox:
    """OK (the default, styled primary) runs `on_ok`, which accepts the dialog when the form is fine; Cancel rejects."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(on_ok)
    buttons.rejected.connect(dialog.reject)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setObjectName("primary")
    ok.setDefault(True)
    return buttons
