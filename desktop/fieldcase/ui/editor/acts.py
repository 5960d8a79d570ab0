"""The acts of an incident (HURIDOCS ESF: one act against one victim, with its perpetrators).

Each act's SDG 16.10.1 type is derived from what the officer records (act type, perpetrators' relation
to the State, the due-diligence finding, whether the fate was concealed) by
fieldcase.frameworks.derivation, and shown live; it is never typed. An analyst may override it, with a
rationale. Acts are edited in the record's JSON form (schema/incident.schema.json `acts`).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.records import act_from_json, act_to_json
from ...frameworks.derivation import NOT_COVERED, builtin_derivation
from ..text import safe_line
from ..vocab import Choice, Vocabulary
from ..widgets.choice_list import match_value, searchable_combo
from ..widgets.tristate import TriStateCombo

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls

NOT_QUALIFYING = "sdg16101.none"
MAX_PERPETRATORS = 10


def status_choices() -> tuple[Choice, ...]:
    return (
        ("state", translate("Acts", "State agent")),
        ("state_acquiescence", translate("Acts", "Acting with State acquiescence or support")),
        ("non_state", translate("Acts", "Non-State actor")),
        ("unknown", translate("Acts", "Unknown")),
    )


def exclusion_text(reason: str | None) -> str:
    """Why an act does not qualify for SDG 16.10.1, in plain words (reason codes of the derivation table)."""
    texts = {
        NOT_COVERED: translate("Acts", "Does not qualify: SDG 16.10.1 does not count this type of act"),
        "due_diligence_not_assessed": translate(
            "Acts", "Does not qualify: no due-diligence finding for a non-State perpetrator"),
        "non_state_without_due_diligence": translate(
            "Acts", "Does not qualify: non-State perpetrator, and the State did not fail in due diligence"),
        "perpetrator_unknown": translate("Acts", "Does not qualify: the perpetrator is unknown"),
        "torture_without_public_official": translate(
            "Acts", "Does not qualify: torture counts only by a State agent or with State acquiescence"),
        "non_state_other_harmful_act": translate(
            "Acts", "Does not qualify: other harmful acts count only by a State agent or with State acquiescence"),
    }
    return texts.get(reason or "", translate("Acts", "Does not qualify (%1)").replace("%1", reason or "?"))


def sdg_label(vocab: Vocabulary, sdg_type: str) -> str:
    if sdg_type == NOT_QUALIFYING:
        return translate("Acts", "Does not qualify")
    return dict(vocab.sdg_types).get(sdg_type, sdg_type)


def derived_text(act: dict[str, Any], vocab: Vocabulary) -> str:
    """The derived SDG 16.10.1 type of an act in the JSON form ("D – Arbitrary detention"), or why it has none."""
    if not act.get("act_type"):
        return translate("Acts", "Choose the type of act")
    derived = builtin_derivation().derive(
        act["act_type"], [p.get("status", "unknown") for p in act.get("perpetrators", ())],
        act.get("state_due_diligence_failure"), bool(act.get("fate_concealed")))
    return sdg_label(vocab, derived.sdg_type) if derived.sdg_type else exclusion_text(derived.excluded)


def shown_type(act: dict[str, Any], vocab: Vocabulary) -> str:
    """What the acts table shows: the derived type, or the analyst's override marked as such."""
    if act.get("sdg_override"):
        return translate("Acts", "✎ %1 (analyst override)").replace("%1", sdg_label(vocab, act["sdg_override"]))
    return derived_text(act, vocab)


def due_diligence_text(value: bool | None) -> str:
    if value is None:
        return translate("Acts", "Not assessed")
    return translate("Acts", "State failed") if value else translate("Acts", "State did not fail")


def victim_pseudonyms(people: Sequence[dict[str, Any]]) -> list[str]:
    return list(dict.fromkeys(str(p["pseudonym"]) for p in people if p.get("role") == "victim" and p.get("pseudonym")))


