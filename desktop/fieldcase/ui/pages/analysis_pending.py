"""What the Risk board and Indicators show if the analysis core (fieldcase.services.analysis) is missing."""

from __future__ import annotations

import importlib.util

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


def analysis_available() -> bool:
    try:
        return importlib.util.find_spec("fieldcase.services.analysis") is not None
    except (ImportError, ValueError):
        return False


class PendingState(QWidget):
    available = False

    def __init__(self, title: str, explanation: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        heading = QLabel(title, self)
        heading.setObjectName("pageTitle")
        layout.addWidget(heading)
        layout.addStretch(1)
        box = QLabel(explanation, self)
        box.setObjectName("emptyState")
        box.setWordWrap(True)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.setMaximumWidth(640)
        layout.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)


def pending_page(name: str, parent: QWidget) -> PendingState:
    if name == "risk_board":
        return PendingState(
            translate("PendingState", "Risk board"),
            translate(
                "PendingState",
                "The risk board is not available in this installation: its analysis "
                "module is missing. Your records and their risk tags are unaffected.",
            ),
            parent,
        )
    return PendingState(
        translate("PendingState", "Indicators"),
        translate(
            "PendingState",
            "The indicator tables are not available in this installation: the "
            "analysis module is missing. Your records are unaffected.",
        ),
        parent,
    )
