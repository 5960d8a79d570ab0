"""Type-ahead over the workspace's gazetteer: regions (admin 1), districts (admin 2) and places (admin 3).

What is typed is matched against the start of any word of a unit's name (in either of the gazetteer's
languages) or its P-code; choosing one fills the names and P-codes of its level and of the levels above.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from ...domain.places import AdminUnit

# (typed text, level, country) -> units; the gazetteer service's `find`
Finder = Callable[[str, int, str | None], Sequence[AdminUnit]]
Lookup = Callable[[str], AdminUnit | None]


class PlacePicker(QLineEdit):
    chosen = Signal(object)  # list[AdminUnit]: the chosen unit and its parents, deepest first

    def __init__(self, find: Finder, lookup: Lookup, country: Callable[[], str | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("placePicker")
        self.setPlaceholderText(self.tr("Type a region, district or place name, or a P-code"))
        self.setClearButtonEnabled(True)
        self._find, self._lookup, self._country = find, lookup, country
        self._units: list[AdminUnit] = []
        self._model = QStringListModel(self)
        self.completer_ = QCompleter(self._model, self)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setMaxVisibleItems(12)
        self.completer_.activated[QModelIndex].connect(self._activated)  # type: ignore[index]
        self.completer_.setWidget(self)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.refresh)
        self.textEdited.connect(lambda _t: self._debounce.start())

    def labels(self) -> list[str]:
        return self._model.stringList()

    def refresh(self) -> None:
        typed = self.text().strip()
        units: list[AdminUnit] = []
        if typed:
            for level in (1, 2, 3):
                units += self._find(typed, level, self._country())
        self._units = units[:40]
        self._model.setStringList([self._label(u) for u in self._units])
        if self._units:
            self.completer_.setCompletionPrefix("")
            self.completer_.complete()
        else:
            popup = self.completer_.popup()
            if popup is not None:
                popup.hide()

    def _label(self, unit: AdminUnit) -> str:
        level = {1: self.tr("region"), 2: self.tr("district"), 3: self.tr("place")}.get(unit.level, "")
        parent = self._lookup(unit.parent_pcode) if unit.parent_pcode else None
        local = f" / {unit.name_local}" if unit.name_local else ""
        within = self.tr(", in %1").replace("%1", parent.name) if parent else ""
        return f"{unit.name}{local} — {level}{within} ({unit.pcode})"

    def _activated(self, index: QModelIndex) -> None:
        # the popup shows the model unfiltered, so its row is the unit's index
        self.choose(index.row())

    def choose(self, index: int) -> None:
        if not 0 <= index < len(self._units):  # a second activation of the same popup row
            return
        unit = self._units[index]
        chain = [unit]
        while chain[-1].parent_pcode and (parent := self._lookup(chain[-1].parent_pcode)) is not None:
            chain.append(parent)
        self.setText(self._label(unit))  # what was chosen stays readable; typing again searches again
        self.setCursorPosition(0)
        self._units = []
        self._model.setStringList([])
        self.chosen.emit(chain)