def act_problems(acts: Sequence[dict[str, Any]], people: Sequence[dict[str, Any]]) -> list[tuple[int, str, str]]:
    """What the schema cannot see: (act index, field, message) for victims not among the record's people
    and overrides without a rationale."""
    everyone = {str(p.get("pseudonym")): p for p in people if p.get("pseudonym")}
    out: list[tuple[int, str, str]] = []
    for index, act in enumerate(acts):
        victim = act.get("victim")
        if victim and victim not in everyone:
            out.append((index, "victim", translate(
                "Acts", "The victim “%1” is not one of this record's people: add them under People, or choose "
                "another victim.").replace("%1", safe_line(str(victim), 60))))
        elif victim and everyone[victim].get("role") != "victim":
            out.append((index, "victim", translate(
                "Acts", "“%1” is listed under People, but not with the role Victim.").replace(
                "%1", safe_line(str(victim), 60))))
        if act.get("sdg_override") and not str(act.get("override_rationale") or "").strip():
            out.append((index, "override_rationale", override_needs_rationale()))
    return out


def override_needs_rationale() -> str:
    return translate("Acts", "An analyst override needs a rationale.")


def _problem_line(index: int, sub: str, text: str) -> str:
    where = translate("Acts", "Act %1").replace("%1", str(index + 1))
    if sub == "override_rationale":
        return f"{where}: {override_needs_rationale()}"
    labels = {"victim": translate("Acts", "Victim"), "act_type": translate("Acts", "Act type"),
              "sdg_override": translate("Acts", "Analyst override"),
              "due_diligence_rationale": translate("Acts", "Due-diligence rationale")}
    field = labels.get(sub.split("[")[0], sub)
    if sub.startswith("perpetrators["):
        field = translate("Acts", "Perpetrator %1").replace("%1", str(int(sub[13:].split("]")[0]) + 1))
    return f"{where} — {field}: {text}" if sub else f"{where}: {text}"


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
        self.victim_error = self._error(holder)
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
        self.act_type_error = self._error(holder)
        form.addRow(self._label(self.tr("Type of act *"), self.act_type, holder),
                    self._stack(holder, self.act_type, self.act_type_error))

        self.perpetrator_box = QVBoxLayout()
        self.perpetrator_box.setSpacing(4)
        self.add_perpetrator_button = QPushButton(self.tr("Add another perpetrator"), holder)
        self.add_perpetrator_button.clicked.connect(lambda: self.add_perpetrator({}))
        self.perpetrator_error = self._error(holder)
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

        self.linked = QCheckBox(self.tr("Linked to the victim's work (as journalist, trade unionist or human "
                                        "rights defender)"), holder)
        self.linked.setChecked(bool(value.get("linked_to_work")))
        form.addRow("", self.linked)

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

        self.fate = QCheckBox(self.tr("Fate or whereabouts concealed (after a deprivation of liberty)"), holder)
        self.fate.setChecked(bool(value.get("fate_concealed")))
        form.addRow("", self.fate)

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
        self.override_error = self._error(self.override_group)
        group.addRow(self._label(self.tr("Type"), self.override, self.override_group), self.override)
        group.addRow(self._label(self.tr("Rationale"), self.override_rationale, self.override_group),
                     self._stack(self.override_group, self.override_rationale, self.override_error))
        form.addRow(self.override_group)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(holder)
        outer.addWidget(scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("primary")
        self.ok_button.setDefault(True)
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
    def _error(parent: QWidget) -> QLabel:
        label = QLabel(parent)
        label.setObjectName("fieldError")
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.hide()
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


# -- the acts table ----------------------------------------------------------------------------------

class ActsTable(QWidget):
    """The record's acts with Add / Edit / Remove; each row shows its derived SDG 16.10.1 type."""

    changed = Signal()

    def __init__(self, vocab: Vocabulary, people: Callable[[], list[dict[str, Any]]], parent: QWidget) -> None:
        super().__init__(parent)
        self._vocab, self._people = vocab, people
        self.rows: list[dict[str, Any]] = []
        self._schema_problems: list[tuple[int, str, str]] = []
        self._dialog: ActDialog | None = None
        statuses = dict(status_choices())
        self._columns: list[tuple[str, Callable[[dict[str, Any]], str]]] = [
            (self.tr("Victim"), lambda a: a.get("victim", "")),
            (self.tr("Act"), lambda a: vocab.label(a.get("act_type"))),
            (self.tr("Perpetrators"), lambda a: ", ".join(
                statuses.get(p.get("status", "unknown"), p.get("status", "")) for p in a.get("perpetrators", ()))
                or statuses["unknown"]),
            (self.tr("Linked to work"), lambda a: self.tr("Yes") if a.get("linked_to_work") else self.tr("No")),
            (self.tr("State due diligence"), lambda a: due_diligence_text(a.get("state_due_diligence_failure"))),
            (self.tr("SDG 16.10.1"), lambda a: shown_type(a, vocab)),
        ]

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(self.tr("One act against one victim. The SDG 16.10.1 type is derived from what you record; "
                               "an analyst may override it, with a rationale."), self)
        intro.setObjectName("hint")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, len(self._columns), self)
        self.table.setHorizontalHeaderLabels([title for title, _ in self._columns])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.setAccessibleName(self.tr("Acts"))
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)

        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add act…"), self)
        self.add_button.setObjectName("add_act")
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self._update_buttons()

    # -- data --------------------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[dict[str, Any]]) -> None:
        self.rows = [dict(r) for r in rows]
        self._schema_problems = []
        self.refresh()

    def refresh(self) -> None:
        """Redraw the rows (and re-check them against the people, which may have changed)."""
        selected = self.selected_row()
        self.table.setRowCount(len(self.rows))
        for r, act in enumerate(self.rows):
            for c, (_title, fn) in enumerate(self._columns):
                self.table.setItem(r, c, QTableWidgetItem(safe_line(fn(act), 160)))
        self.table.resizeColumnsToContents()
        for column, widest in ((0, 140), (1, 190), (2, 170)):  # the others fit their headers
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), widest))
        self.table.resizeRowsToContents()  # a reason for not qualifying wraps onto a second line
        if selected is not None and selected < len(self.rows):
            self.table.selectRow(selected)
        self._mark()
        self._update_buttons()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # rows grow to their wrapped text once the last column has taken its new width
        QTimer.singleShot(0, self.table, self.table.resizeRowsToContents)

    def local_problems(self) -> list[tuple[int, str, str]]:
        return act_problems(self.rows, self._people())

    def set_errors(self, problems: Sequence[tuple[int, str, str]]) -> None:
        """Problems from the record's validation: (act index, field path within the act, message)."""
        self._schema_problems = list(problems)
        self._mark()

    def _mark(self) -> None:
        by_row: dict[int, list[str]] = {}
        for index, sub, text in [*self._schema_problems, *self.local_problems()]:
            line = _problem_line(index, sub, text)
            if line not in by_row.setdefault(index, []):
                by_row[index].append(line)
        warn = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for r in range(self.table.rowCount()):
            lines = by_row.get(r, [])
            for c in range(self.table.columnCount()):
                item = self.table.item(r, c)
                if item is None:
                    continue
                item.setToolTip("\n".join(lines) if lines else item.text())
                if c == 0:
                    item.setIcon(warn if lines else QIcon())
        messages = [line for r in sorted(by_row) for line in by_row[r]]
        self.error.setText("\n".join(messages))
        self.error.setVisible(bool(messages))

    def row_problems(self, row: int) -> list[str]:
        """The messages marked on one act row (its tooltip)."""
        item = self.table.item(row, 0)
        return [] if item is None or item.icon().isNull() else item.toolTip().split("\n")

    def selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _update_buttons(self) -> None:
        has = self.selected_row() is not None
        self.edit_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    # -- editing -----------------------------------------------------------------------------------------
    def add(self) -> None:
        victims = victim_pseudonyms(self._people())
        self._open(None, {"victim": victims[0]} if len(victims) == 1 else {})

    def edit_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self._open(row, self.rows[row])

    def remove_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            del self.rows[row]
            self._schema_problems = []
            self.refresh()
            self.changed.emit()

    def _open(self, index: int | None, value: dict[str, Any]) -> None:
        title = self.tr("Add an act") if index is None else self.tr("Edit act %1").replace("%1", str(index + 1))
        dialog = ActDialog(title, value, victim_pseudonyms(self._people()), self._vocab, self.window())
        self._dialog = dialog

        def done() -> None:
            if index is None:
                self.rows.append(dialog.value())
                target = len(self.rows) - 1
            else:
                self.rows[index] = dialog.value()
                target = index
            self._schema_problems = []
            self.refresh()
            self.table.selectRow(target)
            self.changed.emit()

        dialog.accepted.connect(done)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    @property
    def dialog(self) -> ActDialog | None:
        """The act dialog last opened (tests drive it)."""
        return self._dialog
