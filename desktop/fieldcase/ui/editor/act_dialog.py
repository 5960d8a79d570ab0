"""The form for one act of an incident: its victim, type, perpetrators, the due-diligence finding, and an
analyst's override of the derived SDG 16.10.1 type (shown live as the officer records the act).

ActsTable (acts.py) opens it; the texts it shares with the table are in acts.py.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...domain.records import act_from_json, act_to_json
from ..text import safe_line
from ..vocab import Vocabulary
from ..widgets.choice_list import match_value, searchable_combo
from ..widgets.parts import error_label, ok_cancel, scroll_area
from ..widgets.tristate import TriStateCombo
from .acts import NOT_QUALIFYING, derived_text, override_needs_rationale, status_choices

MAX_PERPETRATORS = 10


class _ClickLabel(QLabel):
    clicked = Signal()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.clicked.emit()
        super().mousePressEvent(event)


def wrapped_check(text: str, parent: QWidget) -> tuple[QCheckBox, QWidget]:
    """A check box whose text wraps (a QCheckBox's own text never does: in French or Spanish the long ones
    widened the whole dialog past a 1024-pixel screen). Clicking the text ticks the box, as usual."""
    row_widget = QWidget(parent)
    row = QHBoxLayout(row_widget)
    row.setContentsMargins(0, 0, 0, 0)
    check = QCheckBox(row_widget)
    check.setAccessibleName(text)
    label = _ClickLabel(text, row_widget)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    label.clicked.connect(lambda: check.toggle() if check.isEnabled() else None)
    row.addWidget(check, 0, Qt.AlignmentFlag.AlignTop)
    row.addWidget(label, 1)
    return check, row_widget


# -- one perpetrator ----------------------------------------------------------------------------------

class PerpetratorRow(QWidget):
    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, vocab: Vocabulary, parent: QWidget, number: int) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.status = QComboBox(self)
        for value, label in status_choices():
            self.status.addItem(label, value)
        self.status.setCurrentIndex(self.status.findData("unknown"))
        # sized to a short choice, not the longest (French and Spanish ones pushed the dialog past 1024 px);
        # the open list still shows every choice whole
        self.status.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.status.setMinimumContentsLength(16)
        self.status.view().setMinimumWidth(self.status.view().sizeHintForColumn(0) + 32)
        for i in range(self.status.count()):
            self.status.setItemData(i, self.status.itemText(i), Qt.ItemDataRole.ToolTipRole)
        self.category = searchable_combo(vocab.perpetrator_categories, self,
                                         self.tr("Category (optional) — type to search"))
        self.category.setMinimumContentsLength(18)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.set_number(number)
        row.addWidget(self.status)
        row.addWidget(self.category, 1)
        row.addWidget(self.remove_button)
        self.status.currentIndexChanged.connect(self.changed)
        self.category.editTextChanged.connect(self.changed)
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))

    def set_number(self, number: int) -> None:
        self.status.setAccessibleName(self.tr("Perpetrator %1: relation to the State").replace("%1", str(number)))
        self.category.setAccessibleName(self.tr("Perpetrator %1: category").replace("%1", str(number)))
        self.remove_button.setAccessibleName(self.tr("Remove perpetrator %1").replace("%1", str(number)))

    def load(self, value: dict[str, Any]) -> None:
        index = self.status.findData(value.get("status", "unknown"))
        self.status.setCurrentIndex(max(index, 0))
        category = self.category.findData(value.get("category"))
        self.category.setCurrentIndex(category)
        if category < 0:
            self.category.setEditText(str(value.get("category") or ""))
        edit = self.category.lineEdit()
        if edit is not None:
            edit.setCursorPosition(0)  # a term longer than the box shows its beginning, not its end

    def category_value(self) -> tuple[str | None, bool]:
        """(category id or None, whether the typed text is usable)."""
        if not self.category.currentText().strip():
            return None, True
        value = match_value(self.category)
        return value, value is not None

    def value(self) -> dict[str, Any]:
        data = {"status": self.status.currentData()}
        category, _ok = self.category_value()
        if category:
            data["category"] = category
        return data


# -- the act form ------------------------------------------------------------------------------------

class ActDialog(QDialog):
    """Edit one act. OK refuses an act without victim or act type, and an override without rationale."""

    def __init__(self, title: str, value: dict[str, Any], victims: Sequence[str], vocab: Vocabulary,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("actDialog")
        self._vocab = vocab
        self._built = False
        self.perpetrators: list[PerpetratorRow] = []

        outer = QVBoxLayout(self)
        holder = QWidget(self)
        form = QFormLayout(holder)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        form.setVerticalSpacing(8)
        form.setHorizontalSpacing(16)
        form.setContentsMargins(0, 0, 12, 0)

        self.victim = QComboBox(holder)
        self.victim.setAccessibleName(self.tr("Victim"))
        for pseudonym in victims:
            self.victim.addItem(safe_line(pseudonym, 80), pseudonym)
        current = value.get("victim")
        if current and current not in victims:
            self.victim.addItem(self.tr("%1 (not a victim under People)").replace("%1", safe_line(current, 60)),
                                current)
        self.victim.setCurrentIndex(self.victim.findData(current) if current else (0 if victims else -1))
        self.victim_error = error_label(holder)
        if not victims:
            self.victim.setPlaceholderText(self.tr("No victims yet: add them under People (role Victim)"))
        form.addRow(self._label(self.tr("Victim *"), self.victim, holder), self._stack(holder, self.victim,
                                                                                         self.victim_error))

        self.act_type = searchable_combo(vocab.violation_types, holder, self.tr("Type of act — type to search"))
        self.act_type.setAccessibleName(self.tr("Type of act"))
        self.act_type.setMinimumContentsLength(34)
        if value.get("act_type"):
            index = self.act_type.findData(value["act_type"])
            self.act_type.setCurrentIndex(index)
            if index < 0:
                self.act_type.setEditText(str(value["act_type"]))
        self.act_type_error = error_label(holder)
        form.addRow(self._label(self.tr("Type of act *"), self.act_type, holder),
                    self._stack(holder, self.act_type, self.act_type_error))

        self.perpetrator_box = QVBoxLayout()
        self.perpetrator_box.setSpacing(4)
        self.add_perpetrator_button = QPushButton(self.tr("Add another perpetrator"), holder)
        self.add_perpetrator_button.clicked.connect(lambda: self.add_perpetrator({}))
        self.perpetrator_error = error_label(holder)
        perpetrators = QWidget(holder)
        box = QVBoxLayout(perpetrators)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(self.perpetrator_box)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_perpetrator_button)
        add_row.addStretch(1)
        box.addLayout(add_row)
        box.addWidget(self.perpetrator_error)
        perpetrators_label = QLabel(self.tr("Perpetrators"), holder)
        form.addRow(perpetrators_label, perpetrators)
        for perpetrator in value.get("perpetrators") or [{"status": "unknown"}]:
            self.add_perpetrator(perpetrator)

        self.linked, linked_row = wrapped_check(self.tr("Linked to the victim's work (as journalist, trade "
                                                        "unionist or human rights defender)"), holder)
        self.linked.setChecked(bool(value.get("linked_to_work")))
        form.addRow("", linked_row)

        self.due_diligence = TriStateCombo(holder, unset=self.tr("Not assessed"), yes=self.tr("Yes"),
                                           no=self.tr("No"))
        self.due_diligence.setAccessibleName(self.tr("State failed in due diligence"))
        self.due_diligence.setToolTip(self.tr("Did the State fail in its duty to prevent, protect against or "
                                              "investigate the act?"))
        self.due_diligence.set_value(value.get("state_due_diligence_failure"))
        form.addRow(self._label(self.tr("State failed in due diligence"), self.due_diligence, holder),
                    self.due_diligence)
        self.dd_rationale = self._text(holder, value.get("due_diligence_rationale"),
                                       self.tr("What the finding rests on (optional)"))
        self.dd_rationale.setAccessibleName(self.tr("Due-diligence rationale"))
        form.addRow(self._label(self.tr("Due-diligence rationale"), self.dd_rationale, holder), self.dd_rationale)

        self.fate, fate_row = wrapped_check(self.tr("Fate or whereabouts concealed (after a deprivation of "
                                                    "liberty)"), holder)
        self.fate.setChecked(bool(value.get("fate_concealed")))
        form.addRow("", fate_row)

        self.derived = QLabel(holder)
        self.derived.setObjectName("derivedType")
        self.derived.setTextFormat(Qt.TextFormat.PlainText)
        self.derived.setWordWrap(True)
        self.derived.setStyleSheet("font-weight: 600;")
        self.derived.setAccessibleName(self.tr("SDG 16.10.1 type, derived"))
        derived_hint = QLabel(self.tr("Derived from the act type, the perpetrators and the due-diligence finding. "
                                      "It counts for SDG 16.10.1 only if the act was linked to the victim's work."),
                              holder)
        derived_hint.setObjectName("hint")
        derived_hint.setWordWrap(True)
        for label in (self.derived, derived_hint):  # a QLabel only takes the row's width when it may expand
            label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        form.addRow(QLabel(self.tr("SDG 16.10.1 type"), holder), self.derived)
        form.addRow("", derived_hint)

        self.override_group = QGroupBox(self.tr("Analyst override"), holder)
        group = QFormLayout(self.override_group)
        group.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.override = QComboBox(self.override_group)
        self.override.setAccessibleName(self.tr("Override type"))
        self.override.addItem(self.tr("No override: use the derived type"), None)
        for sdg_type, type_label in vocab.sdg_types:
            self.override.addItem(type_label, sdg_type)
        self.override.addItem(self.tr("Does not qualify"), NOT_QUALIFYING)
        self.override.setCurrentIndex(max(self.override.findData(value.get("sdg_override")), 0))
        self.override_rationale = self._text(self.override_group, value.get("override_rationale"),
                                             self.tr("Why the derived type does not fit (required with an "
                                                     "override)"))
        self.override_rationale.setAccessibleName(self.tr("Override rationale"))
        self.override_error = error_label(self.override_group)
        group.addRow(self._label(self.tr("Type"), self.override, self.override_group), self.override)
        group.addRow(self._label(self.tr("Rationale"), self.override_rationale, self.override_group),
                     self._stack(self.override_group, self.override_rationale, self.override_error))
        form.addRow(self.override_group)

        scroll = scroll_area(self)
        scroll.setWidget(holder)
        outer.addWidget(scroll, 1)
        buttons = ok_cancel(self, self._accept)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        outer.addWidget(buttons)

        for signal in (self.act_type.editTextChanged, self.linked.toggled, self.due_diligence.changed,
                       self.fate.toggled, self.override.currentIndexChanged):
            signal.connect(self._update)
        self._result: dict[str, Any] | None = None
        self.setMinimumWidth(760)
        self.resize(900, 720)
        self._built = True
        self._tab_order()
        self._update()

    # -- building helpers --------------------------------------------------------------------------------
    @staticmethod
    def _label(text: str, buddy: QWidget, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        label.setBuddy(buddy)
        return label

    @staticmethod
    def _stack(parent: QWidget, *widgets: QWidget) -> QWidget:
        cell = QWidget(parent)
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        for widget in widgets:
            box.addWidget(widget)
        return cell

    @staticmethod
    def _text(parent: QWidget, value: Any, placeholder: str) -> QPlainTextEdit:
        text = QPlainTextEdit(parent)
        text.setPlainText(str(value or ""))
        text.setPlaceholderText(placeholder)
        text.setTabChangesFocus(True)
        text.setFixedHeight(64)
        return text

    # -- perpetrators ------------------------------------------------------------------------------------
    def add_perpetrator(self, value: dict[str, Any]) -> PerpetratorRow:
        row = PerpetratorRow(self._vocab, self, len(self.perpetrators) + 1)
        row.load(value)
        row.changed.connect(self._update)
        row.remove_requested.connect(self._remove_perpetrator)
        self.perpetrators.append(row)
        self.perpetrator_box.addWidget(row)
        self._perpetrators_changed()
        if self.isVisible():
            row.status.setFocus()
        return row

    def _remove_perpetrator(self, row: PerpetratorRow) -> None:
        if len(self.perpetrators) <= 1:
            return
        self.perpetrators.remove(row)
        self.perpetrator_box.removeWidget(row)
        row.deleteLater()
        self._perpetrators_changed()

    def _perpetrators_changed(self) -> None:
        for number, row in enumerate(self.perpetrators, start=1):
            row.set_number(number)
            row.remove_button.setEnabled(len(self.perpetrators) > 1)
        self.add_perpetrator_button.setEnabled(len(self.perpetrators) < MAX_PERPETRATORS)
        self._tab_order()
        self._update()

    def _tab_order(self) -> None:
        """Tab goes through the form top to bottom, perpetrator rows included as they come and go."""
        if not self._built:
            return
        chain: list[QWidget] = [self.victim, self.act_type]
        for row in self.perpetrators:
            chain += [row.status, row.category, row.remove_button]
        chain += [self.add_perpetrator_button, self.linked, self.due_diligence, self.dd_rationale, self.fate,
                  self.override, self.override_rationale, self.ok_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- values ------------------------------------------------------------------------------------------
    def draft(self) -> dict[str, Any]:
        """The act as the form stands (the act type only when it matches the typology)."""
        data: dict[str, Any] = {
            "victim": self.victim.currentData() or "",
            "act_type": match_value(self.act_type) or "",
            "perpetrators": [row.value() for row in self.perpetrators],
            "linked_to_work": self.linked.isChecked(),
            "state_due_diligence_failure": self.due_diligence.value(),
            "due_diligence_rationale": self.dd_rationale.toPlainText().strip(),
            "fate_concealed": self.fate.isChecked(),
            "sdg_override": self.override.currentData(),
            "override_rationale": self.override_rationale.toPlainText().strip(),
        }
        return act_to_json(act_from_json(data))

    def _update(self) -> None:
        if not self._built:
            return
        self.derived.setText(derived_text(self.draft(), self._vocab))
        overriding = self.override.currentData() is not None
        self.override_rationale.setEnabled(overriding)
        if not overriding:
            self.override_error.hide()

    def _accept(self) -> None:
        data = self.draft()
        errors = (
            (self.victim_error, None if data.get("victim") else self.tr("Choose the victim (people with the role "
                                                                        "Victim, under People).")),
            (self.act_type_error, None if data.get("act_type") else self.tr("Choose a type of act from the list.")),
            (self.perpetrator_error, None if all(row.category_value()[1] for row in self.perpetrators)
             else self.tr("Choose each category from the list, or leave it empty.")),
            (self.override_error, override_needs_rationale() if data.get("sdg_override")
             and not data.get("override_rationale") else None),
        )
        for label, message in errors:
            label.setText(message or "")
            label.setVisible(bool(message))
        if any(message for _label, message in errors):
            return
        self._result = data
        self.accept()

    def value(self) -> dict[str, Any]:
        return self._result if self._result is not None else self.draft()
