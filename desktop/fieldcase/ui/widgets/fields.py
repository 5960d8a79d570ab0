"""Form fields declared as data (`FieldSpec`) and built into widgets that read and write JSON values.

The editor works on a record's JSON form (schema/incident.schema.json), so each field has a dotted
`path` into that dict ("title", "location.country", "consent.naming"); empty fields read as None and
are left out. Each field row carries its own inline error label.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtGui import QDoubleValidator, QIntValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..vocab import Choice
from .partial_date import PartialDateEdit
from .parts import error_label

KINDS = ("line", "text", "choice", "int", "float", "bool", "multi", "date")


@dataclass(frozen=True)
class FieldSpec:
    path: str
    label: str
    kind: str = "line"
    choices: tuple[Choice, ...] = ()
    required: bool = False
    numeric: bool = False  # choice values are stored as integers
    placeholder: str = ""
    help: str = ""
    searchable: bool = False  # a long vocabulary: type to filter
    sensitive: bool = False  # offers "Copy" through the self-clearing clipboard
    default: Any = None
    partial: bool = False  # a date known to the year, the month or the day (else a full date)


# -- dotted paths into nested dicts (Qt-free helpers) ---------------------------------------------

def get_path(data: dict[str, Any], path: str) -> Any:
    node: Any = data
    for part in path.split("."):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


def set_path(data: dict[str, Any], path: str, value: Any) -> None:
    """Set a value; None or empty removes it (and leaves no empty parent dicts behind)."""
    parts = path.split(".")
    node = data
    for part in parts[:-1]:
        node = node.setdefault(part, {})
    if value is None or value == "" or value == [] or value is False:
        node.pop(parts[-1], None)
    else:
        node[parts[-1]] = value
    if len(parts) > 1 and not node:
        parent = data
        for part in parts[:-2]:
            parent = parent[part]
        parent.pop(parts[-2], None)


# -- one field --------------------------------------------------------------------------------------

class Field(QObject):
    """A widget for one spec: `get()` returns the JSON value (None when empty), `set()` shows one."""

    changed = Signal()

    def __init__(self, spec: FieldSpec, parent: QWidget) -> None:
        super().__init__(parent)
        self.spec = spec
        self.editor = self._build(parent)
        self.editor.setObjectName("field_" + spec.path.replace(".", "_"))
        self.editor.setAccessibleName(spec.label)
        if spec.help:
            self.editor.setToolTip(spec.help)
        self.error = error_label(parent)

    def _build(self, parent: QWidget) -> QWidget:
        kind = self.spec.kind
        if kind in ("line", "int", "float", "date"):
            edit = PartialDateEdit(parent, partial=self.spec.partial) if kind == "date" else QLineEdit(parent)
            if isinstance(edit, PartialDateEdit):
                edit.checked.connect(lambda message: self.set_error(message or None))
            edit.setPlaceholderText(self.spec.placeholder)
            edit.setClearButtonEnabled(kind == "line")
            if kind == "int":
                edit.setValidator(QIntValidator(0, 10**9, edit))
            elif kind == "float":
                validator = QDoubleValidator(-180.0, 180.0, 6, edit)
                validator.setLocale(QLocale.c())
                validator.setNotation(QDoubleValidator.Notation.StandardNotation)
                edit.setValidator(validator)
            if kind in ("int", "float", "date"):
                edit.setMaximumWidth(300 if kind == "date" else 240)  # a date's hint and its calendar button
                edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # numbers and ISO dates read left to right
            edit.textChanged.connect(self.changed)
            return edit
        if kind == "text":
            text = QPlainTextEdit(parent)
            text.setPlaceholderText(self.spec.placeholder)
            text.setTabChangesFocus(True)
            text.setMinimumHeight(120)
            text.textChanged.connect(self.changed)
            return text
        if kind == "choice":
            combo = QComboBox(parent)
            if not self.spec.required:
                combo.addItem("—", None)
            for value, label in self.spec.choices:
                combo.addItem(label.strip() if self.spec.searchable else label, value)
            if self.spec.searchable:
                combo.setEditable(True)
                combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
                completer = combo.completer()
                assert completer is not None  # an editable combo box has one
                completer.setFilterMode(Qt.MatchFlag.MatchContains)
                completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
                combo.editTextChanged.connect(self.changed)
            combo.setMaxVisibleItems(20)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(24)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            combo.setMaximumWidth(520)
            combo.currentIndexChanged.connect(self.changed)
            return combo
        if kind == "bool":
            box = QCheckBox(self.spec.label, parent)
            box.toggled.connect(self.changed)
            return box
        if kind == "multi":
            listing = QListWidget(parent)
            for value, label in self.spec.choices:
                item = QListWidgetItem(label, listing)
                item.setData(Qt.ItemDataRole.UserRole, value)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
            listing.setFixedHeight(26 * max(2, len(self.spec.choices)) + 8)
            listing.itemChanged.connect(self.changed)
            return listing
        raise ValueError(f"unknown field kind {kind!r}")

    # -- values --------------------------------------------------------------------------------------
    def get(self) -> Any:
        kind, editor = self.spec.kind, self.editor
        if isinstance(editor, QLineEdit):
            text = editor.text().strip()
            if not text:
                return None
            if kind == "int":
                try:
                    return int(text)
                except ValueError:
                    return text  # the schema check then reports it
            if kind == "float":
                try:
                    return float(text)
                except ValueError:
                    return text
            return text
        if isinstance(editor, QPlainTextEdit):
            return editor.toPlainText().strip() or None
        if isinstance(editor, QComboBox):
            if self.spec.searchable:
                index = editor.findText(editor.currentText().strip(), Qt.MatchFlag.MatchFixedString)
                if index < 0:
                    return None
                value = editor.itemData(index)
            else:
                value = editor.currentData()
            if value is not None and self.spec.numeric:
                return int(value)
            return value
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, QListWidget):
            items = (editor.item(i) for i in range(editor.count()))
            return [it.data(Qt.ItemDataRole.UserRole) for it in items
                    if it.checkState() == Qt.CheckState.Checked] or None
        return None

    def set(self, value: Any) -> None:
        editor = self.editor
        if value is None:
            value = self.spec.default
        if isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))
            editor.setCursorPosition(0)
        elif isinstance(editor, QPlainTextEdit):
            editor.setPlainText("" if value is None else str(value))
        elif isinstance(editor, QComboBox):
            wanted = str(value) if (value is not None and self.spec.numeric) else value
            index = editor.findData(wanted)
            editor.setCurrentIndex(max(index, 0))
            if index < 0 and value is not None and not self.spec.required:
                editor.setCurrentIndex(0)
        elif isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, QListWidget):
            chosen = set(value or ())
            for i in range(editor.count()):
                item = editor.item(i)
                checked = item.data(Qt.ItemDataRole.UserRole) in chosen
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def set_error(self, message: str | None) -> None:
        self.error.setText(message or "")
        self.error.setVisible(bool(message))
        self.editor.setProperty("invalid", bool(message))
        style = self.editor.style()
        style.unpolish(self.editor)
        style.polish(self.editor)


class SpecForm(QWidget):
    """A QFormLayout built from specs; reads/writes a dict by the specs' paths."""

    changed = Signal()

    def __init__(self, specs: Sequence[FieldSpec], parent: QWidget | None = None,
                 copy_sensitive: Callable[[str], None] | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[str, Field] = {}
        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        layout.setVerticalSpacing(8)
        layout.setHorizontalSpacing(16)
        for spec in specs:
            field = Field(spec, self)
            field.changed.connect(self.changed)
            self.fields[spec.path] = field
            cell = QWidget(self)
            box = QVBoxLayout(cell)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            if spec.sensitive and copy_sensitive is not None:
                row = QHBoxLayout()
                row.addWidget(field.editor, 1)
                copy = QPushButton(self.tr("Copy"), cell)
                copy.setObjectName("copySensitive")
                copy.setToolTip(self.tr("Copy to the clipboard; it is cleared again after 30 seconds"))
                copy.clicked.connect(lambda _=False, f=field: copy_sensitive(str(f.get() or "")))
                row.addWidget(copy)
                box.addLayout(row)
            else:
                box.addWidget(field.editor)
            box.addWidget(field.error)
            if spec.kind == "bool":
                layout.addRow("", cell)
            else:
                label = QLabel(spec.label + (" *" if spec.required else ""), self)
                label.setBuddy(field.editor)
                layout.addRow(label, cell)

    def load(self, data: dict[str, Any]) -> None:
        blockers = [f.blockSignals(True) for f in self.fields.values()]
        try:
            for path, field in self.fields.items():
                field.set(get_path(data, path))
        finally:
            for field, _ in zip(self.fields.values(), blockers, strict=True):
                field.blockSignals(False)

    def dump(self, data: dict[str, Any]) -> None:
        for path, field in self.fields.items():
            set_path(data, path, field.get())

    def set_errors(self, errors: dict[str, str]) -> int:
        """Show the messages for this form's paths; returns how many were shown."""
        shown = 0
        for path, field in self.fields.items():
            message = errors.get(path)
            field.set_error(message)
            shown += bool(message)
        return shown

    def field(self, path: str) -> Field:
        return self.fields[path]
