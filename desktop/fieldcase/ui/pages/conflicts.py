"""Sync conflicts: both versions of a record side by side, field by field, and the officer's decision.

The fields that differ are highlighted and get a choice (keep mine / take theirs, or for text, numbers and
dates a typed combination); the fields both sides agree on are shown dimmed, for context. Saving writes the
decision as a new revision (services.conflicts: one transaction with the conflict's closing and the audit
entry); loading and saving run off the UI thread. Reached from the Sync page and the editor's history.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...domain.conflicts import EDITABLE, FIELDS
from ...services.conflict_text import Labels, describe
from ...tasks import call
from ..runner import TaskError, TaskRunner
from ..text import safe_line, short_time
from ..widgets.parts import scroll_area

if TYPE_CHECKING:
    from ...domain.records import CaseRecord
    from ...services.conflicts import ConflictDetail, ConflictInfo, ConflictService

DIFFERS = ("QFrame#conflictDiffers { background: #fff6dc; border: 1px solid #e0b44c; border-radius: 4px; }"
           "QFrame#conflictChosen { background: #e3f1e6; border: 2px solid #3c8d50; border-radius: 4px; }")


def _plain(text: str, parent: QWidget, name: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    return label


def _typed(value: Any) -> str:
    """A field's value as one types it (the combine box starts from mine): a date's text, a number's digits."""
    if value is None:
        return ""
    return str(getattr(value, "text", value))


