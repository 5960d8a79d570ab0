"""Errors and notices as readable, plain-text messages (never a traceback, never rich text)."""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ...errors import Cancelled, FieldcaseError
from ..language import error_text

log = logging.getLogger("fieldcase.ui")
_open_boxes: set[QMessageBox] = set()  # a box without a parent must be kept alive until it closes


def user_message(exc: BaseException) -> str:
    """What the person at the keyboard is told about `exc`.

    Our own errors carry a message written for them. Anything else is a bug: its text could hold
    case data (a value in an exception message), so it is neither shown nor logged — only its type.
    """
    if isinstance(exc, FieldcaseError):
        return error_text(exc)  # translated by its template, then its values filled in
    log.error("unexpected error in a task: %s", type(exc).__name__,
              exc_info=exc if os.environ.get("FIELDCASE_DEBUG") == "1" else None)
    return QCoreApplication.translate(
        "Messages", "Something unexpected stopped this action, and it was not completed. "
        "Your saved records are not affected. (Details are not shown because they could contain case data.)")


def is_cancellation(exc: BaseException) -> bool:
    return isinstance(exc, Cancelled) or getattr(exc, "code", None) == "cancelled"


def show_error(parent: QWidget | None, text: str, title: str | None = None) -> QMessageBox:
    """A non-blocking warning box (so a lock can close it); returns it for tests."""
    box = QMessageBox(QMessageBox.Icon.Warning, title or QCoreApplication.translate("Messages", "Fieldcase"),
                      text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setObjectName("errorMessage")
    _show(box)
    return box


def _show(box: QMessageBox) -> None:
    if box.parent() is None:
        _open_boxes.add(box)
        box.finished.connect(lambda _result: _open_boxes.discard(box))
    box.open()


def show_info(parent: QWidget | None, text: str, title: str | None = None) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Information, title or QCoreApplication.translate("Messages", "Fieldcase"),
                      text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _show(box)
    return box
