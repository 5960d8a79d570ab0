"""The editor's "Same as" tab and the "Link as the same" dialog (services/identity_links.py).

The tab lists the record's links (the record itself as the same incident as another, or one of its people
as the same person as someone in another record): the other record, who decided, when and why, and whether
the link is still in force; Unlink undoes one (with a reason). The dialog links two people or two incidents;
the editor opens it with its own record on the first side, and other code can open it with both sides
given (`LinkSameDialog(..., first="REC:PERSON", second="REC2:PERSON2")`, e.g. from a list of possible
duplicates). Nothing is merged or deleted: both records stay as they are; the counts count them once.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.records import CaseFilter, CaseRecord
from ...errors import FieldcaseError
from ...tasks import call
from ..rtl import isolate
from ..runner import TaskError, TaskRunner
from ..text import safe_line, short_time
from ..widgets.parts import error_label, ok_cancel

if TYPE_CHECKING:
    from ...services.identity_links import IdentityLink, IdentityLinkService, Side
    from ...services.records import CaseService

SEARCH_DELAY_MS = 250
_HEX = set("0123456789abcdef-")


@dataclass(frozen=True)
class _Found:
    record_id: str
    title: str
    people: tuple[tuple[str, str], ...]  # (person id, pseudonym)


def _found(record: CaseRecord) -> _Found:
    return _Found(record.id or "", record.title,
                  tuple((p.person_id or "", p.pseudonym) for p in record.people if p.person_id))


def _search(cases: CaseService, typed: str, kind: str) -> list[_Found]:
    """Records matching what was typed: an id (or its first 6+ characters) or words of the title."""
    text = typed.strip()
    found: list[_Found] = []
    if len(text) >= 6 and set(text.lower()) <= _HEX:
        with contextlib.suppress(FieldcaseError):  # not an id after all: search the words instead
            found.append(_found(cases.get(text)))
    if not found and text:
        wanted = "incident" if kind == "incident" else None
        for summary in cases.list(CaseFilter(search=text, kind=wanted), limit=20):
            found.append(_found(cases.get(summary.id)))
    return found


class _SidePicker(QWidget):
    """One side of a link: a record found by id or title words, and for a person link, one of its people."""

    changed = Signal()

    def __init__(self, cases: CaseService, runner: TaskRunner, parent: QWidget, name: str) -> None:
        super().__init__(parent)
        self._cases, self._runner = cases, runner
        self._kind = "person"
        self._wanted_person: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.query = QLineEdit(self)
        self.query.setObjectName(f"{name}Query")
        self.query.setPlaceholderText(self.tr("Record id, or words of its title"))
        self.query.setAccessibleName(self.tr("Find the record"))
        self.record = QComboBox(self)
        self.record.setObjectName(f"{name}Record")
        self.record.setAccessibleName(self.tr("Record"))
        self.person = QComboBox(self)
        self.person.setObjectName(f"{name}Person")
        self.person.setAccessibleName(self.tr("Person"))
        layout.addWidget(self.query)
        layout.addWidget(self.record)
        layout.addWidget(self.person)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._run_search)
        self.query.textEdited.connect(lambda _t: self._timer.start())
        self.record.currentIndexChanged.connect(self._record_changed)
        self.person.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self._results: list[_Found] = []

    def set_kind(self, kind: str) -> None:
        self._kind = kind
        self.person.setVisible(kind == "person")
        self._record_changed()

    def fix(self, given: str) -> None:
        """Show a given side ("RECORD" or "RECORD:PERSON") and keep it from being changed here."""
        record, _colon, person = given.partition(":")
        self._wanted_person = person or None
        self.query.setText(record)
        self.query.setReadOnly(True)
        self.query.hide()  # the record is shown in the list below; its id need not be
        self.record.setEnabled(False)
        self._run_search()

    def preset(self, given: str) -> None:
        record, _colon, person = given.partition(":")
        self._wanted_person = person or None
        self.query.setText(record)
        self._run_search()

    def _run_search(self) -> None:
        typed, kind = self.query.text(), self._kind
        self._runner.run(call(_search, self._cases, typed, kind), owner=self, on_done=self._show)

    def _show(self, results: list[_Found]) -> None:
        self._results = results
        self.record.blockSignals(True)
        self.record.clear()
        for found in results:
            self.record.addItem(f"{safe_line(found.title, 70)}  ({found.record_id[:8]})", found.record_id)
        if not results and self.query.text().strip():
            self.record.addItem(self.tr("No record found"), None)
        self.record.blockSignals(False)
        self._record_changed()

    def _record_changed(self, _index: int = -1) -> None:
        found = self.current()
        self.person.blockSignals(True)
        self.person.clear()
        if found is not None:
            for person_id, pseudonym in found.people:
                self.person.addItem(safe_line(pseudonym, 60), person_id)
            if self._wanted_person:
                wanted = self._wanted_person.lower()
                for i, (person_id, pseudonym) in enumerate(found.people):
                    if person_id.startswith(wanted) or pseudonym.strip().lower() == wanted:
                        self.person.setCurrentIndex(i)
        if found is not None and not found.people:
            self.person.addItem(self.tr("This record has no people"), None)
        self.person.blockSignals(False)
        self.changed.emit()

    def current(self) -> _Found | None:
        index = self.record.currentIndex()
        return self._results[index] if 0 <= index < len(self._results) else None

    def value(self) -> str | None:
        """The id the service takes: the record id, or RECORD:PERSON for a person link; None if incomplete."""
        found = self.current()
        if found is None:
            return None
        if self._kind == "incident":
            return found.record_id
        person_id = self.person.currentData()
        return f"{found.record_id}:{person_id}" if person_id else None


class LinkSameDialog(QDialog):
    """Link two people or two incidents as the same, with the reason (required)."""

    linked = Signal(str)  # the link id

    def __init__(self, links: IdentityLinkService, cases: CaseService, runner: TaskRunner, parent: QWidget, *,
                 kind: str = "person", first: str | None = None, second: str | None = None,
                 first_fixed: bool = True) -> None:
        super().__init__(parent)
        self._links, self._runner = links, runner
        self.setObjectName("linkSameDialog")
        self.setWindowTitle(self.tr("Link as the same"))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Record that two people, or two incidents, are the same. Both records and their "
                               "sources are kept as they are; the indicators and briefings then count them once. "
                               "Your name, the time and your reason go into the audit log, and the link can be "
                               "undone."), self)
        intro.setObjectName("hint")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        kinds = QHBoxLayout()
        self.person_kind = QRadioButton(self.tr("The same person"), self)
        self.person_kind.setObjectName("personKind")
        self.incident_kind = QRadioButton(self.tr("The same incident"), self)
        self.incident_kind.setObjectName("incidentKind")
        group = QButtonGroup(self)
        group.addButton(self.person_kind)
        group.addButton(self.incident_kind)
        kinds.addWidget(self.person_kind)
        kinds.addWidget(self.incident_kind)
        kinds.addStretch(1)
        layout.addLayout(kinds)
        form = QFormLayout()
        self.first = _SidePicker(cases, runner, self, "first")
        self.second = _SidePicker(cases, runner, self, "second")
        form.addRow(self.tr("This one"), self.first)
        form.addRow(self.tr("is the same as"), self.second)
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("reason")
        self.reason.setAccessibleName(self.tr("Why they are the same"))
        self.reason.setPlaceholderText(self.tr("Why they are the same: what matches, and from which sources"))
        self.reason.setFixedHeight(90)
        form.addRow(self.tr("Why"), self.reason)
        layout.addLayout(form)
        self.error = error_label(self)
        layout.addWidget(self.error)
        self.buttons = ok_cancel(self, self._accept)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(self.error.hide)
        self.first.changed.connect(self.error.hide)
        self.second.changed.connect(self.error.hide)
        self.person_kind.toggled.connect(self._kind_changed)
        self.incident_kind.toggled.connect(self._kind_changed)
        (self.incident_kind if kind == "incident" else self.person_kind).setChecked(True)
        self._kind_changed()
        if first:
            (self.first.fix if first_fixed else self.first.preset)(first)
        if second:
            self.second.preset(second)

    @property
    def kind(self) -> str:
        return "incident" if self.incident_kind.isChecked() else "person"

    def _kind_changed(self, _on: bool = True) -> None:
        self.first.set_kind(self.kind)
        self.second.set_kind(self.kind)

    def _accept(self) -> None:
        first, second, reason = self.first.value(), self.second.value(), self.reason.toPlainText().strip()
        if first is None or second is None:
            self._fail(self.tr("Choose both records (and for people, the person in each)."))
            return
        if not reason:
            self._fail(self.tr("Say why these two are the same: it goes into the audit log."))
            self.reason.setFocus()
            return
        self.error.hide()
        self._runner.run(call(self._links.link, self.kind, first, second, reason), owner=self,
                         on_done=self._done, on_error=lambda e: self._fail(e.message))

    def _fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def _done(self, link_id: str) -> None:
        self.linked.emit(link_id)
        self.accept()


class UnlinkDialog(QDialog):
    """Undo one link, with the reason (required); the link stays in the history."""

    def __init__(self, links: IdentityLinkService, runner: TaskRunner, link: IdentityLink, what: str,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self._links, self._runner, self._link = links, runner, link
        self.setObjectName("unlinkDialog")
        self.setWindowTitle(self.tr("Undo the link"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        text = QLabel(self.tr("%1 will no longer be counted as the same. The link and its undoing stay in the "
                              "history and the audit log.").replace("%1", what), self)
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        layout.addWidget(text)
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("reason")
        self.reason.setAccessibleName(self.tr("Why the link was wrong"))
        self.reason.setPlaceholderText(self.tr("Why the link was wrong"))
        self.reason.setFixedHeight(80)
        layout.addWidget(self.reason)
        self.error = error_label(self)
        self.reason.textChanged.connect(self.error.hide)
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel(self, self._accept))

    def _accept(self) -> None:
        reason = self.reason.toPlainText().strip()
        if not reason:
            self._fail(self.tr("Say why the link was wrong: it goes into the audit log."))
            return
        self._runner.run(call(self._links.unlink, self._link.link_id, reason), owner=self,
                         on_done=lambda _id: self.accept(), on_error=self._error)

    def _error(self, error: TaskError) -> None:
        self._fail(error.message)

    def _fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()


class SameAsPanel(QWidget):
    """The editor's "Same as" tab."""

    changed = Signal()

    def __init__(self, links: IdentityLinkService, cases: CaseService, runner: TaskRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self._links, self._cases, self._runner = links, cases, runner
        self._record_id: str | None = None
        self.rows: list[IdentityLink] = []
        self.dialog: QDialog | None = None
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("People of this record, or the record itself, linked as the same as in another "
                              "record. Linked records are counted once in the indicators and briefings; nothing "
                              "is merged or deleted, and a link can be undone."), self)
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("sameAs")
        self.table.setHorizontalHeaderLabels([self.tr("Linked"), self.tr("Same as"), self.tr("Decided by"),
                                              self.tr("Why"), self.tr("State")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for column, mode in ((0, QHeaderView.ResizeMode.ResizeToContents), (1, QHeaderView.ResizeMode.Stretch),
                             (2, QHeaderView.ResizeMode.ResizeToContents), (3, QHeaderView.ResizeMode.Stretch),
                             (4, QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(column, mode)
        # wrapped cells grow with their column: row heights follow the final widths
        header.sectionResized.connect(lambda *_args: self._fit_rows())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.caption = QLabel(self)
        self.caption.setObjectName("hint")
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        buttons.addWidget(self.caption, 1)
        self.link_button = QPushButton(self.tr("Link as the same…"), self)
        self.link_button.setObjectName("linkSame")
        self.link_button.clicked.connect(self.open_link_dialog)
        self.unlink_button = QPushButton(self.tr("Unlink…"), self)
        self.unlink_button.setObjectName("unlink")
        self.unlink_button.clicked.connect(self.open_unlink_dialog)
        buttons.addWidget(self.link_button)
        buttons.addWidget(self.unlink_button)
        layout.addLayout(buttons)
        self.load(None)

    def load(self, record_id: str | None) -> None:
        self._record_id = record_id
        self.link_button.setEnabled(record_id is not None)
        if record_id is None:
            self._show([])
            self.caption.setText(self.tr("Save the record first to link it."))
            return
        self._runner.run(call(self._links.links_for, record_id), owner=self, on_done=self._show)

    def _what(self, link: IdentityLink) -> str:
        if link.kind == "incident":
            return self.tr("This incident")
        mine = link.first if link.other(self._record_id or "") is link.second else link.second
        return self.tr("Person %1").replace("%1", safe_line(mine.person_label, 60) or "?")

    def _as_in(self, side: Side) -> str:
        # typed text (titles, names, reasons) as its own direction run: Latin text in a mirrored cell keeps its
        # punctuation at its end
        record = isolate(safe_line(side.record_title, 80)) or self.tr("(a record not in this store)")
        where = f"{record}  ({side.record_id[:8]})"
        if side.person_id:
            return self.tr("%1 in %2").replace("%1", safe_line(side.person_label, 60) or "?").replace("%2", where)
        return where

    def _show(self, links: list[IdentityLink]) -> None:
        links = sorted(links, key=lambda k: (not k.in_force, k.at))
        self.rows = links
        self.table.setRowCount(len(links))
        for row, link in enumerate(links):
            decided = f"{isolate(safe_line(link.actor, 60))}\n{short_time(link.at)}"
            if link.received:  # decided in another workspace (HQ, for an officer; an officer, at HQ)
                decided += "\n" + self.tr("Received by sync")
            state = self.tr("In force") if link.in_force else self.tr("Undone")
            why = isolate(safe_line(link.reason, 400))
            if link.undone is not None:
                decided += "\n" + self.tr("Undone by %1").replace("%1", isolate(safe_line(link.undone.actor, 60)))
                decided += "\n" + short_time(link.undone.at)
                why += "\n" + self.tr("Undone: %1").replace("%1", isolate(safe_line(link.undone.reason, 300)))
            for column, value in enumerate((self._what(link), self._as_in(link.other(self._record_id or "")),
                                            decided, why, state)):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                if not link.in_force:
                    item.setForeground(Qt.GlobalColor.darkGray)
                self.table.setItem(row, column, item)
        self._fit_rows()
        in_force = sum(1 for k in links if k.in_force)
        self.caption.setText(self.tr("Links in force: %1").replace("%1", str(in_force)) if links
                             else self.tr("No links yet."))
        self._update_buttons()

    def _fit_rows(self) -> None:
        # each row as tall as its wrapped text at the columns' present widths, measured here: the view's own
        # hint leaves the style's cell padding out (a wrapped cell was clipped) or keeps the height of a
        # narrower column (rows three times too tall)
        metrics = self.table.fontMetrics()
        for row in range(self.table.rowCount()):
            tallest = metrics.height() + 16
            for column in range(self.table.columnCount()):
                item = self.table.item(row, column)
                if item is not None:
                    width = max(40, self.table.columnWidth(column) - 24)
                    box = metrics.boundingRect(QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap), item.text())
                    tallest = max(tallest, box.height() + 16)
            self.table.setRowHeight(row, tallest)

    # the columns have their real widths only once shown and laid out: the rows are measured after that
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self, self._fit_rows)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self._fit_rows)

    def _selected(self) -> IdentityLink | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self.rows[rows.pop()] if len(rows) == 1 and next(iter(rows)) < len(self.rows) else None

    def _update_buttons(self) -> None:
        link = self._selected()
        self.unlink_button.setEnabled(link is not None and link.in_force)

    def open_link_dialog(self) -> LinkSameDialog | None:
        if self._record_id is None:
            return None
        dialog = LinkSameDialog(self._links, self._cases, self._runner, self.window(), first=self._record_id)
        dialog.linked.connect(lambda _id: self._reload())
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_link_dialog_for(self, kind: str, first: str | None, second: str | None) -> LinkSameDialog:
        """The dialog with both sides given by the caller (ids as services/identity_links.py takes them)."""
        dialog = LinkSameDialog(self._links, self._cases, self._runner, self.window(), kind=kind, first=first,
                                second=second, first_fixed=False)
        dialog.linked.connect(lambda _id: self._reload())
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_unlink_dialog(self) -> UnlinkDialog | None:
        link = self._selected()
        if link is None or not link.in_force:
            return None
        what = f"{self._what(link)} / {self._as_in(link.other(self._record_id or ''))}"
        dialog = UnlinkDialog(self._links, self._runner, link, what, self.window())
        dialog.accepted.connect(self._reload)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _reload(self) -> None:
        self.load(self._record_id)
        self.changed.emit()
