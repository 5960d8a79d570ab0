"""Yes / No / not known, for a JSON boolean that may be null (`conflict_related`, a due-diligence finding)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QSizePolicy, QWidget


class TriStateCombo(QComboBox):
    """A combo box of three answers: `value()` is True, False or None (the first entry)."""

    changed = Signal()

    def __init__(self, parent: QWidget, *, unset: str, yes: str, no: str) -> None:
        super().__init__(parent)
        for label, value in ((unset, None), (yes, True), (no, False)):
            self.addItem(label, value)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.currentIndexChanged.connect(self.changed)

    def value(self) -> bool | None:
        return {0: None, 1: True, 2: False}.get(self.currentIndex())

    def set_value(self, value: bool | None) -> None:
        self.setCurrentIndex(0 if value is None else (1 if value else 2))
