"""A small dialog that edits one dict (a person, a source, a death) through a SpecForm."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from ..widgets.fields import FieldSpec, SpecForm
from ..widgets.parts import ok_cancel, scroll_area


class FormDialog(QDialog):
    def __init__(self, title: str, specs: Sequence[FieldSpec], value: dict[str, Any], parent: QWidget,
                 *, intro: str = "", copy_sensitive: Callable[[str], None] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("formDialog")
        self.setMinimumWidth(680)
        self._base = dict(value)
        layout = QVBoxLayout(self)
        if intro:
            note = QLabel(intro, self)
            note.setObjectName("hint")
            note.setWordWrap(True)
            layout.addWidget(note)
        holder = QWidget(self)
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 12, 0)
        self.form = SpecForm(specs, holder, copy_sensitive=copy_sensitive)
        self.form.load(value)
        box.addWidget(self.form)
        box.addStretch(1)
        scroll = scroll_area(self)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(holder)
        layout.addWidget(scroll, 1)
        layout.addWidget(ok_cancel(self, self._accept))
        self._specs = list(specs)
        self.resize(720, min(760, 150 + 50 * len(self._specs)))

    def value(self) -> dict[str, Any]:
        data = dict(self._base)
        self.form.dump(data)
        return data

    def _accept(self) -> None:
        data = self.value()
        errors = {s.path: self.tr("Required.") for s in self._specs
                  if s.required and self.form.field(s.path).get() in (None, "")}
        self.form.set_errors(errors)
        if not errors:
            self._base = data
            self.accept()
