"""The editor for one record (incident or community information), in its own window.

It edits the record's JSON form: sections of declared fields, tables for people, acts (incidents
only, each with its derived SDG 16.10.1 type), sources and deaths, the classification lists,
attachments and history. Saving validates with the import's
rules and shows problems inline, next to each field, with a marker on the tab that holds them.
Changes are autosaved as an encrypted draft after a few seconds without typing; closing with
unsaved changes asks first; the window title and the header mark unsaved changes. The window title never
carries record text (window managers, task switchers and screen sharing show and log it): it names the kind
and the record's short id; the title itself is the header inside the window.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.records import AttachmentInfo, CaseRecord, record_from_json, record_to_json
from ...errors import RecordChanged
from ...tasks import call
from ..language import current as current_language
from ..runner import TaskRunner
from ..security import SensitiveClipboard
from ..text import has_hidden_controls, safe_line, short_time
from ..vocab import Choice, Vocabulary, enum_choices, load_vocabulary
from ..widgets.choice_list import ChoiceList
from ..widgets.duplicates import DuplicatesView
from ..widgets.fields import SpecForm
from ..widgets.parts import scroll_area
from ..widgets.place_picker import PlacePicker
from ..widgets.row_table import RowTable
from ..widgets.tristate import TriStateCombo
from . import sections
from .acts import ActsTable, act_problems
from .attachments import AttachmentsPanel
from .history import HistoryPanel
from .problems import problem_text, split_row_path
from .risk_tags import RiskTagsEditor
from .same_as import SameAsPanel

if TYPE_CHECKING:
    from ...domain.places import AdminUnit
    from ...services.gazetteer import GazetteerService
    from ...services.identity_links import IdentityLinkService
    from ...services.matches import MatchService
    from ...services.records import CaseService
    from ...services.validation import FieldProblem

AUTOSAVE_MS = 3000
# A required group left out entirely (the schema names the group): the field that marks it.
_MISSING_GROUP = {"location": "location.country", "date": "date"}
TABS = ("what", "where", "people", "acts", "sources", "classification", "impact", "attachments", "history",
        "same_as", "duplicates")  # the last two only when the editor is given the link / match services


def _scrolled(widget: QWidget, parent: QWidget) -> QScrollArea:
    area = scroll_area(parent)
    holder = QWidget(area)
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(16, 16, 16, 16)
    layout.addWidget(widget)
    layout.addStretch(1)
    area.setWidget(holder)
    return area


class EditorWindow(QWidget):
    saved = Signal(object)  # CaseRecord as stored
    closed = Signal(str)  # the editor's key (record id or draft id)
    same_requested = Signal(str, str, str)  # from the "Possible duplicates" tab (ui/widgets/duplicates.py)
    open_record_requested = Signal(str)

    def __init__(self, service: CaseService, runner: TaskRunner, vocab: Vocabulary,
                 enums: dict[str, tuple[Choice, ...]], clipboard: SensitiveClipboard, *,
                 record: CaseRecord | None = None, kind: str = "incident", default_country: str | None = None,
                 draft: dict[str, Any] | None = None, draft_id: str | None = None,
                 places: GazetteerService | None = None, matches: MatchService | None = None,
                 parent: QWidget | None = None, links: IdentityLinkService | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("editor")
        self._matches = matches
        self.duplicates: DuplicatesView | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._service, self._runner, self._vocab, self._clipboard = service, runner, vocab, clipboard
        self._places = places
        self._links = links  # the "Same as" tab (people or the incident linked as the same as in other records)
        self._record = record
        self._attachments: tuple[AttachmentInfo, ...] = record.attachments if record else ()
        self.draft_id = draft_id or (f"record-{record.id}" if record and record.id else f"new-{uuid.uuid4()}")
        self.key = record.id if record and record.id else self.draft_id
        self._force_close = False
        self._saving = False
        self._validated_once = False
        self._last_draft: dict[str, Any] | None = None
        self._guard: QMessageBox | None = None
        self._retranslating = False
        # as big as suits the tabs, but never bigger than the screen (1024x768 laptops)
        available = self.screen().availableGeometry()
        self.resize(min(1060, available.width()), min(820, available.height()))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        self.header = QLabel(self)
        self.header.setObjectName("editorTitle")
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.header.setWordWrap(True)
        self.subheader = QLabel(self)
        self.subheader.setObjectName("hint")
        self.subheader.setTextFormat(Qt.TextFormat.PlainText)
        self.unsaved_marker = QLabel(self.tr("● Unsaved changes"), self)
        self.unsaved_marker.setObjectName("unsavedMarker")
        self.unsaved_marker.setToolTip(self.tr("Save with Ctrl+S; a draft is also kept, encrypted, as you type"))
        self.unsaved_marker.hide()
        sub_row = QHBoxLayout()
        sub_row.addWidget(self.subheader, 1)
        sub_row.addWidget(self.unsaved_marker)
        layout.addWidget(self.header)
        layout.addLayout(sub_row)

        self.banner = QWidget(self)
        self.banner.setObjectName("banner")
        banner_row = QHBoxLayout(self.banner)
        self.banner_text = QLabel(self.banner)
        self.banner_text.setWordWrap(True)
        self.banner_text.setTextFormat(Qt.TextFormat.PlainText)
        self.restore_button = QPushButton(self.tr("Restore the draft"), self.banner)
        self.discard_draft_button = QPushButton(self.tr("Discard the draft"), self.banner)
        banner_row.addWidget(self.banner_text, 1)
        banner_row.addWidget(self.restore_button)
        banner_row.addWidget(self.discard_draft_button)
        self.banner.hide()
        layout.addWidget(self.banner)

        self.general_error = QLabel(self)
        self.general_error.setObjectName("inlineError")
        self.general_error.setTextFormat(Qt.TextFormat.PlainText)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        layout.addWidget(self.general_error)

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        layout.addWidget(self.tabs, 1)
        self._build_tabs(enums)
        self.tabs.currentChanged.connect(self._tab_shown)

        bottom = QHBoxLayout()
        self.status = QLabel(self)
        self.status.setObjectName("hint")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        bottom.addWidget(self.status, 1)
        self.evidence_button = QPushButton(self.tr("Evidence package…"), self)
        self.evidence_button.setObjectName("evidenceButton")
        self.evidence_button.setToolTip(self.tr("Export a signed, court-ready package of this case"))
        self.evidence_button.clicked.connect(self.open_evidence_dialog)
        bottom.addWidget(self.evidence_button)
        self.evidence_dialog: QWidget | None = None
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.close)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("primary")
        self.save_button.setToolTip(self.tr("Save a new revision (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        bottom.addWidget(self.close_button)
        bottom.addWidget(self.save_button)
        layout.addLayout(bottom)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        QShortcut(QKeySequence("Ctrl+W"), self, self.close)
        QShortcut(QKeySequence(Qt.Key.Key_F1), self, self.show_shortcuts)

        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_draft)
        self._revalidate = QTimer(self)
        self._revalidate.setSingleShot(True)
        self._revalidate.setInterval(300)
        self._revalidate.timeout.connect(self.validate)
        self._modified_check = QTimer(self)
        self._modified_check.setSingleShot(True)
        self._modified_check.setInterval(0)
        self._modified_check.timeout.connect(self._update_modified)

        initial = record_to_json(record) if record else self._new_payload(kind, default_country)
        self._load(initial)
        self._clean = self.payload()
        self._update_header()
        self.history.load(record.id if record else None)
        self._load_same_as()
        self.attachments.set_record(record.id if record else None, self._attachments)
        if draft:
            self._offer_draft(draft)

    # -- building --------------------------------------------------------------------------------------
    def _build_tabs(self, enums: dict[str, tuple[Choice, ...]]) -> None:
        vocab = self._vocab
        self.what = SpecForm(sections.what_specs(enums), self)
        self.where = SpecForm(sections.where_specs(), self)
        self.place_picker = self._place_picker()
        self.classification = SpecForm(sections.classification_specs(enums, vocab), self)
        self.impact = SpecForm(sections.impact_specs(), self)
        self.what.field("kind").changed.connect(self._kind_changed)
        self.what.field("title").changed.connect(self._title_changed)

        self._names_shown = QCheckBox(self.tr("Show names"), self)
        self.people = RowTable(self.tr("person"), sections.person_columns(enums, self._names_shown.isChecked),
                               sections.person_specs(enums, vocab), self, new_row=lambda: {"role": "victim"},
                               intro=self.tr("Use a pseudonym in reports. A name is stored encrypted and shown "
                                             "only here."), copy_sensitive=self._clipboard.copy)
        self.people.setObjectName("people")
        self._names_shown.toggled.connect(lambda _on: self.people.set_rows(self.people.rows))
        copy_name = QPushButton(self.tr("Copy name"), self.people)
        copy_name.setToolTip(self.tr("Copy the selected person's name; the clipboard is cleared after 30 seconds"))
        copy_name.clicked.connect(self._copy_name)
        self.people.extra_buttons.addWidget(copy_name)
        self.people.extra_buttons.addWidget(self._names_shown)
        self.acts = ActsTable(vocab, lambda: self.people.rows, self)
        self.acts.setObjectName("acts")
        self.people.changed.connect(self.acts.refresh)  # an act's victim must stay one of the people
        self.sources = RowTable(self.tr("source"), sections.source_columns(vocab), sections.source_specs(vocab),
                                self, new_row=lambda: {"reliability": "F", "credibility": 6})
        self.sources.setObjectName("sources")
        self.deaths = RowTable(self.tr("deaths"), sections.death_columns(vocab), sections.death_specs(vocab), self)
        self.violations = ChoiceList(vocab.violation_types, self, placeholder=self.tr("Violation type — type to "
                                                                                      "search"),
                                     add_text=self.tr("Add"))
        self.violations.setObjectName("violationTypes")
        self.risk_tags = RiskTagsEditor(vocab, self)

        classification = QWidget(self)
        box = QVBoxLayout(classification)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.classification)
        box.addWidget(self._section_label(self.tr("Violation and abuse types")))
        box.addWidget(self.violations)
        box.addWidget(self._section_label(self.tr("Risk tags (CCA risk areas, atrocity risk factors)")))
        box.addWidget(self.risk_tags, 1)
        impact = QWidget(self)
        box = QVBoxLayout(impact)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.impact)
        self.conflict_related = TriStateCombo(self.impact, unset=self.tr("Not recorded"), yes=self.tr("Yes"),
                                              no=self.tr("No"))
        self.conflict_related.setObjectName("field_conflict_related")
        self.conflict_related.setAccessibleName(self.tr("Related to an armed conflict"))
        self.conflict_related.setToolTip(self.tr("International or non-international armed conflict, as "
                                                 "international humanitarian law defines it. The deaths count "
                                                 "for SDG 16.1.2 only when this is Yes."))
        conflict_label = QLabel(self.tr("Related to an armed conflict"), self.impact)
        conflict_label.setBuddy(self.conflict_related)
        impact_form = self.impact.layout()
        assert isinstance(impact_form, QFormLayout)  # a SpecForm lays its fields out in a QFormLayout
        impact_form.addRow(conflict_label, self.conflict_related)
        box.addWidget(self._section_label(self.tr("Conflict-related deaths (SDG 16.1.2)")))
        box.addWidget(self.deaths, 1)

        self.attachments = AttachmentsPanel(self._service, self._runner, self)
        self.attachments.attached.connect(self._attached)
        self._labels = self._field_labels(enums)
        self.history = HistoryPanel(self._service, self._runner, self, labels=self._labels)
        pages: tuple[tuple[QWidget, str], ...] = (
                 (_scrolled(self.what, self), self.tr("What")), (_scrolled(self.where, self), self.tr("When && where")),
                 (self._padded(self.people), self.tr("People")), (self._padded(self.acts), self.tr("Acts")),
                 (self._padded(self.sources), self.tr("Sources")),
                 (_scrolled(classification, self), self.tr("Classification")),
                 (_scrolled(impact, self), self.tr("Impact")), (self.attachments, self.tr("Attachments")),
                 (self.history, self.tr("History")))
        self.same_as = SameAsPanel(self._links, self._service, self._runner, self) if self._links else None
        if self.same_as is not None:
            pages += ((self.same_as, self.tr("Same as")),)
        for widget, title in pages:
            self.tabs.addTab(widget, title)
        if self._matches is not None and self._record is not None and self._record.id:
            self.duplicates = DuplicatesView(self._matches, self._runner, enums, record_id=self._record.id,
                                             parent=self)
            self.duplicates.same_requested.connect(self.same_requested)
            self.duplicates.open_record_requested.connect(self.open_record_requested)
            self.tabs.addTab(self._padded(self.duplicates), self.tr("Possible duplicates"))
        for source in (self.what, self.where, self.classification, self.impact, self.people, self.acts,
                       self.sources, self.deaths, self.violations, self.risk_tags, self.conflict_related):
            source.changed.connect(self._changed)

    def _tab_shown(self, index: int) -> None:
        """The possible duplicates are looked for the first time their tab is shown, not at every opening."""
        # by widget, not by TABS position: the "Same as" tab before it exists only when links are given
        if (self.duplicates is not None and self.duplicates.report is None
                and self.tabs.widget(index) is self.duplicates.parentWidget()):
            self.duplicates.refresh()

    def _place_picker(self) -> PlacePicker | None:
        """The gazetteer's type-ahead, above the admin fields of the When & where tab."""
        places = self._places
        if places is None:
            return None
        picker = PlacePicker(lambda typed, level, country: places.find(typed, level=level, country=country),
                             places.unit, lambda: self.where.field("location.country").get(), self.where)
        picker.chosen.connect(self._place_chosen)
        if not places.counts():
            picker.setPlaceholderText(self.tr("No gazetteer yet: import your country's COD-AB table in "
                                              "Settings › Places"))
        form = self.where.layout()
        assert isinstance(form, QFormLayout)  # a SpecForm lays its fields out in a QFormLayout
        cell = self.where.field("location.adm1_name").editor.parentWidget()
        row = next(r for r in range(form.rowCount())
                   if (item := form.itemAt(r, QFormLayout.ItemRole.FieldRole)) is not None and item.widget() is cell)
        label = QLabel(self.tr("Find in the gazetteer"), self.where)
        label.setBuddy(picker)
        form.insertRow(row, label, picker)
        return picker

    def _place_chosen(self, chain: list[AdminUnit]) -> None:
        where = self.where
        by_level = {unit.level: unit for unit in chain}
        deepest = chain[0].level
        for level, name_path, code_path in ((1, "location.adm1_name", "location.adm1_pcode"),
                                            (2, "location.adm2_name", "location.adm2_pcode")):
            unit = by_level.get(level)
            if unit is not None:
                where.field(name_path).set(unit.name)
                where.field(code_path).set(unit.pcode)
            elif level > deepest:  # a region chosen: its old district no longer fits
                where.field(name_path).set(None)
                where.field(code_path).set(None)
        if 3 in by_level:
            where.field("location.place").set(by_level[3].name)
        self.status.setText(self.tr("Filled from the gazetteer: %1 (%2).").replace(
            "%1", safe_line(chain[0].name, 80)).replace("%2", chain[0].pcode))
        self._changed()

    def _field_labels(self, enums: dict[str, tuple[Choice, ...]]) -> dict[str, str]:
        """JSON path -> the label its field has in this editor (for the history's diff)."""
        labels = {path: field.spec.label for form in (self.what, self.where, self.classification, self.impact)
                  for path, field in form.fields.items()}
        for prefix, specs in (("people", sections.person_specs(enums, self._vocab)),
                              ("sources", sections.source_specs(self._vocab)),
                              ("deaths", sections.death_specs(self._vocab))):
            labels.update({f"{prefix}.{spec.path}": spec.label for spec in specs})
        labels.update({"acts.victim": self.tr("Victim"), "acts.act_type": self.tr("Type of act"),
                       "acts.perpetrators.status": self.tr("Perpetrator's relation to the State"),
                       "acts.perpetrators.category": self.tr("Perpetrator category"),
                       "acts.linked_to_work": self.tr("Linked to the victim's work"),
                       "acts.state_due_diligence_failure": self.tr("State failed in due diligence"),
                       "acts.due_diligence_rationale": self.tr("Due-diligence rationale"),
                       "acts.fate_concealed": self.tr("Fate or whereabouts concealed"),
                       "acts.sdg_override": self.tr("SDG 16.10.1 override"),
                       "acts.override_rationale": self.tr("Override rationale"), "acts[]": self.tr("Act"),
                       "conflict_related": self.tr("Related to an armed conflict")})
        labels.update({"people[]": self.tr("Person"), "sources[]": self.tr("Source"), "deaths[]": self.tr("Deaths"),
                       "risk_tags[]": self.tr("Risk tag"), "attachments[]": self.tr("Attachment"),
                       "risk_tags.category": self.tr("Category"), "risk_tags.rationale": self.tr("Rationale"),
                       "violation_types": self.tr("Violation types"), "attachments": self.tr("Attachments")})
        return labels

    def _padded(self, widget: QWidget) -> QWidget:
        holder = QWidget(self)
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addWidget(widget)
        return holder

    def _section_label(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName("sectionTitle")
        return label

    @staticmethod
    def _new_payload(kind: str, country: str | None) -> dict[str, Any]:
        data: dict[str, Any] = {"kind": kind, "status": "open", "confidentiality": "confidential",
                                "verification": "vs.reported", "perpetrator_status": "unknown"}
        if country:
            data["location"] = {"country": country}
        return data

    # -- the JSON form -------------------------------------------------------------------------------
    def _load(self, data: dict[str, Any]) -> None:
        for form in (self.what, self.where, self.classification, self.impact):
            form.load(data)
        self.people.set_rows(data.get("people", []))
        self.acts.set_rows(data.get("acts", []))
        self.conflict_related.blockSignals(True)
        self.conflict_related.set_value(data.get("conflict_related"))
        self.conflict_related.blockSignals(False)
        self.sources.set_rows(data.get("sources", []))
        self.deaths.set_rows(data.get("deaths", []))
        self.violations.set_values(data.get("violation_types", []))
        self.risk_tags.set_values(data.get("risk_tags", []))
        self._kind_changed()

    def payload(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self._record is not None and self._record.id:
            data["id"] = self._record.id
        for form in (self.what, self.where, self.classification, self.impact):
            form.dump(data)
        if self.conflict_related.value() is not None:
            data["conflict_related"] = self.conflict_related.value()
        for key, rows in (("people", self.people.rows), ("acts", self.acts.rows), ("sources", self.sources.rows),
                          ("deaths", self.deaths.rows),
                          ("violation_types", self.violations.values()), ("risk_tags", self.risk_tags.values())):
            if rows:
                data[key] = [dict(r) if isinstance(r, dict) else r for r in rows]
        return data

    def is_dirty(self) -> bool:
        return self.payload() != self._clean

    # -- reacting to edits -----------------------------------------------------------------------------
    def _changed(self) -> None:
        self._autosave.start()
        if self._validated_once:
            self._revalidate.start()
        self._update_header()

    def _update_modified(self) -> None:
        dirty = self.is_dirty()
        self.setWindowModified(dirty)
        self.unsaved_marker.setVisible(dirty)

    def _kind_changed(self) -> None:
        community = self.what.field("kind").get() == "community_info"
        self.what.field("info_type").editor.setEnabled(community)
        self.impact.field("participants").editor.setEnabled(community)
        # acts are an incident's (HURIDOCS ESF); the tab stays while a community record still holds some
        self.tabs.setTabVisible(TABS.index("acts"), not community or bool(self.acts.rows))

    def _title_changed(self) -> None:
        self._update_header()

    def open_evidence_dialog(self) -> None:
        from ...services.evidence import EvidenceService
        from .evidence_dialog import EvidenceDialog

        if not (self._record and self._record.id):
            return
        dialog = EvidenceDialog(EvidenceService(self._service.ws), self._runner, self._record.id, self,
                                record_title=self._record.title)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.evidence_dialog = dialog
        dialog.open()

    def _update_header(self) -> None:
        self.evidence_button.setEnabled(bool(self._record and self._record.id))
        title = self.what.field("title").get() or ""
        kind = self.what.field("kind").get()
        noun = self.tr("Community information") if kind == "community_info" else self.tr("Incident")
        self.header.setText(safe_line(title, 200) or (self.tr("New: %1").replace("%1", noun.lower())))
        if self._record is not None and self._record.rev:
            sub = self.tr("%1 · revision %2 · saved by %3, %4").replace("%1", noun).replace(
                "%2", str(self._record.rev)).replace("%3", safe_line(self._record.author or "", 60)).replace(
                "%4", short_time(self._record.created_at))
        else:
            sub = self.tr("%1 · not saved yet").replace("%1", noun)
        if has_hidden_controls(title):
            sub += " · " + self.tr("the title contains invisible direction-control characters")
        self.subheader.setText(sub)
        record_id = self._record.id if self._record is not None else None
        # "[*]" is where Qt shows the unsaved mark; the application name is added by Qt once, after it
        self.setWindowTitle((self.tr("%1 %2[*]").replace("%2", record_id[:8]) if record_id
                             else self.tr("New %1[*]")).replace("%1", noun.lower() if not record_id else noun))
        if hasattr(self, "_modified_check"):
            self._modified_check.start()  # once the change in progress is complete (a table mid-update)

    def _copy_name(self) -> None:
        row = self.people.selected_row()
        if row is not None and self.people.rows[row].get("name"):
            self._clipboard.copy(str(self.people.rows[row]["name"]))
            self.status.setText(self.tr("Name copied; the clipboard will be cleared in 30 seconds."))

    # -- validation ----------------------------------------------------------------------------------
    def validate(self) -> list[FieldProblem]:
        from ...services.validation import FieldProblem, validate_record_json

        payload = self.payload()
        problems = validate_record_json(payload)
        reported = {problem.path for problem in problems}
        for index, sub, text in act_problems(payload.get("acts", []), payload.get("people", [])):
            path = f"acts[{index}].{sub}"
            if path not in reported:  # e.g. the schema already wants the override's rationale
                problems.append(FieldProblem(path, "semantic", text))
        self._show_problems(problems)
        return problems

    def show_shortcuts(self) -> None:
        from ..dialogs.shortcuts import ShortcutsSheet

        self._sheet = ShortcutsSheet(self, editor=True)
        self._sheet.open()

    def _show_problems(self, problems: list[FieldProblem]) -> None:
        fields: dict[str, str] = {}
        rows: dict[str, list[str]] = {}
        general: list[str] = []
        forms = {"what": self.what, "where": self.where, "classification": self.classification, "impact": self.impact}
        known = {path for form in forms.values() for path in form.fields}
        act_rows: list[tuple[int, str, str]] = []
        nouns = {"people": self.tr("Person %1"), "sources": self.tr("Source %1"), "deaths": self.tr("Deaths row %1"),
                 "risk_tags": self.tr("Tag %1"), "violation_types": self.tr("Violation type %1")}
        for problem in problems:
            text = problem_text(problem)
            if problem.path in _MISSING_GROUP and problem.code == "required":
                # the whole group is missing: mark its first required field, not a developer's path
                problem = replace(problem, path=_MISSING_GROUP[problem.path])
            split = split_row_path(problem.path)
            if split:
                section, index, sub = split
                if section == "acts":
                    act_rows.append((index, sub, text))
                    continue
                where = nouns[section].replace("%1", str(index + 1)) + (f" — {sub}" if sub else "")
                rows.setdefault(section, []).append(f"{where}: {text}")
            elif problem.path in known:
                fields.setdefault(problem.path, text)
            elif problem.path == "violation_types":
                rows.setdefault("violation_types", []).append(text)
            else:
                label = self._labels.get(problem.path) or self._labels.get(problem.path.split(".")[0])
                general.append(self.tr("%1: %2").replace("%1", label or self.tr("Record")).replace("%2", text))
        counts = {name: form.set_errors(fields) for name, form in forms.items()}
        for name, widget in (("people", self.people), ("sources", self.sources), ("deaths", self.deaths),
                             ("risk_tags", self.risk_tags)):
            widget.set_errors(rows.get(name, []))
        self.violations.set_error("\n".join(rows.get("violation_types", [])) or None)
        self.acts.set_problems(act_rows)
        counts["acts"] = len(act_rows)
        counts["people"] = len(rows.get("people", []))
        counts["sources"] = len(rows.get("sources", []))
        counts["impact"] += len(rows.get("deaths", []))
        counts["classification"] += len(rows.get("risk_tags", [])) + len(rows.get("violation_types", []))
        warn = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for index, name in enumerate(TABS):
            self.tabs.setTabIcon(index, warn if counts.get(name) else QIcon())
        self.general_error.setText("\n".join(general))
        self.general_error.setVisible(bool(general))
        self.problem_tabs = [name for name in TABS if counts.get(name)]

    # -- saving ----------------------------------------------------------------------------------------
    def save(self) -> None:
        if self._saving:
            return
        self._validated_once = True
        problems = self.validate()
        if problems:
            first = self.problem_tabs[0] if self.problem_tabs else "what"
            self.tabs.setCurrentIndex(TABS.index(first))
            self.status.setText(self.tr("Not saved: %n problem(s) to fix, marked in red.", "", len(problems)))
            return
        payload = self.payload()
        record = replace(record_from_json(payload), attachments=self._attachments)
        base_rev = self._record.rev if self._record else None
        self._saving = True
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Saving…"))
        self._runner.run(call(_save, self._service, record, base_rev, self.draft_id), owner=self,
                         on_done=lambda stored: self._saved(stored, payload), on_error=self._save_failed)

    def _saved(self, stored: CaseRecord, payload: dict[str, Any]) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self._autosave.stop()
        self._record = stored
        self._attachments = stored.attachments
        payload["id"] = stored.id
        self._clean = self.payload()
        self._last_draft = None
        self.key = stored.id or self.key
        self.draft_id = f"record-{stored.id}"
        self._update_header()
        self.status.setText(self.tr("Saved as revision %1.").replace("%1", str(stored.rev)))
        self.attachments.set_record(stored.id, self._attachments)
        self.history.load(stored.id)
        self._load_same_as()
        self.saved.emit(stored)
        if self._force_close:
            self.close()

    def _save_failed(self, error: Any) -> None:
        self._saving = False
        self._force_close = False
        self.save_button.setEnabled(True)
        self.status.setText(self.tr("Not saved."))
        self.general_error.setText(error.message)
        self.general_error.show()
        self._last_draft = None
        self.save_draft()  # whatever went wrong, the edits stay in the encrypted store

    def reload_links(self) -> None:
        """After a link made elsewhere (the workspace's possible duplicates): the Same-as tab and this record's
        possible duplicates again."""
        self._load_same_as()
        if self.duplicates is not None and self.duplicates.report is not None:
            self.duplicates.refresh()

    def _load_same_as(self) -> None:
        if self.same_as is not None:
            self.same_as.load(self._record.id if self._record else None)

    def open_link_dialog(self, first: str | None = None, second: str | None = None,
                         kind: str = "person") -> QWidget | None:
        """The "Link as the same" dialog; with `first`/`second` (record ids, or RECORD:PERSON) given by the
        caller (e.g. a list of possible duplicates), else with this record on the first side."""
        if self.same_as is None:
            return None
        if first is None and second is None:
            return self.same_as.open_link_dialog()
        return self.same_as.open_link_dialog_for(kind, first, second)

    def _attached(self, info: AttachmentInfo) -> None:
        record_id = self._record.id if self._record else None
        if record_id is None:
            return

        def reloaded(head: CaseRecord) -> None:
            # the attachment made a new revision: follow it, keeping any unsaved edits in the form
            was_clean = not self.is_dirty()
            self._record = head
            self._attachments = head.attachments
            if was_clean:
                self._clean = self.payload()
            self.attachments.set_record(head.id, self._attachments)
            self.history.load(head.id)
            self._update_header()
            self.status.setText(self.tr("Attached %1 (revision %2).").replace(
                "%1", safe_line(info.original_name, 60)).replace("%2", str(head.rev)))
            self.saved.emit(head)

        self._runner.run(call(self._service.get, record_id), owner=self, on_done=reloaded)

    def follow_head(self, head: CaseRecord) -> None:
        """Another part of the app wrote a new revision (a sync conflict decided): show it, unless this window
        holds unsaved edits (then those stay, and saving them is refused as made on an older revision)."""
        if not self.is_dirty():
            self._record = head
            self._attachments = head.attachments
            self._load(record_to_json(head))
            self._clean = self.payload()
            self.attachments.set_record(head.id, self._attachments)
            self._update_header()
        self.history.load(head.id)

    # -- drafts --------------------------------------------------------------------------------------
    def draft_payload(self) -> dict[str, Any]:
        return {"record": self.payload(), "base_rev": self._record.rev if self._record else None}

    def save_draft(self) -> None:
        if not self.is_dirty():
            return
        draft = self.draft_payload()
        if draft == self._last_draft:
            return
        self._last_draft = draft
        kind = draft["record"].get("kind") or "incident"
        record_id = self._record.id if self._record else None
        self._runner.run(call(self._service.save_draft, self.draft_id, kind, draft, record_id), owner=self,
                         on_done=lambda _r: self.status.setText(
                             self.tr("Draft saved (encrypted) at %1.").replace("%1", _clock())))

    def save_draft_now(self) -> None:
        """Synchronously keep unsaved changes as a draft (used when locking: the keys go next)."""
        if self.is_dirty():
            draft = self.draft_payload()
            kind = draft["record"].get("kind") or "incident"
            self._service.save_draft(self.draft_id, kind, draft, self._record.id if self._record else None)

    def _offer_draft(self, draft: dict[str, Any]) -> None:
        when = short_time(draft.get("updated_at"))
        self.banner_text.setText(self.tr("Unsaved changes from %1 were kept as an encrypted draft.").replace(
            "%1", when or self.tr("an earlier session")))
        self.banner.show()

        def discard() -> None:
            self.banner.hide()
            self._runner.run(call(self._service.discard_draft, self.draft_id), owner=self)

        self.restore_button.clicked.connect(lambda: self.restore_draft(draft))
        self.discard_draft_button.clicked.connect(discard)

    def restore_draft(self, draft: dict[str, Any]) -> None:
        """Load a draft's content into the form (it stays unsaved until Save)."""
        self._load(draft["payload"].get("record", {}))
        self.banner.hide()
        self._update_header()
        self.status.setText(self.tr("Draft restored; save to keep it as a new revision."))

    # -- closing ---------------------------------------------------------------------------------------
    def force_close(self) -> None:
        """Close without asking (lock): the caller kept the draft first."""
        self._force_close = True
        self._autosave.stop()
        if self._guard is not None:
            self._guard.close()
        self.close()

    # -- language ------------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        # one switch sends several LanguageChange events (a catalogue out, others in): rebuild once, after
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "tabs") and not self._retranslating:
            self._retranslating = True
            QTimer.singleShot(0, self, self.retranslate)
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Rebuild the tabs in the new language around the content as it stands (nothing typed is lost)."""
        self._retranslating = False
        if self._vocab.language != current_language():
            self._vocab = load_vocabulary()  # the framework labels of the rebuilt tabs, in the new language
        content, tab = self.payload(), self.tabs.currentIndex()
        while self.tabs.count():
            page = self.tabs.widget(0)
            self.tabs.removeTab(0)
            if page is not None:
                page.deleteLater()
        self._build_tabs(enum_choices())
        self._load(content)
        self.tabs.setCurrentIndex(tab)
        self.unsaved_marker.setText(self.tr("● Unsaved changes"))
        self.unsaved_marker.setToolTip(self.tr("Save with Ctrl+S; a draft is also kept, encrypted, as you type"))
        self.evidence_button.setText(self.tr("Evidence package…"))
        self.evidence_button.setToolTip(self.tr("Export a signed, court-ready package of this case"))
        self.restore_button.setText(self.tr("Restore the draft"))
        self.discard_draft_button.setText(self.tr("Discard the draft"))
        self.close_button.setText(self.tr("Close"))
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save a new revision (Ctrl+S)"))
        self._update_header()
        self.history.load(self._record.id if self._record else None)
        self._load_same_as()
        self.attachments.set_record(self._record.id if self._record else None, self._attachments)
        if self._validated_once:
            self.validate()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._force_close or not self.is_dirty():
            self._autosave.stop()
            self.closed.emit(self.key)
            event.accept()
            return
        event.ignore()
        self._ask_before_closing()

    def _ask_before_closing(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved changes"),
                          self.tr("This record has changes that are not saved yet."), parent=self)
        box.setInformativeText(self.tr("Save them as a new revision, or discard them?"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                               | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setObjectName("unsavedGuard")
        self._guard = box

        def answered(button: int) -> None:
            self._guard = None
            if button == QMessageBox.StandardButton.Save:
                self._force_close = True
                self.save()
            elif button == QMessageBox.StandardButton.Discard:
                self._force_close = True
                self._runner.run(call(self._service.discard_draft, self.draft_id))
                self.close()

        box.finished.connect(answered)
        box.open()

    @property
    def guard(self) -> QMessageBox | None:
        return self._guard


def _save(service: CaseService, record: CaseRecord, base_rev: int | None, draft_id: str) -> CaseRecord:
    """Store a revision unless someone else stored one since the editor opened (checked in the same
    transaction as the write, by the service); then drop the draft."""
    try:
        stored = service.save(record, expected_rev=base_rev if record.id else None)
    except RecordChanged:
        raise RecordChanged("This record was changed elsewhere since you opened it. Your changes were kept as a "
                            "draft; close and reopen the record.") from None
    service.discard_draft(draft_id)
    return stored


def _clock() -> str:
    import datetime as dt

    return dt.datetime.now().strftime("%H:%M:%S")
