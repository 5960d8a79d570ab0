"""A language picker: each language listed by its own name, so anyone can find theirs."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from ..language import LANGUAGES, current


class LanguageChoice(QComboBox):
    chosen = Signal(str)  # a language code of LANGUAGES, when the person picks another one

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languageChoice")
        self.setAccessibleName(self.tr("Language"))
        for code, name in LANGUAGES.items():
            self.addItem(name, code)
        self.setCurrentIndex(list(LANGUAGES).index(current()))
        self.activated.connect(lambda index: self.chosen.emit(self.itemData(index)))