class ConflictWindow(QWidget):
    resolved = Signal(object)  # the CaseRecord the decision stored
    loaded = Signal()  # a conflict is shown (tests, screenshots)

    def __init__(self, service: ConflictService, runner: TaskRunner, labels: Labels, parent: QWidget | None = None,
                 *, record_id: str | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("conflictWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Sync conflicts"))  # never record text in a window title
        self.setStyleSheet(DIFFERS)
        self._service, self._runner, self._labels, self._record_id = service, runner, labels, record_id
        self.detail: ConflictDetail | None = None
        self.conflicts: list[ConflictInfo] = []
        self.choices: dict[str, str] = {}
        self.busy = False
        self.last_saved: CaseRecord | None = None
        self._groups: dict[str, QButtonGroup] = {}
        self._cells: dict[str, tuple[QFrame, QFrame]] = {}
        self._editors: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.resize(1000, 720)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        self.header = _plain(self.tr("Sync conflicts"), self, "editorTitle")
        layout.addWidget(self.header)
        self.hint = _plain(self.tr("This record was edited here and elsewhere before the two versions met. Choose, "
                                   "for every highlighted field, the version to keep, or type a combination. "
                                   "Saving writes a new revision; both versions stay in the history."), self, "hint")
        layout.addWidget(self.hint)
        picker = QHBoxLayout()
        self.picker_label = QLabel(self.tr("Conflict"), self)
        self.picker = QComboBox(self)
        self.picker.setObjectName("conflictPicker")
        self.picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.picker.setMinimumContentsLength(40)
        self.picker_label.setBuddy(self.picker)
        self.picker.currentIndexChanged.connect(self._picked)
        picker.addWidget(self.picker_label)
        picker.addWidget(self.picker, 1)
        layout.addLayout(picker)
        self.sides = _plain("", self, "hint")
        layout.addWidget(self.sides)

        self.area = scroll_area(self)
        self.grid_holder = QWidget(self.area)
        self.grid = QGridLayout(self.grid_holder)
        self.grid.setContentsMargins(0, 4, 0, 4)
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(8)
        self.area.setWidget(self.grid_holder)
        layout.addWidget(self.area, 1)
        self.blank = QWidget(self)  # takes the comparison's room when there is nothing to compare
        self.blank.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.blank.hide()
        layout.addWidget(self.blank, 1)

        self.error = _plain("", self, "inlineError")
        self.error.hide()
        layout.addWidget(self.error)
        bottom = QHBoxLayout()
        self.all_mine = QPushButton(self.tr("Keep all mine"), self)
        self.all_mine.clicked.connect(lambda: self.take_all("mine"))
        self.all_theirs = QPushButton(self.tr("Take all theirs"), self)
        self.all_theirs.clicked.connect(lambda: self.take_all("theirs"))
        self.progress = _plain("", self, "hint")
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.close)
        self.save_button = QPushButton(self.tr("Save decision"), self)
        self.save_button.setObjectName("primary")
        self.save_button.setToolTip(self.tr("Write the chosen values as a new revision (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        for widget in (self.all_mine, self.all_theirs):
            bottom.addWidget(widget)
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.close_button)
        bottom.addWidget(self.save_button)
        layout.addLayout(bottom)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self._update_state()
        self.load()

    # -- loading --------------------------------------------------------------------------------------
    def load(self) -> None:
        """The open conflicts (of one record when opened from its history), then the first of them."""
        service, record_id = self._service, self._record_id
        self._runner.run(call(lambda: service.list(record_id=record_id)), owner=self, on_done=self._listed,
                         on_error=self._failed)

    def _listed(self, conflicts: list[ConflictInfo]) -> None:
        self.conflicts = conflicts
        self.picker.blockSignals(True)
        self.picker.clear()
        for c in conflicts:
            self.picker.addItem(self.tr("%1 — from %2").replace("%1", safe_line(c.title, 80))
                                .replace("%2", safe_line(c.origin_name, 40)), c.id)
        self.picker.blockSignals(False)
        for widget in (self.picker, self.picker_label):
            widget.setVisible(len(conflicts) > 1)
        if conflicts:
            self.show_conflict(conflicts[0].id)
        else:
            self.detail = None
            self._clear_grid()
            self.header.setText(self.tr("No sync conflicts to resolve."))
            self.sides.setText(self.tr("Your decision was saved as revision %1 of the record.")
                               .replace("%1", str(self.last_saved.rev)) if self.last_saved else "")
            self._set_deciding(False)
            self._update_state()
            self.loaded.emit()

    def _picked(self, index: int) -> None:
        if 0 <= index < len(self.conflicts):
            self.show_conflict(self.conflicts[index].id)

    def show_conflict(self, conflict_id: int) -> None:
        self._runner.run(call(self._service.show, conflict_id), owner=self, on_done=self._show, on_error=self._failed)

    def _set_deciding(self, on: bool) -> None:
        """The comparison and its buttons only while there is something to decide."""
        for widget in (self.hint, self.area, self.all_mine, self.all_theirs, self.save_button):
            widget.setVisible(on)
        self.blank.setVisible(not on)

    def _show(self, detail: ConflictDetail) -> None:
        self.detail = detail
        self._set_deciding(True)
        self.choices = {}
        self.error.hide()
        info = detail.info
        self.header.setText(safe_line(info.title, 200))
        self.sides.setText(self.tr("%n field(s) differ. Detected %1 in a package from %2.", "", len(detail.fields))
                           .replace("%1", short_time(info.detected_at)).replace("%2", safe_line(info.origin_name, 60)))
        self._build_grid(detail)
        self._update_state()
        self.loaded.emit()

    # -- the grid ---------------------------------------------------------------------------------------
    def field_label(self, name: str) -> str:
        labels = {
            "title": self.tr("Title"), "info_type": self.tr("Type of information"), "date": self.tr("Date"),
            "date_end": self.tr("End date"), "reported_on": self.tr("Reported on"), "location": self.tr("Place"),
            "narrative": self.tr("Narrative"), "people": self.tr("People"), "acts": self.tr("Acts"),
            "sources": self.tr("Sources"), "violation_types": self.tr("Violation types"),
            "perpetrator_category": self.tr("Perpetrator category"),
            "perpetrator_status": self.tr("Perpetrator status"), "severity": self.tr("Severity"),
            "verification": self.tr("Verification"), "status": self.tr("Status"),
            "confidentiality": self.tr("Confidentiality"), "reprisal": self.tr("Reprisal"),
            "early_warning": self.tr("Early warning"), "cross_border": self.tr("Cross-border country"),
            "early_action": self.tr("Proposed early action"), "casualties": self.tr("Casualties"),
            "deaths": self.tr("Deaths (SDG 16.1.2)"), "conflict_related": self.tr("Related to an armed conflict"),
            "participants": self.tr("Participants"), "risk_tags": self.tr("Risk areas and factors"),
            "attachments": self.tr("Attachments"),
        }
        return labels.get(name, name)

    def _clear_grid(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self._groups.clear()
        self._cells.clear()
        self._editors.clear()

    def _side_header(self, record: CaseRecord, text: str) -> QLabel:
        label = _plain(text.replace("%1", str(record.rev)).replace("%2", safe_line(record.author, 60))
                       .replace("%3", short_time(record.created_at or "")), self.grid_holder, "sectionTitle")
        return label

    def _build_grid(self, detail: ConflictDetail) -> None:
        self._clear_grid()
        holder = self.grid_holder
        self.grid.addWidget(_plain(self.tr("Field"), holder, "sectionTitle"), 0, 0)
        self.grid.addWidget(self._side_header(detail.mine, self.tr("Mine: revision %1 by %2, %3")), 0, 1)
        self.grid.addWidget(self._side_header(detail.theirs, self.tr("Theirs: revision %1 by %2, %3")), 0, 2)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        self.grid.setColumnMinimumWidth(0, 150)
        row = 1
        for name in FIELDS:
            mine_text = describe(detail.mine, name, self._labels)
            theirs_text = describe(detail.theirs, name, self._labels)
            differs = name in detail.fields
            empty = (self._labels.words["none"], self._labels.words["not_set"])
            if not differs and (mine_text in empty or getattr(detail.mine, name) in (False, "unknown")):
                continue  # empty (or off) on both sides: nothing to see
            label = _plain(self.field_label(name), holder)
            label.setObjectName("" if differs else "hint")
            self.grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            if not differs:
                for column, text in ((1, mine_text), (2, theirs_text)):
                    self.grid.addWidget(_plain(text, holder, "hint"), row, column, Qt.AlignmentFlag.AlignTop)
                row += 1
                continue
            group = QButtonGroup(self)
            group.setExclusive(True)
            self._groups[name] = group
            cells = []
            for column, side, caption, text in ((1, "mine", self.tr("Keep mine"), mine_text),
                                                (2, "theirs", self.tr("Take theirs"), theirs_text)):
                cell = QFrame(holder)
                cell.setObjectName("conflictDiffers")
                box = QVBoxLayout(cell)
                box.setContentsMargins(8, 6, 8, 6)
                radio = QRadioButton(caption, cell)
                radio.setObjectName(f"take_{side}_{name}")
                radio.setAccessibleName(f"{caption} – {self.field_label(name)}")
                radio.toggled.connect(lambda on, n=name, s=side: self._toggled(on, n, s))
                group.addButton(radio)
                box.addWidget(radio)
                box.addWidget(_plain(text, cell))
                box.addStretch(1)  # both sides' values start level, whatever their length
                self.grid.addWidget(cell, row, column)
                cells.append(cell)
            self._cells[name] = (cells[0], cells[1])
            row += 1
            if name in EDITABLE:
                row = self._add_editor(name, _typed(getattr(detail.mine, name)), group, row)
        self.grid.setRowStretch(row, 1)

    def _add_editor(self, name: str, initial: str, group: QButtonGroup, row: int) -> int:
        holder = self.grid_holder
        line = QHBoxLayout()
        radio = QRadioButton(self.tr("Combine: type the value"), holder)
        radio.setObjectName(f"take_edited_{name}")
        group.addButton(radio)
        editor: QLineEdit | QPlainTextEdit
        if name in ("narrative", "early_action"):
            editor = QPlainTextEdit(holder)
            editor.setPlainText(initial)
            editor.setFixedHeight(90)
            editor.textChanged.connect(lambda n=name: self._edited(n))
        else:
            editor = QLineEdit(holder)
            editor.setText(initial)
            editor.textEdited.connect(lambda _t, n=name: self._edited(n))
        editor.setObjectName(f"edit_{name}")
        editor.setAccessibleName(f"{self.tr('Combine: type the value')} – {self.field_label(name)}")
        editor.setEnabled(False)
        self._editors[name] = editor
        radio.toggled.connect(lambda on, n=name: self._toggled(on, n, "edited"))
        line.addWidget(radio)
        line.addWidget(editor, 1)
        frame = QWidget(holder)
        frame.setLayout(line)
        line.setContentsMargins(8, 0, 0, 0)
        self.grid.addWidget(frame, row, 1, 1, 2)
        return row + 1

    # -- deciding ---------------------------------------------------------------------------------------
    def _toggled(self, on: bool, name: str, side: str) -> None:
        if on:
            self.decide(name, side)

    def decide(self, name: str, side: str) -> None:
        """Take field `name` from "mine", "theirs" or "edited" (the typed value); checks the matching button."""
        if self.detail is None or name not in self.detail.fields:
            return
        self.choices[name] = side
        group = self._groups.get(name)
        if group is not None:
            for button in group.buttons():
                if button.objectName() == f"take_{side}_{name}" and not button.isChecked():
                    button.setChecked(True)
        mine, theirs = self._cells[name]
        mine.setObjectName("conflictChosen" if side == "mine" else "conflictDiffers")
        theirs.setObjectName("conflictChosen" if side == "theirs" else "conflictDiffers")
        for cell in (mine, theirs):
            cell.style().unpolish(cell)
            cell.style().polish(cell)
        editor = self._editors.get(name)
        if editor is not None:
            editor.setEnabled(side == "edited")
            if side == "edited":
                editor.setFocus()
        self._update_state()

    def set_edit(self, name: str, value: str) -> None:
        """Type a combined value for `name` (and choose it)."""
        self.decide(name, "edited")
        editor = self._editors[name]
        if isinstance(editor, QPlainTextEdit):
            editor.setPlainText(value)
        else:
            editor.setText(value)

    def _edited(self, name: str) -> None:
        if self.choices.get(name) != "edited":
            self.decide(name, "edited")

    def take_all(self, side: str) -> None:
        for name in self.detail.fields if self.detail else ():
            self.decide(name, side)

    def _update_state(self) -> None:
        fields = self.detail.fields if self.detail else ()
        decided = sum(1 for name in fields if name in self.choices)
        self.progress.setText(self.tr("%1 of %2 fields decided").replace("%1", str(decided))
                              .replace("%2", str(len(fields))) if self.detail else "")
        ready = self.detail is not None and decided == len(fields) and not self.busy
        self.save_button.setEnabled(ready)
        for button in (self.all_mine, self.all_theirs):
            button.setEnabled(bool(fields) and not self.busy)

    def _edit_values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, side in self.choices.items():
            if side == "edited":
                editor = self._editors[name]
                out[name] = editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text()
        return out

    def save(self) -> None:
        detail = self.detail
        if detail is None or self.busy or not self.save_button.isEnabled():
            return
        service = self._service
        sides = {n: s for n, s in self.choices.items() if s != "edited"}
        edits = self._edit_values()

        def work() -> CaseRecord:
            decision = service.decision(detail, fields=sides, edits=edits)
            return service.resolve(detail.info.id, decision, expected_head=detail.head_rev)

        self.busy = True
        self.error.hide()
        self._update_state()
        self._runner.run(call(work), owner=self, on_done=self._saved, on_error=self._failed)

    def _saved(self, record: CaseRecord) -> None:
        self.busy = False
        self.last_saved = record
        self.resolved.emit(record)
        self.load()  # the next open conflict, if any

    def _failed(self, error: TaskError) -> None:
        self.busy = False
        self.error.setText(error.message)
        self.error.show()
        self._update_state()


def conflict_labels(term: Callable[[str], str], enums: dict[str, tuple[tuple[str, str], ...]]) -> Labels:
    """The value labels in the current language: framework terms through `term`, the schema's enums from
    `enums` (ui.vocab.enum_choices), the words of the comparison translated here."""
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls
    words = {
        "yes": translate("ConflictWindow", "Yes"), "no": translate("ConflictWindow", "No"),
        "not_set": translate("ConflictWindow", "(not set)"), "by": translate("ConflictWindow", "by"),
        "linked_to_work": translate("ConflictWindow", "linked to the victim's work"),
        "killed": translate("ConflictWindow", "killed"), "injured": translate("ConflictWindow", "injured"),
        "abducted": translate("ConflictWindow", "abducted"), "displaced": translate("ConflictWindow", "displaced"),
        "named": translate("ConflictWindow", "name recorded"), "none": translate("ConflictWindow", "(none)"),
        "sep": translate("ConflictWindow", ", "),  # between the details of one value (Arabic: "، ")
    }
    tables = {kind: dict(choices) for kind, choices in enums.items()}

    def enum(kind: str, code: str) -> str:
        return tables.get(kind, {}).get(code) or term(code)

    return Labels(term=term, enum=enum, words=words)
